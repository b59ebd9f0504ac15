/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The printed scores of 200 villages × 150 items (15 groups of 10), from a sheet filled in
 * memory: the ranking to PDF (the bar: 300 ms), one unit's scoring table to PDF, and the
 * tables of every unit laid out (what --export=scores prints with no --unit).
 */
#define G_LOG_DOMAIN "bench-ranking"

#include "config.h"

#include "td-bench-data.h"
#include "td-points.h"
#include "td-ranking-doc.h"
#include "td-scores-doc.h"

#define YEAR 2024
#define N_UNITS 200
#define N_GROUPS 15
#define N_ITEMS_PER_GROUP 10
#define N_RUNS 9

static TdScoresSnapshot *
make_snapshot (void)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) thresholds = td_thresholds_new ();
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  g_autoptr(TdCriteriaSet) set = td_criteria_set_new (1, YEAR);
  g_autoptr(TdOffice) office = td_office_new ();
  TdScoresSnapshot *snapshot;
  gint64 id = 0;

  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_office_set_place (office, "Tùng Ảnh");
  td_office_set_signer_name (office, "Nguyễn Văn Hùng");
  td_criteria_set_set_name (set, "Tiêu chí chấm điểm thôn");
  for (int g = 0; g < N_GROUPS; g++)
    {
      gint64 group = ++id;
      TdCriterion *c = td_criterion_new (group);
      g_autofree char *code = g_strdup_printf ("%d", g + 1);

      td_criterion_set_code (c, code);
      td_criterion_set_position (c, g);
      td_criterion_set_name (c, "Nhóm tiêu chí về phát triển kinh tế, văn hóa, xã hội");
      g_ptr_array_add (criteria, c);
      for (int i = 0; i < N_ITEMS_PER_GROUP; i++)
        {
          g_autofree char *item_code = g_strdup_printf ("%d.%d", g + 1, i + 1);

          c = td_criterion_new (++id);
          td_criterion_set_parent_id (c, group);
          td_criterion_set_position (c, i);
          td_criterion_set_code (c, item_code);
          td_criterion_set_name (c, "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa");
          td_criterion_set_max_points (c, i % 2 == 0 ? 50 : 100);
          g_ptr_array_add (criteria, c);
        }
    }
  td_thresholds_add (thresholds, "Xuất sắc", 90 * TD_POINTS_SCALE);
  td_thresholds_add (thresholds, "Khá", 70 * TD_POINTS_SCALE);
  td_thresholds_add (thresholds, "Trung bình", 50 * TD_POINTS_SCALE);
  td_thresholds_sort (thresholds);
  tree = td_criteria_tree_new (criteria);
  sheet = td_score_sheet_new (tree, (TdThreshold *) thresholds->data, thresholds->len);

  for (int u = 0; u < N_UNITS; u++)
    {
      g_autofree char *name = g_strdup_printf ("Thôn %03d", u + 1);
      guint unit = td_score_sheet_add_unit (sheet, u + 1, name, "village");

      for (guint i = 0; i < N_GROUPS * N_ITEMS_PER_GROUP; i++)
        {
          gint64 max = i % 2 == 0 ? 50 : 100;

          /* One unit in ten leaves an item unscored; ties are common. */
          if (u % 10 == 9 && i == 7)
            continue;
          td_score_sheet_set_score (sheet, unit, i, TD_SCORE_SELF, TRUE,
                                    max - (u + i) % 2 * 10);
          if ((u + i) % 3 != 0)
            td_score_sheet_set_score (sheet, unit, i, TD_SCORE_VERIFIED, TRUE,
                                      max - (u * i) % 3 * 10);
        }
    }
  snapshot = td_scores_snapshot_new (YEAR, office);
  td_scores_snapshot_add (snapshot, set, sheet);
  return snapshot;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdScoresSnapshot) snapshot = make_snapshot ();
  g_autofree char *dir = g_dir_make_tmp ("bench-ranking-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "ranking.pdf", NULL);
  double ranking_ms[N_RUNS];
  double unit_ms[N_RUNS];
  double every_ms;
  int ranking_pages = 0, unit_pages = 0, every_pages;

  g_assert_no_error (error);
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TdDocument) doc = td_ranking_doc_new (snapshot, &error);

      if (doc == NULL || !td_document_export_pdf (doc, pdf, &error))
        g_error ("%s", error->message);
      ranking_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
      ranking_pages = td_document_get_n_pages (doc);
    }
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TdDocument) doc = td_scores_doc_new (snapshot, 1 + run, &error);

      if (doc == NULL || !td_document_export_pdf (doc, pdf, &error))
        g_error ("%s", error->message);
      unit_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
      unit_pages = td_document_get_n_pages (doc);
    }
  {
    gint64 start = g_get_monotonic_time ();
    g_autoptr(TdDocument) doc = td_scores_doc_new (snapshot, 0, &error);

    g_assert_no_error (error);
    every_pages = td_document_get_n_pages (doc);
    every_ms = td_bench_ms (start, g_get_monotonic_time ());
  }

  g_print ("BENCH ranking-pdf-200x150 %.1f ms\n", td_bench_median (ranking_ms, N_RUNS));
  g_print ("BENCH scores-pdf-unit-150 %.1f ms\n", td_bench_median (unit_ms, N_RUNS));
  g_print ("BENCH scores-layout-every-unit-200x150 %.0f ms\n", every_ms);
  g_debug ("pages: ranking %d, one unit %d, every unit %d", ranking_pages, unit_pages,
           every_pages);
  td_bench_remove_tree (dir);
  return 0;
}
