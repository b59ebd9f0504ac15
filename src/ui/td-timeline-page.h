/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-timeline.h"

G_BEGIN_DECLS

#define TD_TYPE_TIMELINE_PAGE (td_timeline_page_get_type ())
G_DECLARE_FINAL_TYPE (TdTimelinePage, td_timeline_page, TD, TIMELINE_PAGE, GtkWidget)

/* The timeline with its zoom buttons, filters and a legend that is always shown. */
void        td_timeline_page_set_plan       (TdTimelinePage *self,
                                             TdStore        *store,
                                             TdPlan         *plan);
TdTimeline *td_timeline_page_get_timeline   (TdTimelinePage *self);
/* Presenting: the tool bar hides, the legend and the timeline stay, read-only. */
void        td_timeline_page_set_presenting (TdTimelinePage *self,
                                             gboolean        presenting);
void        td_timeline_page_clear_filter   (TdTimelinePage *self);
/* What the store says changed in the page's plan: one task's bar, the tasks, the units. */
void        td_timeline_page_apply_change   (TdTimelinePage *self,
                                             const TdChange *change);

G_END_DECLS
