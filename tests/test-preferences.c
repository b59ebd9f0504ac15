/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Preferences save as the plan editor does: what is typed is in the file a moment later,
 * without Enter, and when the window closes at once; each field says whether it is saved;
 * what the file cannot take is said in words under its field and stays typed. What is
 * asserted is what the window shows and what the file holds.
 */
#define G_LOG_DOMAIN "test-preferences"

#include "config.h"

#include <string.h>

#include "td-application.h"
#include "td-preferences.h"
#include "td-test-db.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define PLACE_ROW "Place name for dates, e.g. Tùng Ảnh"
#define CODE_ROW "Code in document symbols, e.g. UBND"
#define ISSUING_ROW "Issuing body, e.g. ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"

static TdApplication *app;

static AdwEntryRow *
preferences_row (TdPreferences *preferences,
                 const char    *title)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW,
                                                FALSE);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return g_ptr_array_index (rows, i);
  g_error ("Preferences has no row “%s”", title);
}

/* What the field says beside it: "Saved", "Saving…", "Not saved" or nothing. */
static const char *
status_of (AdwEntryRow *row)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (row), GTK_TYPE_LABEL, FALSE);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "field-status"))
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  g_error ("The row has no status");
}

/* The problem shown right under @row, NULL when none is on screen. */
static const char *
problem_under (AdwEntryRow *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row));
  GtkLabel *label;

  g_assert_nonnull (next);
  label = td_test_find_one (next, GTK_TYPE_LABEL, FALSE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "field-problem"));
  return td_test_widget_on_screen (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

static char *
file_office (const char *path,
             const char *column)
{
  return td_test_file_query (path, "SELECT %s FROM office WHERE id = 1", column);
}

static TdPreferences *
open_preferences (TdWindow *window)
{
  TdPreferences *preferences = td_preferences_new (GTK_WINDOW (window),
                                                   td_window_get_store (window));

  gtk_window_present (GTK_WINDOW (preferences));
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  return preferences;
}

static void
close_preferences (TdPreferences *preferences)
{
  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  /* As the window's close button does. */
  gtk_window_close (GTK_WINDOW (preferences));
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) &preferences,
                             "Preferences to close");
}

/* Typed without Enter, and the window closed at once: it is in the file. */
static void
test_close_keeps_typed (void)
{
  g_autofree char *path = NULL;
  g_autofree char *place = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPreferences *preferences = open_preferences (window);
  AdwEntryRow *row = preferences_row (preferences, PLACE_ROW);

  td_test_type_text (GTK_WIDGET (row), "Tùng Lộc");
  g_assert_cmpstr (status_of (row), ==, "Saving…");
  close_preferences (preferences);

  place = file_office (path, "place");
  g_assert_cmpstr (place, ==, "Tùng Lộc");
  td_test_close_window (&window);
}

/* Typed and left alone: saved a moment later, and the field says so. */
static void
test_saves_as_typed (void)
{
  g_autofree char *path = NULL;
  g_autofree char *code = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPreferences *preferences = open_preferences (window);
  AdwEntryRow *row = preferences_row (preferences, CODE_ROW);

  g_assert_cmpstr (status_of (row), ==, "");
  td_test_type_text (GTK_WIDGET (row), "UBNDX");
  td_test_wait_for_save (GTK_WIDGET (preferences));
  code = file_office (path, "code");
  g_assert_cmpstr (code, ==, "UBNDX");
  g_assert_cmpstr (status_of (row), ==, "Saved");
  g_assert_null (problem_under (row));
  td_test_save_screenshot (GTK_WIDGET (preferences), "preferences-saved");

  close_preferences (preferences);
  td_test_close_window (&window);
}

/* What cannot be saved is said under its field, stays typed, and is saved once right. */
static void
test_refused_under_field (void)
{
  g_autofree char *path = NULL;
  g_autofree char *code = NULL;
  g_autofree char *issuing = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPreferences *preferences = open_preferences (window);
  AdwEntryRow *row = preferences_row (preferences, CODE_ROW);
  AdwEntryRow *issuing_row = preferences_row (preferences, ISSUING_ROW);
  const char *problem;

  td_test_type_text (GTK_WIDGET (row), "UB ND");
  td_test_type_text (GTK_WIDGET (issuing_row), "");
  td_test_wait_for_save (GTK_WIDGET (preferences));

  problem = problem_under (row);
  g_assert_cmpstr (problem, ==, "The code must be letters and digits only, such as UBND");
  g_assert_cmpstr (status_of (row), ==, "Not saved");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "UB ND");
  g_assert_cmpstr (problem_under (issuing_row), ==, "The issuing body cannot be empty");
  code = file_office (path, "code");
  g_assert_cmpstr (code, ==, "UBND");
  issuing = file_office (path, "issuing_body");
  g_assert_cmpstr (issuing, ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_clear_pointer (&code, g_free);
  td_test_save_screenshot (GTK_WIDGET (preferences), "preferences-refused");

  /* Leaving the field keeps what was typed: it is not put back to what the file holds. */
  gtk_widget_grab_focus (GTK_WIDGET (issuing_row));
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "UB ND");
  g_assert_nonnull (problem_under (row));

  td_test_type_text (GTK_WIDGET (row), "UBNDXA");
  td_test_wait_for_save (GTK_WIDGET (preferences));
  g_assert_null (problem_under (row));
  g_assert_cmpstr (status_of (row), ==, "Saved");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  code = file_office (path, "code");
  g_assert_cmpstr (code, ==, "UBNDXA");

  close_preferences (preferences);
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

  g_test_add_func ("/preferences/close-keeps-typed", test_close_keeps_typed);
  g_test_add_func ("/preferences/saves-as-typed", test_saves_as_typed);
  g_test_add_func ("/preferences/refused-under-field", test_refused_under_field);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
