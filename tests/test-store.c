/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-test-db.h"

/* Every table of the design. */
static const char * const design_tables[] = {
  "office", "plan", "section", "task", "task_unit", "unit", "person", "household",
  "registration", "award_kind", "base_salary", "criterion", "score", "decision", "award",
  "setting",
};

/* Files --------------------------------------------------------------------------------- */


/* A fresh folder for one test; removed by the fixture teardown. */
typedef struct {
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static void
write_file (const char *path,
            const void *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
assert_same_bytes (GBytes *before,
                   GBytes *after)
{
  g_assert_cmpuint (g_bytes_get_size (before), ==, g_bytes_get_size (after));
  g_assert_true (g_bytes_equal (before, after));
}

/* Overwrites the second half of @path (past its first page) with random bytes. */
static void
damage_file (const char *path)
{
  g_autoptr(GBytes) bytes = td_test_read_file (path);
  gsize size = g_bytes_get_size (bytes);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), size);

  g_assert_cmpuint (size, >=, 4 * 4096);
  for (gsize i = MAX (size / 2, 4096); i < size; i++)
    data[i] = (guint8) g_test_rand_int_range (0, 256);
  write_file (path, data, size);
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static guint
count_backups (const char *db_path)
{
  g_autoptr(GPtrArray) backups = td_store_list_backups (db_path, NULL);

  return backups->len;
}

/* Raw SQLite, to see what the file holds independently of the store ------------------- */

/* The result code of running @sql. */
static int
raw_try (sqlite3    *db,
         const char *sql)
{
  return sqlite3_exec (db, sql, NULL, NULL, NULL) & 0xff;
}

static char *
raw_text (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static gint64
file_int (const char *path,
          const char *sql)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  gint64 value = td_test_raw_int (db, sql);

  sqlite3_close (db);
  return value;
}

static void
assert_raw_text (sqlite3    *db,
                 const char *sql,
                 const char *expected)
{
  g_autofree char *value = raw_text (db, sql);

  g_assert_cmpstr (value, ==, expected);
}

/* Fills the setting table with @n rows of 300 bytes, so the file spans many pages. */
static void
raw_fill (const char *path,
          int         n)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
    "INSERT INTO setting (key, value) SELECT 'filler-' || i, printf('%%300d', i) FROM n", n);

  td_test_raw_exec (db, sql);
  sqlite3_close (db);
}

/* The store's own connection: every connection this process opens passes through here,
 * so a test can ask the store's connection for its settings. */
static sqlite3 *captured_db;
static char *capture_suffix;

static int
capture_connection (sqlite3                           *db,
                    const char                       **message,
                    const struct sqlite3_api_routines *api)
{
  const char *filename = sqlite3_db_filename (db, "main");

  if (capture_suffix != NULL && filename != NULL && g_str_has_suffix (filename, capture_suffix))
    captured_db = db;
  return SQLITE_OK;
}

/* Stores ------------------------------------------------------------------------------- */

static TdStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TD_IS_STORE (store));
  return store;
}

static TdTask *
new_task (int         quarter,
          int         position,
          const char *content,
          const char *start,
          const char *end)
{
  TdTask *task = td_task_new ();

  td_task_set_quarter (task, quarter);
  td_task_set_position (task, position);
  td_task_set_content (task, content);
  td_task_set_responsible (task, "VP nội vụ");
  if (start != NULL)
    td_task_set_start_date (task, start);
  if (end != NULL)
    td_task_set_end_date (task, end);
  return task;
}

static TdPlan *
new_plan (int year)
{
  TdPlan *plan = td_plan_new ();
  g_autofree char *title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);

  td_plan_set_year (plan, year);
  td_plan_set_number (plan, "49");
  td_plan_set_symbol (plan, "KH-UBND");
  td_plan_set_title (plan, title);
  return plan;
}

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

/* Creating ----------------------------------------------------------------------------- */

