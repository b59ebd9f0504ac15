/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A new plan in the usual shape (data/plan-template.ini): the heading and signer of the
 * office's identity, the legal bases in force in its year, the parts I. to IV. with the task
 * table, the tasks of every year, the year put in everywhere; and the office's identity
 * given to a plan already made, as one step of Undo. What is asserted is what the plan, and
 * the file, hold.
 */
#define G_LOG_DOMAIN "test-plan-template"

#include "config.h"

#include <string.h>

#include "td-history.h"
#include "td-plan-template.h"
#include "td-sample.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-store.h"

#define LAW_2003 "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và các Luật sửa " \
                 "đổi, bổ sung một số điều của Luật Thi đua, khen thưởng;"
#define DECREE_91 "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ " \
                  "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"
#define LAW_2022 "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
#define DECREE_98 "Căn cứ Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành " \
                  "một số điều của Luật Thi đua, khen thưởng;"
#define DECREE_152 "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi " \
                   "hành một số điều của Luật Thi đua, khen thưởng;"
#define LOCAL "Căn cứ tình hình thực tế tại địa phương."

#define TUNG_LOC "ỦY BAN NHÂN DÂN XÃ TÙNG LỘC"

typedef struct {
  TdTestStoreFixture  files;
  TdStore            *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  td_test_store_set_up (&fixture->files, data);
  fixture->store = td_test_store_open (fixture->files.db_path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  td_test_store_tear_down (&fixture->files, data);
}

static TdOffice *
new_office (const char *issuing_body,
            const char *place,
            const char *signer_name)
{
  TdOffice *office = td_office_new ();

  td_office_set_issuing_body (office, issuing_body);
  td_office_set_place (office, place);
  td_office_set_code (office, "UBND");
  td_office_set_signer_name (office, signer_name);
  return office;
}

/* The plan of @year in the usual shape for @office, with its sections and tasks. */
static TdPlan *
build (TdOffice         *office,
       int               year,
       GPtrArray       **sections,
       TdPlanFileTasks **tasks)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlanTemplate) template = td_plan_template_new_default (&error);
  TdPlan *plan;

  g_assert_no_error (error);
  *sections = g_ptr_array_new_with_free_func (g_object_unref);
  plan = td_plan_template_build (template, office, year, *sections, tasks);
  g_assert_nonnull (plan);
  return plan;
}

/* "0:I. …;1:1. …" with "*" after the section the task table is printed under. */
static char *
outline (GPtrArray *sections)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sections->len; i++)
    {
      TdSection *section = g_ptr_array_index (sections, i);
      gint64 parent = td_section_get_parent_id (section);

      /* A parent comes first; parent-id is its index + 1. */
      g_assert_cmpint (parent, <=, i);
      g_string_append_printf (out, "%d:%s%s;", parent == 0 ? 0 : 1,
                              td_section_get_heading (section),
                              g_str_equal (td_section_get_kind (section), "tasks") ? "*" : "");
    }
  return g_string_free (out, FALSE);
}

/* Text a template may never leave in a plan: a word not put in, or English meant to be
 * typed over. */
static void
assert_no_placeholder (const char *text)
{
  static const char * const english[] = { "type", "enter", "click", "here", "todo", "xxx",
                                          "lorem", "name", "placeholder", "year" };
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_regex_split_simple ("[^[:alnum:]]+", folded, 0, 0);

  g_assert_null (strchr (text, '{'));
  g_assert_null (strchr (text, '}'));
  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (english); j++)
      if (g_str_equal (words[i], english[j]))
        g_error ("“%s” in “%s”", words[i], text);
}

