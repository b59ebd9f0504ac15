/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-timeline-layout"

#include "config.h"

#include <math.h>

#include "td-timeline-layout.h"

/* The timeline's geometry with no display: dates and x, rows and y, hit testing, snapping,
 * groups, filters and the keyboard's steps. */

#define TODAY "2022-06-15"

static TdTask *
make_task (gint64        id,
           int           quarter,
           const char   *start,
           const char   *end,
           TdTaskStatus  status,
           gboolean      milestone)
{
  TdTask *task = td_task_new ();
  g_autofree char *content = g_strdup_printf ("Nhiệm vụ %" G_GINT64_FORMAT, id);

  td_task_set_id (task, id);
  td_task_set_number (task, (int) id);
  td_task_set_quarter (task, quarter);
  td_task_set_content (task, content);
  td_task_set_start_date (task, start);
  td_task_set_end_date (task, end);
  td_task_set_status (task, status);
  td_task_set_milestone (task, milestone);
  return task;
}

static void
append (GListStore *store,
        TdTask     *task)
{
  g_list_store_append (store, task);
  g_object_unref (task);
}

/* Nine tasks as the sample has them by quarter (4, 2, 1, 2), with dates and statuses to
 * test against; quarter 3 holds a milestone. */
static GListStore *
plan_tasks (void)
{
  GListStore *store = g_list_store_new (TD_TYPE_TASK);

  append (store, make_task (11, 1, "2022-01-03", "2022-01-31", TD_TASK_DONE, FALSE));
  append (store, make_task (12, 1, "2022-01-10", "2022-03-31", TD_TASK_IN_PROGRESS, FALSE));
  append (store, make_task (13, 1, "2022-02-01", "2022-02-28", TD_TASK_CANCELLED, FALSE));
  append (store, make_task (14, 1, "", "", TD_TASK_PLANNED, FALSE));
  append (store, make_task (21, 2, "2022-05-01", "2022-06-20", TD_TASK_PLANNED, FALSE));
  append (store, make_task (22, 2, "2022-06-01", "2022-06-14", TD_TASK_IN_PROGRESS, FALSE));
  append (store, make_task (31, 3, "2022-07-15", "2022-07-15", TD_TASK_PLANNED, TRUE));
  append (store, make_task (41, 4, "2022-10-01", "2022-12-31", TD_TASK_PLANNED, FALSE));
  append (store, make_task (42, 4, "2022-12-20", "2022-09-01", TD_TASK_PLANNED, FALSE));
  return store;
}

static TdTimelineLayout *
plan_layout (void)
{
  g_autoptr(GListStore) tasks = plan_tasks ();
  TdTimelineLayout *layout = td_timeline_layout_new ();

  td_timeline_layout_set_year (layout, 2022);
  td_timeline_layout_set_today (layout, TODAY);
  td_timeline_layout_set_tasks (layout, G_LIST_MODEL (tasks));
  td_timeline_layout_set_viewport (layout, 1600, 800);
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_YEAR, 0);
  return layout;
}

static const TdTimelineTask *
task_by_id (TdTimelineLayout *layout,
            gint64            id)
{
  guint index = td_timeline_layout_find_task (layout, id);

  g_assert_cmpuint (index, !=, G_MAXUINT);
  return td_timeline_layout_get_task (layout, index);
}

/* The ids in row order, quarter headers as "Q1". */
static char *
rows_string (TdTimelineLayout *layout)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < td_timeline_layout_get_n_rows (layout); r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (layout, r);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (row->kind == TD_TIMELINE_ROW_QUARTER)
        g_string_append_printf (out, "Q%d", row->quarter);
      else
        g_string_append_printf (out, "%" G_GINT64_FORMAT,
                                td_timeline_layout_get_task (layout, row->task)->id);
    }
  return g_string_free (out, FALSE);
}

#define assert_rows(layout, expected) G_STMT_START { \
  g_autofree char *rows__ = rows_string (layout); \
  g_assert_cmpstr (rows__, ==, (expected)); \
} G_STMT_END

/* Tests ------------------------------------------------------------------------------------- */

/* Every date of the year to x and back, at every zoom; x to a date and back lands within
 * half a day of where it started. */
