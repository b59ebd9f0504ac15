/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "bench-store"

#include "config.h"

#include <glib/gstdio.h>

#include "td-bench-data.h"
#include "td-store-backup.h"
#include "td-store-plan.h"

#define FIRST_YEAR 2017
#define N_YEARS 10
#define TASKS_PER_YEAR 500
#define LOAD_YEAR 2022
#define N_RUNS 20

/* What the window does to show a year: the plan, its sections, its tasks. */
static void
load_year (TdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (store, LOAD_YEAR, &error);
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GListModel) tasks = NULL;

  if (plan == NULL)
    g_error ("Cannot read the plan for %d: %s", LOAD_YEAR, error->message);
  sections = td_store_list_sections (store, td_plan_get_id (plan), NULL);
  tasks = td_store_list_tasks (store, td_plan_get_id (plan), NULL);

  /* A load that silently reads nothing would be very fast. */
  if (g_list_model_get_n_items (sections) != 6 ||
      g_list_model_get_n_items (tasks) != TASKS_PER_YEAR)
    g_error ("Year %d has %u sections and %u tasks", LOAD_YEAR,
             g_list_model_get_n_items (sections), g_list_model_get_n_items (tasks));
}

static TdStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  return store;
}

static void
report (const char *name,
        double     *values)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < N_RUNS; i++)
    g_string_append_printf (line, " %.2f", values[i]);
  g_print ("# %s runs:%s\n", name, line->str);
  g_string_free (line, TRUE);
  g_print ("BENCH %s %.2f ms\n", name, td_bench_median (values, N_RUNS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double open_ms[N_RUNS];
  double load_ms[N_RUNS];
  double both_ms[N_RUNS];
  GStatBuf st;
  gint64 start;

  dir = g_dir_make_tmp ("td-bench-store-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "thidua.db", NULL);

  /* Not a figure of the application; printed to show what making the file costs. */
  start = g_get_monotonic_time ();
  if (!td_bench_make_years (path, FIRST_YEAR, N_YEARS, TASKS_PER_YEAR, &error))
    g_error ("Cannot generate %s: %s", path, error->message);
  g_print ("BENCH generate-10y-500 %.1f ms\n", td_bench_ms (start, g_get_monotonic_time ()));
  if (g_stat (path, &st) == 0)
    g_print ("# %s: %" G_GINT64_FORMAT " KiB\n", path, (gint64) st.st_size / 1024);

  /* Warm-up, not timed: the first open of a file with data each day copies it to
   * backups/ (the daily backup), which every later open that day skips. It also brings the
   * file into the page cache, as it is after any earlier start of the day. */
  {
    g_autoptr(TdStore) store = open_store (path);
    g_autoptr(GPtrArray) backups = td_store_list_backups (path, NULL);

    load_year (store);
    g_print ("# warm-up open took the daily backup: %s\n", backups->len > 0 ? "yes" : "no");
  }

  for (guint i = 0; i < N_RUNS; i++)
    {
      TdStore *store;

      start = g_get_monotonic_time ();
      store = open_store (path);
      g_object_unref (store);
      open_ms[i] = td_bench_ms (start, g_get_monotonic_time ());
    }

  /* On a fresh store each time, so statements are prepared as on the window's first load. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(TdStore) store = open_store (path);

      start = g_get_monotonic_time ();
      load_year (store);
      load_ms[i] = td_bench_ms (start, g_get_monotonic_time ());
    }

  for (guint i = 0; i < N_RUNS; i++)
    {
      TdStore *store;

      start = g_get_monotonic_time ();
      store = open_store (path);
      load_year (store);
      g_object_unref (store);
      both_ms[i] = td_bench_ms (start, g_get_monotonic_time ());
    }

  report ("store-open-10y", open_ms);
  report ("load-year-500", load_ms);
  report ("open-and-load-10y", both_ms);

  td_bench_remove_tree (dir);
  return 0;
}
