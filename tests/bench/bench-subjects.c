/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A commune's subjects at their largest: 20,000 households in 20 villages, 40 other units
 * and 300 people. How long importing them takes, listing them (what the Households page
 * does on open), filtering the list for a name typed (each keystroke), and sorting their
 * names in Vietnamese order.
 */
#define G_LOG_DOMAIN "bench-subjects"

#include "config.h"

#include <string.h>

#include "td-bench-data.h"
#include "td-collate.h"
#include "td-fold.h"
#include "td-store-subjects.h"

#define N_HOUSEHOLDS 20000
#define N_VILLAGES 20
#define N_UNITS 40
#define N_PEOPLE 300
#define N_RUNS 11
#define N_IMPORT_RUNS 3

static TdSubject *
make_row (TdSubjectKind kind,
          const char   *name,
          const char   *parent)
{
  g_autoptr(TdSubject) subject = td_subject_new (kind);

  if (!td_subject_set_field (subject, TD_SUBJECT_FIELD_NAME, name, NULL) ||
      (parent != NULL &&
       !td_subject_set_field (subject, TD_SUBJECT_FIELD_PARENT_NAME, parent, NULL)))
    g_error ("Cannot make the row of %s", name);
  return g_steal_pointer (&subject);
}

/* The same households on every run; a head's name with a number where two in one village
 * would otherwise be the same household. */
static GPtrArray *
make_households (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20000);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_HOUSEHOLDS; i++)
    {
      g_autofree char *base = td_bench_person_name (rand);
      g_autofree char *name = g_strdup_printf ("%s %u", base, i / 40);
      g_autofree char *village = g_strdup_printf ("Thôn %u", i % N_VILLAGES + 1);

      g_ptr_array_add (rows, make_row (TD_SUBJECT_HOUSEHOLD, name, village));
    }
  return rows;
}

static void
import (TdStore       *store,
        TdSubjectKind  kind,
        GPtrArray     *rows,
        guint          expected)
{
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  if (!td_store_import_subjects (store, kind, rows, &n_added, NULL, NULL, NULL, NULL, &error))
    g_error ("Cannot import: %s", error->message);
  if (n_added != expected)
    g_error ("%u added of %u", n_added, expected);
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
        double     *values,
        guint       n)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (line, " %.2f", values[i]);
  g_print ("# %s runs:%s\n", name, line->str);
  g_string_free (line, TRUE);
  g_print ("BENCH %s %.2f ms\n", name, td_bench_median (values, n));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return td_collate (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) households = make_households ();
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (300);
  g_autoptr(TdStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *needle = td_fold ("Nguyễn Văn");
  double import_ms[N_IMPORT_RUNS];
  double list_ms[N_RUNS];
  double filter_ms[N_RUNS];
  double sort_ms[N_RUNS];
  guint n_found = 0;

  dir = g_dir_make_tmp ("td-bench-subjects-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < N_UNITS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Chi hội %u", i + 1);

      g_ptr_array_add (units, make_row (TD_SUBJECT_UNIT, name, NULL));
    }
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *base = td_bench_person_name (rand);
      g_autofree char *name = g_strdup_printf ("%s %u", base, i);
      g_autofree char *unit = g_strdup_printf ("Chi hội %u", i % N_UNITS + 1);

      g_ptr_array_add (people, make_row (TD_SUBJECT_PERSON, name, unit));
    }

  /* Each import into a new file: the whole census sheet, one transaction. */
  for (guint run = 0; run < N_IMPORT_RUNS; run++)
    {
      g_autofree char *name = g_strdup_printf ("run-%u.db", run);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      gint64 start;

      g_clear_object (&store);
      store = open_store (path);
      import (store, TD_SUBJECT_UNIT, units, N_UNITS);
      import (store, TD_SUBJECT_PERSON, people, N_PEOPLE);
      start = g_get_monotonic_time ();
      import (store, TD_SUBJECT_HOUSEHOLD, households, N_HOUSEHOLDS);
      import_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
    }
  report ("import-households-20000", import_ms, N_IMPORT_RUNS);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GListModel) model = NULL;
      gint64 start = g_get_monotonic_time ();
      guint n;

      model = td_store_list_subjects (store, TD_SUBJECT_HOUSEHOLD, 2022, FALSE, &error);
      list_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
      if (model == NULL)
        g_error ("Cannot list: %s", error->message);
      if ((n = g_list_model_get_n_items (model)) != N_HOUSEHOLDS)
        g_error ("%u households listed", n);

      /* One keystroke: every row's search key against the folded needle. */
      start = g_get_monotonic_time ();
      n_found = 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TdSubject) subject = g_list_model_get_item (model, i);

          n_found += strstr (td_subject_get_search_key (subject), needle) != NULL;
        }
      filter_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
      if (n_found == 0 || n_found == n)
        g_error ("“%s” found in %u households of %u", needle, n_found, n);
    }
  g_print ("# “%s” is in %u households\n", needle, n_found);
  report ("list-households-20000", list_ms, N_RUNS);
  report ("filter-households-20000", filter_ms, N_RUNS);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      gint64 start;

      for (guint i = 0; i < households->len; i++)
        g_ptr_array_add (names, (gpointer) td_subject_get_name (g_ptr_array_index (households,
                                                                                   i)));
      start = g_get_monotonic_time ();
      g_ptr_array_sort (names, compare_names);
      sort_ms[run] = td_bench_ms (start, g_get_monotonic_time ());
      for (guint i = 1; i < names->len; i++)
        if (td_collate (g_ptr_array_index (names, i - 1), g_ptr_array_index (names, i)) > 0)
          g_error ("not sorted at %u", i);
    }
  report ("collate-sort-20000", sort_ms, N_RUNS);

  g_clear_object (&store);
  td_bench_remove_tree (dir);
  return 0;
}
