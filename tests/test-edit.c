/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-edit"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "td-sample.h"
#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-test-db.h"

#define N_SAMPLE_TASKS 9

/* Quarters of the sample's tasks, in the order they are numbered. */
static const int sample_quarters[N_SAMPLE_TASKS] = { 1, 1, 1, 1, 2, 2, 3, 4, 4 };

/* Files --------------------------------------------------------------------------------- */


/* Raw SQLite, to see what the file holds without the store ------------------------------ */

/* Every row and column @sql gives, with each value's type, one row a line: two results are
 * equal only when the rows are byte for byte the same. */
static char *
file_rows (const char *path,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static char *
file_rows (const char *path,
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

static gint64
file_int (const char *path,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static gint64
file_int (const char *path,
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

/* The first column of the one row @format gives, "" for NULL. */
static char *
file_text (const char *path,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static char *
file_text (const char *path,
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

/* Fixture ------------------------------------------------------------------------------ */

typedef struct {
  char    *dir;
  char    *db_path;
  TdStore *store;
  /* With the sample loaded: its plan and its tasks, in the order they are numbered. */
  gint64   plan_id;
  gint64   tasks[N_SAMPLE_TASKS];
} Fixture;

static TdStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TD_IS_STORE (store));
  return store;
}

/* A new store on the same file: what it reads is what the file holds. */
static void
reopen (Fixture *fixture)
{
  g_clear_object (&fixture->store);
  fixture->store = open_store (fixture->db_path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-edit-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = open_store (fixture->db_path);
}

static void
fixture_set_up_sample (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) tasks = NULL;
  gboolean added = FALSE;

  fixture_set_up (fixture, data);
  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);
  reopen (fixture);

  plan = td_store_get_plan (fixture->store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  fixture->plan_id = td_plan_get_id (plan);
  tasks = td_store_list_tasks (fixture->store, fixture->plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, N_SAMPLE_TASKS);
  for (guint i = 0; i < N_SAMPLE_TASKS; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);

      g_assert_cmpint (td_task_get_quarter (task), ==, sample_quarters[i]);
      fixture->tasks[i] = td_task_get_id (task);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* Helpers -------------------------------------------------------------------------------- */

/* Logs each "changed" as "what:plan-id;" (test-changes.c asserts the whole change). */
static void
log_changed_cb (TdStore        *store,
                const TdChange *change,
                GString        *log)
{
  g_string_append_printf (log, "%s:%" G_GINT64_FORMAT ";", td_change_what_to_string (change->what),
                          change->plan_id);
}

static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* The section tree as the editor lists it: "depth:heading;" with a "*" on the section that
 * holds the task table. */
static char *
section_outline (TdStore *store,
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

static gint64
find_section (TdStore    *store,
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

static TdSection *
get_section (TdStore *store,
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

/* The sample's section headings. */
#define S_I   "I. MỤC ĐÍCH YÊU CẦU"
#define S_1   "1. Mục đích."
#define S_2   "2. Yêu cầu:"
#define S_II  "II. NỘI DUNG:"
#define S_III "III. CÁC GIẢI PHÁP CHỦ YẾU."
#define S_IV  "IV. TỔ CHỨC THỰC HIỆN"

#define SAMPLE_OUTLINE \
  "0:" S_I ";1:" S_1 ";1:" S_2 ";0:" S_II "*;0:" S_III ";0:" S_IV ";"

/* Asserts the plan's task list is @ids in that order, in @quarters, numbered 1, 2, … */
static void
assert_task_list (TdStore      *store,
                  gint64        plan_id,
                  const gint64 *ids,
                  const int    *quarters,
                  guint         n)
{
  g_autoptr(GListModel) tasks = td_store_list_tasks (store, plan_id, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);

      g_test_message ("task number %u", i + 1);
      g_assert_cmpint (td_task_get_number (task), ==, i + 1);
      g_assert_cmpint (td_task_get_id (task), ==, ids[i]);
      g_assert_cmpint (td_task_get_quarter (task), ==, quarters[i]);
    }
}

/* "id=position,…" of a quarter's tasks in the file, in their order. */
static char *
file_quarter (const char *path,
              gint64      plan_id,
              int         quarter)
{
  return file_text (path,
                    "SELECT coalesce (group_concat (id || '=' || position, ','), '') FROM "
                    "(SELECT id, position FROM task WHERE plan_id = %" G_GINT64_FORMAT
                    " AND quarter = %d ORDER BY position, id)",
                    plan_id, quarter);
}

static char *
expected_quarter (const gint64 *ids,
                  guint         n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT "=%u", i > 0 ? "," : "", ids[i], i);
  return g_string_free (out, FALSE);
}

static char *
task_row (const char *path,
          gint64      task_id)
{
  return file_rows (path, "SELECT * FROM task WHERE id = %" G_GINT64_FORMAT, task_id);
}

static char *
task_units_rows (const char *path,
                 gint64      task_id)
{
  return file_rows (path, "SELECT * FROM task_unit WHERE task_id = %" G_GINT64_FORMAT
                          " ORDER BY unit_id", task_id);
}

static TdTask *
get_task (TdStore *store,
          gint64   task_id)
{
  g_autoptr(GError) error = NULL;
  TdTask *task = td_store_get_task (store, task_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (task);
  return task;
}

static TdTask *
new_task (int         quarter,
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

/* @n characters of Vietnamese text. */
static char *
long_text (glong n)
{
  static const char phrase[] = "Phát động phong trào thi đua yêu nước, xây dựng nông thôn mới. ";
  g_autoptr(GString) text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, -1) < n)
    g_string_append (text, phrase);
  return g_utf8_substring (text->str, 0, n);
}

/* Plan ----------------------------------------------------------------------------------- */

static void
test_plan_update (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_log = NULL;
  g_autofree char *line = NULL;
  g_autofree char *in_file = NULL;
  gint64 plan_id;

  /* The sample gave the office its name and place; a 2023 plan starts from them. */
  plan = td_store_start_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  plan_id = td_plan_get_id (plan);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);

  td_plan_set_parent_body (plan, "UBND HUYỆN KHOÁI CHÂU");
  td_plan_set_issuing_body (plan, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_plan_set_number (plan, "685A");
  td_plan_set_symbol (plan, "KH-UB");
  td_plan_set_issue_date (plan, "");
  td_plan_set_issue_month (plan, 3);
  td_plan_set_kind (plan, "KẾ HOẠCH TRIỂN KHAI");
  td_plan_set_title (plan, "Tổ chức phong trào thi đua yêu nước năm 2023");
  td_plan_set_preamble (plan, "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\n"
                              "Căn cứ tình hình thực tế tại địa phương.");
  td_plan_set_closing (plan, "UBND xã xây dựng kế hoạch như sau:");
  td_plan_set_recipients (plan, "- Phòng Nội vụ huyện (B/c);\n- Lưu: VT");
  td_plan_set_signer_capacity (plan, "KT. CHỦ TỊCH");
  td_plan_set_signer_position (plan, "PHÓ CHỦ TỊCH");
  td_plan_set_signer_name (plan, "Nguyễn Thị Hà");

  g_assert_true (td_store_update_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  expected_log = g_strdup_printf ("plan:%" G_GINT64_FORMAT ";", plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  reopen (fixture);
  saved = td_store_get_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_plan_get_id (saved), ==, plan_id);
  g_assert_cmpint (td_plan_get_year (saved), ==, 2023);
  g_assert_cmpstr (td_plan_get_parent_body (saved), ==, "UBND HUYỆN KHOÁI CHÂU");
  g_assert_cmpstr (td_plan_get_issuing_body (saved), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (td_plan_get_place (saved), ==, "Tùng Ảnh");
  g_assert_cmpstr (td_plan_get_number (saved), ==, "685A");
  g_assert_cmpstr (td_plan_get_symbol (saved), ==, "KH-UB");
  g_assert_cmpstr (td_plan_get_issue_date (saved), ==, "");
  g_assert_cmpint (td_plan_get_issue_month (saved), ==, 3);
  g_assert_cmpstr (td_plan_get_kind (saved), ==, "KẾ HOẠCH TRIỂN KHAI");
  g_assert_cmpstr (td_plan_get_title (saved), ==, "Tổ chức phong trào thi đua yêu nước năm 2023");
  g_assert_cmpstr (td_plan_get_preamble (saved), ==,
                   "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\n"
                   "Căn cứ tình hình thực tế tại địa phương.");
  g_assert_cmpstr (td_plan_get_closing (saved), ==, "UBND xã xây dựng kế hoạch như sau:");
  g_assert_cmpstr (td_plan_get_recipients (saved), ==,
                   "- Phòng Nội vụ huyện (B/c);\n- Lưu: VT");
  g_assert_cmpstr (td_plan_get_signer_capacity (saved), ==, "KT. CHỦ TỊCH");
  g_assert_cmpstr (td_plan_get_signer_position (saved), ==, "PHÓ CHỦ TỊCH");
  g_assert_cmpstr (td_plan_get_signer_name (saved), ==, "Nguyễn Thị Hà");

  /* As printed in the heading: the day left blank, the month known (padded only for
   * January and February, as Decree 30 writes dates). */
  line = td_plan_dup_date_line (saved);
  g_assert_cmpstr (line, ==, "Tùng Ảnh, ngày     tháng 3 năm 2023");
  g_clear_pointer (&line, g_free);
  line = td_plan_dup_number_line (saved);
  g_assert_cmpstr (line, ==, "Số: 685A/KH-UB");
  g_clear_pointer (&line, g_free);

  in_file = file_text (fixture->db_path,
                       "SELECT number || '|' || issue_date || '|' || issue_month || '|' || "
                       "signer_capacity || '|' || kind FROM plan WHERE year = 2023");
  g_assert_cmpstr (in_file, ==, "685A||3|KT. CHỦ TỊCH|KẾ HOẠCH TRIỂN KHAI");
  g_clear_pointer (&in_file, g_free);

  /* Signed: a full date, and the number still blank for the registry to write in. */
  g_string_truncate (log, 0);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  td_plan_set_number (saved, "");
  td_plan_set_issue_date (saved, "2023-03-15");
  g_assert_true (td_store_update_plan (fixture->store, saved, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, expected_log);

  reopen (fixture);
  g_clear_object (&saved);
  saved = td_store_get_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_number (saved), ==, "");
  g_assert_cmpstr (td_plan_get_issue_date (saved), ==, "2023-03-15");
  line = td_plan_dup_date_line (saved);
  g_assert_cmpstr (line, ==, "Tùng Ảnh, ngày 15 tháng 3 năm 2023");
  g_clear_pointer (&line, g_free);
  line = td_plan_dup_number_line (saved);
  g_assert_cmpstr (line, ==, "Số:     /KH-UB");

  in_file = file_text (fixture->db_path,
                       "SELECT number || '|' || issue_date FROM plan WHERE year = 2023");
  g_assert_cmpstr (in_file, ==, "|2023-03-15");

  /* The sample's plan was not touched. */
  g_clear_pointer (&in_file, g_free);
  in_file = file_text (fixture->db_path,
                       "SELECT number || '|' || issue_date || '|' || signer_capacity "
                       "FROM plan WHERE year = 2022");
  g_assert_cmpstr (in_file, ==, "49|2022-02-22|TM. ỦY BAN NHÂN DÂN");
}

static void
test_plan_reject (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const blank_titles[] = { "", "   ", " \n\t " };
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TdPlan) plan = NULL;

  before = file_rows (fixture->db_path, "SELECT * FROM plan");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);

  /* 30 February: refused, and nothing else of the form saved with it. */
  plan = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  td_plan_set_issue_date (plan, "2023-02-30");
  td_plan_set_title (plan, "Một tiêu đề khác");
  td_plan_set_number (plan, "50");
  g_assert_false (td_store_update_plan (fixture->store, plan, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&plan);

  for (guint i = 0; i < G_N_ELEMENTS (blank_titles); i++)
    {
      plan = td_store_get_plan (fixture->store, 2022, &error);
      g_assert_no_error (error);
      td_plan_set_title (plan, blank_titles[i]);
      td_plan_set_signer_name (plan, "Người khác");
      g_assert_false (td_store_update_plan (fixture->store, plan, &error));
      g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_clear_object (&plan);
    }

  g_assert_cmpstr (log->str, ==, "");
  reopen (fixture);
  after = file_rows (fixture->db_path, "SELECT * FROM plan");
  g_assert_cmpstr (after, ==, before);
  plan = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_title (plan), ==, "Công tác thi đua, khen thưởng năm 2022");
  g_assert_cmpstr (td_plan_get_issue_date (plan), ==, "2022-02-22");
}

/* Copy ----------------------------------------------------------------------------------- */

static void
test_copy_sample (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const bounds[][2] = {
    { "2023-01-01", "2023-03-31" }, { "2023-04-01", "2023-06-30" },
    { "2023-07-01", "2023-09-30" }, { "2023-10-01", "2023-12-31" },
  };
  g_autoptr(TdPlan) source = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(TdPlan) saved = NULL;
  g_autoptr(TdSection) heading = NULL;
  g_autoptr(TdTask) done = NULL;
  g_autoptr(GListModel) source_sections = NULL;
  g_autoptr(GListModel) source_tasks = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *closing = NULL;
  g_autofree char *in_file = NULL;
  gint64 copy_id;

  /* A heading naming the year, and a task already done, before the copy. */
  heading = get_section (fixture->store, fixture->plan_id,
                         find_section (fixture->store, fixture->plan_id, S_II));
  td_section_set_heading (heading, "II. NỘI DUNG NĂM 2022:");
  g_assert_true (td_store_update_section (fixture->store, heading, &error));
  g_assert_no_error (error);
  done = get_task (fixture->store, fixture->tasks[0]);
  td_task_set_status (done, TD_TASK_DONE);
  td_task_set_progress (done, 100);
  td_task_set_result_note (done, "Đã ban hành ngày 22/02/2022");
  td_task_set_milestone (done, TRUE);
  g_assert_true (td_store_update_task (fixture->store, done, &error));
  g_assert_no_error (error);

  copy = td_store_copy_plan (fixture->store, 2022, 2023, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  copy_id = td_plan_get_id (copy);
  g_assert_cmpint (copy_id, >, 0);
  g_assert_cmpint (copy_id, !=, fixture->plan_id);

  reopen (fixture);
  source = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  saved = td_store_get_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_plan_get_id (saved), ==, copy_id);

  /* The heading moves on a year; number and date wait for the new signature. */
  g_assert_cmpstr (td_plan_get_number (saved), ==, "");
  g_assert_cmpstr (td_plan_get_issue_date (saved), ==, "");
  g_assert_cmpint (td_plan_get_issue_month (saved), ==, 0);
  g_assert_cmpstr (td_plan_get_title (saved), ==, "Công tác thi đua, khen thưởng năm 2023");
  closing = replace_all (td_plan_get_closing (source), "năm 2022", "năm 2023");
  g_assert_cmpstr (td_plan_get_closing (saved), ==, closing);
  g_assert_true (strstr (td_plan_get_closing (saved), "năm 2023") != NULL);
  /* The laws it cites keep their dates. */
  g_assert_cmpstr (td_plan_get_preamble (saved), ==, td_plan_get_preamble (source));
  g_assert_true (strstr (td_plan_get_preamble (saved), "ngày 26/11/2003") != NULL);
  g_assert_true (strstr (td_plan_get_preamble (saved), "ngày 31/7/2017") != NULL);
  g_assert_true (strstr (td_plan_get_preamble (saved), "91/2017/NĐ-CP") != NULL);
  g_assert_cmpstr (td_plan_get_issuing_body (saved), ==, td_plan_get_issuing_body (source));
  g_assert_cmpstr (td_plan_get_place (saved), ==, td_plan_get_place (source));
  g_assert_cmpstr (td_plan_get_symbol (saved), ==, "KH-UBND");
  g_assert_cmpstr (td_plan_get_kind (saved), ==, td_plan_get_kind (source));
  g_assert_cmpstr (td_plan_get_recipients (saved), ==, td_plan_get_recipients (source));
  g_assert_cmpstr (td_plan_get_signer_capacity (saved), ==,
                   td_plan_get_signer_capacity (source));
  g_assert_cmpstr (td_plan_get_signer_name (saved), ==, td_plan_get_signer_name (source));
  title = td_plan_dup_date_line (saved);
  g_assert_cmpstr (title, ==, "Tùng Ảnh, ngày     tháng     năm 2023");

  /* The same tree of sections; "2022" in their texts is now "2023". */
  source_sections = td_store_list_sections (fixture->store, fixture->plan_id, NULL);
  sections = td_store_list_sections (fixture->store, copy_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==,
                    g_list_model_get_n_items (source_sections));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) old = g_list_model_get_item (source_sections, i);
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      g_autofree char *expected_heading = replace_all (td_section_get_heading (old),
                                                       "2022", "2023");
      g_autofree char *expected_body = replace_all (td_section_get_body (old), "2022", "2023");

      g_test_message ("section %u", i);
      g_assert_cmpint (td_section_get_id (section), !=, td_section_get_id (old));
      g_assert_cmpstr (td_section_get_heading (section), ==, expected_heading);
      g_assert_cmpstr (td_section_get_body (section), ==, expected_body);
      g_assert_cmpint (td_section_get_depth (section), ==, td_section_get_depth (old));
      g_assert_cmpint (td_section_get_position (section), ==, td_section_get_position (old));
      g_assert_cmpstr (td_section_get_kind (section), ==, td_section_get_kind (old));
    }
  g_clear_pointer (&title, g_free);
  title = section_outline (fixture->store, copy_id);
  g_assert_cmpstr (title, ==,
                   "0:" S_I ";1:" S_1 ";1:" S_2 ";0:II. NỘI DUNG NĂM 2023:*;0:" S_III ";0:"
                   S_IV ";");
  {
    g_autoptr(TdSection) muc_dich = g_list_model_get_item (sections, 1);
    g_assert_true (strstr (td_section_get_body (muc_dich), "an ninh năm 2023") != NULL);
    g_assert_null (strstr (td_section_get_body (muc_dich), "2022"));
  }

  /* The same tasks in the same quarters, for the new year, not yet started. */
  source_tasks = td_store_list_tasks (fixture->store, fixture->plan_id, NULL);
  tasks = td_store_list_tasks (fixture->store, copy_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, N_SAMPLE_TASKS);
  for (guint i = 0; i < N_SAMPLE_TASKS; i++)
    {
      g_autoptr(TdTask) old = g_list_model_get_item (source_tasks, i);
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);
      g_auto(GStrv) old_units = td_store_dup_task_unit_names (fixture->store,
                                                              td_task_get_id (old), NULL);
      g_auto(GStrv) units = td_store_dup_task_unit_names (fixture->store,
                                                          td_task_get_id (task), NULL);
      g_autofree char *content = replace_all (td_task_get_content (old), "2022", "2023");
      int quarter = sample_quarters[i];

      g_test_message ("task %u", i + 1);
      g_assert_cmpint (td_task_get_id (task), !=, td_task_get_id (old));
      g_assert_cmpint (td_task_get_number (task), ==, i + 1);
      g_assert_cmpint (td_task_get_quarter (task), ==, quarter);
      if (i < N_SAMPLE_TASKS - 1)
        g_assert_cmpstr (td_task_get_content (task), ==, content);
      g_assert_cmpstr (td_task_get_responsible (task), ==, td_task_get_responsible (old));
      g_assert_cmpstr (td_task_get_start_date (task), ==, bounds[quarter - 1][0]);
      g_assert_cmpstr (td_task_get_end_date (task), ==, bounds[quarter - 1][1]);
      g_assert_cmpint (td_task_get_status (task), ==, TD_TASK_PLANNED);
      g_assert_cmpint (td_task_get_progress (task), ==, 0);
      g_assert_cmpstr (td_task_get_result_note (task), ==, "");
      g_assert_cmpint (td_task_get_milestone (task), ==, td_task_get_milestone (old));
      g_assert_cmpstrv (units, old_units);
    }
  {
    g_autoptr(TdTask) first = g_list_model_get_item (tasks, 0);
    g_autoptr(TdTask) last = g_list_model_get_item (tasks, N_SAMPLE_TASKS - 1);
    g_autoptr(TdTask) second = g_list_model_get_item (tasks, 1);

    g_assert_cmpstr (td_task_get_start_date (first), ==, "2023-01-01");
    g_assert_cmpstr (td_task_get_end_date (first), ==, "2023-03-31");
    g_assert_cmpstr (td_task_get_content (first), ==,
                     "Xây dựng, ban hành kế hoạch công tác thi đua, khen thưởng năm 2023");
    g_assert_cmpstr (td_task_get_content (last), ==,
                     "Xây dựng, ban hành báo cáo tổng kết công tác TĐKT năm 2023 phương hướng "
                     "nhiệm vụ năm 2024");
    /* "quyết định 52/2017" is a decision, not a year. */
    g_assert_true (strstr (td_task_get_content (second), "quyết định 52/2017") != NULL);
  }

  /* In the file: a second plan beside the first, sharing the units. */
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 2);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM section"), ==, 12);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 18);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 10);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task_unit"), ==, 30);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM section WHERE kind = 'tasks' AND plan_id = %"
                             G_GINT64_FORMAT, copy_id), ==, 1);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM task WHERE plan_id = %" G_GINT64_FORMAT
                             " AND (status != 'planned' OR progress != 0 OR result_note != '' "
                             "OR start_date NOT LIKE '2023-%%' OR end_date NOT LIKE '2023-%%')",
                             copy_id), ==, 0);
  in_file = file_text (fixture->db_path,
                       "SELECT number || '|' || issue_date FROM plan WHERE year = 2023");
  g_assert_cmpstr (in_file, ==, "|");

  /* The 2022 plan is as it was. */
  g_assert_cmpstr (td_plan_get_title (source), ==, "Công tác thi đua, khen thưởng năm 2022");
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM section WHERE heading = "
                             "'II. NỘI DUNG NĂM 2022:'"), ==, 1);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM task WHERE plan_id = %" G_GINT64_FORMAT
                             " AND status = 'done' AND progress = 100", fixture->plan_id), ==, 1);
}

