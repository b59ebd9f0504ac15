/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline's input: the pointer (hover, clicks, the context menu, scrolling and zooming
 * with the wheel), dragging a bar or its ends, and the keys. What is under the pointer is
 * the layout's hit test, inverting the arithmetic the painter draws with.
 */
#define G_LOG_DOMAIN "td-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-plan.h"
#include "td-timeline-private.h"
#include "td-toast.h"

/* What is at a point of the view, as it is scrolled. */
static void
hit_test (TdTimeline    *self,
          double         view_x,
          double         view_y,
          TdTimelineHit *hit)
{
  td_timeline_layout_hit_test (self->layout, view_x, view_y, _td_timeline_x_offset (self),
                               _td_timeline_y_offset (self), hit);
}

/* Changing tasks ------------------------------------------------------------------------ */

/* Saves new days for a task as one change, moving it to the quarter its start is in, and
 * offers Undo (the window's). */
static gboolean
apply_days (TdTimeline *self,
            guint       index,
            int         start,
            int         end,
            GError    **error)
{
  g_autoptr(TdTask) task = NULL;
  g_autofree char *start_iso = td_timeline_layout_day_to_iso (self->layout, start);
  g_autofree char *end_iso = td_timeline_layout_day_to_iso (self->layout, end);
  int quarter = td_timeline_layout_quarter_of_day (self->layout, start);
  /* Copied: saving makes the window read the tasks again, and the layout's list with it. */
  gint64 id = td_timeline_layout_get_task (self->layout, index)->id;

  if (self->store == NULL || td_store_is_read_only (self->store) || self->presenting)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY,
                           _("The timeline cannot be changed now"));
      return FALSE;
    }

  task = td_store_get_task (self->store, id, error);
  if (task == NULL)
    return FALSE;

  /* One change: a task dragged into another quarter joins that quarter's group. */
  if (!td_store_reschedule_task (self->store, id, start_iso, end_iso, quarter, -1, error))
    return FALSE;

  td_toast_offer_undo (GTK_WIDGET (self), _("Task moved"));
  _td_timeline_emit_changed (self);
  return TRUE;
}

/* Dragging ------------------------------------------------------------------------------- */

gboolean
td_timeline_drag_begin (TdTimeline *self,
                        double      view_x,
                        double      view_y)
{
  TdTimelineHit hit;

  g_return_val_if_fail (TD_IS_TIMELINE (self), FALSE);

  /* Presenting to a meeting: nothing moves by accident. */
  if (self->presenting || self->store == NULL || td_store_is_read_only (self->store))
    return FALSE;

  hit_test (self, view_x, view_y, &hit);
  switch (hit.kind)
    {
    case TD_TIMELINE_HIT_BAR:
    case TD_TIMELINE_HIT_MILESTONE:
      self->drag_kind = TD_TIMELINE_DRAG_MOVE;
      break;
    case TD_TIMELINE_HIT_START:
      self->drag_kind = TD_TIMELINE_DRAG_START;
      break;
    case TD_TIMELINE_HIT_END:
      self->drag_kind = TD_TIMELINE_DRAG_END;
      break;
    case TD_TIMELINE_HIT_NONE:
    case TD_TIMELINE_HIT_TIME_HEADER:
    case TD_TIMELINE_HIT_CORNER:
    case TD_TIMELINE_HIT_QUARTER:
    case TD_TIMELINE_HIT_NAME:
    case TD_TIMELINE_HIT_ROW:
    default:
      return FALSE;
    }

  self->dragging = TRUE;
  self->drag_task = hit.task;
  self->ghost_moved = FALSE;
  self->ghost_start = td_timeline_layout_get_task (self->layout, hit.task)->start;
  self->ghost_end = td_timeline_layout_get_task (self->layout, hit.task)->end;
  td_timeline_select (self, td_timeline_layout_get_task (self->layout, hit.task)->id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
td_timeline_drag_update (TdTimeline *self,
                         double      dx)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  if (!self->dragging)
    return;
  self->ghost_moved = td_timeline_layout_drag_days (self->layout, self->drag_task,
                                                    self->drag_kind, dx,
                                                    &self->ghost_start, &self->ghost_end);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
td_timeline_drag_end (TdTimeline  *self,
                      GError     **error)
{
  gboolean moved;

  g_return_val_if_fail (TD_IS_TIMELINE (self), FALSE);

  if (!self->dragging)
    return FALSE;
  self->dragging = FALSE;
  moved = self->ghost_moved;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!moved)
    return TRUE;
  return apply_days (self, self->drag_task, self->ghost_start, self->ghost_end, error);
}

void
td_timeline_drag_cancel (TdTimeline *self)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  self->dragging = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
td_timeline_is_dragging (TdTimeline *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE (self), FALSE);
  return self->dragging;
}

