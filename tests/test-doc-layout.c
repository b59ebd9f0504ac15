/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-doc-layout"

#include "config.h"

#include "td-doc-layout.h"
#include "td-office.h"

/* The paginator on its own: blocks in, pieces on pages out, with no store and no PDF. */

static const char sentence[] =
  "Đẩy mạnh các phong trào thi đua, tạo khí thế sôi nổi, cổ vũ tinh thần quyết tâm khắc "
  "phục khó khăn thực hiện thắng lợi các tiêu chí kinh tế - xã hội, quốc phòng, an ninh. ";

/* Text of about @length bytes, each word numbered so that a lost or doubled word shows;
 * the number goes first, where no line may break ("12đua,", never "đua,12"). */
static char *
make_text (gsize length)
{
  g_auto(GStrv) words = g_strsplit (sentence, " ", -1);
  GString *text = g_string_new (NULL);
  guint n = 0;

  while (text->len < length)
    {
      const char *word = words[n % (g_strv_length (words) - 1)];

      g_string_append_printf (text, "%s%u%s", text->len > 0 ? " " : "", n, word);
      n++;
    }
  return g_string_free (text, FALSE);
}

/* Like g_assert_cmpstr, but shows where long texts part rather than all of them. */
#define assert_same_text(a, b) assert_same_text_at (__FILE__, __LINE__, (a), (b))

static void
assert_same_text_at (const char *file,
                     int         line,
                     const char *a,
                     const char *b)
{
  gsize i = 0;

  while (a[i] != '\0' && a[i] == b[i])
    i++;
  if (a[i] != b[i])
    {
      gsize from = i > 40 ? i - 40 : 0;
      g_autofree char *msg = g_strdup_printf ("texts differ at byte %" G_GSIZE_FORMAT
                                              ": “%.80s” / “%.80s”", i, a + from, b + from);

      g_assertion_message (G_LOG_DOMAIN, file, line, G_STRFUNC, msg);
    }
}

static TdDocStyle
plain_style (void)
{
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);

  style.space_before = 0.0;
  style.indent = 0.0;
  style.align = TD_DOC_ALIGN_LEFT;
  return style;
}

static guint
add_plain (TdDocLayout *layout,
           const char  *text)
{
  TdDocStyle style = plain_style ();

  return td_doc_layout_add_text (layout, &style, text);
}

static double
text_bottom (TdDocLayout *layout)
{
  double height;

  td_doc_layout_get_page_size (layout, NULL, &height);
  return height - TD_DOC_MARGIN_BOTTOM;
}

/* Height of one line of body text and how many fit on a page, from the engine itself. */
static void
measure_lines (double *line_height,
               guint  *per_page)
{
  g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
  const TdDocPiece *piece;

  add_plain (layout, "Một dòng");
  g_assert_cmpuint (td_doc_layout_get_n_pages (layout), ==, 1);
  piece = td_doc_layout_get_piece (layout, 0, 0);
  g_assert_cmpuint (piece->n_lines, ==, 1);
  g_assert_cmpfloat (piece->height, >, 10.0);
  g_assert_cmpfloat (piece->height, <, 20.0);
  *line_height = piece->height;
  *per_page = (guint) ((text_bottom (layout) - TD_DOC_MARGIN_TOP) / piece->height + 1e-6);
}

/* Every piece of every page inside the page's text area. */
static void
assert_within_margins (TdDocLayout *layout)
{
  for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
    for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
      {
        const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

        g_assert_cmpfloat (piece->y, >=, TD_DOC_MARGIN_TOP - 0.01);
        g_assert_cmpfloat (piece->y + piece->height, <=, text_bottom (layout) + 0.01);
      }
}

/* Lines of text block @block on each page, in order, as "page:first+n" items. */
static char *
describe_block (TdDocLayout *layout,
                guint        block)
{
  GString *out = g_string_new (NULL);

  for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
    for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
      {
        const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

        if (piece->kind == TD_DOC_PIECE_TEXT && piece->block == block)
          g_string_append_printf (out, "%s%u:%u+%u", out->len > 0 ? " " : "", p,
                                  piece->first_line, piece->n_lines);
      }
  return g_string_free (out, FALSE);
}

