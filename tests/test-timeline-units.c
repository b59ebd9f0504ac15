/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The unit pane beside the timeline, in the real window on the sample plan: Ctrl+U shows
 * and hides it (and the window remembers), it lists the units with their count of the
 * year's tasks, choosing a unit highlights its tasks and dims the others (as the painter
 * says it drew them) at work and presenting, choosing it again or Escape clears it, and
 * the selected task's units are marked. With TD_SHOT_DIR set, screenshots are saved too.
 */
#define G_LOG_DOMAIN "test-timeline-units"

#include "config.h"

#include "td-store-plan.h"
#include "td-test-timeline.h"
#include "td-test-ui.h"
#include "td-timeline.h"
#include "td-unit-pane.h"
#include "td-window.h"

/* The sample's units, in the pane's order, with their tasks (by number) in 2022: Vietnamese
 * order, so "Hội" (h, o) before "HTX" (h, t). */
#define SAMPLE_UNITS \
  "Ban chỉ đạo XD NTM|3|0|0\n" \
  "Ban phát triển thôn|1|0|0\n" \
  "Các ban ngành, lĩnh vực liên quan|1|0|0\n" \
  "Các thôn xóm|1|0|0\n" \
  "Các trường học|1|0|0\n" \
  "Cơ quan UBND xã|1|0|0\n" \
  "Hội đồng thi đua khen thưởng|1|0|0\n" \
  "HTX|1|0|0\n" \
  "Trạm y tế|1|0|0\n" \
  "VP nội vụ|4|0|0"
#define ALL_ROWS "Q1 1 2 3 4 Q2 5 6 Q3 7 Q4 8 9"

static TdUnitPane *
pane_of (TdTestTimelineFixture *fixture)
{
  return td_timeline_page_get_unit_pane (fixture->page);
}

static char *
pane_rows (TdTestTimelineFixture *fixture)
{
  return td_unit_pane_describe (pane_of (fixture));
}

/* The units as the pane lists them, as a user finds a row: by its name. */
static guint
unit_position (TdTestTimelineFixture *fixture,
               const char            *name)
{
  g_autofree char *rows = pane_rows (fixture);
  g_auto(GStrv) lines = g_strsplit (rows, "\n", -1);
  g_autofree char *prefix = g_strconcat (name, "|", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return i;
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, name);
  return G_MAXUINT;
}

/* Chooses a unit's row as a click or Enter does: the list view activates it. */
static void
choose_unit (TdTestTimelineFixture *fixture,
             const char            *name)
{
  GtkListView *list = td_unit_pane_get_list (pane_of (fixture));

  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (list)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u",
                                             unit_position (fixture, name)));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
show_pane (TdTestTimelineFixture *fixture)
{
  td_test_press_shortcut (GTK_WIDGET (fixture->window), GDK_KEY_u, GDK_CONTROL_MASK);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_timeline_page_get_show_unit_pane (fixture->page));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (td_unit_pane_get_list (
                                             pane_of (fixture)))));
}

/* "H" for highlighted, "d" for dimmed, "." as usual, by task number 1–9: how the painter
 * drew each task's row in the last frame. */
static char *
emphasis (TdTestTimelineFixture *fixture)
{
  GString *text = g_string_new (NULL);

  td_test_wait_for_frame (GTK_WIDGET (fixture->timeline));
  for (int number = 1; number <= 9; number++)
    switch (td_timeline_get_task_emphasis (fixture->timeline, fixture->ids[number]))
      {
      case TD_TIMELINE_EMPHASIS_HIGHLIGHTED:
        g_string_append_c (text, 'H');
        break;
      case TD_TIMELINE_EMPHASIS_DIMMED:
        g_string_append_c (text, 'd');
        break;
      case TD_TIMELINE_EMPHASIS_NORMAL:
        g_string_append_c (text, '.');
        break;
      case TD_TIMELINE_EMPHASIS_NONE:
      default:
        g_string_append_c (text, '?');
        break;
      }
  return g_string_free (text, FALSE);
}

#define assert_emphasis(fixture, expected) G_STMT_START { \
  g_autofree char *got__ = emphasis (fixture); \
  g_assert_cmpstr (got__, ==, (expected)); \
} G_STMT_END

/* Presenting, rows are taller and only those in view are drawn ("?"): those drawn are as
 * @expected says, highlighted and dimmed ones among them. */
static void
assert_emphasis_in_view (TdTestTimelineFixture *fixture,
                         const char            *expected)
{
  g_autofree char *got = emphasis (fixture);
  gboolean highlighted = FALSE, dimmed = FALSE;

  for (guint i = 0; got[i] != '\0'; i++)
    {
      if (got[i] != '?' && got[i] != expected[i])
        g_error ("drawn as “%s”, not as “%s”", got, expected);
      highlighted |= got[i] == 'H';
      dimmed |= got[i] == 'd';
    }
  g_assert_true (highlighted);
  g_assert_true (dimmed);
}

