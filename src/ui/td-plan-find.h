/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-plan-view.h"

G_BEGIN_DECLS

#define TD_TYPE_PLAN_FIND (td_plan_find_get_type ())
G_DECLARE_FINAL_TYPE (TdPlanFind, td_plan_find, TD, PLAN_FIND, GtkWidget)

/* Find in the plan: a search bar over the document of @view. What is typed is found with or
 * without its diacritics (td-fold.h) in the plan's text, as the document shows it: the
 * heading, the sections, the quarters, the tasks with their units, the signature. Enter
 * (Shift+Enter), the arrows or the buttons go to the next (previous) match, which is
 * selected, scrolled to and highlighted; "N of M" tells where. */
void      td_plan_find_set_view (TdPlanFind *self,
                                 TdPlanView *view);
/* Shows the bar with the cursor in it, what was searched for last selected. */
void      td_plan_find_start    (TdPlanFind *self);
/* Hides the bar and the highlight. */
void      td_plan_find_stop     (TdPlanFind *self);
gboolean  td_plan_find_is_shown (TdPlanFind *self);

G_END_DECLS
