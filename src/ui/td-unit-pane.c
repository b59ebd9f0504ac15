/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The unit pane beside the timeline: a GtkListView (only the rows in view are made) over
 * one item per unit, with its count of the year's tasks, whether it is chosen (its tasks
 * highlighted on the timeline) and whether it is marked (it carries out the task selected
 * there).
 */
#define G_LOG_DOMAIN "td-unit-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-subjects.h"
#include "td-unit-pane.h"

/* One unit as the pane lists it. ------------------------------------------------------- */

#define TD_TYPE_UNIT_PANE_ITEM (td_unit_pane_item_get_type ())
G_DECLARE_FINAL_TYPE (TdUnitPaneItem, td_unit_pane_item, TD, UNIT_PANE_ITEM, GObject)

struct _TdUnitPaneItem
{
  GObject   parent_instance;

  char     *name;
  guint     n_tasks;
  /* The first of the units with no task this year: a rule above it. */
  gboolean  first_idle;
  gboolean  chosen;
  gboolean  marked;
};

G_DEFINE_FINAL_TYPE (TdUnitPaneItem, td_unit_pane_item, G_TYPE_OBJECT)

/* The rows listen to this one signal, whatever changed. */
enum {
  ITEM_CHANGED,
  N_ITEM_SIGNALS
};

static guint item_signals[N_ITEM_SIGNALS];

static void
td_unit_pane_item_finalize (GObject *object)
{
  g_free (TD_UNIT_PANE_ITEM (object)->name);
  G_OBJECT_CLASS (td_unit_pane_item_parent_class)->finalize (object);
}

static void
td_unit_pane_item_class_init (TdUnitPaneItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = td_unit_pane_item_finalize;
  item_signals[ITEM_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
td_unit_pane_item_init (TdUnitPaneItem *self)
{
}

static void
item_set_flags (TdUnitPaneItem *item,
                gboolean        chosen,
                gboolean        marked)
{
  if (item->chosen == !!chosen && item->marked == !!marked)
    return;
  item->chosen = !!chosen;
  item->marked = !!marked;
  g_signal_emit (item, item_signals[ITEM_CHANGED], 0);
}

/* The pane. ------------------------------------------------------------------------------ */

struct _TdUnitPane
{
  GtkWidget    parent_instance;

  GListStore  *units;
  char        *chosen;
  GStrv        marked;

  GtkWidget   *box;
  GtkLabel    *hint;
  GtkListView *list;
};

G_DEFINE_FINAL_TYPE (TdUnitPane, td_unit_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_marked (TdUnitPane *self,
           const char *name)
{
  return self->marked != NULL && g_strv_contains ((const char * const *) self->marked, name);
}

static void
update_flags (TdUnitPane *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->units));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdUnitPaneItem) item = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      item_set_flags (item, g_strcmp0 (item->name, self->chosen) == 0,
                      is_marked (self, item->name));
    }
  /* What choosing does, in words, under the heading. */
  gtk_label_set_label (self->hint, self->chosen != NULL
                                     ? _("Its tasks are highlighted. Choose it again or press "
                                         "Escape to show all alike.")
                                     : _("Choose a unit to highlight its tasks."));
}

/* A row: a rule above the first unit with no task; the marked dot, the name, the count
 * and the chosen tick. */
