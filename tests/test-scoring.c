/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Scoring through the store: criteria sets and the kinds of unit they score, the tree with
 * its sums and mismatches, edits and moves, a year's sets copied to another, a tree
 * imported whole; scores refused out of range in words, saved, undone and redone; the
 * score sheet read with its totals, ranks, classes and registered targets; the changes the
 * store says.
 */
#define G_LOG_DOMAIN "test-scoring"

#include "config.h"

#include <string.h>

#include "td-history.h"
#include "td-points.h"
#include "td-store-registrations.h"
#include "td-store-scoring.h"
#include "td-test-db.h"
#include "td-test-store.h"
#include "td-test-subjects.h"

#define P(points) ((gint64) ((points) * TD_POINTS_SCALE))

typedef struct {
  TdTestStoreFixture  files;
  TdStore            *store;
  TdHistory          *history;
  GArray             *changes;   /* TdChange */
} Fixture;

static void
on_changed_cb (TdStore        *store,
               const TdChange *change,
               Fixture        *fixture)
{
  g_array_append_val (fixture->changes, *change);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  TdStore *made;

  td_test_store_set_up (&fixture->files, data);
  made = td_test_store_open (fixture->files.db_path);
  g_object_unref (made);
  td_test_subjects_fill (fixture->files.db_path);
  fixture->store = td_test_store_open (fixture->files.db_path);
  fixture->history = td_history_new (fixture->store);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (TdChange));
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_array_unref (fixture->changes);
  td_test_store_tear_down (&fixture->files, data);
}

/* Helpers ---------------------------------------------------------------------------------- */

