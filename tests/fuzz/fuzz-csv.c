/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * fuzz-csv: a libFuzzer target. Each input is read as a file (td_table_read_bytes: told
 * apart by content, so mostly as text) with the encoding found out and with each encoding
 * told, and split by the tasks' CSV import (td_csv_parse). No crash, no hang, and a table
 * of valid text or an error with a message (fuzz-io-common.h).
 *
 * Built with -Dfuzzing=true and clang; build-aux/fuzz builds, seeds and runs it.
 */
#define G_LOG_DOMAIN "fuzz-csv"

#include "config.h"

#include <stdint.h>

#include "fuzz-io-common.h"
#include "td-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const TdTableEncoding encodings[] = {
    TD_TABLE_ENCODING_AUTO, TD_TABLE_ENCODING_UTF8, TD_TABLE_ENCODING_TCVN3,
    TD_TABLE_ENCODING_VNI, TD_TABLE_ENCODING_CP1258,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    fuzz_read_bytes (data, size, "list.csv", encodings[i]);

  rows = td_csv_parse ((const char *) data, size, &error);
  g_assert ((rows == NULL) == (error != NULL));
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TdCsvRow *row = g_ptr_array_index (rows, i);

      g_assert (row->line >= 1 && row->fields != NULL && row->fields[0] != NULL);
    }
  return 0;
}
