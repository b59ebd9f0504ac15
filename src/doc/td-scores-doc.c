/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-scores-doc"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-numbering.h"
#include "td-points.h"
#include "td-scores-doc-private.h"
#include "td-scores-doc.h"

/* Eight columns need a landscape page; the table a point smaller than the body, as offices
 * set their tables, so that the criteria take fewer lines. */
#define TABLE_SIZE 12.0
#define COUNCIL    "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"

enum {
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_CONTENT,
  COLUMN_TARGET,
  COLUMN_STANDARD,
  COLUMN_SELF,
  COLUMN_VERIFIED,
  COLUMN_NOTE,
  N_COLUMNS
};

static const TdDocColumn columns[N_COLUMNS] = {
  { 0.06, TD_DOC_ALIGN_CENTER },
  { 0.25, TD_DOC_ALIGN_LEFT },
  { 0.21, TD_DOC_ALIGN_LEFT },
  { 0.12, TD_DOC_ALIGN_CENTER },
  { 0.08, TD_DOC_ALIGN_CENTER },
  { 0.08, TD_DOC_ALIGN_CENTER },
  { 0.08, TD_DOC_ALIGN_CENTER },
  { 0.12, TD_DOC_ALIGN_LEFT },
};

char *
td_scores_doc_points (gint64 points)
{
  return td_points_format (points, ',');
}

/* "UBND XÃ TÙNG ẢNH" from "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", as the council's parent body is
 * written; any other name as it is. */
static char *
dup_commune_short (const char *issuing_body)
{
  static const char * const longs[] = { "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN " };
  g_autofree char *upper = g_utf8_strup (issuing_body, -1);
  g_autofree char *composed = g_utf8_normalize (upper, -1, G_NORMALIZE_NFC);

  for (guint i = 0; composed != NULL && i < G_N_ELEMENTS (longs); i++)
    if (g_str_has_prefix (composed, longs[i]))
      return g_strconcat ("UBND ", composed + strlen (longs[i]), NULL);
  return g_strdup (issuing_body);
}

void
td_scores_doc_add_heading (TdDocLayout *layout,
                           TdOffice    *office,
                           const char  *date,
                           int          year)
{
  g_autofree char *commune = dup_commune_short (td_office_get_issuing_body (office));
  g_autofree char *place_date = td_date_place_phrase (td_office_get_place (office), date, year);

  td_doc_layout_add_header (layout, &(TdDocHeader) {
    .parent_body = commune,
    .issuing_body = COUNCIL,
    .place_date = place_date,
  });
}

void
td_scores_doc_add_signers (TdDocLayout *layout,
                           TdOffice    *office)
{
  const TdDocSignature signers[] = {
    { .position = "NGƯỜI LẬP BIỂU" },
    { .capacity = "TM. HỘI ĐỒNG", .position = "CHỦ TỊCH",
      .name = td_office_get_signer_name (office) },
  };

  td_doc_layout_add_signatures (layout, signers, G_N_ELEMENTS (signers));
}

/* The standard a row prints: a heading's is the sum of its items, never what it states
 * (td-criteria-tree.h); an item that states none prints none. */
static char *
dup_standard (const TdCriteriaNode *node)
{
  if (node->leaf >= 0 && !td_criterion_get_has_max (node->criterion))
    return g_strdup ("");
  return td_scores_doc_points (node->standard);
}

/* The total of node @index (-1: the whole set) on @side, "" when no item under it has a
 * score on that side. */
static char *
dup_subtotal (TdScoreSheet   *sheet,
              TdCriteriaTree *tree,
              guint           unit,
              int             index,
              TdScoreSide     side)
{
  const TdCriteriaNode *node = index >= 0 ? td_criteria_tree_get_node (tree, (guint) index)
                                          : NULL;
  guint from = node == NULL ? 0 : node->leaf >= 0 ? (guint) index : (guint) index + 1;
  guint end = node == NULL ? td_criteria_tree_get_n_nodes (tree) : node->end;
  gboolean any = FALSE;

  for (guint j = from; j < end && !any; j++)
    {
      const TdCriteriaNode *item = td_criteria_tree_get_node (tree, j);

      any = item->leaf >= 0 && td_score_sheet_get_score (sheet, unit, (guint) item->leaf, side,
                                                         NULL);
    }
  if (!any)
    return g_strdup ("");
  return td_scores_doc_points (td_score_sheet_get_total (sheet, unit, index, side));
}

