/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The numbers in front of a plan's headings, by level as Decree 30/2020/NĐ-CP sets them:
 * "I." for the first level, "1." for the second, "a)" for the third (in the Vietnamese
 * alphabet: a, b, c, d, đ, e, g, …), "-" below. */

/* The number of the heading's level @depth (0 for "I.") at @ordinal (1 for the first):
 * "IV.", "2.", "đ)". */
char *td_numbering_format  (guint       depth,
                            guint       ordinal);
/* The ordinal @heading starts with at level @depth ("IV. NỘI DUNG" → 4 at depth 0), 0 when
 * it starts with no number of that level. */
guint td_numbering_parse   (guint       depth,
                            const char *heading);
/* The number proposed for a new heading at level @depth: the one after
 * @previous_heading's, the heading just above it at the same level (NULL when it is the
 * first), or, when that heading has no number, the one of its place @position (0 first). */
char *td_numbering_propose (guint       depth,
                            const char *previous_heading,
                            guint       position);

G_END_DECLS
