/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-timeline"

#include "config.h"

#include "td-plan-view.h"
#include "td-sample.h"
#include "td-test-db.h"
#include "td-test-timeline.h"
#include "td-test-ui.h"
#include "td-timeline-page.h"
#include "td-timeline.h"
#include "td-window.h"

#define TODAY "2022-06-15"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

/* A warning fails the test it happens in, but lets the run go on, so that one run tells of
 * every problem; criticals stay fatal. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         data)
{
  if ((level & G_LOG_LEVEL_MASK) == G_LOG_LEVEL_WARNING)
    {
      const char *domain = "(none)";
      const char *message = "";

      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length < 0)
          domain = fields[i].value;
        else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
          message = fields[i].value;
      g_test_fail_printf ("warning from %s: %s", domain, message);
    }
  return g_log_writer_default (level, fields, n_fields, data);
}

static char **args;

void
td_test_timeline_init (int   *argc,
                       char **argv)
{
  g_log_set_writer_func (log_writer_cb, NULL, NULL);

  td_test_use_system_data_dirs ();
  /* What a screen reader is told is read back through GTK's test accessibility backend
   * ("none" keeps no accessible state at all); it talks to no bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  /* A failed td_test_check() lets its test go on; --keep-going lets the next tests run too,
   * so one run tells of every failure. */
  args = td_test_keep_going_args (argc, argv);
  g_test_init (argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* English whatever the developer's session speaks. */
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  app = td_test_start_application ();
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
}

int
td_test_timeline_run (void)
{
  int status = g_test_run ();

  g_clear_object (&app);
  g_clear_pointer (&args, g_free);
  return status;
}

/* Input through the timeline's own controllers -------------------------------------------- */

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GtkEventController *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        {
          g_assert_null (found);
          found = controller;
        }
    }
  g_assert_nonnull (found);
  /* The widget keeps it. */
  return found;
}

gboolean
td_test_timeline_press_key (TdTimeline      *timeline,
                            guint            keyval,
                            GdkModifierType  state)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (timeline),
                                              GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0u, state, &handled);
  td_test_wait_for_frame (GTK_WIDGET (timeline));
  return handled;
}

void
td_test_timeline_move_pointer (TdTimeline *timeline,
                               double      x,
                               double      y)
{
  GtkEventController *motion = find_controller (GTK_WIDGET (timeline),
                                                GTK_TYPE_EVENT_CONTROLLER_MOTION);

  g_signal_emit_by_name (motion, "motion", x, y);
  td_test_wait_for_frame (GTK_WIDGET (timeline));
}

void
td_test_timeline_press_pointer (TdTimeline *timeline,
                                int         n_press,
                                double      x,
                                double      y)
{
  GtkEventController *gesture = find_controller (GTK_WIDGET (timeline), GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (gesture, "pressed", n_press, x, y);
  td_test_wait_for_frame (GTK_WIDGET (timeline));
}

/* The file, read with SQLite itself ------------------------------------------------------- */

char *
td_test_timeline_file_task (const char *path,
                            gint64      id)
{
  return td_test_file_query (path,
                             "SELECT start_date || '|' || end_date || '|' || quarter || '|' || "
                             "position || '|' || status FROM task WHERE id = %lld",
                             (long long) id);
}

char *
td_test_timeline_file_all_tasks (const char *path)
{
  return td_test_file_query (path,
                             "SELECT group_concat (t, ';') FROM (SELECT id || ':' || start_date "
                             "|| '|' || end_date || '|' || quarter || '|' || position || '|' "
                             "|| status || '|' || progress AS t FROM task "
                             "WHERE plan_id = " SAMPLE_PLAN " ORDER BY id)");
}

/* The fixture ----------------------------------------------------------------------------- */

AdwViewStack *
td_test_timeline_plan_stack (TdWindow *window)
{
  g_autoptr(GPtrArray) stacks = td_test_find_all (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, FALSE);

  for (guint i = 0; i < stacks->len; i++)
    if (adw_view_stack_get_child_by_name (g_ptr_array_index (stacks, i), "timeline") != NULL)
      return g_ptr_array_index (stacks, i);
  g_assert_not_reached ();
}

static gboolean
window_shows_plan (TdWindow *window)
{
  return td_window_get_year (window) == TD_SAMPLE_YEAR &&
         td_plan_view_get_plan (td_window_get_plan_view (window)) != NULL;
}

static gboolean
timeline_has_tasks (TdTimeline *timeline)
{
  return td_timeline_layout_get_n_tasks (td_timeline_get_layout (timeline)) == 9;
}

void
td_test_timeline_set_up (TdTestTimelineFixture *fixture,
                         gconstpointer          data)
{
  char *path = td_test_fresh_database_path ();

  fixture->path = path;
  td_test_reset_settings ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  fixture->window = td_test_open_window (app, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample",
                                             NULL));
  td_test_assert_eventually (window_shows_plan, fixture->window, "the sample plan to show");

  td_window_show_timeline (fixture->window);
  fixture->page = td_window_get_timeline_page (fixture->window);
  fixture->timeline = td_timeline_page_get_timeline (fixture->page);
  td_timeline_set_today (fixture->timeline, TODAY);
  td_test_assert_eventually (timeline_has_tasks, fixture->timeline,
                             "the timeline to hold the tasks");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     td_test_timeline_plan_stack (fixture->window)), ==, "timeline");
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (fixture->timeline)));

  for (int number = 1; number <= 9; number++)
    {
      g_autofree char *id = td_test_file_query (path,
                                                "SELECT id FROM task WHERE plan_id = " SAMPLE_PLAN
                                                " ORDER BY quarter, position, id LIMIT 1 OFFSET %d",
                                                number - 1);
      g_assert_nonnull (id);
      fixture->ids[number] = g_ascii_strtoll (id, NULL, 10);
    }
}