static void
test_dates (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  const TdTimelineZoom zooms[] = { TD_TIMELINE_ZOOM_YEAR, TD_TIMELINE_ZOOM_QUARTER,
                                   TD_TIMELINE_ZOOM_MONTH };
  const double custom[] = { 0.3, 1.0, 3.7, 12.5, 40.0, 400.0 };

  for (guint z = 0; z < G_N_ELEMENTS (zooms) + G_N_ELEMENTS (custom); z++)
    {
      double ppd;

      if (z < G_N_ELEMENTS (zooms))
        td_timeline_layout_zoom_to (layout, zooms[z], 100);
      else
        {
          td_timeline_layout_set_viewport (layout, 0, 0);
          td_timeline_layout_set_pixels_per_day (layout, custom[z - G_N_ELEMENTS (zooms)]);
        }
      ppd = td_timeline_layout_get_pixels_per_day (layout);

      for (int day = 0; day < 365; day++)
        {
          g_autofree char *iso = td_timeline_layout_day_to_iso (layout, day);
          g_autofree char *back = NULL;
          g_autofree char *inside = NULL;
          double x, xm;
          int parsed;

          g_assert_true (td_timeline_layout_x_for_date (layout, iso, &x));
          g_assert_cmpfloat_with_epsilon (x, day * ppd, 1e-6);
          /* The start of the day, its middle and its last pixel are that day. */
          back = td_timeline_layout_date_at_x (layout, x);
          g_assert_cmpstr (back, ==, iso);
          inside = td_timeline_layout_date_at_x (layout, x + ppd * 0.999);
          g_assert_cmpstr (inside, ==, iso);
          g_assert_true (td_timeline_layout_day_from_iso (layout, iso, &parsed));
          g_assert_cmpint (parsed, ==, day);

          /* Any x: its date's middle is within half a day of it. */
          xm = x + ppd * ((day * 37) % 100) / 100.0;
          g_assert_cmpfloat (fabs (td_timeline_layout_x_for_day (
                               layout, floor (td_timeline_layout_day_at_x (layout, xm)) + 0.5) -
                             xm), <=, ppd / 2 + 1e-9);
        }
    }

  /* The year's ends, and days beyond them. */
  {
    g_autofree char *first = td_timeline_layout_day_to_iso (layout, 0);
    g_autofree char *last = td_timeline_layout_day_to_iso (layout, 364);
    g_autofree char *after = td_timeline_layout_day_to_iso (layout, 365);
    g_autofree char *before = td_timeline_layout_day_to_iso (layout, -1);

    g_assert_cmpstr (first, ==, "2022-01-01");
    g_assert_cmpstr (last, ==, "2022-12-31");
    g_assert_cmpstr (after, ==, "2023-01-01");
    g_assert_cmpstr (before, ==, "2021-12-31");
  }
  g_assert_false (td_timeline_layout_x_for_date (layout, "2022-02-30", NULL));
  g_assert_false (td_timeline_layout_x_for_date (layout, "", NULL));
  g_assert_false (td_timeline_layout_x_for_date (layout, "2022-2-3", NULL));
}

static void
test_zoom (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  TdTimelineMetrics m;
  double x_offset, before, after, chart;
  int first, end;

  td_timeline_layout_get_metrics (layout, &m);
  chart = 1600 - m.name_width;
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_chart_width (layout), chart, 1e-9);

  /* The year fits, and keeps fitting as the window changes. */
  x_offset = td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_YEAR, 0);
  g_assert_cmpfloat (x_offset, ==, 0);
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_content_width (layout), chart, 1e-6);
  td_timeline_layout_set_viewport (layout, 1000, 800);
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_content_width (layout),
                                  1000 - m.name_width, 1e-6);
  td_timeline_layout_set_viewport (layout, 1600, 800);

  /* A quarter: QUÝ III (92 days) fills the chart from its first day. */
  x_offset = td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_QUARTER, 200);
  td_timeline_layout_quarter_days (layout, 3, &first, &end);
  g_assert_cmpint (end - first, ==, 92);
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), chart / 92,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (x_offset, td_timeline_layout_x_for_day (layout, first), 1e-6);
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_QUARTER);

  /* A month: February's 28 days. */
  x_offset = td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_MONTH, 40);
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), chart / 28,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (x_offset, td_timeline_layout_x_for_day (layout, 31), 1e-6);

  /* Ctrl+wheel: the date under the pointer stays under it. */
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_YEAR, 0);
  x_offset = 0;
  for (int step = 0; step < 12; step++)
    {
      double pointer = m.name_width + 300 + step * 50;
      double ppd = td_timeline_layout_get_pixels_per_day (layout) * (step < 8 ? 1.5 : 0.8);

      before = td_timeline_layout_day_at_view_x (layout, pointer, x_offset);
      x_offset = td_timeline_layout_zoom_at (layout, ppd, pointer, x_offset);
      after = td_timeline_layout_day_at_view_x (layout, pointer, x_offset);
      g_assert_cmpfloat_with_epsilon (before, after, 1e-6);
      g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_CUSTOM);
    }

  /* Never narrower than the year fitted, never past the limit; offsets stay in range. */
  td_timeline_layout_set_pixels_per_day (layout, 0.01);
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), chart / 365,
                                  1e-9);
  g_assert_cmpfloat (td_timeline_layout_clamp_x_offset (layout, 500), ==, 0);
  td_timeline_layout_set_pixels_per_day (layout, 1e6);
  g_assert_cmpfloat (td_timeline_layout_get_pixels_per_day (layout), ==, TD_TIMELINE_MAX_PPD);
  g_assert_cmpfloat (td_timeline_layout_clamp_x_offset (layout, -5), ==, 0);
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_clamp_x_offset (layout, 1e9),
                                  365 * TD_TIMELINE_MAX_PPD - chart, 1e-6);
}

