/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline in the real window, on the sample plan, driven through the handlers real
 * input runs: key presses are emitted on the timeline's own key controller, pointer motion
 * and clicks on its motion controller and click gesture, drags go through the calls the
 * drag gesture makes, and the tool bar's buttons and drop-downs are clicked and chosen.
 * What is asserted is what the user sees (the rows in their groups, the selection, its
 * description for screen readers, what is on screen) and what the file holds, read back
 * with SQLite itself. "Today" is 15 June 2022, so statuses do not depend on the calendar.
 * With TD_SHOT_DIR set, screenshots of the window are saved there too.
 */
#define G_LOG_DOMAIN "test-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "td-application.h"
#include "td-plan-view.h"
#include "td-sample.h"
#include "td-store.h"
#include "td-test-db.h"
#include "td-test-ui.h"
#include "td-timeline-page.h"
#include "td-timeline.h"
#include "td-window.h"

#define TODAY "2022-06-15"
#define SAMPLE_PLAN "(SELECT id FROM plan WHERE year = 2022)"
#define CLEAR_FILTER "Filtered — Show All"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

/* What is on screen ---------------------------------------------------------------------- */

/* The drop-down whose tooltip (and accessible label) is @label, under @root. */
static GtkDropDown *
find_dropdown (GtkWidget  *root,
               const char *label)
{
  g_autoptr(GPtrArray) dropdowns = td_test_find_all (root, GTK_TYPE_DROP_DOWN, FALSE);
  GtkDropDown *found = NULL;

  for (guint i = 0; i < dropdowns->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (dropdowns, i)), label) == 0)
      {
        g_assert_null (found);
        found = g_ptr_array_index (dropdowns, i);
      }
  g_assert_nonnull (found);
  return found;
}

/* Chooses the item showing @item in a drop-down, as a user picks it from the list. */
static void
choose (GtkDropDown *dropdown,
        const char  *item)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (dropdown)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item))
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, item);
}

/* Input through the timeline's own controllers ----------------------------------------------- */

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

