/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-plan-view.h"
#include "td-plan.h"
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

/* Typed but not in the file: waiting to be saved, refused by the file (locked, disk full),
 * or not valid as it is. */
gboolean    td_plan_editor_has_unsaved      (TdPlanEditor *self);
/* Why the changes are not saved, as the editor shows it; NULL when it shows no reason. */
const char *td_plan_editor_get_save_problem (TdPlanEditor *self);
/* Tries to save everything now; TRUE when nothing is left unsaved. */
gboolean    td_plan_editor_save             (TdPlanEditor *self);
/* Drops what is not saved (the user chose to close without saving). */
void        td_plan_editor_discard          (TdPlanEditor *self);

G_END_DECLS
