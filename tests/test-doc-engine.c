/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-doc-engine"

#include "config.h"

#include <glib/gstdio.h>

#include "td-doc-layout.h"
#include "td-document.h"
#include "td-test-db.h"

/* What the engine offers the documents to come — parts with their own page setup, page
 * breaks, … — checked by where things go and by the words of the exported PDF, read back
 * with poppler-utils. */

typedef struct {
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-doc-engine-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->pdf = g_build_filename (fixture->dir, "out.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

/* Runs a poppler-utils tool and returns what it printed; fails the test if it fails. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

/* Page @page (1-based) of @pdf as pdftotext reads it, in reading order. */
static char *
pdf_page_text (const char *pdf,
               int         page)
{
  g_autofree char *n = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", "-f", n, "-l", n, pdf, "-",
                         NULL };

  return run_tool (argv);
}

/* "595.28 x 841.89" for page @page (1-based), as pdfinfo gives it. */
static char *
pdf_page_size (const char *pdf,
               int         page)
{
  g_autofree char *n = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdfinfo", "-f", n, "-l", n, pdf, NULL };
  g_autofree char *info = run_tool (argv);
  g_autoptr(GRegex) regex = g_regex_new ("^Page +[0-9]+ size: +([0-9.]+ x [0-9.]+) pts",
                                         G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  return g_match_info_fetch (match, 1);
}

static int
pdf_n_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  g_autoptr(GRegex) regex = g_regex_new ("^Pages:\\s+([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  n = g_match_info_fetch (match, 1);
  return atoi (n);
}

static void
export (TdDocument *doc,
        const char *pdf)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (td_document_export_pdf (doc, pdf, &error));
  g_assert_no_error (error);
}

/* The page each block starts on; G_MAXUINT for none. */
static guint
page_of_block (TdDocLayout *layout,
               guint        block)
{
  for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
    for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
      if (td_doc_layout_get_piece (layout, p, i)->block == block)
        return p;
  return G_MAXUINT;
}

/* Every piece of @page between the top and bottom margins of a page @height high. */
static void
assert_page_within (TdDocLayout *layout,
                    guint        page,
                    double       top,
                    double       bottom)
{
  for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, page); i++)
    {
      const TdDocPiece *piece = td_doc_layout_get_piece (layout, page, i);

      g_assert_cmpfloat (piece->y, >=, top - 0.01);
      g_assert_cmpfloat (piece->y + piece->height, <=, bottom + 0.01);
    }
}

/* Parts --------------------------------------------------------------------------------- */

#define MARGINS TD_DOC_MARGIN_TOP, TD_DOC_MARGIN_RIGHT, TD_DOC_MARGIN_BOTTOM, TD_DOC_MARGIN_LEFT

/* A portrait report, a landscape annex of a wide table, then a portrait page after an
 * explicit page break: each part on its own pages, of its own size, numbers going on. */
