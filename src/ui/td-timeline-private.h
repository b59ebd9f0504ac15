/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the timeline widget: td-timeline.c (the widget, scrolling and
 * painting), td-timeline-input.c (pointer, drags and keys), td-timeline-actions.c (the
 * timeline.* actions) and td-timeline-present.c (presenting to a meeting).
 */
#pragma once

#include "td-timeline.h"
#include "td-timeline-paint.h"

G_BEGIN_DECLS

/* Presenting, a row holds two lines of a task's name (at scale 1; scaled as the rest). */
#define TD_TIMELINE_PRESENTING_ROW_HEIGHT 42.0

struct _TdTimeline
{
  GtkWidget           parent_instance;

  TdStore            *store;
  TdPlan             *plan;
  TdTimelineLayout   *layout;
  TdTimelinePainter  *painter;
  char               *today;

  GtkAdjustment      *hadjustment;
  GtkAdjustment      *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;

  gint64              selected;
  guint               hover;        /* task index, G_MAXUINT: none */
  gboolean            presenting;
  gboolean            show_units;
  char               *highlight_unit; /* its tasks as ever, the others dimmed; NULL: none */
  double              scale;
  /* Presenting: today's quarter is kept in the middle of the rows until the view is
   * scrolled by hand (the plan is read and the window goes full screen after presenting
   * starts). */
  gboolean            centring;
  /* The months in the UI's language, for the time header. */
  const char         *month_names[12];
  const char         *month_abbrevs[12];

  /* A drag under way: the task, what it changes, and where it would go. */
  gboolean            dragging;
  guint               drag_task;
  TdTimelineDrag      drag_kind;
  int                 ghost_start;
  int                 ghost_end;
  gboolean            ghost_moved;

  GtkWidget          *menu;
};

/* td-timeline.c */
/* Where the view is scrolled to, in content units. */
double                _td_timeline_x_offset               (TdTimeline           *self);
double                _td_timeline_y_offset               (TdTimeline           *self);
/* The selected task and, if @index is not NULL, its index in the layout; NULL if none. */
const TdTimelineTask *_td_timeline_get_selected_task      (TdTimeline           *self,
                                                           guint                *index);
/* The view scrolled by hand: today's quarter need no longer be kept in the middle. */
void                  _td_timeline_stop_centring          (TdTimeline           *self);
/* Fits the scroll bars to the layout after its size changed (a zoom, a folded quarter). */
void                  _td_timeline_configure_adjustments  (TdTimeline           *self);
/* What the tooltip and screen readers say of a task. */
char                 *_td_timeline_describe_task          (TdTimeline           *self,
                                                           const TdTimelineTask *task);
/* ::activate-task for the selected task. */
void                  _td_timeline_emit_activate_task     (TdTimeline           *self);
void                  _td_timeline_emit_changed           (TdTimeline           *self);

/* td-timeline-present.c */
/* The rows' metrics for the scale and the mode, the name column's for @width (0: not
 * allocated yet). */
void                  _td_timeline_update_metrics         (TdTimeline           *self,
                                                           int                   width);
/* Presenting, until the view is scrolled by hand: today's quarter open, in the middle. */
void                  _td_timeline_centre_quarter         (TdTimeline           *self);

/* td-timeline-input.c: the event controllers, and the tooltip of what is under the
 * pointer. */
void                  _td_timeline_class_add_input        (GtkWidgetClass       *widget_class);
void                  _td_timeline_init_input             (TdTimeline           *self);

/* td-timeline-actions.c: installs the timeline.* actions and their shortcuts. */
void                  _td_timeline_class_add_actions      (GtkWidgetClass       *widget_class);
/* Recomputes which timeline.* actions are enabled. */
void                  _td_timeline_update_actions         (TdTimeline           *self);

G_END_DECLS
