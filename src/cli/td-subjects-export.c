/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"


#include "td-cli-output.h"
#include "td-store-subjects.h"
#include "td-subject-rows.h"
#include "td-subjects-export.h"
#include "td-subjects-import.h"
#include "td-table.h"

typedef struct {
  TdTableFormat  format;
  GStrv          headers;
  GArray        *widths;
  GPtrArray     *rows;  /* GStrv of cells */
} Export;

/* The list read before the output is touched; NULL with @error naming the database. */
static gboolean
read_rows (const TdCliJob  *job,
           TdSubjectKind    kind,
           Export          *export,
           GError         **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GListModel) subjects = NULL;
  g_autoptr(GError) local_error = NULL;

  store = td_store_open_full (job->database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    subjects = td_store_list_subjects (store, kind, job->year, FALSE, &local_error);
  if (subjects == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
      return FALSE;
    }
  export->rows = td_subjects_to_rows (kind, subjects, &export->headers, &export->widths);
  return TRUE;
}

static gboolean
write_cb (const char  *tmp_path,
          gpointer     data,
          GError     **error)
{
  Export *export = data;

  return td_table_write_format (tmp_path, export->format,
                                (const char * const *) export->headers,
                                (const int *) export->widths->data, export->rows, error);
}

gboolean
td_subjects_export (const TdCliJob  *job,
                    GError         **error)
{
  Export export = { 0 };
  gboolean ok;

  if (!td_cli_check_output (job->file, error) ||
      !read_rows (job, td_subjects_kind_of (job->what), &export, error))
    return FALSE;

  export.format = g_str_equal (job->format, "xlsx") ? TD_TABLE_FORMAT_XLSX : TD_TABLE_FORMAT_CSV;
  ok = td_cli_write_output (job->file, write_cb, &export, error);
  g_strfreev (export.headers);
  g_array_unref (export.widths);
  g_ptr_array_unref (export.rows);
  return ok;
}
