/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-doc-engine"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "td-doc-layout.h"
#include "td-money.h"
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

/* The box of the first word @word on page @page (1-based), from pdftotext -bbox. */
static void
pdf_word_box (const char *pdf,
              int         page,
              const char *word,
              double     *x0,
              double     *y0,
              double     *x1)
{
  g_autofree char *n = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", "-f", n, "-l", n, pdf, "-",
                         NULL };
  g_autofree char *html = run_tool (argv);
  g_autofree char *pattern = g_strdup_printf ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                              "xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">%s</word>",
                                              word);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  if (!g_regex_match (regex, html, 0, &match))
    g_error ("no word “%s” on page %d", word, page);
  a = g_match_info_fetch (match, 1);
  b = g_match_info_fetch (match, 2);
  c = g_match_info_fetch (match, 3);
  *x0 = g_ascii_strtod (a, NULL);
  *y0 = g_ascii_strtod (b, NULL);
  *x1 = g_ascii_strtod (c, NULL);
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

/* Parts above I. ----------------------------------------------------------------------- */

/* "PHẦN THỨ NHẤT" and its title, centred on lines of their own, never at the foot of a
 * page without the heading and the first lines under them. */
static void
test_part_title (Fixture       *fixture,
                 gconstpointer  data)
{
  gboolean moved = FALSE;

  for (guint lead = 30; lead < 60; lead++)
    {
      TdDocLayout *layout = td_doc_layout_new ();
      g_autoptr(TdDocument) doc = NULL;
      TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
      TdDocStyle heading = td_doc_style (TD_DOC_ROLE_HEADING);
      g_autoptr(GString) text = g_string_new (NULL);
      guint part, sub, first;

      for (guint i = 0; i < lead; i++)
        g_string_append_printf (text, "%sDòng %u", i > 0 ? "\n" : "", i + 1);
      td_doc_layout_add_text (layout, &body, text->str);
      part = td_doc_layout_add_part_title (layout, "PHẦN THỨ NHẤT",
                                           "Kết quả thực hiện nhiệm vụ năm 2022");
      sub = td_doc_layout_add_text (layout, &heading, "I. CÔNG TÁC THI ĐUA");
      first = td_doc_layout_add_text (layout, &body, "Một\nHai\nBa");
      doc = td_document_new (layout, "Báo cáo");

      g_assert_cmpuint (td_doc_layout_get_n_lines (layout, part), ==, 1);
      g_assert_cmpuint (td_doc_layout_get_n_lines (layout, part + 1), ==, 1);
      g_assert_cmpuint (page_of_block (layout, part), ==, page_of_block (layout, part + 1));
      g_assert_cmpuint (page_of_block (layout, part), ==, page_of_block (layout, sub));
      g_assert_cmpuint (page_of_block (layout, part), ==, page_of_block (layout, first));
      moved = moved || page_of_block (layout, part) == 1;

      if (lead == 30)
        {
          g_autofree char *words = NULL;
          double x0, y0, x1, tx0, ty0, tx1;
          double centre = TD_DOC_MARGIN_LEFT +
                          (TD_DOC_A4_WIDTH - TD_DOC_MARGIN_LEFT - TD_DOC_MARGIN_RIGHT) / 2;

          export (doc, fixture->pdf);
          words = pdf_page_text (fixture->pdf, 1);
          g_assert_nonnull (strstr (words, "Dòng 30\nPHẦN THỨ NHẤT\n"
                                           "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022\n"
                                           "I. CÔNG TÁC THI ĐUA\n"));
          /* Each line centred in the text width, the title under the number. */
          pdf_word_box (fixture->pdf, 1, "PHẦN", &x0, &y0, &x1);
          pdf_word_box (fixture->pdf, 1, "NHẤT", &tx0, &ty0, &tx1);
          g_assert_cmpfloat (fabs ((x0 + tx1) / 2 - centre), <, 1.0);
          g_assert_cmpfloat (ty0, ==, y0);
          pdf_word_box (fixture->pdf, 1, "KẾT", &x0, &ty0, &x1);
          pdf_word_box (fixture->pdf, 1, "2022", &tx0, &ty0, &tx1);
          g_assert_cmpfloat (fabs ((x0 + tx1) / 2 - centre), <, 1.0);
          g_assert_cmpfloat (ty0, >, y0 + 10.0);
        }
    }
  /* Somewhere the part title did go over to the next page with what follows. */
  g_assert_true (moved);
}

