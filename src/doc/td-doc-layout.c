/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-doc-layout"

#include "config.h"

#include "td-doc-layout-private.h"

#define SIGNATURE_SPACE 12.0

/* Styles ------------------------------------------------------------------------------------ */

TdDocStyle
td_doc_style (TdDocRole role)
{
  TdDocStyle style = {
    .size = TD_DOC_BODY_SIZE,
    .align = TD_DOC_ALIGN_JUSTIFY,
    .indent = TD_DOC_INDENT,
    .space_before = TD_DOC_PARAGRAPH_SPACE,
  };

  switch (role)
    {
    case TD_DOC_ROLE_BODY:
      break;
    case TD_DOC_ROLE_HEADING:
      style.bold = TRUE;
      style.keep_with_next = TRUE;
      break;
    case TD_DOC_ROLE_SUBHEADING:
      style.bold = TRUE;
      style.italic = TRUE;
      style.keep_with_next = TRUE;
      break;
    case TD_DOC_ROLE_KIND:
      style.size = 14.0;
      style.bold = TRUE;
      style.align = TD_DOC_ALIGN_CENTER;
      style.indent = 0.0;
      style.space_before = 18.0;
      style.keep_with_next = TRUE;
      break;
    case TD_DOC_ROLE_TITLE:
      style.size = 14.0;
      style.bold = TRUE;
      style.align = TD_DOC_ALIGN_CENTER;
      style.indent = 0.0;
      style.space_before = 0.0;
      style.keep_with_next = TRUE;
      style.rule_below = 1.0 / 3.0;
      break;
    case TD_DOC_ROLE_PREAMBLE:
      style.italic = TRUE;
      break;
    case TD_DOC_ROLE_PART:
      style.size = 14.0;
      style.bold = TRUE;
      style.align = TD_DOC_ALIGN_CENTER;
      style.indent = 0.0;
      style.space_before = 12.0;
      style.keep_with_next = TRUE;
      break;
    default:
      g_assert_not_reached ();
    }
  return style;
}

/* Blocks ------------------------------------------------------------------------------------ */

static void
row_free (TdDocRow *row)
{
  if (row == NULL)
    return;
  for (guint i = 0; row->texts != NULL && i < row->n_cells; i++)
    td_doc_text_clear (&row->texts[i]);
  g_free (row->texts);
  g_strfreev (row->cells);
  g_free (row->first_col);
  g_free (row->n_cols);
  g_free (row->n_rows);
  g_free (row);
}

static void
table_free (TdDocTable *table)
{
  g_clear_pointer (&table->head, g_ptr_array_unref);
  g_ptr_array_unref (table->rows);
  g_free (table->columns);
  g_free (table->edges);
  g_free (table->head_covered);
  g_free (table->covered);
  g_free (table);
}

static void
drawing_free (TdDocDrawing *drawing)
{
  if (drawing->destroy != NULL)
    drawing->destroy (drawing->user_data);
  g_free ((gpointer) drawing->row_heights);
  g_free ((gpointer) drawing->keep_with_next);
  g_free (drawing);
}

static void
block_free (TdDocBlock *block)
{
  g_free (block->source);
  td_doc_text_clear (&block->text);
  g_strfreev (block->fields);
  for (guint i = 0; block->placed != NULL && i < block->placed->len; i++)
    td_doc_text_clear (&g_array_index (block->placed, TdDocPlaced, i).text);
  g_clear_pointer (&block->placed, g_array_unref);
  g_clear_pointer (&block->rules, g_array_unref);
  g_clear_pointer (&block->table, table_free);
  g_clear_pointer (&block->drawing, drawing_free);
  g_free (block);
}

/* The current setup becomes the last part's. */
static void
save_part (TdDocLayout *self)
{
  TdDocPart *part = &g_array_index (self->parts, TdDocPart, self->parts->len - 1);

  part->page_width = self->page_width;
  part->page_height = self->page_height;
  part->top = self->top;
  part->right = self->right;
  part->bottom = self->bottom;
  part->left = self->left;
}

