/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Vietnamese alphabetical order, as in a dictionary or a list of names read aloud at a
 * meeting: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z where Latin
 * puts them); the tones only decide between words the same without them (ngang < huyền <
 * hỏi < ngã < sắc < nặng), then capitals after small letters; numbers in the text as
 * numbers ("Thôn 2" before "Thôn 10"). Text composed (NFC) or decomposed (NFD) compares the
 * same. The store registers it on its connections as the collation "vi".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Negative, 0 or positive as @a comes before, with or after @b. NULL is taken for "". */
int    td_collate     (const char *a,
                       const char *b);
/* The same for text of @a_len and @b_len bytes (-1: up to the NUL). */
int    td_collate_len (const char *a,
                       gssize      a_len,
                       const char *b,
                       gssize      b_len);
/* A string whose byte order (strcmp) is td_collate()'s order, to sort many times quickly:
 * td_collate (a, b) and strcmp (key (a), key (b)) have the same sign. */
char  *td_collate_key (const char *text);

G_END_DECLS
