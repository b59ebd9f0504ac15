/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A power cut at any moment loses no acknowledged change and never corrupts the file.
 *
 * SIGKILL leaves everything the process wrote in the kernel's cache, so it never tests
 * synchronous = FULL; a power cut does. Each round runs a random script against the store
 * (open, add plans and tasks, edit them, close; one to three times) over the power-cut VFS,
 * which cuts the power at a random write or sync: every write not yet synced is lost, the
 * last one may be torn, or a random part of them lands. Then the application opens the file
 * as on the next start, with SQLite's real VFS, and the file must pass integrity_check and
 * hold exactly what the store acknowledged — or that and the one change in flight at the
 * cut, which may have reached the disk before its acknowledgement could.
 *
 * TD_SOAK=1 runs 1,200 rounds.
 */
#define G_LOG_DOMAIN "test-powercut"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "td-powercut-vfs.h"
#include "td-store-plan.h"
#include "td-test-db.h"

#define ROUNDS 40
#define SOAK_ROUNDS 1200
#define MAX_PLANS 4
#define TASKS_PER_PLAN 3

typedef struct {
  gint64  id;
  int     year;
  char   *content;
  char   *unit;
} KnownTask;

typedef struct {
  int     year;
  char   *title;
} KnownPlan;

/* One round: what the store acknowledged, as lines a dump of the file must give. */
typedef struct {
  TdPowercut *pc;
  GRand      *rand;
  char       *path;
  GHashTable *acked;        /* line → itself */
  GHashTable *in_flight;    /* the acknowledged lines with the change the cut interrupted */
  GPtrArray  *plans;        /* KnownPlan */
  GPtrArray  *tasks;        /* KnownTask */
  guint       seq;
  guint       commits;      /* acknowledged changes */
  const char *cut_in;       /* "open", "a change", "close" or NULL */
} Round;

typedef struct {
  guint rounds;
  guint cuts;
  guint uncut;
  guint torn;
  guint subset;
  guint shm_zeroed;
  guint commits;
  guint in_flight_landed;
  guint cut_in_open;
  guint cut_in_change;
  guint cut_in_close;
  guint dropped_writes;
  guint max_events;
  guint last_commits;   /* acknowledged in the last round */
  gboolean last_cut;
} Tally;

static void
known_task_free (gpointer data)
{
  KnownTask *task = data;

  g_free (task->content);
  g_free (task->unit);
  g_free (task);
}

static void
known_plan_free (gpointer data)
{
  KnownPlan *plan = data;

  g_free (plan->title);
  g_free (plan);
}

static GHashTable *
lines_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static GHashTable *
lines_copy (GHashTable *lines)
{
  GHashTable *copy = lines_new ();
  GHashTableIter iter;
  gpointer line;

  g_hash_table_iter_init (&iter, lines);
  while (g_hash_table_iter_next (&iter, &line, NULL))
    g_hash_table_add (copy, g_strdup (line));
  return copy;
}

