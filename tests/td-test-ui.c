/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include "td-drawn-row.h"
#include "td-store.h"
#include "td-test-ui.h"

/* Checks the test goes on after ------------------------------------------------------------- */

void
td_test_check_that (gboolean    ok,
                    const char *file,
                    int         line,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (ok)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* The result line keeps only the last failure: each one is said as it happens too, and
   * on stderr in a subprocess, whose output is not the parent's. */
  g_test_message ("FAILED CHECK %s:%d: %s", file, line, message);
  if (g_test_subprocess ())
    g_printerr ("%s:%d: %s\n", file, line, message);
  g_test_fail_printf ("%s:%d: %s", file, line, message);
}

/* Waiting ------------------------------------------------------------------------------- */

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
td_test_wait_until (TdTestCondition condition,
                    gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + TD_TEST_WAIT_SECONDS * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, wake_cb, NULL);
  gboolean met;

  while (!(met = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return met;
}

gboolean
td_test_flag_is_set (gboolean *flag)
{
  return *flag;
}

gboolean
td_test_pointer_is_null (gpointer *pointer)
{
  return *pointer == NULL;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

void
td_test_wait_for_frame (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  td_test_assert_eventually (gtk_widget_get_mapped, root, "the window to be mapped");
  clock = gtk_widget_get_frame_clock (root);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (root);
  td_test_assert_eventually (td_test_flag_is_set, &painted, "a frame to be painted");
  g_signal_handler_disconnect (clock, handler);
}

/* What is on screen ---------------------------------------------------------------------- */

gboolean
td_test_widget_on_screen (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));

  if (root == NULL || !gtk_widget_get_mapped (widget) ||
      gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0 ||
      gtk_widget_get_opacity (widget) <= 0.0)
    return FALSE;

  for (GtkWidget *ancestor = gtk_widget_get_parent (widget); ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      graphene_rect_t bounds;
      graphene_rect_t area;

      if (ancestor != root && gtk_widget_get_overflow (ancestor) != GTK_OVERFLOW_HIDDEN)
        continue;
      if (!gtk_widget_compute_bounds (widget, ancestor, &bounds))
        return FALSE;
      graphene_rect_init (&area, 0, 0,
                          gtk_widget_get_width (ancestor), gtk_widget_get_height (ancestor));
      if (!graphene_rect_intersection (&bounds, &area, NULL))
        return FALSE;
    }
  return TRUE;
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 gboolean   on_screen_only,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (!on_screen_only || td_test_widget_on_screen (widget)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, on_screen_only, found);
}

GPtrArray *
td_test_find_all (GtkWidget *root,
                  GType      type,
                  gboolean   on_screen_only)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, on_screen_only, found);
  return found;
}

