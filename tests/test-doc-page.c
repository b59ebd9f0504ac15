/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-doc-page"

#include "config.h"

#include "td-doc-layout.h"
#include "td-document.h"
#include "td-office.h"
#include "td-test-db.h"
#include "td-test-pdf.h"

/* How the engine sets a page, checked on the exported PDF: where the rules stand under
 * the motto and the title, how a centred title wraps, what a heading takes along with it
 * to the next page, and what the signature does at the foot of a page. */

/* Pixels a point when pages are drawn to be measured (288 dpi). */
#define PX_PER_PT 4
#define INK 128

typedef struct {
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-doc-page-XXXXXX", &error);
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

/* Exports @layout (taken over) to the fixture's PDF. */
static void
export (Fixture     *fixture,
        TdDocLayout *layout)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = td_document_new (layout, "Thử");

  g_assert_true (td_document_export_pdf (doc, fixture->pdf, &error));
  g_assert_no_error (error);
}

static const TdDocHeader sample_header = {
  NULL, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", "Số: 49/KH-UBND", "Tùng Ảnh, ngày 22 tháng 02 năm 2022",
};

/* The line of @words that starts with @first and ends with @last, as a box in points. */
static void
line_box (GPtrArray  *words,
          const char *first,
          const char *last,
          double     *x0,
          double     *y0,
          double     *x1,
          double     *y1)
{
  guint at = 0;
  TdTestWord *a = td_test_find_word (words, 0, first, &at);
  TdTestWord *b;

  g_assert_nonnull (a);
  b = td_test_find_word (words, at - 1, last, NULL);
  g_assert_nonnull (b);
  g_assert_cmpfloat_with_epsilon (a->y0, b->y0, 0.5);
  *x0 = a->x0;
  *y0 = a->y0;
  *x1 = b->x1;
  *y1 = b->y1;
}

/* Below the line from @x0 to @x1 whose top is @y0, in points: the top of the first rule at
 * least @rule_length long, and the gap between it and the lowest ink of the text above. */
static void
measure_rule (const guchar *page,
              int           width,
              double        x0,
              double        x1,
              double        y0,
              double        rule_length,
              double       *rule_top,
              double       *gap)
{
  int left = (int) (x0 * PX_PER_PT), right = (int) (x1 * PX_PER_PT);
  int top = (int) (y0 * PX_PER_PT);
  int rule = -1, ink = -1;

  for (int y = top; y < top + 40 * PX_PER_PT && rule < 0; y++)
    {
      int run = 0;

      for (int x = left; x < right && rule < 0; x++)
        {
          run = page[y * width + x] < INK ? run + 1 : 0;
          if (run >= rule_length * PX_PER_PT)
            rule = y;
        }
    }
  g_assert_cmpint (rule, >, 0);
  for (int y = rule - 1; y > top && ink < 0; y--)
    for (int x = left; x < right && ink < 0; x++)
      if (page[y * width + x] < INK)
        ink = y;
  g_assert_cmpint (ink, >, top);
  *rule_top = (double) rule / PX_PER_PT;
  *gap = (double) (rule - ink - 1) / PX_PER_PT;
}

/* The rules under the Tiêu ngữ and under the title stand clear of the descenders ("p",
 * the dot under "ạ" and "ậ", "g"), by about the font's descent, as in the decree's model;
 * not touching them, nor floating off. */
