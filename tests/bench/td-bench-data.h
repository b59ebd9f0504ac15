/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Creates the database at @path (which should not exist yet) through the real store, with
 * one plan a year for @n_years years from @first_year, each with @tasks_per_year tasks.
 * The content is Vietnamese, of varying length, and the same on every run. */
gboolean td_bench_make_years (const char  *path,
                              int          first_year,
                              int          n_years,
                              int          tasks_per_year,
                              GError     **error);

/* A Vietnamese name, family, middle and given, drawn from @rand: "Nguyễn Văn Tùng". */
char    *td_bench_person_name (GRand       *rand);

/* Milliseconds between two g_get_monotonic_time() readings. */
static inline double
td_bench_ms (gint64 start,
             gint64 end)
{
  return (double) (end - start) / 1000.0;
}

/* Sorts @values in place and returns their median. */
double   td_bench_median     (double      *values,
                              guint        n);

/* Removes @path and, if it is a folder, everything under it. */
void     td_bench_remove_tree (const char  *path);

/* A criteria set of @year for villages, with @n_groups groups of @n_items_per_group items,
 * and @n_units villages ("Thôn 001" …) scored on every item: self everywhere, verified on
 * two cells of three, a note now and then. Returns the set. */
gint64   td_bench_make_score_sheet (const char *path,
                                    int         year,
                                    int         n_units,
                                    int         n_groups,
                                    int         n_items_per_group);

G_END_DECLS