static void
test_create_missing_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "a", "b", NULL);
  g_autofree char *path = g_build_filename (folder, "thidua.db", NULL);
  g_autoptr(TdStore) store = NULL;
  sqlite3 *db;
  g_autofree char *journal = NULL;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  store = open_store (path);
  g_assert_cmpstr (td_store_get_path (store), ==, path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_assert_false (td_store_is_read_only (store));
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  g_assert_cmpint (td_store_latest_version (), >=, 2);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&store);

  db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, td_store_latest_version ());
  journal = raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  for (guint i = 0; i < G_N_ELEMENTS (design_tables); i++)
    {
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                          "AND name = ?1", -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, design_tables[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int (stmt, 0) != 1)
        g_error ("table %s is missing", design_tables[i]);
      sqlite3_finalize (stmt);
    }
  /* A new file has nothing to back up. */
  g_assert_cmpuint (count_backups (path), ==, 0);
  sqlite3_close (db);
}

static void
test_create_connection_settings (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autofree char *journal = NULL;

  capture_suffix = g_strdup ("/thidua.db");
  captured_db = NULL;
  sqlite3_auto_extension ((void (*) (void)) capture_connection);

  store = open_store (fixture->db_path);
  g_assert_nonnull (captured_db);

  /* The connection the store kept: writable, with the settings crash safety needs. */
  g_assert_cmpint (sqlite3_db_readonly (captured_db, "main"), ==, 0);
  journal = raw_text (captured_db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (td_test_raw_int (captured_db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (td_test_raw_int (captured_db, "PRAGMA synchronous"), ==, 2 /* FULL */);

  g_clear_object (&store);
  captured_db = NULL;
  sqlite3_cancel_auto_extension ((void (*) (void)) capture_connection);
  g_clear_pointer (&capture_suffix, g_free);
}

static void
test_create_defaults (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdOffice) office = td_store_get_office (store, NULL);
  sqlite3 *db;

  /* A blank office, ready for the secretary to fill in. */
  g_assert_cmpstr (td_office_get_issuing_body (office), ==, "");
  g_assert_cmpstr (td_office_get_code (office), ==, "UBND");
  g_clear_object (&store);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "SELECT amount FROM base_salary "
                                        "WHERE valid_from = '2024-07-01'"),
                   ==, 2340000);
  g_assert_cmpint (td_test_raw_int (db, "SELECT amount FROM base_salary "
                                        "WHERE valid_from = '2019-07-01'"),
                   ==, 1490000);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM award_kind WHERE code = 'LDTT'"), >=,
                   1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM award_kind WHERE code = 'LDTT' "
                                "AND coefficient IS NOT 300"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT coefficient FROM award_kind WHERE code = 'CSTDCS' "
                                "AND valid_from = '2017-07-31'"), ==, 1000);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM office"), ==, 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM plan"), ==, 0);
  sqlite3_close (db);
}

static void
test_reopen_keeps_data (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdOffice) office = td_store_get_office (store, NULL);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) read_back = NULL;
  g_autoptr(TdOffice) office_back = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(GError) error = NULL;

  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_office_set_place (office, "Tùng Ảnh");
  td_office_set_code (office, "UBND");
  g_assert_true (td_store_save_office (store, office, &error));
  g_assert_no_error (error);

  plan = td_store_start_plan (store, 2023, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpint (td_plan_get_id (plan), >, 0);
  g_clear_object (&store);

  store = open_store (fixture->db_path);
  read_back = td_store_get_plan (store, 2023, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read_back);
  g_assert_cmpint (td_plan_get_id (read_back), ==, td_plan_get_id (plan));
  g_assert_cmpint (td_plan_get_year (read_back), ==, 2023);
  /* The heading comes from the office's identity. */
  g_assert_cmpstr (td_plan_get_issuing_body (read_back), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (td_plan_get_place (read_back), ==, "Tùng Ảnh");
  g_assert_cmpstr (td_plan_get_symbol (read_back), ==, "KH-UBND");
  g_assert_cmpstr (td_plan_get_title (read_back), ==, "Công tác thi đua, khen thưởng năm 2023");

  office_back = td_store_get_office (store, NULL);
  g_assert_cmpstr (td_office_get_issuing_body (office_back), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");

  years = td_store_list_plan_years (store, NULL);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2023);

  g_assert_null (td_store_get_plan (store, 2024, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
}

/* Migrating ---------------------------------------------------------------------------- */

static void
test_migrate_empty_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;

  write_file (fixture->db_path, "", 0);

  store = open_store (fixture->db_path);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_clear_object (&store);

  g_assert_cmpint (file_int (fixture->db_path, "PRAGMA user_version"), ==,
                   td_store_latest_version ());
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM sqlite_schema "
                                               "WHERE type = 'table'"), >=,
                   G_N_ELEMENTS (design_tables));
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM base_salary"), >, 0);
}