/* Tables -------------------------------------------------------------------------------- */

#define WIDE_COLUMNS 20

static TdDocStyle
cell_style (void)
{
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);

  style.space_before = 0;
  style.indent = 0;
  return style;
}

/* Where row @row of the table in block @block is on the page: its page, or G_MAXUINT. */
static guint
page_of_row (TdDocLayout *layout,
             guint        block,
             guint        row)
{
  for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
    for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
      {
        const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

        if (piece->block == block && piece->kind == TD_DOC_PIECE_TABLE_ROW && piece->row == row)
          return p;
      }
  return G_MAXUINT;
}

/* A landscape table of twenty columns, @n_rows rows after a paragraph of @lead lines, a
 * group row, and a totals row. Returns the table's block. */
static guint
add_wide_table (TdDocLayout *layout,
                guint        lead,
                guint        n_rows)
{
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
  TdDocStyle cell = cell_style ();
  TdDocColumn columns[WIDE_COLUMNS];
  const char *head[WIDE_COLUMNS + 1] = { NULL };
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  const char *total[WIDE_COLUMNS + 1] = { "", "Tổng cộng", NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  TdDocTable *table;
  guint block;

  /* Small enough that every cell holds on one line. */
  cell.size = 8.0;
  td_doc_layout_set_page (layout, TD_DOC_A4_HEIGHT, TD_DOC_A4_WIDTH, MARGINS);
  for (guint i = 0; i < lead; i++)
    g_string_append_printf (text, "%sDòng %u", i > 0 ? "\n" : "", i + 1);
  if (lead > 0)
    td_doc_layout_add_text (layout, &body, text->str);

  for (guint c = 0; c < WIDE_COLUMNS; c++)
    {
      columns[c] = (TdDocColumn) { c == 1 ? 2.0 : 1.0, c == 1 ? TD_DOC_ALIGN_LEFT
                                                             : TD_DOC_ALIGN_RIGHT };
      g_ptr_array_add (strings, g_strdup_printf ("C%u", c + 1));
      head[c] = g_ptr_array_index (strings, strings->len - 1);
    }
  table = td_doc_layout_add_table (layout, &cell, columns, WIDE_COLUMNS, &block);
  td_doc_table_set_header (table, head);
  td_doc_table_add_span_row (table, "I. Khối thôn", TRUE, TRUE);
  for (guint r = 0; r < n_rows; r++)
    {
      const char *cells[WIDE_COLUMNS + 1] = { NULL };

      for (guint c = 0; c < WIDE_COLUMNS; c++)
        {
          char *s = c == 1 ? g_strdup_printf ("Thôn %u", r + 1)
                           : td_money_format_decimal (r * 10.0 + c + 0.5, 1);

          g_ptr_array_add (strings, s);
          cells[c] = s;
        }
      td_doc_table_add_row (table, cells);
    }
  for (guint c = 2; c < WIDE_COLUMNS; c++)
    total[c] = "1.234";
  td_doc_table_add_total_row (table, total);
  return block;
}

/* Whatever falls on a page, the totals row goes with the row above it, and the group row
 * with the first row of its group. */
static void
test_totals_keep (void)
{
  gboolean split_seen = FALSE;

  for (guint lead = 0; lead < 30; lead++)
    {
      g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
      guint block = add_wide_table (layout, lead, 14);
      guint n_rows = 16;
      guint total_page, last_page;

      g_assert_cmpuint (td_doc_layout_get_n_pages (layout), >=, 1);
      total_page = page_of_row (layout, block, n_rows - 1);
      last_page = page_of_row (layout, block, n_rows - 2);
      g_assert_cmpuint (total_page, !=, G_MAXUINT);
      g_assert_cmpuint (total_page, ==, last_page);
      g_assert_cmpuint (page_of_row (layout, block, 0), ==, page_of_row (layout, block, 1));
      split_seen = split_seen || page_of_row (layout, block, 0) != total_page;

      for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
        assert_page_within (layout, p, TD_DOC_MARGIN_TOP, TD_DOC_A4_WIDTH - TD_DOC_MARGIN_BOTTOM);
    }
  /* The loop did put page breaks inside the table. */
  g_assert_true (split_seen);
}

/* Twenty columns, the head on every page, every cell in its place and read back. */
static void
test_wide_table (Fixture       *fixture,
                 gconstpointer  data)
{
  TdDocLayout *layout = td_doc_layout_new ();
  g_autoptr(TdDocument) doc = NULL;
  guint block = add_wide_table (layout, 0, 40);
  guint n_pages;

  doc = td_document_new (layout, "Bảng");
  n_pages = (guint) td_document_get_n_pages (doc);
  g_assert_cmpuint (n_pages, >=, 2);
  for (guint p = 0; p < n_pages; p++)
    {
      const TdDocPiece *first = td_doc_layout_get_piece (layout, p, 0);

      g_assert_cmpuint (first->kind, ==, TD_DOC_PIECE_TABLE_HEAD);
      g_assert_cmpuint (first->block, ==, block);
    }
  /* A body row: twenty cells, each with its line. */
  {
    const TdDocPiece *row = td_doc_layout_get_piece (layout, 0, 2);

    g_assert_cmpuint (row->kind, ==, TD_DOC_PIECE_TABLE_ROW);
    g_assert_cmpuint (row->row, ==, 1);
    g_assert_cmpuint (row->n_lines, ==, WIDE_COLUMNS);
    g_assert_cmpuint (row->cell_end[WIDE_COLUMNS - 1], ==, 1);
  }

  export (doc, fixture->pdf);
  g_assert_cmpint (pdf_n_pages (fixture->pdf), ==, (int) n_pages);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_page_text (fixture->pdf, (int) p);

      g_assert_nonnull (strstr (text, "C1 C2 C3 C4 C5 C6 C7 C8 C9 C10 C11 C12 C13 C14 C15 C16 "
                                      "C17 C18 C19 C20\n"));
    }
  {
    g_autofree char *first = pdf_page_text (fixture->pdf, 1);
    g_autofree char *last = pdf_page_text (fixture->pdf, (int) n_pages);

    g_assert_nonnull (strstr (first, "I. Khối thôn\n0,5 Thôn 1 2,5 3,5"));
    g_assert_nonnull (strstr (first, "18,5 19,5\n"));
    g_assert_nonnull (strstr (last, "408,5 409,5\nTổng cộng 1.234 1.234"));
  }
}

