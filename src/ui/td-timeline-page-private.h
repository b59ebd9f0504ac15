/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the timeline page: td-timeline-page.c (the tool bar, the legend,
 * the plan read from the store) and td-timeline-page-units.c (the unit pane beside it).
 */
#pragma once

#include "td-timeline-page.h"
#include "td-unit-pane.h"

G_BEGIN_DECLS

struct _TdTimelinePage
{
  GtkWidget       parent_instance;

  TdContext      *context;
  int             year;
  /* The zoom last chosen with the Year, Quarter and Month buttons, by its name. */
  char           *zoom;
  gint64          plan_id;
  /* The year or the store changed while the page was not shown: read when it is. */
  gboolean        stale;
  gboolean        presenting;
  gboolean        show_unit_pane;
  /* The pane's units and counts are to be read again when it can next be seen. */
  gboolean        pane_stale;
  guint           pane_idle;

  TdStore        *store;
  /* The units offered by the unit filter, after "All units". */
  GPtrArray      *units;

  GtkWidget      *box;
  GtkWidget      *toolbar;
  GtkLabel       *presentation_title;
  GtkLabel       *ended_label;
  GtkLabel       *highlight_label;
  GtkDropDown    *view_dropdown;
  GtkDropDown    *quarter_dropdown;
  GtkDropDown    *unit_dropdown;
  GtkStringList  *unit_list;
  GtkDropDown    *status_dropdown;
  GtkWidget      *clear_button;
  GtkToggleButton *units_toggle;
  GtkFlowBox     *legend;
  TdTimeline     *timeline;
  AdwFlap        *flap;
  TdUnitPane     *unit_pane;
};

/* td-timeline-page.c */
GParamSpec *_td_timeline_page_pspec_show_units (void);

/* td-timeline-page-units.c */
void        _td_timeline_page_init_units       (TdTimelinePage *self);
/* The units of the task selected on the timeline, marked in the pane. */
void        _td_timeline_page_mark_units       (TdTimelinePage *self);
/* Every unit with its count of the year's tasks, read now. */
void        _td_timeline_page_load_units       (TdTimelinePage *self);
/* Read again soon if the pane can be seen, else when it next can. */
void        _td_timeline_page_invalidate_units (TdTimelinePage *self);
void        _td_timeline_page_set_show_units   (TdTimelinePage *self,
                                                gboolean        show);
/* Presenting, the line that says whose tasks are highlighted. */
void        _td_timeline_page_update_highlight (TdTimelinePage *self);

G_END_DECLS
