/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * One file, more than one connection: two windows (two stores) editing different fields
 * of one plan or task never undo each other, each notices the other's commits, and a file
 * locked by another program or a full disk gives an error code the UI can put in words.
 * What is asserted is what the file holds, read with SQLite itself.
 */
#define G_LOG_DOMAIN "test-store-shared"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "td-sample.h"
#include "td-store-office.h"
#include "td-store-plan.h"
/* To give one connection a page limit, as a full disk would: the store's own connection. */
#include "td-store-private.h"
#include "td-test-db.h"

typedef struct {
  char    *dir;
  char    *path;
  TdStore *a;
  TdStore *b;
  gint64   plan_id;
  gint64   task_id;
} Fixture;

static TdStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean added = FALSE;

  fixture->dir = g_dir_make_tmp ("test-store-shared-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->a = open_store (fixture->path);
  g_assert_true (td_sample_load (fixture->a, &added, &error));
  g_assert_no_error (error);
  fixture->b = open_store (fixture->path);
  fixture->plan_id = td_test_file_int (fixture->path, "SELECT id FROM plan WHERE year = 2022");
  fixture->task_id = td_test_file_int (fixture->path,
                                       "SELECT id FROM task WHERE plan_id = %lld "
                                       "ORDER BY quarter, position LIMIT 1",
                                       (long long) fixture->plan_id);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_clear_object (&fixture->a);
  g_clear_object (&fixture->b);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
on_changed_cb (TdStore        *store,
               const TdChange *change,
               GString        *log)
{
  g_string_append_printf (log, "%s:%" G_GINT64_FORMAT ";", td_change_what_to_string (change->what),
                          change->id);
}

/* Whether the other connection's commit was noticed; reading the file never fails here. */
static gboolean
check_external (TdStore *store)
{
  g_autoptr(GError) error = NULL;
  gboolean changed = td_store_check_external (store, &error);

  g_assert_no_error (error);
  return changed;
}

/* Each connection read the plan before either changed it, as two windows do. */
static void
test_plan_fields (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) in_a = td_store_get_plan (fixture->a, 2022, &error);
  g_autoptr(TdPlan) in_b = td_store_get_plan (fixture->b, 2022, &error);
  g_autofree char *title = NULL;
  g_autofree char *number = NULL;
  g_autofree char *symbol = NULL;
  const char *title_only[] = { "title", NULL };
  const char *number_only[] = { "number", NULL };

  g_assert_no_error (error);
  td_plan_set_title (in_a, "Title typed in window A");
  g_assert_true (td_store_update_plan_fields (fixture->a, in_a, title_only, &error));
  g_assert_no_error (error);

  /* B's copy still has the old title; it writes its number only. */
  td_plan_set_number (in_b, "77");
  g_assert_true (td_store_update_plan_fields (fixture->b, in_b, number_only, &error));
  g_assert_no_error (error);

  title = td_test_file_query (fixture->path, "SELECT title FROM plan WHERE year = 2022");
  number = td_test_file_query (fixture->path, "SELECT number FROM plan WHERE year = 2022");
  symbol = td_test_file_query (fixture->path, "SELECT symbol FROM plan WHERE year = 2022");
  g_assert_cmpstr (title, ==, "Title typed in window A");
  g_assert_cmpstr (number, ==, "77");
  g_assert_cmpstr (symbol, ==, "KH-UBND");
}

