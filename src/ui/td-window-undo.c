/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The window's Undo and Redo: one TdHistory for its store, whichever view changed it; the
 * win.undo and win.redo actions, their items in the primary menu named after the step,
 * Ctrl+Z and Ctrl+Shift+Z wherever the focus is (a text field's own undo never takes
 * them), and the toast a change offers with its Undo button.
 */
#define G_LOG_DOMAIN "td-window"

#include "config.h"

#include <glib/gi18n.h>

#include "td-history.h"
#include "td-toast.h"
#include "td-window-private.h"

/* A change's toast stays this long: long enough to read it and reach its button. */
#define UNDO_TOAST_TIMEOUT_S 10

struct _TdWindowUndo
{
  /* The context's (td_context_get_history()), followed as it changes with the file. */
  TdHistory *history;
  /* The toast offering to undo the newest step, and which step that was. */
  AdwToast  *toast;
  guint64    toast_serial;
};

static void
dismiss_toast (TdWindowUndo *undo)
{
  if (undo->toast != NULL)
    {
      AdwToast *toast = g_steal_pointer (&undo->toast);

      g_object_remove_weak_pointer (G_OBJECT (toast), (gpointer *) &undo->toast);
      adw_toast_dismiss (toast);
    }
}

static void
append_item (GMenu      *section,
             const char *text,
             const char *action)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (text, action);

  g_menu_append_item (section, item);
}

static void
update (TdWindow *self)
{
  TdHistory *history = self->undo->history;
  GObject *section = gtk_widget_get_template_child (GTK_WIDGET (self), TD_TYPE_WINDOW,
                                                    "undo_section");
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;
  const char *undo_label;
  const char *redo_label;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 history != NULL && td_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 history != NULL && td_history_get_can_redo (history));
  if (!G_IS_MENU (section))
    return;

  undo_label = history != NULL ? td_history_get_undo_label (history) : NULL;
  redo_label = history != NULL ? td_history_get_redo_label (history) : NULL;
  /* Translators: a menu item; %s is what a change did, e.g. "Delete Task" */
  undo_text = undo_label != NULL ? g_strdup_printf (_("_Undo %s"), undo_label)
                                 : g_strdup (_("_Undo"));
  /* Translators: a menu item; %s is what an undone change did, e.g. "Delete Task" */
  redo_text = redo_label != NULL ? g_strdup_printf (_("_Redo %s"), redo_label)
                                 : g_strdup (_("_Redo"));
  g_menu_remove_all (G_MENU (section));
  append_item (G_MENU (section), undo_text, "win.undo");
  append_item (G_MENU (section), redo_text, "win.redo");
}

/* What is typed but not saved yet is saved first, so that it is a step of its own. */
static void
flush_typing (TdWindow *self)
{
  TdPlanEditor *editor = _td_window_get_editor (self);

  if (editor != NULL)
    td_plan_editor_flush (editor);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo->history == NULL)
    return;
  flush_typing (self);
  dismiss_toast (self->undo);
  if (!td_history_undo (self->undo->history, &error))
    _td_window_show_error_toast (self, error);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo->history == NULL)
    return;
  flush_typing (self);
  dismiss_toast (self->undo);
  if (!td_history_redo (self->undo->history, &error))
    _td_window_show_error_toast (self, error);
}

static void
on_toast_undo_cb (AdwToast *toast,
                  TdWindow *self)
{
  /* Only the change the toast was about: another one since is Ctrl+Z's business. */
  if (self->undo->history != NULL &&
      td_history_get_undo_serial (self->undo->history) == self->undo->toast_serial)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
}

static void
offer_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  AdwToast *toast = td_toast_new (g_variant_get_string (parameter, NULL));

  dismiss_toast (self->undo);
  if (self->undo->history != NULL && td_history_get_can_undo (self->undo->history))
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, UNDO_TOAST_TIMEOUT_S);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo_cb), self, 0);
      self->undo->toast = toast;
      self->undo->toast_serial = td_history_get_undo_serial (self->undo->history);
      g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->undo->toast);
    }
  td_toast_show (GTK_WIDGET (self), toast);
}

/* In the capture phase, before the focused field: GtkText and GtkTextView keep an undo of
 * their own that would otherwise take Ctrl+Z and leave the file as it is. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   TdWindow              *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (self->undo->history == NULL || gdk_keyval_to_lower (keyval) != GDK_KEY_z ||
      (mods & ~GDK_SHIFT_MASK) != GDK_CONTROL_MASK)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self),
                              (mods & GDK_SHIFT_MASK) ? "win.redo" : "win.undo", NULL);
  return TRUE;
}

/* The context made a new history with a new file (or none): the menu and the toast
 * follow it. (Ctrl+Z and Ctrl+Shift+Z are the application's accelerators, set when it
 * starts, for the menu and the shortcuts window to show; the keys themselves are caught
 * by on_key_pressed_cb() first.) */
static void
on_history_changed_cb (TdWindow *self)
{
  dismiss_toast (self->undo);
  if (self->undo->history != NULL)
    g_signal_handlers_disconnect_by_data (self->undo->history, self);
  g_set_object (&self->undo->history, td_context_get_history (self->context));
  if (self->undo->history != NULL)
    g_signal_connect_object (self->undo->history, "notify", G_CALLBACK (update), self,
                             G_CONNECT_SWAPPED);
  update (self);
}

void
_td_window_class_add_undo_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.offer-undo", "s", offer_undo_action);
  /* Held by the template only; found with gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_child_full (widget_class, "undo_section", FALSE, 0);
}

void
_td_window_undo_init (TdWindow *self)
{
  self->undo = g_new0 (TdWindowUndo, 1);
  _td_window_undo_route_keys (self, GTK_WIDGET (self));
  g_signal_connect_object (self->context, "notify::history", G_CALLBACK (on_history_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update (self);
}

void
_td_window_undo_dispose (TdWindow *self)
{
  if (self->undo == NULL)
    return;
  dismiss_toast (self->undo);
  if (self->undo->history != NULL)
    g_signal_handlers_disconnect_by_data (self->undo->history, self);
  g_clear_object (&self->undo->history);
  g_clear_pointer (&self->undo, g_free);
}


void
_td_window_undo_route_keys (TdWindow  *self,
                            GtkWidget *widget)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (widget, keys);
}

TdHistory *
td_window_get_history (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return self->undo != NULL ? self->undo->history : NULL;
}
