/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A criteria tree read from an office's table, its tree made from the codes (Roman groups,
 * numbered criteria and items at any depth, lettered items), what is wrong said by row and
 * column, nothing imported while anything is; written as .xlsx and .csv and read back the
 * same; imported into the store in one step.
 */
#define G_LOG_DOMAIN "test-io-criteria"

#include "config.h"

#include "td-criteria-rows.h"
#include "td-history.h"
#include "td-points.h"
#include "td-store-scoring.h"
#include "td-test-io.h"
#include "td-test-store.h"

/* The codes of @criteria with each one's parent's code: "I<, 1<I, 1.1<1". */
static char *
shape_of (GPtrArray *criteria,
          GArray    *parents)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < criteria->len; i++)
    {
      int parent = g_array_index (parents, int, i);

      g_string_append_printf (out, "%s%s<%s", i > 0 ? ", " : "",
                              td_criterion_get_code (g_ptr_array_index (criteria, i)),
                              parent < 0 ? ""
                              : td_criterion_get_code (g_ptr_array_index (criteria, parent)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
errors_of (GPtrArray *errors)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < errors->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "",
                            ((TdCriteriaRowError *) g_ptr_array_index (errors, i))->message);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static TdTable *
read_csv (const char *name,
          const char *text)
{
  g_autofree char *path = td_test_io_path (name);

  td_test_io_write (path, text, -1);
  return td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
}

/* An office's table: a title, a header, the row of column numbers, Roman groups, items
 * three deep, a lettered item, a penalty, the total. */
static const char office_table[] =
  "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA CÁC THÔN NĂM 2022,,,,,\n"
  "TT,Nội dung tiêu chí,Chỉ tiêu,ĐVT,Điểm chuẩn,Ghi chú\n"
  "(1),(2),(3),(4),(5),(6)\n"
  "I.,Công tác xây dựng Đảng,,,20,\n"
  "1.,Lãnh đạo thực hiện nghị quyết,,,10,\n"
  "1.1.,Ban hành nghị quyết,Đạt,,4,\n"
  "1.2.,Kiểm tra giám sát,100,%,6,BCĐ chấm\n"
  "2,Phát triển đảng viên,,,10,\n"
  "2.1,Kết nạp,2,người,3,\n"
  "2.2,Sinh hoạt,,,7.5,\n"
  "2.2.1,Sinh hoạt chi bộ,,,5,\n"
  "a),Đúng kỳ,,,2.5,\n"
  "b),Có chuyên đề,,,2.5,\n"
  "2.2.2,Đảng viên dự họp,,,\"2,5\",\n"
  "II,Điểm trừ,,,,\n"
  "1,Vi phạm pháp luật,,,-5,\n"
  ",Tổng cộng,,,100,\n";

static void
test_read_codes (void)
{
  g_autoptr(TdTable) table = read_csv ("tieu-chi.csv", office_table);
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GArray) parents = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shape = NULL;
  TdCriterion *c;

  g_assert_true (td_criteria_from_table (table, &criteria, &parents, &rows, &errors, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (errors->len, ==, 0);
  shape = shape_of (criteria, parents);
  /* "1" under II is II's own, not the 1. of group I. */
  g_assert_cmpstr (shape, ==, "I.<, 1.<I., 1.1.<1., 1.2.<1., 2<I., 2.1<2, 2.2<2, 2.2.1<2.2, "
                              "a)<2.2.1, b)<2.2.1, 2.2.2<2.2, II<, 1<II");
  g_assert_cmpuint (g_array_index (rows, guint, 0), ==, 4);
  g_assert_cmpuint (g_array_index (rows, guint, 12), ==, 16);

  c = g_ptr_array_index (criteria, 3);
  g_assert_cmpstr (td_criterion_get_name (c), ==, "Kiểm tra giám sát");
  g_assert_cmpstr (td_criterion_get_target (c), ==, "100");
  g_assert_cmpstr (td_criterion_get_target_unit (c), ==, "%");
  g_assert_cmpstr (td_criterion_get_note (c), ==, "BCĐ chấm");
  g_assert_cmpint (td_criterion_get_max_points (c), ==, 600);
  c = g_ptr_array_index (criteria, 5);
  g_assert_cmpint (td_criterion_get_max_points (c), ==, 300);
  c = g_ptr_array_index (criteria, 10);
  g_assert_cmpint (td_criterion_get_max_points (c), ==, 250);
  c = g_ptr_array_index (criteria, 12);
  g_assert_true (td_criterion_get_penalty (c));
  g_assert_cmpint (td_criterion_get_max_points (c), ==, -500);
  c = g_ptr_array_index (criteria, 11);
  g_assert_false (td_criterion_get_has_max (c));
}

/* Every wrong row said at once, by row and heading; nothing given back. */
static void
test_read_errors (void)
{
  g_autoptr(TdTable) table = read_csv ("sai.csv",
    "Mã số,Tên tiêu chí,Điểm\n"
    "I,Nhóm một,\n"
    "1,Một,abc\n"
    "1.1,,2\n"
    "2.1,Không có cha,2\n"
    "Z9,Mã lạ,1\n"
    "3,Không có điểm,\n"
    "I,Nhóm một lần nữa,\n"
    "1,Một,1.255\n");
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GArray) parents = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *messages = NULL;

  g_assert_false (td_criteria_from_table (table, &criteria, &parents, NULL, &errors, &error));
  g_assert_no_error (error);
  g_assert_null (criteria);
  messages = errors_of (errors);
  g_assert_cmpstr (messages, ==,
                   "Row 3: Điểm: “abc” is not a number of points, such as 5 or 2.5\n"
                   "Row 4: Tên tiêu chí: a criterion needs a name\n"
                   "Row 5: Mã số: “2.1” has no criterion “2” above it\n"
                   "Row 6: Mã số: “Z9” is not a code of a criterion, such as “II”, “1” or “1.2”\n"
                   "Row 7: Điểm: an item needs its standard points, such as 5 or 2.5\n"
                   "Row 8: Mã số: “I” is there already, on row 2\n"
                   "Row 9: Điểm: “1.255” has more decimals than points are counted in; give at "
                   "most two, such as 2.25");
  g_assert_cmpint (((TdCriteriaRowError *) g_ptr_array_index (errors, 0))->column, ==, 2);

  /* A table of nothing. */
  {
    g_autoptr(TdTable) empty = read_csv ("trong.csv", "Mã số,Tên tiêu chí,Điểm\n,,\n");
    g_autoptr(GPtrArray) none = NULL;

    g_clear_pointer (&errors, g_ptr_array_unref);
    g_assert_false (td_criteria_from_table (empty, &none, NULL, NULL, &errors, &error));
    g_assert_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_EMPTY);
  }
}

/* No header: code, name, points in that order. */
static void
test_read_plain (void)
{
  g_autoptr(TdTable) table = read_csv ("plain.csv", "I,Nhóm,\n1,Một,5\n1.1,Một một,2.5\n"
                                                    "1.2,Một hai,2.5\n");
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GArray) parents = NULL;
  g_autofree char *shape = NULL;

  g_assert_true (td_criteria_from_table (table, &criteria, &parents, NULL, NULL, NULL));
  shape = shape_of (criteria, parents);
  g_assert_cmpstr (shape, ==, "I<, 1<I, 1.1<1, 1.2<1");
  g_assert_cmpint (td_criteria_column_match ("ĐIỂM CHUẨN:"), ==, TD_CRITERIA_COLUMN_POINTS);
  g_assert_cmpint (td_criteria_column_match ("Don vi tinh"), ==, TD_CRITERIA_COLUMN_TARGET_UNIT);
  g_assert_cmpint (td_criteria_column_match ("Standard points"), ==, TD_CRITERIA_COLUMN_POINTS);
  g_assert_cmpint (td_criteria_column_match ("Họ và tên"), ==, TD_CRITERIA_COLUMN_NONE);
}

