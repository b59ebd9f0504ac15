/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Backups beside the database: made with SQLite's backup API under a hidden temporary
 * name, checked, synced and only then renamed into place; listed newest first; restored
 * only when they read back whole, over a file that is first set aside, never deleted.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "td-store-backup.h"
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
td_store_list_backups (const char  *db_path,
                       GError     **error)
{
  g_autofree char *dir_path = td_store_backup_dir (db_path);
  g_autofree char *prefix = backup_prefix (db_path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &local_error);
  GPtrArray *names;
  GPtrArray *paths;
  const char *name;

  /* No folder yet: no backup yet. */
  if (dir == NULL && !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  paths = g_ptr_array_new_with_free_func (g_free);

  /* Temporaries start with a dot and end in .tmp, so they are never listed. */
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

gboolean
td_store_parse_backup_name (const char  *path,
                            GDateTime  **time,
                            char       **kind)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *name = NULL;
  int field[7] = { 0 };

  g_return_val_if_fail (path != NULL, FALSE);

  regex = g_regex_new ("-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-(\\d{6}))?"
                       "-([A-Za-z][A-Za-z-]*?)(?:-\\d+)?\\.db$", 0, 0, NULL);
  name = g_path_get_basename (path);
  if (!g_regex_match (regex, name, 0, &match))
    return FALSE;

  for (int i = 0; i < 7; i++)
    {
      g_autofree char *digits = g_match_info_fetch (match, i + 1);
      field[i] = digits != NULL && digits[0] != '\0' ? atoi (digits) : 0;
    }

  if (time != NULL)
    *time = g_date_time_new_local (field[0], field[1], field[2], field[3], field[4],
                                   field[5] + field[6] / 1e6);
  if (kind != NULL)
    *kind = g_match_info_fetch (match, 8);
  return TRUE;
}

/* Whether @db holds this application's schema, of a version this one can open. */
static gboolean
check_ours (sqlite3     *db,
            const char  *path,
            const char  *name,
            GError     **error)
{
  int rc = SQLITE_OK;
  int version;

  /* An empty database is no backup: a kill left it before the copy began. */
  if (!td_store_check_ours (db, path, FALSE, NULL))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or is not a backup of this application"), name);
      return FALSE;
    }
  version = td_store_query_int (db, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK || version > td_store_latest_version ())
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                   _("“%s” was made by a newer version of this application"), name);
      return FALSE;
    }
  return TRUE;
}

/* @path opened read-only, once it has read back whole and proved to be ours. */
static sqlite3 *
open_checked (const char  *path,
              GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  sqlite3 *db = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                   _("The backup “%s” is missing"), name);
      return NULL;
    }

  /* A read-only connection writes nothing, not even a journal's rollback. */
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      !td_store_quick_check_ok (db, NULL))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or is not a backup of this application"), name);
      sqlite3_close_v2 (db);
      return NULL;
    }

  if (!check_ours (db, path, name, error))
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

gboolean
td_store_check_backup (const char  *path,
                       GError     **error)
{
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, FALSE);

  db = open_checked (path, error);
  sqlite3_close_v2 (db);
  return db != NULL;
}

char *
td_store_newest_valid_backup (const char  *db_path,
                              GError     **error)
{
  g_autoptr(GPtrArray) backups = td_store_list_backups (db_path, error);

  for (guint i = 0; backups != NULL && i < backups->len; i++)
    if (td_store_check_backup (g_ptr_array_index (backups, i), NULL))
      return g_strdup (g_ptr_array_index (backups, i));
  return NULL;
}

TdBackupInfo *
td_store_inspect_backup (const char  *path,
                         GError     **error)
{
  g_autoptr(TdBackupInfo) info = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean read = FALSE;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  db = open_checked (path, error);
  if (db == NULL)
    return NULL;

  info = g_new0 (TdBackupInfo, 1);
  info->path = g_strdup (path);
  if (!td_store_parse_backup_name (path, &info->time, &info->kind))
    info->kind = g_strdup ("");

  /* What it holds, in one read. */
  if (sqlite3_prepare_v2 (db, "SELECT count(*), (SELECT count(*) FROM task), "
                              "coalesce(min(year), 0), coalesce(max(year), 0) FROM plan",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      info->n_plans = sqlite3_column_int (stmt, 0);
      info->n_tasks = sqlite3_column_int (stmt, 1);
      info->first_year = sqlite3_column_int (stmt, 2);
      info->last_year = sqlite3_column_int (stmt, 3);
      read = TRUE;
    }
  sqlite3_finalize (stmt);
  if (!read)
    {
      g_autofree char *name = g_path_get_basename (path);
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or is not a backup of this application"), name);
      sqlite3_close_v2 (db);
      return NULL;
    }

  sqlite3_close_v2 (db);
  return g_steal_pointer (&info);
}

void
td_backup_info_free (TdBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info->kind);
  g_clear_pointer (&info->time, g_date_time_unref);
  g_free (info);
}

