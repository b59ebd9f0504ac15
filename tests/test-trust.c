/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Files that are not ours, read-only runs and the command line's outputs: nothing that
 * is not the application's to change is changed, and no output ever takes the place of
 * the data. The command-line tests run the real binary with no display.
 */
#define G_LOG_DOMAIN "test-trust"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-plan-doc.h"
#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"

typedef struct {
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-trust-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* Helpers ------------------------------------------------------------------------------- */

static gboolean
exists (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

static gboolean
companion_exists (const char *db_path,
                  const char *suffix)
{
  g_autofree char *path = g_strconcat (db_path, suffix, NULL);

  return exists (path);
}

static void
assert_unchanged (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = td_test_read_file (path);

  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (companion_exists (path, "-wal"));
  g_assert_false (companion_exists (path, "-shm"));
  g_assert_false (companion_exists (path, "-journal"));
}

/* A database with the sample plan, checkpointed and closed. */
static void
make_sample_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (td_sample_load (store, NULL, &error));
  g_assert_no_error (error);
}

/* Another program's database: its own table, its own version, no WAL. */
static void
make_foreign_database (const char *path)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  td_test_raw_exec (db, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);"
                        "INSERT INTO note (body) VALUES ('sổ tay');"
                        "PRAGMA user_version = 3;");
  sqlite3_close (db);
}

static char *
backup_dir (const char *db_path)
{
  return td_store_backup_dir (db_path);
}

/* The real binary ------------------------------------------------------------------------ */

typedef struct {
  int    status;
  char  *out;
  gsize  out_len;
  char  *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs thidua with @args (NULL-terminated) and no display, as a script or a cron job
 * would. */
static void
run_thidua (Run         *run,
            const char  *first_arg,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *thidua = g_getenv ("TD_THIDUA");
  va_list args;

  g_assert_nonnull (thidua);
  g_ptr_array_add (argv, (gpointer) thidua);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  run->out_len = run->out != NULL ? strlen (run->out) : 0;
  g_test_message ("thidua: status %d, stderr: %s", run->status, run->err);
}

static gboolean
run_ok (Run *run)
{
  return g_spawn_check_wait_status (run->status, NULL);
}

static char *
option (const char *name,
        const char *value)
{
  return g_strdup_printf ("--%s=%s", name, value);
}

static gboolean
is_pdf (const char *path)
{
  g_autoptr(GBytes) bytes = td_test_read_file (path);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return size > 4 && memcmp (data, "%PDF", 4) == 0;
}

/* Exports the 2022 plan of @db_path to @output; TRUE when thidua said it succeeded. */
static gboolean
export_plan (const char *db_path,
             const char *output,
             Run        *run)
{
  g_autofree char *database = option ("database", db_path);
  g_autofree char *out = option ("output", output);

  run_thidua (run, database, "--export=plan", "--year=2022", out, NULL);
  return run_ok (run);
}

/* Files that are not ours ------------------------------------------------------------- */

static void
test_foreign_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autofree char *backups = backup_dir (fixture->db_path);

  make_foreign_database (fixture->db_path);
  before = td_test_read_file (fixture->db_path);

  for (int read_only = 0; read_only <= 1; read_only++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TdStore) store = NULL;

      store = td_store_open_full (fixture->db_path,
                                  read_only ? TD_STORE_OPEN_READ_ONLY : TD_STORE_OPEN_DEFAULT,
                                  &error);
      g_assert_null (store);
      g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FOREIGN);
      g_assert_nonnull (strstr (error->message, "another program"));
      assert_unchanged (fixture->db_path, before);
    }
  g_assert_false (exists (backups));
}

