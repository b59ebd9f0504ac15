/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Backups that can be trusted: a backup cut short never counts as one, is never restored
 * and never costs the day's backup; what a backup holds is told before it is restored;
 * and a kill -9 at any moment of backing up, pruning, restoring or setting aside loses
 * nothing acknowledged and leaves the newest backup whole.
 */
#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-plan.h"
#include "td-test-db.h"

typedef struct {
  char *dir;
  char *db_path;
  char *backup_dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-backup-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->backup_dir = td_store_backup_dir (fixture->db_path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  td_test_remove_tree (fixture->dir);
  g_free (fixture->backup_dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static TdStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TD_IS_STORE (store));
  return store;
}

static void
write_file (const char *path,
            const void *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* A file named like a backup of today (or of @day) that is not one. */
static char *
fake_backup_path (Fixture    *fixture,
                  const char *day,
                  const char *time,
                  const char *kind)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y%m%d");
  g_autofree char *name = g_strdup_printf ("thidua-%s-%s-%s.db", day != NULL ? day : today,
                                           time, kind);

  g_assert_no_errno (g_mkdir_with_parents (fixture->backup_dir, 0700));
  return g_build_filename (fixture->backup_dir, name, NULL);
}

/* The first half of a real backup, as a kill in the middle of writing it leaves it. */
static void
write_truncated_copy (const char *from,
                      const char *to)
{
  g_autoptr(GBytes) bytes = td_test_read_file (from);

  g_assert_cmpuint (g_bytes_get_size (bytes), >=, 4 * 4096);
  write_file (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes) / 2);
}

static gint64
plan_count (const char *path)
{
  return td_test_file_int (path, "SELECT count(*) FROM plan");
}

/* The file of a store with the sample plan and, to make it more than a page or two, a
 * plan for 2023. */
static void
make_sample_file (Fixture *fixture)
{
  g_autoptr(TdStore) store = open_store (fixture->db_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;

  g_assert_true (td_sample_load (store, NULL, &error));
  g_assert_no_error (error);
  plan = td_store_start_plan (store, 2023, &error);
  g_assert_no_error (error);
}

static gboolean
has_temporaries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.' || g_str_has_suffix (name, ".tmp") || g_str_has_suffix (name, "-journal"))
      {
        g_test_message ("left in %s: %s", dir_path, name);
        return TRUE;
      }
  return FALSE;
}

/* A kill during the daily backup, as today's code left it ------------------------------- */

