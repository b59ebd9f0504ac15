/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Comma-separated values as RFC 4180 writes them, and as spreadsheets write them back:
 * UTF-8 with or without a byte-order mark, `,` `;` or a tab between fields (Excel writes
 * `;` where the decimal mark is a comma, as in Vietnam, and tabs in its "Unicode text"),
 * CRLF or LF line ends. */

/* The byte-order mark that makes Excel read a CSV file as UTF-8. */
#define TD_CSV_BOM "\xEF\xBB\xBF"

/* Appends one record to @out: each field quoted when it holds the separator, a quote, a
 * line break or spaces at an end; quotes doubled; ended with CRLF. */
void       td_csv_append_row        (GString            *out,
                                     const char * const *fields,
                                     guint               n_fields);

typedef struct {
  guint  line;      /* where the record starts in the file, from 1 */
  GStrv  fields;
} TdCsvRow;

void       td_csv_row_free          (TdCsvRow           *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdCsvRow, td_csv_row_free)

/* The separator of @data: whichever of `,` `;` and tab its first lines hold the same
 * number of times, outside quotes (`,` when none). */
char       td_csv_detect_separator  (const char         *data,
                                     gsize               length);

/* The records of @data, blank lines left out, as TdCsvRow. On failure the error's message
 * says what is wrong and on which line ("line 4: a quoted field is not closed"); the
 * caller names the file. */
GPtrArray *td_csv_parse             (const char         *data,
                                     gsize               length,
                                     GError            **error);

G_END_DECLS