gpointer
td_test_find_one (GtkWidget *root,
                  GType      type,
                  gboolean   on_screen_only)
{
  g_autoptr(GPtrArray) found = td_test_find_all (root, type, on_screen_only);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The labels' texts, and those drawn rows and headings draw (td-drawn-row.h), in the
 * widgets' order. */
GStrv
td_test_visible_texts (GtkWidget *root)
{
  g_autoptr(GPtrArray) widgets = td_test_find_all (root, GTK_TYPE_WIDGET, FALSE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      g_auto(GStrv) drawn = NULL;

      if ((!GTK_IS_LABEL (widget) && !TD_IS_DRAWN_ROW (widget) && !TD_IS_DRAWN_HEADER (widget)) ||
          !td_test_widget_on_screen (widget))
        continue;
      if (GTK_IS_LABEL (widget))
        g_strv_builder_add (builder, gtk_label_get_text (GTK_LABEL (widget)));
      else if (TD_IS_DRAWN_ROW (widget))
        drawn = td_drawn_row_dup_cells (TD_DRAWN_ROW (widget));
      else if (TD_IS_DRAWN_HEADER (widget))
        drawn = td_drawn_header_dup_titles (TD_DRAWN_HEADER (widget));
      for (guint j = 0; drawn != NULL && drawn[j] != NULL; j++)
        if (drawn[j][0] != '\0')
          g_strv_builder_add (builder, drawn[j]);
    }
  return g_strv_builder_end (builder);
}

gboolean
td_test_text_on_screen (GtkWidget  *root,
                        const char *text,
                        gboolean    substring)
{
  g_auto(GStrv) texts = td_test_visible_texts (root);

  for (guint i = 0; texts[i] != NULL; i++)
    if (substring ? strstr (texts[i], text) != NULL : g_str_equal (texts[i], text))
      return TRUE;
  return FALSE;
}

void
td_test_dump_texts (GtkWidget *root)
{
  g_auto(GStrv) texts = td_test_visible_texts (root);
  g_autofree char *joined = g_strjoinv ("» «", texts);

  g_test_message ("on screen: «%s»", joined);
  if (g_test_subprocess ())
    g_printerr ("on screen: «%s»\n", joined);
}

void
td_test_assert_on_screen_at (const char *domain,
                             GtkWidget  *root,
                             const char *text,
                             const char *file,
                             int         line,
                             const char *function)
{
  g_autofree char *message = NULL;

  if (td_test_text_on_screen (root, text, FALSE))
    return;
  td_test_dump_texts (root);
  message = g_strdup_printf ("not on screen: “%s”", text);
  g_assertion_message (domain, file, line, function, message);
}

const char *
td_test_button_text (GtkWidget *button)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (button, GTK_TYPE_LABEL, FALSE);

  return labels->len > 0 ? gtk_label_get_text (g_ptr_array_index (labels, 0)) : "";
}

GtkWidget *
td_test_find_button (GtkWidget  *root,
                     const char *text,
                     gboolean    substring,
                     gboolean    on_screen_only)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (root, GTK_TYPE_BUTTON, on_screen_only);
  GtkWidget *found = NULL;

  for (guint i = 0; i < buttons->len; i++)
    {
      const char *shown = td_test_button_text (g_ptr_array_index (buttons, i));

      if (substring ? strstr (shown, text) != NULL : g_str_equal (shown, text))
        {
          g_assert_null (found);
          found = g_ptr_array_index (buttons, i);
        }
    }
  return found;
}

GtkWidget *
td_test_find_action_button (GtkWidget  *root,
                            const char *action,
                            gboolean    on_screen_only)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (root, GTK_TYPE_BUTTON, on_screen_only);
  GtkWidget *found = NULL;

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      {
        g_assert_null (found);
        found = g_ptr_array_index (buttons, i);
      }
  g_assert_nonnull (found);
  return found;
}

void
td_test_click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (td_test_widget_on_screen (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

void
td_test_press_ctrl_z (GtkWidget *widget,
                      gboolean   shift)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (root);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", shift ? GDK_KEY_Z : GDK_KEY_z, 0,
                               GDK_CONTROL_MASK | (shift ? GDK_SHIFT_MASK : 0), &handled);
    }
  g_assert_true (handled);
  td_test_wait_for_frame (root);
}

void
td_test_press_shortcut (GtkWidget       *widget,
                        guint            keyval,
                        GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);

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
                                                           widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              td_test_wait_for_frame (widget);
              return;
            }
        }
    }
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, "no shortcut for the key");
}

/* Screenshots ----------------------------------------------------------------------------- */

GdkTexture *
td_test_render (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;

  td_test_wait_for_frame (window);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      NULL);
}