static void
test_empty (void)
{
  g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
  g_autofree char *text = NULL;
  double width, height;

  td_doc_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (td_doc_layout_get_text_width (layout),
                                  595.28 - 45 * 72 / 25.4, 0.01);
  /* Even an empty document prints a page. */
  g_assert_cmpuint (td_doc_layout_get_n_pages (layout), ==, 1);
  g_assert_cmpuint (td_doc_layout_get_n_pieces (layout, 0), ==, 0);
  text = td_doc_layout_dup_page_text (layout, 0);
  g_assert_cmpstr (text, ==, "");
}

/* One-line paragraphs, 3 pages full and one more line: 4 pages, the last with one line. */
static void
test_page_count (void)
{
  g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
  double line_height;
  guint per_page;

  measure_lines (&line_height, &per_page);
  g_assert_cmpuint (per_page, >, 30);

  for (guint i = 0; i < 3 * per_page + 1; i++)
    {
      g_autofree char *text = g_strdup_printf ("Dòng %u", i);
      add_plain (layout, text);
    }
  g_assert_cmpuint (td_doc_layout_get_n_pages (layout), ==, 4);
  for (guint p = 0; p < 3; p++)
    g_assert_cmpuint (td_doc_layout_get_n_pieces (layout, p), ==, per_page);
  g_assert_cmpuint (td_doc_layout_get_n_pieces (layout, 3), ==, 1);
  assert_within_margins (layout);
}

/* A paragraph of more than two pages splits between lines and loses none. */
static void
test_paragraph_split (void)
{
  g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
  g_autofree char *text = make_text (12000);
  g_autoptr(GString) read = g_string_new (NULL);
  g_autofree char *expected = NULL;
  guint block = add_plain (layout, text);
  guint n_lines, next = 0;
  double line_height;
  guint per_page;

  measure_lines (&line_height, &per_page);
  n_lines = td_doc_layout_get_n_lines (layout, block);
  g_assert_cmpuint (n_lines, >, 2 * per_page);
  g_assert_cmpuint (td_doc_layout_get_n_pages (layout), ==, (n_lines + per_page - 1) / per_page);

  for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
    {
      g_autofree char *page_text = td_doc_layout_dup_page_text (layout, p);
      const TdDocPiece *piece;

      g_assert_cmpuint (td_doc_layout_get_n_pieces (layout, p), ==, 1);
      piece = td_doc_layout_get_piece (layout, p, 0);
      g_assert_cmpuint (piece->first_line, ==, next);
      next += piece->n_lines;

      /* Page numbers from the second page on. */
      if (p > 0)
        {
          g_autofree char *number = g_strdup_printf ("%u\n", p + 1);

          g_assert_true (g_str_has_prefix (page_text, number));
          g_string_append (read, page_text + strlen (number));
        }
      else
        g_string_append (read, page_text);
    }
  g_assert_cmpuint (next, ==, n_lines);
  assert_within_margins (layout);

  /* Every word, once, in order: lines are joined with a space. */
  g_strdelimit (read->str, "\n", ' ');
  g_strchomp (read->str);
  expected = g_strdup (text);
  assert_same_text (read->str, expected);
}

/* Orphans and widows: no page holds a single line of a five-line paragraph, wherever on
 * the page the paragraph falls. */
