/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Choosing a task on the timeline: pointing at a bar and clicking it, every move of the
 * selection by keyboard, a task moved by a day and a week, and opening it in the plan.
 *
 * As in every test-timeline-*.c, the timeline is in the real window, on the sample plan,
 * driven through the handlers real input runs; what is asserted is what the user sees and
 * what the file holds, read back with SQLite itself. "Today" is 15 June 2022, so statuses
 * do not depend on the calendar. With TD_SHOT_DIR set, screenshots of the window are saved
 * there too.
 */
#define G_LOG_DOMAIN "test-timeline-input"

#include "config.h"

#include "td-plan-view.h"
#include "td-test-db.h"
#include "td-test-timeline.h"
#include "td-test-ui.h"
#include "td-timeline.h"
#include "td-window.h"

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

/* Tests ---------------------------------------------------------------------------------- */

/* Pointing at a bar highlights it and tells what it is; a click selects it, a double click
 * opens it in the plan's editor. */
static void
test_pointer (TdTestTimelineFixture *fixture,
              gconstpointer          data)
{
  g_autofree char *before = td_test_timeline_file_all_tasks (fixture->path);
  g_autofree char *after = NULL;
  TdTimelineMetrics metrics;
  TdPlanRow *row;
  double x, y;

  td_timeline_layout_get_metrics (td_test_timeline_layout_of (fixture), &metrics);
  td_test_timeline_bar_point (fixture, 5, &x, &y);

  /* Over the bar: a tooltip; over the same row off the bar, and over the time header:
   * none. */
  td_test_timeline_move_pointer (fixture->timeline, x, y);
  g_assert_true (has_tooltip_at (fixture->timeline, x, y));
  g_assert_false (has_tooltip_at (fixture->timeline,
                                  gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) - 4, y));
  g_assert_false (has_tooltip_at (fixture->timeline, x, metrics.header_height / 2));

  /* A click on the bar selects its task; the screen reader hears what it is. */
  td_test_timeline_press_pointer (fixture->timeline, 1, x, y);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->timeline)));
  td_test_timeline_assert_selected_description (fixture, 5, "Planned");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-02-hover-selected");

  /* A click in the name column selects that row's task too. */
  td_test_timeline_bar_point (fixture, 2, &x, &y);
  td_test_timeline_press_pointer (fixture->timeline, 1, metrics.name_width / 2, y);
  td_test_timeline_assert_selected_description (fixture, 2, "Overdue");

  /* A double click opens it in the plan beside its editor. */
  td_test_timeline_bar_point (fixture, 7, &x, &y);
  td_test_timeline_press_pointer (fixture->timeline, 1, x, y);
  td_test_timeline_press_pointer (fixture->timeline, 2, x, y);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     td_test_timeline_plan_stack (fixture->window)), ==, "plan");
  row = td_plan_view_get_selected (td_window_get_plan_view (fixture->window));
  g_assert_nonnull (row);
  g_assert_cmpint (td_plan_row_get_kind (row), ==, TD_PLAN_ROW_TASK);
  g_assert_cmpint (td_task_get_id (td_plan_row_get_task (row)), ==, fixture->ids[7]);

  /* Pointing and clicking change nothing in the file. */
  after = td_test_timeline_file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* Every move of the selection by keyboard, a task moved by a day and a week, and Enter
 * opening it in the plan. */
