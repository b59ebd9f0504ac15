/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Criteria view: a set's tree as a flat list of its nodes in reading order, indented by
 * depth (a tree is a few hundred rows at most). After each change the tree is read again
 * (one query); when its shape is the same, the items take the new text in place, so the
 * row being typed into keeps its place and the heading's sum changes as the digits come.
 */
#define G_LOG_DOMAIN "td-criteria-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "td-criteria-row.h"
#include "td-criteria-view.h"
#include "td-toast.h"
#include "td-wrap-layout.h"

struct _TdCriteriaView
{
  GtkWidget           parent_instance;

  TdStore            *store;
  gint64              set_id;
  TdCriteriaTree     *tree;
  GListStore         *items;
  GtkSingleSelection *selection;
  TdCriterionEditor  *editor;
  gboolean            selecting;

  GtkWidget          *box;
  GtkWidget          *toolbar;
  AdwFlap            *flap;
  GtkStack           *stack;
  GtkWidget          *table_box;
  GtkListView        *view;
  GtkLabel           *totals_label;
};

G_DEFINE_FINAL_TYPE (TdCriteriaView, td_criteria_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SET_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Codes ------------------------------------------------------------------------------------- */

static const char *roman[] = {
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
  "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
};

static int
roman_value (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (roman); i++)
    if (g_ascii_strcasecmp (text, roman[i]) == 0)
      return (int) i + 1;
  return 0;
}

/* The code that follows @code at its level: "1.2" → "1.3", "II." → "III.", "a)" → "b)";
 * "" when it cannot be told. */
static char *
next_code (const char *code)
{
  g_autofree char *body = g_strstrip (g_strdup (code));
  gsize len = strlen (body);
  const char *suffix = "";
  char *last;
  int value;

  if (len > 0 && (body[len - 1] == '.' || body[len - 1] == ')'))
    {
      suffix = body[len - 1] == '.' ? "." : ")";
      body[--len] = '\0';
    }
  if (len == 0)
    return g_strdup ("");
  if ((value = roman_value (body)) > 0)
    return g_strconcat (value < (int) G_N_ELEMENTS (roman) ? roman[value] : body, suffix, NULL);
  if (len == 1 && g_ascii_islower (body[0]) && body[0] < 'z')
    return g_strdup_printf ("%c%s", body[0] + 1, suffix);
  last = strrchr (body, '.');
  last = last != NULL ? last + 1 : body;
  for (const char *p = last; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return g_strdup ("");
  value = atoi (last);
  *last = '\0';
  return g_strdup_printf ("%s%d%s", body, value + 1, suffix);
}

/* The code of the @n-th item (from 1) under @parent: under a Roman group plain numbers,
 * under "1.2" "1.2.n". */
static char *
child_code (const char *parent,
            guint       n)
{
  g_autofree char *body = g_strstrip (g_strdup (parent));
  gsize len = strlen (body);
  gboolean dot = len > 0 && body[len - 1] == '.';

  if (dot)
    body[--len] = '\0';
  if (len == 0 || roman_value (body) > 0)
    return g_strdup_printf ("%u%s", n, dot ? "." : "");
  return g_strdup_printf ("%s.%u%s", body, n, dot ? "." : "");
}

/* The list ---------------------------------------------------------------------------------- */

static const TdCriteriaNode *
selected_node (TdCriteriaView *self,
               int            *index)
{
  TdCriteriaItem *item = gtk_single_selection_get_selected_item (self->selection);
  int found;

  if (item == NULL || self->tree == NULL)
    return NULL;
  found = td_criteria_tree_find (self->tree, td_criteria_item_get_id (item));
  if (index != NULL)
    *index = found;
  return found >= 0 ? td_criteria_tree_get_node (self->tree, found) : NULL;
}

/* The place of node @index among its parent's children, from 0, and how many they are. */
static guint
sibling_place (TdCriteriaView *self,
               guint           index,
               guint          *n_siblings)
{
  const TdCriteriaNode *node = td_criteria_tree_get_node (self->tree, index);
  guint place = 0, n = 0;
  guint start = node->parent >= 0 ? (guint) node->parent + 1 : 0;
  guint end = node->parent >= 0 ? td_criteria_tree_get_node (self->tree, node->parent)->end
                                : td_criteria_tree_get_n_nodes (self->tree);

  for (guint i = start; i < end; i = td_criteria_tree_get_node (self->tree, i)->end)
    {
      if (i == index)
        place = n;
      n++;
    }
  if (n_siblings != NULL)
    *n_siblings = n;
  return place;
}

static void
update_actions (TdCriteriaView *self)
{
  gboolean writable = self->store != NULL && self->set_id != 0 &&
                      !td_store_is_read_only (self->store);
  int index = -1;
  const TdCriteriaNode *node = selected_node (self, &index);
  guint place = 0, n = 0;

  if (node != NULL)
    place = sibling_place (self, index, &n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.add-item", writable && node != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.move-up",
                                 writable && node != NULL && place > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.move-down",
                                 writable && node != NULL && place + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.delete", writable && node != NULL);
}

static void
update_totals (TdCriteriaView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *max = NULL;
  guint mismatches;

  if (self->tree == NULL)
    {
      gtk_label_set_label (self->totals_label, "");
      return;
    }
  max = td_criteria_format_points (td_criteria_tree_get_max_total (self->tree));
  /* TRANSLATORS: under the criteria: the most a unit can score. */
  g_string_append_printf (text, _("Total: %s points"), max);
  if (td_criteria_tree_get_penalty_total (self->tree) != 0)
    {
      g_autofree char *penalties =
        td_criteria_format_points (td_criteria_tree_get_penalty_total (self->tree));

      /* TRANSLATORS: after "Total: 100 points": what the penalties can take away. */
      g_string_append_printf (text, _(" · penalties up to %s"), penalties);
    }
  mismatches = td_criteria_tree_count_mismatches (self->tree);
  if (mismatches > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text,
                              ngettext ("%u heading states a standard its items do not add up to",
                                        "%u headings state a standard their items do not add up to",
                                        mismatches), mismatches);
    }
  gtk_label_set_label (self->totals_label, text->str);
  if (mismatches > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->totals_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->totals_label), "warning");
}