static char *
read_schema_1 (void)
{
  const char *source_dir = g_getenv ("TD_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *sql = NULL;

  g_assert_nonnull (source_dir);
  path = g_build_filename (source_dir, "data", "sql", "001-schema.sql", NULL);
  g_file_get_contents (path, &sql, NULL, &error);
  g_assert_no_error (error);
  return sql;
}

static void
test_migrate_from_1 (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *schema = read_schema_1 ();
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  sqlite3 *db;

  /* What version 1 of the application left behind. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  td_test_raw_exec (db, schema);
  td_test_raw_exec (db, "PRAGMA user_version = 1");
  td_test_raw_exec (db, "INSERT INTO plan (year, number, title) "
                        "VALUES (2021, '12', 'Kế hoạch cũ')");
  sqlite3_close (db);

  store = open_store (fixture->db_path);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  plan = td_store_get_plan (store, 2021, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_title (plan), ==, "Kế hoạch cũ");
  g_assert_cmpstr (td_plan_get_number (plan), ==, "12");
  g_clear_object (&store);

  g_assert_cmpint (file_int (fixture->db_path, "PRAGMA user_version"), ==,
                   td_store_latest_version ());
  /* Version 2's defaults arrived, the old row stayed. */
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM base_salary "
                                               "WHERE amount = 2340000"), ==, 1);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 1);

  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (backups, 0), "-before-update.db"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (backups, 0), fixture->dir));

  /* The backup holds the file as it was before the update. */
  db = td_test_raw_open (g_ptr_array_index (backups, 0), SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, 1);
  title = raw_text (db, "SELECT title FROM plan WHERE year = 2021");
  g_assert_cmpstr (title, ==, "Kế hoạch cũ");
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM base_salary"), ==, 0);
  assert_raw_text (db, "PRAGMA integrity_check", "ok");
  sqlite3_close (db);
}

static void
count_changed_cb (TdStore        *store,
                  const TdChange *change,
                  guint          *count)
{
  (*count)++;
}

