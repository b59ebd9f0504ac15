/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Text tables read with td_table_read: the separators, quotes, line ends and encodings
 * spreadsheets and old programs write, and the files that are not tables at all.
 */
#define G_LOG_DOMAIN "test-io-csv"

#include "config.h"

#include <string.h>

#include "td-test-io.h"

static TdTable *
read_text (const char      *contents,
           gssize           length,
           TdTableEncoding  encoding)
{
  g_autofree char *path = td_test_io_path ("list.csv");

  td_test_io_write (path, contents, length);
  return td_test_io_read (path, encoding);
}

static char *
read_error (const char *name,
            const char *contents,
            gssize      length,
            int         code)
{
  g_autofree char *path = td_test_io_path (name);

  td_test_io_write (path, contents, length);
  return td_test_io_read_error (path, code);
}

static void
test_comma_bom (void)
{
  g_autoptr(TdTable) table = read_text (
    "\xEF\xBB\xBFSTT,Họ và tên,Năm sinh,Thôn\r\n"
    "1,Nguyễn Văn Tùng,1978,Thôn Đông Hưng\r\n"
    "2,\"Phạm Thị Ảnh, con\",,\"Thôn \"\"Mới\"\"\"\r\n", -1, TD_TABLE_ENCODING_AUTO);

  g_assert_cmpint (table->format, ==, TD_TABLE_FORMAT_CSV);
  g_assert_cmpint (table->encoding, ==, TD_TABLE_ENCODING_UTF8);
  g_assert_null (table->sheet);
  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpuint (table->n_columns, ==, 4);
  td_test_io_assert_row (table, 0, 1, "STT|Họ và tên|Năm sinh|Thôn");
  td_test_io_assert_row (table, 1, 2, "1|Nguyễn Văn Tùng|1978|Thôn Đông Hưng");
  td_test_io_assert_row (table, 2, 3, "2|Phạm Thị Ảnh, con||Thôn \"Mới\"");
  g_assert_cmpstr (td_table_row_get (g_ptr_array_index (table->rows, 2), 9), ==, "");
}

static void
test_bom_not_utf8 (void)
{
  /* A byte-order mark, then bytes that are not UTF-8: each becomes U+FFFD, and the rest is
   * composed ("N" and a combining tilde are "Ñ"). */
  g_autoptr(TdTable) table = read_text ("\xEF\xBB\xBFT\xean,N\xcc\x83\x92x\r\n", -1,
                                        TD_TABLE_ENCODING_AUTO);

  td_test_io_assert_row (table, 0, 1, "T\xef\xbf\xbdn|\xc3\x91\xef\xbf\xbdx");
}

static void
test_semicolon (void)
{
  /* Excel in a Vietnamese locale: `;` between cells, a comma in the numbers, no BOM. */
  g_autoptr(TdTable) table = read_text (
    "Họ tên chủ hộ;Thôn, xóm;Số khẩu;Ghi chú\n"
    "Lê Văn Hải;Xóm 1, Đông;4;\n"
    "Trần Thị Mai;Xóm 2;2,5;\"a;b\"\n", -1, TD_TABLE_ENCODING_AUTO);

  g_assert_cmpuint (table->rows->len, ==, 3);
  td_test_io_assert_row (table, 0, 1, "Họ tên chủ hộ|Thôn, xóm|Số khẩu|Ghi chú");
  /* The empty last cell is not a cell. */
  td_test_io_assert_row (table, 1, 2, "Lê Văn Hải|Xóm 1, Đông|4");
  td_test_io_assert_row (table, 2, 3, "Trần Thị Mai|Xóm 2|2,5|a;b");
}

static void
test_tab (void)
{
  g_autoptr(TdTable) table = read_text ("Tên đơn vị\tLoại\tGhi chú\n"
                                        "Trạm Y tế\tcơ quan\tx, y; z\n", -1,
                                        TD_TABLE_ENCODING_AUTO);

  td_test_io_assert_row (table, 0, 1, "Tên đơn vị|Loại|Ghi chú");
  td_test_io_assert_row (table, 1, 2, "Trạm Y tế|cơ quan|x, y; z");
}

