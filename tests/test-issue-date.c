/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The plan's date of issue in the real window, as a user edits it: typed as dd/mm/yyyy,
 * left blank or blank but for its month, or picked on the calendar beside it. What is
 * asserted is what the editor says under the field, what the file holds (read with SQLite
 * itself) and the date line of the plan's heading, in the store and on screen.
 */
#define G_LOG_DOMAIN "test-issue-date"

#include "config.h"

#include <string.h>

#include "td-application.h"
#include "td-date.h"
#include "td-plan-editor.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define ISSUE_ROW "Date of issue (dd/mm/yyyy)"
#define OTHER_YEAR (TD_SAMPLE_YEAR + 1)

/* One application for the whole run, as a real session has. */
static TdApplication *app;

/* The file, the store and the screen ------------------------------------------------------- */

/* What the file holds for the plan of @year: "[issue_date]issue_month". */
static char *
file_issue_date (const char *path,
                 int         year)
{
  return td_test_file_query (path, "SELECT '[' || issue_date || ']' || issue_month FROM plan "
                             "WHERE year = %d", year);
}

/* The date line of the heading of @year's plan, as the store gives it to the document. */
static char *
store_date_line (TdWindow *window,
                 int       year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (td_window_get_store (window), year, &error);

  g_assert_no_error (error);
  return td_plan_dup_date_line (plan);
}

/* The plan shown on screen gives the heading's date line as it will be printed. */
static void
assert_date_line_on_screen (TdWindow   *window,
                            const char *line)
{
  td_test_wait_for_frame (GTK_WIDGET (window));
  if (!td_test_text_on_screen (GTK_WIDGET (window), line, FALSE))
    td_test_dump_texts (GTK_WIDGET (window));
  td_test_check (td_test_text_on_screen (GTK_WIDGET (window), line, FALSE),
                 "the plan's heading on screen does not say “%s”", line);
}

/* What the editor says of saving, under its fields: "Saving…", "Saved" or why not. */
static const char *
save_status (TdPlanEditor *editor)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (editor), GTK_TYPE_LABEL, FALSE);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "editor-save-status") && gtk_widget_is_visible (label))
        return gtk_label_get_text (GTK_LABEL (label));
    }
  return NULL;
}

static GtkDropDown *
year_dropdown (TdWindow *window)
{
  g_autoptr(GPtrArray) dropdowns = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN,
                                                     FALSE);

  for (guint i = 0; i < dropdowns->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (dropdowns, i)),
                   "Year of the plan") == 0)
      return g_ptr_array_index (dropdowns, i);
  g_assert_not_reached ();
}

/* The heading's editor, with the date of issue's row. */
static TdPlanEditor *
edit_heading (TdWindow   *window,
              GtkWidget **issue_row)
{
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_HEADING, 0);

  *issue_row = td_test_entry_row (editor, ISSUE_ROW);
  td_test_scroll_into_view (*issue_row);
  return editor;
}

/* Chooses another part and the heading again: the field then shows what the file holds. */
static TdPlanEditor *
edit_heading_again (TdWindow   *window,
                    GtkWidget **issue_row)
{
  td_test_select_part (window, TD_PLAN_ROW_SIGNATURE, 0);
  return edit_heading (window, issue_row);
}

/* The calendar ----------------------------------------------------------------------------- */

/* The calendar's labels that are drawn (mapped: the months not shown are not), as
 * "text" or, drawn as the chosen day, "[text]". Mapped, not on screen: a popover reaches
 * past the scrolled editor it opens from. */
static char *
drawn_labels (GtkCalendar *calendar)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (calendar), GTK_TYPE_LABEL, FALSE);
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      gboolean chosen = gtk_widget_get_state_flags (label) & GTK_STATE_FLAG_SELECTED;

      if (gtk_widget_get_mapped (label))
        g_string_append_printf (texts, " %s%s%s", chosen ? "[" : "",
                                gtk_label_get_text (GTK_LABEL (label)), chosen ? "]" : "");
    }
  g_string_append_c (texts, ' ');
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

/* The calendar holds @year-@month-@day, and draws that month with that day chosen. */
static void
assert_calendar_shows (GtkCalendar *calendar,
                       int          year,
                       int          month,
                       int          day,
                       const char  *month_name)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *drawn = drawn_labels (calendar);
  g_autofree char *month_text = g_strdup_printf (" %s ", month_name);
  g_autofree char *year_text = g_strdup_printf (" %d ", year);
  g_autofree char *day_text = g_strdup_printf (" [%d] ", day);

  g_assert_cmpint (g_date_time_get_year (date), ==, year);
  g_assert_cmpint (g_date_time_get_month (date), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (date), ==, day);
  /* Not only held, but drawn: a calendar set while hidden could show another month. */
  td_test_check (strstr (drawn, month_text) != NULL, "the calendar does not show %s:%s",
                 month_name, drawn);
  td_test_check (strstr (drawn, year_text) != NULL, "the calendar does not show %d:%s", year,
                 drawn);
  td_test_check (strstr (drawn, day_text) != NULL, "the calendar does not show %d chosen:%s",
                 day, drawn);
}

