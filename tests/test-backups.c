/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Preferences → Backups in the real window: the backups with what each holds, a damaged
 * one shown as such, and a restore through the confirmation that leaves the file holding
 * the backup's data and a backup of what it replaced. In English and in Vietnamese.
 */
#define G_LOG_DOMAIN "test-backups"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "td-application.h"
#include "td-backups-page.h"
#include "td-preferences.h"
#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SUBPROCESS_SECONDS 120

#define assert_text(root, text, substring)                                             \
  G_STMT_START {                                                                       \
    if (!td_test_text_on_screen (GTK_WIDGET (root), (text), (substring)))              \
      {                                                                                \
        td_test_dump_texts (GTK_WIDGET (root));                                        \
        g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,              \
                             "not on screen: " #text);                                 \
      }                                                                                \
  } G_STMT_END

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          g_assert_null (found);
          found = toplevel;
        }
    }
  return found;
}

static gboolean
page_loaded (TdBackupsPage *page)
{
  return !td_backups_page_is_loading (page);
}

static gboolean
dialog_shown (gpointer unused)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The file of a secretary who worked on the sample plan yesterday: today's first start
 * backed it up, then she started the plan of 2023. An old backup was damaged on the way. */
static char *
make_file (void)
{
  char *path = td_store_default_path ();
  g_autofree char *dir = td_store_backup_dir (path);
  g_autofree char *damaged = g_build_filename (dir, "thidua-20251120-163000-000000-daily.db",
                                               NULL);
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  store = td_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (store, NULL, &error));
  g_clear_object (&store);

  /* The day's backup, at the first start. */
  store = td_store_open (path, &error);
  g_assert_no_error (error);
  backups = td_store_list_backups (path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  plan = td_store_start_plan (store, 2023, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_file_set_contents (damaged, "", 0, &error);
  g_assert_no_error (error);
  return path;
}

static TdPreferences *
open_backups (TdWindow *window)
{
  TdPreferences *preferences;
  TdBackupsPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.backups", NULL));
  preferences = find_toplevel (TD_TYPE_PREFERENCES);
  g_assert_nonnull (preferences);
  page = td_preferences_get_backups_page (preferences);
  g_assert_true (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (preferences))
                 == ADW_PREFERENCES_PAGE (page));
  td_test_assert_eventually (page_loaded, page, "what the backups hold");
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  return preferences;
}

static void
check_restore (void)
{
  g_autoptr(TdApplication) app = td_test_start_application ();
  g_autofree char *path = make_file ();
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) restore_buttons = NULL;
  g_autofree char *undo = NULL;
  g_autofree char *tasks = NULL;
  g_autofree char *holds = NULL;
  gint64 n_tasks = td_test_file_int (path, "SELECT count(*) FROM task");
  TdPreferences *preferences;
  AdwMessageDialog *dialog;
  TdWindow *window;

  window = td_test_open_window (app, path);
  preferences = open_backups (window);
  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);

  /* Both backups, with what the whole one holds and the damaged one as damaged. */
  holds = g_strdup_printf ("Daily backup · 1 plan (2022), %" G_GINT64_FORMAT " tasks", n_tasks);
  assert_text (preferences, holds, FALSE);
  assert_text (preferences, "Daily backup · damaged, cannot be restored", FALSE);
  assert_text (preferences, "20 November 2025, 16:30", FALSE);
  assert_text (preferences, "Open Backups Folder", FALSE);
  td_test_save_screenshot (GTK_WIDGET (preferences), "backups-page");

  /* Only the whole one can be restored. */
  restore_buttons = td_test_find_all (GTK_WIDGET (preferences), GTK_TYPE_BUTTON, TRUE);
  for (guint i = restore_buttons->len; i > 0; i--)
    if (g_strcmp0 (td_test_button_text (g_ptr_array_index (restore_buttons, i - 1)),
                   "Restore…") != 0)
      g_ptr_array_remove_index (restore_buttons, i - 1);
  g_assert_cmpuint (restore_buttons->len, ==, 1);
  td_test_click (g_ptr_array_index (restore_buttons, 0));

  /* The confirmation says what will happen. */
  td_test_assert_eventually (dialog_shown, NULL, "the confirmation");
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  assert_text (dialog, "Restore This Backup?", FALSE);
  assert_text (dialog, "saved as a backup made before the restore", TRUE);
  td_test_save_screenshot (GTK_WIDGET (dialog), "backups-confirm");
  td_test_click (td_test_find_button (GTK_WIDGET (dialog), "Restore", FALSE, TRUE));

  /* The window shows the restored file, and says so. */
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) &preferences,
                             "the preferences to close");
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_text (window, "was restored", TRUE);
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  td_test_save_screenshot (GTK_WIDGET (window), "backups-restored");

  /* The file holds the backup's data, and a backup holds what it replaced. */
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM task"), ==, n_tasks);
  backups = td_store_list_backups (path, NULL);
  for (guint i = 0; i < backups->len && undo == NULL; i++)
    if (g_str_has_suffix (g_ptr_array_index (backups, i), "-before-restore.db"))
      undo = g_strdup (g_ptr_array_index (backups, i));
  g_assert_nonnull (undo);
  g_assert_true (td_store_check_backup (undo, NULL));
  g_assert_cmpint (td_test_file_int (undo, "SELECT count(*) FROM plan WHERE year = 2023"),
                   ==, 1);

  /* The toast's Undo puts back what the restore replaced. */
  td_test_click (td_test_find_button (GTK_WIDGET (window), "Undo", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM plan"), ==, 2);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM plan WHERE year = 2023"),
                   ==, 1);

  td_test_close_window (&window);
}

