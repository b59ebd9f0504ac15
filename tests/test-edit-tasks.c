/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing a plan's tasks through the store: added, with their units, changed, refused when
 * wrong, moved within and between quarters, deleted and undone, numbered on throughout.
 */
#define G_LOG_DOMAIN "test-edit-tasks"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "td-history.h"
#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-test-db.h"
#include "td-test-edit.h"

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
  return td_test_edit_file_text (path,
                                 "SELECT coalesce (group_concat (id || '=' || position, ','), '') "
                                 "FROM (SELECT id, position FROM task "
                                 "WHERE plan_id = %" G_GINT64_FORMAT " AND quarter = %d "
                                 "ORDER BY position, id)",
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
  return td_test_edit_file_rows (path, "SELECT * FROM task WHERE id = %" G_GINT64_FORMAT, task_id);
}

static char *
task_units_rows (const char *path,
                 gint64      task_id)
{
  return td_test_edit_file_rows (path, "SELECT * FROM task_unit WHERE task_id = %" G_GINT64_FORMAT
                                       " ORDER BY unit_id", task_id);
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

/* Tasks ---------------------------------------------------------------------------------- */

static void
test_task_add (TdTestEditFixture *fixture,
               gconstpointer      data)
{
  static const int quarters[] = { 1, 1, 1, 1, 2, 2, 3, 3, 4, 4 };
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdTask) task = td_test_edit_new_task (3, "Kiểm tra việc thực hiện các phong trào "
                                                  "thi đua quý III", "", "");
  g_autoptr(TdTask) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_log = NULL;
  g_autofree char *q3 = NULL;
  g_autofree char *q3_expected = NULL;
  g_auto(GStrv) units = NULL;
  gint64 ids[10];

  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, task, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_task_get_id (task), >, 0);
  /* Blank dates: the whole quarter. */
  g_assert_cmpstr (td_task_get_start_date (task), ==, "2022-07-01");
  g_assert_cmpstr (td_task_get_end_date (task), ==, "2022-09-30");
  expected_log = g_strdup_printf ("task:%" G_GINT64_FORMAT ";", fixture->plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  td_test_edit_reopen (fixture);
  memcpy (ids, fixture->tasks, 7 * sizeof (gint64));
  ids[7] = td_task_get_id (task);
  ids[8] = fixture->tasks[7];
  ids[9] = fixture->tasks[8];
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, 10);

  saved = td_test_edit_get_task (fixture->store, td_task_get_id (task));
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
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 10);
}

