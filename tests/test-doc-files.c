/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-doc-files"

#include "config.h"

#include <glib/gstdio.h>

#include "td-document.h"
#include "td-plan-doc.h"
#include "td-snapshot.h"
#include "td-timeline-doc.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"

/* What a document's files are called and what they say about themselves: the one rule for
 * suggested names, and the PDF's title as pdfinfo reads it. */

static void
test_suggest_filename (void)
{
  static const struct {
    const char *name;
    int         year;
    const char *ext;
    const char *expected;
  } cases[] = {
    /* Accents off, đ to d, words joined by "-", the year after them. */
    { "Kế hoạch thi đua, khen thưởng", 2022, "pdf", "Ke-hoach-thi-dua-khen-thuong-2022.pdf" },
    { "ĐỀ NGHỊ KHEN THƯỞNG", 2023, "pdf", "DE-NGHI-KHEN-THUONG-2023.pdf" },
    { "Đội Đoàn đường Đồng", 0, "pdf", "Doi-Doan-duong-Dong.pdf" },
    /* A year the name has is not said twice; one inside a longer number is not it. */
    { "Tiến độ thực hiện kế hoạch năm 2022", 2022, "pdf",
      "Tien-do-thuc-hien-ke-hoach-nam-2022.pdf" },
    { "Quyết định 12022", 2022, "pdf", "Quyet-dinh-12022-2022.pdf" },
    /* What a file name cannot hold, and runs of spaces, are one "-"; none at either end. */
    { "  Kế hoạch số 49/KH-UBND: Công tác  thi đua ", 2022, "pdf",
      "Ke-hoach-so-49-KH-UBND-Cong-tac-thi-dua-2022.pdf" },
    { "Báo cáo «tổng kết» – năm…", 0, ".csv", "Bao-cao-tong-ket-nam.csv" },
    /* Letters in composed and decomposed form alike. */
    { "Vie\xcc\x82\xcc\xa3t Nam", 0, "xlsx", "Viet-Nam.xlsx" },
    /* No name: still a name. No extension: none. */
    { "", 2024, "pdf", "Tai-lieu-2024.pdf" },
    { NULL, 0, NULL, "Tai-lieu" },
    { "Tiến độ", 2024, NULL, "Tien-do-2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = td_document_suggest_filename (cases[i].name, cases[i].year,
                                                            cases[i].ext);

      g_assert_cmpstr (name, ==, cases[i].expected);
    }
}

/* A long name is cut between words, and keeps its year. */
static void
test_suggest_filename_long (void)
{
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autofree char *name = NULL;

  while (long_name->len < 400)
    g_string_append (long_name, "Tổng kết phong trào thi đua yêu nước ");
  name = td_document_suggest_filename (long_name->str, 2025, "pdf");

  g_assert_cmpuint (strlen (name), <=, 80 + strlen ("-2025.pdf"));
  g_assert_true (g_str_has_prefix (name, "Tong-ket-phong-trao-thi-dua-yeu-nuoc-Tong-ket-"));
  g_assert_true (g_str_has_suffix (name, "-2025.pdf"));
  g_assert_null (strstr (name, "--"));
  for (const char *p = name; *p != '\0'; p++)
    g_assert_true (g_ascii_isalnum (*p) || *p == '-' || *p == '.');
}

static char *
pdf_title (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("^Title:\\s+(.*)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  if (!g_regex_match (regex, out, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* The PDF says what it is: its title, accents and all, and the timeline its year. */
static void
test_pdf_title (void)
{
  g_autofree char *dir = g_dir_make_tmp ("td-doc-files-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "a.pdf", NULL);
  g_autofree char *db = g_build_filename (dir, "thidua.db", NULL);
  g_autofree char *title = NULL;
  g_autofree char *filename = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(TdDocument) timeline = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  TdDocLayout *layout = td_doc_layout_new ();
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);

  td_doc_layout_add_text (layout, &body, "Nội dung");
  document = td_document_new (layout, "Báo cáo tổng kết công tác thi đua năm 2025");
  g_assert_true (td_document_export_pdf (document, pdf, &error));
  g_assert_no_error (error);
  title = pdf_title (pdf);
  g_assert_cmpstr (title, ==, "Báo cáo tổng kết công tác thi đua năm 2025");
  filename = td_document_dup_filename (document, "pdf");
  g_assert_cmpstr (filename, ==, "Bao-cao-tong-ket-cong-tac-thi-dua-nam-2025.pdf");

  store = td_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (store, NULL, &error));
  plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  snapshot = td_plan_snapshot_load (store, plan, &error);
  g_assert_no_error (error);
  timeline = td_timeline_doc_new (snapshot, "2022-06-15", &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_document_get_year (timeline), ==, TD_SAMPLE_YEAR);
  g_clear_pointer (&filename, g_free);
  filename = td_document_dup_filename (timeline, "pdf");
  g_assert_cmpstr (filename, ==, "Tien-do-thuc-hien-ke-hoach-nam-2022.pdf");

  g_clear_object (&store);
  td_test_remove_tree (dir);
}

/* A plan whose title does not give its year is still offered under a name with the year. */
static void
test_plan_filename (void)
{
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  td_plan_set_year (plan, 2031);
  td_plan_set_title (plan, "Kế hoạch đón Tết");
  snapshot = td_plan_snapshot_new (plan, NULL, NULL);
  doc = td_plan_doc_new (snapshot, &error);
  g_assert_no_error (error);
  name = td_document_dup_filename (doc, "pdf");
  g_assert_nonnull (strstr (name, "Tet"));
  g_assert_true (g_str_has_suffix (name, "2031.pdf"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/doc/files/suggest-name", test_suggest_filename);
  g_test_add_func ("/doc/files/suggest-name-long", test_suggest_filename_long);
  g_test_add_func ("/doc/files/pdf-title", test_pdf_title);
  g_test_add_func ("/doc/files/plan-name", test_plan_filename);
  return g_test_run ();
}
