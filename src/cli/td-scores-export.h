/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-cli-table.h"
#include "td-scores-snapshot.h"

G_BEGIN_DECLS

/* --export=scores: the scoring table of --unit=NAME, or of every unit of the year one
 * after another, as printed and signed (pdf); the whole score sheet of each criteria set,
 * units down and items across with their self and verified scores, totals, rank and class
 * (csv, xlsx), only the unit's row with --unit. */
gboolean td_scores_export_pdf   (const TdCliJob  *job,
                                 GError         **error);
gboolean td_scores_export_sheet (const TdCliJob  *job,
                                 GError         **error);
/* --export=ranking: the units of each set by rank (pdf, csv, xlsx). */
gboolean td_ranking_export_pdf   (const TdCliJob  *job,
                                  GError         **error);
gboolean td_ranking_export_sheet (const TdCliJob  *job,
                                  GError         **error);

/* The unit --unit=@name names among the units of @snapshot's sheets: the one of that name,
 * else the one that is the same but for accents and case ("thon dong"); otherwise a usage
 * error listing the names close to it, or saying there is none. */
gboolean td_scores_find_unit    (const TdScoresSnapshot  *snapshot,
                                 const char              *name,
                                 gint64                  *unit_id,
                                 GError                 **error);

G_END_DECLS
