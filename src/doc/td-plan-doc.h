/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-document.h"
#include "td-snapshot.h"

G_BEGIN_DECLS

/* The plan (kế hoạch) as an official document: header, kind and title, preamble, the
 * sections with the task table where its section says, "Nơi nhận:" and the signature.
 * From @snapshot, which the document does not keep. NULL with @error set when the plan
 * has no year. */
TdDocument *td_plan_doc_new (const TdPlanSnapshot  *snapshot,
                             GError               **error);

G_END_DECLS