static void
test_migrate_newer (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *set_newer = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  gboolean added = TRUE;
  guint changes = 0;
  sqlite3 *db;

  plan = td_store_start_plan (store, 2030, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  g_clear_object (&store);

  /* A newer version of the application changed the file. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  set_newer = g_strdup_printf ("PRAGMA user_version = %d", td_store_latest_version () + 1);
  td_test_raw_exec (db, set_newer);
  td_test_raw_exec (db, "INSERT INTO setting (key, value) VALUES ('from-the-future', 'yes')");
  sqlite3_close (db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = td_test_read_file (fixture->db_path);

  store = open_store (fixture->db_path);
  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), &changes);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_READ_ONLY_NEWER);
  g_assert_true (td_store_is_read_only (store));
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version () + 1);

  /* What it holds can still be read. */
  plan = td_store_get_plan (store, 2030, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_plan_get_year (plan), ==, 2030);
  g_clear_object (&plan);

  office = td_store_get_office (store, NULL);
  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ KHÁC");
  g_assert_false (td_store_save_office (store, office, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_null (td_store_start_plan (store, 2031, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (td_sample_load (store, &added, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_assert_false (added);
  g_clear_error (&error);

  plan = new_plan (2032);
  g_assert_false (td_store_add_plan (store, plan, NULL, NULL, 0, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (td_plan_get_id (plan), ==, 0);

  g_assert_cmpuint (changes, ==, 0);
  g_clear_object (&store);

  /* Not one byte of the file changed, nothing sits in a journal, no backup was made. */
  after = td_test_read_file (fixture->db_path);
  assert_same_bytes (before, after);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GBytes) wal_bytes = td_test_read_file (wal);
      g_assert_cmpuint (g_bytes_get_size (wal_bytes), ==, 0);
    }
  g_assert_cmpuint (count_backups (fixture->db_path), ==, 0);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, td_store_latest_version () + 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM office WHERE issuing_body = ''"), ==,
                   1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM setting "
                                        "WHERE key = 'from-the-future'"),
                   ==, 1);
  sqlite3_close (db);
}

/* A newer version left its last changes in the write-ahead log (it was killed, or keeps the
 * log): opening must not checkpoint them into the file, nor change the log. */
static void
test_migrate_newer_wal (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *set_newer = NULL;
  g_autoptr(GBytes) db_before = NULL;
  g_autoptr(GBytes) wal_before = NULL;
  g_autoptr(GBytes) db_after = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_clear_object (&store);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  set_newer = g_strdup_printf ("PRAGMA user_version = %d", td_store_latest_version () + 1);
  td_test_raw_exec (db, set_newer);
  td_test_raw_exec (db, "UPDATE office SET issuing_body = 'ỦY BAN NHÂN DÂN XÃ MỚI'");
  sqlite3_close (db);

  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  db_before = td_test_read_file (fixture->db_path);
  wal_before = td_test_read_file (wal);
  g_assert_cmpuint (g_bytes_get_size (wal_before), >, 0);

  store = open_store (fixture->db_path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_READ_ONLY_NEWER);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version () + 1);
  /* What sits in the log is what the store shows. */
  office = td_store_get_office (store, NULL);
  g_assert_cmpstr (td_office_get_issuing_body (office), ==, "ỦY BAN NHÂN DÂN XÃ MỚI");
  g_assert_false (td_store_save_office (store, office, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  db_after = td_test_read_file (fixture->db_path);
  assert_same_bytes (db_before, db_after);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  wal_after = td_test_read_file (wal);
  assert_same_bytes (wal_before, wal_after);
}

/* Files that cannot be used ------------------------------------------------------------- */

static void
test_open_read_only_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *path = g_build_filename (folder, "thidua.db", NULL);
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("Running as root, which may write to a read-only folder");
      return;
    }

  store = open_store (path);
  plan = td_store_start_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  g_clear_object (&store);

  g_assert_no_errno (g_chmod (folder, 0555));
  g_assert_no_errno (g_chmod (path, 0444));
  before = td_test_read_file (path);

  store = open_store (path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_READ_ONLY_FILE);
  plan = td_store_get_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  office = td_store_get_office (store, NULL);
  td_office_set_place (office, "Tùng Ảnh");
  g_assert_false (td_store_save_office (store, office, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  after = td_test_read_file (path);
  assert_same_bytes (before, after);
  g_assert_no_errno (g_chmod (folder, 0700));
}

static void
test_open_directory (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "thidua.db", NULL);
  g_autofree char *inside = g_build_filename (folder, "keep.txt", NULL);
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir (folder, 0700));
  write_file (inside, "keep", 4);

  store = td_store_open (folder, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, folder));

  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_files (folder), ==, 1);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
  bytes = td_test_read_file (inside);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "keep", 4);
}

static void
test_open_no_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "file.txt", NULL);
  g_autofree char *path = g_build_filename (file, "sub", "thidua.db", NULL);
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  write_file (file, "text", 4);

  store = td_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NO_FOLDER);
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

static void
assert_refused_as_corrupt (Fixture *fixture)
{
  g_autoptr(GBytes) before = td_test_read_file (fixture->db_path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = td_store_open (fixture->db_path, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);

  after = td_test_read_file (fixture->db_path);
  assert_same_bytes (before, after);
  /* A damaged file gets no backups made of it either. */
  g_assert_cmpuint (count_backups (fixture->db_path), ==, 0);
}

static void
test_open_corrupt_random (Fixture       *fixture,
                          gconstpointer  data)
{
  guint8 noise[8192];

  for (gsize i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_test_rand_int_range (0, 256);
  write_file (fixture->db_path, noise, sizeof noise);
  assert_refused_as_corrupt (fixture);
}

static void
test_open_corrupt_text (Fixture       *fixture,
                        gconstpointer  data)
{
  write_file (fixture->db_path, "hello", 5);
  assert_refused_as_corrupt (fixture);
  /* Also a text file longer than the SQLite header. */
  write_file (fixture->db_path, "hello, this is not a database at all\n", 37);
  assert_refused_as_corrupt (fixture);
}

static void
test_open_corrupt_pages (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);

  g_assert_nonnull (plan);
  g_clear_object (&store);
  raw_fill (fixture->db_path, 400);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM setting"), >=, 400);

  damage_file (fixture->db_path);
  assert_refused_as_corrupt (fixture);
}

/* Backups ------------------------------------------------------------------------------ */

static void
test_backup_copy (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
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
  assert_raw_text (db, "PRAGMA integrity_check", "ok");
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, td_store_latest_version ());
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT year FROM plan"), ==, 2022);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM base_salary"), ==,
                   file_int (fixture->db_path, "SELECT count(*) FROM base_salary"));
  /* One self-contained file, not a WAL database with companions. */
  journal = raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "delete");
  sqlite3_close (db);
  g_assert_cmpuint (count_files (expected_dir), ==, 1);
}