static void
test_shape (void)
{
  g_autoptr(TdOffice) office = new_office ("ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", "Tùng Ảnh",
                                           "Phan Tiến Dũng");
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(TdPlanFileTasks) tasks = NULL;
  g_autoptr(TdPlan) plan = build (office, 2026, &sections, &tasks);
  g_autofree char *parts = outline (sections);
  static const int quarters[] = { 1, 1, 1, 2, 4, 4 };
  static const char * const fields[] = {
    "parent-body", "issuing-body", "place", "number", "symbol", "kind", "title", "preamble",
    "closing", "signer-capacity", "signer-position", "signer-name", "recipients",
  };

  /* The heading and the signer are the office's; number and date are left to be given. */
  g_assert_cmpint (td_plan_get_year (plan), ==, 2026);
  g_assert_cmpstr (td_plan_get_parent_body (plan), ==, "");
  g_assert_cmpstr (td_plan_get_issuing_body (plan), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (td_plan_get_place (plan), ==, "Tùng Ảnh");
  g_assert_cmpstr (td_plan_get_symbol (plan), ==, "KH-UBND");
  g_assert_cmpstr (td_plan_get_number (plan), ==, "");
  g_assert_cmpstr (td_plan_get_issue_date (plan), ==, "");
  g_assert_cmpstr (td_plan_get_kind (plan), ==, "KẾ HOẠCH");
  g_assert_cmpstr (td_plan_get_title (plan), ==, "Công tác thi đua, khen thưởng năm 2026");
  g_assert_cmpstr (td_plan_get_signer_capacity (plan), ==, "TM. ỦY BAN NHÂN DÂN");
  g_assert_cmpstr (td_plan_get_signer_position (plan), ==, "CHỦ TỊCH");
  g_assert_cmpstr (td_plan_get_signer_name (plan), ==, "Phan Tiến Dũng");

  /* The current law and its decree, the guidance to complete, the local situation; then
   * the sentence that opens the plan, naming the office as a sentence does. */
  g_assert_cmpstr (td_plan_get_preamble (plan), ==,
                   LAW_2022 "\n" DECREE_152 "\n"
                   "Căn cứ Kế hoạch số …/KH-… ngày … tháng … năm 2026 của … về công tác thi "
                   "đua, khen thưởng năm 2026;\n" LOCAL);
  g_assert_cmpstr (td_plan_get_closing (plan), ==,
                   "Ủy ban nhân dân xã Tùng Ảnh xây dựng kế hoạch công tác thi đua, khen "
                   "thưởng năm 2026 như sau:");
  g_assert_true (g_str_has_prefix (td_plan_get_recipients (plan), "- "));
  g_assert_true (g_str_has_suffix (td_plan_get_recipients (plan), "\n- Lưu: VT."));

  g_assert_cmpstr (parts, ==,
                   "0:I. MỤC ĐÍCH, YÊU CẦU;1:1. Mục đích;1:2. Yêu cầu;0:II. NỘI DUNG*;"
                   "0:III. CÁC GIẢI PHÁP CHỦ YẾU;0:IV. TỔ CHỨC THỰC HIỆN;");
  /* The wording each part usually has, with the year and the office put in; the parts
   * that only hold others, and the table's, have none. */
  g_assert_cmpstr (td_section_get_body (g_ptr_array_index (sections, 0)), ==, "");
  g_assert_nonnull (strstr (td_section_get_body (g_ptr_array_index (sections, 1)),
                            "quốc phòng, an ninh năm 2026.\n"));
  g_assert_true (g_str_has_prefix (td_section_get_body (g_ptr_array_index (sections, 2)),
                                   "Các phong trào thi đua"));
  g_assert_cmpstr (td_section_get_body (g_ptr_array_index (sections, 3)), ==, "");
  g_assert_true (g_str_has_prefix (td_section_get_body (g_ptr_array_index (sections, 4)),
                                   "Đẩy mạnh công tác tuyên truyền"));
  g_assert_true (g_str_has_suffix (td_section_get_body (g_ptr_array_index (sections, 5)),
                                   "báo cáo kết quả về Ủy ban nhân dân xã Tùng Ảnh."));

  g_assert_cmpuint (tasks->tasks->len, ==, G_N_ELEMENTS (quarters));
  g_assert_cmpuint (tasks->inputs->len, ==, G_N_ELEMENTS (quarters));
  for (guint i = 0; i < tasks->tasks->len; i++)
    {
      TdTask *task = g_ptr_array_index (tasks->tasks, i);

      g_assert_cmpint (td_task_get_quarter (task), ==, quarters[i]);
      g_assert_nonnull (strstr (td_task_get_content (task), "năm 2026"));
      g_assert_cmpstr (td_task_get_responsible (task), ==, "");
      assert_no_placeholder (td_task_get_content (task));
    }
  g_assert_true (g_str_has_suffix (td_task_get_content (g_ptr_array_index (tasks->tasks, 5)),
                                   "phương hướng nhiệm vụ năm 2027"));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (plan, fields[i], &value, NULL);
      assert_no_placeholder (value);
    }
  for (guint i = 0; i < sections->len; i++)
    {
      assert_no_placeholder (td_section_get_heading (g_ptr_array_index (sections, i)));
      assert_no_placeholder (td_section_get_body (g_ptr_array_index (sections, i)));
    }
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The bases in force on 1 January of the plan's year: the old law and Decree 91/2017 until
 * 2023, then the 2022 law with Decree 98/2023, and Decree 152/2025 from its mid-2025 start. */
static void
test_legal_bases (void)
{
  static const struct {
    int         year;
    const char *bases;
  } cases[] = {
    { 2019, LAW_2003 "\n" DECREE_91 "\n" },
    { 2023, LAW_2003 "\n" DECREE_91 "\n" },
    { 2024, LAW_2022 "\n" DECREE_98 "\n" },
    { 2025, LAW_2022 "\n" DECREE_98 "\n" },
    { 2026, LAW_2022 "\n" DECREE_152 "\n" },
    { 2031, LAW_2022 "\n" DECREE_152 "\n" },
  };
  g_autoptr(TdOffice) office = new_office ("ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", "Tùng Ảnh", "");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) sections = NULL;
      g_autoptr(TdPlanFileTasks) tasks = NULL;
      g_autoptr(TdPlan) plan = build (office, cases[i].year, &sections, &tasks);
      const char *preamble = td_plan_get_preamble (plan);
      g_autofree char *guidance = g_strdup_printf ("năm %d của … về", cases[i].year);

      g_test_message ("%d", cases[i].year);
      g_assert_true (g_str_has_prefix (preamble, cases[i].bases));
      g_assert_nonnull (strstr (preamble + strlen (cases[i].bases), guidance));
      g_assert_true (g_str_has_suffix (preamble, "\n" LOCAL));
      /* One law only: the other's is not there at all. */
      g_assert_cmpuint (count (preamble, "Căn cứ Luật"), ==, 1);
      g_assert_cmpuint (count (preamble, "Căn cứ Nghị định"), ==, 1);
      /* An office with no signer leaves the name to be typed. */
      g_assert_cmpstr (td_plan_get_signer_name (plan), ==, "");
    }
}

