/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The editor beside the plan: it edits the part of the document that is selected and
 * saves every change at once (a moment after the last keystroke), through the store.
 */
#define G_LOG_DOMAIN "td-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-plan-editor-private.h"
#include "td-quarter.h"
#include "td-save-problem.h"
#include "td-store-plan.h"
#include "td-toast.h"

G_DEFINE_FINAL_TYPE (TdPlanEditor, td_plan_editor, GTK_TYPE_WIDGET)

enum {
  SELECT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers ------------------------------------------------------------------------------- */

char *
_td_plan_editor_text_of (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));
}

void
_td_plan_editor_set_text (GtkWidget  *widget,
                          const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

void
_td_plan_editor_show_problem (TdPlanEditor *self,
                              GtkWidget    *row,
                              const char   *message)
{
  GtkLabel *label = self->problem_label;
  GtkWidget *place = GTK_WIDGET (self->problem_label);

  if (row == GTK_WIDGET (self->issue_row))
    label = self->issue_problem, place = self->issue_problem_row;
  else if (row == GTK_WIDGET (self->start_row))
    label = self->start_problem, place = self->start_problem_row;
  else if (row == GTK_WIDGET (self->end_row))
    label = self->end_problem, place = self->end_problem_row;

  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (place, message != NULL);
  if (row != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
    }
}

void
_td_plan_editor_clear_problems (TdPlanEditor *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->title_row), GTK_WIDGET (self->kind_row),
    GTK_WIDGET (self->issuing_body_row), GTK_WIDGET (self->section_heading_row),
    GTK_WIDGET (self->start_row), GTK_WIDGET (self->end_row),
    GTK_WIDGET (self->content_view), GTK_WIDGET (self->issue_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  _td_plan_editor_show_problem (self, NULL, NULL);
  _td_plan_editor_show_problem (self, GTK_WIDGET (self->issue_row), NULL);
  _td_plan_editor_show_problem (self, GTK_WIDGET (self->start_row), NULL);
  _td_plan_editor_show_problem (self, GTK_WIDGET (self->end_row), NULL);
}

void
_td_plan_editor_report_error (TdPlanEditor *self,
                              GtkWidget    *row,
                              const GError *error)
{
  const char *words = td_save_problem_describe_action (error);

  _td_plan_editor_show_problem (self, row, words != NULL ? words : error->message);
}

void
_td_plan_editor_request_select (TdPlanEditor  *self,
                                TdPlanRowKind  kind,
                                gint64         id)
{
  g_signal_emit (self, signals[SELECT], 0, kind, id);
}

/* Loading -------------------------------------------------------------------------------- */

static void
load_plan_fields (TdPlanEditor *self)
{
  TdPlan *plan = self->plan;
  g_autofree char *issued = _td_plan_editor_issue_text (self, plan);

  _td_plan_editor_set_text (GTK_WIDGET (self->number_row), td_plan_get_number (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->symbol_row), td_plan_get_symbol (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->issue_row), issued);
  _td_plan_editor_set_text (GTK_WIDGET (self->parent_body_row), td_plan_get_parent_body (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->issuing_body_row), td_plan_get_issuing_body (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->place_row), td_plan_get_place (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->kind_row), td_plan_get_kind (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->title_row), td_plan_get_title (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->preamble_view), td_plan_get_preamble (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->closing_row), td_plan_get_closing (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->capacity_row), td_plan_get_signer_capacity (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->position_row), td_plan_get_signer_position (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->signer_row), td_plan_get_signer_name (plan));
  _td_plan_editor_set_text (GTK_WIDGET (self->recipients_view), td_plan_get_recipients (plan));
}

static void
load_task_fields (TdPlanEditor *self)
{
  TdTask *task = self->task;
  g_autofree char *start = td_date_format_typed (td_task_get_start_date (task));
  g_autofree char *end = td_date_format_typed (td_task_get_end_date (task));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) units = td_store_dup_task_unit_names (self->store, td_task_get_id (task),
                                                      &error);
  g_autofree char *joined = units != NULL ? g_strjoinv ("; ", units) : g_strdup ("");
  /* Translators: the heading of the task editor, e.g. "Task 5" */
  g_autofree char *title = g_strdup_printf (_("Task %d"), td_task_get_number (task));

  if (units == NULL)
    td_toast_show_error (GTK_WIDGET (self), error);
  adw_preferences_group_set_title (self->task_group, title);
  _td_plan_editor_set_text (GTK_WIDGET (self->content_view), td_task_get_content (task));
  _td_plan_editor_set_text (GTK_WIDGET (self->responsible_row), td_task_get_responsible (task));
  _td_plan_editor_read_units (self);
  _td_plan_editor_show_units (self, joined);
  _td_plan_editor_set_text (GTK_WIDGET (self->start_row), start);
  _td_plan_editor_set_text (GTK_WIDGET (self->end_row), end);
  gtk_switch_set_active (self->milestone_switch, td_task_get_milestone (task));
  adw_combo_row_set_selected (self->status_row, td_task_get_status (task));
  gtk_spin_button_set_value (self->progress_spin, td_task_get_progress (task));
  _td_plan_editor_set_text (GTK_WIDGET (self->result_row), td_task_get_result_note (task));
  gtk_drop_down_set_selected (self->quarter_dropdown, td_task_get_quarter (task) - 1);
}