static void
test_rules (Fixture       *fixture,
            gconstpointer  data)
{
  TdDocLayout *layout = td_doc_layout_new ();
  TdDocStyle kind = td_doc_style (TD_DOC_ROLE_KIND);
  TdDocStyle title = td_doc_style (TD_DOC_ROLE_TITLE);
  g_autoptr(GPtrArray) words = NULL;
  g_autofree guchar *page = NULL;
  double x0, y0, x1, y1, rule_top, gap;
  int width, height;

  td_doc_layout_add_header (layout, &sample_header);
  td_doc_layout_add_text (layout, &kind, "KẾ HOẠCH");
  td_doc_layout_add_text (layout, &title, "Công tác thi đua, khen thưởng năm 2022");
  export (fixture, layout);

  words = td_test_pdf_words (fixture->pdf, 1);
  page = td_test_pdf_render (fixture->pdf, 1, 72 * PX_PER_PT, &width, &height);

  /* The Tiêu ngữ (13 pt, bold): its rule is as long as the line. */
  line_box (words, "Độc", "phúc", &x0, &y0, &x1, &y1);
  measure_rule (page, width, x0, x1, y0, (x1 - x0) * 0.9, &rule_top, &gap);
  g_test_message ("Motto: rule %.2f pt under the font's bottom, %.2f pt clear of the ink",
                  rule_top - y1, gap);
  g_assert_cmpfloat (gap, >=, 2.0);
  g_assert_cmpfloat (gap, <=, 5.0);

  /* The title (14 pt, bold): its rule is a third of the line. */
  line_box (words, "Công", "2022", &x0, &y0, &x1, &y1);
  measure_rule (page, width, x0, x1, y0, (x1 - x0) * 0.3, &rule_top, &gap);
  g_test_message ("Title: rule %.2f pt under the font's bottom, %.2f pt clear of the ink",
                  rule_top - y1, gap);
  g_assert_cmpfloat (gap, >=, 2.0);
  g_assert_cmpfloat (gap, <=, 5.0);
}

/* The words of @words in lines, by where they stand: a GPtrArray of GPtrArray of
 * TdTestWord, top to bottom, from word @from to word @end - 1. */
static GPtrArray *
group_lines (GPtrArray *words,
             guint      from,
             guint      end)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *line = NULL;
  double top = -100.0;

  for (guint i = from; i < end; i++)
    {
      TdTestWord *word = g_ptr_array_index (words, i);

      if (ABS (word->y0 - top) > 1.0)
        {
          line = g_ptr_array_new ();
          g_ptr_array_add (lines, line);
          top = word->y0;
        }
      g_ptr_array_add (line, word);
    }
  return lines;
}

/* A centred title that wraps is set in lines of about one length, each centred, never
 * with a word or two alone on its last line ("… năm / 2024"). */
static void
test_title_balance (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const titles[] = {
    /* At the full width: "năm 2024" alone on line 2. */
    "Công tác thi đua, khen thưởng và phong trào thi đua xây dựng nông thôn mới năm 2024",
    "Công tác thi đua, khen thưởng và phong trào xây dựng nông thôn mới kiểu mẫu của xã "
    "Tùng Ảnh năm 2024",
    /* At the full width: "2024" alone on line 3. */
    "Kế hoạch tổ chức các phong trào thi đua yêu nước và công tác khen thưởng của Ủy ban "
    "nhân dân xã Tùng Ảnh, huyện Đức Thọ, tỉnh Hà Tĩnh trong năm 2024",
  };

  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    {
      TdDocLayout *layout = td_doc_layout_new ();
      TdDocStyle kind = td_doc_style (TD_DOC_ROLE_KIND);
      TdDocStyle title = td_doc_style (TD_DOC_ROLE_TITLE);
      double centre = TD_DOC_MARGIN_LEFT +
                      (TD_DOC_A4_WIDTH - TD_DOC_MARGIN_LEFT - TD_DOC_MARGIN_RIGHT) / 2;
      g_auto(GStrv) title_words = g_strsplit (titles[t], " ", -1);
      g_autoptr(GPtrArray) words = NULL;
      g_autoptr(GPtrArray) lines = NULL;
      double shortest = G_MAXDOUBLE, longest = 0.0;
      guint first = 0, end = 0;

      td_doc_layout_add_text (layout, &kind, "KẾ HOẠCH");
      td_doc_layout_add_text (layout, &title, titles[t]);
      export (fixture, layout);

      words = td_test_pdf_words (fixture->pdf, 1);
      g_assert_nonnull (td_test_find_word (words, 0, title_words[0], &first));
      end = first - 1 + g_strv_length (title_words);
      g_assert_cmpuint (end, <=, words->len);
      lines = group_lines (words, first - 1, end);
      g_assert_cmpuint (lines->len, >=, 2);

      for (guint i = 0; i < lines->len; i++)
        {
          GPtrArray *line = g_ptr_array_index (lines, i);
          TdTestWord *a = g_ptr_array_index (line, 0);
          TdTestWord *b = g_ptr_array_index (line, line->len - 1);

          g_test_message ("title %u line %u: %u words, %.1f pt, centre %.1f", t, i, line->len,
                          b->x1 - a->x0, (a->x0 + b->x1) / 2);
          g_assert_cmpfloat_with_epsilon ((a->x0 + b->x1) / 2, centre, 1.0);
          shortest = MIN (shortest, b->x1 - a->x0);
          longest = MAX (longest, b->x1 - a->x0);
          g_assert_cmpuint (line->len, >=, 3);
        }
      /* Even: the shortest line is most of the longest. */
      g_assert_cmpfloat (shortest, >=, 0.75 * longest);
    }
}

