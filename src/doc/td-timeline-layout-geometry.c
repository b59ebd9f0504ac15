/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Where the timeline's rows and days are on screen: metrics, zoom, days and x, rows and
 * y, bars, hit testing and dragging, and what the time header shows.
 */
#define G_LOG_DOMAIN "td-timeline-layout"

#include "config.h"

#include <math.h>

#include "td-timeline-layout-private.h"

/* How far from a day's middle a milestone's diamond reaches, as a share of a row. */
#define MILESTONE_HALF 0.3

/* Monday 0 … Sunday 6; 1970-01-01 was a Thursday. */
static int
weekday (gint64 epoch)
{
  return (int) (((epoch + 3) % 7 + 7) % 7);
}

static double
fit_ppd (TdTimelineLayout *self,
         TdTimelineZoom    zoom,
         int               anchor)
{
  double width = td_timeline_layout_get_chart_width (self);
  int q, m, days;

  anchor = CLAMP (anchor, 0, self->n_days - 1);
  switch (zoom)
    {
    case TD_TIMELINE_ZOOM_QUARTER:
      q = td_timeline_layout_quarter_of_day (self, anchor);
      days = self->month_first[q * 3] - self->month_first[q * 3 - 3];
      break;
    case TD_TIMELINE_ZOOM_MONTH:
      for (m = 1; m < 12 && self->month_first[m] <= anchor; m++)
        ;
      days = self->month_first[m] - self->month_first[m - 1];
      break;
    case TD_TIMELINE_ZOOM_YEAR:
    case TD_TIMELINE_ZOOM_CUSTOM:
    default:
      days = self->n_days;
      break;
    }
  return width / days;
}

static double
min_ppd (TdTimelineLayout *self)
{
  double chart = td_timeline_layout_get_chart_width (self);

  /* Narrower than the year fitted is no use; with no viewport yet, anything goes. */
  return self->width > 0 && chart > 1 ? MIN (chart / self->n_days, TD_TIMELINE_MAX_PPD)
                                      : TD_TIMELINE_MIN_PPD;
}

void
td_timeline_layout_refit (TdTimelineLayout *self)
{
  if (self->zoom != TD_TIMELINE_ZOOM_CUSTOM && self->width > 0)
    self->ppd = CLAMP (fit_ppd (self, self->zoom, self->zoom_anchor), TD_TIMELINE_MIN_PPD,
                       TD_TIMELINE_MAX_PPD);
}

/* The day that content @x is in. A hair's breadth of slack, so that the start of a day,
 * computed as day × ppd, is never taken for the day before it. */
static int
day_floor (TdTimelineLayout *self,
           double            x)
{
  return (int) floor (x / self->ppd + 1e-9);
}

/* Geometry ---------------------------------------------------------------------------------- */

void
td_timeline_layout_set_metrics (TdTimelineLayout        *self,
                                const TdTimelineMetrics *metrics)
{
  g_return_if_fail (self != NULL && metrics != NULL);
  g_return_if_fail (metrics->row_height > 0 && metrics->name_width >= 0 &&
                    metrics->header_height >= 0);

  self->metrics = *metrics;
  td_timeline_layout_refit (self);
  self->serial++;
}

void
td_timeline_layout_get_metrics (TdTimelineLayout  *self,
                                TdTimelineMetrics *metrics)
{
  g_return_if_fail (self != NULL && metrics != NULL);
  *metrics = self->metrics;
}

void
td_timeline_layout_set_scale (TdTimelineLayout *self,
                              double            scale)
{
  TdTimelineMetrics metrics;

  g_return_if_fail (self != NULL);
  g_return_if_fail (scale > 0);

  self->scale = scale;
  metrics.name_width = round (TD_TIMELINE_NAME_WIDTH * scale);
  metrics.header_height = round (TD_TIMELINE_HEADER_HEIGHT * scale);
  metrics.row_height = round (TD_TIMELINE_ROW_HEIGHT * scale);
  metrics.edge_grab = TD_TIMELINE_EDGE_GRAB * scale;
  td_timeline_layout_set_metrics (self, &metrics);
}

double
td_timeline_layout_get_scale (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 1.0);
  return self->scale;
}

void
td_timeline_layout_set_viewport (TdTimelineLayout *self,
                                 double            width,
                                 double            height)
{
  g_return_if_fail (self != NULL);

  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
  td_timeline_layout_refit (self);
}

double
td_timeline_layout_get_chart_width (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return MAX (self->width - self->metrics.name_width, 1.0);
}

double
td_timeline_layout_get_content_width (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->n_days * self->ppd;
}

double
td_timeline_layout_get_content_height (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->rows->len * self->metrics.row_height;
}

/* Zoom -------------------------------------------------------------------------------------- */

