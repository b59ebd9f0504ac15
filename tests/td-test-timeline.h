/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the UI tests of the timeline (test-timeline-*.c): the set-up of their run, a window
 * with the sample shown on the timeline on "today" 15 June 2022, input through the
 * timeline's own controllers, and what the timeline shows, with the tasks by the numbers
 * the sample gave them.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-timeline-page.h"
#include "td-timeline.h"
#include "td-window.h"

G_BEGIN_DECLS

#define SAMPLE_PLAN "(SELECT id FROM plan WHERE year = 2022)"
/* The tool bar's button that clears the filters, shown while one is on. */
#define CLEAR_FILTER "Filtered — Show All"

/* The run --------------------------------------------------------------------------------- */

/* Before the tests are added: a warning fails the test it happens in (criticals stay
 * fatal), GTK's test accessibility backend, --keep-going (see td_test_keep_going_args()),
 * English, and one application for the whole run, as a real session has. */
void td_test_timeline_init (int   *argc,
                            char **argv);
/* Runs the tests, then lets the application go; returns g_test_run()'s status. */
int  td_test_timeline_run  (void);

/* Input through the timeline's own controllers -------------------------------------------- */

/* A key press as the timeline's key controller receives it; TRUE when it was handled. */
gboolean td_test_timeline_press_key     (TdTimeline      *timeline,
                                         guint            keyval,
                                         GdkModifierType  state);
void     td_test_timeline_move_pointer  (TdTimeline      *timeline,
                                         double           x,
                                         double           y);
void     td_test_timeline_press_pointer (TdTimeline      *timeline,
                                         int              n_press,
                                         double           x,
                                         double           y);

/* The file, read with SQLite itself ------------------------------------------------------- */

/* "start|end|quarter|position|status" of a task. */
char *td_test_timeline_file_task      (const char *path,
                                       gint64      id);
/* Every task of the sample plan, dates, group, place and status, in id order. */
char *td_test_timeline_file_all_tasks (const char *path);

/* The fixture ----------------------------------------------------------------------------- */

typedef struct {
  char           *path;
  TdWindow       *window;
  TdTimelinePage *page;
  TdTimeline     *timeline;
  /* The sample's tasks by their number, 1–9, as the file has them at the start. */
  gint64          ids[10];
} TdTestTimelineFixture;

/* A first run on a new file, the sample loaded as the window's menu item does, the
 * timeline shown with today on 15 June 2022. */
void          td_test_timeline_set_up     (TdTestTimelineFixture *fixture,
                                           gconstpointer          data);
void          td_test_timeline_tear_down  (TdTestTimelineFixture *fixture,
                                           gconstpointer          data);
/* The stack of the plan and the timeline in @window. */
AdwViewStack *td_test_timeline_plan_stack (TdWindow              *window);

/* What the timeline shows ----------------------------------------------------------------- */

TdTimelineLayout     *td_test_timeline_layout_of       (TdTestTimelineFixture *fixture);
/* The rows as the user reads them down the chart: "Q1 1 2 3 4 Q2 5 6 …", tasks by their
 * sample number. */
char                 *td_test_timeline_shown_rows      (TdTestTimelineFixture *fixture);
const TdTimelineTask *td_test_timeline_shown_task      (TdTestTimelineFixture *fixture,
                                                        int                    number);
/* The sample number of the selected task; 0 when none is. */
int                   td_test_timeline_selected_number (TdTestTimelineFixture *fixture);

/* The selection and the bars -------------------------------------------------------------- */

/* The timeline's description for screen readers is @expected; if not, what it is is told
 * and the test fails. */
#define td_test_timeline_assert_description(fixture, expected)                               \
  G_STMT_START {                                                                             \
    g_autofree char *actual__ =                                                              \
      gtk_test_accessible_check_property (GTK_ACCESSIBLE ((fixture)->timeline),              \
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, (expected));  \
    if (actual__ != NULL)                                                                    \
      {                                                                                      \
        g_autofree char *message__ =                                                         \
          g_strdup_printf ("the timeline's description is “%s”, not “%s”", actual__,         \
                           (expected));                                                      \
        g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message__);        \
      }                                                                                      \
  } G_STMT_END

/* Task @number is selected, and a screen reader is told what it is, with @status. */
void       td_test_timeline_assert_selected_description (TdTestTimelineFixture *fixture,
                                                         int                    number,
                                                         const char            *status);
double     td_test_timeline_x_offset                    (TdTestTimelineFixture *fixture);
/* View coordinates of the middle of a task's bar, inside the timeline. */
void       td_test_timeline_bar_point                   (TdTestTimelineFixture *fixture,
                                                         int                    number,
                                                         double                *x,
                                                         double                *y);
/* The tool bar's button showing @text, on screen or not. */
GtkWidget *td_test_timeline_toolbar_button              (TdTestTimelineFixture *fixture,
                                                         const char            *text);

G_END_DECLS