static void
test_task_add_units (TdTestEditFixture *fixture,
                     gconstpointer      data)
{
  static const char * const names[] = { "VP nội vụ", "Đoàn thanh niên", NULL };
  g_autoptr(TdTask) task = td_test_edit_new_task (2, "Phát động phong trào thanh niên tình nguyện",
                                                  "", "");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) units = NULL;
  g_autofree char *kind = NULL;

  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, task, names, &error));
  g_assert_no_error (error);

  td_test_edit_reopen (fixture);
  units = td_store_dup_task_unit_names (fixture->store, td_task_get_id (task), NULL);
  g_assert_cmpstrv (units, names);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 11);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM unit "
                                          "WHERE name = 'VP nội vụ'"), ==, 1);
  kind = td_test_edit_file_text (fixture->db_path,
                                 "SELECT kind FROM unit WHERE name = 'Đoàn thanh niên'");
  g_assert_cmpstr (kind, ==, "other");
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task_unit "
                                          "WHERE task_id = %" G_GINT64_FORMAT,
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
test_task_update (TdTestEditFixture *fixture,
                  gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdTask) task = td_test_edit_get_task (fixture->store, fixture->tasks[1]);
  g_autoptr(TdTask) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_log = NULL;
  g_autofree char *in_file = NULL;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
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

  td_test_edit_reopen (fixture);
  saved = td_test_edit_get_task (fixture->store, fixture->tasks[1]);
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
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT status || '|' || progress || '|' || milestone "
                                    "|| '|' || start_date || '|' || end_date FROM task "
                                    "WHERE id = %" G_GINT64_FORMAT,
                                    fixture->tasks[1]);
  g_assert_cmpstr (in_file, ==, "in-progress|60|1|2022-02-01|2022-02-15");
  g_clear_pointer (&in_file, g_free);

  /* Done, no longer a milestone. */
  td_task_set_status (saved, TD_TASK_DONE);
  td_task_set_progress (saved, 100);
  td_task_set_milestone (saved, FALSE);
  g_assert_true (td_store_update_task (fixture->store, saved, &error));
  g_assert_no_error (error);
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT status || '|' || progress || '|' || milestone "
                                    "FROM task WHERE id = %" G_GINT64_FORMAT, fixture->tasks[1]);
  g_assert_cmpstr (in_file, ==, "done|100|0");
  assert_task_list (fixture->store, fixture->plan_id, fixture->tasks, td_test_edit_sample_quarters,
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
test_task_invalid (TdTestEditFixture *fixture,
                   gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = task_row (fixture->db_path, fixture->tasks[2]);
  g_autofree char *all_before = td_test_edit_file_rows (fixture->db_path,
                                                        "SELECT * FROM task ORDER BY id");
  g_autofree char *all_after = NULL;
  gint64 id = fixture->tasks[2];

  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  for (guint i = 0; i < G_N_ELEMENTS (bad_tasks); i++)
    {
      const BadTask *bad = &bad_tasks[i];
      g_autoptr(TdTask) task = td_test_edit_get_task (fixture->store, id);
      g_autoptr(TdTask) added = td_test_edit_new_task (1, bad->content, bad->start, bad->end);
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
  all_after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_assert_cmpstr (all_after, ==, all_before);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task"), ==, N_SAMPLE_TASKS);
}

/* Spaces pasted from a word processor (no-break, ideographic) are blank, as they are for a
 * section's heading, which is refused. A task with no content is kept (one just added, or
 * emptied while retyping it): blank, it is shown with a hint and not printed. */
static void
test_task_invalid_unicode_space (TdTestEditFixture *fixture,
                                 gconstpointer      data)
{
  static const char blank[] = "\u00a0\u3000\u00a0";
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_test_edit_get_task (fixture->store, fixture->tasks[2]);
  g_autoptr(TdTask) added = td_test_edit_new_task (1, blank, "", "");
  g_autoptr(TdTask) empty = td_test_edit_new_task (2, "", "", "");

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
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==,
                   N_SAMPLE_TASKS + 2);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task WHERE content = ''"),
                   ==, 1);

  /* Blank or not, its dates are checked. */
  td_task_set_start_date (empty, "2022-03-10");
  td_task_set_end_date (empty, "2022-03-01");
  g_assert_false (td_store_update_task (fixture->store, empty, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
}

static void
test_task_long_content (TdTestEditFixture *fixture,
                        gconstpointer      data)
{
  g_autofree char *text = long_text (10000);
  g_autoptr(TdTask) task = td_test_edit_get_task (fixture->store, fixture->tasks[0]);
  g_autoptr(TdTask) added = td_test_edit_new_task (4, text, "", "");
  g_autoptr(TdTask) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_utf8_strlen (text, -1), ==, 10000);
  td_task_set_content (task, text);
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, added, NULL, &error));
  g_assert_no_error (error);

  td_test_edit_reopen (fixture);
  saved = td_test_edit_get_task (fixture->store, fixture->tasks[0]);
  g_assert_cmpstr (td_task_get_content (saved), ==, text);
  g_clear_object (&saved);
  saved = td_test_edit_get_task (fixture->store, td_task_get_id (added));
  g_assert_cmpstr (td_task_get_content (saved), ==, text);
  g_assert_cmpint (td_task_get_number (saved), ==, 10);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT length (content) FROM task WHERE id = %"
                                          G_GINT64_FORMAT, fixture->tasks[0]), ==, 10000);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT length (CAST (content AS BLOB)) FROM task "
                                          "WHERE id = %" G_GINT64_FORMAT, td_task_get_id (added)),
                   ==, strlen (text));
}