/* The criterion's target with its unit, and under it what the unit registered to reach. */
static char *
dup_target (TdScoreSheet         *sheet,
            guint                 unit,
            const TdCriteriaNode *node)
{
  g_autoptr(GString) text = g_string_new (td_criterion_get_target (node->criterion));
  const char *target_unit = td_criterion_get_target_unit (node->criterion);
  const char *registered;

  if (text->len > 0 && target_unit[0] != '\0')
    g_string_append_printf (text, " %s", target_unit);
  registered = node->leaf >= 0 ? td_score_sheet_get_target (sheet, unit, (guint) node->leaf) : "";
  if (registered[0] != '\0')
    g_string_append_printf (text, "%sĐăng ký: %s", text->len > 0 ? "\n" : "", registered);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The criterion's name; a penalty, or a group of them, says it takes points away where its
 * parent does not already say so. */
static char *
dup_name (TdCriteriaTree       *tree,
          const TdCriteriaNode *node)
{
  const char *name = td_criterion_get_name (node->criterion);
  gboolean parent_penalty = node->parent >= 0 &&
                            td_criteria_tree_get_node (tree, (guint) node->parent)->penalty;

  if (node->penalty && !parent_penalty)
    return g_strdup_printf ("%s (điểm trừ)", name);
  return g_strdup (name);
}

static void
add_head (TdDocTable *table)
{
  const TdDocCell first[] = {
    { "TT", 1, 2 }, { "Tiêu chí", 1, 2 }, { "Nội dung đánh giá", 1, 2 },
    { "Chỉ tiêu", 1, 2 }, { "Điểm chuẩn", 1, 2 }, { "Điểm", 2, 1 }, { "Ghi chú", 1, 2 },
  };
  const TdDocCell second[] = { { "Tự chấm", 1, 1 }, { "Phúc tra", 1, 1 } };

  td_doc_table_add_head_row (table, first, G_N_ELEMENTS (first));
  td_doc_table_add_head_row (table, second, G_N_ELEMENTS (second));
}

static void
add_table (TdDocLayout  *layout,
           TdScoreSheet *sheet,
           guint         unit)
{
  TdCriteriaTree *tree = td_score_sheet_get_tree (sheet);
  guint n_nodes = td_criteria_tree_get_n_nodes (tree);
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);
  g_autofree guint *ordinals = g_new0 (guint, n_nodes + 1);
  g_autofree char *max_total = NULL;
  g_autofree char *self_total = NULL;
  g_autofree char *verified_total = NULL;
  const char *total_cells[N_COLUMNS] = { NULL };
  TdDocTable *table;

  style.size = TABLE_SIZE;
  style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
  table = td_doc_layout_add_table (layout, &style, columns, N_COLUMNS, NULL);
  add_head (table);

  for (guint i = 0; i < n_nodes; i++)
    {
      const TdCriteriaNode *node = td_criteria_tree_get_node (tree, i);
      const char *code = td_criterion_get_code (node->criterion);
      g_autofree char *number = NULL;
      g_autofree char *name = dup_name (tree, node);
      g_autofree char *target = dup_target (sheet, unit, node);
      g_autofree char *standard = dup_standard (node);
      g_autofree char *self = dup_subtotal (sheet, tree, unit, (int) i, TD_SCORE_SELF);
      g_autofree char *verified = dup_subtotal (sheet, tree, unit, (int) i, TD_SCORE_VERIFIED);
      const char *cells[N_COLUMNS];

      /* The code as the set writes it; a criterion without one is numbered as a plan's
       * headings are, by its place among its siblings. */
      ordinals[node->depth]++;
      ordinals[node->depth + 1] = 0;
      number = code[0] != '\0' ? g_strdup (code)
                               : td_numbering_format (node->depth, ordinals[node->depth]);

      cells[COLUMN_NUMBER] = number;
      cells[COLUMN_NAME] = name;
      cells[COLUMN_CONTENT] = td_criterion_get_content (node->criterion);
      cells[COLUMN_TARGET] = target;
      cells[COLUMN_STANDARD] = standard;
      cells[COLUMN_SELF] = self;
      cells[COLUMN_VERIFIED] = verified;
      cells[COLUMN_NOTE] = node->leaf >= 0 ? td_score_sheet_get_note (sheet, unit,
                                                                      (guint) node->leaf) : "";
      /* A heading never ends a page: it goes over with its first item. */
      if (node->leaf < 0)
        td_doc_table_add_group_row (table, cells, TRUE);
      else
        td_doc_table_add_row (table, cells);
    }

  max_total = td_scores_doc_points (td_criteria_tree_get_max_total (tree));
  self_total = dup_subtotal (sheet, tree, unit, -1, TD_SCORE_SELF);
  verified_total = dup_subtotal (sheet, tree, unit, -1, TD_SCORE_VERIFIED);
  for (guint c = 0; c < N_COLUMNS; c++)
    total_cells[c] = "";
  total_cells[COLUMN_NAME] = "Tổng cộng";
  total_cells[COLUMN_STANDARD] = max_total;
  total_cells[COLUMN_SELF] = self_total;
  total_cells[COLUMN_VERIFIED] = verified_total;
  td_doc_table_add_total_row (table, total_cells);
}

