/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "bench-doc"

#include "config.h"

#include <glib/gstdio.h>

#include "td-bench-data.h"
#include "td-plan-doc.h"
#include "td-store-plan.h"

#define YEAR 2022
#define N_TASKS 500
#define N_RUNS 10

/* A plan of 500 tasks to PDF, as the Export command does it: read the plan, lay it out,
 * break it into pages, write the file. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  GString *runs = g_string_new (NULL);
  double ms[N_RUNS];
  int n_pages = 0;
  GStatBuf st;

  dir = g_dir_make_tmp ("td-bench-doc-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "thidua.db", NULL);
  pdf = g_build_filename (dir, "plan.pdf", NULL);

  if (!td_bench_make_years (path, YEAR, 1, N_TASKS, &error))
    g_error ("Cannot generate %s: %s", path, error->message);
  store = td_store_open (path, &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  plan = td_store_get_plan (store, YEAR, &error);
  if (plan == NULL)
    g_error ("Cannot read the plan for %d: %s", YEAR, error->message);

  for (guint i = 0; i <= N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TdPlanSnapshot) snapshot = td_plan_snapshot_load (store, plan, NULL);
      g_autoptr(TdDocument) doc = td_plan_doc_new (snapshot, NULL);

      if (!td_document_export_pdf (doc, pdf, &error))
        g_error ("Cannot export %s: %s", pdf, error->message);
      /* The first run warms the font caches; it is not counted. */
      if (i > 0)
        {
          ms[i - 1] = td_bench_ms (start, g_get_monotonic_time ());
          g_string_append_printf (runs, " %.1f", ms[i - 1]);
        }
      n_pages = td_document_get_n_pages (doc);
    }

  /* A run that silently printed nothing would be very fast. */
  if (n_pages < 20 || g_stat (pdf, &st) != 0 || st.st_size < 100 * 1024)
    g_error ("The plan of %d tasks printed only %d pages", N_TASKS, n_pages);

  g_print ("# %d tasks, %d pages, %" G_GINT64_FORMAT " KiB; runs:%s\n", N_TASKS, n_pages,
           (gint64) st.st_size / 1024, runs->str);
  g_print ("BENCH plan-pdf-500 %.1f ms\n", td_bench_median (ms, N_RUNS));

  g_string_free (runs, TRUE);
  td_bench_remove_tree (dir);
  return 0;
}