static guint
position_of (TdCriteriaView *self,
             gint64          id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdCriteriaItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (td_criteria_item_get_id (item) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The items take @tree: in place when its nodes are the same in the same order, else all
 * made again, the chosen one chosen again. */
static void
show_tree (TdCriteriaView *self,
           TdCriteriaTree *tree)
{
  guint n = tree != NULL ? td_criteria_tree_get_n_nodes (tree) : 0;
  gboolean same = n == g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gint64 chosen = td_criteria_view_get_selected (self);

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(TdCriteriaItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      same = td_criteria_item_get_id (item) == td_criteria_tree_get_node (tree, i)->id;
    }
  g_clear_pointer (&self->tree, td_criteria_tree_unref);
  self->tree = tree != NULL ? td_criteria_tree_ref (tree) : NULL;

  if (same)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(TdCriteriaItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

        td_criteria_item_update (item, tree, i);
      }
  else
    {
      g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
      guint position;

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (fresh, td_criteria_item_new (tree, i));
      self->selecting = TRUE;
      g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                           fresh->pdata, fresh->len);
      position = chosen != 0 ? position_of (self, chosen) : GTK_INVALID_LIST_POSITION;
      gtk_single_selection_set_selected (self->selection, position);
      self->selecting = FALSE;
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 || self->set_id == 0 ? "list" : "empty");
  update_totals (self);
  update_actions (self);
}

void
td_criteria_view_reload (TdCriteriaView *self)
{
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TD_IS_CRITERIA_VIEW (self));

  if (self->store != NULL && self->set_id != 0)
    {
      tree = td_store_read_criteria_tree (self->store, self->set_id, &error);
      if (tree == NULL && !g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND))
        td_toast_show_error (GTK_WIDGET (self), error);
    }
  show_tree (self, tree);
  if (self->editor != NULL && td_criterion_editor_get_id (self->editor) != 0 &&
      (self->tree == NULL ||
       td_criteria_tree_find (self->tree, td_criterion_editor_get_id (self->editor)) < 0))
    td_criterion_editor_edit (self->editor, 0);
}

/* Selection and the editor ------------------------------------------------------------------ */