/* Cells that span ------------------------------------------------------------------------ */

#define N_ITEMS 3

/* A scoring table: a head of two rows ("Điểm" over "Tự chấm" and "Phúc tra", the other
 * heads down both), then each criterion beside its N_ITEMS items; criterion 2 has more
 * lines than its items. Returns the table's block. */
static guint
add_scoring_table (TdDocLayout *layout,
                   guint        lead,
                   guint        n_criteria)
{
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
  TdDocStyle cell = cell_style ();
  const TdDocColumn columns[] = { { 0.6, TD_DOC_ALIGN_CENTER }, { 2.0, TD_DOC_ALIGN_LEFT },
                                  { 2.5, TD_DOC_ALIGN_LEFT }, { 1.2, TD_DOC_ALIGN_RIGHT },
                                  { 1.4, TD_DOC_ALIGN_RIGHT }, { 1.4, TD_DOC_ALIGN_RIGHT } };
  const TdDocCell head1[] = { { "TT", 1, 2 }, { "Tiêu chí", 1, 2 }, { "Nội dung", 1, 2 },
                              { "Điểm chuẩn", 1, 2 }, { "Điểm", 2, 1 } };
  const TdDocCell head2[] = { { "Tự chấm", 0, 0 }, { "Phúc tra", 0, 0 } };
  g_autoptr(GString) text = g_string_new (NULL);
  TdDocTable *table;
  guint block;

  for (guint i = 0; i < lead; i++)
    g_string_append_printf (text, "%sDòng %u", i > 0 ? "\n" : "", i + 1);
  if (lead > 0)
    td_doc_layout_add_text (layout, &body, text->str);

  table = td_doc_layout_add_table (layout, &cell, columns, G_N_ELEMENTS (columns), &block);
  td_doc_table_add_head_row (table, head1, G_N_ELEMENTS (head1));
  td_doc_table_add_head_row (table, head2, G_N_ELEMENTS (head2));
  for (guint k = 1; k <= n_criteria; k++)
    for (guint j = 1; j <= N_ITEMS; j++)
      {
        g_autofree char *number = g_strdup_printf ("%u", k);
        g_autofree char *name = g_strdup_printf (k == 2 ? "TC%u\nmột\nhai\nba\nbốn\nnăm\nsáu"
                                                        : "TC%u", k);
        g_autofree char *item = g_strdup_printf ("%u.%u", k, j);
        g_autofree char *self_score = td_money_format_decimal (j + 0.5, 1);
        const TdDocCell first[] = { { number, 1, N_ITEMS }, { name, 1, N_ITEMS }, { item },
                                    { "10" }, { self_score }, { "9,0" } };
        const TdDocCell next[] = { { item }, { "10" }, { self_score }, { "9,0" } };

        if (j == 1)
          td_doc_table_add_cells (table, first, G_N_ELEMENTS (first));
        else
          td_doc_table_add_cells (table, next, G_N_ELEMENTS (next));
      }
  return block;
}

