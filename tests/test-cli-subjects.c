/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Units, people and households through the real binary with no display: imported from the
 * files offices have (CSV with a byte-order mark and `;`, a workbook, TCVN3 text) with
 * "N added, M matched"; a bad row named, a line each, with nothing written; a second
 * import matched, not doubled; exported as CSV and .xlsx and read back.
 */
#define G_LOG_DOMAIN "test-cli-subjects"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "td-csv.h"
#include "td-store.h"
#include "td-table.h"
#include "td-test-cli.h"
#include "td-test-db.h"
#include "td-test-subjects.h"

typedef TdTestCliFixture Fixture;

/* 5 units, 4 people and 5 households in the fixture's database (td_test_subjects_fill()). */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;

  td_test_cli_set_up (fixture, data);
  store = td_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  td_test_subjects_fill (fixture->db);
}

#define fixture_tear_down td_test_cli_tear_down
#define path_in           td_test_cli_path
#define run_thidua        td_test_cli_run

/* A success that says what it did and nothing else. */
static void
assert_imported (TdTestCliRun *run,
                 const char   *expected)
{
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpstr (run->out, ==, expected);
  g_assert_cmpint (run->status, ==, 0);
}

static gint64
count (const char *db,
       const char *table)
{
  return td_test_file_int (db, "SELECT count(*) FROM %s", table);
}

/* The rows of @db's @table, a line each, for comparing before and after. */
static char *
dump (const char *db,
      const char *sql)
{
  return td_test_file_query (db, "SELECT group_concat(line, char(10)) FROM (%s)", sql);
}

#define DUMP_HOUSEHOLDS \
  "SELECT h.head_name || '|' || coalesce(u.name, '') || '|' || coalesce(h.members, '') || " \
  "'|' || h.address || '|' || h.phone || '|' || h.note AS line FROM household h " \
  "LEFT JOIN unit u ON u.id = h.village_id ORDER BY h.id"
#define DUMP_PEOPLE \
  "SELECT p.name || '|' || coalesce(u.name, '') || '|' || p.position || '|' || " \
  "coalesce(p.birth_year, '') || '|' || p.phone AS line FROM person p " \
  "LEFT JOIN unit u ON u.id = p.unit_id ORDER BY p.id"
#define DUMP_UNITS \
  "SELECT name || '|' || kind || '|' || head || '|' || coalesce(members, '') AS line " \
  "FROM unit ORDER BY id"

/* Import ---------------------------------------------------------------------------------- */

/* What Excel saves where the decimal mark is a comma: a byte-order mark, `;`, CRLF; a
 * title block above the header, the column numbers under it, a note with a `;` and a line
 * break; one household already there, one village not. */
static void
test_import_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *csv = path_in (fixture, "hộ gia đình.csv");
  g_autofree char *households = NULL;
  TdTestCliRun run = { 0 };

  td_test_cli_write_text (csv,
    TD_CSV_BOM "UBND XÃ TÙNG ẢNH;;;;;\r\n"
    "DANH SÁCH HỘ GIA ĐÌNH NĂM 2022;;;;;\r\n"
    ";;;;;\r\n"
    "STT;Họ và tên chủ hộ;Thôn;Số khẩu;Địa chỉ;Ghi chú\r\n"
    "(1);(2);(3);(4);(5);(6)\r\n"
    "1;Phạm Văn Quý;Thôn Đông;5;Xóm 2;\"Hộ cận nghèo; \r\nđã thoát nghèo\"\r\n"
    "2;HOÀNG VĂN EM;thôn đông;;;\r\n"
    "3;Đinh Thị Ngọc;Thôn Bắc;2;;\r\n"
    "4;Lưu Văn Sơn;Thôn Tây;;;\r\n");
  run_thidua (&run, fixture, fixture->db, "--import=households", "--input=hộ gia đình.csv",
              NULL);
  assert_imported (&run, "3 added, 1 matched\n");
  td_test_cli_run_clear (&run);

  g_assert_cmpint (count (fixture->db, "household"), ==, 5 + 3);
  /* The village named was made a village. */
  g_assert_cmpint (td_test_file_int (fixture->db, "SELECT count(*) FROM unit WHERE "
                                     "name = 'Thôn Bắc' AND kind = 'village'"), ==, 1);
  households = dump (fixture->db, DUMP_HOUSEHOLDS);
  g_assert_cmpstr (households, ==,
                   "Hoàng Văn Em|Thôn Đông||||\n"
                   "Đỗ Thị Giang|Thôn Đông||||\n"
                   "Bùi Văn Hải|Thôn Đông||||\n"
                   "Vũ Văn Khoa|Thôn Tây||||\n"
                   "Ngô Thị Lan|Thôn Tây||||\n"
                   "Phạm Văn Quý|Thôn Đông|5|Xóm 2||Hộ cận nghèo; \nđã thoát nghèo\n"
                   "Đinh Thị Ngọc|Thôn Bắc|2|||\n"
                   "Lưu Văn Sơn|Thôn Tây||||");
}

