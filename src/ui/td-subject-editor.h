/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-change.h"
#include "td-store.h"
#include "td-subject.h"

G_BEGIN_DECLS

#define TD_TYPE_SUBJECT_EDITOR (td_subject_editor_get_type ())
G_DECLARE_FINAL_TYPE (TdSubjectEditor, td_subject_editor, TD, SUBJECT_EDITOR, GtkWidget)

/* The side pane of a list: one unit, person or household, saved as it is typed, with its
 * duplicates pointed out, Delete (or Archive, when it has a history), Restore and, for a
 * unit, Merge Into.
 *
 * Signals: "show-subject" (gint64 id): the user asked to see another subject (a duplicate,
 * the unit merged into); "added" (gint64 id): a new subject was saved for the first time;
 * "done": the pane has nothing more to show (closed, deleted). */
TdSubjectEditor *td_subject_editor_new          (TdSubjectKind    kind);
TdSubjectKind    td_subject_editor_get_kind     (TdSubjectEditor *self);
void             td_subject_editor_set_store    (TdSubjectEditor *self,
                                                 TdStore         *store,
                                                 int              year);
/* Edits the subject @id; 0 starts a new one, saved once it has a name. */
void             td_subject_editor_edit         (TdSubjectEditor *self,
                                                 gint64           id);
/* The subject edited: 0 while a new one has no name yet. */
gint64           td_subject_editor_get_id       (TdSubjectEditor *self);
/* The store changed: the subject edited is read again, unless the editor made the change
 * (what is typed stays as typed). */
void             td_subject_editor_apply_change (TdSubjectEditor *self,
                                                 const TdChange  *change);
/* The entry of @field, for tests and for focus: NULL when the kind has no such field. */
GtkWidget       *td_subject_editor_get_field    (TdSubjectEditor *self,
                                                 TdSubjectField   field);

G_END_DECLS