/* Opens the calendar beside @row as its button does; returns it, on screen. */
static GtkCalendar *
open_calendar (GtkWidget  *row,
               GtkPopover **popover)
{
  GtkMenuButton *button = td_test_find_one (row, GTK_TYPE_MENU_BUTTON, FALSE);
  GtkCalendar *calendar;

  *popover = gtk_menu_button_get_popover (button);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (*popover)));
  gtk_menu_button_popup (button);
  td_test_wait_for_frame (row);
  calendar = GTK_CALENDAR (gtk_popover_get_child (*popover));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (calendar)));
  return calendar;
}

/* Tests ------------------------------------------------------------------------------------- */

/* A plan for next year is usually issued at the end of this one. */
static void
test_other_year (void)
{
  g_autofree char *path = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *line = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPlanEditor *editor;
  GtkWidget *issue_row;

  copy = td_store_copy_plan (td_window_get_store (window), TD_SAMPLE_YEAR, OTHER_YEAR, &error);
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (window));
  gtk_drop_down_set_selected (year_dropdown (window), 1);
  g_assert_cmpint (td_window_get_year (window), ==, OTHER_YEAR);

  /* A copied plan's date is blank, to be given when it is issued. */
  editor = edit_heading (window, &issue_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "");
  stored = file_issue_date (path, OTHER_YEAR);
  g_assert_cmpstr (stored, ==, "[]0");
  g_clear_pointer (&stored, g_free);
  assert_date_line_on_screen (window, "Tùng Ảnh, ngày     tháng     năm 2023");

  /* Saved as typed, like every other field. */
  td_test_type_text (issue_row, "28/12/2022");
  g_assert_cmpstr (save_status (editor), ==, "Saving…");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (save_status (editor), ==, "Saved");
  g_assert_null (td_test_shown_problem (editor));
  g_assert_false (gtk_widget_has_css_class (issue_row, "error"));
  g_assert_false (td_plan_editor_has_unsaved (editor));
  stored = file_issue_date (path, OTHER_YEAR);
  g_assert_cmpstr (stored, ==, "[2022-12-28]12");
  g_clear_pointer (&stored, g_free);
  line = store_date_line (window, OTHER_YEAR);
  g_assert_cmpstr (line, ==, "Tùng Ảnh, ngày 28 tháng 12 năm 2022");
  assert_date_line_on_screen (window, "Tùng Ảnh, ngày 28 tháng 12 năm 2022");
  td_test_save_screenshot (GTK_WIDGET (window), "issue-date-01-other-year");

  /* The year before the plan's is only for a whole date: a blank day prints the plan's. */
  td_test_type_text (issue_row, "12/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (td_test_problem_under (issue_row), ==,
                   "12/2022: with the day left blank, the plan’s year 2023 is printed; type the "
                   "whole date for another year");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "12/2022");
  stored = file_issue_date (path, OTHER_YEAR);
  g_assert_cmpstr (stored, ==, "[2022-12-28]12");
  g_clear_pointer (&stored, g_free);

  /* Chosen again, the field shows what the file holds. */
  editor = edit_heading_again (window, &issue_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "28/12/2022");
  g_assert_null (td_test_shown_problem (editor));

  td_test_close_window (&window);
}

/* A day the calendar does not have is said in words, and nothing is stored or put back. */
static void
test_not_a_day (void)
{
  g_autofree char *path = NULL;
  g_autofree char *stored = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPlanEditor *editor;
  GtkWidget *issue_row;

  editor = edit_heading (window, &issue_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "22/02/2022");

  td_test_type_text (issue_row, "31/02/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (td_test_problem_under (issue_row), ==,
                   "31/02/2022 is not a date: February 2022 has 28 days");
  g_assert_cmpstr (td_test_shown_problem (editor), ==,
                   "31/02/2022 is not a date: February 2022 has 28 days");
  g_assert_true (gtk_widget_has_css_class (issue_row, "error"));
  g_assert_true (td_plan_editor_has_unsaved (editor));
  td_test_save_screenshot (GTK_WIDGET (window), "issue-date-02-not-a-day");

  /* Leaving the field keeps what was typed, and the problem, until it is put right. */
  gtk_widget_grab_focus (td_test_entry_row (editor, "Title"));
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "31/02/2022");
  g_assert_nonnull (td_test_problem_under (issue_row));
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[2022-02-22]0");
  g_clear_pointer (&stored, g_free);

  /* Nor is a day past the month's end made its last day. */
  td_test_type_text (issue_row, "32/12/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (td_test_problem_under (issue_row), ==,
                   "32/12/2022 is not a date: December 2022 has 31 days");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "32/12/2022");
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[2022-02-22]0");
  g_clear_pointer (&stored, g_free);

  /* Right at last: saved, and the problem goes. */
  td_test_type_text (issue_row, "28/02/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_null (td_test_problem_under (issue_row));
  g_assert_null (td_test_shown_problem (editor));
  g_assert_false (gtk_widget_has_css_class (issue_row, "error"));
  g_assert_false (td_plan_editor_has_unsaved (editor));
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[2022-02-28]2");

  td_test_close_window (&window);
}