static void
test_copy_exists (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdPlan) own = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  own = td_store_start_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  before = file_rows (fixture->db_path,
                      "SELECT (SELECT count(*) FROM plan), (SELECT count(*) FROM section), "
                      "(SELECT count(*) FROM task), (SELECT count(*) FROM task_unit), "
                      "(SELECT count(*) FROM unit)");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);

  copy = td_store_copy_plan (fixture->store, 2022, 2023, &error);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  g_assert_null (copy);
  g_clear_error (&error);

  /* From a year without a plan. */
  copy = td_store_copy_plan (fixture->store, 2019, 2024, &error);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_assert_null (copy);

  g_assert_cmpstr (log->str, ==, "");
  g_clear_object (&fixture->store);
  after = file_rows (fixture->db_path,
                     "SELECT (SELECT count(*) FROM plan), (SELECT count(*) FROM section), "
                     "(SELECT count(*) FROM task), (SELECT count(*) FROM task_unit), "
                     "(SELECT count(*) FROM unit)");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM task WHERE plan_id = %" G_GINT64_FORMAT,
                             td_plan_get_id (own)), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM plan WHERE year = 2024"),
                   ==, 0);
}

static void
test_copy_leap_day (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(TdTask) leap = new_task (1, "Tổng kết tháng Hai", "2024-02-29", "2024-02-29");
  g_autoptr(TdTask) span = new_task (1, "Kiểm tra", "2024-02-01", "2024-02-29");
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;

  plan = td_store_start_plan (fixture->store, 2024, &error);
  g_assert_no_error (error);
  g_assert_true (td_store_add_task (fixture->store, td_plan_get_id (plan), leap, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_add_task (fixture->store, td_plan_get_id (plan), span, NULL, &error));
  g_assert_no_error (error);

  copy = td_store_copy_plan (fixture->store, 2024, 2025, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);

  reopen (fixture);
  tasks = td_store_list_tasks (fixture->store, td_plan_get_id (copy), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 2);
  {
    g_autoptr(TdTask) first = g_list_model_get_item (tasks, 0);
    g_autoptr(TdTask) second = g_list_model_get_item (tasks, 1);

    g_assert_cmpstr (td_task_get_content (first), ==, "Tổng kết tháng Hai");
    g_assert_cmpstr (td_task_get_start_date (first), ==, "2025-02-28");
    g_assert_cmpstr (td_task_get_end_date (first), ==, "2025-02-28");
    g_assert_cmpstr (td_task_get_start_date (second), ==, "2025-02-01");
    g_assert_cmpstr (td_task_get_end_date (second), ==, "2025-02-28");
  }
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM task WHERE start_date = '2025-02-28' "
                             "AND end_date = '2025-02-28'"), ==, 1);
}