static const TdDocSignature sample_signature = {
  "- CQ tổ chức Nội vụ huyện (B/c);\n- TTĐảng ủy - HĐND (B/c);\n- CT, PCT UBND xã;\n"
  "- Các ngành, đoàn thể xã;\n- Lưu: VT.",
  "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Tiến Dũng",
};

static const TdDocColumn task_columns[] = {
  { 0.08, TD_DOC_ALIGN_CENTER },
  { 0.58, TD_DOC_ALIGN_LEFT },
  { 0.34, TD_DOC_ALIGN_LEFT },
};

/* "thi đua 0 khen thưởng 1 …": @n numbered words. */
static char *
numbered_words (guint n)
{
  static const char * const words[] = { "thi", "đua", "khen", "thưởng", "nhiệm", "vụ" };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s%u", i > 0 ? " " : "", words[i % G_N_ELEMENTS (words)],
                            i);
  return g_string_free (text, FALSE);
}

/* Where the signature of @layout went: its page, and the lines of text and table rows
 * (their tallest cell, of three) above it there; FALSE when any piece of any page leaves
 * the text area. */
static gboolean
find_signature (TdDocLayout *layout,
                guint       *page,
                guint       *lines_above)
{
  double height;

  td_doc_layout_get_page_size (layout, NULL, &height);
  *page = G_MAXUINT;
  for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
    {
      guint lines = 0;

      for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
        {
          const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

          if (piece->y + piece->height > height - TD_DOC_MARGIN_BOTTOM + 0.01)
            return FALSE;
          if (piece->kind == TD_DOC_PIECE_TEXT)
            lines += piece->n_lines;
          else if (piece->kind == TD_DOC_PIECE_TABLE_ROW)
            {
              guint tallest = 0;

              for (guint c = 0; c < G_N_ELEMENTS (task_columns); c++)
                tallest = MAX (tallest, piece->cell_end[c] - piece->cell_first[c]);
              lines += tallest;
            }
          else if (piece->kind == TD_DOC_PIECE_SIGNATURE)
            {
              *page = p;
              *lines_above = lines;
            }
        }
    }
  g_assert_cmpuint (*page, !=, G_MAXUINT);
  return TRUE;
}

/* The header, a paragraph and @n paragraphs of one line, then the signature. */
static TdDocLayout *
short_lines_doc (guint n)
{
  TdDocLayout *layout = td_doc_layout_new ();
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
  g_autofree char *text = numbered_words (120);

  td_doc_layout_add_header (layout, &sample_header);
  td_doc_layout_add_text (layout, &body, text);
  for (guint i = 0; i < n; i++)
    td_doc_layout_add_text (layout, &body, i + 1 < n ? "Một dòng." : "Dòng cuối.");
  td_doc_layout_add_signature (layout, &sample_signature);
  return layout;
}

