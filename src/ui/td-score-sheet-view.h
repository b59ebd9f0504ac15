/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score sheet of one criteria set, to type scores into: the grid (td-score-grid.h)
 * and, beside it, the cell chosen — its self and verified scores, how they differ, the
 * verifier's note and department, the unit's registered target — with the unit's totals,
 * rank and class, kept live as the store changes.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-score-grid.h"
#include "td-store-scoring.h"

G_BEGIN_DECLS

#define TD_TYPE_SCORE_SHEET_VIEW (td_score_sheet_view_get_type ())
G_DECLARE_FINAL_TYPE (TdScoreSheetView, td_score_sheet_view, TD, SCORE_SHEET_VIEW, GtkWidget)

TdScoreSheetView *td_score_sheet_view_new       (void);
/* Shows the sheet of set @set_id of @year in @store (NULL: nothing), read at once, and
 * follows the store's changes. */
void              td_score_sheet_view_set_store (TdScoreSheetView *self,
                                                 TdStore          *store,
                                                 int               year,
                                                 gint64            set_id);
TdScoreGrid      *td_score_sheet_view_get_grid  (TdScoreSheetView *self);
/* The sheet shown; NULL when none could be read. */
TdScoreSheet     *td_score_sheet_view_get_sheet (TdScoreSheetView *self);

G_END_DECLS