/* A workbook as td_table_write() makes it: numbers as numbers, a phone number as text. */
static void
test_import_xlsx (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const headers[] = { "STT", "Họ và tên", "Năm sinh", "Chức vụ",
                                          "Đơn vị công tác", "Số điện thoại", NULL };
  static const char * const first[] = { "1", "Nguyễn Thị Hạnh", "1985", "Kế toán",
                                        "Trường Tiểu học Tùng Ảnh", "0912345678", NULL };
  static const char * const second[] = { "2", "Đặng Văn Ước", "12/05/1978", "Trưởng công an",
                                         "Công an xã", "", NULL };
  g_autofree char *xlsx = path_in (fixture, "can-bo.xlsx");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *people = NULL;
  TdTestCliRun run = { 0 };

  g_ptr_array_add (rows, (gpointer) first);
  g_ptr_array_add (rows, (gpointer) second);
  g_assert_true (td_table_write (xlsx, headers, NULL, rows, &error));
  g_assert_no_error (error);

  run_thidua (&run, fixture, fixture->db, "--import=people", "--input=can-bo.xlsx", NULL);
  assert_imported (&run, "2 added, 0 matched\n");
  td_test_cli_run_clear (&run);
  people = dump (fixture->db, DUMP_PEOPLE " LIMIT -1 OFFSET 4");
  g_assert_cmpstr (people, ==,
                   "Nguyễn Thị Hạnh|Trường Tiểu học Tùng Ảnh|Kế toán|1985|0912345678\n"
                   "Đặng Văn Ước|Công an xã|Trưởng công an|1978|");
  /* The unit not there yet is made, of the kind "other". */
  g_assert_cmpint (td_test_file_int (fixture->db, "SELECT count(*) FROM unit WHERE "
                                     "name = 'Công an xã' AND kind = 'other'"), ==, 1);
}

/* The units of a commune typed with .VnTime fonts and saved as CSV: TCVN3 bytes. */
#define UNITS_UTF8 \
  "Tên đơn vị,Loại,Trưởng thôn,Số thành viên\n" \
  "Thôn Trung Tiến,Thôn/xóm,Nguyễn Văn Tùng,312\n" \
  "Thôn Hồng Lạc,Thôn/xóm,Trần Thị Hường,280\n" \
  "Hợp tác xã nông nghiệp,Hợp tác xã,Lê Đình Quyết,\n" \
  "Hội Liên hiệp phụ nữ,Đoàn thể,Phạm Thị Nguyệt,\n"

#define UNITS_EXPECTED \
  "Thôn Trung Tiến|village|Nguyễn Văn Tùng|312\n" \
  "Thôn Hồng Lạc|village|Trần Thị Hường|280\n" \
  "Hợp tác xã nông nghiệp|cooperative|Lê Đình Quyết|\n" \
  "Hội Liên hiệp phụ nữ|union|Phạm Thị Nguyệt|"

