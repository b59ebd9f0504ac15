/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-document.h"

G_BEGIN_DECLS

/* A print operation set up for @document: A4, points, the document's own margins, its
 * title as the job's name and the PDF's title, and its file name (td-document.h's rule)
 * as Print to File's. */
GtkPrintOperation    *td_print_operation_new (TdDocument  *document);
/* The system print dialog, A4, the pages exactly as the PDF has them. */
gboolean              td_print_run           (GtkWindow   *parent,
                                              TdDocument  *document,
                                              GError     **error);
/* Asks where to save, under the document's file name, then writes the PDF
 * (td_print_save_pdf). Returns the chooser, which frees itself once answered. */
GtkFileChooserNative *td_print_export_pdf    (GtkWindow   *parent,
                                              TdDocument  *document);
/* Writes @document to @file and says so in a toast of @widget's window, with Open and
 * Show in Folder, or says what went wrong. */
gboolean              td_print_save_pdf      (GtkWidget   *widget,
                                              TdDocument  *document,
                                              GFile       *file);

G_END_DECLS
