/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the painter: td-timeline-paint.c (the painter, its text and its
 * frames), -rows.c, -header.c and -marks.c.
 */
#pragma once

#include <math.h>
#include <pango/pangocairo.h>

#include "td-timeline-paint.h"

G_BEGIN_DECLS

typedef enum {
  FONT_ROW,
  FONT_SMALL,
  FONT_BOLD,
  FONT_SMALL_BOLD,
  N_FONTS
} FontRole;

/* A row's text, shaped once. */
typedef struct {
  char             *content;          /* what it was made from */
  char             *responsible;
  int               number;
  TdTimelineStatus  status;
  int               progress;
  int               content_width;    /* Pango units it is ellipsized to */
  int               units_width;
  PangoLayout      *number_layout;
  PangoLayout      *content_layout;
  PangoLayout      *units_layout;     /* NULL until units are shown */
  PangoLayout      *progress_layout;  /* "45%"; NULL until needed */
} RowText;

struct _TdTimelinePainter
{
  PangoContext         *context;
  GHashTable           *rows;         /* gint64 (id, text scale) → RowText */
  GHashTable           *labels;       /* "scale|role|text" → PangoLayout */
  char                 *family;       /* the font the caches were made with */
  double                font_size;
  guint                 name_lines;
  gboolean              wrap_names;
  double                scale;        /* of the font descriptions below */
  PangoFontDescription *fonts[N_FONTS];
  GHashTable           *stamps;       /* marks as small images on screen, for: */
  TdTimelineColor       stamp_colors[TD_TIMELINE_N_STATUSES + 1];
  double                stamp_scale;
  cairo_pattern_t      *hatch;        /* the overdue hatch on screen, for: */
  TdTimelineColor       hatch_color;
  int                   hatch_size;
  double                hatch_scale;
  double                device_scale; /* 0: the target's */
  guint                 n_created;
  guint                 n_painted;
  GHashTable           *emphasis;     /* gint64 task id → TdTimelineEmphasis, last paint */
};

/* Where things go in a frame, worked out once per paint from the layout and the style. */
typedef struct {
  TdTimelinePainter     *self;
  cairo_t               *cr;
  TdTimelineLayout      *layout;
  const TdTimelineStyle *style;
  const TdTimelineMarks *marks;
  TdTimelineMetrics      m;
  double                 x_offset;
  double                 width;
  double                 ppd;
  double                 fs;          /* row font size */
  double                 lw;          /* a hairline */
  double                 pad;
  double                 glyph;       /* status glyph's size */
  double                 number_end;  /* where numbers end (right-aligned) */
  double                 text_x;      /* where content starts */
  double                 text_end;
  double                 units_x;
  double                 units_end;
  cairo_pattern_t       *hatch;       /* NULL: stripes drawn one by one */
  const double          *row_heights; /* by row; NULL: every row m.row_height */
} Frame;

typedef enum {
  STAMP_STATUS,      /* the name column's glyph; variant: status × 16 + eighths done */
  STAMP_WARNING,     /* the overdue sign after a bar */
  STAMP_CHECK_ON,    /* a check on a done bar */
  STAMP_CHECK_DONE,  /* a check after a bar too short to hold it */
} StampKind;

/* Drawing helpers every part of a frame uses. */

