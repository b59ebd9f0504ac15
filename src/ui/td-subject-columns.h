/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The columns of the lists of units, people and households: what each shows, how wide it
 * is and how it sorts, as a table per kind of subject.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-subject.h"
#include "td-drawn-row.h"

G_BEGIN_DECLS

typedef struct _TdSubjectColumn TdSubjectColumn;

/* How many columns @kind's list has, and its @index-th (the name's first). */
guint        td_subject_columns_count                (TdSubjectKind          kind);
const TdSubjectColumn *td_subject_columns_get        (TdSubjectKind          kind,
                                                      guint                  index);
/* The heading, translated. */
const char  *td_subject_column_get_title             (TdSubjectKind          kind,
                                                      const TdSubjectColumn *column);
/* Numbers are aligned on the right. */
gboolean     td_subject_column_is_numeric            (const TdSubjectColumn *column);
/* What the cell of @subject shows; blank for a count of nothing. */
char        *td_subject_column_dup_text              (const TdSubjectColumn *column,
                                                      TdSubject             *subject);
/* Vietnamese order for text, numbers by value; ties in the names' order. */
int          td_subject_column_compare               (const TdSubjectColumn *column,
                                                      TdSubject             *a,
                                                      TdSubject             *b);
GtkSorter   *td_subject_column_new_sorter            (const TdSubjectColumn *column,
                                                      gboolean               descending);
/* The columns of @kind's list, for its drawn rows and headings (td-drawn-row.h). */
TdDrawnColumns *td_subject_columns_new_table        (TdSubjectKind          kind);
/* Where each column starts in a row @width wide, for a font whose average character is
 * @char_width: x[i] for column i, x[n] the end; a column that does not fit (on a narrow
 * window) is given no width, the last ones first, never the name. */
void         td_subject_columns_layout               (TdSubjectKind          kind,
                                                      int                    width,
                                                      int                    char_width,
                                                      int                   *x);

/* "Units", "People", "Households", translated. */
const char  *td_subject_kind_title                   (TdSubjectKind          kind);
/* "20.000 households", or "12 of 20.000 households" while @shown < @total. */
char        *td_subject_count_text                   (TdSubjectKind          kind,
                                                      guint                  shown,
                                                      guint                  total);

G_END_DECLS
