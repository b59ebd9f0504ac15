/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Saves what @window holds typed but not saved yet. */
typedef void (*TdUndoKeysFlush) (GtkWindow *window);

/* Ctrl+Z and Ctrl+Shift+Z in @window, a dialog of the main window, are the main window's
 * Undo and Redo (win.undo and win.redo of the window it is transient for), caught before
 * the focused field, whose own undo would leave the file as it is. @flush (may be NULL)
 * first saves what is typed, so that it is the step undone. */
void td_undo_keys_attach (GtkWindow       *window,
                          TdUndoKeysFlush  flush);

G_END_DECLS
