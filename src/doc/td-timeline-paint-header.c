/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The time header of the timeline: quarters, months, and weeks or days.
 */
#define G_LOG_DOMAIN "td-timeline-paint"

#include "config.h"

#include <math.h>

#include "td-timeline-paint-private.h"

/* Shows @label at (@x, @y); returns where it ends. */
static double
place_label (Frame       *f,
             PangoLayout *label,
             double       x,
             double       y)
{
  set_color (f->cr, &f->style->foreground);
  show_layout (f->cr, label, x, y);
  return x + layout_width (label);
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
  double label_end[12];
  gboolean weeks;
  int first, end, monday;

  visible_days (f, &first, &end);
  weeks = td_timeline_layout_shows_weeks (f->layout, &monday);
  for (guint i = 0; i < G_N_ELEMENTS (label_end); i++)
    label_end[i] = -G_MAXDOUBLE;

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

  /* Quarters: shaded as their columns are, the label centred in what is in view of the
   * quarter while it all fits. */
  for (int q = 1; q <= 4; q++)
    {
      PangoLayout *label = td_timeline_painter_label (f->self, FONT_SMALL_BOLD,
                                                      td_quarter_label (q));
      double lw = layout_width (label);
      double x0, x1, vis0, vis1;
      int a, b;

      td_timeline_layout_quarter_days (f->layout, q, &a, &b);
      x0 = view_x (f, a);
      x1 = view_x (f, b);
      if (q % 2 == 0)
        {
          set_color (cr, &f->style->band);
          cairo_rectangle (cr, x0, y0, x1 - x0, band_h);
          cairo_fill (cr);
        }
      vis0 = MAX (x0, name_w);
      vis1 = MIN (x1, f->width);
      if (vis1 - vis0 < lw + f->pad)
        continue;
      place_label (f, label, (vis0 + vis1 - lw) / 2, y0 + (band_h - layout_height (label)) / 2);
    }

  /* Months: the name or its short form, centred (zoomed in to weeks: to the left, over
   * the week numbers). */
  for (int m = 1; m <= 12; m++)
    {
      double x0, x1, vis0, vis1;
      int a, b;

      td_timeline_layout_month_days (f->layout, m, &a, &b);
      if (b < first || a > end)
        continue;
      x0 = view_x (f, a);
      x1 = view_x (f, b);
      vis0 = MAX (x0, name_w);
      vis1 = MIN (x1, f->width);
      for (guint form = 0; form < 2; form++)
        {
          PangoLayout *label = td_timeline_painter_label (f->self, FONT_SMALL,
                                                          td_timeline_month_label (m, form == 1));
          double lw = layout_width (label);
          double ends;

          if (lw + (form == 0 ? f->pad : f->pad * 0.5) > vis1 - vis0)
            continue;
          ends = place_label (f, label, weeks ? vis0 + f->pad * 0.5 : (vis0 + vis1 - lw) / 2,
                              weeks ? month_y + f->lw * 2
                                    : month_y + (hh - band_h - layout_height (label)) / 2);
          label_end[m - 1] = weeks ? ends : -G_MAXDOUBLE;
          break;
        }
    }

  /* Zoomed in: Monday ticks with their day of the month, or every day's number. */
  if (weeks)
    {
      gboolean days = td_timeline_layout_shows_days (f->layout);
      double tick_y = y0 + hh - (hh - band_h) * 0.45;
      int d = days ? first : monday + MAX (0, (first - monday + 6) / 7) * 7;

      for (; d < end; d += days ? 1 : 7)
        {
          g_autofree char *iso = td_timeline_layout_day_to_iso (f->layout, d);
          PangoLayout *label = td_timeline_painter_label (f->self, FONT_SMALL,
                                                          iso[8] == '0' ? iso + 9 : iso + 8);
          double lw = layout_width (label) * 0.85;
          double lx = days ? view_x (f, d + 0.5) - lw / 2 : view_x (f, d) + f->lw * 3;
          int weekday = ((d - monday) % 7 + 7) % 7;
          int month = atoi (iso + 5);

          if (weekday == 0)
            {
              set_color (cr, &f->style->grid);
              vline (f, view_x (f, d), tick_y, y0 + hh);
              cairo_fill (cr);
            }
          if (lx < label_end[month - 1] + f->pad * 0.3)
            continue;
          set_color (cr, weekday >= 5 ? &f->style->grid : &f->style->dim_foreground);
          cairo_save (cr);
          cairo_translate (cr, lx, y0 + hh - layout_height (label) * 0.9);
          cairo_scale (cr, 0.85, 0.85);
          show_layout (cr, label, 0, 0);
          cairo_restore (cr);
        }
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
