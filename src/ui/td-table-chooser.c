/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-table-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "td-table-chooser.h"

static void
add_filter (GtkFileChooserNative *chooser,
            const char           *name,
            const char * const   *suffixes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (const char * const *suffix = suffixes; *suffix != NULL; suffix++)
    gtk_file_filter_add_suffix (filter, *suffix);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
}

GtkFileChooserNative *
td_table_chooser_new_open (GtkWindow  *parent,
                           const char *title)
{
  static const char * const readable[] = { "xlsx", "ods", "csv", "txt", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  add_filter (chooser, _("Spreadsheets and CSV files"), readable);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

GtkFileChooserNative *
td_table_chooser_new_save (GtkWindow  *parent,
                           const char *title,
                           const char *name)
{
  static const char * const xlsx[] = { "xlsx", NULL };
  static const char * const csv[] = { "csv", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  add_filter (chooser, _("Excel workbooks (.xlsx)"), xlsx);
  add_filter (chooser, _("CSV files (.csv)"), csv);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}
