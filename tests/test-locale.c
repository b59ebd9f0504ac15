/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The first-run window in Vietnamese and in English. A locale has to be set before GTK
 * starts, and GLib decides once per process whether to translate, so each case runs in a
 * subprocess of its own.
 */
#define G_LOG_DOMAIN "test-locale"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "td-application.h"
#include "td-store.h"
#include "td-window.h"

#define WAIT_SECONDS 10
#define SUBPROCESS_SECONDS 120

#define START_MSGID "_Start the Plan for %d"
#define SAMPLE_MSGID "_Open the Sample Plan (Tùng Ảnh 2022)"
#define WELCOME_MSGID "Welcome to Emulation & Commendation"
#define NAME_MSGID "Emulation & Commendation"

/* Waiting ------------------------------------------------------------------------------- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, wake_cb, NULL);
  gboolean met;

  while (!(met = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return met;
}

#define assert_eventually(condition, data, what)                                     \
  G_STMT_START {                                                                     \
    if (!wait_until ((Condition) (condition), (data)))                               \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,              \
                           "timed out after " G_STRINGIFY (WAIT_SECONDS)             \
                           " s waiting for " what);                                  \
  } G_STMT_END

static gboolean
flag_is_set (gboolean *flag)
{
  return *flag;
}

static gboolean
pointer_is_null (gpointer *pointer)
{
  return *pointer == NULL;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_frame (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  assert_eventually (gtk_widget_get_mapped, root, "the window to be mapped");
  clock = gtk_widget_get_frame_clock (root);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (root);
  assert_eventually (flag_is_set, &painted, "a frame to be painted");
  g_signal_handler_disconnect (clock, handler);
}

/* What is on screen ---------------------------------------------------------------------- */

static gboolean
widget_on_screen (GtkWidget *widget)
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
      (!on_screen_only || widget_on_screen (widget)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, on_screen_only, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type,
          gboolean   on_screen_only)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, on_screen_only, found);
  return found;
}

/* The one widget of @type on screen. */
static gpointer
find_on_screen (GtkWidget *root,
                GType      type)
{
  g_autoptr(GPtrArray) found = find_all (root, type, TRUE);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static gboolean
text_on_screen (GtkWidget  *root,
                const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL, TRUE);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return TRUE;
  return FALSE;
}

static void
assert_text_on_screen (GtkWidget  *root,
                       const char *text)
{
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GString) shown = NULL;
  g_autofree char *failure = NULL;

  if (text_on_screen (root, text))
    return;

  labels = find_all (root, GTK_TYPE_LABEL, TRUE);
  shown = g_string_new (NULL);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (shown, " «%s»", gtk_label_get_text (g_ptr_array_index (labels, i)));
  /* Said on stderr, which the parent process shows when the subprocess fails. */
  g_printerr ("on screen:%s\n", shown->str);
  failure = g_strdup_printf ("“%s” is not on screen", text);
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, failure);
}

/* The on-screen button that activates @action. */
static GtkButton *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON, TRUE);
  GtkButton *found = NULL;

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      {
        g_assert_null (found);
        found = g_ptr_array_index (buttons, i);
      }
  g_assert_nonnull (found);
  return found;
}

