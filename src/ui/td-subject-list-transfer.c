/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A list's Import… and Export…: list.import asks for a spreadsheet and hands it to the
 * import dialog; list.export writes the rows shown (after the search and filters, in their
 * order) as .xlsx or .csv, on a worker thread, the rows' text copied first so the worker
 * reads nothing the window may change.
 */
#define G_LOG_DOMAIN "td-subject-list"

#include "config.h"

#include <glib/gi18n.h>

#include "td-table-chooser.h"
#include "td-document.h"
#include "td-import-dialog.h"
#include "td-subject-columns.h"
#include "td-subject-list-private.h"
#include "td-table.h"
#include "td-subject-rows.h"
#include "td-toast.h"

/* Every field of the kind, in the order a spreadsheet of it reads. */
/* Import ------------------------------------------------------------------------------------ */

static void
on_imported_cb (TdSubjectList *self,
                guint          added,
                guint          matched)
{
  g_autofree char *n_added = g_strdup_printf (ngettext ("%'u added", "%'u added", added), added);
  /* TRANSLATORS: after "20 added": rows that were already in the list. */
  g_autofree char *message = g_strdup_printf (ngettext ("%s, %'u matched", "%s, %'u matched",
                                                        matched), n_added, matched);

  td_toast_offer_undo (GTK_WIDGET (self), message);
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       TdSubjectList   *self)
{
  g_autoptr(GFile) file = NULL;
  TdImportDialog *dialog;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      dialog = td_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     self->store, self->kind, file);
      g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TdSubjectList *self = TD_SUBJECT_LIST (widget);
  GtkFileChooserNative *chooser =
    td_table_chooser_new_open (GTK_WINDOW (gtk_widget_get_root (widget)), _("Import a List"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export ------------------------------------------------------------------------------------ */

typedef struct {
  char      *path;
  GStrv      headers;
  GArray    *widths;
  GPtrArray *rows;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->path);
  g_strfreev (job->headers);
  g_array_unref (job->widths);
  g_ptr_array_unref (job->rows);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!td_table_write (job->path, (const char * const *) job->headers,
                       (const int *) job->widths->data, job->rows, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  TdSubjectList *self = TD_SUBJECT_LIST (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (job->path);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    td_toast_show_error (GTK_WIDGET (self), error);
  else
    td_toast_show_saved (GTK_WIDGET (self), file);
}

/* The rows shown, as text, in the columns the command line exports too. */
static ExportJob *
collect (TdSubjectList *self,
         const char    *path)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->path = g_strdup (path);
  job->rows = td_subjects_to_rows (self->kind, G_LIST_MODEL (self->filter_model),
                                   &job->headers, &job->widths);
  return job;
}

void
_td_subject_list_export_to (TdSubjectList *self,
                            const char    *path)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_exported_cb, NULL);

  g_task_set_task_data (task, collect (self, path), (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       TdSubjectList   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *with_ext = NULL;

      /* No extension typed: a workbook, which opens everywhere with its columns set. */
      if (!g_str_has_suffix (path, ".csv") && !g_str_has_suffix (path, ".xlsx"))
        with_ext = g_strconcat (path, ".xlsx", NULL);
      _td_subject_list_export_to (self, with_ext != NULL ? with_ext : path);
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TdSubjectList *self = TD_SUBJECT_LIST (widget);
  g_autofree char *name = td_document_suggest_filename (td_subject_kind_title (self->kind),
                                                        0, "xlsx");
  GtkFileChooserNative *chooser =
    td_table_chooser_new_save (GTK_WINDOW (gtk_widget_get_root (widget)), _("Export the List"),
                               name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_td_subject_list_class_add_transfer (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "list.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "list.export", NULL, export_action);
}
