/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-doc-paginate"

#include "config.h"

#include "td-doc-layout-private.h"

/* The paginator: the blocks, measured, become a flow of items (lines of text, atoms,
 * table rows) that may or may not be broken before; pages are filled greedily, and when
 * something does not fit, the page breaks before the last item a break may go before. A
 * row too tall for the room left is cut between lines instead, each cell on its own. */

/* Tolerance for sums of line heights that should fit exactly. */
#define EPSILON 0.01
#define TABLE_SPACE_AFTER 6.0

/* Rows -------------------------------------------------------------------------------------- */

/* Height of what is left of @row from the lines @from of each cell on. */
static double
row_rest_height (const TdDocRow *row,
                 const guint    *from)
{
  double content = 0.0;

  /* A cell spanning rows is the rows' together: row_fit_spans() made room for it. */
  for (guint i = 0; i < row->n_cells; i++)
    if (row->n_rows == NULL || row->n_rows[i] <= 1)
      content = MAX (content, td_doc_text_span (&row->texts[i], from[i], row->texts[i].n_lines));
  return TD_DOC_CELL_PAD_TOP + content + TD_DOC_CELL_PAD_BOTTOM + row->extra;
}

static guint
lines_within (const TdDocText *text,
              guint            from,
              double           limit)
{
  guint to = from;

  while (to < text->n_lines && td_doc_text_span (text, from, to + 1) <= limit + EPSILON)
    to++;
  return to;
}

/* Cuts what is left of @row so that its part on this page is at most @avail high; each
 * cell breaks between its own lines. A @strict cut leaves at least TD_DOC_ORPHAN_LINES of
 * the tallest cell on each side and starts every cell, or it is refused (the row moves to
 * the next page); a cut that is not strict, at the head of a page, takes what fits and at
 * least one line. */
static gboolean
row_cut (const TdDocRow *row,
         const guint    *from,
         double          avail,
         gboolean        strict,
         guint          *to)
{
  double limit = avail - TD_DOC_CELL_PAD_TOP - TD_DOC_CELL_PAD_BOTTOM;
  guint tallest = 0;
  double tallest_height = -1.0;
  gboolean any = FALSE;

  for (guint i = 0; i < row->n_cells; i++)
    {
      double rest = td_doc_text_span (&row->texts[i], from[i], row->texts[i].n_lines);

      if (rest > tallest_height)
        {
          tallest = i;
          tallest_height = rest;
        }
    }

  {
    const TdDocText *text = &row->texts[tallest];
    guint rest = text->n_lines - from[tallest];
    guint taken = lines_within (text, from[tallest], limit);

    /* Never a line or so alone at the head of the next page, where there are lines
     * enough to leave more. */
    if (text->n_lines - taken < TD_DOC_ORPHAN_LINES && rest >= 2 * TD_DOC_ORPHAN_LINES)
      {
        taken = text->n_lines - TD_DOC_ORPHAN_LINES;
        limit = td_doc_text_span (text, from[tallest], taken);
      }
    if (strict && (taken - from[tallest] < TD_DOC_ORPHAN_LINES ||
                   text->n_lines - taken < TD_DOC_ORPHAN_LINES))
      return FALSE;
  }

  for (guint i = 0; i < row->n_cells; i++)
    {
      to[i] = lines_within (&row->texts[i], from[i], MAX (limit, 0.0));
      if (strict && from[i] < row->texts[i].n_lines && to[i] == from[i])
        return FALSE;
      any = any || to[i] > from[i];
    }

  if (!any && !strict)
    for (guint i = 0; i < row->n_cells; i++)
      {
        to[i] = MIN (from[i] + 1, row->texts[i].n_lines);
        any = any || to[i] > from[i];
      }
  return any;
}

/* Pagination -------------------------------------------------------------------------------- */

