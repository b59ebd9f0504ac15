/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-change.h"
#include "td-store.h"
#include "td-subject-editor.h"
#include "td-subject.h"

G_BEGIN_DECLS

#define TD_TYPE_SUBJECT_LIST (td_subject_list_get_type ())
G_DECLARE_FINAL_TYPE (TdSubjectList, td_subject_list, TD, SUBJECT_LIST, GtkWidget)

/* The units, the people or the households of the office: a table of only the rows in view,
 * sorted by any column in Vietnamese order, searched as typed with or without diacritics,
 * filtered by kind or village, counted, with the editor of the chosen one beside it. */
TdSubjectList   *td_subject_list_new           (TdSubjectKind  kind);
TdSubjectKind    td_subject_list_get_kind      (TdSubjectList *self);
/* Reads @store's subjects, with their counts of @year, when next shown (now if shown). */
void             td_subject_list_set_store     (TdSubjectList *self,
                                                TdStore       *store,
                                                int            year);
void             td_subject_list_reload        (TdSubjectList *self);
void             td_subject_list_apply_change  (TdSubjectList *self,
                                                const TdChange *change);
/* Puts the cursor in the search entry. */
void             td_subject_list_start_search  (TdSubjectList *self);
/* Opens the editor on a new subject, the cursor in its name. */
void             td_subject_list_add           (TdSubjectList *self);
/* Selects @id and opens it in the editor (showing the archived ones if it is). */
gboolean         td_subject_list_select        (TdSubjectList *self,
                                                gint64         id);
/* What the table shows: after the search and the filters, in the sorted order; read from
 * the store now if it is still being read. */
GListModel      *td_subject_list_get_shown     (TdSubjectList *self);
/* Whether the store is being read, on a worker thread, for the rows. */
gboolean         td_subject_list_is_loading    (TdSubjectList *self);
GtkListView     *td_subject_list_get_view      (TdSubjectList *self);
GtkEditable     *td_subject_list_get_search    (TdSubjectList *self);
/* NULL until a subject is first opened. */
TdSubjectEditor *td_subject_list_get_editor    (TdSubjectList *self);
GtkLabel        *td_subject_list_get_count     (TdSubjectList *self);

G_END_DECLS
