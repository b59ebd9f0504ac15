/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Opening a database: a new file and its settings, what a reopened one keeps, migrating
 * from an older version, a file of a newer version left untouched, and files that cannot
 * be used (a read-only folder, a folder, damaged bytes).
 */
#define G_LOG_DOMAIN "test-store-open"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-store.h"

/* Every table of the design. */
static const char * const design_tables[] = {
  "office", "plan", "section", "task", "task_unit", "unit", "person", "household",
  "registration", "registration_target", "award_kind", "base_salary", "criterion", "score", "decision", "award",
  "setting",
};

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

/* Creating ----------------------------------------------------------------------------- */

static void
test_create_missing_folder (TdTestStoreFixture *fixture,
                            gconstpointer       data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "a", "b", NULL);
  g_autofree char *path = g_build_filename (folder, "thidua.db", NULL);
  g_autoptr(TdStore) store = NULL;
  sqlite3 *db;
  g_autofree char *journal = NULL;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  store = td_test_store_open (path);
  g_assert_cmpstr (td_store_get_path (store), ==, path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_assert_false (td_store_is_read_only (store));
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  g_assert_cmpint (td_store_latest_version (), >=, 2);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&store);

  db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, td_store_latest_version ());
  journal = td_test_store_raw_text (db, "PRAGMA journal_mode");
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
  g_assert_cmpuint (td_test_store_count_backups (path), ==, 0);
  sqlite3_close (db);
}

static void
test_create_connection_settings (TdTestStoreFixture *fixture,
                                 gconstpointer       data)
{
  g_autoptr(TdStore) store = NULL;
  g_autofree char *journal = NULL;

  capture_suffix = g_strdup ("/thidua.db");
  captured_db = NULL;
  sqlite3_auto_extension ((void (*) (void)) capture_connection);

  store = td_test_store_open (fixture->db_path);
  g_assert_nonnull (captured_db);

  /* The connection the store kept: writable, with the settings crash safety needs. */
  g_assert_cmpint (sqlite3_db_readonly (captured_db, "main"), ==, 0);
  journal = td_test_store_raw_text (captured_db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (td_test_raw_int (captured_db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (td_test_raw_int (captured_db, "PRAGMA synchronous"), ==, 2 /* FULL */);

  g_clear_object (&store);
  captured_db = NULL;
  sqlite3_cancel_auto_extension ((void (*) (void)) capture_connection);
  g_clear_pointer (&capture_suffix, g_free);
}

static void
test_create_defaults (TdTestStoreFixture *fixture,
                      gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
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
test_reopen_keeps_data (TdTestStoreFixture *fixture,
                        gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
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

  store = td_test_store_open (fixture->db_path);
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
test_migrate_empty_file (TdTestStoreFixture *fixture,
                         gconstpointer       data)
{
  g_autoptr(TdStore) store = NULL;

  td_test_store_write_file (fixture->db_path, "", 0);

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_clear_object (&store);

  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "PRAGMA user_version"), ==,
                   td_store_latest_version ());
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM sqlite_schema "
                                                             "WHERE type = 'table'"), >=,
                   G_N_ELEMENTS (design_tables));
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM base_salary"),
                   >, 0);
}