void
td_test_timeline_tear_down (TdTestTimelineFixture *fixture,
                            gconstpointer          data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  if (fixture->window != NULL)
    td_test_close_window (&fixture->window);
  g_free (fixture->path);
}

/* What the timeline shows ----------------------------------------------------------------- */

TdTimelineLayout *
td_test_timeline_layout_of (TdTestTimelineFixture *fixture)
{
  return td_timeline_get_layout (fixture->timeline);
}

/* The number the sample gave the task with @id (its place in the file at the start). */
static int
number_of (TdTestTimelineFixture *fixture,
           gint64                 id)
{
  for (int number = 1; number <= 9; number++)
    if (fixture->ids[number] == id)
      return number;
  return 0;
}

char *
td_test_timeline_shown_rows (TdTestTimelineFixture *fixture)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  GString *rows = g_string_new (NULL);

  for (guint i = 0; i < td_timeline_layout_get_n_rows (layout); i++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (layout, i);

      if (rows->len > 0)
        g_string_append_c (rows, ' ');
      if (row->kind == TD_TIMELINE_ROW_QUARTER)
        g_string_append_printf (rows, "Q%d", row->quarter);
      else
        {
          const TdTimelineTask *task = td_timeline_layout_get_task (layout, row->task);

          g_assert_cmpuint (task->row, ==, i);
          g_assert_cmpint (task->quarter, ==, row->quarter);
          g_string_append_printf (rows, "%d", number_of (fixture, task->id));
        }
    }
  return g_string_free (rows, FALSE);
}

const TdTimelineTask *
td_test_timeline_shown_task (TdTestTimelineFixture *fixture,
                             int                    number)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  guint index = td_timeline_layout_find_task (layout, fixture->ids[number]);

  g_assert_cmpuint (index, !=, G_MAXUINT);
  return td_timeline_layout_get_task (layout, index);
}

int
td_test_timeline_selected_number (TdTestTimelineFixture *fixture)
{
  return number_of (fixture, td_timeline_get_selected (fixture->timeline));
}

/* What a screen reader says of the selected task, as the widget builds it from the file. */
static char *
expected_description (TdTestTimelineFixture *fixture,
                      int                    number,
                      const char            *status)
{
  g_autofree char *content = td_test_file_query (fixture->path,
                                                 "SELECT content FROM task WHERE id = %lld",
                                                 (long long) fixture->ids[number]);
  g_autofree char *responsible = td_test_file_query (fixture->path,
                                                     "SELECT responsible FROM task WHERE id = %lld",
                                                     (long long) fixture->ids[number]);
  g_autofree char *dates = td_test_file_query (fixture->path,
                                               "SELECT strftime ('%%d/%%m/%%Y', start_date) "
                                               "|| ' – ' || "
                                               "strftime ('%%d/%%m/%%Y', end_date) FROM task "
                                               "WHERE id = %lld",
                                               (long long) fixture->ids[number]);
  g_autofree char *progress = td_test_file_query (fixture->path,
                                                  "SELECT progress FROM task WHERE id = %lld",
                                                  (long long) fixture->ids[number]);

  return g_strdup_printf ("%d. %s\nResponsible: %s\n%s\n%s, %s%%", number, content,
                          responsible[0] != '\0' ? responsible : "—", dates, status, progress);
}

void
td_test_timeline_assert_selected_description (TdTestTimelineFixture *fixture,
                                              int                    number,
                                              const char            *status)
{
  g_autofree char *expected = expected_description (fixture, number, status);

  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, number);
  td_test_timeline_assert_description (fixture, expected);
}

double
td_test_timeline_x_offset (TdTestTimelineFixture *fixture)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (
                                     GTK_SCROLLABLE (fixture->timeline)));
}

void
td_test_timeline_bar_point (TdTestTimelineFixture *fixture,
                            int                    number,
                            double                *x,
                            double                *y)
{
  g_assert_true (td_timeline_get_bar_point (fixture->timeline, fixture->ids[number], x, y));
  g_assert_cmpfloat (*x, >, 0);
  g_assert_cmpfloat (*x, <, gtk_widget_get_width (GTK_WIDGET (fixture->timeline)));
  g_assert_cmpfloat (*y, >, 0);
  g_assert_cmpfloat (*y, <, gtk_widget_get_height (GTK_WIDGET (fixture->timeline)));
}

GtkWidget *
td_test_timeline_toolbar_button (TdTestTimelineFixture *fixture,
                                 const char            *text)
{
  GtkWidget *button = td_test_find_button (GTK_WIDGET (fixture->page), text, FALSE, FALSE);

  g_assert_nonnull (button);
  return button;
}