static void
test_foreign_application_id (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  sqlite3 *db;

  /* Marked as another application's, even with no table yet. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  td_test_raw_exec (db, "PRAGMA application_id = 42; CREATE TABLE t (x); DROP TABLE t;");
  sqlite3_close (db);
  before = td_test_read_file (fixture->db_path);

  store = td_store_open (fixture->db_path, &error);
  g_assert_null (store);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FOREIGN);
  assert_unchanged (fixture->db_path, before);
}

static void
test_marked_as_ours (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (fixture->db_path, &error);

  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (td_test_file_int (fixture->db_path, "PRAGMA application_id"), ==,
                   TD_STORE_APPLICATION_ID);

  /* And a marked file opens again. */
  store = td_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
}

/* Read-only opens ------------------------------------------------------------------------ */

static void
test_read_only_empty_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GArray) years = NULL;

  g_file_set_contents (fixture->db_path, "", 0, &error);
  g_assert_no_error (error);
  before = td_test_read_file (fixture->db_path);

  store = td_store_open_full (fixture->db_path, TD_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (td_store_is_read_only (store));
  years = td_store_list_plan_years (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 0);
  g_clear_object (&store);

  /* No schema written into the empty file. */
  assert_unchanged (fixture->db_path, before);
}

static void
test_read_only_older_file (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *source_dir = g_getenv ("TD_SOURCE_DIR");
  g_autofree char *schema_path = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *backups = backup_dir (fixture->db_path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  sqlite3 *db;

  g_assert_nonnull (source_dir);
  schema_path = g_build_filename (source_dir, "data", "sql", "001-schema.sql", NULL);
  g_file_get_contents (schema_path, &schema, NULL, &error);
  g_assert_no_error (error);

  /* What version 1 left behind. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  td_test_raw_exec (db, schema);
  td_test_raw_exec (db, "PRAGMA user_version = 1;"
                        "INSERT INTO plan (year, number, title) VALUES (2021, '7', 'Cũ');");
  sqlite3_close (db);
  before = td_test_read_file (fixture->db_path);

  store = td_store_open_full (fixture->db_path, TD_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  plan = td_store_get_plan (store, 2021, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_title (plan), ==, "Cũ");
  g_clear_object (&store);

  /* Brought up to date in memory only: the file, and no backup of it. */
  assert_unchanged (fixture->db_path, before);
  g_assert_false (exists (backups));
}

static void
test_read_only_no_backup (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *backups = backup_dir (fixture->db_path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;

  make_sample_database (fixture->db_path);
  /* The first open of the day made one; an export must not make another. */
  if (exists (backups))
    td_test_remove_tree (backups);
  before = td_test_read_file (fixture->db_path);

  store = td_store_open_full (fixture->db_path, TD_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (td_store_is_read_only (store));
  g_clear_object (&store);

  g_assert_false (exists (backups));
  assert_unchanged (fixture->db_path, before);
}

/* Root included: a database in a folder nobody may write opens read-only, with its data. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "khóa", NULL);
  g_autofree char *path = g_build_filename (folder, "thidua.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdOffice) office = NULL;

  g_assert_no_errno (g_mkdir (folder, 0700));
  make_sample_database (path);
  before = td_test_read_file (path);
  if (!td_test_set_immutable (folder, TRUE))
    {
      g_test_skip ("chattr +i is not available on this file system");
      return;
    }

  store = td_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_READ_ONLY_FILE);
  plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_plan_get_number (plan), ==, "49");

  office = td_store_get_office (store, &error);
  g_assert_no_error (error);
  g_assert_false (td_store_save_office (store, office, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  g_assert_true (td_test_set_immutable (folder, FALSE));
  assert_unchanged (path, before);
}

/* Reads that fail ------------------------------------------------------------------------- */

/* Text another program wrote badly is a data problem, reported as one and never printed. */
static void
test_read_invalid_utf8 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(GListModel) tasks = NULL;
  sqlite3 *db;

  make_sample_database (fixture->db_path);
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "UPDATE task SET content = CAST (x'4bc3' AS TEXT) "
                        "WHERE id = (SELECT min (id) FROM task)");
  sqlite3_close (db);

  store = td_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);

  tasks = td_store_list_tasks (store, td_plan_get_id (plan), &error);
  g_assert_null (tasks);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "content"));
  g_clear_error (&error);

  snapshot = td_plan_snapshot_load (store, plan, &error);
  document = snapshot != NULL ? td_plan_doc_new (snapshot, &error) : NULL;
  g_assert_null (document);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);
}

