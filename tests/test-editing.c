/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing the plan in the real window, the way a user does: a part of the plan is chosen,
 * text is typed into the editor beside it, items are chosen and buttons clicked. What is
 * asserted is what the plan view then lists and what the file holds, read back with
 * SQLite itself. With TD_SHOT_DIR set, screenshots of the window are saved there too.
 */
#define G_LOG_DOMAIN "test-editing"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "td-application.h"
#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SUBPROCESS_SECONDS 120
/* The editor saves 400 ms after the last change: that, and a margin. */

#define SAMPLE_TITLE "Công tác thi đua, khen thưởng năm 2022"
#define SAMPLE_PLAN "(SELECT id FROM plan WHERE year = 2022)"
#define NEW_CONTENT "Tổ chức hội nghị sơ kết 6 tháng"
#define NEW_UNIT "Đoàn thanh niên"
#define SECTION_HEADING_ROW "Heading, e.g. “1. Mục đích.”"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

/* Waiting ------------------------------------------------------------------------------- */

/* What is on screen ---------------------------------------------------------------------- */

/* Clicks @button as a user does, scrolling to it first when it is scrolled away. */
static void
scroll_and_click (GtkWidget *button)
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

/* The plan view ------------------------------------------------------------------------------ */

/* The tasks as the plan view lists them, after checking the table's shape: the four
 * quarters in order, each task under its own quarter, numbered on across the quarters. */
static GPtrArray *
shown_tasks (TdWindow *window)
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

static TdTask *
shown_task_numbered (GPtrArray *tasks,
                     int        number)
{
  g_assert_cmpint (number, >=, 1);
  g_assert_cmpuint (number, <=, tasks->len);
  return g_ptr_array_index (tasks, number - 1);
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

/* The screen and the file list the same tasks in the same order, so many per quarter. */
static void
assert_table (TdWindow   *window,
              const char *path,
              const char *quarter_counts)
{
  g_autoptr(GPtrArray) tasks = shown_tasks (window);
  g_autofree char *shown_counts = shown_quarter_counts (tasks);
  g_autofree char *shown_ids = shown_task_ids (tasks);
  g_autofree char *file_counts = file_quarter_counts (path);
  g_autofree char *file_ids = file_task_ids (path);

  g_assert_cmpstr (shown_counts, ==, quarter_counts);
  g_assert_cmpstr (file_counts, ==, quarter_counts);
  g_assert_cmpstr (shown_ids, ==, file_ids);
}

/* The editor ------------------------------------------------------------------------------- */

static GtkStack *
editor_stack (TdPlanEditor *editor)
{
  g_autoptr(GPtrArray) stacks = td_test_find_all (GTK_WIDGET (editor), GTK_TYPE_STACK, FALSE);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "task") != NULL)
      return g_ptr_array_index (stacks, i);
  g_assert_not_reached ();
}

static const char *
editor_page (TdPlanEditor *editor)
{
  return gtk_stack_get_visible_child_name (editor_stack (editor));
}

/* TRUE when the keyboard focus is in @widget, as a user sees the cursor there. */
static gboolean
has_focus (TdWindow  *window,
           GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Windows -------------------------------------------------------------------------------- */

/* A window on a new file, with the sample loaded as the window's menu item does. */
static TdWindow *
open_with_sample (char **path)
{
  TdWindow *window = td_test_open_with_sample (app, path);

  assert_table (window, *path, "4 2 1 2");
  return window;
}

/* Chooses the task listed as @number; returns its id. */
static gint64
select_task (TdWindow *window,
             int       number)
{
  g_autoptr(GPtrArray) tasks = shown_tasks (window);
  gint64 id = td_task_get_id (shown_task_numbered (tasks, number));
  g_autofree char *title = g_strdup_printf ("Task %d", number);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);

  g_assert_cmpstr (editor_page (editor), ==, "task");
  td_test_assert_on_screen (editor, title);
  return id;
}

/* The toast's Undo button, once the toast shows. */
static gboolean
undo_button_shown (GtkWidget *overlay)
{
  return td_test_find_button (overlay, "Undo", FALSE, TRUE) != NULL;
}

