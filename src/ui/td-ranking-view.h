/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The ranking of a criteria set's units (xếp hạng): rank (units with the same total share
 * it: 1, 2, 2, 4), unit, self, verified and final totals, class; then the units not fully
 * scored, never ranked as if they scored 0, with how many items they miss. Kept live as
 * scores change.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-store-scoring.h"

G_BEGIN_DECLS

#define TD_TYPE_RANKING_VIEW (td_ranking_view_get_type ())
G_DECLARE_FINAL_TYPE (TdRankingView, td_ranking_view, TD, RANKING_VIEW, GtkWidget)

TdRankingView *td_ranking_view_new       (void);
/* Ranks the units of set @set_id of @year in @store (NULL: nothing), and follows the
 * store's changes. */
void           td_ranking_view_set_store (TdRankingView *self,
                                          TdStore       *store,
                                          int            year,
                                          gint64         set_id);
TdScoreSheet  *td_ranking_view_get_sheet (TdRankingView *self);
/* The text of row @position (from 0, as listed) in column @column: 0 rank, 1 unit, 2 self
 * total, 3 verified total, 4 final total, 5 class; NULL past the end. For tests. */
char          *td_ranking_view_dup_text  (TdRankingView *self,
                                          guint          position,
                                          guint          column);

G_END_DECLS