double
td_timeline_layout_get_pixels_per_day (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 1.0);
  return self->ppd;
}

void
td_timeline_layout_set_pixels_per_day (TdTimelineLayout *self,
                                       double            ppd)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (ppd > 0);

  self->ppd = CLAMP (ppd, min_ppd (self), TD_TIMELINE_MAX_PPD);
  self->zoom = TD_TIMELINE_ZOOM_CUSTOM;
}

TdTimelineZoom
td_timeline_layout_get_zoom (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, TD_TIMELINE_ZOOM_CUSTOM);
  return self->zoom;
}

double
td_timeline_layout_zoom_to (TdTimelineLayout *self,
                            TdTimelineZoom    zoom,
                            int               anchor_day)
{
  int first = 0, end, m;

  g_return_val_if_fail (self != NULL, 0.0);

  if (zoom == TD_TIMELINE_ZOOM_CUSTOM)
    return td_timeline_layout_clamp_x_offset (self, 0.0);

  anchor_day = CLAMP (anchor_day, 0, self->n_days - 1);
  self->zoom = zoom;
  self->zoom_anchor = anchor_day;
  self->ppd = CLAMP (fit_ppd (self, zoom, anchor_day), TD_TIMELINE_MIN_PPD, TD_TIMELINE_MAX_PPD);

  if (zoom == TD_TIMELINE_ZOOM_QUARTER)
    td_timeline_layout_quarter_days (self, td_timeline_layout_quarter_of_day (self, anchor_day),
                                     &first, &end);
  else if (zoom == TD_TIMELINE_ZOOM_MONTH)
    {
      for (m = 1; m < 12 && self->month_first[m] <= anchor_day; m++)
        ;
      first = self->month_first[m - 1];
    }
  return td_timeline_layout_clamp_x_offset (self, first * self->ppd);
}

double
td_timeline_layout_zoom_at (TdTimelineLayout *self,
                            double            ppd,
                            double            view_x,
                            double            x_offset)
{
  double day;

  g_return_val_if_fail (self != NULL, x_offset);
  g_return_val_if_fail (ppd > 0, x_offset);

  day = td_timeline_layout_day_at_view_x (self, view_x, x_offset);
  td_timeline_layout_set_pixels_per_day (self, ppd);
  return td_timeline_layout_clamp_x_offset (self, day * self->ppd -
                                                  (view_x - self->metrics.name_width));
}

double
td_timeline_layout_clamp_x_offset (TdTimelineLayout *self,
                                   double            x_offset)
{
  double max;

  g_return_val_if_fail (self != NULL, 0.0);
  max = MAX (td_timeline_layout_get_content_width (self) -
             td_timeline_layout_get_chart_width (self), 0.0);
  return CLAMP (x_offset, 0.0, max);
}

double
td_timeline_layout_clamp_y_offset (TdTimelineLayout *self,
                                   double            y_offset)
{
  double max;

  g_return_val_if_fail (self != NULL, 0.0);
  max = MAX (td_timeline_layout_get_content_height (self) -
             MAX (self->height - self->metrics.header_height, 0.0), 0.0);
  return CLAMP (y_offset, 0.0, max);
}

/* Dates and x ------------------------------------------------------------------------------- */

double
td_timeline_layout_x_for_day (TdTimelineLayout *self,
                              double            day)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return day * self->ppd;
}

double
td_timeline_layout_day_at_x (TdTimelineLayout *self,
                             double            x)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return x / self->ppd;
}

gboolean
td_timeline_layout_x_for_date (TdTimelineLayout *self,
                               const char       *iso,
                               double           *x)
{
  gint64 epoch;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!td_date_iso_to_days (iso, &epoch))
    return FALSE;
  if (x != NULL)
    *x = (double) (epoch - self->epoch) * self->ppd;
  return TRUE;
}

char *
td_timeline_layout_date_at_x (TdTimelineLayout *self,
                              double            x)
{
  g_return_val_if_fail (self != NULL, NULL);
  return td_timeline_layout_day_to_iso (self, day_floor (self, x));
}

double
td_timeline_layout_view_x (TdTimelineLayout *self,
                           double            day,
                           double            x_offset)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->metrics.name_width + day * self->ppd - x_offset;
}

double
td_timeline_layout_day_at_view_x (TdTimelineLayout *self,
                                  double            view_x,
                                  double            x_offset)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return (view_x - self->metrics.name_width + x_offset) / self->ppd;
}

