/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Lists written for people to open in Excel or LibreOffice: .csv or .xlsx, written whole or
 * not at all (td_file_replace()).
 */
#define G_LOG_DOMAIN "td-table"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <xlsxwriter.h>

#include "td-csv.h"
#include "td-file-replace.h"
#include "td-table.h"

typedef struct {
  const char * const *headers;
  const int          *widths;
  guint               n_columns;
  GPtrArray          *rows;
  TdTableFormat       format;
} List;

static gboolean
write_csv (const char  *tmp_path,
           const List  *list,
           GError     **error)
{
  g_autoptr(GString) out = g_string_new (TD_CSV_BOM);

  td_csv_append_row (out, list->headers, list->n_columns);
  for (guint i = 0; i < list->rows->len; i++)
    td_csv_append_row (out, g_ptr_array_index (list->rows, i), list->n_columns);
  return g_file_set_contents (tmp_path, out->str, (gssize) out->len, error);
}

/* A count or a year is written as a number, so that Excel neither flags it as "a number
 * stored as text" nor right-aligns some of a column; a phone number keeps its leading 0. */
static gboolean
is_plain_number (const char *text)
{
  gsize len = strlen (text);

  if (len == 0 || len > 9 || (text[0] == '0' && len > 1))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
write_xlsx (const char  *tmp_path,
            const List  *list,
            GError     **error)
{
  lxw_workbook *book;
  lxw_worksheet *sheet;
  lxw_format *header, *text;
  lxw_error status = LXW_NO_ERROR;

  book = workbook_new (tmp_path);
  if (book == NULL)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                           _("the workbook could not be started"));
      return FALSE;
    }
  sheet = workbook_add_worksheet (book, NULL);
  header = workbook_add_format (book);
  format_set_bold (header);
  format_set_text_wrap (header);
  format_set_align (header, LXW_ALIGN_VERTICAL_TOP);
  text = workbook_add_format (book);
  format_set_align (text, LXW_ALIGN_VERTICAL_TOP);

  for (guint c = 0; c < list->n_columns && status == LXW_NO_ERROR; c++)
    {
      if (list->widths != NULL && list->widths[c] > 0)
        status = worksheet_set_column (sheet, c, c, list->widths[c], NULL);
      if (status == LXW_NO_ERROR)
        status = worksheet_write_string (sheet, 0, c, list->headers[c], header);
    }
  worksheet_freeze_panes (sheet, 1, 0);

  for (guint r = 0; r < list->rows->len && status == LXW_NO_ERROR; r++)
    {
      const char * const *cells = g_ptr_array_index (list->rows, r);

      for (guint c = 0; c < list->n_columns && status == LXW_NO_ERROR; c++)
        {
          const char *cell = cells[c];

          if (cell == NULL || cell[0] == '\0')
            continue;
          if (is_plain_number (cell))
            status = worksheet_write_number (sheet, r + 1, c, g_ascii_strtod (cell, NULL), text);
          else
            status = worksheet_write_string (sheet, r + 1, c, cell, text);
        }
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

static gboolean
write_list (const char  *tmp_path,
            gpointer     data,
            GError     **error)
{
  const List *list = data;

  if (list->format == TD_TABLE_FORMAT_XLSX)
    return write_xlsx (tmp_path, list, error);
  return write_csv (tmp_path, list, error);
}

static List
make_list (const char * const *headers,
           const int          *widths,
           GPtrArray          *rows,
           TdTableFormat       format)
{
  List list = { headers, widths, 0, rows, format };

  while (headers[list.n_columns] != NULL)
    list.n_columns++;
  return list;
}

gboolean
td_table_write (const char          *path,
                const char * const  *headers,
                const int           *widths,
                GPtrArray           *rows,
                GError             **error)
{
  g_autofree char *lower = NULL;
  List list;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (headers != NULL, FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  list = make_list (headers, widths, rows, g_str_has_suffix (lower, ".xlsx") ? TD_TABLE_FORMAT_XLSX
                                                                           : TD_TABLE_FORMAT_CSV);
  return td_file_replace (path, write_list, &list, error);
}

gboolean
td_table_write_format (const char          *path,
                       TdTableFormat        format,
                       const char * const  *headers,
                       const int           *widths,
                       GPtrArray           *rows,
                       GError             **error)
{
  List list;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format == TD_TABLE_FORMAT_CSV || format == TD_TABLE_FORMAT_XLSX, FALSE);
  g_return_val_if_fail (headers != NULL, FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  list = make_list (headers, widths, rows, format);
  return write_list (path, &list, error);
}
