/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * How the timeline is shown: full screen for a meeting, zoomed to the year, a month or
 * around the pointer, and in the dark style.
 *
 * As in every test-timeline-*.c, the timeline is in the real window, on the sample plan,
 * driven through the handlers real input runs; what is asserted is what the user sees and
 * what the file holds, read back with SQLite itself. "Today" is 15 June 2022, so statuses
 * do not depend on the calendar. With TD_SHOT_DIR set, screenshots of the window are saved
 * there too.
 */
#define G_LOG_DOMAIN "test-timeline-view"

#include "config.h"

#include <math.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "td-store.h"
#include "td-test-timeline.h"
#include "td-test-ui.h"
#include "td-timeline.h"
#include "td-window.h"

/* Screenshots ----------------------------------------------------------------------------- */

/* Relative luminance 0–1 of the pixel at (@x, @y) of @texture. */
static double
luminance_at (GdkTexture *texture,
              int         x,
              int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  const guchar *p;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (y, <, height);
  /* Cairo's ARGB32: B, G, R, A in memory on little-endian machines, premultiplied. */
  gdk_texture_download (texture, data, stride);
  p = data + y * stride + x * 4;
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return (0.2126 * p[2] + 0.7152 * p[1] + 0.0722 * p[0]) / 255.0;
#else
  return (0.2126 * p[1] + 0.7152 * p[2] + 0.0722 * p[3]) / 255.0;
#endif
}

/* What is on screen ---------------------------------------------------------------------- */

static gboolean
header_bar_shown (TdWindow *window)
{
  g_autoptr(GPtrArray) bars = td_test_find_all (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, TRUE);

  return bars->len > 0;
}

/* The tool bar's button for @action, on screen or not. */
static GtkWidget *
action_button (TdTestTimelineFixture *fixture,
               const char            *action)
{
  return td_test_find_action_button (GTK_WIDGET (fixture->page), action, FALSE);
}

/* Whether the display can make a window full screen at all: on X11 that takes a window
 * manager, which a bare Xvfb has not. */
static gboolean
display_can_fullscreen (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (widget);

  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_screen_supports_net_wm_hint (gdk_x11_display_get_screen (display),
                                                "_NET_WM_STATE_FULLSCREEN");
#endif
  return TRUE;
}

static gboolean
window_is_fullscreen (GtkWindow *window)
{
  return gtk_window_is_fullscreen (window);
}

static gboolean
window_is_not_fullscreen (GtkWindow *window)
{
  return !gtk_window_is_fullscreen (window);
}

/* Tests ---------------------------------------------------------------------------------- */

/* For the chairman's meeting: full screen, nothing to click away, nothing that moves; Ctrl++
 * enlarges the text; Escape goes back to work. */
