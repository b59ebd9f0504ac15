/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "bench-registrations"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "td-bench-data.h"
#include "td-history.h"
#include "td-registrations-doc.h"
#include "td-store-registrations.h"

#define YEAR 2024
#define N_VILLAGES 10
#define N_HOUSEHOLDS 20000
#define N_RUNS 5

/* 20,000 households in 10 villages, written with SQLite directly (the subjects' own API is
 * not what is measured). */
static void
fill (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *message = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN; UPDATE office SET issuing_body = 'ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH', "
                        "place = 'Tùng Ảnh', signer_name = 'Phan Tiến Dũng'", NULL, NULL,
                    &message) != SQLITE_OK)
    g_error ("%s: %s", path, message != NULL ? message : sqlite3_errmsg (db));
  for (int v = 1; v <= N_VILLAGES; v++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO unit (id, name, kind) "
                                              "VALUES (%d, 'Thôn %d', 'village')", v, v);

      sqlite3_exec (db, sql, NULL, NULL, NULL);
    }
  sqlite3_prepare_v2 (db, "INSERT INTO household (head_name, village_id) VALUES (?1, ?2)", -1,
                      &stmt, NULL);
  for (int i = 0; i < N_HOUSEHOLDS; i++)
    {
      static const char * const family[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ",
                                             "Bùi", "Võ", "Đặng", "Ngô" };
      static const char * const given[] = { "Văn An", "Thị Bình", "Văn Cường", "Thị Dung",
                                            "Văn Em", "Thị Giang", "Văn Hải" };
      g_autofree char *name = g_strdup_printf ("%s %s %d", family[i % 10], given[i % 7], i);

      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, 1 + i % N_VILLAGES);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
}

static gint64
gdvh_id (TdStore *store)
{
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, YEAR, "household", NULL);
  g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, 0);

  return td_award_kind_get_id (kind);
}

/* Registering every household of the commune village by village, listing the 20,000
 * registrations, laying out their printed list and writing it as PDF; undoing one
 * village's registration. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdHistory) history = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  double list_ms[N_RUNS], layout_ms[N_RUNS], pdf_ms[N_RUNS];
  double register_ms = 0.0, undo_ms;
  gint64 kind, start;
  guint total = 0;
  int n_pages = 0;
  GStatBuf st;

  dir = g_dir_make_tmp ("td-bench-registrations-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "thidua.db", NULL);
  pdf = g_build_filename (dir, "registrations.pdf", NULL);

  store = td_store_open (path, &error);
  if (store == NULL)
    g_error ("Cannot make %s: %s", path, error->message);
  g_clear_object (&store);
  fill (path);
  store = td_store_open (path, &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  history = td_history_new (store);
  kind = gdvh_id (store);

  for (int v = 1; v <= N_VILLAGES; v++)
    {
      guint n_added = 0;

      start = g_get_monotonic_time ();
      if (!td_store_register_households_of_village (store, YEAR, kind, v, "2024-01-20",
                                                    &n_added, &error))
        g_error ("Cannot register village %d: %s", v, error->message);
      register_ms += td_bench_ms (start, g_get_monotonic_time ());
      total += n_added;
    }
  if (total != N_HOUSEHOLDS)
    g_error ("%u households registered, not %d", total, N_HOUSEHOLDS);

  for (guint i = 0; i <= N_RUNS; i++)
    {
      g_autoptr(GListModel) list = NULL;
      g_autoptr(TdRegistrationsSnapshot) snapshot = NULL;
      g_autoptr(TdDocument) doc = NULL;
      gint64 listed, laid_out;

      start = g_get_monotonic_time ();
      list = td_store_list_registrations (store, YEAR, &error);
      listed = g_get_monotonic_time ();
      if (list == NULL || g_list_model_get_n_items (list) != N_HOUSEHOLDS)
        g_error ("The list has not %d rows: %s", N_HOUSEHOLDS, error ? error->message : "");

      snapshot = td_registrations_snapshot_load (store, YEAR, &error);
      doc = td_registrations_doc_new (snapshot, &error);
      if (doc == NULL)
        g_error ("%s", error->message);
      laid_out = g_get_monotonic_time ();
      n_pages = td_document_get_n_pages (doc);
      laid_out = g_get_monotonic_time () - laid_out;
      if (!td_document_export_pdf (doc, pdf, &error))
        g_error ("Cannot export %s: %s", pdf, error->message);
      /* The first run warms the font caches; it is not counted. */
      if (i > 0)
        {
          list_ms[i - 1] = td_bench_ms (start, listed);
          layout_ms[i - 1] = laid_out / 1000.0;
          pdf_ms[i - 1] = td_bench_ms (start, g_get_monotonic_time ());
        }
    }
  if (n_pages < 300 || g_stat (pdf, &st) != 0 || st.st_size < 500 * 1024)
    g_error ("The list of %d registrations printed only %d pages", N_HOUSEHOLDS, n_pages);

  /* The last village's 2,000 registrations taken back in one step. */
  start = g_get_monotonic_time ();
  if (!td_history_undo (history, &error))
    g_error ("Cannot undo: %s", error->message);
  undo_ms = td_bench_ms (start, g_get_monotonic_time ());

  g_print ("# %d households in %d villages, %d pages, %" G_GINT64_FORMAT " KiB\n",
           N_HOUSEHOLDS, N_VILLAGES, n_pages, (gint64) st.st_size / 1024);
  g_print ("BENCH registrations-register-20000 %.1f ms\n", register_ms);
  g_print ("BENCH registrations-list-20000 %.1f ms\n", td_bench_median (list_ms, N_RUNS));
  g_print ("BENCH registrations-layout-20000 %.1f ms\n", td_bench_median (layout_ms, N_RUNS));
  g_print ("BENCH registrations-pdf-20000 %.1f ms\n", td_bench_median (pdf_ms, N_RUNS));
  g_print ("BENCH registrations-undo-2000 %.1f ms\n", undo_ms);

  g_clear_object (&history);
  g_clear_object (&store);
  td_bench_remove_tree (dir);
  return 0;
}