static void
update_row (GtkListItem *list_item)
{
  TdUnitPaneItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *rule = gtk_widget_get_first_child (box);
  GtkWidget *line = gtk_widget_get_next_sibling (rule);
  GtkWidget *dot = gtk_widget_get_first_child (line);
  GtkWidget *name = gtk_widget_get_next_sibling (dot);
  GtkWidget *count = gtk_widget_get_next_sibling (name);
  GtkWidget *tick = gtk_widget_get_next_sibling (count);
  g_autofree char *number = NULL;
  g_autofree char *tasks = NULL;
  g_autoptr(GString) label = NULL;

  if (item == NULL)
    return;
  number = g_strdup_printf ("%u", item->n_tasks);
  gtk_widget_set_visible (rule, item->first_idle);
  gtk_widget_set_opacity (dot, item->marked ? 1 : 0);
  gtk_label_set_label (GTK_LABEL (name), item->name);
  gtk_label_set_label (GTK_LABEL (count), number);
  gtk_widget_set_opacity (tick, item->chosen ? 1 : 0);
  if (item->marked)
    gtk_widget_add_css_class (name, "heading");
  else
    gtk_widget_remove_css_class (name, "heading");
  if (item->n_tasks == 0)
    gtk_widget_add_css_class (line, "dim-label");
  else
    gtk_widget_remove_css_class (line, "dim-label");

  /* What a screen reader says of the row, the marks too; "Thôn Tùng Ảnh — 3 tasks this
   * year, highlighted on the timeline". */
  tasks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a unit's count of tasks in the
                                         * unit pane, read by screen readers */
                                        "%u task this year",
                                        "%u tasks this year", item->n_tasks),
                           item->n_tasks);
  label = g_string_new (item->name);
  g_string_append_printf (label, " — %s", tasks);
  if (item->chosen)
    g_string_append_printf (label, ", %s", _("highlighted on the timeline"));
  if (item->marked)
    g_string_append_printf (label, ", %s", _("carries out the selected task"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              TdUnitPane               *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *rule = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dot = gtk_label_new ("●");
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *tick = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_bottom (rule, 6);
  gtk_widget_add_css_class (dot, "accent");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  /* Long names are cut rather than widening the pane over the whole chart. */
  gtk_label_set_max_width_chars (GTK_LABEL (name), 26);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (tick, "accent");
  gtk_box_append (GTK_BOX (line), dot);
  gtk_box_append (GTK_BOX (line), name);
  gtk_box_append (GTK_BOX (line), count);
  gtk_box_append (GTK_BOX (line), tick);
  gtk_box_append (GTK_BOX (box), rule);
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TdUnitPane               *self)
{
  TdUnitPaneItem *item = gtk_list_item_get_item (list_item);

  g_signal_connect_object (item, "changed", G_CALLBACK (update_row), list_item,
                           G_CONNECT_SWAPPED);
  update_row (list_item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               TdUnitPane               *self)
{
  TdUnitPaneItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, update_row, list_item);
}

static void
on_activate_cb (TdUnitPane *self,
                guint       position)
{
  g_autoptr(TdUnitPaneItem) item = g_list_model_get_item (G_LIST_MODEL (self->units), position);

  if (item == NULL)
    return;
  /* Choosing the chosen one again clears the choice. */
  td_unit_pane_set_chosen (self, item->chosen ? NULL : item->name);
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   data)
{
  TdUnitPane *self = TD_UNIT_PANE (widget);

  if (self->chosen == NULL)
    return FALSE;
  td_unit_pane_set_chosen (self, NULL);
  return TRUE;
}

static void
td_unit_pane_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TdUnitPane *self = TD_UNIT_PANE (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:
      g_value_set_string (value, self->chosen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_unit_pane_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TdUnitPane *self = TD_UNIT_PANE (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:
      td_unit_pane_set_chosen (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_unit_pane_dispose (GObject *object)
{
  TdUnitPane *self = TD_UNIT_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_UNIT_PANE);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (td_unit_pane_parent_class)->dispose (object);
}

static void
td_unit_pane_finalize (GObject *object)
{
  TdUnitPane *self = TD_UNIT_PANE (object);

  g_free (self->chosen);
  g_strfreev (self->marked);

  G_OBJECT_CLASS (td_unit_pane_parent_class)->finalize (object);
}

static void
td_unit_pane_class_init (TdUnitPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_unit_pane_dispose;
  object_class->finalize = td_unit_pane_finalize;
  object_class->get_property = td_unit_pane_get_property;
  object_class->set_property = td_unit_pane_set_property;

  properties[PROP_CHOSEN] =
    g_param_spec_string ("chosen", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-unit-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TdUnitPane, box);
  gtk_widget_class_bind_template_child (widget_class, TdUnitPane, hint);
  gtk_widget_class_bind_template_child (widget_class, TdUnitPane, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
td_unit_pane_init (TdUnitPane *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->units = g_list_store_new (TD_TYPE_UNIT_PANE_ITEM);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list, factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (gtk_no_selection_new (
                             g_object_ref (G_LIST_MODEL (self->units)))));
  g_signal_connect_object (self->list, "activate", G_CALLBACK (on_activate_cb), self,
                           G_CONNECT_SWAPPED);
  update_flags (self);
}

GtkWidget *
td_unit_pane_new (void)
{
  return g_object_new (TD_TYPE_UNIT_PANE, NULL);
}

void
td_unit_pane_set_units (TdUnitPane *self,
                        GArray     *units)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean chosen_listed = FALSE;

  g_return_if_fail (TD_IS_UNIT_PANE (self));
  g_return_if_fail (units != NULL);

  for (guint i = 0; i < units->len; i++)
    {
      const TdUnitTasks *entry = &g_array_index (units, TdUnitTasks, i);
      TdUnitPaneItem *item = g_object_new (TD_TYPE_UNIT_PANE_ITEM, NULL);

      item->name = g_strdup (td_unit_get_name (entry->unit));
      item->n_tasks = entry->n_tasks;
      item->first_idle = entry->n_tasks == 0 &&
                         (i == 0 || g_array_index (units, TdUnitTasks, i - 1).n_tasks > 0);
      item->chosen = g_strcmp0 (item->name, self->chosen) == 0;
      item->marked = is_marked (self, item->name);
      chosen_listed |= item->chosen;
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->units, 0, g_list_model_get_n_items (G_LIST_MODEL (self->units)),
                       items->pdata, items->len);
  /* A unit gone (renamed, merged) is no longer highlighted. */
  if (!chosen_listed)
    td_unit_pane_set_chosen (self, NULL);
}

const char *
td_unit_pane_get_chosen (TdUnitPane *self)
{
  g_return_val_if_fail (TD_IS_UNIT_PANE (self), NULL);
  return self->chosen;
}

void
td_unit_pane_set_chosen (TdUnitPane *self,
                         const char *name)
{
  g_return_if_fail (TD_IS_UNIT_PANE (self));

  if (name != NULL && name[0] == '\0')
    name = NULL;
  if (g_strcmp0 (self->chosen, name) == 0)
    return;
  g_free (self->chosen);
  self->chosen = g_strdup (name);
  update_flags (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN]);
}

void
td_unit_pane_set_marked (TdUnitPane         *self,
                         const char * const *names)
{
  guint n;

  g_return_if_fail (TD_IS_UNIT_PANE (self));

  g_strfreev (self->marked);
  self->marked = names != NULL && names[0] != NULL ? g_strdupv ((char **) names) : NULL;
  update_flags (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n && self->marked != NULL; i++)
    {
      g_autoptr(TdUnitPaneItem) item = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (item->marked)
        {
          /* GTK 4.8 has no gtk_list_view_scroll_to(); the list's own action scrolls. */
          gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", i);
          break;
        }
    }
}

char *
td_unit_pane_describe (TdUnitPane *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (TD_IS_UNIT_PANE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdUnitPaneItem) item = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      g_string_append_printf (text, "%s%s|%u|%d|%d", i > 0 ? "\n" : "", item->name,
                              item->n_tasks, item->chosen, item->marked);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GtkListView *
td_unit_pane_get_list (TdUnitPane *self)
{
  g_return_val_if_fail (TD_IS_UNIT_PANE (self), NULL);
  return self->list;
}
