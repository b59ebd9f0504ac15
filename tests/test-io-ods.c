/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * OpenDocument spreadsheets read with td_table_read, zipped here from content.xml as
 * LibreOffice writes it: repeated cells and rows, spaces, line breaks, comments, values
 * beside their shown text.
 */
#define G_LOG_DOMAIN "test-io-ods"

#include "config.h"

#include <string.h>

#include "td-test-io.h"

#define CELL(text) "<table:table-cell office:value-type=\"string\"><text:p>" text \
                   "</text:p></table:table-cell>"
#define EMPTY(n) "<table:table-cell table:number-columns-repeated=\"" #n "\"/>"

static void
test_by_hand (void)
{
  g_autofree char *path = td_test_io_path ("hộ.ods");
  g_autoptr(TdTable) table = NULL;
  gint64 start = g_get_monotonic_time ();

  td_test_io_ods (path,
    "<table:table-header-rows><table:table-row>"
    CELL ("STT") CELL ("Họ tên chủ hộ") EMPTY (2) CELL ("Năm sinh") CELL ("Số khẩu")
    EMPTY (16378)
    "</table:table-row></table:table-header-rows>"
    /* Three empty rows, as the sheet shows them. */
    "<table:table-row table:number-rows-repeated=\"3\">" EMPTY (16384) "</table:table-row>"
    "<table:table-row>"
    "<table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p>"
    "</table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>Nguyễn<text:s/>Văn<text:s "
    "text:c=\"2\"/><text:span text:style-name=\"T1\">Tùng</text:span></text:p>"
    "<office:annotation><text:p>a comment, not the name</text:p></office:annotation>"
    "</table:table-cell>"
    EMPTY (2)
    "<table:table-cell office:value-type=\"float\" office:value=\"1978\"><text:p>1.978</text:p>"
    "</table:table-cell>"
    "<table:table-cell office:value-type=\"float\" office:value=\"2.5\"><text:p>2,5</text:p>"
    "</table:table-cell>"
    "</table:table-row>"
    /* A row repeated with its text: both made; a cell repeated; a covered cell. */
    "<table:table-row table:number-rows-repeated=\"2\">"
    "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\">"
    "<text:p>x</text:p></table:table-cell>"
    "<table:covered-table-cell/>"
    "<table:table-cell office:value-type=\"date\" office:date-value=\"1978-05-12\">"
    "<text:p>12/05/78</text:p></table:table-cell>"
    "</table:table-row>"
    /* Two paragraphs and a line break; a truth. */
    "<table:table-row>"
    "<table:table-cell office:value-type=\"string\"><text:p>Thôn 1</text:p>"
    "<text:p>xã Tùng<text:line-break/>Ảnh</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\">"
    "<text:p>TRUE</text:p></table:table-cell>"
    "</table:table-row>"
    /* To the bottom of the sheet: counted, never made. */
    "<table:table-row table:number-rows-repeated=\"1048569\">" EMPTY (16384)
    "</table:table-row>");

  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpint (table->format, ==, TD_TABLE_FORMAT_ODS);
  g_assert_cmpstr (table->sheet, ==, "Hộ gia đình");
  g_assert_cmpuint (table->rows->len, ==, 5);
  g_assert_cmpuint (table->n_columns, ==, 6);
  td_test_io_assert_row (table, 0, 1, "STT|Họ tên chủ hộ|||Năm sinh|Số khẩu");
  td_test_io_assert_row (table, 1, 5, "1|Nguyễn Văn  Tùng|||1978|2.5");
  td_test_io_assert_row (table, 2, 6, "x|x||12/05/1978");
  td_test_io_assert_row (table, 3, 7, "x|x||12/05/1978");
  td_test_io_assert_row (table, 4, 8, "Thôn 1\nxã Tùng\nẢnh|TRUE");
  /* A million empty rows cost nothing. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_legacy (void)
{
  g_autofree char *path = td_test_io_path ("vni.ods");
  g_autoptr(TdTable) table = NULL;

  /* Typed with VNI fonts. */
  td_test_io_ods (path,
    "<table:table-row>" CELL ("Hoï vaø teân") CELL ("Thoân") "</table:table-row>"
    "<table:table-row>" CELL ("Nguyeãn Vaên Tuøng") CELL ("Thoân Ñoâng Höng")
    "</table:table-row>");
  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpint (table->encoding, ==, TD_TABLE_ENCODING_VNI);
  td_test_io_assert_row (table, 0, 1, "Họ và tên|Thôn");
  td_test_io_assert_row (table, 1, 2, "Nguyễn Văn Tùng|Thôn Đông Hưng");
}

static void
test_errors (void)
{
  g_autofree char *bad = td_test_io_path ("bad.ods");
  g_autofree char *odt = td_test_io_path ("letter.ods");
  g_autofree char *empty = td_test_io_path ("empty.ods");
  g_autofree char *message = NULL;

  td_test_io_zip (bad, "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                  "content.xml", "<office:document-content><table:table>", NULL);
  message = td_test_io_read_error (bad, TD_TABLE_ERROR_DAMAGED);
  g_assert_cmpstr (message, ==, "this file is not a spreadsheet or is damaged");
  g_free (message);

  td_test_io_zip (odt, "mimetype", "application/vnd.oasis.opendocument.text",
                  "content.xml", "<office:document-content/>", NULL);
  message = td_test_io_read_error (odt, TD_TABLE_ERROR_NOT_TABLE);
  g_assert_cmpstr (message, ==, "this is a text document, not a spreadsheet; copy its table "
                                "into Excel or LibreOffice Calc and save it as .xlsx");
  g_free (message);

  td_test_io_ods (empty, "<table:table-row table:number-rows-repeated=\"1048576\">"
                         EMPTY (1024) "</table:table-row>");
  message = td_test_io_read_error (empty, TD_TABLE_ERROR_EMPTY);
  g_assert_cmpstr (message, ==, "the first sheet of the workbook is empty");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/ods/by-hand", test_by_hand);
  g_test_add_func ("/io/ods/legacy", test_legacy);
  g_test_add_func ("/io/ods/errors", test_errors);
  return g_test_run ();
}