/* Sections ------------------------------------------------------------------------------- */

static void
test_section_add (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 plan_id, first, second, front, middle;

  plan = td_store_start_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  plan_id = td_plan_get_id (plan);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);

  first = td_store_add_section (fixture->store, plan_id, 0, -1, "I. MỤC ĐÍCH", "Thân bài I",
                                &error);
  g_assert_no_error (error);
  second = td_store_add_section (fixture->store, plan_id, 0, -1, "II. NỘI DUNG", "", &error);
  g_assert_no_error (error);
  front = td_store_add_section (fixture->store, plan_id, 0, 0, "Căn cứ", "Luật thi đua", &error);
  g_assert_no_error (error);
  middle = td_store_add_section (fixture->store, plan_id, 0, 2, "Giữa", "", &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, 0);
  g_assert_cmpint (front, >, 0);
  g_assert_cmpint (middle, >, 0);
  g_assert_cmpuint (strlen (log->str), >, 0);
  {
    g_autofree char *one = g_strdup_printf ("section:%" G_GINT64_FORMAT ";", plan_id);
    g_autofree char *four = g_strconcat (one, one, one, one, NULL);
    g_assert_cmpstr (log->str, ==, four);
  }

  /* A heading is needed. */
  g_string_truncate (log, 0);
  g_assert_cmpint (td_store_add_section (fixture->store, plan_id, 0, -1, "  ", "x", &error),
                   ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (log->str, ==, "");

  reopen (fixture);
  outline = section_outline (fixture->store, plan_id);
  g_assert_cmpstr (outline, ==, "0:Căn cứ;0:I. MỤC ĐÍCH;0:Giữa;0:II. NỘI DUNG;");
  in_file = file_text (fixture->db_path,
                       "SELECT group_concat (heading || '=' || position || '/' || body, ';') "
                       "FROM (SELECT * FROM section WHERE parent_id IS NULL ORDER BY position)");
  g_assert_cmpstr (in_file, ==,
                   "Căn cứ=0/Luật thi đua;I. MỤC ĐÍCH=1/Thân bài I;Giữa=2/;II. NỘI DUNG=3/");
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM section"), ==, 4);
}

