/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Undo as a new user tries it, in the real window: a task deleted, its toast gone, then
 * Ctrl+Z; typing undone in the field typed into; a move on the timeline; a Preferences field;
 * the menu naming what Undo and Redo would do; the toast's own Undo button.
 */
#define G_LOG_DOMAIN "test-undo"

#include "config.h"

#include <glib/gi18n.h>

#include "td-history.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-preferences.h"
#include "td-test-db.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-timeline-page.h"
#include "td-timeline.h"
#include "td-window.h"

#define NEW_CONTENT "Tổ chức hội nghị sơ kết 6 tháng"
#define PLACE_ROW "Place name for dates, e.g. Tùng Ảnh"

static TdApplication *app;

static char *
file_task (const char *path,
           gint64      id)
{
  return td_test_file_query (path,
                             "SELECT content || '|' || start_date || '|' || end_date || '|' || "
                             "quarter || '|' || position FROM task WHERE id = %lld",
                             (long long) id);
}

static char *
file_tasks (const char *path)
{
  return td_test_file_query (path,
                             "SELECT group_concat (r, ';') FROM (SELECT id || ':' || content || "
                             "':' || start_date || ':' || end_date || ':' || quarter || ':' || "
                             "position AS r FROM task ORDER BY id)");
}

static char *
file_links (const char *path)
{
  return td_test_file_query (path, "SELECT group_concat (r, ';') FROM (SELECT task_id || '-' || "
                                   "unit_id AS r FROM task_unit ORDER BY task_id, unit_id)");
}

/* The task listed as @number in the plan's view. */
static gint64
task_numbered (TdWindow *window,
               int       number)
{
  return td_test_file_int (td_store_get_path (td_window_get_store (window)),
                           "SELECT id FROM task WHERE plan_id = (SELECT id FROM plan "
                           "WHERE year = 2022) ORDER BY quarter, position LIMIT 1 OFFSET %d",
                           number - 1);
}

static GtkWidget *
toast_overlay (TdWindow *window)
{
  return td_test_find_one (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, FALSE);
}

static gboolean
undo_button_shown (GtkWidget *overlay)
{
  return td_test_find_button (overlay, "Undo", FALSE, TRUE) != NULL;
}

static gboolean
undo_button_gone (GtkWidget *overlay)
{
  return td_test_find_button (overlay, "Undo", FALSE, TRUE) == NULL;
}

/* Closes the toast with its × as a user who does not want it does. */
static void
close_toast (TdWindow *window)
{
  GtkWidget *overlay = toast_overlay (window);
  g_autoptr(GPtrArray) buttons = NULL;

  td_test_assert_eventually (undo_button_shown, overlay, "the toast's Undo button");
  buttons = td_test_find_all (overlay, GTK_TYPE_BUTTON, TRUE);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (buttons->pdata[i]), "window-close-symbolic") == 0)
      td_test_click (buttons->pdata[i]);
  td_test_assert_eventually (undo_button_gone, overlay, "the toast to go");
}

/* The label of the primary menu's item for @action, mnemonic and all. */
static char *
menu_label (TdWindow   *window,
            const char *action)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON,
                                                   FALSE);

  for (guint b = 0; b < buttons->len; b++)
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (buttons->pdata[b]);

      for (int s = 0; menu != NULL && s < g_menu_model_get_n_items (menu); s++)
        {
          g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

          for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
            {
              g_autofree char *item_action = NULL;
              g_autofree char *label = NULL;

              g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                               &item_action);
              g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
              if (g_strcmp0 (item_action, action) == 0)
                return g_steal_pointer (&label);
            }
        }
    }
  return NULL;
}

static void
assert_menu (TdWindow   *window,
             const char *undo,
             const char *redo)
{
  g_autofree char *undo_label = menu_label (window, "win.undo");
  g_autofree char *redo_label = menu_label (window, "win.redo");

  td_test_check (g_strcmp0 (undo_label, undo) == 0, "the menu says “%s”, not “%s”",
                 undo_label, undo);
  td_test_check (g_strcmp0 (redo_label, redo) == 0, "the menu says “%s”, not “%s”",
                 redo_label, redo);
}

/* The first delete, its toast closed before it was read: Ctrl+Z still brings the task
 * back, in the file, in the plan and on the timeline. */
static void
test_delete_task (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  g_autofree char *tasks_before = file_tasks (path);
  g_autofree char *links_before = file_links (path);
  g_autofree char *tasks_after = NULL;
  g_autofree char *links_after = NULL;
  gint64 id = task_numbered (window, 5);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  TdTimeline *timeline;
  double x, y;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete-task", NULL));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_null (td_test_file_query (path, "SELECT id FROM task WHERE id = %lld", (long long) id));
  assert_menu (window, "_Undo Delete Task", "_Redo");
  close_toast (window);

  td_test_press_ctrl_z (GTK_WIDGET (window), FALSE);
  tasks_after = file_tasks (path);
  links_after = file_links (path);
  g_assert_cmpstr (tasks_after, ==, tasks_before);
  g_assert_cmpstr (links_after, ==, links_before);
  assert_menu (window, "_Undo New Plan", "_Redo Delete Task");

  td_window_show_timeline (window);
  timeline = td_timeline_page_get_timeline (td_window_get_timeline_page (window));
  td_test_wait_for_frame (GTK_WIDGET (timeline));
  td_test_check (td_timeline_get_bar_point (timeline, id, &x, &y),
                 "the task put back is not on the timeline");

  /* And Ctrl+Shift+Z deletes it again. */
  td_test_press_ctrl_z (GTK_WIDGET (window), TRUE);
  td_test_check (!td_timeline_get_bar_point (timeline, id, &x, &y),
                 "the task deleted again is still on the timeline");
  g_assert_null (td_test_file_query (path, "SELECT id FROM task WHERE id = %lld", (long long) id));
  td_test_save_screenshot (GTK_WIDGET (window), "undo-01-redone");

  td_test_close_window (&window);
}

