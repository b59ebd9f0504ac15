/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The plan view's rows of prose, built in td-plan-view-parts.c: the heading, a section and
 * the signature, as the printed page sets them, with the hints shown on screen only.
 */
#pragma once

#include "td-plan-view.h"

G_BEGIN_DECLS

/* A wrapping label of the page, in @css_class (may be NULL), centred when @xalign is 0.5. */
GtkWidget *_td_plan_view_label     (const char *text,
                                    const char *css_class,
                                    float       xalign);
/* From the issuing body to the sentence before the parts, under a hint on how to edit. */
GtkWidget *_td_plan_view_heading   (TdPlan     *plan);
GtkWidget *_td_plan_view_section   (TdSection  *section);
/* "Nơi nhận:" with the recipients, and the signature block. */
GtkWidget *_td_plan_view_signature (TdPlan     *plan);

G_END_DECLS