/* "_Open…" as the user reads it: without the mnemonic underscore. */
static char *
without_mnemonic (const char *label)
{
  g_autoptr(GString) text = g_string_new (label);

  g_string_replace (text, "_", "", 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void use_system_icons (void);

/* The case ------------------------------------------------------------------------------- */

/* In a fresh process: sets the locale as main.c does, opens a first-run window, and checks
 * that what the welcome page shows is the catalogue's word for each of its texts, and
 * whether that word is translated. */
static void
check_welcome_page (const char *locale,
                    const char *language,
                    gboolean    translated)
{
  g_autoptr(TdApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *start = NULL;
  g_autofree char *start_shown = NULL;
  g_autofree char *sample_shown = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *localedir = g_getenv ("THIDUA_LOCALEDIR");
  const char *start_format;
  const char *sample;
  const char *welcome;
  const char *name;
  TdWindow *window;
  GtkStack *stack;
  AdwStatusPage *page;
  GtkButton *button;

  /* GTK calls setlocale (LC_ALL, "") itself when it starts: the environment must agree. */
  g_setenv ("LC_ALL", locale, TRUE);
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_autofree char *missing =
        g_strdup_printf ("the %s locale is missing on this system; generate it (build-aux/test "
                         "does: locale-gen after enabling it in /etc/locale.gen)", locale);
      /* A failure, not a skip: a missing locale would hide every untranslated string. */
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, missing);
      return;
    }
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  start_format = g_dgettext (GETTEXT_PACKAGE, START_MSGID);
  sample = g_dgettext (GETTEXT_PACKAGE, SAMPLE_MSGID);
  welcome = g_dgettext (GETTEXT_PACKAGE, WELCOME_MSGID);
  name = g_dgettext (GETTEXT_PACKAGE, NAME_MSGID);
  if (translated)
    {
      g_assert_cmpstr (start_format, !=, START_MSGID);
      g_assert_cmpstr (sample, !=, SAMPLE_MSGID);
      g_assert_cmpstr (welcome, !=, WELCOME_MSGID);
      /* The application's name in Vietnamese, as DESIGN.md gives it. */
      g_assert_cmpstr (name, ==, "Thi đua – Khen thưởng");
    }
  else
    {
      g_assert_cmpstr (start_format, ==, START_MSGID);
      g_assert_cmpstr (sample, ==, SAMPLE_MSGID);
      g_assert_cmpstr (welcome, ==, WELCOME_MSGID);
      g_assert_cmpstr (name, ==, NAME_MSGID);
    }
  start = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, START_MSGID),
                           g_date_time_get_year (now));

  app = td_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  use_system_icons ();

  path = td_store_default_path ();
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  window = td_window_new (app, path, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));

  /* The window's own stack: the one with the welcome page (the views have theirs). */
  {
    g_autoptr(GPtrArray) stacks = find_all (GTK_WIDGET (window), GTK_TYPE_STACK, FALSE);

    stack = NULL;
    for (guint i = 0; i < stacks->len; i++)
      if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "welcome") != NULL)
        stack = g_ptr_array_index (stacks, i);
    g_assert_nonnull (stack);
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");

  page = find_on_screen (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, welcome);
  if (translated)
    g_assert_cmpstr (adw_status_page_get_title (page), !=, WELCOME_MSGID);
  assert_text_on_screen (GTK_WIDGET (window), welcome);
  assert_text_on_screen (GTK_WIDGET (window), name);

  button = find_action_button (GTK_WIDGET (window), "win.start-plan");
  g_assert_cmpstr (gtk_button_get_label (button), ==, start);
  start_shown = without_mnemonic (start);
  assert_text_on_screen (GTK_WIDGET (button), start_shown);

  button = find_action_button (GTK_WIDGET (window), "win.load-sample");
  g_assert_cmpstr (gtk_button_get_label (button), ==, sample);
  sample_shown = without_mnemonic (sample);
  assert_text_on_screen (GTK_WIDGET (button), sample_shown);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  assert_eventually (pointer_is_null, (gpointer *) &window, "the window to be finalized");
}

static void
run_in_subprocess (void)
{
  g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);
  /* One language failing must not keep the other from being tried. */
  g_test_set_nonfatal_assertions ();
  g_test_trap_assert_passed ();
}

static void
test_vietnamese (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess ();
      return;
    }
  check_welcome_page ("vi_VN.UTF-8", "vi", TRUE);
}

static void
test_english (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess ();
      return;
    }
  check_welcome_page ("C.UTF-8", "C", FALSE);
}

/* Private XDG folders, but the system's MIME database (GdkPixbuf needs it to tell an SVG
 * icon from other bytes) and icons. A subprocess inherits its parent's isolated folders, so
 * the real ones travel in an environment variable of their own. */
#define SYSTEM_DATA_DIRS_VAR "TD_TEST_SYSTEM_DATA_DIRS"

static GStrv
system_data_subdirs (const char *subdir)
{
  g_auto(GStrv) dirs = g_strsplit (g_getenv (SYSTEM_DATA_DIRS_VAR), G_SEARCHPATH_SEPARATOR_S, -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; dirs[i] != NULL; i++)
    if (dirs[i][0] != '\0')
      {
        g_autofree char *path = g_build_filename (dirs[i], subdir, NULL);
        g_strv_builder_add (builder, path);
      }
  return g_strv_builder_end (builder);
}

static void
use_system_icons (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_auto(GStrv) dirs = system_data_subdirs ("icons");

  for (guint i = 0; dirs[i] != NULL; i++)
    gtk_icon_theme_add_search_path (theme, dirs[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) mime_dirs = NULL;

  if (g_getenv (SYSTEM_DATA_DIRS_VAR) == NULL)
    {
      g_autofree char *dirs = g_strjoinv (G_SEARCHPATH_SEPARATOR_S,
                                          (char **) g_get_system_data_dirs ());
      g_setenv (SYSTEM_DATA_DIRS_VAR, dirs, TRUE);
    }
  mime_dirs = system_data_subdirs ("mime");
  g_content_type_set_mime_dirs ((const char * const *) mime_dirs);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/locale/vietnamese", test_vietnamese);
  g_test_add_func ("/locale/english", test_english);

  return g_test_run ();
}