/* The office named as a sentence names it, the place keeping its capitals; an office with
 * no name yet leaves the sentence's "…" for the secretary, and the heading blank. */
static void
test_body_phrase (void)
{
  g_autoptr(TdOffice) ward = new_office ("ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG", "Hà Đông", "");
  g_autoptr(TdOffice) blank = td_office_new ();
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(TdPlanFileTasks) tasks = NULL;
  g_autoptr(TdPlan) plan = NULL;

  td_office_set_parent_body (ward, "UBND QUẬN HÀ ĐÔNG");
  plan = build (ward, 2026, &sections, &tasks);
  g_assert_cmpstr (td_plan_get_parent_body (plan), ==, "UBND QUẬN HÀ ĐÔNG");
  g_assert_true (g_str_has_prefix (td_plan_get_closing (plan),
                                   "Ủy ban nhân dân phường Hà Đông xây dựng kế hoạch"));

  g_clear_object (&plan);
  g_clear_pointer (&sections, g_ptr_array_unref);
  g_clear_pointer (&tasks, td_plan_file_tasks_free);
  td_office_set_code (blank, "UBND");
  plan = build (blank, 2026, &sections, &tasks);
  g_assert_cmpstr (td_plan_get_issuing_body (plan), ==, "");
  g_assert_cmpstr (td_plan_get_place (plan), ==, "");
  g_assert_true (g_str_has_prefix (td_plan_get_closing (plan),
                                   "Ủy ban nhân dân xã … xây dựng kế hoạch"));
  g_assert_cmpuint (sections->len, ==, 6);
  g_assert_true (g_str_has_suffix (td_section_get_body (g_ptr_array_index (sections, 5)),
                                   "báo cáo kết quả về Ủy ban nhân dân xã …."));
}

/* Started in the store: one change, in one transaction; the file holds the parts, the task
 * table's place and the tasks, dated by their quarters; no unit is made up. */
