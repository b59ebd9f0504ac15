/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-ranking-doc"

#include "config.h"

#include <glib/gi18n.h>

#include "td-numbering.h"
#include "td-ranking-doc.h"
#include "td-scores-doc-private.h"

/* Five columns fit a portrait page at the size of the registrations list. */
#define TABLE_SIZE 12.0
#define INCOMPLETE "Chưa đủ điểm"
#define NO_CLASS   "Không xếp loại"

enum {
  COLUMN_RANK,
  COLUMN_NAME,
  COLUMN_SELF,
  COLUMN_VERIFIED,
  COLUMN_CLASS,
  N_COLUMNS
};

static const TdDocColumn columns[N_COLUMNS] = {
  { 0.10, TD_DOC_ALIGN_CENTER },
  { 0.38, TD_DOC_ALIGN_LEFT },
  { 0.15, TD_DOC_ALIGN_CENTER },
  { 0.15, TD_DOC_ALIGN_CENTER },
  { 0.22, TD_DOC_ALIGN_CENTER },
};

static const char * const head[N_COLUMNS] = {
  "Xếp hạng", "Tên đơn vị", "Điểm tự chấm", "Điểm sau phúc tra", "Xếp loại",
};

/* "Xếp loại: Xuất sắc từ 90 điểm; Khá từ 70 điểm; Trung bình từ 50 điểm." */
static char *
dup_classification (TdScoreSheet *sheet)
{
  guint n = td_score_sheet_get_n_thresholds (sheet);
  g_autoptr(GString) text = g_string_new ("Thang điểm ");
  g_autofree char *most = td_scores_doc_points (
    td_criteria_tree_get_max_total (td_score_sheet_get_tree (sheet)));

  g_string_append_printf (text, "%s", most);
  if (n > 0)
    g_string_append (text, "; xếp loại: ");
  for (guint i = 0; i < n; i++)
    {
      const TdThreshold *threshold = td_score_sheet_get_threshold (sheet, i);
      g_autofree char *min = td_scores_doc_points (threshold->min_points);

      g_string_append_printf (text, "%s%s từ %s điểm", i > 0 ? "; " : "", threshold->label, min);
    }
  g_string_append_c (text, '.');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The total row's last cell: how many units each class has, and how many are incomplete. */
static char *
dup_class_counts (TdScoreSheet *sheet)
{
  guint n_thresholds = td_score_sheet_get_n_thresholds (sheet);
  guint n_units = td_score_sheet_get_n_units (sheet);
  g_autofree guint *counts = g_new0 (guint, n_thresholds + 2);
  g_autoptr(GString) text = g_string_new (NULL);

  /* counts[n_thresholds]: below every level; counts[n_thresholds + 1]: incomplete. */
  for (guint u = 0; u < n_units; u++)
    {
      int klass = td_score_sheet_get_class (sheet, u);

      if (!td_score_sheet_is_complete (sheet, u))
        counts[n_thresholds + 1]++;
      else
        counts[klass >= 0 ? (guint) klass : n_thresholds]++;
    }
  for (guint i = 0; i < n_thresholds + 2; i++)
    {
      const char *label = i < n_thresholds ? td_score_sheet_get_threshold (sheet, i)->label
                          : i == n_thresholds ? NO_CLASS : INCOMPLETE;

      if (counts[i] > 0)
        g_string_append_printf (text, "%s%s: %u", text->len > 0 ? "\n" : "", label, counts[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_set (TdDocLayout   *layout,
         TdCriteriaSet *set,
         TdScoreSheet  *sheet,
         guint          ordinal)
{
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_HEADING);
  g_autofree char *number = td_numbering_format (0, ordinal);
  g_autofree char *heading = g_strdup_printf ("%s %s", number, td_criteria_set_get_name (set));
  g_autofree char *classification = dup_classification (sheet);
  g_autofree char *count = NULL;
  g_autofree char *class_counts = NULL;
  const char *total_cells[N_COLUMNS];
  const guint *ranking;
  guint n_units;
  TdDocTable *table;

  td_doc_layout_add_text (layout, &style, heading);
  style = td_doc_style (TD_DOC_ROLE_BODY);
  style.italic = TRUE;
  style.keep_with_next = TRUE;
  td_doc_layout_add_text (layout, &style, classification);

  style = td_doc_style (TD_DOC_ROLE_BODY);
  style.size = TABLE_SIZE;
  style.space_before = TD_DOC_PARAGRAPH_SPACE;
  table = td_doc_layout_add_table (layout, &style, columns, N_COLUMNS, NULL);
  td_doc_table_set_header (table, head);

  ranking = td_score_sheet_get_ranking (sheet, &n_units);
  for (guint i = 0; i < n_units; i++)
    {
      guint unit = ranking[i];
      gboolean complete = td_score_sheet_is_complete (sheet, unit);
      const char *label = td_score_sheet_get_class_label (sheet, unit);
      g_autofree char *rank = complete ? g_strdup_printf ("%u", td_score_sheet_get_rank (sheet,
                                                                                         unit))
                                       : g_strdup ("");
      g_autofree char *self = td_scores_doc_points (td_score_sheet_get_total (sheet, unit, -1,
                                                                              TD_SCORE_SELF));
      /* What ranks: verified scores, and self scores where none is verified yet. */
      g_autofree char *verified = td_score_sheet_is_verified (sheet, unit)
                                  ? td_scores_doc_points (td_score_sheet_get_total (sheet, unit,
                                                                                    -1,
                                                                                    TD_SCORE_FINAL))
                                  : g_strdup ("");
      const char *cells[N_COLUMNS];

      cells[COLUMN_RANK] = rank;
      cells[COLUMN_NAME] = td_score_sheet_get_unit_name (sheet, unit);
      cells[COLUMN_SELF] = self;
      cells[COLUMN_VERIFIED] = verified;
      cells[COLUMN_CLASS] = !complete ? INCOMPLETE : label != NULL ? label : NO_CLASS;
      td_doc_table_add_row (table, cells);
    }

  count = g_strdup_printf ("Tổng số: %u đơn vị", n_units);
  class_counts = dup_class_counts (sheet);
  for (guint c = 0; c < N_COLUMNS; c++)
    total_cells[c] = "";
  total_cells[COLUMN_NAME] = count;
  total_cells[COLUMN_CLASS] = class_counts;
  td_doc_table_add_total_row (table, total_cells);
}

TdDocument *
td_ranking_doc_new (const TdScoresSnapshot  *snapshot,
                    GError                 **error)
{
  g_autoptr(TdDocLayout) layout = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *doc_title = NULL;
  TdDocStyle style;
  TdDocument *document;

  g_return_val_if_fail (snapshot != NULL && TD_IS_OFFICE (snapshot->office), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (snapshot->year < 1945 || snapshot->year > 2200)
    {
      g_set_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID,
                   _("%d is not a year the ranking can be printed for"), snapshot->year);
      return NULL;
    }

  layout = td_doc_layout_new ();
  td_scores_doc_add_heading (layout, snapshot->office, snapshot->date, snapshot->year);
  kind = g_strdup_printf ("KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM %d", snapshot->year);
  style = td_doc_style (TD_DOC_ROLE_KIND);
  td_doc_layout_add_text (layout, &style, kind);

  for (guint s = 0; s < snapshot->sets->len; s++)
    add_set (layout, g_ptr_array_index (snapshot->sets, s),
             g_ptr_array_index (snapshot->sheets, s), s + 1);

  style = td_doc_style (TD_DOC_ROLE_BODY);
  style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
  if (snapshot->sets->len == 0)
    {
      g_autofree char *none = g_strdup_printf ("Năm %d chưa có bộ tiêu chí chấm điểm thi đua.",
                                               snapshot->year);

      td_doc_layout_add_text (layout, &style, none);
    }
  else
    {
      style.italic = TRUE;
      style.size = TABLE_SIZE;
      td_doc_layout_add_text (layout, &style,
                              "Ghi chú: Xếp hạng theo tổng điểm sau phúc tra (tiêu chí chưa "
                              "phúc tra tính theo điểm tự chấm); các đơn vị bằng điểm nhau "
                              "đồng hạng. Đơn vị còn tiêu chí chưa chấm điểm ghi “Chưa đủ "
                              "điểm”, chưa xếp hạng, chưa xếp loại.");
    }
  td_scores_doc_add_signers (layout, snapshot->office);

  doc_title = g_strdup_printf ("Kết quả chấm điểm, xếp hạng thi đua năm %d", snapshot->year);
  document = td_document_new (g_steal_pointer (&layout), doc_title);
  td_document_set_year (document, snapshot->year);
  return document;
}
