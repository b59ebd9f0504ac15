/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Matching what a user types against Vietnamese text: "tung anh" finds "Tùng Ảnh" and "d"
 * finds "đ", as people type without their input method, or in capitals, or half of each.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TD_FOLD_FIND_DEFAULT     = 0,
  /* Only where the match is neither preceded nor followed by a letter or digit: "Thôn 1"
   * is in "Thôn 1, Thôn 2", not in "Thôn 10". */
  TD_FOLD_FIND_WHOLE_WORDS = 1 << 0,
} TdFoldFindFlags;

/* One match, in bytes of the text searched: [start, end). */
typedef struct {
  gsize start;
  gsize end;
} TdFoldMatch;

/* @text as compared: lower case, without diacritics (the tones and the marks of â ă ê ô ơ
 * ư), đ as d, any space as " ". One character of the result for each character of @text
 * that is not itself a mark. */
char     *td_fold          (const char       *text);
/* The same, at the end of @out. */
void      td_fold_append   (GString          *out,
                            const char       *text);
/* Whether @a and @b are the same once folded. */
gboolean  td_fold_equal    (const char       *a,
                            const char       *b);
/* Every place @needle is in @text, both folded, in order and not overlapping; an empty
 * @needle is nowhere. A match covers the marks that follow its last letter. */
GArray   *td_fold_find_all (const char       *text,
                            const char       *needle,
                            TdFoldFindFlags   flags);
/* The first place @needle is in @text at or after byte @from; FALSE when it is not. */
gboolean  td_fold_find     (const char       *text,
                            const char       *needle,
                            gsize             from,
                            TdFoldFindFlags   flags,
                            gsize            *start,
                            gsize            *end);
/* How many times @needle is in @text. */
guint     td_fold_count    (const char       *text,
                            const char       *needle);

G_END_DECLS
