/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline as the chairman sees it in the meeting room, in the real window on the
 * sample plan: presentation mode read from across the room (names on two lines, the title
 * and the legend as large as the rows, month labels that stay, nothing outlined, today's
 * quarter open in the middle), a year that has ended, and filters that keep the window's
 * size. "Today" is set through the window's context, as the real day reaches the page.
 * The Vietnamese legend is read in a subprocess (a locale is set before GTK starts). With
 * TD_SHOT_DIR set, screenshots of the window are saved there too.
 */
#define G_LOG_DOMAIN "test-presentation"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "td-context.h"
#include "td-plan-view.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-ui.h"
#include "td-timeline-page.h"
#include "td-timeline-paint.h"
#include "td-timeline.h"
#include "td-window.h"

#define SUBPROCESS_SECONDS 120
/* Long enough that, whole, it would be wider than the window's narrowest. */
#define LONG_UNIT "Hội Liên hiệp Phụ nữ, Đoàn Thanh niên và Hội Cựu chiến binh xã Tùng Ảnh"

static TdApplication *app;

/* The fixture ----------------------------------------------------------------------------- */

typedef struct {
  char           *path;
  TdWindow       *window;
  TdTimelinePage *page;
  TdTimeline     *timeline;
  /* The sample's tasks by their number, 1–9. */
  gint64          ids[10];
} Fixture;

static gboolean
window_shows_plan (TdWindow *window)
{
  return td_window_get_year (window) == TD_SAMPLE_YEAR &&
         td_plan_view_get_plan (td_window_get_plan_view (window)) != NULL;
}

static gboolean
timeline_has_tasks (TdTimeline *timeline)
{
  return td_timeline_layout_get_n_tasks (td_timeline_get_layout (timeline)) == 9;
}

/* A first run on a new file with the sample loaded and the timeline shown; "today" is
 * @data (an ISO date), or the real today (years after the sample's) when NULL. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TdContext) context = NULL;
  TdTimelineLayout *layout;

  fixture->path = td_test_fresh_database_path ();
  td_test_reset_settings ();
  fixture->window = td_test_open_window (app, fixture->path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample",
                                             NULL));
  td_test_assert_eventually (window_shows_plan, fixture->window, "the sample plan to show");
  td_window_show_timeline (fixture->window);
  fixture->page = td_window_get_timeline_page (fixture->window);
  fixture->timeline = td_timeline_page_get_timeline (fixture->page);
  g_object_get (fixture->page, "context", &context, NULL);
  td_context_set_today (context, data);
  td_test_assert_eventually (timeline_has_tasks, fixture->timeline,
                             "the timeline to hold the tasks");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));

  layout = td_timeline_get_layout (fixture->timeline);
  for (guint i = 0; i < td_timeline_layout_get_n_tasks (layout); i++)
    {
      const TdTimelineTask *task = td_timeline_layout_get_task (layout, i);

      g_assert_cmpint (task->number, >=, 1);
      g_assert_cmpint (task->number, <=, 9);
      fixture->ids[task->number] = task->id;
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    td_test_close_window (&fixture->window);
  g_free (fixture->path);
}

/* Input and measures ------------------------------------------------------------------------ */

static void
start_presenting (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_timeline_get_presenting (fixture->timeline));
}

/* Ctrl++ while presenting, as the timeline's shortcut runs it. */
static void
enlarge (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in",
                                             NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  g_assert_not_reached ();
}

/* A click and then the pointer resting on another bar, through the timeline's own
 * controllers. */
static void
click_then_hover (Fixture *fixture,
                  int      clicked,
                  int      hovered)
{
  double x, y;

  g_assert_true (td_timeline_get_bar_point (fixture->timeline, fixture->ids[clicked], &x, &y));
  g_signal_emit_by_name (find_controller (GTK_WIDGET (fixture->timeline), GTK_TYPE_GESTURE_CLICK),
                         "pressed", 1, x, y);
  g_assert_true (td_timeline_get_bar_point (fixture->timeline, fixture->ids[hovered], &x, &y));
  g_signal_emit_by_name (find_controller (GTK_WIDGET (fixture->timeline),
                                          GTK_TYPE_EVENT_CONTROLLER_MOTION), "motion", x, y);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static gboolean
same_pixels (GdkTexture *a,
             GdkTexture *b)
{
  int width = gdk_texture_get_width (a);
  int height = gdk_texture_get_height (a);
  g_autofree guchar *pa = NULL;
  g_autofree guchar *pb = NULL;

  if (width != gdk_texture_get_width (b) || height != gdk_texture_get_height (b))
    return FALSE;
  pa = g_malloc (width * 4 * height);
  pb = g_malloc (width * 4 * height);
  gdk_texture_download (a, pa, width * 4);
  gdk_texture_download (b, pb, width * 4);
  return memcmp (pa, pb, width * 4 * height) == 0;
}

static int
natural_height (GtkWidget *widget)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  return natural;
}