/* The migration @name as shipped, to make the file an older version left. */
static char *
read_migration (const char *name)
{
  const char *source_dir = g_getenv ("TD_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *sql = NULL;

  g_assert_nonnull (source_dir);
  path = g_build_filename (source_dir, "data", "sql", name, NULL);
  g_file_get_contents (path, &sql, NULL, &error);
  g_assert_no_error (error);
  return sql;
}

static void
test_migrate_from_1 (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  g_autofree char *schema = read_migration ("001-schema.sql");
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

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  plan = td_store_get_plan (store, 2021, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_title (plan), ==, "Kế hoạch cũ");
  g_assert_cmpstr (td_plan_get_number (plan), ==, "12");
  g_clear_object (&store);

  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "PRAGMA user_version"), ==,
                   td_store_latest_version ());
  /* Version 2's defaults arrived, the old row stayed. */
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM base_salary "
                                                             "WHERE amount = 2340000"), ==, 1);
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 1);

  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (backups, 0), "-before-update.db"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (backups, 0), fixture->dir));

  /* The backup holds the file as it was before the update. */
  db = td_test_raw_open (g_ptr_array_index (backups, 0), SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, 1);
  title = td_test_store_raw_text (db, "SELECT title FROM plan WHERE year = 2021");
  g_assert_cmpstr (title, ==, "Kế hoạch cũ");
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM base_salary"), ==, 0);
  td_test_store_assert_raw_text (db, "PRAGMA integrity_check", "ok");
  sqlite3_close (db);
}

/* A file of version 5, before the office had a signer: its identity and its plan are kept,
 * the signer is blank until typed, and then saved and read back. */
static void
test_migrate_from_5 (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  static const char * const older[] = {
    "001-schema.sql", "002-defaults.sql", "003-issue-month.sql", "004-application-id.sql",
    "005-task-without-content.sql",
  };
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  sqlite3 *db;

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  for (guint i = 0; i < G_N_ELEMENTS (older); i++)
    {
      g_autofree char *sql = read_migration (older[i]);

      td_test_raw_exec (db, sql);
    }
  td_test_raw_exec (db, "PRAGMA user_version = 5");
  td_test_raw_exec (db, "UPDATE office SET issuing_body = 'ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH', "
                        "place = 'Tùng Ảnh' WHERE id = 1");
  td_test_raw_exec (db, "INSERT INTO plan (year, number, title, signer_name) "
                        "VALUES (2022, '49', 'Kế hoạch cũ', 'Phan Tiến Dũng')");
  sqlite3_close (db);

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  office = td_store_get_office (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_office_get_issuing_body (office), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (td_office_get_place (office), ==, "Tùng Ảnh");
  g_assert_cmpstr (td_office_get_signer_name (office), ==, "");
  plan = td_store_get_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_signer_name (plan), ==, "Phan Tiến Dũng");

  td_office_set_signer_name (office, "Nguyễn Văn An");
  g_assert_true (td_store_save_office (store, office, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "PRAGMA user_version"), ==,
                   td_store_latest_version ());
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READONLY);
  row = td_test_store_raw_text (db, "SELECT issuing_body || '|' || signer_name FROM office");
  g_assert_cmpstr (row, ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH|Nguyễn Văn An");
  sqlite3_close (db);

  /* The file as version 5 left it is kept aside, without the new column. */
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  db = td_test_raw_open (g_ptr_array_index (backups, 0), SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, 5);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM pragma_table_info ('office') "
                                        "WHERE name = 'signer_name'"), ==, 0);
  sqlite3_close (db);
}

/* A file of version 6, before registrations had targets: a registration twice (which only a
 * hand could have written) is kept once, the catalogue gains the titles of the Law of 2022
 * it lacked, and the same registration can no longer be written twice. */
