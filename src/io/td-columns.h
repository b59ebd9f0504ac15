/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Which column of an office's list holds what, from its Vietnamese heading: "Họ và tên",
 * "Chủ hộ", "Thôn, xóm", "Năm sinh"… compared without diacritics, case, spaces or
 * punctuation, so "HỌ VÀ TÊN", "Họ và tên:" and "Ho va ten" are one heading.
 */
#pragma once

#include <glib.h>

#include "td-subject.h"
#include "td-table.h"

G_BEGIN_DECLS

typedef enum {
  TD_LIST_UNITS,
  TD_LIST_PEOPLE,
  TD_LIST_HOUSEHOLDS,
} TdListKind;

typedef enum {
  TD_FIELD_NONE,         /* a heading not known: the column is not read */
  TD_FIELD_NAME,         /* the unit's, the person's, the head of household's */
  TD_FIELD_UNIT_KIND,
  TD_FIELD_HEAD,         /* who leads the unit */
  TD_FIELD_POSITION,
  TD_FIELD_MEMBERS,
  TD_FIELD_PHONE,
  TD_FIELD_PARENT_NAME,  /* the village of a household, the unit of a person */
  TD_FIELD_BIRTH_YEAR,
  TD_FIELD_ADDRESS,
  TD_FIELD_NOTE,
  TD_FIELD_IGNORE,       /* known and left out on purpose: "STT" */
  TD_N_FIELDS,
} TdField;

/* The kind of subject a list of @kind holds, and back. */
TdSubjectKind td_list_kind_get_subject_kind (TdListKind     kind);
TdListKind    td_list_kind_for_subject      (TdSubjectKind  kind);

/* The subject's field @field is, for td_subject_set_field(); FALSE for NONE and IGNORE. */
gboolean    td_field_get_subject_field (TdField          field,
                                        TdSubjectField  *subject_field);

/* The field a column headed @heading holds in a list of @kind: an office's Vietnamese
 * heading, or one our export writes (in English or in the user's language). */
TdField     td_columns_match        (TdListKind        kind,
                                     const char       *heading);

/* The fields of @header's cells, one TdField (as int) per column of @table; no field but
 * NONE and IGNORE is given twice, the first column keeping it. */
GArray     *td_columns_map          (TdListKind        kind,
                                     const TdTableRow *header,
                                     guint             n_columns);

/* The index in @table->rows of the header row: the first of the first ten rows with two
 * headings or more that are known, below a title block; -1 when none is. */
int         td_columns_find_header  (TdListKind        kind,
                                     const TdTable    *table);

/* The year of a "Năm sinh" or "Ngày sinh" cell: "1978", "12/05/1978", "12-5-1978",
 * "1978-05-12", "05/1978"; 0 when it holds no year from 1900 to 2100. */
int         td_columns_parse_year   (const char       *cell);

/* The field's name as the import dialog shows it, translated. */
const char *td_field_get_title      (TdField           field);

G_END_DECLS