static void
update_actions (TdPlanEditor *self)
{
  gboolean writable = self->store != NULL && !td_store_is_read_only (self->store);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), writable);
  gtk_widget_action_set_enabled (widget, "editor.add-section", writable && self->section);
  gtk_widget_action_set_enabled (widget, "editor.add-subsection", writable && self->section);
  gtk_widget_action_set_enabled (widget, "editor.move-section-up", writable && self->section);
  gtk_widget_action_set_enabled (widget, "editor.move-section-down", writable && self->section);
  gtk_widget_action_set_enabled (widget, "editor.indent-section", writable && self->section);
  gtk_widget_action_set_enabled (widget, "editor.outdent-section",
                                 writable && self->section &&
                                 td_section_get_parent_id (self->section) != 0);
  gtk_widget_action_set_enabled (widget, "editor.delete-section", writable && self->section);
  gtk_widget_action_set_enabled (widget, "editor.add-task", writable && self->quarter > 0);
  gtk_widget_action_set_enabled (widget, "editor.move-task-up", writable && self->task);
  gtk_widget_action_set_enabled (widget, "editor.move-task-down", writable && self->task);
  gtk_widget_action_set_enabled (widget, "editor.delete-task", writable && self->task);
}

static void
show_page (TdPlanEditor *self,
           Page          page)
{
  static const char * const names[] = {
    "nothing", "heading", "section", "quarter", "task", "signature",
  };

  self->page = page;
  gtk_stack_set_visible_child_name (self->stack, names[page]);
  update_actions (self);
}

/* GObject ------------------------------------------------------------------------------- */

static void
td_plan_editor_dispose (GObject *object)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (object);

  _td_plan_editor_save_now (self);
  _td_plan_editor_dispose_saving (self);
  _td_plan_editor_dispose_units (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_PLAN_EDITOR);
  g_clear_object (&self->section);
  g_clear_object (&self->task);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (td_plan_editor_parent_class)->dispose (object);
}

