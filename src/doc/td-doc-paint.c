/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-doc-paint"

#include "config.h"

#include "td-doc-layout-private.h"

/* The painter: draws the pieces the paginator put on a page, and reads their text back in
 * the same order, so what a PDF reader extracts follows the document. */

#define PAGE_NUMBER_SIZE 13.0
/* The page number's baseline, as a share of the top margin: centred in it. */
#define PAGE_NUMBER_BASELINE 0.62

void
td_doc_text_draw_lines (const TdDocText *text,
                        cairo_t         *cr,
                        double           x,
                        double           y,
                        guint            first,
                        guint            end)
{
  g_assert (end <= text->n_lines);

  for (guint i = first; i < end; i++)
    {
      cairo_move_to (cr, x + text->xs[i], y + text->baselines[i] - text->tops[first]);
      pango_cairo_show_layout_line (cr, text->lines[i]);
    }
}

void
td_doc_text_append_lines (const TdDocText *text,
                          GString         *out,
                          guint            first,
                          guint            end)
{
  const char *str = pango_layout_get_text (text->layout);

  g_assert (end <= text->n_lines);

  for (guint i = first; i < end; i++)
    {
      int start = text->starts[i];
      int stop = text->starts[i + 1];

      while (stop > start && g_ascii_isspace (str[stop - 1]))
        stop--;
      g_string_append_len (out, str + start, stop - start);
      g_string_append_c (out, '\n');
    }
}

static void
stroke_line (cairo_t *cr,
             double   x0,
             double   y0,
             double   x1,
             double   y1,
             double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
}

static TdDocBlock *
get_block (TdDocLayout      *self,
           const TdDocPiece *piece)
{
  return g_ptr_array_index (self->blocks, piece->block);
}

static const TdDocRow *
piece_row (TdDocLayout      *self,
           const TdDocPiece *piece)
{
  TdDocTable *table = get_block (self, piece)->table;

  if (piece->kind == TD_DOC_PIECE_TABLE_HEAD)
    return g_ptr_array_index (table->head, 0);
  return g_ptr_array_index (table->rows, piece->row);
}

static void
draw_text_piece (TdDocLayout      *self,
                 cairo_t          *cr,
                 const TdDocPiece *piece)
{
  TdDocBlock *block = get_block (self, piece);
  TdDocText *text = &block->text;
  guint end = piece->first_line + piece->n_lines;

  td_doc_text_draw_lines (text, cr, self->left, piece->y, piece->first_line, end);

  /* The short rule under a title, centred under its text. */
  if (block->style.rule_below > 0 && end == text->n_lines)
    {
      double centre = self->left + td_doc_layout_get_text_width (self) / 2;
      double length = text->width * block->style.rule_below;
      double y = piece->y + td_doc_text_rule_top (text) -
                 (text->tops[piece->first_line] - text->tops[0]) + TD_DOC_RULE_WIDTH / 2;

      stroke_line (cr, centre - length / 2, y, centre + length / 2, y, TD_DOC_RULE_WIDTH);
    }
}

static void
draw_atom (TdDocLayout      *self,
           cairo_t          *cr,
           const TdDocPiece *piece)
{
  TdDocBlock *block = get_block (self, piece);

  for (guint i = 0; i < block->placed->len; i++)
    {
      TdDocPlaced *placed = &g_array_index (block->placed, TdDocPlaced, i);

      td_doc_text_draw_lines (&placed->text, cr, self->left + placed->x, piece->y + placed->y, 0,
                              placed->text.n_lines);
    }
  for (guint i = 0; i < block->rules->len; i++)
    {
      TdDocRule *rule = &g_array_index (block->rules, TdDocRule, i);
      double y = piece->y + rule->y + TD_DOC_RULE_WIDTH / 2;

      stroke_line (cr, self->left + rule->x0, y, self->left + rule->x1, y, TD_DOC_RULE_WIDTH);
    }
}

/* Cell @i of @row in its own box, as wide as its columns and, for one spanning rows, as
 * tall as @heights of the rows it spans (those on this page). A cell spanning rows on over
 * the page shows the lines that its box here holds. */