static char *
backup_code (const char *path)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  char *code = raw_text (db, "SELECT code FROM office");

  sqlite3_close (db);
  return code;
}

static void
test_backup_prune (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
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
  g_assert_cmpuint (count_files (backup_dir), ==, TD_STORE_MAX_BACKUPS);

  /* Newest first: B12, B11, … B03. */
  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *code = backup_code (g_ptr_array_index (backups, i));
      g_autofree char *expected = g_strdup_printf ("B%02d", TD_STORE_MAX_BACKUPS + 2 - i);

      g_assert_cmpstr (code, ==, expected);
    }
}

static void
test_backup_list_order (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
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
  write_file (old1, "x", 1);
  write_file (old2, "x", 1);
  write_file (other, "x", 1);
  write_file (stray, "x", 1);

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
test_backup_daily (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "thidua-%Y%m%d-");
  g_autofree char *name = NULL;

  g_assert_nonnull (plan);
  g_clear_object (&store);
  g_assert_cmpuint (count_backups (fixture->db_path), ==, 0);

  store = open_store (fixture->db_path);
  g_clear_object (&store);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  name = g_path_get_basename (g_ptr_array_index (backups, 0));
  g_assert_true (g_str_has_prefix (name, today));
  g_assert_true (g_str_has_suffix (name, "-daily.db"));
  g_assert_cmpint (file_int (g_ptr_array_index (backups, 0), "SELECT year FROM plan"), ==, 2022);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* The same day: no second one. */
  store = open_store (fixture->db_path);
  g_clear_object (&store);
  store = open_store (fixture->db_path);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
}

static void
test_restore_backup (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
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
  raw_fill (fixture->db_path, 400);

  store = open_store (fixture->db_path);
  backup = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = td_store_start_plan (store, 2023, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  damage_file (fixture->db_path);
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
  assert_same_bytes (damaged, aside_bytes);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  store = open_store (fixture->db_path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_assert_true (td_store_check_integrity (store, &error));
  g_assert_no_error (error);
  years = td_store_list_plan_years (store, NULL);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2022);
  g_clear_object (&store);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM setting "
                                               "WHERE key LIKE 'filler-%'"), ==, 400);
}

static void
test_restore_unreadable_backup (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "bad-backup.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  char *aside = NULL;

  g_clear_object (&store);
  before = td_test_read_file (fixture->db_path);
  write_file (bad, "hello", 5);

  /* A bad backup must not cost the current file. */
  g_assert_false (td_store_restore_backup (fixture->db_path, bad, &aside, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_assert_null (aside);
  after = td_test_read_file (fixture->db_path);
  assert_same_bytes (before, after);
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
}

static void
test_set_aside (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->db_path, "-shm", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;
  g_autofree char *aside_shm = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  write_file (fixture->db_path, "main file", 9);
  write_file (wal, "wal file", 8);
  write_file (shm, "shm file", 8);

  aside = td_store_set_aside (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, fixture->db_path));
  g_assert_cmpstr (aside, !=, fixture->db_path);

  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->dir), ==, 3);

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
  write_file (fixture->db_path, "second", 6);
  aside = td_store_set_aside (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (fixture->dir), ==, 4);
  bytes = td_test_read_file (aside);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "second", 6);
}

/* Schema ------------------------------------------------------------------------------- */