static int
min_width (GtkWidget *widget)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return minimum;
}

/* The legend's label showing @text (the catalogue's word for it). */
static GtkWidget *
legend_label (Fixture    *fixture,
              const char *text)
{
  g_autoptr(GPtrArray) flows = td_test_find_all (GTK_WIDGET (fixture->page), GTK_TYPE_FLOW_BOX,
                                                 FALSE);

  for (guint f = 0; f < flows->len; f++)
    {
      g_autoptr(GPtrArray) labels = NULL;

      if (!gtk_widget_has_css_class (g_ptr_array_index (flows, f), "timeline-legend"))
        continue;
      labels = td_test_find_all (g_ptr_array_index (flows, f), GTK_TYPE_LABEL, FALSE);
      for (guint i = 0; i < labels->len; i++)
        if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
          return g_ptr_array_index (labels, i);
    }
  g_assert_not_reached ();
}

/* The label on screen under @root showing exactly @text; NULL when there is none. */
static GtkWidget *
label_on_screen (GtkWidget  *root,
                 const char *text)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (root, GTK_TYPE_LABEL, TRUE);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return g_ptr_array_index (labels, i);
  return NULL;
}

static guint
count_labels (GArray              *labels,
              TdTimelineLabelKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < labels->len; i++)
    n += g_array_index (labels, TdTimelineHeaderLabel, i).kind == kind;
  return n;
}

/* Tests ---------------------------------------------------------------------------------- */

/* From across the room: a task's name on two lines where it was cut at one, the title and
 * the legend growing with the rows at each Ctrl++, the twelve months labelled at every
 * size, and neither the click that selected a task nor the pointer resting on one drawn. */
static void
test_readable (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *content = g_strdup (td_timeline_layout_get_task (
    td_timeline_get_layout (fixture->timeline),
    td_timeline_layout_find_task (td_timeline_get_layout (fixture->timeline),
                                  fixture->ids[1]))->content);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GdkTexture) before = NULL;
  g_autoptr(GdkTexture) after = NULL;
  GtkWidget *overdue = legend_label (fixture, "Overdue");
  GtkWidget *title = NULL;
  TdTimelineMetrics metrics;
  gboolean ellipsized;
  double text_height;
  int legend_normal, legend_start, title_start;

  /* At work: one line, cut short. */
  lines = td_timeline_dup_name_lines (fixture->timeline, fixture->ids[1], &ellipsized, NULL);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_true (ellipsized);
  g_clear_pointer (&lines, g_strfreev);
  legend_normal = natural_height (overdue);

  /* Presenting: two lines, the first a whole line of the name, both inside the row. */
  start_presenting (fixture);
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "presentation-01-start");
  lines = td_timeline_dup_name_lines (fixture->timeline, fixture->ids[1], &ellipsized,
                                      &text_height);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (content, lines[0]));
  g_assert_cmpint (g_utf8_strlen (lines[0], -1), >=, 30);
  td_timeline_layout_get_metrics (td_timeline_get_layout (fixture->timeline), &metrics);
  g_assert_cmpfloat (text_height, <=, metrics.row_height);
  g_clear_pointer (&lines, g_strfreev);
  /* A short name stays on its one line, whole. */
  lines = td_timeline_dup_name_lines (fixture->timeline, fixture->ids[5], &ellipsized, NULL);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_false (ellipsized);

  /* The legend is as much larger as the rows are; the title with it. */
  title = label_on_screen (GTK_WIDGET (fixture->page), "Công tác thi đua, khen thưởng năm 2022");
  g_assert_nonnull (title);
  legend_start = natural_height (overdue);
  title_start = natural_height (title);
  g_assert_cmpfloat (legend_start, >=, legend_normal * td_timeline_get_scale (fixture->timeline) *
                                       0.9);
  enlarge (fixture);
  enlarge (fixture);
  g_assert_cmpfloat (natural_height (overdue), >=, legend_start * 1.15 * 1.15 * 0.9);
  g_assert_cmpfloat (natural_height (title), >=, title_start * 1.15 * 1.15 * 0.9);

  /* As large as it goes, every month still has its label. */
  for (int i = 0; i < 6; i++)
    {
      g_autoptr(GArray) labels = td_timeline_get_header_labels (fixture->timeline);

      g_assert_cmpuint (count_labels (labels, TD_TIMELINE_LABEL_MONTH), ==, 12);
      enlarge (fixture);
    }
  g_assert_cmpfloat (td_timeline_get_scale (fixture->timeline), ==, 3.0);
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "presentation-02-largest");

  /* A click selects, the pointer rests on a bar: nothing of it is drawn. */
  before = td_test_render (GTK_WIDGET (fixture->timeline));
  click_then_hover (fixture, 5, 6);
  g_assert_cmpint (td_timeline_get_selected (fixture->timeline), ==, fixture->ids[5]);
  after = td_test_render (GTK_WIDGET (fixture->timeline));
  g_assert_true (same_pixels (before, after));

  /* At work the same click shows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.leave-presentation", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_clear_object (&before);
  g_clear_object (&after);
  td_timeline_select (fixture->timeline, 0);
  before = td_test_render (GTK_WIDGET (fixture->timeline));
  click_then_hover (fixture, 5, 6);
  after = td_test_render (GTK_WIDGET (fixture->timeline));
  g_assert_false (same_pixels (before, after));
}

/* Presenting starts on today's quarter: opened if it was folded, and in the middle of the
 * rows as far as scrolling goes. */
