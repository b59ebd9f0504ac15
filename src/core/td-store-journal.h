/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The journal of a writable store: every committed change is a step, numbered, that can
 * be inverted. TdHistory keeps the steps in order and decides which to invert.
 */
#pragma once

#include "td-store.h"

G_BEGIN_DECLS

/* TdStore::journal-step (gint64 step, const char *label, const char *merge_key) is emitted
 * after a change commits, before "changed"; @merge_key, when not NULL, names the one field
 * of one row typed into (two steps with the same key may become one). TdStore::journal-reset
 * says every step is forgotten: another program changed the file, or a backup was restored. */

/* Whether the store keeps a journal: a writable store does. */
gboolean       td_store_journal_is_enabled     (TdStore         *self);
/* Puts back what @step changed, in one transaction, and emits "changed" for what it
 * touched. The putting back is itself a step (which would redo @step): its number is in
 * @inverse. @step is forgotten. Fails, forgetting every step, when another program changed
 * the file since. */
gboolean       td_store_journal_invert         (TdStore         *self,
                                                gint64           step,
                                                gint64          *inverse,
                                                GError         **error);
/* Makes @from part of @into: inverting @into then inverts both. */
void           td_store_journal_merge          (TdStore         *self,
                                                gint64           into,
                                                gint64           from);
void           td_store_journal_forget         (TdStore         *self,
                                                gint64           step);

/* A step carried from one connection to another: what a worker's own connection did
 * (a big import) made undoable in the window's. */
typedef struct _TdJournalSteps TdJournalSteps;

void             td_journal_steps_free          (TdJournalSteps *steps);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdJournalSteps, td_journal_steps_free)

/* Takes the last committed step out of @self's journal, for td_store_adopt_external();
 * NULL when there is none. */
TdJournalSteps  *td_store_journal_take_last     (TdStore         *self);
/* Another connection of this process committed @steps: @self takes them as its own step,
 * named @label (its Undo puts back what they did), without forgetting its own steps as
 * td_store_check_external() would, and tells its views that anything may have changed.
 * @steps may be NULL: the change is then not undoable, and the steps are kept. */
void             td_store_adopt_external        (TdStore         *self,
                                                 TdJournalSteps  *steps,
                                                 const char      *label);

G_END_DECLS