/* Under the table: the final total out of the most, the rank among the set's units and the
 * class; or why the unit is neither ranked nor classed. */
static void
add_result (TdDocLayout  *layout,
            TdScoreSheet *sheet,
            guint         unit)
{
  TdCriteriaTree *tree = td_score_sheet_get_tree (sheet);
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);
  g_autofree char *markup = NULL;

  style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
  if (!td_score_sheet_is_complete (sheet, unit))
    markup = g_markup_printf_escaped ("Kết quả: <b>Chưa đủ điểm</b> (còn %u tiêu chí chưa "
                                      "chấm); chưa xếp hạng, chưa xếp loại.",
                                      td_score_sheet_get_n_missing (sheet, unit));
  else
    {
      g_autofree char *total = td_scores_doc_points (td_score_sheet_get_total (sheet, unit, -1,
                                                                               TD_SCORE_FINAL));
      g_autofree char *most = td_scores_doc_points (td_criteria_tree_get_max_total (tree));
      const char *label = td_score_sheet_get_class_label (sheet, unit);
      guint n_ranked = 0, n_units;
      const guint *ranking = td_score_sheet_get_ranking (sheet, &n_units);

      for (guint i = 0; i < n_units; i++)
        n_ranked += td_score_sheet_is_complete (sheet, ranking[i]) ? 1 : 0;
      markup = g_markup_printf_escaped ("Tổng điểm %s: <b>%s/%s điểm</b>; xếp thứ <b>%u/%u</b>; "
                                        "xếp loại: <b>%s</b>.",
                                        td_score_sheet_is_verified (sheet, unit)
                                        ? "sau phúc tra" : "tự chấm (chưa phúc tra)",
                                        total, most, td_score_sheet_get_rank (sheet, unit),
                                        n_ranked, label != NULL ? label : "không xếp loại");
    }
  td_doc_layout_add_markup (layout, &style, markup);
}

