/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A subject of emulation, as the lists of units, people and households show it: one type
 * for the three, so one list widget and one import serve them all.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  TD_SUBJECT_UNIT,       /* đơn vị: thôn, trường, HTX … */
  TD_SUBJECT_PERSON,     /* cá nhân: cán bộ, công chức, người lao động */
  TD_SUBJECT_HOUSEHOLD,  /* hộ gia đình */
} TdSubjectKind;

/* What a user types into, one at a time (the list's cells, an import's columns). */
typedef enum {
  TD_SUBJECT_FIELD_NAME,        /* unit's name, person's name, household's head */
  TD_SUBJECT_FIELD_UNIT_KIND,   /* unit: a code of td_unit_kind_codes() */
  TD_SUBJECT_FIELD_HEAD,        /* unit: who leads it */
  TD_SUBJECT_FIELD_POSITION,    /* person: chức vụ */
  TD_SUBJECT_FIELD_MEMBERS,     /* unit, household: how many people; blank when unknown */
  TD_SUBJECT_FIELD_PHONE,
  TD_SUBJECT_FIELD_PARENT_NAME, /* person: their unit; household: their village (thôn) */
  TD_SUBJECT_FIELD_BIRTH_YEAR,  /* person: blank when unknown */
  TD_SUBJECT_FIELD_ADDRESS,     /* household */
  TD_SUBJECT_FIELD_NOTE,
} TdSubjectField;

#define TD_TYPE_SUBJECT (td_subject_get_type ())
G_DECLARE_FINAL_TYPE (TdSubject, td_subject, TD, SUBJECT, GObject)

/* An empty subject of @kind, id 0 (not stored): fill it with td_subject_set_field(), then
 * td_store_add_subject() or an import. A unit's kind starts as "other". */
TdSubject     *td_subject_new                (TdSubjectKind    kind);

TdSubjectKind  td_subject_get_kind           (TdSubject       *self);
gint64         td_subject_get_id             (TdSubject       *self);
/* Strings are never NULL: "" where the field does not apply or is empty. */
const char    *td_subject_get_name           (TdSubject       *self);
const char    *td_subject_get_unit_kind      (TdSubject       *self);
const char    *td_subject_get_head           (TdSubject       *self);
const char    *td_subject_get_position       (TdSubject       *self);
/* -1 when unknown. */
int            td_subject_get_members        (TdSubject       *self);
const char    *td_subject_get_phone          (TdSubject       *self);
/* The person's unit, the household's village (for a unit: the unit it belongs to);
 * 0 and "" when none. */
gint64         td_subject_get_parent_id      (TdSubject       *self);
const char    *td_subject_get_parent_name    (TdSubject       *self);
/* 0 when unknown. */
int            td_subject_get_birth_year     (TdSubject       *self);
const char    *td_subject_get_address        (TdSubject       *self);
const char    *td_subject_get_note           (TdSubject       *self);
gboolean       td_subject_get_archived       (TdSubject       *self);
/* For the year the subject was read for: a unit's tasks in that year's plan, and each
 * subject's registrations and awards in that year. 0 for a subject not read from a store. */
guint          td_subject_get_n_tasks        (TdSubject       *self);
guint          td_subject_get_n_registrations (TdSubject      *self);
guint          td_subject_get_n_awards       (TdSubject       *self);

/* td_fold() of the name, the parent's name, the head (unit) or position (person) and the
 * phone, separated by "\n": a folded needle is searched in it with strstr(), so filtering
 * 20,000 rows folds nothing. Computed once (again after a td_subject_set_field()). */
const char    *td_subject_get_search_key     (TdSubject       *self);
/* td_collate_key() of the name, made the first time it is asked for: sort by strcmp(). */
const char    *td_subject_get_sort_key       (TdSubject       *self);

/* The field as text, as a user would type it: members and birth year as digits, "" when
 * unknown. */
char          *td_subject_dup_field_text     (TdSubject       *self,
                                              TdSubjectField   field);
/* Sets @field from what a user typed, trimmed; on wrong input leaves the subject as it
 * was and sets a TD_STORE_ERROR_INVALID error in words ("“19a8” is not a year"). A field
 * that does not apply to the subject's kind is an error too. A unit kind may be typed as
 * its code or its label ("Thôn/xóm", in English or Vietnamese). Setting the parent's name
 * forgets the parent's id: the store looks the name up when it saves. */
gboolean       td_subject_set_field          (TdSubject       *self,
                                              TdSubjectField   field,
                                              const char      *text,
                                              GError         **error);
/* Whether subjects of @kind have @field. */
gboolean       td_subject_kind_has_field     (TdSubjectKind    kind,
                                              TdSubjectField   field);
/* The field's name for a heading or a message, translated: "Name", "Head of household" … */
const char    *td_subject_field_label        (TdSubjectKind    kind,
                                              TdSubjectField   field);

/* The codes a unit's kind may have, in the order a menu lists them, NULL-terminated:
 * "village", "school", "cooperative", "health", "agency", "department", "union",
 * "steering", "council", "other". */
const char * const *td_unit_kind_codes       (void);
/* The translated label of a unit kind's code ("Village/hamlet" → "Thôn/xóm"); the code
 * itself when unknown. */
const char    *td_unit_kind_label            (const char      *code);
/* The code for what a user typed: a code, or a label in English or in Vietnamese, in any
 * case and with or without diacritics; NULL when it is none of them. */
const char    *td_unit_kind_parse            (const char      *text);

G_END_DECLS
