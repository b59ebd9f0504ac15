/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The time header of the timeline: quarters, months, and weeks or days.
 */
#define G_LOG_DOMAIN "td-timeline-paint"

#include "config.h"

#include <math.h>

#include "td-timeline-paint-private.h"

static PangoLayout *
month_label (Frame    *f,
             int       month,
             gboolean  abbreviated)
{
  const char * const *words = abbreviated ? f->style->month_abbrevs : f->style->month_names;

  return td_timeline_painter_label (f->self, FONT_SMALL,
                                    words != NULL ? words[month - 1]
                                                  : td_timeline_month_label (month, abbreviated));
}

/* The one form every month takes: the names when the widest fits the narrowest month, else
 * the short forms, shrunk when even those do not fit, so that no month is left without its
 * label and none reads differently from its neighbours. */
static void
month_form (Frame    *f,
            gboolean *abbreviated,
            double   *shrink)
{
  double narrowest = G_MAXDOUBLE;
  double widest[2] = { 0, 0 };

  for (int m = 1; m <= 12; m++)
    {
      int a, b;

      td_timeline_layout_month_days (f->layout, m, &a, &b);
      narrowest = MIN (narrowest, (b - a) * f->ppd);
      for (int form = 0; form < 2; form++)
        widest[form] = MAX (widest[form], layout_width (month_label (f, m, form == 1)));
    }
  *abbreviated = widest[0] + f->pad > narrowest;
  *shrink = 1.0;
  if (*abbreviated && widest[1] + MIN (f->pad * 0.5, narrowest * 0.15) > narrowest)
    *shrink = (narrowest - MIN (f->pad * 0.5, narrowest * 0.15)) / widest[1];
}

static void
add_label (GArray                *labels,
           TdTimelineLabelKind    kind,
           int                    index,
           PangoLayout           *layout,
           double                 x,
           double                 y,
           double                 shrink,
           const TdTimelineColor *color)
{
  HeaderLabel label = {
    .label = { kind, index, NULL,
               { x, y, layout_width (layout) * shrink, layout_height (layout) * shrink } },
    .layout = layout,
    .shrink = shrink,
    .color = color,
  };

  g_array_append_val (labels, label);
}