static void
test_section_nest (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  gint64 plan_id, part, roman, one, two, part2;
  const int depths[] = { 0, 1, 2, 2, 0 };

  plan = td_store_start_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  plan_id = td_plan_get_id (plan);

  part = td_store_add_section (fixture->store, plan_id, 0, -1, "Phần thứ nhất", "", &error);
  g_assert_no_error (error);
  part2 = td_store_add_section (fixture->store, plan_id, 0, -1, "Phần thứ hai", "", &error);
  g_assert_no_error (error);
  roman = td_store_add_section (fixture->store, plan_id, part, -1, "I.", "", &error);
  g_assert_no_error (error);
  two = td_store_add_section (fixture->store, plan_id, roman, -1, "2.", "", &error);
  g_assert_no_error (error);
  one = td_store_add_section (fixture->store, plan_id, roman, 0, "1.", "", &error);
  g_assert_no_error (error);

  reopen (fixture);
  outline = section_outline (fixture->store, plan_id);
  g_assert_cmpstr (outline, ==, "0:Phần thứ nhất;1:I.;2:1.;2:2.;0:Phần thứ hai;");

  sections = td_store_list_sections (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (depths));
  for (guint i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      g_assert_cmpint (td_section_get_depth (section), ==, depths[i]);
    }

  /* The links, as the file holds them. */
  g_assert_cmpint (file_int (fixture->db_path, "SELECT coalesce (parent_id, 0) FROM section "
                             "WHERE id = %" G_GINT64_FORMAT, roman), ==, part);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT parent_id FROM section "
                             "WHERE id = %" G_GINT64_FORMAT, one), ==, roman);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT parent_id FROM section "
                             "WHERE id = %" G_GINT64_FORMAT, two), ==, roman);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT position FROM section "
                             "WHERE id = %" G_GINT64_FORMAT, one), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT position FROM section "
                             "WHERE id = %" G_GINT64_FORMAT, two), ==, 1);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM section "
                             "WHERE parent_id IS NULL AND id IN (%" G_GINT64_FORMAT ", %"
                             G_GINT64_FORMAT ")", part, part2), ==, 2);
}