/* A read that fails halfway (here the task table is gone) gives no document at all. */
static void
test_read_failure_no_document (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  sqlite3 *db;

  make_sample_database (fixture->db_path);
  store = td_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);

  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "PRAGMA foreign_keys = OFF; DROP TABLE task_unit; DROP TABLE task;");
  sqlite3_close (db);

  snapshot = td_plan_snapshot_load (store, plan, &error);
  document = snapshot != NULL ? td_plan_doc_new (snapshot, &error) : NULL;
  g_assert_null (document);
  g_assert_nonnull (error);
}

/* The command line ------------------------------------------------------------------------ */

static void
test_export_onto_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fixture->dir, "link.pdf", NULL);
  g_autofree char *dotted = g_build_filename (fixture->dir, ".", "thidua.db", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) backup_before = NULL;
  const char *backup;

  make_sample_database (fixture->db_path);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TdStore) store = td_store_open (fixture->db_path, &error);
    g_autofree char *made = td_store_backup (store, "daily", &error);

    g_assert_no_error (error);
  }
  backups = td_store_list_backups (fixture->db_path, NULL);
  g_assert_cmpuint (backups->len, >, 0);
  backup = g_ptr_array_index (backups, 0);
  before = td_test_read_file (fixture->db_path);
  backup_before = td_test_read_file (backup);
  g_assert_no_errno (symlink (fixture->db_path, link));

  {
    const char *outputs[] = { fixture->db_path, dotted, link, backup };

    for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
      {
        g_auto(Run) run = { 0 };

        g_assert_false (export_plan (fixture->db_path, outputs[i], &run));
        g_assert_nonnull (strstr (run.err, "database"));
      }
  }

  assert_unchanged (fixture->db_path, before);
  {
    g_autoptr(GBytes) after = td_test_read_file (backup);
    g_assert_true (g_bytes_equal (backup_before, after));
  }
  /* The link is still a link to the database. */
  {
    g_autofree char *target = g_file_read_link (link, NULL);
    g_assert_cmpstr (target, ==, fixture->db_path);
  }
}

/* A pipe is not replaced by a file; the standard output is written through. */
static void
test_export_special_files (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe", NULL);
  g_auto(Run) refused = { 0 };
  g_auto(Run) piped = { 0 };
  GStatBuf st;

  make_sample_database (fixture->db_path);
  g_assert_no_errno (mkfifo (fifo, 0600));

  g_assert_false (export_plan (fixture->db_path, fifo, &refused));
  g_assert_nonnull (strstr (refused.err, "not an ordinary file"));
  g_assert_no_errno (g_lstat (fifo, &st));
  g_assert_true (S_ISFIFO (st.st_mode));

  /* g_spawn_sync's standard output is a pipe. */
  g_assert_true (export_plan (fixture->db_path, "/dev/stdout", &piped));
  g_assert_true (g_str_has_prefix (piped.out, "%PDF"));
}