static gint64
add_set (Fixture    *fixture,
         int         year,
         const char *name,
         const char *kinds)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) list = g_strsplit (kinds, ",", -1);
  gint64 id = td_store_add_criteria_set (fixture->store, year, name,
                                         (const char * const *) list, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Adds a criterion; @standard < -1000 for none. */
static gint64
add (Fixture    *fixture,
     gint64      set_id,
     gint64      parent_id,
     const char *code,
     const char *name,
     double      standard)
{
  g_autoptr(TdCriterion) criterion = td_criterion_new (0);
  g_autoptr(GError) error = NULL;
  gint64 id;

  td_criterion_set_code (criterion, code);
  td_criterion_set_name (criterion, name);
  if (standard > -1000)
    {
      td_criterion_set_max_points (criterion, P (standard));
      td_criterion_set_penalty (criterion, standard < 0);
    }
  id = td_store_add_criterion (fixture->store, set_id, parent_id, -1, criterion, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The village set of 2022: I. (stated 20) { 1. (10) { 1.1 4, 1.2 6 }, 2. 10 }, II. { 3. 5 },
 * III. Điểm trừ { 4. −5 }. Ids in *ids by code order: I, 1, 1.1, 1.2, 2, II, 3, III, 4. */
static gint64
village_set (Fixture *fixture,
             gint64   ids[9])
{
  gint64 set = add_set (fixture, 2022, "Tiêu chí chấm điểm thôn", "village");

  ids[0] = add (fixture, set, 0, "I.", "Công tác xây dựng Đảng", 20);
  ids[1] = add (fixture, set, ids[0], "1.", "Lãnh đạo", 10);
  ids[2] = add (fixture, set, ids[1], "1.1.", "Nghị quyết", 4);
  ids[3] = add (fixture, set, ids[1], "1.2.", "Kiểm tra", 6);
  ids[4] = add (fixture, set, ids[0], "2.", "Đảng viên", 10);
  ids[5] = add (fixture, set, 0, "II.", "Kinh tế", -2000);
  ids[6] = add (fixture, set, ids[5], "3.", "Thu nhập", 5);
  ids[7] = add (fixture, set, 0, "III.", "Điểm trừ", -2000);
  ids[8] = add (fixture, set, ids[7], "4.", "Vi phạm", -5);
  return set;
}

static gboolean
score (Fixture     *fixture,
       gint64       criterion_id,
       gint64       unit_id,
       const char  *field,
       double       points,
       GError     **error)
{
  TdScoreInput input = { criterion_id, unit_id, TRUE, P (points), TRUE, P (points), 0, "" };
  const char *fields[] = { field, NULL };

  return td_store_update_score (fixture->store, &input, fields, error);
}

static void
score_ok (Fixture *fixture,
          gint64   criterion_id,
          gint64   unit_id,
          double   self_points)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (score (fixture, criterion_id, unit_id, "self", self_points, &error));
  g_assert_no_error (error);
}

static void
assert_refused (Fixture    *fixture,
                gint64      criterion_id,
                gint64      unit_id,
                const char *field,
                double      points,
                const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (score (fixture, criterion_id, unit_id, field, points, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* Sets ------------------------------------------------------------------------------------- */

static void
test_sets (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(GArray) thresholds = NULL;
  g_autoptr(TdCriteriaSet) found = NULL;
  const char *kinds[] = { "school", "village", NULL };
  const char *bad[] = { "castle", NULL };
  gint64 villages = add_set (fixture, 2022, "Tiêu chí chấm điểm thôn", "village");
  gint64 others = add_set (fixture, 2022, "Tiêu chí trường học, cơ quan", "school,agency");

  sets = td_store_list_criteria_sets (fixture->store, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 2);
  {
    g_autoptr(TdCriteriaSet) second = g_list_model_get_item (sets, 1);
    g_auto(GStrv) list = td_criteria_set_dup_unit_kinds (second);

    g_assert_cmpint (td_criteria_set_get_id (second), ==, others);
    g_assert_cmpuint (g_strv_length (list), ==, 2);
    g_assert_cmpstr (list[1], ==, "agency");
  }

  /* The usual classification to start with. */
  thresholds = td_store_list_thresholds (fixture->store, villages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thresholds->len, ==, 3);
  g_assert_cmpstr (g_array_index (thresholds, TdThreshold, 0).label, ==, "Xuất sắc");
  g_assert_cmpint (g_array_index (thresholds, TdThreshold, 0).min_points, ==, P (90));
  g_assert_cmpint (g_array_index (thresholds, TdThreshold, 2).min_points, ==, P (50));

  /* A kind scored by one set a year; a name once a year; real kinds only. */
  g_assert_cmpint (td_store_add_criteria_set (fixture->store, 2022, "Khác", kinds, &error), ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Units of the kind “School” are scored by “Tiêu chí trường học, cơ quan” "
                   "in 2022 already");
  g_clear_error (&error);
  g_assert_cmpint (td_store_add_criteria_set (fixture->store, 2022, " Tiêu chí chấm điểm thôn ",
                                              NULL, &error), ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (td_store_add_criteria_set (fixture->store, 2022, "Khác", bad, &error), ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (td_store_add_criteria_set (fixture->store, 2022, "  ", NULL, &error), ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Another year may use the kind again. */
  g_assert_cmpint (td_store_add_criteria_set (fixture->store, 2023, "Thôn", kinds, &error), >, 0);
  g_assert_no_error (error);

  found = td_store_find_criteria_set_for_kind (fixture->store, 2022, "agency", &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_criteria_set_get_id (found), ==, others);

  /* Edited, then refused a kind another set has. */
  {
    g_autoptr(TdCriteriaSet) set = td_store_get_criteria_set (fixture->store, others, &error);
    const char *name[] = { "name", NULL };
    const char *unit_kinds[] = { "unit-kinds", NULL };
    const char *village[] = { "village", NULL };

    td_criteria_set_set_name (set, "Trường học và cơ quan");
    g_assert_true (td_store_update_criteria_set_fields (fixture->store, set, name, &error));
    g_assert_no_error (error);
    td_criteria_set_set_unit_kinds (set, village);
    g_assert_false (td_store_update_criteria_set_fields (fixture->store, set, unit_kinds,
                                                         &error));
    g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_clear_object (&set);
    set = td_store_get_criteria_set (fixture->store, others, &error);
    g_assert_cmpstr (td_criteria_set_get_name (set), ==, "Trường học và cơ quan");
    g_assert_cmpstr (td_criteria_set_get_unit_kinds (set), ==, "school,agency");
  }
}

static void
test_thresholds (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) read = NULL;
  gint64 set = add_set (fixture, 2022, "Thôn", "village");
  TdThreshold levels[] = {
    { (char *) "Khá", P (70) }, { (char *) "Hoàn thành xuất sắc", P (92.5) },
    { (char *) "Trung bình", P (50) }, { (char *) "Yếu", 0 },
  };
  TdThreshold twice[] = { { (char *) "A", P (70) }, { (char *) "B", P (70) } };
  TdThreshold blank[] = { { (char *) " ", P (70) } };
  guint n_changes;

  g_assert_true (td_store_set_thresholds (fixture->store, set, levels, 4, &error));
  g_assert_no_error (error);
  read = td_store_list_thresholds (fixture->store, set, &error);
  g_assert_cmpuint (read->len, ==, 4);
  g_assert_cmpstr (g_array_index (read, TdThreshold, 0).label, ==, "Hoàn thành xuất sắc");
  g_assert_cmpint (g_array_index (read, TdThreshold, 0).min_points, ==, 9250);
  g_assert_cmpstr (g_array_index (read, TdThreshold, 3).label, ==, "Yếu");

  n_changes = fixture->changes->len;
  g_assert_false (td_store_set_thresholds (fixture->store, set, twice, 2, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“A” and “B” both start at 70 points; a total can be in one level only");
  g_clear_error (&error);
  g_assert_false (td_store_set_thresholds (fixture->store, set, blank, 1, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);

  /* Undone in one step. */
  g_assert_true (td_history_undo (fixture->history, &error));
  g_clear_pointer (&read, g_array_unref);
  read = td_store_list_thresholds (fixture->store, set, &error);
  g_assert_cmpuint (read->len, ==, 3);
  g_assert_cmpint (g_array_index (read, TdThreshold, 0).min_points, ==, P (90));

  /* A set of a later year starts with the latest earlier one's. */
  g_assert_true (td_history_redo (fixture->history, &error));
  g_clear_pointer (&read, g_array_unref);
  read = td_store_list_thresholds (fixture->store, add_set (fixture, 2023, "Thôn", "village"),
                                   &error);
  g_assert_cmpuint (read->len, ==, 4);
  g_assert_cmpstr (g_array_index (read, TdThreshold, 0).label, ==, "Hoàn thành xuất sắc");
}

/* Tree ------------------------------------------------------------------------------------- */

static void
test_tree (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdCriteriaTree) tree = NULL;
  gint64 ids[9];
  gint64 set = village_set (fixture, ids);
  const TdCriteriaNode *node;

  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 9);
  g_assert_cmpuint (td_criteria_tree_get_n_leaves (tree), ==, 5);
  node = td_criteria_tree_get_node (tree, td_criteria_tree_find (tree, ids[0]));
  g_assert_cmpint (node->standard, ==, P (20));
  g_assert_false (node->mismatch);
  node = td_criteria_tree_get_node (tree, td_criteria_tree_find (tree, ids[5]));
  g_assert_cmpint (node->standard, ==, P (5));
  g_assert_cmpuint (td_criteria_tree_count_mismatches (tree), ==, 0);
  g_assert_cmpint (td_criteria_tree_get_max_total (tree), ==, P (25));
  g_assert_cmpint (td_criteria_tree_get_penalty_total (tree), ==, P (-5));

  /* An item's standard raised: its headings no longer add up to what they state. */
  {
    g_autoptr(TdCriterion) item = td_store_get_criterion (fixture->store, ids[3], &error);
    const char *fields[] = { "max-points", NULL };

    td_criterion_set_max_points (item, P (6.5));
    g_assert_true (td_store_update_criterion_fields (fixture->store, item, fields, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  node = td_criteria_tree_get_node (tree, td_criteria_tree_find (tree, ids[1]));
  g_assert_cmpint (node->standard, ==, P (10.5));
  g_assert_true (node->mismatch);
  node = td_criteria_tree_get_node (tree, td_criteria_tree_find (tree, ids[0]));
  g_assert_cmpint (node->standard, ==, P (20.5));
  g_assert_true (node->mismatch);
  g_assert_cmpuint (td_criteria_tree_count_mismatches (tree), ==, 2);

  /* Wrong signs, blank names. */
  {
    g_autoptr(TdCriterion) bad = td_criterion_new (0);

    td_criterion_set_code (bad, "5.");
    td_criterion_set_name (bad, "Vi phạm");
    td_criterion_set_max_points (bad, P (2));
    td_criterion_set_penalty (bad, TRUE);
    g_assert_cmpint (td_store_add_criterion (fixture->store, set, ids[7], -1, bad, &error), ==, 0);
    g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "Criterion 5 is a penalty: its standard is the most "
                                         "it takes away, written below 0, such as -2");
    g_clear_error (&error);
    td_criterion_set_penalty (bad, FALSE);
    td_criterion_set_max_points (bad, P (-2));
    g_assert_cmpint (td_store_add_criterion (fixture->store, set, ids[7], -1, bad, &error), ==, 0);
    g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
    g_clear_error (&error);
    td_criterion_set_name (bad, " ");
    td_criterion_set_max_points (bad, P (2));
    g_assert_cmpint (td_store_add_criterion (fixture->store, set, ids[7], -1, bad, &error), ==, 0);
    g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "Criterion 5 needs a name");
    g_clear_error (&error);
  }

  /* Moved: 2. before 1., then under II.; never under its own item. */
  g_assert_true (td_store_move_criterion (fixture->store, ids[4], ids[0], 0, &error));
  g_assert_no_error (error);
  g_assert_false (td_store_move_criterion (fixture->store, ids[0], ids[2], 0, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  g_assert_cmpint (td_criteria_tree_get_node (tree, 1)->id, ==, ids[4]);
  g_assert_true (td_store_move_criterion (fixture->store, ids[4], ids[5], -1, &error));
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  node = td_criteria_tree_get_node (tree, td_criteria_tree_find (tree, ids[5]));
  g_assert_cmpint (node->standard, ==, P (15));
  g_assert_cmpuint (node->n_children, ==, 2);
  {
    g_autoptr(TdCriterion) moved = td_store_get_criterion (fixture->store, ids[4], &error);
    g_autoptr(TdCriterion) stayed = td_store_get_criterion (fixture->store, ids[1], &error);

    g_assert_cmpint (td_criterion_get_position (moved), ==, 1);
    g_assert_cmpint (td_criterion_get_position (stayed), ==, 0);
  }

  /* Removed with its items; undone. */
  g_assert_true (td_store_remove_criterion (fixture->store, ids[1], &error));
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 6);
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 9);
  g_assert_cmpint (td_criteria_tree_get_node (tree, td_criteria_tree_find (tree, ids[3]))->standard,
                   ==, P (6.5));

  /* What the store said: criteria of 2022. */
  {
    TdChange *last = &g_array_index (fixture->changes, TdChange, fixture->changes->len - 1);

    g_assert_cmpint (last->what, ==, TD_CHANGE_CRITERION);
    g_assert_cmpint (last->year, ==, 2022);
  }
}

/* A year's sets copied into the next: names, kinds, classification and the whole tree, no
 * scores; not twice. */
static void
test_copy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) copied = NULL;
  g_autoptr(TdCriteriaSet) set = NULL;
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(GArray) thresholds = NULL;
  TdThreshold levels[] = { { (char *) "Tốt", P (80) } };
  gint64 ids[9];
  gint64 villages = village_set (fixture, ids);
  guint n = 0;

  add_set (fixture, 2022, "Trường học", "school");
  g_assert_true (td_store_set_thresholds (fixture->store, villages, levels, 1, &error));
  score_ok (fixture, ids[2], TD_TEST_THON_DONG, 3);

  g_assert_true (td_store_copy_criteria_sets (fixture->store, 2022, 2023, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  copied = td_store_list_criteria_sets (fixture->store, 2023, &error);
  g_assert_cmpuint (g_list_model_get_n_items (copied), ==, 2);
  set = g_list_model_get_item (copied, 0);
  g_assert_cmpstr (td_criteria_set_get_name (set), ==, "Tiêu chí chấm điểm thôn");
  g_assert_cmpstr (td_criteria_set_get_unit_kinds (set), ==, "village");
  thresholds = td_store_list_thresholds (fixture->store, td_criteria_set_get_id (set), &error);
  g_assert_cmpuint (thresholds->len, ==, 1);
  g_assert_cmpstr (g_array_index (thresholds, TdThreshold, 0).label, ==, "Tốt");
  tree = td_store_read_criteria_tree (fixture->store, td_criteria_set_get_id (set), &error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 9);
  {
    const TdCriteriaNode *item = td_criteria_tree_get_node (tree, 3);

    g_assert_cmpstr (td_criterion_get_code (item->criterion), ==, "1.2.");
    g_assert_cmpuint (item->depth, ==, 2);
    g_assert_cmpint (item->standard, ==, P (6));
    g_assert_cmpint (td_criterion_get_year (item->criterion), ==, 2023);
    g_assert_cmpint (td_criterion_get_set_id (item->criterion), ==, td_criteria_set_get_id (set));
    g_assert_true (td_criteria_tree_get_node (tree, 8)->penalty);
  }
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path,
                                           "SELECT count(*) FROM score s JOIN criterion c ON "
                                           "c.id = s.criterion_id WHERE c.year = 2023"), ==, 0);

  /* Not twice; not from a year with none. */
  g_assert_false (td_store_copy_criteria_sets (fixture->store, 2022, 2023, &n, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (td_store_copy_criteria_sets (fixture->store, 2019, 2024, &n, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* One step of Undo takes the whole copy away. */
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Copy Criteria");
  g_assert_true (td_history_undo (fixture->history, &error));
  g_clear_object (&copied);
  copied = td_store_list_criteria_sets (fixture->store, 2023, &error);
  g_assert_cmpuint (g_list_model_get_n_items (copied), ==, 0);
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path,
                                           "SELECT count(*) FROM criterion WHERE year = 2023"),
                   ==, 0);
}

/* A tree given whole, as an import reads it: all or nothing. */
static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(TdCriteriaTree) tree = NULL;
  gint64 set = add_set (fixture, 2022, "Thôn", "village");
  static const struct { const char *code; const char *name; double points; int parent; } rows[] = {
    { "I", "Nhóm một", -2000, -1 }, { "1", "Một", 10, 0 }, { "1.1", "Một một", 4, 1 },
    { "1.2", "Một hai", 6, 1 }, { "II", "Nhóm hai", 5, -1 }, { "2", "Hai", 5, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      TdCriterion *c = td_criterion_new (0);

      td_criterion_set_code (c, rows[i].code);
      td_criterion_set_name (c, rows[i].name);
      if (rows[i].points > -1000)
        td_criterion_set_max_points (c, P (rows[i].points));
      g_ptr_array_add (criteria, c);
      g_array_append_val (parents, rows[i].parent);
    }
  add (fixture, set, 0, "X", "Cũ", 1);
  g_assert_true (td_store_import_criteria (fixture->store, set, criteria, parents, &error));
  g_assert_no_error (error);
  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, 6);
  g_assert_cmpint (td_criteria_tree_get_node (tree, 0)->standard, ==, P (10));
  g_assert_cmpuint (td_criteria_tree_get_node (tree, 3)->depth, ==, 2);
  g_assert_cmpstr (td_criterion_get_code (td_criteria_tree_get_node (tree, 3)->criterion), ==, "1.2");

  /* A bad row: nothing changes, the row is named. */
  td_criterion_set_name (g_ptr_array_index (criteria, 3), "");
  g_assert_false (td_store_import_criteria (fixture->store, set, criteria, parents, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Row 4: Criterion 1.2 needs a name");
  g_clear_error (&error);
  td_criterion_set_name (g_ptr_array_index (criteria, 3), "Một hai");

  /* Not over scores. */
  g_clear_pointer (&tree, td_criteria_tree_unref);
  tree = td_store_read_criteria_tree (fixture->store, set, &error);
  score_ok (fixture, td_criteria_tree_get_node (tree, 2)->id, TD_TEST_THON_DONG, 1);
  g_assert_false (td_store_import_criteria (fixture->store, set, criteria, parents, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

/* Scores --------------------------------------------------------------------------------------- */

static void
test_scores_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[9];
  guint n_changes;

  village_set (fixture, ids);
  n_changes = fixture->changes->len;
  assert_refused (fixture, ids[2], TD_TEST_THON_DONG, "self", 4.5, "Criterion 1.1: at most 4 points");
  assert_refused (fixture, ids[3], TD_TEST_THON_DONG, "verified", 6.01,
                  "Criterion 1.2: at most 6 points");
  assert_refused (fixture, ids[2], TD_TEST_THON_DONG, "self", -0.5,
                  "Criterion 1.1: at least 0 points; what is taken away belongs in a penalty item");
  assert_refused (fixture, ids[8], TD_TEST_THON_DONG, "self", -5.5,
                  "Criterion 4: it takes away at most 5 points");
  assert_refused (fixture, ids[8], TD_TEST_THON_DONG, "verified", 1,
                  "Criterion 4 is a penalty: it takes points away, so its score is 0 or less, "
                  "such as -1");
  assert_refused (fixture, ids[1], TD_TEST_THON_DONG, "self", 1,
                  "Criterion 1 is scored through its items");
  assert_refused (fixture, ids[2], TD_TEST_TRUONG, "self", 1,
                  "“Trường Tiểu học Tùng Ảnh” is not scored by “Tiêu chí chấm điểm thôn”: that "
                  "set is for other kinds of unit");
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path, "SELECT count(*) FROM score"),
                   ==, 0);

  /* The bounds themselves are accepted, and halves. */
  score_ok (fixture, ids[2], TD_TEST_THON_DONG, 4);
  score_ok (fixture, ids[3], TD_TEST_THON_DONG, 0);
  score_ok (fixture, ids[4], TD_TEST_THON_DONG, 9.5);
  score_ok (fixture, ids[8], TD_TEST_THON_DONG, -5);
  g_assert_true (score (fixture, ids[8], TD_TEST_THON_DONG, "verified", 0, &error));
  g_assert_no_error (error);

  /* A standard lowered below a score given is refused, naming the unit. */
  {
    g_autoptr(TdCriterion) item = td_store_get_criterion (fixture->store, ids[4], &error);
    const char *fields[] = { "max-points", NULL };

    td_criterion_set_max_points (item, P (9));
    g_assert_false (td_store_update_criterion_fields (fixture->store, item, fields, &error));
    g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "Criterion 2: “Thôn Đông” is scored 9.5 points on it, "
                                         "which the new standard would not allow; change that "
                                         "score first");
    g_clear_error (&error);
  }
  /* An item with scores takes no items of its own. */
  {
    g_autoptr(TdCriterion) child = td_criterion_new (0);

    td_criterion_set_name (child, "Con");
    g_assert_cmpint (td_store_add_criterion (fixture->store, 0 + td_test_store_file_int (
                       fixture->files.db_path, "SELECT set_id FROM criterion LIMIT 1"),
                       ids[2], -1, child, &error), ==, 0);
    g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
test_scores_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[9];
  TdScoreInput input = { 0 };
  const char *note[] = { "note", NULL };
  const char *verified[] = { "verified", "verifier", NULL };
  TdChange *change;

  village_set (fixture, ids);
  score_ok (fixture, ids[2], TD_TEST_THON_TAY, 3.5);
  change = &g_array_index (fixture->changes, TdChange, fixture->changes->len - 1);
  g_assert_cmpint (change->what, ==, TD_CHANGE_SCORE);
  g_assert_cmpint (change->id, ==, TD_TEST_THON_TAY);
  g_assert_cmpint (change->year, ==, 2022);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Edit Score");

  /* The verifier's score, who verified, and the note typed a letter at a time. */
  input.criterion_id = ids[2];
  input.unit_id = TD_TEST_THON_TAY;
  input.has_verified = TRUE;
  input.verified_points = P (3);
  input.verifier_id = TD_TEST_TRAM_Y_TE;
  g_assert_true (td_store_update_score (fixture->store, &input, verified, &error));
  g_assert_no_error (error);
  {
    guint n_undo = td_history_get_n_undo (fixture->history);

    input.note = "Thiếu";
    g_assert_true (td_store_update_score (fixture->store, &input, note, &error));
    input.note = "Thiếu biên bản";
    g_assert_true (td_store_update_score (fixture->store, &input, note, &error));
    g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, n_undo + 1);
  }
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path,
                                           "SELECT verified_points * 1000 + verifier_id "
                                           "FROM score"), ==, 300 * 1000 + TD_TEST_TRAM_Y_TE);

  /* Undone step by step: the note, the verified score, the self score (the row goes). */
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path,
                                           "SELECT length (note) FROM score"), ==, 0);
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path,
                                           "SELECT verified_points IS NULL FROM score"), ==, 1);
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path, "SELECT count(*) FROM score"),
                   ==, 0);
  change = &g_array_index (fixture->changes, TdChange, fixture->changes->len - 1);
  g_assert_cmpint (change->what, ==, TD_CHANGE_SCORE);
  g_assert_cmpint (change->id, ==, TD_TEST_THON_TAY);
  g_assert_cmpint (change->year, ==, 2022);

  g_assert_true (td_history_redo (fixture->history, &error));
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path, "SELECT self_points FROM score"),
                   ==, 350);
}