void
td_doc_layout_use_part (TdDocLayout *self,
                        guint        index)
{
  const TdDocPart *part;

  g_assert (index < self->parts->len);

  part = &g_array_index (self->parts, TdDocPart, index);
  self->page_width = part->page_width;
  self->page_height = part->page_height;
  self->top = part->top;
  self->right = part->right;
  self->bottom = part->bottom;
  self->left = part->left;
}

TdDocLayout *
td_doc_layout_new (void)
{
  TdDocLayout *self = g_new0 (TdDocLayout, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  self->page_width = TD_DOC_A4_WIDTH;
  self->page_height = TD_DOC_A4_HEIGHT;
  self->top = TD_DOC_MARGIN_TOP;
  self->right = TD_DOC_MARGIN_RIGHT;
  self->bottom = TD_DOC_MARGIN_BOTTOM;
  self->left = TD_DOC_MARGIN_LEFT;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->parts = g_array_new (FALSE, TRUE, sizeof (TdDocPart));
  g_array_set_size (self->parts, 1);
  save_part (self);

  /* Our own context, not the target's: 72 dpi so that units are points, and no hinting
   * or rounding, so a line breaks at the same word on paper, in a PDF and on screen. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("vi"));
  cairo_font_options_destroy (options);
  return self;
}

void
td_doc_layout_free (TdDocLayout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->page_parts, g_array_unref);
  g_clear_pointer (&self->cell_lines, g_ptr_array_unref);
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->parts);
  g_clear_object (&self->context);
  g_free (self);
}

void
td_doc_layout_set_page (TdDocLayout *self,
                        double       width,
                        double       height,
                        double       top,
                        double       right,
                        double       bottom,
                        double       left)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->blocks->len == 0);
  g_return_if_fail (width > left + right && height > top + bottom);

  self->page_width = width;
  self->page_height = height;
  self->top = top;
  self->right = right;
  self->bottom = bottom;
  self->left = left;
  save_part (self);
}

void
td_doc_layout_begin_part (TdDocLayout *self,
                          double       width,
                          double       height,
                          double       top,
                          double       right,
                          double       bottom,
                          double       left)
{
  TdDocPart *last;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->pages == NULL);
  g_return_if_fail (width > left + right && height > top + bottom);

  /* A part with no blocks yet just changes its setup: no empty page. */
  last = &g_array_index (self->parts, TdDocPart, self->parts->len - 1);
  if (last->first_block < self->blocks->len)
    {
      TdDocPart part = { 0 };

      part.first_block = self->blocks->len;
      g_array_append_val (self->parts, part);
    }
  self->page_width = width;
  self->page_height = height;
  self->top = top;
  self->right = right;
  self->bottom = bottom;
  self->left = left;
  save_part (self);
}

void
td_doc_layout_add_page_break (TdDocLayout *self)
{
  g_return_if_fail (self != NULL);

  td_doc_layout_begin_part (self, self->page_width, self->page_height, self->top, self->right,
                            self->bottom, self->left);
}

void
td_doc_layout_get_page_size (TdDocLayout *self,
                             double      *width,
                             double      *height)
{
  const TdDocPart *part;

  g_return_if_fail (self != NULL);

  part = &g_array_index (self->parts, TdDocPart, 0);
  if (width != NULL)
    *width = part->page_width;
  if (height != NULL)
    *height = part->page_height;
}

void
td_doc_layout_get_nth_page_size (TdDocLayout *self,
                                 guint        page,
                                 double      *width,
                                 double      *height)
{
  const TdDocPart *part;

  g_return_if_fail (page < td_doc_layout_get_n_pages (self));

  part = &g_array_index (self->parts, TdDocPart,
                         g_array_index (self->page_parts, guint, page));
  if (width != NULL)
    *width = part->page_width;
  if (height != NULL)
    *height = part->page_height;
}

double
td_doc_layout_get_text_width (TdDocLayout *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->page_width - self->left - self->right;
}

static guint
add_block (TdDocLayout *self,
           TdDocBlock  *block)
{
  block->part = self->parts->len - 1;
  g_ptr_array_add (self->blocks, block);
  return self->blocks->len - 1;
}

static char **
strv_of (guint n,
         ...)
{
  char **strv = g_new0 (char *, n + 1);
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      const char *s = va_arg (args, const char *);
      strv[i] = g_strdup (s != NULL ? s : "");
    }
  va_end (args);
  return strv;
}

