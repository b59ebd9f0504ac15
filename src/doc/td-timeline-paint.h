/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "td-timeline-layout.h"

G_BEGIN_DECLS

/* The timeline's one painter, for the widget and for printing: it draws from a
 * TdTimelineLayout onto any cairo_t, only what is in view, and keeps the text of the rows
 * it has drawn (PangoLayouts by task id and text scale) so that a frame shapes no text for
 * rows already seen. A frame's cost follows the viewport, not the number of tasks. */

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} TdTimelineColor;

typedef struct {
  TdTimelineColor  background;         /* the chart */
  TdTimelineColor  foreground;         /* text */
  TdTimelineColor  dim_foreground;     /* numbers, units, counts */
  TdTimelineColor  header_background;  /* the time header and the corner over the names */
  TdTimelineColor  name_background;    /* the name column */
  TdTimelineColor  band;               /* the shade of QUÝ II and QUÝ IV */
  TdTimelineColor  group_background;   /* quarter header rows */
  TdTimelineColor  grid;               /* month lines, the column's edge */
  TdTimelineColor  grid_minor;         /* week and day lines, row rules */
  TdTimelineColor  today;              /* the today line and its label */
  TdTimelineColor  accent;             /* selection and the drag ghost */
  TdTimelineColor  hover;
  TdTimelineColor  on_status;          /* marks drawn on a full bar (check, "!") */
  TdTimelineColor  status[TD_TIMELINE_N_STATUSES];
  double           track;              /* how much of a status colour the part of a bar
                                        * not done yet has, over the background */
  const char      *font_family;
  double           font_size;          /* row text at text_scale 1: px on screen, pt on paper */
  double           text_scale;         /* larger in presentation mode */
  guint            name_lines;         /* lines of content in a row: 1 on screen, 2 on paper */
  gboolean         wrap_names;         /* content and units in full, on as many lines as
                                        * they take, never cut with "…" (paper; rows grow:
                                        * td_timeline_painter_row_height) */
  gboolean         expanders;          /* the quarter rows' disclosure triangles: screen only */
  gboolean         show_units;         /* who carries the task out, beside its content */
  gboolean         snap_to_pixels;     /* crisp 1 px lines on screen; not on paper */
  const char      *number_heading;     /* over the numbers ("TT"); NULL: none */
  const char      *name_heading;       /* over the contents; NULL: none */
  const char      *units_heading;      /* over the units, when shown; NULL: none */
  const char      *today_label;        /* "Hôm nay" here; the widget gives _("Today") */
  const char * const *month_names;     /* 12 names ("January"); NULL: the printed "Tháng 1" */
  const char * const *month_abbrevs;   /* 12 short ones ("Jan"); NULL: the printed "Th1" */
} TdTimelineStyle;

/* GNOME's palette on a light or a dark background, the Vietnamese labels, one line of
 * names, 13 px Cantarell-or-sans. The widget overrides what its theme says. */
void   td_timeline_style_init_light (TdTimelineStyle        *style);
void   td_timeline_style_init_dark  (TdTimelineStyle        *style);
/* The opaque colours a bar of @status is painted with: the part done (progress) and the
 * part still to do. */
void   td_timeline_style_bar_colors (const TdTimelineStyle  *style,
                                     TdTimelineStatus        status,
                                     TdTimelineColor        *done,
                                     TdTimelineColor        *todo);

/* What the user is doing, drawn over the chart. Tasks by id, so they survive rebuilds. */
typedef struct {
  gint64   selected;       /* 0: none */
  gint64   hover;          /* 0: none */
  int      focus_quarter;  /* a quarter header row with the keyboard focus; 0: none */
  gint64   ghost;          /* the task being dragged; 0: none */
  int      ghost_start;    /* where it would go, days from 1 January */
  int      ghost_end;
  gboolean hide_today;
  /* A unit's name: its tasks are drawn as ever and the others' bars and names at reduced
   * contrast, none hidden (the unit pane; presenting too). NULL: none. */
  const char *highlight_unit;
} TdTimelineMarks;

/* How the last paint drew a task's row (td_timeline_painter_get_emphasis). */
typedef enum {
  TD_TIMELINE_EMPHASIS_NONE,         /* not drawn: out of view, filtered or folded */
  TD_TIMELINE_EMPHASIS_NORMAL,       /* no unit highlighted */
  TD_TIMELINE_EMPHASIS_HIGHLIGHTED,  /* a task of the unit highlighted */
  TD_TIMELINE_EMPHASIS_DIMMED,       /* another task, while a unit is highlighted */
} TdTimelineEmphasis;

typedef enum {
  TD_TIMELINE_LEGEND_PLANNED,
  TD_TIMELINE_LEGEND_IN_PROGRESS,
  TD_TIMELINE_LEGEND_DONE,
  TD_TIMELINE_LEGEND_OVERDUE,
  TD_TIMELINE_LEGEND_CANCELLED,
  TD_TIMELINE_LEGEND_MILESTONE,
  TD_TIMELINE_LEGEND_TODAY,
  TD_TIMELINE_LEGEND_N_ITEMS,
} TdTimelineLegendItem;

/* "Mốc thời gian", and the English msgid for the widget's _() ("Milestone"). */
const char *td_timeline_legend_doc_label (TdTimelineLegendItem item);
const char *td_timeline_legend_msgid     (TdTimelineLegendItem item);

typedef struct _TdTimelinePainter TdTimelinePainter;

/* @context: the widget's (gtk_widget_create_pango_context) or the document's; NULL makes
 * one of its own at 96 dpi. */
TdTimelinePainter *td_timeline_painter_new          (PangoContext          *context);
void               td_timeline_painter_free         (TdTimelinePainter     *self);

