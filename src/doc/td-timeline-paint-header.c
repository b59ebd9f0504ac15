/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The time header of the timeline: quarters, months, weeks or days, and today's label.
 */
#define G_LOG_DOMAIN "td-timeline-paint"

#include "config.h"

#include <math.h>

#include "td-timeline-paint-private.h"

/* Shows @label at @y at the first of @candidates (x positions) that keeps clear of
 * @avoid0 … @avoid1; returns where it ends, or -1 when none did. */
static double
place_label (Frame       *f,
             PangoLayout *label,
             double       y,
             const double candidates[3],
             double       avoid0,
             double       avoid1)
{
  double lw = layout_width (label);

  for (guint c = 0; c < 3; c++)
    {
      double lx = candidates[c];

      if (lx < avoid1 && lx + lw > avoid0)
        continue;
      set_color (f->cr, &f->style->foreground);
      show_layout (f->cr, label, lx, y);
      return lx + lw;
    }
  return -1;
}

/* The time header at @y0: quarter bands over month cells, week ticks or day numbers when
 * zoomed in, and today's label in the quarter band with its line down to the rows; the
 * corner over the names. Labels keep clear of today's. */
void
td_timeline_frame_paint_header (Frame  *f,
                                double  y0)
{
  cairo_t *cr = f->cr;
  double hh = f->m.header_height;
  double band_h = round (hh * 0.45);
  double name_w = f->m.name_width;
  double month_y = y0 + band_h;
  double pill_x0 = 0, pill_x1 = 0, pill_h = 0, pill_y = 0, line0 = 0, line1 = 0, tx = 0;
  double label_end[12];
  PangoLayout *pill = NULL;
  gboolean weeks, today_shown;
  int first, end, monday;

  visible_days (f, &first, &end);
  weeks = td_timeline_layout_shows_weeks (f->layout, &monday);
  for (guint i = 0; i < G_N_ELEMENTS (label_end); i++)
    label_end[i] = -G_MAXDOUBLE;

  today_shown = !f->marks->hide_today && td_timeline_layout_get_today_x (f->layout, &tx);
  tx += name_w - f->x_offset;
  today_shown = today_shown && tx >= name_w && tx <= f->width;
  if (today_shown)
    {
      int today = td_timeline_layout_get_today (f->layout);
      g_autofree char *iso = td_timeline_layout_day_to_iso (f->layout, today);
      char text[64];
      double w;

      g_snprintf (text, sizeof text, "%s %.2s/%.2s", f->style->today_label, iso + 8, iso + 5);
      pill = td_timeline_painter_label (f->self, FONT_SMALL_BOLD, text);
      w = layout_width (pill) + f->pad * 1.2;
      pill_h = MIN (layout_height (pill) + f->lw * 2, band_h);
      pill_y = y0 + (band_h - pill_h) / 2;
      pill_x0 = CLAMP (tx - w / 2, name_w, MAX (f->width - w, name_w));
      pill_x1 = pill_x0 + w;
      line0 = tx - 2 * f->lw - f->pad * 0.3;
      line1 = tx + 2 * f->lw + f->pad * 0.3;
    }

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

  /* Quarters: shaded as their columns are, the label kept in view while any of the
   * quarter is, and clear of today's. */
  for (int q = 1; q <= 4; q++)
    {
      PangoLayout *label = td_timeline_painter_label (f->self, FONT_SMALL_BOLD,
                                                      td_timeline_quarter_label (q));
      double lw = layout_width (label);
      double x0, x1, vis0, vis1, candidates[3];
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
      candidates[0] = (vis0 + vis1 - lw) / 2;
      candidates[1] = vis0 + f->pad * 0.5;
      candidates[2] = vis1 - lw - f->pad * 0.5;
      place_label (f, label, y0 + (band_h - layout_height (label)) / 2, candidates,
                   pill != NULL ? pill_x0 - f->pad * 0.3 : 0, pill != NULL ? pill_x1 + f->pad * 0.3
                                                                           : 0);
    }

  /* Months: the name or its short form, centred (zoomed in to weeks: to the left, over
   * the week numbers), else beside today's line. */
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
          double candidates[3];
          double ends;

          if (lw + (form == 0 ? f->pad : f->pad * 0.5) > vis1 - vis0)
            continue;
          candidates[0] = weeks ? vis0 + f->pad * 0.5 : (vis0 + vis1 - lw) / 2;
          candidates[1] = vis0 + f->pad * 0.5;
          candidates[2] = vis1 - lw - f->pad * 0.5;
          ends = place_label (f, label, weeks ? month_y + f->lw * 2
                                              : month_y + (hh - band_h - layout_height (label)) / 2,
                              candidates, today_shown ? line0 : 0, today_shown ? line1 : 0);
          if (ends >= 0)
            {
              label_end[m - 1] = weeks ? ends : -G_MAXDOUBLE;
              break;
            }
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
          if (lx < label_end[month - 1] + f->pad * 0.3 ||
              (today_shown && lx < line1 && lx + lw > line0))
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

  /* Today: its label, and its line from there down to the rows. */
  if (pill != NULL)
    {
      set_color (cr, &f->style->today);
      cairo_rectangle (cr, (f->style->snap_to_pixels ? floor (tx) : tx) - f->lw,
                       pill_y + pill_h / 2, 2 * f->lw, y0 + hh - pill_y - pill_h / 2);
      cairo_fill (cr);
      td_timeline_rounded_rect (cr, pill_x0, pill_y, pill_x1 - pill_x0, pill_h, pill_h / 2);
      cairo_fill (cr);
      set_color (cr, &f->style->on_status);
      show_layout (cr, pill, pill_x0 + f->pad * 0.6, pill_y + (pill_h - layout_height (pill)) / 2);
    }
  cairo_restore (cr);

  set_color (cr, &f->style->grid);
  hline (f, 0, f->width, y0 + hh - f->lw);
  vline (f, name_w, y0, y0 + hh);
  cairo_fill (cr);
}