static void
test_section_update (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_log = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;
  gint64 id = find_section (fixture->store, fixture->plan_id, S_1);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  section = get_section (fixture->store, fixture->plan_id, id);
  td_section_set_heading (section, "1. Mục đích chung.");
  td_section_set_body (section, "Dòng thứ nhất\nDòng thứ hai");
  g_assert_true (td_store_update_section (fixture->store, section, &error));
  g_assert_no_error (error);
  expected_log = g_strdup_printf ("section:%" G_GINT64_FORMAT ";", fixture->plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  reopen (fixture);
  g_clear_object (&section);
  section = get_section (fixture->store, fixture->plan_id, id);
  g_assert_cmpstr (td_section_get_heading (section), ==, "1. Mục đích chung.");
  g_assert_cmpstr (td_section_get_body (section), ==, "Dòng thứ nhất\nDòng thứ hai");
  g_assert_cmpint (td_section_get_depth (section), ==, 1);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:1. Mục đích chung.;1:" S_2 ";0:" S_II "*;0:" S_III
                                ";0:" S_IV ";");

  /* An empty heading is refused, and the body typed with it is not saved either. */
  g_string_truncate (log, 0);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  before = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  td_section_set_heading (section, "");
  td_section_set_body (section, "Mất");
  g_assert_false (td_store_update_section (fixture->store, section, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  td_section_set_heading (section, " \t ");
  g_assert_false (td_store_update_section (fixture->store, section, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (log->str, ==, "");
  after = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_section_reorder (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 id_i = find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_iv = find_section (fixture->store, fixture->plan_id, S_IV);

  /* IV up one place, above III. */
  g_assert_true (td_store_move_section (fixture->store, id_iv, 0, 2, &error));
  g_assert_no_error (error);
  /* I down one place, below II; its subsections go with it. */
  g_assert_true (td_store_move_section (fixture->store, id_i, 0, 1, &error));
  g_assert_no_error (error);

  reopen (fixture);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_I ";1:" S_1 ";1:" S_2 ";0:" S_IV ";0:" S_III
                                ";");
  in_file = file_text (fixture->db_path,
                       "SELECT group_concat (position, ',') FROM (SELECT position FROM section "
                       "WHERE parent_id IS NULL ORDER BY position)");
  g_assert_cmpstr (in_file, ==, "0,1,2,3");
  g_clear_pointer (&in_file, g_free);
  in_file = file_text (fixture->db_path,
                       "SELECT group_concat (heading, ';') FROM (SELECT heading FROM section "
                       "WHERE parent_id = %" G_GINT64_FORMAT " ORDER BY position)", id_i);
  g_assert_cmpstr (in_file, ==, S_1 ";" S_2);

  /* And back: the end of the list with -1. */
  g_assert_true (td_store_move_section (fixture->store, id_i, 0, 0, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_move_section (fixture->store, id_iv, 0, -1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, SAMPLE_OUTLINE);
}

static void
test_section_indent_outdent (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 id_i = find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_1 = find_section (fixture->store, fixture->plan_id, S_1);
  gint64 id_2 = find_section (fixture->store, fixture->plan_id, S_2);
  gint64 id_ii = find_section (fixture->store, fixture->plan_id, S_II);
  gint64 id_iii = find_section (fixture->store, fixture->plan_id, S_III);

  /* Indent: under the previous sibling, as its last child. */
  g_assert_true (td_store_move_section (fixture->store, id_iii, id_ii, -1, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_move_section (fixture->store, id_2, id_1, -1, &error));
  g_assert_no_error (error);

  reopen (fixture);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";2:" S_2 ";0:" S_II "*;1:" S_III ";0:" S_IV
                                ";");
  g_assert_cmpint (file_int (fixture->db_path, "SELECT parent_id FROM section WHERE id = %"
                             G_GINT64_FORMAT, id_iii), ==, id_ii);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT parent_id FROM section WHERE id = %"
                             G_GINT64_FORMAT, id_2), ==, id_1);
  /* The top level closed the gap III left. */
  in_file = file_text (fixture->db_path,
                       "SELECT group_concat (heading || '=' || position, ';') FROM "
                       "(SELECT * FROM section WHERE parent_id IS NULL ORDER BY position)");
  g_assert_cmpstr (in_file, ==, S_I "=0;" S_II "=1;" S_IV "=2");

  /* Outdent: to the parent's parent, just after the parent. */
  g_assert_true (td_store_move_section (fixture->store, id_2, id_i, 1, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_move_section (fixture->store, id_iii, 0, 2, &error));
  g_assert_no_error (error);

  g_clear_pointer (&outline, g_free);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, SAMPLE_OUTLINE);
  g_clear_object (&fixture->store);
  after = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_section_into_own_child (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;
  gint64 id_i = find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_1 = find_section (fixture->store, fixture->plan_id, S_1);
  gint64 grandchild;
  struct { gint64 moved, parent; } moves[4];

  grandchild = td_store_add_section (fixture->store, fixture->plan_id, id_1, -1, "a) Chi tiết",
                                     "", &error);
  g_assert_no_error (error);
  moves[0].moved = id_i, moves[0].parent = id_i;
  moves[1].moved = id_i, moves[1].parent = id_1;
  moves[2].moved = id_i, moves[2].parent = grandchild;
  moves[3].moved = id_1, moves[3].parent = grandchild;

  before = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      g_test_message ("move %u", i);
      g_assert_false (td_store_move_section (fixture->store, moves[i].moved, moves[i].parent, 0,
                                             &error));
      g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpstr (log->str, ==, "");

  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";2:a) Chi tiết;1:" S_2 ";0:" S_II "*;0:"
                                S_III ";0:" S_IV ";");
  g_clear_object (&fixture->store);
  after = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_section_task_marker (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TdPlan) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 id_iii = find_section (fixture->store, fixture->plan_id, S_III);
  gint64 id_2 = find_section (fixture->store, fixture->plan_id, S_2);
  gint64 other_section;

  /* Another plan's marker stays where it is. */
  other = td_store_start_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  other_section = td_store_add_section (fixture->store, td_plan_get_id (other), 0, -1,
                                        "II. NỘI DUNG", "", &error);
  g_assert_no_error (error);
  g_assert_true (td_store_set_task_section (fixture->store, other_section, &error));
  g_assert_no_error (error);

  g_assert_true (td_store_set_task_section (fixture->store, id_iii, &error));
  g_assert_no_error (error);
  reopen (fixture);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";1:" S_2 ";0:" S_II ";0:" S_III "*;0:" S_IV
                                ";");
  in_file = file_text (fixture->db_path,
                       "SELECT group_concat (heading, ';') FROM section WHERE kind = 'tasks' "
                       "AND plan_id = %" G_GINT64_FORMAT, fixture->plan_id);
  g_assert_cmpstr (in_file, ==, S_III);

  /* A subsection may hold it too. */
  g_assert_true (td_store_set_task_section (fixture->store, id_2, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";1:" S_2 "*;0:" S_II ";0:" S_III ";0:" S_IV
                                ";");
  g_clear_pointer (&in_file, g_free);
  in_file = file_text (fixture->db_path,
                       "SELECT group_concat (heading, ';') FROM section WHERE kind = 'tasks' "
                       "AND plan_id = %" G_GINT64_FORMAT, fixture->plan_id);
  g_assert_cmpstr (in_file, ==, S_2);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM section WHERE kind = 'tasks'"), ==, 2);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT kind = 'tasks' FROM section WHERE id = %"
                             G_GINT64_FORMAT, other_section), ==, 1);

  /* A section that is not there. */
  g_assert_false (td_store_set_task_section (fixture->store, 999999, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM section WHERE kind = 'tasks'"), ==, 2);
}

static void
test_section_delete_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *outline_before = NULL;
  g_autofree char *outline = NULL;
  gint64 id_i = find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_1 = find_section (fixture->store, fixture->plan_id, S_1);
  gint64 id_ii = find_section (fixture->store, fixture->plan_id, S_II);
  gint64 a, b;

  /* Three levels under I. */
  b = td_store_add_section (fixture->store, fixture->plan_id, id_1, -1, "b) Sau", "B", &error);
  g_assert_no_error (error);
  a = td_store_add_section (fixture->store, fixture->plan_id, id_1, 0, "a) Trước", "A", &error);
  g_assert_no_error (error);
  before = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  outline_before = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline_before, ==, "0:" S_I ";1:" S_1 ";2:a) Trước;2:b) Sau;1:" S_2 ";0:"
                                       S_II "*;0:" S_III ";0:" S_IV ";");

  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  undo = td_store_delete_section (fixture->store, id_i, &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpuint (strlen (log->str), >, 0);

  /* The subsections went with it. */
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_III ";0:" S_IV ";");
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM section"), ==, 3);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM section WHERE id IN (%"
                             G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %"
                             G_GINT64_FORMAT ")", id_i, id_1, a, b), ==, 0);

  g_assert_true (td_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_clear_pointer (&outline, g_free);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, outline_before);
  after = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);

  /* The section holding the task table, in the middle, comes back holding it. */
  g_clear_pointer (&undo, td_store_undo_free);
  undo = td_store_delete_section (fixture->store, id_ii, &error);
  g_assert_no_error (error);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM section WHERE kind = 'tasks'"), ==, 0);
  g_assert_true (td_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  g_clear_object (&fixture->store);
  after = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

/* Two deletes, then undo the last: it goes back between the siblings it had. */
static void
test_section_delete_two_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TdStoreUndo) first = NULL;
  g_autoptr(TdStoreUndo) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;

  first = td_store_delete_section (fixture->store,
                                   find_section (fixture->store, fixture->plan_id, S_I), &error);
  g_assert_no_error (error);
  second = td_store_delete_section (fixture->store,
                                    find_section (fixture->store, fixture->plan_id, S_III),
                                    &error);
  g_assert_no_error (error);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_IV ";");

  g_assert_true (td_store_undo (fixture->store, second, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_III ";0:" S_IV ";");

  g_assert_true (td_store_undo (fixture->store, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, SAMPLE_OUTLINE);
  g_clear_object (&fixture->store);
  after = file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

/* Tasks ---------------------------------------------------------------------------------- */

static void
test_task_add (Fixture       *fixture,
               gconstpointer  data)
{
  static const int quarters[] = { 1, 1, 1, 1, 2, 2, 3, 3, 4, 4 };
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdTask) task = new_task (3, "Kiểm tra việc thực hiện các phong trào thi đua quý III",
                                     "", "");
  g_autoptr(TdTask) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_log = NULL;
  g_autofree char *q3 = NULL;
  g_autofree char *q3_expected = NULL;
  g_auto(GStrv) units = NULL;
  gint64 ids[10];

  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, task, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_task_get_id (task), >, 0);
  /* Blank dates: the whole quarter. */
  g_assert_cmpstr (td_task_get_start_date (task), ==, "2022-07-01");
  g_assert_cmpstr (td_task_get_end_date (task), ==, "2022-09-30");
  expected_log = g_strdup_printf ("task:%" G_GINT64_FORMAT ";", fixture->plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  reopen (fixture);
  memcpy (ids, fixture->tasks, 7 * sizeof (gint64));
  ids[7] = td_task_get_id (task);
  ids[8] = fixture->tasks[7];
  ids[9] = fixture->tasks[8];
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, 10);

  saved = get_task (fixture->store, td_task_get_id (task));
  g_assert_cmpint (td_task_get_number (saved), ==, 8);
  g_assert_cmpint (td_task_get_quarter (saved), ==, 3);
  g_assert_cmpstr (td_task_get_content (saved), ==,
                   "Kiểm tra việc thực hiện các phong trào thi đua quý III");
  g_assert_cmpstr (td_task_get_responsible (saved), ==, "VP nội vụ");
  g_assert_cmpstr (td_task_get_start_date (saved), ==, "2022-07-01");
  g_assert_cmpstr (td_task_get_end_date (saved), ==, "2022-09-30");
  g_assert_cmpint (td_task_get_status (saved), ==, TD_TASK_PLANNED);
  units = td_store_dup_task_unit_names (fixture->store, td_task_get_id (task), NULL);
  g_assert_cmpuint (g_strv_length (units), ==, 0);

  /* Last in its quarter, in the file. */
  q3 = file_quarter (fixture->db_path, fixture->plan_id, 3);
  q3_expected = expected_quarter (ids + 6, 2);
  g_assert_cmpstr (q3, ==, q3_expected);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 10);
}

static void
test_task_add_units (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const names[] = { "VP nội vụ", "Đoàn thanh niên", NULL };
  g_autoptr(TdTask) task = new_task (2, "Phát động phong trào thanh niên tình nguyện", "", "");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) units = NULL;
  g_autofree char *kind = NULL;

  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, task, names, &error));
  g_assert_no_error (error);

  reopen (fixture);
  units = td_store_dup_task_unit_names (fixture->store, td_task_get_id (task), NULL);
  g_assert_cmpstrv (units, names);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 11);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM unit WHERE name = 'VP nội vụ'"), ==, 1);
  kind = file_text (fixture->db_path, "SELECT kind FROM unit WHERE name = 'Đoàn thanh niên'");
  g_assert_cmpstr (kind, ==, "other");
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM task_unit WHERE task_id = %" G_GINT64_FORMAT,
                             td_task_get_id (task)), ==, 2);
  /* In the list of units the task dialog offers. */
  {
    g_autoptr(GListModel) list = td_store_list_units (fixture->store, NULL);
    gboolean found = FALSE;

    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 11);
    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(TdUnit) unit = g_list_model_get_item (list, i);
        found |= g_str_equal (td_unit_get_name (unit), "Đoàn thanh niên");
      }
    g_assert_true (found);
  }
}

