/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the layout: td-timeline-layout.c (the model and its rows) and
 * td-timeline-layout-geometry.c (where they are on screen).
 */
#pragma once

#include "td-date.h"
#include "td-quarter.h"
#include "td-timeline-layout.h"

G_BEGIN_DECLS

struct _TdTimelineLayout
{
  int                year;
  int                n_days;
  gint64             epoch;          /* 1 January of the year, in days since 1970-01-01 */
  gboolean           has_today;
  gint64             today_epoch;
  int                month_first[13];  /* first day of each month; [12]: n_days */

  GArray            *tasks;          /* TdTimelineTask */
  GHashTable        *index_of_id;    /* gint64 → index + 1 */
  GHashTable        *units;          /* gint64 → GStrv, kept across set_tasks */

  int                filter_quarter;
  char              *filter_unit;
  guint              filter_statuses;
  TdTimelineView     filter_view;
  gboolean           collapsed[5];

  GArray            *rows;           /* TdTimelineRow */
  guint              quarter_row[5];
  guint              counts[TD_TIMELINE_N_STATUSES];

  TdTimelineMetrics  metrics;
  double             scale;
  double             width;
  double             height;
  double             ppd;
  TdTimelineZoom     zoom;
  int                zoom_anchor;

  guint              serial;
};

/* td-timeline-layout-geometry.c: fits the days to the viewport again, unless zoomed by hand. */
void     td_timeline_layout_refit    (TdTimelineLayout *self);

G_END_DECLS