typedef enum {
  ITEM_LINE,
  ITEM_ATOM,
  ITEM_HEAD,
  ITEM_ROW,
  ITEM_DRAW_HEAD,
  ITEM_DRAW_ROW,
} ItemKind;

/* The flow, cut where a page may break: lines of text, atoms, table rows, drawing rows. */
typedef struct {
  ItemKind kind;
  guint    block;
  guint    index;     /* LINE: line; ROW, DRAW_ROW: row */
  double   height;    /* ROW: whole */
  double   space;     /* before; dropped at the head of a page */
  gboolean glue;      /* no page break before this item */
  gboolean new_page;  /* the first item of a part: it starts a page */
} Item;

static void
add_item (GArray   *items,
          ItemKind  kind,
          guint     block,
          guint     index,
          double    height,
          double    space,
          gboolean  glue)
{
  Item item = { kind, block, index, height, space, glue, FALSE };

  g_array_append_val (items, item);
}

/* How many lines @item holds: a row, those of its tallest cell. */
static guint
item_lines (TdDocLayout *self,
            const Item  *item)
{
  TdDocBlock *block = g_ptr_array_index (self->blocks, item->block);
  const TdDocRow *row;
  guint n = 0;

  switch (item->kind)
    {
    case ITEM_LINE:
    case ITEM_DRAW_ROW:
      return 1;
    case ITEM_ROW:
      row = g_ptr_array_index (block->table->rows, item->index);
      for (guint i = 0; i < row->n_cells; i++)
        n = MAX (n, row->texts[i].n_lines);
      return n;
    case ITEM_ATOM:
    case ITEM_HEAD:
    case ITEM_DRAW_HEAD:
    default:
      return 0;
    }
}

/* The signature at @at never stands alone at the head of a page: when it goes over, the
 * last TD_DOC_ORPHAN_LINES lines of the text before it at least go with it, as offices
 * do, whether they are the end of one paragraph, short paragraphs or table rows. */
static void
glue_lines_before (TdDocLayout *self,
                   GArray      *items,
                   guint        at)
{
  guint lines = 0;

  for (guint j = at; j-- > 0;)
    {
      Item *item = &g_array_index (items, Item, j);

      if (item->kind == ITEM_ATOM || item->new_page)
        break;
      lines += item_lines (self, item);
      if (lines >= TD_DOC_ORPHAN_LINES)
        break;
      item->glue = TRUE;
    }
}

