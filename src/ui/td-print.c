/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * GTK glue over the document engine: the print dialog and PDF export draw the same pages
 * with td_document_draw_page(), as the preview (td-preview.c) does.
 */
#define G_LOG_DOMAIN "td-print"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "td-print.h"
#include "td-toast.h"

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 TdDocument        *document)
{
  td_document_draw_page (document, gtk_print_context_get_cairo_context (context), page);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   TdDocument        *document)
{
  cairo_surface_t *target = cairo_get_target (gtk_print_context_get_cairo_context (context));

  gtk_print_operation_set_n_pages (operation, td_document_get_n_pages (document));
  /* Print to File makes a PDF that would have no title: it gets the exported PDF's. */
  if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF)
    cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_TITLE,
                                    td_document_get_title (document));
}

/* Each page on paper of its own orientation: a landscape annex after a portrait body. */
static void
on_request_page_setup_cb (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page,
                          GtkPageSetup      *setup,
                          TdDocument        *document)
{
  double width, height;

  td_document_get_nth_page_size (document, page, &width, &height);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

GtkPrintOperation *
td_print_operation_new (TdDocument *document)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autofree char *basename = NULL;
  double width, height;

  g_return_val_if_fail (TD_IS_DOCUMENT (document), NULL);

  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  td_document_get_page_size (document, &width, &height);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The document draws its own margins, in points, from the paper's corner. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, td_document_get_title (document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  /* Print to File offers the name Export PDF does, not "output.pdf" (GTK adds ".pdf"). */
  settings = gtk_print_settings_new ();
  basename = td_document_dup_filename (document, NULL);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_operation_set_print_settings (operation, settings);

  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_cb), document, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), document, 0);
  g_signal_connect_object (operation, "request-page-setup",
                           G_CALLBACK (on_request_page_setup_cb), document, 0);
  return operation;
}

gboolean
td_print_run (GtkWindow   *parent,
              TdDocument  *document,
              GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = td_print_operation_new (document);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  parent, error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
td_print_save_pdf (GtkWidget  *widget,
                   TdDocument *document,
                   GFile      *file)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (TD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      td_toast_show_message (widget, _("The PDF can only be saved in a folder of this computer"));
      return FALSE;
    }
  if (!td_document_export_pdf (document, path, &error))
    {
      td_toast_show_error (widget, error);
      return FALSE;
    }
  td_toast_show_saved (widget, file);
  return TRUE;
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       TdDocument      *document)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);

  if (response == GTK_RESPONSE_ACCEPT && parent != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      td_print_save_pdf (GTK_WIDGET (parent), document, file);
    }
  g_object_unref (chooser);
}

GtkFileChooserNative *
td_print_export_pdf (GtkWindow  *parent,
                     TdDocument *document)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  g_return_val_if_fail (TD_IS_DOCUMENT (document), NULL);

  chooser = gtk_file_chooser_native_new (_("Export PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = td_document_dup_filename (document, "pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_signal_connect_data (chooser, "response", G_CALLBACK (on_export_response_cb),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return chooser;
}
