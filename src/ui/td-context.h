/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gio/gio.h>

#include "td-history.h"
#include "td-store.h"

G_BEGIN_DECLS

#define TD_TYPE_CONTEXT (td_context_get_type ())
G_DECLARE_FINAL_TYPE (TdContext, td_context, TD, CONTEXT, GObject)

/* What every page of a window shares: the open file, its Undo and Redo, the settings and
 * today's date. A page is given it as its "context" construct property and follows its
 * "store". */
TdContext  *td_context_new              (GSettings  *settings);
/* NULL while no file is open (the problem page shows). */
TdStore    *td_context_get_store        (TdContext  *self);
void        td_context_set_store        (TdContext  *self,
                                         TdStore    *store);
/* The Undo and Redo of the store's changes, made with the store; NULL when there is no
 * store or it is read-only. */
TdHistory  *td_context_get_history      (TdContext  *self);
GSettings  *td_context_get_settings     (TdContext  *self);
/* Today as YYYY-MM-DD when one was set (tests), else NULL: the clock's today. */
const char *td_context_get_today        (TdContext  *self);
void        td_context_set_today        (TdContext  *self,
                                         const char *today_iso);
/* The year of today, by the set date or the clock. */
int         td_context_get_current_year (TdContext  *self);

G_END_DECLS
