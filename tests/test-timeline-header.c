/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline's time header as the painter lays it out, with no display: one form for all
 * the months at any width and text size, never a month without its label, and never a
 * day's number over a month's label, however it is zoomed or scrolled.
 */
#define G_LOG_DOMAIN "test-timeline-header"

#include "config.h"

#include <math.h>

#include "td-timeline-paint.h"

static const char * const english_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};
static const char * const english_abbrevs[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static TdTimelineLayout *
year_layout (double width,
             double scale)
{
  TdTimelineLayout *layout = td_timeline_layout_new ();
  TdTimelineMetrics metrics;

  td_timeline_layout_set_year (layout, 2022);
  td_timeline_layout_set_today (layout, "2022-06-15");
  td_timeline_layout_set_scale (layout, scale);
  /* As the widget does: the names give the chart at least half the width. */
  td_timeline_layout_get_metrics (layout, &metrics);
  metrics.name_width = MIN (metrics.name_width, floor (width / 2));
  td_timeline_layout_set_metrics (layout, &metrics);
  td_timeline_layout_set_viewport (layout, width, 600);
  td_timeline_layout_zoom_to (layout, TD_TIMELINE_ZOOM_YEAR, 0);
  return layout;
}

static void
init_style (TdTimelineStyle *style,
            gboolean         english,
            double           scale)
{
  td_timeline_style_init_light (style);
  style->text_scale = scale;
  if (english)
    {
      style->month_names = english_names;
      style->month_abbrevs = english_abbrevs;
    }
}

/* Which form @text is of month @month: 0 the name, 1 the short form, -1 neither. */
static int
form_of (const TdTimelineStyle *style,
         int                    month,
         const char            *text)
{
  const char *name = style->month_names != NULL ? style->month_names[month - 1]
                                                : td_timeline_month_label (month, FALSE);
  const char *abbrev = style->month_abbrevs != NULL ? style->month_abbrevs[month - 1]
                                                    : td_timeline_month_label (month, TRUE);

  /* "May" is both in English: it takes the form of the others. */
  if (g_str_equal (text, name) && g_str_equal (text, abbrev))
    return 2;
  if (g_str_equal (text, name))
    return 0;
  return g_str_equal (text, abbrev) ? 1 : -1;
}

static gboolean
rects_meet (const TdTimelineRect *a,
            const TdTimelineRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height &&
         b->y < a->y + a->height;
}

/* The months' labels at the year's zoom: all twelve, one form, each inside its month and
 * in the header's month band. Returns the form. */
static int
check_months (TdTimelinePainter     *painter,
              TdTimelineLayout      *layout,
              const TdTimelineStyle *style,
              double                 width)
{
  g_autoptr(GArray) labels = td_timeline_painter_get_header_labels (painter, layout, style, 0,
                                                                    width);
  TdTimelineMetrics metrics;
  int form = 2;
  int seen = 0;

  td_timeline_layout_get_metrics (layout, &metrics);
  for (guint i = 0; i < labels->len; i++)
    {
      const TdTimelineHeaderLabel *label = &g_array_index (labels, TdTimelineHeaderLabel, i);
      int this_form, a, b;

      if (label->kind != TD_TIMELINE_LABEL_MONTH)
        continue;
      g_assert_cmpint (label->index, ==, seen + 1);
      seen++;
      this_form = form_of (style, label->index, label->text);
      g_assert_cmpint (this_form, !=, -1);
      if (this_form != 2)
        {
          if (form != 2 && this_form != form)
            g_error ("at %.0f px and scale %.2f, %s is not in the form of the months before it",
                     width, style->text_scale, label->text);
          form = this_form;
        }
      td_timeline_layout_month_days (layout, label->index, &a, &b);
      g_assert_cmpfloat (label->rect.x, >=, td_timeline_layout_view_x (layout, a, 0));
      g_assert_cmpfloat (label->rect.x + label->rect.width, <=,
                         td_timeline_layout_view_x (layout, b, 0));
      g_assert_cmpfloat (label->rect.y, >=, metrics.header_height * 0.4);
      g_assert_cmpfloat (label->rect.y + label->rect.height, <=, metrics.header_height + 0.5);
      /* Shrunk to fit a narrow window, but not to nothing. */
      g_assert_cmpfloat (label->rect.height, >=, style->font_size * 0.45);
    }
  if (seen != 12)
    g_error ("at %.0f px and scale %.2f, %d months have a label", width, style->text_scale, seen);
  return form;
}

/* Tests ------------------------------------------------------------------------------------- */

/* From a narrow window to a wide screen, at the presentation's sizes too: every month
 * labelled, all in one form; the names where they fit, the short forms elsewhere. */
static void
test_one_form (void)
{
  static const double widths[] = { 480, 640, 800, 1024, 1280, 1600, 1920, 2560, 3840 };
  static const double scales[] = { 1.0, 1.5, 1.725, 1.98, 2.28, 2.62, 3.0 };
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  gboolean english_names_seen = FALSE, english_abbrevs_seen = FALSE;

  for (int english = 0; english <= 1; english++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
        {
          g_autoptr(TdTimelineLayout) layout = year_layout (widths[w], scales[s]);
          TdTimelineStyle style;
          int form;

          init_style (&style, english, scales[s]);
          form = check_months (painter, layout, &style, widths[w]);
          if (english && form == 0)
            english_names_seen = TRUE;
          if (english && form == 1)
            english_abbrevs_seen = TRUE;
        }
  g_assert_true (english_names_seen);
  g_assert_true (english_abbrevs_seen);

  /* The chairman's 1024 × 768 projector, presenting: short forms, all twelve. */
  {
    g_autoptr(TdTimelineLayout) layout = year_layout (1024, 1.5);
    TdTimelineStyle style;

    init_style (&style, TRUE, 1.5);
    g_assert_cmpint (check_months (painter, layout, &style, 1024), ==, 1);
    init_style (&style, FALSE, 1.5);
    g_assert_cmpint (check_months (painter, layout, &style, 1024), ==, 1);
  }
  /* A wide screen at the normal size: the names. */
  {
    g_autoptr(TdTimelineLayout) layout = year_layout (2560, 1.0);
    TdTimelineStyle style;

    init_style (&style, FALSE, 1.0);
    g_assert_cmpint (check_months (painter, layout, &style, 2560), ==, 0);
  }
}

/* Zoomed in to weeks and days and scrolled along the year: no day's number meets a month's
 * label, nor the number before it. */
static void
test_days_clear_of_months (void)
{
  static const TdTimelineZoom zooms[] = { TD_TIMELINE_ZOOM_QUARTER, TD_TIMELINE_ZOOM_MONTH };
  static const double scales[] = { 1.0, 1.5, 2.28, 3.0 };
  g_autoptr(TdTimelinePainter) painter = td_timeline_painter_new (NULL);
  guint days_seen = 0, months_seen = 0;

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
      for (int english = 0; english <= 1; english++)
        {
          g_autoptr(TdTimelineLayout) layout = year_layout (1280, scales[s]);
          double content, step;
          TdTimelineStyle style;

          init_style (&style, english, scales[s]);
          td_timeline_layout_zoom_to (layout, zooms[z], 0);
          g_assert_true (td_timeline_layout_shows_weeks (layout, NULL));
          content = td_timeline_layout_get_content_width (layout);
          step = td_timeline_layout_get_pixels_per_day (layout) * 2.3;
          for (double x = 0; x < content; x += step)
            {
              g_autoptr(GArray) labels = td_timeline_painter_get_header_labels (painter, layout,
                                                                                &style, x, 1280);

              for (guint i = 0; i < labels->len; i++)
                {
                  const TdTimelineHeaderLabel *a = &g_array_index (labels, TdTimelineHeaderLabel, i);

                  if (a->kind == TD_TIMELINE_LABEL_MONTH)
                    months_seen++;
                  if (a->kind != TD_TIMELINE_LABEL_DAY)
                    continue;
                  days_seen++;
                  for (guint j = 0; j < labels->len; j++)
                    {
                      const TdTimelineHeaderLabel *b = &g_array_index (labels,
                                                                       TdTimelineHeaderLabel, j);

                      if (j == i || b->kind == TD_TIMELINE_LABEL_QUARTER)
                        continue;
                      if (rects_meet (&a->rect, &b->rect))
                        g_error ("zoom %d, scale %.2f, scrolled %.0f: day %s (%.1f, %.1f, %.1f x "
                                 "%.1f) meets %s (%.1f, %.1f, %.1f x %.1f)", zooms[z],
                                 scales[s], x, a->text, a->rect.x, a->rect.y, a->rect.width,
                                 a->rect.height, b->text, b->rect.x, b->rect.y, b->rect.width,
                                 b->rect.height);
                    }
                }
            }
        }
  /* It looked at something. */
  g_assert_cmpuint (days_seen, >, 1000);
  g_assert_cmpuint (months_seen, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-header/one-form", test_one_form);
  g_test_add_func ("/timeline-header/days-clear-of-months", test_days_clear_of_months);

  return g_test_run ();
}