static void
test_rows (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  TdTimelineMetrics m;
  guint header, first, end;
  double q2_y;

  td_timeline_layout_get_metrics (layout, &m);
  assert_rows (layout, "Q1 11 12 13 14 Q2 21 22 Q3 31 Q4 41 42");
  g_assert_cmpuint (td_timeline_layout_get_row (layout, 0)->n_tasks, ==, 4);
  g_assert_cmpuint (task_by_id (layout, 21)->row, ==, 6);
  g_assert_cmpfloat (td_timeline_layout_row_y (layout, 6), ==, 6 * m.row_height);
  g_assert_cmpfloat (td_timeline_layout_get_content_height (layout), ==, 13 * m.row_height);

  /* Blank dates are the quarter's bounds; an end before the start is the start. */
  g_assert_cmpint (task_by_id (layout, 14)->start, ==, 0);
  g_assert_cmpint (task_by_id (layout, 14)->end, ==, 89);
  g_assert_cmpint (task_by_id (layout, 42)->end, ==, task_by_id (layout, 42)->start);

  /* Collapsing QUÝ I: its tasks have no row, what follows moves up by four rows. */
  q2_y = td_timeline_layout_row_y (layout, td_timeline_layout_quarter_row (layout, 2));
  td_timeline_layout_set_collapsed (layout, 1, TRUE);
  assert_rows (layout, "Q1 Q2 21 22 Q3 31 Q4 41 42");
  g_assert_cmpuint (task_by_id (layout, 12)->row, ==, G_MAXUINT);
  g_assert_cmpfloat (td_timeline_layout_row_y (layout, td_timeline_layout_quarter_row (layout, 2)),
                     ==, q2_y - 4 * m.row_height);
  g_assert_cmpuint (task_by_id (layout, 21)->row, ==, 2);
  g_assert_true (td_timeline_layout_quarter_rows (layout, 1, &header, &first, &end));
  g_assert_cmpuint (header, ==, 0);
  g_assert_cmpuint (first, ==, end);
  /* Still counted in its header. */
  g_assert_cmpuint (td_timeline_layout_get_row (layout, 0)->n_tasks, ==, 4);
  {
    TdTimelineRect rect;

    g_assert_false (td_timeline_layout_get_bar (layout, td_timeline_layout_find_task (layout, 12),
                                                &rect));
  }

  td_timeline_layout_set_collapsed (layout, 3, TRUE);
  assert_rows (layout, "Q1 Q2 21 22 Q3 Q4 41 42");
  td_timeline_layout_set_collapsed (layout, 1, FALSE);
  td_timeline_layout_set_collapsed (layout, 3, FALSE);
  assert_rows (layout, "Q1 11 12 13 14 Q2 21 22 Q3 31 Q4 41 42");

  /* An empty quarter keeps its header, as the plan prints it. */
  {
    g_autoptr(GListStore) tasks = g_list_store_new (TD_TYPE_TASK);

    append (tasks, make_task (5, 2, "", "", TD_TASK_PLANNED, FALSE));
    td_timeline_layout_set_tasks (layout, G_LIST_MODEL (tasks));
    assert_rows (layout, "Q1 Q2 5 Q3 Q4");
    g_assert_cmpuint (td_timeline_layout_find_task (layout, 11), ==, G_MAXUINT);
    td_timeline_layout_set_tasks (layout, NULL);
    assert_rows (layout, "Q1 Q2 Q3 Q4");
  }
}

static void
test_visible (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  TdTimelineMetrics m;
  guint first, end;
  double rh;

  td_timeline_layout_get_metrics (layout, &m);
  rh = m.row_height;

  td_timeline_layout_visible_rows (layout, 0, 3 * rh, &first, &end);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (end, ==, 3);
  /* A pixel into row 3 shows it; a pixel short of row 1's end still shows row 1. */
  td_timeline_layout_visible_rows (layout, 0, 3 * rh + 1, &first, &end);
  g_assert_cmpuint (end, ==, 4);
  td_timeline_layout_visible_rows (layout, 2 * rh - 1, rh, &first, &end);
  g_assert_cmpuint (first, ==, 1);
  g_assert_cmpuint (end, ==, 3);
  /* Past the last row, before the first, and an area taller than everything. */
  td_timeline_layout_visible_rows (layout, 12 * rh, 10 * rh, &first, &end);
  g_assert_cmpuint (first, ==, 12);
  g_assert_cmpuint (end, ==, 13);
  td_timeline_layout_visible_rows (layout, 13 * rh, 10 * rh, &first, &end);
  g_assert_cmpuint (first, ==, 13);
  g_assert_cmpuint (end, ==, 13);
  td_timeline_layout_visible_rows (layout, -50 * rh, 10 * rh, &first, &end);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (end, ==, 0);
  td_timeline_layout_visible_rows (layout, -rh / 2, 1000 * rh, &first, &end);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (end, ==, 13);
  td_timeline_layout_visible_rows (layout, 0, 0, &first, &end);
  g_assert_cmpuint (first, ==, end);

  g_assert_cmpuint (td_timeline_layout_row_at_y (layout, -1), ==, G_MAXUINT);
  g_assert_cmpuint (td_timeline_layout_row_at_y (layout, 0), ==, 0);
  g_assert_cmpuint (td_timeline_layout_row_at_y (layout, rh - 0.01), ==, 0);
  g_assert_cmpuint (td_timeline_layout_row_at_y (layout, rh), ==, 1);
  g_assert_cmpuint (td_timeline_layout_row_at_y (layout, 13 * rh), ==, G_MAXUINT);

  /* Scrolling a row into view moves as little as it can. */
  g_assert_cmpfloat (td_timeline_layout_scroll_to_row (layout, 2, 0, 5 * rh), ==, 0);
  g_assert_cmpfloat (td_timeline_layout_scroll_to_row (layout, 8, 0, 5 * rh), ==, 4 * rh);
  g_assert_cmpfloat (td_timeline_layout_scroll_to_row (layout, 1, 4 * rh, 5 * rh), ==, rh);

  /* The viewport is 800 high: everything fits, nothing to scroll. */
  g_assert_cmpfloat (td_timeline_layout_clamp_y_offset (layout, 100), ==, 0);
  td_timeline_layout_set_viewport (layout, 1600, m.header_height + 5 * rh);
  g_assert_cmpfloat (td_timeline_layout_clamp_y_offset (layout, 1e6), ==, 8 * rh);
}