static void
test_quoted_newlines (void)
{
  /* A line break in a cell stays in the row; a blank line is a row, as a spreadsheet
   * shows the file, and is left out. */
  g_autoptr(TdTable) table = read_text (
    "Tên,Địa chỉ\r\n"
    "Hội Nông dân,\"Thôn 1\r\nxã Tùng Ảnh\"\r\n"
    "\r\n"
    "Hội Phụ nữ,\"Thôn 2\nxã Tùng Ảnh\"  \r\n"
    "Đoàn Thanh niên,\"\"", -1, TD_TABLE_ENCODING_AUTO);

  g_assert_cmpuint (table->rows->len, ==, 4);
  td_test_io_assert_row (table, 1, 2, "Hội Nông dân|Thôn 1\nxã Tùng Ảnh");
  td_test_io_assert_row (table, 2, 4, "Hội Phụ nữ|Thôn 2\nxã Tùng Ảnh");
  td_test_io_assert_row (table, 3, 5, "Đoàn Thanh niên");
}

static void
test_utf16 (void)
{
  const char *text = "Họ và tên\tNăm sinh\r\nNguyễn Văn Tùng\t1978\r\n";
  const char *encodings[] = { "UTF-16LE", "UTF-16BE" };
  const char *boms[] = { "\xFF\xFE", "\xFE\xFF" };

  /* Excel's "Unicode text". */
  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      gsize written = 0;
      g_autofree char *utf16 = g_convert (text, -1, encodings[i], "UTF-8", NULL, &written, NULL);
      g_autoptr(GString) bytes = g_string_new_len (boms[i], 2);
      g_autoptr(TdTable) table = NULL;

      g_string_append_len (bytes, utf16, written);
      table = read_text (bytes->str, bytes->len, TD_TABLE_ENCODING_AUTO);
      g_assert_cmpuint (table->rows->len, ==, 2);
      td_test_io_assert_row (table, 0, 1, "Họ và tên|Năm sinh");
      td_test_io_assert_row (table, 1, 2, "Nguyễn Văn Tùng|1978");
    }
}

static void
test_legacy (void)
{
  struct {
    const char      *bytes;
    TdTableEncoding  encoding;
  } cases[] = {
    { "STT,H\xe4 v\xb5 t\xaan,Th\xabn\r\n1,Nguy\xd4n V\xa8n T\xefng,Th\xabn \xa7\xabng H\xadng\r\n"
      "2,Ph\xb9m Th\xde \xb6nh,Th\xabn \xa7\xabng H\xadng\r\n", TD_TABLE_ENCODING_TCVN3 },
    { "STT,Ho\xef va\xf8 te\xe2n,Tho\xe2n\r\n1,Nguye\xe3n Va\xea" "n Tu\xf8ng,Tho\xe2n \xd1o\xe2ng "
      "H\xf6ng\r\n2,Pha\xefm Th\xf2 A\xdb" "nh,Tho\xe2n \xd1o\xe2ng H\xf6ng\r\n",
      TD_TABLE_ENCODING_VNI },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TdTable) table = read_text (cases[i].bytes, -1, TD_TABLE_ENCODING_AUTO);

      g_assert_cmpint (table->encoding, ==, cases[i].encoding);
      td_test_io_assert_row (table, 0, 1, "STT|Họ và tên|Thôn");
      td_test_io_assert_row (table, 1, 2, "1|Nguyễn Văn Tùng|Thôn Đông Hưng");
      td_test_io_assert_row (table, 2, 3, "2|Phạm Thị Ảnh|Thôn Đông Hưng");
    }
}

static void
test_utf8_stray_byte (void)
{
  /* UTF-8 with one byte of Windows-1252 pasted in: UTF-8, the byte U+FFFD. */
  g_autoptr(TdTable) table = read_text ("Họ và tên,Thôn\r\nNguyễn Văn Tùng,Thôn Đông Hưng\r\n"
                                        "Phạm Thị Ảnh \x96 Hà,Thôn 1\r\n", -1,
                                        TD_TABLE_ENCODING_AUTO);

  g_assert_cmpint (table->encoding, ==, TD_TABLE_ENCODING_UTF8);
  td_test_io_assert_row (table, 1, 2, "Nguyễn Văn Tùng|Thôn Đông Hưng");
  td_test_io_assert_row (table, 2, 3, "Phạm Thị Ảnh \xef\xbf\xbd Hà|Thôn 1");
}

static void
test_legacy_in_utf8 (void)
{
  /* Saved as "CSV UTF-8" from a sheet typed in .VnTime: the bytes as characters. */
  const char *text = "Hä v\xc2\xb5 t\xc2\xaan\nNguyÔn V¨n Tïng\nTô Hoài\n";
  g_autoptr(TdTable) table = read_text (text, -1, TD_TABLE_ENCODING_AUTO);
  g_autoptr(TdTable) as_is = read_text (text, -1, TD_TABLE_ENCODING_UTF8);

  g_assert_cmpint (table->encoding, ==, TD_TABLE_ENCODING_TCVN3);
  td_test_io_assert_row (table, 0, 1, "Họ và tên");
  td_test_io_assert_row (table, 1, 2, "Nguyễn Văn Tùng");
  /* A name in real Unicode among them reads worse as TCVN3, so it stays. */
  td_test_io_assert_row (table, 2, 3, "Tô Hoài");
  /* Told it is UTF-8: as it is. */
  g_assert_cmpint (as_is->encoding, ==, TD_TABLE_ENCODING_UTF8);
  td_test_io_assert_row (as_is, 1, 2, "NguyÔn V¨n Tïng");
}

