/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The window's shell: the sidebar of the year's areas, its shortcuts, folding on a narrow
 * window, the year shared by every page, the area remembered, and the New Plan dialog.
 */
#define G_LOG_DOMAIN "test-shell"

#include "config.h"

#include <string.h>

#include "td-application.h"
#include "td-new-plan-dialog.h"
#include "td-plan-page.h"
#include "td-registrations-page.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-ui.h"
#include "td-timeline-page.h"
#include "td-window.h"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

static gboolean
window_shows_sample (TdWindow *window)
{
  return td_window_get_year (window) == TD_SAMPLE_YEAR &&
         td_plan_view_get_plan (td_window_get_plan_view (window)) != NULL;
}

/* A window on a new file with the sample loaded, as the menu item does. */
static TdWindow *
open_sample_window (char **path)
{
  TdWindow *window;

  td_test_reset_settings ();
  *path = td_test_fresh_database_path ();
  window = td_test_open_window (app, *path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL));
  td_test_assert_eventually (window_shows_sample, window, "the sample plan to show");
  td_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static GtkListBox *
area_list (TdWindow *window)
{
  g_autoptr(GPtrArray) lists = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, FALSE);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
      return g_ptr_array_index (lists, i);
  g_assert_not_reached ();
}

static AdwLeaflet *
leaflet (TdWindow *window)
{
  return ADW_LEAFLET (td_test_find_one (GTK_WIDGET (window), ADW_TYPE_LEAFLET, FALSE));
}

/* The labels of the sidebar's rows, in order, joined by "|". */
static char *
sidebar_titles (TdWindow *window)
{
  GtkListBox *list = area_list (window);
  g_autoptr(GString) titles = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (row), GTK_TYPE_LABEL, FALSE);

      if (!gtk_widget_get_visible (GTK_WIDGET (row)))
        continue;
      g_assert_cmpuint (labels->len, ==, 1);
      g_string_append_printf (titles, "%s%s", titles->len > 0 ? "|" : "",
                              gtk_label_get_label (g_ptr_array_index (labels, 0)));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static gboolean
plan_on_screen (TdWindow *window)
{
  return td_test_widget_on_screen (GTK_WIDGET (td_window_get_plan_view (window)));
}

static gboolean
timeline_on_screen (TdWindow *window)
{
  return td_test_widget_on_screen (
    GTK_WIDGET (td_timeline_page_get_timeline (td_window_get_timeline_page (window))));
}

static gboolean
registrations_on_screen (TdWindow *window)
{
  return td_test_widget_on_screen (td_test_find_one (GTK_WIDGET (window),
                                                     TD_TYPE_REGISTRATIONS_PAGE, FALSE));
}

/* Presses @keyval with Ctrl as the window's own shortcuts see it. */
static void
press_ctrl (TdWindow *window,
            guint     keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (window),
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_assert_not_reached ();
}

static gboolean
scoring_on_screen (TdWindow *window)
{
  return td_test_widget_on_screen (GTK_WIDGET (td_window_get_scoring_page (window)));
}

static gboolean
units_on_screen (TdWindow *window)
{
  return td_test_widget_on_screen (GTK_WIDGET (td_window_get_units_page (window)));
}

static void
test_sidebar (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);
  g_autofree char *titles = sidebar_titles (window);

  g_assert_cmpstr (titles, ==, "Plan|Timeline|Units|Registrations|Scoring");
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (area_list (window))));
  g_assert_true (plan_on_screen (window));

  /* Choosing a row shows its area. */
  gtk_list_box_select_row (area_list (window), gtk_list_box_get_row_at_index (area_list (window),
                                                                              1));
  td_test_assert_eventually (timeline_on_screen, window, "the timeline to show");
  g_assert_false (plan_on_screen (window));
  td_test_close_window (&window);
}

