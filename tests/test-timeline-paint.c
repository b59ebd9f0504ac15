/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-timeline-paint"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "td-sample.h"
#include "td-store-plan.h"
#include "td-timeline-paint.h"

/* The painter on an image surface, with no display: what is drawn where the layout says,
 * in the colours the style says, and only the rows in view. With TD_TIMELINE_PNG_DIR set,
 * the sample plan is also written there as PNGs, light and dark, to look at. */

#define WIDTH  1400
#define HEIGHT 520
#define TODAY  "2022-06-15"

typedef struct {
  cairo_surface_t *surface;
  cairo_t         *cr;
} Canvas;

static void
canvas_init (Canvas *canvas,
             int     width,
             int     height)
{
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  canvas->cr = cairo_create (canvas->surface);
}

static void
canvas_clear (Canvas *canvas)
{
  cairo_destroy (canvas->cr);
  cairo_surface_destroy (canvas->surface);
}

/* The colour at (x, y), as 0xRRGGBB (the surface is opaque where the painter drew). */
static guint32
pixel (Canvas *canvas,
       double  x,
       double  y)
{
  unsigned char *data;
  int stride;

  cairo_surface_flush (canvas->surface);
  data = cairo_image_surface_get_data (canvas->surface);
  stride = cairo_image_surface_get_stride (canvas->surface);
  g_assert_cmpint ((int) x, >=, 0);
  g_assert_cmpint ((int) y, >=, 0);
  g_assert_cmpint ((int) x, <, cairo_image_surface_get_width (canvas->surface));
  g_assert_cmpint ((int) y, <, cairo_image_surface_get_height (canvas->surface));
  return ((guint32 *) (gpointer) (data + (int) y * stride))[(int) x] & 0xffffff;
}

static guint32
hex (const TdTimelineColor *color)
{
  return ((guint32) (color->red * 255 + 0.5) << 16) | ((guint32) (color->green * 255 + 0.5) << 8) |
         (guint32) (color->blue * 255 + 0.5);
}

static gboolean
near_color (guint32 a,
            guint32 b)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 3)
      return FALSE;
  return TRUE;
}

#define assert_color(canvas, x, y, expected) G_STMT_START { \
  guint32 got__ = pixel ((canvas), (x), (y)); \
  if (!near_color (got__, (expected))) \
    g_error ("pixel at (%.0f, %.0f) is #%06x, expected #%06x", (double) (x), (double) (y), \
             got__, (expected)); \
} G_STMT_END

static TdTask *
make_task (gint64        id,
           int           number,
           int           quarter,
           const char   *start,
           const char   *end,
           TdTaskStatus  status,
           int           progress,
           gboolean      milestone)
{
  TdTask *task = td_task_new ();
  g_autofree char *content = g_strdup_printf ("Nhiệm vụ số %d của quý %d", number, quarter);

  td_task_set_id (task, id);
  td_task_set_number (task, number);
  td_task_set_quarter (task, quarter);
  td_task_set_content (task, content);
  td_task_set_responsible (task, "VP nội vụ");
  td_task_set_start_date (task, start);
  td_task_set_end_date (task, end);
  td_task_set_status (task, status);
  td_task_set_progress (task, progress);
  td_task_set_milestone (task, milestone);
  return task;
}

/* One long bar of each status, and a milestone. */
static GListStore *
status_tasks (void)
{
  GListStore *store = g_list_store_new (TD_TYPE_TASK);
  TdTask *tasks[] = {
    make_task (1, 1, 1, "2022-01-10", "2022-03-20", TD_TASK_DONE, 100, FALSE),
    make_task (2, 2, 2, "2022-04-01", "2022-08-30", TD_TASK_IN_PROGRESS, 60, FALSE),
    make_task (3, 3, 1, "2022-02-01", "2022-05-31", TD_TASK_PLANNED, 0, FALSE),
    make_task (4, 4, 3, "2022-07-01", "2022-09-30", TD_TASK_PLANNED, 0, FALSE),
    make_task (5, 5, 3, "2022-07-01", "2022-09-30", TD_TASK_CANCELLED, 0, FALSE),
    make_task (6, 6, 4, "2022-11-15", "2022-11-15", TD_TASK_PLANNED, 0, TRUE),
  };

  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      g_list_store_append (store, tasks[i]);
      g_object_unref (tasks[i]);
    }
  return store;
}