static void
test_task_update (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdTask) task = get_task (fixture->store, fixture->tasks[1]);
  g_autoptr(TdTask) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_log = NULL;
  g_autofree char *in_file = NULL;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  td_task_set_content (task, "Các thôn xóm đăng ký thi đua năm 2022");
  td_task_set_responsible (task, "Các thôn xóm");
  td_task_set_start_date (task, "2022-02-01");
  td_task_set_end_date (task, "2022-02-15");
  td_task_set_status (task, TD_TASK_IN_PROGRESS);
  td_task_set_progress (task, 60);
  td_task_set_result_note (task, "8/12 thôn đã đăng ký");
  td_task_set_milestone (task, TRUE);
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);
  expected_log = g_strdup_printf ("task:%" G_GINT64_FORMAT ";", fixture->plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  reopen (fixture);
  saved = get_task (fixture->store, fixture->tasks[1]);
  g_assert_cmpint (td_task_get_number (saved), ==, 2);
  g_assert_cmpint (td_task_get_quarter (saved), ==, 1);
  g_assert_cmpstr (td_task_get_content (saved), ==, "Các thôn xóm đăng ký thi đua năm 2022");
  g_assert_cmpstr (td_task_get_responsible (saved), ==, "Các thôn xóm");
  g_assert_cmpstr (td_task_get_start_date (saved), ==, "2022-02-01");
  g_assert_cmpstr (td_task_get_end_date (saved), ==, "2022-02-15");
  g_assert_cmpint (td_task_get_status (saved), ==, TD_TASK_IN_PROGRESS);
  g_assert_cmpint (td_task_get_progress (saved), ==, 60);
  g_assert_cmpstr (td_task_get_result_note (saved), ==, "8/12 thôn đã đăng ký");
  g_assert_true (td_task_get_milestone (saved));
  in_file = file_text (fixture->db_path,
                       "SELECT status || '|' || progress || '|' || milestone || '|' || "
                       "start_date || '|' || end_date FROM task WHERE id = %" G_GINT64_FORMAT,
                       fixture->tasks[1]);
  g_assert_cmpstr (in_file, ==, "in-progress|60|1|2022-02-01|2022-02-15");
  g_clear_pointer (&in_file, g_free);

  /* Done, no longer a milestone. */
  td_task_set_status (saved, TD_TASK_DONE);
  td_task_set_progress (saved, 100);
  td_task_set_milestone (saved, FALSE);
  g_assert_true (td_store_update_task (fixture->store, saved, &error));
  g_assert_no_error (error);
  in_file = file_text (fixture->db_path,
                       "SELECT status || '|' || progress || '|' || milestone FROM task "
                       "WHERE id = %" G_GINT64_FORMAT, fixture->tasks[1]);
  g_assert_cmpstr (in_file, ==, "done|100|0");
  assert_task_list (fixture->store, fixture->plan_id, fixture->tasks, sample_quarters,
                    N_SAMPLE_TASKS);
}

typedef struct {
  const char *why;
  const char *content;
  const char *start;
  const char *end;
} BadTask;

static const BadTask bad_tasks[] = {
  { "end before start", "Nội dung", "2022-03-10", "2022-03-01" },
  { "starts the year before", "Nội dung", "2021-12-31", "2022-03-31" },
  { "ends the year after", "Nội dung", "2022-10-01", "2023-01-01" },
  { "30 February", "Nội dung", "2022-02-30", "2022-03-31" },
  { "not ISO", "Nội dung", "2022-01-01", "31/03/2022" },
  { "no month", "Nội dung", "2022-01-01", "2022-3-31" },
};

static void
test_task_invalid (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = task_row (fixture->db_path, fixture->tasks[2]);
  g_autofree char *all_before = file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_autofree char *all_after = NULL;
  gint64 id = fixture->tasks[2];

  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  for (guint i = 0; i < G_N_ELEMENTS (bad_tasks); i++)
    {
      const BadTask *bad = &bad_tasks[i];
      g_autoptr(TdTask) task = get_task (fixture->store, id);
      g_autoptr(TdTask) added = new_task (1, bad->content, bad->start, bad->end);
      g_autofree char *after = NULL;

      g_test_message ("%s", bad->why);
      td_task_set_content (task, bad->content);
      td_task_set_start_date (task, bad->start);
      td_task_set_end_date (task, bad->end);
      /* Whatever else was typed with it is not saved either. */
      td_task_set_status (task, TD_TASK_DONE);
      td_task_set_progress (task, 100);
      td_task_set_result_note (task, "Không được lưu");
      g_assert_false (td_store_update_task (fixture->store, task, &error));
      g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
      g_clear_error (&error);
      after = task_row (fixture->db_path, id);
      g_assert_cmpstr (after, ==, before);

      g_assert_false (td_store_add_task (fixture->store, fixture->plan_id, added, NULL, &error));
      g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_cmpint (td_task_get_id (added), ==, 0);
    }
  g_assert_cmpstr (log->str, ==, "");

  g_clear_object (&fixture->store);
  all_after = file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_assert_cmpstr (all_after, ==, all_before);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, N_SAMPLE_TASKS);
}

/* Spaces pasted from a word processor (no-break, ideographic) are blank, as they are for a
 * section's heading, which is refused. A task with no content is kept (one just added, or
 * emptied while retyping it): blank, it is shown with a hint and not printed. */
static void
test_task_invalid_unicode_space (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char blank[] = "\u00a0\u3000\u00a0";
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = get_task (fixture->store, fixture->tasks[2]);
  g_autoptr(TdTask) added = new_task (1, blank, "", "");
  g_autoptr(TdTask) empty = new_task (2, "", "", "");

  g_assert_cmpint (td_store_add_section (fixture->store, fixture->plan_id, 0, -1, blank, "",
                                         &error), ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  td_task_set_content (task, blank);
  g_assert_true (td_task_is_blank (task));
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, added, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, empty, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==,
                   N_SAMPLE_TASKS + 2);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task WHERE content = ''"),
                   ==, 1);

  /* Blank or not, its dates are checked. */
  td_task_set_start_date (empty, "2022-03-10");
  td_task_set_end_date (empty, "2022-03-01");
  g_assert_false (td_store_update_task (fixture->store, empty, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
}

static void
test_task_long_content (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *text = long_text (10000);
  g_autoptr(TdTask) task = get_task (fixture->store, fixture->tasks[0]);
  g_autoptr(TdTask) added = new_task (4, text, "", "");
  g_autoptr(TdTask) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_utf8_strlen (text, -1), ==, 10000);
  td_task_set_content (task, text);
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, added, NULL, &error));
  g_assert_no_error (error);

  reopen (fixture);
  saved = get_task (fixture->store, fixture->tasks[0]);
  g_assert_cmpstr (td_task_get_content (saved), ==, text);
  g_clear_object (&saved);
  saved = get_task (fixture->store, td_task_get_id (added));
  g_assert_cmpstr (td_task_get_content (saved), ==, text);
  g_assert_cmpint (td_task_get_number (saved), ==, 10);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT length (content) FROM task WHERE id = %"
                             G_GINT64_FORMAT, fixture->tasks[0]), ==, 10000);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT length (CAST (content AS BLOB)) FROM task "
                             "WHERE id = %" G_GINT64_FORMAT, td_task_get_id (added)),
                   ==, strlen (text));
}