static void
test_parts (Fixture       *fixture,
            gconstpointer  data)
{
  TdDocLayout *layout = td_doc_layout_new ();
  g_autoptr(TdDocument) doc = NULL;
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
  TdDocStyle title = td_doc_style (TD_DOC_ROLE_KIND);
  TdDocStyle cell = td_doc_style (TD_DOC_ROLE_BODY);
  TdDocColumn columns[3] = { { 0.1, TD_DOC_ALIGN_CENTER }, { 0.6, TD_DOC_ALIGN_LEFT },
                             { 0.3, TD_DOC_ALIGN_RIGHT } };
  const char *head[] = { "TT", "Tên tập thể", "Số tiền" };
  double portrait_width, landscape_width, width, height;
  guint intro, annex, table, after;
  TdDocTable *t;
  g_autofree char *size1 = NULL;
  g_autofree char *size2 = NULL;
  g_autofree char *size3 = NULL;
  g_autofree char *text2 = NULL;
  g_autofree char *text3 = NULL;

  intro = td_doc_layout_add_text (layout, &body, "Báo cáo kết quả công tác thi đua năm 2022.");
  portrait_width = td_doc_layout_get_text_width (layout);

  td_doc_layout_begin_part (layout, TD_DOC_A4_HEIGHT, TD_DOC_A4_WIDTH, MARGINS);
  landscape_width = td_doc_layout_get_text_width (layout);
  g_assert_cmpfloat (landscape_width, >, portrait_width);
  annex = td_doc_layout_add_text (layout, &title, "DANH SÁCH KHEN THƯỞNG");
  cell.space_before = 0;
  cell.indent = 0;
  t = td_doc_layout_add_table (layout, &cell, columns, 3, &table);
  td_doc_table_set_header (t, head);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", i + 1);
      const char *row[] = { n, "Thôn Đông", "1.490.000" };

      td_doc_table_add_row (t, row);
    }

  td_doc_layout_begin_part (layout, TD_DOC_A4_WIDTH, TD_DOC_A4_HEIGHT, MARGINS);
  td_doc_layout_add_page_break (layout);  /* on an empty part: no empty page */
  after = td_doc_layout_add_text (layout, &body, "Trang cuối của báo cáo.");

  doc = td_document_new (layout, "Báo cáo");
  g_assert_cmpint (td_document_get_n_pages (doc), ==, 3);
  g_assert_cmpuint (page_of_block (layout, intro), ==, 0);
  g_assert_cmpuint (page_of_block (layout, annex), ==, 1);
  g_assert_cmpuint (page_of_block (layout, table), ==, 1);
  g_assert_cmpuint (page_of_block (layout, after), ==, 2);

  /* The old call gives the first page's size; the new one each page's. */
  td_document_get_page_size (doc, &width, &height);
  g_assert_cmpfloat (width, ==, TD_DOC_A4_WIDTH);
  td_document_get_nth_page_size (doc, 1, &width, &height);
  g_assert_cmpfloat (width, ==, TD_DOC_A4_HEIGHT);
  g_assert_cmpfloat (height, ==, TD_DOC_A4_WIDTH);
  td_document_get_nth_page_size (doc, 2, &width, &height);
  g_assert_cmpfloat (width, ==, TD_DOC_A4_WIDTH);

  /* The annex fills its landscape page down to its own bottom margin, not the portrait's. */
  assert_page_within (layout, 1, TD_DOC_MARGIN_TOP, TD_DOC_A4_WIDTH - TD_DOC_MARGIN_BOTTOM);
  g_assert_cmpuint (td_doc_layout_get_piece (layout, 1, 0)->kind, ==, TD_DOC_PIECE_TEXT);
  g_assert_cmpfloat (td_doc_layout_get_piece (layout, 1, 0)->y, ==, TD_DOC_MARGIN_TOP);

  export (doc, fixture->pdf);
  g_assert_cmpint (pdf_n_pages (fixture->pdf), ==, 3);
  size1 = pdf_page_size (fixture->pdf, 1);
  size2 = pdf_page_size (fixture->pdf, 2);
  size3 = pdf_page_size (fixture->pdf, 3);
  g_assert_cmpstr (size1, ==, "595.28 x 841.89");
  g_assert_cmpstr (size2, ==, "841.89 x 595.28");
  g_assert_cmpstr (size3, ==, "595.28 x 841.89");

  text2 = pdf_page_text (fixture->pdf, 2);
  g_assert_true (g_str_has_prefix (text2, "2\n"));
  g_assert_nonnull (strstr (text2, "DANH SÁCH KHEN THƯỞNG\nTT Tên tập thể Số tiền\n"));
  g_assert_nonnull (strstr (text2, "5 Thôn Đông 1.490.000"));
  text3 = pdf_page_text (fixture->pdf, 3);
  g_assert_true (g_str_has_prefix (text3, "3\n"));
  g_assert_nonnull (strstr (text3, "Trang cuối của báo cáo."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/doc/engine/parts", Fixture, NULL, fixture_set_up, test_parts, fixture_tear_down);

  return g_test_run ();
}