static void
test_schema_foreign_keys (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdPlan) plan = new_plan (2022);
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdTask) task = new_task (1, 0, "Xây dựng kế hoạch", NULL, NULL);
  const char * const units[] = { "VP nội vụ", NULL };
  TdStoreTaskInput input = { task, units, NULL };
  TdSection *parent = td_section_new ();
  TdSection *child = td_section_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;

  td_section_set_heading (parent, "I. MỤC ĐÍCH YÊU CẦU");
  td_section_set_heading (child, "1. Mục đích.");
  td_section_set_parent_id (child, 1);
  g_ptr_array_add (sections, parent);
  g_ptr_array_add (sections, child);
  g_assert_true (td_store_add_plan (store, plan, sections, &input, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_section_get_parent_id (child), ==, td_section_get_id (parent));
  g_clear_object (&store);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "PRAGMA foreign_keys = ON");
  g_assert_cmpint (raw_try (db, "INSERT INTO task (plan_id, quarter, position, content, "
                                "start_date, end_date) VALUES (9999, 1, 0, 'x', "
                                "'2022-01-01', '2022-03-31')"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_try (db, "INSERT INTO task_unit (task_id, unit_id) VALUES (9999, 1)"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_try (db, "INSERT INTO section (plan_id, position) VALUES (9999, 0)"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task"), ==, 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task_unit"), ==, 1);

  /* The schema's own checks, whoever writes. */
  g_assert_cmpint (raw_try (db, "UPDATE task SET end_date = '2021-12-31'"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_try (db, "UPDATE task SET start_date = '2022-13-01'"), ==,
                   SQLITE_CONSTRAINT);
  /* A task just added has no content yet (005-task-without-content.sql). */
  g_assert_cmpint (raw_try (db, "UPDATE task SET content = ''"), ==, SQLITE_OK);

  /* Deleting a plan takes its sections, tasks and their links with it, not the units. */
  sql = g_strdup_printf ("DELETE FROM plan WHERE id = %" G_GINT64_FORMAT, td_plan_get_id (plan));
  td_test_raw_exec (db, sql);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM plan"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM section"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task_unit"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM unit"), ==, 1);
  sqlite3_close (db);
}

/* Signals ------------------------------------------------------------------------------ */

typedef struct {
  const char *db_path;
  guint       count;
  GString    *log;
  char       *seen_in_file;
} ChangedLog;

static void
office_changed_cb (TdStore        *store,
                   const TdChange *change,
                   ChangedLog     *log)
{
  sqlite3 *db = td_test_raw_open (log->db_path, SQLITE_OPEN_READONLY);

  log->count++;
  g_string_append_printf (log->log, "%s:%" G_GINT64_FORMAT ";",
                          td_change_what_to_string (change->what), change->id);
  /* Another connection already sees the change: it was committed. */
  g_free (log->seen_in_file);
  log->seen_in_file = raw_text (db, "SELECT issuing_body FROM office");
  sqlite3_close (db);
}

static void
any_changed_cb (TdStore        *store,
                const TdChange *change,
                GString        *log)
{
  g_string_append_printf (log, "%s;", td_change_what_to_string (change->what));
}

static void
test_signal_changed (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdOffice) office = td_store_get_office (store, NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  ChangedLog log = { fixture->db_path, 0, g_string_new (NULL), NULL };

  g_signal_connect (store, "changed::office", G_CALLBACK (office_changed_cb), &log);
  g_signal_connect (store, "changed", G_CALLBACK (any_changed_cb), all);

  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_true (td_store_save_office (store, office, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpstr (log.log->str, ==, "office:1;");
  g_assert_cmpstr (log.seen_in_file, ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (all->str, ==, "office;");

  /* A plan is not the office. */
  plan = td_store_start_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_true (g_str_has_prefix (all->str, "office;plan;"));

  /* A failed write says nothing. */
  g_string_truncate (all, 0);
  g_clear_object (&plan);
  plan = td_store_start_plan (store, 2022, &error);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  g_assert_cmpstr (all->str, ==, "");

  g_string_free (log.log, TRUE);
  g_free (log.seen_in_file);
}

static void
test_signal_read_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *set_newer = NULL;
  guint changes = 0;
  sqlite3 *db;

  g_clear_object (&store);
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  set_newer = g_strdup_printf ("PRAGMA user_version = %d", td_store_latest_version () + 5);
  td_test_raw_exec (db, set_newer);
  sqlite3_close (db);

  store = open_store (fixture->db_path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_READ_ONLY_NEWER);
  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), &changes);
  office = td_store_get_office (store, NULL);
  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_false (td_store_save_office (store, office, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_assert_cmpuint (changes, ==, 0);
}

/* Bad input ---------------------------------------------------------------------------- */

static void
assert_nothing_of_plan (const char *db_path,
                        int         year)
{
  sqlite3 *db = td_test_raw_open (db_path, SQLITE_OPEN_READONLY);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM plan WHERE year = %d", year);

  g_assert_cmpint (td_test_raw_int (db, sql), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM section"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task_unit"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM unit"), ==, 0);
  sqlite3_close (db);
}

/* Adds a plan of one section and three tasks, the last one @bad, which must be refused. */
static void
assert_plan_refused (const char *db_path,
                     TdStore    *store,
                     TdTask     *bad,
                     TdStoreError expected)
{
  g_autoptr(TdPlan) plan = new_plan (2022);
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdTask) good1 = new_task (1, 0, "Xây dựng kế hoạch", NULL, NULL);
  g_autoptr(TdTask) good2 = new_task (2, 0, "Báo cáo sơ kết", "2022-06-01", "2022-06-30");
  const char * const units[] = { "VP nội vụ", "Các thôn xóm", NULL };
  const char * const kinds[] = { "agency", "village", NULL };
  TdStoreTaskInput inputs[3] = {
    { good1, units, kinds },
    { good2, units, kinds },
    { bad, units, kinds },
  };
  g_autoptr(GListModel) units_model = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gulong handler;
  TdSection *section = td_section_new ();

  td_section_set_heading (section, "I. MỤC ĐÍCH YÊU CẦU");
  g_ptr_array_add (sections, section);
  handler = g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), &changes);

  g_assert_false (td_store_add_plan (store, plan, sections, inputs, 3, &error));
  g_assert_error (error, TD_STORE_ERROR, (gint) expected);
  g_assert_cmpint (td_plan_get_id (plan), ==, 0);
  g_assert_cmpuint (changes, ==, 0);
  g_signal_handler_disconnect (store, handler);

  /* All or nothing: not the plan, not its section, not the good tasks, not their units. */
  assert_nothing_of_plan (db_path, 2022);
  units_model = td_store_list_units (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (units_model), ==, 0);
}

