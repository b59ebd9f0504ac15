/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The plan editor's actions (editor.*): adding, moving and deleting sections and tasks. What
 * was typed is saved first; the part added or moved is then chosen in the view.
 */
#define G_LOG_DOMAIN "td-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "td-numbering.h"
#include "td-plan-editor-private.h"
#include "td-store-plan.h"
#include "td-toast.h"

/* Helpers ------------------------------------------------------------------------------------ */

/* The sibling just above the edited section, or NULL. */
static TdSection *
previous_sibling (TdPlanEditor *self)
{
  g_autoptr(GListModel) sections = td_store_list_sections (self->store,
                                                           td_plan_get_id (self->plan), NULL);
  TdSection *previous = NULL;

  /* A failed read finds no sibling: the move it was for is not made. */
  if (sections == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);

      if (td_section_get_id (section) == td_section_get_id (self->section))
        break;
      if (td_section_get_parent_id (section) == td_section_get_parent_id (self->section))
        g_set_object (&previous, section);
    }
  return previous;
}

static TdSection *
find_section (TdPlanEditor *self,
              gint64        id)
{
  g_autoptr(GListModel) sections = td_store_list_sections (self->store,
                                                           td_plan_get_id (self->plan), NULL);

  if (sections == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      if (td_section_get_id (section) == id)
        return g_steal_pointer (&section);
    }
  return NULL;
}

/* The number proposed for a section added as a child of @self->section (@child) or just
 * after it: the one after the heading above it at its level ("V.", "2.", "b)"). */
static char *
propose_number (TdPlanEditor *self,
                gboolean      child)
{
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(TdSection) last_child = NULL;
  guint n_children = 0;

  if (!child)
    return td_numbering_propose (td_section_get_depth (self->section),
                                 td_section_get_heading (self->section),
                                 td_section_get_position (self->section) + 1);

  /* Added at the end of the children: after the last of them. */
  sections = td_store_list_sections (self->store, td_plan_get_id (self->plan), NULL);
  for (guint i = 0; sections != NULL && i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);

      if (td_section_get_parent_id (section) == td_section_get_id (self->section))
        {
          g_set_object (&last_child, section);
          n_children++;
        }
    }
  return td_numbering_propose (td_section_get_depth (self->section) + 1,
                               last_child != NULL ? td_section_get_heading (last_child) : NULL,
                               n_children);
}

/* A part just added is chosen with the cursor in its first field, which holds no words the
 * user did not type: a section's proposed number, a task's nothing. */
void
_td_plan_editor_focus_new_part (TdPlanEditor *self)
{
  GtkWidget *field = NULL;

  if (self->page == PAGE_TASK && self->task != NULL &&
      td_task_get_id (self->task) == self->new_part)
    field = GTK_WIDGET (self->content_view);
  else if (self->page == PAGE_SECTION && self->section != NULL &&
           td_section_get_id (self->section) == self->new_part)
    {
      g_autofree char *typed = g_strconcat (td_section_get_heading (self->section), " ", NULL);

      field = GTK_WIDGET (self->section_heading_row);
      /* The space after the number is not an edit: the heading is saved stripped. */
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (field), typed);
      self->loading = FALSE;
    }
  if (field == NULL)
    return;

  self->new_part = 0;
  gtk_widget_grab_focus (field);
  if (GTK_IS_EDITABLE (field))
    gtk_editable_select_region (GTK_EDITABLE (field), -1, -1);
}

/* Sections ----------------------------------------------------------------------------------- */

/* Adds a section just after the one edited, or as its last subsection (@child). */
static void
add_section (TdPlanEditor *self,
             gboolean      child)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  gint64 id;

  _td_plan_editor_save_now (self);
  number = propose_number (self, child);
  id = td_store_add_section (self->store, td_plan_get_id (self->plan),
                             child ? td_section_get_id (self->section)
                                   : td_section_get_parent_id (self->section),
                             child ? -1 : td_section_get_position (self->section) + 1,
                             number, "", &error);
  if (id == 0)
    {
      _td_plan_editor_report_error (self, NULL, error);
      return;
    }
  self->new_part = id;
  _td_plan_editor_request_select (self, TD_PLAN_ROW_SECTION, id);
  _td_plan_editor_focus_new_part (self);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_section (TD_PLAN_EDITOR (widget), FALSE);
}

static void
add_subsection_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  add_section (TD_PLAN_EDITOR (widget), TRUE);
}

/* A section that cannot go further is chosen again where it is, as a moved one is. */
static void
choose_section_again (TdPlanEditor *self)
{
  _td_plan_editor_request_select (self, TD_PLAN_ROW_SECTION, td_section_get_id (self->section));
}

/* Moves the edited section under @parent_id (0: the top level) to @position (-1: last). */
static void
move_section (TdPlanEditor *self,
              gint64        parent_id,
              int           position)
{
  g_autoptr(GError) error = NULL;

  if (!td_store_move_section (self->store, td_section_get_id (self->section), parent_id,
                              position, &error))
    _td_plan_editor_report_error (self, NULL, error);
  else
    choose_section_again (self);
}

static void
move_section_up_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);
  int position = td_section_get_position (self->section);

  _td_plan_editor_save_now (self);
  if (position == 0)
    choose_section_again (self);
  else
    move_section (self, td_section_get_parent_id (self->section), position - 1);
}

static void
move_section_down_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);

  _td_plan_editor_save_now (self);
  move_section (self, td_section_get_parent_id (self->section),
                td_section_get_position (self->section) + 1);
}

