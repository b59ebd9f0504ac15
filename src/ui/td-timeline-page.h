/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-context.h"
#include "td-timeline.h"
#include "td-unit-pane.h"

G_BEGIN_DECLS

#define TD_TYPE_TIMELINE_PAGE (td_timeline_page_get_type ())
G_DECLARE_FINAL_TYPE (TdTimelinePage, td_timeline_page, TD, TIMELINE_PAGE, GtkWidget)

/* The timeline with its zoom buttons, filters and a legend that is always shown: the plan
 * of its "year", read from its "context" when the page is shown. */
TdTimeline *td_timeline_page_get_timeline   (TdTimelinePage *self);
/* Presenting: the tool bar hides, the legend and the timeline stay, read-only. */
void        td_timeline_page_set_presenting (TdTimelinePage *self,
                                             gboolean        presenting);
void        td_timeline_page_clear_filter   (TdTimelinePage *self);
/* The store changed the plan: read it again now if shown, else when next shown. */
void        td_timeline_page_reload         (TdTimelinePage *self);
/* What the store says changed: one task's bar, the tasks, the units; another plan's
 * change is ignored, and a page not shown reads its plan again when next shown. */
void        td_timeline_page_apply_change   (TdTimelinePage *self,
                                             const TdChange *change);
/* The unit pane beside the chart ("show-unit-pane"), with each task's units named. */
gboolean    td_timeline_page_get_show_unit_pane (TdTimelinePage *self);
void        td_timeline_page_set_show_unit_pane (TdTimelinePage *self,
                                                 gboolean        show);
TdUnitPane *td_timeline_page_get_unit_pane  (TdTimelinePage *self);

G_END_DECLS
