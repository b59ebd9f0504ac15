/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A row of a table, and the headings above the rows: each one widget that draws its
 * columns' text itself, for the lists of units, people and households and the list of
 * registrations. GTK 4.8's list and column views keep ~200 rows realised and make them anew
 * when their items go; a row of one widget costs a seventh of a row of seven labels, and
 * over slots (td-slot-model.h) a row is not made anew at all while a search narrows.
 *
 * What the columns are and what their cells show is the list's to say, through a
 * TdDrawnColumns: a table of callbacks (TdDrawnFuncs) over the list's own data.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-slot-model.h"

G_BEGIN_DECLS

/* One column, as the list describes it now. */
typedef struct {
  /* Numbers on the right, a mark in the middle, words on the left. */
  PangoAlignment  alignment;
  /* Widths in average characters: the least a column is given before it is left out (the
   * first column never is), and what it is given when there is room; the rest goes to the
   * columns that expand. */
  int             min_chars;
  int             natural_chars;
  gboolean        expand;
  /* Not shown at all, whatever the width (a mode of the list that has no use for it). */
  gboolean        hidden;
  /* A click on its heading sorts by it. */
  gboolean        sortable;
} TdDrawnColumn;

typedef struct {
  /* Fills in column @index (asked at each drawing: no translation here). */
  void       (*describe)   (gpointer       data,
                            guint          index,
                            TdDrawnColumn *column);
  /* The heading of column @index, translated. */
  const char*(*get_title)  (gpointer       data,
                            guint          index);
  /* What the cell of @item in column @index shows; @spoken: what a screen reader says of
   * it, which may be words where the cell has a mark. */
  char      *(*dup_text)   (gpointer       data,
                            guint          index,
                            gpointer       item,
                            gboolean       spoken);
  /* Optional: a dim line under the cell's text (NULL or "" for none). */
  char      *(*dup_detail) (gpointer       data,
                            guint          index,
                            gpointer       item);
  /* Optional: the row drawn faded, as an archived subject's. */
  gboolean   (*is_faded)   (gpointer       data,
                            gpointer       item);
} TdDrawnFuncs;

/* No column sorted (td_drawn_header_set_sort()). */
#define TD_DRAWN_UNSORTED G_MAXUINT

/* Where each of @n_columns columns starts in a row @width wide, for a font whose average
 * character is @char_width: x[i] for column i, x[n] the end. A hidden column has no width;
 * so has one that does not fit (a narrow window), the last ones first, never the first. */
void            td_drawn_layout                (const TdDrawnColumn *columns,
                                                guint                n_columns,
                                                int                  width,
                                                int                  char_width,
                                                int                 *x);

#define TD_TYPE_DRAWN_COLUMNS (td_drawn_columns_get_type ())
G_DECLARE_FINAL_TYPE (TdDrawnColumns, td_drawn_columns, TD, DRAWN_COLUMNS, GObject)

/* @funcs (static) over @data, which outlives the columns' use; rows of @n_lines lines (2
 * when a column has a detail line). Signal "changed": the columns or what the cells show
 * changed, and the rows and headings are drawn again. */
TdDrawnColumns *td_drawn_columns_new           (const TdDrawnFuncs  *funcs,
                                                gpointer             data,
                                                guint                n_columns,
                                                guint                n_lines);
guint           td_drawn_columns_get_n_columns (TdDrawnColumns      *self);
void            td_drawn_columns_changed       (TdDrawnColumns      *self);

#define TD_TYPE_DRAWN_ROW (td_drawn_row_get_type ())
G_DECLARE_FINAL_TYPE (TdDrawnRow, td_drawn_row, TD, DRAWN_ROW, GtkWidget)

GtkWidget      *td_drawn_row_new               (TdDrawnColumns      *columns);
/* Shows what @slot holds, and what it holds next; NULL lets go of it. */
void            td_drawn_row_set_slot          (TdDrawnRow          *self,
                                                TdSlot              *slot);
/* The texts of the columns the list shows, as a screen reader says them, separated by
 * " | " (a detail after its cell's text and ", "): the row's accessible label. */
char           *td_drawn_row_dup_text          (TdDrawnRow          *self);
/* The texts drawn, whole (not cut short): each cell given a width, then its detail. */
char          **td_drawn_row_dup_cells         (TdDrawnRow          *self);

#define TD_TYPE_DRAWN_HEADER (td_drawn_header_get_type ())
G_DECLARE_FINAL_TYPE (TdDrawnHeader, td_drawn_header, TD, DRAWN_HEADER, GtkWidget)

/* Signal "sort" (guint column): the heading of a column that sorts was clicked. */
GtkWidget      *td_drawn_header_new            (TdDrawnColumns      *columns);
/* Marks @column as the one sorted, ▲ or ▼; TD_DRAWN_UNSORTED for none. */
void            td_drawn_header_set_sort       (TdDrawnHeader       *self,
                                                guint                column,
                                                gboolean             descending);
/* Each column's heading as drawn, "" for a column given no width: one a column. */
char          **td_drawn_header_dup_titles     (TdDrawnHeader       *self);

G_END_DECLS