static TdTimelineLayout *
make_layout (GListModel *tasks,
             int         width,
             int         height)
{
  TdTimelineLayout *layout = td_timeline_layout_new ();

  td_timeline_layout_set_year (layout, 2022);
  td_timeline_layout_set_today (layout, TODAY);
  td_timeline_layout_set_tasks (layout, tasks);
  td_timeline_layout_set_viewport (layout, width, height);
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_YEAR, 0);
  return layout;
}

/* The centre of a task's bar in view coordinates, the view at the origin. */
static void
bar_point (TdTimelineLayout *layout,
           gint64            id,
           double            share,
           double           *x,
           double           *y)
{
  TdTimelineMetrics m;
  TdTimelineRect rect;

  td_timeline_layout_get_metrics (layout, &m);
  g_assert_true (td_timeline_layout_get_bar (layout, td_timeline_layout_find_task (layout, id),
                                             &rect));
  *x = m.name_width + rect.x + rect.width * share;
  *y = m.header_height + rect.y + rect.height / 2;
}

static void
paint (TdTimelinePainter     *painter,
       Canvas                *canvas,
       TdTimelineLayout      *layout,
       const TdTimelineStyle *style,
       const TdTimelineMarks *marks,
       double                 y_offset)
{
  td_timeline_painter_paint (painter, canvas->cr, layout, style, marks, 0, y_offset,
                             cairo_image_surface_get_width (canvas->surface),
                             cairo_image_surface_get_height (canvas->surface));
}

/* Tests ------------------------------------------------------------------------------------- */

static void
check_status_colors (const TdTimelineStyle *style)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  TdTimelineColor done, todo;
  Canvas canvas;
  double x, y;

  canvas_init (&canvas, WIDTH, HEIGHT);
  paint (painter, &canvas, layout, style, NULL, 0);

  /* Done: full colour, left of the check mark at its end. */
  td_timeline_style_bar_colors (style, TD_TIMELINE_DONE, &done, &todo);
  bar_point (layout, 1, 0.3, &x, &y);
  assert_color (&canvas, x, y, hex (&style->status[TD_TIMELINE_DONE]));

  /* In progress at 60 %: full colour at 30 % of the bar, the lighter track at 80 %. */
  td_timeline_style_bar_colors (style, TD_TIMELINE_IN_PROGRESS, &done, &todo);
  bar_point (layout, 2, 0.3, &x, &y);
  assert_color (&canvas, x, y, hex (&done));
  bar_point (layout, 2, 0.8, &x, &y);
  assert_color (&canvas, x, y, hex (&todo));
  g_assert_false (near_color (hex (&done), hex (&todo)));

  /* Planned, not started: the track. */
  td_timeline_style_bar_colors (style, TD_TIMELINE_PLANNED, &done, &todo);
  bar_point (layout, 4, 0.3, &x, &y);
  assert_color (&canvas, x, y, hex (&todo));

  /* Task 3 ended on 31 May, before today, undone: overdue, in the overdue colour, with
   * the warning sign past its end. */
  g_assert_cmpint (td_timeline_layout_get_task (layout, 2)->status, ==, TD_TIMELINE_OVERDUE);
  bar_point (layout, 3, 1.0, &x, &y);
  {
    TdTimelineMetrics m;
    gboolean found = FALSE;

    td_timeline_layout_get_metrics (layout, &m);
    for (double dx = 2; dx < m.row_height * 1.5 && !found; dx += 1)
      found = near_color (pixel (&canvas, x + dx, y + 2),
                          hex (&style->status[TD_TIMELINE_OVERDUE]));
    g_assert_true (found);
  }

  /* The milestone's diamond is filled at its centre. */
  td_timeline_style_bar_colors (style, TD_TIMELINE_PLANNED, &done, &todo);
  bar_point (layout, 6, 0.5, &x, &y);
  assert_color (&canvas, x, y, hex (&todo));

  canvas_clear (&canvas);
}

