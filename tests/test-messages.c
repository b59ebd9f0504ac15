/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Messages show user text and file names as they are: libadwaita 1.2 reads a toast's
 * title and a status page's description as Pango markup.
 */
#define G_LOG_DOMAIN "test-messages"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "td-test-db.h"
#include "td-test-ui.h"
#include "td-toast.h"

static TdApplication *app;

static gboolean
toast_shown (TdWindow *window)
{
  return td_test_text_on_screen (GTK_WIDGET (window), "“Tài chính & Kế hoạch <2022>” deleted",
                                 TRUE);
}

/* A section heading with "&" and "<" used to give an empty toast (markup that did not
 * parse), so the secretary never saw what was deleted nor its Undo. */
static void
test_toast_user_text (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  TdWindow *window;

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  td_toast_show_message (GTK_WIDGET (window), "“Tài chính & Kế hoạch <2022>” deleted");
  td_test_assert_eventually (toast_shown, window, "the toast with the heading");

  td_test_close_window (&window);
}

/* A refused change (here a timeline drag or an Undo under another program's lock) is said
 * in words, not with SQLite's text. */
static gboolean
busy_toast_shown (TdWindow *window)
{
  return td_test_text_on_screen (GTK_WIDGET (window), "another program is using the file",
                                 TRUE);
}

static void
test_toast_store_error (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  g_autoptr(GError) error = g_error_new (TD_STORE_ERROR, TD_STORE_ERROR_BUSY,
                                         "Moving the task: database is locked");
  TdWindow *window;

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  td_toast_show_error (GTK_WIDGET (window), error);
  td_test_assert_eventually (busy_toast_shown, window, "the toast in words");
  g_assert_false (td_test_text_on_screen (GTK_WIDGET (window), "database is locked", TRUE));

  td_test_close_window (&window);
}

/* Another program's database: the window says plainly what it is, and leaves it alone. */
static void
test_foreign_file (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "Sổ & sách", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.sqlite", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  TdWindow *window;
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = td_test_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  td_test_raw_exec (db, "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('x');");
  sqlite3_close (db);
  before = td_test_read_file (path);

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_cmpstr (td_test_window_page (window), ==, "problem");
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), "The Data File Cannot Be Opened",
                                         FALSE));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), "a database of another program",
                                         TRUE));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), "Sổ & sách", TRUE));
  /* Nothing offered that would move it aside or start over in its place. */
  g_assert_null (td_test_find_button (GTK_WIDGET (window), "New Empty File", TRUE, TRUE));
  td_test_close_window (&window);

  after = td_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
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

  g_test_add_func ("/messages/toast-user-text", test_toast_user_text);
  g_test_add_func ("/messages/toast-store-error", test_toast_store_error);
  g_test_add_func ("/messages/foreign-file", test_foreign_file);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
