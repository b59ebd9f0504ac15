/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A list of numbered places ("slots") over another list: slot i holds the source's i-th
 * item and stays the same object when the source changes, telling only that what it holds
 * changed ("notify::item"); slots are added or removed at the end only.
 *
 * Why: GTK 4.8's list and column views keep about 200 rows realised and make new widgets
 * for every row whose item was removed; a search that narrows 20,000 households made
 * 200 rows x 7 cells anew on each keystroke (100 ms and more). Over slots, the rows keep
 * their widgets and only set their labels again.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TD_TYPE_SLOT (td_slot_get_type ())
G_DECLARE_FINAL_TYPE (TdSlot, td_slot, TD, SLOT, GObject)

/* What the slot holds now; NULL never, while the slot is in its model. */
gpointer     td_slot_get_item        (TdSlot      *self);

#define TD_TYPE_SLOT_MODEL (td_slot_model_get_type ())
G_DECLARE_FINAL_TYPE (TdSlotModel, td_slot_model, TD, SLOT_MODEL, GObject)

TdSlotModel *td_slot_model_new       (GListModel  *source);
/* The item slot @position holds (not a new reference); NULL past the end. */
gpointer     td_slot_model_peek_item (TdSlotModel *self,
                                      guint        position);

G_END_DECLS