static void
test_import_tcvn3 (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const options[] = { "--encoding=tcvn3", NULL, "--encoding=utf-8" };
  g_autofree char *csv = path_in (fixture, "don-vi.csv");
  g_autofree char *bytes = NULL;
  gsize length = 0;

  bytes = td_legacy_from_utf8 (UNITS_UTF8, TD_TABLE_ENCODING_TCVN3, &length);
  g_assert_false (g_utf8_validate_len (bytes, length, NULL));
  {
    g_autoptr(GError) error = NULL;

    g_file_set_contents (csv, bytes, (gssize) length, &error);
    g_assert_no_error (error);
  }

  /* Told, found out, and read as what it is not. */
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autofree char *name = g_strdup_printf ("units-%u.db", i);
      g_autofree char *db = path_in (fixture, name);
      g_autofree char *units = NULL;
      TdTestCliRun run = { 0 };

      run_thidua (&run, fixture, db, "--import=units", "--input=don-vi.csv", options[i], NULL);
      if (i < 2)
        {
          assert_imported (&run, "4 added, 0 matched\n");
          units = dump (db, DUMP_UNITS);
          g_assert_cmpstr (units, ==, UNITS_EXPECTED);
        }
      else
        {
          /* Read as UTF-8 the header is not one: refused before the database is made. */
          g_assert_cmpint (run.status, ==, 1);
          g_assert_true (g_str_has_prefix (run.err, "thidua: don-vi.csv: none of the first "
                                                    "ten rows names the columns"));
          g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
        }
      td_test_cli_run_clear (&run);
    }
}

/* A list of 40 people with a name missing in row 12 and a year that is none in row 37: both
 * named, a line each; nothing written. */
static void
test_import_bad_rows (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *csv = path_in (fixture, "bad.csv");
  g_autoptr(GString) text = g_string_new ("Họ và tên,Năm sinh,Đơn vị\n");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *people_before = dump (fixture->db, DUMP_PEOPLE);
  g_autofree char *units_before = dump (fixture->db, DUMP_UNITS);
  g_autofree char *people_after = NULL;
  g_autofree char *units_after = NULL;
  TdTestCliRun run = { 0 };

  for (guint row = 2; row <= 41; row++)
    {
      if (row == 12)
        g_string_append (text, ",1990,Thôn Mới\n");
      else if (row == 37)
        g_string_append (text, "Người Thứ Ba Bảy,19a8,Thôn Mới\n");
      else
        g_string_append_printf (text, "Người số %u,%u,Thôn Mới\n", row, 1950 + row);
    }
  td_test_cli_write_text (csv, text->str);
  before = td_test_read_file (fixture->db);

  run_thidua (&run, fixture, fixture->db, "--import=people", "--input=bad.csv", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==,
                   "thidua: bad.csv: Row 12: A person needs a name\n"
                   "thidua: bad.csv: Row 37: Năm sinh: “19a8” is not a year: write it with "
                   "four digits, like 1978\n");
  td_test_cli_run_clear (&run);

  /* Not a row more, not a unit made, not a byte changed. */
  after = td_test_read_file (fixture->db);
  g_assert_true (g_bytes_equal (before, after));
  people_after = dump (fixture->db, DUMP_PEOPLE);
  units_after = dump (fixture->db, DUMP_UNITS);
  g_assert_cmpstr (people_after, ==, people_before);
  g_assert_cmpstr (units_after, ==, units_before);
  g_assert_cmpint (count (fixture->db, "person"), ==, 4);
}

/* The same file twice: the second time adds nothing and matches every row. */
static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *csv = path_in (fixture, "ho.csv");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  td_test_cli_write_text (csv, "Chủ hộ\tThôn\tSố khẩu\n"
                               "Trịnh Văn Mạnh\tThôn Nam\t4\n"
                               "Cao Thị Nhàn\tThôn Nam\t\n"
                               "Bùi Văn Hải\tThôn Đông\t6\n");
  for (int round = 0; round < 2; round++)
    {
      TdTestCliRun run = { 0 };

      run_thidua (&run, fixture, fixture->db, "--import=households", "--input=ho.csv", NULL);
      assert_imported (&run, round == 0 ? "2 added, 1 matched\n" : "0 added, 3 matched\n");
      td_test_cli_run_clear (&run);
      if (round == 0)
        first = dump (fixture->db, DUMP_HOUSEHOLDS);
    }
  second = dump (fixture->db, DUMP_HOUSEHOLDS);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpint (count (fixture->db, "household"), ==, 7);
  /* The blank members of the household there filled from the file, once. */
  g_assert_cmpint (td_test_file_int (fixture->db, "SELECT members FROM household "
                                     "WHERE head_name = 'Bùi Văn Hải'"), ==, 6);
}

