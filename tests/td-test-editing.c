/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-editing"

#include "config.h"

#include "td-plan-view.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SAMPLE_PLAN "(SELECT id FROM plan WHERE year = 2022)"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

TdApplication *
td_test_editing_app (void)
{
  return app;
}

gboolean
td_test_editing_start_application (const char *locale,
                                   const char *language)
{
  if (!td_test_set_locale (locale, language))
    return FALSE;
  app = td_test_start_application ();
  return TRUE;
}

void
td_test_editing_stop_application (void)
{
  g_clear_object (&app);
}

static char **args;

void
td_test_editing_init (int   *argc,
                      char **argv)
{
  td_test_use_system_data_dirs ();
  /* A failed td_test_check() lets its test go on; --keep-going lets the next tests run too,
   * so one run tells of every failure. */
  args = td_test_keep_going_args (argc, argv);
  g_test_init (argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* English whatever the developer's session speaks; a subprocess sets its own language. */
  if (!g_test_subprocess () && !td_test_editing_start_application ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
}

int
td_test_editing_run (void)
{
  int status = g_test_run ();

  td_test_editing_stop_application ();
  g_clear_pointer (&args, g_free);
  return status;
}

/* What is on screen ----------------------------------------------------------------------- */

void
td_test_editing_scroll_and_click (GtkWidget *button)
{
  g_assert_nonnull (button);
  if (!td_test_widget_on_screen (button))
    td_test_scroll_into_view (button);
  td_test_click (button);
}

/* The file, read with SQLite itself ------------------------------------------------------- */

/* The sample plan's tasks in the order the file puts them: by quarter, then position. */
static char *
file_task_ids (const char *path)
{
  char *ids = td_test_file_query (path,
                                  "SELECT group_concat (id, ',') FROM (SELECT id FROM task "
                                  "WHERE plan_id = " SAMPLE_PLAN
                                  " ORDER BY quarter, position, id)");
  return ids != NULL ? ids : g_strdup ("");
}

static char *
file_quarter_counts (const char *path)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT,
                          td_test_file_int (path, "SELECT count(*) FROM task WHERE quarter = 1 "
                                                  "AND plan_id = " SAMPLE_PLAN),
                          td_test_file_int (path, "SELECT count(*) FROM task WHERE quarter = 2 "
                                                  "AND plan_id = " SAMPLE_PLAN),
                          td_test_file_int (path, "SELECT count(*) FROM task WHERE quarter = 3 "
                                                  "AND plan_id = " SAMPLE_PLAN),
                          td_test_file_int (path, "SELECT count(*) FROM task WHERE quarter = 4 "
                                                  "AND plan_id = " SAMPLE_PLAN));
}

/* The plan view --------------------------------------------------------------------------- */

GPtrArray *
td_test_editing_shown_tasks (TdWindow *window)
{
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (window));
  GPtrArray *tasks = g_ptr_array_new_with_free_func (g_object_unref);
  int quarter = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);
      TdTask *task = td_plan_row_get_task (row);

      switch (td_plan_row_get_kind (row))
        {
        case TD_PLAN_ROW_QUARTER:
          g_assert_cmpint (td_plan_row_get_quarter (row), ==, ++quarter);
          break;
        case TD_PLAN_ROW_TASK:
          g_assert_nonnull (task);
          g_assert_cmpint (quarter, >, 0);
          g_assert_cmpint (td_plan_row_get_quarter (row), ==, quarter);
          g_assert_cmpint (td_task_get_quarter (task), ==, quarter);
          g_assert_cmpint (td_task_get_number (task), ==, tasks->len + 1);
          g_ptr_array_add (tasks, g_object_ref (task));
          break;
        case TD_PLAN_ROW_HEADING:
        case TD_PLAN_ROW_SECTION:
        case TD_PLAN_ROW_TABLE_HEAD:
        case TD_PLAN_ROW_SIGNATURE:
        default:
          break;
        }
    }
  g_assert_cmpint (quarter, ==, 4);
  return tasks;
}

TdTask *
td_test_editing_shown_task_numbered (GPtrArray *tasks,
                                     int        number)
{
  g_assert_cmpint (number, >=, 1);
  g_assert_cmpuint (number, <=, tasks->len);
  return g_ptr_array_index (tasks, number - 1);
}

static char *
shown_task_ids (GPtrArray *tasks)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < tasks->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            td_task_get_id (g_ptr_array_index (tasks, i)));
  return g_string_free (ids, FALSE);
}

/* "4 2 1 2": how many tasks each quarter lists. */
static char *
shown_quarter_counts (GPtrArray *tasks)
{
  int counts[5] = { 0 };

  for (guint i = 0; i < tasks->len; i++)
    counts[td_task_get_quarter (g_ptr_array_index (tasks, i))]++;
  return g_strdup_printf ("%d %d %d %d", counts[1], counts[2], counts[3], counts[4]);
}

void
td_test_editing_assert_table (TdWindow   *window,
                              const char *path,
                              const char *quarter_counts)
{
  g_autoptr(GPtrArray) tasks = td_test_editing_shown_tasks (window);
  g_autofree char *shown_counts = shown_quarter_counts (tasks);
  g_autofree char *shown_ids = shown_task_ids (tasks);
  g_autofree char *file_counts = file_quarter_counts (path);
  g_autofree char *file_ids = file_task_ids (path);

  g_assert_cmpstr (shown_counts, ==, quarter_counts);
  g_assert_cmpstr (file_counts, ==, quarter_counts);
  g_assert_cmpstr (shown_ids, ==, file_ids);
}

/* The editor ------------------------------------------------------------------------------ */

GtkStack *
td_test_editing_editor_stack (TdPlanEditor *editor)
{
  g_autoptr(GPtrArray) stacks = td_test_find_all (GTK_WIDGET (editor), GTK_TYPE_STACK, FALSE);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "task") != NULL)
      return g_ptr_array_index (stacks, i);
  g_assert_not_reached ();
}

const char *
td_test_editing_editor_page (TdPlanEditor *editor)
{
  return gtk_stack_get_visible_child_name (td_test_editing_editor_stack (editor));
}

gboolean
td_test_editing_has_focus (TdWindow  *window,
                           GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Windows --------------------------------------------------------------------------------- */

TdWindow *
td_test_editing_open_with_sample (char **path)
{
  TdWindow *window = td_test_open_with_sample (app, path);

  td_test_editing_assert_table (window, *path, "4 2 1 2");
  return window;
}

gint64
td_test_editing_select_task (TdWindow *window,
                             int       number)
{
  g_autoptr(GPtrArray) tasks = td_test_editing_shown_tasks (window);
  gint64 id = td_task_get_id (td_test_editing_shown_task_numbered (tasks, number));
  g_autofree char *title = g_strdup_printf ("Task %d", number);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);

  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "task");
  td_test_assert_on_screen (editor, title);
  return id;
}

/* The toast's Undo button, once the toast shows. */
static gboolean
undo_button_shown (GtkWidget *overlay)
{
  return td_test_find_button (overlay, "Undo", FALSE, TRUE) != NULL;
}

void
td_test_editing_click_undo (TdWindow *window)
{
  GtkWidget *overlay = td_test_find_one (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, FALSE);

  td_test_assert_eventually (undo_button_shown, overlay, "the toast's Undo button");
  td_test_editing_scroll_and_click (td_test_find_button (overlay, "Undo", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
}
