/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The rows of an office's list (a TdTable) made into units, people or households to
 * import: each cell set as if typed into the list (td_subject_set_field()), and what is
 * wrong said by the row the spreadsheet shows and the column's own heading ("Row 37: Năm
 * sinh: “19a8” is not a year…"). One reading for the command line and the import dialog.
 */
#pragma once

#include "td-columns.h"
#include "td-subject.h"
#include "td-table.h"

G_BEGIN_DECLS

typedef struct {
  guint  row;      /* as the spreadsheet numbers it, from 1 */
  int    column;   /* the table's column, from 0; -1 for the row as a whole */
  char  *message;  /* translated and whole: "Row 37: Năm sinh: “19a8” is not a year: …" */
} TdSubjectRowError;

void       td_subject_row_error_free       (TdSubjectRowError  *error);

/* The header row of @table for a list of @kind (an index into @table->rows) and the field
 * of each of its columns (td_columns_map()). NULL with @error set (TD_TABLE_ERROR,
 * TD_TABLE_ERROR_DATA, in words, without the file's name) when no row of the first ten
 * looks like a header, or when no column holds the name. */
GArray    *td_subject_columns_find         (const TdTable      *table,
                                            TdSubjectKind       kind,
                                            guint              *header,
                                            GError            **error);

/* Reads the rows of @table below @header (an index into @table->rows) into TdSubjects of
 * @kind, not stored, in the file's order, as td_store_import_subjects() takes them.
 * @map gives each column's TdField (as int), as td_subject_columns_find() or the import
 * dialog's choices make it; columns beyond it, NONE and IGNORE columns and fields @kind
 * does not have are not read. Empty cells leave a field blank. A date of birth gives its
 * year. Rows with nothing in the columns read are skipped, as is a row of column numbers
 * ("(1) (2) (3)") right under the header.
 *
 * Always sets *@subjects (the rows that could be read; the caller frees it) and, when
 * given, *@row_numbers (a guint for each subject: its spreadsheet row) and *@row_errors
 * (TdSubjectRowError, in row order, one for each field of a row that is wrong). Returns
 * TRUE when no row has an error. */
gboolean   td_subjects_from_table          (const TdTable      *table,
                                            TdSubjectKind       kind,
                                            guint               header,
                                            GArray             *map,
                                            GPtrArray         **subjects,
                                            GArray            **row_numbers,
                                            GPtrArray         **row_errors);

/* A copy of @error of td_store_import_subjects() on the subjects read above, its "Row N"
 * (which counts the subjects from 1) made the spreadsheet's row from @row_numbers, which
 * *@row (if given) is set to; a plain copy, and 0, when it names no row. */
GError    *td_subject_rows_locate_error    (const GError       *error,
                                            GArray             *row_numbers,
                                            guint              *row);

/* @subjects (TdSubject) as a list of @kind is written out, the same columns for the command
 * line and the list's Export…: the headings (translated labels) in *@headers, the widths in
 * characters (int) in *@widths, and a GStrv of cells a subject; the kind of a unit as the
 * list names it, which an import reads back. */
GPtrArray *td_subjects_to_rows             (TdSubjectKind       kind,
                                            GListModel         *subjects,
                                            GStrv              *headers,
                                            GArray            **widths);

G_END_DECLS