static void
test_export_keeps_mode (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "kế hoạch.pdf", NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  make_sample_database (fixture->db_path);
  g_file_set_contents (output, "old", 3, &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_chmod (output, 0640));

  g_assert_true (export_plan (fixture->db_path, output, &run));
  g_assert_true (is_pdf (output));
  g_assert_no_errno (g_stat (output, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
}

static void
test_export_long_name (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *output = NULL;
  g_auto(Run) run = { 0 };

  name = g_strnfill (246, 'k');
  output = g_strdup_printf ("%s/%s.pdf", fixture->dir, name);
  make_sample_database (fixture->db_path);

  g_assert_true (export_plan (fixture->db_path, output, &run));
  g_assert_true (is_pdf (output));
}

static void
test_export_foreign_database (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autoptr(GBytes) before = NULL;
  g_auto(Run) run = { 0 };

  make_foreign_database (fixture->db_path);
  before = td_test_read_file (fixture->db_path);

  g_assert_false (export_plan (fixture->db_path, output, &run));
  g_assert_nonnull (strstr (run.err, fixture->db_path));
  g_assert_nonnull (strstr (run.err, "another program"));
  assert_unchanged (fixture->db_path, before);
  g_assert_false (exists (output));
}

/* A failed export from an empty file writes no schema into it and no backup beside it. */
static void
test_export_empty_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *backups = backup_dir (fixture->db_path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  g_file_set_contents (fixture->db_path, "", 0, &error);
  g_assert_no_error (error);
  before = td_test_read_file (fixture->db_path);

  g_assert_false (export_plan (fixture->db_path, output, &run));
  g_assert_nonnull (strstr (run.err, "no plan for 2022"));
  assert_unchanged (fixture->db_path, before);
  g_assert_false (exists (backups));
}

static void
test_export_no_backup (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *backups = backup_dir (fixture->db_path);
  g_autoptr(GBytes) before = NULL;
  g_auto(Run) run = { 0 };

  make_sample_database (fixture->db_path);
  if (exists (backups))
    td_test_remove_tree (backups);
  before = td_test_read_file (fixture->db_path);

  g_assert_true (export_plan (fixture->db_path, output, &run));
  g_assert_true (is_pdf (output));
  assert_unchanged (fixture->db_path, before);
  g_assert_false (exists (backups));
}

/* Another database, even one of no concern to this file, is never overwritten by a PDF. */
static void
test_export_onto_other_database (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "khac.sqlite", NULL);
  g_autoptr(GBytes) before = NULL;
  g_auto(Run) run = { 0 };

  make_sample_database (fixture->db_path);
  make_foreign_database (other);
  before = td_test_read_file (other);

  g_assert_false (export_plan (fixture->db_path, other, &run));
  assert_unchanged (other, before);
}

/* One command, no display: a new file gets the sample and its plan is printed. */
static void
test_load_sample_and_export (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *database = option ("database", fixture->db_path);
  g_autofree char *out = option ("output", output);
  g_auto(Run) run = { 0 };

  run_thidua (&run, database, "--load-sample", "--export=plan", "--year=2022", out, NULL);
  g_assert_true (run_ok (&run));
  g_assert_true (is_pdf (output));
  g_assert_cmpint (td_test_file_int (fixture->db_path,
                                     "SELECT count(*) FROM plan WHERE year = 2022"), ==, 1);
}

static void
test_load_sample_no_display (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *database = option ("database", fixture->db_path);
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };

  run_thidua (&first, database, "--load-sample", NULL);
  g_assert_true (run_ok (&first));
  g_assert_nonnull (strstr (first.out, "2022"));
  g_assert_cmpint (td_test_file_int (fixture->db_path,
                                     "SELECT count(*) FROM task"), ==, 9);

  /* Twice is harmless: the year already has its plan. */
  run_thidua (&again, database, "--load-sample", NULL);
  g_assert_true (run_ok (&again));
  g_assert_cmpint (td_test_file_int (fixture->db_path,
                                     "SELECT count(*) FROM task"), ==, 9);
}

/* kill -9 of the real binary while it takes the day's backup (at start-up, here with
 * --load-sample and no display): the file keeps everything and stays whole, no listed
 * backup is ever broken, and the next start takes the day's backup. */