static void
test_hit (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  TdTimelineMetrics m;
  TdTimelineHit hit;
  const TdTimelineTask *task = task_by_id (layout, 21);
  double x0, x1, y, x_offset = 0, y_offset = 0;

  td_timeline_layout_get_metrics (layout, &m);
  g_assert_cmpfloat (m.edge_grab, ==, 3.0);

  for (int pass = 0; pass < 2; pass++)
    {
      /* The second time, zoomed in and scrolled both ways. */
      if (pass == 1)
        {
          td_timeline_layout_set_viewport (layout, 1600, m.header_height + 4 * m.row_height);
          x_offset = td_timeline_layout_zoom_at (layout, 12.0, 800, 0);
          x_offset = td_timeline_layout_clamp_x_offset (layout, td_timeline_layout_x_for_day (
                                                          layout, task->start - 5));
          y_offset = td_timeline_layout_clamp_y_offset (layout, 3 * m.row_height);
        }
      x0 = td_timeline_layout_view_x (layout, task->start, x_offset);
      x1 = td_timeline_layout_view_x (layout, task->end + 1, x_offset);
      y = m.header_height + td_timeline_layout_row_y (layout, task->row) - y_offset +
          m.row_height / 2;

#define HIT(vx, vy) td_timeline_layout_hit_test (layout, (vx), (vy), x_offset, y_offset, &hit)
      HIT (x0 - 3, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_START);
      g_assert_cmpuint (hit.task, ==, td_timeline_layout_find_task (layout, 21));
      g_assert_cmpuint (hit.row, ==, task->row);
      g_assert_cmpint (hit.quarter, ==, 2);
      HIT (x0 + 2.9, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_START);
      HIT (x0 - 3.5, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_ROW);
      HIT (x0 + 3.5, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_BAR);
      HIT ((x0 + x1) / 2, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_BAR);
      g_assert_cmpint (hit.day, ==, (int) floor (td_timeline_layout_day_at_view_x (
                                                   layout, (x0 + x1) / 2, x_offset)));
      HIT (x1 - 2.9, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_END);
      HIT (x1 + 3, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_END);
      HIT (x1 + 3.5, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_ROW);
      /* The whole height of the row grabs. */
      HIT ((x0 + x1) / 2, y - m.row_height / 2 + 0.5);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_BAR);
      HIT ((x0 + x1) / 2, y + m.row_height / 2 - 0.5);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_BAR);
      g_assert_cmpuint (hit.task, ==, td_timeline_layout_find_task (layout, 21));
      /* A pixel lower is the next row, task 22 (1 – 14 June) and off its bar here. */
      HIT ((x0 + x1) / 2, y + m.row_height / 2 + 0.5);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_ROW);
      g_assert_cmpuint (hit.task, ==, td_timeline_layout_find_task (layout, 22));
      {
        const TdTimelineTask *next = task_by_id (layout, 22);

        HIT (td_timeline_layout_view_x (layout, (next->start + next->end + 1) / 2.0, x_offset),
             y + m.row_height / 2 + 0.5);
        g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_BAR);
      }
      /* The name column and the header row above. */
      HIT (10, y);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_NAME);
      g_assert_cmpuint (hit.task, ==, td_timeline_layout_find_task (layout, 21));
      HIT (m.name_width - 1, y - m.row_height);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_QUARTER);
      g_assert_cmpint (hit.quarter, ==, 2);
      g_assert_cmpuint (hit.task, ==, G_MAXUINT);
      HIT ((x0 + x1) / 2, y - m.row_height);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_QUARTER);
      /* The frozen parts on top. */
      HIT ((x0 + x1) / 2, m.header_height - 1);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_TIME_HEADER);
      HIT (5, 5);
      g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_CORNER);
