/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <pango/pangocairo.h>

#include "td-doc-layout.h"

G_BEGIN_DECLS

/* Table cells: Word's default side padding (0.19 cm) and a little above and below. */
#define TD_DOC_CELL_PAD_X       5.4
#define TD_DOC_CELL_PAD_TOP     3.0
#define TD_DOC_CELL_PAD_BOTTOM  3.0
/* The rule under a title and the room under it; where it stands is the text's
 * (td_doc_text_rule_top()). */
#define TD_DOC_RULE_WIDTH       0.6
#define TD_DOC_RULE_SPACE       6.0
#define TD_DOC_TABLE_LINE_WIDTH 0.5

/* A laid-out piece of text, kept line by line so that it can be cut between lines. */
typedef struct {
  PangoLayout      *layout;
  guint             n_lines;
  PangoLayoutLine **lines;      /* n_lines, referenced */
  double           *tops;       /* n_lines + 1: each line's top, then the bottom */
  double           *baselines;  /* n_lines, from the layout's top */
  double           *xs;         /* n_lines: where the line starts (alignment, indent) */
  int              *starts;     /* n_lines + 1: byte offsets into the layout's text */
  double            width;      /* of the widest line */
} TdDocText;

/* A text of an atom (header, signature), at a place relative to the atom's top-left. */
typedef struct {
  TdDocText text;
  double    x;
  double    y;
} TdDocPlaced;

typedef struct {
  double x0;
  double x1;
  double y;
} TdDocRule;

typedef struct {
  guint      n_cells;           /* the table's columns, or 1 for a spanning row */
  gboolean   bold;
  gboolean   span;
  gboolean   head;
  gboolean   keep_with_next;
  gboolean   keep_with_previous;
  gboolean   no_split;          /* held together with others by a cell spanning rows */
  char     **cells;
  /* Cells that span (td_doc_table_add_cells): n_cells each, or NULL when cell i is in
   * column i (or across the table, for a span row). */
  guint     *first_col;
  guint     *n_cols;
  guint     *n_rows;
  double     extra;             /* added to its height, for a cell spanning rows into it */
  TdDocText *texts;             /* n_cells, once measured */
} TdDocRow;

struct _TdDocTable {
  TdDocStyle  style;
  guint       n_columns;
  TdDocColumn *columns;                       /* n_columns */
  double      *edges;                         /* n_columns + 1, from the left margin */
  GPtrArray   *head;                          /* TdDocRow; NULL: none */
  GPtrArray   *rows;                          /* TdDocRow */
  /* For each column, the rows still to come that a cell spanning rows covers there. */
  guint       *head_covered;
  guint       *covered;
};

typedef enum {
  TD_DOC_BLOCK_TEXT,
  TD_DOC_BLOCK_HEADER,
  TD_DOC_BLOCK_SIGNATURE,
  TD_DOC_BLOCK_TABLE,
  TD_DOC_BLOCK_DRAWING,
} TdDocBlockKind;

/* The page setup of a part of the document, from its first block on. */
typedef struct {
  double page_width;
  double page_height;
  double top;
  double right;
  double bottom;
  double left;
  guint  first_block;
} TdDocPart;

typedef struct {
  TdDocBlockKind kind;
  guint          part;          /* index in the layout's parts */
  TdDocStyle     style;
  char          *source;        /* TEXT: the text or the markup */
  gboolean       is_markup;
  TdDocText      text;          /* TEXT, once measured */
  char         **fields;        /* HEADER, SIGNATURE: the strings of the struct, in order;
                                 * SIGNATURE side by side: those of each in turn */
  guint          n_signatures;  /* SIGNATURE: side by side; 0: one, with its recipients */
  GArray        *placed;        /* HEADER, SIGNATURE: TdDocPlaced */
  GArray        *rules;         /* HEADER, SIGNATURE: TdDocRule */
  double         height;        /* HEADER, SIGNATURE */
  TdDocTable    *table;         /* TABLE */
  TdDocDrawing  *drawing;       /* DRAWING: its arrays are the block's own copies */
} TdDocBlock;