static void
test_keyboard (TdTestTimelineFixture *fixture,
               gconstpointer          data)
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

  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  td_test_timeline_assert_selected_description (fixture, 1, "Overdue");
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  td_test_timeline_assert_selected_description (fixture, 2, "Overdue");
  /* Up and down step over the quarter headers. */
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 5);
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 4);
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 2);

  /* A quarter at a time. */
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Page_Down, 0));
  td_test_timeline_assert_selected_description (fixture, 5, "Planned");
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Page_Down, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 7);
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Page_Up, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 5);

  /* The ends, and no further. */
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_End, 0));
  td_test_timeline_assert_selected_description (fixture, 9, "Planned");
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 9);
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Home, 0));
  td_test_timeline_assert_selected_description (fixture, 1, "Overdue");
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 1);

  /* Alt+Right: a day later, start and end; its start still in QUÝ I, it stays there. */
  others_before = td_test_file_query (fixture->path,
                                      "SELECT group_concat (id || start_date || end_date "
                                      "|| quarter || position, ';') FROM task WHERE id != %lld",
                                      (long long) fixture->ids[1]);
  task1 = td_test_timeline_file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-01|2022-03-31|1|0|planned");
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Right, GDK_ALT_MASK));
  g_clear_pointer (&task1, g_free);
  task1 = td_test_timeline_file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-02|2022-04-01|1|0|planned");
  g_assert_cmpint (td_test_timeline_shown_task (fixture, 1)->start, ==, 1);
  g_assert_cmpint (td_test_timeline_shown_task (fixture, 1)->end, ==, 90);
  td_test_timeline_assert_selected_description (fixture, 1, "Overdue");

  /* Shift+Alt+Left: a week earlier, but not before 1 January; the length is kept. */
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Left,
                                             GDK_ALT_MASK | GDK_SHIFT_MASK));
  g_clear_pointer (&task1, g_free);
  task1 = td_test_timeline_file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-01|2022-03-31|1|0|planned");
  /* At the year's start already: one more goes nowhere and saves nothing. */
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Left, GDK_ALT_MASK));
  g_clear_pointer (&task1, g_free);
  task1 = td_test_timeline_file_task (fixture->path, fixture->ids[1]);
  g_assert_cmpstr (task1, ==, "2022-01-01|2022-03-31|1|0|planned");
  others_after = td_test_file_query (fixture->path,
                                     "SELECT group_concat (id || start_date || end_date || quarter "
                                     "|| position, ';') FROM task WHERE id != %lld",
                                     (long long) fixture->ids[1]);
  g_assert_cmpstr (others_after, ==, others_before);
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 1);

  /* Other keys with Alt are not the timeline's. */
  g_assert_false (td_test_timeline_press_key (fixture->timeline, GDK_KEY_a, GDK_ALT_MASK));

  /* The context menu's actions (edit, mark done, delete) from the keyboard: Shift+F10 or
   * the Menu key opens it, as everywhere in GTK. */
  menus = td_test_find_all (GTK_WIDGET (fixture->timeline), GTK_TYPE_POPOVER_MENU, FALSE);
  g_assert_cmpuint (menus->len, ==, 1);
  g_assert_false (gtk_widget_get_visible (g_ptr_array_index (menus, 0)));
  handled = td_test_timeline_press_key (fixture->timeline, GDK_KEY_F10, GDK_SHIFT_MASK) ||
            td_test_timeline_press_key (fixture->timeline, GDK_KEY_Menu, 0);
  td_test_check (handled && gtk_widget_get_visible (g_ptr_array_index (menus, 0)),
                 "neither Shift+F10 nor the Menu key opens the timeline's context menu, so "
                 "Mark Done and Delete cannot be reached from the keyboard");
  gtk_popover_popdown (g_ptr_array_index (menus, 0));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));

  /* Enter: the task in the plan, beside its editor. */
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Return, 0));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     td_test_timeline_plan_stack (fixture->window)), ==, "plan");
  row = td_plan_view_get_selected (td_window_get_plan_view (fixture->window));
  g_assert_nonnull (row);
  g_assert_cmpint (td_plan_row_get_kind (row), ==, TD_PLAN_ROW_TASK);
  g_assert_cmpint (td_task_get_id (td_plan_row_get_task (row)), ==, fixture->ids[1]);
}

int
main (int   argc,
      char *argv[])
{
  td_test_timeline_init (&argc, argv);

#define ADD(path, func) \
  g_test_add (path, TdTestTimelineFixture, NULL, td_test_timeline_set_up, func, \
              td_test_timeline_tear_down)
  ADD ("/timeline/pointer", test_pointer);
  ADD ("/timeline/keyboard", test_keyboard);
#undef ADD

  return td_test_timeline_run ();
}