/* Export ---------------------------------------------------------------------------------- */

/* The names in the first column of a list written, from the row under the header. */
static char *
names_in (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTable) table = td_table_read (path, TD_TABLE_ENCODING_AUTO, NULL, &error);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint r = 1; r < table->rows->len; r++)
    g_string_append_printf (names, "%s%s", r > 1 ? "|" : "",
                            td_table_row_get (g_ptr_array_index (table->rows, r), 0));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
header_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTable) table = td_table_read (path, TD_TABLE_ENCODING_AUTO, NULL, &error);
  const TdTableRow *row;

  g_assert_no_error (error);
  row = g_ptr_array_index (table->rows, 0);
  return g_strjoinv ("|", row->cells);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct {
    const char *what;
    const char *header;
    const char *names;
  } lists[] = {
    { "units", "Name|Kind|Head|Members|Phone|Note",
      "Thôn Đông|Thôn Nam|Thôn Tây|Trạm Y tế xã|Trường Tiểu học Tùng Ảnh" },
    { "people", "Full name|Position|Unit|Year of birth|Phone|Note",
      "Nguyễn Văn An|Phạm Thị Dung|Trần Thị Bình" },
    { "households", "Head of household|Village|Address|Members|Phone|Note",
      "Bùi Văn Hải|Đỗ Thị Giang|Hoàng Văn Em|Vũ Văn Khoa" },
  };
  sqlite3 *db = td_test_raw_open (fixture->db, SQLITE_OPEN_READWRITE);

  /* Archived: not in the lists. */
  td_test_raw_exec (db, "UPDATE person SET archived = 1 WHERE name = 'Lê Văn Cường';"
                        "UPDATE household SET archived = 1 WHERE head_name = 'Ngô Thị Lan';");
  sqlite3_close (db);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint f = 0; f < 2; f++)
      {
        const char *format = f == 0 ? "csv" : "xlsx";
        g_autofree char *name = g_strdup_printf ("%s.%s", lists[i].what, format);
        g_autofree char *path = path_in (fixture, name);
        g_autofree char *export = g_strdup_printf ("--export=%s", lists[i].what);
        g_autofree char *output = g_strdup_printf ("--output=%s", name);
        g_autofree char *header = NULL;
        g_autofree char *names = NULL;
        TdTestCliRun run = { 0 };

        run_thidua (&run, fixture, fixture->db, export, output, NULL);
        td_test_cli_assert_quiet_success (&run);
        td_test_cli_run_clear (&run);

        header = header_of (path);
        names = names_in (path);
        g_assert_cmpstr (header, ==, lists[i].header);
        g_assert_cmpstr (names, ==, lists[i].names);
      }

  /* The CSV starts with the mark that makes Excel read UTF-8; the unit's kind in words. */
  {
    g_autofree char *path = path_in (fixture, "units.csv");
    g_autofree char *text = td_test_cli_read_text (path);

    g_assert_true (g_str_has_prefix (text, TD_CSV_BOM "Name,Kind,Head,Members,Phone,Note\r\n"
                                           "Thôn Đông,Village/hamlet,,,,\r\n"));
  }
}

