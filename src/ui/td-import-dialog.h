/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-store.h"
#include "td-subject.h"
#include "td-table.h"

G_BEGIN_DECLS

#define TD_TYPE_IMPORT_DIALOG (td_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TdImportDialog, td_import_dialog, TD, IMPORT_DIALOG, AdwWindow)

/* Importing a list of units, people or households from a spreadsheet or a CSV file: the
 * file is read off the main thread; its first rows are shown with what each column holds,
 * guessed from its heading and changeable; every row is checked before anything is
 * written, and the rows that are wrong are listed by number; then all rows go in at once,
 * on a connection of their own in a worker thread, with progress and Cancel. A backup of
 * the file is made first.
 *
 * Signal "imported" (guint added, guint matched): the rows are in the file. */
TdImportDialog *td_import_dialog_new            (GtkWindow      *parent,
                                                 TdStore        *store,
                                                 TdSubjectKind   kind,
                                                 GFile          *file);
/* What column @column is imported as; -1 for "not imported". */
int             td_import_dialog_get_column     (TdImportDialog *self,
                                                 guint           column);
void            td_import_dialog_set_column     (TdImportDialog *self,
                                                 guint           column,
                                                 int             field);
/* "reading", "preview", "problems" or "importing". */
const char     *td_import_dialog_get_state      (TdImportDialog *self);
/* The rows that are wrong, one a line, as shown; "" when none. */
const char     *td_import_dialog_get_problems   (TdImportDialog *self);
/* Checks and imports, as the Import button does. */
void            td_import_dialog_import         (TdImportDialog *self);

G_END_DECLS
