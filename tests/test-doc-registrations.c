/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The registrations of a year printed to PDF and read back with poppler-utils
 * (td-test-pdf.h): the heading of the office, the title, a group row for each title with
 * its count, the rows numbered within each title with their village or unit, date, pledge
 * and targets, the totals and the signer; a long list over pages with its head on each; a
 * year with none, a sentence.
 */
#define G_LOG_DOMAIN "test-doc-registrations"

#include "config.h"

#include <string.h>

#include "td-registrations-doc.h"
#include "td-store-registrations.h"
#include "td-test-db.h"
#include "td-test-pdf.h"
#include "td-test-subjects.h"

typedef struct {
  char    *dir;
  char    *db;
  TdStore *store;
  char    *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TdStore *made;

  fixture->dir = g_dir_make_tmp ("td-doc-registrations-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->pdf = g_build_filename (fixture->dir, "registrations.pdf", NULL);
  made = td_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_object_unref (made);
  td_test_subjects_fill (fixture->db);
  /* A village of many households, for a list over pages. */
  if (data != NULL)
    td_test_subjects_add_households (fixture->db, TD_TEST_THON_NAM, GPOINTER_TO_UINT (data));
  fixture->store = td_store_open (fixture->db, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->pdf);
}

static gint64
kind_id (TdStore    *store,
         int         year,
         const char *code)
{
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, year, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, i);

      if (g_str_equal (td_award_kind_get_code (kind), code))
        return td_award_kind_get_id (kind);
    }
  g_error ("no title %s in %d", code, year);
}

/* Prints @year's registrations, dated @date, to the fixture's PDF; its page count. */
static int
print (Fixture    *fixture,
       int         year,
       const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdRegistrationsSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) doc = NULL;

  snapshot = td_registrations_snapshot_load (fixture->store, year, &error);
  g_assert_no_error (error);
  g_free (snapshot->date);
  snapshot->date = g_strdup (date);
  doc = td_registrations_doc_new (snapshot, &error);
  g_assert_no_error (error);
  g_assert_true (td_document_export_pdf (doc, fixture->pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_pdf_n_pages (fixture->pdf), ==, td_document_get_n_pages (doc));
  return td_document_get_n_pages (doc);
}

/* The text of @page (0: all) with every run of white space made one space: a cell's lines
 * read as one. */
