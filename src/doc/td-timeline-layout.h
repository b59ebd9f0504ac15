/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gio/gio.h>

#include "td-quarter.h"
#include "td-task.h"

G_BEGIN_DECLS

/* The timeline's geometry, with no GTK and no cairo: the plan's tasks become rows (a
 * "QUÝ" header row before each quarter's tasks, in plan order), dates become x and rows
 * become y by plain arithmetic, and hit testing inverts the same arithmetic. The widget,
 * the painter and the printed timeline all read it.
 *
 * Coordinates. Days are counted from 1 January of the plan's year (day 0); a date covers
 * [x (day), x (day + 1)). "Content" coordinates put x = 0 at the start of the year and
 * y = 0 at the top of the first row, under the time header. "View" coordinates are the
 * widget's: the name column (frozen) is on the left, the time header (frozen) on top,
 * and the chart scrolls under them by x_offset and y_offset, in content units:
 *
 *   view_x = name_width + content_x - x_offset
 *   view_y = header_height + content_y - y_offset
 *
 * Units are pixels on screen and points on paper; nothing here cares which. */

/* What a task shows: its stored status, except that a task not done or cancelled whose
 * end is before today is overdue while its year runs (once the year has ended, the stored
 * status is what shows). */
typedef enum {
  TD_TIMELINE_PLANNED,
  TD_TIMELINE_IN_PROGRESS,
  TD_TIMELINE_DONE,
  TD_TIMELINE_OVERDUE,
  TD_TIMELINE_CANCELLED,
  TD_TIMELINE_N_STATUSES,
} TdTimelineStatus;

#define TD_TIMELINE_STATUS_ALL ((1u << TD_TIMELINE_N_STATUSES) - 1)

/* Look-ahead views, on top of the other filters. */
typedef enum {
  TD_TIMELINE_VIEW_ALL,
  TD_TIMELINE_VIEW_OVERDUE,        /* overdue tasks only */
  TD_TIMELINE_VIEW_THIS_QUARTER,   /* tasks that run during today's quarter */
  TD_TIMELINE_VIEW_NEXT_30_DAYS,   /* tasks that run during today … today + 30 */
} TdTimelineView;

typedef struct {
  int             quarter;      /* 1–4; 0: all */
  const char     *unit;         /* a unit's name, as given to set_task_units; NULL: any */
  guint           statuses;     /* 1 << TdTimelineStatus bits; 0 or _ALL: any */
  TdTimelineView  view;
} TdTimelineFilter;

typedef enum {
  TD_TIMELINE_ZOOM_CUSTOM,      /* whatever pixels per day were set */
  TD_TIMELINE_ZOOM_YEAR,        /* the year fits the chart's width */
  TD_TIMELINE_ZOOM_QUARTER,     /* a quarter (92 days) fits */
  TD_TIMELINE_ZOOM_MONTH,       /* a month (31 days) fits */
} TdTimelineZoom;

typedef enum {
  TD_TIMELINE_ROW_QUARTER,      /* "QUÝ I": the header of a quarter's group */
  TD_TIMELINE_ROW_TASK,
} TdTimelineRowKind;

typedef struct {
  TdTimelineRowKind kind;
  int               quarter;    /* 1–4 */
  guint             task;       /* TASK: index of the task (td_timeline_layout_get_task) */
  guint             n_tasks;    /* QUARTER: the group's tasks that pass the filter */
} TdTimelineRow;

/* A task as the timeline sees it. The strings are the task object's: after a task changes,
 * call td_timeline_layout_set_tasks() again before the next paint. */
typedef struct {
  TdTask           *task;       /* a reference, for the tooltip and the editor */
  gint64            id;
  int               number;
  int               quarter;    /* 1–4 (out-of-range quarters are clamped) */
  const char       *content;
  const char       *responsible;
  int               start;      /* day of the first day, from 1 January */
  int               end;        /* day of the last day, >= start */
  gboolean          milestone;
  TdTaskStatus      stored;     /* the status as saved */
  TdTimelineStatus  status;     /* as shown */
  int               progress;   /* 0–100 (done: 100) */
  guint             row;        /* its row, G_MAXUINT when filtered out or collapsed */
} TdTimelineTask;