/* Pieces of rows @first … @first + @n - 1 of the table in @block, on one page, one after
 * the other; returns their height together. */
static double
rows_together (TdDocLayout *layout,
               guint        block,
               guint        first,
               guint        n)
{
  guint page = page_of_row (layout, block, first);
  double height = 0.0;
  double y = -1.0;

  for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, page); i++)
    {
      const TdDocPiece *piece = td_doc_layout_get_piece (layout, page, i);

      if (piece->block != block || piece->kind != TD_DOC_PIECE_TABLE_ROW ||
          piece->row < first || piece->row >= first + n)
        continue;
      if (y >= 0)
        g_assert_cmpfloat (fabs (piece->y - y), <, 0.01);
      y = piece->y + piece->height;
      height += piece->height;
      g_assert_cmpuint (piece->n_lines, >, 0);
    }
  for (guint r = first; r < first + n; r++)
    g_assert_cmpuint (page_of_row (layout, block, r), ==, page);
  return height;
}

/* A criterion and its items never part over a page break, wherever it falls; the head of
 * two rows goes at the top of every page. */
static void
test_row_spans (void)
{
  gboolean split_seen = FALSE;

  for (guint lead = 0; lead < 40; lead += 3)
    {
      g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
      guint block = add_scoring_table (layout, lead, 12);
      double one = 0.0;

      for (guint k = 0; k < 12; k++)
        {
          double height = rows_together (layout, block, k * N_ITEMS, N_ITEMS);

          /* Criterion 2's seven lines make its rows taller: as tall as seven lines of
           * criterion 1's rows, of a line each, and their padding. */
          if (k == 0)
            one = height;
          if (k == 1)
            g_assert_cmpfloat (height, >=, 7 * (one / N_ITEMS - 6.0) + 6.0 - 0.01);
        }
      for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
        {
          const TdDocPiece *head = td_doc_layout_get_piece (layout, p, p == 0 && lead > 0);

          g_assert_cmpuint (head->kind, ==, TD_DOC_PIECE_TABLE_HEAD);
          assert_page_within (layout, p, TD_DOC_MARGIN_TOP,
                              TD_DOC_A4_HEIGHT - TD_DOC_MARGIN_BOTTOM);
        }
      split_seen = split_seen || td_doc_layout_get_n_pages (layout) > 1;
    }
  g_assert_true (split_seen);
}