static void
test_task_reorder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *q1 = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_log = NULL;
  gint64 ids[N_SAMPLE_TASKS];
  gint64 *t = fixture->tasks;

  /* Task 3 to the top of the first quarter. */
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  g_assert_true (td_store_move_task (fixture->store, t[2], 1, 0, &error));
  g_assert_no_error (error);
  expected_log = g_strdup_printf ("task:%" G_GINT64_FORMAT ";", fixture->plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  reopen (fixture);
  memcpy (ids, t, sizeof ids);
  ids[0] = t[2], ids[1] = t[0], ids[2] = t[1];
  assert_task_list (fixture->store, fixture->plan_id, ids, sample_quarters, N_SAMPLE_TASKS);
  q1 = file_quarter (fixture->db_path, fixture->plan_id, 1);
  expected = expected_quarter (ids, 4);
  g_assert_cmpstr (q1, ==, expected);

  /* Task 1 (now number 2) to the end of its quarter, with -1. */
  g_assert_true (td_store_move_task (fixture->store, t[0], 1, -1, &error));
  g_assert_no_error (error);
  ids[0] = t[2], ids[1] = t[1], ids[2] = t[3], ids[3] = t[0];
  assert_task_list (fixture->store, fixture->plan_id, ids, sample_quarters, N_SAMPLE_TASKS);
  g_clear_pointer (&q1, g_free);
  g_clear_pointer (&expected, g_free);
  q1 = file_quarter (fixture->db_path, fixture->plan_id, 1);
  expected = expected_quarter (ids, 4);
  g_assert_cmpstr (q1, ==, expected);

  /* No such quarter. */
  g_string_truncate (log, 0);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  g_assert_false (td_store_move_task (fixture->store, t[0], 5, 0, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (log->str, ==, "");
  assert_task_list (fixture->store, fixture->plan_id, ids, sample_quarters, N_SAMPLE_TASKS);
}

static void
test_task_move_quarter (Fixture       *fixture,
                        gconstpointer  data)
{
  static const int quarters[] = { 1, 1, 2, 2, 3, 3, 3, 4, 4 };
  g_autoptr(TdTask) task = get_task (fixture->store, fixture->tasks[1]);
  g_autoptr(TdTask) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *q1 = NULL;
  g_autofree char *q3 = NULL;
  g_autofree char *expected = NULL;
  gint64 *t = fixture->tasks;
  gint64 ids[N_SAMPLE_TASKS];

  /* Task 2 runs ten days in February. */
  td_task_set_start_date (task, "2022-02-10");
  td_task_set_end_date (task, "2022-02-20");
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);

  g_assert_true (td_store_move_task (fixture->store, t[1], 3, -1, &error));
  g_assert_no_error (error);
  /* Task 1 runs for the whole first quarter. */
  g_assert_true (td_store_move_task (fixture->store, t[0], 3, -1, &error));
  g_assert_no_error (error);

  reopen (fixture);
  ids[0] = t[2], ids[1] = t[3], ids[2] = t[4], ids[3] = t[5];
  ids[4] = t[6], ids[5] = t[1], ids[6] = t[0], ids[7] = t[7], ids[8] = t[8];
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, N_SAMPLE_TASKS);

  moved = get_task (fixture->store, t[1]);
  g_assert_cmpint (td_task_get_quarter (moved), ==, 3);
  g_assert_cmpint (td_task_get_number (moved), ==, 6);
  g_assert_cmpstr (td_task_get_start_date (moved), ==, "2022-08-10");
  g_assert_cmpstr (td_task_get_end_date (moved), ==, "2022-08-20");
  g_clear_object (&moved);
  moved = get_task (fixture->store, t[0]);
  g_assert_cmpint (td_task_get_number (moved), ==, 7);
  g_assert_cmpstr (td_task_get_start_date (moved), ==, "2022-07-01");
  g_assert_cmpstr (td_task_get_end_date (moved), ==, "2022-09-30");
  g_clear_object (&moved);

  /* No gaps left behind in the first quarter; last in the third. */
  q1 = file_quarter (fixture->db_path, fixture->plan_id, 1);
  expected = expected_quarter (ids, 2);
  g_assert_cmpstr (q1, ==, expected);
  g_clear_pointer (&expected, g_free);
  q3 = file_quarter (fixture->db_path, fixture->plan_id, 3);
  expected = expected_quarter (ids + 4, 3);
  g_assert_cmpstr (q3, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&q1, g_free);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT quarter FROM task WHERE id = %"
                             G_GINT64_FORMAT, t[1]), ==, 3);

  /* And back to the top of the first quarter: February again. */
  g_assert_true (td_store_move_task (fixture->store, t[1], 1, 0, &error));
  g_assert_no_error (error);
  moved = get_task (fixture->store, t[1]);
  g_assert_cmpint (td_task_get_number (moved), ==, 1);
  g_assert_cmpstr (td_task_get_start_date (moved), ==, "2022-02-10");
  g_assert_cmpstr (td_task_get_end_date (moved), ==, "2022-02-20");
  ids[0] = t[1], ids[1] = t[2], ids[2] = t[3];
  q1 = file_quarter (fixture->db_path, fixture->plan_id, 1);
  expected = expected_quarter (ids, 3);
  g_assert_cmpstr (q1, ==, expected);
}

static void
test_task_set_units (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const names[] = { "Ban chỉ đạo XD NTM", "Tổ công tác mới", NULL };
  static const char * const none[] = { NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *others_before = NULL;
  g_autofree char *others_after = NULL;
  g_auto(GStrv) units = NULL;
  gint64 id = fixture->tasks[0];

  others_before = file_rows (fixture->db_path, "SELECT * FROM task_unit WHERE task_id != %"
                             G_GINT64_FORMAT " ORDER BY task_id, unit_id", id);
  units = td_store_dup_task_unit_names (fixture->store, id, NULL);
  g_assert_cmpstr (units[0], ==, "VP nội vụ");
  g_clear_pointer (&units, g_strfreev);

  g_assert_true (td_store_set_task_units (fixture->store, id, names, &error));
  g_assert_no_error (error);

  reopen (fixture);
  units = td_store_dup_task_unit_names (fixture->store, id, NULL);
  g_assert_cmpstrv (units, names);
  g_clear_pointer (&units, g_strfreev);
  /* The old unit is no longer linked to this task, but it is still a unit. */
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task_unit JOIN unit "
                             "ON unit.id = unit_id WHERE task_id = %" G_GINT64_FORMAT
                             " AND name = 'VP nội vụ'", id), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM unit WHERE name = 'VP nội vụ'"), ==, 1);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 11);
  g_assert_cmpint (file_int (fixture->db_path,
                             "SELECT count(*) FROM task_unit WHERE task_id = %" G_GINT64_FORMAT,
                             id), ==, 2);
  others_after = file_rows (fixture->db_path, "SELECT * FROM task_unit WHERE task_id != %"
                            G_GINT64_FORMAT " ORDER BY task_id, unit_id", id);
  g_assert_cmpstr (others_after, ==, others_before);

  /* None at all. */
  g_assert_true (td_store_set_task_units (fixture->store, id, none, &error));
  g_assert_no_error (error);
  units = td_store_dup_task_unit_names (fixture->store, id, NULL);
  g_assert_cmpuint (g_strv_length (units), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 11);
}

static void
test_task_delete_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdTask) task = get_task (fixture->store, fixture->tasks[4]);
  g_autoptr(TdStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  g_autofree char *links = NULL;
  g_autofree char *all_before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) units = NULL;
  static const int quarters[] = { 1, 1, 1, 1, 2, 3, 4, 4 };
  gint64 *t = fixture->tasks;
  gint64 ids[8] = { t[0], t[1], t[2], t[3], t[5], t[6], t[7], t[8] };

  /* Every field away from its default, so each one must come back. */
  td_task_set_start_date (task, "2022-04-05");
  td_task_set_end_date (task, "2022-05-20");
  td_task_set_status (task, TD_TASK_IN_PROGRESS);
  td_task_set_progress (task, 40);
  td_task_set_result_note (task, "Đã làm 4 vườn mẫu");
  td_task_set_milestone (task, TRUE);
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);
  row = task_row (fixture->db_path, t[4]);
  links = task_units_rows (fixture->db_path, t[4]);
  g_assert_cmpuint (strlen (links), >, 0);
  all_before = file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");

  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  undo = td_store_delete_task (fixture->store, t[4], &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpuint (strlen (log->str), >, 0);

  /* Gone, with its links; the others are renumbered. */
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, 8);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task WHERE id = %"
                             G_GINT64_FORMAT, t[4]), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task_unit WHERE task_id = %"
                             G_GINT64_FORMAT, t[4]), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 10);

  g_assert_true (td_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);

  reopen (fixture);
  assert_task_list (fixture->store, fixture->plan_id, fixture->tasks, sample_quarters,
                    N_SAMPLE_TASKS);
  after = task_row (fixture->db_path, t[4]);
  g_assert_cmpstr (after, ==, row);
  g_clear_pointer (&after, g_free);
  after = task_units_rows (fixture->db_path, t[4]);
  g_assert_cmpstr (after, ==, links);
  g_clear_pointer (&after, g_free);
  after = file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_assert_cmpstr (after, ==, all_before);
  units = td_store_dup_task_unit_names (fixture->store, t[4], NULL);
  g_assert_cmpuint (g_strv_length (units), ==, 2);
  g_assert_cmpstr (units[0], ==, "Ban chỉ đạo XD NTM");
  g_assert_cmpstr (units[1], ==, "Ban phát triển thôn");
}

