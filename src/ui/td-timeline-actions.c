/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline's actions (timeline.*): the selected task edited, marked done or deleted,
 * and the zoom, each with a callback of its own.
 */
#define G_LOG_DOMAIN "td-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-plan.h"
#include "td-timeline-private.h"
#include "td-toast.h"

/* Ctrl +/− while presenting: how much larger or smaller the text and rows become. */
#define PRESENTING_SCALE_STEP 1.15

void
_td_timeline_update_actions (TdTimeline *self)
{
  gboolean editable = self->store != NULL && !td_store_is_read_only (self->store) &&
                      !self->presenting;
  gboolean has_task = _td_timeline_get_selected_task (self, NULL) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.edit", has_task && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.mark-done", has_task && editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.delete", has_task && editable);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TdTimeline *self = TD_TIMELINE (widget);

  if (_td_timeline_get_selected_task (self, NULL) != NULL)
    _td_timeline_emit_activate_task (self);
}

static void
mark_done_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TdTimeline *self = TD_TIMELINE (widget);
  g_autoptr(TdTask) task = td_store_get_task (self->store, self->selected, NULL);
  g_autoptr(GError) error = NULL;

  if (task == NULL)
    return;
  td_task_set_status (task, TD_TASK_DONE);
  td_task_set_progress (task, 100);
  if (!td_store_update_task (self->store, task, &error))
    td_toast_show_error (GTK_WIDGET (self), error);
  else
    _td_timeline_emit_changed (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TdTimeline *self = TD_TIMELINE (widget);
  const TdTimelineTask *task = _td_timeline_get_selected_task (self, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (task == NULL)
    return;
  /* Translators: a toast; %d is the number of the deleted task */
  message = g_strdup_printf (_("Task %d deleted"), task->number);
  if (!td_store_delete_task (self->store, task->id, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  td_toast_offer_undo (GTK_WIDGET (self), message);
  _td_timeline_emit_changed (self);
}


/* Ctrl +/−, or the tool bar's buttons: one step of zoom around the middle of the chart.
 * Presenting, the text and rows become larger or smaller instead; the year stays fitted. */
static void
zoom_step (TdTimeline *self,
           int         steps)
{
  double middle = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

  if (self->presenting && steps > 0)
    td_timeline_set_scale (self, self->scale * PRESENTING_SCALE_STEP);
  else if (self->presenting)
    td_timeline_set_scale (self, self->scale / PRESENTING_SCALE_STEP);
  else
    td_timeline_zoom_by (self, steps, middle);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zoom_step (TD_TIMELINE (widget), 1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zoom_step (TD_TIMELINE (widget), -1);
}

static void
zoom_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  td_timeline_zoom (TD_TIMELINE (widget), TD_TIMELINE_ZOOM_YEAR);
}

static void
zoom_quarter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  td_timeline_zoom (TD_TIMELINE (widget), TD_TIMELINE_ZOOM_QUARTER);
}

static void
zoom_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  td_timeline_zoom (TD_TIMELINE (widget), TD_TIMELINE_ZOOM_MONTH);
}

void
_td_timeline_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "timeline.mark-done", NULL, mark_done_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-year", NULL, zoom_year_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-quarter", NULL,
                                   zoom_quarter_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-month", NULL, zoom_month_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "timeline.zoom-year", NULL);
}