static void
test_start (Fixture       *fixture,
            gconstpointer  data)
{
  const char *path = fixture->files.db_path;
  g_autoptr(TdOffice) office = new_office ("ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", "Tùng Ảnh",
                                           "Phan Tiến Dũng");
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *table = NULL;
  guint changes = 0;

  g_assert_true (td_store_save_office (fixture->store, office, &error));
  g_assert_no_error (error);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_store_count_changed_cb),
                    &changes);

  plan = td_plan_template_start (fixture->store, 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpint (td_plan_get_id (plan), >, 0);
  g_assert_cmpuint (changes, ==, 1);

  heading = td_test_file_query (path, "SELECT issuing_body || '|' || place || '|' || symbol "
                                      "|| '|' || number || '|' || signer_name FROM plan "
                                      "WHERE year = 2026");
  g_assert_cmpstr (heading, ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH|Tùng Ảnh|KH-UBND||Phan Tiến Dũng");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM section"), ==, 6);
  table = td_test_file_query (path, "SELECT heading FROM section WHERE kind = 'tasks'");
  g_assert_cmpstr (table, ==, "II. NỘI DUNG");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM task"), ==, 6);
  dates = td_test_file_query (path, "SELECT group_concat (quarter || ':' || start_date || '/' "
                                    "|| end_date, ' ') FROM (SELECT * FROM task "
                                    "ORDER BY quarter, position)");
  g_assert_cmpstr (dates, ==,
                   "1:2026-01-01/2026-03-31 1:2026-01-01/2026-03-31 1:2026-01-01/2026-03-31 "
                   "2:2026-04-01/2026-06-30 4:2026-10-01/2026-12-31 4:2026-10-01/2026-12-31");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit"), ==, 0);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM task_unit"), ==, 0);

  /* A year has one plan: a second start is refused and changes nothing. */
  again = td_plan_template_start (fixture->store, 2026, &error);
  g_assert_null (again);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM section"), ==, 6);
}

static char *
plan_row (const char *path,
          int         year)
{
  return td_test_file_query (path, "SELECT parent_body || '|' || issuing_body || '|' || place "
                                   "|| '|' || number || '|' || symbol || '|' || issue_date "
                                   "|| '|' || title || '|' || signer_name FROM plan "
                                   "WHERE year = %d", year);
}

static void
save_tung_loc (TdStore *store)
{
  g_autoptr(TdOffice) office = new_office (TUNG_LOC, "Tùng Lộc", "Nguyễn Văn An");
  g_autoptr(GError) error = NULL;

  td_office_set_code (office, "UBNDX");
  g_assert_true (td_store_save_office (store, office, &error));
  g_assert_no_error (error);
}

/* The office's new identity given to the 2022 plan: its heading and signer, nothing else,
 * as one step that Undo takes back whole, leaving the office as it was typed. */