/* A key press as the timeline's key controller receives it; TRUE when it was handled. */
static gboolean
press_key (TdTimeline      *timeline,
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

static void
move_pointer (TdTimeline *timeline,
              double      x,
              double      y)
{
  GtkEventController *motion = find_controller (GTK_WIDGET (timeline),
                                                GTK_TYPE_EVENT_CONTROLLER_MOTION);

  g_signal_emit_by_name (motion, "motion", x, y);
  td_test_wait_for_frame (GTK_WIDGET (timeline));
}

static void
press_pointer (TdTimeline *timeline,
               int         n_press,
               double      x,
               double      y)
{
  GtkEventController *gesture = find_controller (GTK_WIDGET (timeline), GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (gesture, "pressed", n_press, x, y);
  td_test_wait_for_frame (GTK_WIDGET (timeline));
}

/* The tooltip the timeline would show for the pointer at (@x, @y): TRUE when it has one. */
static gboolean
has_tooltip_at (TdTimeline *timeline,
                double      x,
                double      y)
{
  g_autoptr(GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (timeline, "query-tooltip", (int) x, (int) y, FALSE, tooltip, &shown);
  return shown;
}

/* Screenshots ----------------------------------------------------------------------------- */

/* Relative luminance 0–1 of the pixel at (@x, @y) of @texture. */
static double
luminance_at (GdkTexture *texture,
              int         x,
              int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  const guchar *p;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (y, <, height);
  /* Cairo's ARGB32: B, G, R, A in memory on little-endian machines, premultiplied. */
  gdk_texture_download (texture, data, stride);
  p = data + y * stride + x * 4;
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return (0.2126 * p[2] + 0.7152 * p[1] + 0.0722 * p[0]) / 255.0;
#else
  return (0.2126 * p[1] + 0.7152 * p[2] + 0.0722 * p[3]) / 255.0;
#endif
}

/* The file, read with SQLite itself ------------------------------------------------------- */

/* "start|end|quarter|position|status" of a task. */
static char *
file_task (const char *path,
           gint64      id)
{
  return td_test_file_query (path,
                             "SELECT start_date || '|' || end_date || '|' || quarter || '|' || "
                             "position || '|' || status FROM task WHERE id = %lld",
                             (long long) id);
}

/* Every task of the sample plan, dates, group, place and status, in id order. */
static char *
file_all_tasks (const char *path)
{
  return td_test_file_query (path,
                             "SELECT group_concat (t, ';') FROM (SELECT id || ':' || start_date "
                             "|| '|' || end_date || '|' || quarter || '|' || position || '|' "
                             "|| status || '|' || progress AS t FROM task "
                             "WHERE plan_id = " SAMPLE_PLAN " ORDER BY id)");
}

/* The fixture ----------------------------------------------------------------------------- */

typedef struct {
  char           *path;
  TdWindow       *window;
  TdTimelinePage *page;
  TdTimeline     *timeline;
  /* The sample's tasks by their number, 1–9, as the file has them at the start. */
  gint64          ids[10];
} Fixture;

static AdwViewStack *
plan_stack (TdWindow *window)
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

/* A first run on a new file, the sample loaded as the window's menu item does, the
 * timeline shown with today on 15 June 2022. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
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
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (plan_stack (fixture->window)), ==,
                   "timeline");
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

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  if (fixture->window != NULL)
    td_test_close_window (&fixture->window);
  g_free (fixture->path);
}

/* What the timeline shows ------------------------------------------------------------------ */

static TdTimelineLayout *
layout_of (Fixture *fixture)
{
  return td_timeline_get_layout (fixture->timeline);
}

/* The number the sample gave the task with @id (its place in the file at the start). */
static int
number_of (Fixture *fixture,
           gint64   id)
{
  for (int number = 1; number <= 9; number++)
    if (fixture->ids[number] == id)
      return number;
  return 0;
}

/* The rows as the user reads them down the chart: "Q1 1 2 3 4 Q2 5 6 …", tasks by their
 * sample number. */
static char *
shown_rows (Fixture *fixture)
{
  TdTimelineLayout *layout = layout_of (fixture);
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

static const TdTimelineTask *
shown_task (Fixture *fixture,
            int      number)
{
  TdTimelineLayout *layout = layout_of (fixture);
  guint index = td_timeline_layout_find_task (layout, fixture->ids[number]);

  g_assert_cmpuint (index, !=, G_MAXUINT);
  return td_timeline_layout_get_task (layout, index);
}

static int
selected_number (Fixture *fixture)
{
  return number_of (fixture, td_timeline_get_selected (fixture->timeline));
}

/* What a screen reader says of the selected task, as the widget builds it from the file. */
static char *
expected_description (Fixture    *fixture,
                      int         number,
                      const char *status)
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

#define assert_description(fixture, expected)                                                \
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

static void
assert_selected_description (Fixture    *fixture,
                             int         number,
                             const char *status)
{
  g_autofree char *expected = expected_description (fixture, number, status);

  g_assert_cmpint (selected_number (fixture), ==, number);
  assert_description (fixture, expected);
}

static double
x_offset (Fixture *fixture)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (
                                     GTK_SCROLLABLE (fixture->timeline)));
}

/* View coordinates of the middle of a task's bar, inside the timeline. */
static void
bar_point (Fixture *fixture,
           int      number,
           double  *x,
           double  *y)
{
  g_assert_true (td_timeline_get_bar_point (fixture->timeline, fixture->ids[number], x, y));
  g_assert_cmpfloat (*x, >, 0);
  g_assert_cmpfloat (*x, <, gtk_widget_get_width (GTK_WIDGET (fixture->timeline)));
  g_assert_cmpfloat (*y, >, 0);
  g_assert_cmpfloat (*y, <, gtk_widget_get_height (GTK_WIDGET (fixture->timeline)));
}

/* The view x of a bar's start (@end FALSE) or end edge. */
static double
bar_edge_x (Fixture *fixture,
            int      number,
            gboolean end)
{
  TdTimelineLayout *layout = layout_of (fixture);
  TdTimelineMetrics metrics;
  TdTimelineRect rect;

  td_timeline_layout_get_metrics (layout, &metrics);
  g_assert_true (td_timeline_layout_get_bar (layout,
                                             td_timeline_layout_find_task (layout,
                                                                           fixture->ids[number]),
                                             &rect));
  return metrics.name_width + rect.x + (end ? rect.width : 0) - x_offset (fixture);
}

static gboolean
header_bar_shown (TdWindow *window)
{
  g_autoptr(GPtrArray) bars = td_test_find_all (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, TRUE);

  return bars->len > 0;
}

static GtkWidget *
toolbar_button (Fixture    *fixture,
                const char *text)
{
  GtkWidget *button = td_test_find_button (GTK_WIDGET (fixture->page), text, FALSE, FALSE);

  g_assert_nonnull (button);
  return button;
}

/* The tool bar's button for @action, on screen or not. */
static GtkWidget *
action_button (Fixture    *fixture,
               const char *action)
{
  return td_test_find_action_button (GTK_WIDGET (fixture->page), action, FALSE);
}

static const char *
status_name (TdTimelineStatus status)
{
  static const char * const names[] = {
    "planned", "in-progress", "done", "overdue", "cancelled",
  };

  g_assert_cmpint (status, <, G_N_ELEMENTS (names));
  return names[status];
}

/* Tests ---------------------------------------------------------------------------------- */

/* The sample's tasks in plan order under four quarter headers, overdue ones marked as such
 * on 15 June; a quarter's group folds away under its header. */
static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  TdTimelineLayout *layout = layout_of (fixture);
  g_autofree char *rows = shown_rows (fixture);
  g_autofree char *statuses = NULL;
  g_autofree char *stored = NULL;
  GString *shown_statuses = g_string_new (NULL);
  TdTimelineMetrics metrics;
  TdTimelineHit hit;
  guint header, first, end;
  double header_y;

  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-01-year");

  g_assert_cmpint (td_timeline_layout_get_year (layout), ==, 2022);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_cmpuint (td_timeline_layout_get_n_rows (layout), ==, 13);
  for (int q = 1; q <= 4; q++)
    {
      static const guint counts[] = { 0, 4, 2, 1, 2 };
      g_autofree char *in_file = td_test_file_query (fixture->path,
                                                     "SELECT count(*) FROM task WHERE plan_id = "
                                                     SAMPLE_PLAN " AND quarter = %d", q);
      const TdTimelineRow *row = td_timeline_layout_get_row (layout,
                                                             td_timeline_layout_quarter_row (layout, q));

      g_assert_cmpint (row->kind, ==, TD_TIMELINE_ROW_QUARTER);
      g_assert_cmpuint (row->n_tasks, ==, counts[q]);
      g_assert_cmpuint (row->n_tasks, ==, g_ascii_strtoull (in_file, NULL, 10));
    }

  /* Each bar where the file puts it; numbered and worded as the file has them. */
  for (int number = 1; number <= 9; number++)
    {
      const TdTimelineTask *task = shown_task (fixture, number);
      g_autofree char *start = td_timeline_layout_day_to_iso (layout, task->start);
      g_autofree char *end_iso = td_timeline_layout_day_to_iso (layout, task->end);
      g_autofree char *in_file = td_test_file_query (fixture->path,
                                                     "SELECT start_date || '|' || end_date "
                                                     "|| '|' || content FROM task "
                                                     "WHERE id = %lld",
                                                     (long long) fixture->ids[number]);
      g_autofree char *shown = g_strdup_printf ("%s|%s|%s", start, end_iso, task->content);

      g_assert_cmpint (task->number, ==, number);
      g_assert_cmpstr (shown, ==, in_file);
      g_string_append_printf (shown_statuses, "%s%d:%s", number > 1 ? " " : "", number,
                              status_name (task->status));
    }

  /* Stored as planned; on 15 June the first quarter's tasks (ended 31 March) are overdue,
   * the second quarter's (ending 30 June) are not yet. */
  stored = td_test_file_query (fixture->path,
                               "SELECT group_concat (DISTINCT status) FROM task WHERE plan_id = "
                               SAMPLE_PLAN);
  g_assert_cmpstr (stored, ==, "planned");
  statuses = g_string_free (shown_statuses, FALSE);
  g_assert_cmpstr (statuses, ==,
                   "1:overdue 2:overdue 3:overdue 4:overdue 5:planned 6:planned 7:planned "
                   "8:planned 9:planned");
  g_assert_cmpuint (td_timeline_layout_count_status (layout, TD_TIMELINE_OVERDUE), ==, 4);
  g_assert_cmpuint (td_timeline_layout_count_status (layout, TD_TIMELINE_PLANNED), ==, 5);

  /* Nothing is selected yet, and a screen reader says so. */
  g_assert_cmpint (td_timeline_get_selected (fixture->timeline), ==, 0);
  assert_description (fixture, "No task selected");

  /* The legend is always on screen, in words. */
  for (int i = 0; i < TD_TIMELINE_N_STATUSES; i++)
    td_test_check (td_test_text_on_screen (GTK_WIDGET (fixture->page),
                                           td_timeline_status_msgid (i), FALSE),
                   "the legend does not show “%s”", td_timeline_status_msgid (i));

  /* QUÝ I's header row is where a click on it lands; folded, its tasks leave the chart
   * and the rows under it move up. (The click handler folds only for the primary button,
   * which GtkGestureClick knows only from a real event: the fold is the layout's call the
   * handler makes.) */
  td_timeline_layout_get_metrics (layout, &metrics);
  g_assert_true (td_timeline_layout_quarter_rows (layout, 1, &header, &first, &end));
  g_assert_cmpuint (header, ==, 0);
  g_assert_cmpuint (end - first, ==, 4);
  header_y = metrics.header_height + td_timeline_layout_row_y (layout, header) +
             metrics.row_height / 2;
  td_timeline_layout_hit_test (layout, metrics.name_width / 2, header_y, x_offset (fixture), 0,
                               &hit);
  g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_QUARTER);
  g_assert_cmpint (hit.quarter, ==, 1);

  td_timeline_layout_set_collapsed (layout, 1, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->timeline));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_cmpuint (td_timeline_layout_get_row (layout, 0)->n_tasks, ==, 4);
  g_assert_cmpuint (shown_task (fixture, 1)->row, ==, G_MAXUINT);
  /* Down from nothing goes to the first task shown, past the folded group. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (selected_number (fixture), ==, 5);

  td_timeline_layout_set_collapsed (layout, 1, FALSE);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->timeline));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
}

/* Pointing at a bar highlights it and tells what it is; a click selects it, a double click
 * opens it in the plan's editor. */