static void
test_shortcuts (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);

  press_ctrl (window, GDK_KEY_2);
  td_test_assert_eventually (timeline_on_screen, window, "Ctrl+2 to show the timeline");
  g_assert_true (gtk_list_box_row_is_selected (
    gtk_list_box_get_row_at_index (area_list (window), 1)));
  press_ctrl (window, GDK_KEY_1);
  td_test_assert_eventually (plan_on_screen, window, "Ctrl+1 to show the plan");
  g_assert_true (gtk_list_box_row_is_selected (
    gtk_list_box_get_row_at_index (area_list (window), 0)));
  press_ctrl (window, GDK_KEY_3);
  td_test_assert_eventually (units_on_screen, window, "Ctrl+3 to show the units");
  g_assert_true (gtk_list_box_row_is_selected (
    gtk_list_box_get_row_at_index (area_list (window), 2)));
  press_ctrl (window, GDK_KEY_4);
  td_test_assert_eventually (registrations_on_screen, window, "Ctrl+4 to show the registrations");
  g_assert_true (gtk_list_box_row_is_selected (
    gtk_list_box_get_row_at_index (area_list (window), 3)));
  press_ctrl (window, GDK_KEY_5);
  td_test_assert_eventually (scoring_on_screen, window, "Ctrl+5 to show the scoring");
  g_assert_true (gtk_list_box_row_is_selected (
    gtk_list_box_get_row_at_index (area_list (window), 4)));
  /* There is no sixth area: Ctrl+6 leaves the scoring shown. */
  press_ctrl (window, GDK_KEY_6);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (scoring_on_screen (window));
  td_test_close_window (&window);
}

static void
test_last_area (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);

  td_window_show_timeline (window);
  td_test_assert_eventually (timeline_on_screen, window, "the timeline to show");
  td_test_close_window (&window);

  window = td_test_open_window (app, path);
  td_test_assert_eventually (timeline_on_screen, window, "the new window on the timeline");
  g_assert_false (plan_on_screen (window));
  /* Only the page shown was read: the plan's comes when it is first shown. */
  g_assert_null (td_plan_page_get_plan (td_window_get_plan_page (window)));
  press_ctrl (window, GDK_KEY_1);
  td_test_assert_eventually (window_shows_sample, window, "the plan to be read when shown");
  td_test_close_window (&window);
}

static gboolean
is_folded (TdWindow *window)
{
  return adw_leaflet_get_folded (leaflet (window));
}

static gboolean
sidebar_on_screen (TdWindow *window)
{
  return td_test_widget_on_screen (GTK_WIDGET (area_list (window)));
}

static GtkWidget *
back_button (TdWindow *window)
{
  return td_test_find_action_button (GTK_WIDGET (window), "win.show-sidebar", FALSE);
}

static void
test_fold (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);

  g_assert_false (is_folded (window));
  g_assert_false (gtk_widget_get_visible (back_button (window)));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  td_test_assert_eventually (is_folded, window, "the sidebar to fold at 360 px");
  td_test_wait_for_frame (GTK_WIDGET (window));
  /* Folded, the area is shown with a way back; the sidebar is a page of its own. */
  g_assert_true (plan_on_screen (window));
  g_assert_true (td_test_widget_on_screen (back_button (window)));
  g_assert_false (sidebar_on_screen (window));

  td_test_click (back_button (window));
  td_test_assert_eventually (sidebar_on_screen, window, "Back to show the sidebar");
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (area_list (window), 1)));
  td_test_assert_eventually (timeline_on_screen, window, "the timeline from the sidebar");
  td_test_close_window (&window);
}

/* What the window shows, inside its frame. */
static GtkWidget *
window_content (TdWindow *window)
{
  return adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
}

/* The first widget, in @widget's tree, that reaches past the window's edges (by more than
 * the pixel a header bar's style lets it overlap the frame). */
static GtkWidget *
find_overflow (GtkWidget *widget,
               GtkWidget *window)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return NULL;
  /* What is scrolled sideways is inside a viewport, not cut off. */
  if (GTK_IS_SCROLLED_WINDOW (widget) || GTK_IS_VIEWPORT (widget))
    {
      if (gtk_widget_compute_bounds (widget, window, &bounds) &&
          bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 1.5)
        return widget;
      return NULL;
    }
  if (gtk_widget_compute_bounds (widget, window, &bounds) &&
      (bounds.origin.x < -1.5 ||
       bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 1.5))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_overflow (child, window);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_within_window (TdWindow *window)
{
  GtkWidget *content = window_content (window);
  GtkWidget *overflow;

  g_assert_cmpint (gtk_widget_get_width (content), <=, 360);
  overflow = find_overflow (content, content);
  if (overflow != NULL)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (overflow, content, &bounds));
      g_error ("%s (%s) is at x %.0f, %.0f wide, in a window %d wide",
               G_OBJECT_TYPE_NAME (overflow), gtk_widget_get_name (overflow), bounds.origin.x,
               bounds.size.width, gtk_widget_get_width (content));
    }
}

