/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-criteria-view"

#include "config.h"

#include <glib/gi18n.h>

#include "td-criteria-row.h"
#include "td-points.h"

/* Item -------------------------------------------------------------------------------------- */

struct _TdCriteriaItem
{
  GObject   parent_instance;

  gint64    id;
  guint     depth;
  char     *code;
  char     *name;
  char     *target;
  char     *standard;
  char     *problem;
  gboolean  heading;
  gboolean  penalty;
};

G_DEFINE_FINAL_TYPE (TdCriteriaItem, td_criteria_item, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
td_criteria_format_points (gint64 points)
{
  g_autofree char *text = td_points_format (points < 0 ? -points : points, ',');

  return points < 0 ? g_strconcat ("−", text, NULL) : g_steal_pointer (&text);
}

static gboolean
take_string (char **field,
             char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return FALSE;
    }
  g_free (*field);
  *field = value;
  return TRUE;
}

void
td_criteria_item_update (TdCriteriaItem *self,
                         TdCriteriaTree *tree,
                         guint           index)
{
  const TdCriteriaNode *node = td_criteria_tree_get_node (tree, index);
  TdCriterion *criterion = node->criterion;
  const char *unit = td_criterion_get_target_unit (criterion);
  gboolean changed = FALSE;
  char *problem = NULL;

  if (node->mismatch)
    {
      g_autofree char *stated = td_criteria_format_points (node->stated);
      g_autofree char *sum = td_criteria_format_points (node->standard);

      /* TRANSLATORS: a heading's standard, as typed, and the sum of its items'. */
      problem = g_strdup_printf (_("Stated %s, items add up to %s"), stated, sum);
    }
  changed |= self->id != node->id || self->depth != node->depth ||
             self->heading != (node->n_children > 0) || self->penalty != node->penalty;
  self->id = node->id;
  self->depth = node->depth;
  self->heading = node->n_children > 0;
  self->penalty = node->penalty;
  changed |= take_string (&self->code, g_strdup (td_criterion_get_code (criterion)));
  changed |= take_string (&self->name, g_strdup (td_criterion_get_name (criterion)));
  changed |= take_string (&self->target,
                          unit[0] != '\0' ? g_strdup_printf ("%s %s",
                                                             td_criterion_get_target (criterion),
                                                             unit)
                                          : g_strdup (td_criterion_get_target (criterion)));
  changed |= take_string (&self->standard, td_criteria_format_points (node->standard));
  changed |= take_string (&self->problem, problem);
  if (changed)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
td_criteria_item_finalize (GObject *object)
{
  TdCriteriaItem *self = TD_CRITERIA_ITEM (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->target);
  g_free (self->standard);
  g_free (self->problem);
  G_OBJECT_CLASS (td_criteria_item_parent_class)->finalize (object);
}

static void
td_criteria_item_class_init (TdCriteriaItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = td_criteria_item_finalize;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
td_criteria_item_init (TdCriteriaItem *self)
{
}

TdCriteriaItem *
td_criteria_item_new (TdCriteriaTree *tree,
                      guint           index)
{
  TdCriteriaItem *self = g_object_new (TD_TYPE_CRITERIA_ITEM, NULL);

  td_criteria_item_update (self, tree, index);
  return self;
}

gint64
td_criteria_item_get_id (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), 0);
  return self->id;
}

guint
td_criteria_item_get_depth (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), 0);
  return self->depth;
}

const char *
td_criteria_item_get_code (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), NULL);
  return self->code;
}

const char *
td_criteria_item_get_name (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), NULL);
  return self->name;
}

const char *
td_criteria_item_get_target (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), NULL);
  return self->target;
}

const char *
td_criteria_item_get_standard (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), NULL);
  return self->standard;
}

gboolean
td_criteria_item_is_heading (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), FALSE);
  return self->heading;
}

gboolean
td_criteria_item_is_penalty (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), FALSE);
  return self->penalty;
}

const char *
td_criteria_item_get_problem (TdCriteriaItem *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ITEM (self), NULL);
  return self->problem;
}

/* Row --------------------------------------------------------------------------------------- */

/* The columns' widths in characters, the same in the heading line and the rows: the least
 * a phone-narrow window leaves them, and what they take when there is room. */
#define CODE_CHARS 4
#define CODE_MAX_CHARS 7
#define NAME_CHARS 6
#define TARGET_CHARS 3
#define TARGET_MAX_CHARS 18
#define STANDARD_CHARS 4
#define STANDARD_MAX_CHARS 6
/* How far each level of the tree is set in. */
#define INDENT_PX 16

struct _TdCriteriaRow
{
  GtkWidget       parent_instance;

