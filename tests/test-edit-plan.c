/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing a plan through the store: its heading and signature, a copy for the next year,
 * and a database of a newer version, where no edit is let through.
 */
#define G_LOG_DOMAIN "test-edit-plan"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "td-history.h"
#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-test-db.h"
#include "td-test-edit.h"

static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* Plan ----------------------------------------------------------------------------------- */

static void
test_plan_update (TdTestEditFixture *fixture,
                  gconstpointer      data)
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
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);

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

  td_test_edit_reopen (fixture);
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

  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT number || '|' || issue_date || '|' || issue_month || "
                                    "'|' || signer_capacity || '|' || kind FROM plan "
                                    "WHERE year = 2023");
  g_assert_cmpstr (in_file, ==, "685A||3|KT. CHỦ TỊCH|KẾ HOẠCH TRIỂN KHAI");
  g_clear_pointer (&in_file, g_free);

  /* Signed: a full date, and the number still blank for the registry to write in. */
  g_string_truncate (log, 0);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  td_plan_set_number (saved, "");
  td_plan_set_issue_date (saved, "2023-03-15");
  g_assert_true (td_store_update_plan (fixture->store, saved, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, expected_log);

  td_test_edit_reopen (fixture);
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

  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT number || '|' || issue_date FROM plan "
                                    "WHERE year = 2023");
  g_assert_cmpstr (in_file, ==, "|2023-03-15");

  /* The sample's plan was not touched. */
  g_clear_pointer (&in_file, g_free);
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT number || '|' || issue_date || '|' || signer_capacity "
                                    "FROM plan WHERE year = 2022");
  g_assert_cmpstr (in_file, ==, "49|2022-02-22|TM. ỦY BAN NHÂN DÂN");
}

static void
test_plan_reject (TdTestEditFixture *fixture,
                  gconstpointer      data)
{
  static const char * const blank_titles[] = { "", "   ", " \n\t " };
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TdPlan) plan = NULL;

  before = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM plan");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);

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
  td_test_edit_reopen (fixture);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM plan");
  g_assert_cmpstr (after, ==, before);
  plan = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_title (plan), ==, "Công tác thi đua, khen thưởng năm 2022");
  g_assert_cmpstr (td_plan_get_issue_date (plan), ==, "2022-02-22");
}

/* Copy ----------------------------------------------------------------------------------- */

static void
test_copy_sample (TdTestEditFixture *fixture,
                  gconstpointer      data)
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
  heading = td_test_edit_get_section (fixture->store, fixture->plan_id,
                                      td_test_edit_find_section (fixture->store, fixture->plan_id,
                                                                 S_II));
  td_section_set_heading (heading, "II. NỘI DUNG NĂM 2022:");
  g_assert_true (td_store_update_section (fixture->store, heading, &error));
  g_assert_no_error (error);
  done = td_test_edit_get_task (fixture->store, fixture->tasks[0]);
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

  td_test_edit_reopen (fixture);
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
  title = td_test_edit_section_outline (fixture->store, copy_id);
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
      int quarter = td_test_edit_sample_quarters[i];

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
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM plan"), ==, 2);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM section"), ==, 12);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 18);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==, 10);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task_unit"), ==, 30);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM section WHERE kind = 'tasks' "
                                          "AND plan_id = %" G_GINT64_FORMAT, copy_id), ==, 1);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task "
                                          "WHERE plan_id = %" G_GINT64_FORMAT " "
                                          "AND (status != 'planned' OR progress != 0 "
                                          "OR result_note != '' "
                                          "OR start_date NOT LIKE '2023-%%' "
                                          "OR end_date NOT LIKE '2023-%%')",
                                          copy_id), ==, 0);
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT number || '|' || issue_date FROM plan "
                                    "WHERE year = 2023");
  g_assert_cmpstr (in_file, ==, "|");

  /* The 2022 plan is as it was. */
  g_assert_cmpstr (td_plan_get_title (source), ==, "Công tác thi đua, khen thưởng năm 2022");
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM section WHERE heading = "
                                          "'II. NỘI DUNG NĂM 2022:'"), ==, 1);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task "
                                          "WHERE plan_id = %" G_GINT64_FORMAT " "
                                          "AND status = 'done' AND progress = 100",
                                          fixture->plan_id), ==, 1);
}

