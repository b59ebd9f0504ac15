/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing the plan's tasks in the real window, the way a user does: a task added to a
 * quarter and typed into, moved to another quarter, deleted and brought back with Undo;
 * and a file of a newer version, where the editor changes nothing.
 *
 * As in every test-editing-*.c, what is asserted is what the plan view then lists and
 * what the file holds, read back with SQLite itself. With TD_SHOT_DIR set, screenshots of
 * the window are saved there too.
 */
#define G_LOG_DOMAIN "test-editing-tasks"

#include "config.h"

#include <sqlite3.h>

#include "td-application.h"
#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define NEW_CONTENT "Tổ chức hội nghị sơ kết 6 tháng"

/* "content|responsible|start|end|quarter|status" of a task, NULL when it is not there. */
static char *
file_task (const char *path,
           gint64      id)
{
  return td_test_file_query (path,
                             "SELECT content || '|' || responsible || '|' || start_date || '|' || "
                             "end_date || '|' || quarter || '|' || status FROM task "
                             "WHERE id = %lld",
                             (long long) id);
}

/* The names of the units a task links to, in name order, joined by ";". */
static char *
file_task_units (const char *path,
                 gint64      id)
{
  char *units = td_test_file_query (path,
                                    "SELECT group_concat (name, ';') FROM (SELECT u.name AS name "
                                    "FROM task_unit tu JOIN unit u ON u.id = tu.unit_id "
                                    "WHERE tu.task_id = %lld ORDER BY u.name)",
                                    (long long) id);
  return units != NULL ? units : g_strdup ("");
}

/* The task with @id as listed, NULL when it is not. */
static TdTask *
shown_task_with_id (GPtrArray *tasks,
                    gint64     id)
{
  for (guint i = 0; i < tasks->len; i++)
    if (td_task_get_id (g_ptr_array_index (tasks, i)) == id)
      return g_ptr_array_index (tasks, i);
  return NULL;
}

static gboolean
undo_button_gone (GtkWidget *overlay)
{
  return td_test_find_button (overlay, "Undo", FALSE, TRUE) == NULL;
}

/* Tests ---------------------------------------------------------------------------------- */

