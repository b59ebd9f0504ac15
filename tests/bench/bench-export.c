/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The whole command-line export of the sample plan, as a process a user would start:
 * thidua --export=plan --year=2022 --output=FILE.pdf, with no display.
 */
#include "config.h"

#include <gio/gio.h>

#include "td-bench-data.h"
#include "td-sample.h"

#define RUNS 20

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-bench-export-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *database_arg = NULL;
  g_autofree char *output_arg = NULL;
  double times[RUNS];

  if (argc < 2 || dir == NULL)
    {
      g_printerr ("usage: bench-export THIDUA\n");
      return 1;
    }

  db = g_build_filename (dir, "thidua.db", NULL);
  pdf = g_build_filename (dir, "plan.pdf", NULL);
  {
    g_autoptr(TdStore) store = td_store_open (db, &error);

    if (store == NULL || !td_sample_load (store, NULL, &error))
      {
        g_printerr ("bench-export: %s\n", error->message);
        return 1;
      }
  }
  database_arg = g_strconcat ("--database=", db, NULL);
  output_arg = g_strconcat ("--output=", pdf, NULL);

  /* One run first: it takes the day's backup of the new file. */
  for (int i = -1; i < RUNS; i++)
    {
      g_autoptr(GSubprocessLauncher) launcher =
        g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_autoptr(GSubprocess) process = NULL;
      gint64 start;

      g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
      g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
      start = g_get_monotonic_time ();
      process = g_subprocess_launcher_spawn (launcher, &error, argv[1], database_arg,
                                             "--export=plan", "--year=2022", output_arg, NULL);
      if (process == NULL || !g_subprocess_wait_check (process, NULL, &error))
        {
          g_printerr ("bench-export: %s\n", error->message);
          return 1;
        }
      if (i >= 0)
        times[i] = td_bench_ms (start, g_get_monotonic_time ());
    }

  g_print ("# export-plan runs:");
  for (int i = 0; i < RUNS; i++)
    g_print (" %.1f", times[i]);
  g_print ("\n");
  g_print ("BENCH cli-export-plan %.1f ms\n", td_bench_median (times, RUNS));

  td_bench_remove_tree (dir);
  return 0;
}