static gboolean
undo_button_gone (GtkWidget *overlay)
{
  return td_test_find_button (overlay, "Undo", FALSE, TRUE) == NULL;
}

static void
click_undo (TdWindow *window)
{
  GtkWidget *overlay = td_test_find_one (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, FALSE);

  td_test_assert_eventually (undo_button_shown, overlay, "the toast's Undo button");
  scroll_and_click (td_test_find_button (overlay, "Undo", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
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
  TdWindow *window = open_with_sample (&path);
  TdPlanView *view = td_window_get_plan_view (window);
  TdPlanEditor *editor;
  TdPlanRow *selected;
  TdTask *task;
  gint64 old_seventh;
  gint64 id;

  before = shown_tasks (window);
  old_seventh = td_task_get_id (shown_task_numbered (before, 7));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = %Q", NEW_UNIT),
                   ==, 0);

  /* The plan is read before anything is added: the editor of a task, for the record. */
  select_task (window, 2);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-01-task-2");

  editor = td_test_select_part (window, TD_PLAN_ROW_QUARTER, 2);
  g_assert_cmpstr (editor_page (editor), ==, "quarter");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-02-quarter-2");
  scroll_and_click (td_test_find_button (GTK_WIDGET (editor), "Add a Task to QUÝ II", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));

  /* The new task, at the end of its quarter, is chosen for typing into. */
  selected = td_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (td_plan_row_get_kind (selected), ==, TD_PLAN_ROW_TASK);
  task = td_plan_row_get_task (selected);
  id = td_task_get_id (task);
  g_assert_cmpint (td_task_get_quarter (task), ==, 2);
  g_assert_cmpint (td_task_get_number (task), ==, 7);
  g_assert_cmpstr (editor_page (editor), ==, "task");
  td_test_assert_on_screen (editor, "Task 7");
  assert_table (window, path, "4 3 1 2");
  /* Stored with no words the user did not type; the cursor waits in its content. */
  row = file_task (path, id);
  g_assert_cmpstr (row, ==, "||2022-04-01|2022-06-30|2|planned");
  g_clear_pointer (&row, g_free);
  content = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (content, ==, "");
  g_assert_true (has_focus (window, GTK_WIDGET (td_test_shown_text_view (editor))));
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), NEW_CONTENT);
  td_test_type_text (td_test_entry_row (editor, "Start date (dd/mm/yyyy)"), "01/06/2022");
  td_test_type_text (td_test_entry_row (editor, "End date (dd/mm/yyyy)"), "15/06/2022");
  td_test_type_text (td_test_entry_row (editor, "As printed in the plan"), "VP nội vụ");
  td_test_type_text (td_test_entry_row (editor, "Units, separated by “;” (new names become units)"),
             "VP nội vụ; " NEW_UNIT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (td_test_editor_row (editor, ADW_TYPE_COMBO_ROW, "Status")),
                              TD_TASK_IN_PROGRESS);
  td_test_wait_for_save (GTK_WIDGET (window));

  g_assert_null (td_test_shown_problem (editor));
  assert_table (window, path, "4 3 1 2");
  tasks = shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 10);
  task = shown_task_numbered (tasks, 7);
  g_assert_cmpint (td_task_get_id (task), ==, id);
  g_assert_cmpint (td_task_get_quarter (task), ==, 2);
  g_assert_cmpstr (td_task_get_content (task), ==, NEW_CONTENT);
  g_assert_cmpstr (td_task_get_responsible (task), ==, "VP nội vụ");
  /* Those after it moved down one. */
  g_assert_cmpint (td_task_get_id (shown_task_numbered (tasks, 8)), ==, old_seventh);
  for (int n = 8; n <= 10; n++)
    g_assert_cmpint (td_task_get_id (shown_task_numbered (tasks, n)), ==,
                     td_task_get_id (shown_task_numbered (before, n - 1)));

  row = file_task (path, id);
  g_assert_cmpstr (row, ==, NEW_CONTENT "|VP nội vụ|2022-06-01|2022-06-15|2|in-progress");
  units = file_task_units (path, id);
  g_assert_cmpstr (units, ==, "VP nội vụ;" NEW_UNIT);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = %Q", NEW_UNIT),
                   ==, 1);

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
  window = td_test_open_window (app, path);
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 10);
  g_assert_cmpint (td_task_get_id (shown_task_numbered (tasks, 7)), ==, id);
  g_assert_cmpstr (td_task_get_content (shown_task_numbered (tasks, 7)), ==, NEW_CONTENT);
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
  TdWindow *window = open_with_sample (&path);
  TdPlanEditor *editor;
  GtkDropDown *quarter;
  TdPlanRow *selected;
  TdTask *task;
  gint64 id, third_quarter_task;

  before = shown_tasks (window);
  third_quarter_task = td_task_get_id (shown_task_numbered (before, 7));
  id = select_task (window, 1);
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
  assert_table (window, path, "3 2 2 2");
  tasks = shown_tasks (window);
  task = shown_task_numbered (tasks, 7);
  g_assert_cmpint (td_task_get_id (task), ==, id);
  g_assert_cmpint (td_task_get_quarter (task), ==, 3);
  g_assert_cmpint (td_task_get_id (shown_task_numbered (tasks, 6)), ==, third_quarter_task);
  for (int n = 1; n <= 3; n++)
    {
      TdTask *first = shown_task_numbered (tasks, n);

      g_assert_cmpint (td_task_get_quarter (first), ==, 1);
      g_assert_cmpint (td_task_get_id (first), ==,
                       td_task_get_id (shown_task_numbered (before, n + 1)));
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
  g_assert_cmpstr (editor_page (editor), ==, "task");
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
  assert_table (window, path, "3 2 2 2");

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
  TdWindow *window = open_with_sample (&path);
  TdPlanView *view = td_window_get_plan_view (window);
  TdPlanEditor *editor;
  GtkWidget *delete_button;
  gint64 position_before;
  TdTask *task;
  gint64 id;

  id = select_task (window, 5);
  editor = td_test_editor_of (window);
  row_before = file_task (path, id);
  units_before = file_task_units (path, id);
  g_assert_cmpstr (units_before, ==, "Ban chỉ đạo XD NTM;Ban phát triển thôn");
  position_before = td_test_file_int (path, "SELECT position FROM task WHERE id = %lld",
                                      (long long) id);

  delete_button = td_test_find_button (GTK_WIDGET (editor), "Delete Task", FALSE, FALSE);
  /* Its action is on for a writable file (see /editing/read-only for the other case). */
  g_assert_true (gtk_widget_get_sensitive (delete_button));
  scroll_and_click (delete_button);
  td_test_wait_for_frame (GTK_WIDGET (window));

  assert_table (window, path, "4 1 1 2");
  tasks = shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 8);
  g_assert_null (shown_task_with_id (tasks, id));
  g_assert_null (td_test_file_query (path, "SELECT id FROM task WHERE id = %lld", (long long) id));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM task_unit WHERE task_id = %lld",
                                     (long long) id), ==, 0);
  td_test_assert_on_screen (window, "Task 5 deleted");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-05-deleted");

  /* Nothing is chosen any more, so the editor must not go on showing the deleted task. */
  g_assert_null (td_plan_view_get_selected (view));
  td_test_check (g_strcmp0 (editor_page (editor), "task") != 0,
                 "after “Delete Task” the editor still shows the deleted task (page “%s”)",
                 editor_page (editor));

  click_undo (window);

  assert_table (window, path, "4 2 1 2");
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);
  task = shown_task_numbered (tasks, 5);
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
assert_error_marks (TdPlanEditor *editor,
                    gboolean      start_marked,
                    gboolean      end_marked,
                    const char   *when)
{
  GtkWidget *start_row = td_test_entry_row (editor, "Start date (dd/mm/yyyy)");
  GtkWidget *end_row = td_test_entry_row (editor, "End date (dd/mm/yyyy)");

  td_test_check (gtk_widget_has_css_class (start_row, "error") == start_marked,
                 "%s: the start date row should %sbe marked as wrong", when,
                 start_marked ? "" : "not ");
  td_test_check (gtk_widget_has_css_class (end_row, "error") == end_marked,
                 "%s: the end date row should %sbe marked as wrong", when,
                 end_marked ? "" : "not ");
}

