/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What every reader's fuzz target checks of a table it read: text that is UTF-8 in NFC,
 * rows in the order of the sheet, no row longer than the table is wide. A refusal must
 * come with a message of the table's domain (or a cancellation, which never happens here).
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "td-table.h"

static inline void
fuzz_check_table (TdTable *table,
                  GError  *error)
{
  guint last = 0;

  if (table == NULL)
    {
      g_assert (error != NULL && error->domain == TD_TABLE_ERROR && error->message != NULL &&
                error->message[0] != '\0');
      return;
    }
  g_assert (error == NULL);
  g_assert (table->rows->len > 0);
  for (guint r = 0; r < table->rows->len; r++)
    {
      TdTableRow *row = g_ptr_array_index (table->rows, r);

      g_assert (row->number > last);
      last = row->number;
      g_assert (row->n_cells > 0 && row->n_cells <= table->n_columns);
      g_assert (row->cells[row->n_cells] == NULL);
      g_assert (row->cells[row->n_cells - 1][0] != '\0');
      for (guint c = 0; c < row->n_cells; c++)
        {
          g_autofree char *nfc = NULL;

          g_assert (g_utf8_validate (row->cells[c], -1, NULL));
          nfc = g_utf8_normalize (row->cells[c], -1, G_NORMALIZE_NFC);
          g_assert (g_strcmp0 (nfc, row->cells[c]) == 0);
        }
    }
}

static inline void
fuzz_read_bytes (const guint8    *data,
                 gsize            size,
                 const char      *name,
                 TdTableEncoding  encoding)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTable) table = td_table_read_bytes (bytes, name, encoding, NULL, &error);

  fuzz_check_table (table, error);
}
