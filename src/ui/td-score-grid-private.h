/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by td-score-grid.c (geometry, drawing, scrolling) and td-score-grid-input.c
 * (keys, mouse, the editor, pasting).
 */
#pragma once

#include "td-score-grid.h"

G_BEGIN_DECLS

/* The columns after the items. */
typedef enum {
  TD_GRID_COL_ITEM,
  TD_GRID_COL_GROUP,    /* a top heading's final total */
  TD_GRID_COL_TOTAL,    /* the unit's self and verified totals */
  TD_GRID_COL_FINAL,    /* what ranks it */
  TD_GRID_COL_RANK,
  TD_GRID_COL_CLASS,
} TdGridColumnKind;

typedef struct {
  TdGridColumnKind kind;
  int              node;   /* TD_GRID_COL_GROUP: the heading */
} TdGridColumn;

/* A heading drawn over the codes of its items. */
typedef struct {
  guint node;
  guint depth;
  guint first;   /* its first and last items */
  guint last;
} TdGridSpan;

struct _TdScoreGrid
{
  GtkWidget            parent_instance;

  TdScoreSheet        *sheet;
  TdScoreSide          side;
  int                  cursor_unit;      /* -1: none */
  int                  cursor_item;
  int                  tab_start;        /* the column Tab started from: Enter goes back */

  TdScoreGridSaveFunc  save_func;
  gpointer             save_data;

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  GtkScrollablePolicy  hscroll_policy;
  GtkScrollablePolicy  vscroll_policy;

  /* Geometry, in whole pixels, made when the sheet or the font changes. */
  gboolean             geometry_valid;
  int                  row_height;
  int                  line_height;
  int                  left_width;       /* the frozen unit names */
  int                  number_width;     /* the row numbers in it */
  int                  group_row_height;
  guint                n_group_rows;
  int                  item_row_height;
  int                  side_row_height;
  int                  header_height;
  int                  half_width;       /* one side of a cell */
  int                  gap_width;        /* between the sides: a line, or ≠ */
  GArray              *columns;          /* TdGridColumn: the items, then the totals */
  GArray              *column_x;         /* int: n_columns + 1 left edges past the names */
  GArray              *spans;            /* TdGridSpan */

  /* Shaped text by style and text, so that a frame shapes only what it has not drawn yet. */
  GHashTable          *layouts;

  GtkWidget           *editor;           /* GtkText over the cell, NULL when not editing */
  int                  editor_unit;
  int                  editor_item;
  gboolean             committing;
  GtkWidget           *refusal;          /* GtkLabel beside the cell */
  int                  refusal_unit;
  int                  refusal_item;
};

/* td-score-grid.c */
void      _td_score_grid_ensure_geometry (TdScoreGrid  *self);
guint     _td_score_grid_n_items         (TdScoreGrid  *self);
guint     _td_score_grid_n_units         (TdScoreGrid  *self);
/* The cell's rectangle in the widget (scrolled), its side @side's half only, or whole
 * with TD_SCORE_FINAL. */
void      _td_score_grid_cell_rect       (TdScoreGrid  *self,
                                          guint         unit,
                                          guint         item,
                                          TdScoreSide   side,
                                          GdkRectangle *rect);
/* The cell at (@x, @y) in the widget; FALSE outside the items. */
gboolean  _td_score_grid_hit             (TdScoreGrid  *self,
                                          double        x,
                                          double        y,
                                          guint        *unit,
                                          guint        *item);
void      _td_score_grid_scroll_to       (TdScoreGrid  *self,
                                          guint         unit,
                                          guint         item);
/* The rows a page shows. */
guint     _td_score_grid_page_rows       (TdScoreGrid  *self);
/* Points as the user's language writes them. */
char     *_td_score_grid_format          (gint64        points);
void      _td_score_grid_cursor_moved    (TdScoreGrid  *self);

/* td-score-grid-input.c */
void      _td_score_grid_init_input      (TdScoreGrid  *self);
void      _td_score_grid_dispose_input   (TdScoreGrid  *self);
void      _td_score_grid_place_children  (TdScoreGrid  *self);
void      _td_score_grid_show_refusal    (TdScoreGrid  *self,
                                          guint         unit,
                                          guint         item,
                                          const char   *message);
void      _td_score_grid_hide_refusal    (TdScoreGrid  *self);

G_END_DECLS