static void
test_apply_office (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *path = fixture->files.db_path;
  g_autoptr(TdHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autofree char *before = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *office_body = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (td_sample_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  history = td_history_new (fixture->store);
  td_history_set_merge_interval (history, 0);
  before = plan_row (path, 2022);
  g_assert_cmpstr (before, ==, "|ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH|Tùng Ảnh|49|KH-UBND|2022-02-22|"
                               "Công tác thi đua, khen thưởng năm 2022|Phan Tiến Dũng");
  office = td_store_get_office (fixture->store, &error);
  plan = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  g_assert_false (td_office_differs_from_plan (office, plan));

  save_tung_loc (fixture->store);
  g_clear_object (&office);
  office = td_store_get_office (fixture->store, &error);
  g_assert_true (td_office_differs_from_plan (office, plan));
  /* Saving the identity leaves the plan as it was issued. */
  kept = plan_row (path, 2022);
  g_assert_cmpstr (kept, ==, before);

  g_assert_true (td_store_apply_office_to_plan (fixture->store, 2022, &error));
  g_assert_no_error (error);
  applied = plan_row (path, 2022);
  g_assert_cmpstr (applied, ==, "|" TUNG_LOC "|Tùng Lộc|49|KH-UBNDX|2022-02-22|"
                                "Công tác thi đua, khen thưởng năm 2022|Nguyễn Văn An");
  g_clear_object (&plan);
  plan = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_false (td_office_differs_from_plan (office, plan));

  g_assert_cmpuint (td_history_get_n_undo (history), ==, 2);
  g_assert_cmpstr (td_history_get_undo_label (history), ==, "Apply Office Identity");
  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  undone = plan_row (path, 2022);
  g_assert_cmpstr (undone, ==, before);
  office_body = td_test_file_query (path, "SELECT issuing_body || '|' || signer_name "
                                          "FROM office");
  g_assert_cmpstr (office_body, ==, TUNG_LOC "|Nguyễn Văn An");

  g_assert_true (td_history_redo (history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&applied, g_free);
  applied = plan_row (path, 2022);
  g_assert_cmpstr (applied, ==, "|" TUNG_LOC "|Tùng Lộc|49|KH-UBNDX|2022-02-22|"
                                "Công tác thi đua, khen thưởng năm 2022|Nguyễn Văn An");

  /* No plan that year: said so, nothing written. */
  g_assert_false (td_store_apply_office_to_plan (fixture->store, 2030, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (td_history_get_n_undo (history), ==, 2);
}

/* An office with no name yet has none to give: the plan keeps its own. */
static void
test_apply_blank_office (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *path = fixture->files.db_path;
  g_autoptr(TdOffice) office = td_office_new ();
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (td_sample_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  td_office_set_code (office, "UBND");
  g_assert_true (td_store_save_office (fixture->store, office, &error));
  g_assert_no_error (error);
  before = plan_row (path, 2022);

  g_assert_false (td_store_apply_office_to_plan (fixture->store, 2022, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  after = plan_row (path, 2022);
  g_assert_cmpstr (after, ==, before);
}

/* A copy is a new plan: it takes the office's heading and signer of now, not the old
 * plan's, and the old plan stays as it was issued. */
static void
test_copy_takes_office (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *path = fixture->files.db_path;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) copy = NULL;
  g_autofree char *before = NULL;
  g_autofree char *source = NULL;
  g_autofree char *copied = NULL;

  g_assert_true (td_sample_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  before = plan_row (path, 2022);
  save_tung_loc (fixture->store);

  copy = td_store_copy_plan (fixture->store, 2022, 2023, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  copied = plan_row (path, 2023);
  g_assert_cmpstr (copied, ==, "|" TUNG_LOC "|Tùng Lộc||KH-UBNDX||"
                               "Công tác thi đua, khen thưởng năm 2023|Nguyễn Văn An");
  source = plan_row (path, 2022);
  g_assert_cmpstr (source, ==, before);
}

/* The signer is part of the identity: saved on its own and read back from the file. */
static void
test_office_signer (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const signer_only[] = { "signer-name", NULL };
  g_autoptr(TdOffice) office = td_office_new ();
  g_autoptr(TdOffice) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;

  td_office_set_signer_name (office, "Nguyễn Văn An");
  td_office_set_issuing_body (office, "không lưu");
  g_assert_true (td_store_update_office_fields (fixture->store, office, signer_only, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  row = td_test_file_query (fixture->files.db_path,
                            "SELECT issuing_body || '|' || code || '|' || signer_name FROM office");
  g_assert_cmpstr (row, ==, "|UBND|Nguyễn Văn An");
  fixture->store = td_test_store_open (fixture->files.db_path);
  read = td_store_get_office (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_office_get_signer_name (read), ==, "Nguyễn Văn An");
}

/* Reading a template ------------------------------------------------------------------ */

#define PLAN "[plan]\nkind=KẾ HOẠCH\ntitle=Công tác thi đua, khen thưởng năm {year}\n"
#define REFUSED "The usual shape of a plan could not be read ("
#define INSTEAD "). Choose “Only the heading” in New Plan… instead."

static TdPlanTemplate *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  return td_plan_template_new_from_bytes (bytes, error);
}

/* A template a plan cannot be made from is refused whole, saying where it is wrong and
 * what to do instead; nothing of it is half used. */
static void
test_read_bad (void)
{
  static const struct {
    const char *text;
    const char *detail;  /* NULL: GKeyFile's own words */
  } cases[] = {
    { "[plan\nkind=KẾ HOẠCH\n", NULL },
    { "kind=KẾ HOẠCH\n", NULL },
    { "", "it has no [plan] group" },
    { "[section a]\nheading=I. MỤC ĐÍCH\n", "it has no [plan] group" },
    { "[plan]\nkind=KẾ HOẠCH\n", "[plan] the plan needs a kind and a title" },
    { "[plan]\nkind=KẾ HOẠCH\ntitle=  \n", "[plan] the plan needs a kind and a title" },
    { PLAN "recipient=- Lưu: VT.\n", "[plan] “recipient” is not a key this group may have" },
    { PLAN "[office]\ncode=UBND\n", "[office] this is not a group a plan’s template has" },
    { PLAN "[section]\nheading=I.\n", "[section] this is not a group a plan’s template has" },
    { PLAN "[tasks a]\nquarter=1\n", "[tasks a] this is not a group a plan’s template has" },
    { PLAN "closing=Ủy ban {nam} xây dựng\n",
      "[plan] closing: “{nam}” is not {year}, {next-year} or {body}" },
    { PLAN "closing=năm {year\n", "[plan] closing: a “{” is not closed" },
    { PLAN "closing=năm {year} và year}\n", "[plan] closing: a “}” is not opened" },
    { PLAN "[task a]\nquarter=5\ncontent=Sơ kết\n", "[task a] the quarter must be 1, 2, 3 or 4" },
    { PLAN "[task a]\nquarter=0\ncontent=Sơ kết\n", "[task a] the quarter must be 1, 2, 3 or 4" },
    { PLAN "[task a]\nquarter=II\ncontent=Sơ kết\n", "[task a] the quarter must be 1, 2, 3 or 4" },
    { PLAN "[task a]\ncontent=Sơ kết\n", "[task a] the quarter must be 1, 2, 3 or 4" },
    { PLAN "[task a]\nquarter=2\ncontent= \n", "[task a] the task has no content" },
    { PLAN "[task a]\nquarter=2\ncontent=Sơ kết\nresponsable=VP\n",
      "[task a] “responsable” is not a key this group may have" },
    { PLAN "[task a]\nquarter=2\ncontent=Sơ kết\nunits=VP nội vụ\n",
      "[task a] unit “VP nội vụ” has no kind in [units]" },
    { PLAN "[task a]\nquarter=2\ncontent=Sơ kết năm {nam}\n",
      "[task a] content: “{nam}” is not {year}, {next-year} or {body}" },
    { PLAN "[section a]\nbody=Đẩy mạnh\n", "[section a] the section has no heading" },
    { PLAN "[section a]\nheading=II. NỘI DUNG\nkind=table\n",
      "[section a] kind “table” is not “text” or “tasks”" },
    { PLAN "[section a]\nheading=II.\nkind=tasks\n[section b]\nheading=III.\nkind=tasks\n",
      "[section b] a plan has one task table only" },
    { PLAN "[section b]\nheading=1. Mục đích\nparent=a\n[section a]\nheading=I.\n",
      "[section b] parent “a” is not a section above this one" },
    { PLAN "[section a]\nheading=I.\n[section b]\nheading=1.\nparent=a\n"
      "[section c]\nheading=a)\nparent=b\n", "[section c] parent “b” is itself inside a section" },
    { PLAN "[basis a]\nfrom=2024-01-01\n", "[basis a] the basis has no line" },
    { PLAN "[basis a]\nfrom=01/01/2024\nline=Căn cứ Luật;\n",
      "[basis a] “from” and “to” must be dates written YYYY-MM-DD" },
    { PLAN "[basis a]\nto=2025-02-29\nline=Căn cứ Luật;\n",
      "[basis a] “from” and “to” must be dates written YYYY-MM-DD" },
    { PLAN "[basis a]\nfrom=2025-07-01\nto=2025-06-30\nline=Căn cứ Luật;\n",
      "[basis a] “to” is before “from”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TdPlanTemplate) template = read_text (cases[i].text, &error);

      g_test_message ("%s", cases[i].text);
      g_assert_null (template);
      g_assert_error (error, TD_PLAN_TEMPLATE_ERROR, TD_PLAN_TEMPLATE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, REFUSED));
      g_assert_true (g_str_has_suffix (error->message, INSTEAD));
      if (cases[i].detail != NULL)
        {
          g_autofree char *expected = g_strconcat (REFUSED, cases[i].detail, INSTEAD, NULL);

          g_assert_cmpstr (error->message, ==, expected);
        }
      else
        g_assert_cmpuint (strlen (error->message), >, strlen (REFUSED INSTEAD));
    }
}

/* No template where the installation should have one: said so, and what to do. */
static void
test_read_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlanTemplate) template =
    td_plan_template_new_from_resource ("/io/github/thidua/ThiDua/no-plan-template.ini", &error);

  g_assert_null (template);
  g_assert_error (error, TD_PLAN_TEMPLATE_ERROR, TD_PLAN_TEMPLATE_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==, "The usual shape of a plan is missing from this "
                                       "installation. Choose “Only the heading” in New Plan… "
                                       "instead.");
}

/* A template other than the shipped one: what it holds is what the plan holds, the words
 * put in, the bases of its dates only, the units it names made with their kinds. */
static void
test_read_own (Fixture       *fixture,
               gconstpointer  data)
{
  static const char text[] =
    "# a comment\n"
    "[plan]\nkind=KẾ HOẠCH\ntitle=Tổ chức Hội nghị tổng kết năm {year}\n"
    "closing={body} xây dựng kế hoạch như sau:\nbody-blank=Ủy ban nhân dân xã …\n"
    "[basis old]\nto=2023-12-31\nline=Căn cứ cũ;\n"
    "[basis new]\nfrom=2024-01-01\nline=Căn cứ mới;\n"
    "[section a]\nheading=I. MỤC ĐÍCH\nbody=Tổng kết năm {year}.\\nHướng năm {next-year}.\n"
    "[task a]\nquarter=4\ncontent=Tổng kết năm {year}\nresponsible=VP nội vụ\n"
    "units=VP nội vụ\n"
    "[units]\nVP nội vụ=agency\n";
  const char *path = fixture->files.db_path;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlanTemplate) template = read_text (text, &error);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autofree char *task = NULL;
  g_autofree char *unit = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (template);
  plan = td_plan_template_add (template, fixture->store, 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  g_assert_cmpstr (td_plan_get_title (plan), ==, "Tổ chức Hội nghị tổng kết năm 2026");
  g_assert_cmpstr (td_plan_get_preamble (plan), ==, "Căn cứ mới;");
  /* The office of a new file has no name yet. */
  g_assert_cmpstr (td_plan_get_closing (plan), ==,
                   "Ủy ban nhân dân xã … xây dựng kế hoạch như sau:");
  g_assert_cmpstr (td_plan_get_recipients (plan), ==, "");
  sections = td_store_list_sections (fixture->store, td_plan_get_id (plan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 1);
  {
    g_autoptr(TdSection) section = g_list_model_get_item (sections, 0);

    g_assert_cmpstr (td_section_get_body (section), ==, "Tổng kết năm 2026.\nHướng năm 2027.");
  }
  task = td_test_file_query (path, "SELECT quarter || '|' || content || '|' || responsible "
                                   "FROM task");
  g_assert_cmpstr (task, ==, "4|Tổng kết năm 2026|VP nội vụ");
  unit = td_test_file_query (path, "SELECT name || '|' || kind FROM unit JOIN task_unit "
                                   "ON unit.id = task_unit.unit_id");
  g_assert_cmpstr (unit, ==, "VP nội vụ|agency");

  /* The same template for the plan of 2023: the bases of that year. */
  g_clear_object (&plan);
  plan = td_plan_template_add (template, fixture->store, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_preamble (plan), ==, "Căn cứ cũ;");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/plan-template/shape", test_shape);
  g_test_add_func ("/plan-template/legal-bases", test_legal_bases);
  g_test_add_func ("/plan-template/body-phrase", test_body_phrase);
  ADD ("/plan-template/start", test_start);
  ADD ("/plan-template/apply-office", test_apply_office);
  ADD ("/plan-template/apply-blank-office", test_apply_blank_office);
  ADD ("/plan-template/copy-takes-office", test_copy_takes_office);
  ADD ("/plan-template/office-signer", test_office_signer);
  g_test_add_func ("/plan-template/read/bad", test_read_bad);
  g_test_add_func ("/plan-template/read/missing", test_read_missing);
  ADD ("/plan-template/read/own", test_read_own);

#undef ADD

  return g_test_run ();
}
