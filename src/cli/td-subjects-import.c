/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-subjects.h"
#include "td-subject-rows.h"
#include "td-subjects-import.h"

TdSubjectKind
td_subjects_kind_of (const char *what)
{
  g_return_val_if_fail (what != NULL, TD_SUBJECT_UNIT);

  if (g_str_equal (what, "people"))
    return TD_SUBJECT_PERSON;
  if (g_str_equal (what, "households"))
    return TD_SUBJECT_HOUSEHOLD;
  g_return_val_if_fail (g_str_equal (what, "units"), TD_SUBJECT_UNIT);
  return TD_SUBJECT_UNIT;
}

/* Every wrong row, a line each, "FILE: Row 37: …". */
static void
set_rows_error (GError     **error,
                const char  *file,
                GPtrArray   *row_errors)
{
  g_autofree char *display = g_filename_display_name (file);
  g_autoptr(GString) message = g_string_new (NULL);

  for (guint i = 0; i < row_errors->len; i++)
    {
      const TdSubjectRowError *row_error = g_ptr_array_index (row_errors, i);

      g_string_append_printf (message, "%s%s: %s", i > 0 ? "\n" : "", display,
                              row_error->message);
    }
  g_set_error_literal (error, TD_CLI_ERROR, TD_CLI_ERROR_ROWS, message->str);
}

/* The subjects of the list, and the spreadsheet row of each; FALSE with @error naming the
 * file when it cannot be read or a row is wrong. */
static gboolean
read_list (const TdCliJob  *job,
           TdSubjectKind    kind,
           GPtrArray      **subjects,
           GArray         **row_numbers,
           GError         **error)
{
  g_autoptr(TdTable) table = NULL;
  g_autoptr(GArray) map = NULL;
  g_autoptr(GPtrArray) row_errors = NULL;
  g_autoptr(GError) local_error = NULL;
  guint header = 0;

  table = td_table_read (job->file, job->encoding, NULL, &local_error);
  if (table == NULL)
    {
      td_cli_set_file_error (error,
                             g_error_matches (local_error, TD_TABLE_ERROR, TD_TABLE_ERROR_FILE)
                               ? TD_CLI_ERROR_FILE : TD_CLI_ERROR_DATA,
                             job->file, local_error);
      return FALSE;
    }
  map = td_subject_columns_find (table, kind, &header, &local_error);
  if (map == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->file, local_error);
      return FALSE;
    }
  if (!td_subjects_from_table (table, kind, header, map, subjects, row_numbers, &row_errors))
    {
      set_rows_error (error, job->file, row_errors);
      return FALSE;
    }
  if ((*subjects)->len == 0)
    {
      g_autofree char *display = g_filename_display_name (job->file);
      const TdTableRow *row = g_ptr_array_index (table->rows, header);

      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                   _("%s: there is nothing to import under the header (row %u)"), display,
                   row->number);
      return FALSE;
    }
  return TRUE;
}

gboolean
td_subjects_import (const TdCliJob  *job,
                    GError         **error)
{
  TdSubjectKind kind = td_subjects_kind_of (job->what);
  g_autoptr(GPtrArray) subjects = NULL;
  g_autoptr(GArray) row_numbers = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) located = NULL;
  g_autoptr(TdStore) store = NULL;
  guint n_added = 0, n_matched = 0, row = 0;

  if (!read_list (job, kind, &subjects, &row_numbers, error))
    return FALSE;

  /* Only now, with every row read, is the database opened for writing. */
  store = td_store_open (job->database, &local_error);
  if (store != NULL &&
      td_store_import_subjects (store, kind, subjects, &n_added, &n_matched, NULL, NULL, NULL,
                                &local_error))
    {
      /* Translators: what an import did, e.g. "120 added, 3 matched" */
      g_print (_("%u added, %u matched\n"), n_added, n_matched);
      return TRUE;
    }
  if (store == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
      return FALSE;
    }
  located = td_subject_rows_locate_error (local_error, row_numbers, &row);
  td_cli_set_file_error (error, TD_CLI_ERROR_DATA, row > 0 ? job->file : job->database, located);
  return FALSE;
}
