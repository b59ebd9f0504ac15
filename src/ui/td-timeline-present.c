/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline in front of a meeting: read-only, text and rows larger by the scale, a row
 * for two lines of a task's name, and today's quarter open in the middle of the rows.
 * (What is not drawn then, the selection and the pointer's outline, is the snapshot's, in
 * td-timeline.c.)
 */
#define G_LOG_DOMAIN "td-timeline"

#include "config.h"

#include <math.h>

#include "td-timeline-private.h"

/* The rows' metrics for the scale and the mode, and the name column for the width:
 * presenting, a row holds two lines of a name; on a narrow window the names give the
 * chart at least half the width. */
void
_td_timeline_update_metrics (TdTimeline *self,
                             int         width)
{
  TdTimelineMetrics metrics, was;
  double row_height = self->presenting ? TD_TIMELINE_PRESENTING_ROW_HEIGHT
                                       : TD_TIMELINE_ROW_HEIGHT;

  td_timeline_layout_get_metrics (self->layout, &was);
  metrics = was;
  metrics.name_width = round (TD_TIMELINE_NAME_WIDTH * self->scale);
  if (width > 0)
    metrics.name_width = MIN (metrics.name_width, width / 2);
  metrics.row_height = round (row_height * self->scale);
  if (metrics.name_width != was.name_width || metrics.row_height != was.row_height)
    td_timeline_layout_set_metrics (self->layout, &metrics);
}

/* Today's quarter, open, in the middle of the rows (its header at the top when it is
 * taller than the view); nothing when today is not in the plan's year. Done again as the
 * plan is read and the window goes full screen. */
void
_td_timeline_centre_quarter (TdTimeline *self)
{
  int today = td_timeline_layout_get_today (self->layout);
  TdTimelineMetrics metrics;
  guint header, first, end;
  double rows_height, top, height;
  int quarter;

  if (!self->centring || self->plan == NULL || self->vadjustment == NULL || today < 0 ||
      today >= td_timeline_layout_get_n_days (self->layout))
    return;
  quarter = td_timeline_layout_quarter_of_day (self->layout, today);
  if (td_timeline_layout_get_collapsed (self->layout, quarter))
    {
      td_timeline_layout_set_collapsed (self->layout, quarter, FALSE);
      _td_timeline_configure_adjustments (self);
    }
  if (!td_timeline_layout_quarter_rows (self->layout, quarter, &header, &first, &end))
    return;
  td_timeline_layout_get_metrics (self->layout, &metrics);
  rows_height = gtk_widget_get_height (GTK_WIDGET (self)) - metrics.header_height;
  top = td_timeline_layout_row_y (self->layout, header);
  height = (end - header) * metrics.row_height;
  gtk_adjustment_set_value (self->vadjustment,
                            td_timeline_layout_clamp_y_offset (
                              self->layout,
                              height > rows_height ? top
                                                   : top - (rows_height - height) / 2));
}

void
_td_timeline_stop_centring (TdTimeline *self)
{
  self->centring = FALSE;
}

void
td_timeline_set_presenting (TdTimeline *self,
                            gboolean    presenting)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  if (self->presenting == !!presenting)
    return;
  self->presenting = !!presenting;
  /* The quarter the meeting is about: today's, open, in the middle. */
  self->centring = self->presenting;
  if (presenting)
    td_timeline_drag_cancel (self);
  _td_timeline_update_metrics (self, gtk_widget_get_width (GTK_WIDGET (self)));
  _td_timeline_configure_adjustments (self);
  _td_timeline_centre_quarter (self);
  _td_timeline_update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
td_timeline_get_presenting (TdTimeline *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE (self), FALSE);
  return self->presenting;
}

void
td_timeline_set_scale (TdTimeline *self,
                       double      scale)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  scale = CLAMP (scale, 0.75, 3.0);
  if (scale == self->scale)
    return;
  self->scale = scale;
  td_timeline_layout_set_scale (self->layout, self->scale);
  _td_timeline_update_metrics (self, gtk_widget_get_width (GTK_WIDGET (self)));
  _td_timeline_configure_adjustments (self);
  _td_timeline_centre_quarter (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), "scale");
}

double
td_timeline_get_scale (TdTimeline *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE (self), 1.0);
  return self->scale;
}