static void
draw_cell (TdDocLayout    *self,
           cairo_t        *cr,
           TdDocTable     *table,
           const TdDocRow *row,
           guint           i,
           double          y,
           const double   *heights,
           guint           n_heights)
{
  const TdDocText *text = &row->texts[i];
  /* A row of a cell to a column under or above cells that span. */
  guint first = row->first_col != NULL ? row->first_col[i] : i;
  guint end = row->first_col != NULL ? first + row->n_cols[i]
              : row->span ? table->n_columns : i + 1;
  guint n_rows = row->n_rows != NULL ? row->n_rows[i] : 1;
  double x0 = self->left + table->edges[first];
  double x1 = self->left + table->edges[end];
  double height = 0.0;
  double room, ty = y + TD_DOC_CELL_PAD_TOP;
  guint n_lines = text->n_lines;

  for (guint j = 0; j < MIN (n_rows, n_heights); j++)
    height += heights[j];
  room = height - TD_DOC_CELL_PAD_TOP - TD_DOC_CELL_PAD_BOTTOM;
  if (n_heights < n_rows)
    while (n_lines > 1 && td_doc_text_span (text, 0, n_lines) > room + 0.01)
      n_lines--;
  if (row->head || n_rows > 1)
    ty += MAX (room - td_doc_text_span (text, 0, n_lines), 0.0) / 2;
  td_doc_text_draw_lines (text, cr, x0 + TD_DOC_CELL_PAD_X, ty, 0, n_lines);
  cairo_rectangle (cr, x0, y, x1 - x0, height);
}

static void
draw_cells (TdDocLayout    *self,
            cairo_t        *cr,
            TdDocTable     *table,
            const TdDocRow *row,
            double          y,
            const double   *heights,
            guint           n_heights)
{
  cairo_set_line_width (cr, TD_DOC_TABLE_LINE_WIDTH);
  for (guint i = 0; i < row->n_cells; i++)
    draw_cell (self, cr, table, row, i, y, heights, n_heights);
  cairo_stroke (cr);
}

/* The heights of the rows of @piece's table from @piece on, one after the other on this
 * page; returns how many. */
static guint
rows_on_page (GArray           *pieces,
              guint             index,
              double           *heights)
{
  const TdDocPiece *piece = &g_array_index (pieces, TdDocPiece, index);
  guint n = 0;

  for (guint i = index; i < pieces->len; i++)
    {
      const TdDocPiece *next = &g_array_index (pieces, TdDocPiece, i);

      if (next->kind != TD_DOC_PIECE_TABLE_ROW || next->block != piece->block ||
          next->row != piece->row + n)
        break;
      heights[n++] = next->height;
    }
  return n;
}

/* Calls @func for each cell of a row above @piece's that spans rows down to it: a cell
 * whose rows go on over a page break, met again at the head of this page. */
typedef void (*ContinuedFunc) (const TdDocRow *row,
                               guint           cell,
                               guint           rows_left,
                               gpointer        user_data);

static void
foreach_continued_cell (TdDocLayout      *self,
                        const TdDocPiece *piece,
                        ContinuedFunc     func,
                        gpointer          user_data)
{
  TdDocTable *table = get_block (self, piece)->table;

  for (guint r = piece->row; r-- > 0;)
    {
      const TdDocRow *row = g_ptr_array_index (table->rows, r);

      for (guint i = 0; row->n_rows != NULL && i < row->n_cells; i++)
        if (r + row->n_rows[i] > piece->row)
          func (row, i, r + row->n_rows[i] - piece->row, user_data);
      /* Rows not held by a cell above start afresh: nothing above them spans further. */
      if (!row->keep_with_previous || !row->no_split)
        break;
    }
}

typedef struct {
  TdDocLayout *self;
  cairo_t     *cr;
  TdDocTable  *table;
  double       y;
  double      *heights;
  guint        n_heights;
} Continued;

static void
draw_continued_cb (const TdDocRow *row,
                   guint           cell,
                   guint           rows_left,
                   gpointer        user_data)
{
  Continued *c = user_data;
  /* As if the cell spanned only the rows left, so it is framed and centred beside them. */
  g_autofree guint *n_rows = g_memdup2 (row->n_rows, row->n_cells * sizeof (guint));
  TdDocRow shown = *row;

  n_rows[cell] = rows_left;
  shown.n_rows = n_rows;
  draw_cell (c->self, c->cr, c->table, &shown, cell, c->y, c->heights,
             MIN (c->n_heights, rows_left));
}

/* At the head of a page, the cells spanning rows that began on an earlier page: their
 * words again, beside the rows they go on over. */
static void
draw_continued_cells (TdDocLayout      *self,
                      cairo_t          *cr,
                      GArray           *pieces,
                      guint             index)
{
  const TdDocPiece *piece = &g_array_index (pieces, TdDocPiece, index);
  g_autofree double *heights = g_new (double, pieces->len - index);
  Continued c = { self, cr, get_block (self, piece)->table, piece->y, heights, 0 };

  c.n_heights = rows_on_page (pieces, index, heights);
  cairo_set_line_width (cr, TD_DOC_TABLE_LINE_WIDTH);
  foreach_continued_cell (self, piece, draw_continued_cb, &c);
  cairo_stroke (cr);
}

