/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Backups of a database: a copy that is one file, kept newest first and pruned, one a day;
 * restoring one over a damaged file, which is set aside and never lost.
 */
#define G_LOG_DOMAIN "test-store-backup"

#include "config.h"

#include <sqlite3.h>

#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-store.h"

static void
save_office_code (TdStore    *store,
                  const char *code)
{
  g_autoptr(TdOffice) office = td_store_get_office (store, NULL);
  g_autoptr(GError) error = NULL;

  td_office_set_code (office, code);
  g_assert_true (td_store_save_office (store, office, &error));
  g_assert_no_error (error);
}

/* Backups ------------------------------------------------------------------------------ */

static void
test_backup_copy (TdTestStoreFixture *fixture,
                  gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_dir = td_store_backup_dir (fixture->db_path);
  g_autofree char *expected_dir = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *path = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *dir_of_backup = NULL;
  sqlite3 *db;

  g_assert_nonnull (plan);
  g_assert_cmpstr (backup_dir, ==, expected_dir);

  path = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_assert_nonnull (path);
  dir_of_backup = g_path_get_dirname (path);
  g_assert_cmpstr (dir_of_backup, ==, expected_dir);
  g_assert_true (g_str_has_suffix (path, "-manual.db"));

  /* A change after the backup stays out of it. */
  g_clear_object (&plan);
  plan = td_store_start_plan (store, 2023, &error);
  g_assert_no_error (error);

  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (backups, 0), ==, path);

  db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  td_test_store_assert_raw_text (db, "PRAGMA integrity_check", "ok");
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, td_store_latest_version ());
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT year FROM plan"), ==, 2022);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM base_salary"), ==,
                   td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM base_salary"));
  /* One self-contained file, not a WAL database with companions. */
  journal = td_test_store_raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "delete");
  sqlite3_close (db);
  g_assert_cmpuint (td_test_store_count_files (expected_dir), ==, 1);
}

static char *
backup_code (const char *path)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  char *code = td_test_store_raw_text (db, "SELECT code FROM office");

  sqlite3_close (db);
  return code;
}

static void
test_backup_prune (TdTestStoreFixture *fixture,
                   gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup_dir = td_store_backup_dir (fixture->db_path);

  /* Each backup holds a different office code, so it is known which one a file is. */
  for (int i = 1; i <= TD_STORE_MAX_BACKUPS + 2; i++)
    {
      g_autofree char *code = g_strdup_printf ("B%02d", i);
      g_autoptr(GError) error = NULL;
      char *path;

      save_office_code (store, code);
      path = td_store_backup (store, "manual", &error);
      g_assert_no_error (error);
      g_assert_nonnull (path);
      g_ptr_array_add (made, path);
    }

  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, TD_STORE_MAX_BACKUPS);
  g_assert_cmpuint (td_test_store_count_files (backup_dir), ==, TD_STORE_MAX_BACKUPS);

  /* Newest first: B12, B11, … B03. */
  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *code = backup_code (g_ptr_array_index (backups, i));
      g_autofree char *expected = g_strdup_printf ("B%02d", TD_STORE_MAX_BACKUPS + 2 - i);

      g_assert_cmpstr (code, ==, expected);
    }
}

static void
test_backup_list_order (TdTestStoreFixture *fixture,
                        gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autofree char *backup_dir = td_store_backup_dir (fixture->db_path);
  g_autofree char *old1 = g_build_filename (backup_dir, "thidua-20200101-080000-daily.db", NULL);
  g_autofree char *old2 = g_build_filename (backup_dir, "thidua-20211231-235959-manual.db", NULL);
  g_autofree char *other = g_build_filename (backup_dir, "other-20991231-000000-daily.db", NULL);
  g_autofree char *stray = g_build_filename (backup_dir, "thidua-notes.txt", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *newest = NULL;

  /* Older backups, a backup of another database and a stray file in the same folder. */
  g_assert_no_errno (g_mkdir_with_parents (backup_dir, 0700));
  td_test_store_write_file (old1, "x", 1);
  td_test_store_write_file (old2, "x", 1);
  td_test_store_write_file (other, "x", 1);
  td_test_store_write_file (stray, "x", 1);

  newest = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);

  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (backups, 0), ==, newest);
  g_assert_cmpstr (g_ptr_array_index (backups, 1), ==, old2);
  g_assert_cmpstr (g_ptr_array_index (backups, 2), ==, old1);
  /* Pruning never touches what is not a backup of this database. */
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));
}

