/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The official-document engine (Decree 30/2020/NĐ-CP): a document is a list of blocks —
 * the two-column header, paragraphs and headings, tables, the signature block — that one
 * paginator flows over pages and one painter draws on any cairo_t, in points, so the print
 * dialog, PDF export and the command line get the same pages and the same page breaks.
 *
 * Text is laid out once with a PangoContext of the engine's own (72 dpi, no hinting, no
 * rounded glyph positions), never the target's, so page breaks do not depend on where the
 * pages are drawn. */

/* A4 and the margins of Decree 30 (top and bottom 20 mm, left 30 mm, right 15 mm). */
#define TD_DOC_MM                 (72.0 / 25.4)
#define TD_DOC_A4_WIDTH           595.28
#define TD_DOC_A4_HEIGHT          841.89
#define TD_DOC_MARGIN_TOP         (20.0 * TD_DOC_MM)
#define TD_DOC_MARGIN_BOTTOM      (20.0 * TD_DOC_MM)
#define TD_DOC_MARGIN_LEFT        (30.0 * TD_DOC_MM)
#define TD_DOC_MARGIN_RIGHT       (15.0 * TD_DOC_MM)

/* Body text is 13 pt: Decree 30 allows 13–14, and 13 keeps more words on each line of
 * the narrow task-table columns, so rows stay short and split less; it is also the size
 * the on-screen reading view uses. Headings and the kind go up from here. */
#define TD_DOC_BODY_SIZE          13.0
/* First-line indent of paragraphs: 12.7 mm (Decree 30 allows 10 or 12.7). */
#define TD_DOC_INDENT             (12.7 * TD_DOC_MM)
/* Decree 30: at least 6 pt between paragraphs. */
#define TD_DOC_PARAGRAPH_SPACE    6.0
/* The fewest lines of a paragraph left alone at the foot or the head of a page. */
#define TD_DOC_ORPHAN_LINES       2

/* The boilerplate is Vietnamese whatever the UI language: it is what the document is. The
 * Quốc hiệu and Tiêu ngữ are core's (td-office.h: TD_QUOC_HIEU, TD_TIEU_NGU). */
#define TD_DOC_RECIPIENTS_LABEL   "Nơi nhận:"

typedef enum {
  TD_DOC_ALIGN_LEFT,
  TD_DOC_ALIGN_CENTER,
  TD_DOC_ALIGN_RIGHT,
  TD_DOC_ALIGN_JUSTIFY,
} TdDocAlign;

typedef enum {
  TD_DOC_ROLE_BODY,       /* justified, first-line indent, 6 pt before */
  TD_DOC_ROLE_HEADING,    /* "I.", "1.": bold, at the indent, kept with what follows */
  TD_DOC_ROLE_SUBHEADING, /* "a)": bold italic, kept with what follows */
  TD_DOC_ROLE_KIND,       /* "KẾ HOẠCH": bold 14, centred, kept with the title */
  TD_DOC_ROLE_TITLE,      /* trích yếu: bold, centred, a short rule beneath */
  TD_DOC_ROLE_PREAMBLE,   /* "Căn cứ …;": italic, justified, first-line indent */
  TD_DOC_ROLE_PART,       /* "PHẦN THỨ NHẤT" and its title: bold 14, centred, kept with
                           * what follows */
} TdDocRole;

typedef struct {
  double      size;            /* points */
  gboolean    bold;
  gboolean    italic;
  TdDocAlign  align;
  double      indent;          /* first line, points */
  double      space_before;    /* points; dropped at the head of a page */
  gboolean    keep_with_next;  /* never the last thing on a page */
  double      rule_below;      /* a centred rule this fraction of the widest line; 0: none */
} TdDocStyle;

/* The two header columns of Decree 30. Strings may be NULL or "" when absent; the bodies
 * print in capitals. */
typedef struct {
  const char *parent_body;     /* upright, upper case, above the issuing body */
  const char *issuing_body;    /* bold, upper case, a short rule beneath */
  const char *number_line;     /* "Số: 49/KH-UBND", centred under the body */
  const char *place_date;      /* italic, level with the number line */
} TdDocHeader;

/* "Nơi nhận:" with its list on the left, the signature on the right; the capacity and the
 * position print in capitals. */
typedef struct {
  const char *recipients;      /* one per line, printed as given ("- …;") */
  const char *capacity;        /* "TM. ỦY BAN NHÂN DÂN" */
  const char *position;        /* "CHỦ TỊCH" */
  const char *name;            /* after room for the signature and the seal */
} TdDocSignature;

typedef struct {
  double      width;           /* share of the text width; the shares add up to 1 */
  TdDocAlign  align;
} TdDocColumn;