/* Written as .xlsx and .csv, read back as the same tree, a heading's mismatch kept. */
static void
test_write_read (void)
{
  g_autoptr(TdTable) table = read_csv ("tieu-chi.csv", office_table);
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GArray) parents = NULL;
  g_autoptr(TdCriteriaTree) tree = NULL;
  const char *names[] = { "ra.xlsx", "ra.csv" };

  g_assert_true (td_criteria_from_table (table, &criteria, &parents, NULL, NULL, NULL));
  /* Ids and parent ids, as the store would give them. */
  {
    g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < criteria->len; i++)
      {
        TdCriterion *c = td_criterion_new (i + 1);
        int parent = g_array_index (parents, int, i);

        g_object_set (c, "code", td_criterion_get_code (g_ptr_array_index (criteria, i)),
                      "name", td_criterion_get_name (g_ptr_array_index (criteria, i)),
                      "target", td_criterion_get_target (g_ptr_array_index (criteria, i)),
                      "target-unit", td_criterion_get_target_unit (g_ptr_array_index (criteria, i)),
                      "note", td_criterion_get_note (g_ptr_array_index (criteria, i)),
                      "position", (int) i, "parent-id", (gint64) (parent + 1), NULL);
        if (td_criterion_get_has_max (g_ptr_array_index (criteria, i)))
          td_criterion_set_max_points (c, td_criterion_get_max_points (
                                            g_ptr_array_index (criteria, i)));
        td_criterion_set_penalty (c, td_criterion_get_penalty (g_ptr_array_index (criteria, i)));
        g_ptr_array_add (stored, c);
      }
    tree = td_criteria_tree_new (stored);
  }
  /* 2 states 10 and its items add up to 10.5, so I. states 20 for 20.5. */
  g_assert_true (td_criteria_tree_get_node (tree, 4)->mismatch);
  g_assert_true (td_criteria_tree_get_node (tree, 0)->mismatch);
  g_assert_false (td_criteria_tree_get_node (tree, 6)->mismatch);

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *path = td_test_io_path (names[n]);
      g_autoptr(GError) error = NULL;
      g_autoptr(TdTable) back = NULL;
      g_autoptr(GPtrArray) again = NULL;
      g_autoptr(GArray) again_parents = NULL;
      g_autofree char *before = shape_of (criteria, parents);
      g_autofree char *after = NULL;

      g_assert_true (td_criteria_write (tree, path, &error));
      g_assert_no_error (error);
      back = td_test_io_read (path, TD_TABLE_ENCODING_AUTO);
      td_test_io_assert_row (back, 0, 1, "Code|Criterion|Content|Target|Unit of measure|"
                                         "Standard points|Note");
      td_test_io_assert_row (back, 4, 5, "1.2.|Kiểm tra giám sát||100|%|6|BCĐ chấm");
      g_assert_true (td_criteria_from_table (back, &again, &again_parents, NULL, NULL, &error));
      g_assert_no_error (error);
      after = shape_of (again, again_parents);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpint (td_criterion_get_max_points (g_ptr_array_index (again, 4)), ==, 1000);
      g_assert_cmpint (td_criterion_get_max_points (g_ptr_array_index (again, 5)), ==, 300);
      g_assert_cmpint (td_criterion_get_max_points (g_ptr_array_index (again, 10)), ==, 250);
      g_assert_cmpint (td_criterion_get_max_points (g_ptr_array_index (again, 12)), ==, -500);
      g_assert_true (td_criterion_get_penalty (g_ptr_array_index (again, 12)));
    }
}

