/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Toasts for every part of the window: messages, Undo after a change, and what to do
 * with a file just saved.
 */
#define G_LOG_DOMAIN "td-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "td-launch.h"
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

void
td_toast_show_error (GtkWidget    *widget,
                     const GError *error)
{
  const char *words;

  g_return_if_fail (error != NULL);

  words = td_save_problem_describe_action (error);
  td_toast_show_message (widget, words != NULL ? words : error->message);
}

/* The window the toast shows in, to say there what went wrong, while it is shown. */
static GtkWidget *
toast_window (AdwToast *toast)
{
  GtkWidget *title = adw_toast_get_custom_title (toast);

  return title != NULL ? GTK_WIDGET (gtk_widget_get_root (title)) : NULL;
}

static void
on_open_clicked_cb (AdwToast *toast,
                    GFile    *file)
{
  GtkWidget *window = toast_window (toast);

  if (window != NULL)
    td_launch_open_file (window, file);
}

static void
on_show_in_folder_clicked_cb (GtkButton *button,
                              AdwToast  *toast)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (button)));
  GFile *file = g_object_get_data (G_OBJECT (toast), "td-file");

  if (window != NULL)
    td_launch_show_in_folder (window, file);
  adw_toast_dismiss (toast);
}

void
td_toast_show_saved (GtkWidget *widget,
                     GFile     *file)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  GtkWidget *title, *label, *button;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  /* Translators: a toast; %s is a file name */
  message = g_strdup_printf (_("Saved as “%s”"), name);
  toast = td_toast_new (message);
  g_object_set_data_full (G_OBJECT (toast), "td-file", g_object_ref (file), g_object_unref);

  /* libadwaita 1.2 gives a toast one button: the second sits beside the words. */
  title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new (message);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (title), label);
  button = gtk_button_new_with_mnemonic (_("Show in _Folder"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (title), button);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_in_folder_clicked_cb), toast,
                           0);
  adw_toast_set_custom_title (toast, title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  /* Time to read it and reach for a button. */
  adw_toast_set_timeout (toast, 10);
  td_toast_show (widget, toast);
}

void
td_toast_offer_undo (GtkWidget  *widget,
                     const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  /* The window owns Undo (td-window-undo.c); a widget outside one only says what it did. */
  if (!gtk_widget_activate_action (widget, "win.offer-undo", "s", message))
    td_toast_show_message (widget, message);
}
