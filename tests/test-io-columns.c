/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The columns of office lists mapped to fields from their Vietnamese headings, and the
 * header row found below a title block.
 */
#define G_LOG_DOMAIN "test-io-columns"

#include "config.h"

#include "td-columns.h"
#include "td-test-io.h"

static void
test_match (void)
{
  struct {
    TdListKind  kind;
    const char *heading;
    TdField     field;
  } cases[] = {
    { TD_LIST_PEOPLE, "Họ và tên", TD_FIELD_NAME },
    { TD_LIST_PEOPLE, "HỌ VÀ TÊN", TD_FIELD_NAME },
    { TD_LIST_PEOPLE, "Họ  tên:", TD_FIELD_NAME },
    { TD_LIST_PEOPLE, "Ho va ten", TD_FIELD_NAME },
    { TD_LIST_PEOPLE, "Tên", TD_FIELD_NAME },
    { TD_LIST_HOUSEHOLDS, "Chủ hộ", TD_FIELD_NAME },
    { TD_LIST_HOUSEHOLDS, "Họ tên chủ hộ", TD_FIELD_NAME },
    { TD_LIST_UNITS, "Chủ hộ", TD_FIELD_NONE },
    { TD_LIST_HOUSEHOLDS, "Thôn", TD_FIELD_PARENT_NAME },
    { TD_LIST_HOUSEHOLDS, "Xóm", TD_FIELD_PARENT_NAME },
    { TD_LIST_HOUSEHOLDS, "Thôn, xóm", TD_FIELD_PARENT_NAME },
    { TD_LIST_HOUSEHOLDS, "Tổ dân phố", TD_FIELD_PARENT_NAME },
    { TD_LIST_UNITS, "Tên đơn vị", TD_FIELD_NAME },
    { TD_LIST_UNITS, "Đơn vị", TD_FIELD_NAME },
    { TD_LIST_PEOPLE, "Đơn vị", TD_FIELD_PARENT_NAME },
    { TD_LIST_PEOPLE, "Tên đơn vị", TD_FIELD_PARENT_NAME },
    { TD_LIST_UNITS, "Loại", TD_FIELD_UNIT_KIND },
    { TD_LIST_UNITS, "Loại đơn vị", TD_FIELD_UNIT_KIND },
    { TD_LIST_PEOPLE, "Chức vụ", TD_FIELD_POSITION },
    { TD_LIST_PEOPLE, "Năm sinh", TD_FIELD_BIRTH_YEAR },
    { TD_LIST_PEOPLE, "Năm\nsinh", TD_FIELD_BIRTH_YEAR },
    { TD_LIST_PEOPLE, "Ngày sinh", TD_FIELD_BIRTH_YEAR },
    { TD_LIST_PEOPLE, "Năm sinh (dương lịch)", TD_FIELD_BIRTH_YEAR },
    { TD_LIST_PEOPLE, "Số điện thoại", TD_FIELD_PHONE },
    { TD_LIST_UNITS, "Điện thoại", TD_FIELD_PHONE },
    { TD_LIST_PEOPLE, "SĐT", TD_FIELD_PHONE },
    { TD_LIST_HOUSEHOLDS, "Số nhân khẩu", TD_FIELD_MEMBERS },
    { TD_LIST_HOUSEHOLDS, "Số khẩu", TD_FIELD_MEMBERS },
    { TD_LIST_UNITS, "Số thành viên", TD_FIELD_MEMBERS },
    { TD_LIST_HOUSEHOLDS, "Địa chỉ", TD_FIELD_ADDRESS },
    { TD_LIST_UNITS, "Ghi chú", TD_FIELD_NOTE },
    { TD_LIST_UNITS, "Trưởng thôn", TD_FIELD_HEAD },
    { TD_LIST_UNITS, "Thủ trưởng", TD_FIELD_HEAD },
    { TD_LIST_UNITS, "Người đứng đầu", TD_FIELD_HEAD },
    { TD_LIST_UNITS, "STT", TD_FIELD_IGNORE },
    { TD_LIST_HOUSEHOLDS, "TT", TD_FIELD_IGNORE },
    { TD_LIST_HOUSEHOLDS, "Thành tích", TD_FIELD_NONE },
    { TD_LIST_HOUSEHOLDS, "", TD_FIELD_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].heading);
      g_assert_cmpint (td_columns_match (cases[i].kind, cases[i].heading), ==, cases[i].field);
    }
}