static GArray *
build_items (TdDocLayout *self)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));
  gboolean keep = FALSE;
  double after = 0.0;

  for (guint b = 0; b < self->blocks->len; b++)
    {
      TdDocBlock *block = g_ptr_array_index (self->blocks, b);
      guint block_start = items->len;

      switch (block->kind)
        {
        case TD_DOC_BLOCK_TEXT:
          {
            TdDocText *text = &block->text;
            guint n = text->n_lines;

            for (guint i = 0; i < n; i++)
              {
                double height = td_doc_text_span (text, i, i + 1);
                /* Widow and orphan control: no page break leaves fewer than
                 * TD_DOC_ORPHAN_LINES lines of a paragraph alone. */
                gboolean glue = i == 0 ? keep
                                : i < TD_DOC_ORPHAN_LINES || n - i < TD_DOC_ORPHAN_LINES;

                if (i == n - 1 && block->style.rule_below > 0)
                  height += td_doc_text_rule_top (text) - td_doc_text_height (text) +
                            TD_DOC_RULE_WIDTH + TD_DOC_RULE_SPACE;
                add_item (items, ITEM_LINE, b, i, height, i == 0 ? block->style.space_before : 0,
                          glue);
              }
            keep = block->style.keep_with_next;
          }
          break;

        case TD_DOC_BLOCK_HEADER:
        case TD_DOC_BLOCK_SIGNATURE:
          /* The signature never stands alone: the end of the text goes over with it. */
          add_item (items, ITEM_ATOM, b, 0, block->height, block->style.space_before,
                    keep || block->kind == TD_DOC_BLOCK_SIGNATURE);
          if (block->kind == TD_DOC_BLOCK_SIGNATURE)
            glue_lines_before (self, items, items->len - 1);
          keep = FALSE;
          break;

        case TD_DOC_BLOCK_TABLE:
          {
            TdDocTable *table = block->table;
            g_autofree guint *zero = g_new0 (guint, MAX (self->max_cells, 1));
            gboolean first = TRUE;

            if (table->head != NULL)
              {
                add_item (items, ITEM_HEAD, b, 0, td_doc_table_head_height (table),
                          block->style.space_before, keep);
                keep = TRUE;
              }
            for (guint i = 0; i < table->rows->len; i++)
              {
                TdDocRow *row = g_ptr_array_index (table->rows, i);

                add_item (items, ITEM_ROW, b, i, row_rest_height (row, zero),
                          first && table->head == NULL ? block->style.space_before : 0,
                          keep || (row->keep_with_previous && !first));
                keep = row->keep_with_next;
                first = FALSE;
              }
            keep = FALSE;
          }
          break;

        case TD_DOC_BLOCK_DRAWING:
          {
            TdDocDrawing *drawing = block->drawing;

            if (drawing->head_height > 0)
              {
                add_item (items, ITEM_DRAW_HEAD, b, 0, drawing->head_height,
                          block->style.space_before, keep);
                keep = TRUE;
              }
            for (guint i = 0; i < drawing->n_rows; i++)
              {
                add_item (items, ITEM_DRAW_ROW, b, i, drawing->row_heights[i],
                          i == 0 && drawing->head_height <= 0 ? block->style.space_before : 0,
                          keep);
                keep = drawing->keep_with_next[i];
              }
            keep = FALSE;
          }
          break;

        default:
          g_assert_not_reached ();
        }

      /* What follows a table stands clear of its bottom rule. */
      if (items->len > block_start)
        g_array_index (items, Item, block_start).space += after;
      /* A part starts on a page of its own: nothing before it is kept with it. */
      if (items->len > block_start && b > 0 &&
          block->part != ((TdDocBlock *) g_ptr_array_index (self->blocks, b - 1))->part)
        {
          g_array_index (items, Item, block_start).new_page = TRUE;
          g_array_index (items, Item, block_start).glue = FALSE;
        }
      after = block->kind == TD_DOC_BLOCK_TABLE ? TABLE_SPACE_AFTER : 0.0;
    }
  return items;
}

typedef struct {
  TdDocLayout *layout;
  GArray      *pieces;       /* TdDocPiece of the page under way */
  GArray      *owners;       /* guint: the item of each piece; G_MAXUINT for a repeated head */
  guint        n_flow;       /* pieces other than repeated heads */
  guint        first_item;   /* the first item that starts or goes on on this page */
  guint        part;         /* of the page under way */
  double       y;
  double       bottom;
} Pager;

static void
pager_start_page (Pager *pager,
                  guint  first_item)
{
  pager->pieces = g_array_new (FALSE, TRUE, sizeof (TdDocPiece));
  pager->owners = g_array_new (FALSE, FALSE, sizeof (guint));
  pager->n_flow = 0;
  pager->first_item = first_item;
  pager->y = pager->layout->top;
  pager->bottom = pager->layout->page_height - pager->layout->bottom;
}

