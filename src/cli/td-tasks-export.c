/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "td-cli-output.h"
#include "td-csv.h"
#include "td-date.h"
#include "td-store-plan.h"
#include "td-task-columns.h"
#include "td-tasks-export.h"

/* The tasks of a year as read from the database, before the file is touched. */
typedef struct {
  int         year;
  GListModel *tasks;
  GHashTable *units;  /* task id → GStrv */
} TaskRows;

static void
task_rows_clear (TaskRows *rows)
{
  g_clear_object (&rows->tasks);
  g_clear_pointer (&rows->units, g_hash_table_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaskRows, task_rows_clear)

/* The tasks as the printed plan has them: one just added and still blank is left out, as
 * it is on paper, so that --import reads back every row --export writes. */
static GListModel *
list_printed_tasks (TdStore  *store,
                    gint64    plan_id,
                    GError  **error)
{
  g_autoptr(GListModel) all = td_store_list_tasks (store, plan_id, error);
  g_autoptr(GListStore) printed = NULL;

  if (all == NULL)
    return NULL;
  printed = g_list_store_new (TD_TYPE_TASK);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (all, i);

      if (!td_task_is_blank (task))
        g_list_store_append (printed, task);
    }
  return G_LIST_MODEL (g_steal_pointer (&printed));
}

static gboolean
read_rows (const TdCliJob  *job,
           TaskRows        *rows,
           GError         **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) local_error = NULL;

  rows->year = job->year;
  store = td_store_open_full (job->database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    plan = td_store_get_plan (store, job->year, &local_error);
  if (plan != NULL)
    rows->tasks = list_printed_tasks (store, td_plan_get_id (plan), &local_error);
  if (rows->tasks != NULL)
    rows->units = td_store_dup_plan_task_units (store, td_plan_get_id (plan), &local_error);
  if (rows->units == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
      return FALSE;
    }
  return TRUE;
}

static const char * const *
units_of (TaskRows *rows,
          TdTask   *task)
{
  gint64 id = td_task_get_id (task);

  return g_hash_table_lookup (rows->units, &id);
}

/* CSV ------------------------------------------------------------------------------------ */

static gboolean
write_csv (const char  *tmp_path,
           gpointer     data,
           GError     **error)
{
  TaskRows *rows = data;
  g_autoptr(GString) out = g_string_new (TD_CSV_BOM);
  const char *fields[TD_N_TASK_COLUMNS];
  guint n = g_list_model_get_n_items (rows->tasks);

  for (int c = 0; c < TD_N_TASK_COLUMNS; c++)
    fields[c] = td_task_column_title (c);
  td_csv_append_row (out, fields, TD_N_TASK_COLUMNS);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (rows->tasks, i);
      char *cells[TD_N_TASK_COLUMNS];

      for (int c = 0; c < TD_N_TASK_COLUMNS; c++)
        cells[c] = td_task_column_text (c, task, units_of (rows, task));
      td_csv_append_row (out, (const char * const *) cells, TD_N_TASK_COLUMNS);
      for (int c = 0; c < TD_N_TASK_COLUMNS; c++)
        g_free (cells[c]);
    }
  return g_file_set_contents (tmp_path, out->str, (gssize) out->len, error);
}

gboolean
td_tasks_export_csv (const TdCliJob  *job,
                     GError         **error)
{
  g_auto(TaskRows) rows = { 0 };

  if (!td_cli_check_output (job->file, error) || !read_rows (job, &rows, error))
    return FALSE;
  return td_cli_write_output (job->file, write_csv, &rows, error);
}

/* XLSX ----------------------------------------------------------------------------------- */

static const double widths[TD_N_TASK_COLUMNS] = {
  [TD_TASK_COLUMN_QUARTER] = 8,
  [TD_TASK_COLUMN_NUMBER] = 5,
  [TD_TASK_COLUMN_CONTENT] = 60,
  [TD_TASK_COLUMN_RESPONSIBLE] = 30,
  [TD_TASK_COLUMN_UNITS] = 30,
  [TD_TASK_COLUMN_START] = 12,
  [TD_TASK_COLUMN_END] = 12,
  [TD_TASK_COLUMN_MILESTONE] = 10,
  [TD_TASK_COLUMN_STATUS] = 14,
  [TD_TASK_COLUMN_PROGRESS] = 12,
  [TD_TASK_COLUMN_RESULT] = 40,
};

typedef struct {
  lxw_format *header;
  lxw_format *text;
  lxw_format *date;
  lxw_format *number;
} Formats;

