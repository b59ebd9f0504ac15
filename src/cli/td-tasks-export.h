/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-cli-table.h"

G_BEGIN_DECLS

/* The tasks of a year, one row each, the columns of td-task-columns.h after a header row:
 * as CSV (UTF-8 with a byte-order mark, so that Excel reads Vietnamese right; RFC 4180
 * quoting; CRLF) and as an Excel workbook (dates as dates shown dd/mm/yyyy, the header
 * bold and frozen). */
gboolean td_tasks_export_csv  (const TdCliJob  *job,
                               GError         **error);
gboolean td_tasks_export_xlsx (const TdCliJob  *job,
                               GError         **error);

G_END_DECLS
