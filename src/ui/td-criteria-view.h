/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-criterion-editor.h"
#include "td-store-scoring.h"

G_BEGIN_DECLS

#define TD_TYPE_CRITERIA_VIEW (td_criteria_view_get_type ())
G_DECLARE_FINAL_TYPE (TdCriteriaView, td_criteria_view, TD, CRITERIA_VIEW, GtkWidget)

/* The Criteria view of the Scoring area: the tree of one criteria set as an indented list
 * (code, name, target, standard; a heading with the sum of its items, and a warning where
 * the standard it states is another), its totals under it, and a side pane editing the
 * criterion chosen. Its actions: criteria.add (a criterion after the one chosen),
 * criteria.add-item (an item under it), criteria.move-up, criteria.move-down,
 * criteria.delete (with Undo in a toast). Its "set-id" property says which set it shows. */
TdCriteriaView    *td_criteria_view_new           (void);
void               td_criteria_view_set_store     (TdCriteriaView *self,
                                                   TdStore        *store);
void               td_criteria_view_set_set_id    (TdCriteriaView *self,
                                                   gint64          set_id);
gint64             td_criteria_view_get_set_id    (TdCriteriaView *self);
void               td_criteria_view_reload        (TdCriteriaView *self);
void               td_criteria_view_apply_change  (TdCriteriaView *self,
                                                   const TdChange *change);
/* The tree shown (NULL when none is). */
TdCriteriaTree    *td_criteria_view_get_tree      (TdCriteriaView *self);
/* Chooses criterion @id and opens it in the pane; FALSE when it is not shown. */
gboolean           td_criteria_view_select        (TdCriteriaView *self,
                                                   gint64          id);
gint64             td_criteria_view_get_selected  (TdCriteriaView *self);
TdCriterionEditor *td_criteria_view_get_editor    (TdCriteriaView *self);
/* The line of totals under the list, as it reads. */
const char        *td_criteria_view_get_totals    (TdCriteriaView *self);

G_END_DECLS