static void
test_pointer (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = file_all_tasks (fixture->path);
  g_autofree char *after = NULL;
  TdTimelineMetrics metrics;
  TdPlanRow *row;
  double x, y;

  td_timeline_layout_get_metrics (layout_of (fixture), &metrics);
  bar_point (fixture, 5, &x, &y);

  /* Over the bar: a tooltip; over the same row off the bar, and over the time header:
   * none. */
  move_pointer (fixture->timeline, x, y);
  g_assert_true (has_tooltip_at (fixture->timeline, x, y));
  g_assert_false (has_tooltip_at (fixture->timeline,
                                  gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) - 4, y));
  g_assert_false (has_tooltip_at (fixture->timeline, x, metrics.header_height / 2));

  /* A click on the bar selects its task; the screen reader hears what it is. */
  press_pointer (fixture->timeline, 1, x, y);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->timeline)));
  assert_selected_description (fixture, 5, "Planned");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-02-hover-selected");

  /* A click in the name column selects that row's task too. */
  bar_point (fixture, 2, &x, &y);
  press_pointer (fixture->timeline, 1, metrics.name_width / 2, y);
  assert_selected_description (fixture, 2, "Overdue");

  /* A double click opens it in the plan beside its editor. */
  bar_point (fixture, 7, &x, &y);
  press_pointer (fixture->timeline, 1, x, y);
  press_pointer (fixture->timeline, 2, x, y);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (plan_stack (fixture->window)), ==,
                   "plan");
  row = td_plan_view_get_selected (td_window_get_plan_view (fixture->window));
  g_assert_nonnull (row);
  g_assert_cmpint (td_plan_row_get_kind (row), ==, TD_PLAN_ROW_TASK);
  g_assert_cmpint (td_task_get_id (td_plan_row_get_task (row)), ==, fixture->ids[7]);

  /* Pointing and clicking change nothing in the file. */
  after = file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* Every move of the selection by keyboard, a task moved by a day and a week, and Enter
 * opening it in the plan. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *task1 = NULL;
  g_autofree char *others_before = NULL;
  g_autofree char *others_after = NULL;
  g_autoptr(GPtrArray) menus = NULL;
  TdPlanRow *row;
  gboolean handled;

  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->timeline)));
  g_assert_cmpint (td_timeline_get_selected (fixture->timeline), ==, 0);

  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  assert_selected_description (fixture, 1, "Overdue");
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  assert_selected_description (fixture, 2, "Overdue");
  /* Up and down step over the quarter headers. */
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (selected_number (fixture), ==, 5);
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (selected_number (fixture), ==, 4);
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (selected_number (fixture), ==, 2);

  /* A quarter at a time. */
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Page_Down, 0));
  assert_selected_description (fixture, 5, "Planned");
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Page_Down, 0));
  g_assert_cmpint (selected_number (fixture), ==, 7);
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Page_Up, 0));
  g_assert_cmpint (selected_number (fixture), ==, 5);

  /* The ends, and no further. */
  g_assert_true (press_key (fixture->timeline, GDK_KEY_End, 0));
  assert_selected_description (fixture, 9, "Planned");
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (selected_number (fixture), ==, 9);
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Home, 0));
  assert_selected_description (fixture, 1, "Overdue");
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (selected_number (fixture), ==, 1);

  /* Alt+Right: a day later, start and end; its start still in QUÝ I, it stays there. */
  others_before = td_test_file_query (fixture->path,
                                      "SELECT group_concat (id || start_date || end_date "
                                      "|| quarter || position, ';') FROM task WHERE id != %lld",
                                      (long long) fixture->ids[1]);
  task1 = file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-01|2022-03-31|1|0|planned");
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Right, GDK_ALT_MASK));
  g_clear_pointer (&task1, g_free);
  task1 = file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-02|2022-04-01|1|0|planned");
  g_assert_cmpint (shown_task (fixture, 1)->start, ==, 1);
  g_assert_cmpint (shown_task (fixture, 1)->end, ==, 90);
  assert_selected_description (fixture, 1, "Overdue");

  /* Shift+Alt+Left: a week earlier, but not before 1 January; the length is kept. */
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK));
  g_clear_pointer (&task1, g_free);
  task1 = file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-01|2022-03-31|1|0|planned");
  /* At the year's start already: one more goes nowhere and saves nothing. */
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Left, GDK_ALT_MASK));
  g_clear_pointer (&task1, g_free);
  task1 = file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-01|2022-03-31|1|0|planned");
  others_after = td_test_file_query (fixture->path,
                                     "SELECT group_concat (id || start_date || end_date || quarter "
                                     "|| position, ';') FROM task WHERE id != %lld",
                                     (long long) fixture->ids[1]);
  g_assert_cmpstr (others_after, ==, others_before);
  g_assert_cmpint (selected_number (fixture), ==, 1);

  /* Other keys with Alt are not the timeline's. */
  g_assert_false (press_key (fixture->timeline, GDK_KEY_a, GDK_ALT_MASK));

  /* The context menu's actions (edit, mark done, delete) from the keyboard: Shift+F10 or
   * the Menu key opens it, as everywhere in GTK. */
  menus = td_test_find_all (GTK_WIDGET (fixture->timeline), GTK_TYPE_POPOVER_MENU, FALSE);
  g_assert_cmpuint (menus->len, ==, 1);
  g_assert_false (gtk_widget_get_visible (g_ptr_array_index (menus, 0)));
  handled = press_key (fixture->timeline, GDK_KEY_F10, GDK_SHIFT_MASK) ||
            press_key (fixture->timeline, GDK_KEY_Menu, 0);
  td_test_check (handled && gtk_widget_get_visible (g_ptr_array_index (menus, 0)),
                 "neither Shift+F10 nor the Menu key opens the timeline's context menu, so "
                 "Mark Done and Delete cannot be reached from the keyboard");
  gtk_popover_popdown (g_ptr_array_index (menus, 0));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));

  /* Enter: the task in the plan, beside its editor. */
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Return, 0));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (plan_stack (fixture->window)), ==,
                   "plan");
  row = td_plan_view_get_selected (td_window_get_plan_view (fixture->window));
  g_assert_nonnull (row);
  g_assert_cmpint (td_plan_row_get_kind (row), ==, TD_PLAN_ROW_TASK);
  g_assert_cmpint (td_task_get_id (td_plan_row_get_task (row)), ==, fixture->ids[1]);
}

