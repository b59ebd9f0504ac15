/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Backups beside the database: made with SQLite's backup API, listed newest first,
 * restored over a file that is first set aside, never deleted.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "td-store-private.h"

char *
td_store_backup_dir (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_prefix (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);

  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  return g_strconcat (base, "-", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
td_store_list_backups (const char *db_path)
{
  g_autofree char *dir_path = td_store_backup_dir (db_path);
  g_autofree char *prefix = backup_prefix (db_path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      /* prefix + YYYYMMDD-HHMMSS- … .db */
      if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db") &&
          strlen (name) > strlen (prefix) + 16 && g_ascii_isdigit (name[strlen (prefix)]))
        g_ptr_array_add (names, g_strdup (name));
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = names->len; i > 0; i--)
    g_ptr_array_add (paths, g_build_filename (dir_path, g_ptr_array_index (names, i - 1), NULL));
  g_ptr_array_unref (names);
  return paths;
}

/* Copies the database @src into a new file at @dest_path with the backup API. */
static gboolean
copy_database (sqlite3     *src,
               const char  *dest_path,
               GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, dest, rc, dest_path);
      sqlite3_close_v2 (dest);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    {
      td_store_set_sqlite_error (error, dest, sqlite3_errcode (dest), dest_path);
      sqlite3_close_v2 (dest);
      g_unlink (dest_path);
      return FALSE;
    }

  do
    rc = sqlite3_backup_step (backup, -1);
  while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      td_store_set_sqlite_error (error, NULL, rc, dest_path);
      sqlite3_close_v2 (dest);
      g_unlink (dest_path);
      return FALSE;
    }

  /* A backup is one self-contained file, not a WAL database with companions. */
  td_store_exec (dest, "PRAGMA journal_mode = DELETE", NULL);
  sqlite3_close_v2 (dest);
  return TRUE;
}

static void
prune_backups (const char *db_path)
{
  g_autoptr(GPtrArray) backups = td_store_list_backups (db_path);

  for (guint i = TD_STORE_MAX_BACKUPS; i < backups->len; i++)
    if (g_unlink (g_ptr_array_index (backups, i)) != 0)
      g_warning ("Cannot remove old backup %s: %s",
                 (const char *) g_ptr_array_index (backups, i), g_strerror (errno));
}

char *
td_store_backup (TdStore     *self,
                 const char  *reason,
                 GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  dir = td_store_backup_dir (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NO_FOLDER,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  prefix = backup_prefix (self->path);
  /* Microseconds, so that names sort in the order the backups were made. */
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");
  for (int n = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = NULL;

      g_free (path);
      name = n == 0 ? g_strdup_printf ("%s%s-%s.db", prefix, stamp, reason)
                    : g_strdup_printf ("%s%s-%s-%d.db", prefix, stamp, reason, n);
      path = g_build_filename (dir, name, NULL);
    }

  if (!copy_database (self->db, path, error))
    return NULL;

  prune_backups (self->path);
  return g_steal_pointer (&path);
}

char *
td_store_set_aside (const char  *db_path,
                    GError     **error)
{
  static const char * const companions[] = { "-wal", "-shm" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = NULL;

  for (int n = 0; aside == NULL || g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = n == 0 ? g_strdup_printf ("%s.damaged-%s", db_path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%d", db_path, stamp, n);
    }

  if (g_rename (db_path, aside) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
                   _("Cannot move “%s” aside: %s"), db_path, g_strerror (saved_errno));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (db_path, companions[i], NULL);
      g_autofree char *to = g_strconcat (aside, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_warning ("Cannot move %s aside: %s", from, g_strerror (errno));
    }

  return g_steal_pointer (&aside);
}

gboolean
td_store_restore_backup (const char  *db_path,
                         const char  *backup_path,
                         char       **set_aside_path,
                         GError     **error)
{
  g_autofree char *aside = NULL;
  sqlite3 *src = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  rc = sqlite3_open_v2 (backup_path, &src, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK || !td_store_quick_check_ok (src, NULL))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                   _("The backup “%s” cannot be read"), backup_path);
      sqlite3_close_v2 (src);
      return FALSE;
    }

  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      aside = td_store_set_aside (db_path, error);
      if (aside == NULL)
        {
          sqlite3_close_v2 (src);
          return FALSE;
        }
    }

  ok = copy_database (src, db_path, error);
  sqlite3_close_v2 (src);

  if (set_aside_path != NULL)
    *set_aside_path = g_steal_pointer (&aside);
  return ok;
}

gboolean
td_store_has_backup_of_today (const char *db_path)
{
  g_autoptr(GPtrArray) backups = td_store_list_backups (db_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "-%Y%m%d-");

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (backups, i));
      if (strstr (name, today) != NULL)
        return TRUE;
    }
  return FALSE;
}