#define assert_pane(fixture, expected) G_STMT_START { \
  g_autofree char *got__ = pane_rows (fixture); \
  g_assert_cmpstr (got__, ==, (expected)); \
} G_STMT_END

/* The tool bar's Units toggle, found by what a screen reader calls it. */
static GtkToggleButton *
units_toggle (TdTestTimelineFixture *fixture)
{
  g_autoptr(GPtrArray) toggles = td_test_find_all (GTK_WIDGET (fixture->page),
                                                   GTK_TYPE_TOGGLE_BUTTON, TRUE);
  GtkToggleButton *found = NULL;

  for (guint i = 0; i < toggles->len; i++)
    if (g_str_has_prefix (gtk_widget_get_tooltip_text (g_ptr_array_index (toggles, i)) ?: "",
                          "Units"))
      {
        g_assert_null (found);
        found = g_ptr_array_index (toggles, i);
      }
  g_assert_nonnull (found);
  return found;
}

static gboolean
setting_is (gpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  return g_settings_get_boolean (settings, "timeline-unit-pane") == GPOINTER_TO_INT (data);
}

/* Tests ---------------------------------------------------------------------------------- */

/* Ctrl+U: the pane with every unit and its count, the keys in its list; again, gone. Each
 * task's units are named beside it while the pane is shown. */
static void
test_toggle (TdTestTimelineFixture *fixture,
             gconstpointer          data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (
                           GTK_APPLICATION (g_application_get_default ()), "win.unit-pane");
  GtkWidget *list = GTK_WIDGET (td_unit_pane_get_list (pane_of (fixture)));
  GtkToggleButton *toggle;

  g_assert_cmpstrv (accels, ((const char * const[]) { "<Control>u", NULL }));
  g_assert_false (td_test_widget_on_screen (list));
  g_assert_false (td_test_text_on_screen (GTK_WIDGET (fixture->page), "VP nội vụ", FALSE));

  show_pane (fixture);
  assert_pane (fixture, SAMPLE_UNITS);
  g_assert_true (gtk_widget_has_focus (list) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), list));
  g_assert_true (td_test_text_on_screen (list, "VP nội vụ", FALSE));
  g_assert_true (td_test_text_on_screen (list, "4", FALSE));
  g_assert_true (setting_is (GINT_TO_POINTER (TRUE)));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "units-01-pane");

  td_test_press_shortcut (GTK_WIDGET (fixture->window), GDK_KEY_u, GDK_CONTROL_MASK);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (td_timeline_page_get_show_unit_pane (fixture->page));
  g_assert_false (td_test_widget_on_screen (list));
  g_assert_true (setting_is (GINT_TO_POINTER (FALSE)));

  /* The tool bar's toggle is the same pane, and shows whether it is shown. */
  toggle = units_toggle (fixture);
  g_assert_false (gtk_toggle_button_get_active (toggle));
  td_test_click (GTK_WIDGET (toggle));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_test_widget_on_screen (list));
  g_assert_true (setting_is (GINT_TO_POINTER (TRUE)));
  td_test_press_shortcut (GTK_WIDGET (fixture->window), GDK_KEY_u, GDK_CONTROL_MASK);
  g_assert_false (gtk_toggle_button_get_active (toggle));
}

/* Choosing a unit highlights its tasks and dims the others, hiding none; choosing it
 * again, or Escape in the pane, shows them all alike again. */
static void
test_highlight (TdTestTimelineFixture *fixture,
                gconstpointer          data)
{
  g_autofree char *rows = NULL;

  show_pane (fixture);
  assert_emphasis (fixture, ".........");

  choose_unit (fixture, "VP nội vụ");
  g_assert_cmpstr (td_unit_pane_get_chosen (pane_of (fixture)), ==, "VP nội vụ");
  g_assert_cmpstr (td_timeline_get_highlight_unit (fixture->timeline), ==, "VP nội vụ");
  assert_emphasis (fixture, "HdHddHHdd");
  rows = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (rows, ==, ALL_ROWS);
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "units-02-highlight");

  /* Another unit instead. */
  choose_unit (fixture, "Ban chỉ đạo XD NTM");
  assert_emphasis (fixture, "dddHHdHdd");

  /* Again: cleared. */
  choose_unit (fixture, "Ban chỉ đạo XD NTM");
  g_assert_null (td_unit_pane_get_chosen (pane_of (fixture)));
  assert_emphasis (fixture, ".........");

  /* Escape in the pane. */
  choose_unit (fixture, "Trạm y tế");
  assert_emphasis (fixture, "dHddddddd");
  td_test_press_shortcut (GTK_WIDGET (pane_of (fixture)), GDK_KEY_Escape, 0);
  g_assert_null (td_unit_pane_get_chosen (pane_of (fixture)));
  assert_emphasis (fixture, ".........");

  /* Hiding the pane clears what it chose: nothing stays dimmed without a reason shown. */
  choose_unit (fixture, "VP nội vụ");
  td_timeline_page_set_show_unit_pane (fixture->page, FALSE);
  assert_emphasis (fixture, ".........");
}