/* A block pasted: every cell in one step of Undo and one change per row; one value out of
 * range saves none of them and says which. */
static void
test_scores_batch (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[9];
  const char *self_field[] = { "self", NULL };
  TdScoreInput block[3] = {
    { 0, TD_TEST_THON_DONG, TRUE, P (3), FALSE, 0, 0, NULL },
    { 0, TD_TEST_THON_TAY, TRUE, P (2.5), FALSE, 0, 0, NULL },
    { 0, TD_TEST_THON_NAM, TRUE, P (9), FALSE, 0, 0, NULL },
  };
  guint n_undo, failed = 99, n_changes;

  village_set (fixture, ids);
  for (guint i = 0; i < 3; i++)
    block[i].criterion_id = ids[2];
  n_undo = td_history_get_n_undo (fixture->history);
  n_changes = fixture->changes->len;
  g_assert_false (td_store_update_scores (fixture->store, block, 3, self_field, &failed, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Criterion 1.1: at most 4 points");
  g_assert_cmpuint (failed, ==, 2);
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path, "SELECT count(*) FROM score"),
                   ==, 0);
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);
  g_clear_error (&error);

  block[2].self_points = P (4);
  g_assert_true (td_store_update_scores (fixture->store, block, 3, self_field, &failed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path,
                                           "SELECT sum (self_points) FROM score"), ==, 950);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, n_undo + 1);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Paste Scores");
  g_assert_cmpuint (fixture->changes->len, ==, n_changes + 3);
  for (guint i = 0; i < 3; i++)
    {
      TdChange *change = &g_array_index (fixture->changes, TdChange, n_changes + i);

      g_assert_cmpint (change->what, ==, TD_CHANGE_SCORE);
      g_assert_cmpint (change->id, ==, block[i].unit_id);
    }

  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_store_file_int (fixture->files.db_path, "SELECT count(*) FROM score"),
                   ==, 0);
}

