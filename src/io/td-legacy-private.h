/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-legacy.h"

G_BEGIN_DECLS

/* Windows-1252, which holds the legacy bytes inside Unicode files. */
gunichar  td_legacy_cp1252_char  (guchar           byte);
/* The byte of @c, or -1 when it has none. */
int       td_legacy_cp1252_byte  (gunichar         c);
/* The bytes @text's characters stand for, NULL when one stands for none. */
char     *td_legacy_single_bytes (const char      *text,
                                  gsize            len,
                                  gsize           *out_len);
/* @bytes read in @encoding, whatever they are, as UTF-8 in NFC. */
char     *td_legacy_decode_bytes (const char      *bytes,
                                  gsize            len,
                                  TdTableEncoding  encoding);

G_END_DECLS