/* What the file holds for the task's dates: "start|end". */
static char *
file_task_dates (const char *path,
                 gint64      id)
{
  return td_test_file_query (path, "SELECT start_date || '|' || end_date FROM task WHERE id = %lld",
                             (long long) id);
}

static void
test_invalid_date (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dates = NULL;
  TdWindow *window = open_with_sample (&path);
  TdPlanEditor *editor;
  GtkWidget *start_row, *end_row;
  const char *problem;
  gint64 id;

  id = select_task (window, 3);
  editor = td_test_editor_of (window);
  start_row = td_test_entry_row (editor, "Start date (dd/mm/yyyy)");
  end_row = td_test_entry_row (editor, "End date (dd/mm/yyyy)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "01/01/2022");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "31/03/2022");
  g_assert_null (td_test_shown_problem (editor));

  /* Not a day of the calendar. */
  td_test_type_text (end_row, "31/02/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  problem = td_test_shown_problem (editor);
  g_assert_nonnull (problem);
  /* In words, right under the field that is wrong. */
  g_assert_cmpstr (td_test_problem_under (end_row), ==,
                   "31/02/2022 is not a date: February 2022 has 28 days");
  g_assert_null (td_test_problem_under (start_row));
  g_assert_true (gtk_widget_has_css_class (end_row, "error"));
  /* Leaving the field keeps what was typed, and the problem, until it is put right. */
  gtk_widget_grab_focus (start_row);
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "31/02/2022");
  g_assert_nonnull (td_test_problem_under (end_row));
  assert_error_marks (editor, FALSE, TRUE, "31/02/2022");
  dates = file_task_dates (path, id);
  g_assert_cmpstr (dates, ==, "2022-01-01|2022-03-31");
  g_clear_pointer (&dates, g_free);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-06-invalid-date");

  /* Ending before it starts. */
  td_test_type_text (start_row, "15/02/2022");
  td_test_type_text (end_row, "10/02/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  problem = td_test_shown_problem (editor);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "ends before it starts"));
  assert_error_marks (editor, FALSE, TRUE, "15/02/2022 – 10/02/2022");
  dates = file_task_dates (path, id);
  g_assert_cmpstr (dates, ==, "2022-01-01|2022-03-31");
  g_clear_pointer (&dates, g_free);

  /* Another year than the plan's: it is the end that is wrong. */
  td_test_type_text (end_row, "15/03/2023");
  td_test_wait_for_save (GTK_WIDGET (window));
  problem = td_test_shown_problem (editor);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "within 2022"));
  assert_error_marks (editor, FALSE, TRUE, "15/02/2022 – 15/03/2023");
  dates = file_task_dates (path, id);
  g_assert_cmpstr (dates, ==, "2022-01-01|2022-03-31");
  g_clear_pointer (&dates, g_free);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-07-other-year");

  /* Right at last: saved, and the marks go. */
  td_test_type_text (end_row, "20/03/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_null (td_test_shown_problem (editor));
  g_assert_false (gtk_widget_has_css_class (end_row, "error"));
  g_assert_false (gtk_widget_has_css_class (start_row, "error"));
  dates = file_task_dates (path, id);
  g_assert_cmpstr (dates, ==, "2022-02-15|2022-03-20");
  assert_table (window, path, "4 2 1 2");

  td_test_close_window (&window);
}

/* The calendar beside a date: a day picked is written into the field and saved. */
static void
test_pick_date (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dates = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (2022, 3, 20, 0, 0, 0);
  TdWindow *window = open_with_sample (&path);
  TdPlanEditor *editor;
  GtkWidget *end_row;
  GtkMenuButton *button;
  GtkCalendar *calendar;
  GDateTime *shown;
  gint64 id;

  id = select_task (window, 3);
  editor = td_test_editor_of (window);
  end_row = td_test_entry_row (editor, "End date (dd/mm/yyyy)");
  button = td_test_find_one (end_row, GTK_TYPE_MENU_BUTTON, FALSE);
  td_test_scroll_into_view (GTK_WIDGET (button));
  gtk_menu_button_popup (button);
  td_test_wait_for_frame (GTK_WIDGET (window));
  calendar = GTK_CALENDAR (gtk_popover_get_child (gtk_menu_button_get_popover (button)));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (calendar)));
  /* It opens on the date typed. */
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2022);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 31);
  g_date_time_unref (shown);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-08-pick-date");

  gtk_calendar_select_day (calendar, day);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "20/03/2022");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  dates = file_task_dates (path, id);
  g_assert_cmpstr (dates, ==, "2022-01-01|2022-03-20");

  td_test_close_window (&window);
}