static void
td_plan_editor_class_init (TdPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_plan_editor_dispose;

  /**
   * TdPlanEditor::select:
   * @kind: a #TdPlanRowKind
   * @id: the section's or task's id
   *
   * Asks for a part of the plan to be selected, after it was added or moved.
   */
  signals[SELECT] = g_signal_new ("select", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-plan-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TdPlanEditor, name)
  BIND (content);
  BIND (scroller);
  BIND (problem_label);
  BIND (status_bar);
  BIND (status_label);
  BIND (retry_button);
  BIND (stack);
  BIND (number_row);
  BIND (symbol_row);
  BIND (issue_row);
  BIND (issue_problem_row);
  BIND (issue_problem);
  BIND (issue_popover);
  BIND (issue_calendar);
  BIND (parent_body_row);
  BIND (issuing_body_row);
  BIND (place_row);
  BIND (kind_row);
  BIND (title_row);
  BIND (preamble_view);
  BIND (closing_row);
  BIND (section_group);
  BIND (section_heading_row);
  BIND (task_section_switch);
  BIND (section_body_view);
  BIND (quarter_page);
  BIND (add_task_button);
  BIND (task_group);
  BIND (content_view);
  BIND (responsible_row);
  BIND (units_flow);
  BIND (units_add_child);
  BIND (units_popover);
  BIND (units_search);
  BIND (units_list);
  BIND (units_new_button);
  BIND (start_row);
  BIND (end_row);
  BIND (start_problem_row);
  BIND (start_problem);
  BIND (end_problem_row);
  BIND (end_problem);
  BIND (start_popover);
  BIND (start_calendar);
  BIND (end_popover);
  BIND (end_calendar);
  BIND (milestone_switch);
  BIND (status_row);
  BIND (progress_spin);
  BIND (result_row);
  BIND (quarter_dropdown);
  BIND (capacity_row);
  BIND (position_row);
  BIND (signer_row);
  BIND (recipients_view);
#undef BIND

  _td_plan_editor_class_init_actions (widget_class);
  _td_plan_editor_class_init_saving (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
td_plan_editor_init (TdPlanEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  _td_plan_editor_init_saving (self);
  _td_plan_editor_init_units (self);
  _td_plan_editor_init_actions (self);
  _td_plan_editor_init_dates (self);
  show_page (self, PAGE_NOTHING);
}

/* Public API ----------------------------------------------------------------------------- */

void
td_plan_editor_set_plan (TdPlanEditor *self,
                         TdStore      *store,
                         TdPlan       *plan)
{
  g_return_if_fail (TD_IS_PLAN_EDITOR (self));

  if (plan == NULL || self->plan == NULL || td_plan_get_id (plan) != td_plan_get_id (self->plan))
    {
      _td_plan_editor_save_now (self);
      td_plan_editor_edit_row (self, NULL);
    }
  g_set_object (&self->store, store);
  g_set_object (&self->plan, plan);
  update_actions (self);
}

void
td_plan_editor_edit_row (TdPlanEditor *self,
                         TdPlanRow    *row)
{
  TdPlanRowKind kind;
  Page page;

  g_return_if_fail (TD_IS_PLAN_EDITOR (self));

  /* The same part again (the plan was reloaded after a save): keep what is being typed. */
  kind = row != NULL ? td_plan_row_get_kind (row) : TD_PLAN_ROW_TABLE_HEAD;
  if (row != NULL && self->page != PAGE_NOTHING && !self->reload &&
      ((kind == TD_PLAN_ROW_TASK && self->task != NULL &&
        td_task_get_id (td_plan_row_get_task (row)) == td_task_get_id (self->task)) ||
       (kind == TD_PLAN_ROW_SECTION && self->section != NULL &&
        td_section_get_id (td_plan_row_get_section (row)) == td_section_get_id (self->section)) ||
       (kind == TD_PLAN_ROW_HEADING && self->page == PAGE_HEADING) ||
       (kind == TD_PLAN_ROW_SIGNATURE && self->page == PAGE_SIGNATURE) ||
       (kind == TD_PLAN_ROW_QUARTER && self->page == PAGE_QUARTER &&
        td_plan_row_get_quarter (row) == self->quarter)))
    {
      /* Its number or place may have changed; the fields stay as typed. */
      if (kind == TD_PLAN_ROW_TASK)
        {
          g_autofree char *title = NULL;

          g_set_object (&self->task, td_plan_row_get_task (row));
          title = g_strdup_printf (_("Task %d"), td_task_get_number (self->task));
          adw_preferences_group_set_title (self->task_group, title);
          self->loading = TRUE;
          gtk_drop_down_set_selected (self->quarter_dropdown, td_task_get_quarter (self->task) - 1);
          self->loading = FALSE;
        }
      if (kind == TD_PLAN_ROW_SECTION)
        g_set_object (&self->section, td_plan_row_get_section (row));
      _td_plan_editor_refresh (self);
      update_actions (self);
      return;
    }

  self->reload = FALSE;
  _td_plan_editor_save_now (self);
  _td_plan_editor_clear_problems (self);
  /* What could not be saved stays waiting; what was not valid goes with the part. */
  self->dirty = 0;
  g_clear_object (&self->section);
  g_clear_object (&self->task);
  self->quarter = 0;

  if (row == NULL || self->plan == NULL)
    {
      show_page (self, PAGE_NOTHING);
      return;
    }

  self->loading = TRUE;
  switch (kind)
    {
    case TD_PLAN_ROW_HEADING:
      load_plan_fields (self);
      page = PAGE_HEADING;
      break;
    case TD_PLAN_ROW_SIGNATURE:
      load_plan_fields (self);
      page = PAGE_SIGNATURE;
      break;
    case TD_PLAN_ROW_SECTION:
      self->section = g_object_ref (td_plan_row_get_section (row));
      {
        /* Translators: the section editor's heading; %d is its level, 1 for "I.", 2 for "1." */
        g_autofree char *title = g_strdup_printf (_("Section, Level %d"),
                                                  td_section_get_depth (self->section) + 1);
        adw_preferences_group_set_title (self->section_group, title);
      }
      _td_plan_editor_set_text (GTK_WIDGET (self->section_heading_row),
                                td_section_get_heading (self->section));
      _td_plan_editor_set_text (GTK_WIDGET (self->section_body_view),
                                td_section_get_body (self->section));
      gtk_switch_set_active (self->task_section_switch,
                             g_str_equal (td_section_get_kind (self->section), "tasks"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->task_section_switch),
                                !gtk_switch_get_active (self->task_section_switch));
      page = PAGE_SECTION;
      break;
    case TD_PLAN_ROW_QUARTER:
    case TD_PLAN_ROW_TABLE_HEAD:
      {
        g_autofree char *label = NULL;
        g_autofree char *title = NULL;

        self->quarter = kind == TD_PLAN_ROW_QUARTER ? td_plan_row_get_quarter (row) : 1;
        title = g_strdup (td_quarter_label (self->quarter));
        /* Translators: a button; %s is a quarter such as "QUÝ II" */
        label = g_strdup_printf (_("Add a Task to %s"), title);
        adw_status_page_set_title (self->quarter_page, title);
        gtk_button_set_label (self->add_task_button, label);
        page = PAGE_QUARTER;
      }
      break;
    case TD_PLAN_ROW_TASK:
      self->task = g_object_ref (td_plan_row_get_task (row));
      load_task_fields (self);
      page = PAGE_TASK;
      break;
    default:
      g_assert_not_reached ();
    }
  self->loading = FALSE;
  show_page (self, page);
  _td_plan_editor_loaded (self);
  if (self->new_part != 0)
    _td_plan_editor_focus_new_part (self);
}

void
td_plan_editor_flush (TdPlanEditor *self)
{
  g_return_if_fail (TD_IS_PLAN_EDITOR (self));
  _td_plan_editor_save_now (self);
}
