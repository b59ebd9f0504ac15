/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by td-store-registrations.c and td-store-registrations-edit.c.
 */
#pragma once

#include "td-store-private.h"

G_BEGIN_DECLS

/* The catalogue's order: where each code first appears, so a title keeps its place when a
 * decree gives it a new row. */
#define CODE_RANK(k) "(SELECT min (m.id) FROM award_kind m WHERE m.code = " k ".code)"

/* In force on some day of the year ?1 ("YYYY-01-01") … ?2 ("YYYY-12-31"). */
#define VALID_IN_YEAR(k) \
  "(" k ".valid_from = '' OR " k ".valid_from <= ?2) AND " \
  "(" k ".valid_to = '' OR " k ".valid_to >= ?1)"

/* Binds ?1 and ?2 of VALID_IN_YEAR to the first and last days of @year. */
void        td_store_bind_year_bounds        (sqlite3_stmt *stmt,
                                              int           year);
/* The award_kind.subject_kind of a filter of td_store_list_award_kinds(): "collective" for
 * "unit" …; NULL for NULL, "" for a filter it does not know. */
const char *td_store_award_subject_of_filter (const char   *subject_filter);

G_END_DECLS