static void
test_task_reorder (TdTestEditFixture *fixture,
                   gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *q1 = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_log = NULL;
  gint64 ids[N_SAMPLE_TASKS];
  gint64 *t = fixture->tasks;

  /* Task 3 to the top of the first quarter. */
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  g_assert_true (td_store_move_task (fixture->store, t[2], 1, 0, &error));
  g_assert_no_error (error);
  expected_log = g_strdup_printf ("task:%" G_GINT64_FORMAT ";", fixture->plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  td_test_edit_reopen (fixture);
  memcpy (ids, t, sizeof ids);
  ids[0] = t[2], ids[1] = t[0], ids[2] = t[1];
  assert_task_list (fixture->store, fixture->plan_id, ids, td_test_edit_sample_quarters,
                    N_SAMPLE_TASKS);
  q1 = file_quarter (fixture->db_path, fixture->plan_id, 1);
  expected = expected_quarter (ids, 4);
  g_assert_cmpstr (q1, ==, expected);

  /* Task 1 (now number 2) to the end of its quarter, with -1. */
  g_assert_true (td_store_move_task (fixture->store, t[0], 1, -1, &error));
  g_assert_no_error (error);
  ids[0] = t[2], ids[1] = t[1], ids[2] = t[3], ids[3] = t[0];
  assert_task_list (fixture->store, fixture->plan_id, ids, td_test_edit_sample_quarters,
                    N_SAMPLE_TASKS);
  g_clear_pointer (&q1, g_free);
  g_clear_pointer (&expected, g_free);
  q1 = file_quarter (fixture->db_path, fixture->plan_id, 1);
  expected = expected_quarter (ids, 4);
  g_assert_cmpstr (q1, ==, expected);

  /* No such quarter. */
  g_string_truncate (log, 0);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  g_assert_false (td_store_move_task (fixture->store, t[0], 5, 0, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (log->str, ==, "");
  assert_task_list (fixture->store, fixture->plan_id, ids, td_test_edit_sample_quarters,
                    N_SAMPLE_TASKS);
}

static void
test_task_move_quarter (TdTestEditFixture *fixture,
                        gconstpointer      data)
{
  static const int quarters[] = { 1, 1, 2, 2, 3, 3, 3, 4, 4 };
  g_autoptr(TdTask) task = td_test_edit_get_task (fixture->store, fixture->tasks[1]);
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

  td_test_edit_reopen (fixture);
  ids[0] = t[2], ids[1] = t[3], ids[2] = t[4], ids[3] = t[5];
  ids[4] = t[6], ids[5] = t[1], ids[6] = t[0], ids[7] = t[7], ids[8] = t[8];
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, N_SAMPLE_TASKS);

  moved = td_test_edit_get_task (fixture->store, t[1]);
  g_assert_cmpint (td_task_get_quarter (moved), ==, 3);
  g_assert_cmpint (td_task_get_number (moved), ==, 6);
  g_assert_cmpstr (td_task_get_start_date (moved), ==, "2022-08-10");
  g_assert_cmpstr (td_task_get_end_date (moved), ==, "2022-08-20");
  g_clear_object (&moved);
  moved = td_test_edit_get_task (fixture->store, t[0]);
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
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT quarter FROM task WHERE id = %"
                                          G_GINT64_FORMAT, t[1]), ==, 3);

  /* And back to the top of the first quarter: February again. */
  g_assert_true (td_store_move_task (fixture->store, t[1], 1, 0, &error));
  g_assert_no_error (error);
  moved = td_test_edit_get_task (fixture->store, t[1]);
  g_assert_cmpint (td_task_get_number (moved), ==, 1);
  g_assert_cmpstr (td_task_get_start_date (moved), ==, "2022-02-10");
  g_assert_cmpstr (td_task_get_end_date (moved), ==, "2022-02-20");
  ids[0] = t[1], ids[1] = t[2], ids[2] = t[3];
  q1 = file_quarter (fixture->db_path, fixture->plan_id, 1);
  expected = expected_quarter (ids, 3);
  g_assert_cmpstr (q1, ==, expected);
}

static void
test_task_set_units (TdTestEditFixture *fixture,
                     gconstpointer      data)
{
  static const char * const names[] = { "Ban chỉ đạo XD NTM", "Tổ công tác mới", NULL };
  static const char * const none[] = { NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *others_before = NULL;
  g_autofree char *others_after = NULL;
  g_auto(GStrv) units = NULL;
  gint64 id = fixture->tasks[0];

  others_before = td_test_edit_file_rows (fixture->db_path,
                                          "SELECT * FROM task_unit WHERE task_id != %"
                                          G_GINT64_FORMAT " ORDER BY task_id, unit_id", id);
  units = td_store_dup_task_unit_names (fixture->store, id, NULL);
  g_assert_cmpstr (units[0], ==, "VP nội vụ");
  g_clear_pointer (&units, g_strfreev);

  g_assert_true (td_store_set_task_units (fixture->store, id, names, &error));
  g_assert_no_error (error);

  td_test_edit_reopen (fixture);
  units = td_store_dup_task_unit_names (fixture->store, id, NULL);
  g_assert_cmpstrv (units, names);
  g_clear_pointer (&units, g_strfreev);
  /* The old unit is no longer linked to this task, but it is still a unit. */
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task_unit JOIN unit "
                                          "ON unit.id = unit_id WHERE task_id = %" G_GINT64_FORMAT
                                          " AND name = 'VP nội vụ'", id), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM unit "
                                          "WHERE name = 'VP nội vụ'"), ==, 1);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 11);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task_unit "
                                          "WHERE task_id = %" G_GINT64_FORMAT,
                                          id), ==, 2);
  others_after = td_test_edit_file_rows (fixture->db_path,
                                         "SELECT * FROM task_unit WHERE task_id != %"
                                         G_GINT64_FORMAT " ORDER BY task_id, unit_id", id);
  g_assert_cmpstr (others_after, ==, others_before);

  /* None at all. */
  g_assert_true (td_store_set_task_units (fixture->store, id, none, &error));
  g_assert_no_error (error);
  units = td_store_dup_task_unit_names (fixture->store, id, NULL);
  g_assert_cmpuint (g_strv_length (units), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 11);
}