/* The heading's fields; its date is tested in test-issue-date.c. */
static void
test_heading (void)
{
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  TdWindow *window = open_with_sample (&path);
  TdPlanEditor *editor;
  GtkWidget *title_row;
  const char *problem;

  editor = td_test_select_part (window, TD_PLAN_ROW_HEADING, 0);
  g_assert_cmpstr (editor_page (editor), ==, "heading");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-08-heading");

  /* A title is needed: refused where it was typed, and the file keeps the old one. */
  title_row = td_test_entry_row (editor, "Title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, SAMPLE_TITLE);
  td_test_type_text (title_row, "");
  td_test_wait_for_save (GTK_WIDGET (window));
  problem = td_test_shown_problem (editor);
  g_assert_nonnull (problem);
  g_assert_cmpstr (problem, ==, "The title of the plan cannot be empty");
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));
  title = td_test_file_query (path, "SELECT title FROM plan WHERE year = 2022");
  g_assert_cmpstr (title, ==, SAMPLE_TITLE);
  g_clear_pointer (&title, g_free);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-09-heading-refused");

  td_test_type_text (title_row, SAMPLE_TITLE " (sửa đổi)");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_null (td_test_shown_problem (editor));
  g_assert_false (gtk_widget_has_css_class (title_row, "error"));
  title = td_test_file_query (path, "SELECT title FROM plan WHERE year = 2022");
  g_assert_cmpstr (title, ==, SAMPLE_TITLE " (sửa đổi)");
  td_test_assert_on_screen (window, SAMPLE_TITLE " (sửa đổi)");

  td_test_close_window (&window);
}