static void
test_todays_quarter (Fixture       *fixture,
                     gconstpointer  data)
{
  TdTimelineLayout *layout = td_timeline_get_layout (fixture->timeline);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->timeline));
  TdTimelineMetrics metrics;
  guint header, first, end;
  double rows_height, middle, ideal;

  /* 15 August: QUÝ III, folded away at work. */
  td_timeline_layout_set_collapsed (layout, 3, TRUE);
  td_timeline_reload (fixture->timeline);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  start_presenting (fixture);
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "presentation-03-todays-quarter");
  g_assert_false (td_timeline_layout_get_collapsed (layout, 3));
  g_assert_true (td_timeline_layout_quarter_rows (layout, 3, &header, &first, &end));
  g_assert_cmpuint (end - first, ==, 1);
  td_timeline_layout_get_metrics (layout, &metrics);
  rows_height = gtk_widget_get_height (GTK_WIDGET (fixture->timeline)) - metrics.header_height;
  middle = td_timeline_layout_row_y (layout, header) + (end - header) * metrics.row_height / 2;
  ideal = middle - rows_height / 2;
  /* The rows are taller than the view, so the quarter can be brought to the middle. */
  g_assert_cmpfloat (td_timeline_layout_get_content_height (layout), >, rows_height);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (vadjustment) -
                           td_timeline_layout_clamp_y_offset (layout, ideal)), <=, 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
  if (ideal == td_timeline_layout_clamp_y_offset (layout, ideal))
    g_test_message ("QUÝ III centred at %.0f of %.0f", middle - ideal, rows_height);

  /* Enlarged, it stays there until the view is scrolled by hand. */
  enlarge (fixture);
  td_timeline_layout_get_metrics (layout, &metrics);
  rows_height = gtk_widget_get_height (GTK_WIDGET (fixture->timeline)) - metrics.header_height;
  middle = td_timeline_layout_row_y (layout, header) + (end - header) * metrics.row_height / 2;
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (vadjustment) -
                           td_timeline_layout_clamp_y_offset (layout, middle - rows_height / 2)),
                     <=, 1);
}

/* The sample's year is over: said above the timeline, at work and to the meeting, and
 * each task in the colour of what was recorded (the sample records nothing started), none
 * in the overdue one. On the year's last day it is not over yet. */
static void
test_year_ended (Fixture       *fixture,
                 gconstpointer  data)
{
  TdTimelineLayout *layout = td_timeline_get_layout (fixture->timeline);
  g_autoptr(TdContext) context = NULL;

  g_assert_true (td_timeline_layout_year_has_ended (layout));
  g_assert_nonnull (label_on_screen (GTK_WIDGET (fixture->page), "The year 2022 has ended"));
  g_assert_cmpuint (td_timeline_layout_count_status (layout, TD_TIMELINE_OVERDUE), ==, 0);
  for (guint i = 0; i < td_timeline_layout_get_n_tasks (layout); i++)
    {
      const TdTimelineTask *task = td_timeline_layout_get_task (layout, i);

      g_assert_cmpint (task->stored, ==, TD_TASK_PLANNED);
      g_assert_cmpint (task->status, ==, TD_TIMELINE_PLANNED);
    }

  start_presenting (fixture);
  g_assert_nonnull (label_on_screen (GTK_WIDGET (fixture->page), "The year 2022 has ended"));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "presentation-04-year-ended");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.leave-presentation", NULL));

  /* 31 December 2022: the year runs, the tasks of earlier quarters are overdue. */
  g_object_get (fixture->page, "context", &context, NULL);
  td_context_set_today (context, "2022-12-31");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (td_timeline_layout_year_has_ended (layout));
  g_assert_null (label_on_screen (GTK_WIDGET (fixture->page), "The year 2022 has ended"));
  g_assert_cmpuint (td_timeline_layout_count_status (layout, TD_TIMELINE_OVERDUE), ==, 7);
}