static void
test_orphans_widows (void)
{
  g_autofree char *text = make_text (420);
  double line_height;
  guint per_page;

  measure_lines (&line_height, &per_page);

  for (guint filler = per_page - 6; filler < per_page; filler++)
    {
      g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
      g_autofree char *described = NULL;
      g_auto(GStrv) parts = NULL;
      guint block;

      for (guint i = 0; i < filler; i++)
        add_plain (layout, "Dòng đệm");
      block = add_plain (layout, text);
      g_assert_cmpuint (td_doc_layout_get_n_lines (layout, block), ==, 5);

      described = describe_block (layout, block);
      parts = g_strsplit (described, " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        g_assert_false (g_str_has_suffix (parts[i], "+1"));

      /* Where it must split, it splits 3 + 2 rather than 4 + 1. */
      if (filler == per_page - 4)
        g_assert_cmpstr (described, ==, "0:0+3 1:3+2");
      if (filler == per_page - 1)
        g_assert_cmpstr (described, ==, "1:0+5");
    }
}

/* A heading is never the last line of a page: it moves on with its paragraph. */
static void
test_heading_keep (void)
{
  g_autofree char *text = make_text (420);
  double line_height;
  guint per_page;
  gboolean moved = FALSE;

  measure_lines (&line_height, &per_page);

  for (guint filler = per_page - 4; filler < per_page; filler++)
    {
      g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
      TdDocStyle heading = td_doc_style (TD_DOC_ROLE_HEADING);
      guint block, body;
      g_autofree char *described = NULL;
      g_autofree char *body_described = NULL;

      heading.space_before = 0.0;
      for (guint i = 0; i < filler; i++)
        add_plain (layout, "Dòng đệm");
      block = td_doc_layout_add_text (layout, &heading, "II. NỘI DUNG:");
      body = add_plain (layout, text);

      described = describe_block (layout, block);
      body_described = describe_block (layout, body);
      g_assert_cmpuint (described[0], ==, body_described[0]);
      moved = moved || g_str_has_prefix (described, "1:");
    }
  /* At least one filler put the heading at the foot of page 1, had it not been kept. */
  g_assert_true (moved);
}

typedef struct {
  TdDocLayout *layout;
  TdDocTable  *table;
  guint        block;
  GArray      *quarter_rows;   /* guint: rows that are "QUÝ" rows */
} TableDoc;

static const TdDocColumn columns[] = {
  { 0.08, TD_DOC_ALIGN_CENTER },
  { 0.58, TD_DOC_ALIGN_LEFT },
  { 0.34, TD_DOC_ALIGN_LEFT },
};

static const char * const head[] = {
  "TT", "Nội dung nhiệm vụ chủ yếu", "Tổ chức, cá nhân thực hiện",
};

/* @filler one-line paragraphs, then a task table of @n_quarters quarters of tasks of one
 * to four lines. */
static void
table_doc_init (TableDoc *doc,
                guint     filler,
                guint     n_quarters,
                guint     tasks_per_quarter)
{
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);
  guint number = 1;

  doc->layout = td_doc_layout_new ();
  doc->quarter_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < filler; i++)
    add_plain (doc->layout, "Dòng đệm");

  doc->table = td_doc_layout_add_table (doc->layout, &style, columns, G_N_ELEMENTS (columns),
                                        &doc->block);
  td_doc_table_set_header (doc->table, head);
  for (guint q = 0; q < n_quarters; q++)
    {
      g_autofree char *label = g_strdup_printf ("QUÝ %u", q + 1);
      guint row = td_doc_table_get_n_rows (doc->table);

      g_array_append_val (doc->quarter_rows, row);
      td_doc_table_add_span_row (doc->table, label, TRUE, TRUE);
      for (guint t = 0; t < tasks_per_quarter; t++, number++)
        {
          g_autofree char *n = g_strdup_printf ("%u", number);
          g_autofree char *content = make_text (40 + 60 * ((number * 7) % 4));
          const char *cells[] = { n, content, "VP nội vụ" };

          td_doc_table_add_row (doc->table, cells);
        }
    }
}

static void
table_doc_clear (TableDoc *doc)
{
  g_clear_pointer (&doc->layout, td_doc_layout_free);
  g_clear_pointer (&doc->quarter_rows, g_array_unref);
}

static gboolean
is_quarter_row (TableDoc         *doc,
                const TdDocPiece *piece)
{
  if (piece->kind != TD_DOC_PIECE_TABLE_ROW || piece->block != doc->block)
    return FALSE;
  for (guint i = 0; i < doc->quarter_rows->len; i++)
    if (g_array_index (doc->quarter_rows, guint, i) == piece->row)
      return TRUE;
  return FALSE;
}