static void
append_continued_cb (const TdDocRow *row,
                     guint           cell,
                     guint           rows_left,
                     gpointer        user_data)
{
  td_doc_text_append_lines (&row->texts[cell], user_data, 0, row->texts[cell].n_lines);
}

/* Whether @index is the first row of its table on this page. */
static gboolean
first_row_on_page (GArray *pieces,
                   guint   index)
{
  const TdDocPiece *piece = &g_array_index (pieces, TdDocPiece, index);
  const TdDocPiece *before = index > 0 ? &g_array_index (pieces, TdDocPiece, index - 1) : NULL;

  return before == NULL || before->block != piece->block ||
         before->kind != TD_DOC_PIECE_TABLE_ROW;
}

/* A head of several rows, or of cells that span. */
static void
draw_head (TdDocLayout      *self,
           cairo_t          *cr,
           const TdDocPiece *piece)
{
  TdDocTable *table = get_block (self, piece)->table;
  g_autofree double *heights = g_new (double, table->head->len);
  double y = piece->y;

  for (guint i = 0; i < table->head->len; i++)
    heights[i] = td_doc_row_height (g_ptr_array_index (table->head, i));
  for (guint i = 0; i < table->head->len; i++)
    {
      TdDocRow *row = g_ptr_array_index (table->head, i);

      draw_cells (self, cr, table, row, y, heights + i, table->head->len - i);
      y += heights[i];
    }
}

/* A row of cells that span; those spanning rows take the rows under it on this page. */
static void
draw_spanning_row (TdDocLayout      *self,
                   cairo_t          *cr,
                   GArray           *pieces,
                   guint             index)
{
  const TdDocPiece *piece = &g_array_index (pieces, TdDocPiece, index);
  TdDocTable *table = get_block (self, piece)->table;
  g_autofree double *heights = g_new (double, pieces->len - index);
  guint n = rows_on_page (pieces, index, heights);

  draw_cells (self, cr, table, piece_row (self, piece), piece->y, heights, n);
}

static void
draw_row (TdDocLayout      *self,
          cairo_t          *cr,
          const TdDocPiece *piece)
{
  TdDocTable *table = get_block (self, piece)->table;
  const TdDocRow *row = piece_row (self, piece);
  double x = self->left;
  double right = x + table->edges[table->n_columns];

  for (guint i = 0; i < row->n_cells; i++)
    {
      const TdDocText *text = &row->texts[i];
      double y = piece->y + TD_DOC_CELL_PAD_TOP;

      /* Header cells sit in the middle of their row, the others at its top. */
      if (piece->kind == TD_DOC_PIECE_TABLE_HEAD)
        y += (piece->height - TD_DOC_CELL_PAD_TOP - TD_DOC_CELL_PAD_BOTTOM -
              td_doc_text_height (text)) / 2;
      td_doc_text_draw_lines (text, cr, x + table->edges[i] + TD_DOC_CELL_PAD_X, y,
                              piece->cell_first[i], piece->cell_end[i]);
    }

  /* Each piece is closed on all four sides, as a row that breaks over a page is. */
  cairo_set_line_width (cr, TD_DOC_TABLE_LINE_WIDTH);
  cairo_rectangle (cr, x, piece->y, right - x, piece->height);
  for (guint i = 1; !row->span && i < table->n_columns; i++)
    {
      cairo_move_to (cr, x + table->edges[i], piece->y);
      cairo_line_to (cr, x + table->edges[i], piece->y + piece->height);
    }
  cairo_stroke (cr);
}

static void
draw_drawing (TdDocLayout      *self,
              cairo_t          *cr,
              const TdDocPiece *piece)
{
  TdDocDrawing *drawing = get_block (self, piece)->drawing;
  gboolean head = piece->kind == TD_DOC_PIECE_DRAWING_HEAD;

  cairo_save (cr);
  cairo_translate (cr, self->left, piece->y);
  drawing->draw (cr, td_doc_layout_get_text_width (self), head, head ? 0 : piece->row,
                 head ? 0 : piece->row + piece->n_lines, drawing->user_data);
  cairo_restore (cr);
}

static void
draw_page_number (TdDocLayout *self,
                  cairo_t     *cr,
                  guint        page)
{
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  TdDocText text = { NULL };
  double width = td_doc_layout_get_text_width (self);

  td_doc_text_measure (self, &text, number, FALSE, PAGE_NUMBER_SIZE, FALSE, FALSE,
                       TD_DOC_ALIGN_CENTER, 0, width);
  td_doc_text_draw_lines (&text, cr, self->left, self->top * PAGE_NUMBER_BASELINE -
                          text.baselines[0], 0, text.n_lines);
  td_doc_text_clear (&text);
}