/* Printed before it is signed: the date, or its day, left for the clerk to write in. */
static void
test_blank (void)
{
  g_autofree char *path = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *line = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPlanEditor *editor;
  GtkWidget *issue_row;

  editor = edit_heading (window, &issue_row);
  td_test_type_text (issue_row, "");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_null (td_test_shown_problem (editor));
  g_assert_cmpstr (save_status (editor), ==, "Saved");
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[]0");
  g_clear_pointer (&stored, g_free);
  line = store_date_line (window, TD_SAMPLE_YEAR);
  g_assert_cmpstr (line, ==, "Tùng Ảnh, ngày     tháng     năm 2022");
  g_clear_pointer (&line, g_free);
  assert_date_line_on_screen (window, "Tùng Ảnh, ngày     tháng     năm 2022");
  editor = edit_heading_again (window, &issue_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "");

  /* The month known, the day blank. */
  td_test_type_text (issue_row, "3/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_null (td_test_shown_problem (editor));
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[]3");
  g_clear_pointer (&stored, g_free);
  line = store_date_line (window, TD_SAMPLE_YEAR);
  g_assert_cmpstr (line, ==, "Tùng Ảnh, ngày     tháng 3 năm 2022");
  assert_date_line_on_screen (window, "Tùng Ảnh, ngày     tháng 3 năm 2022");
  td_test_save_screenshot (GTK_WIDGET (window), "issue-date-03-blank-day");
  editor = edit_heading_again (window, &issue_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "03/2022");

  /* The plan's year alone is the same as nothing: the month goes blank too. */
  td_test_type_text (issue_row, "2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_null (td_test_shown_problem (editor));
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[]0");
  g_clear_pointer (&stored, g_free);

  /* Not a month: said, and the month stays blank. */
  td_test_type_text (issue_row, "13/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (td_test_problem_under (issue_row), ==,
                   "13/2022 is not a date: months go from 1 to 12");
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[]0");
  g_clear_pointer (&stored, g_free);

  /* A date not valid would hold the window open, asking what to do with it. */
  td_test_type_text (issue_row, "12/2022");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_false (td_plan_editor_has_unsaved (editor));
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[]12");

  td_test_close_window (&window);
}

/* The calendar opens on the date stored, or typed since, and a day picked is saved. */
static void
test_calendar (void)
{
  g_autofree char *path = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GDateTime) picked = g_date_time_new_local (2022, 3, 15, 0, 0, 0);
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPlanEditor *editor;
  GtkWidget *issue_row;
  GtkPopover *popover;
  GtkCalendar *calendar;

  editor = edit_heading (window, &issue_row);
  calendar = open_calendar (issue_row, &popover);
  assert_calendar_shows (calendar, 2022, 2, 22, "February");
  td_test_save_screenshot (GTK_WIDGET (window), "issue-date-04-calendar");

  gtk_calendar_select_day (calendar, picked);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issue_row)), ==, "15/03/2022");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  /* Saved at once, not a moment later. */
  g_assert_false (td_plan_editor_has_unsaved (editor));
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[2022-03-15]3");
  g_clear_pointer (&stored, g_free);

  /* Typed since: it opens there, in another year too. */
  td_test_type_text (issue_row, "28/12/2021");
  calendar = open_calendar (issue_row, &popover);
  assert_calendar_shows (calendar, 2021, 12, 28, "December");
  gtk_popover_popdown (popover);
  td_test_wait_for_save (GTK_WIDGET (window));
  stored = file_issue_date (path, TD_SAMPLE_YEAR);
  g_assert_cmpstr (stored, ==, "[2021-12-28]12");
  g_clear_pointer (&stored, g_free);

  /* A task's dates have the same calendars: one opens on the task's end. */
  {
    g_autoptr(GListModel) tasks = td_store_list_tasks (td_window_get_store (window),
                                                       td_plan_get_id (td_plan_view_get_plan (
                                                         td_window_get_plan_view (window))),
                                                       NULL);
    g_autoptr(TdTask) task = g_list_model_get_item (tasks, 0);
    g_autofree char *end_text = NULL;
    g_autofree char *drawn = NULL;
    GtkWidget *end_row;
    GDate end;

    editor = td_test_select_part (window, TD_PLAN_ROW_TASK, td_task_get_id (task));
    end_row = td_test_entry_row (editor, "End date (dd/mm/yyyy)");
    td_test_scroll_into_view (end_row);
    g_assert_true (td_date_parse_iso (td_task_get_end_date (task), &end));
    calendar = open_calendar (end_row, &popover);
    end_text = g_strdup_printf (" [%d] ", g_date_get_day (&end));
    drawn = drawn_labels (calendar);
    g_assert_nonnull (strstr (drawn, end_text));
    gtk_popover_popdown (popover);
  }

  td_test_close_window (&window);
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

  /* English whatever the developer's session speaks. */
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  app = td_test_start_application ();

  g_test_add_func ("/issue-date/other-year", test_other_year);
  g_test_add_func ("/issue-date/not-a-day", test_not_a_day);
  g_test_add_func ("/issue-date/blank", test_blank);
  g_test_add_func ("/issue-date/calendar", test_calendar);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
