/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What the timeline draws with: shapes, bars and milestones, the small marks of status,
 * the overdue hatch, and the legend that explains them.
 */
#define G_LOG_DOMAIN "td-timeline-paint"

#include "config.h"

#include <math.h>

#include "td-timeline-paint-private.h"

/* Shapes ------------------------------------------------------------------------------------ */

void
td_timeline_rounded_rect (cairo_t *cr,
                          double   x,
                          double   y,
                          double   w,
                          double   h,
                          double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
td_timeline_diamond (cairo_t *cr,
                     double   cx,
                     double   cy,
                     double   half)
{
  cairo_move_to (cr, cx, cy - half);
  cairo_line_to (cr, cx + half, cy);
  cairo_line_to (cr, cx, cy + half);
  cairo_line_to (cr, cx - half, cy);
  cairo_close_path (cr);
}

/* A check mark in a box of @size centred on (cx, cy). */
static void
check_mark (cairo_t *cr,
            double   cx,
            double   cy,
            double   size)
{
  cairo_save (cr);
  cairo_set_line_width (cr, MAX (size * 0.16, 0.8));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, cx - size * 0.32, cy + size * 0.02);
  cairo_line_to (cr, cx - size * 0.08, cy + size * 0.26);
  cairo_line_to (cr, cx + size * 0.34, cy - size * 0.24);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The warning sign: a triangle with "!" in it, its box @size wide at (x, cy). */
static void
warning_mark (cairo_t               *cr,
              const TdTimelineStyle *style,
              double                 x,
              double                 cy,
              double                 size)
{
  double h = size * 0.9;

  cairo_save (cr);
  set_color (cr, &style->status[TD_TIMELINE_OVERDUE]);
  cairo_move_to (cr, x + size / 2, cy - h / 2);
  cairo_line_to (cr, x + size, cy + h / 2);
  cairo_line_to (cr, x, cy + h / 2);
  cairo_close_path (cr);
  cairo_fill (cr);
  set_color (cr, &style->on_status);
  cairo_rectangle (cr, x + size * 0.44, cy - h * 0.18, size * 0.12, h * 0.38);
  cairo_rectangle (cr, x + size * 0.44, cy + h * 0.27, size * 0.12, h * 0.12);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* A ring @lw thick inside the circle of radius @r: a fill, cheaper than a stroke. */
static void
ring (cairo_t *cr,
      double   cx,
      double   cy,
      double   r,
      double   lw)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_new_sub_path (cr);
  cairo_arc_negative (cr, cx, cy, r - lw, 2 * G_PI, 0);
  cairo_fill (cr);
}

/* The status glyph of the name column: an empty ring (planned), a ring filling up (in
 * progress), a check in a disc (done), the warning sign (overdue), a crossed ring
 * (cancelled). Shapes, not font glyphs, so every font has them. */
static void
status_glyph (cairo_t               *cr,
              const TdTimelineStyle *style,
              TdTimelineStatus       status,
              int                    progress,
              double                 cx,
              double                 cy,
              double                 size)
{
  double r = size / 2;
  double lw = MAX (size * 0.12, 0.6);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_width (cr, lw);
  set_color (cr, &style->status[status]);
  switch (status)
    {
    case TD_TIMELINE_PLANNED:
      ring (cr, cx, cy, r, lw);
      break;
    case TD_TIMELINE_IN_PROGRESS:
      ring (cr, cx, cy, r, lw);
      cairo_move_to (cr, cx, cy);
      cairo_arc (cr, cx, cy, r - lw * 1.5, -G_PI / 2,
                 -G_PI / 2 + 2 * G_PI * CLAMP (MAX (progress, 25), 0, 100) / 100.0);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case TD_TIMELINE_DONE:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      set_color (cr, &style->on_status);
      check_mark (cr, cx, cy, size * 0.8);
      break;
    case TD_TIMELINE_OVERDUE:
      warning_mark (cr, style, cx - r * 1.1, cy, size * 1.1);
      break;
    case TD_TIMELINE_CANCELLED:
    default:
      {
        /* A ring with a slash: the slash a thin parallelogram. */
        double d = lw * 0.7;

        ring (cr, cx, cy, r, lw);
        cairo_move_to (cr, cx - r * 0.7 - d, cy + r * 0.7 - d);
        cairo_line_to (cr, cx + r * 0.7 - d, cy - r * 0.7 - d);
        cairo_line_to (cr, cx + r * 0.7 + d, cy - r * 0.7 + d);
        cairo_line_to (cr, cx - r * 0.7 + d, cy + r * 0.7 + d);
        cairo_close_path (cr);
        cairo_fill (cr);
      }
      break;
    }
  cairo_restore (cr);
}

/* A bar's outline: rounded at both ends, or square at its right (the part done of a bar
 * that goes on). */
static void
bar_path (cairo_t  *cr,
          double    x,
          double    y,
          double    w,
          double    h,
          double    r,
          gboolean  round_left,
          gboolean  round_right)
{
  r = MAX (MIN (r, MIN (w, h) / 2), 0);
  if (round_right)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
      cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
    }
  else
    {
      cairo_move_to (cr, x + w, y);
      cairo_line_to (cr, x + w, y + h);
    }
  if (round_left)
    {
      cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
    }
  else
    {
      cairo_line_to (cr, x, y + h);
      cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

/* A bar's shape. On screen, where almost every row has one and they must be cheap:
 * pixel-aligned boxes with stepped corners, which cairo fills without a curve or a mask.
 * On paper: rounded ends. */
static void
bar_shape (cairo_t  *cr,
           gboolean  snap,
           double    x,
           double    y,
           double    w,
           double    h,
           double    r,
           gboolean  round_left,
           gboolean  round_right)
{
  double x0, x1;
  int steps;

  if (!snap)
    {
      bar_path (cr, x, y, w, h, r, round_left, round_right);
      return;
    }

  x0 = round (x);
  x1 = MAX (round (x + w), x0 + 1);
  steps = MIN ((int) round (r / 2), (int) ((x1 - x0) / 2));
  steps = MIN (steps, (int) (h / 2));
  for (int k = 0; k <= steps; k++)
    {
      double in = steps - k;

      cairo_rectangle (cr, x0 + (round_left ? in : 0), y + k,
                       x1 - x0 - (round_left ? in : 0) - (round_right ? in : 0), h - 2 * k);
    }
}

/* A bar from @x to @x + @w: the part to do lightly tinted, the part done (progress) in
 * full colour, outlined; overdue work hatched (@hatch: a pattern to fill with, NULL for
 * stripes one by one), cancelled work faded and struck through; done work checked when
 * @check. Fills only, no stroke, no clip but on paper. */
void
td_timeline_draw_bar (cairo_t               *cr,
                      const TdTimelineStyle *style,
                      cairo_pattern_t       *hatch,
                      gboolean               check,
                      TdTimelineStatus       status,
                      int                    progress,
                      double                 x,
                      double                 y,
                      double                 w,
                      double                 h,
                      double                 lw)
{
  gboolean snap = style->snap_to_pixels;
  TdTimelineColor done, todo;
  double r, split, inner_x, inner_w, inner_h, inner_r;
  gboolean full;

  td_timeline_style_bar_colors (style, status, &done, &todo);
  if (snap)
    {
      double x1 = MAX (round (x + w), round (x) + 2);

      x = round (x);
      w = x1 - x;
    }
  w = MAX (w, 2 * lw);
  r = MIN (h * 0.22, w / 2);
  split = x + w * CLAMP (progress, 0, 100) / 100.0;
  if (snap)
    split = round (split);
  full = status != TD_TIMELINE_CANCELLED && progress >= 100;

  /* The outline is the bar in its edge colour, the inside filled over it. */
  bar_shape (cr, snap, x, y, w, h, r, TRUE, TRUE);
  set_color (cr, status == TD_TIMELINE_CANCELLED ? &style->status[status] : &done);
  cairo_fill (cr);

  inner_x = x + lw;
  inner_w = w - 2 * lw;
  inner_h = h - 2 * lw;
  inner_r = MAX (r - lw, 0);
  if (!full && inner_w > 0)
    {
      bar_shape (cr, snap, inner_x, y + lw, inner_w, inner_h, inner_r, TRUE, TRUE);
      set_color (cr, &todo);
      cairo_fill (cr);

      if (status != TD_TIMELINE_CANCELLED && split > inner_x)
        {
          bar_shape (cr, snap, inner_x, y + lw, MIN (split, x + w - lw) - inner_x, inner_h,
                     inner_r, TRUE, split >= x + w - r);
          set_color (cr, &done);
          cairo_fill (cr);
        }

      if (status == TD_TIMELINE_OVERDUE && split < x + w - lw)
        {
          double left = MAX (split, inner_x);

          bar_shape (cr, snap, left, y + lw, x + w - lw - left, inner_h, inner_r,
                     left <= inner_x, TRUE);
          if (hatch != NULL)
            {
              cairo_set_source (cr, hatch);
              cairo_fill (cr);
            }
          else
            {
              double step = h * 0.45;
              double t = h * 0.14;

              cairo_save (cr);
              cairo_clip (cr);
              for (double sx = left - h - step; sx < x + w; sx += step)
                {
                  cairo_move_to (cr, sx, y + h);
                  cairo_line_to (cr, sx + t, y + h);
                  cairo_line_to (cr, sx + t + h, y);
                  cairo_line_to (cr, sx + h, y);
                  cairo_close_path (cr);
                }
              set_color_alpha (cr, &done, 0.75);
              cairo_fill (cr);
              cairo_restore (cr);
            }
        }
    }

  if (check && status == TD_TIMELINE_DONE && w >= h * 1.6)
    {
      set_color (cr, &style->on_status);
      check_mark (cr, x + w - h * 0.6, y + h / 2, h * 0.75);
    }
  if (status == TD_TIMELINE_CANCELLED)
    {
      double t = MAX (round (h * 0.12), lw);
      double ty = y + (h - t) / 2;

      set_color (cr, &style->dim_foreground);
      cairo_rectangle (cr, x - round (h * 0.25), snap ? round (ty) : ty, w + 2 * round (h * 0.25),
                       t);
      cairo_fill (cr);
    }
}

void
td_timeline_draw_milestone (cairo_t               *cr,
                            const TdTimelineStyle *style,
                            TdTimelineStatus       status,
                            double                 cx,
                            double                 cy,
                            double                 half,
                            double                 lw)
{
  TdTimelineColor done, todo;

  td_timeline_style_bar_colors (style, status, &done, &todo);
  cairo_save (cr);
  td_timeline_diamond (cr, cx, cy, half);
  set_color (cr, status == TD_TIMELINE_PLANNED ? &todo : &done);
  cairo_fill_preserve (cr);
  set_color (cr, &style->status[status]);
  cairo_set_line_width (cr, lw * 1.5);
  cairo_stroke (cr);
  if (status == TD_TIMELINE_DONE)
    {
      set_color (cr, &style->on_status);
      check_mark (cr, cx, cy, half);
    }
  if (status == TD_TIMELINE_CANCELLED)
    {
      set_color (cr, &style->dim_foreground);
      cairo_set_line_width (cr, MAX (half * 0.2, lw));
      cairo_move_to (cr, cx - half * 1.4, cy);
      cairo_line_to (cr, cx + half * 1.4, cy);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The scale images made for the screen are drawn at: the one set, else the target's. */
static void
device_scale (TdTimelinePainter *self,
              cairo_surface_t   *target,
              double            *sx,
              double            *sy)
{
  if (self->device_scale > 0)
    *sx = *sy = self->device_scale;
  else
    cairo_surface_get_device_scale (target, sx, sy);
}

/* The overdue hatch on screen: a tile of one stripe, repeated, made again only when the
 * colour, the bar's height or the screen's scale change. Filling with it costs as much
 * as a plain fill, where stripes one by one cost a path of many edges per bar. */
cairo_pattern_t *
td_timeline_painter_hatch (TdTimelinePainter     *self,
                           cairo_t               *cr,
                           const TdTimelineStyle *style,
                           double                 bar_h)
{
  TdTimelineColor color = style->status[TD_TIMELINE_OVERDUE];
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_t *tile;
  cairo_t *tcr;
  double sx = 1, sy = 1, t;
  int n;

  device_scale (self, target, &sx, &sy);
  n = MAX ((int) round (bar_h * 0.45), 3);
  if (self->hatch != NULL && self->hatch_size == n && self->hatch_scale == sx &&
      memcmp (&self->hatch_color, &color, sizeof color) == 0)
    return self->hatch;

  g_clear_pointer (&self->hatch, cairo_pattern_destroy);
  tile = cairo_surface_create_similar_image (target, CAIRO_FORMAT_ARGB32, (int) ceil (n * sx),
                                             (int) ceil (n * sy));
  cairo_surface_set_device_scale (tile, sx, sy);
  tcr = cairo_create (tile);
  t = bar_h * 0.14;
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (tcr, k * n, n);
      cairo_line_to (tcr, k * n + t, n);
      cairo_line_to (tcr, k * n + t + n, 0);
      cairo_line_to (tcr, k * n + n, 0);
      cairo_close_path (tcr);
    }
  set_color_alpha (tcr, &color, 0.75);
  cairo_fill (tcr);
  cairo_destroy (tcr);

  self->hatch = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (self->hatch, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  self->hatch_size = n;
  self->hatch_scale = sx;
  self->hatch_color = color;
  return self->hatch;
}

static void
draw_stamp (cairo_t               *cr,
            const TdTimelineStyle *style,
            StampKind              kind,
            int                    variant,
            double                 cx,
            double                 cy,
            double                 size)
{
  switch (kind)
    {
    case STAMP_STATUS:
      status_glyph (cr, style, variant / 16, (variant % 16) * 100 / 8, cx, cy, size);
      break;
    case STAMP_WARNING:
      warning_mark (cr, style, cx - size / 2, cy, size);
      break;
    case STAMP_CHECK_ON:
    case STAMP_CHECK_DONE:
    default:
      set_color (cr, kind == STAMP_CHECK_ON ? &style->on_status
                                            : &style->status[TD_TIMELINE_DONE]);
      check_mark (cr, cx, cy, size);
      break;
    }
}

/* A small mark centred on (@cx, @cy). On screen it is drawn once into an image of the
 * target's scale and then copied, as a glyph is: a row's marks cost a copy each, not a
 * path; on paper it is drawn as it is. */
void
td_timeline_frame_stamp (Frame     *f,
                         StampKind  kind,
                         int        variant,
                         double     cx,
                         double     cy,
                         double     size)
{
  TdTimelinePainter *self = f->self;
  cairo_surface_t *target, *image;
  double sx = 1, sy = 1, dx, dy;
  guint key;
  int box;

  if (!f->style->snap_to_pixels)
    {
      draw_stamp (f->cr, f->style, kind, variant, cx, cy, size);
      return;
    }

  /* Images made for other colours or another screen are no use. */
  target = cairo_get_target (f->cr);
  device_scale (self, target, &sx, &sy);
  if (self->stamp_scale != sx ||
      memcmp (self->stamp_colors, f->style->status, sizeof f->style->status) != 0 ||
      memcmp (&self->stamp_colors[TD_TIMELINE_N_STATUSES], &f->style->on_status,
              sizeof (TdTimelineColor)) != 0)
    {
      g_hash_table_remove_all (self->stamps);
      memcpy (self->stamp_colors, f->style->status, sizeof f->style->status);
      self->stamp_colors[TD_TIMELINE_N_STATUSES] = f->style->on_status;
      self->stamp_scale = sx;
    }

  box = (int) ceil (size * 1.25) + 2;
  key = ((guint) kind << 24) | ((guint) variant << 14) | ((guint) round (size * 8) & 0x3fff);
  image = g_hash_table_lookup (self->stamps, GUINT_TO_POINTER (key));
  if (image == NULL)
    {
      cairo_t *icr;

      image = cairo_surface_create_similar_image (target, CAIRO_FORMAT_ARGB32,
                                                  (int) ceil (box * sx), (int) ceil (box * sy));
      cairo_surface_set_device_scale (image, sx, sy);
      icr = cairo_create (image);
      draw_stamp (icr, f->style, kind, variant, box / 2.0, box / 2.0, size);
      cairo_destroy (icr);
      g_hash_table_insert (self->stamps, GUINT_TO_POINTER (key), image);
    }

  dx = round (cx - box / 2.0);
  dy = round (cy - box / 2.0);
  cairo_set_source_surface (f->cr, image, dx, dy);
  cairo_rectangle (f->cr, dx, dy, box, box);
  cairo_fill (f->cr);
}

/* What follows a bar's end, so that status never rests on colour alone: the warning sign
 * when overdue, a check when done and the bar was too short to hold it, the progress. */
void
td_timeline_frame_badge (Frame                *f,
                         const TdTimelineTask *task,
                         RowText              *text,
                         double                x,
                         double                y,
                         double                bar_w,
                         double                h)
{
  cairo_t *cr = f->cr;
  double cy = y + f->m.row_height / 2;

  switch (task->status)
    {
    case TD_TIMELINE_OVERDUE:
      td_timeline_frame_stamp (f, STAMP_WARNING, 0, x + h * 0.525, cy, h * 1.05);
      break;
    case TD_TIMELINE_DONE:
      if (task->milestone || bar_w < h * 1.6)
        td_timeline_frame_stamp (f, STAMP_CHECK_DONE, 0, x + h / 2, cy, h);
      break;
    case TD_TIMELINE_IN_PROGRESS:
      if (text->progress_layout != NULL)
        {
          set_color (cr, &f->style->dim_foreground);
          show_layout (cr, text->progress_layout, x,
                       cy - layout_height (text->progress_layout) / 2);
        }
      break;
    case TD_TIMELINE_PLANNED:
    case TD_TIMELINE_CANCELLED:
    default:
      break;
    }
}

/* Legend ------------------------------------------------------------------------------------ */

void
td_timeline_paint_legend_symbol (cairo_t               *cr,
                                 const TdTimelineStyle *style,
                                 TdTimelineLegendItem   item,
                                 double                 x,
                                 double                 y,
                                 double                 width,
                                 double                 height)
{
  static const int progress[] = { 0, 45, 100, 30, 0 };
  double lw = style->snap_to_pixels ? 1.0 : 0.5;
  double cy = y + height / 2;
  double bar_h = height * 0.7;

  g_return_if_fail (cr != NULL && style != NULL);
  g_return_if_fail (item < TD_TIMELINE_LEGEND_N_ITEMS);

  cairo_save (cr);
  switch (item)
    {
    case TD_TIMELINE_LEGEND_MILESTONE:
      td_timeline_draw_milestone (cr, style, TD_TIMELINE_PLANNED, x + width / 2, cy, height * 0.45,
                                  lw);
      break;
    case TD_TIMELINE_LEGEND_TODAY:
      set_color (cr, &style->today);
      cairo_rectangle (cr, x + width / 2 - lw, y, 2 * lw, height);
      cairo_fill (cr);
      break;
    default:
      {
        TdTimelineStatus status = (TdTimelineStatus) item;
        double glyph = height * 0.8;
        double bar_x = x + glyph + height * 0.35;
        double bar_w = width - (bar_x - x) - (status == TD_TIMELINE_OVERDUE ? height : 0);

        status_glyph (cr, style, status, progress[status], x + glyph / 2, cy, glyph);
        td_timeline_draw_bar (cr, style, NULL, TRUE, status, progress[status], bar_x,
                              cy - bar_h / 2, bar_w, bar_h, lw);
        if (status == TD_TIMELINE_OVERDUE)
          warning_mark (cr, style, bar_x + bar_w + height * 0.15, cy, height * 0.8);
      }
      break;
    }
  cairo_restore (cr);
}

double
td_timeline_paint_legend (TdTimelinePainter     *self,
                          cairo_t               *cr,
                          const TdTimelineStyle *style,
                          const char            *title,
                          const char * const    *labels,
                          gboolean               with_today,
                          double                 x,
                          double                 y,
                          double                 width)
{
  double fs, line_h, gap, cx, cy;

  g_return_val_if_fail (self != NULL && style != NULL, 0.0);

  td_timeline_painter_use_style (self, style);
  fs = style->font_size * style->text_scale;
  gap = fs;
  line_h = fs * 1.6;
  cx = x;
  cy = y;

  if (title != NULL)
    {
      PangoLayout *layout = td_timeline_painter_label (self, FONT_BOLD, title);

      if (cr != NULL)
        {
          set_color (cr, &style->foreground);
          show_layout (cr, layout, cx, cy + (line_h - layout_height (layout)) / 2);
        }
      cx += layout_width (layout) + fs * 0.8;
    }

  for (guint i = 0; i < TD_TIMELINE_LEGEND_N_ITEMS; i++)
    {
      const char *text = labels != NULL ? labels[i] : td_timeline_legend_doc_label (i);
      double symbol_w = i < TD_TIMELINE_LEGEND_MILESTONE ? fs * 3.8 : fs * 1.2;
      PangoLayout *layout;
      double item_w;

      if (i == TD_TIMELINE_LEGEND_TODAY && !with_today)
        continue;
      layout = td_timeline_painter_label (self, FONT_ROW, text);
      item_w = symbol_w + fs * 0.5 + layout_width (layout);

      if (cx > x && cx + item_w > x + width)
        {
          cx = x;
          cy += line_h;
        }
      if (cr != NULL)
        {
          td_timeline_paint_legend_symbol (cr, style, i, cx, cy + (line_h - fs) / 2, symbol_w,
                                           fs);
          set_color (cr, &style->foreground);
          show_layout (cr, layout, cx + symbol_w + fs * 0.5,
                       cy + (line_h - layout_height (layout)) / 2);
        }
      cx += item_w + gap;
    }
  return cy + line_h - y;
}
