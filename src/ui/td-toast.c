/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Toasts for every part of the window: messages, and Undo after a delete.
 */
#define G_LOG_DOMAIN "td-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "td-save-problem.h"
#include "td-store-plan.h"
#include "td-toast.h"

static GtkWidget *
find_overlay_below (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *overlay = find_overlay_below (child);
      if (overlay != NULL)
        return overlay;
    }
  return NULL;
}

AdwToast *
td_toast_new (const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (message != NULL, NULL);

  escaped = g_markup_escape_text (message, -1);
  return adw_toast_new (escaped);
}

void
td_toast_show (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL && gtk_widget_get_root (widget) != NULL)
    overlay = find_overlay_below (GTK_WIDGET (gtk_widget_get_root (widget)));

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
    }
}

void
td_toast_show_message (GtkWidget  *widget,
                       const char *message)
{
  td_toast_show (widget, td_toast_new (message));
}

/* What the Undo button needs: the store is kept, the widget only watched, so Undo still
 * works when the widget that deleted is gone. */
void
td_toast_show_error (GtkWidget    *widget,
                     const GError *error)
{
  const char *words;

  g_return_if_fail (error != NULL);

  words = td_save_problem_describe_action (error);
  td_toast_show_message (widget, words != NULL ? words : error->message);
}

typedef struct {
  TdStore     *store;
  GWeakRef     widget;
  TdStoreUndo *undo;
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_weak_ref_clear (&undo->widget);
  td_store_undo_free (undo->undo);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    Undo     *undo)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&undo->widget);
  g_autoptr(GError) error = NULL;

  if (!td_store_undo (undo->store, undo->undo, &error) && widget != NULL)
    td_toast_show_error (widget, error);
}

void
td_toast_offer_undo (GtkWidget   *widget,
                     TdStore     *store,
                     const char  *message,
                     TdStoreUndo *store_undo)
{
  AdwToast *toast;
  Undo *undo;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (TD_IS_STORE (store));
  g_return_if_fail (store_undo != NULL);

  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (store);
  g_weak_ref_init (&undo->widget, widget);
  undo->undo = store_undo;

  toast = td_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo,
                         undo_free, 0);
  td_toast_show (widget, toast);
}