static void
test_migrate_from_6 (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  static const char * const older[] = {
    "001-schema.sql", "002-defaults.sql", "003-issue-month.sql", "004-application-id.sql",
    "005-task-without-content.sql", "006-office-signer.sql",
  };
  g_autoptr(TdStore) store = NULL;
  sqlite3 *db;

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  for (guint i = 0; i < G_N_ELEMENTS (older); i++)
    {
      g_autofree char *sql = read_migration (older[i]);

      td_test_raw_exec (db, sql);
    }
  td_test_raw_exec (db, "PRAGMA user_version = 6");
  td_test_raw_exec (db, "INSERT INTO household (id, head_name) VALUES (1, 'Hoàng Văn Em');"
                        "INSERT INTO registration (year, award_kind_id, household_id, pledge_signed) "
                        "  SELECT 2024, id, 1, 1 FROM award_kind WHERE code = 'GDVH' "
                        "  AND valid_from = '2024-01-30';"
                        "INSERT INTO registration (year, award_kind_id, household_id) "
                        "  SELECT 2024, id, 1 FROM award_kind WHERE code = 'GDVH' "
                        "  AND valid_from = '2024-01-30';"
                        "INSERT INTO registration (year, award_kind_id, household_id) "
                        "  SELECT 2023, id, 1 FROM award_kind WHERE code = 'GDVH' "
                        "  AND valid_from = '2017-07-31';");
  sqlite3_close (db);

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  g_clear_object (&store);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  /* The first of the two is kept, with its pledge. */
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM registration"), ==, 2);
  g_assert_cmpint (td_test_raw_int (db, "SELECT pledge_signed FROM registration "
                                        "WHERE year = 2024"), ==, 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM registration_target"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM award_kind WHERE code IN "
                                        "('CTDCP', 'CTDT', 'BKTTG', 'BKT', 'GKTT') "
                                        "AND valid_from >= '2024-01-01'"), ==, 10);
  g_assert_cmpint (td_test_raw_int (db, "SELECT coefficient FROM award_kind WHERE code = 'GKTT' "
                                        "AND valid_from = '2025-07-01'"), ==, 300);
  g_assert_cmpint (td_test_raw_int (db, "SELECT to_confirm FROM award_kind WHERE code = 'CTDCP' "
                                        "AND valid_from = '2024-01-01'"), ==, 1);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO registration (year, award_kind_id, "
                                     "household_id) SELECT year, award_kind_id, household_id "
                                     "FROM registration WHERE year = 2024",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

/* A file of version 8, before scoring had sets: criteria and scores written by hand into
 * version 1's tables are kept, in a set of their year with the usual classification, their
 * points made hundredths; a penalty's negative standard is then allowed, and a target can
 * name its criterion. */
static void
test_migrate_from_8 (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  static const char * const older[] = {
    "001-schema.sql", "002-defaults.sql", "003-issue-month.sql", "004-application-id.sql",
    "005-task-without-content.sql", "006-office-signer.sql", "007-subjects.sql",
    "008-registrations.sql",
  };
  g_autoptr(TdStore) store = NULL;
  sqlite3 *db;

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  for (guint i = 0; i < G_N_ELEMENTS (older); i++)
    {
      g_autofree char *sql = read_migration (older[i]);

      td_test_raw_exec (db, sql);
    }
  td_test_raw_exec (db, "PRAGMA user_version = 8");
  td_test_raw_exec (db, "INSERT INTO unit (id, name, kind) VALUES (1, 'Thôn Đông', 'village');"
                        "INSERT INTO criterion (id, year, parent_id, position, code, name, "
                        "  max_points) VALUES (1, 2022, NULL, 0, 'I', 'Xây dựng Đảng', 20),"
                        "  (2, 2022, 1, 0, '1', 'Lãnh đạo', 12), (3, 2022, 1, 1, '2', 'Kiểm tra', 8);"
                        "INSERT INTO score (criterion_id, unit_id, self_points, verified_points, "
                        "  note) VALUES (2, 1, 10, 9, 'Thiếu biên bản');");
  sqlite3_close (db);

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  g_clear_object (&store);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "PRAGMA foreign_keys = ON");
  td_test_store_assert_raw_text (db, "SELECT year || '|' || name FROM criteria_set",
                                 "2022|Bộ tiêu chí năm 2022");
  td_test_store_assert_raw_text (db, "SELECT group_concat (label || '≥' || min_points, ', ') "
                                     "FROM (SELECT * FROM criteria_threshold ORDER BY min_points "
                                     "DESC)", "Xuất sắc≥9000, Khá≥7000, Trung bình≥5000");
  td_test_store_assert_raw_text (db, "SELECT group_concat (code || ':' || max_points || ':' || "
                                     "coalesce (parent_id, 0), ' ') FROM criterion",
                                 "I:2000:0 1:1200:1 2:800:1");
  td_test_store_assert_raw_text (db, "SELECT self_points || '|' || verified_points || '|' || note "
                                     "FROM score", "1000|900|Thiếu biên bản");
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM criterion WHERE set_id = "
                                        "(SELECT id FROM criteria_set)"), ==, 3);
  /* The references follow the renamed tables: a criterion removed takes its scores. */
  td_test_raw_exec (db, "DELETE FROM criterion WHERE id = 1");
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM score"), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO criterion (year, set_id, position, name, "
                                     "max_points, penalty) SELECT 2022, id, 5, 'Vi phạm', -500, 1 "
                                     "FROM criteria_set", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO criterion (year, set_id, position, name, "
                                     "max_points) SELECT 2022, id, 6, 'Sai dấu', -500 "
                                     "FROM criteria_set", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM pragma_table_info "
                                        "('registration_target') WHERE name = 'criterion_id'"),
                   ==, 1);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  td_test_store_assert_raw_text (db, "PRAGMA integrity_check", "ok");
  sqlite3_close (db);
}