static void
test_status_colors (void)
{
  TdTimelineStyle style;

  td_timeline_style_init_light (&style);
  check_status_colors (&style);
  td_timeline_style_init_dark (&style);
  check_status_colors (&style);

  /* The five statuses have five colours, in either style. */
  for (int s = 0; s < TD_TIMELINE_N_STATUSES; s++)
    for (int t = s + 1; t < TD_TIMELINE_N_STATUSES; t++)
      g_assert_false (near_color (hex (&style.status[s]), hex (&style.status[t])));
}

static void
test_today_line (void)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  TdTimelineMarks marks = { 0 };
  TdTimelineMetrics m;
  TdTimelineStyle style;
  Canvas canvas;
  double x, bottom;
  int today;

  td_timeline_style_init_light (&style);
  td_timeline_layout_get_metrics (layout, &m);
  g_assert_true (td_timeline_layout_get_today_x (layout, &x));
  g_assert_true (td_timeline_layout_day_from_iso (layout, TODAY, &today));
  g_assert_cmpfloat_with_epsilon (x, td_timeline_layout_x_for_day (layout, today + 0.5), 1e-9);
  x += m.name_width;
  bottom = m.header_height + td_timeline_layout_get_content_height (layout);

  canvas_init (&canvas, WIDTH, HEIGHT);
  paint (painter, &canvas, layout, &style, NULL, 0);
  /* Down the rows and below them, on the line; not a few pixels aside. */
  for (double y = m.header_height + 2; y < HEIGHT; y += 37)
    assert_color (&canvas, x, y, hex (&style.today));
  g_assert_false (near_color (pixel (&canvas, x + 6, bottom + 10), hex (&style.today)));
  g_assert_false (near_color (pixel (&canvas, x - 6, bottom + 10), hex (&style.today)));

  /* Hidden when asked (presentation with no line), and absent in another year. */
  marks.hide_today = TRUE;
  paint (painter, &canvas, layout, &style, &marks, 0);
  g_assert_false (near_color (pixel (&canvas, x, bottom + 10), hex (&style.today)));
  td_timeline_layout_set_today (layout, "2023-02-01");
  g_assert_false (td_timeline_layout_get_today_x (layout, NULL));
  paint (painter, &canvas, layout, &style, NULL, 0);
  g_assert_false (near_color (pixel (&canvas, x, bottom + 10), hex (&style.today)));
  canvas_clear (&canvas);
}

/* A cancelled bar is struck through and has no full colour: more than another hue. */
static void
test_cancelled (void)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  TdTimelineColor planned_todo, cancelled_done, cancelled_todo;
  TdTimelineStyle style;
  Canvas canvas;
  guint struck_planned = 0, struck_cancelled = 0;

  td_timeline_style_init_light (&style);
  td_timeline_style_bar_colors (&style, TD_TIMELINE_PLANNED, NULL, &planned_todo);
  td_timeline_style_bar_colors (&style, TD_TIMELINE_CANCELLED, &cancelled_done, &cancelled_todo);
  g_assert_true (near_color (hex (&cancelled_done), hex (&cancelled_todo)));

  canvas_init (&canvas, WIDTH, HEIGHT);
  paint (painter, &canvas, layout, &style, NULL, 0);

  /* Tasks 4 and 5 run over the same days; along their middles only 5 is struck. */
  for (double share = 0.05; share < 1.0; share += 0.1)
    {
      double x, y;

      bar_point (layout, 4, share, &x, &y);
      struck_planned += near_color (pixel (&canvas, x, y), hex (&style.dim_foreground));
      assert_color (&canvas, x, y - 4, hex (&planned_todo));
      bar_point (layout, 5, share, &x, &y);
      struck_cancelled += near_color (pixel (&canvas, x, y), hex (&style.dim_foreground));
      assert_color (&canvas, x, y - 5, hex (&cancelled_todo));
    }
  g_assert_cmpuint (struck_planned, ==, 0);
  g_assert_cmpuint (struck_cancelled, ==, 10);
  canvas_clear (&canvas);
}

