/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * kill -9 of the real thidua while its editor saves as the secretary types loses no saved
 * value and never damages the file.
 *
 * Each round starts build/src/thidua on the same file, with td-autosave-driver preloaded:
 * it selects the plan's heading and types into the Title and Closing rows in turn, waiting
 * each time for the editor's own autosave, and prints every value the store acknowledged
 * ("saved") and every text it put in a field ("typed"). The test SIGKILLs the process at a
 * random moment — before the window is up, while typing, during the delay before the save,
 * or in the save itself — then opens the file as the next start does: it must pass
 * integrity_check, and each field must hold the value last acknowledged, or a text typed
 * after it (the save in flight may have landed before it could be acknowledged).
 *
 * TD_SOAK=1 runs 500 kills (test-crash adds 510 more of its writer).
 */
#define G_LOG_DOMAIN "test-autosave-kill"

#include "config.h"

#include <gio/gio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "td-store-plan.h"
#include "td-test-db.h"

#define ROUNDS 6
#define SOAK_ROUNDS 500
#define ROUND_TIMEOUT_S 60

static const char * const columns[] = { "title", "closing" };
#define N_COLUMNS G_N_ELEMENTS (columns)

typedef enum {
  KILL_AT_START,         /* 0–400 ms after the spawn, the window perhaps not up */
  KILL_AFTER_SAVES,      /* after some acknowledged saves, 0–700 ms after the next typing */
  KILL_ANY_TIME,         /* 0–2.5 s after the driver is ready */
  N_MODES
} KillMode;

/* What one field must hold: its last acknowledged value, or a text typed after it. */
typedef struct {
  char      *acked;
  GPtrArray *typed_since;   /* char *, stripped as the editor saves them */
} Expected;

typedef struct {
  guint rounds;
  guint saves;             /* acknowledged saves, all rounds */
  guint killed;
  guint before_ready;
  guint in_flight_landed;  /* a field held a text typed after its last acknowledgement */
  guint max_saves;
  gint64 startup_us;       /* from the spawn to "ready", summed */
  guint startups;
} Tally;

/* Kills a thidua that hangs, so its output ends and the test can say so. */
typedef struct {
  GSubprocess *process;
  gint64       deadline;
  gint         done;
  gint         fired;
} Watchdog;

static gpointer
watchdog_thread (gpointer data)
{
  Watchdog *watchdog = data;

  while (!g_atomic_int_get (&watchdog->done))
    {
      if (g_get_monotonic_time () > watchdog->deadline)
        {
          g_atomic_int_set (&watchdog->fired, 1);
          g_subprocess_force_exit (watchdog->process);
          break;
        }
      g_usleep (20 * G_TIME_SPAN_MILLISECOND);
    }
  return NULL;
}

/* The system's data folders, from before g_test_init() isolated them: thidua needs the MIME
 * database to load its icons. */
static char *system_data_dirs;

static void
expected_clear (Expected *expected)
{
  g_clear_pointer (&expected->acked, g_free);
  g_clear_pointer (&expected->typed_since, g_ptr_array_unref);
}

static guint
column_index (const char *column)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_str_equal (columns[i], column))
      return i;
  g_error ("the driver named no known column: %s", column);
}

/* Takes in one line of the driver. Returns its kind ("ready", "typed", "saved"). */
static const char *
take_line (const char *line,
           Expected   *expected)
{
  g_auto(GStrv) words = g_strsplit (line, " ", 3);
  Expected *field;

  if (g_str_equal (line, "ready"))
    return "ready";
  if (g_strv_length (words) != 3)
    g_error ("a line the driver does not write: %s", line);

  field = &expected[column_index (words[1])];
  if (g_str_equal (words[0], "typed"))
    {
      g_ptr_array_add (field->typed_since, g_strstrip (g_strdup (words[2])));
      return "typed";
    }
  if (g_str_equal (words[0], "saved"))
    {
      g_free (field->acked);
      field->acked = g_strdup (words[2]);
      g_ptr_array_set_size (field->typed_since, 0);
      return "saved";
    }
  g_error ("the store said it saved %s, but the file did not hold it", line);
}