/* The task selected on the timeline: its units marked in the pane, the first scrolled
 * into view in a short window. */
static void
test_task_marks (TdTestTimelineFixture *fixture,
                 gconstpointer          data)
{
  g_autofree char *marked = NULL;
  GtkWidget *list = GTK_WIDGET (td_unit_pane_get_list (pane_of (fixture)));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 420);
  show_pane (fixture);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (td_test_text_on_screen (list, "VP nội vụ", FALSE));

  /* Task 2: five units. */
  td_timeline_select (fixture->timeline, fixture->ids[2]);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_pane (fixture,
               "Ban chỉ đạo XD NTM|3|0|0\n"
               "Ban phát triển thôn|1|0|0\n"
               "Các ban ngành, lĩnh vực liên quan|1|0|0\n"
               "Các thôn xóm|1|0|1\n"
               "Các trường học|1|0|1\n"
               "Cơ quan UBND xã|1|0|1\n"
               "Hội đồng thi đua khen thưởng|1|0|0\n"
               "HTX|1|0|1\n"
               "Trạm y tế|1|0|1\n"
               "VP nội vụ|4|0|0");

  /* Task 1, by the keyboard: VP nội vụ, last in the list, scrolled to. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  td_timeline_select (fixture->timeline, fixture->ids[2]);
  g_assert_true (td_test_timeline_press_key (fixture->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (td_test_timeline_selected_number (fixture), ==, 1);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  marked = pane_rows (fixture);
  g_assert_true (g_str_has_suffix (marked, "Trạm y tế|1|0|0\nVP nội vụ|4|0|1"));
  g_assert_true (td_test_text_on_screen (list, "VP nội vụ", FALSE));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "units-03-marks");

  /* Task 9 has no unit: none marked. */
  td_timeline_select (fixture->timeline, fixture->ids[9]);
  assert_pane (fixture, SAMPLE_UNITS);
}

/* Presenting keeps the highlight; the pane itself makes way for the chart. */
static void
test_presenting (TdTestTimelineFixture *fixture,
                 gconstpointer          data)
{
  show_pane (fixture);
  choose_unit (fixture, "VP nội vụ");
  assert_emphasis (fixture, "HdHddHHdd");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_timeline_get_presenting (fixture->timeline));
  g_assert_false (td_test_widget_on_screen (GTK_WIDGET (pane_of (fixture))));
  assert_emphasis_in_view (fixture, "HdHddHHdd");
  /* The meeting is told why. */
  td_test_assert_on_screen (fixture->page, "The tasks of VP nội vụ are highlighted");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "units-04-presenting");

  /* Ctrl+U does nothing to a meeting's screen. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.unit-pane", NULL);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_timeline_page_get_show_unit_pane (fixture->page));
  g_assert_false (td_test_widget_on_screen (GTK_WIDGET (pane_of (fixture))));
  assert_emphasis_in_view (fixture, "HdHddHHdd");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.leave-presentation", NULL));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (pane_of (fixture))));
  g_assert_cmpstr (td_unit_pane_get_chosen (pane_of (fixture)), ==, "VP nội vụ");
  assert_emphasis (fixture, "HdHddHHdd");
  /* At work the pane says so. */
  g_assert_false (td_test_text_on_screen (GTK_WIDGET (fixture->page),
                                          "The tasks of VP nội vụ are highlighted", FALSE));
}

/* One place to choose a unit: with the pane shown the tool bar's unit filter steps aside,
 * and the unit it filtered on becomes the one highlighted, every task shown again. */
static void
test_filter_folds_in (TdTestTimelineFixture *fixture,
                      gconstpointer          data)
{
  g_autoptr(GPtrArray) dropdowns = td_test_find_all (GTK_WIDGET (fixture->page),
                                                     GTK_TYPE_DROP_DOWN, FALSE);
  GtkDropDown *unit_filter = NULL;
  GListModel *model;
  g_autofree char *filtered = NULL;
  g_autofree char *shown = NULL;

  for (guint i = 0; i < dropdowns->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (dropdowns, i)), "Unit") == 0)
      unit_filter = g_ptr_array_index (dropdowns, i);
  g_assert_nonnull (unit_filter);
  model = gtk_drop_down_get_model (unit_filter);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), "VP nội vụ"))
      gtk_drop_down_set_selected (unit_filter, i);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  filtered = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (filtered, ==, "Q1 1 3 Q2 6 Q3 7");

  show_pane (fixture);
  g_assert_false (td_test_widget_on_screen (GTK_WIDGET (unit_filter)));
  g_assert_cmpstr (td_unit_pane_get_chosen (pane_of (fixture)), ==, "VP nội vụ");
  shown = td_test_timeline_shown_rows (fixture);
  g_assert_cmpstr (shown, ==, ALL_ROWS);
  assert_emphasis (fixture, "HdHddHHdd");
  g_assert_false (td_test_text_on_screen (GTK_WIDGET (fixture->page), CLEAR_FILTER, FALSE));

  td_test_press_shortcut (GTK_WIDGET (fixture->window), GDK_KEY_u, GDK_CONTROL_MASK);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (unit_filter)));
  g_assert_cmpuint (gtk_drop_down_get_selected (unit_filter), ==, 0);
}

