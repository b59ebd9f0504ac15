/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-document.h"
#include "td-scores-snapshot.h"

G_BEGIN_DECLS

/* The scoring table of a unit (bảng chấm điểm thi đua) as an official document, on
 * landscape pages for its eight columns: the heading of the emulation council under the
 * commune, "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024" and the unit, then the criteria of its set in
 * order — TT, criterion, content, target (and what the unit registered), standard, self
 * score, verified score, the verifier's note — each heading a bold row with its standard
 * and subtotals that never ends a page, penalty items marked as such; the total row; the
 * final total with the rank and class, or "Chưa đủ điểm" with what is missing; the signers.
 * Its head is repeated on every page.
 *
 * @unit_id 0 prints every unit of every set of the year, one after another, each from a
 * new page. NULL with @error set for a year that is not one, or a unit on no sheet. */
TdDocument *td_scores_doc_new (const TdScoresSnapshot  *snapshot,
                               gint64                   unit_id,
                               GError                 **error);

G_END_DECLS