static lxw_error
write_cell (lxw_worksheet  *sheet,
            const Formats  *formats,
            lxw_row_t       row,
            TdTaskColumn    column,
            TdTask         *task,
            const char * const *units)
{
  g_autofree char *text = NULL;
  const char *iso;
  GDate date;

  switch (column)
    {
    case TD_TASK_COLUMN_NUMBER:
      return worksheet_write_number (sheet, row, column, td_task_get_number (task),
                                     formats->number);
    case TD_TASK_COLUMN_PROGRESS:
      return worksheet_write_number (sheet, row, column, td_task_get_progress (task),
                                     formats->number);
    case TD_TASK_COLUMN_START:
    case TD_TASK_COLUMN_END:
      iso = column == TD_TASK_COLUMN_START ? td_task_get_start_date (task)
                                           : td_task_get_end_date (task);
      if (td_date_parse_iso (iso, &date))
        {
          lxw_datetime when = { g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0 };

          return worksheet_write_datetime (sheet, row, column, &when, formats->date);
        }
      return LXW_NO_ERROR;
    case TD_TASK_COLUMN_QUARTER:
    case TD_TASK_COLUMN_CONTENT:
    case TD_TASK_COLUMN_RESPONSIBLE:
    case TD_TASK_COLUMN_UNITS:
    case TD_TASK_COLUMN_MILESTONE:
    case TD_TASK_COLUMN_STATUS:
    case TD_TASK_COLUMN_RESULT:
    case TD_N_TASK_COLUMNS:
    default:
      text = td_task_column_text (column, task, units);
      if (text[0] == '\0')
        return LXW_NO_ERROR;
      return worksheet_write_string (sheet, row, column, text, formats->text);
    }
}

static gboolean
write_xlsx (const char  *tmp_path,
            gpointer     data,
            GError     **error)
{
  TaskRows *rows = data;
  g_autofree char *sheet_name = g_strdup_printf (_("Tasks %d"), rows->year);
  g_autofree char *title = g_strdup_printf (_("The tasks of %d"), rows->year);
  lxw_doc_properties properties = { .title = title };
  guint n = g_list_model_get_n_items (rows->tasks);
  lxw_workbook *book;
  lxw_worksheet *sheet;
  lxw_error status = LXW_NO_ERROR;
  Formats formats;

  book = workbook_new (tmp_path);
  if (book == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("the workbook could not be started"));
      return FALSE;
    }
  workbook_set_properties (book, &properties);
  sheet = workbook_add_worksheet (book, sheet_name);

  formats.header = workbook_add_format (book);
  format_set_bold (formats.header);
  format_set_text_wrap (formats.header);
  format_set_align (formats.header, LXW_ALIGN_VERTICAL_TOP);
  formats.text = workbook_add_format (book);
  format_set_text_wrap (formats.text);
  format_set_align (formats.text, LXW_ALIGN_VERTICAL_TOP);
  formats.date = workbook_add_format (book);
  format_set_num_format (formats.date, "dd/mm/yyyy");
  format_set_align (formats.date, LXW_ALIGN_VERTICAL_TOP);
  formats.number = workbook_add_format (book);
  format_set_align (formats.number, LXW_ALIGN_VERTICAL_TOP);

  for (int c = 0; c < TD_N_TASK_COLUMNS && status == LXW_NO_ERROR; c++)
    {
      status = worksheet_set_column (sheet, c, c, widths[c], NULL);
      if (status == LXW_NO_ERROR)
        status = worksheet_write_string (sheet, 0, c, td_task_column_title (c),
                                         formats.header);
    }
  worksheet_freeze_panes (sheet, 1, 0);
  if (status == LXW_NO_ERROR && n > 0)
    status = worksheet_autofilter (sheet, 0, 0, n, TD_N_TASK_COLUMNS - 1);

  for (guint i = 0; i < n && status == LXW_NO_ERROR; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (rows->tasks, i);

      for (int c = 0; c < TD_N_TASK_COLUMNS && status == LXW_NO_ERROR; c++)
        status = write_cell (sheet, &formats, i + 1, c, task, units_of (rows, task));
    }

  /* Closing writes the file, and frees the workbook whatever happened before. */
  if (status == LXW_NO_ERROR)
    status = workbook_close (book);
  else
    workbook_close (book);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s", lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
td_tasks_export_xlsx (const TdCliJob  *job,
                      GError         **error)
{
  g_auto(TaskRows) rows = { 0 };

  if (!td_cli_check_output (job->file, error) || !read_rows (job, &rows, error))
    return FALSE;
  return td_cli_write_output (job->file, write_xlsx, &rows, error);
}
