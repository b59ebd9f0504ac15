/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "bench-startup"

#include "config.h"

#include <gio/gio.h>

#include "td-bench-data.h"
#include "td-sample.h"
#include "td-store.h"

#define N_RUNS 10
#define FIRST_FRAME_TIMEOUT_S 20

/* One launch: reads the child's stdout line by line until "first-frame", then to its end. */
typedef struct {
  GDataInputStream *stdout_lines;
  GCancellable     *cancellable;
  gint64            first_frame;   /* g_get_monotonic_time() when the line came, or 0 */
  gboolean          finished;      /* EOF or an error */
  gboolean          timed_out;
  GError           *error;
} Launch;

static void read_next_line (Launch *launch);

static void
on_line_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Launch *launch = user_data;
  gint64 now = g_get_monotonic_time ();
  g_autofree char *line = NULL;

  line = g_data_input_stream_read_line_finish_utf8 (launch->stdout_lines, result, NULL,
                                                    &launch->error);
  if (line == NULL)
    {
      launch->finished = TRUE;
      return;
    }
  if (launch->first_frame == 0 && g_str_equal (line, "first-frame"))
    launch->first_frame = now;
  read_next_line (launch);
}

static void
read_next_line (Launch *launch)
{
  g_data_input_stream_read_line_async (launch->stdout_lines, G_PRIORITY_DEFAULT,
                                       launch->cancellable, on_line_cb, launch);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Launch *launch = user_data;

  launch->timed_out = TRUE;
  g_cancellable_cancel (launch->cancellable);
  return G_SOURCE_REMOVE;
}

/* Milliseconds from just before the spawn to the "first-frame" line, or -1 on failure. */
static double
launch_once (const char  *thidua,
             const char  *database,
             const char  *data_home,
             const char  *extra_arg,
             GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *database_arg = g_strconcat ("--database=", database, NULL);
  Launch launch = { NULL, cancellable, 0, FALSE, FALSE, NULL };
  guint timeout_id;
  gint64 start;

  /* GSETTINGS_SCHEMA_DIR, GSETTINGS_BACKEND, GSK_RENDERER and DISPLAY come from our own
   * environment (meson's test_env and xvfb-run). */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "TD_DEBUG_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, error, thidua, database_arg, extra_arg, NULL);
  if (process == NULL)
    return -1;

  launch.stdout_lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  timeout_id = g_timeout_add_seconds (FIRST_FRAME_TIMEOUT_S, on_timeout_cb, &launch);
  read_next_line (&launch);

  /* Until the first frame and the end of its output, which comes when it exits. */
  while (!launch.finished)
    g_main_context_iteration (NULL, TRUE);

  if (!launch.timed_out)
    g_source_remove (timeout_id);
  g_clear_object (&launch.stdout_lines);

  if (launch.first_frame == 0 || launch.timed_out)
    {
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
      g_clear_error (&launch.error);
      if (!launch.timed_out)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     "%s --database=%s: ended without printing \"first-frame\"", thidua,
                     database);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                     "%s --database=%s: %s within %d s", thidua, database,
                     launch.first_frame == 0 ? "no \"first-frame\""
                                             : "no exit after the first frame",
                     FIRST_FRAME_TIMEOUT_S);
      return -1;
    }
  g_clear_error (&launch.error);

  if (!g_subprocess_wait_check (process, NULL, error))
    {
      g_prefix_error (error, "%s --database=%s: ", thidua, database);
      return -1;
    }
  return td_bench_ms (start, launch.first_frame);
}

/* FALSE, with the reason on stderr, when a launch fails or never shows its first frame. */
static gboolean
bench_file (const char *name,
            const char *thidua,
            const char *database,
            const char *data_home,
            const char *extra_arg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) runs = g_string_new (NULL);
  double ms[N_RUNS];
  double min;

  /* Warm-up: caches filled, and the day's backup of the file taken, as on any later start. */
  if (launch_once (thidua, database, data_home, extra_arg, &error) < 0)
    {
      g_printerr ("%s (warm-up): %s\n", name, error->message);
      return FALSE;
    }

  for (guint i = 0; i < N_RUNS; i++)
    {
      ms[i] = launch_once (thidua, database, data_home, extra_arg, &error);
      if (ms[i] < 0)
        {
          g_printerr ("%s: %s\n", name, error->message);
          return FALSE;
        }
      g_string_append_printf (runs, " %.1f", ms[i]);
    }

  min = ms[0];
  for (guint i = 1; i < N_RUNS; i++)
    min = MIN (min, ms[i]);

  g_print ("# %s runs:%s\n", name, runs->str);
  g_print ("BENCH %s %.1f ms\n", name, td_bench_median (ms, N_RUNS));
  g_print ("BENCH %s-min %.1f ms\n", name, min);
  return TRUE;
}

static void
make_sample (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (path, &error);
  gboolean added = FALSE;

  if (store == NULL || !td_sample_load (store, &added, &error) || !added)
    g_error ("Cannot make the sample file %s: %s", path,
             error != NULL ? error->message : "the plan was not added");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *sample = NULL;
  g_autofree char *ten_years = NULL;
  g_autofree char *big = NULL;
  g_autofree char *small = NULL;
  gboolean ok;

  if (argc != 2)
    {
      g_printerr ("usage: %s PATH-TO-THIDUA\n", argv[0]);
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs a display: run it under xvfb-run\n");
      return 1;
    }

  dir = g_dir_make_tmp ("td-bench-startup-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  data_home = g_build_filename (dir, "data", NULL);
  sample = g_build_filename (dir, "sample", "thidua.db", NULL);
  ten_years = g_build_filename (dir, "ten-years", "thidua.db", NULL);
  big = g_build_filename (dir, "timeline-5000", "thidua.db", NULL);
  small = g_build_filename (dir, "timeline-50", "thidua.db", NULL);
  g_mkdir_with_parents (data_home, 0700);

  make_sample (sample);
  if (!td_bench_make_years (ten_years, 2017, 10, 500, &error))
    g_error ("Cannot generate %s: %s", ten_years, error->message);

  /* The chairman's start: straight onto the timeline of one year's plan. */
  if (!td_bench_make_years (big, 2022, 1, 5000, &error) ||
      !td_bench_make_years (small, 2022, 1, 50, &error))
    g_error ("Cannot generate the timeline files: %s", error->message);

  ok = bench_file ("startup-sample", argv[1], sample, data_home, NULL) &&
       bench_file ("startup-10y", argv[1], ten_years, data_home, NULL) &&
       bench_file ("startup-timeline-50", argv[1], small, data_home, "--timeline") &&
       bench_file ("startup-timeline-5000", argv[1], big, data_home, "--timeline");

  td_bench_remove_tree (dir);
  return ok ? 0 : 1;
}