static void
test_migrate_newer (TdTestStoreFixture *fixture,
                    gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
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

  store = td_test_store_open (fixture->db_path);
  g_signal_connect (store, "changed", G_CALLBACK (td_test_store_count_changed_cb), &changes);
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

  plan = td_test_store_new_plan (2032);
  g_assert_false (td_store_add_plan (store, plan, NULL, NULL, 0, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (td_plan_get_id (plan), ==, 0);

  g_assert_cmpuint (changes, ==, 0);
  g_clear_object (&store);

  /* Not one byte of the file changed, nothing sits in a journal, no backup was made. */
  after = td_test_read_file (fixture->db_path);
  td_test_store_assert_same_bytes (before, after);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GBytes) wal_bytes = td_test_read_file (wal);
      g_assert_cmpuint (g_bytes_get_size (wal_bytes), ==, 0);
    }
  g_assert_cmpuint (td_test_store_count_backups (fixture->db_path), ==, 0);

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
test_migrate_newer_wal (TdTestStoreFixture *fixture,
                        gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
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

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_READ_ONLY_NEWER);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version () + 1);
  /* What sits in the log is what the store shows. */
  office = td_store_get_office (store, NULL);
  g_assert_cmpstr (td_office_get_issuing_body (office), ==, "ỦY BAN NHÂN DÂN XÃ MỚI");
  g_assert_false (td_store_save_office (store, office, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  db_after = td_test_read_file (fixture->db_path);
  td_test_store_assert_same_bytes (db_before, db_after);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  wal_after = td_test_read_file (wal);
  td_test_store_assert_same_bytes (wal_before, wal_after);
}

/* Files that cannot be used ------------------------------------------------------------- */

static void
test_open_read_only_folder (TdTestStoreFixture *fixture,
                            gconstpointer       data)
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

  store = td_test_store_open (path);
  plan = td_store_start_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  g_clear_object (&store);

  g_assert_no_errno (g_chmod (folder, 0555));
  g_assert_no_errno (g_chmod (path, 0444));
  before = td_test_read_file (path);

  store = td_test_store_open (path);
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
  td_test_store_assert_same_bytes (before, after);
  g_assert_no_errno (g_chmod (folder, 0700));
}

static void
test_open_directory (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "thidua.db", NULL);
  g_autofree char *inside = g_build_filename (folder, "keep.txt", NULL);
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir (folder, 0700));
  td_test_store_write_file (inside, "keep", 4);

  store = td_store_open (folder, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, folder));

  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (td_test_store_count_files (folder), ==, 1);
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 1);
  bytes = td_test_read_file (inside);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "keep", 4);
}

