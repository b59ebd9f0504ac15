/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * kill -9 at any moment loses no committed change and never corrupts the file.
 *
 * Each round starts td-crash-writer on a fresh database, kills it with SIGKILL at a random
 * moment and then looks at the file: it must pass integrity_check, hold only whole
 * transactions (every plan with its 5 tasks and 2 sections), and hold every plan the
 * writer acknowledged — at most one more, committed just before the kill could be
 * acknowledged. The application must then open it for writing, both after SQLite has
 * looked at it and on a copy of the files exactly as the kill left them (hot journal or
 * write-ahead log included), as on the next start after a crash.
 */
#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "td-store-plan.h"
#include "td-test-db.h"

#define N_PLANS 240
#define ROUNDS_PER_MODE 10
/* TD_SOAK=1: with test-autosave-kill's 500 kills of thidua, more than 1,000 in all. */
#define SOAK_ROUNDS_PER_MODE 170

typedef enum {
  KILL_AFTER_TIME,       /* 5–150 ms after the start */
  KILL_AFTER_COMMITS,    /* 0–2 ms after a random number of acknowledged commits */
  KILL_IN_MIGRATION,     /* while the writer creates and migrates the store */
  N_MODES
} KillMode;

static const char * const mode_names[] = { "time", "commits", "migration" };

typedef struct {
  gint64 open_time;        /* µs the writer took to create and migrate the store */
  guint rounds;
  guint with_commits;      /* rounds where at least one commit was acknowledged */
  guint unfinished;        /* rounds killed before the writer's last commit */
  guint finished;
  guint before_open;       /* rounds killed before the store reported it was open */
  guint no_file;           /* … of which killed before SQLite created the file */
  guint not_latest;        /* rounds that left the file below the latest version */
  guint one_unacknowledged; /* rounds where the file held one commit more than acknowledged */
  int   min_acked;
  int   max_acked;
  guint acked_total;       /* acknowledged commits found in the files, all rounds */
} Tally;


static void
assert_integrity_ok (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  /* "ok" is the only row. */
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* Copies the database and its -wal and -shm, byte for byte, as they are. */
static void
copy_database_files (const char *from,
                     const char *to)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *to_dir = g_path_get_dirname (to);

  g_assert_no_errno (g_mkdir_with_parents (to_dir, 0700));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *dest = g_strconcat (to, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_file_test (source, G_FILE_TEST_EXISTS))
        continue;
      g_file_get_contents (source, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (dest, contents, length, &error);
      g_assert_no_error (error);
    }
}

/* What the file holds after the kill, read with SQLite alone. Returns the number of plans. */
static int
check_file (const char *path,
            int         acked,
            gboolean    opened,
            int        *version_out)
{
  sqlite3 *db = NULL;
  int version;
  int n_tables;
  int n;

  *version_out = 0;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Killed before SQLite created the file. */
      g_assert_false (opened);
      g_assert_cmpint (acked, ==, 0);
      return 0;
    }

  /* Read-write, as the application's next start would: a hot journal is rolled back or
   * the WAL replayed here. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  assert_integrity_ok (db);

  version = td_test_raw_int (db, "PRAGMA user_version");
  n_tables = td_test_raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
  *version_out = version;
  g_assert_cmpint (version, >=, 0);
  g_assert_cmpint (version, <=, td_store_latest_version ());
  if (opened)
    g_assert_cmpint (version, ==, td_store_latest_version ());

  /* Each migration is one transaction: its tables and its version arrive together. */
  if (version == 0)
    {
      g_assert_cmpint (n_tables, ==, 0);
      g_assert_cmpint (acked, ==, 0);
      sqlite3_close (db);
      return 0;
    }
  g_assert_cmpint (n_tables, >=, 16);
  if (version >= 2)
    g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM base_salary"), >=, 4);
  else
    g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM base_salary"), ==, 0);

  n = td_test_raw_int (db, "SELECT count(*) FROM plan");
  if (n > 0)
    {
      /* Plans 1 … n, none missing in between. */
      g_assert_cmpint (td_test_raw_int (db, "SELECT min(year) FROM plan"), ==, 1951);
      g_assert_cmpint (td_test_raw_int (db, "SELECT max(year) FROM plan"), ==, 1950 + n);
    }

  /* Only whole transactions: each plan with all its sections, tasks and links. */
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM plan WHERE "
                                "(SELECT count(*) FROM task WHERE plan_id = plan.id) != 5 OR "
                                "(SELECT count(*) FROM section WHERE plan_id = plan.id) != 2"),
                   ==, 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task"), ==, 5 * n);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM section"), ==, 2 * n);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task_unit"), ==, 5 * n);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM unit"), ==, n > 0 ? 5 : 0);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM task JOIN plan "
                                        "ON plan.id = task.plan_id "
                                        "WHERE task.content != "
                                "printf ('batch %d task %d', plan.year - 1950, "
                                "        task.position + 1)"), ==, 0);
  sqlite3_close (db);

  /* No acknowledged commit lost; at most the one in flight when the kill came is extra. */
  g_assert_cmpint (n, >=, acked);
  g_assert_cmpint (n, <=, acked + 1);
  return n;
}

