/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * fuzz-ods: a libFuzzer target. An input that starts as a zip does ("PK") is read as the
 * file itself; any other is taken as the content.xml of a spreadsheet and zipped with its
 * mimetype, so that the mutations reach the XML. No crash, no hang (a repeated row or
 * column of any count included), and a table of valid text or an error with a message.
 *
 * Built with -Dfuzzing=true and clang; build-aux/fuzz builds, seeds and runs it.
 */
#define G_LOG_DOMAIN "fuzz-ods"

#include "config.h"

#include <stdint.h>

#include "fuzz-io-common.h"
#include "fuzz-zip.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GBytes) zip = NULL;
  const guint8 *bytes;
  gsize length;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    {
      fuzz_read_bytes (data, size, "list.ods", TD_TABLE_ENCODING_AUTO);
      return 0;
    }
  parts = fuzz_split (data, size, 1);
  zip = fuzz_zip ("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                  "content.xml", parts[0], NULL);
  bytes = g_bytes_get_data (zip, &length);
  fuzz_read_bytes (bytes, length, "list.ods", TD_TABLE_ENCODING_AUTO);
  return 0;
}