static void
test_open_no_folder (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "file.txt", NULL);
  g_autofree char *path = g_build_filename (file, "sub", "thidua.db", NULL);
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  td_test_store_write_file (file, "text", 4);

  store = td_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NO_FOLDER);
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 1);
}

static void
assert_refused_as_corrupt (TdTestStoreFixture *fixture)
{
  g_autoptr(GBytes) before = td_test_read_file (fixture->db_path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = td_store_open (fixture->db_path, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);

  after = td_test_read_file (fixture->db_path);
  td_test_store_assert_same_bytes (before, after);
  /* A damaged file gets no backups made of it either. */
  g_assert_cmpuint (td_test_store_count_backups (fixture->db_path), ==, 0);
}

static void
test_open_corrupt_random (TdTestStoreFixture *fixture,
                          gconstpointer       data)
{
  guint8 noise[8192];

  for (gsize i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_test_rand_int_range (0, 256);
  td_test_store_write_file (fixture->db_path, noise, sizeof noise);
  assert_refused_as_corrupt (fixture);
}

static void
test_open_corrupt_text (TdTestStoreFixture *fixture,
                        gconstpointer       data)
{
  td_test_store_write_file (fixture->db_path, "hello", 5);
  assert_refused_as_corrupt (fixture);
  /* Also a text file longer than the SQLite header. */
  td_test_store_write_file (fixture->db_path, "hello, this is not a database at all\n", 37);
  assert_refused_as_corrupt (fixture);
}

static void
test_open_corrupt_pages (TdTestStoreFixture *fixture,
                         gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdPlan) plan = td_store_start_plan (store, 2022, NULL);

  g_assert_nonnull (plan);
  g_clear_object (&store);
  td_test_store_raw_fill (fixture->db_path, 400);
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM setting"),
                   >=, 400);

  td_test_store_damage_file (fixture->db_path);
  assert_refused_as_corrupt (fixture);

  /* Read only, it is refused too; a worker's second connection to a file the window has
   * checked already does not read every page again. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TdStore) reader = td_store_open_full (fixture->db_path, TD_STORE_OPEN_READ_ONLY,
                                                    &error);
    g_autoptr(TdStore) worker = NULL;

    g_assert_null (reader);
    g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
    g_clear_error (&error);
    worker = td_store_open_full (fixture->db_path,
                                 TD_STORE_OPEN_READ_ONLY | TD_STORE_OPEN_CHECKED, &error);
    g_assert_no_error (error);
    g_assert_nonnull (worker);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, TdTestStoreFixture, NULL, td_test_store_set_up, func, \
              td_test_store_tear_down)

  ADD ("/store/create/missing-folder", test_create_missing_folder);
  ADD ("/store/create/connection-settings", test_create_connection_settings);
  ADD ("/store/create/defaults", test_create_defaults);
  ADD ("/store/reopen/keeps-data", test_reopen_keeps_data);
  ADD ("/store/migrate/empty-file", test_migrate_empty_file);
  ADD ("/store/migrate/from-1", test_migrate_from_1);
  ADD ("/store/migrate/from-5", test_migrate_from_5);
  ADD ("/store/migrate/from-6", test_migrate_from_6);
  ADD ("/store/migrate/from-8", test_migrate_from_8);
  ADD ("/store/migrate/newer", test_migrate_newer);
  ADD ("/store/migrate/newer-wal", test_migrate_newer_wal);
  ADD ("/store/open/read-only-folder", test_open_read_only_folder);
  ADD ("/store/open/directory", test_open_directory);
  ADD ("/store/open/no-folder", test_open_no_folder);
  ADD ("/store/open/corrupt-random", test_open_corrupt_random);
  ADD ("/store/open/corrupt-text", test_open_corrupt_text);
  ADD ("/store/open/corrupt-pages", test_open_corrupt_pages);

#undef ADD

  return g_test_run ();
}
