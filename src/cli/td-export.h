/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TD_EXPORT_ERROR (td_export_error_quark ())

typedef enum {
  TD_EXPORT_ERROR_USAGE,    /* what cannot be exported, or a missing --year / --output */
  TD_EXPORT_ERROR_OUTPUT,   /* the output would overwrite the database or a backup */
} TdExportError;

GQuark              td_export_error_quark (void);

/* What --export can write: "plan", "timeline"; NULL-terminated. */
const char * const *td_export_kinds       (void);

/* The command line's export, with no display: opens @database read-only (nothing in it
 * is created, updated or backed up), builds the document @what of @year and writes it as
 * a PDF to @output, refusing an @output that is the database, one of its companion files
 * or a backup. The error's message names the file that is wrong. */
gboolean            td_export_document    (const char  *database,
                                           const char  *what,
                                           int          year,
                                           const char  *output,
                                           GError     **error);

G_END_DECLS
