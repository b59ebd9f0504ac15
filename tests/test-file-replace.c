/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A file written whole or not at all (td_file_replace()): the content replaced, the mode
 * kept, a link written through; on a failed write the old file as it was and no hidden
 * file left behind; a folder that does not exist, or a folder in the way, refused in words.
 */
#define G_LOG_DOMAIN "test-file-replace"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-file-replace.h"
#include "td-test-db.h"
#include "td-test-store.h"

/* What a write function is given and does. */
typedef struct {
  const char *content;     /* written to the temporary file */
  gboolean    fail;        /* then fails */
  gboolean    replace;     /* writes with g_file_set_contents(), which renames over it */
  char       *tmp_path;    /* the path it was given */
} Writer;

static void
writer_clear (Writer *writer)
{
  g_free (writer->tmp_path);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

static gboolean
write_cb (const char  *tmp_path,
          gpointer     data,
          GError     **error)
{
  Writer *writer = data;
  GStatBuf st;
  FILE *file;

  /* Given an empty file that is there, private while it is written. */
  g_assert_cmpint (g_stat (tmp_path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_size, ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);
  g_free (writer->tmp_path);
  writer->tmp_path = g_strdup (tmp_path);

  if (writer->replace)
    return g_file_set_contents (tmp_path, writer->content, -1, error);
  file = g_fopen (tmp_path, "wb");
  g_assert_nonnull (file);
  fputs (writer->content, file);
  fclose (file);
  if (writer->fail)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, "the disk is full");
      return FALSE;
    }
  return TRUE;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
test_replace (TdTestStoreFixture *fixture,
              gconstpointer       data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "danh sách hộ.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *tmp_dir = NULL;
  g_auto(Writer) writer = { "Hộ mới\r\n", FALSE, FALSE, NULL };
  g_autoptr(GError) error = NULL;

  td_test_store_write_file (path, "old", 3);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (td_file_replace (path, write_cb, &writer, &error));
  g_assert_no_error (error);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "Hộ mới\r\n");
  /* The mode of the file replaced, the temporary file beside it and gone. */
  g_assert_cmpuint (mode_of (path), ==, 0640);
  tmp_dir = g_path_get_dirname (writer.tmp_path);
  g_assert_cmpstr (tmp_dir, ==, fixture->dir);
  g_assert_false (g_file_test (writer.tmp_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 1);
}

/* A new file gets the mode the umask gives; a writer that renames over the temporary file
 * (as g_file_set_contents() does) still ends at the target. */
static void
test_new_file (TdTestStoreFixture *fixture,
               gconstpointer       data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(Writer) writer = { "một,hai\r\n", FALSE, TRUE, NULL };
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (027);

  g_assert_true (td_file_replace (path, write_cb, &writer, &error));
  umask (mask);
  g_assert_no_error (error);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "một,hai\r\n");
  g_assert_cmpuint (mode_of (path), ==, 0640);
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 1);
}

/* Half written, then failed: the old file as it was, nothing else left. */
static void
test_failed_write (TdTestStoreFixture *fixture,
                   gconstpointer       data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "list.xlsx", NULL);
  g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.xlsx", NULL);
  g_autofree char *text = NULL;
  g_auto(Writer) writer = { "half a fi", TRUE, FALSE, NULL };
  g_autoptr(GError) error = NULL;

  td_test_store_write_file (path, "the whole old file", 18);
  g_assert_cmpint (g_chmod (path, 0604), ==, 0);
  g_assert_false (td_file_replace (path, write_cb, &writer, &error));
  /* The writer's own error, as it said it. */
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_assert_cmpstr (error->message, ==, "the disk is full");
  text = read_text (path);
  g_assert_cmpstr (text, ==, "the whole old file");
  g_assert_cmpuint (mode_of (path), ==, 0604);
  g_assert_nonnull (writer.tmp_path);
  g_assert_false (g_file_test (writer.tmp_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 1);

  /* Nor is a file made where there was none. */
  g_clear_error (&error);
  g_assert_false (td_file_replace (fresh, write_cb, &writer, &error));
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 1);
}