#undef HIT
    }

  /* A one-day bar at the year's zoom (about 3.4 px): its edges, and a body between. */
  td_timeline_layout_set_viewport (layout, 1600, 800);
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_YEAR, 0);
  task = task_by_id (layout, 42);
  x0 = td_timeline_layout_view_x (layout, task->start, 0);
  x1 = td_timeline_layout_view_x (layout, task->end + 1, 0);
  y = m.header_height + td_timeline_layout_row_y (layout, task->row) + m.row_height / 2;
  td_timeline_layout_hit_test (layout, x0 - 2, y, 0, 0, &hit);
  g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_START);
  td_timeline_layout_hit_test (layout, (x0 + x1) / 2, y, 0, 0, &hit);
  g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_BAR);
  td_timeline_layout_hit_test (layout, x1 + 2, y, 0, 0, &hit);
  g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_END);

  /* The milestone's diamond: its centre and near its tips, not its box's corners. */
  {
    TdTimelineRect rect;
    double cx, cy, half;

    task = task_by_id (layout, 31);
    g_assert_true (td_timeline_layout_get_bar (layout, td_timeline_layout_find_task (layout, 31),
                                               &rect));
    cx = m.name_width + rect.x + rect.width / 2;
    cy = m.header_height + rect.y + rect.height / 2;
    half = rect.width / 2;
    g_assert_cmpfloat_with_epsilon (cx, td_timeline_layout_view_x (layout, task->start + 0.5, 0),
                                    1e-9);
    td_timeline_layout_hit_test (layout, cx, cy, 0, 0, &hit);
    g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_MILESTONE);
    td_timeline_layout_hit_test (layout, cx + half - 1, cy, 0, 0, &hit);
    g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_MILESTONE);
    td_timeline_layout_hit_test (layout, cx, cy - half + 1, 0, 0, &hit);
    g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_MILESTONE);
    td_timeline_layout_hit_test (layout, cx + half + 2, cy, 0, 0, &hit);
    g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_MILESTONE);
    td_timeline_layout_hit_test (layout, cx + half, cy - half, 0, 0, &hit);
    g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_ROW);
    td_timeline_layout_hit_test (layout, cx + half + 4, cy, 0, 0, &hit);
    g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_ROW);
  }

  /* Below the last row. */
  td_timeline_layout_hit_test (layout, 800, 790, 0, 0, &hit);
  g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_NONE);
  g_assert_cmpuint (hit.row, ==, G_MAXUINT);
}

static void
test_snap (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  guint index = td_timeline_layout_find_task (layout, 21);
  const TdTimelineTask *task = td_timeline_layout_get_task (layout, index);
  double ppd;
  int s, e;

  td_timeline_layout_set_pixels_per_day (layout, 10.0);
  ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_cmpfloat (ppd, ==, 10.0);

  g_assert_cmpint (td_timeline_layout_snap_x (layout, 124), ==, 12);
  g_assert_cmpint (td_timeline_layout_snap_x (layout, 126), ==, 13);
  g_assert_cmpint (td_timeline_layout_snap_x (layout, -4), ==, 0);

  /* Less than half a day is no move. */
  g_assert_false (td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_MOVE, 4.9, &s,
                                                &e));
  g_assert_cmpint (s, ==, task->start);
  g_assert_cmpint (e, ==, task->end);
  g_assert_true (td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_MOVE, 26, &s, &e));
  g_assert_cmpint (s, ==, task->start + 3);
  g_assert_cmpint (e, ==, task->end + 3);
  g_assert_true (td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_MOVE, -24, &s, &e));
  g_assert_cmpint (s, ==, task->start - 2);
  g_assert_cmpint (e - s, ==, task->end - task->start);

  /* Edges: the start never passes the end, nor the end the start. */
  g_assert_true (td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_START, -71, &s,
                                               &e));
  g_assert_cmpint (s, ==, task->start - 7);
  g_assert_cmpint (e, ==, task->end);
  td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_START, 1000 * ppd, &s, &e);
  g_assert_cmpint (s, ==, task->end);
  td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_END, 50, &s, &e);
  g_assert_cmpint (s, ==, task->start);
  g_assert_cmpint (e, ==, task->end + 5);
  td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_END, -1000 * ppd, &s, &e);
  g_assert_cmpint (e, ==, task->start);

  /* The year's ends hold: a move keeps the length. */
  td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_MOVE, 1e6, &s, &e);
  g_assert_cmpint (e, ==, 364);
  g_assert_cmpint (e - s, ==, task->end - task->start);
  td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_MOVE, -1e6, &s, &e);
  g_assert_cmpint (s, ==, 0);
  td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_END, 1e6, &s, &e);
  g_assert_cmpint (e, ==, 364);

  /* A milestone only moves, whatever edge it was taken by. */
  index = td_timeline_layout_find_task (layout, 31);
  task = td_timeline_layout_get_task (layout, index);
  td_timeline_layout_drag_days (layout, index, TD_TIMELINE_DRAG_END, 40, &s, &e);
  g_assert_cmpint (s, ==, task->start + 4);
  g_assert_cmpint (e, ==, s);

  /* A move into another quarter: the widget asks which. */
  g_assert_cmpint (td_timeline_layout_quarter_of_day (layout, s), ==, 3);
  g_assert_cmpint (td_timeline_layout_quarter_of_day (layout, 0), ==, 1);
  g_assert_cmpint (td_timeline_layout_quarter_of_day (layout, 89), ==, 1);
  g_assert_cmpint (td_timeline_layout_quarter_of_day (layout, 90), ==, 2);
  g_assert_cmpint (td_timeline_layout_quarter_of_day (layout, 364), ==, 4);
}

