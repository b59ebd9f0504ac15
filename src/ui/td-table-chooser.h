/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The file choosers of a table read from or written to a spreadsheet (a list of units, a
 * criteria set): modal, with the kinds of file the readers and writers know.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* To open a .xlsx, .ods, .csv or .txt file. */
GtkFileChooserNative *td_table_chooser_new_open (GtkWindow  *parent,
                                                 const char *title);
/* To save as .xlsx or .csv, suggesting @name. */
GtkFileChooserNative *td_table_chooser_new_save (GtkWindow  *parent,
                                                 const char *title,
                                                 const char *name);

G_END_DECLS