/* A signature taller than what is left of the page goes over whole, never cut at the
 * foot of the page, and never alone: the last two lines of the text at least go with it —
 * from short paragraphs of a line each, and from a table row that runs over pages. */
static void
test_signature_whole (Fixture       *fixture,
                      gconstpointer  data)
{
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
  guint pulled = 0, moved_after_row = 0;
  g_autofree char *last = NULL;
  g_autoptr(GPtrArray) words = NULL;
  TdTestWord *name;

  for (guint n = 10; n < 40; n++)
    {
      g_autoptr(TdDocLayout) layout = short_lines_doc (n);
      guint page, lines;

      g_assert_true (find_signature (layout, &page, &lines));
      g_assert_cmpuint (lines, >=, 2);
      /* Where one line alone would have gone over with it. */
      if (page > 0 && lines == 2)
        pulled = n;
    }
  g_assert_cmpuint (pulled, >, 0);

  /* Read back from the file: the last two lines over the page, the signature whole. */
  export (fixture, short_lines_doc (pulled));
  last = td_test_pdf_text (fixture->pdf, 2);
  g_assert_true (g_str_has_prefix (last, "2\nMột dòng.\nDòng cuối.\nNơi nhận:\n"));
  g_assert_nonnull (strstr (last, "\nPhan Tiến Dũng\n"));
  words = td_test_pdf_words (fixture->pdf, 2);
  name = td_test_find_word (words, 0, "Dũng", NULL);
  g_assert_nonnull (name);
  g_assert_cmpfloat (name->y1, <=, TD_DOC_A4_HEIGHT - TD_DOC_MARGIN_BOTTOM);

  for (guint n = 400; n < 1000; n += 12)
    {
      g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
      g_autofree char *content = numbered_words (n);
      const char *cells[] = { "1", content, "VP nội vụ" };
      TdDocTable *table;
      guint page, lines;

      td_doc_layout_add_header (layout, &sample_header);
      table = td_doc_layout_add_table (layout, &body, task_columns,
                                       G_N_ELEMENTS (task_columns), NULL);
      td_doc_table_set_header (table, (const char * const []) {
        "TT", "Nội dung nhiệm vụ chủ yếu", "Tổ chức, cá nhân thực hiện",
      });
      td_doc_table_add_row (table, cells);
      td_doc_layout_add_signature (layout, &sample_signature);

      g_assert_true (find_signature (layout, &page, &lines));
      g_assert_cmpuint (lines, >=, 2);
      moved_after_row += page > 0 && lines < 6;
    }
  /* The rule had work to do there too: signatures went over with a few lines only. */
  g_assert_cmpuint (moved_after_row, >, 0);
}

/* @filler one-line paragraphs, the heading "II. NỘI DUNG:" and a task table of 4 QUÝ
 * rows of 6 tasks of one or two lines; the heading's block is 0 + @filler, the table's
 * the next. */
static TdDocLayout *
heading_table_doc (guint filler)
{
  TdDocLayout *layout = td_doc_layout_new ();
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);
  TdDocStyle heading = td_doc_style (TD_DOC_ROLE_HEADING);
  TdDocStyle table_style = td_doc_style (TD_DOC_ROLE_BODY);
  TdDocTable *table;

  for (guint i = 0; i < filler; i++)
    td_doc_layout_add_text (layout, &body, "Dòng đệm.");
  td_doc_layout_add_text (layout, &heading, "II. NỘI DUNG:");
  table_style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
  table = td_doc_layout_add_table (layout, &table_style, task_columns,
                                   G_N_ELEMENTS (task_columns), NULL);
  td_doc_table_set_header (table, (const char * const []) {
    "TT", "Nội dung nhiệm vụ chủ yếu", "Tổ chức, cá nhân thực hiện",
  });
  for (guint q = 1; q <= 4; q++)
    {
      g_autofree char *label = g_strdup_printf ("QUÝ %u", q);

      td_doc_table_add_span_row (table, label, TRUE, TRUE);
      for (guint t = 0; t < 6; t++)
        {
          g_autofree char *number = g_strdup_printf ("%u", (q - 1) * 6 + t + 1);
          g_autofree char *content = numbered_words (t % 2 == 0 ? 6 : 16);
          const char *cells[] = { number, content, "VP nội vụ" };

          td_doc_table_add_row (table, cells);
        }
    }
  return layout;
}