static void
test_overdue (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();

  /* 15 June: a task that ended on 14 June is overdue, one that ends on 20 June is not;
   * done and cancelled work never is. */
  g_assert_cmpint (td_timeline_layout_get_today (layout), ==, 165);
  g_assert_cmpint (task_by_id (layout, 11)->status, ==, TD_TIMELINE_DONE);
  g_assert_cmpint (task_by_id (layout, 11)->progress, ==, 100);
  g_assert_cmpint (task_by_id (layout, 12)->status, ==, TD_TIMELINE_OVERDUE);
  g_assert_cmpint (task_by_id (layout, 13)->status, ==, TD_TIMELINE_CANCELLED);
  g_assert_cmpint (task_by_id (layout, 14)->status, ==, TD_TIMELINE_OVERDUE);
  g_assert_cmpint (task_by_id (layout, 21)->status, ==, TD_TIMELINE_PLANNED);
  g_assert_cmpint (task_by_id (layout, 22)->status, ==, TD_TIMELINE_OVERDUE);
  g_assert_cmpint (task_by_id (layout, 31)->status, ==, TD_TIMELINE_PLANNED);

  /* On its last day it is not overdue yet; the day after, it is. */
  td_timeline_layout_set_today (layout, "2022-06-14");
  g_assert_cmpint (task_by_id (layout, 22)->status, ==, TD_TIMELINE_IN_PROGRESS);
  td_timeline_layout_set_today (layout, "2022-06-21");
  g_assert_cmpint (task_by_id (layout, 21)->status, ==, TD_TIMELINE_OVERDUE);
  /* On the year's last day everything not finished that should have been is overdue. */
  td_timeline_layout_set_today (layout, "2022-12-31");
  g_assert_false (td_timeline_layout_year_has_ended (layout));
  g_assert_cmpint (task_by_id (layout, 41)->status, ==, TD_TIMELINE_PLANNED);
  g_assert_cmpint (task_by_id (layout, 12)->status, ==, TD_TIMELINE_OVERDUE);
  g_assert_cmpint (td_timeline_layout_count_status (layout, TD_TIMELINE_OVERDUE), ==, 6);
  /* Once the year has ended, each task shows what was recorded: not started, in progress,
   * done or cancelled, and none of them overdue. */
  td_timeline_layout_set_today (layout, "2023-01-01");
  g_assert_true (td_timeline_layout_year_has_ended (layout));
  g_assert_cmpint (td_timeline_layout_count_status (layout, TD_TIMELINE_OVERDUE), ==, 0);
  g_assert_cmpint (task_by_id (layout, 11)->status, ==, TD_TIMELINE_DONE);
  g_assert_cmpint (task_by_id (layout, 12)->status, ==, TD_TIMELINE_IN_PROGRESS);
  g_assert_cmpint (task_by_id (layout, 13)->status, ==, TD_TIMELINE_CANCELLED);
  g_assert_cmpint (task_by_id (layout, 14)->status, ==, TD_TIMELINE_PLANNED);
  g_assert_cmpint (td_timeline_layout_count_status (layout, TD_TIMELINE_PLANNED), ==, 5);
  g_assert_cmpint (td_timeline_layout_count_status (layout, TD_TIMELINE_IN_PROGRESS), ==, 2);
  td_timeline_layout_set_today (layout, "2026-03-01");
  g_assert_cmpint (task_by_id (layout, 22)->status, ==, TD_TIMELINE_IN_PROGRESS);
  /* A year before, nothing is overdue and the year has not ended. */
  td_timeline_layout_set_today (layout, "2021-12-01");
  g_assert_false (td_timeline_layout_year_has_ended (layout));
  g_assert_cmpint (td_timeline_layout_count_status (layout, TD_TIMELINE_OVERDUE), ==, 0);
  g_assert_false (td_timeline_layout_get_today_x (layout, NULL));

  /* The real today, when none is given. */
  td_timeline_layout_set_today (layout, NULL);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
    int day;

    g_assert_true (td_timeline_layout_day_from_iso (layout, iso, &day));
    g_assert_cmpint (td_timeline_layout_get_today (layout), ==, day);
  }
}