/* Two deletes in one quarter, then undo the last: it goes back between the tasks it was
 * between, and the numbers are those printed before. */
static void
test_task_delete_two_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  static const int quarters[] = { 1, 1, 1, 2, 2, 3, 4, 4 };
  g_autoptr(TdStoreUndo) first = NULL;
  g_autoptr(TdStoreUndo) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_autofree char *after = NULL;
  gint64 *t = fixture->tasks;
  gint64 ids[8] = { t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8] };

  first = td_store_delete_task (fixture->store, t[0], &error);
  g_assert_no_error (error);
  second = td_store_delete_task (fixture->store, t[2], &error);
  g_assert_no_error (error);

  g_assert_true (td_store_undo (fixture->store, second, &error));
  g_assert_no_error (error);
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, 8);

  g_assert_true (td_store_undo (fixture->store, first, &error));
  g_assert_no_error (error);
  assert_task_list (fixture->store, fixture->plan_id, fixture->tasks, sample_quarters,
                    N_SAMPLE_TASKS);
  g_clear_object (&fixture->store);
  after = file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_task_undo_plan_gone (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdStoreUndo) task_undo = NULL;
  g_autoptr(TdStoreUndo) section_undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;

  task_undo = td_store_delete_task (fixture->store, fixture->tasks[7], &error);
  g_assert_no_error (error);
  section_undo = td_store_delete_section (fixture->store,
                                          find_section (fixture->store, fixture->plan_id, S_I),
                                          &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  /* The whole plan is deleted meanwhile. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "PRAGMA foreign_keys = ON");
  sql = g_strdup_printf ("DELETE FROM plan WHERE id = %" G_GINT64_FORMAT, fixture->plan_id);
  td_test_raw_exec (db, sql);
  sqlite3_close (db);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 0);

  fixture->store = open_store (fixture->db_path);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);
  g_assert_false (td_store_undo (fixture->store, task_undo, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == TD_STORE_ERROR);
  g_clear_error (&error);
  g_assert_false (td_store_undo (fixture->store, section_undo, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == TD_STORE_ERROR);
  g_assert_cmpstr (log->str, ==, "");

  g_clear_object (&fixture->store);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task_unit"), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM section"), ==, 0);
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
}

/* Read-only ------------------------------------------------------------------------------ */

static void
assert_read_only (GError **error)
{
  g_assert_error (*error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (error);
}

static void
test_read_only_newer (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const names[] = { "Đoàn thanh niên", NULL };
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *set_newer = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdStoreUndo) undo = NULL;
  g_autoptr(TdStoreUndo) refused = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(TdSection) section = NULL;
  g_autoptr(TdTask) task = NULL;
  g_autoptr(TdTask) added = new_task (3, "Nhiệm vụ mới", "", "");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id_i = find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_iii = find_section (fixture->store, fixture->plan_id, S_III);
  gint64 *t = fixture->tasks;
  sqlite3 *db;

  /* Something to undo, from before the file was taken over by a newer version. */
  undo = td_store_delete_task (fixture->store, t[8], &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  set_newer = g_strdup_printf ("PRAGMA user_version = %d", td_store_latest_version () + 1);
  td_test_raw_exec (db, set_newer);
  sqlite3_close (db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = td_test_read_file (fixture->db_path);

  fixture->store = open_store (fixture->db_path);
  g_assert_cmpint (td_store_get_access (fixture->store), ==, TD_STORE_READ_ONLY_NEWER);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (log_changed_cb), log);

  plan = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  td_plan_set_title (plan, "Tiêu đề mới");
  g_assert_false (td_store_update_plan (fixture->store, plan, &error));
  assert_read_only (&error);

  copy = td_store_copy_plan (fixture->store, 2022, 2023, &error);
  g_assert_null (copy);
  assert_read_only (&error);

  g_assert_cmpint (td_store_add_section (fixture->store, fixture->plan_id, 0, -1, "V. Mới", "",
                                         &error), ==, 0);
  assert_read_only (&error);

  section = get_section (fixture->store, fixture->plan_id, id_i);
  td_section_set_heading (section, "I. Khác");
  g_assert_false (td_store_update_section (fixture->store, section, &error));
  assert_read_only (&error);

  g_assert_false (td_store_set_task_section (fixture->store, id_iii, &error));
  assert_read_only (&error);

  g_assert_false (td_store_move_section (fixture->store, id_iii, 0, 0, &error));
  assert_read_only (&error);

  refused = td_store_delete_section (fixture->store, id_i, &error);
  g_assert_null (refused);
  assert_read_only (&error);

  g_assert_false (td_store_add_task (fixture->store, fixture->plan_id, added, names, &error));
  assert_read_only (&error);

  task = get_task (fixture->store, t[0]);
  td_task_set_status (task, TD_TASK_DONE);
  g_assert_false (td_store_update_task (fixture->store, task, &error));
  assert_read_only (&error);

  g_assert_false (td_store_set_task_units (fixture->store, t[0], names, &error));
  assert_read_only (&error);

  g_assert_false (td_store_move_task (fixture->store, t[0], 3, -1, &error));
  assert_read_only (&error);

  refused = td_store_delete_task (fixture->store, t[1], &error);
  g_assert_null (refused);
  assert_read_only (&error);

  g_assert_false (td_store_undo (fixture->store, undo, &error));
  assert_read_only (&error);

  g_assert_cmpstr (log->str, ==, "");
  g_clear_object (&fixture->store);

  /* Not one byte of the file changed, nothing waits in a journal. */
  after = td_test_read_file (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GBytes) wal_bytes = td_test_read_file (wal);
      g_assert_cmpuint (g_bytes_get_size (wal_bytes), ==, 0);
    }
  g_assert_cmpint (file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, set_up, func) \
  g_test_add (path, Fixture, NULL, set_up, func, fixture_tear_down)

  ADD ("/edit/plan/update", fixture_set_up_sample, test_plan_update);
  ADD ("/edit/plan/reject", fixture_set_up_sample, test_plan_reject);
  ADD ("/edit/copy/sample", fixture_set_up_sample, test_copy_sample);
  ADD ("/edit/copy/exists", fixture_set_up_sample, test_copy_exists);
  ADD ("/edit/copy/leap-day", fixture_set_up, test_copy_leap_day);
  ADD ("/edit/section/add", fixture_set_up, test_section_add);
  ADD ("/edit/section/nest", fixture_set_up, test_section_nest);
  ADD ("/edit/section/update", fixture_set_up_sample, test_section_update);
  ADD ("/edit/section/reorder", fixture_set_up_sample, test_section_reorder);
  ADD ("/edit/section/indent-outdent", fixture_set_up_sample, test_section_indent_outdent);
  ADD ("/edit/section/into-own-child", fixture_set_up_sample, test_section_into_own_child);
  ADD ("/edit/section/task-marker", fixture_set_up_sample, test_section_task_marker);
  ADD ("/edit/section/delete-undo", fixture_set_up_sample, test_section_delete_undo);
  ADD ("/edit/section/delete-two-undo", fixture_set_up_sample, test_section_delete_two_undo);
  ADD ("/edit/task/add", fixture_set_up_sample, test_task_add);
  ADD ("/edit/task/add-units", fixture_set_up_sample, test_task_add_units);
  ADD ("/edit/task/update", fixture_set_up_sample, test_task_update);
  ADD ("/edit/task/invalid", fixture_set_up_sample, test_task_invalid);
  ADD ("/edit/task/invalid-unicode-space", fixture_set_up_sample,
       test_task_invalid_unicode_space);
  ADD ("/edit/task/long-content", fixture_set_up_sample, test_task_long_content);
  ADD ("/edit/task/reorder", fixture_set_up_sample, test_task_reorder);
  ADD ("/edit/task/move-quarter", fixture_set_up_sample, test_task_move_quarter);
  ADD ("/edit/task/set-units", fixture_set_up_sample, test_task_set_units);
  ADD ("/edit/task/delete-undo", fixture_set_up_sample, test_task_delete_undo);
  ADD ("/edit/task/delete-two-undo", fixture_set_up_sample, test_task_delete_two_undo);
  ADD ("/edit/task/undo-plan-gone", fixture_set_up_sample, test_task_undo_plan_gone);
  ADD ("/edit/read-only/newer", fixture_set_up_sample, test_read_only_newer);

#undef ADD

  return g_test_run ();
}
