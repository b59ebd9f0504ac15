/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Vietnamese encodings from before Unicode, which office lists still hold: TCVN3 (the
 * ABC fonts, .VnTime: one byte a letter), VNI (VNI-Times: a base letter followed by a byte
 * for its marks) and Windows-1258 (a base letter followed by a combining tone). A list
 * typed in those fonts and saved in a Unicode .xlsx keeps the same bytes, each as the
 * Windows character of that byte ("NguyÔn V¨n Tïng"), so the text of a cell is read as
 * those bytes again.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TD_TABLE_ENCODING_AUTO,    /* find out from the text */
  TD_TABLE_ENCODING_UTF8,
  TD_TABLE_ENCODING_TCVN3,
  TD_TABLE_ENCODING_VNI,
  TD_TABLE_ENCODING_CP1258,
} TdTableEncoding;

/* "utf-8", "tcvn3", "vni", "cp1258" or "auto", as --encoding= names them. */
const char      *td_legacy_encoding_to_string   (TdTableEncoding  encoding);
/* The encoding named @name (as above, in any case; "abc", "windows-1258" and "utf8" as
 * well); FALSE when none is. */
gboolean         td_legacy_encoding_from_string (const char      *name,
                                                 TdTableEncoding *encoding);

/* Which reading of @bytes gives the most plausible Vietnamese: TD_TABLE_ENCODING_UTF8
 * when they are UTF-8 and no legacy reading of them does better (so for any text without
 * a Vietnamese letter). Text that is UTF-8 is also tried as the Windows bytes of its
 * characters, as a .xlsx typed with .VnTime fonts holds it. */
TdTableEncoding  td_legacy_detect               (const char      *bytes,
                                                 gsize            len);

/* @bytes as UTF-8 in NFC, read in @encoding (AUTO detects). When @bytes are UTF-8 and
 * @encoding is a legacy one, the Windows bytes of its characters are read, and characters
 * that have no such byte are kept. Never fails: what cannot be read becomes U+FFFD. */
char            *td_legacy_to_utf8              (const char      *bytes,
                                                 gssize           len,
                                                 TdTableEncoding  encoding);

/* @utf8 written in @encoding (TCVN3, VNI or CP1258), for the tests and the fuzzer: a
 * character the encoding lacks becomes "?". TCVN3 has no capital letters with a tone, so
 * they are written as the small ones, as .VnTime typists did. */
char            *td_legacy_from_utf8            (const char      *utf8,
                                                 TdTableEncoding  encoding,
                                                 gsize           *len);

/* How plausibly @utf8 is Vietnamese text: one point for each word with a Vietnamese letter
 * that is a possible syllable, one off for each word that is not and for each stray symbol
 * (such as ¨ « ® ¶). Words of plain ASCII letters count nothing. */
int              td_legacy_score                (const char      *utf8,
                                                 gssize           len);

G_END_DECLS