/* A table cell that may span columns and rows. */
typedef struct {
  const char *text;            /* plain; "\n" starts a new line */
  guint       columns;         /* the columns it spans; 0 is taken for 1 */
  guint       rows;            /* the rows it spans; 0 is taken for 1 */
} TdDocCell;

/* What the paginator put where: a page is a list of pieces, in reading order. */
typedef enum {
  TD_DOC_PIECE_TEXT,           /* lines first_line … first_line + n_lines - 1 of a text */
  TD_DOC_PIECE_HEADER,
  TD_DOC_PIECE_SIGNATURE,
  TD_DOC_PIECE_TABLE_HEAD,     /* the header row, repeated on every page of a table */
  TD_DOC_PIECE_TABLE_ROW,      /* all of a row or, when it splits, the lines on this page */
  TD_DOC_PIECE_DRAWING_HEAD,   /* a drawing's head, repeated on every page it goes on */
  TD_DOC_PIECE_DRAWING_ROWS,   /* rows row … row + n_lines - 1 of a drawing */
} TdDocPieceKind;

typedef struct {
  TdDocPieceKind kind;
  guint          block;        /* index of the block, in the order they were added */
  guint          row;          /* TABLE_ROW: index of the row in its table; DRAWING_ROWS:
                                * the first row on this page */
  guint          first_line;   /* TEXT: the first line on this page */
  guint          n_lines;      /* TEXT: lines on this page; TABLE_ROW: of all its cells;
                                * DRAWING_ROWS: rows on this page */
  double         y;            /* top on the page, points */
  double         height;
  /* TABLE_ROW: the lines of each cell on this page (cell_first … cell_end - 1), one for
   * each cell of the row; the layout owns them. */
  const guint   *cell_first;
  const guint   *cell_end;
} TdDocPiece;

typedef struct _TdDocLayout TdDocLayout;
typedef struct _TdDocTable TdDocTable;

TdDocStyle   td_doc_style                 (TdDocRole            role);

TdDocLayout *td_doc_layout_new            (void);
void         td_doc_layout_free           (TdDocLayout         *self);
/* Another page size or margins (a landscape timeline, say); before the first block. */
void         td_doc_layout_set_page       (TdDocLayout         *self,
                                           double               width,
                                           double               height,
                                           double               top,
                                           double               right,
                                           double               bottom,
                                           double               left);
/* The size of the first page. */
void         td_doc_layout_get_page_size  (TdDocLayout         *self,
                                           double              *width,
                                           double              *height);
/* A new part of the document (a landscape annex after a portrait body): the blocks added
 * from now on start on a new page of this size and these margins, and so do their pages
 * until the next part; page numbers go on. */
void         td_doc_layout_begin_part     (TdDocLayout         *self,
                                           double               width,
                                           double               height,
                                           double               top,
                                           double               right,
                                           double               bottom,
                                           double               left);
/* The blocks added from now on start on a new page, of the same setup. */
void         td_doc_layout_add_page_break (TdDocLayout         *self);
/* The size of page @page, which is that of its part. */
void         td_doc_layout_get_nth_page_size (TdDocLayout      *self,
                                              guint             page,
                                              double           *width,
                                              double           *height);
/* Of the part being added to (the last one begun). */
double       td_doc_layout_get_text_width (TdDocLayout         *self);

/* Blocks, in reading order, before the first pagination; each returns its index. */
guint        td_doc_layout_add_header     (TdDocLayout         *self,
                                           const TdDocHeader   *header);
guint        td_doc_layout_add_text       (TdDocLayout         *self,
                                           const TdDocStyle    *style,
                                           const char          *text);
/* Pango markup, for a paragraph of mixed styles (<i>…</i> followed by upright text). */
guint        td_doc_layout_add_markup     (TdDocLayout         *self,
                                           const TdDocStyle    *style,
                                           const char          *markup);
/* A part above I.: @number ("PHẦN THỨ NHẤT") on its own centred line, as typed, and
 * @title under it in capitals ("KẾT QUẢ THỰC HIỆN …"), both kept with what follows;
 * returns the index of the first of the two blocks. */
guint        td_doc_layout_add_part_title (TdDocLayout         *self,
                                           const char          *number,
                                           const char          *title);
guint        td_doc_layout_add_signature  (TdDocLayout         *self,
                                           const TdDocSignature *signature);
/* Two or three signatures side by side, each in an equal column (người lập biểu, kế toán,
 * chủ tịch), the names on one line; their recipients are not printed. Kept with the end of
 * the text, as one signature is. */
guint        td_doc_layout_add_signatures (TdDocLayout         *self,
                                           const TdDocSignature *signatures,
                                           guint                n_signatures);