/* The sections of the sample plan, depth first, as "depth:heading" lines; and the id of
 * the one headed @heading. */
static char *
section_outline (TdWindow   *window,
                 const char *heading,
                 gint64     *id)
{
  TdPlan *plan = td_plan_view_get_plan (td_window_get_plan_view (window));
  g_autoptr(GListModel) sections = td_store_list_sections (td_window_get_store (window),
                                                           td_plan_get_id (plan), NULL);
  GString *outline = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);

      g_string_append_printf (outline, "%d:%s\n", td_section_get_depth (section),
                              td_section_get_heading (section));
      if (id != NULL && g_str_equal (td_section_get_heading (section), heading))
        *id = td_section_get_id (section);
    }
  return g_string_free (outline, FALSE);
}

/* The sections the plan view lists, in order, as "heading\n" lines. */
static char *
shown_sections (TdWindow *window)
{
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (window));
  GString *shown = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);

      if (td_plan_row_get_kind (row) == TD_PLAN_ROW_SECTION)
        g_string_append_printf (shown, "%s\n",
                                td_section_get_heading (td_plan_row_get_section (row)));
    }
  return g_string_free (shown, FALSE);
}

#define OUTLINE_BEFORE \
  "0:I. MỤC ĐÍCH YÊU CẦU\n1:1. Mục đích.\n1:2. Yêu cầu:\n0:II. NỘI DUNG:\n" \
  "0:III. CÁC GIẢI PHÁP CHỦ YẾU.\n0:IV. TỔ CHỨC THỰC HIỆN\n"
#define OUTLINE_NESTED \
  "0:I. MỤC ĐÍCH YÊU CẦU\n1:1. Mục đích.\n1:2. Yêu cầu:\n2:a)\n0:II. NỘI DUNG:\n" \
  "0:III. CÁC GIẢI PHÁP CHỦ YẾU.\n0:IV. TỔ CHỨC THỰC HIỆN\n"
#define OUTLINE_OUTDENTED \
  "0:I. MỤC ĐÍCH YÊU CẦU\n1:1. Mục đích.\n1:2. Yêu cầu:\n1:a)\n0:II. NỘI DUNG:\n" \
  "0:III. CÁC GIẢI PHÁP CHỦ YẾU.\n0:IV. TỔ CHỨC THỰC HIỆN\n"