typedef enum {
  TD_TIMELINE_HIT_NONE,         /* outside everything, or below the last row */
  TD_TIMELINE_HIT_TIME_HEADER,  /* the time scale on top (day is the date under it) */
  TD_TIMELINE_HIT_CORNER,       /* above the name column */
  TD_TIMELINE_HIT_QUARTER,      /* a quarter header row, either column */
  TD_TIMELINE_HIT_NAME,         /* the name column of a task's row */
  TD_TIMELINE_HIT_ROW,          /* a task's row in the chart, off its bar */
  TD_TIMELINE_HIT_BAR,          /* the body of a bar: drag to move */
  TD_TIMELINE_HIT_START,        /* a bar's start edge: drag to change the start */
  TD_TIMELINE_HIT_END,          /* a bar's end edge: drag to change the end */
  TD_TIMELINE_HIT_MILESTONE,    /* a milestone's diamond: drag to move */
} TdTimelineHitKind;

typedef struct {
  TdTimelineHitKind kind;
  guint             row;        /* G_MAXUINT: none */
  guint             task;       /* G_MAXUINT: none */
  int               quarter;    /* of the row; 0: none */
  int               day;        /* the day under the pointer (in the chart and header) */
} TdTimelineHit;

typedef enum {
  TD_TIMELINE_DRAG_MOVE,
  TD_TIMELINE_DRAG_START,
  TD_TIMELINE_DRAG_END,
} TdTimelineDrag;

typedef struct {
  double name_width;            /* the frozen name column */
  double header_height;         /* the frozen time header: quarter band over month band */
  double row_height;            /* every row, quarter headers too */
  double edge_grab;             /* how far either side of a bar's edge grabs that edge */
} TdTimelineMetrics;

typedef struct {
  double x;
  double y;
  double width;
  double height;
} TdTimelineRect;

/* Screen metrics at scale 1; set_scale multiplies them (presentation mode). */
#define TD_TIMELINE_NAME_WIDTH     340.0
#define TD_TIMELINE_HEADER_HEIGHT  46.0
#define TD_TIMELINE_ROW_HEIGHT     30.0
#define TD_TIMELINE_EDGE_GRAB      3.0
/* Zoom limits, in pixels per day. */
#define TD_TIMELINE_MIN_PPD        0.25
#define TD_TIMELINE_MAX_PPD        400.0
/* Week lines and day lines show from these pixels per day on. */
#define TD_TIMELINE_WEEK_PPD       6.0
#define TD_TIMELINE_DAY_PPD        22.0

typedef struct _TdTimelineLayout TdTimelineLayout;

TdTimelineLayout *td_timeline_layout_new             (void);
void              td_timeline_layout_free            (TdTimelineLayout        *self);

/* Model ------------------------------------------------------------------------------------ */

void              td_timeline_layout_set_year        (TdTimelineLayout        *self,
                                                      int                      year);
int               td_timeline_layout_get_year        (TdTimelineLayout        *self);
/* Days in the plan's year: 365 or 366. */
int               td_timeline_layout_get_n_days      (TdTimelineLayout        *self);
/* "Today" as ISO; NULL: the real today. Statuses and look-ahead views follow it. */
void              td_timeline_layout_set_today       (TdTimelineLayout        *self,
                                                      const char              *today_iso);
int               td_timeline_layout_get_today       (TdTimelineLayout        *self);
/* TRUE when today is after 31 December of the plan's year. */
gboolean          td_timeline_layout_year_has_ended  (TdTimelineLayout        *self);
/* The tasks (TdTask, in plan order: by quarter, then position), read now; call again
 * after a change. Blank or impossible dates fall back to the quarter's bounds; an end
 * before the start is taken as the start. */
void              td_timeline_layout_set_tasks       (TdTimelineLayout        *self,
                                                      GListModel              *tasks);
