/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the subjects' store: td-store-subjects.c (reading),
 * td-store-subjects-edit.c (editing) and td-store-subjects-import.c (import, merge).
 */
#pragma once

#include "td-store-private.h"
#include "td-store-subjects.h"
#include "td-subject-private.h"

G_BEGIN_DECLS

/* "unit", "person", "household". */
const char   *td_store_subject_table       (TdSubjectKind  kind);
TdChangeWhat  td_store_subject_change      (TdSubjectKind  kind);
/* The unit a user named: the one of exactly that name, else the only one the same once
 * folded ("thon 2" for "Thôn 2"), a village first when @village; 0 when none (or, folded,
 * when several are alike). */
gint64        td_store_find_unit_named     (TdStore       *self,
                                            const char    *name,
                                            gboolean       village,
                                            GError       **error);
/* Whether @a and @b (of one kind, their parents' ids known) are one subject entered
 * twice, as td_store_find_duplicates() says; ids are not looked at. */
gboolean      td_subject_doubles           (TdSubject     *a,
                                            TdSubject     *b);
/* Whether the subject is in the file. */
gboolean      td_store_subject_exists      (TdStore       *self,
                                            TdSubjectKind  kind,
                                            gint64         id);

/* Inserts @subject with @parent_id (0: none) inside the caller's transaction; its id, or 0
 * with @error set. Nothing is checked but by the table. */
gint64        td_store_insert_subject      (TdStore       *self,
                                            TdSubject     *subject,
                                            gint64         parent_id,
                                            GError       **error);

G_END_DECLS