/* Wherever the table starts on the page, no page ends with a "QUÝ" row. */
static void
test_quarter_keep (void)
{
  double line_height;
  guint per_page;
  guint moved = 0;

  measure_lines (&line_height, &per_page);

  for (guint filler = 0; filler < per_page; filler++)
    {
      TableDoc doc;

      table_doc_init (&doc, filler, 12, 3);
      g_assert_cmpuint (td_doc_layout_get_n_pages (doc.layout), >=, 2);
      for (guint p = 0; p < td_doc_layout_get_n_pages (doc.layout); p++)
        {
          guint n = td_doc_layout_get_n_pieces (doc.layout, p);
          const TdDocPiece *last = td_doc_layout_get_piece (doc.layout, p, n - 1);
          const TdDocPiece *first = td_doc_layout_get_piece (doc.layout, p, 0);

          g_assert_false (is_quarter_row (&doc, last));
          /* Nor with the header row, whether the table's first or a repeated one. */
          g_assert_cmpint (last->kind, !=, TD_DOC_PIECE_TABLE_HEAD);
          g_assert_true (first->kind != TD_DOC_PIECE_TABLE_HEAD || p == 0 || n > 1);

          /* A page that opens with a quarter row, under the header row, although it had
           * fitted at the foot of the page before: the rule at work. */
          if (p > 0 && n > 1 && is_quarter_row (&doc, td_doc_layout_get_piece (doc.layout, p, 1)))
            {
              guint prev_n = td_doc_layout_get_n_pieces (doc.layout, p - 1);
              const TdDocPiece *prev = td_doc_layout_get_piece (doc.layout, p - 1, prev_n - 1);
              double room = text_bottom (doc.layout) - (prev->y + prev->height);

              if (room >= td_doc_layout_get_piece (doc.layout, p, 1)->height)
                moved++;
            }
        }
      assert_within_margins (doc.layout);
      table_doc_clear (&doc);
    }
  /* The rule had work to do. */
  g_assert_cmpuint (moved, >, 0);
}

/* The header row opens every page the table goes on to, once. */
static void
test_header_repeated (void)
{
  TableDoc doc;
  guint rows_seen = 0;
  guint n_pages;

  table_doc_init (&doc, 10, 4, 30);
  n_pages = td_doc_layout_get_n_pages (doc.layout);
  g_assert_cmpuint (n_pages, >=, 3);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *text = td_doc_layout_dup_page_text (doc.layout, p);
      guint heads = 0;

      for (guint i = 0; i < td_doc_layout_get_n_pieces (doc.layout, p); i++)
        {
          const TdDocPiece *piece = td_doc_layout_get_piece (doc.layout, p, i);

          if (piece->kind == TD_DOC_PIECE_TABLE_HEAD)
            {
              heads++;
              /* On every page but the first it comes before anything else. */
              g_assert_true (p == 0 || i == 0);
            }
          if (piece->kind == TD_DOC_PIECE_TABLE_ROW)
            rows_seen++;
        }
      g_assert_cmpuint (heads, ==, 1);
      g_assert_nonnull (strstr (text, "Nội dung nhiệm vụ chủ yếu"));
    }
  g_assert_cmpuint (rows_seen, ==, td_doc_table_get_n_rows (doc.table));
  table_doc_clear (&doc);
}

/* A row longer than a page goes on over the following pages line by line, each cell
 * from where it stopped, and every word of it prints once. */