/* One task read again after an edit that left its place (quarter, number) as it was;
 * FALSE when it is not there or moved, and set_tasks is needed. */
gboolean          td_timeline_layout_update_task     (TdTimelineLayout        *self,
                                                      TdTask                  *task);
/* The units a task is linked to, for the unit filter; kept by task id across set_tasks. */
void              td_timeline_layout_set_task_units  (TdTimelineLayout        *self,
                                                      gint64                   task_id,
                                                      const char * const      *unit_names);
/* The names of the units task @task_id is linked to; NULL when none. */
const char * const *td_timeline_layout_get_task_units (TdTimelineLayout     *self,
                                                       gint64                task_id);
/* TRUE when task @task_id is linked to the unit named @unit. */
gboolean          td_timeline_layout_task_has_unit   (TdTimelineLayout        *self,
                                                      gint64                   task_id,
                                                      const char              *unit);
/* Bumped whenever rows or tasks change: a painter's or widget's cue to look again. */
guint             td_timeline_layout_get_serial      (TdTimelineLayout        *self);

/* Rows, filters, groups ---------------------------------------------------------------- */

/* @filter NULL: everything. Filtered quarters with no task left lose their header row;
 * with no filter on, all four headers show, empty or not, as the plan prints them. */
void              td_timeline_layout_set_filter      (TdTimelineLayout        *self,
                                                      const TdTimelineFilter  *filter);
/* TRUE while a filter or a look-ahead view hides anything it could. */
gboolean          td_timeline_layout_is_filtered     (TdTimelineLayout        *self);
void              td_timeline_layout_set_collapsed   (TdTimelineLayout        *self,
                                                      int                      quarter,
                                                      gboolean                 collapsed);
gboolean          td_timeline_layout_get_collapsed   (TdTimelineLayout        *self,
                                                      int                      quarter);

guint             td_timeline_layout_get_n_rows      (TdTimelineLayout        *self);
const TdTimelineRow *td_timeline_layout_get_row      (TdTimelineLayout        *self,
                                                      guint                    row);
guint             td_timeline_layout_get_n_tasks     (TdTimelineLayout        *self);
const TdTimelineTask *td_timeline_layout_get_task    (TdTimelineLayout        *self,
                                                      guint                    index);
/* Index of the task with @task_id, G_MAXUINT when it is not there. */
guint             td_timeline_layout_find_task       (TdTimelineLayout        *self,
                                                      gint64                   task_id);
/* Row of quarter @quarter's header, G_MAXUINT when it is not shown. */
guint             td_timeline_layout_quarter_row     (TdTimelineLayout        *self,
                                                      int                      quarter);
/* How many tasks of each status pass the filter (for a legend with counts). */
guint             td_timeline_layout_count_status    (TdTimelineLayout        *self,
                                                      TdTimelineStatus         status);

/* Geometry ---------------------------------------------------------------------------------- */

void              td_timeline_layout_set_metrics     (TdTimelineLayout        *self,
                                                      const TdTimelineMetrics *metrics);
void              td_timeline_layout_get_metrics     (TdTimelineLayout        *self,
                                                      TdTimelineMetrics       *metrics);
/* The screen metrics times @scale (1 normally; larger in presentation mode). */
void              td_timeline_layout_set_scale       (TdTimelineLayout        *self,
                                                      double                   scale);
double            td_timeline_layout_get_scale       (TdTimelineLayout        *self);
/* The whole viewport, name column and header included. A fitted zoom follows it. */
void              td_timeline_layout_set_viewport    (TdTimelineLayout        *self,
                                                      double                   width,
                                                      double                   height);
/* The width left for the chart beside the name column. */
double            td_timeline_layout_get_chart_width (TdTimelineLayout        *self);
/* Content size, for the scroll bars: the year's width, all rows' height. */
double            td_timeline_layout_get_content_width  (TdTimelineLayout     *self);
double            td_timeline_layout_get_content_height (TdTimelineLayout     *self);