/* The whole view: the time header on top, the name column on the left, the rows under
 * and beside them scrolled by the offsets, clipped to @width × @height at the origin. */
void               td_timeline_painter_paint        (TdTimelinePainter     *self,
                                                     cairo_t               *cr,
                                                     TdTimelineLayout      *layout,
                                                     const TdTimelineStyle *style,
                                                     const TdTimelineMarks *marks,
                                                     double                 x_offset,
                                                     double                 y_offset,
                                                     double                 width,
                                                     double                 height);
/* The parts, for printing: the header (header_height high) at the origin, and rows
 * @first … @end - 1 with the top of @first at the origin, each @row_heights[row] high
 * (indexed by row; NULL: all the layout's row height). */
void               td_timeline_painter_paint_header (TdTimelinePainter     *self,
                                                     cairo_t               *cr,
                                                     TdTimelineLayout      *layout,
                                                     const TdTimelineStyle *style,
                                                     const TdTimelineMarks *marks,
                                                     double                 x_offset,
                                                     double                 width);
void               td_timeline_painter_paint_rows   (TdTimelinePainter     *self,
                                                     cairo_t               *cr,
                                                     TdTimelineLayout      *layout,
                                                     const TdTimelineStyle *style,
                                                     const TdTimelineMarks *marks,
                                                     double                 x_offset,
                                                     guint                  first,
                                                     guint                  end,
                                                     const double          *row_heights,
                                                     double                 width);
/* How high row @row must be to show all its text in @style, @width wide: the layout's row
 * height, or more for a task whose text wraps onto more lines (wrap_names). */
double             td_timeline_painter_row_height   (TdTimelinePainter     *self,
                                                     TdTimelineLayout      *layout,
                                                     const TdTimelineStyle *style,
                                                     guint                  row,
                                                     double                 width);

/* The legend, its items flowing over lines @width wide from (@x, @y), after @title if
 * any; @labels: TD_TIMELINE_LEGEND_N_ITEMS strings, NULL for the printed Vietnamese ones.
 * "Today" only @with_today: a chart of another year has no today line to explain.
 * Returns its height; with @cr NULL it only measures. */
double             td_timeline_paint_legend         (TdTimelinePainter     *self,
                                                     cairo_t               *cr,
                                                     const TdTimelineStyle *style,
                                                     const char            *title,
                                                     const char * const    *labels,
                                                     gboolean               with_today,
                                                     double                 x,
                                                     double                 y,
                                                     double                 width);
/* One item's symbol (a small bar with its marks, a diamond, the today line) in a box, so
 * that the widget can draw its own legend beside the canvas with the same marks. */
void               td_timeline_paint_legend_symbol  (cairo_t               *cr,
                                                     const TdTimelineStyle *style,
                                                     TdTimelineLegendItem   item,
                                                     double                 x,
                                                     double                 y,
                                                     double                 width,
                                                     double                 height);

/* Where the painter puts what it reads -------------------------------------------------- */

typedef enum {
  TD_TIMELINE_LABEL_QUARTER,    /* "QUÝ II" */
  TD_TIMELINE_LABEL_MONTH,      /* "Th4", "Tháng 4", or the style's words */
  TD_TIMELINE_LABEL_DAY,        /* a Monday's or, zoomed in further, every day's number */
} TdTimelineLabelKind;

typedef struct {
  TdTimelineLabelKind kind;
  int                 index;    /* quarter 1–4, month 1–12, day of the year */
  char               *text;
  TdTimelineRect      rect;     /* as drawn: view x, y from the top of the header */
} TdTimelineHeaderLabel;

/* The time header's labels as td_timeline_painter_paint() would draw them for that view:
 * one form for every month (names where the narrowest month holds the widest name, short
 * forms otherwise, shrunk rather than left out), and no day number over a month's label.
 * An array of TdTimelineHeaderLabel, which frees their text. */
GArray            *td_timeline_painter_get_header_labels (TdTimelinePainter     *self,
                                                          TdTimelineLayout      *layout,
                                                          const TdTimelineStyle *style,
                                                          double                 x_offset,
                                                          double                 width);
/* The lines task @task's content takes in the name column with @style, as painted (the
 * last one ellipsized when *@ellipsized); their height in *@height. */
GStrv              td_timeline_painter_dup_name_lines    (TdTimelinePainter     *self,
                                                          TdTimelineLayout      *layout,
                                                          const TdTimelineStyle *style,
                                                          guint                  task,
                                                          gboolean              *ellipsized,
                                                          double                *height);

/* On screen the painter keeps small marks and the overdue hatch as images, made at the
 * target's device scale. Where the target does not know it (a GtkSnapshot's cairo node
 * records at scale 1), give the widget's scale factor here; 0 asks the target again. */
void               td_timeline_painter_set_device_scale (TdTimelinePainter *self,
                                                         double             scale);

/* The text cache: dropped when the font changes; this drops it now. */
void               td_timeline_painter_clear_cache  (TdTimelinePainter     *self);
/* For tests and benchmarks: PangoLayouts made since the painter was, rows drawn by the
 * last paint, rows whose text is cached. */
guint              td_timeline_painter_get_n_layouts_created (TdTimelinePainter *self);
guint              td_timeline_painter_get_n_rows_painted    (TdTimelinePainter *self);
guint              td_timeline_painter_get_n_cached_rows     (TdTimelinePainter *self);
/* How the last paint (or paint_rows) drew task @task_id's row. */
TdTimelineEmphasis td_timeline_painter_get_emphasis          (TdTimelinePainter *self,
                                                              gint64             task_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdTimelinePainter, td_timeline_painter_free)

G_END_DECLS