static void
test_header (void)
{
  g_autofree char *path = td_test_io_path ("hộ.csv");
  g_autoptr(TdTable) table = NULL;
  g_autoptr(GArray) fields = NULL;
  const TdTableRow *header;
  int index;

  td_test_io_write (path,
    "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH,,,,\r\n"
    ",DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ,,,\r\n"
    ",,,,\r\n"
    "TT,Họ và tên chủ hộ,Thôn,Số khẩu,Tên\r\n"
    "1,Nguyễn Văn Tùng,Thôn 1,4,x\r\n", -1);
  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  index = td_columns_find_header (TD_LIST_HOUSEHOLDS, table);
  g_assert_cmpint (index, ==, 2);
  header = g_ptr_array_index (table->rows, index);
  g_assert_cmpuint (header->number, ==, 4);

  fields = td_columns_map (TD_LIST_HOUSEHOLDS, header, table->n_columns);
  g_assert_cmpuint (fields->len, ==, 5);
  g_assert_cmpint (g_array_index (fields, int, 0), ==, TD_FIELD_IGNORE);
  g_assert_cmpint (g_array_index (fields, int, 1), ==, TD_FIELD_NAME);
  g_assert_cmpint (g_array_index (fields, int, 2), ==, TD_FIELD_PARENT_NAME);
  g_assert_cmpint (g_array_index (fields, int, 3), ==, TD_FIELD_MEMBERS);
  /* A second name column is not a second name. */
  g_assert_cmpint (g_array_index (fields, int, 4), ==, TD_FIELD_NONE);

  /* The other lists know enough of these headings as well. */
  g_assert_cmpint (td_columns_find_header (TD_LIST_UNITS, table), ==, 2);
  g_assert_cmpint (td_columns_find_header (TD_LIST_PEOPLE, table), ==, 2);
}

static void
test_no_header (void)
{
  g_autofree char *path = td_test_io_path ("plain.csv");
  g_autoptr(TdTable) table = NULL;

  td_test_io_write (path, "Nguyễn Văn Tùng,Thôn 1\r\nPhạm Thị Ảnh,Thôn 2\r\n", -1);
  table = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpint (td_columns_find_header (TD_LIST_PEOPLE, table), ==, -1);
}

static void
test_year (void)
{
  struct { const char *cell; int year; } cases[] = {
    { "1978", 1978 }, { "12/05/1978", 1978 }, { "12-5-1978", 1978 }, { "1978-05-12", 1978 },
    { "05/1978", 1978 }, { " 1978 ", 1978 }, { "19a8", 0 }, { "78", 0 }, { "", 0 },
    { "1850", 0 }, { "0912345678", 0 }, { "năm 2001", 2001 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (td_columns_parse_year (cases[i].cell), ==, cases[i].year);
}

static void
test_titles (void)
{
  g_assert_cmpstr (td_field_get_title (TD_FIELD_NAME), ==, "Name");
  g_assert_cmpstr (td_field_get_title (TD_FIELD_BIRTH_YEAR), ==, "Year of birth");
  g_assert_cmpstr (td_field_get_title (TD_FIELD_IGNORE), ==, "Not imported");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/columns/match", test_match);
  g_test_add_func ("/io/columns/header", test_header);
  g_test_add_func ("/io/columns/no-header", test_no_header);
  g_test_add_func ("/io/columns/year", test_year);
  g_test_add_func ("/io/columns/titles", test_titles);
  return g_test_run ();
}