/* The sheet ------------------------------------------------------------------------------------ */

static void
test_sheet (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  gint64 ids[9];
  gint64 set = village_set (fixture, ids);
  gint64 leaves[] = { ids[2], ids[3], ids[4], ids[6] };
  double dong[] = { 4, 6, 10, 5 }, tay[] = { 4, 5, 10, 5 };
  int dong_row, tay_row, nam_row;
  TdThreshold levels[] = { { (char *) "Xuất sắc", P (24) }, { (char *) "Khá", P (20) } };

  g_assert_true (td_store_set_thresholds (fixture->store, set, levels, 2, &error));
  for (guint i = 0; i < G_N_ELEMENTS (leaves); i++)
    {
      score_ok (fixture, leaves[i], TD_TEST_THON_DONG, dong[i]);
      score_ok (fixture, leaves[i], TD_TEST_THON_TAY, tay[i]);
    }
  /* Thôn Nam has scored all but one item. */
  for (guint i = 1; i < G_N_ELEMENTS (leaves); i++)
    score_ok (fixture, leaves[i], TD_TEST_THON_NAM, 1);
  g_assert_true (score (fixture, ids[8], TD_TEST_THON_DONG, "verified", -1, &error));
  g_assert_true (score (fixture, ids[3], TD_TEST_THON_DONG, "verified", 5, &error));

  sheet = td_store_read_score_sheet (fixture->store, set, &error);
  g_assert_no_error (error);
  /* The villages, by name, not the school. */
  g_assert_cmpuint (td_score_sheet_get_n_units (sheet), ==, 3);
  g_assert_cmpstr (td_score_sheet_get_unit_name (sheet, 0), ==, "Thôn Đông");
  g_assert_cmpstr (td_score_sheet_get_unit_name (sheet, 1), ==, "Thôn Nam");
  g_assert_cmpstr (td_score_sheet_get_unit_name (sheet, 2), ==, "Thôn Tây");
  dong_row = td_score_sheet_find_unit (sheet, TD_TEST_THON_DONG);
  tay_row = td_score_sheet_find_unit (sheet, TD_TEST_THON_TAY);
  nam_row = td_score_sheet_find_unit (sheet, TD_TEST_THON_NAM);

  g_assert_cmpint (td_score_sheet_get_total (sheet, dong_row, -1, TD_SCORE_SELF), ==, P (25));
  g_assert_cmpint (td_score_sheet_get_total (sheet, dong_row, -1, TD_SCORE_FINAL), ==, P (23));
  g_assert_cmpint (td_score_sheet_get_total (sheet, dong_row, 0, TD_SCORE_FINAL), ==, P (19));
  g_assert_cmpint (td_score_sheet_get_total (sheet, tay_row, -1, TD_SCORE_FINAL), ==, P (24));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, tay_row), ==, 1);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, dong_row), ==, 2);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, nam_row), ==, 0);
  g_assert_cmpstr (td_score_sheet_get_class_label (sheet, tay_row), ==, "Xuất sắc");
  g_assert_cmpstr (td_score_sheet_get_class_label (sheet, dong_row), ==, "Khá");
  g_assert_cmpuint (td_score_sheet_get_n_missing (sheet, nam_row), ==, 1);
  {
    gint64 difference;

    g_assert_true (td_score_sheet_get_difference (sheet, dong_row, 1, &difference));
    g_assert_cmpint (difference, ==, P (-1));
  }

  /* A change of one unit read again alone. */
  score_ok (fixture, ids[2], TD_TEST_THON_NAM, 4);
  g_assert_true (td_store_reload_score_sheet_unit (fixture->store, sheet, TD_TEST_THON_NAM,
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, nam_row), ==, 3);
  g_assert_cmpint (td_score_sheet_get_total (sheet, nam_row, -1, TD_SCORE_FINAL), ==, P (7));

  /* A target registered by Thôn Đông, linked to item 3., is shown beside it. */
  {
    g_autoptr(GListModel) kinds = td_store_list_award_kinds (fixture->store, 2022, "village",
                                                             &error);
    g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, 0);
    g_autoptr(TdRegistrationTarget) target = td_registration_target_new ("Thu nhập bình quân");
    g_autoptr(TdScoreSheet) again = NULL;
    gint64 registration, target_id;

    registration = td_store_add_registration (fixture->store, 2022, td_award_kind_get_id (kind),
                                              TD_REGISTRATION_UNIT, TD_TEST_THON_DONG, NULL,
                                              TRUE, &error);
    g_assert_no_error (error);
    target->kind = TD_TARGET_NUMBER;
    target->has_value = TRUE;
    target->value = 45.5;
    g_free (target->unit);
    target->unit = g_strdup ("triệu đồng");
    target_id = td_store_add_registration_target (fixture->store, registration, target, &error);
    g_assert_no_error (error);
    g_assert_cmpint (td_store_find_criterion_by_code (fixture->store, 2022, TD_TEST_THON_DONG,
                                                      "3", &error), ==, ids[6]);
    g_assert_cmpint (td_store_find_criterion_by_code (fixture->store, 2022, TD_TEST_TRUONG,
                                                      "3", &error), ==, 0);
    g_assert_true (td_store_link_target_criterion (fixture->store, target_id, ids[6], &error));
    g_assert_no_error (error);
    again = td_store_read_score_sheet (fixture->store, set, &error);
    g_assert_cmpstr (td_score_sheet_get_target (again, dong_row, 3), ==,
                     "Thu nhập bình quân: 45,5 triệu đồng");
    g_assert_cmpstr (td_score_sheet_get_target (again, tay_row, 3), ==, "");

    /* The target knows its criterion; a criterion of another year is refused. */
    {
      g_autoptr(GPtrArray) targets = td_store_list_registration_targets (fixture->store,
                                                                         registration, &error);
      gint64 other_year;

      g_assert_no_error (error);
      g_assert_cmpuint (targets->len, ==, 1);
      g_assert_cmpint (((TdRegistrationTarget *) g_ptr_array_index (targets, 0))->criterion_id,
                       ==, ids[6]);
      g_assert_true (td_store_copy_criteria_sets (fixture->store, 2022, 2023, NULL, &error));
      g_assert_no_error (error);
      other_year = td_store_find_criterion_by_code (fixture->store, 2023, TD_TEST_THON_DONG, "3",
                                                    &error);
      g_assert_cmpint (other_year, !=, 0);
      g_assert_false (td_store_link_target_criterion (fixture->store, target_id, other_year,
                                                      &error));
      g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "2023"));
      g_clear_error (&error);

      /* Unlinked: no longer shown beside the item. */
      g_assert_true (td_store_link_target_criterion (fixture->store, target_id, 0, &error));
      g_clear_pointer (&again, td_score_sheet_unref);
      again = td_store_read_score_sheet (fixture->store, set, &error);
      g_assert_cmpstr (td_score_sheet_get_target (again, dong_row, 3), ==, "");
    }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/scoring/sets", test_sets);
  ADD ("/scoring/thresholds", test_thresholds);
  ADD ("/scoring/tree", test_tree);
  ADD ("/scoring/copy", test_copy);
  ADD ("/scoring/import", test_import);
  ADD ("/scoring/scores/refused", test_scores_refused);
  ADD ("/scoring/scores/undo", test_scores_undo);
  ADD ("/scoring/scores/batch", test_scores_batch);
  ADD ("/scoring/sheet", test_sheet);
#undef ADD
  return g_test_run ();
}
