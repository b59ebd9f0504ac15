/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-csv.h"
#include "td-date.h"
#include "td-store-import.h"
#include "td-task-columns.h"
#include "td-tasks-import.h"

/* The rows read, as the store takes them. */
typedef struct {
  GArray    *inputs;  /* TdStoreTaskInput */
  GPtrArray *tasks;
  GPtrArray *units;   /* GStrv */
  GArray    *lines;   /* guint: the line of each input */
} Rows;

static void
rows_clear (Rows *rows)
{
  g_clear_pointer (&rows->inputs, g_array_unref);
  g_clear_pointer (&rows->tasks, g_ptr_array_unref);
  g_clear_pointer (&rows->units, g_ptr_array_unref);
  g_clear_pointer (&rows->lines, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rows, rows_clear)

static void
set_line_error (GError     **error,
                const char  *file,
                guint        line,
                const char  *message)
{
  g_autofree char *display = g_filename_display_name (file);

  /* Translators: a file, the line in it and what is wrong there */
  g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA, _("%s: line %u: %s"), display, line,
               message);
}

static char *
read_input (const char  *file,
            gsize       *length,
            GError     **error)
{
  g_autofree char *display = g_filename_display_name (file);
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  GStatBuf st;

  if (g_stat (file, &st) != 0)
    {
      if (errno == ENOENT)
        g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE, _("%s: there is no such file"),
                     display);
      else
        g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE, _("%s: cannot be read: %s"),
                     display, g_strerror (errno));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE,
                   _("%s: this is a folder; name the CSV file in it"), display);
      return NULL;
    }
  if (td_store_is_sqlite_file (file))
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE,
                   _("%s: this is a database, not a CSV file"), display);
      return NULL;
    }
  if (!g_file_get_contents (file, &contents, length, &local_error))
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE, _("%s: cannot be read"), display);
      return NULL;
    }
  return contents;
}

/* Which column each field of the header is. */
static GArray *
map_header (const char  *file,
            TdCsvRow    *header,
            GError     **error)
{
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean seen[TD_N_TASK_COLUMNS] = { FALSE };
  g_autofree char *message = NULL;

  for (guint i = 0; header->fields[i] != NULL; i++)
    {
      int column = td_task_column_from_title (header->fields[i]);

      if (column < 0 && g_strstrip (header->fields[i])[0] == '\0')
        column = -1;  /* a blank title, as a trailing separator leaves: only blank cells */
      else if (column < 0)
        {
          g_autoptr(GString) known = g_string_new (NULL);

          for (int c = 0; c < TD_N_TASK_COLUMNS; c++)
            g_string_append_printf (known, "%s%s", c > 0 ? ", " : "", td_task_column_title (c));
          message = g_strdup_printf (_("the column “%s” is not one of: %s"),
                                     header->fields[i], known->str);
          break;
        }
      else if (seen[column])
        {
          message = g_strdup_printf (_("the column “%s” is there twice"),
                                     td_task_column_title (column));
          break;
        }
      else
        seen[column] = TRUE;
      g_array_append_val (map, column);
    }
  if (message == NULL && !seen[TD_TASK_COLUMN_CONTENT])
    message = g_strdup_printf (_("there is no column “%s”"),
                               td_task_column_title (TD_TASK_COLUMN_CONTENT));
  if (message == NULL && !seen[TD_TASK_COLUMN_QUARTER] && !seen[TD_TASK_COLUMN_START])
    message = g_strdup_printf (_("there is no column “%s” or “%s”: a task needs its quarter"),
                               td_task_column_title (TD_TASK_COLUMN_QUARTER),
                               td_task_column_title (TD_TASK_COLUMN_START));
  if (message != NULL)
    {
      set_line_error (error, file, header->line, message);
      return NULL;
    }
  return g_steal_pointer (&map);
}

