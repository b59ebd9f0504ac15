/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-doc-layout.h"
#include "td-office.h"

G_BEGIN_DECLS

/* What the scoring table of a unit and the ranking share (td-scores-doc.c). */

/* Points in a printed cell, as offices write them: "2,5", "-2", "100". */
char *td_scores_doc_points       (gint64       points);
/* The heading of the emulation council, under the commune (document-format.md, reports of
 * the council): "UBND XÃ TÙNG ẢNH" above "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", no number, the
 * place and @date (ISO; "" leaves the day and month blank) of @year. */
void  td_scores_doc_add_heading  (TdDocLayout *layout,
                                  TdOffice    *office,
                                  const char  *date,
                                  int          year);
/* Who signs a scoring table or a ranking: the one who drew it up (người lập biểu) and the
 * chair of the council. */
void  td_scores_doc_add_signers  (TdDocLayout *layout,
                                  TdOffice    *office);

G_END_DECLS
