/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * fuzz-legacy: a libFuzzer target. Each input is taken as bytes of an old Vietnamese
 * encoding and as text: detected, read in each encoding (always valid UTF-8 in NFC),
 * scored, written back in each legacy encoding and read again (valid again).
 *
 * Built with -Dfuzzing=true and clang; build-aux/fuzz builds, seeds and runs it.
 */
#define G_LOG_DOMAIN "fuzz-legacy"

#include "config.h"

#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "td-legacy.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_text (const char *text)
{
  g_autofree char *nfc = NULL;

  g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_assert (g_strcmp0 (nfc, text) == 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const TdTableEncoding encodings[] = {
    TD_TABLE_ENCODING_AUTO, TD_TABLE_ENCODING_UTF8, TD_TABLE_ENCODING_TCVN3,
    TD_TABLE_ENCODING_VNI, TD_TABLE_ENCODING_CP1258,
  };
  const char *bytes = (const char *) data;
  TdTableEncoding detected = td_legacy_detect (bytes, size);

  g_assert (detected != TD_TABLE_ENCODING_AUTO);
  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autofree char *text = td_legacy_to_utf8 (bytes, size, encodings[i]);

      check_text (text);
      (void) td_legacy_score (text, -1);
      if (encodings[i] != TD_TABLE_ENCODING_AUTO && encodings[i] != TD_TABLE_ENCODING_UTF8)
        {
          gsize len = 0;
          g_autofree char *written = td_legacy_from_utf8 (text, encodings[i], &len);
          g_autofree char *again = td_legacy_to_utf8 (written, len, encodings[i]);

          check_text (again);
        }
    }
  return 0;
}
