/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the store's scoring: td-store-criteria.c (sets, thresholds,
 * copies), td-store-criteria-edit.c (the tree), td-store-scores.c (scores, the sheet).
 */
#pragma once

#include "td-store-private.h"
#include "td-store-scoring.h"

G_BEGIN_DECLS

/* The columns td_store_read_criterion() reads, of a criterion aliased c. */
#define TD_CRITERION_COLUMNS \
  "c.id, c.set_id, c.year, coalesce (c.parent_id, 0), c.position, c.code, c.name, " \
  "c.content, c.target, c.target_unit, c.max_points, c.penalty, " \
  "coalesce (c.verifier_id, 0), c.note"

TdCriterion *td_store_read_criterion       (sqlite3_stmt   *stmt);
/* Ends a change of scoring in @year: notes (@what, @kind, @id) and commits, or rolls back. */
gboolean     td_store_finish_year          (TdStore        *self,
                                            gboolean        ok,
                                            TdChangeWhat    what,
                                            TdChangeKind    kind,
                                            int             year,
                                            gint64          id,
                                            GError        **error);
/* A name, a standard of the right sign within TD_POINTS_LIMIT. */
gboolean     td_store_check_criterion      (TdCriterion    *criterion,
                                            GError        **error);
/* Inserts @criterion into set @set_id of @year under @parent_id (0: top) at @position,
 * as it is (no check, no renumbering); returns the id, 0 on failure. */
gint64       td_store_insert_criterion     (TdStore        *self,
                                            gint64          set_id,
                                            int             year,
                                            gint64          parent_id,
                                            int             position,
                                            TdCriterion    *criterion,
                                            GError        **error);
/* The year of set @set_id inside a transaction; 0 with @error when it is gone. */
int          td_store_criteria_set_year    (TdStore        *self,
                                            gint64          set_id,
                                            GError        **error);

G_END_DECLS