/* The head's words where a reader looks for them: "Điểm" centred over its two columns;
 * the criterion level with the middle of its items. */
static void
test_spans_pdf (Fixture       *fixture,
                gconstpointer  data)
{
  TdDocLayout *layout = td_doc_layout_new ();
  g_autoptr(TdDocument) doc = NULL;
  g_autofree char *text = NULL;
  double x0, y0, x1, ax0, ay0, ax1, bx0, by0, bx1;

  add_scoring_table (layout, 0, 3);
  doc = td_document_new (layout, "Chấm điểm");
  export (doc, fixture->pdf);
  g_assert_cmpint (pdf_n_pages (fixture->pdf), ==, 1);

  text = pdf_page_text (fixture->pdf, 1);
  g_assert_nonnull (strstr (text, "Tự chấm Phúc tra"));
  g_assert_nonnull (strstr (text, "1.2 10 2,5 9,0\n1.3 10 3,5 9,0"));

  pdf_word_box (fixture->pdf, 1, "Điểm", &x0, &y0, &x1);
  pdf_word_box (fixture->pdf, 1, "Tự", &ax0, &ay0, &ax1);
  pdf_word_box (fixture->pdf, 1, "tra", &bx0, &by0, &bx1);
  g_assert_cmpfloat (y0, <, ay0 - 5.0);
  g_assert_cmpfloat (ay0, ==, by0);
  g_assert_cmpfloat (fabs ((x0 + x1) / 2 - (ax0 + bx1) / 2), <, 10.0);

  pdf_word_box (fixture->pdf, 1, "TC3", &x0, &y0, &x1);
  pdf_word_box (fixture->pdf, 1, "3.1", &ax0, &ay0, &ax1);
  pdf_word_box (fixture->pdf, 1, "3.3", &bx0, &by0, &bx1);
  g_assert_cmpfloat (y0, >, ay0 + 5.0);
  g_assert_cmpfloat (y0, <, by0 - 5.0);
  g_assert_cmpfloat (x0, <, ax0);
}

/* A criterion beside more items than a page holds goes on over the pages it needs, row by
 * row, its name again beside its items on each page under the repeated head; nothing runs
 * past the bottom margin and every item is printed once. */
#define LONG_ITEMS 90