gboolean
td_timeline_shift_selected (TdTimeline  *self,
                            int          days,
                            GError     **error)
{
  const TdTimelineTask *task;
  guint index;
  int n_days;

  g_return_val_if_fail (TD_IS_TIMELINE (self), FALSE);

  task = _td_timeline_get_selected_task (self, &index);
  if (task == NULL)
    return FALSE;
  n_days = td_timeline_layout_get_n_days (self->layout);
  /* Within the year, keeping the task's length. */
  days = CLAMP (days, -task->start, n_days - 1 - task->end);
  if (days == 0)
    return FALSE;
  return apply_days (self, index, task->start + days, task->end + days, error);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  TdTimeline     *self)
{
  if (!td_timeline_drag_begin (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   TdTimeline     *self)
{
  td_timeline_drag_update (self, dx);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                TdTimeline     *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->dragging)
    return;
  td_timeline_drag_update (self, dx);
  if (!td_timeline_drag_end (self, &error) && error != NULL)
    td_toast_show_error (GTK_WIDGET (self), error);
}

/* Pointer ---------------------------------------------------------------------------------- */

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              TdTimeline               *self)
{
  TdTimelineHit hit;
  guint hover;
  const char *cursor = NULL;

  hit_test (self, x, y, &hit);
  hover = hit.task;
  if (hover != self->hover)
    {
      self->hover = hover;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  if (!self->presenting && self->store != NULL && !td_store_is_read_only (self->store))
    {
      if (hit.kind == TD_TIMELINE_HIT_START || hit.kind == TD_TIMELINE_HIT_END)
        cursor = "ew-resize";
      else if (hit.kind == TD_TIMELINE_HIT_BAR || hit.kind == TD_TIMELINE_HIT_MILESTONE)
        cursor = "grab";
    }
  if (hit.kind == TD_TIMELINE_HIT_QUARTER)
    cursor = "pointer";
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             TdTimeline               *self)
{
  if (self->hover != G_MAXUINT)
    {
      self->hover = G_MAXUINT;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               TdTimeline      *self)
{
  TdTimelineHit hit;
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  _td_timeline_stop_centring (self);
  hit_test (self, x, y, &hit);

  if (hit.kind == TD_TIMELINE_HIT_QUARTER && button == GDK_BUTTON_PRIMARY)
    {
      td_timeline_layout_set_collapsed (self->layout, hit.quarter,
                                        !td_timeline_layout_get_collapsed (self->layout,
                                                                           hit.quarter));
      _td_timeline_configure_adjustments (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  if (hit.task == G_MAXUINT)
    return;

  td_timeline_select (self, td_timeline_layout_get_task (self->layout, hit.task)->id);
  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                                   &(GdkRectangle) { x, y, 1, 1 });
      gtk_popover_popup (GTK_POPOVER (self->menu));
    }
  else if (n_press == 2 && !self->presenting)
    _td_timeline_emit_activate_task (self);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              TdTimeline               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
    GTK_EVENT_CONTROLLER (controller));
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

  _td_timeline_stop_centring (self);
  if (state & GDK_CONTROL_MASK)
    {
      GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
      double ex, ey;

      /* Zoom around the date under the pointer. */
      if (event != NULL && gdk_event_get_position (event, &ex, &ey))
        {
          graphene_point_t point;
          GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
          double nx, ny;

          gtk_native_get_surface_transform (native, &nx, &ny);
          if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                        &GRAPHENE_POINT_INIT (ex - nx, ey - ny), &point))
            x = point.x;
        }
      td_timeline_zoom_by (self, dy < 0 ? 1 : -1, x);
      return TRUE;
    }

  if (self->hadjustment != NULL && (dx != 0 || state & GDK_SHIFT_MASK))
    gtk_adjustment_set_value (self->hadjustment,
                              _td_timeline_x_offset (self) + (dx != 0 ? dx : dy) * 40);
  else if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment,
                              _td_timeline_y_offset (self) + dy * 40 * self->scale);
  return TRUE;
}