static void
test_backup_daily (TdTestStoreFixture *fixture,
                   gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "thidua-%Y%m%d-");
  g_autofree char *name = NULL;

  g_assert_nonnull (plan);
  g_clear_object (&store);
  g_assert_cmpuint (td_test_store_count_backups (fixture->db_path), ==, 0);

  store = td_test_store_open (fixture->db_path);
  g_clear_object (&store);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  name = g_path_get_basename (g_ptr_array_index (backups, 0));
  g_assert_true (g_str_has_prefix (name, today));
  g_assert_true (g_str_has_suffix (name, "-daily.db"));
  g_assert_cmpint (td_test_store_file_int (g_ptr_array_index (backups, 0),
                                           "SELECT year FROM plan"), ==, 2022);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* The same day: no second one. */
  store = td_test_store_open (fixture->db_path);
  g_clear_object (&store);
  store = td_test_store_open (fixture->db_path);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
}

static void
test_restore_backup (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) aside_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *aside_dir = NULL;

  g_assert_nonnull (plan);
  g_clear_object (&store);
  td_test_store_raw_fill (fixture->db_path, 400);

  store = td_test_store_open (fixture->db_path);
  backup = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = td_store_start_plan (store, 2023, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  td_test_store_damage_file (fixture->db_path);
  damaged = td_test_read_file (fixture->db_path);
  store = td_store_open (fixture->db_path, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, >=, 1);
  g_assert_true (td_store_restore_backup (fixture->db_path, g_ptr_array_index (backups, 0),
                                          &aside, &error));
  g_assert_no_error (error);

  /* The damaged file is kept, byte for byte, beside the database. */
  g_assert_nonnull (aside);
  g_assert_cmpstr (aside, !=, fixture->db_path);
  aside_dir = g_path_get_dirname (aside);
  g_assert_cmpstr (aside_dir, ==, fixture->dir);
  aside_bytes = td_test_read_file (aside);
  td_test_store_assert_same_bytes (damaged, aside_bytes);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_assert_true (td_store_check_integrity (store, &error));
  g_assert_no_error (error);
  years = td_store_list_plan_years (store, NULL);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2022);
  g_clear_object (&store);
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM setting "
                                                             "WHERE key LIKE 'filler-%'"), ==, 400);
}

static void
test_restore_unreadable_backup (TdTestStoreFixture *fixture,
                                gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "bad-backup.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  char *aside = NULL;

  g_clear_object (&store);
  before = td_test_read_file (fixture->db_path);
  td_test_store_write_file (bad, "hello", 5);

  /* A bad backup must not cost the current file. */
  g_assert_false (td_store_restore_backup (fixture->db_path, bad, &aside, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_assert_null (aside);
  after = td_test_read_file (fixture->db_path);
  td_test_store_assert_same_bytes (before, after);
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 2);
}

static void
test_set_aside (TdTestStoreFixture *fixture,
                gconstpointer       data)
{
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->db_path, "-shm", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;
  g_autofree char *aside_shm = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  td_test_store_write_file (fixture->db_path, "main file", 9);
  td_test_store_write_file (wal, "wal file", 8);
  td_test_store_write_file (shm, "shm file", 8);

  aside = td_store_set_aside (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, fixture->db_path));
  g_assert_cmpstr (aside, !=, fixture->db_path);

  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 3);

  bytes = td_test_read_file (aside);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "main file", 9);
  g_clear_pointer (&bytes, g_bytes_unref);
  aside_wal = g_strconcat (aside, "-wal", NULL);
  bytes = td_test_read_file (aside_wal);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "wal file", 8);
  g_clear_pointer (&bytes, g_bytes_unref);
  aside_shm = g_strconcat (aside, "-shm", NULL);
  bytes = td_test_read_file (aside_shm);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "shm file", 8);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* A second damaged file in the same second gets its own name. */
  g_clear_pointer (&aside, g_free);
  td_test_store_write_file (fixture->db_path, "second", 6);
  aside = td_store_set_aside (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 4);
  bytes = td_test_read_file (aside);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "second", 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, TdTestStoreFixture, NULL, td_test_store_set_up, func, \
              td_test_store_tear_down)

  ADD ("/store/backup/copy", test_backup_copy);
  ADD ("/store/backup/list-order", test_backup_list_order);
  ADD ("/store/backup/prune", test_backup_prune);
  ADD ("/store/backup/daily", test_backup_daily);
  ADD ("/store/restore/damaged", test_restore_backup);
  ADD ("/store/restore/unreadable-backup", test_restore_unreadable_backup);
  ADD ("/store/set-aside", test_set_aside);

#undef ADD

  return g_test_run ();
}
