/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TD_TYPE_NEW_PLAN_DIALOG (td_new_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TdNewPlanDialog, td_new_plan_dialog, TD, NEW_PLAN_DIALOG, AdwMessageDialog)

/* Asks the year of a new plan and whether to start it empty or as a copy of one of @years
 * (the years that have a plan, oldest first). Its "create" response means go ahead. */
TdNewPlanDialog *td_new_plan_dialog_new             (GtkWindow       *parent,
                                                     GArray          *years,
                                                     int              current_year);
int              td_new_plan_dialog_get_year        (TdNewPlanDialog *self);
void             td_new_plan_dialog_set_year        (TdNewPlanDialog *self,
                                                     int              year);
/* The year whose plan is copied, 0 to start empty. */
int              td_new_plan_dialog_get_source_year (TdNewPlanDialog *self);

G_END_DECLS
