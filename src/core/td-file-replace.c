/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-file-replace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-file-replace.h"
#include "td-store.h"

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("cannot be written: %s"), g_strerror (saved_errno));
  return FALSE;
}

/* Whether @target is a database (ours or another program's) or one of the companion files
 * SQLite keeps beside one (-wal, -shm, -journal), there yet or not: never replaced by an
 * export, whatever the file chooser was told. */
static gboolean
is_database (const char *target)
{
  static const char * const companions[] = { "-wal", "-shm", "-journal" };

  if (td_store_is_sqlite_file (target))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    if (g_str_has_suffix (target, companions[i]))
      {
        g_autofree char *database = g_strndup (target,
                                               strlen (target) - strlen (companions[i]));

        if (td_store_is_sqlite_file (database))
          return TRUE;
      }
  return FALSE;
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

/* Syncs the folder, so the rename itself survives a power cut. */
static void
sync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

char *
td_file_resolve (const char  *path,
                 GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *real_dir = NULL;
  g_autofree char *display = NULL;
  char *real;
  int saved_errno;

  g_return_val_if_fail (path != NULL, NULL);

  real = realpath (path, NULL);
  if (real != NULL)
    return real;

  /* Not there yet (or a link to nothing): the file of that name in the real folder. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  real_dir = realpath (dir, NULL);
  saved_errno = real_dir == NULL ? errno : 0;
  if (real_dir != NULL && !g_file_test (real_dir, G_FILE_TEST_IS_DIR))
    saved_errno = ENOTDIR;
  if (saved_errno == 0)
    return g_build_filename (real_dir, base, NULL);

  display = g_filename_display_name (dir);
  if (saved_errno == ENOENT)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                 _("the folder “%s” does not exist; choose a folder that does"), display);
  else if (saved_errno == ENOTDIR)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                 _("“%s” is not a folder; choose a folder to write in"), display);
  else
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("the folder “%s” cannot be opened: %s"), display, g_strerror (saved_errno));
  return NULL;
}

gboolean
td_file_replace (const char       *path,
                 TdFileWriteFunc   write_func,
                 gpointer          data,
                 GError          **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  GStatBuf st, tmp_st;
  gboolean exists;
  mode_t mode;
  int saved_errno = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (write_func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = td_file_resolve (path, error);
  if (target == NULL)
    return FALSE;
  exists = g_stat (target, &st) == 0;
  if (is_database (target))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                           _("this is a database, or part of one; choose another file to "
                             "write"));
      return FALSE;
    }
  if (exists && S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                           _("this is a folder; name a file in it"));
      return FALSE;
    }
  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           _("this is not an ordinary file; choose another file to write"));
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  tmp_path = g_build_filename (dir, ".thidua-XXXXXX", NULL);
  /* Made with the mode a new file gets under the umask, which fstat then tells: umask()
   * itself would change it for the whole process, and this may run in a worker thread.
   * Then private while it is written. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno);
  if (fstat (fd, &tmp_st) != 0)
    tmp_st.st_mode = 0644;
  fchmod (fd, 0600);
  close (fd);

  if (!write_func (tmp_path, data, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  /* The mode of the file it replaces, or the mode a new file gets. */
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
      return set_errno_error (error, saved_errno);
    }
  sync_dir (dir);
  return TRUE;
}
