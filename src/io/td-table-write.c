/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Lists written for people to open in Excel or LibreOffice: .csv or .xlsx. The file is
 * made beside the one it replaces and renamed over it once whole and synced, so that a
 * full disk or a power cut leaves the old file or the new one, never half of one.
 */
#define G_LOG_DOMAIN "td-table"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "td-csv.h"
#include "td-table.h"

typedef struct {
  const char * const *headers;
  const int          *widths;
  guint               n_columns;
  GPtrArray          *rows;
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

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("the file cannot be written: %s"), g_strerror (saved_errno));
}

static int
sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno = 0;

  if (fd < 0)
    return errno;
  if (fsync (fd) != 0)
    saved_errno = errno;
  close (fd);
  return saved_errno;
}

gboolean
td_table_write (const char          *path,
                const char * const  *headers,
                const int           *widths,
                GPtrArray           *rows,
                GError             **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GError) local_error = NULL;
  List list = { headers, widths, 0, rows };
  GStatBuf st, tmp_st;
  gboolean exists, ok;
  mode_t mode;
  int saved_errno = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (headers != NULL, FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  while (headers[list.n_columns] != NULL)
    list.n_columns++;
  /* Through a link, to the file it points to. */
  target = g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? realpath (path, NULL) : NULL;
  if (target == NULL)
    target = g_strdup (path);
  exists = g_stat (target, &st) == 0;
  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                           _("this is not an ordinary file; choose another file to write"));
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  tmp_path = g_build_filename (dir, ".thidua-XXXXXX", NULL);
  /* Made with the mode a new file gets under the umask, which fstat then tells: umask()
   * itself would change it for the whole process, and this may run in a worker thread. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return FALSE;
    }
  if (fstat (fd, &tmp_st) != 0)
    tmp_st.st_mode = 0644;
  close (fd);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx"))
    ok = write_xlsx (tmp_path, &list, &local_error);
  else
    ok = write_csv (tmp_path, &list, &local_error);
  if (!ok)
    {
      g_unlink (tmp_path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The mode the file it replaces had, or the mode a new file gets. */
  mode = (exists ? st.st_mode : tmp_st.st_mode) & 07777;
  if (g_chmod (tmp_path, mode) != 0)
    saved_errno = errno;
  if (saved_errno == 0)
    saved_errno = sync_file (tmp_path);
  if (saved_errno == 0 && g_rename (tmp_path, target) != 0)
    saved_errno = errno;
  if (saved_errno != 0)
    {
      g_unlink (tmp_path);
      set_errno_error (error, saved_errno);
      return FALSE;
    }
  return TRUE;
}