static void
test_input_end_before_start (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdTask) bad = new_task (3, 0, "Đánh giá", "2022-09-30", "2022-07-01");
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  assert_plan_refused (fixture->db_path, store, bad, TD_STORE_ERROR_INVALID);

  /* The same year can still be added afterwards: nothing was left half-done. */
  plan = td_store_start_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

/* A task with no content yet (one just added in the editor, copied to another year) is
 * kept as it is, to be written later: blank, with its dates checked all the same. */
static void
test_input_empty_content (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdTask) blank = new_task (1, 1, "  \n\t  ", "2022-03-10", "2022-03-01");
  g_autoptr(TdPlan) plan = new_plan (2022);
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdTask) empty = new_task (1, 1, "", NULL, NULL);
  TdStoreTaskInput inputs[] = { { empty, NULL, NULL } };
  g_autoptr(GError) error = NULL;

  assert_plan_refused (fixture->db_path, store, blank, TD_STORE_ERROR_INVALID);

  g_assert_true (td_store_add_plan (store, plan, sections, inputs, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_file_int (fixture->db_path,
                                     "SELECT count(*) FROM task WHERE content = ''"), ==, 1);
}

static void
test_input_impossible_date (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdTask) feb30 = new_task (1, 1, "Đăng ký thi đua", "2022-02-01", "2022-02-30");
  g_autoptr(TdTask) feb29 = new_task (1, 1, "Đăng ký thi đua", "2022-02-29", "2022-03-01");
  g_autoptr(TdTask) garbled = new_task (1, 1, "Đăng ký thi đua", "22/02/2022", "2022-03-01");
  g_autoptr(TdPlan) plan = new_plan (2022);
  g_autoptr(GError) error = NULL;

  assert_plan_refused (fixture->db_path, store, feb30, TD_STORE_ERROR_INVALID);
  assert_plan_refused (fixture->db_path, store, feb29, TD_STORE_ERROR_INVALID);
  assert_plan_refused (fixture->db_path, store, garbled, TD_STORE_ERROR_INVALID);

  /* The plan's own issue date too. */
  td_plan_set_issue_date (plan, "2022-02-30");
  g_assert_false (td_store_add_plan (store, plan, NULL, NULL, 0, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  assert_nothing_of_plan (fixture->db_path, 2022);
  g_clear_error (&error);

  /* A year no plan can be for. */
  td_plan_set_issue_date (plan, "");
  td_plan_set_year (plan, 1800);
  g_assert_false (td_store_add_plan (store, plan, NULL, NULL, 0, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  assert_nothing_of_plan (fixture->db_path, 1800);
}

static void
test_input_long_text (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(TdPlan) plan = new_plan (2022);
  g_autoptr(TdTask) task = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(TdTask) read_back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *in_file = NULL;
  TdStoreTaskInput input;
  sqlite3 *db;

  /* 10,000 characters, most of them two or three bytes in UTF-8. */
  while (g_utf8_strlen (text->str, -1) < 10000)
    g_string_append (text, "Thi đua khen thưởng ");
  g_string_truncate (text, g_utf8_offset_to_pointer (text->str, 9999) - text->str);
  g_string_append (text, "Ủ");
  g_assert_cmpint (g_utf8_strlen (text->str, -1), ==, 10000);

  task = new_task (2, 0, text->str, NULL, NULL);
  input = (TdStoreTaskInput) { task, NULL, NULL };
  td_plan_set_preamble (plan, text->str);
  g_assert_true (td_store_add_plan (store, plan, NULL, &input, 1, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = open_store (fixture->db_path);
  tasks = td_store_list_tasks (store, td_plan_get_id (plan), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);
  read_back = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (td_task_get_content (read_back), ==, text->str);
  g_assert_cmpstr (td_task_get_start_date (read_back), ==, "2022-04-01");
  g_assert_cmpstr (td_task_get_end_date (read_back), ==, "2022-06-30");
  g_clear_object (&plan);
  plan = td_store_get_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_preamble (plan), ==, text->str);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "SELECT length(content) FROM task"), ==, 10000);
  in_file = raw_text (db, "SELECT content FROM task");
  g_assert_cmpstr (in_file, ==, text->str);
  sqlite3_close (db);
}

static void
test_input_duplicate_year (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(TdPlan) first = td_store_start_plan (store, 2022, NULL);
  g_autoptr(TdPlan) second = new_plan (2022);
  g_autoptr(TdTask) task = new_task (1, 0, "Xây dựng kế hoạch", NULL, NULL);
  TdStoreTaskInput input = { task, NULL, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (first);
  td_plan_set_title (second, "Bản thứ hai");
  g_assert_false (td_store_add_plan (store, second, NULL, &input, 1, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  g_assert_cmpint (td_plan_get_id (second), ==, 0);
  g_clear_object (&store);

  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM plan "
                                               "WHERE title = 'Bản thứ hai'"), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/create/missing-folder", test_create_missing_folder);
  ADD ("/store/create/connection-settings", test_create_connection_settings);
  ADD ("/store/create/defaults", test_create_defaults);
  ADD ("/store/reopen/keeps-data", test_reopen_keeps_data);
  ADD ("/store/migrate/empty-file", test_migrate_empty_file);
  ADD ("/store/migrate/from-1", test_migrate_from_1);
  ADD ("/store/migrate/newer", test_migrate_newer);
  ADD ("/store/migrate/newer-wal", test_migrate_newer_wal);
  ADD ("/store/open/read-only-folder", test_open_read_only_folder);
  ADD ("/store/open/directory", test_open_directory);
  ADD ("/store/open/no-folder", test_open_no_folder);
  ADD ("/store/open/corrupt-random", test_open_corrupt_random);
  ADD ("/store/open/corrupt-text", test_open_corrupt_text);
  ADD ("/store/open/corrupt-pages", test_open_corrupt_pages);
  ADD ("/store/backup/copy", test_backup_copy);
  ADD ("/store/backup/list-order", test_backup_list_order);
  ADD ("/store/backup/prune", test_backup_prune);
  ADD ("/store/backup/daily", test_backup_daily);
  ADD ("/store/restore/damaged", test_restore_backup);
  ADD ("/store/restore/unreadable-backup", test_restore_unreadable_backup);
  ADD ("/store/set-aside", test_set_aside);
  ADD ("/store/schema/foreign-keys", test_schema_foreign_keys);
  ADD ("/store/signal/changed", test_signal_changed);
  ADD ("/store/signal/read-only", test_signal_read_only);
  ADD ("/store/input/end-before-start", test_input_end_before_start);
  ADD ("/store/input/empty-content", test_input_empty_content);
  ADD ("/store/input/impossible-date", test_input_impossible_date);
  ADD ("/store/input/long-text", test_input_long_text);
  ADD ("/store/input/duplicate-year", test_input_duplicate_year);

#undef ADD

  return g_test_run ();
}
