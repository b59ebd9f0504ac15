/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-document.h"
#include "td-scores-snapshot.h"

G_BEGIN_DECLS

/* The ranking of a year's units (kết quả chấm điểm, xếp hạng thi đua) as an official
 * document: the heading of the emulation council under the commune, the title, then for
 * each criteria set its name and classification and a table — rank, unit, self total,
 * total after verification, class — the units by rank, those of one total sharing it (1,
 * 2, 2, 4), then the units with an item not scored, "Chưa đủ điểm" and no rank; a total
 * row that counts each class; a note on how the rank is made; the signers. A year with no
 * set prints a sentence instead. NULL with @error set when the year is not one. */
TdDocument *td_ranking_doc_new (const TdScoresSnapshot  *snapshot,
                                GError                 **error);

G_END_DECLS