/* The drop-down whose tooltip is @label (in the UI's language), under @root. */
static GtkDropDown *
find_dropdown (GtkWidget  *root,
               const char *label)
{
  g_autoptr(GPtrArray) dropdowns = td_test_find_all (root, GTK_TYPE_DROP_DOWN, FALSE);

  for (guint i = 0; i < dropdowns->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (dropdowns, i)), label) == 0)
      return g_ptr_array_index (dropdowns, i);
  g_assert_not_reached ();
}

static void
choose (GtkDropDown *dropdown,
        const char  *item)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item))
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  g_assert_not_reached ();
}

/* Each filter turned on, with the way to clear it shown: the page asks for no more width
 * than before, nor does the window, which keeps its size; the long name chosen is shown
 * shortened. */
static void
test_filter_keeps_width (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct {
    const char *dropdown;
    const char *item;
  } filters[] = {
    { "Unit", LONG_UNIT },
    { "Quarter", "QUÝ III" },
    { "Status", "Overdue" },
    { "Look ahead", "Next 30 days" },
  };
  g_autoptr(GError) error = NULL;
  TdStore *store = td_window_get_store (fixture->window);
  int page_min, window_min, width;

  g_assert_true (td_store_set_task_units (store, fixture->ids[9],
                                          (const char * const[]) { LONG_UNIT, NULL }, &error));
  g_assert_no_error (error);
  /* A narrow window, as an office's small screen has it. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 700);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  page_min = min_width (GTK_WIDGET (fixture->page));
  window_min = min_width (GTK_WIDGET (fixture->window));
  width = gtk_widget_get_width (GTK_WIDGET (fixture->window));
  g_assert_cmpint (width, <=, 700);
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "presentation-05-unfiltered");

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      GtkDropDown *dropdown = find_dropdown (GTK_WIDGET (fixture->page), filters[i].dropdown);

      choose (dropdown, filters[i].item);
      td_test_wait_for_frame (GTK_WIDGET (fixture->window));
      g_assert_true (td_test_text_on_screen (GTK_WIDGET (fixture->page), "Filtered — Show All",
                                             FALSE));
      g_assert_true (td_test_text_on_screen (GTK_WIDGET (dropdown), filters[i].item, FALSE));
      g_assert_cmpint (min_width (GTK_WIDGET (fixture->page)), ==, page_min);
      g_assert_cmpint (min_width (GTK_WIDGET (fixture->window)), ==, window_min);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), ==, width);
    }
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "presentation-06-filtered");
  td_timeline_page_clear_filter (fixture->page);
}

/* The legend in the UI's language: in Vietnamese, the catalogue's Vietnamese words. */
static void
test_vietnamese_legend (void)
{
  static const char * const msgids[] = {
    "Planned", "In progress", "Done", "Overdue", "Cancelled", "Milestone", "Today",
  };
  Fixture fixture = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  fixture_set_up (&fixture, "2022-06-15");
  start_presenting (&fixture);
  for (guint i = 0; i < G_N_ELEMENTS (msgids); i++)
    {
      const char *word = g_dgettext (GETTEXT_PACKAGE, msgids[i]);

      g_assert_cmpstr (word, ==, g_dgettext (GETTEXT_PACKAGE, td_timeline_legend_msgid (i)));
      g_assert_cmpstr (word, !=, msgids[i]);
      g_assert_true (td_test_widget_on_screen (legend_label (&fixture, word)));
    }
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Overdue"), ==, "Quá hạn");
  td_test_save_screenshot (GTK_WIDGET (fixture.window), "presentation-07-vietnamese");
  fixture_tear_down (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = NULL;
  gboolean vietnamese;
  int status;

  td_test_use_system_data_dirs ();
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Only the Vietnamese case runs in a subprocess. */
  vietnamese = g_test_subprocess ();
  if (!td_test_set_locale (vietnamese ? "vi_VN.UTF-8" : "C.UTF-8", vietnamese ? "vi" : "C"))
    g_error ("the %s locale is missing (build-aux/test generates it)",
             vietnamese ? "vi_VN.UTF-8" : "C.UTF-8");
  app = td_test_start_application ();
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

#define ADD(path, today, func) \
  g_test_add (path, Fixture, today, fixture_set_up, func, fixture_tear_down)
  ADD ("/presentation/readable", "2022-06-15", test_readable);
  ADD ("/presentation/todays-quarter", "2022-08-15", test_todays_quarter);
  ADD ("/presentation/year-ended", NULL, test_year_ended);
  ADD ("/presentation/filter-keeps-width", "2022-06-15", test_filter_keeps_width);
#undef ADD
  g_test_add_func ("/presentation/vietnamese-legend", test_vietnamese_legend);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