/* Zoom -------------------------------------------------------------------------------------- */

double            td_timeline_layout_get_pixels_per_day (TdTimelineLayout     *self);
/* Sets the zoom (clamped), as ZOOM_CUSTOM. */
void              td_timeline_layout_set_pixels_per_day (TdTimelineLayout     *self,
                                                         double                ppd);
TdTimelineZoom    td_timeline_layout_get_zoom        (TdTimelineLayout        *self);
/* Fits the year, the quarter or the month that holds @anchor_day to the chart's width,
 * and keeps fitting it when the viewport changes. Returns the x_offset that shows that
 * period from its start. */
double            td_timeline_layout_zoom_to         (TdTimelineLayout        *self,
                                                      TdTimelineZoom           zoom,
                                                      int                      anchor_day);
/* Sets @ppd (clamped) keeping the date under @view_x where it is; returns the new
 * x_offset (clamped) for the old @x_offset. Ctrl+wheel and Ctrl +/− come here. */
double            td_timeline_layout_zoom_at         (TdTimelineLayout        *self,
                                                      double                   ppd,
                                                      double                   view_x,
                                                      double                   x_offset);
double            td_timeline_layout_clamp_x_offset  (TdTimelineLayout        *self,
                                                      double                   x_offset);
double            td_timeline_layout_clamp_y_offset  (TdTimelineLayout        *self,
                                                      double                   y_offset);

/* Dates and x ------------------------------------------------------------------------------- */

/* Content x of the start of @day (fractions allowed). */
double            td_timeline_layout_x_for_day       (TdTimelineLayout        *self,
                                                      double                   day);
/* The day at content @x, with its fraction. */
double            td_timeline_layout_day_at_x        (TdTimelineLayout        *self,
                                                      double                   x);
/* Content x of the start of @iso's day; FALSE when @iso is not a date. */
gboolean          td_timeline_layout_x_for_date      (TdTimelineLayout        *self,
                                                      const char              *iso,
                                                      double                  *x);
/* The ISO date at content @x (newly allocated). */
char             *td_timeline_layout_date_at_x       (TdTimelineLayout        *self,
                                                      double                   x);
double            td_timeline_layout_view_x          (TdTimelineLayout        *self,
                                                      double                   day,
                                                      double                   x_offset);
double            td_timeline_layout_day_at_view_x   (TdTimelineLayout        *self,
                                                      double                   view_x,
                                                      double                   x_offset);
/* @day as ISO (any day, in the year or not), and back (FALSE when not a date). */
char             *td_timeline_layout_day_to_iso      (TdTimelineLayout        *self,
                                                      int                      day);
gboolean          td_timeline_layout_day_from_iso    (TdTimelineLayout        *self,
                                                      const char              *iso,
                                                      int                     *day);
/* Quarter 1–4 of a day in the year (days outside go to the nearest quarter). */
int               td_timeline_layout_quarter_of_day  (TdTimelineLayout        *self,
                                                      int                      day);
/* The nearest day boundary to content @x: what a drag snaps to. */
int               td_timeline_layout_snap_x          (TdTimelineLayout        *self,
                                                      double                   x);

/* Rows and y -------------------------------------------------------------------------------- */

double            td_timeline_layout_row_y           (TdTimelineLayout        *self,
                                                      guint                    row);
/* The row at content @y, G_MAXUINT when none. */
guint             td_timeline_layout_row_at_y        (TdTimelineLayout        *self,
                                                      double                   y);
/* Rows @first … @end - 1 are (partly) inside the rows area @height high scrolled by
 * @y_offset. Arithmetic: rows are all one height. */
void              td_timeline_layout_visible_rows    (TdTimelineLayout        *self,
                                                      double                   y_offset,
                                                      double                   height,
                                                      guint                   *first,
                                                      guint                   *end);
/* The y_offset that brings @row fully into a rows area @height high, moving as little
 * as possible from @y_offset. */
double            td_timeline_layout_scroll_to_row   (TdTimelineLayout        *self,
                                                      guint                    row,
                                                      double                   y_offset,
                                                      double                   height);
