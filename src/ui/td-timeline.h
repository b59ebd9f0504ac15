/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-plan.h"
#include "td-store.h"
#include "td-timeline-layout.h"
#include "td-timeline-paint.h"

G_BEGIN_DECLS

#define TD_TYPE_TIMELINE (td_timeline_get_type ())
G_DECLARE_FINAL_TYPE (TdTimeline, td_timeline, TD, TIMELINE, GtkWidget)

/* The quarterly Gantt chart of a plan: a thin widget over the timeline layout (geometry,
 * hit testing) and painter (drawing on a cairo_t), both shared with printing. It scrolls
 * (GtkScrollable), paints only what is visible, and changes tasks through the store. */
GtkWidget        *td_timeline_new               (void);
void              td_timeline_set_plan          (TdTimeline      *self,
                                                 TdStore         *store,
                                                 TdPlan          *plan);
/* Reads the plan's tasks again (after the store changed them). */
void              td_timeline_reload            (TdTimeline      *self);
/* One task read again after an edit that kept its place; the plan's tasks otherwise. */
void              td_timeline_refresh_task      (TdTimeline      *self,
                                                 gint64           task_id);
TdTimelineLayout *td_timeline_get_layout        (TdTimeline      *self);
/* "Today" as ISO, for tests; NULL: the real today. */
void              td_timeline_set_today         (TdTimeline      *self,
                                                 const char      *today_iso);

gint64            td_timeline_get_selected      (TdTimeline      *self);
void              td_timeline_select            (TdTimeline      *self,
                                                 gint64           task_id);

void              td_timeline_zoom              (TdTimeline      *self,
                                                 TdTimelineZoom   zoom);
/* Zooms in (@steps > 0) or out around the middle of the chart. */
void              td_timeline_zoom_by           (TdTimeline      *self,
                                                 int              steps,
                                                 double           view_x);
void              td_timeline_set_filter        (TdTimeline      *self,
                                                 const TdTimelineFilter *filter);

/* Who carries each task out, beside its content in the name column. */
void              td_timeline_set_show_units    (TdTimeline      *self,
                                                 gboolean         show_units);

/* The tasks of the unit named @unit drawn as ever and the others dimmed, none hidden, at
 * work and presenting alike; NULL: none. */
void              td_timeline_set_highlight_unit (TdTimeline     *self,
                                                  const char     *unit);
const char       *td_timeline_get_highlight_unit (TdTimeline     *self);
/* How the last frame drew a task's row, for tests: NONE until it is drawn. */
TdTimelineEmphasis td_timeline_get_task_emphasis (TdTimeline     *self,
                                                  gint64          task_id);

/* Presentation: read-only, text and rows scaled by @scale. */
void              td_timeline_set_presenting    (TdTimeline      *self,
                                                 gboolean         presenting);
gboolean          td_timeline_get_presenting    (TdTimeline      *self);
void              td_timeline_set_scale         (TdTimeline      *self,
                                                 double           scale);
double            td_timeline_get_scale         (TdTimeline      *self);

/* The moves the gestures and keys make, callable as they are (tests use them):
 * a drag of the selected or hit task by @dx content units, then its end or cancel. */
gboolean          td_timeline_drag_begin        (TdTimeline      *self,
                                                 double           view_x,
                                                 double           view_y);
void              td_timeline_drag_update       (TdTimeline      *self,
                                                 double           dx);
gboolean          td_timeline_drag_end          (TdTimeline      *self,
                                                 GError         **error);
void              td_timeline_drag_cancel       (TdTimeline      *self);
gboolean          td_timeline_is_dragging       (TdTimeline      *self);
/* Alt+arrows: the selected task moved by @days (start and end). */
gboolean          td_timeline_shift_selected    (TdTimeline      *self,
                                                 int              days,
                                                 GError         **error);

/* The lines of a task's content in the name column as it is painted now (the last one
 * ellipsized when *@ellipsized), and their height; NULL when the task is not shown. */
GStrv             td_timeline_dup_name_lines    (TdTimeline      *self,
                                                 gint64           task_id,
                                                 gboolean        *ellipsized,
                                                 double          *height);

/* The time header's labels as they are painted now (TdTimelineHeaderLabel), for tests. */
GArray           *td_timeline_get_header_labels (TdTimeline      *self);

/* The view coordinates of the middle of a task's bar, for tests and tooltips. */
gboolean          td_timeline_get_bar_point     (TdTimeline      *self,
                                                 gint64           task_id,
                                                 double          *view_x,
                                                 double          *view_y);

G_END_DECLS
