/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The New Plan dialog: a year, and what the plan starts from: the usual parts of a plan,
 * only its heading, or a copy of another year's. The window does the creating on the
 * "create" response, so the year it then shows is its own.
 */
#define G_LOG_DOMAIN "td-new-plan-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "td-new-plan-dialog.h"

struct _TdNewPlanDialog
{
  AdwMessageDialog  parent_instance;

  /* The years offered to copy, newest first, after the TD_NEW_PLAN_COPY other choices. */
  GArray           *years;

  GtkSpinButton    *year_spin;
  GtkDropDown      *source_dropdown;
  GtkStringList    *sources;
};

G_DEFINE_FINAL_TYPE (TdNewPlanDialog, td_new_plan_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
td_new_plan_dialog_finalize (GObject *object)
{
  TdNewPlanDialog *self = TD_NEW_PLAN_DIALOG (object);

  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (td_new_plan_dialog_parent_class)->finalize (object);
}

static void
td_new_plan_dialog_class_init (TdNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = td_new_plan_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TdNewPlanDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, TdNewPlanDialog, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdNewPlanDialog, sources);
}

static void
td_new_plan_dialog_init (TdNewPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
}

TdNewPlanDialog *
td_new_plan_dialog_new (GtkWindow *parent,
                        GArray    *years,
                        int        current_year)
{
  TdNewPlanDialog *self;
  int next = current_year;

  self = g_object_new (TD_TYPE_NEW_PLAN_DIALOG, "transient-for", parent, NULL);

  /* In the order of TdNewPlanStart. */
  gtk_string_list_append (self->sources, _("The usual parts of a plan"));
  gtk_string_list_append (self->sources, _("Only the heading"));
  for (guint i = years != NULL ? years->len : 0; i > 0; i--)
    {
      int year = g_array_index (years, int, i - 1);
      /* Translators: a choice for a new plan; %d is the year of an existing plan */
      g_autofree char *label = g_strdup_printf (_("Copy the plan of %d"), year);

      g_array_append_val (self->years, year);
      gtk_string_list_append (self->sources, label);
    }

  /* The year after the newest plan, and a copy of that plan: the usual new year. */
  if (self->years->len > 0)
    next = MAX (current_year, g_array_index (self->years, int, 0) + 1);
  gtk_spin_button_set_value (self->year_spin, next);
  gtk_drop_down_set_selected (self->source_dropdown,
                              self->years->len > 0 ? TD_NEW_PLAN_COPY : TD_NEW_PLAN_USUAL);
  return self;
}

int
td_new_plan_dialog_get_year (TdNewPlanDialog *self)
{
  g_return_val_if_fail (TD_IS_NEW_PLAN_DIALOG (self), 0);
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

void
td_new_plan_dialog_set_year (TdNewPlanDialog *self,
                             int              year)
{
  g_return_if_fail (TD_IS_NEW_PLAN_DIALOG (self));
  gtk_spin_button_set_value (self->year_spin, year);
}

TdNewPlanStart
td_new_plan_dialog_get_start (TdNewPlanDialog *self)
{
  guint selected;

  g_return_val_if_fail (TD_IS_NEW_PLAN_DIALOG (self), TD_NEW_PLAN_USUAL);

  selected = gtk_drop_down_get_selected (self->source_dropdown);
  if (selected == GTK_INVALID_LIST_POSITION)
    return TD_NEW_PLAN_USUAL;
  return MIN (selected, TD_NEW_PLAN_COPY);
}

int
td_new_plan_dialog_get_source_year (TdNewPlanDialog *self)
{
  guint selected;

  g_return_val_if_fail (TD_IS_NEW_PLAN_DIALOG (self), 0);

  selected = gtk_drop_down_get_selected (self->source_dropdown);
  if (selected < TD_NEW_PLAN_COPY || selected - TD_NEW_PLAN_COPY >= self->years->len)
    return 0;
  return g_array_index (self->years, int, selected - TD_NEW_PLAN_COPY);
}
