/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Workbooks read with td_table_read: one written with libxlsxwriter, as a program writes
 * them, and ones zipped here part by part, to hold what Excel and LibreOffice write
 * (shared strings with runs, inline strings, dates, cells skipped) and what they do not.
 */
#define G_LOG_DOMAIN "test-io-xlsx"

#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "td-test-io.h"

static void
test_libxlsxwriter (void)
{
  g_autofree char *path = td_test_io_path ("hộ gia đình.xlsx");
  g_autoptr(TdTable) table = NULL;
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *first = workbook_add_worksheet (book, "Danh sách");
  lxw_worksheet *second = workbook_add_worksheet (book, "Khác");
  lxw_format *date = workbook_add_format (book);
  lxw_datetime born = { 1978, 5, 12, 0, 0, 0 };

  format_set_num_format (date, "dd/mm/yyyy");
  worksheet_write_string (first, 0, 0, "DANH SÁCH HỘ GIA ĐÌNH", NULL);
  worksheet_write_string (first, 2, 0, "STT", NULL);
  worksheet_write_string (first, 2, 1, "Họ tên chủ hộ", NULL);
  worksheet_write_string (first, 2, 3, "Ngày sinh", NULL);
  worksheet_write_string (first, 2, 4, "Số khẩu", NULL);
  worksheet_write_number (first, 3, 0, 1, NULL);
  worksheet_write_string (first, 3, 1, "Nguyễn Văn Tùng", NULL);
  worksheet_write_datetime (first, 3, 3, &born, date);
  worksheet_write_number (first, 3, 4, 4, NULL);
  worksheet_write_number (first, 4, 0, 2, NULL);
  worksheet_write_string (first, 4, 1, "Phạm Thị Ảnh", NULL);
  worksheet_write_number (first, 4, 4, 2.5, NULL);
  worksheet_write_string (second, 0, 0, "not this sheet", NULL);
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);

  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpint (table->format, ==, TD_TABLE_FORMAT_XLSX);
  g_assert_cmpstr (table->sheet, ==, "Danh sách");
  g_assert_cmpuint (table->rows->len, ==, 4);
  g_assert_cmpuint (table->n_columns, ==, 5);
  td_test_io_assert_row (table, 0, 1, "DANH SÁCH HỘ GIA ĐÌNH");
  /* The cell skipped keeps the columns after it in place. */
  td_test_io_assert_row (table, 1, 3, "STT|Họ tên chủ hộ||Ngày sinh|Số khẩu");
  td_test_io_assert_row (table, 2, 4, "1|Nguyễn Văn Tùng||12/05/1978|4");
  td_test_io_assert_row (table, 3, 5, "2|Phạm Thị Ảnh|||2.5");
}

static void
test_by_hand (void)
{
  g_autofree char *path = td_test_io_path ("list.xlsx");
  g_autoptr(TdTable) table = NULL;

  td_test_io_xlsx (path,
    /* Shared strings, a string with runs, an inline string, the columns skipped. */
    "<row r=\"1\" spans=\"1:6\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\" s=\"0\">"
    "<v>1</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>Năm sinh</t></is></c>"
    "<c r=\"F1\" t=\"inlineStr\"><is><r><t>Số </t></r><r><rPr><b/></rPr><t>khẩu</t></r></is>"
    "</c></row>"
    /* Rows 2 and 3 are not written: the numbers stay those of the sheet. */
    "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"C4\"><v>1978</v></c>"
    "<c r=\"D4\" s=\"1\"><v>28622</v></c><c r=\"E4\" s=\"2\"><v>44614.5</v></c>"
    "<c r=\"F4\" s=\"3\"><v>4</v></c></row>"
    /* Cells without a reference follow the one before; a formula's text; a truth; an
     * error; a number that is a float's approximation. */
    "<row><c r=\"B5\" t=\"str\"><f>A4&amp;\"\"</f><v>Nguyễn Văn Tùng</v></c><c t=\"b\"><v>1</v>"
    "</c><c t=\"e\"><v>#N/A</v></c><c><v>0.30000000000000004</v></c><c><v>1.5E+3</v></c></row>"
    /* Empty cells and an empty row: nothing. */
    "<row r=\"7\"><c r=\"A7\" s=\"3\"/><c r=\"B7\" t=\"s\"><v>3</v></c></row>"
    "<row r=\"9\"/>"
    /* A string index past the shared strings, a space kept, a phonetic guide left out. */
    "<row r=\"10\"><c r=\"A10\" t=\"s\"><v>99</v></c><c r=\"B10\" t=\"s\"><v>4</v></c>"
    "<c r=\"C10\" t=\"s\"><v>5</v></c><c r=\"D10\" t=\"s\"><v>6</v></c></row>",
    "<si><t>Họ và tên</t></si>"
    "<si><r><t xml:space=\"preserve\">Thôn, </t></r><r><rPr><i/></rPr><t>xóm</t></r></si>"
    "<si><t>Lê Thị\nHoa</t></si>"
    "<si><t></t></si>"
    "<si><t xml:space=\"preserve\"> a </t></si>"
    "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>とうきょう</t></rPh></si>"
    /* Excel's escapes: Alt+Enter's carriage return, and a real "_x". */
    "<si><t>Thôn 1_x000D_\nxã_x005F_x0041_</t></si>");

  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpstr (table->sheet, ==, "Danh sách");
  g_assert_cmpuint (table->rows->len, ==, 4);
  td_test_io_assert_row (table, 0, 1, "Họ và tên||Thôn, xóm|Năm sinh||Số khẩu");
  td_test_io_assert_row (table, 1, 4, "Lê Thị\nHoa||1978|12/05/1978|22/02/2022|4");
  td_test_io_assert_row (table, 2, 5, "|Nguyễn Văn Tùng|TRUE|#N/A|0.3|1500");
  td_test_io_assert_row (table, 3, 10, "| a |東京|Thôn 1\nxã_x0041_");
}

