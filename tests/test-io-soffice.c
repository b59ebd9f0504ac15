/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Workbooks as LibreOffice itself saves them, when it is installed (skipped otherwise): a
 * CSV list converted to .xlsx and to .ods by `soffice --headless --convert-to`, then read
 * with td_table_read.
 */
#define G_LOG_DOMAIN "test-io-soffice"

#include "config.h"

#include "td-test-io.h"

static const char list[] =
  "STT,Họ và tên,Năm sinh,Ngày sinh,Thôn,Ghi chú\r\n"
  "1,Nguyễn Văn Tùng,1978,1978-05-12,Thôn Đông Hưng,\"hai\ndòng\"\r\n"
  "2,Phạm Thị Ảnh,1980,,Thôn 1,2.5\r\n"
  ",,,,,\r\n"
  "3,Trường Tiểu học Tùng Ảnh,,,,\r\n";

static char *
convert (const char *soffice,
         const char *csv,
         const char *format)
{
  g_autofree char *dir = g_path_get_dirname (csv);
  g_autofree char *profile = g_build_filename (dir, "profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *profile_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;
  /* Comma, double quote, UTF-8, from line 1. */
  const char *argv[] = { soffice, profile_arg, "--headless", "--infilter=CSV:44,34,76,1",
                         "--convert-to", format, "--outdir", dir, csv, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  out = g_strconcat (dir, "/list.", format, NULL);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  return g_steal_pointer (&out);
}

static void
test_libreoffice (gconstpointer data)
{
  const char *format = data;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *csv = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TdTable) table = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  csv = td_test_io_path ("list.csv");
  td_test_io_write (csv, list, -1);
  path = convert (soffice, csv, format);

  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpint (table->format, ==, g_str_equal (format, "xlsx") ? TD_TABLE_FORMAT_XLSX
                                                                    : TD_TABLE_FORMAT_ODS);
  g_assert_cmpint (table->encoding, ==, TD_TABLE_ENCODING_UTF8);
  g_assert_cmpuint (table->rows->len, ==, 4);
  td_test_io_assert_row (table, 0, 1, "STT|Họ và tên|Năm sinh|Ngày sinh|Thôn|Ghi chú");
  td_test_io_assert_row (table, 1, 2, "1|Nguyễn Văn Tùng|1978|12/05/1978|Thôn Đông Hưng|hai\ndòng");
  td_test_io_assert_row (table, 2, 3, "2|Phạm Thị Ảnh|1980||Thôn 1|2.5");
  td_test_io_assert_row (table, 3, 5, "3|Trường Tiểu học Tùng Ảnh");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/io/soffice/xlsx", "xlsx", test_libreoffice);
  g_test_add_data_func ("/io/soffice/ods", "ods", test_libreoffice);
  return g_test_run ();
}
