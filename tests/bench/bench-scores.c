/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score sheet of 200 villages × 150 items (15 groups of 10): read from the file; one
 * cell edited in memory and the totals and the ranking made again (what the page does on
 * a keystroke); one cell saved through the store and its unit's row read again (what it
 * does when the edit is committed).
 */
#define G_LOG_DOMAIN "bench-scores"

#include "config.h"

#include "td-bench-data.h"
#include "td-points.h"
#include "td-store-scoring.h"

#define YEAR 2022
#define N_UNITS 200
#define N_GROUPS 15
#define N_ITEMS_PER_GROUP 10
#define N_RUNS 9
#define N_EDITS 1000

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-scores-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "thidua.db", NULL);
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  double read_ms[N_RUNS];
  double edit_ms[N_EDITS];
  double save_ms[N_RUNS];
  GRand *rand = g_rand_new_with_seed (42);
  gint64 set;
  guint n_items, n_units;
  guint ranked = 0;

  g_assert_no_error (error);
  set = td_bench_make_score_sheet (path, YEAR, N_UNITS, N_GROUPS, N_ITEMS_PER_GROUP);
  store = td_store_open (path, &error);
  g_assert_no_error (error);

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&sheet, td_score_sheet_unref);
      sheet = td_store_read_score_sheet (store, set, &error);
      g_assert_no_error (error);
      /* Opening shows the totals and the ranks. */
      td_score_sheet_get_rank (sheet, 0);
      read_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
    }
  n_items = td_score_sheet_get_n_items (sheet);
  n_units = td_score_sheet_get_n_units (sheet);
  g_assert_cmpuint (n_items, ==, N_GROUPS * N_ITEMS_PER_GROUP);
  g_assert_cmpuint (n_units, ==, N_UNITS);
  g_assert_true (td_score_sheet_is_complete (sheet, 0));

  /* One cell typed: the unit's totals, every rank and class, as a page shows them. */
  for (guint e = 0; e < N_EDITS; e++)
    {
      guint unit = g_rand_int_range (rand, 0, (gint32) n_units);
      guint item = g_rand_int_range (rand, 0, (gint32) n_items);
      gint64 start = g_get_monotonic_time ();
      const guint *order;

      td_score_sheet_set_score (sheet, unit, item, TD_SCORE_VERIFIED, TRUE,
                                g_rand_int_range (rand, 0, 6) * 10);
      order = td_score_sheet_get_ranking (sheet, NULL);
      ranked += td_score_sheet_get_rank (sheet, order[0]);
      ranked += (guint) td_score_sheet_get_total (sheet, unit, -1, TD_SCORE_FINAL) & 1;
      edit_ms[e] = td_bench_ms (start, g_get_monotonic_time ());
    }

  /* One cell saved: the transaction (with its sync), the row read again, the ranking. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      guint item = run % n_items;
      const TdCriteriaNode *node =
        td_criteria_tree_get_node (td_score_sheet_get_tree (sheet),
                                   td_criteria_tree_get_leaf_node (td_score_sheet_get_tree (sheet),
                                                                   item));
      TdScoreInput input = { node->id, td_score_sheet_get_unit_id (sheet, run), TRUE,
                             run % 2 == 0 ? 0 : 20, FALSE, 0, 0, NULL };
      const char *fields[] = { "self", NULL };
      gint64 start = g_get_monotonic_time ();

      if (!td_store_update_score (store, &input, fields, &error) ||
          !td_store_reload_score_sheet_unit (store, sheet, input.unit_id, &error))
        g_error ("%s", error->message);
      ranked += td_score_sheet_get_rank (sheet, run);
      save_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
    }
  g_rand_free (rand);

  g_print ("BENCH scores-sheet-read-200x150 %.1f ms\n", td_bench_median (read_ms, N_RUNS));
  g_print ("BENCH scores-edit-recompute-200x150 %.3f ms\n", td_bench_median (edit_ms, N_EDITS));
  g_print ("BENCH scores-edit-recompute-200x150-worst %.3f ms\n", edit_ms[N_EDITS - 1]);
  g_print ("BENCH scores-edit-save-reload-200x150 %.1f ms\n", td_bench_median (save_ms, N_RUNS));
  g_debug ("%u", ranked);

  g_clear_pointer (&sheet, td_score_sheet_unref);
  g_clear_object (&store);
  td_bench_remove_tree (dir);
  return 0;
}
