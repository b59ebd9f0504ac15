/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline's rows: the sample's tasks in plan order under four quarter headers, folded
 * away by quarter (from the keyboard too), and filtered.
 *
 * As in every test-timeline-*.c, the timeline is in the real window, on the sample plan,
 * driven through the handlers real input runs; what is asserted is what the user sees and
 * what the file holds, read back with SQLite itself. "Today" is 15 June 2022, so statuses
 * do not depend on the calendar. With TD_SHOT_DIR set, screenshots of the window are saved
 * there too.
 */
#define G_LOG_DOMAIN "test-timeline-rows"

#include "config.h"

#include "td-test-db.h"
#include "td-test-timeline.h"
#include "td-test-ui.h"
#include "td-timeline.h"

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
test_rows (TdTestTimelineFixture *fixture,
           gconstpointer          data)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  g_autofree char *rows = td_test_timeline_shown_rows (fixture);
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
      const TdTimelineRow *row =
        td_timeline_layout_get_row (layout, td_timeline_layout_quarter_row (layout, q));

      g_assert_cmpint (row->kind, ==, TD_TIMELINE_ROW_QUARTER);
      g_assert_cmpuint (row->n_tasks, ==, counts[q]);
      g_assert_cmpuint (row->n_tasks, ==, g_ascii_strtoull (in_file, NULL, 10));
    }

  /* Each bar where the file puts it; numbered and worded as the file has them. */
  for (int number = 1; number <= 9; number++)
    {
      const TdTimelineTask *task = td_test_timeline_shown_task (fixture, number);
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
  td_test_timeline_assert_description (fixture, "No task selected");

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
  td_timeline_layout_hit_test (layout, metrics.name_width / 2, header_y,
                               td_test_timeline_x_offset (fixture), 0, &hit);
  g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_QUARTER);
  g_assert_cmpint (hit.quarter, ==, 1);

  td_timeline_layout_set_collapsed (layout, 1, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->timeline));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_cmpuint (td_timeline_layout_get_row (layout, 0)->n_tasks, ==, 4);
  g_assert_cmpuint (td_test_timeline_shown_task (fixture, 1)->row, ==, G_MAXUINT);
  /* Down from nothing goes to the first task shown, past the folded group. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 5);

  td_timeline_layout_set_collapsed (layout, 1, FALSE);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->timeline));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
}

/* The look-ahead, quarter and unit filters, with a clear sign while one is on. */
static void
test_filters (TdTestTimelineFixture *fixture,
              gconstpointer          data)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  GtkWidget *clear = td_test_timeline_toolbar_button (fixture, CLEAR_FILTER);
  g_autofree char *rows = NULL;
  g_autofree char *before = td_test_timeline_file_all_tasks (fixture->path);
  g_autofree char *after = NULL;

  g_assert_false (td_test_widget_on_screen (clear));
  g_assert_false (td_timeline_layout_is_filtered (layout));

  /* Overdue on 15 June: the first quarter's four. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Look ahead"), "Overdue");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4");
  g_assert_true (td_test_widget_on_screen (clear));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-05-overdue");

  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_false (td_test_widget_on_screen (clear));
  g_assert_cmpuint (gtk_drop_down_get_selected (find_dropdown (GTK_WIDGET (fixture->page),
                                                               "Look ahead")), ==, 0);

  /* This quarter (QUÝ II on 15 June) and the next 30 days (to 15 July). */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Look ahead"), "This quarter");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q2 5 6");
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Look ahead"), "Next 30 days");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q2 5 6 Q3 7");
  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));

  /* A quarter. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Quarter"), "QUÝ III");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q3 7");
  g_assert_true (td_test_widget_on_screen (clear));
  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));

  /* A unit: the tasks linked to it. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Unit"), "VP nội vụ");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 3 Q2 6 Q3 7");
  g_assert_true (td_test_widget_on_screen (clear));

  /* Filters add up: that unit's overdue tasks. */
  choose (find_dropdown (GTK_WIDGET (fixture->page), "Status"), "Overdue");
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 3");

  td_test_click (clear);
  td_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_clear_pointer (&rows, g_free);
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_false (td_test_widget_on_screen (clear));

  /* Filtering is looking, not changing. */
  after = td_test_timeline_file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* Folding quarters from the keyboard: − folds the selected task's quarter, + unfolds all. */
static void
test_fold_keys (TdTestTimelineFixture *fixture,
                gconstpointer          data)
{
  g_autofree char *before = td_test_timeline_shown_rows (fixture);
  g_autofree char *folded = NULL;
  g_autofree char *unfolded = NULL;

  g_assert_cmpstr (before, ==, "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9");
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Down, 0));
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_minus, 0));
  folded = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (folded, ==, "Q1 Q2 5 6 Q3 7 Q4 8 9");
  g_assert_true (td_timeline_layout_get_collapsed (td_test_timeline_layout_of (fixture), 1));

  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_plus, 0));
  unfolded = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (unfolded, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  td_test_timeline_init (&argc, argv);

#define ADD(path, func) \
  g_test_add (path, TdTestTimelineFixture, NULL, td_test_timeline_set_up, func, \
              td_test_timeline_tear_down)
  ADD ("/timeline/rows", test_rows);
  ADD ("/timeline/filters", test_filters);
  ADD ("/timeline/fold-keys", test_fold_keys);
#undef ADD

  return td_test_timeline_run ();
}