static void
test_tcvn3_cells (void)
{
  g_autofree char *path = td_test_io_path ("vntime.xlsx");
  g_autoptr(TdTable) table = NULL;

  /* Typed with .VnTime fonts: the TCVN3 bytes stored as the characters of those bytes;
   * a name added later in Unicode stays as it is. */
  td_test_io_xlsx (path,
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"s\"><v>3</v></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>5</v></c><c r=\"B4\" t=\"s\"><v>6</v></c></row>",
    "<si><t>Hä v\xc2\xb5 t\xc2\xaan</t></si><si><t>Th«n</t></si>"
    "<si><t>NguyÔn V¨n Tïng</t></si><si><t>Th«n §«ng H\xc2\xadng</t></si>"
    "<si><t>Ph¹m ThÞ ¶nh</t></si><si><t>Hoàng Thị Hà</t></si><si><t>Thôn Hà Nội</t></si>");

  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpint (table->encoding, ==, TD_TABLE_ENCODING_TCVN3);
  td_test_io_assert_row (table, 0, 1, "Họ và tên|Thôn");
  td_test_io_assert_row (table, 1, 2, "Nguyễn Văn Tùng|Thôn Đông Hưng");
  td_test_io_assert_row (table, 2, 3, "Phạm Thị Ảnh|Thôn Đông Hưng");
  td_test_io_assert_row (table, 3, 4, "Hoàng Thị Hà|Thôn Hà Nội");
}

static void
test_errors (void)
{
  g_autofree char *good = td_test_io_path ("good.xlsx");
  g_autofree char *broken = td_test_io_path ("broken.xlsx");
  g_autofree char *bad_xml = td_test_io_path ("bad-xml.xlsx");
  g_autofree char *empty = td_test_io_path ("empty.xlsx");
  g_autofree char *no_book = td_test_io_path ("no-book.xlsx");
  g_autofree char *docx = td_test_io_path ("letter.xlsx");
  g_autofree char *back_up = td_test_io_path ("back-up.xlsx");
  g_autofree char *contents = NULL;
  gsize length = 0;
  struct {
    const char *path;
    int         code;
    const char *message;
  } cases[] = {
    { broken, TD_TABLE_ERROR_DAMAGED, "this file is not a spreadsheet or is damaged" },
    { bad_xml, TD_TABLE_ERROR_DAMAGED, "this file is not a spreadsheet or is damaged" },
    { no_book, TD_TABLE_ERROR_DAMAGED, "this file is not a spreadsheet or is damaged" },
    { empty, TD_TABLE_ERROR_EMPTY, "the first sheet of the workbook is empty" },
    { back_up, TD_TABLE_ERROR_DAMAGED, "this file is not a spreadsheet or is damaged" },
    { docx, TD_TABLE_ERROR_NOT_TABLE, "this is a text document, not a spreadsheet; copy its "
      "table into Excel or LibreOffice Calc and save it as .xlsx" },
  };

  /* Cut in half, as a download or a USB stick pulled out leaves it. */
  td_test_io_xlsx (good, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", NULL);
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  td_test_io_write (broken, contents, length / 2);
  td_test_io_xlsx (bad_xml, "<row r=\"1\"><c r=\"A1\"><v>1</v></row>", NULL);
  td_test_io_xlsx (empty, "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>", NULL);
  td_test_io_zip (no_book, "docProps/app.xml", "<Properties/>", NULL);
  /* Rows that go back up the sheet, which Excel refuses too. */
  td_test_io_xlsx (back_up, "<row r=\"5\"><c r=\"A5\"><v>1</v></c></row>"
                            "<row r=\"3\"><c r=\"A3\"><v>2</v></c></row>", NULL);
  td_test_io_zip (docx, "[Content_Types].xml", "<Types/>", "word/document.xml", "<document/>",
                  NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = td_test_io_read_error (cases[i].path, cases[i].code);

      g_assert_cmpstr (message, ==, cases[i].message);
    }
}

/* Every length of a good workbook cut short: an error each time, never a crash. */
static void
test_truncated (void)
{
  g_autofree char *good = td_test_io_path ("good.xlsx");
  g_autofree char *contents = NULL;
  gsize length = 0;

  td_test_io_xlsx (good, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Tên</t></is></c></row>",
                   NULL);
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  for (gsize cut = 0; cut < length; cut += 7)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (contents, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(TdTable) table = td_table_read_bytes (bytes, "good.xlsx",
                                                      TD_TABLE_ENCODING_AUTO, NULL, &error);

      if (table == NULL)
        g_assert_true (error != NULL && error->domain == TD_TABLE_ERROR);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/xlsx/libxlsxwriter", test_libxlsxwriter);
  g_test_add_func ("/io/xlsx/by-hand", test_by_hand);
  g_test_add_func ("/io/xlsx/tcvn3-cells", test_tcvn3_cells);
  g_test_add_func ("/io/xlsx/errors", test_errors);
  g_test_add_func ("/io/xlsx/truncated", test_truncated);
  return g_test_run ();
}