static gboolean
undo_button_shown (GtkWidget *overlay)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (overlay, GTK_TYPE_BUTTON, TRUE);

  for (guint i = 0; i < buttons->len; i++)
    if (g_str_equal (td_test_button_text (g_ptr_array_index (buttons, i)), "Undo"))
      return TRUE;
  return FALSE;
}

/* The dates and groups of every task but one (%lld), in id order. */
#define OTHER_TASKS_SQL                                                                        \
  "SELECT group_concat (t, ';') FROM (SELECT id || ':' || start_date || '|' || end_date || "  \
  "'|' || quarter AS t FROM task WHERE plan_id = " SAMPLE_PLAN " AND id != %lld ORDER BY id)"

/* A bar dragged later: only a ghost until the drop, then one change in the file; dragged
 * into QUÝ III it joins that group; Undo puts everything back. */
static void
test_drag_move (Fixture       *fixture,
                gconstpointer  data)
{
  TdTimelineLayout *layout = layout_of (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *task5 = NULL;
  g_autofree char *task7 = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *before_second = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *others_before = NULL;
  g_autofree char *others_after = NULL;
  double ppd = td_timeline_layout_get_pixels_per_day (layout);
  double x, y;

  task5 = file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (task5, ==, "2022-04-01|2022-06-30|2|0|planned");

  bar_point (fixture, 5, &x, &y);
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  g_assert_true (td_timeline_is_dragging (fixture->timeline));
  g_assert_cmpint (selected_number (fixture), ==, 5);
  td_timeline_drag_update (fixture->timeline, 30 * ppd);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-07-drag-ghost");

  /* Only a ghost so far: the bar and the file are where they were. */
  g_clear_pointer (&task5, g_free);
  task5 = file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (task5, ==, "2022-04-01|2022-06-30|2|0|planned");
  g_assert_cmpint (shown_task (fixture, 5)->start, ==, 90);

  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  g_assert_false (td_timeline_is_dragging (fixture->timeline));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task5, g_free);
  task5 = file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (task5, ==, "2022-05-01|2022-07-30|2|0|planned");
  g_assert_cmpint (shown_task (fixture, 5)->start, ==, 120);
  g_assert_cmpint (shown_task (fixture, 5)->end, ==, 210);
  /* The move offers its Undo. */
  td_test_assert_eventually (undo_button_shown,
                             gtk_widget_get_ancestor (GTK_WIDGET (fixture->timeline),
                                                      ADW_TYPE_TOAST_OVERLAY),
                             "the toast's Undo button");

  /* Dragged on past 1 July: QUÝ III's, after the task already there, in the file and on
   * the chart, its dates exactly where it was dropped. */
  before_second = file_all_tasks (fixture->path);
  others_before = td_test_file_query (fixture->path, OTHER_TASKS_SQL, (long long) fixture->ids[5]);
  bar_point (fixture, 5, &x, &y);
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  td_timeline_drag_update (fixture->timeline, 70 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task5, g_free);
  task5 = file_task (fixture->path, fixture->ids[5]);
  td_test_check (g_str_equal (task5, "2022-07-10|2022-10-08|3|1|planned"),
                 "task 5 dragged 70 days from 2022-05-01–2022-07-30 is “%s” in the file, not "
                 "2022-07-10–2022-10-08 in QUÝ III after task 7", task5);
  /* And only task 5 changed dates or group. */
  others_after = td_test_file_query (fixture->path, OTHER_TASKS_SQL, (long long) fixture->ids[5]);
  td_test_check (g_str_equal (others_after, others_before),
                 "dragging task 5 into QUÝ III changed other tasks' dates: “%s”, not “%s”",
                 others_after, others_before);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 6 Q3 7 5 Q4 8 9");
  task7 = file_task (fixture->path, fixture->ids[7]);
  g_assert_cmpstr (task7, ==, "2022-07-01|2022-09-30|3|0|planned");
  g_assert_cmpint (selected_number (fixture), ==, 5);

  /* Undo: the dates, the quarter and the place, exactly as they were. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  after_undo = file_all_tasks (fixture->path);
  g_clear_pointer (&task5, g_free);
  task5 = file_task (fixture->path, fixture->ids[5]);
  td_test_check (g_str_equal (task5, "2022-05-01|2022-07-30|2|0|planned"),
                 "after Undo task 5 is “%s” in the file, not 2022-05-01–2022-07-30 first in QUÝ II",
                 task5);
  td_test_check (g_str_equal (after_undo, before_second),
                 "Undo did not put the file back as it was before the drag");
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  /* One Undo for one change: the first drag is next, and this one can be redone. */
  g_assert_cmpstr (td_history_get_undo_label (td_window_get_history (fixture->window)), ==,
                   "Change Task Dates");
  g_assert_cmpstr (td_history_get_redo_label (td_window_get_history (fixture->window)), ==,
                   "Change Task Dates");
}

