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
#include <string.h>

#include "td-store.h"
#include "td-test-ui.h"

#define SUBPROCESS_SECONDS 120

#define START_MSGID "_Start the Plan for %d"
#define SAMPLE_MSGID "_Open the Sample Plan (Tùng Ảnh 2022)"
#define WELCOME_MSGID "Welcome to Emulation & Commendation"
#define NAME_MSGID "Emulation & Commendation"

/* What is on screen ---------------------------------------------------------------------- */

static void
assert_text_on_screen (GtkWidget  *root,
                       const char *text)
{
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GString) shown = NULL;
  g_autofree char *failure = NULL;

  if (td_test_text_on_screen (root, text, FALSE))
    return;

  labels = td_test_find_all (root, GTK_TYPE_LABEL, TRUE);
  shown = g_string_new (NULL);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (shown, " «%s»", gtk_label_get_text (g_ptr_array_index (labels, i)));
  /* Said on stderr, which the parent process shows when the subprocess fails. */
  g_printerr ("on screen:%s\n", shown->str);
  failure = g_strdup_printf ("“%s” is not on screen", text);
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, failure);
}

/* "_Open…" as the user reads it: without the mnemonic underscore. */
static char *
without_mnemonic (const char *label)
{
  g_autoptr(GString) text = g_string_new (label);

  g_string_replace (text, "_", "", 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

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
  AdwStatusPage *page;
  GtkButton *button;

  /* GTK calls setlocale (LC_ALL, "") itself when it starts: the environment must agree. */
  if (!td_test_set_locale (locale, language))
    {
      g_autofree char *missing =
        g_strdup_printf ("the %s locale is missing on this system; generate it (build-aux/test "
                         "does: locale-gen after enabling it in /etc/locale.gen)", locale);
      /* A failure, not a skip: a missing locale would hide every untranslated string. */
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, missing);
      return;
    }
  g_assert_nonnull (localedir);

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

  app = td_test_start_application ();

  path = td_store_default_path ();
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  window = td_test_open_window (app, path);
  g_assert_cmpstr (td_test_window_page (window), ==, "welcome");

  page = td_test_find_one (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, welcome);
  if (translated)
    g_assert_cmpstr (adw_status_page_get_title (page), !=, WELCOME_MSGID);
  assert_text_on_screen (GTK_WIDGET (window), welcome);
  assert_text_on_screen (GTK_WIDGET (window), name);

  button = GTK_BUTTON (td_test_find_action_button (GTK_WIDGET (window), "win.start-plan", TRUE));
  g_assert_cmpstr (gtk_button_get_label (button), ==, start);
  start_shown = without_mnemonic (start);
  assert_text_on_screen (GTK_WIDGET (button), start_shown);

  button = GTK_BUTTON (td_test_find_action_button (GTK_WIDGET (window), "win.load-sample",
                                                   TRUE));
  g_assert_cmpstr (gtk_button_get_label (button), ==, sample);
  sample_shown = without_mnemonic (sample);
  assert_text_on_screen (GTK_WIDGET (button), sample_shown);

  td_test_close_window (&window);
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

int
main (int   argc,
      char *argv[])
{
  td_test_use_system_data_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/locale/vietnamese", test_vietnamese);
  g_test_add_func ("/locale/english", test_english);

  return g_test_run ();
}