/* Read and imported into a set of the store: one step of Undo, a bad row named by the
 * file's row. */
static void
test_import_store (void)
{
  g_autoptr(TdTable) table = read_csv ("tieu-chi.csv", office_table);
  g_autofree char *db = td_test_io_path ("thidua.db");
  g_autoptr(TdStore) store = td_test_store_open (db);
  g_autoptr(TdHistory) history = td_history_new (store);
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GArray) parents = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdCriteriaTree) tree = NULL;
  const char *kinds[] = { "village", NULL };
  gint64 set = td_store_add_criteria_set (store, 2022, "Thôn", kinds, &error);

  g_assert_true (td_criteria_from_table (table, &criteria, &parents, &rows, NULL, NULL));
  g_assert_true (td_store_import_criteria (store, set, criteria, parents, &error));
  g_assert_no_error (error);
  tree = td_store_read_criteria_tree (store, set, &error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 13);
  g_assert_cmpuint (td_criteria_tree_get_n_leaves (tree), ==, 7);
  g_assert_cmpuint (td_criteria_tree_get_node (tree, 8)->depth, ==, 4);
  g_assert_cmpint (td_criteria_tree_get_node (tree, 0)->standard, ==, 2050);
  g_assert_true (td_criteria_tree_get_node (tree, 0)->mismatch);
  g_assert_cmpuint (td_criteria_tree_count_mismatches (tree), ==, 2);
  g_assert_cmpint (td_criteria_tree_get_max_total (tree), ==, 2050);
  g_assert_cmpint (td_criteria_tree_get_penalty_total (tree), ==, -500);
  g_assert_cmpstr (td_history_get_undo_label (history), ==, "Import Criteria");

  /* What the store refuses is told by the file's row. */
  td_criterion_set_max_points (g_ptr_array_index (criteria, 3), -100);
  g_assert_false (td_store_import_criteria (store, set, criteria, parents, &error));
  {
    g_autoptr(GError) located = td_criteria_rows_locate_error (error, rows);

    g_assert_cmpstr (located->message, ==, "Row 7: Criterion 1.2: a standard below 0 takes "
                                           "points away; mark the criterion as a penalty");
  }
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (store, set, &error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 13);

  g_assert_true (td_history_undo (history, NULL));
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (store, set, &error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/criteria/read-codes", test_read_codes);
  g_test_add_func ("/io/criteria/read-errors", test_read_errors);
  g_test_add_func ("/io/criteria/read-plain", test_read_plain);
  g_test_add_func ("/io/criteria/write-read", test_write_read);
  g_test_add_func ("/io/criteria/import-store", test_import_store);
  return g_test_run ();
}
