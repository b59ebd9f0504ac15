/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The main window's Undo and Redo from the keyboard in its dialogs, which edit the file as
 * one types: one undo stack for the window, whichever window the keys are pressed in.
 */
#define G_LOG_DOMAIN "td-undo-keys"

#include "config.h"

#include "td-undo-keys.h"

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   gpointer               flush)
{
  GtkWindow *window = GTK_WINDOW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (
                                    controller)));
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  GtkWindow *parent = gtk_window_get_transient_for (window);

  if (parent == NULL || gdk_keyval_to_lower (keyval) != GDK_KEY_z ||
      (mods & ~GDK_SHIFT_MASK) != GDK_CONTROL_MASK)
    return FALSE;
  if (flush != NULL)
    ((TdUndoKeysFlush) flush) (window);
  gtk_widget_activate_action (GTK_WIDGET (parent),
                              (mods & GDK_SHIFT_MASK) ? "win.redo" : "win.undo", NULL);
  return TRUE;
}

void
td_undo_keys_attach (GtkWindow       *window,
                     TdUndoKeysFlush  flush)
{
  GtkEventController *keys;

  g_return_if_fail (GTK_IS_WINDOW (window));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), (gpointer) flush);
  gtk_widget_add_controller (GTK_WIDGET (window), keys);
}