/* Edges: the end edge moves the end only, the start edge the start only, never past each
 * other; Escape during a drag leaves everything as it was. */
static void
test_drag_resize (Fixture       *fixture,
                  gconstpointer  data)
{
  TdTimelineLayout *layout = layout_of (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *task6 = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  double ppd = td_timeline_layout_get_pixels_per_day (layout);
  double x, y;

  task6 = file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-01|2022-06-30|2|1|planned");
  bar_point (fixture, 6, &x, &y);

  /* The end edge, 10 days later. */
  g_assert_true (td_timeline_drag_begin (fixture->timeline, bar_edge_x (fixture, 6, TRUE) - 1, y));
  td_timeline_drag_update (fixture->timeline, 10 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task6, g_free);
  task6 = file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-01|2022-07-10|2|1|planned");

  /* The start edge, 10 days later. */
  g_assert_true (td_timeline_drag_begin (fixture->timeline, bar_edge_x (fixture, 6, FALSE) + 1,
                                         y));
  td_timeline_drag_update (fixture->timeline, 10 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task6, g_free);
  task6 = file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-11|2022-07-10|2|1|planned");

  /* The end edge dragged far before the start stops at the start: a one-day task. */
  g_assert_true (td_timeline_drag_begin (fixture->timeline, bar_edge_x (fixture, 6, TRUE) - 1, y));
  td_timeline_drag_update (fixture->timeline, -200 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task6, g_free);
  task6 = file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-11|2022-04-11|2|1|planned");
  g_assert_cmpint (shown_task (fixture, 6)->start, ==, shown_task (fixture, 6)->end);

  /* Escape, pressed during a drag, cancels it: nothing saved, nothing left dragging. */
  before = file_all_tasks (fixture->path);
  bar_point (fixture, 7, &x, &y);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  td_timeline_drag_update (fixture->timeline, 20 * ppd);
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Escape, 0));
  g_assert_false (td_timeline_is_dragging (fixture->timeline));
  /* The release that follows finds nothing to drop. */
  g_assert_false (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  after = file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (shown_task (fixture, 7)->start, ==, 181);
}

/* Whether the display can make a window full screen at all: on X11 that takes a window
 * manager, which a bare Xvfb has not. */
static gboolean
display_can_fullscreen (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (widget);

  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_screen_supports_net_wm_hint (gdk_x11_display_get_screen (display),
                                                "_NET_WM_STATE_FULLSCREEN");
#endif
  return TRUE;
}