static void
test_task_delete_undo (TdTestEditFixture *fixture,
                       gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdTask) task = td_test_edit_get_task (fixture->store, fixture->tasks[4]);
  g_autoptr(TdHistory) history = NULL;
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
  all_before = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");

  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  history = td_history_new (fixture->store);
  g_assert_true (td_store_delete_task (fixture->store, t[4], &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (log->str), >, 0);

  /* Gone, with its links; the others are renumbered. */
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, 8);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM task WHERE id = %"
                                          G_GINT64_FORMAT, t[4]), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task_unit WHERE task_id = %"
                                          G_GINT64_FORMAT, t[4]), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 10);

  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);

  g_clear_object (&history);
  td_test_edit_reopen (fixture);
  assert_task_list (fixture->store, fixture->plan_id, fixture->tasks, td_test_edit_sample_quarters,
                    N_SAMPLE_TASKS);
  after = task_row (fixture->db_path, t[4]);
  g_assert_cmpstr (after, ==, row);
  g_clear_pointer (&after, g_free);
  after = task_units_rows (fixture->db_path, t[4]);
  g_assert_cmpstr (after, ==, links);
  g_clear_pointer (&after, g_free);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_assert_cmpstr (after, ==, all_before);
  units = td_store_dup_task_unit_names (fixture->store, t[4], NULL);
  g_assert_cmpuint (g_strv_length (units), ==, 2);
  g_assert_cmpstr (units[0], ==, "Ban chỉ đạo XD NTM");
  g_assert_cmpstr (units[1], ==, "Ban phát triển thôn");
}

/* Two deletes in one quarter, then undo the last: it goes back between the tasks it was
 * between, and the numbers are those printed before. */
static void
test_task_delete_two_undo (TdTestEditFixture *fixture,
                           gconstpointer      data)
{
  static const int quarters[] = { 1, 1, 1, 2, 2, 3, 4, 4 };
  g_autoptr(TdHistory) history = td_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = td_test_edit_file_rows (fixture->db_path,
                                                    "SELECT * FROM task ORDER BY id");
  g_autofree char *after = NULL;
  gint64 *t = fixture->tasks;
  gint64 ids[8] = { t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8] };

  g_assert_true (td_store_delete_task (fixture->store, t[0], &error));
  g_assert_no_error (error);
  g_assert_true (td_store_delete_task (fixture->store, t[2], &error));
  g_assert_no_error (error);

  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  assert_task_list (fixture->store, fixture->plan_id, ids, quarters, 8);

  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  assert_task_list (fixture->store, fixture->plan_id, fixture->tasks, td_test_edit_sample_quarters,
                    N_SAMPLE_TASKS);
  g_clear_object (&history);
  g_clear_object (&fixture->store);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM task ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_task_undo_plan_gone (TdTestEditFixture *fixture,
                          gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdHistory) history = td_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;

  td_store_check_external (fixture->store, NULL);
  g_assert_true (td_store_delete_task (fixture->store, fixture->tasks[7], &error));
  g_assert_no_error (error);
  g_assert_true (td_store_delete_section (fixture->store,
                                          td_test_edit_find_section (fixture->store,
                                                                     fixture->plan_id, S_I),
                                          &error));
  g_assert_no_error (error);

  /* The whole plan is deleted meanwhile, by another program. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "PRAGMA foreign_keys = ON");
  sql = g_strdup_printf ("DELETE FROM plan WHERE id = %" G_GINT64_FORMAT, fixture->plan_id);
  td_test_raw_exec (db, sql);
  sqlite3_close (db);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 0);

  g_signal_connect (fixture->store, "changed::task", G_CALLBACK (td_test_edit_log_changed_cb),
                    log);
  g_signal_connect (fixture->store, "changed::section", G_CALLBACK (td_test_edit_log_changed_cb),
                    log);
  g_assert_false (td_history_undo (history, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == TD_STORE_ERROR);
  g_clear_error (&error);
  /* Nothing is left to undo over data it would not fit. */
  g_assert_false (td_history_get_can_undo (history));
  g_assert_false (td_history_undo (history, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == TD_STORE_ERROR);
  g_assert_cmpstr (log->str, ==, "");

  g_clear_object (&history);
  g_clear_object (&fixture->store);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task_unit"), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM section"), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
}