static void
test_span_taller_than_page (Fixture       *fixture,
                            gconstpointer  data)
{
  TdDocLayout *layout = td_doc_layout_new ();
  TdDocStyle cell = cell_style ();
  const TdDocColumn columns[] = { { 0.6, TD_DOC_ALIGN_CENTER }, { 2.0, TD_DOC_ALIGN_LEFT },
                                  { 3.0, TD_DOC_ALIGN_LEFT } };
  const char * const head[] = { "TT", "Tiêu chí", "Nội dung" };
  g_autoptr(TdDocument) doc = NULL;
  g_autofree guint *seen = g_new0 (guint, LONG_ITEMS + 1);
  TdDocTable *table;
  guint block, n_pages;

  table = td_doc_layout_add_table (layout, &cell, columns, G_N_ELEMENTS (columns), &block);
  td_doc_table_set_header (table, head);
  for (guint j = 1; j <= LONG_ITEMS; j++)
    {
      g_autofree char *item = g_strdup_printf ("Mục %u", j);
      const TdDocCell first[] = { { "1", 1, LONG_ITEMS }, { "Xây dựng nông thôn mới", 1,
                                                             LONG_ITEMS }, { item } };
      const TdDocCell next[] = { { item } };

      if (j == 1)
        td_doc_table_add_cells (table, first, G_N_ELEMENTS (first));
      else
        td_doc_table_add_cells (table, next, G_N_ELEMENTS (next));
    }
  td_doc_table_add_row (table, (const char * const[]) { "2", "Tiêu chí sau", "Mục cuối" });

  n_pages = td_doc_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint p = 0; p < n_pages; p++)
    {
      const TdDocPiece *first = td_doc_layout_get_piece (layout, p, 0);
      double y = first->y + first->height;

      /* The head first, then the rows one under the other, within the margins. */
      g_assert_cmpuint (first->kind, ==, TD_DOC_PIECE_TABLE_HEAD);
      assert_page_within (layout, p, TD_DOC_MARGIN_TOP, TD_DOC_A4_HEIGHT - TD_DOC_MARGIN_BOTTOM);
      for (guint i = 1; i < td_doc_layout_get_n_pieces (layout, p); i++)
        {
          const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

          g_assert_cmpuint (piece->kind, ==, TD_DOC_PIECE_TABLE_ROW);
          g_assert_cmpfloat (fabs (piece->y - y), <, 0.01);
          y = piece->y + piece->height;
          if (piece->row < LONG_ITEMS)
            seen[piece->row + 1]++;
        }
      /* A page of the group is full: the next row would not have fitted. */
      if (p + 1 < n_pages)
        g_assert_cmpfloat (y, >, TD_DOC_A4_HEIGHT - TD_DOC_MARGIN_BOTTOM - 30.0);
    }
  for (guint j = 1; j <= LONG_ITEMS; j++)
    g_assert_cmpuint (seen[j], ==, 1);

  doc = td_document_new (layout, "Chấm điểm");
  export (doc, fixture->pdf);
  g_assert_cmpint (pdf_n_pages (fixture->pdf), ==, (int) n_pages);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = pdf_page_text (fixture->pdf, (int) p);
      g_autofree char *engine_text = td_document_dup_page_text (doc, p - 1);
      double x0, y0, x1, ix0, iy0, ix1;

      g_assert_nonnull (strstr (text, "TT Tiêu chí Nội dung"));
      /* The criterion's name on every page its items are on, beside them. */
      g_assert_nonnull (strstr (text, "Xây dựng nông thôn mới"));
      g_assert_nonnull (strstr (engine_text, "Xây dựng nông thôn mới"));
      pdf_word_box (fixture->pdf, (int) p, "Xây", &x0, &y0, &x1);
      pdf_word_box (fixture->pdf, (int) p, "Mục", &ix0, &iy0, &ix1);
      g_assert_cmpfloat (x1, <, ix0);
    }
  {
    g_autofree char *last = pdf_page_text (fixture->pdf, (int) n_pages);

    g_assert_nonnull (strstr (last, "Mục 90"));
    g_assert_nonnull (strstr (last, "Tiêu chí sau"));
  }
}

/* Signatures side by side --------------------------------------------------------------- */

/* The maker of the list, the accountant and the chairman, each in a third of the width,
 * capacities level at the top, names level at the bottom, and never away from the end
 * of the text. */