static void
on_editor_done_cb (TdCriteriaView *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  self->selecting = TRUE;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  self->selecting = FALSE;
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
ensure_editor (TdCriteriaView *self)
{
  if (self->editor != NULL)
    return;
  self->editor = td_criterion_editor_new ();
  gtk_widget_set_size_request (GTK_WIDGET (self->editor), 320, -1);
  td_criterion_editor_set_store (self->editor, self->store);
  g_signal_connect_object (self->editor, "done", G_CALLBACK (on_editor_done_cb), self,
                           G_CONNECT_SWAPPED);
  adw_flap_set_flap (self->flap, GTK_WIDGET (self->editor));
}

static void
on_selected_cb (TdCriteriaView *self)
{
  gint64 id = td_criteria_view_get_selected (self);

  update_actions (self);
  if (id == 0 || self->selecting)
    return;
  ensure_editor (self);
  if (td_criterion_editor_get_id (self->editor) != id)
    td_criterion_editor_edit (self->editor, id);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

/* Shows the criterion just added in the pane, its name ready to be typed over. */
static void
edit_new (TdCriteriaView *self,
          gint64          id)
{
  GtkWidget *name;

  if (self->tree == NULL || td_criteria_tree_find (self->tree, id) < 0)
    td_criteria_view_reload (self);
  if (!td_criteria_view_select (self, id))
    return;
  name = td_criterion_editor_get_field (self->editor, TD_CRITERION_FIELD_NAME);
  gtk_widget_grab_focus (name);
  gtk_editable_select_region (GTK_EDITABLE (name), 0, -1);
}

/* Actions ----------------------------------------------------------------------------------- */

static void
add_criterion (TdCriteriaView *self,
               gboolean        as_item)
{
  g_autoptr(TdCriterion) criterion = td_criterion_new (0);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  int index = -1;
  const TdCriteriaNode *node = selected_node (self, &index);
  gint64 parent = 0;
  int position = -1;
  gint64 id;

  if (as_item && node != NULL)
    {
      parent = node->id;
      code = child_code (td_criterion_get_code (node->criterion), node->n_children + 1);
    }
  else if (node != NULL)
    {
      parent = node->parent >= 0 ? td_criteria_tree_get_node (self->tree, node->parent)->id : 0;
      position = (int) sibling_place (self, index, NULL) + 1;
      code = next_code (td_criterion_get_code (node->criterion));
    }
  else
    {
      /* At the end of the top: after the last group, or the first one. */
      guint n = self->tree != NULL ? td_criteria_tree_get_n_nodes (self->tree) : 0;
      const TdCriteriaNode *last = NULL;

      for (guint i = 0; i < n; i = td_criteria_tree_get_node (self->tree, i)->end)
        last = td_criteria_tree_get_node (self->tree, i);
      code = last != NULL ? next_code (td_criterion_get_code (last->criterion)) : g_strdup ("I.");
    }
  td_criterion_set_code (criterion, code);
  td_criterion_set_name (criterion, as_item ? _("New item") : _("New criterion"));
  id = td_store_add_criterion (self->store, self->set_id, parent, position, criterion, &error);
  if (id == 0)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  edit_new (self, id);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  add_criterion (TD_CRITERIA_VIEW (widget), FALSE);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_criterion (TD_CRITERIA_VIEW (widget), TRUE);
}

static void
move (TdCriteriaView *self,
      int             by)
{
  g_autoptr(GError) error = NULL;
  int index = -1;
  const TdCriteriaNode *node = selected_node (self, &index);
  gint64 parent, id;
  guint place;

  if (node == NULL)
    return;
  id = node->id;
  parent = node->parent >= 0 ? td_criteria_tree_get_node (self->tree, node->parent)->id : 0;
  place = sibling_place (self, index, NULL);
  /* Among the siblings without it: one place up is place − 1, one down place + 1. */
  if (!td_store_move_criterion (self->store, id, parent, (int) place + by, &error))
    td_toast_show_error (GTK_WIDGET (self), error);
  else
    td_criteria_view_select (self, id);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (TD_CRITERIA_VIEW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (TD_CRITERIA_VIEW (widget), 1);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TdCriteriaView *self = TD_CRITERIA_VIEW (widget);
  g_autoptr(GError) error = NULL;
  const TdCriteriaNode *node = selected_node (self, NULL);
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (node == NULL)
    return;
  label = td_criterion_dup_label (node->criterion);
  if (node->n_children > 0)
    {
      guint n_items = node->end - (guint) td_criteria_tree_find (self->tree, node->id) - 1;

      /* TRANSLATORS: "I. deleted with its 6 items", in a toast with Undo. */
      message = g_strdup_printf (ngettext ("%s deleted with its %u item",
                                           "%s deleted with its %u items", n_items),
                                 label, n_items);
    }
  else
    /* TRANSLATORS: "1.2 deleted", in a toast with Undo. */
    message = g_strdup_printf (_("%s deleted"), label);
  if (!td_store_remove_criterion (self->store, node->id, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  td_toast_offer_undo (GTK_WIDGET (self), message);
}

/* Rows -------------------------------------------------------------------------------------- */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, td_criteria_row_new (FALSE));
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item)
{
  td_criteria_row_set_item (TD_CRITERIA_ROW (gtk_list_item_get_child (list_item)),
                            gtk_list_item_get_item (list_item));
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  td_criteria_row_set_item (TD_CRITERIA_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* Overrides --------------------------------------------------------------------------------- */

static void
td_criteria_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TdCriteriaView *self = TD_CRITERIA_VIEW (object);

  switch (prop_id)
    {
    case PROP_SET_ID:
      g_value_set_int64 (value, self->set_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_criteria_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TdCriteriaView *self = TD_CRITERIA_VIEW (object);

  switch (prop_id)
    {
    case PROP_SET_ID:
      td_criteria_view_set_set_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_criteria_view_dispose (GObject *object)
{
  TdCriteriaView *self = TD_CRITERIA_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_CRITERIA_VIEW);
  g_clear_pointer (&self->tree, td_criteria_tree_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (td_criteria_view_parent_class)->dispose (object);
}

static void
td_criteria_view_class_init (TdCriteriaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_criteria_view_dispose;
  object_class->get_property = td_criteria_view_get_property;
  object_class->set_property = td_criteria_view_set_property;

  properties[PROP_SET_ID] =
    g_param_spec_int64 ("set-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-criteria-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaView, box);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaView, flap);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaView, stack);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaView, table_box);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaView, view);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaView, totals_label);

  gtk_widget_class_install_action (widget_class, "criteria.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "criteria.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "criteria.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "criteria.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "criteria.delete", NULL, delete_action);
}

static void
td_criteria_view_init (TdCriteriaView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (self->toolbar, td_wrap_layout_new (6, 6));
  gtk_box_prepend (GTK_BOX (self->table_box), td_criteria_row_new (TRUE));

  self->items = g_list_store_new (TD_TYPE_CRITERIA_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), NULL);
  gtk_list_view_set_factory (self->view, factory);
  gtk_list_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selected_cb),
                           self, G_CONNECT_SWAPPED);
  /* The keys act on the row chosen while the list has the focus, not while a field of the
   * pane is typed into. */
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();
    const struct { guint keyval; GdkModifierType modifiers; const char *action; } bindings[] = {
      { GDK_KEY_Delete, 0, "criteria.delete" },
      { GDK_KEY_Up, GDK_ALT_MASK, "criteria.move-up" },
      { GDK_KEY_Down, GDK_ALT_MASK, "criteria.move-down" },
      { GDK_KEY_Insert, 0, "criteria.add" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (keys),
        gtk_shortcut_new (gtk_keyval_trigger_new (bindings[i].keyval, bindings[i].modifiers),
                          gtk_named_action_new (bindings[i].action)));
    gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
  }
  update_actions (self);
}

/* Public ------------------------------------------------------------------------------------ */

TdCriteriaView *
td_criteria_view_new (void)
{
  return g_object_new (TD_TYPE_CRITERIA_VIEW, NULL);
}

void
td_criteria_view_set_store (TdCriteriaView *self,
                            TdStore        *store)
{
  g_return_if_fail (TD_IS_CRITERIA_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;
  if (self->editor != NULL)
    td_criterion_editor_set_store (self->editor, store);
  adw_flap_set_reveal_flap (self->flap, FALSE);
  td_criteria_view_reload (self);
}

void
td_criteria_view_set_set_id (TdCriteriaView *self,
                             gint64          set_id)
{
  g_return_if_fail (TD_IS_CRITERIA_VIEW (self));

  if (self->set_id == set_id)
    return;
  self->set_id = set_id;
  adw_flap_set_reveal_flap (self->flap, FALSE);
  self->selecting = TRUE;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  self->selecting = FALSE;
  td_criteria_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SET_ID]);
}

gint64
td_criteria_view_get_set_id (TdCriteriaView *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_VIEW (self), 0);
  return self->set_id;
}

void
td_criteria_view_apply_change (TdCriteriaView *self,
                               const TdChange *change)
{
  g_return_if_fail (TD_IS_CRITERIA_VIEW (self));

  if (change->what == TD_CHANGE_ALL || change->what == TD_CHANGE_CRITERION ||
      change->what == TD_CHANGE_CRITERIA_SET)
    td_criteria_view_reload (self);
  if (self->editor != NULL)
    td_criterion_editor_apply_change (self->editor, change);
}

TdCriteriaTree *
td_criteria_view_get_tree (TdCriteriaView *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_VIEW (self), NULL);
  return self->tree;
}

gboolean
td_criteria_view_select (TdCriteriaView *self,
                         gint64          id)
{
  guint position;

  g_return_val_if_fail (TD_IS_CRITERIA_VIEW (self), FALSE);

  position = position_of (self, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  /* GTK 4.8's list view has no scroll_to(), but an action. */
  gtk_widget_activate_action (GTK_WIDGET (self->view), "list.scroll-to-item", "u", position);
  on_selected_cb (self);
  return TRUE;
}

gint64
td_criteria_view_get_selected (TdCriteriaView *self)
{
  TdCriteriaItem *item;

  g_return_val_if_fail (TD_IS_CRITERIA_VIEW (self), 0);
  item = gtk_single_selection_get_selected_item (self->selection);
  return item != NULL ? td_criteria_item_get_id (item) : 0;
}

TdCriterionEditor *
td_criteria_view_get_editor (TdCriteriaView *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_VIEW (self), NULL);
  ensure_editor (self);
  return self->editor;
}

const char *
td_criteria_view_get_totals (TdCriteriaView *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_VIEW (self), NULL);
  return gtk_label_get_label (self->totals_label);
}