static char *
read_line (GDataInputStream *lines,
           Watchdog         *watchdog)
{
  g_autoptr(GError) error = NULL;
  char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);

  g_assert_no_error (error);
  if (line == NULL && g_atomic_int_get (&watchdog->fired))
    g_error ("thidua did not get on with its edits for %d s", ROUND_TIMEOUT_S);
  return line;
}

static void
run_round (const char *thidua,
           const char *driver,
           const char *path,
           guint       round,
           KillMode    mode,
           Expected   *expected,
           Tally      *tally)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autofree char *database_arg = g_strconcat ("--database=", path, NULL);
  g_autofree char *seed = g_strdup_printf ("%u", g_test_rand_int ());
  Watchdog watchdog = { NULL, 0, 0, 0 };
  GThread *thread;
  gboolean ready = FALSE;
  guint saves = 0;
  guint target = 0;
  guint delay_ms = 0;
  gint64 spawned;
  sqlite3 *db;
  char *line;

  g_subprocess_launcher_setenv (launcher, "LD_PRELOAD", driver, TRUE);
  g_subprocess_launcher_setenv (launcher, "TD_AUTOSAVE_DATABASE", path, TRUE);
  g_subprocess_launcher_setenv (launcher, "TD_AUTOSAVE_SEED", seed, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_DIRS", system_data_dirs, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, thidua, database_arg, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  spawned = g_get_monotonic_time ();
  watchdog.process = process;
  watchdog.deadline = g_get_monotonic_time () + ROUND_TIMEOUT_S * G_TIME_SPAN_SECOND;
  thread = g_thread_new ("watchdog", watchdog_thread, &watchdog);

  switch (mode)
    {
    case KILL_AT_START:
      delay_ms = g_test_rand_int_range (0, 401);
      break;

    case KILL_AFTER_SAVES:
      /* The first round always waits for a save, so every run checks one at least. */
      target = g_test_rand_int_range (round == 1 ? 1 : 0, 4);
      /* After @target acknowledged saves, the next text typed in full. */
      while ((line = read_line (lines, &watchdog)) != NULL)
        {
          const char *kind = take_line (line, expected);

          if (!ready && g_str_equal (kind, "ready"))
            {
              ready = TRUE;
              tally->startup_us += g_get_monotonic_time () - spawned;
              tally->startups++;
            }
          saves += g_str_equal (kind, "saved");
          g_free (line);
          if (g_str_equal (kind, "typed") && saves == target &&
              expected[0].typed_since->len + expected[1].typed_since->len == 2)
            break;
        }
      /* The save comes 400 ms after the last key; the commit a little after that. */
      delay_ms = g_test_rand_int_range (0, 701);
      break;

    case KILL_ANY_TIME:
      while (!ready && (line = read_line (lines, &watchdog)) != NULL)
        {
          ready = g_str_equal (take_line (line, expected), "ready");
          g_free (line);
        }
      if (ready)
        {
          tally->startup_us += g_get_monotonic_time () - spawned;
          tally->startups++;
        }
      delay_ms = g_test_rand_int_range (0, 2501);
      break;

    case N_MODES:
    default:
      g_assert_not_reached ();
    }

  g_usleep (delay_ms * G_TIME_SPAN_MILLISECOND);
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);

  /* What it said before it died is still in the pipe. */
  while ((line = read_line (lines, &watchdog)) != NULL)
    {
      const char *kind = take_line (line, expected);

      ready |= g_str_equal (kind, "ready");
      saves += g_str_equal (kind, "saved");
      g_free (line);
    }
  g_atomic_int_set (&watchdog.done, 1);
  g_thread_join (thread);

  /* Only a kill ends it: a crash of its own would be a failure of another kind. */
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
  if (mode == KILL_AFTER_SAVES)
    g_assert_cmpuint (saves, >=, target);

  /* The next start: the store recovers the write-ahead log and checks the file. */
  store = td_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (td_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM plan"), ==, 1);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM plan", columns[i]);
      sqlite3_stmt *stmt = NULL;
      g_autofree char *value = NULL;
      gboolean ok;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);

      ok = g_strcmp0 (value, expected[i].acked) == 0;
      if (!ok && g_ptr_array_find_with_equal_func (expected[i].typed_since, value,
                                                   g_str_equal, NULL))
        {
          ok = TRUE;
          tally->in_flight_landed++;
        }
      if (!ok)
        g_test_message ("round %u (mode %d, %u saves, killed %u ms on): the file's %s is "
                        "“%s”, the last acknowledged “%s”", round, mode, saves, delay_ms,
                        columns[i], value, expected[i].acked);
      g_assert_true (ok);

      /* What the file holds now is what the next round starts from. */
      g_free (expected[i].acked);
      expected[i].acked = g_steal_pointer (&value);
      g_ptr_array_set_size (expected[i].typed_since, 0);
    }
  sqlite3_close (db);

  tally->rounds++;
  tally->killed++;
  tally->saves += saves;
  tally->before_ready += !ready;
  tally->max_saves = MAX (tally->max_saves, saves);
  g_test_message ("round %u: mode %d, killed %u ms on, %u saves acknowledged%s", round, mode,
                  delay_ms, saves, ready ? "" : ", before the editor was ready");
}