/* Files ---------------------------------------------------------------------------------- */

/* Flushes @path to the disk; a folder, so that a rename in it survives a power cut. */
static gboolean
sync_path (const char  *path,
           gboolean     folder,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0), 0);
  int saved_errno;

  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }

  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  /* Some file systems cannot sync a folder; the rename is then as safe as they make it. */
  if (folder && (saved_errno == EINVAL || saved_errno == ENOTSUP))
    return TRUE;
  g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
               _("Cannot write “%s” to the disk: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/* SQLite's companions of a temporary: a copy from a WAL file is briefly a WAL file too. */
static const char * const sqlite_suffixes[] = { "-journal", "-wal", "-shm" };

static void
remove_with_journal (const char *path)
{
  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (sqlite_suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, sqlite_suffixes[i], NULL);
      g_unlink (companion);
    }
}

static gboolean
is_temporary_suffix (const char *tail)
{
  if (strcmp (tail, ".tmp") == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (sqlite_suffixes); i++)
    if (g_str_has_prefix (tail, ".tmp") && strcmp (tail + 4, sqlite_suffixes[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Our temporaries are ".NAME.PID.tmp" (and SQLite's -journal, -wal and -shm of them). One left by a
 * process that no longer runs was cut short: remove it. */
static void
remove_stale_temporaries (const char *dir_path,
                          const char *start)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      const char *tmp = strstr (name, ".tmp");
      const char *dot;
      gint64 pid;

      if (!g_str_has_prefix (name, start) || tmp == NULL || !is_temporary_suffix (tmp))
        continue;
      for (dot = tmp - 1; dot > name && g_ascii_isdigit (*dot); dot--)
        ;
      if (*dot != '.' || dot + 1 == tmp)
        continue;
      pid = g_ascii_strtoll (dot + 1, NULL, 10);
      if (pid == getpid () || (kill ((pid_t) pid, 0) != 0 && errno == ESRCH))
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);

          g_debug ("removing %s, left by an interrupted run", path);
          g_unlink (path);
        }
    }
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
      remove_with_journal (dest_path);
      return FALSE;
    }

  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  /* A backup is one self-contained file, not a WAL database with companions. */
  if (rc != SQLITE_DONE ||
      (rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL)) != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, NULL, rc, dest_path);
      sqlite3_close_v2 (dest);
      remove_with_journal (dest_path);
      return FALSE;
    }

  rc = sqlite3_close (dest);
  if (rc != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, NULL, rc, dest_path);
      remove_with_journal (dest_path);
      return FALSE;
    }
  return TRUE;
}

/* Copies @src to @path under a temporary name beside it, checks and syncs the copy, and
 * only then renames it into place: a file at @path is always whole. */
static gboolean
write_checked_copy (sqlite3     *src,
                    const char  *tmp,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  remove_with_journal (tmp);
  if (!copy_database (src, tmp, error))
    return FALSE;

  if (!td_store_check_backup (tmp, error) || !sync_path (tmp, FALSE, error))
    {
      remove_with_journal (tmp);
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      remove_with_journal (tmp);
      return FALSE;
    }
  return sync_path (dir, TRUE, error);
}

/* Keeps the newest TD_STORE_MAX_BACKUPS, and whatever happens the newest one that reads
 * back whole (@known_good, just made, when given). */
static void
prune_backups (const char *db_path,
               const char *known_good)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = td_store_list_backups (db_path, &error);
  const char *newest_valid = NULL;

  if (backups == NULL)
    {
      g_warning ("Cannot list the old backups: %s", error->message);
      return;
    }
  if (backups->len <= TD_STORE_MAX_BACKUPS)
    return;

  for (guint i = 0; i < backups->len && newest_valid == NULL; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      if (g_strcmp0 (path, known_good) == 0 || td_store_check_backup (path, NULL))
        newest_valid = path;
    }

  for (guint i = TD_STORE_MAX_BACKUPS; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);

      if (path == newest_valid)
        continue;
      if (g_unlink (path) != 0)
        g_warning ("Cannot remove old backup %s: %s", path, g_strerror (errno));
    }
}