static void
test_plan_fields_checked (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->a, 2022, &error);
  g_autofree char *title = NULL;
  const char *title_only[] = { "title", NULL };
  const char *date_only[] = { "issue-date", "issue-month", NULL };

  td_plan_set_title (plan, "   ");
  g_assert_false (td_store_update_plan_fields (fixture->a, plan, title_only, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  td_plan_set_issue_date (plan, "2022-02-30");
  g_assert_false (td_store_update_plan_fields (fixture->a, plan, date_only, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A blank title not asked to be saved is not checked, nor written. */
  td_plan_set_issue_date (plan, "2022-02-28");
  td_plan_set_issue_month (plan, 2);
  g_assert_true (td_store_update_plan_fields (fixture->a, plan, date_only, &error));
  g_assert_no_error (error);
  title = td_test_file_query (fixture->path, "SELECT title FROM plan WHERE year = 2022");
  g_assert_cmpstr (title, ==, "Công tác thi đua, khen thưởng năm 2022");
  g_assert_cmpint (td_test_file_int (fixture->path, "SELECT issue_date = '2022-02-28' "
                                     "FROM plan WHERE year = 2022"),
                   ==, 1);
}

/* Window A changes the content, window B the end date: both stay, and B's date is checked
 * against the start date the file holds. */
static void
test_task_fields (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) in_a = td_store_get_task (fixture->a, fixture->task_id, &error);
  g_autoptr(TdTask) in_b = td_store_get_task (fixture->b, fixture->task_id, &error);
  g_autofree char *row = NULL;
  const char *content_only[] = { "content", NULL };
  const char *start_only[] = { "start-date", NULL };
  const char *end_only[] = { "end-date", "status", NULL };

  g_assert_no_error (error);
  td_task_set_content (in_a, "Content typed in window A");
  g_assert_true (td_store_update_task_fields (fixture->a, in_a, content_only, &error));
  g_assert_no_error (error);
  td_task_set_start_date (in_a, "2022-02-01");
  g_assert_true (td_store_update_task_fields (fixture->a, in_a, start_only, &error));
  g_assert_no_error (error);

  /* Before the start A saved: refused, though B's own copy starts on 1 January. */
  td_task_set_end_date (in_b, "2022-01-15");
  g_assert_false (td_store_update_task_fields (fixture->b, in_b, end_only, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  td_task_set_end_date (in_b, "2022-03-15");
  td_task_set_status (in_b, TD_TASK_DONE);
  g_assert_true (td_store_update_task_fields (fixture->b, in_b, end_only, &error));
  g_assert_no_error (error);

  row = td_test_file_query (fixture->path,
                            "SELECT content || '|' || start_date || '|' || end_date || '|' || "
                            "status FROM task WHERE id = %lld",
                            (long long) fixture->task_id);
  g_assert_cmpstr (row, ==, "Content typed in window A|2022-02-01|2022-03-15|done");
}

static void
test_section_and_office_fields (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sections = td_store_list_sections (fixture->a, fixture->plan_id, &error);
  g_autoptr(TdSection) in_a = g_list_model_get_item (sections, 0);
  g_autoptr(TdSection) in_b = td_section_new ();
  g_autoptr(TdOffice) office_a = td_store_get_office (fixture->a, &error);
  g_autoptr(TdOffice) office_b = td_store_get_office (fixture->b, &error);
  g_autofree char *section = NULL;
  g_autofree char *office = NULL;
  const char *heading_only[] = { "heading", NULL };
  const char *body_only[] = { "body", NULL };
  const char *place_only[] = { "place", NULL };
  const char *code_only[] = { "code", NULL };

  g_assert_no_error (error);
  td_section_set_id (in_b, td_section_get_id (in_a));
  td_section_set_heading (in_a, "I. HEADING FROM A");
  td_section_set_body (in_b, "Body from B");
  g_assert_true (td_store_update_section_fields (fixture->a, in_a, heading_only, &error));
  g_assert_true (td_store_update_section_fields (fixture->b, in_b, body_only, &error));
  g_assert_no_error (error);
  section = td_test_file_query (fixture->path, "SELECT heading || '|' || body FROM section "
                                "WHERE id = %lld", (long long) td_section_get_id (in_a));
  g_assert_cmpstr (section, ==, "I. HEADING FROM A|Body from B");

  td_office_set_place (office_a, "Place from A");
  td_office_set_code (office_b, "CODEB");
  g_assert_true (td_store_update_office_fields (fixture->a, office_a, place_only, &error));
  g_assert_true (td_store_update_office_fields (fixture->b, office_b, code_only, &error));
  g_assert_no_error (error);
  office = td_test_file_query (fixture->path, "SELECT place || '|' || code FROM office");
  g_assert_cmpstr (office, ==, "Place from A|CODEB");
}

/* Each connection hears of the other's commits, once, and not of its own. */
static void
test_external (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) log_a = g_string_new (NULL);
  g_autoptr(GString) log_b = g_string_new (NULL);
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->a, 2022, &error);
  const char *number_only[] = { "number", NULL };
  sqlite3 *raw;

  g_signal_connect (fixture->a, "changed", G_CALLBACK (on_changed_cb), log_a);
  g_signal_connect (fixture->b, "changed", G_CALLBACK (on_changed_cb), log_b);

  /* The first look only notes where the file is. */
  g_assert_false (check_external (fixture->a));
  g_assert_false (check_external (fixture->b));

  td_plan_set_number (plan, "12");
  g_assert_true (td_store_update_plan_fields (fixture->a, plan, number_only, &error));
  g_assert_no_error (error);
  g_assert_false (check_external (fixture->a));
  g_assert_true (check_external (fixture->b));
  g_assert_false (check_external (fixture->b));
  g_assert_cmpstr (log_b->str, ==, "all:0;");
  g_string_truncate (log_b, 0);
  g_string_truncate (log_a, 0);

  /* Another program, not a store. */
  raw = td_test_raw_open (fixture->path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (raw, "UPDATE plan SET symbol = 'KH-OTHER'");
  sqlite3_close (raw);
  g_assert_true (check_external (fixture->a));
  g_assert_true (check_external (fixture->b));
  g_assert_cmpstr (log_a->str, ==, "all:0;");
  g_assert_cmpstr (log_b->str, ==, "all:0;");
}

/* Another program holds the file locked: BUSY, nothing written; then the same save works. */
static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->a, 2022, &error);
  g_autofree char *title = NULL;
  const char *title_only[] = { "title", NULL };
  sqlite3 *locker = td_test_raw_open (fixture->path, SQLITE_OPEN_READWRITE);

  td_test_raw_exec (locker, "BEGIN EXCLUSIVE");
  td_store_set_busy_timeout (fixture->a, 50);
  td_plan_set_title (plan, "Typed while locked");
  g_assert_false (td_store_update_plan_fields (fixture->a, plan, title_only, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_BUSY);
  g_clear_error (&error);
  /* Other edits give the same code. */
  g_assert_false (td_store_add_section (fixture->a, fixture->plan_id, 0, -1, "V. NEW", "",
                                        &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_BUSY);
  g_clear_error (&error);
  td_test_raw_exec (locker, "ROLLBACK");
  sqlite3_close (locker);

  title = td_test_file_query (fixture->path, "SELECT title FROM plan WHERE year = 2022");
  g_assert_cmpstr (title, ==, "Công tác thi đua, khen thưởng năm 2022");
  g_clear_pointer (&title, g_free);

  td_store_set_busy_timeout (fixture->a, -1);
  g_assert_true (td_store_update_plan_fields (fixture->a, plan, title_only, &error));
  g_assert_no_error (error);
  title = td_test_file_query (fixture->path, "SELECT title FROM plan WHERE year = 2022");
  g_assert_cmpstr (title, ==, "Typed while locked");
}

/* No page more may be added, as on a full disk: FULL, the old text kept. */
static void
test_full (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_store_get_task (fixture->a, fixture->task_id, &error);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *limit = NULL;
  g_autofree char *content = NULL;
  const char *content_only[] = { "content", NULL };
  sqlite3_int64 pages;

  while (long_text->len < 200000)
    g_string_append (long_text, "Tổ chức hội nghị sơ kết 6 tháng đầu năm. ");
  pages = td_test_raw_int (fixture->a->db, "PRAGMA page_count");
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, (gint64) pages);
  td_test_raw_int (fixture->a->db, limit);

  td_task_set_content (task, long_text->str);
  g_assert_false (td_store_update_task_fields (fixture->a, task, content_only, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FULL);
  g_clear_error (&error);
  content = td_test_file_query (fixture->path, "SELECT content FROM task WHERE id = %lld",
                                (long long) fixture->task_id);
  g_assert_cmpuint (strlen (content), <, 10000);
  g_clear_pointer (&content, g_free);

  td_test_raw_int (fixture->a->db, "PRAGMA max_page_count = 1073741823");
  g_assert_true (td_store_update_task_fields (fixture->a, task, content_only, &error));
  g_assert_no_error (error);
  content = td_test_file_query (fixture->path, "SELECT content FROM task WHERE id = %lld",
                                (long long) fixture->task_id);
  g_assert_cmpstr (content, ==, long_text->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/store/shared/plan-fields", test_plan_fields);
  ADD ("/store/shared/plan-fields-checked", test_plan_fields_checked);
  ADD ("/store/shared/task-fields", test_task_fields);
  ADD ("/store/shared/section-and-office-fields", test_section_and_office_fields);
  ADD ("/store/shared/external", test_external);
  ADD ("/store/shared/busy", test_busy);
  ADD ("/store/shared/full", test_full);
#undef ADD

  return g_test_run ();
}