static gboolean
never_called_cb (const char  *tmp_path,
                 gpointer     data,
                 GError     **error)
{
  g_assert_not_reached ();
  return FALSE;
}

/* Refused before anything is written: the folder missing, a folder or a pipe in the way. */
static void
test_refused (TdTestStoreFixture *fixture,
              gconstpointer       data)
{
  g_autofree char *missing_dir = g_build_filename (fixture->dir, "Báo cáo", NULL);
  g_autofree char *missing = g_build_filename (missing_dir, "hộ.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("the folder “%s” does not exist; choose a "
                                               "folder that does", missing_dir);
  g_autofree char *in_file = NULL;
  g_autofree char *plain = g_build_filename (fixture->dir, "plain.txt", NULL);
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (td_file_replace (missing, never_called_cb, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A file where a folder is named. */
  td_test_store_write_file (plain, "x", 1);
  in_file = g_build_filename (plain, "hộ.csv", NULL);
  g_assert_false (td_file_replace (in_file, never_called_cb, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_nonnull (strstr (error->message, "is not a folder"));
  g_clear_error (&error);

  g_assert_false (td_file_replace (fixture->dir, never_called_cb, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_cmpstr (error->message, ==, "this is a folder; name a file in it");
  g_clear_error (&error);

  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_false (td_file_replace (fifo, never_called_cb, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_cmpstr (error->message, ==,
                   "this is not an ordinary file; choose another file to write");
  g_assert_true (g_file_test (fifo, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (td_test_store_count_files (fixture->dir), ==, 2);
}

/* An export never replaces a database, nor its -wal, -shm or -journal file, even one that
 * is not there yet: the office's years of work are not overwritten by a spreadsheet. */
static void
test_database (TdTestStoreFixture *fixture,
               gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const companions[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&store);
  before = td_test_read_file (fixture->db_path);
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *target = g_strconcat (fixture->db_path, companions[i], NULL);

      g_assert_false (td_file_replace (target, never_called_cb, NULL, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST);
      g_assert_nonnull (strstr (error->message, "database"));
      g_clear_error (&error);
    }
  after = td_test_read_file (fixture->db_path);
  td_test_store_assert_same_bytes (before, after);
}

/* A link is written through: it stays a link, the file it points to is replaced. */
static void
test_link (TdTestStoreFixture *fixture,
           gconstpointer       data)
{
  g_autofree char *sub = g_build_filename (fixture->dir, "real", NULL);
  g_autofree char *target = g_build_filename (sub, "list.csv", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *points_to = NULL;
  g_auto(Writer) writer = { "mới", FALSE, FALSE, NULL };
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_no_errno (g_mkdir (sub, 0700));
  td_test_store_write_file (target, "cũ", strlen ("cũ"));
  g_assert_no_errno (symlink (target, link));

  g_assert_true (td_file_replace (link, write_cb, &writer, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_lstat (link, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  points_to = g_file_read_link (link, NULL);
  g_assert_cmpstr (points_to, ==, target);
  text = read_text (target);
  g_assert_cmpstr (text, ==, "mới");
  /* Made beside the file it replaced, so the rename stays within one file system. */
  tmp_dir = g_path_get_dirname (writer.tmp_path);
  g_assert_cmpstr (tmp_dir, ==, sub);
  g_assert_cmpuint (td_test_store_count_files (sub), ==, 1);
}

#define ADD(path, func) \
  g_test_add (path, TdTestStoreFixture, NULL, td_test_store_set_up, func, td_test_store_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/file-replace/replace", test_replace);
  ADD ("/file-replace/new-file", test_new_file);
  ADD ("/file-replace/failed-write", test_failed_write);
  ADD ("/file-replace/refused", test_refused);
  ADD ("/file-replace/database", test_database);
  ADD ("/file-replace/link", test_link);
  return g_test_run ();
}
