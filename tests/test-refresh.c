/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What the window reads again after a change, in the real window: an edit of one task
 * refreshes that task's row and bar and nothing else; a move reads the plan again, and a
 * page not shown reads it when it is shown. The views' signals are recorded with
 * glib-testing's signal logger.
 */
#define G_LOG_DOMAIN "test-refresh"

#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "td-application.h"
#include "td-plan-view.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-ui.h"
#include "td-timeline-page.h"
#include "td-timeline.h"
#include "td-window.h"

#define N_TASKS 9

static TdApplication *app;

typedef struct {
  char     *path;
  TdWindow *window;
  gint64    ids[N_TASKS + 1];   /* by number */
} Fixture;

static gboolean
window_shows_plan (TdWindow *window)
{
  return td_window_get_year (window) == TD_SAMPLE_YEAR &&
         td_plan_view_get_plan (td_window_get_plan_view (window)) != NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->path = td_test_fresh_database_path ();
  td_test_reset_settings ();
  fixture->window = td_test_open_window (app, fixture->path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample",
                                             NULL));
  td_test_assert_eventually (window_shows_plan, fixture->window, "the sample plan to show");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));

  for (int number = 1; number <= N_TASKS; number++)
    {
      g_autofree char *id = td_test_file_query (fixture->path,
                                                "SELECT id FROM task ORDER BY quarter, position, "
                                                "id LIMIT 1 OFFSET %d", number - 1);
      g_assert_nonnull (id);
      fixture->ids[number] = g_ascii_strtoll (id, NULL, 10);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    td_test_close_window (&fixture->window);
  g_free (fixture->path);
}

/* The row of task @id in the plan view, G_MAXUINT when there is none. */
static guint
task_row (GListModel *rows,
          gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);
      TdTask *task = td_plan_row_get_task (row);

      if (task != NULL && td_task_get_id (task) == id)
        return i;
    }
  return G_MAXUINT;
}

static GPtrArray *
rows_now (GListModel *rows)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  return items;
}

static void
test_task_row (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const content_only[] = { "content", NULL };
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  TdStore *store = td_window_get_store (fixture->window);
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (fixture->window));
  g_autoptr(GPtrArray) before = rows_now (rows);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(TdTask) task = td_store_get_task (store, fixture->ids[3], &error);
  guint position = task_row (rows, fixture->ids[3]);
  guint at = 0, removed = 0, added = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (position, !=, G_MAXUINT);
  gt_signal_logger_connect (logger, rows, "items-changed");

  /* Another part of the application (the editor, the timeline) saves one field. */
  td_task_set_content (task, "Nội dung mới của nhiệm vụ 3");
  g_assert_true (td_store_update_task_fields (store, task, content_only, &error));
  g_assert_no_error (error);

  /* Its row alone is replaced: one items-changed, one row out, one in. */
  gt_signal_logger_assert_emission_pop (logger, rows, "items-changed", &at, &removed, &added);
  g_assert_cmpuint (at, ==, position);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (added, ==, 1);
  gt_signal_logger_assert_no_emissions (logger);

  after = rows_now (rows);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    if (i != position)
      g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (before, i));
  g_assert_cmpstr (td_task_get_content (td_plan_row_get_task (g_ptr_array_index (after, position))),
                   ==, "Nội dung mới của nhiệm vụ 3");

  /* A move changes the numbers: the plan is read again, every row anew. */
  g_assert_true (td_store_move_task (store, fixture->ids[3], 4, -1, &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_emission_pop (logger, rows, "items-changed", &at, &removed, &added);
  g_assert_cmpuint (at, ==, 0);
  g_assert_cmpuint (removed, ==, before->len);
  g_assert_cmpuint (added, ==, before->len);
  gt_signal_logger_assert_no_emissions (logger);
}

static void
test_timeline_bar (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  TdStore *store = td_window_get_store (fixture->window);
  TdTimeline *timeline;
  TdTimelineLayout *layout;
  guint index;
  gint64 id = 0;
  const TdTimelineTask *entry;

  td_window_show_timeline (fixture->window);
  timeline = td_timeline_page_get_timeline (td_window_get_timeline_page (fixture->window));
  layout = td_timeline_get_layout (timeline);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (td_timeline_layout_get_n_tasks (layout), ==, N_TASKS);
  for (guint i = 0; i < N_TASKS; i++)
    g_ptr_array_add (before, td_timeline_layout_get_task (layout, i)->task);

  /* New dates in its own quarter: that bar's task is read again, the others are kept. */
  g_assert_true (td_store_reschedule_task (store, fixture->ids[2], "2022-02-01", "2022-02-28", 1,
                                           -1, &error));
  g_assert_no_error (error);
  index = td_timeline_layout_find_task (layout, fixture->ids[2]);
  g_assert_cmpuint (index, <, N_TASKS);
  entry = td_timeline_layout_get_task (layout, index);
  g_assert_cmpstr (td_task_get_start_date (entry->task), ==, "2022-02-01");
  g_assert_cmpint (entry->end - entry->start, ==, 27);
  for (guint i = 0; i < N_TASKS; i++)
    if (i != index)
      g_assert_true (td_timeline_layout_get_task (layout, i)->task == g_ptr_array_index (before, i));
    else
      g_assert_true (td_timeline_layout_get_task (layout, i)->task != g_ptr_array_index (before, i));

  /* Asking to edit the selected bar says which task, once. */
  gt_signal_logger_connect (logger, timeline, "activate-task");
  td_timeline_select (timeline, fixture->ids[2]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.edit", NULL));
  gt_signal_logger_assert_emission_pop (logger, timeline, "activate-task", &id);
  g_assert_cmpint (id, ==, fixture->ids[2]);
  gt_signal_logger_assert_no_emissions (logger);
}

/* A page not shown reads nothing when the plan changes; it reads the plan when shown. */
static void
test_hidden_page (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  TdStore *store = td_window_get_store (fixture->window);
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (fixture->window));
  guint n_rows = g_list_model_get_n_items (rows);
  guint at = 0, removed = 0, added = 0;

  td_window_show_timeline (fixture->window);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  gt_signal_logger_connect (logger, rows, "items-changed");

  /* Task 3 after task 4: the timeline shown reads it, the plan behind it does not. */
  g_assert_true (td_store_move_task (store, fixture->ids[3], 4, -1, &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpuint (task_row (rows, fixture->ids[3]), <, task_row (rows, fixture->ids[4]));

  /* Shown again, the plan is read once, every row anew, in the new order. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-area", "u",
                                             0));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  gt_signal_logger_assert_emission_pop (logger, rows, "items-changed", &at, &removed, &added);
  g_assert_cmpuint (at, ==, 0);
  g_assert_cmpuint (removed, ==, n_rows);
  g_assert_cmpuint (added, ==, n_rows);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpuint (task_row (rows, fixture->ids[3]), >, task_row (rows, fixture->ids[4]));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = NULL;
  int status;

  td_test_use_system_data_dirs ();
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  app = td_test_start_application ();

  g_test_add ("/refresh/task-row", Fixture, NULL, fixture_set_up, test_task_row,
              fixture_tear_down);
  g_test_add ("/refresh/timeline-bar", Fixture, NULL, fixture_set_up, test_timeline_bar,
              fixture_tear_down);
  g_test_add ("/refresh/hidden-page", Fixture, NULL, fixture_set_up, test_hidden_page,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