static gboolean
pane_lists (gpointer data)
{
  gpointer *args = data;
  g_autofree char *rows = td_unit_pane_describe (args[0]);

  return g_strcmp0 (rows, args[1]) == 0;
}

/* The counts follow the store: a task linked to another unit, a unit left with no task
 * (listed after the others, after a rule). */
static void
test_follows_store (TdTestTimelineFixture *fixture,
                    gconstpointer          data)
{
  TdStore *store = td_window_get_store (fixture->window);
  g_autoptr(GError) error = NULL;
  gpointer args[2] = { pane_of (fixture), NULL };

  show_pane (fixture);
  g_assert_true (td_store_set_task_units (store, fixture->ids[9],
                                          (const char * const[]) { "HTX", "Thôn Tùng Ảnh", NULL },
                                          &error));
  g_assert_no_error (error);
  args[1] = "Ban chỉ đạo XD NTM|3|0|0\n"
            "Ban phát triển thôn|1|0|0\n"
            "Các ban ngành, lĩnh vực liên quan|1|0|0\n"
            "Các thôn xóm|1|0|0\n"
            "Các trường học|1|0|0\n"
            "Cơ quan UBND xã|1|0|0\n"
            "Hội đồng thi đua khen thưởng|1|0|0\n"
            "HTX|2|0|0\n"
            "Thôn Tùng Ảnh|1|0|0\n"
            "Trạm y tế|1|0|0\n"
            "VP nội vụ|4|0|0";
  td_test_assert_eventually (pane_lists, args, "the pane to count the new links");

  choose_unit (fixture, "Thôn Tùng Ảnh");
  assert_emphasis (fixture, "ddddddddH");
  g_assert_true (td_store_set_task_units (store, fixture->ids[9], NULL, &error));
  g_assert_no_error (error);
  args[1] = "Ban chỉ đạo XD NTM|3|0|0\n"
            "Ban phát triển thôn|1|0|0\n"
            "Các ban ngành, lĩnh vực liên quan|1|0|0\n"
            "Các thôn xóm|1|0|0\n"
            "Các trường học|1|0|0\n"
            "Cơ quan UBND xã|1|0|0\n"
            "Hội đồng thi đua khen thưởng|1|0|0\n"
            "HTX|1|0|0\n"
            "Trạm y tế|1|0|0\n"
            "VP nội vụ|4|0|0\n"
            "Thôn Tùng Ảnh|0|1|0";
  td_test_assert_eventually (pane_lists, args, "the pane to list the unit with no task last");
  /* Still chosen, and now nothing is its. */
  assert_emphasis (fixture, "ddddddddd");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "units-05-idle-unit");
}

/* The window remembers the pane: a new window opens with it. */
static void
test_remembered (TdTestTimelineFixture *fixture,
                 gconstpointer          data)
{
  TdApplication *app = TD_APPLICATION (g_application_get_default ());
  TdWindow *window;

  show_pane (fixture);
  td_test_close_window (&fixture->window);
  g_assert_true (setting_is (GINT_TO_POINTER (TRUE)));

  window = td_test_open_window (app, fixture->path);
  fixture->window = window;
  g_assert_true (td_timeline_page_get_show_unit_pane (td_window_get_timeline_page (window)));
}

int
main (int   argc,
      char *argv[])
{
  td_test_timeline_init (&argc, argv);

#define ADD(path, func) \
  g_test_add (path, TdTestTimelineFixture, NULL, td_test_timeline_set_up, func, \
              td_test_timeline_tear_down)
  ADD ("/timeline/units/toggle", test_toggle);
  ADD ("/timeline/units/highlight", test_highlight);
  ADD ("/timeline/units/task-marks", test_task_marks);
  ADD ("/timeline/units/presenting", test_presenting);
  ADD ("/timeline/units/filter-folds-in", test_filter_folds_in);
  ADD ("/timeline/units/follows-store", test_follows_store);
  ADD ("/timeline/units/remembered", test_remembered);
#undef ADD

  return td_test_timeline_run ();
}