/* Made the last subsection of the section above it. */
static void
indent_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);
  g_autoptr(TdSection) previous = NULL;

  _td_plan_editor_save_now (self);
  previous = previous_sibling (self);
  if (previous == NULL)
    {
      _td_plan_editor_show_problem (self, NULL,
                                    _("Only a section with one above it can be indented"));
      return;
    }
  move_section (self, td_section_get_id (previous), -1);
}

/* Made the section just after its parent. */
static void
outdent_section_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);
  gint64 parent_id = td_section_get_parent_id (self->section);
  g_autoptr(TdSection) parent = NULL;

  _td_plan_editor_save_now (self);
  /* At the top already, or its parent not read: it stays. */
  parent = parent_id != 0 ? find_section (self, parent_id) : NULL;
  if (parent == NULL)
    choose_section_again (self);
  else
    move_section (self, td_section_get_parent_id (parent), td_section_get_position (parent) + 1);
}

static void
delete_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* What was typed into it goes with it. */
  _td_plan_editor_forget (self);
  /* Translators: a toast; %s is the heading of the deleted section */
  message = g_strdup_printf (_("“%s” deleted"), td_section_get_heading (self->section));
  if (!td_store_delete_section (self->store, td_section_get_id (self->section), &error))
    _td_plan_editor_report_error (self, NULL, error);
  else
    td_toast_offer_undo (GTK_WIDGET (self), message);
}

/* The switch that makes the section the one the table of tasks goes under. */
static void
on_task_section_cb (TdPlanEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->section == NULL || !gtk_switch_get_active (self->task_section_switch))
    return;
  if (!td_store_set_task_section (self->store, td_section_get_id (self->section), &error))
    _td_plan_editor_report_error (self, NULL, error);
  else
    choose_section_again (self);
}

/* Tasks -------------------------------------------------------------------------------------- */

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_task_new ();

  _td_plan_editor_save_now (self);
  td_task_set_quarter (task, self->quarter);
  /* Empty: the cursor waits in its content, and no words the user did not type are kept. */
  if (!td_store_add_task (self->store, td_plan_get_id (self->plan), task, NULL, &error))
    {
      _td_plan_editor_report_error (self, NULL, error);
      return;
    }
  self->new_part = td_task_get_id (task);
  _td_plan_editor_request_select (self, TD_PLAN_ROW_TASK, td_task_get_id (task));
  _td_plan_editor_focus_new_part (self);
}

/* Moves the edited task to @position (-1: last) of @quarter. Its number, and maybe its
 * quarter, change: its fields are loaded again when it is chosen. */
static void
move_task (TdPlanEditor *self,
           int           quarter,
           int           position)
{
  g_autoptr(GError) error = NULL;
  gint64 id = td_task_get_id (self->task);

  self->reload = TRUE;
  if (!td_store_move_task (self->store, id, quarter, position, &error))
    _td_plan_editor_report_error (self, NULL, error);
  else
    _td_plan_editor_request_select (self, TD_PLAN_ROW_TASK, id);
}

static void
move_task_up_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);
  int position = td_task_get_position (self->task);

  _td_plan_editor_save_now (self);
  if (position > 0)
    move_task (self, td_task_get_quarter (self->task), position - 1);
}

static void
move_task_down_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);

  _td_plan_editor_save_now (self);
  move_task (self, td_task_get_quarter (self->task), td_task_get_position (self->task) + 1);
}

/* Another quarter chosen for the task: it goes last in it. */
static void
on_quarter_selected_cb (TdPlanEditor *self)
{
  int quarter = gtk_drop_down_get_selected (self->quarter_dropdown) + 1;

  if (self->loading || self->task == NULL || quarter == td_task_get_quarter (self->task))
    return;
  _td_plan_editor_save_now (self);
  move_task (self, quarter, -1);
}

static void
delete_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* What was typed into it goes with it. */
  _td_plan_editor_forget (self);
  /* Translators: a toast; %d is the number of the deleted task */
  message = g_strdup_printf (_("Task %d deleted"), td_task_get_number (self->task));
  if (!td_store_delete_task (self->store, td_task_get_id (self->task), &error))
    _td_plan_editor_report_error (self, NULL, error);
  else
    td_toast_offer_undo (GTK_WIDGET (self), message);
}

/* Private API -------------------------------------------------------------------------------- */

void
_td_plan_editor_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "editor.add-subsection", NULL,
                                   add_subsection_action);
  gtk_widget_class_install_action (widget_class, "editor.move-section-up", NULL,
                                   move_section_up_action);
  gtk_widget_class_install_action (widget_class, "editor.move-section-down", NULL,
                                   move_section_down_action);
  gtk_widget_class_install_action (widget_class, "editor.indent-section", NULL,
                                   indent_section_action);
  gtk_widget_class_install_action (widget_class, "editor.outdent-section", NULL,
                                   outdent_section_action);
  gtk_widget_class_install_action (widget_class, "editor.delete-section", NULL,
                                   delete_section_action);
  gtk_widget_class_install_action (widget_class, "editor.add-task", NULL, add_task_action);
  gtk_widget_class_install_action (widget_class, "editor.move-task-up", NULL,
                                   move_task_up_action);
  gtk_widget_class_install_action (widget_class, "editor.move-task-down", NULL,
                                   move_task_down_action);
  gtk_widget_class_install_action (widget_class, "editor.delete-task", NULL, delete_task_action);
}

void
_td_plan_editor_init_actions (TdPlanEditor *self)
{
  g_signal_connect_object (self->quarter_dropdown, "notify::selected",
                           G_CALLBACK (on_quarter_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->task_section_switch, "notify::active",
                           G_CALLBACK (on_task_section_cb), self, G_CONNECT_SWAPPED);
}
