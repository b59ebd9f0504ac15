/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-plan-view.h"
#include "td-store.h"

G_BEGIN_DECLS

#define TD_TYPE_PLAN_EDITOR (td_plan_editor_get_type ())
G_DECLARE_FINAL_TYPE (TdPlanEditor, td_plan_editor, TD, PLAN_EDITOR, GtkWidget)

void td_plan_editor_set_plan  (TdPlanEditor *self,
                               TdStore      *store,
                               TdPlan       *plan);
/* Shows the editor of @row's part of the plan (NULL: none). */
void td_plan_editor_edit_row  (TdPlanEditor *self,
                               TdPlanRow    *row);
/* Saves what is typed but not yet saved. */
void td_plan_editor_flush     (TdPlanEditor *self);

G_END_DECLS