/* Exported as a workbook, imported into another file, exported again: the same list. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const whats[] = { "units", "people", "households" };
  static const char * const added[] = { "5 added, 0 matched\n", "4 added, 0 matched\n",
                                        "5 added, 0 matched\n" };
  g_autofree char *other = path_in (fixture, "other.db");

  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    {
      g_autofree char *export = g_strdup_printf ("--export=%s", whats[i]);
      g_autofree char *import = g_strdup_printf ("--import=%s", whats[i]);
      g_autofree char *xlsx = g_strdup_printf ("%s.xlsx", whats[i]);
      g_autofree char *output = g_strdup_printf ("--output=%s", xlsx);
      g_autofree char *input = g_strdup_printf ("--input=%s", xlsx);
      g_autofree char *first_name = g_strdup_printf ("%s-1.csv", whats[i]);
      g_autofree char *second_name = g_strdup_printf ("%s-2.csv", whats[i]);
      g_autofree char *first_output = g_strdup_printf ("--output=%s", first_name);
      g_autofree char *second_output = g_strdup_printf ("--output=%s", second_name);
      g_autofree char *first_path = path_in (fixture, first_name);
      g_autofree char *second_path = path_in (fixture, second_name);
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      TdTestCliRun run = { 0 };

      run_thidua (&run, fixture, fixture->db, export, output, NULL);
      td_test_cli_assert_quiet_success (&run);
      td_test_cli_run_clear (&run);
      run_thidua (&run, fixture, other, import, input, NULL);
      assert_imported (&run, added[i]);
      td_test_cli_run_clear (&run);

      run_thidua (&run, fixture, fixture->db, export, first_output, NULL);
      td_test_cli_run_clear (&run);
      run_thidua (&run, fixture, other, export, second_output, NULL);
      td_test_cli_run_clear (&run);
      first = td_test_cli_read_text (first_path);
      second = td_test_cli_read_text (second_path);
      g_assert_cmpstr (second, ==, first);
    }
}

/* Errors --------------------------------------------------------------------------------- */

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *no_header = path_in (fixture, "no-header.csv");
  g_autofree char *empty = path_in (fixture, "empty.csv");
  g_autofree char *folder = path_in (fixture, "folder.csv");
  g_autoptr(GBytes) before = td_test_read_file (fixture->db);
  g_autoptr(GBytes) after = NULL;
  struct {
    const char *args[3];
    const char *message;
  } cases[] = {
    { { "--import=people", "--input=missing.xlsx" },
      "thidua: missing.xlsx: the file does not exist\n" },
    { { "--import=people", "--input=no-header.csv" },
      "thidua: no-header.csv: none of the first ten rows names the columns; the list needs a "
      "header row, with the column of names headed “Họ và tên” or the like\n" },
    { { "--import=units", "--input=empty.csv" },
      "thidua: empty.csv: there is nothing to import under the header (row 1)\n" },
    { { "--import=units", "--input=folder.csv" },
      "thidua: folder.csv: this is a folder, not a file\n" },
    { { "--import=units", "--input=empty.csv", "--encoding=koi8" },
      "thidua: --encoding=koi8: not an encoding known here; write tcvn3 (the ABC fonts, "
      ".VnTime), vni, cp1258 or utf-8 (see thidua --help)\n" },
    { { "--export=units", "--output=u.csv", "--encoding=tcvn3" },
      "thidua: --encoding: --export=units reads no text to decode; only an import of units, "
      "people or households does (see thidua --help)\n" },
    { { "--export=households", "--output=no-such-folder/h.xlsx" },
      NULL },
  };

  td_test_cli_write_text (no_header, "Nguyễn Văn An,1978\nTrần Thị Bình,1980\n");
  td_test_cli_write_text (empty, "Tên đơn vị,Loại\n");
  g_assert_no_errno (g_mkdir (folder, 0700));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TdTestCliRun run = { 0 };

      run_thidua (&run, fixture, fixture->db, cases[i].args[0], cases[i].args[1],
                  cases[i].args[2], NULL);
      td_test_cli_assert_failure (&run, "thidua: ");
      if (cases[i].message != NULL)
        g_assert_cmpstr (run.err, ==, cases[i].message);
      else
        g_assert_true (g_str_has_prefix (run.err, "thidua: no-such-folder/h.xlsx: the folder "));
      td_test_cli_run_clear (&run);
    }
  after = td_test_read_file (fixture->db);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/subjects/import/csv", test_import_csv);
  ADD ("/cli/subjects/import/xlsx", test_import_xlsx);
  ADD ("/cli/subjects/import/tcvn3", test_import_tcvn3);
  ADD ("/cli/subjects/import/bad-rows", test_import_bad_rows);
  ADD ("/cli/subjects/import/twice", test_import_twice);
  ADD ("/cli/subjects/export", test_export);
  ADD ("/cli/subjects/round-trip", test_round_trip);
  ADD ("/cli/subjects/errors", test_errors);

  return g_test_run ();
}