static void
test_signatures (Fixture       *fixture,
                 gconstpointer  data)
{
  const TdDocSignature signers[] = {
    { NULL, NULL, "Người lập biểu", "Nguyễn Văn An" },
    { NULL, NULL, "Kế toán", "Trần Thị Bình" },
    { NULL, "TM. Ủy ban nhân dân", "Chủ tịch", "Lê Văn Cường" },
  };
  double width = TD_DOC_A4_WIDTH - TD_DOC_MARGIN_LEFT - TD_DOC_MARGIN_RIGHT;
  gboolean moved = FALSE;

  for (guint lead = 30; lead < 50; lead++)
    {
      TdDocLayout *layout = td_doc_layout_new ();
      g_autoptr(TdDocument) doc = NULL;
      TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
      g_autoptr(GString) text = g_string_new (NULL);
      guint para, sign, n_pages;

      for (guint i = 0; i < lead; i++)
        g_string_append_printf (text, "%sDòng %u", i > 0 ? "\n" : "", i + 1);
      para = td_doc_layout_add_text (layout, &body, text->str);
      sign = td_doc_layout_add_signatures (layout, signers, G_N_ELEMENTS (signers));
      doc = td_document_new (layout, "Danh sách");
      n_pages = td_doc_layout_get_n_pages (layout);

      /* The signatures are one piece, on the last page, with lines of the text above. */
      {
        guint last = td_doc_layout_get_n_pieces (layout, n_pages - 1) - 1;
        const TdDocPiece *piece = td_doc_layout_get_piece (layout, n_pages - 1, last);

        g_assert_cmpuint (piece->kind, ==, TD_DOC_PIECE_SIGNATURE);
        g_assert_cmpuint (piece->block, ==, sign);
        g_assert_cmpuint (td_doc_layout_get_piece (layout, n_pages - 1, 0)->block, ==, para);
        g_assert_cmpfloat (piece->height, >, 78.0);
        assert_page_within (layout, n_pages - 1, TD_DOC_MARGIN_TOP,
                            TD_DOC_A4_HEIGHT - TD_DOC_MARGIN_BOTTOM);
      }
      moved = moved || n_pages > 1;

      if (lead == 30)
        {
          g_autofree char *words = NULL;
          double x0[3], y0[3], x1[3], nx0[3], ny0[3], nx1[3], tx0, ty0, tx1;
          const char *firsts[] = { "NGƯỜI", "KẾ", "TM." };
          const char *names[] = { "Nguyễn", "Trần", "Lê" };

          g_assert_cmpuint (n_pages, ==, 1);
          export (doc, fixture->pdf);
          words = pdf_page_text (fixture->pdf, 1);
          for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
            {
              double left = TD_DOC_MARGIN_LEFT + i * width / 3;

              pdf_word_box (fixture->pdf, 1, firsts[i], &x0[i], &y0[i], &x1[i]);
              pdf_word_box (fixture->pdf, 1, names[i], &nx0[i], &ny0[i], &nx1[i]);
              g_assert_cmpfloat (x0[i], >, left);
              g_assert_cmpfloat (x1[i], <, left + width / 3);
              g_assert_cmpfloat (ny0[i], >, y0[i] + 78.0);
              g_assert_cmpfloat (y0[i], ==, y0[0]);
              g_assert_cmpfloat (ny0[i], ==, ny0[0]);
            }
          /* "CHỦ TỊCH" under the capacity, centred in the third column. */
          {
            double cx0, cy0, cx1;

            pdf_word_box (fixture->pdf, 1, "CHỦ", &cx0, &cy0, &cx1);
            pdf_word_box (fixture->pdf, 1, "TỊCH", &tx0, &ty0, &tx1);
            g_assert_cmpfloat (ty0, >, y0[2] + 10.0);
            g_assert_cmpfloat (fabs ((cx0 + tx1) / 2 - TD_DOC_MARGIN_LEFT - width * 5 / 6), <,
                               1.0);
          }
          g_assert_nonnull (strstr (words, "Nguyễn Văn An"));
          g_assert_nonnull (strstr (words, "Trần Thị Bình"));
          g_assert_nonnull (strstr (words, "Lê Văn Cường"));
          g_assert_nonnull (strstr (words, "NGƯỜI LẬP BIỂU"));
          g_assert_nonnull (strstr (words, "TM. ỦY BAN NHÂN DÂN"));
        }
    }
  /* Somewhere the text's last lines went over with the signatures. */
  g_assert_true (moved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/doc/engine/parts", Fixture, NULL, fixture_set_up, test_parts, fixture_tear_down);
  g_test_add ("/doc/engine/part-title", Fixture, NULL, fixture_set_up, test_part_title,
              fixture_tear_down);
  g_test_add ("/doc/engine/signatures", Fixture, NULL, fixture_set_up, test_signatures,
              fixture_tear_down);
  g_test_add_func ("/doc/engine/table/totals-keep", test_totals_keep);
  g_test_add_func ("/doc/engine/table/row-spans", test_row_spans);
  g_test_add ("/doc/engine/table/span-taller-than-page", Fixture, NULL, fixture_set_up,
              test_span_taller_than_page, fixture_tear_down);
  g_test_add ("/doc/engine/table/spans-pdf", Fixture, NULL, fixture_set_up, test_spans_pdf,
              fixture_tear_down);
  g_test_add ("/doc/engine/table/wide", Fixture, NULL, fixture_set_up, test_wide_table,
              fixture_tear_down);

  return g_test_run ();
}
