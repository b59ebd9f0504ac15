/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A TdSubject's fields, for the store that fills them from a row (thousands at a time,
 * with no property machinery) and reads them to save.
 */
#pragma once

#include "td-subject.h"

G_BEGIN_DECLS

struct _TdSubject
{
  GObject        parent_instance;

  TdSubjectKind  kind;
  gint64         id;
  char          *name;
  char          *unit_kind;
  char          *head;
  char          *position;
  int            members;
  char          *phone;
  gint64         parent_id;
  char          *parent_name;
  int            birth_year;
  char          *address;
  char          *note;
  gboolean       archived;
  guint          n_tasks;
  guint          n_registrations;
  guint          n_awards;

  char          *search_key;
  char          *sort_key;
};

/* The text of a field left empty in a row the store read: shared, never freed (20,000
 * households read would make and drop 100,000 ""). */
extern char td_subject_no_text[1];

/* A subject whose strings are all NULL: the caller sets every one of them. */
TdSubject  *td_subject_new_empty (TdSubjectKind kind);
/* Replaces a string field (never NULL afterwards) and forgets the keys made from it. */
void  td_subject_take_string  (TdSubject  *self,
                               char      **field,
                               char       *value);
/* The text of what a field holds, for the store's SQL: "" for a string field not set. */
const char *td_subject_peek_string (TdSubject      *self,
                                    TdSubjectField  field);

/* A name as duplicates are told: folded (td_fold()), its spaces trimmed and each run of
 * them one space, so "Lý  Văn Tám " is "ly van tam". */
char       *td_subject_fold_name (const char *name);
/* Why a subject cannot be without a name, in words. */
const char *td_subject_blank_name_message (TdSubjectKind kind);

G_END_DECLS