/* Joins the lines of one text on the page into one piece, and files the page. */
static void
pager_end_page (Pager *pager)
{
  GArray *page = g_array_new (FALSE, TRUE, sizeof (TdDocPiece));

  for (guint i = 0; i < pager->pieces->len; i++)
    {
      TdDocPiece *piece = &g_array_index (pager->pieces, TdDocPiece, i);
      TdDocPiece *last = page->len > 0 ? &g_array_index (page, TdDocPiece, page->len - 1) : NULL;

      if (last != NULL && piece->kind == TD_DOC_PIECE_TEXT && last->kind == TD_DOC_PIECE_TEXT &&
          last->block == piece->block && last->first_line + last->n_lines == piece->first_line)
        {
          last->n_lines += piece->n_lines;
          last->height = piece->y + piece->height - last->y;
        }
      /* Rows of a drawing on one page are one piece too, drawn in one call. */
      else if (last != NULL && piece->kind == TD_DOC_PIECE_DRAWING_ROWS &&
               last->kind == TD_DOC_PIECE_DRAWING_ROWS && last->block == piece->block &&
               last->row + last->n_lines == piece->row)
        {
          last->n_lines += piece->n_lines;
          last->height = piece->y + piece->height - last->y;
        }
      else
        g_array_append_val (page, *piece);
    }
  g_ptr_array_add (pager->layout->pages, page);
  g_array_append_val (pager->layout->page_parts, pager->part);
  g_array_unref (pager->pieces);
  g_array_unref (pager->owners);
  pager->pieces = pager->owners = NULL;
}

static TdDocPiece *
pager_add (Pager          *pager,
           TdDocPieceKind  kind,
           guint           item,
           guint           block,
           double          space,
           double          height)
{
  TdDocPiece piece = { 0 };

  piece.kind = kind;
  piece.block = block;
  piece.y = pager->y + space;
  piece.height = height;
  pager->y = piece.y + height;
  g_array_append_val (pager->pieces, piece);
  g_array_append_val (pager->owners, item);
  if (item != G_MAXUINT)
    pager->n_flow++;
  return &g_array_index (pager->pieces, TdDocPiece, pager->pieces->len - 1);
}

static void
set_row_lines (TdDocLayout    *layout,
               TdDocPiece     *piece,
               const TdDocRow *row,
               guint           index,
               const guint    *from,
               const guint    *to)
{
  guint *lines = g_new (guint, 2 * row->n_cells);

  /* Pieces taken off a page when it breaks leave theirs here too, until the end. */
  g_ptr_array_add (layout->cell_lines, lines);
  piece->row = index;
  piece->n_lines = 0;
  for (guint i = 0; i < row->n_cells; i++)
    {
      lines[i] = from[i];
      lines[row->n_cells + i] = to[i];
      piece->n_lines += to[i] - from[i];
    }
  piece->cell_first = lines;
  piece->cell_end = lines + row->n_cells;
}

static void
place_head (Pager      *pager,
            guint       item,
            guint       block,
            TdDocTable *table,
            double      space)
{
  const TdDocRow *first = g_ptr_array_index (table->head, 0);
  g_autofree guint *zero = g_new0 (guint, MAX (first->n_cells, 1));
  g_autofree guint *end = g_new0 (guint, MAX (first->n_cells, 1));
  TdDocPiece *piece;

  /* All the head's rows are one piece; its lines are those of the first row. */
  for (guint i = 0; i < first->n_cells; i++)
    end[i] = first->texts[i].n_lines;
  piece = pager_add (pager, TD_DOC_PIECE_TABLE_HEAD, item, block, space,
                     td_doc_table_head_height (table));
  set_row_lines (pager->layout, piece, first, 0, zero, end);
}

/* The last item on this page that a page break may go before, not its first; G_MAXUINT
 * when everything on the page holds together. */
static guint
pager_find_break (Pager      *pager,
                  const Item *items,
                  guint       item)
{
  guint at = item;

  while (at > pager->first_item && items[at].glue)
    at--;
  return at > pager->first_item ? at : G_MAXUINT;
}

/* Takes the items from @at on off this page and starts the next page with them. */
static void
pager_break (Pager *pager,
             guint  at)
{
  while (pager->pieces->len > 0 &&
         g_array_index (pager->owners, guint, pager->owners->len - 1) >= at &&
         g_array_index (pager->owners, guint, pager->owners->len - 1) != G_MAXUINT)
    {
      g_array_set_size (pager->pieces, pager->pieces->len - 1);
      g_array_set_size (pager->owners, pager->owners->len - 1);
      pager->n_flow--;
    }
  pager_end_page (pager);
  pager_start_page (pager, at);
}

