/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-store"

#include "config.h"

#include <sqlite3.h>

#include "td-store-backup.h"
#include "td-test-db.h"
#include "td-test-store.h"

void
td_test_store_set_up (TdTestStoreFixture *fixture,
                      gconstpointer       data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
}

void
td_test_store_tear_down (TdTestStoreFixture *fixture,
                         gconstpointer       data)
{
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

void
td_test_store_write_file (const char *path,
                          const void *data,
                          gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

void
td_test_store_assert_same_bytes (GBytes *before,
                                 GBytes *after)
{
  g_assert_cmpuint (g_bytes_get_size (before), ==, g_bytes_get_size (after));
  g_assert_true (g_bytes_equal (before, after));
}

void
td_test_store_damage_file (const char *path)
{
  g_autoptr(GBytes) bytes = td_test_read_file (path);
  gsize size = g_bytes_get_size (bytes);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), size);

  g_assert_cmpuint (size, >=, 4 * 4096);
  for (gsize i = MAX (size / 2, 4096); i < size; i++)
    data[i] = (guint8) g_test_rand_int_range (0, 256);
  td_test_store_write_file (path, data, size);
}

guint
td_test_store_count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

guint
td_test_store_count_backups (const char *db_path)
{
  g_autoptr(GPtrArray) backups = td_store_list_backups (db_path, NULL);

  return backups->len;
}

char *
td_test_store_raw_text (sqlite3    *db,
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

gint64
td_test_store_file_int (const char *path,
                        const char *sql)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  gint64 value = td_test_raw_int (db, sql);

  sqlite3_close (db);
  return value;
}

void
td_test_store_assert_raw_text (sqlite3    *db,
                               const char *sql,
                               const char *expected)
{
  g_autofree char *value = td_test_store_raw_text (db, sql);

  g_assert_cmpstr (value, ==, expected);
}

void
td_test_store_raw_fill (const char *path,
                        int         n)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
    "INSERT INTO setting (key, value) SELECT 'filler-' || i, printf('%%300d', i) FROM n", n);

  td_test_raw_exec (db, sql);
  sqlite3_close (db);
}

TdStore *
td_test_store_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TD_IS_STORE (store));
  return store;
}

TdPlan *
td_test_store_new_plan (int year)
{
  TdPlan *plan = td_plan_new ();
  g_autofree char *title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);

  td_plan_set_year (plan, year);
  td_plan_set_number (plan, "49");
  td_plan_set_symbol (plan, "KH-UBND");
  td_plan_set_title (plan, title);
  return plan;
}

void
td_test_store_count_changed_cb (TdStore        *store,
                                const TdChange *change,
                                guint          *count)
{
  (*count)++;
}

TdSubject *
td_test_store_new_subject_valist (TdSubjectKind kind,
                                  va_list       args)
{
  TdSubject *subject = td_subject_new (kind);
  int field;

  while ((field = va_arg (args, int)) != TD_TEST_END)
    {
      g_autoptr(GError) error = NULL;
      const char *text = va_arg (args, const char *);

      if (!td_subject_set_field (subject, field, text, &error))
        g_error ("%s “%s”: %s", td_subject_field_label (kind, field), text, error->message);
    }
  return subject;
}

TdSubject *
td_test_store_new_subject (TdSubjectKind kind,
                           ...)
{
  TdSubject *subject;
  va_list args;

  va_start (args, kind);
  subject = td_test_store_new_subject_valist (kind, args);
  va_end (args);
  return subject;
}
