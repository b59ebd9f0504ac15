/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The tables offices keep their lists in, read into rows of text: the first sheet of an
 * Excel or LibreOffice workbook (.xlsx, .ods), or a CSV or tab-separated text file, told
 * apart by what the file holds rather than by its name. Old Vietnamese encodings are
 * turned into Unicode on the way (td-legacy.h).
 */
#pragma once

#include <gio/gio.h>

#include "td-legacy.h"

G_BEGIN_DECLS

#define TD_TABLE_ERROR (td_table_error_quark ())

/* The messages say what is wrong in words a secretary understands, without the file's
 * name: the caller names the file ("danh-sach.xlsx: …"). */
typedef enum {
  TD_TABLE_ERROR_FILE,        /* the file cannot be read at all */
  TD_TABLE_ERROR_EMPTY,       /* nothing in it, or nothing in its first sheet */
  TD_TABLE_ERROR_DAMAGED,     /* not a spreadsheet, or a broken one */
  TD_TABLE_ERROR_OLD_FORMAT,  /* .xls of old Excel, or a web page saved as .xls */
  TD_TABLE_ERROR_NOT_TABLE,   /* a text document (.docx, .odt, .pdf) */
  TD_TABLE_ERROR_TOO_LARGE,   /* beyond what a list of a commune can be */
  TD_TABLE_ERROR_DATA,        /* a CSV row that cannot be split into cells */
} TdTableError;

GQuark td_table_error_quark (void);

typedef enum {
  TD_TABLE_FORMAT_CSV,
  TD_TABLE_FORMAT_XLSX,
  TD_TABLE_FORMAT_ODS,
} TdTableFormat;

typedef struct {
  guint   number;   /* the row as the spreadsheet shows it, from 1, the header counted */
  guint   n_cells;  /* up to the last cell that is not empty */
  char  **cells;    /* n_cells strings, "" for an empty cell, then NULL */
} TdTableRow;

typedef struct {
  TdTableFormat    format;
  TdTableEncoding  encoding;   /* as detected, or as asked for */
  char            *sheet;      /* the name of the sheet read, NULL for CSV */
  guint            n_columns;  /* the most cells of a row */
  GPtrArray       *rows;       /* TdTableRow, in order; rows with no text left out */
} TdTable;

void        td_table_free        (TdTable          *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdTable, td_table_free)

/* Reads the file at @path: the first sheet of a workbook (in the workbook's order), or
 * the rows of a text file. Every cell is UTF-8 in NFC; numbers are written as a person
 * would ("1978", "2.5"), dates as dd/mm/yyyy. With TD_TABLE_ENCODING_AUTO old Vietnamese
 * encodings are found out; any other encoding is used as told. */
TdTable    *td_table_read        (const char       *path,
                                  TdTableEncoding   encoding,
                                  GCancellable     *cancellable,
                                  GError          **error);

/* The same from bytes in memory (@name only for its extension, which may be NULL). */
TdTable    *td_table_read_bytes  (GBytes           *bytes,
                                  const char       *name,
                                  TdTableEncoding   encoding,
                                  GCancellable     *cancellable,
                                  GError          **error);

/* The cell @column of @row, "" beyond its last. */
const char *td_table_row_get     (const TdTableRow *row,
                                  guint             column);

/* Writes @rows (each a char ** of as many cells as @headers, NULL-terminated, NULL for
 * empty) under the bold @headers: .xlsx (column widths in characters from @widths, which
 * may be NULL; the header frozen) or .csv (UTF-8 with a byte-order mark, so that Excel
 * reads the Vietnamese right) by @path's extension. Written beside @path and renamed over
 * it, so a failure never leaves half a file. */
gboolean    td_table_write       (const char          *path,
                                  const char * const  *headers,
                                  const int           *widths,
                                  GPtrArray           *rows,
                                  GError             **error);

/* The same written straight to @path (which may be there, and is overwritten) as @format,
 * CSV or XLSX whatever the name, for a caller that makes the write safe itself, as
 * td_file_replace() and the command line's output do. */
gboolean    td_table_write_format (const char         *path,
                                   TdTableFormat       format,
                                   const char * const *headers,
                                   const int          *widths,
                                   GPtrArray          *rows,
                                   GError            **error);

G_END_DECLS