static void
test_copy_exists (TdTestEditFixture *fixture,
                  gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdPlan) own = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  own = td_store_start_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  before = td_test_edit_file_rows (fixture->db_path,
                                   "SELECT (SELECT count(*) FROM plan), (SELECT count(*) "
                                   "FROM section), (SELECT count(*) FROM task), "
                                   "(SELECT count(*) FROM task_unit), (SELECT count(*) FROM unit)");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);

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
  after = td_test_edit_file_rows (fixture->db_path,
                                  "SELECT (SELECT count(*) FROM plan), (SELECT count(*) "
                                  "FROM section), (SELECT count(*) FROM task), "
                                  "(SELECT count(*) FROM task_unit), (SELECT count(*) FROM unit)");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task "
                                          "WHERE plan_id = %" G_GINT64_FORMAT,
                                          td_plan_get_id (own)), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM plan WHERE year = 2024"),
                   ==, 0);
}

static void
test_copy_leap_day (TdTestEditFixture *fixture,
                    gconstpointer      data)
{
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(TdTask) leap = td_test_edit_new_task (1, "Tổng kết tháng Hai", "2024-02-29",
                                                  "2024-02-29");
  g_autoptr(TdTask) span = td_test_edit_new_task (1, "Kiểm tra", "2024-02-01", "2024-02-29");
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

  td_test_edit_reopen (fixture);
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
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM task "
                                          "WHERE start_date = '2025-02-28' "
                                          "AND end_date = '2025-02-28'"), ==, 1);
}

/* Read-only ------------------------------------------------------------------------------ */

static void
assert_read_only (GError **error)
{
  g_assert_error (*error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_error (error);
}

static void
test_read_only_newer (TdTestEditFixture *fixture,
                      gconstpointer      data)
{
  static const char * const names[] = { "Đoàn thanh niên", NULL };
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *set_newer = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdHistory) history = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autoptr(TdSection) section = NULL;
  g_autoptr(TdTask) task = NULL;
  g_autoptr(TdTask) added = td_test_edit_new_task (3, "Nhiệm vụ mới", "", "");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id_i = td_test_edit_find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_iii = td_test_edit_find_section (fixture->store, fixture->plan_id, S_III);
  gint64 *t = fixture->tasks;
  sqlite3 *db;

  g_clear_object (&fixture->store);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  set_newer = g_strdup_printf ("PRAGMA user_version = %d", td_store_latest_version () + 1);
  td_test_raw_exec (db, set_newer);
  sqlite3_close (db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = td_test_read_file (fixture->db_path);

  fixture->store = td_test_edit_open_store (fixture->db_path);
  g_assert_cmpint (td_store_get_access (fixture->store), ==, TD_STORE_READ_ONLY_NEWER);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  history = td_history_new (fixture->store);

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

  section = td_test_edit_get_section (fixture->store, fixture->plan_id, id_i);
  td_section_set_heading (section, "I. Khác");
  g_assert_false (td_store_update_section (fixture->store, section, &error));
  assert_read_only (&error);

  g_assert_false (td_store_set_task_section (fixture->store, id_iii, &error));
  assert_read_only (&error);

  g_assert_false (td_store_move_section (fixture->store, id_iii, 0, 0, &error));
  assert_read_only (&error);

  g_assert_false (td_store_delete_section (fixture->store, id_i, &error));
  assert_read_only (&error);

  g_assert_false (td_store_add_task (fixture->store, fixture->plan_id, added, names, &error));
  assert_read_only (&error);

  task = td_test_edit_get_task (fixture->store, t[0]);
  td_task_set_status (task, TD_TASK_DONE);
  g_assert_false (td_store_update_task (fixture->store, task, &error));
  assert_read_only (&error);

  g_assert_false (td_store_set_task_units (fixture->store, t[0], names, &error));
  assert_read_only (&error);

  g_assert_false (td_store_move_task (fixture->store, t[0], 3, -1, &error));
  assert_read_only (&error);

  g_assert_false (td_store_delete_task (fixture->store, t[1], &error));
  assert_read_only (&error);

  /* Nothing was done, so there is nothing to undo. */
  g_assert_false (td_history_get_can_undo (history));
  g_clear_object (&history);

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
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, 9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, set_up, func) \
  g_test_add (path, TdTestEditFixture, NULL, set_up, func, td_test_edit_tear_down)

  ADD ("/edit/plan/update", td_test_edit_set_up_sample, test_plan_update);
  ADD ("/edit/plan/reject", td_test_edit_set_up_sample, test_plan_reject);
  ADD ("/edit/copy/sample", td_test_edit_set_up_sample, test_copy_sample);
  ADD ("/edit/copy/exists", td_test_edit_set_up_sample, test_copy_exists);
  ADD ("/edit/copy/leap-day", td_test_edit_set_up, test_copy_leap_day);
  ADD ("/edit/read-only/newer", td_test_edit_set_up_sample, test_read_only_newer);

#undef ADD

  return g_test_run ();
}