#define SHOWN_WITH_NEW \
  "I. MỤC ĐÍCH YÊU CẦU\n1. Mục đích.\n2. Yêu cầu:\na)\nII. NỘI DUNG:\n" \
  "III. CÁC GIẢI PHÁP CHỦ YẾU.\nIV. TỔ CHỨC THỰC HIỆN\n"
#define SHOWN_WITHOUT_NEW \
  "I. MỤC ĐÍCH YÊU CẦU\n1. Mục đích.\n2. Yêu cầu:\nII. NỘI DUNG:\n" \
  "III. CÁC GIẢI PHÁP CHỦ YẾU.\nIV. TỔ CHỨC THỰC HIỆN\n"

/* "parent heading|position" of a section in the file; NULL when it is not there. */
static char *
file_section (const char *path,
              gint64      id)
{
  return td_test_file_query (path,
                             "SELECT coalesce ((SELECT heading FROM section p "
                             "WHERE p.id = s.parent_id), "
                             "'-') || '|' || s.position || '|' || s.heading FROM section s "
                             "WHERE s.id = %lld",
                             (long long) id);
}

static void
test_section_tree (void)
{
  g_autofree char *path = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *row = NULL;
  TdWindow *window = open_with_sample (&path);
  TdPlanView *view = td_window_get_plan_view (window);
  TdPlanEditor *editor;
  TdPlanRow *selected;
  gint64 requirements = 0;
  gint64 id;

  outline = section_outline (window, "2. Yêu cầu:", &requirements);
  g_assert_cmpstr (outline, ==, OUTLINE_BEFORE);
  g_assert_cmpint (requirements, !=, 0);
  g_clear_pointer (&outline, g_free);

  editor = td_test_select_part (window, TD_PLAN_ROW_SECTION, requirements);
  g_assert_cmpstr (editor_page (editor), ==, "section");
  g_assert_cmpstr (td_test_entry_text (editor, SECTION_HEADING_ROW), ==, "2. Yêu cầu:");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-10-section");

  scroll_and_click (td_test_find_button (GTK_WIDGET (editor), "Add Subsection", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));

  /* The new section, under the one it was added to, is chosen. */
  selected = td_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (td_plan_row_get_kind (selected), ==, TD_PLAN_ROW_SECTION);
  id = td_section_get_id (td_plan_row_get_section (selected));
  g_assert_cmpint (id, !=, requirements);
  /* Its number is proposed from its place, the first of the third level; no words are
   * stored that the user did not type, and the cursor waits after the number. */
  g_assert_cmpstr (td_section_get_heading (td_plan_row_get_section (selected)), ==, "a)");
  g_assert_cmpstr (editor_page (editor), ==, "section");
  g_assert_cmpstr (td_test_entry_text (editor, SECTION_HEADING_ROW), ==, "a) ");
  g_assert_true (has_focus (window, td_test_entry_row (editor, SECTION_HEADING_ROW)));
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (td_test_entry_row (editor,
                                                                               SECTION_HEADING_ROW))),
                   ==, 3);
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_NESTED);
  g_clear_pointer (&outline, g_free);
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITH_NEW);
  g_clear_pointer (&shown, g_free);
  row = file_section (path, id);
  g_assert_cmpstr (row, ==, "2. Yêu cầu:|0|a)");
  g_clear_pointer (&row, g_free);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-11-new-section");

  /* Outdented: a sibling of the section it was under, just after it. */
  scroll_and_click (td_test_find_action_button (GTK_WIDGET (editor), "editor.outdent-section",
                                                FALSE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_OUTDENTED);
  g_clear_pointer (&outline, g_free);
  row = file_section (path, id);
  g_assert_cmpstr (row, ==, "I. MỤC ĐÍCH YÊU CẦU|2|a)");
  g_clear_pointer (&row, g_free);
  selected = td_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (td_section_get_id (td_plan_row_get_section (selected)), ==, id);
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITH_NEW);
  g_clear_pointer (&shown, g_free);

  scroll_and_click (td_test_find_button (GTK_WIDGET (editor), "Delete Section", FALSE, FALSE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_BEFORE);
  g_clear_pointer (&outline, g_free);
  g_assert_null (file_section (path, id));
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITHOUT_NEW);
  g_clear_pointer (&shown, g_free);
  td_test_assert_on_screen (window, "“a)” deleted");
  td_test_check (g_strcmp0 (editor_page (editor), "section") != 0,
                 "after “Delete Section” the editor still shows the deleted section");

  click_undo (window);
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_OUTDENTED);
  row = file_section (path, id);
  g_assert_cmpstr (row, ==, "I. MỤC ĐÍCH YÊU CẦU|2|a)");
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITH_NEW);
  /* The table and its tasks were never touched. */
  assert_table (window, path, "4 2 1 2");

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
  window = td_test_open_window (app, path);
  g_assert_cmpint (td_store_get_access (td_window_get_store (window)), ==,
                   TD_STORE_READ_ONLY_NEWER);
  g_assert_cmpstr (td_test_window_page (window), ==, "plan");
  tasks = shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);

  /* The editor shows the task, to read, but nothing in it can be changed. */
  select_task (window, 2);
  editor = td_test_editor_of (window);
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (editor)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (editor_stack (editor))));
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
  tasks = shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);
  g_assert_null (td_test_shown_problem (editor));
  overlay = td_test_find_one (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, FALSE);
  g_assert_null (td_test_find_button (overlay, "Undo", FALSE, FALSE));

  /* Nor can a task be added to a quarter. */
  editor = td_test_select_part (window, TD_PLAN_ROW_QUARTER, 2);
  g_assert_cmpstr (editor_page (editor), ==, "quarter");
  g_assert_false (gtk_widget_get_sensitive (td_test_find_button (GTK_WIDGET (editor),
                                                                 "Add a Task to QUÝ II", FALSE,
                                                                 FALSE)));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-task", NULL);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = shown_tasks (window);
  g_assert_cmpuint (tasks->len, ==, 9);

  td_test_close_window (&window);
  g_assert_cmpint (td_test_file_user_version (path), ==, newer);
  after = td_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