char *
td_timeline_layout_day_to_iso (TdTimelineLayout *self,
                               int               day)
{
  int y, m, d;

  g_return_val_if_fail (self != NULL, NULL);

  td_date_from_days (self->epoch + day, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

gboolean
td_timeline_layout_day_from_iso (TdTimelineLayout *self,
                                 const char       *iso,
                                 int              *day)
{
  gint64 epoch;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!td_date_iso_to_days (iso, &epoch))
    return FALSE;
  if (day != NULL)
    *day = (int) (epoch - self->epoch);
  return TRUE;
}

int
td_timeline_layout_quarter_of_day (TdTimelineLayout *self,
                                   int               day)
{
  g_return_val_if_fail (self != NULL, 1);

  for (int q = 1; q < 4; q++)
    if (day < self->month_first[q * 3])
      return q;
  return 4;
}

int
td_timeline_layout_snap_x (TdTimelineLayout *self,
                           double            x)
{
  g_return_val_if_fail (self != NULL, 0);
  return (int) floor (x / self->ppd + 0.5);
}

/* Rows and y -------------------------------------------------------------------------------- */

double
td_timeline_layout_row_y (TdTimelineLayout *self,
                          guint             row)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return row * self->metrics.row_height;
}

guint
td_timeline_layout_row_at_y (TdTimelineLayout *self,
                             double            y)
{
  double row;

  g_return_val_if_fail (self != NULL, G_MAXUINT);

  if (y < 0)
    return G_MAXUINT;
  row = floor (y / self->metrics.row_height);
  return row < self->rows->len ? (guint) row : G_MAXUINT;
}

void
td_timeline_layout_visible_rows (TdTimelineLayout *self,
                                 double            y_offset,
                                 double            height,
                                 guint            *first,
                                 guint            *end)
{
  double rh, top, bottom;

  g_return_if_fail (self != NULL && first != NULL && end != NULL);

  rh = self->metrics.row_height;
  top = MAX (y_offset, 0.0);
  bottom = y_offset + MAX (height, 0.0);
  *first = (guint) MIN (floor (top / rh), (double) self->rows->len);
  *end = bottom <= 0 ? 0 : (guint) MIN (ceil (bottom / rh), (double) self->rows->len);
  *end = MAX (*end, *first);
}

double
td_timeline_layout_scroll_to_row (TdTimelineLayout *self,
                                  guint             row,
                                  double            y_offset,
                                  double            height)
{
  double top, rh;

  g_return_val_if_fail (self != NULL, y_offset);

  if (row >= self->rows->len)
    return y_offset;
  rh = self->metrics.row_height;
  top = row * rh;
  if (top < y_offset)
    y_offset = top;
  else if (top + rh > y_offset + height)
    y_offset = top + rh - height;
  return MAX (y_offset, 0.0);
}

gboolean
td_timeline_layout_get_bar (TdTimelineLayout *self,
                            guint             index,
                            TdTimelineRect   *rect)
{
  const TdTimelineTask *task;
  double rh;

  g_return_val_if_fail (self != NULL && rect != NULL, FALSE);
  g_return_val_if_fail (index < self->tasks->len, FALSE);

  task = &g_array_index (self->tasks, TdTimelineTask, index);
  if (task->row == G_MAXUINT)
    return FALSE;

  rh = self->metrics.row_height;
  if (task->milestone)
    {
      double half = rh * MILESTONE_HALF;

      rect->x = (task->start + 0.5) * self->ppd - half;
      rect->y = task->row * rh + rh / 2 - half;
      rect->width = rect->height = 2 * half;
    }
  else
    {
      rect->x = task->start * self->ppd;
      rect->width = (task->end + 1 - task->start) * self->ppd;
      rect->y = task->row * rh + rh * TD_TIMELINE_BAR_TOP;
      rect->height = rh * TD_TIMELINE_BAR_HEIGHT;
    }
  return TRUE;
}

/* Hit testing and dragging ------------------------------------------------------------------ */

