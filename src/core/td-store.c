/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-collate.h"
#include "td-date.h"
#include "td-core-resources.h"
#include "td-store-private.h"

#define SQL_RESOURCE_PATH "/io/github/thidua/ThiDua/sql/"

G_DEFINE_FINAL_TYPE (TdStore, td_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (td-store-error-quark, td_store_error)

enum {
  CHANGED,
  JOURNAL_STEP,
  JOURNAL_RESET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Migrations in order: version N is migrations[N - 1]. */
static const char * const migrations[] = {
  "001-schema.sql",
  "002-defaults.sql",
  "003-issue-month.sql",
  "004-application-id.sql",
  "005-task-without-content.sql",
  "006-office-signer.sql",
  "007-subjects.sql",
  "008-registrations.sql",
  "009-scoring.sql",
};

static int
collate_vi_cb (void       *user_data,
               int         a_len,
               const void *a,
               int         b_len,
               const void *b)
{
  return td_collate_len (a, a_len, b, b_len);
}

/* What every connection of ours has: the codes that tell a full disk from a damaged file,
 * foreign keys enforced, and the Vietnamese order, "COLLATE vi". */
static gboolean
set_up_connection (sqlite3  *db,
                   GError  **error)
{
  int rc;

  sqlite3_extended_result_codes (db, 1);
  rc = sqlite3_create_collation (db, "vi", SQLITE_UTF8, NULL, collate_vi_cb);
  if (rc != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, db, rc, _("Cannot open the database"));
      return FALSE;
    }
  return td_store_exec (db, "PRAGMA foreign_keys = ON", error);
}

void
td_store_emit_change (TdStore        *self,
                      const TdChange *change)
{
  GQuark detail = g_quark_from_static_string (td_change_what_to_string (change->what));

  g_signal_emit (self, signals[CHANGED], detail, change);
}

/* Runs a statement that returns no rows. */
static void
td_store_finalize (GObject *object)
{
  TdStore *self = (TdStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->journal_label, g_free);
  g_clear_pointer (&self->journal_merge_key, g_free);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (td_store_parent_class)->finalize (object);
}

static void
td_store_class_init (TdStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_store_finalize;

  /**
   * TdStore::changed:
   * @change: what changed, how, in which plan
   *
   * Emitted after a transaction that changed data has committed, once for each thing it
   * changed, in order, detailed by the nick of @change's what ("changed::task").
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, TD_TYPE_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * TdStore::journal-step:
   * @step: the number of the change in the journal (td-store-journal.h)
   * @label: what the change did, for a menu: "Delete Task"
   * @merge_key: (nullable): the one field of one row it typed into
   *
   * Emitted after a change commits, before "changed".
   */
  signals[JOURNAL_STEP] = g_signal_new ("journal-step",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_STRING,
                                        G_TYPE_STRING);
  /**
   * TdStore::journal-reset:
   *
   * Every step of the journal is forgotten: the file changed under it.
   */
  signals[JOURNAL_RESET] = g_signal_new ("journal-reset",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
td_store_init (TdStore *self)
{
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            finalize_statement);
  self->pending = g_array_new (FALSE, FALSE, sizeof (TdChange));
}

char *
td_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "thidua.db", NULL);
}

int
td_store_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

gboolean
td_store_is_sqlite_file (const char *path)
{
  static const char magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  GStatBuf st;
  FILE *file;
  size_t n;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Only an ordinary file is read: opening a pipe would wait for a writer. */
  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) || (file = g_fopen (path, "rb")) == NULL)
    return FALSE;
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  return n == sizeof header && memcmp (header, magic, sizeof magic) == 0;
}

static gboolean
looks_like_sqlite (const char  *path,
                   GError     **error)
{
  GStatBuf st;

  /* A file that cannot be looked at: sqlite3_open_v2 will say why. An empty file is a
   * new database. */
  if (g_stat (path, &st) != 0 || g_access (path, R_OK) != 0 ||
      (S_ISREG (st.st_mode) && st.st_size == 0) || td_store_is_sqlite_file (path))
    return TRUE;

  g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
               _("“%s” is not a database of this application, or it is damaged"), path);
  return FALSE;
}