static void
test_selection (void)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  TdTimelineMarks marks = { .selected = 4, .ghost = 2, .ghost_start = 200, .ghost_end = 280 };
  TdTimelineStyle style;
  TdTimelineRect rect;
  TdTimelineMetrics m;
  Canvas canvas;
  double x, y;

  td_timeline_style_init_light (&style);
  td_timeline_layout_get_metrics (layout, &m);
  canvas_init (&canvas, WIDTH, HEIGHT);
  paint (painter, &canvas, layout, &style, &marks, 0);

  /* An accent ring just outside the selected bar. */
  td_timeline_layout_get_bar (layout, td_timeline_layout_find_task (layout, 4), &rect);
  x = m.name_width + rect.x + rect.width / 2;
  {
    gboolean ring = FALSE;

    for (y = m.header_height + rect.y - 6; y < m.header_height + rect.y && !ring; y++)
      ring = near_color (pixel (&canvas, x, y), hex (&style.accent));
    g_assert_true (ring);
  }

  /* The ghost of task 2, where the drag would put it, in task 2's row. */
  td_timeline_layout_get_bar (layout, td_timeline_layout_find_task (layout, 2), &rect);
  x = m.name_width + td_timeline_layout_x_for_day (layout, 240);
  y = m.header_height + rect.y + rect.height / 2;
  g_assert_false (near_color (pixel (&canvas, x, y), hex (&style.background)));
  g_assert_false (near_color (pixel (&canvas, x, y), hex (&style.band)));
  canvas_clear (&canvas);
}

/* 5,000 tasks: a frame paints the rows in view, and shapes text for new rows only. */
static void
test_visible_only (void)
{
  g_autoptr(GListStore) tasks = g_list_store_new (TD_TYPE_TASK);
  g_autoptr(TdTimelineLayout) layout = NULL;
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  TdTimelineStyle style;
  TdTimelineMetrics m;
  Canvas canvas;
  guint first, end, created, in_view;
  double y_offset;

  for (int i = 0; i < 5000; i++)
    {
      int quarter = 1 + i * 4 / 5000;
      g_autofree char *start = g_strdup_printf ("2022-%02d-%02d", quarter * 3 - 2, 1 + i % 28);
      g_autoptr(TdTask) task = make_task (i + 1, i + 1, quarter, start, start,
                                          TD_TASK_PLANNED, 0, FALSE);

      g_list_store_append (tasks, task);
    }
  layout = make_layout (G_LIST_MODEL (tasks), 1920, 1080);
  td_timeline_layout_get_metrics (layout, &m);
  td_timeline_style_init_light (&style);
  canvas_init (&canvas, 1920, 1080);

  y_offset = td_timeline_layout_get_content_height (layout) / 2;
  td_timeline_layout_visible_rows (layout, y_offset, 1080 - m.header_height, &first, &end);
  in_view = end - first;
  g_assert_cmpuint (in_view, <=, (guint) ((1080 - m.header_height) / m.row_height) + 2);

  paint (painter, &canvas, layout, &style, NULL, y_offset);
  g_assert_cmpuint (td_timeline_painter_get_n_rows_painted (painter), <=, in_view);
  g_assert_cmpuint (td_timeline_painter_get_n_rows_painted (painter), >=, in_view - 2);
  /* Two layouts a row (number, content), and the labels of the header. */
  created = td_timeline_painter_get_n_layouts_created (painter);
  g_assert_cmpuint (created, <=, 2 * in_view + 40);
  g_assert_cmpuint (td_timeline_painter_get_n_cached_rows (painter), <=, in_view);

  /* The same frame again shapes nothing; one row further, one row's worth. */
  paint (painter, &canvas, layout, &style, NULL, y_offset);
  g_assert_cmpuint (td_timeline_painter_get_n_layouts_created (painter), ==, created);
  paint (painter, &canvas, layout, &style, NULL, y_offset + m.row_height);
  g_assert_cmpuint (td_timeline_painter_get_n_layouts_created (painter), <=, created + 2);

  /* Presentation scale: new text for the rows in view, fewer rows, bigger. */
  style.text_scale = 1.5;
  td_timeline_layout_set_scale (layout, 1.5);
  paint (painter, &canvas, layout, &style, NULL, y_offset);
  g_assert_cmpuint (td_timeline_painter_get_n_rows_painted (painter), <, in_view);
  canvas_clear (&canvas);
}

