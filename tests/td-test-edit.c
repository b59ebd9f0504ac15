/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-edit"

#include "config.h"

#include <sqlite3.h>

#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-edit.h"

const int td_test_edit_sample_quarters[N_SAMPLE_TASKS] = { 1, 1, 1, 1, 2, 2, 3, 4, 4 };

char *
td_test_edit_file_rows (const char *path,
                        const char *format,
                        ...)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  GString *out = g_string_new (NULL);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  va_list args;
  int rc;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          int type = sqlite3_column_type (stmt, i);
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s%d:%s", i > 0 ? "|" : "", type,
                                  text != NULL ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

gint64
td_test_edit_file_int (const char *path,
                       const char *format,
                       ...)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_autofree char *sql = NULL;
  va_list args;
  gint64 value;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  value = td_test_raw_int (db, sql);
  sqlite3_close (db);
  return value;
}

char *
td_test_edit_file_text (const char *path,
                        const char *format,
                        ...)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  va_list args;
  char *value;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup (sqlite3_column_text (stmt, 0) != NULL
                    ? (const char *) sqlite3_column_text (stmt, 0) : "");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

TdStore *
td_test_edit_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TD_IS_STORE (store));
  return store;
}

void
td_test_edit_reopen (TdTestEditFixture *fixture)
{
  g_clear_object (&fixture->store);
  fixture->store = td_test_edit_open_store (fixture->db_path);
}

void
td_test_edit_set_up (TdTestEditFixture *fixture,
                     gconstpointer      data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-edit-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = td_test_edit_open_store (fixture->db_path);
}

void
td_test_edit_set_up_sample (TdTestEditFixture *fixture,
                            gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) tasks = NULL;
  gboolean added = FALSE;

  td_test_edit_set_up (fixture, data);
  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);
  td_test_edit_reopen (fixture);

  plan = td_store_get_plan (fixture->store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  fixture->plan_id = td_plan_get_id (plan);
  tasks = td_store_list_tasks (fixture->store, fixture->plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, N_SAMPLE_TASKS);
  for (guint i = 0; i < N_SAMPLE_TASKS; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);

      g_assert_cmpint (td_task_get_quarter (task), ==, td_test_edit_sample_quarters[i]);
      fixture->tasks[i] = td_task_get_id (task);
    }
}

void
td_test_edit_tear_down (TdTestEditFixture *fixture,
                        gconstpointer      data)
{
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

void
td_test_edit_log_changed_cb (TdStore        *store,
                             const TdChange *change,
                             GString        *log)
{
  g_string_append_printf (log, "%s:%" G_GINT64_FORMAT ";", td_change_what_to_string (change->what),
                          change->plan_id);
}

char *
td_test_edit_section_outline (TdStore *store,
                              gint64   plan_id)
{
  g_autoptr(GListModel) sections = td_store_list_sections (store, plan_id, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);

      g_string_append_printf (out, "%d:%s%s;", td_section_get_depth (section),
                              td_section_get_heading (section),
                              g_str_equal (td_section_get_kind (section), "tasks") ? "*" : "");
    }
  return g_string_free (out, FALSE);
}

gint64
td_test_edit_find_section (TdStore    *store,
                           gint64      plan_id,
                           const char *heading)
{
  g_autoptr(GListModel) sections = td_store_list_sections (store, plan_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);

      if (g_str_equal (td_section_get_heading (section), heading))
        return td_section_get_id (section);
    }
  g_error ("No section “%s”", heading);
  return 0;
}

TdSection *
td_test_edit_get_section (TdStore *store,
                          gint64   plan_id,
                          gint64   section_id)
{
  g_autoptr(GListModel) sections = td_store_list_sections (store, plan_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);

      if (td_section_get_id (section) == section_id)
        return g_steal_pointer (&section);
    }
  g_error ("No section %" G_GINT64_FORMAT, section_id);
  return NULL;
}

TdTask *
td_test_edit_get_task (TdStore *store,
                       gint64   task_id)
{
  g_autoptr(GError) error = NULL;
  TdTask *task = td_store_get_task (store, task_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (task);
  return task;
}

TdTask *
td_test_edit_new_task (int         quarter,
                       const char *content,
                       const char *start,
                       const char *end)
{
  TdTask *task = td_task_new ();

  td_task_set_quarter (task, quarter);
  td_task_set_content (task, content);
  td_task_set_responsible (task, "VP nội vụ");
  td_task_set_start_date (task, start);
  td_task_set_end_date (task, end);
  return task;
}
