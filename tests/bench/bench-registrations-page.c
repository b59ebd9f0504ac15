/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Registrations page with the 20,000 households of a commune registered for "Gia đình
 * văn hóa" in one year, as a user meets it, under a display: the page opened (its first
 * frame, while a worker thread reads the year, and the frame with the rows), a name typed
 * into the search a letter at a time (from the keystroke to the frame that shows the rows
 * found), and the list sorted by a click on a heading (to the frame in the new order).
 *
 * Aims, as the Units page's: open ≤ 100 ms, a keystroke ≤ 30 ms. Medians of several runs;
 * every run is printed as well.
 */
#define G_LOG_DOMAIN "bench-registrations-page"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "td-bench-data.h"
#include "td-registrations-page.h"
#include "td-store-registrations.h"
#include "td-test-registrations.h"
#include "td-test-ui.h"

#define YEAR 2024
#define N_HOUSEHOLDS 20000
#define N_VILLAGES 20
#define N_OPEN_RUNS 7
#define N_SORT_RUNS 6
#define TYPED "nguyen van tung"

static void
report (const char *name,
        double     *values,
        guint       n)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (line, " %.1f", values[i]);
  g_print ("# %s runs:%s\n", name, line->str);
  g_print ("BENCH %s %.1f ms\n", name, td_bench_median (values, n));
}

/* The villages and their households, written with SQLite directly (the subjects' own API
 * is not what is measured). */
static void
fill (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20000);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *message = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN", NULL, NULL, &message) != SQLITE_OK)
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
      g_autofree char *name = td_bench_person_name (rand);
      /* A number where two heads in one village would otherwise share a name. */
      g_autofree char *unique = g_strdup_printf ("%s %d", name, i / 40);

      sqlite3_bind_text (stmt, 1, unique, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, 1 + i % N_VILLAGES);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
}

static void
register_all (TdStore *store)
{
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, YEAR, "household", NULL);
  g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, 0);
  g_autoptr(GError) error = NULL;
  guint total = 0;

  for (int v = 1; v <= N_VILLAGES; v++)
    {
      g_autofree char *date = g_strdup_printf ("%d-01-%02d", YEAR, v);
      guint n_added = 0;

      if (!td_store_register_households_of_village (store, YEAR, td_award_kind_get_id (kind), v,
                                                    date, &n_added, &error))
        g_error ("Cannot register village %d: %s", v, error->message);
      total += n_added;
    }
  if (total != N_HOUSEHOLDS)
    g_error ("%u households registered, not %d", total, N_HOUSEHOLDS);
}

static gboolean
is_loaded (TdRegistrationsPage *page)
{
  return !td_registrations_page_is_loading (page);
}