/* A table of @n_columns (as many as the page holds) ruled cells at @style's size. Its
 * header row, if any, is repeated at the top of every page it continues on. The table
 * belongs to the layout. */
TdDocTable  *td_doc_layout_add_table      (TdDocLayout         *self,
                                           const TdDocStyle    *style,
                                           const TdDocColumn   *columns,
                                           guint                n_columns,
                                           guint               *index);
void         td_doc_table_set_header      (TdDocTable          *table,
                                           const char * const  *cells);
/* Cell text is plain; "\n" starts a new line within the cell. */
void         td_doc_table_add_row         (TdDocTable          *table,
                                           const char * const  *cells);
/* One cell across the whole table (a "QUÝ I" row); with @keep_with_next it never ends a
 * page: it moves to the next page with the row that follows. */
void         td_doc_table_add_span_row    (TdDocTable          *table,
                                           const char          *text,
                                           gboolean             bold,
                                           gboolean             keep_with_next);
/* A row of a head of several rows, under those added before, of cells that may span
 * columns ("Điểm" over "Tự chấm" and "Phúc tra") and rows ("TT" beside both); the columns
 * a cell spanning rows covers are left out of the rows under it. The whole head is
 * repeated at the top of every page the table goes on; td_doc_table_set_header()
 * replaces it. */
void         td_doc_table_add_head_row    (TdDocTable          *table,
                                           const TdDocCell     *cells,
                                           guint                n_cells);
/* A row of cells that may span columns and rows (a criterion beside its items), laid out
 * as td_doc_table_add_head_row() lays out the head's; the rows a cell spans are kept
 * together on one page and never cut. */
void         td_doc_table_add_cells       (TdDocTable          *table,
                                           const TdDocCell     *cells,
                                           guint                n_cells);
/* A group's own row (a criterion above its items, with its subtotals): bold cells, one to
 * a column; with @keep_with_next it never ends a page and goes over with the row that
 * follows. */
void         td_doc_table_add_group_row   (TdDocTable          *table,
                                           const char * const  *cells,
                                           gboolean             keep_with_next);
/* The totals row ("Tổng cộng"), bold, after the last row: it is kept with the row above it,
 * so it never stands alone at the head of a page. */
void         td_doc_table_add_total_row   (TdDocTable          *table,
                                           const char * const  *cells);
guint        td_doc_table_get_n_rows      (TdDocTable          *table);

/* A drawing the engine places but does not draw itself (the timeline's chart, its legend):
 * a head, if any, repeated at the top of every page it goes on, then rows of given heights
 * that a page may break between. @draw draws the head (@head TRUE) or rows @first … @end - 1
 * with the top-left of the piece at the origin, @width the text width; @text appends their
 * words, a line each, for td_doc_layout_dup_page_text(). */
typedef void (*TdDocDrawFunc)     (cairo_t  *cr,
                                   double    width,
                                   gboolean  head,
                                   guint     first,
                                   guint     end,
                                   gpointer  user_data);
typedef void (*TdDocDrawTextFunc) (GString  *out,
                                   gboolean  head,
                                   guint     first,
                                   guint     end,
                                   gpointer  user_data);

typedef struct {
  double             space_before;
  double             head_height;     /* 0: no head */
  guint              n_rows;
  const double      *row_heights;     /* n_rows, copied */
  const gboolean    *keep_with_next;  /* n_rows or NULL, copied: the row never ends a page */
  TdDocDrawFunc      draw;
  TdDocDrawTextFunc  text;            /* NULL: the drawing has no words */
  gpointer           user_data;
  GDestroyNotify     destroy;         /* for @user_data, when the layout is freed */
} TdDocDrawing;

guint        td_doc_layout_add_drawing    (TdDocLayout         *self,
                                           const TdDocDrawing  *drawing);

/* Lays the blocks out and breaks them into pages; once, later calls do nothing. */
void         td_doc_layout_paginate       (TdDocLayout         *self);
guint        td_doc_layout_get_n_pages    (TdDocLayout         *self);
guint        td_doc_layout_get_n_pieces   (TdDocLayout         *self,
                                           guint                page);
const TdDocPiece *td_doc_layout_get_piece (TdDocLayout         *self,
                                           guint                page,
                                           guint                index);
/* Lines of a text block once laid out (all pages together). */
guint        td_doc_layout_get_n_lines    (TdDocLayout         *self,
                                           guint                block);

/* Draws page @page with its top-left corner at the origin, in points. */
void         td_doc_layout_draw_page      (TdDocLayout         *self,
                                           cairo_t             *cr,
                                           guint                page);
/* The text of a page in reading order, one line per printed line. */
char        *td_doc_layout_dup_page_text  (TdDocLayout         *self,
                                           guint                page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdDocLayout, td_doc_layout_free)

G_END_DECLS