/* Typing, not saved yet when Ctrl+Z comes: it is saved, then undone; the field shows the
 * text it had, and so does the file. */
static void
test_typing (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = task_numbered (window, 5);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  GtkTextView *view = td_test_shown_text_view (editor);
  g_autofree char *before = file_task (path, id);
  g_autofree char *old_text = td_test_text_view_text (view);
  g_autofree char *shown = NULL;
  g_autofree char *row = NULL;

  td_test_type_text (GTK_WIDGET (view), NEW_CONTENT);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  td_test_press_ctrl_z (GTK_WIDGET (view), FALSE);

  row = file_task (path, id);
  g_assert_cmpstr (row, ==, before);
  shown = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (shown, ==, old_text);
  assert_menu (window, "_Undo New Plan", "_Redo Edit Task");

  td_test_press_ctrl_z (GTK_WIDGET (view), TRUE);
  g_clear_pointer (&shown, g_free);
  shown = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (shown, ==, NEW_CONTENT);
  g_clear_pointer (&row, g_free);
  row = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld", (long long) id);
  g_assert_cmpstr (row, ==, NEW_CONTENT);

  td_test_close_window (&window);
}

/* A task moved on the timeline with Alt+→ comes back with Ctrl+Z. */
static void
test_timeline (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = task_numbered (window, 5);
  g_autofree char *before = file_tasks (path);
  g_autofree char *after = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(GError) error = NULL;
  TdTimeline *timeline;

  td_window_show_timeline (window);
  timeline = td_timeline_page_get_timeline (td_window_get_timeline_page (window));
  td_test_wait_for_frame (GTK_WIDGET (timeline));
  td_timeline_select (timeline, id);
  g_assert_true (td_timeline_shift_selected (timeline, 7, &error));
  g_assert_no_error (error);
  moved = file_tasks (path);
  g_assert_cmpstr (moved, !=, before);
  assert_menu (window, "_Undo Change Task Dates", "_Redo");

  td_test_press_ctrl_z (GTK_WIDGET (timeline), FALSE);
  after = file_tasks (path);
  g_assert_cmpstr (after, ==, before);
  td_test_close_window (&window);
}

static TdPreferences *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (TD_IS_PREFERENCES (toplevel))
        return TD_PREFERENCES (toplevel);
    }
  return NULL;
}

static GtkWidget *
preferences_row (TdPreferences *preferences,
                 const char    *title)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW,
                                                FALSE);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  g_assert_not_reached ();
}

/* The office's identity is in the file too: Ctrl+Z in Preferences puts it back. */
static void
test_preferences (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  g_autofree char *before = NULL;
  g_autofree char *place = NULL;
  TdPreferences *preferences;
  GtkWidget *row;

  before = td_test_file_query (path, "SELECT place FROM office");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  row = preferences_row (preferences, PLACE_ROW);

  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Tùng Lộc");
  g_signal_emit_by_name (row, "apply");
  place = td_test_file_query (path, "SELECT place FROM office");
  g_assert_cmpstr (place, ==, "Tùng Lộc");
  assert_menu (window, "_Undo Edit Office", "_Redo");

  td_test_press_ctrl_z (row, FALSE);
  g_clear_pointer (&place, g_free);
  place = td_test_file_query (path, "SELECT place FROM office");
  g_assert_cmpstr (place, ==, before);
  td_test_check (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), before) == 0,
                 "after Undo the place row shows “%s”, not “%s”",
                 gtk_editable_get_text (GTK_EDITABLE (row)), before);

  gtk_window_destroy (GTK_WINDOW (preferences));
  td_test_close_window (&window);
}

/* The toast's Undo button undoes its change, and only while it is the newest. */
static void
test_toast (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  g_autofree char *before = file_tasks (path);
  g_autofree char *after = NULL;
  gint64 id = task_numbered (window, 5);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  GtkWidget *overlay = toast_overlay (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete-task", NULL));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_assert_on_screen (window, "Task 5 deleted");
  td_test_assert_eventually (undo_button_shown, overlay, "the toast's Undo button");
  td_test_click (td_test_find_button (overlay, "Undo", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  after = file_tasks (path);
  g_assert_cmpstr (after, ==, before);
  td_test_assert_eventually (undo_button_gone, overlay, "the toast to go");
  g_assert_true (td_history_get_can_redo (td_window_get_history (window)));

  td_test_close_window (&window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = NULL;
  int status;

  td_test_use_system_data_dirs ();
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  app = td_test_start_application ();

  g_test_add_func ("/undo/delete-task", test_delete_task);
  g_test_add_func ("/undo/typing", test_typing);
  g_test_add_func ("/undo/timeline", test_timeline);
  g_test_add_func ("/undo/preferences", test_preferences);
  g_test_add_func ("/undo/toast", test_toast);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
