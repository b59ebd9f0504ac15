/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"


#include "td-cli-output.h"
#include "td-store-subjects.h"
#include "td-subjects-export.h"
#include "td-subjects-import.h"
#include "td-table.h"

typedef struct {
  TdSubjectField field;
  int            width;  /* in characters, for the workbook */
} Column;

/* The columns of each list, as its page shows them. */
static const Column unit_columns[] = {
  { TD_SUBJECT_FIELD_NAME, 34 }, { TD_SUBJECT_FIELD_UNIT_KIND, 20 },
  { TD_SUBJECT_FIELD_HEAD, 26 }, { TD_SUBJECT_FIELD_MEMBERS, 10 },
  { TD_SUBJECT_FIELD_PHONE, 14 }, { TD_SUBJECT_FIELD_NOTE, 30 },
};
static const Column person_columns[] = {
  { TD_SUBJECT_FIELD_NAME, 28 }, { TD_SUBJECT_FIELD_POSITION, 22 },
  { TD_SUBJECT_FIELD_PARENT_NAME, 30 }, { TD_SUBJECT_FIELD_BIRTH_YEAR, 10 },
  { TD_SUBJECT_FIELD_PHONE, 14 }, { TD_SUBJECT_FIELD_NOTE, 30 },
};
static const Column household_columns[] = {
  { TD_SUBJECT_FIELD_NAME, 28 }, { TD_SUBJECT_FIELD_PARENT_NAME, 20 },
  { TD_SUBJECT_FIELD_ADDRESS, 30 }, { TD_SUBJECT_FIELD_MEMBERS, 10 },
  { TD_SUBJECT_FIELD_PHONE, 14 }, { TD_SUBJECT_FIELD_NOTE, 30 },
};

#define N_COLUMNS 6
G_STATIC_ASSERT (G_N_ELEMENTS (unit_columns) == N_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (person_columns) == N_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (household_columns) == N_COLUMNS);

typedef struct {
  TdTableFormat  format;
  const char    *headers[N_COLUMNS + 1];
  int            widths[N_COLUMNS];
  GPtrArray     *rows;  /* GStrv of N_COLUMNS cells */
} Export;

static const Column *
columns_of (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON:
      return person_columns;
    case TD_SUBJECT_HOUSEHOLD:
      return household_columns;
    case TD_SUBJECT_UNIT:
    default:
      return unit_columns;
    }
}

static char *
cell_of (TdSubject      *subject,
         TdSubjectField  field)
{
  /* The kind as the list names it, which an import reads back. */
  if (field == TD_SUBJECT_FIELD_UNIT_KIND)
    return g_strdup (td_unit_kind_label (td_subject_get_unit_kind (subject)));
  return td_subject_dup_field_text (subject, field);
}

/* The list read before the output is touched; NULL with @error naming the database. */
static GPtrArray *
read_rows (const TdCliJob  *job,
           TdSubjectKind    kind,
           const Column    *columns,
           GError         **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GListModel) subjects = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *rows;

  store = td_store_open_full (job->database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    subjects = td_store_list_subjects (store, kind, job->year, FALSE, &local_error);
  if (subjects == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
      return NULL;
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < g_list_model_get_n_items (subjects); i++)
    {
      g_autoptr(TdSubject) subject = g_list_model_get_item (subjects, i);
      char **cells = g_new0 (char *, N_COLUMNS + 1);

      for (guint c = 0; c < N_COLUMNS; c++)
        cells[c] = cell_of (subject, columns[c].field);
      g_ptr_array_add (rows, cells);
    }
  return rows;
}

static gboolean
write_cb (const char  *tmp_path,
          gpointer     data,
          GError     **error)
{
  Export *export = data;

  return td_table_write_format (tmp_path, export->format, export->headers, export->widths,
                                export->rows, error);
}

gboolean
td_subjects_export (const TdCliJob  *job,
                    GError         **error)
{
  TdSubjectKind kind = td_subjects_kind_of (job->what);
  const Column *columns = columns_of (kind);
  g_autoptr(GPtrArray) rows = NULL;
  Export export = { 0 };

  if (!td_cli_check_output (job->file, error) ||
      (rows = read_rows (job, kind, columns, error)) == NULL)
    return FALSE;

  export.format = g_str_equal (job->format, "xlsx") ? TD_TABLE_FORMAT_XLSX : TD_TABLE_FORMAT_CSV;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      export.headers[c] = td_subject_field_label (kind, columns[c].field);
      export.widths[c] = columns[c].width;
    }
  export.rows = rows;
  return td_cli_write_output (job->file, write_cb, &export, error);
}
