/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * fuzz-export: a libFuzzer target. Each input is written to a file of its own in an empty
 * folder and exported with the command line's export (td_export_document), as the plan and
 * as the timeline of 2022, to a PDF in another folder. The export must not crash, and must
 * change nothing: afterwards the input file holds the same bytes and the folder holds
 * nothing else (no -wal, -shm, -journal or backups/ left by a reader).
 *
 * Built with -Dfuzzing=true and clang; build-aux/fuzz builds, seeds and runs it.
 */
#define G_LOG_DOMAIN "fuzz-export"

#include "config.h"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "td-export.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *db_dir;
static char *db_path;
static char *pdf_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf_dir = NULL;

  db_dir = g_dir_make_tmp ("fuzz-export-db-XXXXXX", &error);
  g_assert_no_error (error);
  pdf_dir = g_dir_make_tmp ("fuzz-export-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (db_dir, "thidua.db", NULL);
  pdf_path = g_build_filename (pdf_dir, "plan.pdf", NULL);
  return 0;
}

static void
write_input (const uint8_t *data,
             size_t         size)
{
  FILE *file = fopen (db_path, "wb");

  if (file == NULL || (size > 0 && fwrite (data, 1, size, file) != size) || fclose (file) != 0)
    g_error ("cannot write %s: %s", db_path, g_strerror (errno));
}

/* The folder must hold the input alone, and the input its own bytes. */
static void
check_unchanged (const uint8_t *data,
                 size_t         size,
                 const char    *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *name;

  if (!g_file_get_contents (db_path, &contents, &length, &error))
    g_error ("after the %s export the input cannot be read: %s", what, error->message);
  if (length != size || (size > 0 && memcmp (contents, data, size) != 0))
    g_error ("the %s export changed the input: %zu bytes before, %zu after", what, size,
             (size_t) length);

  dir = g_dir_open (db_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, "thidua.db"))
      g_error ("the %s export left “%s” beside the input", what, name);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *kinds[] = { "plan", "timeline" };

  write_input (data, size);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GError) error = NULL;

      /* A refusal is fine; a crash, or a change to the input, is not. */
      if (!td_export_document (db_path, kinds[i], 2022, pdf_path, &error))
        g_assert (error != NULL && error->message != NULL);
      check_unchanged (data, size, kinds[i]);
      g_unlink (pdf_path);
    }
  g_unlink (db_path);
  return 0;
}