void
td_timeline_layout_hit_test (TdTimelineLayout *self,
                             double            view_x,
                             double            view_y,
                             double            x_offset,
                             double            y_offset,
                             TdTimelineHit    *hit)
{
  const TdTimelineRow *row;
  const TdTimelineTask *task;
  double x, y, rh, grab;

  g_return_if_fail (self != NULL && hit != NULL);

  x = view_x - self->metrics.name_width + x_offset;
  y = view_y - self->metrics.header_height + y_offset;
  rh = self->metrics.row_height;
  grab = self->metrics.edge_grab;

  hit->kind = TD_TIMELINE_HIT_NONE;
  hit->row = G_MAXUINT;
  hit->task = G_MAXUINT;
  hit->quarter = 0;
  hit->day = day_floor (self, x);

  if (view_x < 0 || view_y < 0)
    return;
  if (view_y < self->metrics.header_height)
    {
      hit->kind = view_x < self->metrics.name_width ? TD_TIMELINE_HIT_CORNER
                                                    : TD_TIMELINE_HIT_TIME_HEADER;
      return;
    }

  hit->row = td_timeline_layout_row_at_y (self, y);
  if (hit->row == G_MAXUINT)
    return;
  row = &g_array_index (self->rows, TdTimelineRow, hit->row);
  hit->quarter = row->quarter;
  if (row->kind == TD_TIMELINE_ROW_QUARTER)
    {
      hit->kind = TD_TIMELINE_HIT_QUARTER;
      return;
    }

  hit->task = row->task;
  if (view_x < self->metrics.name_width)
    {
      hit->kind = TD_TIMELINE_HIT_NAME;
      return;
    }

  task = &g_array_index (self->tasks, TdTimelineTask, row->task);
  hit->kind = TD_TIMELINE_HIT_ROW;
  if (task->milestone)
    {
      double cx = (task->start + 0.5) * self->ppd;
      double cy = hit->row * rh + rh / 2;

      /* The diamond: within its half-diagonal, measured the diamond's way. */
      if (fabs (x - cx) + fabs (y - cy) <= rh * MILESTONE_HALF + grab)
        hit->kind = TD_TIMELINE_HIT_MILESTONE;
    }
  else
    {
      double x0 = task->start * self->ppd;
      double x1 = (task->end + 1) * self->ppd;
      /* Inside, an edge reaches a third of the bar at most, so a short bar keeps a body. */
      double inner = MIN (grab, (x1 - x0) / 3);
      gboolean near_start = x >= x0 - grab && x <= x0 + inner;
      gboolean near_end = x >= x1 - inner && x <= x1 + grab;

      if (near_start && near_end)
        hit->kind = fabs (x - x0) <= fabs (x - x1) ? TD_TIMELINE_HIT_START : TD_TIMELINE_HIT_END;
      else if (near_start)
        hit->kind = TD_TIMELINE_HIT_START;
      else if (near_end)
        hit->kind = TD_TIMELINE_HIT_END;
      else if (x > x0 && x < x1)
        hit->kind = TD_TIMELINE_HIT_BAR;
    }
}

gboolean
td_timeline_layout_drag_days (TdTimelineLayout *self,
                              guint             index,
                              TdTimelineDrag    drag,
                              double            dx,
                              int              *start,
                              int              *end)
{
  const TdTimelineTask *task;
  int delta, s, e, last;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->tasks->len, FALSE);

  task = &g_array_index (self->tasks, TdTimelineTask, index);
  delta = (int) floor (dx / self->ppd + 0.5);
  last = self->n_days - 1;
  if (task->milestone)
    drag = TD_TIMELINE_DRAG_MOVE;

  switch (drag)
    {
    case TD_TIMELINE_DRAG_START:
      s = CLAMP (task->start + delta, 0, MAX (task->end, 0));
      e = task->end;
      break;
    case TD_TIMELINE_DRAG_END:
      s = task->start;
      e = CLAMP (task->end + delta, MIN (task->start, last), last);
      break;
    case TD_TIMELINE_DRAG_MOVE:
    default:
      {
        int length = MIN (task->end - task->start, last);

        s = CLAMP (task->start + delta, 0, last - length);
        e = s + length;
      }
      break;
    }

  if (start != NULL)
    *start = s;
  if (end != NULL)
    *end = e;
  return s != task->start || e != task->end;
}

/* Time header ------------------------------------------------------------------------------- */

void
td_timeline_layout_quarter_days (TdTimelineLayout *self,
                                 int               quarter,
                                 int              *first,
                                 int              *end)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (quarter >= 1 && quarter <= 4);

  if (first != NULL)
    *first = self->month_first[quarter * 3 - 3];
  if (end != NULL)
    *end = self->month_first[quarter * 3];
}

void
td_timeline_layout_month_days (TdTimelineLayout *self,
                               int               month,
                               int              *first,
                               int              *end)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (month >= 1 && month <= 12);

  if (first != NULL)
    *first = self->month_first[month - 1];
  if (end != NULL)
    *end = self->month_first[month];
}

gboolean
td_timeline_layout_shows_weeks (TdTimelineLayout *self,
                                int              *first_monday)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (first_monday != NULL)
    *first_monday = (7 - weekday (self->epoch)) % 7;
  return self->ppd >= TD_TIMELINE_WEEK_PPD;
}

gboolean
td_timeline_layout_shows_days (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->ppd >= TD_TIMELINE_DAY_PPD;
}

gboolean
td_timeline_layout_get_today_x (TdTimelineLayout *self,
                                double           *x)
{
  int t;

  g_return_val_if_fail (self != NULL, FALSE);

  t = td_timeline_layout_get_today (self);
  if (t < 0 || t >= self->n_days)
    return FALSE;
  if (x != NULL)
    *x = (t + 0.5) * self->ppd;
  return TRUE;
}