/* The page of the first piece of block @block, and that piece. */
static const TdDocPiece *
first_piece_of (TdDocLayout *layout,
                guint        block,
                guint       *page)
{
  for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
    for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
      {
        const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

        if (piece->block == block)
          {
            *page = p;
            return piece;
          }
      }
  g_assert_not_reached ();
}

/* A heading is kept with the first rows of its table, not with all of it: wherever the
 * page leaves room for the heading, the table's head, the QUÝ I row and the first task,
 * they stand there and the rest flows on over the next page, under the head again; where
 * it does not, they go over together. */
static void
test_heading_first_rows (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TdDocLayout) alone = heading_table_doc (0);
  const TdDocPiece *heading, *task;
  double chain, bottom = TD_DOC_A4_HEIGHT - TD_DOC_MARGIN_BOTTOM;
  guint page, started = 0, moved = 0;

  /* How tall heading, head, QUÝ I and task 1 are, from the top of a page. */
  heading = td_doc_layout_get_piece (alone, 0, 0);
  task = td_doc_layout_get_piece (alone, 0, 3);
  g_assert_cmpint (task->kind, ==, TD_DOC_PIECE_TABLE_ROW);
  g_assert_cmpuint (task->row, ==, 1);
  chain = task->y + task->height - heading->y + td_doc_style (TD_DOC_ROLE_HEADING).space_before;

  for (guint filler = 20; filler < 40; filler++)
    {
      g_autoptr(TdDocLayout) layout = heading_table_doc (filler);
      const TdDocPiece *last_filler;
      guint n_page0;
      double room;

      /* The filler alone runs over the page from here on. */
      if (td_doc_layout_get_n_pieces (layout, 0) < filler)
        break;
      last_filler = td_doc_layout_get_piece (layout, 0, filler - 1);
      g_assert_cmpuint (last_filler->block, ==, filler - 1);
      room = bottom - (last_filler->y + last_filler->height);
      heading = first_piece_of (layout, filler, &page);
      n_page0 = td_doc_layout_get_n_pieces (layout, 0);

      if (room >= chain + 0.01)
        {
          const TdDocPiece *p1 = td_doc_layout_get_piece (layout, 1, 0);

          /* The heading and the first rows on page 1, the rest after the head on page 2. */
          g_assert_cmpuint (page, ==, 0);
          g_assert_cmpuint (n_page0, >=, filler + 4);
          task = td_doc_layout_get_piece (layout, 0, filler + 3);
          g_assert_cmpint (task->kind, ==, TD_DOC_PIECE_TABLE_ROW);
          g_assert_cmpuint (task->row, ==, 1);
          g_assert_cmpint (p1->kind, ==, TD_DOC_PIECE_TABLE_HEAD);
          g_assert_cmpint (td_doc_layout_get_piece (layout, 1, 1)->kind, ==,
                           TD_DOC_PIECE_TABLE_ROW);
          started++;
        }
      else
        {
          /* Not room enough: all four go over, the page ends with the filler. */
          g_assert_cmpuint (page, ==, 1);
          g_assert_cmpuint (n_page0, ==, filler);
          moved++;
        }
    }
  /* Both cases were met. */
  g_assert_cmpuint (started, >, 2);
  g_assert_cmpuint (moved, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/doc/page/rules", test_rules);
  ADD ("/doc/page/title-balance", test_title_balance);
  ADD ("/doc/page/signature-whole", test_signature_whole);
  ADD ("/doc/page/heading-first-rows", test_heading_first_rows);

#undef ADD

  return g_test_run ();
}
