/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The guide's own window, for a computer with no help viewer (Yelp): the same Mallard
 * pages that are installed for Yelp, read from the GResource, one stack page each.
 */
#define G_LOG_DOMAIN "td-help"

#include "config.h"

#include <string.h>

#include "td-help-guide.h"
#include "td-help-window.h"

struct _TdHelpWindow
{
  AdwWindow       parent_instance;

  TdHelpGuide    *guide;

  AdwWindowTitle *window_title;
  GtkStack       *stack;
};

G_DEFINE_FINAL_TYPE (TdHelpWindow, td_help_window, ADW_TYPE_WINDOW)

static gboolean
on_activate_link_cb (TdHelpWindow *self,
                     const char   *uri,
                     GtkLabel     *label)
{
  /* Another page of the guide; any other address goes to the browser. */
  if (!g_str_has_prefix (uri, "xref:"))
    return FALSE;
  td_help_window_show_page (self, uri + strlen ("xref:"));
  return TRUE;
}

static void
on_topic_activated_cb (TdHelpWindow  *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list)
{
  td_help_window_show_page (self, g_object_get_data (G_OBJECT (row), "td-help-page"));
}

static GtkWidget *
new_label (TdHelpWindow *self,
           const char   *markup,
           const char   *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_activate_link_cb), self,
                           G_CONNECT_SWAPPED);
  return label;
}

/* An item or a step: its mark ("•", "2.") beside the text, which wraps under itself. */
static GtkWidget *
new_marked (TdHelpWindow *self,
            const char   *mark,
            const char   *markup)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *mark_label = gtk_label_new (mark);

  gtk_label_set_xalign (GTK_LABEL (mark_label), 1.0f);
  gtk_label_set_yalign (GTK_LABEL (mark_label), 0.0f);
  gtk_label_set_width_chars (GTK_LABEL (mark_label), 2);
  gtk_box_append (GTK_BOX (box), mark_label);
  gtk_box_append (GTK_BOX (box), new_label (self, markup, NULL));
  return box;
}

/* The guide page's list of topics, each with its description. */
static GtkWidget *
new_topics (TdHelpWindow *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < self->guide->pages->len; i++)
    {
      const TdHelpPage *page = g_ptr_array_index (self->guide->pages, i);
      GtkWidget *row;

      if (page->group == NULL)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), page->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), page->description);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "td-help-page", g_strdup (page->id), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_topic_activated_cb), self,
                           G_CONNECT_SWAPPED);
  return list;
}

static GtkWidget *
new_block (TdHelpWindow      *self,
           const TdHelpBlock *block)
{
  g_autofree char *number = NULL;
  g_autofree char *term = NULL;
  GtkWidget *widget;

  switch (block->kind)
    {
    case TD_HELP_BLOCK_HEADING:
      widget = new_label (self, block->markup, "title-4");
      gtk_widget_set_margin_top (widget, 12);
      return widget;
    case TD_HELP_BLOCK_TERM:
      term = g_strdup_printf ("<b>%s</b>", block->markup);
      widget = new_label (self, term, NULL);
      gtk_widget_set_margin_top (widget, 6);
      return widget;
    case TD_HELP_BLOCK_ITEM:
      return new_marked (self, "•", block->markup);
    case TD_HELP_BLOCK_STEP:
      number = g_strdup_printf ("%d.", block->number);
      return new_marked (self, number, block->markup);
    case TD_HELP_BLOCK_NOTE:
      widget = new_label (self, block->markup, "card");
      gtk_widget_add_css_class (widget, "help-note");
      return widget;
    case TD_HELP_BLOCK_TOPICS:
      return new_topics (self);
    case TD_HELP_BLOCK_PARAGRAPH:
    default:
      widget = new_label (self, block->markup, NULL);
      /* Under its item, step or term. */
      gtk_widget_set_margin_start (widget, block->depth > 0 ? 26 : 0);
      return widget;
    }
}

static GtkWidget *
new_page (TdHelpWindow     *self,
          const TdHelpPage *page)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *title = g_markup_escape_text (page->title, -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 680);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  gtk_box_append (GTK_BOX (box), new_label (self, title, "title-1"));
  for (guint i = 0; i < page->blocks->len; i++)
    gtk_box_append (GTK_BOX (box), new_block (self, g_ptr_array_index (page->blocks, i)));

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static void
update_subtitle (TdHelpWindow *self)
{
  const char *id = gtk_stack_get_visible_child_name (self->stack);
  const TdHelpPage *page = id != NULL ? td_help_guide_get_page (self->guide, id) : NULL;

  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title),
                                 page != NULL && page->group != NULL ? page->title : NULL);
}

static void
td_help_window_finalize (GObject *object)
{
  TdHelpWindow *self = TD_HELP_WINDOW (object);

  g_clear_pointer (&self->guide, td_help_guide_free);

  G_OBJECT_CLASS (td_help_window_parent_class)->finalize (object);
}

static void
td_help_window_class_init (TdHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = td_help_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TdHelpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TdHelpWindow, stack);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
td_help_window_init (TdHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (update_subtitle),
                           self, G_CONNECT_SWAPPED);
}

TdHelpWindow *
td_help_window_new (GtkWindow  *parent,
                    GError    **error)
{
  g_autoptr(TdHelpGuide) guide = td_help_guide_load (g_get_language_names (), error);
  TdHelpWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  if (guide == NULL)
    return NULL;

  self = g_object_new (TD_TYPE_HELP_WINDOW, "transient-for", parent, NULL);
  self->guide = g_steal_pointer (&guide);
  gtk_window_set_title (GTK_WINDOW (self), td_help_guide_get_title (self->guide));
  adw_window_title_set_title (self->window_title, td_help_guide_get_title (self->guide));
  for (guint i = 0; i < self->guide->pages->len; i++)
    {
      const TdHelpPage *page = g_ptr_array_index (self->guide->pages, i);

      gtk_stack_add_titled (self->stack, new_page (self, page), page->id, page->title);
    }
  td_help_window_show_page (self, "index");
  return self;
}

const char *
td_help_window_get_page (TdHelpWindow *self)
{
  g_return_val_if_fail (TD_IS_HELP_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
td_help_window_show_page (TdHelpWindow *self,
                          const char   *id)
{
  g_return_if_fail (TD_IS_HELP_WINDOW (self));

  if (gtk_stack_get_child_by_name (self->stack, id) != NULL)
    gtk_stack_set_visible_child_name (self->stack, id);
  update_subtitle (self);
}