static void
run_round (const char *writer,
           guint       round,
           KillMode    mode,
           Tally      *tally)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-crash-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *how = NULL;
  gboolean opened = FALSE;
  gboolean killed = TRUE;
  gboolean existed;
  g_autofree char *copy_dir = NULL;
  g_autofree char *copy_path = NULL;
  int copy_version;
  int target = 0;
  int acked = 0;
  int version;
  int n;
  char *line;

  g_assert_no_error (error);
  path = g_build_filename (dir, "thidua.db", NULL);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, writer, path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));

  switch (mode)
    {
    case KILL_AFTER_TIME:
      target = g_test_rand_int_range (5, 151);
      how = g_strdup_printf ("after %d ms", target);
      g_usleep (target * G_TIME_SPAN_MILLISECOND);
      break;

    case KILL_AFTER_COMMITS:
      target = g_test_rand_int_range (1, N_PLANS);
      while (acked < target &&
             (line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
        {
          if (g_str_equal (line, "open"))
            opened = TRUE;
          else if (g_ascii_isdigit (line[0]))
            acked = atoi (line);
          g_free (line);
        }
      g_assert_no_error (error);
      g_assert_cmpint (acked, ==, target);
      how = g_strdup_printf ("after commit %d", target);
      g_usleep (g_test_rand_int_range (0, 2001));
      break;

    case KILL_IN_MIGRATION:
      line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (line, ==, "opening");
      g_free (line);
      /* Anywhere in creating the file and migrating it, a little past it too. */
      target = g_test_rand_int_range (0, (int) (tally->open_time * 5 / 4) + 1);
      how = g_strdup_printf ("%d us into opening", target);
      g_usleep (target);
      break;

    case N_MODES:
    default:
      g_assert_not_reached ();
    }

  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);

  /* Everything the writer flushed before it died is still in the pipe. */
  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
    {
      if (g_str_equal (line, "open"))
        opened = TRUE;
      else if (g_ascii_isdigit (line[0]))
        {
          int k = atoi (line);

          g_assert_cmpint (k, ==, acked + 1);
          acked = k;
        }
      g_free (line);
    }
  g_assert_no_error (error);

  if (g_subprocess_get_if_signaled (process))
    g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
  else
    {
      /* It finished before the kill: only a clean, complete run is acceptable. */
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
      g_assert_cmpint (acked, ==, N_PLANS);
      killed = FALSE;
    }

  /* Two ways to look at what the kill left: SQLite alone on the file, and the application
   * opening its own copy straight away, as on the next start after a power cut. */
  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  copy_dir = g_build_filename (dir, "as-left", NULL);
  copy_path = g_build_filename (copy_dir, "thidua.db", NULL);
  copy_database_files (path, copy_path);

  n = check_file (path, acked, opened, &version);
  g_test_message ("round %u: %s kill %s: %d acknowledged, %d in the file, version %d%s",
                  round, mode_names[mode], how, acked, n, version,
                  killed ? "" : " (writer had finished)");

  /* The application opens what is left, for writing, at the latest version. */
  store = td_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  g_assert_true (td_store_check_integrity (store, &error));
  g_assert_no_error (error);
  years = td_store_list_plan_years (store, NULL);
  g_assert_cmpuint (years->len, ==, n);
  g_clear_object (&store);
  g_clear_pointer (&years, g_array_unref);

  store = td_store_open (copy_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_store_get_access (store), ==, TD_STORE_WRITABLE);
  g_assert_cmpint (td_store_get_version (store), ==, td_store_latest_version ());
  years = td_store_list_plan_years (store, NULL);
  g_assert_cmpuint (years->len, ==, n);
  g_clear_object (&store);
  g_assert_cmpint (check_file (copy_path, acked, TRUE, &copy_version), ==, n);

  tally->rounds++;
  if (acked >= 1)
    tally->with_commits++;
  if (acked < N_PLANS)
    tally->unfinished++;
  else
    tally->finished++;
  if (!opened)
    tally->before_open++;
  if (version < td_store_latest_version ())
    tally->not_latest++;
  if (n == acked + 1)
    tally->one_unacknowledged++;
  if (!existed)
    tally->no_file++;
  tally->acked_total += acked;
  tally->min_acked = MIN (tally->min_acked, acked);
  tally->max_acked = MAX (tally->max_acked, acked);

  td_test_remove_tree (dir);
}