/* Locale and application ------------------------------------------------------------------ */

/* Sets the locale as main.c does (GTK's own setlocale() reads LC_ALL when it starts), then
 * starts the application; FALSE when the locale is missing. */
static gboolean
start_application (const char *locale,
                   const char *language)
{
  if (!td_test_set_locale (locale, language))
    return FALSE;
  app = td_test_start_application ();
  return TRUE;
}

/* The editor in Vietnamese, in a process of its own: GLib decides once per process whether
 * to translate. Its screenshots are the point; what it asserts is that the editor's words
 * come from the catalogue. */
static void
test_vietnamese (void)
{
  g_autofree char *path = NULL;
  g_autofree char *task_title = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  const char *delete_label;
  const char *start_title;
  TdWindow *window;
  TdPlanEditor *editor;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDERR);
      /* Its failures are on stderr above; here, a failure that lets the run end normally. */
      td_test_check (g_test_trap_has_passed (), "the editor in Vietnamese failed its checks");
      return;
    }

  if (!start_application ("vi_VN.UTF-8", "vi"))
    {
      /* A failure, not a skip: a missing locale would hide every untranslated string. */
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                           "the vi_VN.UTF-8 locale is missing on this system");
      return;
    }

  window = open_with_sample (&path);
  /* The catalogue is in use: the application's name is Vietnamese. */
  /* The header shows the Plan and Timeline switcher; the window keeps the name. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Thi đua – Khen thưởng");

  td_test_select_part (window, TD_PLAN_ROW_QUARTER, 2);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-vi-quarter-2");

  tasks = shown_tasks (window);
  editor = td_test_select_part (window, TD_PLAN_ROW_TASK, td_task_get_id (shown_task_numbered (tasks, 2)));
  g_assert_cmpstr (editor_page (editor), ==, "task");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-vi-task-2");

  delete_label = g_dgettext (GETTEXT_PACKAGE, "Delete Task");
  td_test_check (!g_str_equal (delete_label, "Delete Task"),
                 "the task editor's “Delete Task” has no Vietnamese translation");
  td_test_check (td_test_find_button (GTK_WIDGET (editor), delete_label, FALSE, FALSE) != NULL,
                 "the task editor shows no “%s” button", delete_label);
  task_title = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Task %d"), 2);
  td_test_check (!g_str_equal (task_title, "Task 2"),
                 "the task editor's heading “Task %%d” has no Vietnamese translation");
  start_title = g_dgettext (GETTEXT_PACKAGE, "Start date (dd/mm/yyyy)");
  td_test_check (!g_str_equal (start_title, "Start date (dd/mm/yyyy)"),
                 "the task editor's “Start date (dd/mm/yyyy)” has no Vietnamese translation");
  if (!td_test_text_on_screen (GTK_WIDGET (editor), task_title, FALSE))
    td_test_dump_texts (GTK_WIDGET (editor));
  td_test_check (td_test_text_on_screen (GTK_WIDGET (editor), task_title, FALSE),
                 "the task editor's heading “%s” is not on screen", task_title);

  editor = td_test_select_part (window, TD_PLAN_ROW_HEADING, 0);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-vi-heading");

  td_test_close_window (&window);
  g_clear_object (&app);
}

/* Units are picked from those in the file: ticking one links it, unticking unlinks it. */
static void
test_pick_units (void)
{
  g_autofree char *path = NULL;
  g_autofree char *units = NULL;
  TdWindow *window = open_with_sample (&path);
  gint64 id = select_task (window, 9);
  TdPlanEditor *editor = td_test_editor_of (window);
  GtkWidget *row = td_test_entry_row (editor, "Units, separated by “;” (new names become units)");
  GtkPopover *popover = GTK_POPOVER (td_test_find_one (row, GTK_TYPE_POPOVER, FALSE));
  g_autoptr(GPtrArray) checks = NULL;
  GtkCheckButton *council = NULL;

  /* Task 9 of the sample has no unit. */
  units = file_task_units (path, id);
  g_assert_cmpstr (units, ==, "");

  gtk_popover_popup (popover);
  td_test_wait_for_frame (GTK_WIDGET (window));
  checks = td_test_find_all (GTK_WIDGET (popover), GTK_TYPE_CHECK_BUTTON, FALSE);
  /* Every unit of the file is offered: the sample names ten. */
  g_assert_cmpuint (checks->len, ==, 10);
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      g_assert_false (gtk_check_button_get_active (check));
      if (g_str_equal (gtk_check_button_get_label (check), "Hội đồng thi đua khen thưởng"))
        council = check;
    }
  g_assert_nonnull (council);

  gtk_check_button_set_active (council, TRUE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Hội đồng thi đua khen thưởng");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_clear_pointer (&units, g_free);
  units = file_task_units (path, id);
  g_assert_cmpstr (units, ==, "Hội đồng thi đua khen thưởng");

  gtk_check_button_set_active (council, FALSE);
  td_test_wait_for_save (GTK_WIDGET (window));
  g_clear_pointer (&units, g_free);
  units = file_task_units (path, id);
  g_assert_cmpstr (units, ==, "");

  gtk_popover_popdown (popover);
  td_test_close_window (&window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = NULL;
  int status;

  td_test_use_system_data_dirs ();
  /* A failed td_test_check() lets its test go on; --keep-going lets the next tests run too,
   * so one run tells of every failure. */
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* English whatever the developer's session speaks; a subprocess sets its own language. */
  if (!g_test_subprocess () && !start_application ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");

  g_test_add_func ("/editing/add-task", test_add_task);
  g_test_add_func ("/editing/move-quarter", test_move_quarter);
  g_test_add_func ("/editing/undo-delete", test_undo_delete);
  g_test_add_func ("/editing/invalid-date", test_invalid_date);
  g_test_add_func ("/editing/pick-date", test_pick_date);
  g_test_add_func ("/editing/heading", test_heading);
  g_test_add_func ("/editing/section-tree", test_section_tree);
  g_test_add_func ("/editing/read-only", test_read_only);
  g_test_add_func ("/editing/pick-units", test_pick_units);
  g_test_add_func ("/editing/vietnamese", test_vietnamese);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
