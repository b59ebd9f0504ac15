/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-cli-table.h"
#include "td-document.h"

G_BEGIN_DECLS

/* The printed documents of the command line's table, written as PDF with no display:
 * the database is opened read-only (nothing in it is created, updated or backed up). */
gboolean td_export_plan_pdf     (const TdCliJob  *job,
                                 GError         **error);
gboolean td_export_timeline_pdf (const TdCliJob  *job,
                                 GError         **error);

/* The command line's export of @what ("plan", "timeline", "tasks") of @year to @output,
 * its format from @output's extension, as `thidua --export` does it; TD_CLI_ERROR on
 * failure, its message naming the file that is wrong. */
/* Writes @document as the job's PDF; @document NULL (it could not be made from the
 * database) says so with @why. */
gboolean td_export_write_pdf    (const TdCliJob  *job,
                                 TdDocument      *document,
                                 const GError    *why,
                                 GError         **error);

gboolean td_export_document     (const char      *database,
                                 const char      *what,
                                 int              year,
                                 const char      *output,
                                 GError         **error);

G_END_DECLS
