/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The columns of the lists of units, people and households: what each shows and how it
 * sorts, as a table per kind of subject.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-subject.h"

G_BEGIN_DECLS

/* Adds @kind's columns to @view, each sortable, the name's first. */
void        td_subject_columns_add         (GtkColumnView *view,
                                            TdSubjectKind  kind);
/* "Units", "People", "Households", translated. */
const char *td_subject_kind_title          (TdSubjectKind  kind);
/* "20.000 households", or "12 of 20.000 households" while @shown < @total. */
char       *td_subject_count_text          (TdSubjectKind  kind,
                                            guint          shown,
                                            guint          total);

G_END_DECLS
