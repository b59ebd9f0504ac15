/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * One line of the Criteria view: the item a list holds (what a node of the tree shows, as
 * text) and the row that shows it, indented by its depth.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-criteria-tree.h"

G_BEGIN_DECLS

#define TD_TYPE_CRITERIA_ITEM (td_criteria_item_get_type ())
G_DECLARE_FINAL_TYPE (TdCriteriaItem, td_criteria_item, TD, CRITERIA_ITEM, GObject)

/* Node @index of @tree as the list shows it. */
TdCriteriaItem *td_criteria_item_new          (TdCriteriaTree *tree,
                                               guint           index);
/* Takes what node @index of @tree shows now; emits "changed" when anything differs. */
void            td_criteria_item_update       (TdCriteriaItem *self,
                                               TdCriteriaTree *tree,
                                               guint           index);
gint64          td_criteria_item_get_id       (TdCriteriaItem *self);
guint           td_criteria_item_get_depth    (TdCriteriaItem *self);
const char     *td_criteria_item_get_code     (TdCriteriaItem *self);
const char     *td_criteria_item_get_name     (TdCriteriaItem *self);
/* "≥ 95 %", "Đạt": the target with its unit. */
const char     *td_criteria_item_get_target   (TdCriteriaItem *self);
/* "20", "2,5", "−2": a heading's the sum of its items. */
const char     *td_criteria_item_get_standard (TdCriteriaItem *self);
gboolean        td_criteria_item_is_heading   (TdCriteriaItem *self);
gboolean        td_criteria_item_is_penalty   (TdCriteriaItem *self);
/* "Stated 20, items add up to 18" for a heading whose stated standard is not its sum;
 * NULL otherwise. */
const char     *td_criteria_item_get_problem  (TdCriteriaItem *self);

/* Points as the Criteria view writes them: a decimal comma, a typographic minus. */
char           *td_criteria_format_points     (gint64          points);


#define TD_TYPE_CRITERIA_ROW (td_criteria_row_get_type ())
G_DECLARE_FINAL_TYPE (TdCriteriaRow, td_criteria_row, TD, CRITERIA_ROW, GtkWidget)

/* A row of the list; with @header TRUE the line of column headings above it. */
GtkWidget      *td_criteria_row_new           (gboolean        header);
void            td_criteria_row_set_item      (TdCriteriaRow  *self,
                                               TdCriteriaItem *item);
TdCriteriaItem *td_criteria_row_get_item      (TdCriteriaRow  *self);
/* What it shows, for the tests: "code | name | target | standard", with " !" after the
 * standard when the warning shows. */
char           *td_criteria_row_dup_text      (TdCriteriaRow  *self);

G_END_DECLS