static void
test_killed_daily_backup (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *empty = fake_backup_path (fixture, NULL, "080000-000000", "daily");
  g_autofree char *journal = g_strconcat (empty, "-journal", NULL);
  g_autofree char *stale = NULL;
  g_autofree char *stale_journal = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *newest_name = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "thidua-%Y%m%d-");
  g_autofree char *aside = NULL;

  make_sample_file (fixture);

  /* What a kill in the middle of today's backup left: a 0-byte file under a backup's
   * name with a journal beside it, and a temporary of a process long gone (no process
   * has the id INT_MAX). */
  write_file (empty, "", 0);
  write_file (journal, "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
  stale = g_strdup_printf ("%s/.thidua-20260101-080000-000000-daily.db.%d.tmp",
                           fixture->backup_dir, G_MAXINT);
  stale_journal = g_strconcat (stale, "-journal", NULL);
  write_file (stale, "SQLite format 3", 16);
  write_file (stale_journal, "x", 1);

  /* The broken one is no backup: it neither reads back nor can be restored. */
  g_assert_false (td_store_check_backup (empty, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* The next start still takes today's backup, and clears what the killed run left. */
  store = open_store (fixture->db_path);
  g_clear_object (&store);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 2);
  newest = td_store_newest_valid_backup (fixture->db_path, NULL);
  g_assert_nonnull (newest);
  g_assert_cmpstr (newest, !=, empty);
  newest_name = g_path_get_basename (newest);
  g_assert_true (g_str_has_prefix (newest_name, today));
  g_assert_true (g_str_has_suffix (newest_name, "-daily.db"));
  g_assert_true (td_store_check_backup (newest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan_count (newest), ==, 2);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_journal, G_FILE_TEST_EXISTS));

  /* Restoring the empty file is refused, and the file is left as it was. */
  g_assert_false (td_store_restore_backup (fixture->db_path, empty, &aside, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_assert_null (aside);
  g_assert_cmpint (plan_count (fixture->db_path), ==, 2);
}

/* Cut in half where it lies, as a copy by hand or a full disk leaves it. */
static void
test_truncated_daily_backup (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *half = g_build_filename (fixture->dir, "half.db", NULL);

  make_sample_file (fixture);
  store = open_store (fixture->db_path);
  g_clear_object (&store);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  daily = g_strdup (g_ptr_array_index (backups, 0));
  g_clear_pointer (&backups, g_ptr_array_unref);

  write_truncated_copy (daily, half);
  g_assert_no_errno (g_rename (half, daily));
  g_assert_false (td_store_check_backup (daily, NULL));

  store = open_store (fixture->db_path);
  g_clear_object (&store);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, 2);
  newest = td_store_newest_valid_backup (fixture->db_path, NULL);
  g_assert_cmpstr (newest, !=, daily);
  g_assert_true (g_str_has_suffix (newest, "-daily.db"));
}

static void
test_backup_leaves_no_temporary (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *own = NULL;
  g_autofree char *journal = NULL;

  make_sample_file (fixture);
  store = open_store (fixture->db_path);

  /* A temporary of this very process, from a backup it did not finish, goes too. */
  own = g_strdup_printf ("%s/.thidua-20260101-080000-000000-daily.db.%d.tmp",
                         fixture->backup_dir, (int) getpid ());
  write_file (own, "", 0);

  path = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_assert_true (td_store_check_backup (path, &error));
  g_assert_no_error (error);
  g_assert_false (has_temporaries (fixture->backup_dir));
  /* One self-contained file. */
  journal = td_test_file_query (path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "delete");
}

/* Restoring -------------------------------------------------------------------------------- */

static void
test_restore_newest_valid (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;
  g_autofree char *empty = fake_backup_path (fixture, "20991231", "235958-000000", "daily");
  g_autofree char *truncated = fake_backup_path (fixture, "20991231", "235959-000000", "daily");
  g_autofree char *newest = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  make_sample_file (fixture);
  store = open_store (fixture->db_path);
  good = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Newer than the good one by their names: empty, and cut in half. */
  write_file (empty, "", 0);
  write_truncated_copy (good, truncated);
  g_assert_false (td_store_check_backup (truncated, NULL));

  newest = td_store_newest_valid_backup (fixture->db_path, NULL);
  g_assert_cmpstr (newest, ==, good);

  /* Neither broken one is restored, and the file is untouched by trying. */
  before = td_test_read_file (fixture->db_path);
  g_assert_false (td_store_restore_backup (fixture->db_path, truncated, &aside, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  store = open_store (fixture->db_path);
  g_assert_false (td_store_restore (store, empty, NULL, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_clear_object (&store);
  g_assert_null (aside);
  after = td_test_read_file (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

/* The file restore, for a damaged file: no -wal of the old file is left beside the copy. */
static void
test_restore_file_stale_wal (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *wal = g_strconcat (fixture->db_path, "-wal", NULL);
  g_autofree char *aside_wal = NULL;
  g_autoptr(GBytes) wal_bytes = NULL;
  g_autoptr(GBytes) aside_wal_bytes = NULL;
  g_autoptr(GArray) years = NULL;
  sqlite3 *db;

  make_sample_file (fixture);
  store = open_store (fixture->db_path);
  good = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* A later change that sits in the write-ahead log when the power goes. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "PRAGMA journal_mode = WAL");
  td_test_raw_exec (db, "PRAGMA wal_autocheckpoint = 0");
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  td_test_raw_exec (db, "DELETE FROM task");
  td_test_raw_exec (db, "DELETE FROM plan WHERE year = 2023");
  sqlite3_close (db);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  wal_bytes = td_test_read_file (wal);

  g_assert_true (td_store_restore_backup (fixture->db_path, good, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);

  /* The old log went with the old file, byte for byte. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  aside_wal = g_strconcat (aside, "-wal", NULL);
  aside_wal_bytes = td_test_read_file (aside_wal);
  g_assert_true (g_bytes_equal (wal_bytes, aside_wal_bytes));
  g_assert_false (has_temporaries (fixture->dir));

  /* The restored file is the backup's, not mixed with the old log. */
  store = open_store (fixture->db_path);
  g_assert_true (td_store_check_integrity (store, &error));
  years = td_store_list_plan_years (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 2);
  g_clear_object (&store);
  g_assert_cmpint (td_test_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==,
                   td_test_file_int (good, "SELECT count(*) FROM task"));
  g_assert_cmpint (td_test_file_int (fixture->db_path, "SELECT count(*) FROM task"), >, 0);
}

/* The restore into the open store, with a backup of what it replaces. */
static void
test_restore_live (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;
  g_autofree char *undo = NULL;
  g_autofree char *undo_name = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GArray) years = NULL;
  gint64 tasks;

  make_sample_file (fixture);
  store = open_store (fixture->db_path);
  good = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  tasks = td_test_file_int (good, "SELECT count(*) FROM task");
  plan = td_store_start_plan (store, 2024, &error);
  g_assert_no_error (error);

  g_assert_true (td_store_restore (store, good, &undo, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* The file holds the backup's data … */
  store = open_store (fixture->db_path);
  years = td_store_list_plan_years (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2023);
  g_assert_true (td_store_check_integrity (store, &error));
  g_clear_object (&store);
  g_assert_cmpint (td_test_file_int (fixture->db_path, "SELECT count(*) FROM task"), ==, tasks);

  /* … and what it replaced is a backup of its own, to undo the restore with. */
  g_assert_nonnull (undo);
  undo_name = g_path_get_basename (undo);
  g_assert_true (g_str_has_suffix (undo_name, "-before-restore.db"));
  g_assert_true (td_store_check_backup (undo, &error));
  g_assert_cmpint (td_test_file_int (undo, "SELECT count(*) FROM plan WHERE year = 2024"),
                   ==, 1);
}

/* A clock set wrong once left backups named in the future: pruning by name would remove
 * the one backup that is whole. */
static void
test_prune_keeps_newest_valid (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *newest = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  make_sample_file (fixture);
  for (int i = 0; i < TD_STORE_MAX_BACKUPS; i++)
    {
      g_autofree char *time = g_strdup_printf ("0800%02d-000000", i);
      g_autofree char *path = fake_backup_path (fixture, "20991231", time, "daily");
      write_file (path, "", 0);
    }

  store = open_store (fixture->db_path);
  made = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (made, G_FILE_TEST_EXISTS));
  newest = td_store_newest_valid_backup (fixture->db_path, NULL);
  g_assert_cmpstr (newest, ==, made);
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, ==, TD_STORE_MAX_BACKUPS + 1);
}

/* What a backup holds ---------------------------------------------------------------------- */

static void
test_inspect (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdBackupInfo) info = NULL;
  g_autofree char *path = NULL;
  g_autofree char *empty = fake_backup_path (fixture, "20200101", "080000", "before-update");
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *kind = NULL;

  make_sample_file (fixture);
  store = open_store (fixture->db_path);
  path = td_store_backup (store, "before-update", &error);
  g_assert_no_error (error);

  info = td_store_inspect_backup (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (info);
  g_assert_cmpstr (info->path, ==, path);
  g_assert_cmpstr (info->kind, ==, "before-update");
  g_assert_nonnull (info->time);
  g_assert_cmpint (info->n_plans, ==, 2);
  g_assert_cmpint (info->n_tasks, ==, td_test_file_int (fixture->db_path,
                                                         "SELECT count(*) FROM task"));
  g_assert_cmpint (info->n_tasks, >, 5);
  g_assert_cmpint (info->first_year, ==, 2022);
  g_assert_cmpint (info->last_year, ==, 2023);

  /* A broken one says so, but its name still tells when and why it was made. */
  write_file (empty, "", 0);
  g_assert_null (td_store_inspect_backup (empty, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_assert_true (td_store_parse_backup_name (empty, &time, &kind));
  g_assert_cmpstr (kind, ==, "before-update");
  g_assert_cmpint (g_date_time_get_year (time), ==, 2020);
  g_assert_cmpint (g_date_time_get_hour (time), ==, 8);
  g_clear_pointer (&kind, g_free);
  g_clear_pointer (&time, g_date_time_unref);

  g_assert_true (td_store_parse_backup_name ("/x/thidua-20261125-081502-123456-before-restore-2.db",
                                             &time, &kind));
  g_assert_cmpstr (kind, ==, "before-restore");
  g_assert_cmpint (g_date_time_get_minute (time), ==, 15);
  g_assert_false (td_store_parse_backup_name ("/x/thidua-notes.db", NULL, NULL));
}

/* kill -9 during backup, prune, restore and set-aside ----------------------------------- */

#define N_FILLER 2000

typedef enum {
  PHASE_OPEN,          /* the start-up daily backup */
  PHASE_PLAN,          /* a commit */
  PHASE_BACKUP,        /* a backup and its pruning */
  PHASE_RESTORE,       /* into the open store */
  PHASE_FILE_RESTORE,  /* over the file: a copy, the file set aside, the copy renamed */
  PHASE_FINISHED,
  N_PHASES
} Phase;

static const char * const phase_names[] = {
  "start-up backup", "commit", "backup and prune", "restore", "file restore and set-aside",
  "finished",
};

typedef struct {
  const char *victim;
  char       *seed;
  gint64      round_time;  /* µs from "opening" to plan 4 */
  /* µs one uninterrupted start-up, backup, restore and file restore took */
  gint64      took[N_PHASES];
  guint       rounds;
  guint       in_phase[N_PHASES];
  guint       listed_checked;
  guint       stale_left;
  int         max_acked;
} KillRun;

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GBytes) bytes = td_test_read_file (from);

  write_file (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A file of our schema with some bulk, so that a backup takes a while. */
static char *
make_seed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-backup-seed-XXXXXX", &error);
  char *path = g_build_filename (dir, "seed.db", NULL);
  g_autoptr(TdStore) store = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *backup_dir = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  store = open_store (path);
  g_clear_object (&store);
  db = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  sql = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < %d) INSERT INTO setting (key, value) "
                         "SELECT 'filler-' || i, printf('%%400d', i) FROM n", N_FILLER);
  td_test_raw_exec (db, sql);
  td_test_raw_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)");
  sqlite3_close (db);

  /* A full set of older backups, so that every new one prunes the oldest. */
  backup_dir = td_store_backup_dir (path);
  g_assert_no_errno (g_mkdir_with_parents (backup_dir, 0700));
  for (int i = 0; i < TD_STORE_MAX_BACKUPS; i++)
    {
      g_autofree char *name = g_strdup_printf ("seed-20260101-0800%02d-000000-daily.db", i);
      g_autofree char *backup = g_build_filename (backup_dir, name, NULL);

      copy_file (path, backup);
      g_assert_true (td_store_check_backup (backup, NULL));
    }
  return path;
}

/* The seed and its backups, as "thidua.db" at @path. */
static void
copy_seed (const char *seed,
           const char *path)
{
  g_autofree char *from_dir = td_store_backup_dir (seed);
  g_autofree char *to_dir = td_store_backup_dir (path);
  g_autoptr(GDir) dir = g_dir_open (from_dir, 0, NULL);
  const char *name;

  copy_file (seed, path);
  g_assert_no_errno (g_mkdir_with_parents (to_dir, 0700));
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *from = g_build_filename (from_dir, name, NULL);
      g_autofree char *renamed = g_strconcat ("thidua", name + strlen ("seed"), NULL);
      g_autofree char *to = g_build_filename (to_dir, renamed, NULL);

      copy_file (from, to);
    }
}

/* Plans 1 … n, each whole, none missing, the bulk intact; returns n. */
static int
check_data (const char *path)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  n = td_test_raw_int (db, "SELECT count(*) FROM plan");
  if (n > 0)
    {
      g_assert_cmpint (td_test_raw_int (db, "SELECT min(year) FROM plan"), ==, 1951);
      g_assert_cmpint (td_test_raw_int (db, "SELECT max(year) FROM plan"), ==, 1950 + n);
    }
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task"), ==, 3 * n);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task JOIN plan "
                                        "ON plan.id = task.plan_id WHERE task.content != "
                                        "printf ('victim %d task %d', plan.year - 1950, "
                                        "task.position + 1)"), ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM setting "
                                        "WHERE key LIKE 'filler-%'"), ==, N_FILLER);
  sqlite3_close (db);
  return n;
}

