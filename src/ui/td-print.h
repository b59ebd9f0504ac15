/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-document.h"

G_BEGIN_DECLS

/* A print operation set up for @document: A4, points, the document's own margins. */
GtkPrintOperation *td_print_operation_new (TdDocument *document);
/* The system print dialog, A4, the pages exactly as the PDF has them. */
gboolean   td_print_run               (GtkWindow   *parent,
                                       TdDocument  *document,
                                       GError     **error);
/* Asks where to save, then writes the PDF; errors end up in a toast of @parent. */
void       td_print_export_pdf        (GtkWindow   *parent,
                                       TdDocument  *document,
                                       const char  *suggested_name);
/* A window showing the pages before they are printed. */
GtkWindow *td_print_preview_new       (GtkWindow   *parent,
                                       TdDocument  *document);

G_END_DECLS
