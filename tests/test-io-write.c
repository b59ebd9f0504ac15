/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Lists written with td_table_write, read back: the bytes of the CSV, the cells and the
 * layout of the .xlsx, and the file replaced whole or not at all.
 */
#define G_LOG_DOMAIN "test-io-write"

#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <string.h>
#include <sys/stat.h>

#include "td-test-io.h"

static const char *const headers[] = { "Họ tên chủ hộ", "Thôn", "Số khẩu", "Điện thoại", NULL };
static const int widths[] = { 30, 20, 8, 14 };

static GPtrArray *
make_rows (void)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *first[] = { "Nguyễn Văn Tùng", "Thôn Đông Hưng", "4", "0912345678", NULL };
  const char *second[] = { "Phạm Thị \"Ảnh\"", "Thôn 1, xã Tùng Ảnh", NULL, "", NULL };

  g_ptr_array_add (rows, g_strdupv ((char **) first));
  /* NULL past the cells the row has: the empty cells of the row are "" or NULL. */
  g_ptr_array_add (rows, g_new0 (char *, 5));
  ((char **) g_ptr_array_index (rows, 1))[0] = g_strdup (second[0]);
  ((char **) g_ptr_array_index (rows, 1))[1] = g_strdup (second[1]);
  return rows;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
test_csv (void)
{
  g_autofree char *path = td_test_io_path ("hộ.csv");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GPtrArray) rows = make_rows ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(TdTable) table = NULL;

  g_assert_true (td_table_write (path, headers, widths, rows, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==,
                   "\xEF\xBB\xBFHọ tên chủ hộ,Thôn,Số khẩu,Điện thoại\r\n"
                   "Nguyễn Văn Tùng,Thôn Đông Hưng,4,0912345678\r\n"
                   "\"Phạm Thị \"\"Ảnh\"\"\",\"Thôn 1, xã Tùng Ảnh\",,\r\n");
  g_assert_cmpuint (count_files (dir), ==, 1);

  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  td_test_io_assert_row (table, 2, 3, "Phạm Thị \"Ảnh\"|Thôn 1, xã Tùng Ảnh");
}

/* The text of a part of the workbook. */
static char *
read_part (const char *path,
           const char *part)
{
  g_autoptr(GError) error = NULL;
  GsfInput *input = gsf_input_stdio_new (path, &error);
  GsfInfile *zip = gsf_infile_zip_new (input, &error);
  g_auto(GStrv) names = g_strsplit (part, "/", 0);
  GsfInput *member;
  char *text;

  g_assert_no_error (error);
  member = gsf_infile_child_by_aname (zip, (const char **) names);
  g_assert_nonnull (member);
  text = g_strndup ((const char *) gsf_input_read (member, gsf_input_size (member), NULL),
                    gsf_input_size (member));
  g_object_unref (member);
  g_object_unref (zip);
  g_object_unref (input);
  return text;
}

static void
test_xlsx (void)
{
  g_autofree char *path = td_test_io_path ("hộ.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GPtrArray) rows = make_rows ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTable) table = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *styles = NULL;

  g_assert_true (td_table_write (path, headers, widths, rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (dir), ==, 1);

  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpuint (table->rows->len, ==, 3);
  td_test_io_assert_row (table, 0, 1, "Họ tên chủ hộ|Thôn|Số khẩu|Điện thoại");
  td_test_io_assert_row (table, 1, 2, "Nguyễn Văn Tùng|Thôn Đông Hưng|4|0912345678");
  td_test_io_assert_row (table, 2, 3, "Phạm Thị \"Ảnh\"|Thôn 1, xã Tùng Ảnh");

  /* The header frozen, the widths, a count as a number and a phone number as text. */
  sheet = read_part (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet, "<pane ySplit=\"1\" topLeftCell=\"A2\" "
                                   "activePane=\"bottomLeft\""));
  g_assert_nonnull (strstr (sheet, "<col min=\"1\" max=\"1\" width=\"30.7109375\""));
  g_assert_nonnull (strstr (sheet, "<c r=\"C2\" s=\"2\"><v>4</v></c>"));
  g_assert_nonnull (strstr (sheet, "<c r=\"D2\" s=\"2\" t=\"s\">"));
  styles = read_part (path, "xl/styles.xml");
  g_assert_nonnull (strstr (styles, "<b/>"));
}

static void
test_replace (void)
{
  g_autofree char *path = td_test_io_path ("hộ.csv");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "hộ.xlsx", NULL);
  g_autoptr(GPtrArray) rows = make_rows ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* The mode of the file replaced is kept. */
  td_test_io_write (path, "old", -1);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (td_table_write (path, headers, NULL, rows, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* A folder that does not exist: an error, nothing written. */
  g_assert_false (td_table_write (missing, headers, NULL, rows, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_true (g_str_has_prefix (error->message, "the folder “"));
  g_assert_true (g_str_has_suffix (error->message, "” does not exist; choose a folder that does"));
  g_clear_error (&error);

  /* A folder in the way: refused, and the folder left alone. */
  g_assert_false (td_table_write (dir, headers, NULL, rows, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_cmpuint (count_files (dir), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/write/csv", test_csv);
  g_test_add_func ("/io/write/xlsx", test_xlsx);
  g_test_add_func ("/io/write/replace", test_replace);
  return g_test_run ();
}