static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  TdTimeline *self = TD_TIMELINE (widget);
  const TdTimelineTask *task = NULL;
  g_autofree char *text = NULL;
  TdTimelineHit hit;

  if (keyboard)
    task = _td_timeline_get_selected_task (self, NULL);
  else
    {
      hit_test (self, x, y, &hit);
      if (hit.task != G_MAXUINT && hit.kind != TD_TIMELINE_HIT_ROW)
        task = td_timeline_layout_get_task (self->layout, hit.task);
    }
  if (task == NULL)
    return FALSE;

  text = _td_timeline_describe_task (self, task);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Keys ----------------------------------------------------------------------------------- */

static void
select_row (TdTimeline *self,
            guint       row)
{
  const TdTimelineRow *r;

  if (row == G_MAXUINT)
    return;
  r = td_timeline_layout_get_row (self->layout, row);
  if (r->kind == TD_TIMELINE_ROW_TASK)
    td_timeline_select (self, td_timeline_layout_get_task (self->layout, r->task)->id);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   TdTimeline            *self)
{
  const TdTimelineTask *task = _td_timeline_get_selected_task (self, NULL);
  guint row = task != NULL ? task->row : G_MAXUINT;
  g_autoptr(GError) error = NULL;
  int step = state & GDK_SHIFT_MASK ? 7 : 1;

  if (keyval == GDK_KEY_Escape && self->dragging)
    {
      td_timeline_drag_cancel (self);
      return TRUE;
    }

  /* The context menu from the keyboard, at the selected task's bar. */
  if (keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK)))
    {
      double x, y;

      if (task == NULL || !td_timeline_get_bar_point (self, self->selected, &x, &y))
        return FALSE;
      gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
      gtk_popover_popup (GTK_POPOVER (self->menu));
      return TRUE;
    }

  if (state & GDK_ALT_MASK)
    {
      if (keyval != GDK_KEY_Left && keyval != GDK_KEY_Right)
        return FALSE;
      if (!td_timeline_shift_selected (self, keyval == GDK_KEY_Left ? -step : step, &error) &&
          error != NULL)
        td_toast_show_error (GTK_WIDGET (self), error);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      select_row (self, td_timeline_layout_step_row (self->layout, row, -1, TRUE));
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      select_row (self, td_timeline_layout_step_row (self->layout, row, 1, TRUE));
      return TRUE;
    case GDK_KEY_Page_Up:
      select_row (self, td_timeline_layout_step_quarter (self->layout, row, -1));
      return TRUE;
    case GDK_KEY_Page_Down:
      select_row (self, td_timeline_layout_step_quarter (self->layout, row, 1));
      return TRUE;
    case GDK_KEY_Home:
      select_row (self, td_timeline_layout_step_row (self->layout, G_MAXUINT, 1, TRUE));
      return TRUE;
    case GDK_KEY_End:
      select_row (self, td_timeline_layout_step_row (self->layout, G_MAXUINT, -1, TRUE));
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (self->hadjustment != NULL)
        gtk_adjustment_set_value (self->hadjustment,
                                  _td_timeline_x_offset (self) + (keyval == GDK_KEY_Left ? -1 : 1) *
                                  gtk_adjustment_get_step_increment (self->hadjustment));
      return TRUE;
    /* Folding from the keyboard: − folds the selected task's quarter, + unfolds all. */
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      if (task != NULL && !(state & GDK_CONTROL_MASK))
        {
          td_timeline_layout_set_collapsed (self->layout, task->quarter, TRUE);
          _td_timeline_configure_adjustments (self);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          return TRUE;
        }
      return FALSE;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
      if (state & GDK_CONTROL_MASK)
        return FALSE;
      for (int quarter = 1; quarter <= 4; quarter++)
        td_timeline_layout_set_collapsed (self->layout, quarter, FALSE);
      _td_timeline_configure_adjustments (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (task != NULL && !self->presenting)
        _td_timeline_emit_activate_task (self);
      return TRUE;
    default:
      return FALSE;
    }
}

void
_td_timeline_class_add_input (GtkWidgetClass *widget_class)
{
  widget_class->query_tooltip = query_tooltip;
}

void
_td_timeline_init_input (TdTimeline *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