char *
td_store_backup (TdStore     *self,
                 const char  *reason,
                 GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *name = NULL;
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
  hidden = g_strconcat (".", prefix, NULL);
  remove_stale_temporaries (dir, hidden);

  /* Microseconds, so that names sort in the order the backups were made. */
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");
  for (int n = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      g_free (name);
      name = n == 0 ? g_strdup_printf ("%s%s-%s.db", prefix, stamp, reason)
                    : g_strdup_printf ("%s%s-%s-%d.db", prefix, stamp, reason, n);
      path = g_build_filename (dir, name, NULL);
    }

  tmp = g_strdup_printf ("%s%c.%s.%d.tmp", dir, G_DIR_SEPARATOR, name, (int) getpid ());
  if (!write_checked_copy (self->db, tmp, path, error))
    return NULL;

  /* Only now that the new one is in place may an old one go. */
  prune_backups (self->path, path);
  return g_steal_pointer (&path);
}

/* A cheap test for the start-up: a whole file by its header (the size it gives is the
 * size it has), no journal left to roll back, and our schema. Every backup was read back
 * with quick_check before it took its name, so this finds what a kill or a copy cut
 * short leaves without reading every page on each start; a restore still checks them all. */
static gboolean
looks_whole (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *name = g_path_get_basename (path);
  guint8 header[100];
  GStatBuf st;
  guint32 page_size;
  guint32 n_pages;
  gboolean ok;
  sqlite3 *db = NULL;
  FILE *file;

  if (g_stat (path, &st) != 0 || g_file_test (journal, G_FILE_TEST_EXISTS))
    return FALSE;
  file = g_fopen (path, "rb");
  if (file == NULL)
    return FALSE;
  ok = fread (header, 1, sizeof header, file) == sizeof header;
  fclose (file);
  if (!ok || memcmp (header, "SQLite format 3", 16) != 0)
    return FALSE;

  page_size = (guint32) header[16] << 8 | header[17];
  if (page_size == 1)
    page_size = 65536;
  n_pages = (guint32) header[28] << 24 | (guint32) header[29] << 16 |
            (guint32) header[30] << 8 | header[31];
  /* The page count is valid when the version-valid-for number equals the change counter. */
  if (memcmp (header + 24, header + 92, 4) != 0 || n_pages == 0 ||
      (gint64) st.st_size != (gint64) page_size * n_pages)
    return FALSE;

  ok = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
       check_ours (db, path, name, NULL);
  sqlite3_close_v2 (db);
  return ok;
}

gboolean
td_store_has_backup_of_today (const char *db_path)
{
  g_autoptr(GPtrArray) backups = td_store_list_backups (db_path, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "-%Y%m%d-");

  /* A backup cut short or damaged is no backup: it must not stop today's; a folder that
   * cannot be read holds none to count on. */
  for (guint i = 0; backups != NULL && i < backups->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (backups, i));
      if (strstr (name, today) != NULL && looks_whole (g_ptr_array_index (backups, i)))
        return TRUE;
    }
  return FALSE;
}

/* Setting aside and restoring ------------------------------------------------------------ */

static const char * const companions[] = { "-wal", "-shm" };

static void
move_back_companions (const char *db_path,
                      const char *aside,
                      guint       n_moved)
{
  for (guint i = 0; i < n_moved; i++)
    {
      g_autofree char *from = g_strconcat (aside, companions[i], NULL);
      g_autofree char *to = g_strconcat (db_path, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_warning ("Cannot move %s back: %s", from, g_strerror (errno));
    }
}

/* The -wal and -shm go first: a file left without them is only the file as it was at its
 * last checkpoint, whereas a -wal left beside another file would be replayed into it.
 * With @keep_linked the file stays where it is as well (a hard link), so that the caller
 * can rename another file over it and there is never a moment with no file at all. */
static char *
set_aside (const char  *db_path,
           gboolean     keep_linked,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = NULL;
  g_autofree char *dir = g_path_get_dirname (db_path);
  gboolean taken = TRUE;
  guint moved = 0;

  for (int n = 0; taken; n++)
    {
      g_free (aside);
      aside = n == 0 ? g_strdup_printf ("%s.damaged-%s", db_path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%d", db_path, stamp, n);
      taken = g_file_test (aside, G_FILE_TEST_EXISTS);
      for (guint i = 0; i < G_N_ELEMENTS (companions) && !taken; i++)
        {
          g_autofree char *to = g_strconcat (aside, companions[i], NULL);
          taken = g_file_test (to, G_FILE_TEST_EXISTS);
        }
    }

  for (; moved < G_N_ELEMENTS (companions); moved++)
    {
      g_autofree char *from = g_strconcat (db_path, companions[moved], NULL);
      g_autofree char *to = g_strconcat (aside, companions[moved], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
                       _("Cannot move “%s” aside: %s"), from, g_strerror (saved_errno));
          move_back_companions (db_path, aside, moved);
          return NULL;
        }
    }

  if (g_file_test (db_path, G_FILE_TEST_EXISTS) &&
      !(keep_linked && link (db_path, aside) == 0) && g_rename (db_path, aside) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
                   _("Cannot move “%s” aside: %s"), db_path, g_strerror (saved_errno));
      move_back_companions (db_path, aside, moved);
      return NULL;
    }

  if (!sync_path (dir, TRUE, error))
    return NULL;
  return g_steal_pointer (&aside);
}

