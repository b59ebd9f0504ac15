/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the UI tests of editing the plan (test-editing-*.c): the application of the run, a
 * window with the sample, the tasks as the plan view lists them, checked against the file,
 * and what the editor shows.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-application.h"
#include "td-plan-editor.h"
#include "td-window.h"

G_BEGIN_DECLS

/* The run and its application ------------------------------------------------------------- */

/* Before the tests are added: the system's data folders, --keep-going (see
 * td_test_keep_going_args()), and the application in English, unless this is a subprocess
 * (which sets its own language). */
void           td_test_editing_init              (int         *argc,
                                                  char       **argv);
/* Runs the tests, then lets the application go; returns g_test_run()'s status. */
int            td_test_editing_run               (void);

/* One application for the whole run, as a real session has. */
TdApplication *td_test_editing_app               (void);
/* Sets the locale as main.c does (GTK's own setlocale() reads LC_ALL when it starts), then
 * starts the application; FALSE when the locale is missing. */
gboolean       td_test_editing_start_application (const char  *locale,
                                                  const char  *language);
void           td_test_editing_stop_application  (void);

/* What is on screen ----------------------------------------------------------------------- */

/* Clicks @button as a user does, scrolling to it first when it is scrolled away. */
void td_test_editing_scroll_and_click (GtkWidget *button);

/* The plan view --------------------------------------------------------------------------- */

/* The tasks as the plan view lists them, after checking the table's shape: the four
 * quarters in order, each task under its own quarter, numbered on across the quarters. */
GPtrArray *td_test_editing_shown_tasks         (TdWindow   *window);
TdTask    *td_test_editing_shown_task_numbered (GPtrArray  *tasks,
                                                int         number);
/* The screen and the file list the same tasks in the same order, so many per quarter
 * (@quarter_counts: "4 2 1 2"). */
void       td_test_editing_assert_table        (TdWindow   *window,
                                                const char *path,
                                                const char *quarter_counts);

/* The editor ------------------------------------------------------------------------------ */

GtkStack   *td_test_editing_editor_stack  (TdPlanEditor *editor);
const char *td_test_editing_editor_page   (TdPlanEditor *editor);
/* TRUE when the keyboard focus is in @widget, as a user sees the cursor there. */
gboolean    td_test_editing_has_focus     (TdWindow     *window,
                                           GtkWidget    *widget);

/* Windows --------------------------------------------------------------------------------- */

/* A window on a new file, with the sample loaded as the window's menu item does. */
TdWindow *td_test_editing_open_with_sample (char     **path);
/* Chooses the task listed as @number; returns its id. */
gint64    td_test_editing_select_task      (TdWindow  *window,
                                            int        number);
/* Clicks the Undo button of the toast, once the toast shows. */
void      td_test_editing_click_undo       (TdWindow  *window);

G_END_DECLS