static gboolean
window_is_fullscreen (GtkWindow *window)
{
  return gtk_window_is_fullscreen (window);
}

static gboolean
window_is_not_fullscreen (GtkWindow *window)
{
  return !gtk_window_is_fullscreen (window);
}

/* For the chairman's meeting: full screen, nothing to click away, nothing that moves; Ctrl++
 * enlarges the text; Escape goes back to work. */
static void
test_presentation (Fixture       *fixture,
                   gconstpointer  data)
{
  TdTimelineLayout *layout = layout_of (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_all_tasks (fixture->path);
  g_autofree char *after = NULL;
  double ppd, scale;
  double x, y;

  g_assert_false (td_window_get_presenting (fixture->window));
  g_assert_true (header_bar_shown (fixture->window));
  g_assert_true (td_test_widget_on_screen (toolbar_button (fixture, "Year")));

  /* F5. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_window_get_presenting (fixture->window));
  g_assert_true (td_timeline_get_presenting (fixture->timeline));
  if (display_can_fullscreen (GTK_WIDGET (fixture->window)))
    td_test_check (td_test_wait_until ((TdTestCondition) window_is_fullscreen, fixture->window),
                   "the presenting window is not full screen");
  else
    g_test_message ("no window manager: whether the window goes full screen is not seen here");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (header_bar_shown (fixture->window));
  g_assert_false (td_test_widget_on_screen (toolbar_button (fixture, "Year")));
  g_assert_false (td_test_widget_on_screen (toolbar_button (fixture, CLEAR_FILTER)));
  /* The legend, the year fitted, text and rows larger. */
  td_test_check (td_test_text_on_screen (GTK_WIDGET (fixture->page), "Overdue", FALSE),
                 "the legend is not on screen while presenting");
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_YEAR);
  g_assert_cmpfloat (td_timeline_get_scale (fixture->timeline), >, 1.0);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->timeline)));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-04-presenting");

  /* Nothing moves: no drag, no Alt+arrows, no menu action, no editor. */
  bar_point (fixture, 5, &x, &y);
  g_assert_false (td_timeline_drag_begin (fixture->timeline, x, y));
  g_assert_false (td_timeline_is_dragging (fixture->timeline));
  press_pointer (fixture->timeline, 1, x, y);
  g_assert_cmpint (selected_number (fixture), ==, 5);
  g_assert_false (td_timeline_shift_selected (fixture->timeline, 1, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  press_key (fixture->timeline, GDK_KEY_Right, GDK_ALT_MASK);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.mark-done", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.delete", NULL);
  press_key (fixture->timeline, GDK_KEY_Return, 0);
  press_pointer (fixture->timeline, 2, x, y);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  after = file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (td_window_get_presenting (fixture->window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (plan_stack (fixture->window)), ==,
                   "timeline");

  /* Ctrl++ enlarges text and rows; the year stays fitted to what is left beside the wider
   * name column. */
  ppd = td_timeline_layout_get_pixels_per_day (layout);
  scale = td_timeline_get_scale (fixture->timeline);
  g_assert_cmpfloat (fabs (ppd * td_timeline_layout_get_n_days (layout) -
                           td_timeline_layout_get_chart_width (layout)), <=, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in",
                                             NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat (td_timeline_get_scale (fixture->timeline), >, scale * 1.05);
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_YEAR);
  g_assert_cmpfloat (fabs (td_timeline_layout_get_pixels_per_day (layout) *
                           td_timeline_layout_get_n_days (layout) -
                           td_timeline_layout_get_chart_width (layout)), <=, 1.0);
  g_assert_cmpfloat (td_timeline_layout_get_chart_width (layout), <=,
                     gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) -
                     TD_TIMELINE_NAME_WIDTH * scale);

  /* Escape is not the timeline's when nothing is dragged: it reaches the window, and
   * leaves. */
  g_assert_false (press_key (fixture->timeline, GDK_KEY_Escape, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.leave-presentation", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (td_window_get_presenting (fixture->window));
  g_assert_false (td_timeline_get_presenting (fixture->timeline));
  if (display_can_fullscreen (GTK_WIDGET (fixture->window)))
    td_test_check (td_test_wait_until ((TdTestCondition) window_is_not_fullscreen, fixture->window),
                   "the window stays full screen after presenting");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (header_bar_shown (fixture->window));
  g_assert_true (td_test_widget_on_screen (toolbar_button (fixture, "Year")));
  g_assert_cmpfloat (td_timeline_get_scale (fixture->timeline), ==, 1.0);

  /* Back at work, bars drag again. */
  bar_point (fixture, 5, &x, &y);
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  td_timeline_drag_cancel (fixture->timeline);
  g_assert_true (td_timeline_shift_selected (fixture->timeline, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (after, ==, "2022-04-02|2022-07-01|2|0|planned");
}

/* The look-ahead, quarter and unit filters, with a clear sign while one is on. */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  TdTimelineLayout *layout = layout_of (fixture);
  GtkWidget *clear = toolbar_button (fixture, CLEAR_FILTER);
  g_autofree char *rows = NULL;
  g_autofree char *before = file_all_tasks (fixture->path);
  g_autofree char *after = NULL;

  g_assert_false (td_test_widget_on_screen (clear));
  g_assert_false (td_timeline_layout_is_filtered (layout));

  /* Overdue on 15 June: the first quarter's four. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Look ahead"), "Overdue");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4");
  g_assert_true (td_test_widget_on_screen (clear));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-05-overdue");

  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_false (td_test_widget_on_screen (clear));
  g_assert_cmpuint (gtk_drop_down_get_selected (find_dropdown (GTK_WIDGET (fixture->page),
                                                               "Look ahead")), ==, 0);

  /* This quarter (QUÝ II on 15 June) and the next 30 days (to 15 July). */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Look ahead"), "This quarter");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q2 5 6");
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Look ahead"), "Next 30 days");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q2 5 6 Q3 7");
  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));

  /* A quarter. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Quarter"), "QUÝ III");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q3 7");
  g_assert_true (td_test_widget_on_screen (clear));
  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));

  /* A unit: the tasks linked to it. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Unit"), "VP nội vụ");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 3 Q2 6 Q3 7");
  g_assert_true (td_test_widget_on_screen (clear));

  /* Filters add up: that unit's overdue tasks. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Status"), "Overdue");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 3");

  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_false (td_test_widget_on_screen (clear));

  /* Filtering is looking, not changing. */
  after = file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* The year fitted, a month, and zooming in and out around the date under the pointer. */