/* One unit's table, from its heading to its signers. */
static void
add_unit (TdDocLayout            *layout,
          const TdScoresSnapshot *snapshot,
          TdCriteriaSet          *set,
          TdScoreSheet           *sheet,
          guint                   unit)
{
  g_autofree char *kind = g_strdup_printf ("BẢNG CHẤM ĐIỂM THI ĐUA NĂM %d", snapshot->year);
  g_autofree char *title = g_strdup_printf ("Đơn vị: %s", td_score_sheet_get_unit_name (sheet,
                                                                                       unit));
  g_autofree char *set_line = g_strdup_printf ("(Theo %s)", td_criteria_set_get_name (set));
  TdDocStyle style;

  td_scores_doc_add_heading (layout, snapshot->office, snapshot->date, snapshot->year);
  style = td_doc_style (TD_DOC_ROLE_KIND);
  td_doc_layout_add_text (layout, &style, kind);
  style = td_doc_style (TD_DOC_ROLE_TITLE);
  style.rule_below = 0.0;
  td_doc_layout_add_text (layout, &style, title);
  style = td_doc_style (TD_DOC_ROLE_TITLE);
  style.bold = FALSE;
  style.italic = TRUE;
  style.size = TD_DOC_BODY_SIZE;
  td_doc_layout_add_text (layout, &style, set_line);

  add_table (layout, sheet, unit);
  add_result (layout, sheet, unit);
  td_scores_doc_add_signers (layout, snapshot->office);
}

TdDocument *
td_scores_doc_new (const TdScoresSnapshot  *snapshot,
                   gint64                   unit_id,
                   GError                 **error)
{
  g_autoptr(TdDocLayout) layout = NULL;
  g_autofree char *doc_title = NULL;
  TdDocument *document;
  guint n_printed = 0;

  g_return_val_if_fail (snapshot != NULL && TD_IS_OFFICE (snapshot->office), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (snapshot->year < 1945 || snapshot->year > 2200)
    {
      g_set_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID,
                   _("%d is not a year the scores can be printed for"), snapshot->year);
      return NULL;
    }

  layout = td_doc_layout_new ();
  td_doc_layout_set_page (layout, TD_DOC_A4_HEIGHT, TD_DOC_A4_WIDTH, TD_DOC_MARGIN_TOP,
                          TD_DOC_MARGIN_RIGHT, TD_DOC_MARGIN_BOTTOM, TD_DOC_MARGIN_LEFT);

  if (unit_id != 0)
    {
      TdScoreSheet *sheet;
      guint s, row;

      if (!td_scores_snapshot_find_unit (snapshot, unit_id, &s, &row))
        {
          g_set_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID,
                       _("The unit is scored by no criteria set of %d"), snapshot->year);
          return NULL;
        }
      sheet = g_ptr_array_index (snapshot->sheets, s);
      add_unit (layout, snapshot, g_ptr_array_index (snapshot->sets, s), sheet, row);
      doc_title = g_strdup_printf ("Bảng chấm điểm thi đua năm %d - %s", snapshot->year,
                                   td_score_sheet_get_unit_name (sheet, row));
    }
  else
    {
      for (guint s = 0; s < snapshot->sheets->len; s++)
        {
          TdScoreSheet *sheet = g_ptr_array_index (snapshot->sheets, s);

          for (guint u = 0; u < td_score_sheet_get_n_units (sheet); u++)
            {
              /* Each unit's table is signed on its own: it starts a page. */
              if (n_printed++ > 0)
                td_doc_layout_add_page_break (layout);
              add_unit (layout, snapshot, g_ptr_array_index (snapshot->sets, s), sheet, u);
            }
        }
      if (n_printed == 0)
        {
          g_autofree char *kind = g_strdup_printf ("BẢNG CHẤM ĐIỂM THI ĐUA NĂM %d",
                                                   snapshot->year);
          g_autofree char *none = g_strdup_printf ("Năm %d chưa có bộ tiêu chí chấm điểm thi đua "
                                                   "hay đơn vị nào được chấm điểm.",
                                                   snapshot->year);
          TdDocStyle style;

          td_scores_doc_add_heading (layout, snapshot->office, snapshot->date, snapshot->year);
          style = td_doc_style (TD_DOC_ROLE_KIND);
          td_doc_layout_add_text (layout, &style, kind);
          style = td_doc_style (TD_DOC_ROLE_BODY);
          style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
          td_doc_layout_add_text (layout, &style, none);
        }
      doc_title = g_strdup_printf ("Bảng chấm điểm thi đua năm %d", snapshot->year);
    }

  document = td_document_new (g_steal_pointer (&layout), doc_title);
  td_document_set_year (document, snapshot->year);
  return document;
}
