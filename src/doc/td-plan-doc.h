/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-document.h"
#include "td-plan.h"
#include "td-store.h"

G_BEGIN_DECLS

/* The plan (kế hoạch) as an official document: header, kind and title, preamble, the
 * sections with the task table where its section says, "Nơi nhận:" and the signature.
 * Reads the sections and tasks from @store now; the document does not follow later
 * changes. NULL with @error set when they cannot be read. */
TdDocument *td_plan_doc_new (TdStore  *store,
                             TdPlan   *plan,
                             GError  **error);

G_END_DECLS
