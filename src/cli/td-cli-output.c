/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-cli-output.h"
#include "td-cli-table.h"
#include "td-store.h"

static void
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE, _("%s: cannot be written: %s"),
               display, g_strerror (saved_errno));
}

/* The file a write to @path would replace, and whether it exists; NULL with @error set. */
static char *
resolve (const char  *path,
         GStatBuf    *st,
         gboolean    *exists,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *real = td_file_resolve (path, &local_error);

  if (real == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_FILE, path, local_error);
      return NULL;
    }
  *exists = g_stat (real, st) == 0;
  return real;
}

static gboolean
is_stdout (const GStatBuf *st)
{
  GStatBuf out;

  return fstat (STDOUT_FILENO, &out) == 0 && out.st_dev == st->st_dev &&
         out.st_ino == st->st_ino;
}

gboolean
td_cli_check_output (const char  *path,
                     GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *target = NULL;
  gboolean exists = FALSE;
  GStatBuf st;

  target = resolve (path, &st, &exists, error);
  if (target == NULL)
    return FALSE;
  if (exists && td_store_is_sqlite_file (target))
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE,
                   _("%s: this is a database; choose another file to write"), display);
      return FALSE;
    }
  if (exists && S_ISDIR (st.st_mode))
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE,
                   _("%s: this is a folder; name a file in it"), display);
      return FALSE;
    }
  if (exists && !S_ISREG (st.st_mode) && !is_stdout (&st))
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE,
                   _("%s: not an ordinary file; choose another file to write"), display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_and_fail (const char      *path,
                TdFileWriteFunc  write,
                gpointer         data,
                const char      *tmp_path,
                GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (write (tmp_path, data, &local_error))
    return TRUE;
  td_cli_set_file_error (error, TD_CLI_ERROR_FILE, path, local_error);
  return FALSE;
}

/* Copies the finished file to the standard output. */
static gboolean
copy_to_stdout (const char  *path,
                const char  *tmp_path,
                GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0, done = 0;

  if (!g_file_get_contents (tmp_path, &contents, &length, NULL))
    {
      set_errno_error (error, path, EIO);
      return FALSE;
    }
  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, contents + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          set_errno_error (error, path, n < 0 ? errno : EIO);
          return FALSE;
        }
      done += (gsize) n;
    }
  return TRUE;
}

static gboolean
write_to_stdout (const char      *path,
                 TdFileWriteFunc  write,
                 gpointer         data,
                 GError         **error)
{
  g_autofree char *tmp_path = NULL;
  gboolean ok;
  int fd;

  fd = g_file_open_tmp ("thidua-XXXXXX", &tmp_path, NULL);
  if (fd < 0)
    {
      set_errno_error (error, path, errno);
      return FALSE;
    }
  close (fd);
  ok = write_and_fail (path, write, data, tmp_path, error) &&
       copy_to_stdout (path, tmp_path, error);
  g_unlink (tmp_path);
  return ok;
}

gboolean
td_cli_write_output (const char       *path,
                     TdFileWriteFunc   write,
                     gpointer          data,
                     GError          **error)
{
  g_autofree char *target = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists = FALSE;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  if (!td_cli_check_output (path, error))
    return FALSE;
  target = resolve (path, &st, &exists, error);
  if (target == NULL)
    return FALSE;
  if (exists && !S_ISREG (st.st_mode))
    return write_to_stdout (path, write, data, error);
  if (td_file_replace (target, write, data, &local_error))
    return TRUE;
  td_cli_set_file_error (error, TD_CLI_ERROR_FILE, path, local_error);
  return FALSE;
}