guint
td_doc_layout_add_header (TdDocLayout       *self,
                          const TdDocHeader *header)
{
  TdDocBlock *block = g_new0 (TdDocBlock, 1);

  g_return_val_if_fail (self != NULL && header != NULL, G_MAXUINT);
  /* Blocks added after pagination would be on no page. */
  g_return_val_if_fail (self->pages == NULL, G_MAXUINT);

  block->kind = TD_DOC_BLOCK_HEADER;
  block->fields = strv_of (4, header->parent_body, header->issuing_body, header->number_line,
                           header->place_date);
  return add_block (self, block);
}

guint
td_doc_layout_add_part_title (TdDocLayout *self,
                              const char  *number,
                              const char  *title)
{
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_PART);
  g_autofree char *upper = NULL;
  guint first;

  g_return_val_if_fail (self != NULL && number != NULL && title != NULL, 0);

  upper = g_utf8_strup (title, -1);
  first = td_doc_layout_add_text (self, &style, number);
  style.space_before = 0.0;
  td_doc_layout_add_text (self, &style, upper);
  return first;
}

guint
td_doc_layout_add_signature (TdDocLayout          *self,
                             const TdDocSignature *signature)
{
  TdDocBlock *block = g_new0 (TdDocBlock, 1);

  g_return_val_if_fail (self != NULL && signature != NULL, G_MAXUINT);
  g_return_val_if_fail (self->pages == NULL, G_MAXUINT);

  block->kind = TD_DOC_BLOCK_SIGNATURE;
  block->style.space_before = SIGNATURE_SPACE;
  block->fields = strv_of (4, signature->recipients, signature->capacity, signature->position,
                           signature->name);
  return add_block (self, block);
}

guint
td_doc_layout_add_signatures (TdDocLayout          *self,
                              const TdDocSignature *signatures,
                              guint                 n_signatures)
{
  TdDocBlock *block;

  g_return_val_if_fail (self != NULL && signatures != NULL, G_MAXUINT);
  g_return_val_if_fail (n_signatures >= 1 && n_signatures <= 3, G_MAXUINT);
  g_return_val_if_fail (self->pages == NULL, G_MAXUINT);

  block = g_new0 (TdDocBlock, 1);
  block->kind = TD_DOC_BLOCK_SIGNATURE;
  block->style.space_before = SIGNATURE_SPACE;
  block->n_signatures = n_signatures;
  block->fields = g_new0 (char *, 4 * n_signatures + 1);
  for (guint i = 0; i < n_signatures; i++)
    {
      const TdDocSignature *signature = &signatures[i];

      block->fields[4 * i] = g_strdup ("");
      block->fields[4 * i + 1] = g_strdup (signature->capacity != NULL ? signature->capacity : "");
      block->fields[4 * i + 2] = g_strdup (signature->position != NULL ? signature->position : "");
      block->fields[4 * i + 3] = g_strdup (signature->name != NULL ? signature->name : "");
    }
  return add_block (self, block);
}

static guint
add_text (TdDocLayout      *self,
          const TdDocStyle *style,
          const char       *source,
          gboolean          is_markup)
{
  TdDocBlock *block = g_new0 (TdDocBlock, 1);

  block->kind = TD_DOC_BLOCK_TEXT;
  block->style = *style;
  block->source = g_strdup (source != NULL ? source : "");
  block->is_markup = is_markup;
  return add_block (self, block);
}

guint
td_doc_layout_add_text (TdDocLayout      *self,
                        const TdDocStyle *style,
                        const char       *text)
{
  g_return_val_if_fail (self != NULL && style != NULL, G_MAXUINT);
  g_return_val_if_fail (self->pages == NULL, G_MAXUINT);
  return add_text (self, style, text, FALSE);
}

guint
td_doc_layout_add_markup (TdDocLayout      *self,
                          const TdDocStyle *style,
                          const char       *markup)
{
  g_return_val_if_fail (self != NULL && style != NULL, G_MAXUINT);
  g_return_val_if_fail (self->pages == NULL, G_MAXUINT);
  g_return_val_if_fail (markup == NULL || pango_parse_markup (markup, -1, 0, NULL, NULL, NULL,
                                                              NULL), G_MAXUINT);
  return add_text (self, style, markup, TRUE);
}