/* How long the writer takes from "opening" to "open" on this machine, in µs. */
static gint64
measure_open_time (const char *writer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-crash-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "thidua.db", NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  gint64 start = 0;
  gint64 open_time = 0;
  char *line;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, writer, path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while (open_time == 0 &&
         (line = g_data_input_stream_read_line (lines, NULL, NULL, &error)) != NULL)
    {
      if (g_str_equal (line, "opening"))
        start = g_get_monotonic_time ();
      else if (g_str_equal (line, "open"))
        open_time = g_get_monotonic_time () - start;
      g_free (line);
    }
  g_assert_no_error (error);
  g_assert_cmpint (start, >, 0);
  g_assert_cmpint (open_time, >, 0);

  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  td_test_remove_tree (dir);
  return open_time;
}

static void
test_kill_anytime (void)
{
  const char *writer = g_getenv ("TD_CRASH_WRITER");
  gboolean soak = g_strcmp0 (g_getenv ("TD_SOAK"), "1") == 0;
  guint rounds_per_mode = soak ? SOAK_ROUNDS_PER_MODE : ROUNDS_PER_MODE;
  gint64 start;
  Tally tally = { 0, };
  guint round = 0;

  tally.min_acked = G_MAXINT;

  if (writer == NULL)
    {
      g_test_skip ("TD_CRASH_WRITER is not set; run this test with meson test");
      return;
    }
  g_assert_true (g_file_test (writer, G_FILE_TEST_IS_EXECUTABLE));
  tally.open_time = measure_open_time (writer);
  g_test_message ("the writer creates and migrates a store in %" G_GINT64_FORMAT " us",
                  tally.open_time);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds_per_mode; i++)
    for (KillMode mode = 0; mode < N_MODES; mode++)
      run_round (writer, ++round, mode, &tally);

  g_test_message ("BENCH crash-kills %u kills", tally.rounds - tally.finished);
  g_test_message ("BENCH crash-commits-checked %u commits", tally.acked_total);
  g_test_message ("BENCH crash-time %.1f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  g_test_message ("%u rounds: %u with acknowledged commits (%d to %d), %u killed before the "
                  "last commit, %u finished, %u killed before the store was open (%u before "
                  "the file existed, %u left below the latest version), %u held one commit "
                  "more than acknowledged",
                  tally.rounds, tally.with_commits, tally.min_acked, tally.max_acked,
                  tally.unfinished, tally.finished, tally.before_open, tally.no_file,
                  tally.not_latest, tally.one_unacknowledged);

  /* Not vacuous: commits really were made, and the writer really was cut short. */
  g_assert_cmpuint (tally.rounds, >=, 20);
  g_assert_cmpuint (tally.with_commits, >=, rounds_per_mode);
  g_assert_cmpuint (tally.unfinished, >=, rounds_per_mode);
  g_assert_cmpint (tally.max_acked, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/crash/kill-anytime", test_kill_anytime);

  return g_test_run ();
}