/* The phase the victim is in once it has said @line. */
static Phase
line_phase (const char *line,
            Phase       phase)
{
  if (g_str_has_prefix (line, "plan ") || g_str_equal (line, "open") ||
      g_str_equal (line, "done"))
    return PHASE_PLAN;
  if (g_str_equal (line, "backup"))
    return PHASE_BACKUP;
  if (g_str_equal (line, "restore"))
    return PHASE_RESTORE;
  if (g_str_equal (line, "file-restore"))
    return PHASE_FILE_RESTORE;
  return phase;
}

static void
run_kill_round (KillRun *run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-backup-kill-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "thidua.db", NULL);
  g_autofree char *backup_dir = td_store_backup_dir (path);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "thidua-%Y%m%d-");
  g_autofree char *newest_name = NULL;
  Phase phase = PHASE_OPEN;
  Phase target;
  gint64 delay;
  int acked = 0;
  int n;
  char *line;

  g_assert_no_error (error);
  copy_seed (run->seed, path);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, run->victim, path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "opening");
  g_free (line);

  /* Each round aims at one phase in turn: it waits for the phase to start (the n-th time)
   * and kills within the time it took uninterrupted; every fifth kill comes anywhere. */
  target = (Phase) (run->rounds % 5);
  if (target == PHASE_PLAN)
    delay = g_test_rand_int_range (0, (int) run->round_time + 1);
  else
    {
      const char *start = target == PHASE_BACKUP ? "backup"
                          : target == PHASE_RESTORE ? "restore"
                          : target == PHASE_FILE_RESTORE ? "file-restore" : NULL;
      int nth = g_test_rand_int_range (1, target == PHASE_BACKUP ? 5 : 3);

      while (start != NULL && nth > 0 &&
             (line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
        {
          if (g_str_has_prefix (line, "plan "))
            acked = atoi (line + 5);
          else if (g_str_equal (line, start))
            nth--;
          phase = line_phase (line, phase);
          g_free (line);
        }
      g_assert_no_error (error);
      delay = g_test_rand_int_range (0, (int) (run->took[target] * 4 / 5) + 1);
    }
  g_usleep (delay);
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);

  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
    {
      if (g_str_has_prefix (line, "plan "))
        {
          int k = atoi (line + 5);
          g_assert_cmpint (k, ==, acked + 1);
          acked = k;
        }
      phase = line_phase (line, phase);
      g_free (line);
    }
  g_assert_no_error (error);
  if (!g_subprocess_get_if_signaled (process))
    {
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
      phase = PHASE_FINISHED;
    }

  /* The file holds everything acknowledged, and at most the one plan in flight. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  n = check_data (path);
  g_assert_cmpint (n, >=, acked);
  g_assert_cmpint (n, <=, acked + 1);

  /* Every listed backup is whole, whatever the kill cut short. */
  backups = td_store_list_backups (path, NULL);
  for (guint i = 0; i < backups->len; i++)
    {
      g_autoptr(GError) check_error = NULL;
      const char *backup = g_ptr_array_index (backups, i);

      if (!td_store_check_backup (backup, &check_error))
        g_error ("round %u (killed in %s after %" G_GINT64_FORMAT " us): %s",
                 run->rounds + 1, phase_names[phase], delay, check_error->message);
      if (i == 0)
        g_assert_cmpint (check_data (backup), <=, n);
      run->listed_checked++;
    }
  if (has_temporaries (backup_dir))
    run->stale_left++;

  /* The next start: today's backup is there and whole, nothing the kill left remains. */
  store = open_store (path);
  newest = td_store_newest_valid_backup (path, NULL);
  g_assert_nonnull (newest);
  newest_name = g_path_get_basename (newest);
  g_assert_true (g_str_has_prefix (newest_name, today));
  after = td_store_backup (store, "manual", &error);
  g_assert_no_error (error);
  g_assert_false (has_temporaries (backup_dir));
  g_assert_cmpint (check_data (after), ==, n);
  g_clear_object (&store);

  g_test_message ("round %u: killed in %s after %" G_GINT64_FORMAT " us, %d acknowledged, "
                  "%d in the file, %u backups", run->rounds + 1, phase_names[phase], delay,
                  acked, n, backups->len);
  run->rounds++;
  run->in_phase[phase]++;
  run->max_acked = MAX (run->max_acked, acked);
  td_test_remove_tree (dir);
}