static void
check_vietnamese (void)
{
  g_autoptr(TdApplication) app = NULL;
  g_autofree char *path = NULL;
  g_autofree char *label = NULL;
  g_autofree char *restore = NULL;
  TdPreferences *preferences;
  TdWindow *window;

  if (!td_test_set_locale ("vi_VN.UTF-8", "vi"))
    g_error ("the vi_VN.UTF-8 locale is missing on this system");

  app = td_test_start_application ();
  path = make_file ();
  window = td_test_open_window (app, path);
  preferences = open_backups (window);

  /* Translated, not the English msgid. */
  label = g_strdup (g_dgettext (GETTEXT_PACKAGE, "Daily backup"));
  g_assert_cmpstr (label, !=, "Daily backup");
  assert_text (preferences, label, TRUE);
  td_test_save_screenshot (GTK_WIDGET (preferences), "backups-page-vi");

  restore = g_strdup (g_dgettext (GETTEXT_PACKAGE, "_Restore…"));
  g_assert_cmpstr (restore, !=, "_Restore…");
  g_strdelimit (restore, "_", ' ');
  td_test_click (td_test_find_button (GTK_WIDGET (preferences), g_strstrip (restore), FALSE,
                                      TRUE));
  td_test_assert_eventually (dialog_shown, NULL, "the confirmation");
  td_test_wait_for_frame (GTK_WIDGET (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  td_test_save_screenshot (GTK_WIDGET (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
                           "backups-confirm-vi");
  gtk_window_destroy (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (GTK_WINDOW (preferences));
  td_test_close_window (&window);
}

/* The damaged-file page restores the newest backup that reads back whole, not the newest
 * name: a kill during the day's backup left an empty one. */
static void
check_damaged_file (void)
{
  g_autoptr(TdApplication) app = td_test_start_application ();
  g_autofree char *path = make_file ();
  g_autofree char *dir = td_store_backup_dir (path);
  g_autofree char *empty = g_build_filename (dir, "thidua-20991231-080000-000000-daily.db", NULL);
  g_autofree char *good = td_store_newest_valid_backup (path, NULL);
  g_autofree char *good_name = g_path_get_basename (good);
  g_autoptr(GError) error = NULL;
  TdTestPageQuery query;
  TdWindow *window;

  g_file_set_contents (empty, "", 0, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, "not a database, not at all, not even close to one", 49, &error);
  g_assert_no_error (error);

  window = td_test_open_window (app, path);
  g_assert_cmpstr (td_test_window_page (window), ==, "problem");
  assert_text (window, good_name, TRUE);
  td_test_click (td_test_find_button (GTK_WIDGET (window), "Restore the Newest Backup", FALSE,
                                      TRUE));
  query = (TdTestPageQuery) { window, "plan" };
  td_test_assert_eventually (td_test_page_query_met, &query, "the plan");
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM plan"), ==, 1);
  td_test_close_window (&window);
}

static void
run_in_subprocess (void)
{
  g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_restore (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess ();
      return;
    }
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  check_restore ();
}

static void
test_damaged_file (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess ();
      return;
    }
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  check_damaged_file ();
}

static void
test_vietnamese (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess ();
      return;
    }
  check_vietnamese ();
}

int
main (int   argc,
      char *argv[])
{
  td_test_use_system_data_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/backups/restore", test_restore);
  g_test_add_func ("/backups/damaged-file", test_damaged_file);
  g_test_add_func ("/backups/vietnamese", test_vietnamese);

  return g_test_run ();
}
