/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Files for the readers' tests, made by the tests: zips written part by part from XML
 * strings (with libgsf, as a workbook's own writer would), text in any bytes.
 */
#pragma once

#include "td-table.h"

G_BEGIN_DECLS

/* A fresh temporary folder for one test, and a path in it. */
char    *td_test_io_path       (const char         *name);

/* Writes @contents (@length bytes; -1 for a string) to @path. */
void     td_test_io_write      (const char         *path,
                                const char         *contents,
                                gssize              length);

/* Writes a zip at @path from pairs of a member's name and its text, NULL-ended. */
void     td_test_io_zip        (const char         *path,
                                ...) G_GNUC_NULL_TERMINATED;

/* Reads @path, failing the test on an error. */
TdTable *td_test_io_read       (const char         *path,
                                TdTableEncoding     encoding);

/* The message of the error reading @path gives, failing the test when it reads. */
char    *td_test_io_read_error (const char         *path,
                                int                 code);

/* Asserts row @index of @table: its number and its cells joined by "|". */
#define td_test_io_assert_row(table, index, number, cells) \
  td_test_io_check_row (__FILE__, __LINE__, (table), (index), (number), (cells))

void     td_test_io_check_row  (const char         *file,
                                int                 line,
                                const TdTable      *table,
                                guint               index,
                                guint               number,
                                const char         *cells);

/* The first sheet of a workbook, with @sheet_data inside <sheetData>, and a shared strings
 * part holding @strings (NULL: none). */
void     td_test_io_xlsx       (const char         *path,
                                const char         *sheet_data,
                                const char         *strings);

/* An .ods with @rows inside its first <table:table>. */
void     td_test_io_ods        (const char         *path,
                                const char         *rows);

G_END_DECLS
