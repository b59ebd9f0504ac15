/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A row of a subject list, and the headings above the rows: each one widget that draws its
 * columns' text itself. GTK 4.8's list views keep ~200 rows realised and make them anew
 * when their items go; a row of one widget costs a seventh of a row of seven labels, and
 * over slots (td-slot-model.h) a row is not made anew at all while a search narrows.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-slot-model.h"
#include "td-subject.h"

G_BEGIN_DECLS

#define TD_TYPE_SUBJECT_ROW (td_subject_row_get_type ())
G_DECLARE_FINAL_TYPE (TdSubjectRow, td_subject_row, TD, SUBJECT_ROW, GtkWidget)

GtkWidget *td_subject_row_new      (TdSubjectKind  kind);
/* Shows what @slot holds, and what it holds next; NULL lets go of it. */
void       td_subject_row_set_slot (TdSubjectRow  *self,
                                    TdSlot        *slot);
/* The texts of the columns shown, separated by " | ", for tests and for screen readers. */
char      *td_subject_row_dup_text (TdSubjectRow  *self);

#define TD_TYPE_SUBJECT_HEADER (td_subject_header_get_type ())
G_DECLARE_FINAL_TYPE (TdSubjectHeader, td_subject_header, TD, SUBJECT_HEADER, GtkWidget)

/* Signal "sort" (guint column): a heading was clicked. */
GtkWidget *td_subject_header_new      (TdSubjectKind    kind);
/* Marks @column as the one sorted, ▲ or ▼. */
void       td_subject_header_set_sort (TdSubjectHeader *self,
                                       guint            column,
                                       gboolean         descending);

G_END_DECLS
