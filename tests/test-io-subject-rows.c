/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The rows of an office's list made into subjects (td-subject-rows.h): the header found
 * below a title block, the numbering row skipped, each field read as typed, a date of
 * birth made a year, and every wrong cell told by its spreadsheet row and its heading.
 */
#define G_LOG_DOMAIN "test-io-subject-rows"

#include "config.h"

#include <string.h>

#include "td-store.h"
#include "td-subject-rows.h"

static TdTable *
read_csv (const char *csv)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  TdTable *table = td_table_read_bytes (bytes, "list.csv", TD_TABLE_ENCODING_AUTO, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* The messages of @errors, one a line. */
static char *
join_errors (GPtrArray *errors)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < errors->len; i++)
    {
      TdSubjectRowError *error = g_ptr_array_index (errors, i);

      g_string_append_printf (text, "%u|%d|%s\n", error->row, error->column, error->message);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_households (void)
{
  g_autoptr(TdTable) table = read_csv (
    "UBND XÃ TÙNG ẢNH;;;;;\n"
    "DANH SÁCH HỘ GIA ĐÌNH;;;;;\n"
    "STT;Họ và tên chủ hộ;Thôn;Số khẩu;Năm sinh;Ghi chú\n"
    "(1);(2);(3);(4);(5);(6)\n"
    "1;Nguyễn Văn An;Thôn Đông;4;1960;\n"
    "2; Trần Thị Bích ;Thôn Tây;;;Hộ nghèo\n"
    "3;;;;;\n"
    "4;Lê Văn Cường;;;;\n");
  g_autoptr(GArray) map = NULL;
  g_autoptr(GPtrArray) subjects = NULL;
  g_autoptr(GArray) numbers = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  TdSubject *subject;
  guint header = 0;

  map = td_subject_columns_find (table, TD_SUBJECT_HOUSEHOLD, &header, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (header, ==, 2);
  g_assert_cmpint (g_array_index (map, int, 0), ==, TD_FIELD_IGNORE);
  g_assert_cmpint (g_array_index (map, int, 1), ==, TD_FIELD_NAME);
  g_assert_cmpint (g_array_index (map, int, 2), ==, TD_FIELD_PARENT_NAME);

  g_assert_true (td_subjects_from_table (table, TD_SUBJECT_HOUSEHOLD, header, map, &subjects,
                                         &numbers, &errors));
  g_assert_cmpuint (errors->len, ==, 0);
  /* The numbering row and the row with its number alone are no households. */
  g_assert_cmpuint (subjects->len, ==, 3);
  g_assert_cmpuint (numbers->len, ==, 3);
  g_assert_cmpuint (g_array_index (numbers, guint, 0), ==, 5);
  g_assert_cmpuint (g_array_index (numbers, guint, 1), ==, 6);
  g_assert_cmpuint (g_array_index (numbers, guint, 2), ==, 8);

  subject = g_ptr_array_index (subjects, 0);
  g_assert_cmpint (td_subject_get_kind (subject), ==, TD_SUBJECT_HOUSEHOLD);
  g_assert_cmpstr (td_subject_get_name (subject), ==, "Nguyễn Văn An");
  g_assert_cmpstr (td_subject_get_parent_name (subject), ==, "Thôn Đông");
  g_assert_cmpint (td_subject_get_members (subject), ==, 4);
  /* A household has no year of birth: the column is not read. */
  g_assert_cmpint (td_subject_get_birth_year (subject), ==, 0);
  subject = g_ptr_array_index (subjects, 1);
  g_assert_cmpstr (td_subject_get_name (subject), ==, "Trần Thị Bích");
  g_assert_cmpint (td_subject_get_members (subject), ==, -1);
  g_assert_cmpstr (td_subject_get_note (subject), ==, "Hộ nghèo");
  subject = g_ptr_array_index (subjects, 2);
  g_assert_cmpstr (td_subject_get_parent_name (subject), ==, "");
}

/* Each wrong cell is told, by the row the spreadsheet shows (the header, two lines in
 * the file, is its row 1) and the file's own heading on one line; the rows that are right
 * are read all the same. */
static void
test_errors (void)
{
  g_autoptr(TdTable) table = read_csv (
    "Họ và tên,\"Năm\nsinh\",Đơn vị,Chức vụ,Điện thoại\n"
    "Nguyễn Văn An,19a8,Trường Tiểu học,Giáo viên,\n"
    "Trần Thị Bình,12/05/1978,Trường Tiểu học,Hiệu trưởng,0912345678\n"
    ",1980,,,0987\n"
    "Lê Văn Cường,1850,,,\n");
  g_autoptr(GArray) map = NULL;
  g_autoptr(GPtrArray) subjects = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint header = 99;

  map = td_subject_columns_find (table, TD_SUBJECT_PERSON, &header, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (header, ==, 0);
  g_assert_false (td_subjects_from_table (table, TD_SUBJECT_PERSON, header, map, &subjects,
                                          NULL, &errors));
  messages = join_errors (errors);
  expected = g_strdup_printf (
    "2|1|Row 2: Năm sinh: “19a8” is not a year: write it with four digits, like 1978\n"
    "4|-1|Row 4: A person needs a name\n"
    "5|1|Row 5: Năm sinh: The year of birth must be between 1900 and %d\n",
    g_date_time_get_year (now));
  g_assert_cmpstr (messages, ==, expected);

  /* The one right row, its date of birth made a year. */
  g_assert_cmpuint (subjects->len, ==, 1);
  g_assert_cmpstr (td_subject_get_name (g_ptr_array_index (subjects, 0)), ==, "Trần Thị Bình");
  g_assert_cmpint (td_subject_get_birth_year (g_ptr_array_index (subjects, 0)), ==, 1978);
  g_assert_cmpstr (td_subject_get_phone (g_ptr_array_index (subjects, 0)), ==, "0912345678");
  g_assert_cmpstr (td_subject_get_parent_name (g_ptr_array_index (subjects, 0)), ==,
                   "Trường Tiểu học");
}

/* What our export writes, in English, comes back: units with their kind. */
static void
test_export_headings (void)
{
  g_autoptr(TdTable) table = read_csv (
    "Name,Kind,Head,Members,Phone,Note\n"
    "Thôn Đông,Village/hamlet,Trần Văn Hải,312,,\n"
    "Trường Mầm non,school,,,,Điểm chính\n");
  g_autoptr(GArray) map = NULL;
  g_autoptr(GPtrArray) subjects = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  TdSubject *unit;
  guint header = 99;

  map = td_subject_columns_find (table, TD_SUBJECT_UNIT, &header, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (header, ==, 0);
  g_assert_true (td_subjects_from_table (table, TD_SUBJECT_UNIT, header, map, &subjects, NULL,
                                         &errors));
  g_assert_cmpuint (subjects->len, ==, 2);
  unit = g_ptr_array_index (subjects, 0);
  g_assert_cmpstr (td_subject_get_unit_kind (unit), ==, "village");
  g_assert_cmpstr (td_subject_get_head (unit), ==, "Trần Văn Hải");
  g_assert_cmpint (td_subject_get_members (unit), ==, 312);
  unit = g_ptr_array_index (subjects, 1);
  g_assert_cmpstr (td_subject_get_unit_kind (unit), ==, "school");
  g_assert_cmpstr (td_subject_get_note (unit), ==, "Điểm chính");
}

static void
test_no_header (void)
{
  g_autoptr(TdTable) no_header = read_csv ("Nguyễn Văn An,Thôn Đông\nTrần Thị Bích,Thôn Tây\n");
  g_autoptr(TdTable) no_name = read_csv ("STT,Thôn,Số khẩu\n1,Thôn Đông,4\n");
  g_autoptr(GError) error = NULL;
  guint header = 99;

  g_assert_null (td_subject_columns_find (no_header, TD_SUBJECT_HOUSEHOLD, &header, &error));
  g_assert_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA);
  g_assert_cmpstr (error->message, ==, "none of the first ten rows names the columns; the list "
                                       "needs a header row, with the column of names headed "
                                       "“Chủ hộ” or the like");
  g_clear_error (&error);
  g_assert_null (td_subject_columns_find (no_name, TD_SUBJECT_HOUSEHOLD, &header, &error));
  g_assert_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA);
  g_assert_cmpstr (error->message, ==, "row 1 names the columns, but none of them holds the "
                                       "names; head that column “Chủ hộ” or the like");
  g_assert_cmpuint (header, ==, 99);
}

/* The store counts the subjects it is given; the message is made to name the sheet's row. */
static void
test_locate_error (void)
{
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) store_error = g_error_new_literal (TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                                                       "Row 12: A unit needs a name");
  g_autoptr(GError) other = g_error_new_literal (TD_STORE_ERROR, TD_STORE_ERROR_IO,
                                                 "Row 13 is not a prefix");
  g_autoptr(GError) located = NULL;
  g_autoptr(GError) copied = NULL;
  guint row = 99;

  for (guint i = 0; i < 20; i++)
    {
      guint number = 5 + 2 * i;

      g_array_append_val (numbers, number);
    }
  located = td_subject_rows_locate_error (store_error, numbers, &row);
  g_assert_error (located, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  /* The 12th subject, from row 5 + 2 × 11. */
  g_assert_cmpstr (located->message, ==, "Row 27: A unit needs a name");
  g_assert_cmpuint (row, ==, 27);
  copied = td_subject_rows_locate_error (other, numbers, &row);
  g_assert_cmpuint (row, ==, 0);
  g_assert_error (copied, TD_STORE_ERROR, TD_STORE_ERROR_IO);
  g_assert_cmpstr (copied->message, ==, "Row 13 is not a prefix");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/subject-rows/households", test_households);
  g_test_add_func ("/io/subject-rows/errors", test_errors);
  g_test_add_func ("/io/subject-rows/export-headings", test_export_headings);
  g_test_add_func ("/io/subject-rows/no-header", test_no_header);
  g_test_add_func ("/io/subject-rows/locate-error", test_locate_error);
  return g_test_run ();
}
