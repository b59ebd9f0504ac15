/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "bench-timeline"

#include "config.h"

#include "td-bench-data.h"
#include "td-store-plan.h"
#include "td-timeline-paint.h"

#include <math.h>

#define YEAR      2022
#define WIDTH     1920
#define HEIGHT    1080
#define N_WARM    3
#define N_FRAMES  50
#define N_LAYOUTS 20

/* One full-HD frame of the timeline, the year fitted, for plans of 50, 500 and 5,000
 * tasks from the generator, read through the real store; and the layout rebuilt after a
 * change with 5,000 tasks. */

static TdStore *
make_store (const char *dir,
            int         n_tasks)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("thidua-%d.db", n_tasks);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  TdStore *store;

  if (!g_file_test (path, G_FILE_TEST_EXISTS) &&
      !td_bench_make_years (path, YEAR, 1, n_tasks, &error))
    g_error ("Cannot generate %s: %s", path, error->message);
  store = td_store_open (path, &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  return store;
}

static GListModel *
list_tasks (TdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (store, YEAR, &error);

  if (plan == NULL)
    g_error ("No plan for %d: %s", YEAR, error->message);
  return td_store_list_tasks (store, td_plan_get_id (plan), NULL);
}

/* Frames with the view in the middle of the plan: a still one, the pointer moving over
 * the rows (hover), as the figure the issue asks for; and, as a harder case, scrolling by
 * three rows a frame, so that rows new to the view have their text shaped. */
static void
bench_frames (const char *dir,
              int         n_tasks)
{
  g_autoptr(TdStore) store = make_store (dir, n_tasks);
  g_autoptr(GListModel) tasks = list_tasks (store);
  g_autoptr(TdTimelineLayout) layout = td_timeline_layout_new ();
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  TdTimelineMarks marks = { 0 };
  TdTimelineStyle style;
  TdTimelineMetrics m;
  double ms[N_FRAMES], scroll_ms[N_FRAMES];
  double middle, max_y;
  guint painted = 0, created;

  td_timeline_layout_set_year (layout, YEAR);
  td_timeline_layout_set_today (layout, "2022-06-15");
  td_timeline_layout_set_tasks (layout, tasks);
  td_timeline_layout_set_viewport (layout, WIDTH, HEIGHT);
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_YEAR, 0);
  td_timeline_layout_get_metrics (layout, &m);
  td_timeline_style_init_light (&style);
  max_y = td_timeline_layout_clamp_y_offset (layout, G_MAXDOUBLE);
  middle = td_timeline_layout_clamp_y_offset (layout, floor (max_y / 2 / m.row_height) *
                                                      m.row_height);

  for (int i = -N_WARM; i < N_FRAMES; i++)
    {
      double pointer_y = m.header_height + (MAX (i, 0) % 30 + 0.5) * m.row_height;
      TdTimelineHit hit;
      gint64 start;

      td_timeline_layout_hit_test (layout, WIDTH / 2, pointer_y, 0, middle, &hit);
      marks.hover = hit.task != G_MAXUINT ? td_timeline_layout_get_task (layout, hit.task)->id : 0;

      start = g_get_monotonic_time ();
      td_timeline_painter_paint (painter, cr, layout, &style, &marks, 0, middle, WIDTH, HEIGHT);
      cairo_surface_flush (surface);
      if (i >= 0)
        ms[i] = td_bench_ms (start, g_get_monotonic_time ());
      painted = MAX (painted, td_timeline_painter_get_n_rows_painted (painter));
    }
  created = td_timeline_painter_get_n_layouts_created (painter);

  for (int i = 0; i < N_FRAMES; i++)
    {
      double y_offset = MIN (middle + (i + 1) * 3 * m.row_height, max_y);
      gint64 start = g_get_monotonic_time ();

      td_timeline_painter_paint (painter, cr, layout, &style, &marks, 0, y_offset, WIDTH, HEIGHT);
      cairo_surface_flush (surface);
      scroll_ms[i] = td_bench_ms (start, g_get_monotonic_time ());
    }

  /* A frame that drew nothing would be very fast. */
  if (painted < 20)
    g_error ("Only %u rows painted with %d tasks", painted, n_tasks);

  g_print ("# %d tasks, %u task rows in view, %u layouts made for the still frames\n", n_tasks,
           painted, created);
  g_print ("BENCH timeline-frame-%d %.2f ms\n", n_tasks, td_bench_median (ms, N_FRAMES));
  if (max_y > middle)
    g_print ("BENCH timeline-scroll-frame-%d %.2f ms\n", n_tasks,
             td_bench_median (scroll_ms, N_FRAMES));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* After a change the widget gets the store's list again and lays it out. */
static void
bench_layout (const char *dir,
              int         n_tasks)
{
  g_autoptr(TdStore) store = make_store (dir, n_tasks);
  g_autoptr(GListModel) tasks = list_tasks (store);
  g_autoptr(TdTimelineLayout) layout = td_timeline_layout_new ();
  double ms[N_LAYOUTS];

  td_timeline_layout_set_year (layout, YEAR);
  td_timeline_layout_set_today (layout, "2022-06-15");
  td_timeline_layout_set_viewport (layout, WIDTH, HEIGHT);

  for (int i = -N_WARM; i < N_LAYOUTS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      td_timeline_layout_set_tasks (layout, tasks);
      if (i >= 0)
        ms[i] = td_bench_ms (start, g_get_monotonic_time ());
    }
  if (td_timeline_layout_get_n_rows (layout) != (guint) n_tasks + 4)
    g_error ("%u rows for %d tasks", td_timeline_layout_get_n_rows (layout), n_tasks);
  g_print ("BENCH timeline-layout-%d %.2f ms\n", n_tasks, td_bench_median (ms, N_LAYOUTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-bench-timeline-XXXXXX", &error);

  if (dir == NULL)
    g_error ("%s", error->message);

  bench_frames (dir, 50);
  bench_frames (dir, 500);
  bench_frames (dir, 5000);
  bench_layout (dir, 5000);

  td_bench_remove_tree (dir);
  return 0;
}