/* A file: URI for @path, so that SQLite takes the mode and immutable parameters. */
static char *
file_uri (const char *path,
          const char *query)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", TRUE);
  return g_strdup_printf ("file:%s?%s", escaped, query);
}

static gboolean
open_connection (TdStore  *self,
                 gboolean  read_only,
                 GError  **error)
{
  /* A TdStore, its cached statements and its journal belong to one thread at a time (a
   * worker opens a store of its own), so SQLite need not lock the connection on every
   * call: that locking was a sixth of reading 20,000 households. */
  int flags = SQLITE_OPEN_NOMUTEX |
              (read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  int rc;

  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }

  if (read_only)
    {
      g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
      /* With no write-ahead log the file alone holds everything: read it as it is, so
       * that a reader leaves no -wal and -shm of its own beside it. With one, another
       * window may be writing: read through it, as SQLite does. */
      g_autofree char *uri = file_uri (self->path, g_file_test (wal, G_FILE_TEST_EXISTS)
                                                     ? "mode=ro" : "immutable=1");

      rc = sqlite3_open_v2 (uri, &self->db, flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI,
                            NULL);
      /* A write-ahead-log file in a folder that cannot be written: SQLite cannot make the
       * shared-memory file a reader needs, so read the file as it is on disk. */
      if (rc == SQLITE_OK)
        {
          int read_rc = SQLITE_OK;

          td_store_query_int (self->db, "SELECT count(*) FROM sqlite_schema", &read_rc);
          if ((read_rc & 0xff) == SQLITE_CANTOPEN)
            {
              g_autofree char *immutable = file_uri (self->path, "immutable=1");

              sqlite3_close_v2 (self->db);
              self->db = NULL;
              rc = sqlite3_open_v2 (immutable, &self->db,
                                    flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI, NULL);
            }
        }
    }
  else
    rc = sqlite3_open_v2 (self->path, &self->db, flags | SQLITE_OPEN_NOFOLLOW, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, TD_STORE_ERROR,
                   read_only ? TD_STORE_ERROR_READ_ONLY : TD_STORE_ERROR_NO_FOLDER,
                   _("Cannot open “%s”: %s"), self->path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, TD_STORE_BUSY_TIMEOUT_MS);
  return set_up_connection (self->db, error);
}

/* TRUE when PRAGMA quick_check says "ok"; *rc_out is the SQLite result of asking. */
gboolean
td_store_quick_check_ok (sqlite3 *db,
                         int     *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc_out != NULL)
    *rc_out = rc;
  return ok;
}

static gboolean
check_quick (TdStore  *self,
             GError  **error)
{
  int rc;

  if (td_store_quick_check_ok (self->db, &rc))
    return TRUE;

  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    {
      td_store_set_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      return FALSE;
    }

  g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
               _("“%s” is damaged and cannot be read safely"), self->path);
  return FALSE;
}

static gboolean
has_user_tables (sqlite3 *db)
{
  return td_store_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", NULL) > 0;
}

static gboolean
has_table (sqlite3    *db,
           const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema "
                                          "WHERE type = 'table' AND name = '%s'", name);
  return td_store_query_int (db, sql, NULL) > 0;
}

gboolean
td_store_check_ours (sqlite3     *db,
                     const char  *path,
                     gboolean     allow_empty,
                     GError     **error)
{
  int application_id = td_store_query_int (db, "PRAGMA application_id", NULL);
  int version = td_store_query_int (db, "PRAGMA user_version", NULL);
  g_autofree char *display = g_filename_display_name (path);

  if (application_id == TD_STORE_APPLICATION_ID && version > 0)
    return TRUE;

  if (application_id == 0)
    {
      if (version == 0 && !has_user_tables (db))
        {
          if (allow_empty)
            return TRUE;
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FOREIGN,
                       _("“%s” is an empty database: it holds no plans"), display);
          return FALSE;
        }
      /* Files made before they were marked with the application's id. */
      if (version >= 1 && version <= 3 &&
          has_table (db, "office") && has_table (db, "plan") && has_table (db, "task"))
        return TRUE;
    }

  g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FOREIGN,
               _("“%s” is a database of another program, not of Emulation & Commendation; "
                 "it was left as it is"), display);
  return FALSE;
}

/* A read-only store of an older (or empty) file: a copy in memory, brought up to date
 * there, so that the file itself is never written. */
