/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Dragging on the timeline: a bar moved, into another quarter and back with Undo, and its
 * edges moved; Escape during a drag leaves everything as it was.
 *
 * As in every test-timeline-*.c, the timeline is in the real window, on the sample plan,
 * driven through the handlers real input runs; what is asserted is what the user sees and
 * what the file holds, read back with SQLite itself. "Today" is 15 June 2022, so statuses
 * do not depend on the calendar. With TD_SHOT_DIR set, screenshots of the window are saved
 * there too.
 */
#define G_LOG_DOMAIN "test-timeline-drag"

#include "config.h"

#include "td-test-db.h"
#include "td-test-timeline.h"
#include "td-test-ui.h"
#include "td-timeline.h"
#include "td-window.h"

/* The view x of a bar's start (@end FALSE) or end edge. */
static double
bar_edge_x (TdTestTimelineFixture *fixture,
            int                    number,
            gboolean               end)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  TdTimelineMetrics metrics;
  TdTimelineRect rect;

  td_timeline_layout_get_metrics (layout, &metrics);
  g_assert_true (td_timeline_layout_get_bar (layout,
                                             td_timeline_layout_find_task (layout,
                                                                           fixture->ids[number]),
                                             &rect));
  return metrics.name_width + rect.x + (end ? rect.width : 0) - td_test_timeline_x_offset (fixture);
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

/* Tests ---------------------------------------------------------------------------------- */

/* A bar dragged later: only a ghost until the drop, then one change in the file; dragged
 * into QUÝ III it joins that group; Undo puts everything back. */