static char *
make_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "autosave-kill", NULL);
  char *path = g_build_filename (dir, "thidua.db", NULL);
  g_autoptr(TdStore) store = td_store_open (path, &error);
  g_autoptr(TdPlan) plan = td_plan_new ();

  g_assert_no_error (error);
  td_plan_set_year (plan, 2022);
  td_plan_set_kind (plan, "KẾ HOẠCH");
  td_plan_set_issuing_body (plan, "ỦY BAN NHÂN DÂN XÃ THỬ");
  td_plan_set_title (plan, "Tiêu đề ban đầu");
  td_plan_set_closing (plan, "Câu kết ban đầu");
  g_assert_true (td_store_add_plan (store, plan, NULL, NULL, 0, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_kill_during_autosave (void)
{
  const char *thidua = g_getenv ("TD_THIDUA");
  const char *driver = g_getenv ("TD_AUTOSAVE_DRIVER");
  gboolean soak = g_strcmp0 (g_getenv ("TD_SOAK"), "1") == 0;
  guint rounds = soak ? SOAK_ROUNDS : ROUNDS;
  g_autofree char *path = NULL;
  Expected expected[N_COLUMNS];
  gint64 start = g_get_monotonic_time ();
  double seconds;
  Tally tally = { 0, };

  if (thidua == NULL || driver == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs TD_THIDUA, TD_AUTOSAVE_DRIVER and a display: run it with "
                   "./build-aux/test");
      return;
    }

  path = make_database ();
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      expected[i].acked = td_test_file_query (path, "SELECT %s FROM plan", columns[i]);
      expected[i].typed_since = g_ptr_array_new_with_free_func (g_free);
    }

  for (guint i = 0; i < rounds; i++)
    {
      /* Mostly around the saves, where it matters. */
      guint dice = g_test_rand_int_range (0, 10);
      KillMode mode = i == 0 || (dice >= 1 && dice < 8) ? KILL_AFTER_SAVES
                    : dice < 1 ? KILL_AT_START : KILL_ANY_TIME;

      run_round (thidua, driver, path, i + 1, mode, expected, &tally);
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_test_message ("BENCH autosave-kills %u kills", tally.killed);
  g_test_message ("BENCH autosave-saves-checked %u saves", tally.saves);
  g_test_message ("BENCH autosave-kill-time %.1f s", seconds);
  if (tally.startups > 0)
    g_test_message ("BENCH autosave-startup %.0f ms",
                    tally.startup_us / 1000.0 / tally.startups);
  g_test_message ("%u kills of thidua in %.1f s: %u acknowledged saves (up to %u in a round), "
                  "%u kills before the editor was ready, %u times a field held the save in "
                  "flight", tally.killed, seconds, tally.saves, tally.max_saves,
                  tally.before_ready, tally.in_flight_landed);

  /* Not vacuous: saves were acknowledged, and so checked. */
  g_assert_cmpuint (tally.saves, >=, 1);
  if (soak)
    g_assert_cmpuint (tally.saves, >=, rounds / 2);

  for (guint i = 0; i < N_COLUMNS; i++)
    expected_clear (&expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  system_data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  if (system_data_dirs == NULL)
    system_data_dirs = g_strdup ("/usr/local/share/:/usr/share/");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/window/autosave/kill", test_kill_during_autosave);

  return g_test_run ();
}