static void
test_kill_daily_backup (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *backups = backup_dir (fixture->db_path);
  g_autofree char *database = option ("database", fixture->db_path);
  const char *thidua = g_getenv ("TD_THIDUA");
  const char *argv[] = { thidua, database, "--load-sample", NULL };
  int rounds = g_strcmp0 (g_getenv ("TD_SOAK"), "1") == 0 ? 300 : 8;
  int killed_early = 0, backups_checked = 0;
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  gint64 units;
  sqlite3 *db;

  g_assert_nonnull (thidua);
  make_sample_database (fixture->db_path);
  /* Big enough that copying it takes a while: 4,000 units with long notes. */
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                        "WHERE i < 4000) INSERT INTO unit (name, note) "
                        "SELECT 'Đơn vị ' || i, printf ('%.2000c', 'x') FROM n");
  sqlite3_close (db);
  units = td_test_file_int (fixture->db_path, "SELECT count(*) FROM unit");

  for (int round = 0; round < rounds; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *newest = NULL;
      GPid pid;
      int status;

      if (exists (backups))
        td_test_remove_tree (backups);
      g_assert_true (g_spawn_async (NULL, (char **) argv, envp,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                    G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error));
      /* Start-up takes some 100 ms before the backup, which takes as long again. */
      g_usleep (g_random_int_range (40, 260) * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      if (!exists (backups))
        killed_early++;

      /* The file is whole and holds everything. */
      g_assert_cmpint (td_test_file_int (fixture->db_path, "SELECT count(*) FROM unit"), ==,
                       units);
      {
        g_autofree char *check = td_test_file_query (fixture->db_path, "PRAGMA integrity_check");
        g_assert_cmpstr (check, ==, "ok");
      }
      /* Every backup listed reads back whole. */
      {
        g_autoptr(GPtrArray) listed = td_store_list_backups (fixture->db_path, NULL);

        for (guint i = 0; i < listed->len; i++)
          {
            g_assert_true (td_store_check_backup (g_ptr_array_index (listed, i), &error));
            g_assert_no_error (error);
            backups_checked++;
          }
      }

      /* The next start takes the day's backup, whatever the kill left behind. */
      {
        g_autoptr(TdStore) store = td_store_open (fixture->db_path, &error);
        g_assert_no_error (error);
      }
      newest = td_store_newest_valid_backup (fixture->db_path, NULL);
      g_assert_nonnull (newest);
    }

  g_test_message ("BENCH kill-daily-backup-rounds %d rounds", rounds);
  g_test_message ("kill -9 during the daily backup: %d rounds, %d before it began, "
                  "%d listed backups checked whole", rounds, killed_early, backups_checked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/trust/foreign/other-program", test_foreign_database);
  ADD ("/trust/foreign/application-id", test_foreign_application_id);
  ADD ("/trust/foreign/ours-marked", test_marked_as_ours);
  ADD ("/trust/read-only/empty-file", test_read_only_empty_file);
  ADD ("/trust/read-only/older-file", test_read_only_older_file);
  ADD ("/trust/read-only/no-backup", test_read_only_no_backup);
  ADD ("/trust/read-only/folder", test_read_only_folder);
  ADD ("/trust/read/invalid-utf8", test_read_invalid_utf8);
  ADD ("/trust/read/failure-no-document", test_read_failure_no_document);
  ADD ("/trust/export/onto-database", test_export_onto_database);
  ADD ("/trust/export/special-files", test_export_special_files);
  ADD ("/trust/export/keeps-mode", test_export_keeps_mode);
  ADD ("/trust/export/long-name", test_export_long_name);
  ADD ("/trust/export/foreign-database", test_export_foreign_database);
  ADD ("/trust/export/empty-file", test_export_empty_file);
  ADD ("/trust/export/no-backup", test_export_no_backup);
  ADD ("/trust/export/onto-other-database", test_export_onto_other_database);
  ADD ("/trust/cli/load-sample-and-export", test_load_sample_and_export);
  ADD ("/trust/cli/load-sample-no-display", test_load_sample_no_display);
  ADD ("/trust/kill/daily-backup", test_kill_daily_backup);

#undef ADD

  return g_test_run ();
}