static void
test_row_split (void)
{
  g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
  g_autofree char *content = make_text (10000);
  g_autoptr(GString) read = g_string_new (NULL);
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);
  const char *cells[] = { "1", content, "VP nội vụ" };
  guint cursor[3] = { 0, 0, 0 };
  guint block, n_pages, n_pieces = 0;
  TdDocTable *table;

  add_plain (layout, "Dòng đầu");
  table = td_doc_layout_add_table (layout, &style, columns, 3, &block);
  td_doc_table_set_header (table, head);
  td_doc_table_add_row (table, cells);
  add_plain (layout, "Dòng cuối");

  n_pages = td_doc_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint p = 0; p < n_pages; p++)
    for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
      {
        const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

        if (piece->kind != TD_DOC_PIECE_TABLE_ROW)
          continue;
        n_pieces++;
        for (guint c = 0; c < 3; c++)
          {
            g_assert_cmpuint (piece->cell_first[c], ==, cursor[c]);
            cursor[c] = piece->cell_end[c];
          }
        g_assert_cmpuint (piece->n_lines, >, 0);
      }
  g_assert_cmpuint (n_pieces, ==, n_pages);
  /* The short cells print at once, on the first page. */
  g_assert_cmpuint (cursor[0], ==, 1);
  g_assert_cmpuint (cursor[2], ==, 1);
  assert_within_margins (layout);

  /* The content cell's words, read back page by page, are the text: its lines are those
   * made only of numbered words, which no other line of these pages is. */
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *text = td_doc_layout_dup_page_text (layout, p);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (g_regex_match_simple ("^[0-9]+[^0-9 ][^ ]*( [0-9]+[^0-9 ][^ ]*)*$", lines[i], 0, 0))
          g_string_append_printf (read, "%s%s", read->len > 0 ? " " : "", lines[i]);
    }
  assert_same_text (read->str, content);
}

/* However long the row, its content never leaves a single line on a page, wherever its
 * last page break falls. */
static void
test_row_split_widows (void)
{
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);
  guint last_lines_seen = 0;

  for (guint extra = 0; extra < 50; extra++)
    {
      g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
      g_autofree char *content = make_text (3000 + 48 * extra);
      const char *cells[] = { "1", content, "VP nội vụ" };
      TdDocTable *table = td_doc_layout_add_table (layout, &style, columns, 3, NULL);
      guint n_pieces = 0;

      td_doc_table_set_header (table, head);
      td_doc_table_add_row (table, cells);
      for (guint p = 0; p < td_doc_layout_get_n_pages (layout); p++)
        for (guint i = 0; i < td_doc_layout_get_n_pieces (layout, p); i++)
          {
            const TdDocPiece *piece = td_doc_layout_get_piece (layout, p, i);

            if (piece->kind != TD_DOC_PIECE_TABLE_ROW)
              continue;
            n_pieces++;
            g_assert_cmpuint (piece->cell_end[1] - piece->cell_first[1], >=, 2);
            if (p > 0 && piece->cell_end[1] - piece->cell_first[1] == 2)
              last_lines_seen++;
          }
      g_assert_cmpuint (n_pieces, >=, 2);
    }
  /* The following pages held every count of lines from 2 up: a cut was moved for it. */
  g_assert_cmpuint (last_lines_seen, >, 0);
}

/* The signature never stands alone on a page: the end of the text goes over with it. */
static void
test_signature_keep (void)
{
  g_autofree char *text = make_text (420);
  double line_height;
  guint per_page;
  gboolean moved = FALSE;

  measure_lines (&line_height, &per_page);

  for (guint filler = per_page - 12; filler < per_page; filler++)
    {
      g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
      TdDocSignature signature = {
        "- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Tiến Dũng",
      };
      const TdDocPiece *piece;
      guint last, n;

      for (guint i = 0; i < filler; i++)
        add_plain (layout, "Dòng đệm");
      add_plain (layout, text);
      td_doc_layout_add_signature (layout, &signature);

      last = td_doc_layout_get_n_pages (layout) - 1;
      n = td_doc_layout_get_n_pieces (layout, last);
      piece = td_doc_layout_get_piece (layout, last, n - 1);
      g_assert_cmpint (piece->kind, ==, TD_DOC_PIECE_SIGNATURE);
      g_assert_cmpuint (n, >=, 2);
      g_assert_cmpint (td_doc_layout_get_piece (layout, last, n - 2)->kind, ==,
                       TD_DOC_PIECE_TEXT);
      moved = moved || last > 0;
      assert_within_margins (layout);
    }
  g_assert_true (moved);
}

/* The header reads in the order of the document: bodies, Quốc hiệu, Tiêu ngữ, number, date;
 * a long issuing body breaks before its level of government. */
