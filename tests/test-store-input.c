/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What the store lets in: the schema's own links and checks, the "changed" signal after a
 * committed write and never after a refused one, and bad input refused whole.
 */
#define G_LOG_DOMAIN "test-store-input"

#include "config.h"

#include <sqlite3.h>

#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-test-db.h"
#include "td-test-store.h"

/* The result code of running @sql. */
static int
raw_try (sqlite3    *db,
         const char *sql)
{
  return sqlite3_exec (db, sql, NULL, NULL, NULL) & 0xff;
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

/* Schema ------------------------------------------------------------------------------- */

static void
test_schema_foreign_keys (TdTestStoreFixture *fixture,
                          gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdPlan) plan = td_test_store_new_plan (2022);
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
  log->seen_in_file = td_test_store_raw_text (db, "SELECT issuing_body FROM office");
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
test_signal_changed (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
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
test_signal_read_only (TdTestStoreFixture *fixture,
                       gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
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

  store = td_test_store_open (fixture->db_path);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_READ_ONLY_NEWER);
  g_signal_connect (store, "changed", G_CALLBACK (td_test_store_count_changed_cb), &changes);
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
  g_autoptr(TdPlan) plan = td_test_store_new_plan (2022);
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
  handler = g_signal_connect (store, "changed", G_CALLBACK (td_test_store_count_changed_cb),
                              &changes);

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
test_input_end_before_start (TdTestStoreFixture *fixture,
                             gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
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
test_input_empty_content (TdTestStoreFixture *fixture,
                          gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdTask) blank = new_task (1, 1, "  \n\t  ", "2022-03-10", "2022-03-01");
  g_autoptr(TdPlan) plan = td_test_store_new_plan (2022);
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
test_input_impossible_date (TdTestStoreFixture *fixture,
                            gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdTask) feb30 = new_task (1, 1, "Đăng ký thi đua", "2022-02-01", "2022-02-30");
  g_autoptr(TdTask) feb29 = new_task (1, 1, "Đăng ký thi đua", "2022-02-29", "2022-03-01");
  g_autoptr(TdTask) garbled = new_task (1, 1, "Đăng ký thi đua", "22/02/2022", "2022-03-01");
  g_autoptr(TdPlan) plan = td_test_store_new_plan (2022);
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
test_input_long_text (TdTestStoreFixture *fixture,
                      gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(TdPlan) plan = td_test_store_new_plan (2022);
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

  store = td_test_store_open (fixture->db_path);
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
  in_file = td_test_store_raw_text (db, "SELECT content FROM task");
  g_assert_cmpstr (in_file, ==, text->str);
  sqlite3_close (db);
}

static void
test_input_duplicate_year (TdTestStoreFixture *fixture,
                           gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdPlan) first = td_store_start_plan (store, 2022, NULL);
  g_autoptr(TdPlan) second = td_test_store_new_plan (2022);
  g_autoptr(TdTask) task = new_task (1, 0, "Xây dựng kế hoạch", NULL, NULL);
  TdStoreTaskInput input = { task, NULL, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (first);
  td_plan_set_title (second, "Bản thứ hai");
  g_assert_false (td_store_add_plan (store, second, NULL, &input, 1, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  g_assert_cmpint (td_plan_get_id (second), ==, 0);
  g_clear_object (&store);

  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM plan "
                                                             "WHERE title = 'Bản thứ hai'"), ==, 0);
  g_assert_cmpint (td_test_store_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, TdTestStoreFixture, NULL, td_test_store_set_up, func, \
              td_test_store_tear_down)

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