static void
test_add_task (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autofree char *row = NULL;
  g_autofree char *units = NULL;
  g_autofree char *content = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  TdPlanView *view = td_window_get_plan_view (window);
  TdPlanEditor *editor;
  TdPlanRow *selected;
  TdTask *task;
  gint64 old_seventh;
  gint64 id;

  before = td_test_editing_shown_tasks (window);
  old_seventh = td_task_get_id (td_test_editing_shown_task_numbered (before, 7));

  /* The plan is read before anything is added: the editor of a task, for the record. */
  td_test_editing_select_task (window, 2);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-01-task-2");

  editor = td_test_select_part (window, TD_PLAN_ROW_QUARTER, 2);
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "quarter");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-02-quarter-2");
  td_test_editing_scroll_and_click (td_test_find_button (GTK_WIDGET (editor),
                                                         "Add a Task to QUÝ II", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));

  /* The new task, at the end of its quarter, is chosen for typing into. */
  selected = td_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (td_plan_row_get_kind (selected), ==, TD_PLAN_ROW_TASK);
  task = td_plan_row_get_task (selected);
  id = td_task_get_id (task);
  g_assert_cmpint (td_task_get_quarter (task), ==, 2);
  g_assert_cmpint (td_task_get_number (task), ==, 7);
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "task");
  td_test_assert_on_screen (editor, "Task 7");
  td_test_editing_assert_table (window, path, "4 3 1 2");
  /* Stored with no words the user did not type; the cursor waits in its content. */
  row = file_task (path, id);
  g_assert_cmpstr (row, ==, "||2022-04-01|2022-06-30|2|planned");
  g_clear_pointer (&row, g_free);
  content = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (content, ==, "");
  g_assert_true (td_test_editing_has_focus (window, GTK_WIDGET (td_test_shown_text_view (editor))));
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), NEW_CONTENT);
  td_test_type_text (td_test_entry_row (editor, "Start date (dd/mm/yyyy)"), "01/06/2022");
  td_test_type_text (td_test_entry_row (editor, "End date (dd/mm/yyyy)"), "15/06/2022");
  /* A unit's name typed into the printed text links the unit. */
  td_test_type_text (td_test_entry_row (editor, "As printed in the plan"), "VP nội vụ");
  adw_combo_row_set_selected (ADW_COMBO_ROW (td_test_editor_row (editor, ADW_TYPE_COMBO_ROW,
                                                                 "Status")),
                              TD_TASK_IN_PROGRESS);
  td_test_wait_for_save (GTK_WIDGET (window));

  g_assert_null (td_test_shown_problem (editor));
  td_test_editing_assert_table (window, path, "4 3 1 2");
  tasks = td_test_editing_shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 10);
  task = td_test_editing_shown_task_numbered (tasks, 7);
  g_assert_cmpint (td_task_get_id (task), ==, id);
  g_assert_cmpint (td_task_get_quarter (task), ==, 2);
  g_assert_cmpstr (td_task_get_content (task), ==, NEW_CONTENT);
  g_assert_cmpstr (td_task_get_responsible (task), ==, "VP nội vụ");
  /* Those after it moved down one. */
  g_assert_cmpint (td_task_get_id (td_test_editing_shown_task_numbered (tasks, 8)), ==,
                   old_seventh);
  for (int n = 8; n <= 10; n++)
    g_assert_cmpint (td_task_get_id (td_test_editing_shown_task_numbered (tasks, n)), ==,
                     td_task_get_id (td_test_editing_shown_task_numbered (before, n - 1)));

  row = file_task (path, id);
  g_assert_cmpstr (row, ==, NEW_CONTENT "|VP nội vụ|2022-06-01|2022-06-15|2|in-progress");
  units = file_task_units (path, id);
  g_assert_cmpstr (units, ==, "VP nội vụ");

  /* What was typed stays as typed while the plan is read again around it. */
  g_clear_pointer (&content, g_free);
  content = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (content, ==, NEW_CONTENT);
  td_test_assert_on_screen (editor, "Task 7");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-03-new-task");

  /* Typed and the window closed at once: closing saves it, it is not lost. */
  td_test_type_text (td_test_entry_row (editor, "As printed in the plan"), "Văn phòng nội vụ");
  td_test_close_window (&window);
  g_clear_pointer (&row, g_free);
  row = file_task (path, id);
  g_assert_cmpstr (row, ==, NEW_CONTENT "|Văn phòng nội vụ|2022-06-01|2022-06-15|2|in-progress");

  /* The file alone holds it all: a new window on it lists it in the same place. */
  td_test_reset_settings ();
  window = td_test_open_window (td_test_editing_app (), path);
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = td_test_editing_shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 10);
  g_assert_cmpint (td_task_get_id (td_test_editing_shown_task_numbered (tasks, 7)), ==, id);
  g_assert_cmpstr (td_task_get_content (td_test_editing_shown_task_numbered (tasks, 7)), ==,
                   NEW_CONTENT);
  td_test_close_window (&window);
}