static inline void
set_color (cairo_t               *cr,
           const TdTimelineColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static inline void
set_color_alpha (cairo_t               *cr,
                 const TdTimelineColor *color,
                 double                 alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static inline void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  /* No current point left behind for the next arc to join. */
  cairo_new_path (cr);
}

static inline double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static inline double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static inline double
layout_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

/* A vertical hairline at @x from @y0 to @y1: a filled rectangle on pixel boundaries on
 * screen (crisp, and cheaper than a stroke). */
static inline void
vline (Frame  *f,
       double  x,
       double  y0,
       double  y1)
{
  if (f->style->snap_to_pixels)
    cairo_rectangle (f->cr, floor (x), y0, 1, y1 - y0);
  else
    cairo_rectangle (f->cr, x - f->lw / 2, y0, f->lw, y1 - y0);
}

static inline void
hline (Frame  *f,
       double  x0,
       double  x1,
       double  y)
{
  if (f->style->snap_to_pixels)
    cairo_rectangle (f->cr, x0, floor (y), x1 - x0, 1);
  else
    cairo_rectangle (f->cr, x0, y - f->lw / 2, x1 - x0, f->lw);
}

/* Row @row's height: grown on paper to hold its text, else the layout's. */
static inline double
row_h (Frame *f,
       guint  row)
{
  return f->row_heights != NULL ? f->row_heights[row] : f->m.row_height;
}

static inline double
view_x (Frame  *f,
        double  day)
{
  return f->m.name_width + day * f->ppd - f->x_offset;
}

/* The days in view, whole. */
static inline void
visible_days (Frame *f,
              int   *first,
              int   *end)
{
  int n_days = td_timeline_layout_get_n_days (f->layout);

  *first = CLAMP ((int) floor (f->x_offset / f->ppd), 0, n_days);
  *end = CLAMP ((int) ceil ((f->x_offset + f->width - f->m.name_width) / f->ppd) + 1, 0, n_days);
}

/* td-timeline-paint.c: the painter's fonts and text. */
void             td_timeline_painter_use_style  (TdTimelinePainter     *self,
                                                 const TdTimelineStyle *style);
PangoLayout     *td_timeline_painter_label      (TdTimelinePainter     *self,
                                                 FontRole               role,
                                                 const char            *text);
RowText         *td_timeline_frame_row_text     (Frame                 *f,
                                                 const TdTimelineTask  *task);

/* td-timeline-paint-rows.c */
/* Of @task in this frame: dimmed while another unit is highlighted. */
TdTimelineEmphasis td_timeline_frame_emphasis   (Frame                 *f,
                                                 const TdTimelineTask  *task);
/* The height of a task's content and units as they are set in its name cell. */
double           td_timeline_frame_name_height  (Frame                 *f,
                                                 const TdTimelineTask  *task);
void             td_timeline_frame_paint_body   (Frame                 *f,
                                                 guint                  first,
                                                 guint                  end,
                                                 double                 y_first,
                                                 double                 y0,
                                                 double                 y1);

/* td-timeline-paint-header.c */
void             td_timeline_frame_paint_header (Frame                 *f,
                                                 double                 y0);
/* The header's labels for a header at @y0 (TdTimelineHeaderLabel, text NULL: in the
 * PangoLayout after each), as painted. */
typedef struct {
  TdTimelineHeaderLabel  label;
  PangoLayout           *layout;
  double                 shrink;      /* drawn at this share of its shaped size */
  const TdTimelineColor *color;
} HeaderLabel;
void             td_timeline_frame_header_labels (Frame                *f,
                                                  double                y0,
                                                  GArray               *labels);

/* td-timeline-paint-marks.c */
void             td_timeline_rounded_rect       (cairo_t               *cr,
                                                 double                 x,
                                                 double                 y,
                                                 double                 w,
                                                 double                 h,
                                                 double                 r);
void             td_timeline_diamond            (cairo_t               *cr,
                                                 double                 cx,
                                                 double                 cy,
                                                 double                 half);
void             td_timeline_draw_bar           (cairo_t               *cr,
                                                 const TdTimelineStyle *style,
                                                 cairo_pattern_t       *hatch,
                                                 gboolean               check,
                                                 TdTimelineStatus       status,
                                                 int                    progress,
                                                 double                 x,
                                                 double                 y,
                                                 double                 w,
                                                 double                 h,
                                                 double                 lw);
void             td_timeline_draw_milestone     (cairo_t               *cr,
                                                 const TdTimelineStyle *style,
                                                 TdTimelineStatus       status,
                                                 double                 cx,
                                                 double                 cy,
                                                 double                 half,
                                                 double                 lw);
cairo_pattern_t *td_timeline_painter_hatch      (TdTimelinePainter     *self,
                                                 cairo_t               *cr,
                                                 const TdTimelineStyle *style,
                                                 double                 bar_h);
void             td_timeline_frame_stamp        (Frame                 *f,
                                                 StampKind              kind,
                                                 int                    variant,
                                                 double                 cx,
                                                 double                 cy,
                                                 double                 size);
void             td_timeline_frame_badge        (Frame                 *f,
                                                 const TdTimelineTask  *task,
                                                 RowText               *text,
                                                 double                 x,
                                                 double                 y,
                                                 double                 bar_w,
                                                 double                 h);

G_END_DECLS