static void
test_presentation (TdTestTimelineFixture *fixture,
                   gconstpointer          data)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = td_test_timeline_file_all_tasks (fixture->path);
  g_autofree char *after = NULL;
  double ppd, scale;
  double x, y;

  g_assert_false (td_window_get_presenting (fixture->window));
  g_assert_true (header_bar_shown (fixture->window));
  g_assert_true (td_test_widget_on_screen (td_test_timeline_toolbar_button (fixture, "Year")));

  /* F5. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_window_get_presenting (fixture->window));
  g_assert_true (td_timeline_get_presenting (fixture->timeline));
  if (display_can_fullscreen (GTK_WIDGET (fixture->window)))
    td_test_check (td_test_wait_until ((TdTestCondition) window_is_fullscreen, fixture->window),
                   "the presenting window is not full screen");
  else
    g_test_message ("no window manager: whether the window goes full screen is not seen here");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (header_bar_shown (fixture->window));
  g_assert_false (td_test_widget_on_screen (td_test_timeline_toolbar_button (fixture, "Year")));
  g_assert_false (td_test_widget_on_screen (td_test_timeline_toolbar_button (fixture,
                                                                            CLEAR_FILTER)));
  /* The legend, the year fitted, text and rows larger. */
  td_test_check (td_test_text_on_screen (GTK_WIDGET (fixture->page), "Overdue", FALSE),
                 "the legend is not on screen while presenting");
  /* The legend explains the today line in the year of today; shown in a later year, the
   * chart has no today line, nor has the legend. */
  td_context_set_today (td_window_get_context (fixture->window), "2022-06-15");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_check (td_test_text_on_screen (GTK_WIDGET (fixture->page), "Today", FALSE),
                 "the legend has no “Today” in the year of today");
  td_context_set_today (td_window_get_context (fixture->window), "2024-03-01");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_check (!td_test_text_on_screen (GTK_WIDGET (fixture->page), "Today", FALSE),
                 "the legend says “Today” for a year that is over");
  td_context_set_today (td_window_get_context (fixture->window), "2022-06-15");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_YEAR);
  g_assert_cmpfloat (td_timeline_get_scale (fixture->timeline), >, 1.0);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->timeline)));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-04-presenting");

  /* Nothing moves: no drag, no Alt+arrows, no menu action, no editor. */
  td_test_timeline_bar_point (fixture, 5, &x, &y);
  g_assert_false (td_timeline_drag_begin (fixture->timeline, x, y));
  g_assert_false (td_timeline_is_dragging (fixture->timeline));
  td_test_timeline_press_pointer (fixture->timeline, 1, x, y);
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 5);
  g_assert_false (td_timeline_shift_selected (fixture->timeline, 1, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  td_test_timeline_press_key (fixture->timeline, GDK_KEY_Right, GDK_ALT_MASK);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.mark-done", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.delete", NULL);
  td_test_timeline_press_key (fixture->timeline, GDK_KEY_Return, 0);
  td_test_timeline_press_pointer (fixture->timeline, 2, x, y);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  after = td_test_timeline_file_all_tasks (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (td_window_get_presenting (fixture->window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     td_test_timeline_plan_stack (fixture->window)), ==, "timeline");

  /* Ctrl++ enlarges text and rows; the year stays fitted to what is left beside the wider
   * name column. */
  ppd = td_timeline_layout_get_pixels_per_day (layout);
  scale = td_timeline_get_scale (fixture->timeline);
  g_assert_cmpfloat (fabs (ppd * td_timeline_layout_get_n_days (layout) -
                           td_timeline_layout_get_chart_width (layout)), <=, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in",
                                             NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat (td_timeline_get_scale (fixture->timeline), >, scale * 1.05);
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_YEAR);
  g_assert_cmpfloat (fabs (td_timeline_layout_get_pixels_per_day (layout) *
                           td_timeline_layout_get_n_days (layout) -
                           td_timeline_layout_get_chart_width (layout)), <=, 1.0);
  g_assert_cmpfloat (td_timeline_layout_get_chart_width (layout), <=,
                     gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) -
                     TD_TIMELINE_NAME_WIDTH * scale);

  /* Escape is not the timeline's when nothing is dragged: it reaches the window, and
   * leaves. */
  g_assert_false (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Escape, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.leave-presentation", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (td_window_get_presenting (fixture->window));
  g_assert_false (td_timeline_get_presenting (fixture->timeline));
  if (display_can_fullscreen (GTK_WIDGET (fixture->window)))
    td_test_check (td_test_wait_until ((TdTestCondition) window_is_not_fullscreen, fixture->window),
                   "the window stays full screen after presenting");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (header_bar_shown (fixture->window));
  g_assert_true (td_test_widget_on_screen (td_test_timeline_toolbar_button (fixture, "Year")));
  g_assert_cmpfloat (td_timeline_get_scale (fixture->timeline), ==, 1.0);

  /* Back at work, bars drag again. */
  td_test_timeline_bar_point (fixture, 5, &x, &y);
  g_assert_true (td_timeline_drag_begin (fixture->timeline, x, y));
  td_timeline_drag_cancel (fixture->timeline);
  g_assert_true (td_timeline_shift_selected (fixture->timeline, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = td_test_timeline_file_task (fixture->path, fixture->ids[5]);
  g_assert_cmpstr (after, ==, "2022-04-02|2022-07-01|2|0|planned");
}

/* The year fitted, a month, and zooming in and out around the date under the pointer. */
static void
test_zoom (TdTestTimelineFixture *fixture,
           gconstpointer          data)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  TdTimelineMetrics metrics;
  double chart_width = td_timeline_layout_get_chart_width (layout);
  double year_ppd, month_ppd, ppd;
  double view_x, day_before, day_after;
  int n_days = td_timeline_layout_get_n_days (layout);

  td_timeline_layout_get_metrics (layout, &metrics);
  g_assert_cmpint (n_days, ==, 365);
  /* The chart is what the widget shows beside the name column. */
  g_assert_cmpfloat (fabs (chart_width - (gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) -
                                          metrics.name_width)), <=, 1.0);

  /* At first, and after the Year button: the year fills the chart's width. */
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_YEAR);
  td_test_click (td_test_timeline_toolbar_button (fixture, "Month"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  td_test_click (td_test_timeline_toolbar_button (fixture, "Year"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  year_ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_cmpfloat (fabs (year_ppd * n_days - chart_width), <=, 1.0);
  g_assert_cmpfloat (td_test_timeline_x_offset (fixture), ==, 0);

  /* A month: about twelve times larger, June (today's) from its first day. */
  td_test_click (td_test_timeline_toolbar_button (fixture, "Month"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  month_ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_MONTH);
  g_assert_cmpfloat (month_ppd / year_ppd, >, 11.0);
  g_assert_cmpfloat (month_ppd / year_ppd, <, 12.5);
  /* June, today's month: its 30 days across the chart. */
  g_assert_cmpfloat (fabs (month_ppd * 30 - chart_width), <=, 1.0);
  g_assert_cmpint ((int) floor (td_timeline_layout_day_at_view_x (
                                 layout, metrics.name_width + 1,
                                 td_test_timeline_x_offset (fixture))),
                   ==, 151);
  g_assert_true (td_timeline_layout_shows_weeks (layout, NULL));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-03-month");

  /* Zooming in and out keeps the date under the pointer where it is. */
  td_test_click (td_test_timeline_toolbar_button (fixture, "Year"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  view_x = metrics.name_width + chart_width * 0.7;
  day_before = td_timeline_layout_day_at_view_x (layout, view_x,
                                                 td_test_timeline_x_offset (fixture));
  td_timeline_zoom_by (fixture->timeline, 1, view_x);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_cmpfloat (ppd, >, year_ppd * 1.1);
  g_assert_cmpfloat (td_test_timeline_x_offset (fixture), >, 0);
  day_after = td_timeline_layout_day_at_view_x (layout, view_x,
                                                td_test_timeline_x_offset (fixture));
  g_assert_cmpfloat (fabs (day_after - day_before), <, 0.5);
  td_timeline_zoom_by (fixture->timeline, 3, view_x);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  day_after = td_timeline_layout_day_at_view_x (layout, view_x,
                                                td_test_timeline_x_offset (fixture));
  g_assert_cmpfloat (fabs (day_after - day_before), <, 0.5);
  td_timeline_zoom_by (fixture->timeline, -2, view_x);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  day_after = td_timeline_layout_day_at_view_x (layout, view_x,
                                                td_test_timeline_x_offset (fixture));
  g_assert_cmpfloat (fabs (day_after - day_before), <, 0.5);

  /* Ctrl++ and Ctrl+− (and the tool bar's buttons for them): a step in, a step out. */
  ppd = td_timeline_layout_get_pixels_per_day (layout);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in",
                                             NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), ppd * 1.25,
                                  1e-6);
  td_test_click (action_button (fixture, "timeline.zoom-out"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), ppd, 1e-6);
  td_test_click (action_button (fixture, "timeline.zoom-in"));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  g_assert_cmpfloat_with_epsilon (td_timeline_layout_get_pixels_per_day (layout), ppd * 1.25,
                                  1e-6);
  g_assert_cmpint (td_timeline_layout_get_zoom (layout), ==, TD_TIMELINE_ZOOM_CUSTOM);
}

/* The dark style: the chart's background goes dark with the rest of the window. */
static void
test_dark (TdTestTimelineFixture *fixture,
           gconstpointer          data)
{
  TdTimelineLayout *layout = td_test_timeline_layout_of (fixture);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  TdTimelineMetrics metrics;
  double x, y;

  td_timeline_layout_get_metrics (layout, &metrics);
  /* Task 1's row in November, far from its bar (QUÝ I) and from the today line (June). */
  x = td_timeline_layout_view_x (layout, 320.5, td_test_timeline_x_offset (fixture));
  y = metrics.header_height +
      td_timeline_layout_row_y (layout, td_test_timeline_shown_task (fixture, 1)->row) + 3;

  light = td_test_render (GTK_WIDGET (fixture->timeline));
  td_test_check (luminance_at (light, x, y) > 0.6,
                 "the light timeline's empty chart is dark (luminance %.2f)",
                 luminance_at (light, x, y));

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  td_timeline_select (fixture->timeline, fixture->ids[5]);
  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  dark = td_test_render (GTK_WIDGET (fixture->timeline));
  td_test_check (luminance_at (dark, x, y) < 0.35,
                 "the dark timeline's empty chart is light (luminance %.2f)",
                 luminance_at (dark, x, y));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "timeline-06-dark");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  td_test_timeline_init (&argc, argv);

#define ADD(path, func) \
  g_test_add (path, TdTestTimelineFixture, NULL, td_test_timeline_set_up, func, \
              td_test_timeline_tear_down)
  ADD ("/timeline/presentation", test_presentation);
  ADD ("/timeline/zoom", test_zoom);
  ADD ("/timeline/dark", test_dark);
#undef ADD

  return td_test_timeline_run ();
}