static gboolean
load_into_memory (TdStore  *self,
                  GError  **error)
{
  sqlite3 *memory = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (memory, "main", self->db, "main");
      rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (memory);
      sqlite3_backup_finish (backup);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      sqlite3_close_v2 (memory);
      return FALSE;
    }

  g_hash_table_remove_all (self->statements);
  sqlite3_close_v2 (self->db);
  self->db = memory;
  return set_up_connection (self->db, error);
}

static gboolean
migrate (TdStore  *self,
         GError  **error)
{
  for (int version = self->version + 1; version <= td_store_latest_version (); version++)
    {
      g_autofree char *resource = g_strconcat (SQL_RESOURCE_PATH, migrations[version - 1], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *set_version = NULL;

      bytes = g_resource_lookup_data (td_core_get_resource (), resource,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      if (!td_store_exec (self->db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!td_store_exec (self->db, sql, error) || !td_store_exec (self->db, set_version, error))
        {
          g_prefix_error (error, "migration %s: ", migrations[version - 1]);
          td_store_rollback (self);
          return FALSE;
        }
      if (!td_store_commit (self, error))
        return FALSE;
      self->version = version;
      g_debug ("migrated %s to version %d", self->path, version);
    }
  return TRUE;
}

static TdStore *
open_read_only (TdStore  *self,
                gboolean  checked,
                GError  **error)
{
  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                   _("There is no database at “%s”"), display);
      return NULL;
    }
  if (!looks_like_sqlite (self->path, error) ||
      !open_connection (self, TRUE, error) ||
      (!checked && !check_quick (self, error)) ||
      !td_store_check_ours (self->db, self->path, TRUE, error))
    return NULL;

  self->access = TD_STORE_READ_ONLY_FILE;
  self->version = td_store_query_int (self->db, "PRAGMA user_version", NULL);
  if (self->version > td_store_latest_version ())
    self->access = TD_STORE_READ_ONLY_NEWER;
  else if (self->version < td_store_latest_version ())
    {
      if (!load_into_memory (self, error) || !migrate (self, error))
        return NULL;
    }
  return g_object_ref (self);
}

TdStore *
td_store_open (const char  *path,
               GError     **error)
{
  return td_store_open_full (path, TD_STORE_OPEN_DEFAULT, error);
}

TdStore *
td_store_open_full (const char        *path,
                    TdStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(TdStore) self = NULL;
  g_autofree char *dir = NULL;
  gboolean existed;
  gboolean had_data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a database file"), path);
      return NULL;
    }

  self = g_object_new (TD_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  /* Reading only (an export): nothing is created, migrated, backed up or checkpointed. */
  if (flags & TD_STORE_OPEN_READ_ONLY)
    return open_read_only (self, (flags & TD_STORE_OPEN_CHECKED) != 0, error);

  dir = g_path_get_dirname (path);
  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!existed && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NO_FOLDER,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  if (!existed && g_access (dir, W_OK) != 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NO_FOLDER,
                   _("Cannot create a database in the folder “%s”: it cannot be written"), dir);
      return NULL;
    }

  if (existed && !looks_like_sqlite (path, error))
    return NULL;

  /* WAL needs the folder too, for its -wal and -shm files. */
  if (existed && (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0))
    {
      g_autoptr(TdStore) reader = open_read_only (self, FALSE, error);

      if (reader == NULL)
        return NULL;
      self->access = MAX (self->access, TD_STORE_READ_ONLY_FILE);
      return g_steal_pointer (&self);
    }

  /* A writable file is opened for writing straight away: after a crash its write-ahead log
   * must be recovered, which a read-only connection cannot do. */
  if (!open_connection (self, FALSE, error))
    return NULL;
  /* Until the file is known to be ours, closing must not checkpoint anything into it. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!check_quick (self, error) || !td_store_check_ours (self->db, path, TRUE, error))
    return NULL;

  self->version = td_store_query_int (self->db, "PRAGMA user_version", NULL);
  had_data = existed && has_user_tables (self->db);

  if (self->version > td_store_latest_version ())
    {
      /* Leave a newer file exactly as it is: no checkpoint when this connection closes, and
       * a read-only one from now on. */
      self->access = TD_STORE_READ_ONLY_NEWER;
      if (!open_connection (self, TRUE, error))
        return NULL;
      return g_steal_pointer (&self);
    }
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  if (!td_store_exec (self->db, "PRAGMA journal_mode = WAL", error) ||
      !td_store_exec (self->db, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (self->version < td_store_latest_version ())
    {
      if (had_data)
        {
          g_autofree char *backup = td_store_backup (self, "before-update", error);
          if (backup == NULL)
            {
              g_prefix_error (error, _("No backup could be made before the update: "));
              return NULL;
            }
        }
      if (!migrate (self, error))
        return NULL;
    }
  else if (had_data && !td_store_has_backup_of_today (path))
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *backup = td_store_backup (self, "daily", &local_error);

      /* A missed daily backup must not keep the secretary from working. */
      if (backup == NULL)
        g_warning ("Daily backup failed: %s", local_error->message);
    }

  if (!td_store_journal_install (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
td_store_get_path (TdStore *self)
{
  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  return self->path;
}

TdStoreAccess
td_store_get_access (TdStore *self)
{
  g_return_val_if_fail (TD_IS_STORE (self), TD_STORE_READ_ONLY_FILE);
  return self->access;
}

gboolean
td_store_is_read_only (TdStore *self)
{
  g_return_val_if_fail (TD_IS_STORE (self), TRUE);
  return self->access != TD_STORE_WRITABLE;
}

int
td_store_get_version (TdStore *self)
{
  g_return_val_if_fail (TD_IS_STORE (self), 0);
  return self->version;
}

gboolean
td_store_check_integrity (TdStore  *self,
                          GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged"), self->path);
  return ok;
}

/* Whether @path names, by device and inode, one of @st's list. */
static gboolean
same_file_in (const GStatBuf *st,
              const char     *dir_path,
              const char     *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf other;

      if (prefix != NULL && !g_str_has_prefix (name, prefix))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (g_lstat (path, &other) == 0 && other.st_dev == st->st_dev &&
          other.st_ino == st->st_ino)
        return TRUE;
    }
  return FALSE;
}

gboolean
td_store_is_database_file (const char *db_path,
                           const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *backups = NULL;
  GStatBuf st;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Following links: another spelling of the same file is the same file. */
  if (g_stat (path, &st) != 0)
    return FALSE;

  dir = g_path_get_dirname (db_path);
  base = g_path_get_basename (db_path);
  backups = td_store_backup_dir (db_path);
  {
    GStatBuf db;

    if (g_stat (db_path, &db) == 0 && db.st_dev == st.st_dev && db.st_ino == st.st_ino)
      return TRUE;
  }
  /* The -wal, -shm and -journal files, the damaged copies set aside, the backups. */
  return same_file_in (&st, dir, base) || same_file_in (&st, backups, NULL);
}

/* Other connections --------------------------------------------------------------------- */

gboolean
td_store_read_data_version (TdStore  *self,
                            gint64   *version,
                            GError  **error)
{
  sqlite3_stmt *stmt = td_store_prepare (self, "PRAGMA data_version", error);

  if (stmt == NULL || !td_store_step_row (self, stmt, N_("Reading the data file"), error))
    {
      if (stmt != NULL)
        sqlite3_reset (stmt);
      return FALSE;
    }
  *version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
td_store_check_external (TdStore  *self,
                         GError  **error)
{
  gint64 version;
  gboolean known;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_read_data_version (self, &version, error))
    return FALSE;

  known = self->data_version_known;
  self->data_version_known = TRUE;
  if (known && version == self->data_version)
    return FALSE;
  self->data_version = version;
  if (!known)
    return FALSE;

  /* What Undo would put back may no longer be what is there. */
  td_store_journal_reset (self);
  {
    TdChange change = { TD_CHANGE_ALL, TD_CHANGE_UPDATED, 0, 0, 0 };
    td_store_emit_change (self, &change);
  }
  return TRUE;
}

void
td_store_set_busy_timeout (TdStore *self,
                           int      milliseconds)
{
  g_return_if_fail (TD_IS_STORE (self));
  sqlite3_busy_timeout (self->db, milliseconds < 0 ? TD_STORE_BUSY_TIMEOUT_MS : milliseconds);
}