static char *
flat_text (const char *pdf,
           int         page)
{
  g_autofree char *text = td_test_pdf_text (pdf, page);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  g_test_message ("page %d: %s", page, text);
  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* Where @needle starts in @text; fails the test when it is not there or is only before
 * @after. */
static const char *
find_after (const char *text,
            const char *after,
            const char *needle)
{
  const char *found = strstr (after != NULL ? after : text, needle);

  if (found == NULL)
    g_error ("“%s” is not where it should be in:\n%s", needle, text);
  return found;
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdRegistrationTarget) poverty = td_registration_target_new ("Tỷ lệ hộ nghèo giảm");
  g_autoptr(TdRegistrationTarget) law = td_registration_target_new ("Không có người vi phạm "
                                                                    "pháp luật");
  g_autofree char *text = NULL;
  gint64 dong;
  const char *at;

  g_assert_true (td_store_register_staff_of_unit (fixture->store, 2024,
                                                  kind_id (fixture->store, 2024, "LDTT"),
                                                  TD_TEST_TRUONG, "2024-01-15", NULL, &error));
  g_assert_true (td_store_register_households_of_village (fixture->store, 2024,
                                                          kind_id (fixture->store, 2024, "GDVH"),
                                                          TD_TEST_THON_DONG, "2024-01-20", NULL,
                                                          &error));
  g_assert_true (td_store_register_villages (fixture->store, 2024,
                                             kind_id (fixture->store, 2024, "TVH"), "2024-01-10",
                                             NULL, &error));
  g_assert_no_error (error);
  dong = td_test_file_int (fixture->db, "SELECT id FROM registration WHERE unit_id = %d",
                           TD_TEST_THON_DONG);
  poverty->kind = TD_TARGET_NUMBER;
  poverty->has_value = TRUE;
  poverty->value = 1.5;
  g_free (poverty->unit);
  poverty->unit = g_strdup ("%");
  g_assert_cmpint (td_store_add_registration_target (fixture->store, dong, poverty, &error), >, 0);
  g_assert_cmpint (td_store_add_registration_target (fixture->store, dong, law, &error), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr(TdRegistration) r = td_store_get_registration (fixture->store, dong, NULL);

    td_registration_set_pledge_signed (r, TRUE);
    g_assert_true (td_store_update_registration_fields (fixture->store, r,
                                                        (const char *[]) { "pledge-signed",
                                                                           NULL },
                                                        &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (print (fixture, 2024, "2024-01-25"), ==, 1);
  text = flat_text (fixture->pdf, 0);

  /* The heading of Decree 30, from the office, with no number. */
  at = find_after (text, NULL, "UBND HUYỆN THẠCH HÀ");
  at = find_after (text, at, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH CỘNG HÒA");
  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_nonnull (strstr (text, "Độc lập - Tự do - Hạnh phúc"));
  g_assert_nonnull (strstr (text, "Tùng Ảnh, ngày 25 tháng 01 năm 2024"));
  g_assert_null (strstr (text, "Số:"));

  /* The title, the head of the table, then the titles in the catalogue's order, each with
   * its count and its rows numbered from 1. */
  at = find_after (text, at, "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2024");
  at = find_after (text, at, "STT");
  at = find_after (text, at, "Chỉ tiêu đăng ký");
  at = find_after (text, at, "I. Danh hiệu “Lao động tiên tiến”: 3 cá nhân");
  at = find_after (text, at, "1 Lê Văn Cường Trường Tiểu học Tùng Ảnh 15/01/2024");
  at = find_after (text, at, "2 Nguyễn Văn An Trường Tiểu học Tùng Ảnh 15/01/2024");
  at = find_after (text, at, "3 Trần Thị Bình Trường Tiểu học Tùng Ảnh 15/01/2024");
  at = find_after (text, at, "II. Danh hiệu “Gia đình văn hóa”: 3 hộ");
  at = find_after (text, at, "1 Bùi Văn Hải Thôn Đông 20/01/2024");
  at = find_after (text, at, "2 Đỗ Thị Giang Thôn Đông 20/01/2024");
  at = find_after (text, at, "3 Hoàng Văn Em Thôn Đông 20/01/2024");
  at = find_after (text, at, "III. Danh hiệu “Thôn, tổ dân phố văn hóa”: 3 thôn, tổ dân phố");
  /* In Vietnamese order: Đ after D, before N. */
  at = find_after (text, at, "1 Thôn Đông 10/01/2024 Đã ký");
  at = find_after (text, at, "Đã ký - Tỷ lệ hộ nghèo giảm: 1,5 %");
  at = find_after (text, at, "- Không có người vi phạm pháp luật");
  at = find_after (text, at, "2 Thôn Nam 10/01/2024");
  /* Nine registered, one pledge signed. */
  at = find_after (text, at, "Tổng cộng: 9 1");
  /* The office's signer. */
  at = find_after (text, at, "TM. ỦY BAN NHÂN DÂN");
  at = find_after (text, at, "CHỦ TỊCH");
  find_after (text, at, "Phan Tiến Dũng");
  g_assert_null (strstr (text, "IV."));
  g_assert_null (strstr (text, "Nơi nhận"));
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *text = NULL;

  /* Registrations of another year are not this one's. */
  g_assert_cmpint (td_store_add_registration (fixture->store, 2024,
                                              kind_id (fixture->store, 2024, "LDTT"),
                                              TD_REGISTRATION_PERSON, TD_TEST_AN, "", FALSE,
                                              NULL), >, 0);
  g_assert_cmpint (print (fixture, 2030, ""), ==, 1);
  text = flat_text (fixture->pdf, 0);
  find_after (text, NULL, "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2030");
  /* Dated by hand once signed. */
  g_assert_nonnull (strstr (text, "Tùng Ảnh, ngày tháng năm 2030"));
  g_assert_nonnull (strstr (text, "Năm 2030 chưa có tập thể, cá nhân hay hộ gia đình nào đăng ký "
                                  "thi đua."));
  g_assert_null (strstr (text, "STT"));
  g_assert_null (strstr (text, "Tổng cộng"));
  g_assert_null (strstr (text, "Nguyễn Văn An"));
  g_assert_nonnull (strstr (text, "Phan Tiến Dũng"));
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_added = 0;
  int n_pages;

  g_assert_true (td_store_register_households_of_village (fixture->store, 2024,
                                                          kind_id (fixture->store, 2024, "GDVH"),
                                                          TD_TEST_THON_NAM, "2024-01-20",
                                                          &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 300);

  n_pages = print (fixture, 2024, "");
  g_assert_cmpint (n_pages, >=, 5);
  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = flat_text (fixture->pdf, page);
      g_autofree char *number = g_strdup_printf ("%d ", page);

      /* The head of the table on every page; the page number from page 2 on. */
      find_after (text, NULL, "Chỉ tiêu đăng ký");
      if (page > 1)
        g_assert_true (g_str_has_prefix (text, number));
      if (page == 1)
        find_after (text, NULL, "I. Danh hiệu “Gia đình văn hóa”: 300 hộ");
      if (page == n_pages)
        {
          find_after (text, NULL, "300 Hộ số 00300 Thôn Nam 20/01/2024");
          find_after (text, NULL, "Tổng cộng: 300 0");
          find_after (text, NULL, "Phan Tiến Dũng");
        }
    }
}

static void
test_no_year (void)
{
  g_autoptr(TdRegistrationsSnapshot) snapshot = td_registrations_snapshot_new (0, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = td_registrations_doc_new (snapshot, &error);

  g_assert_null (doc);
  g_assert_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/doc/registrations/no-year", test_no_year);
  g_test_add ("/doc/registrations/list", Fixture, NULL, fixture_set_up, test_list,
              fixture_tear_down);
  g_test_add ("/doc/registrations/empty", Fixture, NULL, fixture_set_up, test_empty,
              fixture_tear_down);
  g_test_add ("/doc/registrations/pages", Fixture, GUINT_TO_POINTER (300), fixture_set_up,
              test_pages, fixture_tear_down);

  return g_test_run ();
}