char *
td_store_set_aside (const char  *db_path,
                    GError     **error)
{
  g_return_val_if_fail (db_path != NULL, NULL);
  return set_aside (db_path, FALSE, error);
}

gboolean
td_store_restore_backup (const char  *db_path,
                         const char  *backup_path,
                         char       **set_aside_path,
                         GError     **error)
{
  g_autofree char *aside = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;
  sqlite3 *src;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  src = open_checked (backup_path, &local_error);
  if (src == NULL)
    {
      g_autofree char *name = g_path_get_basename (backup_path);
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                   _("The backup “%s” cannot be restored: %s"), name, local_error->message);
      return FALSE;
    }

  dir = g_path_get_dirname (db_path);
  base = g_path_get_basename (db_path);
  hidden = g_strconcat (".", base, ".restore.", NULL);
  remove_stale_temporaries (dir, hidden);
  tmp = g_strdup_printf ("%s%c%s%d.tmp", dir, G_DIR_SEPARATOR, hidden, (int) getpid ());

  /* The copy is whole and on the disk before anything happens to the current file. */
  remove_with_journal (tmp);
  ok = copy_database (src, tmp, error);
  sqlite3_close_v2 (src);
  if (!ok)
    return FALSE;
  if (!td_store_check_backup (tmp, error) || !sync_path (tmp, FALSE, error))
    {
      remove_with_journal (tmp);
      return FALSE;
    }

  aside = set_aside (db_path, TRUE, error);
  if (aside == NULL)
    {
      remove_with_journal (tmp);
      return FALSE;
    }

  if (g_rename (tmp, db_path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), db_path, g_strerror (saved_errno));
      remove_with_journal (tmp);
      return FALSE;
    }
  if (!sync_path (dir, TRUE, error))
    return FALSE;

  /* Nothing was set aside when there was no file (only stray companions, perhaps). */
  if (!g_file_test (aside, G_FILE_TEST_EXISTS))
    g_clear_pointer (&aside, g_free);
  if (set_aside_path != NULL)
    *set_aside_path = g_steal_pointer (&aside);
  return TRUE;
}

gboolean
td_store_restore (TdStore     *self,
                  const char  *backup_path,
                  char       **undo_path,
                  GError     **error)
{
  g_autofree char *undo = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_backup *backup;
  sqlite3 *src;
  int rc;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (self->access != TD_STORE_WRITABLE)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY,
                   _("This file is open read-only; nothing can be changed"));
      return FALSE;
    }

  name = g_path_get_basename (backup_path);
  src = open_checked (backup_path, &local_error);
  if (src == NULL)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                   _("The backup “%s” cannot be restored: %s"), name, local_error->message);
      return FALSE;
    }

  undo = td_store_backup (self, "before-restore", &local_error);
  if (undo == NULL)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
                   _("Nothing was restored, because the current data could not be backed "
                     "up first: %s"), local_error->message);
      sqlite3_close_v2 (src);
      return FALSE;
    }

  /* Into the open file, in one transaction of its own: a kill leaves either the data as
   * it was or the backup's, and another program with the file open sees the change
   * rather than writing on into a file set aside. */
  g_hash_table_remove_all (self->statements);
  backup = sqlite3_backup_init (self->db, "main", src, "main");
  if (backup == NULL)
    {
      td_store_set_sqlite_error (error, self->db, sqlite3_errcode (self->db), name);
      sqlite3_close_v2 (src);
      return FALSE;
    }
  for (int tries = 0;; tries++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || tries >= 250)
        break;
      sqlite3_sleep (20);
    }
  sqlite3_backup_finish (backup);
  sqlite3_close_v2 (src);

  if (rc != SQLITE_DONE)
    {
      td_store_set_sqlite_error (error, NULL, rc, name);
      return FALSE;
    }

  self->version = td_store_query_int (self->db, "PRAGMA user_version", NULL);
  if (undo_path != NULL)
    *undo_path = g_steal_pointer (&undo);
  {
    TdChange change = { TD_CHANGE_ALL, TD_CHANGE_UPDATED, 0, 0, 0 };
    td_store_emit_change (self, &change);
  }
  return TRUE;
}