static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  TdTimelineLayout *layout = layout_of (fixture);
  TdTimelineMetrics metrics;
  double chart_width = td_timeline_layout_get_chart_width (layout);
  double year_ppd, month_ppd, ppd;
  double view_x, day_before, day_after;
  int n_days = td_timeline_layout_get_n_days (layout);

  td_timeline_layout_get_metrics (layout, &metrics);
  g_assert_cmpint (n_days, ==, 365);
  /* The chart is what the widget shows beside the name column. */
  g_assert_cmpfloat (fabs (chart_width - (gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) -
                                          metrics.name_width)), <=, 1.0);

  /* At first, and after the Year button: the year fills the chart's width. */
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_YEAR);
  td_test_click (toolbar_button (fixture, "Month"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  td_test_click (toolbar_button (fixture, "Year"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  year_ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_cmpfloat (fabs (year_ppd * n_days - chart_width), <=, 1.0);
  g_assert_cmpfloat (x_offset (fixture), ==, 0);

  /* A month: about twelve times larger, June (today's) from its first day. */
  td_test_click (toolbar_button (fixture, "Month"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  month_ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_MONTH);
  g_assert_cmpfloat (month_ppd / year_ppd, >, 11.0);
  g_assert_cmpfloat (month_ppd / year_ppd, <, 12.5);
  /* June, today's month: its 30 days across the chart. */
  g_assert_cmpfloat (fabs (month_ppd * 30 - chart_width), <=, 1.0);
  g_assert_cmpint ((int) floor (td_timeline_layout_day_at_view_x (layout, metrics.name_width + 1,
                                                                  x_offset (fixture))),
                   ==, 151);
  g_assert_true (td_timeline_layout_shows_weeks (layout, NULL));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-03-month");

  /* Zooming in and out keeps the date under the pointer where it is. */
  td_test_click (toolbar_button (fixture, "Year"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  view_x = metrics.name_width + chart_width * 0.7;
  day_before = td_timeline_layout_day_at_view_x (layout, view_x, x_offset (fixture));
  td_timeline_zoom_by (fixture->timeline, 1, view_x);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_cmpfloat (ppd, >, year_ppd * 1.1);
  g_assert_cmpfloat (x_offset (fixture), >, 0);
  day_after = td_timeline_layout_day_at_view_x (layout, view_x, x_offset (fixture));
  g_assert_cmpfloat (fabs (day_after - day_before), <, 0.5);
  td_timeline_zoom_by (fixture->timeline, 3, view_x);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  day_after = td_timeline_layout_day_at_view_x (layout, view_x, x_offset (fixture));
  g_assert_cmpfloat (fabs (day_after - day_before), <, 0.5);
  td_timeline_zoom_by (fixture->timeline, -2, view_x);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  day_after = td_timeline_layout_day_at_view_x (layout, view_x, x_offset (fixture));
  g_assert_cmpfloat (fabs (day_after - day_before), <, 0.5);

  /* Ctrl++ and Ctrl+− (and the tool bar's buttons for them): a step in, a step out. */
  ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in",
                                             NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), ppd * 1.25,
                                  1e-6);
  td_test_click (action_button (fixture, "timeline.zoom-out"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), ppd, 1e-6);
  td_test_click (action_button (fixture, "timeline.zoom-in"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), ppd * 1.25,
                                  1e-6);
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_CUSTOM);
}

/* The dark style: the chart's background goes dark with the rest of the window. */
static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  TdTimelineLayout *layout = layout_of (fixture);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  TdTimelineMetrics metrics;
  double x, y;

  td_timeline_layout_get_metrics (layout, &metrics);
  /* Task 1's row in November, far from its bar (QUÝ I) and from the today line (June). */
  x = td_timeline_layout_view_x (layout, 320.5, x_offset (fixture));
  y = metrics.header_height + td_timeline_layout_row_y (layout, shown_task (fixture, 1)->row) + 3;

  light = td_test_render (GTK_WIDGET (fixture->timeline));
  td_test_check (luminance_at (light, x, y) > 0.6,
                 "the light timeline's empty chart is dark (luminance %.2f)",
                 luminance_at (light, x, y));

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  td_timeline_select (fixture->timeline, fixture->ids[5]);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  dark = td_test_render (GTK_WIDGET (fixture->timeline));
  td_test_check (luminance_at (dark, x, y) < 0.35,
                 "the dark timeline's empty chart is light (luminance %.2f)",
                 luminance_at (dark, x, y));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-06-dark");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* The command line ------------------------------------------------------------------------ */

/* Runs thidua with @args and no display; returns its exit status (0: success). */
static int
run_thidua (const char * const *args,
            char              **out,
            char              **err)
{
  const char *thidua = g_getenv ("TD_THIDUA");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (thidua);
  g_ptr_array_add (argv, (gpointer) thidua);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    return WIFEXITED (status) ? WEXITSTATUS (status) : 255;
  return 0;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (program == NULL)
    g_error ("%s is missing: install poppler-utils (build-aux/debian-packages.txt)", argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n + (text[0] != '\0' && text[strlen (text) - 1] != '\n' ? 1 : 0);
}

/* `thidua --export=timeline` with no display: a landscape A4 PDF of the year; a year with
 * no plan, or something that cannot be exported, is said in one line. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (g_get_user_cache_dir (), "timeline.pdf", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", fixture->path);
  g_autofree char *output = g_strdup_printf ("--output=%s", pdf);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages_info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  g_autoptr(GRegex) quarter_one = g_regex_new ("QUÝ I(?![IV])", 0, 0, NULL);
  const char *pages_line;
  int n_pages;
  int status;

  td_test_close_window (&fixture->window);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0755), ==, 0);

  {
    const char *args[] = { database, "--export=timeline", "--year=2022", output, NULL };

    status = run_thidua (args, &out, &err);
    g_assert_cmpstr (err, ==, "");
    g_assert_cmpint (status, ==, 0);
  }
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* Landscape A4, every page. */
  {
    const char *argv[] = { "pdfinfo", pdf, NULL };

    info = run_tool (argv);
  }
  pages_line = strstr (info, "Pages:");
  g_assert_nonnull (pages_line);
  n_pages = atoi (pages_line + strlen ("Pages:"));
  g_assert_cmpint (n_pages, >=, 1);
  last_page = g_strdup_printf ("%d", n_pages);
  {
    const char *argv[] = { "pdfinfo", "-f", "1", "-l", last_page, pdf, NULL };
    g_auto(GStrv) lines = NULL;
    int sized = 0;

    pages_info = run_tool (argv);
    lines = g_strsplit (pages_info, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "Page ") && strstr (lines[i], " size:") != NULL)
        {
          td_test_check (strstr (lines[i], "841.89 x 595.28 pts") != NULL, "not landscape A4: %s",
                         lines[i]);
          sized++;
        }
    g_assert_cmpint (sized, ==, n_pages);
  }

  /* The four quarters and the sample's tasks. */
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", pdf, "-", NULL };

    text = run_tool (argv);
  }
  td_test_check (g_regex_match (quarter_one, text, 0, NULL), "no “QUÝ I” in the exported timeline");
  td_test_check (strstr (text, "QUÝ II") != NULL, "no “QUÝ II” in the exported timeline");
  td_test_check (strstr (text, "QUÝ III") != NULL, "no “QUÝ III” in the exported timeline");
  td_test_check (strstr (text, "QUÝ IV") != NULL, "no “QUÝ IV” in the exported timeline");
  td_test_check (strstr (text, "Xây dựng vườn mẫu") != NULL,
                 "task 5 (“Xây dựng vườn mẫu, KDCKM”) is not in the exported timeline");

  /* A year with no plan: one line that names the database. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *other = g_build_filename (g_get_user_cache_dir (), "2031.pdf", NULL);
    g_autofree char *other_output = g_strdup_printf ("--output=%s", other);
    const char *args[] = { database, "--export=timeline", "--year=2031", other_output, NULL };

    status = run_thidua (args, &out, &err);
    g_assert_cmpint (status, !=, 0);
    g_assert_cmpuint (count_lines (err), ==, 1);
    td_test_check (strstr (err, fixture->path) != NULL, "the error does not name the database: %s",
                   err);
    td_test_check (strstr (err, "2031") != NULL, "the error does not name the year: %s", err);
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  }

  /* Something that cannot be exported: what can be. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *args[] = { database, "--export=nonsense", "--year=2022", output, NULL };

    status = run_thidua (args, &out, &err);
    g_assert_cmpint (status, !=, 0);
    td_test_check (strstr (err, "plan, timeline") != NULL,
                   "the error does not list plan, timeline: %s", err);
    td_test_check (strstr (err, "nonsense") != NULL, "the error does not name what was asked: %s",
                   err);
  }
}

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

/* Folding quarters from the keyboard: − folds the selected task's quarter, + unfolds all. */
static void
test_fold_keys (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *before = shown_rows (fixture);
  g_autofree char *folded = NULL;
  g_autofree char *unfolded = NULL;

  g_assert_cmpstr (before, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  g_assert_true (press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_true (press_key (fixture->timeline, GDK_KEY_minus, 0));
  folded = shown_rows (fixture);
  g_assert_cmpstr (folded, ==, "Q1 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_true (td_timeline_layout_get_collapsed (layout_of (fixture), 1));

  g_assert_true (press_key (fixture->timeline, GDK_KEY_plus, 0));
  unfolded = shown_rows (fixture);
  g_assert_cmpstr (unfolded, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = NULL;
  int status;

  g_log_set_writer_func (log_writer_cb, NULL, NULL);

  td_test_use_system_data_dirs ();
  /* What a screen reader is told is read back through GTK's test accessibility backend
   * ("none" keeps no accessible state at all); it talks to no bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  /* A failed td_test_check() lets its test go on; --keep-going lets the next tests run too,
   * so one run tells of every failure. */
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* English whatever the developer's session speaks. */
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  app = td_test_start_application ();
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/timeline/rows", test_rows);
  ADD ("/timeline/pointer", test_pointer);
  ADD ("/timeline/keyboard", test_keyboard);
  ADD ("/timeline/drag-move", test_drag_move);
  ADD ("/timeline/drag-resize", test_drag_resize);
  ADD ("/timeline/presentation", test_presentation);
  ADD ("/timeline/filters", test_filters);
  ADD ("/timeline/zoom", test_zoom);
  ADD ("/timeline/dark", test_dark);
  ADD ("/timeline/export", test_export);
  ADD ("/timeline/fold-keys", test_fold_keys);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