/* The unit pane's list: every unit with its count of the year's tasks, those with tasks
 * first; a unit with none, and a year with no plan, count 0. The counts are the file's. */
static void
test_count_unit_tasks (TdTestEditFixture *fixture,
                       gconstpointer      data)
{
  g_autoptr(GArray) units = NULL;
  g_autoptr(GArray) next_year = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = td_store_dup_task_unit_names (fixture->store, fixture->tasks[0], NULL);
  g_autoptr(GStrvBuilder) more = g_strv_builder_new ();
  g_auto(GStrv) with_new = NULL;
  gboolean none_yet = FALSE;

  /* A unit that once carried a task out and no longer does. */
  g_strv_builder_addv (more, (const char **) names);
  g_strv_builder_add (more, "Ấp Không Việc");
  with_new = g_strv_builder_end (more);
  g_assert_true (td_store_set_task_units (fixture->store, fixture->tasks[0],
                                          (const char * const *) with_new, &error));
  g_assert_true (td_store_set_task_units (fixture->store, fixture->tasks[0],
                                          (const char * const *) names, &error));
  g_assert_no_error (error);
  units = td_store_count_unit_tasks (fixture->store, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==,
                    td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM unit"));
  for (guint i = 0; i < units->len; i++)
    {
      const TdUnitTasks *entry = &g_array_index (units, TdUnitTasks, i);
      g_autofree char *name = g_strdup (td_unit_get_name (entry->unit));
      gint64 in_file = td_test_edit_file_int (fixture->db_path,
                                              "SELECT count(*) FROM task_unit "
                                              "JOIN task ON task.id = task_unit.task_id "
                                              "WHERE task_unit.unit_id = %" G_GINT64_FORMAT,
                                              td_unit_get_id (entry->unit));

      g_assert_cmpuint (entry->n_tasks, ==, in_file);
      /* Those with tasks, then the others: none with tasks after one without. */
      if (entry->n_tasks == 0)
        none_yet = TRUE;
      else
        g_assert_false (none_yet);
      if (g_str_equal (name, "VP nội vụ"))
        g_assert_cmpuint (entry->n_tasks, ==, 4);
      if (g_str_equal (name, "Ấp Không Việc"))
        g_assert_cmpuint (entry->n_tasks, ==, 0);
    }
  g_assert_true (none_yet);
  g_assert_cmpuint (g_array_index (units, TdUnitTasks, 0).n_tasks, >, 0);

  /* Another year, with no plan: the same units, none with a task. */
  next_year = td_store_count_unit_tasks (fixture->store, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (next_year->len, ==, units->len);
  for (guint i = 0; i < next_year->len; i++)
    g_assert_cmpuint (g_array_index (next_year, TdUnitTasks, i).n_tasks, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, set_up, func) \
  g_test_add (path, TdTestEditFixture, NULL, set_up, func, td_test_edit_tear_down)

  ADD ("/edit/task/add", td_test_edit_set_up_sample, test_task_add);
  ADD ("/edit/task/add-units", td_test_edit_set_up_sample, test_task_add_units);
  ADD ("/edit/task/update", td_test_edit_set_up_sample, test_task_update);
  ADD ("/edit/task/invalid", td_test_edit_set_up_sample, test_task_invalid);
  ADD ("/edit/task/invalid-unicode-space", td_test_edit_set_up_sample,
       test_task_invalid_unicode_space);
  ADD ("/edit/task/long-content", td_test_edit_set_up_sample, test_task_long_content);
  ADD ("/edit/task/reorder", td_test_edit_set_up_sample, test_task_reorder);
  ADD ("/edit/task/move-quarter", td_test_edit_set_up_sample, test_task_move_quarter);
  ADD ("/edit/task/set-units", td_test_edit_set_up_sample, test_task_set_units);
  ADD ("/edit/task/count-unit-tasks", td_test_edit_set_up_sample, test_count_unit_tasks);
  ADD ("/edit/task/delete-undo", td_test_edit_set_up_sample, test_task_delete_undo);
  ADD ("/edit/task/delete-two-undo", td_test_edit_set_up_sample, test_task_delete_two_undo);
  ADD ("/edit/task/undo-plan-gone", td_test_edit_set_up_sample, test_task_undo_plan_gone);

#undef ADD

  return g_test_run ();
}