TdDocTable *
td_doc_layout_add_table (TdDocLayout       *self,
                         const TdDocStyle  *style,
                         const TdDocColumn *columns,
                         guint              n_columns,
                         guint             *index)
{
  TdDocBlock *block;
  TdDocTable *table;
  guint i;

  g_return_val_if_fail (self != NULL && style != NULL && columns != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (self->pages == NULL, NULL);

  table = g_new0 (TdDocTable, 1);
  table->style = *style;
  table->n_columns = n_columns;
  table->columns = g_memdup2 (columns, n_columns * sizeof (TdDocColumn));
  table->edges = g_new0 (double, n_columns + 1);
  table->head_covered = g_new0 (guint, n_columns);
  table->covered = g_new0 (guint, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  block = g_new0 (TdDocBlock, 1);
  block->kind = TD_DOC_BLOCK_TABLE;
  block->style = *style;
  block->table = table;
  i = add_block (self, block);
  if (index != NULL)
    *index = i;
  return table;
}

static TdDocRow *
row_new (const char * const *cells,
         guint               n_cells)
{
  TdDocRow *row = g_new0 (TdDocRow, 1);

  row->n_cells = n_cells;
  row->cells = g_new0 (char *, n_cells + 1);
  for (guint i = 0; i < n_cells; i++)
    row->cells[i] = g_strdup (cells != NULL && cells[i] != NULL ? cells[i] : "");
  return row;
}

void
td_doc_table_set_header (TdDocTable         *table,
                         const char * const *cells)
{
  TdDocRow *row;

  g_return_if_fail (table != NULL && cells != NULL);

  g_clear_pointer (&table->head, g_ptr_array_unref);
  table->head = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  row = row_new (cells, table->n_columns);
  row->bold = TRUE;
  row->head = TRUE;
  g_ptr_array_add (table->head, row);
  memset (table->head_covered, 0, table->n_columns * sizeof (guint));
}

/* A row of @cells that span, placed in the columns that the rows above leave free;
 * @covered is what they cover, updated for the rows to come. */
static TdDocRow *
row_new_spanning (TdDocTable      *table,
                  guint           *covered,
                  const TdDocCell *cells,
                  guint            n_cells)
{
  g_autofree guint *above = g_memdup2 (covered, table->n_columns * sizeof (guint));
  TdDocRow *row = g_new0 (TdDocRow, 1);
  guint col = 0;

  row->cells = g_new0 (char *, n_cells + 1);
  row->first_col = g_new0 (guint, n_cells);
  row->n_cols = g_new0 (guint, n_cells);
  row->n_rows = g_new0 (guint, n_cells);
  for (guint c = 0; c < table->n_columns; c++)
    {
      /* Held by a cell above: the two rows go together. */
      row->no_split = row->no_split || above[c] > 0;
      row->keep_with_previous = row->keep_with_previous || above[c] > 0;
      covered[c] = above[c] > 0 ? above[c] - 1 : 0;
    }
  for (guint i = 0; i < n_cells; i++)
    {
      while (col < table->n_columns && above[col] > 0)
        col++;
      if (col >= table->n_columns)
        {
          g_critical ("%s: more cells than the table has columns", G_STRFUNC);
          break;
        }
      row->first_col[i] = col;
      row->n_cols[i] = CLAMP (cells[i].columns, 1, table->n_columns - col);
      row->n_rows[i] = MAX (cells[i].rows, 1);
      row->cells[i] = g_strdup (cells[i].text != NULL ? cells[i].text : "");
      for (guint c = col; c < col + row->n_cols[i]; c++)
        covered[c] = row->n_rows[i] - 1;
      row->no_split = row->no_split || row->n_rows[i] > 1;
      col += row->n_cols[i];
      row->n_cells++;
    }
  return row;
}

void
td_doc_table_add_head_row (TdDocTable      *table,
                           const TdDocCell *cells,
                           guint            n_cells)
{
  TdDocRow *row;

  g_return_if_fail (table != NULL && (cells != NULL || n_cells == 0));

  if (table->head == NULL)
    table->head = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  row = row_new_spanning (table, table->head_covered, cells, n_cells);
  row->bold = TRUE;
  row->head = TRUE;
  g_ptr_array_add (table->head, row);
}

void
td_doc_table_add_cells (TdDocTable      *table,
                        const TdDocCell *cells,
                        guint            n_cells)
{
  g_return_if_fail (table != NULL && (cells != NULL || n_cells == 0));

  g_ptr_array_add (table->rows, row_new_spanning (table, table->covered, cells, n_cells));
}

void
td_doc_table_add_row (TdDocTable         *table,
                      const char * const *cells)
{
  g_return_if_fail (table != NULL && cells != NULL);
  g_ptr_array_add (table->rows, row_new (cells, table->n_columns));
}

void
td_doc_table_add_total_row (TdDocTable         *table,
                            const char * const *cells)
{
  TdDocRow *row;

  g_return_if_fail (table != NULL && cells != NULL);

  row = row_new (cells, table->n_columns);
  row->bold = TRUE;
  row->keep_with_previous = TRUE;
  g_ptr_array_add (table->rows, row);
}

void
td_doc_table_add_group_row (TdDocTable         *table,
                            const char * const *cells,
                            gboolean            keep_with_next)
{
  TdDocRow *row;

  g_return_if_fail (table != NULL && cells != NULL);

  row = row_new (cells, table->n_columns);
  row->bold = TRUE;
  row->keep_with_next = keep_with_next;
  g_ptr_array_add (table->rows, row);
}

void
td_doc_table_add_span_row (TdDocTable *table,
                           const char *text,
                           gboolean    bold,
                           gboolean    keep_with_next)
{
  TdDocRow *row;

  g_return_if_fail (table != NULL);

  row = row_new (&text, 1);
  row->span = TRUE;
  row->bold = bold;
  row->keep_with_next = keep_with_next;
  g_ptr_array_add (table->rows, row);
}

guint
td_doc_table_get_n_rows (TdDocTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

guint
td_doc_layout_add_drawing (TdDocLayout        *self,
                           const TdDocDrawing *drawing)
{
  TdDocBlock *block;
  TdDocDrawing *copy;

  g_return_val_if_fail (self != NULL && drawing != NULL, G_MAXUINT);
  g_return_val_if_fail (drawing->draw != NULL, G_MAXUINT);
  g_return_val_if_fail (drawing->n_rows == 0 || drawing->row_heights != NULL, G_MAXUINT);
  g_return_val_if_fail (self->pages == NULL, G_MAXUINT);

  copy = g_new (TdDocDrawing, 1);
  *copy = *drawing;
  copy->row_heights = g_memdup2 (drawing->row_heights, drawing->n_rows * sizeof (double));
  copy->keep_with_next = drawing->keep_with_next != NULL
                         ? g_memdup2 (drawing->keep_with_next, drawing->n_rows * sizeof (gboolean))
                         : g_new0 (gboolean, MAX (drawing->n_rows, 1));

  block = g_new0 (TdDocBlock, 1);
  block->kind = TD_DOC_BLOCK_DRAWING;
  block->style.space_before = drawing->space_before;
  block->drawing = copy;
  return add_block (self, block);
}

/* Measuring --------------------------------------------------------------------------------- */

static void
row_measure (TdDocLayout *self,
             TdDocTable  *table,
             TdDocRow    *row)
{
  row->texts = g_new0 (TdDocText, row->n_cells);
  for (guint i = 0; i < row->n_cells; i++)
    {
      guint first = row->first_col != NULL ? row->first_col[i] : i;
      guint end = row->first_col != NULL ? first + row->n_cols[i]
                  : row->span ? table->n_columns : i + 1;
      double x0 = table->edges[first];
      double x1 = table->edges[end];
      TdDocAlign align = row->head ? TD_DOC_ALIGN_CENTER
                         : row->span ? TD_DOC_ALIGN_LEFT : table->columns[first].align;

      td_doc_text_measure (self, &row->texts[i], row->cells[i], FALSE, table->style.size,
                           row->bold, table->style.italic, align, 0.0,
                           MAX (1.0, x1 - x0 - 2 * TD_DOC_CELL_PAD_X));
    }
}

double
td_doc_row_height (const TdDocRow *row)
{
  double content = 0.0;

  for (guint i = 0; i < row->n_cells; i++)
    if (row->n_rows == NULL || row->n_rows[i] <= 1)
      content = MAX (content, td_doc_text_height (&row->texts[i]));
  return TD_DOC_CELL_PAD_TOP + content + TD_DOC_CELL_PAD_BOTTOM + row->extra;
}

/* Makes the last of the rows a cell spans tall enough for it. */
static void
rows_fit_spans (GPtrArray *rows)
{
  for (guint r = 0; r < rows->len; r++)
    {
      TdDocRow *row = g_ptr_array_index (rows, r);

      for (guint i = 0; row->n_rows != NULL && i < row->n_cells; i++)
        {
          guint end = MIN (r + row->n_rows[i], rows->len);
          double need = TD_DOC_CELL_PAD_TOP + td_doc_text_height (&row->texts[i]) +
                        TD_DOC_CELL_PAD_BOTTOM;
          double have = 0.0;

          if (row->n_rows[i] <= 1)
            continue;
          for (guint j = r; j < end; j++)
            have += td_doc_row_height (g_ptr_array_index (rows, j));
          if (need > have)
            ((TdDocRow *) g_ptr_array_index (rows, end - 1))->extra += need - have;
        }
    }
}

double
td_doc_table_head_height (const TdDocTable *table)
{
  double height = 0.0;

  for (guint i = 0; table->head != NULL && i < table->head->len; i++)
    height += td_doc_row_height (g_ptr_array_index (table->head, i));
  return height;
}

gboolean
td_doc_table_plain_head (const TdDocTable *table)
{
  return table->head != NULL && table->head->len == 1 &&
         ((TdDocRow *) g_ptr_array_index (table->head, 0))->first_col == NULL;
}

static void
table_measure (TdDocLayout *self,
               TdDocTable  *table)
{
  double width = td_doc_layout_get_text_width (self);
  double total = 0.0;

  for (guint i = 0; i < table->n_columns; i++)
    total += table->columns[i].width;
  table->edges[0] = 0.0;
  for (guint i = 0; i < table->n_columns; i++)
    table->edges[i + 1] = table->edges[i] + width * table->columns[i].width / total;

  self->max_cells = MAX (self->max_cells, table->n_columns);
  for (guint i = 0; table->head != NULL && i < table->head->len; i++)
    {
      TdDocRow *row = g_ptr_array_index (table->head, i);

      self->max_cells = MAX (self->max_cells, row->n_cells);
      row_measure (self, table, row);
    }
  for (guint i = 0; i < table->rows->len; i++)
    row_measure (self, table, g_ptr_array_index (table->rows, i));
  if (table->head != NULL)
    rows_fit_spans (table->head);
  rows_fit_spans (table->rows);
}

void
td_doc_block_measure (TdDocLayout *self,
                      TdDocBlock  *block)
{
  TdDocStyle *style = &block->style;

  switch (block->kind)
    {
    case TD_DOC_BLOCK_TEXT:
      /* Centred blocks are the kind, the title and the parts: set as titles are. */
      if (style->align == TD_DOC_ALIGN_CENTER && style->indent == 0.0)
        td_doc_text_measure_balanced (self, &block->text, block->source, block->is_markup,
                                      style->size, style->bold, style->italic,
                                      td_doc_layout_get_text_width (self));
      else
        td_doc_text_measure (self, &block->text, block->source, block->is_markup, style->size,
                             style->bold, style->italic, style->align, style->indent,
                             td_doc_layout_get_text_width (self));
      break;
    case TD_DOC_BLOCK_HEADER:
      td_doc_header_measure (self, block);
      break;
    case TD_DOC_BLOCK_SIGNATURE:
      td_doc_signature_measure (self, block);
      break;
    case TD_DOC_BLOCK_TABLE:
      table_measure (self, block->table);
      break;
    case TD_DOC_BLOCK_DRAWING:
      /* Its owner measured it. */
      break;
    default:
      g_assert_not_reached ();
    }
}