/* A task's bar (a milestone's diamond box) in content coordinates; FALSE when the task
 * has no row. */
gboolean          td_timeline_layout_get_bar         (TdTimelineLayout        *self,
                                                      guint                    task,
                                                      TdTimelineRect          *rect);
/* Bar geometry within a row: top and height, as shares of the row's height. */
#define TD_TIMELINE_BAR_TOP    0.22
#define TD_TIMELINE_BAR_HEIGHT 0.56

/* Hit testing and dragging ------------------------------------------------------------------ */

void              td_timeline_layout_hit_test        (TdTimelineLayout        *self,
                                                      double                   view_x,
                                                      double                   view_y,
                                                      double                   x_offset,
                                                      double                   y_offset,
                                                      TdTimelineHit           *hit);
/* Where a drag of @task by @dx (content units since the press) puts its days: snapped to
 * whole days, never an end before the start, and kept inside the year. Returns TRUE when
 * that differs from where the task is now. */
gboolean          td_timeline_layout_drag_days       (TdTimelineLayout        *self,
                                                      guint                    task,
                                                      TdTimelineDrag           drag,
                                                      double                   dx,
                                                      int                     *start,
                                                      int                     *end);

/* Keyboard ---------------------------------------------------------------------------------- */

/* The row @delta rows from @row (only task rows when @tasks_only), clamped to the first
 * or last such row; G_MAXUINT when there is none. From G_MAXUINT (nothing selected) a
 * step forward goes to the first row, a step back to the last. */
guint             td_timeline_layout_step_row        (TdTimelineLayout        *self,
                                                      guint                    row,
                                                      int                      delta,
                                                      gboolean                 tasks_only);
/* PageUp/PageDown: the first task row of the next (@delta > 0) or previous quarter
 * group that has one shown; @row itself when there is none. */
guint             td_timeline_layout_step_quarter    (TdTimelineLayout        *self,
                                                      guint                    row,
                                                      int                      delta);
/* Rows of quarter @quarter: its header and its task rows @first … @end - 1 (empty when
 * collapsed). FALSE when the quarter has no header shown. */
gboolean          td_timeline_layout_quarter_rows    (TdTimelineLayout        *self,
                                                      int                      quarter,
                                                      guint                   *header,
                                                      guint                   *first,
                                                      guint                   *end);

/* Time header ------------------------------------------------------------------------------- */

/* Days @first … @end - 1 of the year are in quarter 1–4 / month 1–12. */
void              td_timeline_layout_quarter_days    (TdTimelineLayout        *self,
                                                      int                      quarter,
                                                      int                     *first,
                                                      int                     *end);
void              td_timeline_layout_month_days      (TdTimelineLayout        *self,
                                                      int                      month,
                                                      int                     *first,
                                                      int                     *end);
/* Week lines (at Mondays) show at this zoom; *first_monday is the year's first. */
gboolean          td_timeline_layout_shows_weeks     (TdTimelineLayout        *self,
                                                      int                     *first_monday);
gboolean          td_timeline_layout_shows_days      (TdTimelineLayout        *self);
/* Content x of today's line (the middle of today); FALSE when today is not in the year. */
gboolean          td_timeline_layout_get_today_x     (TdTimelineLayout        *self,
                                                      double                  *x);

/* Words ------------------------------------------------------------------------------------- */

/* The printed words, Vietnamese whatever the UI language: "Th1" or "Tháng 1" (the quarters'
 * are td_quarter_label()'s). */
const char       *td_timeline_month_label            (int                      month,
                                                      gboolean                 abbreviated);
/* The status as the printed legend says it ("Quá hạn"), and as an English msgid for the
 * widget to translate with _() ("Overdue"). */
const char       *td_timeline_status_doc_label       (TdTimelineStatus         status);
const char       *td_timeline_status_msgid           (TdTimelineStatus         status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdTimelineLayout, td_timeline_layout_free)

G_END_DECLS