  TdCriteriaItem *item;
  gulong          changed_id;

  GtkWidget      *box;
  GtkLabel       *code;
  GtkLabel       *name;
  GtkImage       *warning;
  GtkLabel       *target;
  GtkLabel       *standard;
};

G_DEFINE_FINAL_TYPE (TdCriteriaRow, td_criteria_row, GTK_TYPE_WIDGET)

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
show_item (TdCriteriaRow *self)
{
  TdCriteriaItem *item = self->item;
  const char *problem;

  if (item == NULL)
    return;
  problem = td_criteria_item_get_problem (item);
  gtk_widget_set_margin_start (GTK_WIDGET (self->code), 12 + INDENT_PX * (int) MIN (item->depth, 6));
  gtk_label_set_label (self->code, item->code);
  gtk_label_set_label (self->name, item->name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name), item->name);
  gtk_label_set_label (self->target, item->target);
  gtk_label_set_label (self->standard, item->standard);
  gtk_widget_set_visible (GTK_WIDGET (self->warning), problem != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->warning), problem);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->standard), problem);
  set_class (GTK_WIDGET (self), "criteria-heading", item->heading);
  set_class (GTK_WIDGET (self), "criteria-top", item->depth == 0 && item->heading);
  set_class (GTK_WIDGET (self), "criteria-penalty", item->penalty);
  set_class (GTK_WIDGET (self->standard), "error", item->penalty);
  set_class (GTK_WIDGET (self->standard), "warning", problem != NULL);
}

static void
td_criteria_row_dispose (GObject *object)
{
  TdCriteriaRow *self = TD_CRITERIA_ROW (object);

  td_criteria_row_set_item (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (td_criteria_row_parent_class)->dispose (object);
}

static void
td_criteria_row_class_init (TdCriteriaRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = td_criteria_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "criteria-row");
}

static GtkLabel *
add_label (TdCriteriaRow *self,
           int            width_chars,
           int            max_width_chars,
           float          xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Fixed widths, whatever the text: every row lines its columns up with the others. */
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars);
  gtk_box_append (GTK_BOX (self->box), label);
  return GTK_LABEL (label);
}

static void
td_criteria_row_init (TdCriteriaRow *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_end (self->box, 12);
  self->code = add_label (self, CODE_CHARS, CODE_MAX_CHARS, 0);
  self->name = add_label (self, NAME_CHARS, NAME_CHARS, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->name), TRUE);
  self->warning = GTK_IMAGE (gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->warning), "warning");
  gtk_widget_set_visible (GTK_WIDGET (self->warning), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->warning));
  self->target = add_label (self, TARGET_CHARS, TARGET_MAX_CHARS, 1);
  self->standard = add_label (self, STANDARD_CHARS, STANDARD_MAX_CHARS, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->standard), "numeric");
}

GtkWidget *
td_criteria_row_new (gboolean header)
{
  TdCriteriaRow *self = g_object_new (TD_TYPE_CRITERIA_ROW, NULL);

  if (header)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "criteria-header");
      gtk_widget_set_margin_start (GTK_WIDGET (self->code), 12);
      /* TRANSLATORS: column headings of the criteria list (mã số, tên tiêu chí, chỉ tiêu,
       * điểm chuẩn); short. */
      gtk_label_set_label (self->code, _("Code"));
      gtk_label_set_label (self->name, _("Criterion"));
      gtk_label_set_label (self->target, _("Target"));
      gtk_label_set_label (self->standard, _("Points"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->standard), _("The standard points"));
    }
  return GTK_WIDGET (self);
}

void
td_criteria_row_set_item (TdCriteriaRow  *self,
                          TdCriteriaItem *item)
{
  g_return_if_fail (TD_IS_CRITERIA_ROW (self));

  if (self->item == item)
    return;
  if (self->item != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->item);
      g_clear_object (&self->item);
    }
  if (item != NULL)
    {
      self->item = g_object_ref (item);
      self->changed_id = g_signal_connect_swapped (item, "changed", G_CALLBACK (show_item), self);
      show_item (self);
    }
}

TdCriteriaItem *
td_criteria_row_get_item (TdCriteriaRow *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ROW (self), NULL);
  return self->item;
}

char *
td_criteria_row_dup_text (TdCriteriaRow *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_ROW (self), NULL);
  return g_strdup_printf ("%s | %s | %s | %s%s", gtk_label_get_label (self->code),
                          gtk_label_get_label (self->name), gtk_label_get_label (self->target),
                          gtk_label_get_label (self->standard),
                          gtk_widget_get_visible (GTK_WIDGET (self->warning)) ? " !" : "");
}