static void
test_filters (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  const char * const units_11[] = { "VP nội vụ", "HTX", NULL };
  const char * const units_21[] = { "VP nội vụ", NULL };
  const char * const units_41[] = { "Trạm y tế", NULL };
  TdTimelineFilter filter = { 0 };

  g_assert_false (td_timeline_layout_is_filtered (layout));

  filter.quarter = 2;
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q2 21 22");
  g_assert_true (td_timeline_layout_is_filtered (layout));
  g_assert_cmpuint (td_timeline_layout_quarter_row (layout, 1), ==, G_MAXUINT);

  /* Units: set before or after the filter; quarters with none of its tasks go. */
  td_timeline_layout_set_task_units (layout, 11, units_11);
  td_timeline_layout_set_task_units (layout, 21, units_21);
  filter = (TdTimelineFilter) { .unit = "VP nội vụ" };
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q1 11 Q2 21");
  td_timeline_layout_set_task_units (layout, 41, units_41);
  td_timeline_layout_set_task_units (layout, 21, NULL);
  assert_rows (layout, "Q1 11");
  filter.unit = "Trạm y tế";
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q4 41");
  filter.unit = "Không có";
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "");

  /* Statuses, as shown (overdue is a status of its own). */
  filter = (TdTimelineFilter) { .statuses = 1u << TD_TIMELINE_OVERDUE };
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q1 12 14 Q2 22");
  filter.statuses = (1u << TD_TIMELINE_DONE) | (1u << TD_TIMELINE_CANCELLED);
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q1 11 13");
  g_assert_cmpuint (td_timeline_layout_count_status (layout, TD_TIMELINE_DONE), ==, 1);
  g_assert_cmpuint (td_timeline_layout_count_status (layout, TD_TIMELINE_PLANNED), ==, 0);
  filter.statuses = TD_TIMELINE_STATUS_ALL;
  td_timeline_layout_set_filter (layout, &filter);
  g_assert_false (td_timeline_layout_is_filtered (layout));
  assert_rows (layout, "Q1 11 12 13 14 Q2 21 22 Q3 31 Q4 41 42");

  /* Look-ahead views from 15 June: overdue; this quarter (April–June); the next 30 days
   * (15 June – 15 July, the milestone on its last day). */
  filter = (TdTimelineFilter) { .view = TD_TIMELINE_VIEW_OVERDUE };
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q1 12 14 Q2 22");
  filter.view = TD_TIMELINE_VIEW_THIS_QUARTER;
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q2 21 22");
  filter.view = TD_TIMELINE_VIEW_NEXT_30_DAYS;
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q2 21 Q3 31");
  td_timeline_layout_set_today (layout, "2022-06-14");
  assert_rows (layout, "Q2 21 22");
  td_timeline_layout_set_today (layout, "2022-12-20");
  assert_rows (layout, "Q4 41 42");
  filter.view = TD_TIMELINE_VIEW_THIS_QUARTER;
  td_timeline_layout_set_filter (layout, &filter);
  assert_rows (layout, "Q4 41 42");

  /* Filters and groups together: a collapsed group keeps its header and count. */
  td_timeline_layout_set_collapsed (layout, 4, TRUE);
  assert_rows (layout, "Q4");
  g_assert_cmpuint (td_timeline_layout_get_row (layout, 0)->n_tasks, ==, 2);

  td_timeline_layout_set_filter (layout, NULL);
  td_timeline_layout_set_collapsed (layout, 4, FALSE);
  g_assert_false (td_timeline_layout_is_filtered (layout));
  assert_rows (layout, "Q1 11 12 13 14 Q2 21 22 Q3 31 Q4 41 42");
}

static void
test_keyboard (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  guint header, first, end;

  /* Rows: Q1 11 12 13 14 Q2 21 22 Q3 31 Q4 41 42 (0 … 12). Home, End. */
  g_assert_cmpuint (td_timeline_layout_step_row (layout, G_MAXUINT, 1, TRUE), ==, 1);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, G_MAXUINT, -1, TRUE), ==, 12);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, G_MAXUINT, 1, FALSE), ==, 0);
  /* Down over a quarter header, or onto it. */
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 4, 1, TRUE), ==, 6);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 4, 1, FALSE), ==, 5);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 6, -1, TRUE), ==, 4);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 1, 3, TRUE), ==, 4);
  /* Clamped at the ends. */
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 1, -1, TRUE), ==, 1);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 12, 5, TRUE), ==, 12);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 10, 100, TRUE), ==, 12);

  /* PageDown / PageUp: the first task of the next or previous quarter. */
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, 2, 1), ==, 6);
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, 6, 1), ==, 9);
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, 9, -1), ==, 6);
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, 3, -1), ==, 3);
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, 11, 1), ==, 11);
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, G_MAXUINT, 1), ==, 1);
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, G_MAXUINT, -1), ==, 11);

  /* A collapsed quarter is passed over. */
  td_timeline_layout_set_collapsed (layout, 2, TRUE);
  g_assert_cmpuint (td_timeline_layout_step_quarter (layout, 2, 1), ==, 7);
  g_assert_true (td_timeline_layout_quarter_rows (layout, 3, &header, &first, &end));
  g_assert_cmpuint (header, ==, 6);
  g_assert_cmpuint (first, ==, 7);
  g_assert_cmpuint (end, ==, 8);
  g_assert_true (td_timeline_layout_quarter_rows (layout, 2, &header, &first, &end));
  g_assert_cmpuint (first, ==, end);

  /* Nothing to step to. */
  td_timeline_layout_set_tasks (layout, NULL);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, G_MAXUINT, 1, TRUE), ==, G_MAXUINT);
  g_assert_cmpuint (td_timeline_layout_step_row (layout, 0, 1, TRUE), ==, 0);
}

