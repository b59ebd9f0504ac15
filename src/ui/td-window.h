/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-application.h"
#include "td-history.h"
#include "td-context.h"
#include "td-plan-page.h"
#include "td-plan-view.h"
#include "td-scoring-page.h"
#include "td-store.h"
#include "td-timeline-page.h"
#include "td-units-page.h"

G_BEGIN_DECLS

#define TD_TYPE_WINDOW (td_window_get_type ())
G_DECLARE_FINAL_TYPE (TdWindow, td_window, TD, WINDOW, AdwApplicationWindow)

/* Opens the database at @path; on failure the window explains what is wrong. */
TdWindow   *td_window_new            (TdApplication *application,
                                      const char    *path,
                                      gboolean       load_sample);
/* @page: the area to show first, "plan" or "timeline" ("document" is "plan"); NULL: the
 * one shown last. */
TdWindow   *td_window_new_on_page    (TdApplication *application,
                                      const char    *path,
                                      gboolean       load_sample,
                                      const char    *page);
/* NULL when the file could not be opened. */
TdStore    *td_window_get_store      (TdWindow      *self);
/* The year shown, 0 when there is no plan yet. */
int         td_window_get_year       (TdWindow      *self);
TdContext  *td_window_get_context    (TdWindow      *self);
TdPlanPage *td_window_get_plan_page  (TdWindow      *self);
TdPlanView *td_window_get_plan_view  (TdWindow      *self);
void        td_window_show_timeline  (TdWindow      *self);
TdTimelinePage *td_window_get_timeline_page (TdWindow *self);
/* The Units area (shown with Ctrl+3). */
TdUnitsPage *td_window_get_units_page (TdWindow *self);
/* The Scoring area (shown with Ctrl+5). */
TdScoringPage *td_window_get_scoring_page (TdWindow *self);
gboolean    td_window_get_presenting (TdWindow      *self);
/* Undo and Redo of every change made in this window; NULL when the file is read-only. */
TdHistory  *td_window_get_history    (TdWindow      *self);

G_END_DECLS