static void
test_header_block (void)
{
  g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
  TdDocHeader header = {
    NULL, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", "Số: 49/KH-UBND", "Tùng Ảnh, ngày 22 tháng 02 năm 2022",
  };
  g_autofree char *text = NULL;

  td_doc_layout_add_header (layout, &header);
  text = td_doc_layout_dup_page_text (layout, 0);
  g_assert_cmpstr (text, ==,
                   "ỦY BAN NHÂN DÂN\nXÃ TÙNG ẢNH\n"
                   TD_QUOC_HIEU "\n" TD_TIEU_NGU "\n"
                   "Số: 49/KH-UBND\nTùng Ảnh, ngày 22 tháng 02 năm 2022\n");
  g_assert_cmpuint (td_doc_layout_get_n_pieces (layout, 0), ==, 1);
  g_assert_cmpint (td_doc_layout_get_piece (layout, 0, 0)->kind, ==, TD_DOC_PIECE_HEADER);
  g_assert_cmpfloat_with_epsilon (td_doc_layout_get_piece (layout, 0, 0)->y, TD_DOC_MARGIN_TOP,
                                  0.01);
}

/* The same page drawn on two surfaces of different resolution marks the same places. */
static void
test_draw_any_surface (void)
{
  g_autoptr(TdDocLayout) layout = td_doc_layout_new ();
  g_autofree char *text = make_text (6000);
  cairo_surface_t *small, *large;
  guint differ = 0, inked = 0;
  cairo_t *cr;

  add_plain (layout, text);
  g_assert_cmpuint (td_doc_layout_get_n_pages (layout), ==, 2);

  small = cairo_image_surface_create (CAIRO_FORMAT_A8, 60, 85);
  large = cairo_image_surface_create (CAIRO_FORMAT_A8, 600, 850);
  for (guint i = 0; i < 2; i++)
    {
      cairo_surface_t *surface = i == 0 ? small : large;
      double scale = i == 0 ? 0.1 : 1.0;

      cr = cairo_create (surface);
      cairo_scale (cr, scale, scale);
      td_doc_layout_draw_page (layout, cr, 1);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
    }

  /* Each 10 × 10 block of the large page is dark where the small page's pixel is. */
  for (int y = 0; y < 85; y++)
    for (int x = 0; x < 60; x++)
      {
        guchar s = cairo_image_surface_get_data (small)[y * cairo_image_surface_get_stride (small) + x];
        guint sum = 0;

        for (int dy = 0; dy < 10; dy++)
          for (int dx = 0; dx < 10; dx++)
            sum += cairo_image_surface_get_data (large)[(y * 10 + dy) *
                                                        cairo_image_surface_get_stride (large) +
                                                        x * 10 + dx];
        inked += s > 0;
        differ += ABS ((int) s - (int) (sum / 100)) > 64;
      }
  g_assert_cmpuint (inked, >, 200);
  g_assert_cmpuint (differ, <, 60);

  /* Page 2 has its number in the top margin: ink above the text area. */
  {
    guint top_ink = 0;

    for (int y = 0; y < (int) TD_DOC_MARGIN_TOP - 5; y++)
      for (int x = 0; x < 600; x++)
        top_ink += cairo_image_surface_get_data (large)[y * cairo_image_surface_get_stride (large) + x] > 0;
    g_assert_cmpuint (top_ink, >, 10);
  }
  cairo_surface_destroy (small);
  cairo_surface_destroy (large);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/doc/layout/empty", test_empty);
  g_test_add_func ("/doc/layout/page-count", test_page_count);
  g_test_add_func ("/doc/layout/paragraph-split", test_paragraph_split);
  g_test_add_func ("/doc/layout/orphans-widows", test_orphans_widows);
  g_test_add_func ("/doc/layout/heading-keep", test_heading_keep);
  g_test_add_func ("/doc/layout/quarter-keep", test_quarter_keep);
  g_test_add_func ("/doc/layout/header-repeated", test_header_repeated);
  g_test_add_func ("/doc/layout/row-split", test_row_split);
  g_test_add_func ("/doc/layout/row-split-widows", test_row_split_widows);
  g_test_add_func ("/doc/layout/signature-keep", test_signature_keep);
  g_test_add_func ("/doc/layout/header-block", test_header_block);
  g_test_add_func ("/doc/layout/draw-any-surface", test_draw_any_surface);

  return g_test_run ();
}