/* The text of a row is made again when its task changes, and only then. */
static void
test_cache_follows_changes (void)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  g_autoptr(TdTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), 3);
  TdTimelineStyle style;
  Canvas canvas;
  guint created;

  td_timeline_style_init_light (&style);
  canvas_init (&canvas, WIDTH, HEIGHT);
  paint (painter, &canvas, layout, &style, NULL, 0);
  created = td_timeline_painter_get_n_layouts_created (painter);
  g_assert_cmpuint (td_timeline_painter_get_n_cached_rows (painter), ==, 6);

  /* Only a layout rebuild, nothing changed: nothing new. */
  td_timeline_layout_set_tasks (layout, G_LIST_MODEL (tasks));
  paint (painter, &canvas, layout, &style, NULL, 0);
  g_assert_cmpuint (td_timeline_painter_get_n_layouts_created (painter), ==, created);

  /* One task's content: its number and content again. */
  td_task_set_content (task, "Nội dung đã sửa");
  td_timeline_layout_set_tasks (layout, G_LIST_MODEL (tasks));
  paint (painter, &canvas, layout, &style, NULL, 0);
  g_assert_cmpuint (td_timeline_painter_get_n_layouts_created (painter), ==, created + 2);

  /* Cancelled: struck through, so made again too. */
  td_task_set_status (task, TD_TASK_CANCELLED);
  td_timeline_layout_set_tasks (layout, G_LIST_MODEL (tasks));
  paint (painter, &canvas, layout, &style, NULL, 0);
  g_assert_cmpuint (td_timeline_painter_get_n_layouts_created (painter), ==, created + 4);

  /* Another font: everything again. */
  style.font_size = 15;
  paint (painter, &canvas, layout, &style, NULL, 0);
  g_assert_cmpuint (td_timeline_painter_get_n_layouts_created (painter), >=, created + 4 + 12);
  canvas_clear (&canvas);
}

/* A HiDPI surface: the same picture at twice the pixels. */
static void
test_hidpi (void)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  TdTimelineColor done;
  TdTimelineStyle style;
  Canvas canvas;
  double x, y;

  td_timeline_style_init_light (&style);
  canvas_init (&canvas, 2 * WIDTH, 2 * HEIGHT);
  cairo_surface_set_device_scale (canvas.surface, 2, 2);
  td_timeline_painter_paint (painter, canvas.cr, layout, &style, NULL, 0, 0, WIDTH, HEIGHT);

  td_timeline_style_bar_colors (&style, TD_TIMELINE_IN_PROGRESS, &done, NULL);
  bar_point (layout, 2, 0.3, &x, &y);
  assert_color (&canvas, 2 * x, 2 * y, hex (&done));
  g_assert_true (td_timeline_layout_get_today_x (layout, &x));
  assert_color (&canvas, 2 * (x + TD_TIMELINE_NAME_WIDTH), 2 * HEIGHT - 4, hex (&style.today));
  canvas_clear (&canvas);
}

/* The darkest pixel of a task's name cell, as 0–765 (r + g + b). */
static int
darkest_in_name (Canvas           *canvas,
                 TdTimelineLayout *layout,
                 gint64            id)
{
  TdTimelineMetrics m;
  double x, y;
  int darkest = 765;

  td_timeline_layout_get_metrics (layout, &m);
  bar_point (layout, id, 0.5, &x, &y);
  for (double py = y - m.row_height * 0.3; py < y + m.row_height * 0.3; py++)
    for (double px = 0; px < m.name_width - 1; px++)
      {
        guint32 c = pixel (canvas, px, py);

        darkest = MIN (darkest, (int) ((c >> 16) & 0xff) + (int) ((c >> 8) & 0xff) +
                                (int) (c & 0xff));
      }
  return darkest;
}

/* A unit highlighted: its tasks drawn as ever, the others' bars and names at reduced
 * contrast (still there, over the same backdrop), and the painter says which were which. */
