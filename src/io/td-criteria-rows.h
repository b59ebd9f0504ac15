/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A criteria tree (tiêu chí thi đua) read from an office's table and written back: a row a
 * criterion with its code, name and standard points (and, when the table has them, its
 * content, target, target unit and note); the tree made from the codes — Roman groups
 * ("I", "II."), criteria ("1", "2."), items ("1.1", "2.2.1."), and lettered items ("a)")
 * under the last numbered one. What is wrong is said by the spreadsheet's row and the
 * column's heading ("Row 7: Điểm chuẩn: “abc” is not a number of points…"), and nothing
 * is imported while anything is.
 */
#pragma once

#include "td-criteria-tree.h"
#include "td-table.h"

G_BEGIN_DECLS

typedef enum {
  TD_CRITERIA_COLUMN_NONE,
  TD_CRITERIA_COLUMN_CODE,
  TD_CRITERIA_COLUMN_NAME,
  TD_CRITERIA_COLUMN_CONTENT,
  TD_CRITERIA_COLUMN_TARGET,
  TD_CRITERIA_COLUMN_TARGET_UNIT,
  TD_CRITERIA_COLUMN_POINTS,
  TD_CRITERIA_COLUMN_NOTE,
} TdCriteriaColumn;

typedef struct {
  guint  row;      /* as the spreadsheet numbers it, from 1 */
  int    column;   /* the table's column, from 0; -1 for the row as a whole */
  char  *message;  /* translated and whole: "Row 7: Điểm: “abc” is not a number of points…" */
} TdCriteriaRowError;

void      td_criteria_row_error_free    (TdCriteriaRowError  *error);

/* The column a heading names: an office's Vietnamese ("Mã số", "Tên tiêu chí", "Điểm
 * chuẩn", "Nội dung", "Chỉ tiêu", "ĐVT", "Ghi chú", in any case, with or without marks) or
 * one our export writes. */
TdCriteriaColumn td_criteria_column_match (const char        *heading);

/* Reads @table into criteria (TdCriterion, not stored, in the file's order) with, for each,
 * the index of its parent in *@parents (int, -1 at the top), as td_store_import_criteria()
 * takes them, and its spreadsheet row in *@row_numbers (guint). The header is the first of
 * the first ten rows that names the name column, or the code and points columns; a table
 * without one is read as code, name, points, content, target, note. Blank rows, a row of
 * column numbers under the header and a total row ("Tổng cộng") are skipped. A negative
 * standard is a penalty's. An item (a row with no row under it) needs its standard.
 *
 * Returns TRUE when every row is right. Always sets *@row_errors (TdCriteriaRowError, in
 * row order) when given; sets the rest only when TRUE. FALSE with @error (TD_TABLE_ERROR,
 * TD_TABLE_ERROR_EMPTY) when the table holds no criteria at all. */
gboolean  td_criteria_from_table        (const TdTable       *table,
                                         GPtrArray          **criteria,
                                         GArray             **parents,
                                         GArray             **row_numbers,
                                         GPtrArray          **row_errors,
                                         GError             **error);

/* A copy of @error of td_store_import_criteria() with its "Row N" (counting the criteria
 * from 1) made the spreadsheet's row from @row_numbers; a plain copy when it names none. */
GError   *td_criteria_rows_locate_error (const GError        *error,
                                         GArray              *row_numbers);

/* @tree as rows for td_table_write(): the headings (translated) in *@headers, the widths in
 * characters (int) in *@widths, a GStrv of cells a criterion in reading order — code, name,
 * content, target, unit, points ("2.5"; a heading's the standard it states, else its sum),
 * note — which td_criteria_from_table() reads back as the same tree. */
GPtrArray *td_criteria_to_rows          (TdCriteriaTree      *tree,
                                         GStrv               *headers,
                                         GArray             **widths);
/* Writes @tree to @path as .xlsx or .csv (by its extension) with td_table_write(). */
gboolean  td_criteria_write             (TdCriteriaTree      *tree,
                                         const char          *path,
                                         GError             **error);

G_END_DECLS