static char *
display_date (const char *iso)
{
  GDate date;

  if (!td_date_parse_iso (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/* What is wrong with a task read whole: its content, quarter and year; NULL when fine. */
static char *
check_task (TdTask   *task,
            gboolean  has_quarter,
            int       year)
{
  const char *start = td_task_get_start_date (task);
  const char *end = td_task_get_end_date (task);
  g_autofree char *start_text = display_date (start);
  g_autofree char *end_text = display_date (end);

  if (td_task_get_content (task)[0] == '\0')
    return g_strdup_printf (_("the content is blank"));
  if (!has_quarter && start[0] == '\0')
    return g_strdup_printf (_("the quarter is blank, and so is the start date"));
  if (start[0] != '\0' && td_date_year_of (start) != year)
    return g_strdup_printf (_("the start date %s is not in %d"), start_text, year);
  if (end[0] != '\0' && td_date_year_of (end) != year)
    return g_strdup_printf (_("the end date %s is not in %d"), end_text, year);
  if (start[0] != '\0' && end[0] != '\0' && strcmp (end, start) < 0)
    return g_strdup_printf (_("the end date %s is before the start date %s"), end_text,
                            start_text);
  return NULL;
}

static gboolean
read_row (const char  *file,
          int          year,
          GArray      *map,
          TdCsvRow    *row,
          Rows        *rows,
          GError     **error)
{
  g_autoptr(TdTask) task = td_task_new ();
  g_auto(GStrv) units = NULL;
  g_autofree char *problem = NULL;
  TdStoreTaskInput input = { 0 };
  gboolean has_quarter = FALSE;

  for (guint i = 0; row->fields[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      int column = i < map->len ? g_array_index (map, int, i) : -1;

      if (column < 0)
        {
          if (g_strstrip (row->fields[i])[0] == '\0')
            continue;
          problem = g_strdup_printf (_("the field “%s” is under no column of the header"),
                                     row->fields[i]);
          break;
        }
      if (column == TD_TASK_COLUMN_QUARTER)
        has_quarter = g_strstrip (row->fields[i])[0] != '\0';
      if (!td_task_column_read (column, task, row->fields[i], &units, &local_error))
        {
          problem = g_strdup (local_error->message);
          break;
        }
    }

  if (problem == NULL)
    problem = check_task (task, has_quarter, year);
  /* A task that names only its start date is in that date's quarter. */
  if (problem == NULL && !has_quarter)
    td_task_set_quarter (task, td_date_quarter_of (td_task_get_start_date (task)));
  if (problem != NULL)
    {
      set_line_error (error, file, row->line, problem);
      return FALSE;
    }

  input.task = task;
  input.unit_names = (const char * const *) units;
  g_array_append_val (rows->inputs, input);
  g_array_append_val (rows->lines, row->line);
  g_ptr_array_add (rows->tasks, g_steal_pointer (&task));
  g_ptr_array_add (rows->units, g_steal_pointer (&units));
  return TRUE;
}

gboolean
td_tasks_import_csv (const TdCliJob  *job,
                     GError         **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) map = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_auto(Rows) rows = { 0 };
  gsize length = 0;
  int failed = -1;

  contents = read_input (job->file, &length, error);
  if (contents == NULL)
    return FALSE;
  records = td_csv_parse (contents, length, &local_error);
  if (records == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->file, local_error);
      return FALSE;
    }
  if (records->len == 0)
    {
      g_autofree char *display = g_filename_display_name (job->file);

      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                   _("%s: the file is empty; it needs a header row and a row for each task"),
                   display);
      return FALSE;
    }
  map = map_header (job->file, g_ptr_array_index (records, 0), error);
  if (map == NULL)
    return FALSE;

  rows.inputs = g_array_new (FALSE, TRUE, sizeof (TdStoreTaskInput));
  rows.tasks = g_ptr_array_new_with_free_func (g_object_unref);
  rows.units = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  rows.lines = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 1; i < records->len; i++)
    if (!read_row (job->file, job->year, map, g_ptr_array_index (records, i), &rows, error))
      return FALSE;

  /* Only now, with every row read, is the database opened for writing. */
  store = td_store_open (job->database, &local_error);
  if (store != NULL &&
      td_store_import_tasks (store, job->year, (TdStoreTaskInput *) rows.inputs->data,
                             rows.inputs->len, &failed, &local_error))
    return TRUE;
  if (failed >= 0)
    set_line_error (error, job->file, g_array_index (rows.lines, guint, failed),
                    local_error->message);
  else
    td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
  return FALSE;
}