static GListModel *
rows_of (TdRegistrationsPage *page)
{
  return G_LIST_MODEL (gtk_list_view_get_model (td_test_reg_view (page)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-bench-registrations-page-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(TdContext) context = NULL;
  double open_ms[N_OPEN_RUNS], first_ms[N_OPEN_RUNS], sort_ms[N_SORT_RUNS];
  double key_ms[sizeof TYPED - 1];
  TdRegistrationsPage *page = NULL;
  GtkEditable *search;
  GtkWindow *window;

  if (dir == NULL)
    g_error ("%s", error->message);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  db = g_build_filename (dir, "thidua.db", NULL);
  store = td_store_open (db, &error);
  if (store == NULL)
    g_error ("Cannot make %s: %s", db, error->message);
  g_clear_object (&store);
  fill (db);
  store = td_store_open (db, &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", db, error->message);
  register_all (store);

  /* What the page read on the main loop before: the year's rows and targets, now read by
   * the worker (its own connection). */
  {
    double list_ms[N_OPEN_RUNS];

    for (guint run = 0; run < N_OPEN_RUNS; run++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GListModel) read = td_store_list_registrations (store, YEAR, &error);
        g_autoptr(GHashTable) targets = td_store_dup_year_targets (store, YEAR, &error);

        list_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
        if (read == NULL || targets == NULL)
          g_error ("Cannot list: %s", error->message);
      }
    report ("registrations-page-open-20000-store-part", list_ms, N_OPEN_RUNS);

    /* What the worker reads now: each title's rows unsorted, the names put in order by
     * the keys the page makes anyway. */
    for (guint run = 0; run < N_OPEN_RUNS; run++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GListModel) read = td_store_list_registrations_by_title (store, YEAR, &error);
        g_autoptr(GHashTable) targets = td_store_dup_year_targets (store, YEAR, &error);

        list_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
        if (read == NULL || targets == NULL)
          g_error ("Cannot list: %s", error->message);
      }
    report ("registrations-page-open-20000-store-part-by-title", list_ms, N_OPEN_RUNS);
  }

  settings = g_settings_new ("io.github.thidua.ThiDua");
  context = td_context_new (settings);
  td_context_set_store (context, store);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 800);
  gtk_window_present (window);
  td_test_wait_for_frame (GTK_WIDGET (window));

  /* A new page each run, as the page is first shown in a session: its first frame, then
   * the frame with the rows the worker read. */
  for (guint run = 0; run < N_OPEN_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      page = g_object_new (TD_TYPE_REGISTRATIONS_PAGE, "context", context, "year", YEAR, NULL);
      gtk_window_set_child (window, GTK_WIDGET (page));
      td_test_wait_for_frame (GTK_WIDGET (page));
      first_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
      td_test_assert_eventually (is_loaded, page, "the registrations to be read");
      td_test_wait_for_frame (GTK_WIDGET (page));
      open_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
      if (g_list_model_get_n_items (rows_of (page)) != N_HOUSEHOLDS)
        g_error ("%u registrations shown", g_list_model_get_n_items (rows_of (page)));
      if (run + 1 < N_OPEN_RUNS)
        gtk_window_set_child (window, NULL);
    }
  report ("registrations-page-open-20000-first-frame", first_ms, N_OPEN_RUNS);
  report ("registrations-page-open-20000", open_ms, N_OPEN_RUNS);

  /* Typed a letter at a time; the search entry's own delay left out, as it is the user's. */
  search = td_test_find_one (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, TRUE);
  for (guint i = 0; i < sizeof TYPED - 1; i++)
    {
      g_autofree char *text = g_strndup (TYPED, i + 1);
      gint64 start = g_get_monotonic_time ();

      gtk_editable_set_text (search, text);
      g_signal_emit_by_name (search, "search-changed");
      g_print ("# filtered in %.1f ms\n", td_bench_ms (start, g_get_monotonic_time ()));
      td_test_wait_for_frame (GTK_WIDGET (page));
      key_ms[i] = td_bench_ms (start, g_get_monotonic_time ());
    }
  g_print ("# \"%s\" finds %u registrations\n", TYPED, g_list_model_get_n_items (rows_of (page)));
  {
    double slowest = 0;

    for (guint i = 0; i < G_N_ELEMENTS (key_ms); i++)
      slowest = MAX (slowest, key_ms[i]);
    report ("registrations-page-filter-keystroke-20000", key_ms, G_N_ELEMENTS (key_ms));
    g_print ("BENCH registrations-page-filter-keystroke-20000-slowest %.1f ms\n", slowest);
  }
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  td_test_wait_for_frame (GTK_WIDGET (page));

  /* The heading "Name" clicked, again and again: by name one way, then the other, as a
   * click does (the header's "sort" is what its click sends). */
  for (guint run = 0; run < N_SORT_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      td_test_reg_click_heading (page, "Name");
      sort_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
    }
  report ("registrations-page-sort-name-20000", sort_ms, N_SORT_RUNS);

  for (guint run = 0; run < N_SORT_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      td_test_reg_click_heading (page, "Registered");
      sort_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
    }
  report ("registrations-page-sort-date-20000", sort_ms, N_SORT_RUNS);

  gtk_window_destroy (window);
  g_clear_object (&context);
  g_clear_object (&store);
  td_bench_remove_tree (dir);
  return 0;
}