static void
lines_add (GHashTable *lines,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
lines_add (GHashTable *lines,
           const char *format,
           ...)
{
  va_list args;
  char *line;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_true (g_hash_table_add (lines, line));
}

static void
lines_remove (GHashTable *lines,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
lines_remove (GHashTable *lines,
              const char *format,
              ...)
{
  va_list args;
  g_autofree char *line = NULL;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_true (g_hash_table_remove (lines, line));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
lines_text (GHashTable *lines)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer line;

  g_hash_table_iter_init (&iter, lines);
  while (g_hash_table_iter_next (&iter, &line, NULL))
    g_ptr_array_add (sorted, line);
  g_ptr_array_sort (sorted, compare_strings);
  g_ptr_array_add (sorted, NULL);
  return g_strjoinv ("\n", (char **) sorted->pdata);
}

/* The changes, each one call of the store ------------------------------------------------ */

/* TRUE when acknowledged; FALSE when the cut interrupted it, with round->in_flight what the
 * file may hold instead. Any other failure fails the test. */
static gboolean
acknowledged (Round      *round,
              gboolean    ok,
              GError     *error,
              GHashTable *next)
{
  if (ok)
    {
      g_assert_no_error (error);
      g_hash_table_unref (round->acked);
      round->acked = next;
      round->commits++;
      return TRUE;
    }

  if (!td_powercut_has_cut (round->pc))
    g_error ("a change failed with the power on: %s", error != NULL ? error->message : "?");
  g_assert_nonnull (error);
  round->in_flight = next;
  round->cut_in = "a change";
  return FALSE;
}

static gboolean
add_plan (Round   *round,
          TdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  TdStoreTaskInput inputs[TASKS_PER_PLAN];
  GHashTable *next = lines_copy (round->acked);
  guint seq = ++round->seq;
  int year = 2000 + (int) round->plans->len + 1;
  g_autofree char *title = g_strdup_printf ("Kế hoạch %u", seq);
  TdSection *section;
  gboolean ok;

  td_plan_set_year (plan, year);
  td_plan_set_kind (plan, "KẾ HOẠCH");
  td_plan_set_issuing_body (plan, "ỦY BAN NHÂN DÂN XÃ THỬ");
  td_plan_set_title (plan, title);
  lines_add (next, "plan %d %s", year, title);

  for (int i = 0; i < 2; i++)
    {
      g_autofree char *heading = g_strdup_printf ("%s Phần %u", i == 0 ? "I." : "1.", seq);

      section = td_section_new ();
      td_section_set_parent_id (section, i);
      td_section_set_position (section, 0);
      td_section_set_heading (section, heading);
      td_section_set_body (section, "Đoạn một\nĐoạn hai");
      g_ptr_array_add (sections, section);
      lines_add (next, "section %d %s", year, heading);
    }

  for (int i = 0; i < TASKS_PER_PLAN; i++)
    {
      TdTask *task = td_task_new ();
      g_autofree char *content = g_strdup_printf ("p%u t%d", seq, i + 1);
      char **names = g_new0 (char *, 2);

      names[0] = g_strdup_printf ("Đơn vị %d", i + 1);
      td_task_set_quarter (task, i % 4 + 1);
      td_task_set_position (task, i);
      td_task_set_content (task, content);
      td_task_set_responsible (task, names[0]);
      g_ptr_array_add (tasks, task);
      g_ptr_array_add (units, names);
      inputs[i] = (TdStoreTaskInput) { task, (const char * const *) names, NULL };
      lines_add (next, "task %d %s", year, content);
      lines_add (next, "link %d %s %s", year, content, names[0]);
    }

  ok = td_store_add_plan (store, plan, sections, inputs, TASKS_PER_PLAN, &error);
  if (!acknowledged (round, ok, error, next))
    return FALSE;

  {
    KnownPlan *known = g_new0 (KnownPlan, 1);

    known->year = year;
    known->title = g_strdup (title);
    g_ptr_array_add (round->plans, known);
  }
  for (int i = 0; i < TASKS_PER_PLAN; i++)
    {
      KnownTask *known = g_new0 (KnownTask, 1);
      TdTask *task = g_ptr_array_index (tasks, i);

      known->id = td_task_get_id (task);
      g_assert_cmpint (known->id, >, 0);
      known->year = year;
      known->content = g_strdup (td_task_get_content (task));
      known->unit = g_strdup (((char **) g_ptr_array_index (units, i))[0]);
      g_ptr_array_add (round->tasks, known);
    }
  return TRUE;
}

static gboolean
add_task (Round   *round,
          TdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_task_new ();
  g_autoptr(TdPlan) plan = NULL;
  KnownPlan *known_plan = g_ptr_array_index (round->plans,
                                             g_rand_int_range (round->rand, 0,
                                                               round->plans->len));
  GHashTable *next = lines_copy (round->acked);
  guint seq = ++round->seq;
  g_autofree char *content = g_strdup_printf ("a%u", seq);
  g_autofree char *unit = g_strdup_printf ("Đơn vị a%u", seq % 3);
  const char *names[] = { unit, NULL };
  KnownTask *known;
  gboolean ok;

  plan = td_store_get_plan (store, known_plan->year, &error);
  if (plan == NULL)
    return acknowledged (round, FALSE, error, next);

  td_task_set_quarter (task, g_rand_int_range (round->rand, 1, 5));
  td_task_set_content (task, content);
  td_task_set_responsible (task, unit);
  lines_add (next, "task %d %s", known_plan->year, content);
  lines_add (next, "link %d %s %s", known_plan->year, content, unit);

  ok = td_store_add_task (store, td_plan_get_id (plan), task, names, &error);
  if (!acknowledged (round, ok, error, next))
    return FALSE;

  known = g_new0 (KnownTask, 1);
  known->id = td_task_get_id (task);
  known->year = known_plan->year;
  known->content = g_strdup (content);
  known->unit = g_strdup (unit);
  g_ptr_array_add (round->tasks, known);
  return TRUE;
}

static gboolean
update_task (Round   *round,
             TdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = NULL;
  KnownTask *known = g_ptr_array_index (round->tasks,
                                        g_rand_int_range (round->rand, 0, round->tasks->len));
  GHashTable *next = lines_copy (round->acked);
  g_autofree char *content = g_strdup_printf ("u%u", ++round->seq);
  gboolean ok;

  task = td_store_get_task (store, known->id, &error);
  if (task == NULL)
    return acknowledged (round, FALSE, error, next);
  g_assert_cmpstr (td_task_get_content (task), ==, known->content);

  td_task_set_content (task, content);
  lines_remove (next, "task %d %s", known->year, known->content);
  lines_remove (next, "link %d %s %s", known->year, known->content, known->unit);
  lines_add (next, "task %d %s", known->year, content);
  lines_add (next, "link %d %s %s", known->year, content, known->unit);

  ok = td_store_update_task (store, task, &error);
  if (!acknowledged (round, ok, error, next))
    return FALSE;
  g_free (known->content);
  known->content = g_steal_pointer (&content);
  return TRUE;
}

static gboolean
update_plan (Round   *round,
             TdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  KnownPlan *known = g_ptr_array_index (round->plans,
                                        g_rand_int_range (round->rand, 0, round->plans->len));
  GHashTable *next = lines_copy (round->acked);
  g_autofree char *title = g_strdup_printf ("Kế hoạch %u (sửa)", ++round->seq);
  gboolean ok;

  plan = td_store_get_plan (store, known->year, &error);
  if (plan == NULL)
    return acknowledged (round, FALSE, error, next);
  g_assert_cmpstr (td_plan_get_title (plan), ==, known->title);

  td_plan_set_title (plan, title);
  lines_remove (next, "plan %d %s", known->year, known->title);
  lines_add (next, "plan %d %s", known->year, title);

  ok = td_store_update_plan (store, plan, &error);
  if (!acknowledged (round, ok, error, next))
    return FALSE;
  g_free (known->title);
  known->title = g_steal_pointer (&title);
  return TRUE;
}

/* One session of the application: open, a few changes, close. FALSE once the power is cut. */
static gboolean
run_session (Round *round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (round->path, &error);
  guint n_changes = g_rand_int_range (round->rand, 2, 9);

  if (store == NULL)
    {
      if (!td_powercut_has_cut (round->pc))
        g_error ("the store did not open with the power on: %s", error->message);
      round->cut_in = "open";
      return FALSE;
    }
  g_assert_no_error (error);

  for (guint i = 0; i < n_changes; i++)
    {
      guint dice = g_rand_int_range (round->rand, 0, 100);
      gboolean ok;

      if (round->plans->len == 0 || (dice < 15 && round->plans->len < MAX_PLANS))
        ok = add_plan (round, store);
      else if (dice < 45)
        ok = add_task (round, store);
      else if (dice < 80)
        ok = update_task (round, store);
      else
        ok = update_plan (round, store);
      if (!ok)
        return FALSE;
    }

  /* Closing checkpoints the write-ahead log into the database: the cut may come there too. */
  g_clear_object (&store);
  if (td_powercut_has_cut (round->pc))
    {
      round->cut_in = "close";
      return FALSE;
    }
  return TRUE;
}

/* The file as the next start finds it. NULL when it is whole and holds what it must. */
static char *
check_file (Round    *round,
            gboolean *in_flight_landed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GHashTable) found = lines_new ();
  g_autofree char *found_text = NULL;
  g_autofree char *acked_text = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;

  *in_flight_landed = FALSE;

  /* As the application starts: recovery of the log, quick_check, migrations if needed. */
  store = td_store_open (round->path, &error);
  if (store == NULL)
    return g_strdup_printf ("the application cannot open the file: %s", error->message);
  if (!td_store_check_integrity (store, &error))
    return g_strdup_printf ("integrity_check through the store: %s", error->message);
  g_clear_object (&store);

  db = td_test_raw_open (round->path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      char *problem = g_strdup_printf ("integrity_check: %s", sqlite3_column_text (stmt, 0));

      sqlite3_finalize (stmt);
      sqlite3_close (db);
      return problem;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (td_test_raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==,
                   0);
  g_assert_cmpint (td_test_raw_int (db, "PRAGMA user_version"), ==, td_store_latest_version ());

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT 'plan ' || year || ' ' || title FROM plan "
                                       "UNION ALL "
                                       "SELECT 'section ' || p.year || ' ' || s.heading "
                                       "FROM section s JOIN plan p ON p.id = s.plan_id "
                                       "UNION ALL "
                                       "SELECT 'task ' || p.year || ' ' || t.content "
                                       "FROM task t JOIN plan p ON p.id = t.plan_id "
                                       "UNION ALL "
                                       "SELECT 'link ' || p.year || ' ' || t.content || ' ' || "
                                       "       u.name "
                                       "FROM task_unit tu JOIN task t ON t.id = tu.task_id "
                                       "JOIN plan p ON p.id = t.plan_id "
                                       "JOIN unit u ON u.id = tu.unit_id",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      /* The same line twice is a change made twice. */
      if (!g_hash_table_add (found, g_strdup (line)))
        lines_add (found, "twice: %s", line);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  found_text = lines_text (found);
  acked_text = lines_text (round->acked);
  if (g_str_equal (found_text, acked_text))
    return NULL;
  if (round->in_flight != NULL)
    {
      g_autofree char *in_flight_text = lines_text (round->in_flight);

      if (g_str_equal (found_text, in_flight_text))
        {
          *in_flight_landed = TRUE;
          return NULL;
        }
    }
  return g_strdup_printf ("after %u acknowledged changes the file holds:\n%s\n"
                          "but the store acknowledged:\n%s",
                          round->commits, found_text, acked_text);
}

/* Returns NULL when the file came through, or what is wrong with it. */
static char *
run_round (TdPowercut *pc,
           guint32     seed,
           guint       cut_at,
           Tally      *tally)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-powercut-XXXXXX", &error);
  TdPowercutReport report;
  TdPowercutMode mode;
  guint dice = g_rand_int_range (rand, 0, 100);
  guint n_sessions = g_rand_int_range (rand, 1, 4);
  gboolean in_flight_landed;
  char *problem;
  Round round = { 0, };

  g_assert_no_error (error);
  mode = dice < 40 ? TD_POWERCUT_DROP_UNSYNCED
       : dice < 75 ? TD_POWERCUT_TEAR_LAST
                   : TD_POWERCUT_RANDOM_SUBSET;

  round.pc = pc;
  round.rand = rand;
  round.path = g_build_filename (dir, "thidua.db", NULL);
  round.acked = lines_new ();
  round.plans = g_ptr_array_new_with_free_func (known_plan_free);
  round.tasks = g_ptr_array_new_with_free_func (known_task_free);

  td_powercut_arm (pc, cut_at, mode);
  for (guint i = 0; i < n_sessions; i++)
    if (!run_session (&round))
      break;

  /* Every connection is closed: the disk is what the cut left. */
  td_powercut_restore (pc, &report);
  tally->rounds++;
  tally->last_commits = round.commits;
  tally->last_cut = td_powercut_has_cut (pc);
  tally->max_events = MAX (tally->max_events, td_powercut_get_events (pc));
  if (td_powercut_has_cut (pc))
    {
      tally->cuts++;
      tally->torn += report.torn;
      tally->subset += mode == TD_POWERCUT_RANDOM_SUBSET;
      tally->shm_zeroed += report.shm_zeroed;
      tally->dropped_writes += report.dropped_writes;
      tally->cut_in_open += g_strcmp0 (round.cut_in, "open") == 0;
      tally->cut_in_change += g_strcmp0 (round.cut_in, "a change") == 0;
      tally->cut_in_close += g_strcmp0 (round.cut_in, "close") == 0;
    }
  else
    tally->uncut++;

  /* The next start uses SQLite's own VFS. */
  td_powercut_set_registered (pc, FALSE);
  problem = check_file (&round, &in_flight_landed);
  td_powercut_set_registered (pc, TRUE);

  if (problem == NULL)
    {
      tally->commits += round.commits;
      tally->in_flight_landed += in_flight_landed;
    }
  else
    {
      char *told = g_strdup_printf ("cut at event %u of %u (%s, in %s, mode %d, %u writes lost, "
                                    "%storn): %s",
                                    cut_at, td_powercut_get_events (pc),
                                    td_powercut_has_cut (pc) ? "cut" : "no cut",
                                    round.cut_in != NULL ? round.cut_in : "-", mode,
                                    report.dropped_writes, report.torn ? "" : "not ", problem);
      g_free (problem);
      problem = told;
    }

  g_clear_pointer (&round.acked, g_hash_table_unref);
  g_clear_pointer (&round.in_flight, g_hash_table_unref);
  g_ptr_array_unref (round.plans);
  g_ptr_array_unref (round.tasks);
  g_free (round.path);
  td_test_remove_tree (dir);
  return problem;
}

/* After the cut, a failed daily backup is reported with a warning: expected then, and only
 * then. Handled here so that it is neither fatal nor a "Bail out!" of the TAP output. */
static void
on_store_log_cb (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        data)
{
  TdPowercut *pc = data;

  if ((level & G_LOG_LEVEL_WARNING) != 0 && td_powercut_has_cut (pc))
    return;
  g_log_default_handler (domain, level, message, NULL);
}

static gboolean
on_fatal_log_cb (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        data)
{
  TdPowercut *pc = data;

  (void) message;
  return !(td_powercut_has_cut (pc) && (level & G_LOG_LEVEL_WARNING) != 0 &&
           g_str_has_prefix (domain != NULL ? domain : "", "td-store"));
}

static void
expect_warnings_after_cut (TdPowercut *pc)
{
  g_test_log_set_fatal_handler (on_fatal_log_cb, pc);
  g_log_set_handler ("td-store", G_LOG_LEVEL_WARNING | G_LOG_FLAG_FATAL, on_store_log_cb, pc);
}

static GRand *
test_rand (void)
{
  return g_rand_new_with_seed (g_test_rand_int ());
}

static void
test_power_cut (void)
{
  g_autoptr(GRand) rand = test_rand ();
  g_autoptr(TdPowercut) pc = td_powercut_new (rand);
  gboolean soak = g_strcmp0 (g_getenv ("TD_SOAK"), "1") == 0;
  guint rounds = soak ? SOAK_ROUNDS : ROUNDS;
  gint64 start = g_get_monotonic_time ();
  double seconds;
  Tally tally = { 0, };
  Tally dry = { 0, };

  expect_warnings_after_cut (pc);

  for (guint i = 0; i < rounds; i++)
    {
      guint32 seed = g_test_rand_int ();
      g_autofree char *problem = NULL;
      guint cut_at;

      /* The script once with the power on: it must end with exactly what was acknowledged,
       * and it tells how many writes and syncs it makes, so the cut can fall on any. */
      problem = run_round (pc, seed, 0, &dry);
      g_assert_cmpstr (problem, ==, NULL);

      cut_at = g_rand_int_range (rand, 1, td_powercut_get_events (pc) + 1);
      problem = run_round (pc, seed, cut_at, &tally);
      if (problem != NULL)
        g_test_message ("round %u (seed %u): %s", i + 1, seed, problem);
      g_assert_cmpstr (problem, ==, NULL);
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_test_message ("BENCH powercut-rounds %u rounds", tally.rounds);
  g_test_message ("BENCH powercut-cuts %u cuts", tally.cuts);
  g_test_message ("BENCH powercut-torn %u torn-sectors", tally.torn);
  g_test_message ("BENCH powercut-commits-checked %u commits", tally.commits);
  g_test_message ("BENCH powercut-time %.1f s", seconds);
  g_test_message ("%u rounds in %.1f s (each also run once with no cut: %u commits): %u cut "
                  "(%u while opening, %u in a change, %u while closing); %u torn sectors, %u "
                  "with a random part of the unsynced writes landed, %u -shm zero-filled "
                  "(the rest removed); %u unsynced writes lost; %u acknowledged commits found "
                  "in the files; %u rounds where the change in flight had landed; up to %u "
                  "writes and syncs a round",
                  tally.rounds, seconds, dry.commits, tally.cuts, tally.cut_in_open,
                  tally.cut_in_change, tally.cut_in_close, tally.torn, tally.subset,
                  tally.shm_zeroed, tally.dropped_writes, tally.commits,
                  tally.in_flight_landed, dry.max_events);

  /* Not vacuous: the power really was cut, in every part of the script, and there were
   * acknowledged changes to lose. */
  g_assert_cmpuint (tally.cuts, ==, rounds);
  g_assert_cmpuint (dry.uncut, ==, rounds);
  g_assert_cmpuint (tally.cut_in_change, >=, 1);
  g_assert_cmpuint (tally.cut_in_open, >=, 1);
  g_assert_cmpuint (tally.torn, >=, 1);
  g_assert_cmpuint (tally.dropped_writes, >=, rounds);
  g_assert_cmpuint (tally.commits, >=, rounds);
}

/* The check can fail: with syncs that never reach the disk (synchronous = OFF), acknowledged
 * changes are lost and the same rounds must say so. */
static void
test_control_syncs_ignored (void)
{
  g_autoptr(GRand) rand = test_rand ();
  g_autoptr(TdPowercut) pc = td_powercut_new (rand);
  Tally tally = { 0, };
  guint failed = 0;
  guint losable = 0;
  guint rounds = 12;

  expect_warnings_after_cut (pc);

  for (guint i = 0; i < rounds; i++)
    {
      guint32 seed = g_test_rand_int ();
      g_autofree char *problem = NULL;
      guint cut_at;

      td_powercut_set_ignore_syncs (pc, FALSE);
      problem = run_round (pc, seed, 0, &tally);
      g_assert_cmpstr (problem, ==, NULL);

      /* In the second half of the script, so there is something to lose. */
      td_powercut_set_ignore_syncs (pc, TRUE);
      cut_at = g_rand_int_range (rand, td_powercut_get_events (pc) / 2,
                                 td_powercut_get_events (pc) + 1);
      g_clear_pointer (&problem, g_free);
      problem = run_round (pc, seed, cut_at, &tally);
      failed += problem != NULL;
      losable += tally.last_cut && tally.last_commits > 0;
    }
  g_test_message ("with syncs ignored, %u of %u rounds lost acknowledged changes (%u were cut "
                  "after a change was acknowledged)", failed, rounds, losable);
  g_assert_cmpuint (losable, >=, rounds / 3);
  g_assert_cmpuint (failed, ==, losable);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/powercut/any-moment", test_power_cut);
  g_test_add_func ("/store/powercut/control/syncs-ignored", test_control_syncs_ignored);

  return g_test_run ();
}