void
td_doc_layout_paginate (TdDocLayout *self)
{
  g_autoptr(GArray) items = NULL;
  g_autofree guint *cursor = NULL;
  g_autofree guint *end = NULL;
  Pager pager = { self };
  gboolean force = FALSE;
  guint i = 0;

  g_return_if_fail (self != NULL);

  if (self->pages != NULL)
    return;

  for (guint b = 0; b < self->blocks->len; b++)
    {
      TdDocBlock *block = g_ptr_array_index (self->blocks, b);

      td_doc_layout_use_part (self, block->part);
      td_doc_block_measure (self, block);
    }

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->page_parts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cell_lines = g_ptr_array_new_with_free_func (g_free);
  cursor = g_new0 (guint, MAX (self->max_cells, 1));
  end = g_new0 (guint, MAX (self->max_cells, 1));
  items = build_items (self);
  td_doc_layout_use_part (self, 0);
  pager_start_page (&pager, 0);

  while (i < items->len)
    {
      const Item *item = &g_array_index (items, Item, i);
      TdDocBlock *block = g_ptr_array_index (self->blocks, item->block);
      TdDocTable *table = block->table;
      TdDocRow *row = item->kind == ITEM_ROW ? g_ptr_array_index (table->rows, item->index) : NULL;
      double space = pager.n_flow == 0 ? 0.0 : item->space;
      double height = row != NULL ? row_rest_height (row, cursor) : item->height;
      TdDocPiece *piece;
      gboolean fits;
      guint at;

      /* A new part: a new page, of the part's setup. */
      if (item->new_page && block->part != pager.part)
        {
          if (pager.pieces->len > 0)
            pager_end_page (&pager);
          else
            {
              g_array_unref (pager.pieces);
              g_array_unref (pager.owners);
            }
          pager.part = block->part;
          td_doc_layout_use_part (self, pager.part);
          pager_start_page (&pager, i);
          continue;
        }

      /* The header row again at the head of every page a table goes on to. */
      if (row != NULL && pager.n_flow == 0 && pager.pieces->len == 0 && table->head != NULL)
        {
          place_head (&pager, G_MAXUINT, item->block, table, 0.0);
          continue;
        }
      /* And a drawing's head. */
      if (item->kind == ITEM_DRAW_ROW && pager.n_flow == 0 && pager.pieces->len == 0 &&
          block->drawing->head_height > 0)
        {
          pager_add (&pager, TD_DOC_PIECE_DRAWING_HEAD, G_MAXUINT, item->block, 0.0,
                     block->drawing->head_height);
          continue;
        }

      fits = pager.y + space + height <= pager.bottom + EPSILON;
      /* The last row before a signature that will not fit after it: the row is cut, so
       * that its last lines go over with the signature, or it goes over whole. */
      if (fits && row != NULL && i + 1 < items->len)
        {
          const Item *next = &g_array_index (items, Item, i + 1);
          TdDocBlock *next_block = g_ptr_array_index (self->blocks, next->block);

          fits = !(next->kind == ITEM_ATOM && next_block->kind == TD_DOC_BLOCK_SIGNATURE &&
                   pager.y + space + height + next->space + next->height >
                   pager.bottom + EPSILON);
        }

      if (force || fits)
        {
          force = FALSE;
          switch (item->kind)
            {
            case ITEM_LINE:
              piece = pager_add (&pager, TD_DOC_PIECE_TEXT, i, item->block, space, height);
              piece->first_line = item->index;
              piece->n_lines = 1;
              break;
            case ITEM_ATOM:
              pager_add (&pager, block->kind == TD_DOC_BLOCK_HEADER ? TD_DOC_PIECE_HEADER
                                                                   : TD_DOC_PIECE_SIGNATURE,
                         i, item->block, space, height);
              break;
            case ITEM_HEAD:
              place_head (&pager, i, item->block, table, space);
              break;
            case ITEM_ROW:
              for (guint c = 0; c < row->n_cells; c++)
                end[c] = row->texts[c].n_lines;
              piece = pager_add (&pager, TD_DOC_PIECE_TABLE_ROW, i, item->block, space, height);
              set_row_lines (self, piece, row, item->index, cursor, end);
              memset (cursor, 0, self->max_cells * sizeof (guint));
              break;
            case ITEM_DRAW_HEAD:
              pager_add (&pager, TD_DOC_PIECE_DRAWING_HEAD, i, item->block, space, height);
              break;
            case ITEM_DRAW_ROW:
              piece = pager_add (&pager, TD_DOC_PIECE_DRAWING_ROWS, i, item->block, space,
                                 height);
              piece->row = item->index;
              piece->n_lines = 1;
              break;
            default:
              g_assert_not_reached ();
            }
          i++;
          continue;
        }

      at = pager.n_flow > 0 ? pager_find_break (&pager, (const Item *) (gpointer) items->data, i)
                            : G_MAXUINT;

      /* A row taller than the room left goes on over the next page, line by line: leaving
       * lines enough on both sides, or just what fits where nothing else may break. */
      if (row != NULL && !row->no_split &&
          row_cut (row, cursor, pager.bottom - pager.y - space, at != G_MAXUINT, end))
        {
          piece = pager_add (&pager, TD_DOC_PIECE_TABLE_ROW, i, item->block, space, 0.0);
          set_row_lines (self, piece, row, item->index, cursor, end);
          piece->height = TD_DOC_CELL_PAD_TOP + TD_DOC_CELL_PAD_BOTTOM;
          for (guint c = 0; c < row->n_cells; c++)
            piece->height = MAX (piece->height, TD_DOC_CELL_PAD_TOP + TD_DOC_CELL_PAD_BOTTOM +
                                 td_doc_text_span (&row->texts[c], cursor[c], end[c]));
          memcpy (cursor, end, self->max_cells * sizeof (guint));
          pager_end_page (&pager);
          pager_start_page (&pager, i);
          continue;
        }

      /* Too tall for a whole page: it goes on this one all the same, and overflows. */
      if (pager.n_flow == 0 && (row == NULL || row->no_split))
        {
          force = TRUE;
          continue;
        }

      /* Everything on the page holds together: it breaks here all the same. */
      i = at != G_MAXUINT ? at : i;
      pager_break (&pager, i);
    }

  pager_end_page (&pager);
  td_doc_layout_use_part (self, self->parts->len - 1);
}

guint
td_doc_layout_get_n_pages (TdDocLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  td_doc_layout_paginate (self);
  return self->pages->len;
}

guint
td_doc_layout_get_n_pieces (TdDocLayout *self,
                            guint        page)
{
  g_return_val_if_fail (page < td_doc_layout_get_n_pages (self), 0);
  return ((GArray *) g_ptr_array_index (self->pages, page))->len;
}

const TdDocPiece *
td_doc_layout_get_piece (TdDocLayout *self,
                         guint        page,
                         guint        index)
{
  GArray *pieces;

  g_return_val_if_fail (page < td_doc_layout_get_n_pages (self), NULL);

  pieces = g_ptr_array_index (self->pages, page);
  g_return_val_if_fail (index < pieces->len, NULL);
  return &g_array_index (pieces, TdDocPiece, index);
}

guint
td_doc_layout_get_n_lines (TdDocLayout *self,
                           guint        block)
{
  TdDocBlock *b;

  g_return_val_if_fail (self != NULL && block < self->blocks->len, 0);

  td_doc_layout_paginate (self);
  b = g_ptr_array_index (self->blocks, block);
  return b->kind == TD_DOC_BLOCK_TEXT ? b->text.n_lines : 0;
}