static gboolean
is_narrow (TdWindow *window)
{
  return gtk_widget_get_width (window_content (window)) <= 360;
}

static gboolean
has_editor (TdWindow *window)
{
  return td_plan_page_get_editor (td_window_get_plan_page (window)) != NULL;
}

static void
test_narrow (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);
  TdPlanView *view = td_window_get_plan_view (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  td_test_assert_eventually (is_narrow, window, "the window to be 360 px wide");
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_within_window (window);

  /* With the editor open, below the document. */
  g_assert_true (td_plan_view_select (view, TD_PLAN_ROW_HEADING, 0));
  td_test_assert_eventually (has_editor, window, "the editor to open");
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (td_test_widget_on_screen (
    GTK_WIDGET (td_plan_page_get_editor (td_window_get_plan_page (window)))));
  assert_within_window (window);

  td_window_show_timeline (window);
  td_test_assert_eventually (timeline_on_screen, window, "the timeline to show");
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_within_window (window);
  td_test_close_window (&window);
}

static GtkDropDown *
year_dropdown (TdWindow *window)
{
  g_autoptr(GPtrArray) dropdowns = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN,
                                                     FALSE);

  for (guint i = 0; i < dropdowns->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (dropdowns, i)),
                   "Year of the plan") == 0)
      return g_ptr_array_index (dropdowns, i);
  g_assert_not_reached ();
}

static void
test_year (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);
  TdStore *store = td_window_get_store (window);
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  GtkDropDown *years;
  int year;

  copy = td_store_copy_plan (store, TD_SAMPLE_YEAR, TD_SAMPLE_YEAR + 1, &error);
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (window));

  years = year_dropdown (window);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (years)), ==, 2);
  gtk_drop_down_set_selected (years, 1);
  g_assert_cmpint (td_window_get_year (window), ==, TD_SAMPLE_YEAR + 1);
  g_object_get (td_window_get_plan_page (window), "year", &year, NULL);
  g_assert_cmpint (year, ==, TD_SAMPLE_YEAR + 1);
  g_object_get (td_window_get_timeline_page (window), "year", &year, NULL);
  g_assert_cmpint (year, ==, TD_SAMPLE_YEAR + 1);
  g_assert_cmpint (td_plan_get_year (td_plan_view_get_plan (td_window_get_plan_view (window))),
                   ==, TD_SAMPLE_YEAR + 1);

  td_window_show_timeline (window);
  td_test_assert_eventually (timeline_on_screen, window, "the timeline to show");
  gtk_drop_down_set_selected (years, 0);
  g_object_get (td_window_get_plan_page (window), "year", &year, NULL);
  g_assert_cmpint (year, ==, TD_SAMPLE_YEAR);
  g_object_get (td_window_get_timeline_page (window), "year", &year, NULL);
  g_assert_cmpint (year, ==, TD_SAMPLE_YEAR);
  td_test_close_window (&window);
}

static TdNewPlanDialog *
find_new_plan_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (TD_IS_NEW_PLAN_DIALOG (toplevel))
        return TD_NEW_PLAN_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
new_plan_dialog_shown (gpointer data)
{
  return find_new_plan_dialog () != NULL;
}

static gboolean
shows_year (TdWindow *window)
{
  TdPlan *plan = td_plan_view_get_plan (td_window_get_plan_view (window));

  return plan != NULL && td_plan_get_year (plan) == 2031;
}

static void
test_new_plan (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GError) error = NULL;
  TdNewPlanDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL));
  td_test_assert_eventually (new_plan_dialog_shown, NULL, "the New Plan dialog");
  dialog = find_new_plan_dialog ();
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  /* Offered: the year after the newest plan's (or this year), as a copy of it. */
  g_assert_cmpint (td_new_plan_dialog_get_source_year (dialog), ==, TD_SAMPLE_YEAR);
  g_assert_cmpint (td_new_plan_dialog_get_year (dialog), >, TD_SAMPLE_YEAR);
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (dialog), "New Plan", FALSE));

  td_new_plan_dialog_set_year (dialog, 2031);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  td_test_assert_eventually (shows_year, window, "the new plan to show");
  g_assert_cmpint (td_window_get_year (window), ==, 2031);

  plan = td_store_get_plan (td_window_get_store (window), 2031, &error);
  g_assert_no_error (error);
  sections = td_store_list_sections (td_window_get_store (window), td_plan_get_id (plan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sections), >, 0);
  td_test_close_window (&window);
}

