/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The shortcuts window (gtk/help-overlay.ui) against the shortcuts the code registers: every
 * accelerator of the application's actions, and every key the window's and the timeline's
 * classes bind, is shown in it; and everything it shows is a key that parses and that
 * something is bound to. A shortcut added to the code and not to the window fails here.
 */
#define G_LOG_DOMAIN "test-shortcuts"

#include "config.h"

#include "td-registrations-page.h"
#include "td-sample.h"
#include "td-test-ui.h"
#include "td-timeline-page.h"
#include "td-window.h"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

/* A key as the window shows it: the keypad's + and −, and = (+ without Shift on most
 * keyboards), are bound beside the key shown and count as it. */
typedef struct {
  guint           keyval;
  GdkModifierType modifiers;
} Key;

static Key
normalize (guint           keyval,
           GdkModifierType modifiers)
{
  keyval = gdk_keyval_to_lower (keyval);
  switch (keyval)
    {
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      keyval = GDK_KEY_plus;
      break;
    case GDK_KEY_KP_Subtract:
      keyval = GDK_KEY_minus;
      break;
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      keyval = GDK_KEY_Return;
      break;
    default:
      break;
    }
  return (Key) { keyval, modifiers & gtk_accelerator_get_default_mod_mask () };
}

static gboolean
window_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
shows_sample (TdWindow *window)
{
  return td_window_get_year (window) == TD_SAMPLE_YEAR;
}

/* The shortcuts window of @window, opened as the menu item opens it. */
static GtkShortcutsWindow *
open_shortcuts (TdWindow *window)
{
  GtkShortcutsWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (shortcuts);
  td_test_assert_eventually (window_shown, shortcuts, "the shortcuts window to open");
  td_test_wait_for_frame (GTK_WIDGET (shortcuts));
  return shortcuts;
}

typedef struct {
  GArray    *keys;
  /* The titles of the shortcuts with the key at the same index. */
  GPtrArray *titles;
} Shown;

static void
shown_clear (Shown *shown)
{
  g_clear_pointer (&shown->keys, g_array_unref);
  g_clear_pointer (&shown->titles, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Shown, shown_clear)

/* Every key the sections show (not the search's copies), each alternative on its own; a
 * shortcut that shows no key, or a key that does not parse, fails the test. */
static void
collect_shown (GtkShortcutsWindow *window,
               Shown              *shown)
{
  g_autoptr(GPtrArray) sections = td_test_find_all (GTK_WIDGET (window),
                                                    GTK_TYPE_SHORTCUTS_SECTION, FALSE);

  shown->keys = g_array_new (FALSE, FALSE, sizeof (Key));
  shown->titles = g_ptr_array_new_with_free_func (g_free);
  g_assert_cmpuint (sections->len, ==, 1);
  for (guint s = 0; s < sections->len; s++)
    {
      g_autoptr(GPtrArray) shortcuts = td_test_find_all (g_ptr_array_index (sections, s),
                                                         GTK_TYPE_SHORTCUTS_SHORTCUT, FALSE);

      g_assert_cmpuint (shortcuts->len, >, 0);
      for (guint i = 0; i < shortcuts->len; i++)
        {
          GtkWidget *shortcut = g_ptr_array_index (shortcuts, i);
          GtkShortcutLabel *label = td_test_find_one (shortcut, GTK_TYPE_SHORTCUT_LABEL, FALSE);
          const char *accelerator = gtk_shortcut_label_get_accelerator (label);
          g_autofree char *title = NULL;
          g_auto(GStrv) alternatives = NULL;

          g_object_get (shortcut, "title", &title, NULL);
          td_test_check (accelerator != NULL && accelerator[0] != '\0',
                         "“%s” shows no key: its action has no accelerator", title);
          alternatives = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
          for (guint a = 0; alternatives[a] != NULL; a++)
            {
              guint keyval = 0;
              GdkModifierType modifiers = 0;
              Key key;

              if (alternatives[a][0] == '\0')
                continue;
              gtk_accelerator_parse (alternatives[a], &keyval, &modifiers);
              td_test_check (keyval != 0, "“%s” shows “%s”, which is not a key", title,
                             alternatives[a]);
              key = normalize (keyval, modifiers);
              g_array_append_val (shown->keys, key);
              g_ptr_array_add (shown->titles, g_strdup (title));
            }
        }
    }
}

static const char *
find_shown (Shown          *shown,
            guint           keyval,
            GdkModifierType modifiers)
{
  Key key = normalize (keyval, modifiers);

  for (guint i = 0; i < shown->keys->len; i++)
    {
      Key *k = &g_array_index (shown->keys, Key, i);

      if (k->keyval == key.keyval && k->modifiers == key.modifiers)
        return g_ptr_array_index (shown->titles, i);
    }
  return NULL;
}

static TdWindow *
open_sample_window (char **path)
{
  TdWindow *window;

  td_test_reset_settings ();
  *path = td_test_fresh_database_path ();
  window = td_test_open_window (app, *path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL));
  td_test_assert_eventually (shows_sample, window, "the sample plan to show");
  td_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

/* Every accelerator set on the application, for any action, is in the window. */
static void
test_application_accels (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);
  GtkShortcutsWindow *shortcuts = open_shortcuts (window);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_auto(Shown) shown = { 0 };
  guint checked = 0;

  collect_shown (shortcuts, &shown);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (shortcuts)), ==, "Keyboard Shortcuts");
  td_test_save_screenshot (GTK_WIDGET (shortcuts), "shortcuts");

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval = 0;
          GdkModifierType modifiers = 0;

          gtk_accelerator_parse (accels[j], &keyval, &modifiers);
          g_assert_cmpuint (keyval, !=, 0);
          td_test_check (find_shown (&shown, keyval, modifiers) != NULL,
                         "%s (%s) is not in the shortcuts window", accels[j], actions[i]);
          checked++;
        }
    }
  /* Undo and Redo, F1, Ctrl+Q, Ctrl+? … at least. */
  g_assert_cmpuint (checked, >=, 10);
  g_assert_nonnull (find_shown (&shown, GDK_KEY_F1, 0));

  gtk_window_close (GTK_WINDOW (shortcuts));
  td_test_close_window (&window);
}