static gboolean
rects_meet (const TdTimelineRect *a,
            const TdTimelineRect *b,
            double                margin)
{
  return a->x < b->x + b->width + margin && b->x < a->x + a->width + margin &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

void
td_timeline_frame_header_labels (Frame  *f,
                                 double  y0,
                                 GArray *labels)
{
  double hh = f->m.header_height;
  double band_h = round (hh * 0.45);
  double name_w = f->m.name_width;
  double month_y = y0 + band_h;
  guint first_month, end_months;
  gboolean weeks, abbreviated;
  double shrink;
  int first, end, monday;

  visible_days (f, &first, &end);
  weeks = td_timeline_layout_shows_weeks (f->layout, &monday);

  /* Quarters: the label centred in what is in view of the quarter, shrunk as the months'
   * are when the quarter is narrower than its name. */
  for (int q = 1; q <= 4; q++)
    {
      PangoLayout *label = td_timeline_painter_label (f->self, FONT_SMALL_BOLD,
                                                      td_quarter_label (q));
      double lw = layout_width (label);
      double x0, x1, vis0, vis1, s;
      int a, b;

      td_timeline_layout_quarter_days (f->layout, q, &a, &b);
      x0 = view_x (f, a);
      x1 = view_x (f, b);
      s = MIN (1.0, MAX (x1 - x0 - f->pad, 1.0) / lw);
      vis0 = MAX (x0, name_w);
      vis1 = MIN (x1, f->width);
      if (vis1 - vis0 < lw * s + f->pad * 0.5)
        continue;
      add_label (labels, TD_TIMELINE_LABEL_QUARTER, q, label, (vis0 + vis1 - lw * s) / 2,
                 y0 + (band_h - layout_height (label) * s) / 2, s, &f->style->foreground);
    }

  /* Months: centred (zoomed in to weeks: to the left, over the week numbers), kept inside
   * their month when it is partly scrolled away. */
  month_form (f, &abbreviated, &shrink);
  first_month = labels->len;
  for (int m = 1; m <= 12; m++)
    {
      PangoLayout *label = month_label (f, m, abbreviated);
      double lw = layout_width (label) * shrink;
      double lh = layout_height (label) * shrink;
      double x0, x1, x, margin;
      int a, b;

      td_timeline_layout_month_days (f->layout, m, &a, &b);
      if (b < first || a > end)
        continue;
      x0 = view_x (f, a);
      x1 = view_x (f, b);
      x = weeks ? MAX (x0, name_w) + f->pad * 0.5
                : (MAX (x0, name_w) + MIN (x1, f->width) - lw) / 2;
      margin = CLAMP ((x1 - x0 - lw) / 2, 0, f->pad * 0.25);
      x = MAX (MIN (x, x1 - lw - margin), x0 + margin);
      add_label (labels, TD_TIMELINE_LABEL_MONTH, m, label, x,
                 weeks ? month_y + f->lw * 2 : month_y + (hh - band_h - lh) / 2, shrink,
                 &f->style->foreground);
    }
  end_months = labels->len;

  /* Zoomed in: the day of the month of each Monday, or of every day; never over a month's
   * label or the number before it. */
  if (weeks)
    {
      gboolean days = td_timeline_layout_shows_days (f->layout);
      int d = days ? first : monday + MAX (0, (first - monday + 6) / 7) * 7;
      TdTimelineRect previous = { -G_MAXDOUBLE / 4, 0, 0, 0 };

      for (; d < end; d += days ? 1 : 7)
        {
          g_autofree char *iso = td_timeline_layout_day_to_iso (f->layout, d);
          PangoLayout *label = td_timeline_painter_label (f->self, FONT_SMALL,
                                                          iso[8] == '0' ? iso + 9 : iso + 8);
          int weekday = ((d - monday) % 7 + 7) % 7;
          TdTimelineRect rect;
          gboolean clear = TRUE;

          rect.width = layout_width (label) * 0.85;
          rect.height = layout_height (label) * 0.85;
          rect.x = days ? view_x (f, d + 0.5) - rect.width / 2 : view_x (f, d) + f->lw * 3;
          rect.y = y0 + hh - layout_height (label) * 0.9;
          for (guint i = first_month; i < end_months && clear; i++)
            clear = !rects_meet (&rect, &g_array_index (labels, HeaderLabel, i).label.rect,
                                 f->pad * 0.3);
          if (!clear || rects_meet (&rect, &previous, f->pad * 0.2))
            continue;
          add_label (labels, TD_TIMELINE_LABEL_DAY, d, label, rect.x, rect.y, 0.85,
                     weekday >= 5 ? &f->style->grid : &f->style->dim_foreground);
          previous = rect;
        }
    }
}

/* The time header at @y0: quarter bands over month cells, week ticks or day numbers when
 * zoomed in; the corner over the names. Today's line and label are the rows' (under the
 * header), so that they never push a quarter's or a month's label aside. */
void
td_timeline_frame_paint_header (Frame  *f,
                                double  y0)
{
  cairo_t *cr = f->cr;
  double hh = f->m.header_height;
  double band_h = round (hh * 0.45);
  double name_w = f->m.name_width;
  double month_y = y0 + band_h;
  GArray *labels;
  gboolean weeks;
  int first, end, monday;

  visible_days (f, &first, &end);
  weeks = td_timeline_layout_shows_weeks (f->layout, &monday);

  cairo_save (cr);
  cairo_rectangle (cr, 0, y0, f->width, hh);
  cairo_clip (cr);
  set_color (cr, &f->style->header_background);
  cairo_paint (cr);

  set_color (cr, &f->style->foreground);
  if (f->style->number_heading != NULL)
    {
      PangoLayout *heading = td_timeline_painter_label (f->self, FONT_SMALL_BOLD,
                                                        f->style->number_heading);

      show_layout (cr, heading, f->number_end - layout_width (heading),
                   y0 + (hh - layout_height (heading)) / 2);
    }
  if (f->style->name_heading != NULL)
    {
      PangoLayout *heading = td_timeline_painter_label (f->self, FONT_SMALL_BOLD,
                                                        f->style->name_heading);

      show_layout (cr, heading, f->text_x, y0 + (hh - layout_height (heading)) / 2);
    }
  if (f->style->show_units && f->style->units_heading != NULL)
    {
      PangoLayout *heading = td_timeline_painter_label (f->self, FONT_SMALL_BOLD,
                                                        f->style->units_heading);

      show_layout (cr, heading, f->units_x, y0 + (hh - layout_height (heading)) / 2);
    }

  cairo_rectangle (cr, name_w, y0, f->width - name_w, hh);
  cairo_clip (cr);

  /* The quarters shaded as their columns are. */
  set_color (cr, &f->style->band);
  for (int q = 2; q <= 4; q += 2)
    {
      int a, b;

      td_timeline_layout_quarter_days (f->layout, q, &a, &b);
      cairo_rectangle (cr, view_x (f, a), y0, view_x (f, b) - view_x (f, a), band_h);
    }
  cairo_fill (cr);

  labels = g_array_new (FALSE, FALSE, sizeof (HeaderLabel));
  td_timeline_frame_header_labels (f, y0, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      HeaderLabel *label = &g_array_index (labels, HeaderLabel, i);

      set_color (cr, label->color);
      cairo_save (cr);
      cairo_translate (cr, label->label.rect.x, label->label.rect.y);
      cairo_scale (cr, label->shrink, label->shrink);
      show_layout (cr, label->layout, 0, 0);
      cairo_restore (cr);
    }
  g_array_unref (labels);

  /* Zoomed in: a tick at each Monday. */
  if (weeks)
    {
      double tick_y = y0 + hh - (hh - band_h) * 0.45;

      set_color (cr, &f->style->grid);
      for (int d = monday + MAX (0, (first - monday + 6) / 7) * 7; d < end; d += 7)
        vline (f, view_x (f, d), tick_y, y0 + hh);
      cairo_fill (cr);
    }

  set_color (cr, &f->style->grid);
  for (int q = 2; q <= 4; q++)
    {
      int a;

      td_timeline_layout_quarter_days (f->layout, q, &a, NULL);
      vline (f, view_x (f, a), y0, y0 + hh);
    }
  for (int m = 2; m <= 12; m++)
    {
      int a;

      td_timeline_layout_month_days (f->layout, m, &a, NULL);
      if ((m - 1) % 3 != 0)
        vline (f, view_x (f, a), month_y, y0 + hh);
    }
  hline (f, name_w, f->width, month_y);
  cairo_fill (cr);

  cairo_restore (cr);

  set_color (cr, &f->style->grid);
  hline (f, 0, f->width, y0 + hh - f->lw);
  vline (f, name_w, y0, y0 + hh);
  cairo_fill (cr);
}
