/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Typing into the editor's fields in the real window, the way a user does: a date that is
 * no day of the calendar refused where it was typed, a date picked from the calendar, the
 * plan's heading with its date and title; and the editor in Vietnamese.
 *
 * As in every test-editing-*.c, what is asserted is what the plan view then lists and
 * what the file holds, read back with SQLite itself. With TD_SHOT_DIR set, screenshots of
 * the window are saved there too.
 */
#define G_LOG_DOMAIN "test-editing-fields"

#include "config.h"

#include <glib/gi18n.h>

#include "td-application.h"
#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SUBPROCESS_SECONDS 120
#define SAMPLE_TITLE "Công tác thi đua, khen thưởng năm 2022"

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
  TdWindow *window = td_test_editing_open_with_sample (&path);
  TdPlanEditor *editor;
  GtkWidget *start_row, *end_row;
  const char *problem;
  gint64 id;

  id = td_test_editing_select_task (window, 3);
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
  td_test_editing_assert_table (window, path, "4 2 1 2");

  td_test_close_window (&window);
}

/* The calendar beside a date: a day picked is written into the field and saved. */
static void
test_pick_date (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dates = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (2022, 3, 20, 0, 0, 0);
  TdWindow *window = td_test_editing_open_with_sample (&path);
  TdPlanEditor *editor;
  GtkWidget *end_row;
  GtkMenuButton *button;
  GtkCalendar *calendar;
  GDateTime *shown;
  gint64 id;

  id = td_test_editing_select_task (window, 3);
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
  TdWindow *window = td_test_editing_open_with_sample (&path);
  TdPlanEditor *editor;
  GtkWidget *title_row;
  const char *problem;

  editor = td_test_select_part (window, TD_PLAN_ROW_HEADING, 0);
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "heading");
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

  if (!td_test_editing_start_application ("vi_VN.UTF-8", "vi"))
    {
      /* A failure, not a skip: a missing locale would hide every untranslated string. */
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                           "the vi_VN.UTF-8 locale is missing on this system");
      return;
    }

  window = td_test_editing_open_with_sample (&path);
  /* The catalogue is in use: the application's name is Vietnamese. */
  /* The header shows the Plan and Timeline switcher; the window keeps the name. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Thi đua – Khen thưởng");

  td_test_select_part (window, TD_PLAN_ROW_QUARTER, 2);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-vi-quarter-2");

  tasks = td_test_editing_shown_tasks (window);
  editor = td_test_select_part (window, TD_PLAN_ROW_TASK,
                                td_task_get_id (td_test_editing_shown_task_numbered (tasks, 2)));
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "task");
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
  td_test_editing_stop_application ();
}

int
main (int   argc,
      char *argv[])
{
  td_test_editing_init (&argc, argv);

  g_test_add_func ("/editing/invalid-date", test_invalid_date);
  g_test_add_func ("/editing/pick-date", test_pick_date);
  g_test_add_func ("/editing/heading", test_heading);
  g_test_add_func ("/editing/vietnamese", test_vietnamese);

  return td_test_editing_run ();
}