static void
test_highlight_unit (void)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  TdTimelineMarks marks = { .highlight_unit = "Thôn Tùng Ảnh" };
  TdTimelineStyle style;
  Canvas plain, dimmed;
  guint32 done, background, got;
  double x, y;

  for (gint64 id = 1; id <= 6; id++)
    td_timeline_layout_set_task_units (layout, id,
                                       (const char * const[]) {
                                         id == 2 || id == 4 ? "Thôn Tùng Ảnh" : "VP nội vụ",
                                         NULL });
  td_timeline_style_init_light (&style);
  canvas_init (&plain, WIDTH, HEIGHT);
  canvas_init (&dimmed, WIDTH, HEIGHT);
  paint (painter, &plain, layout, &style, NULL, 0);
  for (gint64 id = 1; id <= 6; id++)
    g_assert_cmpint (td_timeline_painter_get_emphasis (painter, id), ==,
                     TD_TIMELINE_EMPHASIS_NORMAL);
  paint (painter, &dimmed, layout, &style, &marks, 0);
  for (gint64 id = 1; id <= 6; id++)
    g_assert_cmpint (td_timeline_painter_get_emphasis (painter, id), ==,
                     id == 2 || id == 4 ? TD_TIMELINE_EMPHASIS_HIGHLIGHTED
                                        : TD_TIMELINE_EMPHASIS_DIMMED);
  g_assert_cmpint (td_timeline_painter_get_emphasis (painter, 99), ==, TD_TIMELINE_EMPHASIS_NONE);

  /* Task 1's done bar (in QUÝ I, unshaded): its colour at 30 % over the background. */
  done = hex (&style.status[TD_TIMELINE_DONE]);
  background = hex (&style.background);
  bar_point (layout, 1, 0.3, &x, &y);
  assert_color (&plain, x, y, done);
  got = pixel (&dimmed, x, y);
  for (int shift = 0; shift <= 16; shift += 8)
    {
      double expected = 0.3 * ((done >> shift) & 0xff) + 0.7 * ((background >> shift) & 0xff);

      g_assert_cmpfloat (fabs ((double) ((got >> shift) & 0xff) - expected), <=, 3);
    }
  /* The unit's own tasks are drawn as they are without a highlight. */
  for (double share = 0.1; share < 1.0; share += 0.2)
    {
      bar_point (layout, 4, share, &x, &y);
      assert_color (&dimmed, x, y, pixel (&plain, x, y));
      bar_point (layout, 2, share, &x, &y);
      assert_color (&dimmed, x, y, pixel (&plain, x, y));
    }

  /* The names: the other tasks' text is lighter, never near black; the unit's stays. */
  g_assert_cmpint (darkest_in_name (&plain, layout, 3), <, 200);
  g_assert_cmpint (darkest_in_name (&dimmed, layout, 3), >, 400);
  g_assert_cmpint (darkest_in_name (&dimmed, layout, 4), ==, darkest_in_name (&plain, layout, 4));
  canvas_clear (&plain);
  canvas_clear (&dimmed);
}

/* Pictures ---------------------------------------------------------------------------------- */

/* Pixels unlike @background in the box of @half around (@x, @y). */
static guint
count_marks (Canvas  *canvas,
             double   x,
             double   y,
             double   half,
             guint32  background)
{
  guint n = 0;

  for (double dy = -half; dy <= half; dy++)
    for (double dx = -half; dx <= half; dx++)
      n += !near_color (pixel (canvas, x + dx, y + dy), background);
  return n;
}

/* On paper: the quarter rows have no disclosure triangle, a long content wraps in full and
 * its row grows to hold it, its bar in the middle; on screen the row keeps its height. */