/* How long each phase of the victim takes on this machine, uninterrupted. */
static void
measure_times (KillRun *run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-backup-kill-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "thidua.db", NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  gint64 start = 0;
  gint64 phase_start = 0;
  gint64 elapsed = 0;
  Phase phase = PHASE_OPEN;
  char *line;

  copy_seed (run->seed, path);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, run->victim, path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while (elapsed == 0 &&
         (line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
    {
      gint64 now = g_get_monotonic_time ();
      Phase next = line_phase (line, phase);

      if (g_str_equal (line, "opening"))
        start = phase_start = now;
      else if (g_str_equal (line, "plan 8"))
        elapsed = now - start;
      if (next != phase)
        {
          run->took[phase] = MAX (run->took[phase], now - phase_start);
          phase = next;
          phase_start = now;
        }
      if (g_str_equal (line, "plan 4"))
        run->round_time = now - start;
      g_free (line);
    }
  g_assert_no_error (error);
  g_assert_cmpint (elapsed, >, 0);
  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, &error);
  td_test_remove_tree (dir);
}

static void
test_kill (void)
{
  KillRun run = { 0, };
  g_autofree char *seed_dir = NULL;
  gboolean soak = g_strcmp0 (g_getenv ("TD_SOAK"), "1") == 0;
  guint rounds = soak ? 1000 : 10;
  gint64 start = g_get_monotonic_time ();
  GString *figures = g_string_new (NULL);

  run.victim = g_getenv ("TD_BACKUP_VICTIM");
  if (run.victim == NULL)
    {
      g_test_skip ("TD_BACKUP_VICTIM is not set; run this test with meson test");
      g_string_free (figures, TRUE);
      return;
    }
  run.seed = make_seed ();
  seed_dir = g_path_get_dirname (run.seed);
  measure_times (&run);

  for (guint i = 0; i < rounds; i++)
    run_kill_round (&run);

  for (Phase p = 0; p < N_PHASES; p++)
    g_string_append_printf (figures, "%s%u in %s", p > 0 ? ", " : "", run.in_phase[p],
                            phase_names[p]);
  g_test_message ("%u kills in %.1f s (uninterrupted, the victim opens in %" G_GINT64_FORMAT " us, backs up in %"
                  G_GINT64_FORMAT " us, restores in %" G_GINT64_FORMAT " us, restores the file in %"
                  G_GINT64_FORMAT " us): %s; up to %d plans acknowledged; %u listed backups checked whole; "
                  "%u kills left a temporary, each removed by the next backup",
                  run.rounds, (g_get_monotonic_time () - start) / 1e6, run.took[PHASE_OPEN],
                  run.took[PHASE_BACKUP], run.took[PHASE_RESTORE], run.took[PHASE_FILE_RESTORE],
                  figures->str, run.max_acked, run.listed_checked, run.stale_left);
  if (soak)
    g_printerr ("BACKUP-KILL %u kills: %s; %u listed backups whole; %u temporaries left "
                "and removed\n", run.rounds, figures->str, run.listed_checked, run.stale_left);

  g_assert_cmpuint (run.rounds, ==, rounds);
  /* Not vacuous: the kills fell inside backups, not only between them. */
  g_assert_cmpuint (run.in_phase[PHASE_BACKUP] + run.in_phase[PHASE_OPEN], >=, 1);
  g_assert_cmpuint (run.in_phase[PHASE_RESTORE] + run.in_phase[PHASE_FILE_RESTORE], >=, 1);
  g_assert_cmpint (run.max_acked, >=, 1);

  g_string_free (figures, TRUE);
  td_test_remove_tree (seed_dir);
  g_free (run.seed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/killed-daily", test_killed_daily_backup);
  ADD ("/backup/truncated-daily", test_truncated_daily_backup);
  ADD ("/backup/no-temporary", test_backup_leaves_no_temporary);
  ADD ("/backup/prune/keeps-newest-valid", test_prune_keeps_newest_valid);
  ADD ("/backup/inspect", test_inspect);
  ADD ("/backup/restore/newest-valid", test_restore_newest_valid);
  ADD ("/backup/restore/file-stale-wal", test_restore_file_stale_wal);
  ADD ("/backup/restore/live", test_restore_live);
  g_test_add_func ("/backup/kill", test_kill);

#undef ADD

  return g_test_run ();
}
