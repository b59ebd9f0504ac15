/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score sheet drawn as one widget: units down (their names frozen at the left), items
 * across (their codes and headings frozen at the top), in each cell the self score and the
 * verified score side by side; then each top heading's total, the unit's totals, its rank
 * and class. Only what is in view is drawn. Typed into like a spreadsheet: an editor over
 * the cell, Enter and Tab to move on, Ctrl+V for a block copied from a spreadsheet. What is
 * typed is saved through a TdScoreGridSaveFunc, whose refusal stays beside the cell.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-score-sheet.h"

G_BEGIN_DECLS

/* One cell to save: @has FALSE clears it. */
typedef struct {
  guint    unit;
  guint    item;
  gboolean has;
  gint64   points;
} TdScoreGridEdit;

/* Saves @edits on @side, all or none; on a refusal sets @error (in words) and *@failed, the
 * index of the edit refused. */
typedef gboolean (*TdScoreGridSaveFunc) (const TdScoreGridEdit  *edits,
                                         guint                   n_edits,
                                         TdScoreSide             side,
                                         guint                  *failed,
                                         GError                **error,
                                         gpointer                user_data);

#define TD_TYPE_SCORE_GRID (td_score_grid_get_type ())
G_DECLARE_FINAL_TYPE (TdScoreGrid, td_score_grid, TD, SCORE_GRID, GtkWidget)

/* Signals: "cursor-changed" () when another cell is chosen. Properties: "side"
 * (TD_SCORE_SELF or TD_SCORE_VERIFIED, the side typed into). */
GtkWidget    *td_score_grid_new              (void);
/* The sheet shown (may be NULL); the cell chosen stays where it can. */
void          td_score_grid_set_sheet        (TdScoreGrid         *self,
                                              TdScoreSheet        *sheet);
TdScoreSheet *td_score_grid_get_sheet        (TdScoreGrid         *self);
void          td_score_grid_set_save_func    (TdScoreGrid         *self,
                                              TdScoreGridSaveFunc  func,
                                              gpointer             user_data);
void          td_score_grid_set_side         (TdScoreGrid         *self,
                                              TdScoreSide          side);
TdScoreSide   td_score_grid_get_side         (TdScoreGrid         *self);
/* The cell chosen; FALSE when none (an empty sheet). */
gboolean      td_score_grid_get_cursor       (TdScoreGrid         *self,
                                              guint               *unit,
                                              guint               *item);
/* Chooses a cell and scrolls it into view. */
void          td_score_grid_set_cursor       (TdScoreGrid         *self,
                                              guint                unit,
                                              guint                item);
/* The sheet's scores changed (a row read again): drawn again. */
void          td_score_grid_refresh          (TdScoreGrid         *self);

/* Editing: starts on the cell chosen with @text (NULL: what it holds). */
void          td_score_grid_start_editing    (TdScoreGrid         *self,
                                              const char          *text);
gboolean      td_score_grid_is_editing       (TdScoreGrid         *self);
/* The editor over the cell; NULL when not editing. */
GtkEditable  *td_score_grid_get_editor       (TdScoreGrid         *self);
/* Saves what the editor holds; FALSE (the editor stays, the reason beside it) when it is
 * refused. TRUE when not editing. */
gboolean      td_score_grid_commit           (TdScoreGrid         *self);
void          td_score_grid_cancel_editing   (TdScoreGrid         *self);
/* Why the last value typed or pasted was refused; NULL when none is shown. */
const char   *td_score_grid_get_refusal      (TdScoreGrid         *self);
/* Puts a block of numbers, rows by newlines and columns by tabs as a spreadsheet copies
 * them, from the cell chosen on the side typed into; FALSE when refused. */
gboolean      td_score_grid_paste_text       (TdScoreGrid         *self,
                                              const char          *text);
/* @points as the user's language writes them: "7,5" in Vietnamese, "7.5" in English. */
char         *td_score_grid_format_points    (gint64               points);
/* What the cell chosen says, as a screen reader reads it. */
char         *td_score_grid_dup_cursor_text  (TdScoreGrid         *self);

G_END_DECLS
