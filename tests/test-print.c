/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The print dialog's pages are the PDF's pages: the same print operation the dialog runs
 * is run to a file, and its pages and text are compared with the document's own export.
 */
#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <stdio.h>

#include "td-plan-doc.h"
#include "td-print.h"
#include "td-sample.h"
#include "td-store-plan.h"

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static int
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return atoi (line + strlen ("Pages:"));
}

/* The words of the PDF, in order: line breaks and spacing differ between writers. */
static char *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run_tool (argv);
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (joined, "%s ", words[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
test_print_matches_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("td-print-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "thidua.db", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *exported_words = NULL;
  g_autofree char *printed_words = NULL;
  GtkPrintOperationResult result;

  store = td_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (store, NULL, &error));
  plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  snapshot = td_plan_snapshot_load (store, plan, &error);
  g_assert_no_error (error);
  document = td_plan_doc_new (snapshot, NULL);

  g_assert_true (td_document_export_pdf (document, exported, &error));
  g_assert_no_error (error);

  /* What Ctrl+P sets up, sent to a file instead of the dialog. */
  operation = td_print_operation_new (document);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_cmpint (td_document_get_n_pages (document), >=, 2);
  g_assert_cmpint (pdf_pages (printed), ==, td_document_get_n_pages (document));
  g_assert_cmpint (pdf_pages (exported), ==, td_document_get_n_pages (document));

  exported_words = pdf_words (exported);
  printed_words = pdf_words (printed);
  g_assert_nonnull (strstr (printed_words, "Số: 49/KH-UBND"));
  g_assert_nonnull (strstr (printed_words, "Phan Tiến Dũng"));
  g_assert_cmpstr (printed_words, ==, exported_words);

  /* Page by page, the same words: the same page breaks. */
  for (int page = 1; page <= td_document_get_n_pages (document); page++)
    {
      g_autofree char *first = g_strdup_printf ("%d", page);
      const char *a[] = { "pdftotext", "-f", first, "-l", first, exported, "-", NULL };
      const char *b[] = { "pdftotext", "-f", first, "-l", first, printed, "-", NULL };
      g_autofree char *page_a = run_tool (a);
      g_autofree char *page_b = run_tool (b);

      g_assert_cmpstr (page_a, ==, page_b);
    }

  g_unlink (exported);
  g_unlink (printed);
}

/* The page sizes pdfinfo gives, one "W x H" a page, rounded to points. */
static char *
pdf_page_sizes (const char *path)
{
  const char *argv[] = { "pdfinfo", "-f", "1", "-l", "99", path, NULL };
  g_autofree char *info = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autoptr(GString) sizes = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *size = strstr (lines[i], " size:");
      double width, height;

      if (g_str_has_prefix (lines[i], "Page") && size != NULL &&
          sscanf (size, " size: %lf x %lf", &width, &height) == 2)
        g_string_append_printf (sizes, "%s%.0f x %.0f", sizes->len > 0 ? ", " : "", width,
                                height);
    }
  return g_string_free (g_steal_pointer (&sizes), FALSE);
}

/* A portrait body with a landscape annex prints each page on paper turned its own way. */
static void
test_print_landscape_annex (void)
{
  g_autofree char *dir = g_dir_make_tmp ("td-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *sizes = NULL;
  TdDocLayout *layout = td_doc_layout_new ();
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
  GtkPrintOperationResult result;

  td_doc_layout_add_text (layout, &body, "Báo cáo tổng kết");
  td_doc_layout_begin_part (layout, TD_DOC_A4_HEIGHT, TD_DOC_A4_WIDTH, 56.7, 56.7, 56.7, 56.7);
  td_doc_layout_add_text (layout, &body, "Phụ lục: tiến độ năm");
  document = td_document_new (layout, "Báo cáo");

  operation = td_print_operation_new (document);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  sizes = pdf_page_sizes (printed);
  g_assert_cmpstr (sizes, ==, "595 x 842, 842 x 595");

  g_unlink (printed);
  g_rmdir (dir);
}

/* What Print to File offers and makes: the document's file name by the one rule (GTK adds
 * ".pdf"), not "output.pdf"; the job named as the document; a PDF with its title. */
static void
test_print_file_name (void)
{
  g_autofree char *dir = g_dir_make_tmp ("td-print-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "thidua.db", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *job_name = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintSettings *settings;

  store = td_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (store, NULL, &error));
  plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  snapshot = td_plan_snapshot_load (store, plan, &error);
  g_assert_no_error (error);
  document = td_plan_doc_new (snapshot, NULL);

  operation = td_print_operation_new (document);
  settings = gtk_print_operation_get_print_settings (operation);
  g_assert_nonnull (settings);
  expected = td_document_dup_filename (document, NULL);
  g_assert_cmpstr (expected, ==, "Ke-hoach-so-49-KH-UBND-Cong-tac-thi-dua-khen-thuong-nam-2022");
  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   expected);
  g_object_get (operation, "job-name", &job_name, NULL);
  g_assert_cmpstr (job_name, ==, td_document_get_title (document));

  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdfinfo", printed, NULL };

    info = run_tool (argv);
  }
  {
    g_autofree char *escaped = g_regex_escape_string (td_document_get_title (document), -1);
    g_autofree char *pattern = g_strdup_printf ("^Title:\\s+%s$", escaped);

    g_assert_cmpstr (td_document_get_title (document), ==,
                     "Kế hoạch số 49/KH-UBND: Công tác thi đua, khen thưởng năm 2022");
    if (!g_regex_match_simple (pattern, info, G_REGEX_MULTILINE, 0))
      g_error ("The printed PDF's title is not the plan's:\n%s", info);
  }

  g_clear_object (&store);
  g_unlink (printed);
  g_unlink (db);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();

  g_test_add_func ("/print/matches-pdf", test_print_matches_pdf);
  g_test_add_func ("/print/landscape-annex", test_print_landscape_annex);
  g_test_add_func ("/print/file-name", test_print_file_name);
  return g_test_run ();
}