void
td_doc_layout_draw_page (TdDocLayout *self,
                         cairo_t     *cr,
                         guint        page)
{
  GArray *pieces;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (page < td_doc_layout_get_n_pages (self));

  pieces = g_ptr_array_index (self->pages, page);
  td_doc_layout_use_part (self, g_array_index (self->page_parts, guint, page));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* Decree 30: page numbers from the second page on, centred in the top margin. */
  if (page > 0)
    draw_page_number (self, cr, page);

  for (guint i = 0; i < pieces->len; i++)
    {
      const TdDocPiece *piece = &g_array_index (pieces, TdDocPiece, i);

      switch (piece->kind)
        {
        case TD_DOC_PIECE_TEXT:
          draw_text_piece (self, cr, piece);
          break;
        case TD_DOC_PIECE_HEADER:
        case TD_DOC_PIECE_SIGNATURE:
          draw_atom (self, cr, piece);
          break;
        case TD_DOC_PIECE_TABLE_HEAD:
          if (td_doc_table_plain_head (get_block (self, piece)->table))
            draw_row (self, cr, piece);
          else
            draw_head (self, cr, piece);
          break;
        case TD_DOC_PIECE_TABLE_ROW:
          if (piece_row (self, piece)->first_col != NULL && first_row_on_page (pieces, i))
            draw_continued_cells (self, cr, pieces, i);
          if (piece_row (self, piece)->first_col != NULL)
            draw_spanning_row (self, cr, pieces, i);
          else
            draw_row (self, cr, piece);
          break;
        case TD_DOC_PIECE_DRAWING_HEAD:
        case TD_DOC_PIECE_DRAWING_ROWS:
          draw_drawing (self, cr, piece);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
  td_doc_layout_use_part (self, self->parts->len - 1);
}

char *
td_doc_layout_dup_page_text (TdDocLayout *self,
                             guint        page)
{
  GString *out = g_string_new (NULL);
  GArray *pieces;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (page < td_doc_layout_get_n_pages (self), NULL);

  pieces = g_ptr_array_index (self->pages, page);
  if (page > 0)
    g_string_append_printf (out, "%u\n", page + 1);

  for (guint i = 0; i < pieces->len; i++)
    {
      const TdDocPiece *piece = &g_array_index (pieces, TdDocPiece, i);
      TdDocBlock *block = get_block (self, piece);

      switch (piece->kind)
        {
        case TD_DOC_PIECE_TEXT:
          td_doc_text_append_lines (&block->text, out, piece->first_line,
                                    piece->first_line + piece->n_lines);
          break;
        case TD_DOC_PIECE_HEADER:
        case TD_DOC_PIECE_SIGNATURE:
          for (guint j = 0; j < block->placed->len; j++)
            {
              TdDocPlaced *placed = &g_array_index (block->placed, TdDocPlaced, j);

              td_doc_text_append_lines (&placed->text, out, 0, placed->text.n_lines);
            }
          break;
        case TD_DOC_PIECE_TABLE_HEAD:
          if (!td_doc_table_plain_head (block->table))
            {
              for (guint r = 0; r < block->table->head->len; r++)
                {
                  const TdDocRow *row = g_ptr_array_index (block->table->head, r);

                  for (guint j = 0; j < row->n_cells; j++)
                    td_doc_text_append_lines (&row->texts[j], out, 0, row->texts[j].n_lines);
                }
              break;
            }
          G_GNUC_FALLTHROUGH;
        case TD_DOC_PIECE_TABLE_ROW:
          {
            const TdDocRow *row = piece_row (self, piece);

            if (piece->kind == TD_DOC_PIECE_TABLE_ROW && row->first_col != NULL &&
                first_row_on_page (pieces, i))
              foreach_continued_cell (self, piece, append_continued_cb, out);
            for (guint j = 0; j < row->n_cells; j++)
              td_doc_text_append_lines (&row->texts[j], out, piece->cell_first[j],
                                        piece->cell_end[j]);
          }
          break;
        case TD_DOC_PIECE_DRAWING_HEAD:
        case TD_DOC_PIECE_DRAWING_ROWS:
          if (block->drawing->text != NULL)
            {
              gboolean head = piece->kind == TD_DOC_PIECE_DRAWING_HEAD;

              block->drawing->text (out, head, head ? 0 : piece->row,
                                    head ? 0 : piece->row + piece->n_lines,
                                    block->drawing->user_data);
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (out, FALSE);
}
