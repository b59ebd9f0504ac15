/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The print preview window: the pages (td-preview-view.c), where they are, how large, and
 * what to do with them.
 */
#define G_LOG_DOMAIN "td-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "td-preview.h"
#include "td-print.h"
#include "td-toast.h"

struct _TdPreview
{
  AdwWindow          parent_instance;

  TdDocument        *document;
  TdPreviewZoomMode  zoom_mode;

  AdwWindowTitle    *window_title;
  TdPreviewView     *view;
  GtkLabel          *page_label;
  GtkLabel          *zoom_label;
};

G_DEFINE_FINAL_TYPE (TdPreview, td_preview, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ZOOM_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What can be done now: no page before the first nor after the last, no zoom past the
 * limits. */
static void
update_actions (TdPreview *self)
{
  int page = td_preview_view_get_page (self->view);
  int n_pages = td_preview_view_get_n_pages (self->view);
  double zoom = td_preview_view_get_zoom (self->view);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "preview.previous-page", page > 0);
  gtk_widget_action_set_enabled (widget, "preview.first-page", page > 0);
  gtk_widget_action_set_enabled (widget, "preview.next-page", page < n_pages - 1);
  gtk_widget_action_set_enabled (widget, "preview.last-page", page < n_pages - 1);
  gtk_widget_action_set_enabled (widget, "preview.zoom-in", zoom < TD_PREVIEW_MAX_ZOOM - 1e-6);
  gtk_widget_action_set_enabled (widget, "preview.zoom-out", zoom > 0.25 + 1e-6);
  gtk_widget_action_set_enabled (widget, "preview.print", n_pages > 0);
  gtk_widget_action_set_enabled (widget, "preview.export-pdf", n_pages > 0);
}

static void
on_page_changed_cb (TdPreview *self)
{
  g_autofree char *text = NULL;

  /* Translators: under the print preview; the page shown, and how many there are */
  text = g_strdup_printf (_("Page %d of %d"), td_preview_view_get_page (self->view) + 1,
                          td_preview_view_get_n_pages (self->view));
  gtk_label_set_label (self->page_label, text);
  update_actions (self);
}

static void
on_zoom_changed_cb (TdPreview *self)
{
  g_autofree char *text = g_strdup_printf ("%.0f%%", td_preview_view_get_zoom (self->view) * 100);

  gtk_label_set_label (self->zoom_label, text);
  update_actions (self);
}

/* Actions ------------------------------------------------------------------------------------ */

static void
go_to_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TdPreview *self = TD_PREVIEW (widget);
  int page = td_preview_view_get_page (self->view);

  if (g_str_equal (action_name, "preview.previous-page"))
    page--;
  else if (g_str_equal (action_name, "preview.next-page"))
    page++;
  else if (g_str_equal (action_name, "preview.first-page"))
    page = 0;
  else
    page = td_preview_view_get_n_pages (self->view) - 1;
  td_preview_view_set_page (self->view, page);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TdPreview *self = TD_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    td_preview_view_zoom_in (self->view);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    td_preview_view_zoom_out (self->view);
  else
    td_preview_view_set_zoom (self->view, 1.0);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TdPreview *self = TD_PREVIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!td_print_run (GTK_WINDOW (self), self->document, &error))
    td_toast_show_error (widget, error);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TdPreview *self = TD_PREVIEW (widget);

  td_print_export_pdf (GTK_WINDOW (self), self->document);
}

/* Object ------------------------------------------------------------------------------------- */

static void
td_preview_constructed (GObject *object)
{
  TdPreview *self = TD_PREVIEW (object);

  G_OBJECT_CLASS (td_preview_parent_class)->constructed (object);

  adw_window_title_set_subtitle (self->window_title, td_document_get_title (self->document));
  td_preview_view_set_document (self->view, self->document);
  on_page_changed_cb (self);
  on_zoom_changed_cb (self);
}

static void
td_preview_dispose (GObject *object)
{
  TdPreview *self = TD_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_PREVIEW);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (td_preview_parent_class)->dispose (object);
}

static void
td_preview_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TdPreview *self = TD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_ZOOM_MODE:
      g_value_set_enum (value, self->zoom_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_preview_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TdPreview *self = TD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_ZOOM_MODE:
      if (self->zoom_mode != (TdPreviewZoomMode) g_value_get_enum (value))
        {
          self->zoom_mode = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                          gtk_named_action_new (action)));
}

static void
td_preview_class_init (TdPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = td_preview_constructed;
  object_class->dispose = td_preview_dispose;
  object_class->get_property = td_preview_get_property;
  object_class->set_property = td_preview_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, TD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The view's, for the Fit buttons' action. */
  properties[PROP_ZOOM_MODE] =
    g_param_spec_enum ("zoom-mode", NULL, NULL, TD_TYPE_PREVIEW_ZOOM_MODE,
                       TD_PREVIEW_ZOOM_FIT_WIDTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TD_TYPE_PREVIEW_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, TdPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, TdPreview, view);
  gtk_widget_class_bind_template_child (widget_class, TdPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, TdPreview, zoom_label);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, go_to_page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, go_to_page_action);
  gtk_widget_class_install_action (widget_class, "preview.first-page", NULL, go_to_page_action);
  gtk_widget_class_install_action (widget_class, "preview.last-page", NULL, go_to_page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_property_action (widget_class, "preview.zoom-mode", "zoom-mode");
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.export-pdf", NULL, export_pdf_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "preview.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
td_preview_init (TdPreview *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Page Up and Down turn pages wherever the focus is: first, before the scrolled window
   * takes them to scroll by a screen. */
  keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Page_Up, "preview.previous-page");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_KP_Page_Up, "preview.previous-page");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Page_Down, "preview.next-page");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_KP_Page_Down, "preview.next-page");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Home, "preview.first-page");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_KP_Home, "preview.first-page");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_End, "preview.last-page");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_KP_End, "preview.last-page");
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect_object (self->view, "notify::page", G_CALLBACK (on_page_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::n-pages", G_CALLBACK (on_page_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::zoom", G_CALLBACK (on_zoom_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_bind_property (self->view, "zoom-mode", self, "zoom-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

TdPreview *
td_preview_new (GtkWindow  *parent,
                TdDocument *document)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TD_IS_DOCUMENT (document), NULL);

  return g_object_new (TD_TYPE_PREVIEW, "transient-for", parent, "document", document, NULL);
}

TdDocument *
td_preview_get_document (TdPreview *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW (self), NULL);
  return self->document;
}

TdPreviewView *
td_preview_get_view (TdPreview *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW (self), NULL);
  return self->view;
}