static void
test_drag_move (TdTestTimelineFixture *fixture,
                gconstpointer          data)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
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

  task5 = td_test_timeline_file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (task5, ==, "2022-04-01|2022-06-30|2|0|planned");

  td_test_timeline_bar_point (fixture, 5, &x, &y);
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  g_assert_true (td_timeline_is_dragging (fixture->timeline));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 5);
  td_timeline_drag_update (fixture->timeline, 30 * ppd);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-07-drag-ghost");

  /* Only a ghost so far: the bar and the file are where they were. */
  g_clear_pointer (&task5, g_free);
  task5 = td_test_timeline_file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (task5, ==, "2022-04-01|2022-06-30|2|0|planned");
  g_assert_cmpint (td_test_timeline_shown_task (fixture, 5)->start, ==, 90);

  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  g_assert_false (td_timeline_is_dragging (fixture->timeline));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task5, g_free);
  task5 = td_test_timeline_file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (task5, ==, "2022-05-01|2022-07-30|2|0|planned");
  g_assert_cmpint (td_test_timeline_shown_task (fixture, 5)->start, ==, 120);
  g_assert_cmpint (td_test_timeline_shown_task (fixture, 5)->end, ==, 210);
  /* The move offers its Undo. */
  td_test_assert_eventually (undo_button_shown,
                             gtk_widget_get_ancestor (GTK_WIDGET (fixture->timeline),
                                                      ADW_TYPE_TOAST_OVERLAY),
                             "the toast's Undo button");

  /* Dragged on past 1 July: QUÝ III's, after the task already there, in the file and on
   * the chart, its dates exactly where it was dropped. */
  before_second = td_test_timeline_file_all_tasks (fixture->path);
  others_before = td_test_file_query (fixture->path, OTHER_TASKS_SQL, (long long) fixture->ids[5]);
  td_test_timeline_bar_point (fixture, 5, &x, &y);
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  td_timeline_drag_update (fixture->timeline, 70 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task5, g_free);
  task5 = td_test_timeline_file_task (fixture->path, fixture->ids[5]);
  td_test_check (g_str_equal (task5, "2022-07-10|2022-10-08|3|1|planned"),
                 "task 5 dragged 70 days from 2022-05-01–2022-07-30 is “%s” in the file, not "
                 "2022-07-10–2022-10-08 in QUÝ III after task 7", task5);
  /* And only task 5 changed dates or group. */
  others_after = td_test_file_query (fixture->path, OTHER_TASKS_SQL, (long long) fixture->ids[5]);
  td_test_check (g_str_equal (others_after, others_before),
                 "dragging task 5 into QUÝ III changed other tasks' dates: “%s”, not “%s”",
                 others_after, others_before);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 6 Q3 7 5 Q4 8 9");
  task7 = td_test_timeline_file_task (fixture->path, fixture->ids[7]);
  g_assert_cmpstr (task7, ==, "2022-07-01|2022-09-30|3|0|planned");
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 5);

  /* Undo: the dates, the quarter and the place, exactly as they were. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  after_undo = td_test_timeline_file_all_tasks (fixture->path);
  g_clear_pointer (&task5, g_free);
  task5 = td_test_timeline_file_task (fixture->path, fixture->ids[5]);
  td_test_check (g_str_equal (task5, "2022-05-01|2022-07-30|2|0|planned"),
                 "after Undo task 5 is “%s” in the file, not 2022-05-01–2022-07-30 first in QUÝ II",
                 task5);
  td_test_check (g_str_equal (after_undo, before_second),
                 "Undo did not put the file back as it was before the drag");
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
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
test_drag_resize (TdTestTimelineFixture *fixture,
                  gconstpointer          data)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *task6 = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  double ppd = td_timeline_layout_get_pixels_per_day (layout);
  double x, y;

  task6 = td_test_timeline_file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-01|2022-06-30|2|1|planned");
  td_test_timeline_bar_point (fixture, 6, &x, &y);

  /* The end edge, 10 days later. */
  g_assert_true (td_timeline_drag_begin (fixture->timeline, bar_edge_x (fixture, 6, TRUE) - 1, y));
  td_timeline_drag_update (fixture->timeline, 10 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task6, g_free);
  task6 = td_test_timeline_file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-01|2022-07-10|2|1|planned");

  /* The start edge, 10 days later. */
  g_assert_true (td_timeline_drag_begin (fixture->timeline, bar_edge_x (fixture, 6, FALSE) + 1,
                                         y));
  td_timeline_drag_update (fixture->timeline, 10 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task6, g_free);
  task6 = td_test_timeline_file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-11|2022-07-10|2|1|planned");

  /* The end edge dragged far before the start stops at the start: a one-day task. */
  g_assert_true (td_timeline_drag_begin (fixture->timeline, bar_edge_x (fixture, 6, TRUE) - 1, y));
  td_timeline_drag_update (fixture->timeline, -200 * ppd);
  g_assert_true (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&task6, g_free);
  task6 = td_test_timeline_file_task (fixture->path, fixture->ids[6]);
  g_assert_cmpstr (task6, ==, "2022-04-11|2022-04-11|2|1|planned");
  g_assert_cmpint (td_test_timeline_shown_task (fixture, 6)->start, ==,
                   td_test_timeline_shown_task (fixture, 6)->end);

  /* Escape, pressed during a drag, cancels it: nothing saved, nothing left dragging. */
  before = td_test_timeline_file_all_tasks (fixture->path);
  td_test_timeline_bar_point (fixture, 7, &x, &y);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  td_timeline_drag_update (fixture->timeline, 20 * ppd);
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Escape, 0));
  g_assert_false (td_timeline_is_dragging (fixture->timeline));
  /* The release that follows finds nothing to drop. */
  g_assert_false (td_timeline_drag_end (fixture->timeline, &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  after = td_test_timeline_file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (td_test_timeline_shown_task (fixture, 7)->start, ==, 181);
}

int
main (int   argc,
      char *argv[])
{
  td_test_timeline_init (&argc, argv);

#define ADD(path, func) \
  g_test_add (path, TdTestTimelineFixture, NULL, td_test_timeline_set_up, func, \
              td_test_timeline_tear_down)
  ADD ("/timeline/drag-move", test_drag_move);
  ADD ("/timeline/drag-resize", test_drag_resize);
#undef ADD

  return td_test_timeline_run ();
}
