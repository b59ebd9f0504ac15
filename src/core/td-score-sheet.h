/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score sheet of a criteria set (bảng chấm điểm): its units down, its items across, in
 * each cell the self score (tự chấm) and the verified score (phúc tra), with the verifier's
 * note and who verified it; the totals of every heading and of every unit; the ranking and
 * the classification. Plain data, no SQL: td_store_read_score_sheet() fills it from the
 * file in a few queries, and the tests and benchmarks fill it by hand.
 *
 * A change of one cell updates the totals of its unit along the cell's headings (a few
 * additions, not a walk of the sheet); the ranking is made again when next asked, a sort of
 * the units. So one edit costs microseconds on 200 units × 150 items.
 *
 * The final score of a cell is its verified score, or its self score while it has not
 * been verified; a unit's final total, which ranks and classifies it, is the sum of those.
 * A unit with an item that has no score at all (neither self nor verified) is incomplete,
 * "chưa đủ điểm": it has no rank and no class, never ranked as if it scored 0. A penalty
 * item left blank takes nothing away, so it never makes a unit incomplete.
 */
#pragma once

#include "td-criteria-tree.h"

G_BEGIN_DECLS

typedef enum {
  TD_SCORE_SELF,
  TD_SCORE_VERIFIED,
  /* Verified, else self: what ranks. Read only. */
  TD_SCORE_FINAL,
} TdScoreSide;

typedef struct _TdScoreSheet TdScoreSheet;

/* An empty sheet of the items of @tree, classified by @thresholds (highest minimum first,
 * as td_thresholds_sort() leaves them; copied). */
TdScoreSheet       *td_score_sheet_new            (TdCriteriaTree    *tree,
                                                   const TdThreshold *thresholds,
                                                   guint              n_thresholds);
TdScoreSheet       *td_score_sheet_ref            (TdScoreSheet      *self);
void                td_score_sheet_unref          (TdScoreSheet      *self);

TdCriteriaTree     *td_score_sheet_get_tree       (TdScoreSheet      *self);
guint               td_score_sheet_get_n_thresholds (TdScoreSheet    *self);
const TdThreshold  *td_score_sheet_get_threshold  (TdScoreSheet      *self,
                                                   guint              index);
/* The items across (as td_criteria_tree_get_n_leaves()); the leaf of criterion @id, -1
 * when it is a heading or not in the set. */
guint               td_score_sheet_get_n_items    (TdScoreSheet      *self);
int                 td_score_sheet_find_item      (TdScoreSheet      *self,
                                                   gint64             criterion_id);

/* Units, in the order they are added (the store adds them in Vietnamese name order):
 * returns the new unit's row. */
guint               td_score_sheet_add_unit       (TdScoreSheet      *self,
                                                   gint64             id,
                                                   const char        *name,
                                                   const char        *kind);
guint               td_score_sheet_get_n_units    (TdScoreSheet      *self);
gint64              td_score_sheet_get_unit_id    (TdScoreSheet      *self,
                                                   guint              unit);
const char         *td_score_sheet_get_unit_name  (TdScoreSheet      *self,
                                                   guint              unit);
const char         *td_score_sheet_get_unit_kind  (TdScoreSheet      *self,
                                                   guint              unit);
/* The row of unit @id, -1 when it is not on the sheet. */
int                 td_score_sheet_find_unit      (TdScoreSheet      *self,
                                                   gint64             id);

/* Cells ------------------------------------------------------------------------------------ */

/* Sets (@has) or clears one side (SELF or VERIFIED) of a cell and updates the totals; not
 * checked against the standard (the store does that before saving). */
void                td_score_sheet_set_score      (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item,
                                                   TdScoreSide        side,
                                                   gboolean           has,
                                                   gint64             points);
/* Whether the cell has a score on @side, and which in *@points. */
gboolean            td_score_sheet_get_score      (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item,
                                                   TdScoreSide        side,
                                                   gint64            *points);
/* Verified minus self, when the cell has both. */
gboolean            td_score_sheet_get_difference (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item,
                                                   gint64            *difference);
void                td_score_sheet_set_note       (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item,
                                                   const char        *note);
/* The verifier's note ("" when none). */
const char         *td_score_sheet_get_note       (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item);
/* The unit (department) that verified the cell, 0 when not named. */
void                td_score_sheet_set_verifier   (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item,
                                                   gint64             verifier_id);
/* The cell's verifier, else the criterion's department; 0 when neither is named. */
gint64              td_score_sheet_get_verifier   (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item);
/* What the unit registered to reach on this item (chỉ tiêu đăng ký), "" when nothing. */
void                td_score_sheet_set_target     (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item,
                                                   const char        *target);
const char         *td_score_sheet_get_target     (TdScoreSheet      *self,
                                                   guint              unit,
                                                   guint              item);

/* Totals, ranking, classification ---------------------------------------------------------- */

/* The unit's total on @side under the tree node @node (a heading's, or an item's own
 * score), or over the whole set for @node -1. SELF and VERIFIED add the scores given on that
 * side; FINAL adds each cell's final score. */
gint64              td_score_sheet_get_total      (TdScoreSheet      *self,
                                                   guint              unit,
                                                   int                node,
                                                   TdScoreSide        side);
/* Items of the unit with no score at all (penalties not counted). */
guint               td_score_sheet_get_n_missing  (TdScoreSheet      *self,
                                                   guint              unit);
gboolean            td_score_sheet_is_complete    (TdScoreSheet      *self,
                                                   guint              unit);
/* Whether any of the unit's cells is verified. */
gboolean            td_score_sheet_is_verified    (TdScoreSheet      *self,
                                                   guint              unit);
/* The unit's rank by final total, from 1; units with the same total share a rank and the
 * next rank counts them all (1, 2, 2, 4). 0 for an incomplete unit. */
guint               td_score_sheet_get_rank       (TdScoreSheet      *self,
                                                   guint              unit);
/* The threshold (an index) the unit's final total reaches, -1 below all or incomplete. */
int                 td_score_sheet_get_class      (TdScoreSheet      *self,
                                                   guint              unit);
/* Its label, NULL when none. */
const char         *td_score_sheet_get_class_label (TdScoreSheet     *self,
                                                   guint              unit);
/* The units as the ranking lists them: by rank, those of one rank in sheet order, then the
 * incomplete ones in sheet order. @n_units is set to their number. */
const guint        *td_score_sheet_get_ranking    (TdScoreSheet      *self,
                                                   guint             *n_units);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdScoreSheet, td_score_sheet_unref)

G_END_DECLS