static void
test_move_quarter (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autofree char *row = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *shown_start = NULL;
  g_autofree char *shown_end = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  TdPlanEditor *editor;
  GtkDropDown *quarter;
  TdPlanRow *selected;
  TdTask *task;
  gint64 id, third_quarter_task;

  before = td_test_editing_shown_tasks (window);
  third_quarter_task = td_task_get_id (td_test_editing_shown_task_numbered (before, 7));
  id = td_test_editing_select_task (window, 1);
  editor = td_test_editor_of (window);
  row = file_task (path, id);
  g_assert_true (g_str_has_suffix (row, "|2022-01-01|2022-03-31|1|planned"));
  g_clear_pointer (&row, g_free);

  quarter = td_test_find_one (GTK_WIDGET (editor), GTK_TYPE_DROP_DOWN, FALSE);
  /* Below the schedule: scrolled to, as a user does. */
  td_test_scroll_into_view (GTK_WIDGET (quarter));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (quarter)));
  g_assert_cmpuint (gtk_drop_down_get_selected (quarter), ==, 0);
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (quarter), "QUÝ I", FALSE));
  gtk_drop_down_set_selected (quarter, 2);
  td_test_wait_for_frame (GTK_WIDGET (window));

  /* Last in its new quarter, the others closed up behind it. */
  td_test_editing_assert_table (window, path, "3 2 2 2");
  tasks = td_test_editing_shown_tasks (window);
  task = td_test_editing_shown_task_numbered (tasks, 7);
  g_assert_cmpint (td_task_get_id (task), ==, id);
  g_assert_cmpint (td_task_get_quarter (task), ==, 3);
  g_assert_cmpint (td_task_get_id (td_test_editing_shown_task_numbered (tasks, 6)), ==,
                   third_quarter_task);
  for (int n = 1; n <= 3; n++)
    {
      TdTask *first = td_test_editing_shown_task_numbered (tasks, n);

      g_assert_cmpint (td_task_get_quarter (first), ==, 1);
      g_assert_cmpint (td_task_get_id (first), ==,
                       td_task_get_id (td_test_editing_shown_task_numbered (before, n + 1)));
    }
  /* Re-dated into its new quarter. */
  g_assert_cmpstr (td_task_get_start_date (task), ==, "2022-07-01");
  g_assert_cmpstr (td_task_get_end_date (task), ==, "2022-09-30");
  expected = g_strdup_printf ("%s|%s|2022-07-01|2022-09-30|3|planned",
                              td_task_get_content (task), td_task_get_responsible (task));
  row = file_task (path, id);
  g_assert_cmpstr (row, ==, expected);
  g_clear_pointer (&row, g_free);

  /* The editor still edits it, and says where it is now. */
  selected = td_plan_view_get_selected (td_window_get_plan_view (window));
  g_assert_nonnull (selected);
  g_assert_cmpint (td_plan_row_get_kind (selected), ==, TD_PLAN_ROW_TASK);
  g_assert_cmpint (td_task_get_id (td_plan_row_get_task (selected)), ==, id);
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "task");
  g_assert_cmpuint (gtk_drop_down_get_selected (quarter), ==, 2);
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (quarter), "QUÝ III", FALSE));
  td_test_check (td_test_text_on_screen (GTK_WIDGET (editor), "Task 7", FALSE),
                 "after the move the editor's heading should say “Task 7” (the task's new number)");
  shown_start = g_strdup (td_test_entry_text (editor, "Start date (dd/mm/yyyy)"));
  shown_end = g_strdup (td_test_entry_text (editor, "End date (dd/mm/yyyy)"));
  td_test_check (g_str_equal (shown_start, "01/07/2022") && g_str_equal (shown_end, "30/09/2022"),
                 "after the move the editor shows the dates %s – %s, not the new "
                 "01/07/2022 – 30/09/2022",
                 shown_start, shown_end);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-04-moved-task");

  /* Editing it on must not put back the dates of the quarter it left. */
  {
    g_autofree char *edited = g_strconcat (td_task_get_content (task), " (chuyển quý)", NULL);
    g_autofree char *expected_edited = g_strdup_printf ("%s|%s|2022-07-01|2022-09-30|3|planned",
                                                        edited, td_task_get_responsible (task));

    td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), edited);
    td_test_wait_for_save (GTK_WIDGET (window));
    row = file_task (path, id);
    td_test_check (g_strcmp0 (row, expected_edited) == 0,
                   "editing a task after moving it to QUÝ III saved “%s”, not “%s”", row,
                   expected_edited);
  }
  td_test_editing_assert_table (window, path, "3 2 2 2");

  td_test_close_window (&window);
}

static void
test_undo_delete (void)
{
  g_autofree char *path = NULL;
  g_autofree char *row_before = NULL;
  g_autofree char *units_before = NULL;
  g_autofree char *row = NULL;
  g_autofree char *units = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  TdPlanView *view = td_window_get_plan_view (window);
  TdPlanEditor *editor;
  GtkWidget *delete_button;
  gint64 position_before;
  TdTask *task;
  gint64 id;

  id = td_test_editing_select_task (window, 5);
  editor = td_test_editor_of (window);
  row_before = file_task (path, id);
  units_before = file_task_units (path, id);
  g_assert_cmpstr (units_before, ==, "Ban chỉ đạo XD NTM;Ban phát triển thôn");
  position_before = td_test_file_int (path, "SELECT position FROM task WHERE id = %lld",
                                      (long long) id);

  delete_button = td_test_find_button (GTK_WIDGET (editor), "Delete Task", FALSE, FALSE);
  /* Its action is on for a writable file (see /editing/read-only for the other case). */
  g_assert_true (gtk_widget_get_sensitive (delete_button));
  td_test_editing_scroll_and_click (delete_button);
  td_test_wait_for_frame (GTK_WIDGET (window));

  td_test_editing_assert_table (window, path, "4 1 1 2");
  tasks = td_test_editing_shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 8);
  g_assert_null (shown_task_with_id (tasks, id));
  g_assert_null (td_test_file_query (path, "SELECT id FROM task WHERE id = %lld", (long long) id));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM task_unit WHERE task_id = %lld",
                                     (long long) id), ==, 0);
  td_test_assert_on_screen (window, "Task 5 deleted");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-05-deleted");

  /* Nothing is chosen any more, so the editor must not go on showing the deleted task. */
  g_assert_null (td_plan_view_get_selected (view));
  td_test_check (g_strcmp0 (td_test_editing_editor_page (editor), "task") != 0,
                 "after “Delete Task” the editor still shows the deleted task (page “%s”)",
                 td_test_editing_editor_page (editor));

  td_test_editing_click_undo (window);

  td_test_editing_assert_table (window, path, "4 2 1 2");
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = td_test_editing_shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);
  task = td_test_editing_shown_task_numbered (tasks, 5);
  g_assert_cmpint (td_task_get_id (task), ==, id);
  g_assert_cmpint (td_task_get_quarter (task), ==, 2);
  g_assert_cmpstr (td_task_get_content (task), ==, "Xây dựng vườn mẫu, KDCKM");
  row = file_task (path, id);
  g_assert_cmpstr (row, ==, row_before);
  units = file_task_units (path, id);
  g_assert_cmpstr (units, ==, units_before);
  g_assert_cmpint (td_test_file_int (path, "SELECT position FROM task WHERE id = %lld",
                                     (long long) id),
                   ==, position_before);
  /* Undone, the toast goes. */
  td_test_assert_eventually (undo_button_gone,
                             td_test_find_one (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, FALSE),
                             "the toast to go");

  td_test_close_window (&window);
}

