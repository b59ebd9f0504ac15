/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gio/gio.h>

#include "td-criterion.h"
#include "td-office.h"
#include "td-score-sheet.h"

G_BEGIN_DECLS

typedef struct _TdStore TdStore;

/* What the printed scoring tables and the ranking of a year hold, read once, for the
 * document builders (td-scores-doc.h, td-ranking-doc.h) and the command line's
 * spreadsheets, which never reach the store: the office, and each criteria set of the year
 * with its whole score sheet (its tree, thresholds, units, scores, totals and ranks). */
typedef struct {
  int         year;
  TdOffice   *office;  /* the heading and the council's chair */
  GPtrArray  *sets;    /* TdCriteriaSet, in the year's order */
  GPtrArray  *sheets;  /* TdScoreSheet, one for each set, in the same order */
  char       *date;    /* ISO, the date under the heading; "" leaves it to be written by
                        * hand */
} TdScoresSnapshot;

/* Reads every set of @year, its sheet and the office; NULL with @error set when any of
 * them cannot be read. A year with no set gives a snapshot with none. */
TdScoresSnapshot *td_scores_snapshot_load      (TdStore          *store,
                                                int               year,
                                                GError          **error);
/* From data in hand: @office (NULL: a blank one) is referenced; no sets yet. */
TdScoresSnapshot *td_scores_snapshot_new       (int               year,
                                                TdOffice         *office);
/* Adds @set with its @sheet, both referenced. */
void              td_scores_snapshot_add       (TdScoresSnapshot *self,
                                                TdCriteriaSet    *set,
                                                TdScoreSheet     *sheet);
void              td_scores_snapshot_free      (TdScoresSnapshot *self);
/* The first sheet unit @unit_id is on, and its row there; FALSE when it is on none. */
gboolean          td_scores_snapshot_find_unit (const TdScoresSnapshot *self,
                                                gint64            unit_id,
                                                guint            *sheet,
                                                guint            *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdScoresSnapshot, td_scores_snapshot_free)

G_END_DECLS