/* The number of areas in the sidebar: Ctrl+1 … shows those, and no more. */
static guint
n_areas (TdWindow *window)
{
  g_autoptr(GPtrArray) lists = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, FALSE);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
      {
        guint n = 0;

        while (gtk_list_box_get_row_at_index (g_ptr_array_index (lists, i), n) != NULL)
          n++;
        return n;
      }
  g_assert_not_reached ();
}

/* The keys @widget's class binds to its own actions (those named @prefix…). */
static void
check_class_bindings (GtkWidget  *widget,
                      const char *prefix,
                      guint       areas,
                      Shown      *shown,
                      guint      *checked)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GVariant *arguments = gtk_shortcut_get_arguments (shortcut);
          const char *name;
          g_autofree char *key = NULL;

          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, prefix))
            continue;
          /* Ctrl+1 … Ctrl+7 are bound ahead of the areas there are. */
          if (g_str_equal (name, "win.show-area") && g_variant_get_uint32 (arguments) >= areas)
            continue;
          key = gtk_shortcut_trigger_to_label (trigger, gtk_widget_get_display (widget));
          td_test_check (find_shown (shown, gtk_keyval_trigger_get_keyval (
                                       GTK_KEYVAL_TRIGGER (trigger)),
                                     gtk_keyval_trigger_get_modifiers (
                                       GTK_KEYVAL_TRIGGER (trigger))) != NULL,
                         "%s (%s) is not in the shortcuts window", key, name);
          (*checked)++;
        }
    }
}

/* The keys the window's class, the timeline's and the registrations page's bind: F5, Escape,
 * Ctrl+1 …, zoom, Delete. */
static void
test_class_bindings (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = open_sample_window (&path);
  GtkWidget *timeline = GTK_WIDGET (td_timeline_page_get_timeline (
                                      td_window_get_timeline_page (window)));
  GtkShortcutsWindow *shortcuts = open_shortcuts (window);
  g_auto(Shown) shown = { 0 };
  guint areas = n_areas (window);
  guint checked = 0;

  collect_shown (shortcuts, &shown);
  g_assert_cmpuint (areas, >=, 2);
  check_class_bindings (GTK_WIDGET (window), "win.", areas, &shown, &checked);
  /* F5, Escape, and one Ctrl+digit for each area. */
  g_assert_cmpuint (checked, >=, 2 + areas);
  checked = 0;
  check_class_bindings (timeline, "timeline.", areas, &shown, &checked);
  g_assert_cmpuint (checked, >=, 3);
  checked = 0;
  check_class_bindings (td_test_find_one (GTK_WIDGET (window), TD_TYPE_REGISTRATIONS_PAGE, FALSE),
                        "registrations.", areas, &shown, &checked);
  g_assert_cmpuint (checked, >=, 1);

  /* Only the areas there are: no Ctrl+digit past them. */
  g_assert_nonnull (find_shown (&shown, GDK_KEY_1 + areas - 1, GDK_CONTROL_MASK));
  g_assert_null (find_shown (&shown, GDK_KEY_1 + areas, GDK_CONTROL_MASK));

  gtk_window_close (GTK_WINDOW (shortcuts));
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

  g_test_add_func ("/shortcuts/application", test_application_accels);
  g_test_add_func ("/shortcuts/class-bindings", test_class_bindings);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