static void
test_paper (void)
{
  g_autoptr(GListStore) tasks = status_tasks ();
  g_autoptr(TdTimelineLayout) layout = NULL;
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  g_autoptr(TdTask) first = g_list_model_get_item (G_LIST_MODEL (tasks), 0);
  g_autoptr(GString) content = g_string_new (NULL);
  TdTimelineStyle style;
  TdTimelineMetrics m;
  double heights[16];
  double triangle_x, triangle_y, x, y;
  guint n_rows;
  Canvas canvas;

  while (content->len < 400)
    g_string_append (content, "Tổ chức kiểm tra, đánh giá phong trào thi đua ");
  td_task_set_content (first, content->str);
  layout = make_layout (G_LIST_MODEL (tasks), WIDTH, HEIGHT);
  td_timeline_layout_get_metrics (layout, &m);
  n_rows = td_timeline_layout_get_n_rows (layout);
  g_assert_cmpuint (n_rows, <=, G_N_ELEMENTS (heights));
  g_assert_cmpint (td_timeline_layout_get_row (layout, 0)->kind, ==, TD_TIMELINE_ROW_QUARTER);
  g_assert_cmpint (td_timeline_layout_get_row (layout, 1)->kind, ==, TD_TIMELINE_ROW_TASK);

  /* Where the screen draws the triangle: in the glyph column, half way down the row. */
  td_timeline_style_init_light (&style);
  triangle_x = round (style.font_size * 0.5) + round (MIN (m.row_height * 0.5,
                                                           style.font_size * 1.05)) / 2;
  triangle_y = m.row_height / 2;
  canvas_init (&canvas, WIDTH, HEIGHT);
  td_timeline_painter_paint_rows (painter, canvas.cr, layout, &style, NULL, 0, 0, 1, NULL, WIDTH);
  g_assert_cmpuint (count_marks (&canvas, triangle_x, triangle_y, 3,
                                 hex (&style.group_background)), >, 4);
  /* The screen's row keeps its height, the content cut. */
  g_assert_cmpfloat (td_timeline_painter_row_height (painter, layout, &style, 1, WIDTH), ==,
                     m.row_height);

  style.wrap_names = TRUE;
  style.expanders = FALSE;
  for (guint r = 0; r < n_rows; r++)
    heights[r] = td_timeline_painter_row_height (painter, layout, &style, r, WIDTH);
  g_assert_cmpfloat (heights[0], ==, m.row_height);
  g_assert_cmpfloat (heights[1], >, 3 * m.row_height);
  for (guint r = 2; r < n_rows; r++)
    g_assert_cmpfloat (heights[r], ==, m.row_height);

  cairo_set_source_rgb (canvas.cr, 0, 0, 0);
  cairo_paint (canvas.cr);
  td_timeline_painter_paint_rows (painter, canvas.cr, layout, &style, NULL, 0, 0, 3, heights,
                                  WIDTH);
  g_assert_cmpuint (count_marks (&canvas, triangle_x, triangle_y, 3,
                                 hex (&style.group_background)), ==, 0);
  /* The grown row's bar is in its middle; the next row starts below it. */
  bar_point (layout, 1, 0.45, &x, &y);
  assert_color (&canvas, x, heights[0] + heights[1] / 2, hex (&style.status[TD_TIMELINE_DONE]));
  assert_color (&canvas, x, heights[0] + 2, hex (&style.background));
  /* Task 3, overdue and hatched: something in the middle of its row, not the backdrop. */
  bar_point (layout, 3, 0.45, &x, &y);
  g_assert_cmpuint (count_marks (&canvas, x, heights[0] + heights[1] + heights[2] / 2, 2,
                                 hex (&style.background)), >, 20);
  /* Nothing is painted below the rows asked for. */
  assert_color (&canvas, x, heights[0] + heights[1] + heights[2] + 2, 0x000000);
  canvas_clear (&canvas);
}