static void
test_errors (void)
{
  static const char random_bytes[] = "\x8f\x01\xa0\x13\x00\xff\xee\x02\x03\x04\x05\x99\x06\x07";
  g_autofree char *missing = td_test_io_path ("none.csv");
  g_autofree char *inside = td_test_io_path ("x");
  struct {
    const char *name;
    const char *contents;
    gssize      length;
    int         code;
    const char *message;
  } cases[] = {
    { "empty.csv", "", 0, TD_TABLE_ERROR_EMPTY, "the file is empty" },
    { "bom.csv", "\xEF\xBB\xBF\r\n\r\n,,\r\n", -1, TD_TABLE_ERROR_EMPTY, "the file is empty" },
    { "quote.csv", "a,b\r\nc,d\r\n\"e,f\r\ng,h\r\n", -1, TD_TABLE_ERROR_DATA,
      "row 3: a quotation mark (\") opens a cell that is never closed" },
    { "after.csv", "a,b\r\n\"c\"d,e\r\n", -1, TD_TABLE_ERROR_DATA,
      "row 2: there is text after the closing quotation mark of a cell" },
    { "random.csv", random_bytes, sizeof random_bytes - 1, TD_TABLE_ERROR_DAMAGED,
      "this file is not a spreadsheet or is damaged" },
    { "old.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12, TD_TABLE_ERROR_OLD_FORMAT,
      "this is a workbook of old Excel (.xls), which cannot be read; open it in Excel or "
      "LibreOffice and save it as .xlsx" },
    { "old.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12, TD_TABLE_ERROR_NOT_TABLE,
      "this is a text document, not a spreadsheet; copy its table into Excel or LibreOffice "
      "Calc and save it as .xlsx" },
    { "web.xls", "<html><body><table><tr><td>a</td></tr></table></body></html>", -1,
      TD_TABLE_ERROR_OLD_FORMAT, "this is a web page saved as a spreadsheet, which cannot be "
      "read; open it in Excel or LibreOffice and save it as .xlsx" },
    { "list.pdf", "%PDF-1.5\n", -1, TD_TABLE_ERROR_NOT_TABLE,
      "this is a text document, not a spreadsheet; copy its table into Excel or LibreOffice "
      "Calc and save it as .xlsx" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = read_error (cases[i].name, cases[i].contents,
                                             cases[i].length, cases[i].code);

      g_assert_cmpstr (message, ==, cases[i].message);
    }
  {
    g_autofree char *message = td_test_io_read_error (missing, TD_TABLE_ERROR_FILE);

    g_assert_cmpstr (message, ==, "the file does not exist");
  }
  {
    g_autofree char *dir = g_path_get_dirname (inside);
    g_autofree char *message = td_test_io_read_error (dir, TD_TABLE_ERROR_FILE);

    g_assert_cmpstr (message, ==, "this is a folder, not a file");
  }
}

static void
test_cancel (void)
{
  g_autoptr(GString) text = g_string_new ("Tên\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTable) table = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "Hộ %u\n", i);
  bytes = g_bytes_new (text->str, text->len);
  g_cancellable_cancel (cancellable);
  table = td_table_read_bytes (bytes, "list.csv", TD_TABLE_ENCODING_AUTO, cancellable, &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/csv/comma-bom", test_comma_bom);
  g_test_add_func ("/io/csv/bom-not-utf8", test_bom_not_utf8);
  g_test_add_func ("/io/csv/semicolon", test_semicolon);
  g_test_add_func ("/io/csv/tab", test_tab);
  g_test_add_func ("/io/csv/quoted-newlines", test_quoted_newlines);
  g_test_add_func ("/io/csv/utf16", test_utf16);
  g_test_add_func ("/io/csv/legacy", test_legacy);
  g_test_add_func ("/io/csv/utf8-stray-byte", test_utf8_stray_byte);
  g_test_add_func ("/io/csv/legacy-in-utf8", test_legacy_in_utf8);
  g_test_add_func ("/io/csv/errors", test_errors);
  g_test_add_func ("/io/csv/cancel", test_cancel);
  return g_test_run ();
}