struct _TdDocLayout {
  /* The setup of the part being worked on: the last one begun while blocks are added, the
   * part of the block being measured or of the page being drawn (td_doc_layout_use_part). */
  double        page_width;
  double        page_height;
  double        top;
  double        right;
  double        bottom;
  double        left;
  GPtrArray    *blocks;         /* TdDocBlock */
  PangoContext *context;
  GArray       *parts;          /* TdDocPart, at least one */
  GPtrArray    *pages;          /* GArray of TdDocPiece; NULL before pagination */
  GArray       *page_parts;     /* guint: the part of each page */
  GPtrArray    *cell_lines;     /* the pieces' cell_first and cell_end */
  guint         max_cells;      /* the most cells of a row, once measured */
};

/* td-doc-layout.c */
void    td_doc_layout_use_part  (TdDocLayout      *self,
                                 guint             part);
void    td_doc_block_measure    (TdDocLayout      *self,
                                 TdDocBlock       *block);
/* The height of the whole of @row, but for its cells spanning rows. */
double  td_doc_row_height       (const TdDocRow   *row);
double  td_doc_table_head_height (const TdDocTable *table);
/* Whether the head is one row of a cell to a column, drawn as it always was. */
gboolean td_doc_table_plain_head (const TdDocTable *table);

/* td-doc-text.c */
void    td_doc_text_measure     (TdDocLayout      *self,
                                 TdDocText        *text,
                                 const char       *source,
                                 gboolean          is_markup,
                                 double            size,
                                 gboolean          bold,
                                 gboolean          italic,
                                 TdDocAlign        align,
                                 double            indent,
                                 double            width);
/* Centred lines, as even as they can be: the narrowest width that keeps the lines @width
 * gives them (found by bisection), so that a title that wraps leaves no word or two alone
 * on its last line ("… NĂM / 2024"). Still centred on @width. */
void    td_doc_text_measure_balanced (TdDocLayout *self,
                                      TdDocText   *text,
                                      const char  *source,
                                      gboolean     is_markup,
                                      double       size,
                                      gboolean     bold,
                                      gboolean     italic,
                                      double       width);
void    td_doc_text_clear       (TdDocText        *text);
double  td_doc_text_height      (const TdDocText  *text);

/* How far below its baseline the last line of @text reaches: its font's descent, where
 * the descenders end ("p", "g", the dot under "ạ"). */
static inline double
td_doc_text_descent (const TdDocText *text)
{
  return text->tops[text->n_lines] - text->baselines[text->n_lines - 1];
}

/* The top of a rule under @text, from the text's top. Decree 30's model sets the rules
 * under the Tiêu ngữ, the issuing body and the title clear of the descenders: as far
 * below them again as they reach below the baseline, so about 1 mm at 13 pt, and the same
 * share of any size. */
static inline double
td_doc_text_rule_top (const TdDocText *text)
{
  return text->tops[text->n_lines] - text->tops[0] + td_doc_text_descent (text);
}

/* Height of lines @from … @to - 1 of @text. */
static inline double
td_doc_text_span (const TdDocText *text,
                  guint            from,
                  guint            to)
{
  return text->tops[to] - text->tops[from];
}

/* td-doc-atoms.c: the header and signature blocks, measured into placed texts and rules. */
void    td_doc_header_measure    (TdDocLayout     *self,
                                  TdDocBlock      *block);
void    td_doc_signature_measure (TdDocLayout     *self,
                                  TdDocBlock      *block);

/* td-doc-paint.c */
void    td_doc_text_draw_lines  (const TdDocText  *text,
                                 cairo_t          *cr,
                                 double            x,
                                 double            y,
                                 guint             first,
                                 guint             end);
void    td_doc_text_append_lines (const TdDocText *text,
                                  GString         *out,
                                  guint            first,
                                  guint            end);

G_END_DECLS