/* Appends the actions of @model's items, in order, sections and all, each followed by " ". */
static void
append_menu_actions (GMenuModel *model,
                     GString    *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL)
        append_menu_actions (section, actions);
      else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_string_append_printf (actions, "%s ", action);
    }
}

static GtkMenuButton *
primary_menu_button (TdWindow *window)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON,
                                                   FALSE);

  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

/* The actions of the primary menu's items. */
static char *
menu_actions (TdWindow *window)
{
  GString *actions = g_string_new (NULL);

  append_menu_actions (gtk_menu_button_get_menu_model (primary_menu_button (window)), actions);
  return g_string_free (actions, FALSE);
}

/* For a person to look at: the open menu, as $TD_SHOT_DIR/@name.png. */
static void
save_menu_screenshot (TdWindow   *window,
                      const char *name)
{
  GtkMenuButton *button = primary_menu_button (window);
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  const char *dir = g_getenv ("TD_SHOT_DIR");

  if (dir == NULL || dir[0] == '\0')
    return;
  gtk_menu_button_popup (button);
  td_test_assert_eventually (gtk_widget_get_mapped, popover, "the menu to open");
  td_test_wait_for_frame (GTK_WIDGET (popover));
  texture = td_test_render (GTK_WIDGET (popover));
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, file));
  gtk_menu_button_popdown (button);
}

/* How many buttons on screen activate @action. */
static guint
count_action_buttons (TdWindow   *window,
                      const char *action)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_BUTTON, TRUE);
  guint n = 0;

  for (guint i = 0; i < buttons->len; i++)
    n += g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0;
  return n;
}

static gboolean
print_buttons_shown (TdWindow *window)
{
  return count_action_buttons (window, "win.print") == 1 &&
         count_action_buttons (window, "win.preview") == 1;
}

static gboolean
print_buttons_hidden (TdWindow *window)
{
  return count_action_buttons (window, "win.print") == 0 &&
         count_action_buttons (window, "win.preview") == 0;
}

/* Help and Quit are in the main menu; Print and Print Preview only when the header bar has
 * no room for their buttons. */
static void
test_menu (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);
  g_autofree char *wide = NULL;
  g_autofree char *narrow = NULL;

  td_test_assert_eventually (print_buttons_shown, window, "the print buttons to show");
  wide = menu_actions (window);
  g_assert_nonnull (strstr (wide, "app.help "));
  g_assert_true (g_str_has_suffix (wide, "app.quit "));
  g_assert_null (strstr (wide, "win.print "));
  g_assert_null (strstr (wide, "win.preview "));
  g_assert_nonnull (strstr (wide, "win.export-pdf "));
  save_menu_screenshot (window, "menu-wide");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  td_test_assert_eventually (print_buttons_hidden, window, "the narrow header to drop them");
  narrow = menu_actions (window);
  g_assert_nonnull (strstr (narrow, "win.preview win.print "));
  g_assert_nonnull (strstr (narrow, "app.help "));
  save_menu_screenshot (window, "menu-narrow");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  td_test_assert_eventually (print_buttons_shown, window, "the print buttons to come back");
  g_free (narrow);
  narrow = menu_actions (window);
  g_assert_cmpstr (narrow, ==, wide);
  td_test_close_window (&window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  td_test_use_system_data_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  app = td_test_start_application ();

  g_test_add_func ("/shell/sidebar", test_sidebar);
  g_test_add_func ("/shell/shortcuts", test_shortcuts);
  g_test_add_func ("/shell/last-area", test_last_area);
  g_test_add_func ("/shell/fold", test_fold);
  g_test_add_func ("/shell/narrow", test_narrow);
  g_test_add_func ("/shell/year", test_year);
  g_test_add_func ("/shell/new-plan", test_new_plan);
  g_test_add_func ("/shell/menu", test_menu);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
