/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * fuzz-seed DIR: writes the seed corpus of fuzz-export into DIR: an empty file, a new
 * database with no plan, and one with the sample plan of 2022, each made by the store as
 * the application makes it and checkpointed into one file (no -wal).
 */
#define G_LOG_DOMAIN "fuzz-seed"

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "td-sample.h"
#include "td-store.h"

/* Makes a database in a folder of its own and copies the closed file to @seed. */
static void
make_seed (const char *seed,
           gboolean    sample)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fuzz-seed-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "thidua.db", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  {
    g_autoptr(TdStore) store = td_store_open (path, &error);

    g_assert_no_error (error);
    if (sample)
      {
        gboolean added = FALSE;

        td_sample_load (store, &added, &error);
        g_assert_no_error (error);
        g_assert_true (added);
      }
  }
  /* Closing the last connection checkpoints the log into the file and removes it. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (seed, contents, length, &error);
  g_assert_no_error (error);
  g_print ("%s: %zu bytes\n", seed, (size_t) length);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *blank = NULL;
  g_autofree char *sample = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: fuzz-seed DIR\n");
      return 2;
    }
  g_mkdir_with_parents (argv[1], 0755);
  empty = g_build_filename (argv[1], "empty", NULL);
  blank = g_build_filename (argv[1], "blank.db", NULL);
  sample = g_build_filename (argv[1], "sample-2022.db", NULL);
  g_file_set_contents (empty, "", 0, &error);
  g_assert_no_error (error);
  make_seed (blank, FALSE);
  make_seed (sample, TRUE);
  return EXIT_SUCCESS;
}
