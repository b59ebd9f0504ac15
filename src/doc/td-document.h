/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "td-doc-layout.h"

G_BEGIN_DECLS

#define TD_DOCUMENT_ERROR (td_document_error_quark ())

typedef enum {
  TD_DOCUMENT_ERROR_FAILED,
  /* The snapshot cannot make the document (a plan with no year). */
  TD_DOCUMENT_ERROR_INVALID,
} TdDocumentError;

#define TD_TYPE_DOCUMENT (td_document_get_type ())
G_DECLARE_FINAL_TYPE (TdDocument, td_document, TD, DOCUMENT, GObject)

/* A printable document: its blocks, laid out and paginated once, on first use, and then
 * the same pages for the print dialog, PDF export and the command line. The content
 * builders (td-plan-doc.h, …) make them. */

GQuark       td_document_error_quark      (void);

/* Takes @layout over; @title goes into the PDF's metadata, the print job's name and the
 * names files are suggested under. */
TdDocument  *td_document_new              (TdDocLayout  *layout,
                                           const char   *title);
const char  *td_document_get_title        (TdDocument   *self);
TdDocLayout *td_document_get_layout       (TdDocument   *self);
/* The year the document is of (0: none), for the file names it suggests. */
int          td_document_get_year         (TdDocument   *self);
void         td_document_set_year         (TdDocument   *self,
                                           int           year);

/* The one rule for the names files are suggested under, wherever one is offered (the
 * print dialog's Print to File, Export PDF, a spreadsheet): @name with its accents taken
 * off (đ is d), its words joined by "-", the year after them unless the name has it, and
 * ".@ext" (none when NULL): "Kế hoạch thi đua, khen thưởng", 2022, "pdf" gives
 * "Ke-hoach-thi-dua-khen-thuong-2022.pdf". ASCII letters and digits only, so that the
 * name is the same on every disk, mail and memory stick. */
char        *td_document_suggest_filename (const char   *name,
                                           int           year,
                                           const char   *ext);
/* td_document_suggest_filename() of the document's title and year. */
char        *td_document_dup_filename     (TdDocument   *self,
                                           const char   *ext);

/* Lays out lazily, once. */
int          td_document_get_n_pages      (TdDocument   *self);
void         td_document_get_page_size    (TdDocument   *self,
                                           double       *width_pt,
                                           double       *height_pt);
/* The size of page @index (0-based), which may differ from the first page's: a
 * landscape annex, say; in points. */
void         td_document_get_nth_page_size (TdDocument  *self,
                                            int          index,
                                            double      *width_pt,
                                            double      *height_pt);
/* Draws page @index (0-based) with the page's top-left at the origin, in points; with a
 * GtkPrintOperation, set its unit to points and use_full_page. */
void         td_document_draw_page        (TdDocument   *self,
                                           cairo_t      *cr,
                                           int           index);
/* Writes every page to @path; an existing file there is replaced only when all went well. */
gboolean     td_document_export_pdf       (TdDocument   *self,
                                           const char   *path,
                                           GError      **error);
/* The text of page @index in reading order, one printed line per line (tests, a11y). */
char        *td_document_dup_page_text    (TdDocument   *self,
                                           int           index);

G_END_DECLS