static void
test_time_header (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  int first, end, monday;
  double x;

  td_timeline_layout_month_days (layout, 1, &first, &end);
  g_assert_cmpint (first, ==, 0);
  g_assert_cmpint (end, ==, 31);
  td_timeline_layout_month_days (layout, 3, &first, &end);
  g_assert_cmpint (first, ==, 59);
  g_assert_cmpint (end, ==, 90);
  td_timeline_layout_month_days (layout, 12, &first, &end);
  g_assert_cmpint (end, ==, 365);
  td_timeline_layout_quarter_days (layout, 2, &first, &end);
  g_assert_cmpint (first, ==, 90);
  g_assert_cmpint (end, ==, 181);

  /* 3 January 2022 was a Monday; weeks show once they are wide enough. */
  g_assert_false (td_timeline_layout_shows_weeks (layout, &monday));
  g_assert_cmpint (monday, ==, 2);
  g_assert_false (td_timeline_layout_shows_days (layout));
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_QUARTER, 0);
  g_assert_true (td_timeline_layout_shows_weeks (layout, NULL));
  g_assert_false (td_timeline_layout_shows_days (layout));
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_MONTH, 0);
  g_assert_true (td_timeline_layout_shows_days (layout));

  /* Today's line goes through the middle of today. */
  g_assert_true (td_timeline_layout_get_today_x (layout, &x));
  g_assert_cmpfloat_with_epsilon (x, td_timeline_layout_x_for_day (layout, 165.5), 1e-9);

  /* A leap year, and its days from its own 1 January. */
  td_timeline_layout_set_year (layout, 2024);
  g_assert_cmpint (td_timeline_layout_get_n_days (layout), ==, 366);
  td_timeline_layout_month_days (layout, 2, &first, &end);
  g_assert_cmpint (end - first, ==, 29);
  g_assert_cmpint (task_by_id (layout, 11)->start, ==, -728);
  g_assert_true (td_timeline_layout_shows_weeks (layout, &monday));
  g_assert_cmpint (monday, ==, 0);

  g_assert_cmpstr (td_quarter_label (3), ==, "QUÝ III");
  g_assert_cmpstr (td_timeline_month_label (10, TRUE), ==, "Th10");
  g_assert_cmpstr (td_timeline_month_label (10, FALSE), ==, "Tháng 10");
  g_assert_cmpstr (td_timeline_status_doc_label (TD_TIMELINE_OVERDUE), ==, "Quá hạn");
  g_assert_cmpstr (td_timeline_status_msgid (TD_TIMELINE_OVERDUE), ==, "Overdue");
}

/* Presentation scale: every metric grows, and hit testing follows. */
static void
test_scale (void)
{
  g_autoptr(TdTimelineLayout) layout = plan_layout ();
  TdTimelineMetrics m;
  TdTimelineHit hit;
  const TdTimelineTask *task = task_by_id (layout, 21);

  td_timeline_layout_set_scale (layout, 1.5);
  td_timeline_layout_get_metrics (layout, &m);
  g_assert_cmpfloat (m.row_height, ==, 45);
  g_assert_cmpfloat (m.name_width, ==, 510);
  g_assert_cmpfloat (m.edge_grab, ==, 4.5);
  /* The year still fits what is left beside the wider names. */
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_content_width (layout), 1600 - 510, 1e-6);
  td_timeline_layout_hit_test (layout, td_timeline_layout_view_x (layout, task->start, 0) - 4,
                               m.header_height + (task->row + 0.5) * m.row_height, 0, 0, &hit);
  g_assert_cmpint (hit.kind, ==, TD_TIMELINE_HIT_START);
}

/* 5,000 tasks: numbers in order in their groups; the time it takes is the benchmark's. */
static void
test_many (void)
{
  g_autoptr(GListStore) tasks = g_list_store_new (TD_TYPE_TASK);
  g_autoptr(TdTimelineLayout) layout = td_timeline_layout_new ();
  gint64 start;
  guint counted = 0;

  for (int i = 0; i < 5000; i++)
    {
      int quarter = 1 + i * 4 / 5000;
      g_autofree char *date = g_strdup_printf ("2022-%02d-%02d", quarter * 3 - 1, 1 + i % 28);

      append (tasks, make_task (i + 1, quarter, date, date, i % 5 == 0 ? TD_TASK_DONE
                                                                     : TD_TASK_PLANNED,
                                FALSE));
    }
  td_timeline_layout_set_year (layout, 2022);
  td_timeline_layout_set_today (layout, TODAY);
  td_timeline_layout_set_viewport (layout, 1920, 1080);

  start = g_get_monotonic_time ();
  td_timeline_layout_set_tasks (layout, G_LIST_MODEL (tasks));
  g_test_message ("5,000 tasks laid out in %.2f ms",
                  (g_get_monotonic_time () - start) / 1000.0);

  g_assert_cmpuint (td_timeline_layout_get_n_rows (layout), ==, 5004);
  for (guint r = 0; r < 5004; r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (layout, r);

      if (row->kind == TD_TIMELINE_ROW_TASK)
        {
          const TdTimelineTask *task = td_timeline_layout_get_task (layout, row->task);

          g_assert_cmpint (task->number, ==, (int) ++counted);
          g_assert_cmpuint (task->row, ==, r);
          g_assert_cmpint (task->quarter, ==, row->quarter);
        }
    }
  g_assert_cmpuint (counted, ==, 5000);
  g_assert_cmpuint (td_timeline_layout_find_task (layout, 4321), ==, 4320);
  g_assert_cmpuint (td_timeline_layout_count_status (layout, TD_TIMELINE_DONE), ==, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/timeline-layout/dates", test_dates);
  g_test_add_func ("/timeline-layout/zoom", test_zoom);
  g_test_add_func ("/timeline-layout/rows", test_rows);
  g_test_add_func ("/timeline-layout/visible", test_visible);
  g_test_add_func ("/timeline-layout/hit", test_hit);
  g_test_add_func ("/timeline-layout/snap", test_snap);
  g_test_add_func ("/timeline-layout/overdue", test_overdue);
  g_test_add_func ("/timeline-layout/filters", test_filters);
  g_test_add_func ("/timeline-layout/keyboard", test_keyboard);
  g_test_add_func ("/timeline-layout/time-header", test_time_header);
  g_test_add_func ("/timeline-layout/scale", test_scale);
  g_test_add_func ("/timeline-layout/many", test_many);
  return g_test_run ();
}
