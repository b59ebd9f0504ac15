/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-context.h"
#include "td-plan-editor.h"
#include "td-plan-view.h"

G_BEGIN_DECLS

#define TD_TYPE_PLAN_PAGE (td_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (TdPlanPage, td_plan_page, TD, PLAN_PAGE, GtkWidget)

/* The plan of its "year" as the document, with the editor beside it (below it when the
 * window is narrow). It reads the plan itself from its "context", when it is shown. */
TdPlanView   *td_plan_page_get_view   (TdPlanPage *self);
/* Shows find in the plan, the cursor in it (win.find, Ctrl+F). */
void          td_plan_page_find       (TdPlanPage *self);
/* NULL until a part of the plan is first chosen: reading needs no editor. */
TdPlanEditor *td_plan_page_get_editor (TdPlanPage *self);
/* The plan shown, NULL when the year has none or the page was never shown. */
TdPlan       *td_plan_page_get_plan   (TdPlanPage *self);
/* The store changed the plan: read it again now if shown, else when next shown. */
void          td_plan_page_reload     (TdPlanPage *self);
/* What the store says changed: one task's row when only that task's text or dates
 * changed, the plan again (now if shown, else when next shown) when anything moved. */
void          td_plan_page_apply_change (TdPlanPage     *self,
                                         const TdChange *change);

G_END_DECLS
