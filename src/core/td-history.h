/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-store.h"

G_BEGIN_DECLS

/* Typing into one field within this long of the last keystroke saved is one step. */
#define TD_HISTORY_MERGE_INTERVAL (1500 * G_TIME_SPAN_MILLISECOND)
/* The oldest steps are forgotten beyond this many. */
#define TD_HISTORY_MAX_STEPS 200

#define TD_TYPE_HISTORY (td_history_get_type ())
G_DECLARE_FINAL_TYPE (TdHistory, td_history, TD, HISTORY, GObject)

/* The Undo and Redo of one window: every change @store commits, whichever view made it.
 * A read-only store has no history. */
TdHistory  *td_history_new                  (TdStore    *store);
TdStore    *td_history_get_store            (TdHistory  *self);
gboolean    td_history_get_can_undo         (TdHistory  *self);
gboolean    td_history_get_can_redo         (TdHistory  *self);
/* What Undo and Redo would do, e.g. "Delete Task"; NULL when there is nothing. */
const char *td_history_get_undo_label       (TdHistory  *self);
const char *td_history_get_redo_label       (TdHistory  *self);
/* A number naming the step Undo would undo (0: none); it changes with every new step. */
guint64     td_history_get_undo_serial      (TdHistory  *self);
gboolean    td_history_undo                 (TdHistory  *self,
                                             GError    **error);
gboolean    td_history_redo                 (TdHistory  *self,
                                             GError    **error);
void        td_history_clear                (TdHistory  *self);
void        td_history_set_merge_interval   (TdHistory  *self,
                                             GTimeSpan   interval);
void        td_history_set_max_steps        (TdHistory  *self,
                                             guint       max_steps);
guint       td_history_get_n_undo           (TdHistory  *self);

G_END_DECLS