/* The sample plan as it would be in June 2022 with some work under way, to look at. */
static void
write_pictures (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("td-timeline-paint-XXXXXX", &error);
  g_autofree char *db = g_build_filename (tmp, "thidua.db", NULL);
  g_autoptr(TdStore) store = td_store_open (db, &error);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  static const struct { const char *name; gboolean dark; double scale; TdTimelineZoom zoom;
                        gboolean units; gboolean marks; } shots[] = {
    { "timeline-light", FALSE, 1.0, TD_TIMELINE_ZOOM_YEAR, FALSE, TRUE },
    { "timeline-dark", TRUE, 1.0, TD_TIMELINE_ZOOM_YEAR, FALSE, TRUE },
    { "timeline-units", FALSE, 1.0, TD_TIMELINE_ZOOM_YEAR, TRUE, FALSE },
    { "timeline-month", FALSE, 1.0, TD_TIMELINE_ZOOM_MONTH, FALSE, TRUE },
    { "timeline-quarter-dark", TRUE, 1.0, TD_TIMELINE_ZOOM_QUARTER, FALSE, FALSE },
    { "timeline-presentation", FALSE, 1.5, TD_TIMELINE_ZOOM_YEAR, FALSE, FALSE },
  };

  g_assert_no_error (error);
  g_assert_true (td_sample_load (store, NULL, &error));
  plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  tasks = td_store_list_tasks (store, td_plan_get_id (plan), NULL);

  {
    /* Work as it might stand on 15 June: the first task done, registrations under way, a
     * meeting held on a day, one task dropped; quarter 1's others are overdue. */
    g_autoptr(TdTask) t1 = g_list_model_get_item (tasks, 0);
    g_autoptr(TdTask) t2 = g_list_model_get_item (tasks, 1);
    g_autoptr(TdTask) t4 = g_list_model_get_item (tasks, 3);
    g_autoptr(TdTask) t5 = g_list_model_get_item (tasks, 4);
    g_autoptr(TdTask) t6 = g_list_model_get_item (tasks, 5);

    td_task_set_status (t1, TD_TASK_DONE);
    td_task_set_end_date (t1, "2022-02-22");
    td_task_set_status (t2, TD_TASK_IN_PROGRESS);
    td_task_set_progress (t2, 70);
    td_task_set_end_date (t2, "2022-06-30");
    td_task_set_status (t4, TD_TASK_CANCELLED);
    td_task_set_status (t5, TD_TASK_IN_PROGRESS);
    td_task_set_progress (t5, 40);
    td_task_set_milestone (t6, TRUE);
    td_task_set_start_date (t6, "2022-06-28");
    td_task_set_end_date (t6, "2022-06-28");
  }

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autoptr(TdTimelineLayout) layout = td_timeline_layout_new ();
      g_autofree char *png = g_strdup_printf ("%s/%s.png", dir, shots[i].name);
      TdTimelineMarks marks = { 0 };
      TdTimelineStyle style;
      Canvas canvas;
      double x_offset;
      int today;

      td_timeline_layout_set_year (layout, 2022);
      td_timeline_layout_set_today (layout, TODAY);
      td_timeline_layout_set_tasks (layout, tasks);
      td_timeline_layout_set_scale (layout, shots[i].scale);
      td_timeline_layout_set_viewport (layout, 1600, 560 * shots[i].scale);
      td_timeline_layout_day_from_iso (layout, TODAY, &today);
      x_offset = td_timeline_layout_zoom_to (layout, shots[i].zoom, today);
      if (shots[i].dark)
        td_timeline_style_init_dark (&style);
      else
        td_timeline_style_init_light (&style);
      style.text_scale = shots[i].scale;
      style.show_units = shots[i].units;
      style.name_heading = "Nhiệm vụ";
      style.units_heading = "Thực hiện";
      if (shots[i].marks)
        {
          marks.selected = td_timeline_layout_get_task (layout, 4)->id;
          marks.hover = td_timeline_layout_get_task (layout, 6)->id;
          marks.ghost = td_timeline_layout_get_task (layout, 6)->id;
          marks.ghost_start = today + 20;
          marks.ghost_end = today + 60;
        }

      canvas_init (&canvas, 1600, 560 * shots[i].scale + 48 * shots[i].scale);
      cairo_set_source_rgb (canvas.cr, style.header_background.red,
                            style.header_background.green, style.header_background.blue);
      cairo_paint (canvas.cr);
      td_timeline_painter_paint (painter, canvas.cr, layout, &style, &marks, x_offset, 0, 1600,
                                 560 * shots[i].scale);
      td_timeline_paint_legend (painter, canvas.cr, &style, NULL, NULL, TRUE, 16,
                                560 * shots[i].scale + 8, 1568);
      g_assert_cmpint (cairo_surface_write_to_png (canvas.surface, png), ==,
                       CAIRO_STATUS_SUCCESS);
      canvas_clear (&canvas);
    }

  g_clear_object (&store);
  g_unlink (db);
  g_rmdir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = g_getenv ("TD_TIMELINE_PNG_DIR");
  g_autofree char *png_dir = dir != NULL ? g_canonicalize_filename (dir, NULL) : NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/timeline-paint/status-colors", test_status_colors);
  g_test_add_func ("/timeline-paint/today-line", test_today_line);
  g_test_add_func ("/timeline-paint/cancelled", test_cancelled);
  g_test_add_func ("/timeline-paint/selection", test_selection);
  g_test_add_func ("/timeline-paint/visible-only", test_visible_only);
  g_test_add_func ("/timeline-paint/cache-follows-changes", test_cache_follows_changes);
  g_test_add_func ("/timeline-paint/hidpi", test_hidpi);
  g_test_add_func ("/timeline-paint/paper", test_paper);
  g_test_add_func ("/timeline-paint/highlight-unit", test_highlight_unit);

  if (png_dir != NULL)
    write_pictures (png_dir);
  return g_test_run ();
}
