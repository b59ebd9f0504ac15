/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-plan.h"
#include "td-section.h"
#include "td-store.h"
#include "td-task.h"

G_BEGIN_DECLS

#define TD_TYPE_PLAN_VIEW (td_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (TdPlanView, td_plan_view, TD, PLAN_VIEW, GtkWidget)

/* Shows @plan as the document it is; NULL clears the view. */
void        td_plan_view_set_plan    (TdPlanView *self,
                                      TdStore    *store,
                                      TdPlan     *plan);
TdPlan     *td_plan_view_get_plan    (TdPlanView *self);
TdStore    *td_plan_view_get_store   (TdPlanView *self);
/* The rows of the document as shown (for tests and accessibility): each a TdPlanRow. */
GListModel *td_plan_view_get_rows    (TdPlanView *self);

typedef enum {
  TD_PLAN_ROW_HEADING,
  TD_PLAN_ROW_SECTION,
  TD_PLAN_ROW_TABLE_HEAD,
  TD_PLAN_ROW_QUARTER,
  TD_PLAN_ROW_TASK,
  TD_PLAN_ROW_SIGNATURE,
} TdPlanRowKind;

#define TD_TYPE_PLAN_ROW (td_plan_row_get_type ())
G_DECLARE_FINAL_TYPE (TdPlanRow, td_plan_row, TD, PLAN_ROW, GObject)

TdPlanRowKind td_plan_row_get_kind     (TdPlanRow *self);
int           td_plan_row_get_quarter  (TdPlanRow *self);
/* The task of a TASK row, the section of a SECTION row, else NULL. */
TdTask       *td_plan_row_get_task     (TdPlanRow *self);
TdSection    *td_plan_row_get_section  (TdPlanRow *self);

/* Selects (and scrolls to) the row of a task or section by id, a quarter by number, or the
 * heading, table head or signature; FALSE when there is no such row. */
gboolean      td_plan_view_select      (TdPlanView    *self,
                                        TdPlanRowKind  kind,
                                        gint64         id);
TdPlanRow    *td_plan_view_get_selected (TdPlanView   *self);
/* Reads one task again into its row, after an edit that left it in its place. FALSE when
 * it is not shown or moved: then the plan is to be read again (td_plan_view_set_plan). */
gboolean      td_plan_view_refresh_task (TdPlanView   *self,
                                         gint64        task_id);

/* Highlights @needle (found with or without diacritics, td-fold.h) wherever the rows shown
 * have it; NULL for nothing. */
void          td_plan_view_set_highlight (TdPlanView  *self,
                                          const char  *needle);

G_END_DECLS
