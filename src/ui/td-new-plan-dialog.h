/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What a new plan starts from; the dialog offers them in this order, then one copy per year. */
typedef enum {
  TD_NEW_PLAN_USUAL,        /* the usual parts of a plan (td_plan_template_start()) */
  TD_NEW_PLAN_HEADING_ONLY, /* its heading alone (td_store_start_plan()) */
  TD_NEW_PLAN_COPY,         /* another year's plan (td_store_copy_plan()) */
} TdNewPlanStart;

#define TD_TYPE_NEW_PLAN_DIALOG (td_new_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TdNewPlanDialog, td_new_plan_dialog, TD, NEW_PLAN_DIALOG, AdwMessageDialog)

/* Asks the year of a new plan and what it starts from: the usual parts, its heading alone,
 * or a copy of one of @years (the years that have a plan, oldest first). Its "create"
 * response means go ahead. */
TdNewPlanDialog *td_new_plan_dialog_new             (GtkWindow       *parent,
                                                     GArray          *years,
                                                     int              current_year);
int              td_new_plan_dialog_get_year        (TdNewPlanDialog *self);
void             td_new_plan_dialog_set_year        (TdNewPlanDialog *self,
                                                     int              year);
TdNewPlanStart   td_new_plan_dialog_get_start       (TdNewPlanDialog *self);
/* The year of the plan to copy; 0 when the plan is not a copy. */
int              td_new_plan_dialog_get_source_year (TdNewPlanDialog *self);

G_END_DECLS
