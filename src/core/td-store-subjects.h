/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The subjects of emulation: units (thôn, trường, HTX …), people (cán bộ, công chức) and
 * households (hộ gia đình, thousands of them), read as lists of TdSubject in Vietnamese
 * order, edited a field at a time, archived rather than deleted once they have a history,
 * and imported all or nothing.
 */
#pragma once

#include "td-store.h"
#include "td-subject.h"
#include "td-unit.h"

G_BEGIN_DECLS

/* Every unit not archived, in Vietnamese name order. */
GListModel    *td_store_list_units             (TdStore         *self,
                                                GError         **error);

/* A unit and how many tasks of a year's plan it carries out. */
typedef struct {
  TdUnit *unit;
  guint   n_tasks;
} TdUnitTasks;

/* Every unit with its count of tasks in @year's plan (0 for all when the year has no
 * plan): those with tasks first, then the others, each part in name order. One query,
 * whatever the number of units. A GArray of TdUnitTasks, which drops the units with it. */
GArray        *td_store_count_unit_tasks       (TdStore         *self,
                                                int              year,
                                                GError         **error);

/* Every subject of @kind (the archived ones too when @with_archived), in Vietnamese name
 * order, with their counts for @year: a GListStore of TdSubject. A few queries whatever
 * the number of rows (20,000 households list in a few tens of milliseconds). */
GListModel    *td_store_list_subjects          (TdStore         *self,
                                                TdSubjectKind    kind,
                                                int              year,
                                                gboolean         with_archived,
                                                GError         **error);
/* One subject, with its counts for @year; TD_STORE_ERROR_NOT_FOUND when there is none. */
TdSubject     *td_store_get_subject            (TdStore         *self,
                                                TdSubjectKind    kind,
                                                gint64           id,
                                                int              year,
                                                GError         **error);

/* Adds @fields (a TdSubject not stored, whose kind says where) as one step of Undo ("Add
 * Unit", "Add Person", "Add Household") and returns its id; 0 with @error set when the
 * name is blank, when its parent's name is no unit (no unit is made for it), or when the
 * same subject is already there (TD_STORE_ERROR_EXISTS, in words, see
 * td_store_find_duplicates()). */
gint64         td_store_add_subject            (TdStore         *self,
                                                TdSubject       *fields,
                                                GError         **error);
/* Saves one field from what a user typed, checked as td_subject_set_field() does. Typing
 * into one field of one row is one step of Undo. TD_SUBJECT_FIELD_PARENT_NAME names an
 * existing unit (a person's) or village (a household's), or is blank for none: an
 * unknown name is an error, nothing is made. A unit's new name must not be another's. */
gboolean       td_store_set_subject_field      (TdStore         *self,
                                                TdSubjectKind    kind,
                                                gint64           id,
                                                TdSubjectField   field,
                                                const char      *text,
                                                GError         **error);
/* Whether anything else points at the subject: tasks, registrations, scores or awards
 * (and for a unit, its people and households, and the units under it). Such a subject is
 * archived, not deleted. */
gboolean       td_store_has_history            (TdStore         *self,
                                                TdSubjectKind    kind,
                                                gint64           id,
                                                GError         **error);
/* Deletes the subject when it has no history, otherwise archives it (*@archived TRUE, if
 * given), as one step of Undo: "Delete Unit" or "Archive Unit" (Person, Household). */
gboolean       td_store_remove_subject         (TdStore         *self,
                                                TdSubjectKind    kind,
                                                gint64           id,
                                                gboolean        *archived,
                                                GError         **error);
/* Archives the subject or brings it back, as one step of Undo. */
gboolean       td_store_set_subject_archived   (TdStore         *self,
                                                TdSubjectKind    kind,
                                                gint64           id,
                                                gboolean         archived,
                                                GError         **error);
/* The stored subjects (TdSubject, archived ones too) that @candidate would double: a unit
 * of the same kind with the same name once folded; a person with the same folded name in
 * the same unit (and the same birth year when both are known); a household whose head has
 * the same folded name in the same village. Never @candidate itself (by id). Empty when
 * there is none. */
GPtrArray     *td_store_find_duplicates        (TdStore         *self,
                                                TdSubject       *candidate,
                                                GError         **error);
/* Makes @drop_id's tasks, people, households, sub-units, registrations, awards and scores
 * @keep_id's, then deletes @drop_id: one step of Undo, "Merge Units". Where both have a
 * score for one criterion, @keep_id's stays. */
gboolean       td_store_merge_units            (TdStore         *self,
                                                gint64           keep_id,
                                                gint64           drop_id,
                                                GError         **error);

typedef void (*TdStoreImportProgress) (guint    done,
                                       guint    total,
                                       gpointer user_data);

/* Adds @subjects (TdSubject of @kind, not stored) all or nothing, in one transaction and
 * one step of Undo ("Import Households" …). A row that is the same subject as a stored one
 * or an earlier row (as td_store_find_duplicates() says) is matched, not doubled: its
 * blank fields are filled from the row. Parents are looked up by name; an unknown village
 * is added as a unit of kind "village", an unknown unit of a person as kind "other".
 * @n_added and @n_matched (each may be NULL) count the rows. @progress, if given, is
 * called now and then on the calling thread. When @cancellable is cancelled nothing is
 * kept and @error is G_IO_ERROR_CANCELLED.
 *
 * Meant for a worker thread, on a TdStore of its own opened on the same file: the window's
 * store keeps reading meanwhile, and sees the import once it commits (td_store_check_external()). */
/* The import's step as Undo names it: "Import Households". */
const char    *td_store_import_subjects_label  (TdSubjectKind    kind);
gboolean       td_store_import_subjects        (TdStore         *self,
                                                TdSubjectKind    kind,
                                                GPtrArray       *subjects,
                                                guint           *n_added,
                                                guint           *n_matched,
                                                GCancellable    *cancellable,
                                                TdStoreImportProgress progress,
                                                gpointer         user_data,
                                                GError         **error);

G_END_DECLS