static void
test_read_only (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  g_autofree char *pragma = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  int newer = td_store_latest_version () + 1;
  sqlite3 *db = NULL;
  TdWindow *window;
  TdPlanEditor *editor;
  GtkWidget *delete_button;
  GtkWidget *overlay;

  /* The sample first, then the version of a newer application. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TdStore) store = td_store_open (path, &error);
    gboolean added = FALSE;

    g_assert_no_error (error);
    g_assert_true (td_sample_load (store, &added, &error));
    g_assert_no_error (error);
    g_assert_true (added);
  }
  pragma = g_strdup_printf ("PRAGMA user_version = %d", newer);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (td_test_file_user_version (path), ==, newer);
  before = td_test_read_file (path);

  td_test_reset_settings ();
  window = td_test_open_window (td_test_editing_app (), path);
  g_assert_cmpint (td_store_get_access (td_window_get_store (window)), ==,
                   TD_STORE_READ_ONLY_NEWER);
  g_assert_cmpstr (td_test_window_page (window), ==, "plan");
  tasks = td_test_editing_shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);

  /* The editor shows the task, to read, but nothing in it can be changed. */
  td_test_editing_select_task (window, 2);
  editor = td_test_editor_of (window);
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (editor)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (td_test_editing_editor_stack (editor))));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (td_test_shown_text_view (editor))));
  g_assert_false (gtk_widget_is_sensitive (td_test_entry_row (editor, "End date (dd/mm/yyyy)")));
  delete_button = td_test_find_button (GTK_WIDGET (editor), "Delete Task", FALSE, FALSE);
  /* Off for its own sake, not only as part of the page: its action is disabled. */
  g_assert_false (gtk_widget_get_sensitive (delete_button));
  td_test_save_screenshot (GTK_WIDGET (window), "editing-12-read-only");

  /* Asked for by name (a shortcut would), the action does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete-task", NULL);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = td_test_editing_shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);
  g_assert_null (td_test_shown_problem (editor));
  overlay = td_test_find_one (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, FALSE);
  g_assert_null (td_test_find_button (overlay, "Undo", FALSE, FALSE));

  /* Nor can a task be added to a quarter. */
  editor = td_test_select_part (window, TD_PLAN_ROW_QUARTER, 2);
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "quarter");
  g_assert_false (gtk_widget_get_sensitive (td_test_find_button (GTK_WIDGET (editor),
                                                                 "Add a Task to QUÝ II", FALSE,
                                                                 FALSE)));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-task", NULL);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = td_test_editing_shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);

  td_test_close_window (&window);
  g_assert_cmpint (td_test_file_user_version (path), ==, newer);
  after = td_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int   argc,
      char *argv[])
{
  td_test_editing_init (&argc, argv);

  g_test_add_func ("/editing/add-task", test_add_task);
  g_test_add_func ("/editing/move-quarter", test_move_quarter);
  g_test_add_func ("/editing/undo-delete", test_undo_delete);
  g_test_add_func ("/editing/read-only", test_read_only);

  return td_test_editing_run ();
}