void
td_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("TD_SHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL || dir[0] == '\0')
    return;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  texture = td_test_render (GTK_WIDGET (gtk_widget_get_root (widget)));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* The process ----------------------------------------------------------------------------- */

static GStrv
system_data_subdirs (const char *subdir)
{
  g_auto(GStrv) dirs = g_strsplit (g_getenv (TD_TEST_SYSTEM_DATA_DIRS_VAR),
                                   G_SEARCHPATH_SEPARATOR_S, -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; dirs[i] != NULL; i++)
    if (dirs[i][0] != '\0')
      {
        g_autofree char *path = g_build_filename (dirs[i], subdir, NULL);
        g_strv_builder_add (builder, path);
      }
  return g_strv_builder_end (builder);
}

void
td_test_use_system_data_dirs (void)
{
  g_auto(GStrv) mime_dirs = NULL;

  if (g_getenv (TD_TEST_SYSTEM_DATA_DIRS_VAR) == NULL)
    {
      g_autofree char *dirs = g_strjoinv (G_SEARCHPATH_SEPARATOR_S,
                                          (char **) g_get_system_data_dirs ());
      g_setenv (TD_TEST_SYSTEM_DATA_DIRS_VAR, dirs, TRUE);
    }
  mime_dirs = system_data_subdirs ("mime");
  /* GIO keeps a copy. */
  g_content_type_set_mime_dirs ((const char * const *) mime_dirs);
}

void
td_test_use_system_icons (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_auto(GStrv) dirs = system_data_subdirs ("icons");

  for (guint i = 0; dirs[i] != NULL; i++)
    gtk_icon_theme_add_search_path (theme, dirs[i]);
}

char **
td_test_keep_going_args (int   *argc,
                         char **argv)
{
  char **args = g_new0 (char *, *argc + 2);

  args[0] = argv[0];
  args[1] = (char *) "--keep-going";
  for (int i = 1; i < *argc; i++)
    args[i + 1] = argv[i];
  (*argc)++;
  return args;
}

gboolean
td_test_set_locale (const char *locale,
                    const char *language)
{
  g_setenv ("LC_ALL", locale, TRUE);
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    return FALSE;
  if (g_getenv ("THIDUA_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("THIDUA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

TdApplication *
td_test_start_application (void)
{
  g_autoptr(GError) error = NULL;
  TdApplication *app = td_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* Page changes and toasts take effect at once, not after a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  td_test_use_system_icons ();
  return app;
}

void
td_test_reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* Windows -------------------------------------------------------------------------------- */

char *
td_test_fresh_database_path (void)
{
  char *path = td_store_default_path ();

  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  return path;
}

TdWindow *
td_test_open_window (TdApplication *app,
                     const char    *path)
{
  TdWindow *window = td_window_new (app, path, FALSE);

  gtk_window_present (GTK_WINDOW (window));
  td_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

void
td_test_close_window (TdWindow **window)
{
  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  gtk_window_close (GTK_WINDOW (*window));
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) window,
                             "the window to be finalized");
}

/* The window's own stack: the one with the welcome page (the views have theirs). */
static GtkStack *
window_stack (TdWindow *window)
{
  g_autoptr(GPtrArray) stacks = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_STACK, FALSE);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "welcome") != NULL)
      return g_ptr_array_index (stacks, i);
  g_assert_not_reached ();
}

const char *
td_test_window_page (TdWindow *window)
{
  return gtk_stack_get_visible_child_name (window_stack (window));
}

gboolean
td_test_page_query_met (TdTestPageQuery *query)
{
  return g_strcmp0 (td_test_window_page (query->window), query->page) == 0;
}

/* Windows ------------------------------------------------------------------------------------ */

/* The visible window of @type other than the main one, or NULL. */
static gpointer
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

typedef struct {
  GType    type;
  gpointer found;
} WindowQuery;

static gboolean
window_shown (WindowQuery *query)
{
  query->found = find_window (query->type);
  return query->found != NULL;
}

static gboolean
window_gone (WindowQuery *query)
{
  return find_window (query->type) == NULL;
}

gpointer
td_test_wait_for_window (GType type)
{
  WindowQuery query = { type, NULL };

  td_test_assert_eventually (window_shown, &query, "a dialog to open");
  td_test_wait_for_frame (GTK_WIDGET (query.found));
  return query.found;
}

void
td_test_wait_window_gone (GType type)
{
  WindowQuery query = { type, NULL };

  td_test_assert_eventually (window_gone, &query, "the dialog to close");
}
