/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The computations of scoring with no file: points read and written as people do, a
 * criteria tree's sums at every depth and its mismatches, a sheet's totals kept by each
 * edit equal to totals added up afresh, ranks shared by ties, units with a missing score
 * left unranked, classification exactly at its boundaries, penalties.
 */
#define G_LOG_DOMAIN "test-score-sheet"

#include "config.h"

#include <locale.h>

#include "td-points.h"
#include "td-score-sheet.h"

#define P(points) ((gint64) ((points) * TD_POINTS_SCALE))

/* A criterion of a tree made by hand: id, parent, position, code, standard (< -1000 for
 * none), penalty. */
static TdCriterion *
criterion (gint64      id,
           gint64      parent,
           int         position,
           const char *code,
           double      standard)
{
  TdCriterion *c = td_criterion_new (id);
  g_autofree char *name = g_strdup_printf ("Tiêu chí %s", code);

  td_criterion_set_parent_id (c, parent);
  td_criterion_set_position (c, position);
  td_criterion_set_code (c, code);
  td_criterion_set_name (c, name);
  if (standard > -1000)
    {
      td_criterion_set_max_points (c, P (standard));
      td_criterion_set_penalty (c, standard < 0);
    }
  return c;
}

/* I (stated 20) { 1 (10) { 1.1 4, 1.2 6 }, 2 (stated 10) { 2.1 5, 2.2 (4) { 2.2.1 2,
 * 2.2.2 2.5 } } }, II (none) { 3 30 }, III { 4 -5 penalty }; given shuffled. */
static TdCriteriaTree *
sample_tree (void)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (all, criterion (9, 7, 0, "2.2.2", 2.5));
  g_ptr_array_add (all, criterion (3, 2, 0, "1.1", 4));
  g_ptr_array_add (all, criterion (1, 0, 0, "I", 20));
  g_ptr_array_add (all, criterion (10, 0, 1, "II", -2000));
  g_ptr_array_add (all, criterion (2, 1, 0, "1", 10));
  g_ptr_array_add (all, criterion (4, 2, 1, "1.2", 6));
  g_ptr_array_add (all, criterion (5, 1, 1, "2", 10));
  g_ptr_array_add (all, criterion (6, 5, 0, "2.1", 5));
  g_ptr_array_add (all, criterion (7, 5, 1, "2.2", 4));
  g_ptr_array_add (all, criterion (8, 7, 0, "2.2.1", 2));
  g_ptr_array_add (all, criterion (11, 10, 0, "3", 30));
  g_ptr_array_add (all, criterion (12, 0, 2, "III", -2000));
  g_ptr_array_add (all, criterion (13, 12, 0, "4", -5));
  return td_criteria_tree_new (all);
}

static const TdCriteriaNode *
node_of (TdCriteriaTree *tree,
         gint64          id)
{
  int index = td_criteria_tree_find (tree, id);

  g_assert_cmpint (index, >=, 0);
  return td_criteria_tree_get_node (tree, index);
}

static void
test_points (void)
{
  static const struct { const char *text; gint64 points; } good[] = {
    { "5", 500 }, { "2.5", 250 }, { "2,5", 250 }, { " 0.25 ", 25 }, { "-2", -200 },
    { "\xe2\x88\x92" "1,5", -150 }, { "+3", 300 }, { "10000", 1000000 }, { ".5", 50 },
    { "4.50", 450 }, { "4.500", 450 },
  };
  static const char * const bad[] = { "", "abc", "2.5.1", "1.255", "10001", "5 điểm", "-", "1e3" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 points = -1;

      g_assert_true (td_points_parse (good[i].text, &points, &error));
      g_assert_no_error (error);
      g_assert_cmpint (points, ==, good[i].points);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 points = 7;

      g_assert_false (td_points_parse (bad[i], &points, &error));
      g_assert_nonnull (error);
      g_assert_cmpint (points, ==, 7);
    }

  {
    g_autofree char *a = td_points_format (250, ',');
    g_autofree char *b = td_points_format (-25, '.');
    g_autofree char *c = td_points_format (9000, '.');
    g_autofree char *d = td_points_format (-150, '.');

    g_assert_cmpstr (a, ==, "2,5");
    g_assert_cmpstr (b, ==, "-0.25");
    g_assert_cmpstr (c, ==, "90");
    g_assert_cmpstr (d, ==, "-1.5");
  }

  /* Messages write points with their language's decimal mark. */
  {
    g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
    g_autofree char *c_mark = td_points_format_local (250);

    g_assert_cmpstr (c_mark, ==, "2.5");
    if (setlocale (LC_NUMERIC, "vi_VN.UTF-8") != NULL)
      {
        g_autofree char *vi_mark = td_points_format_local (250);

        g_assert_cmpstr (vi_mark, ==, "2,5");
      }
    else
      g_test_message ("no vi_VN locale: the Vietnamese decimal mark is not checked");
    setlocale (LC_NUMERIC, saved);
  }
}

/* Each heading's standard is the sum of its children's, at every depth; a stated standard
 * that differs is flagged, and only then. */
static void
test_tree_sums (void)
{
  g_autoptr(TdCriteriaTree) tree = sample_tree ();
  const char *order[] = { "I", "1", "1.1", "1.2", "2", "2.1", "2.2", "2.2.1", "2.2.2",
                          "II", "3", "III", "4" };

  g_assert_cmpuint (td_criteria_tree_get_n_nodes (tree), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (td_criterion_get_code (td_criteria_tree_get_node (tree, i)->criterion), ==,
                     order[i]);

  g_assert_cmpint (node_of (tree, 7)->standard, ==, P (4.5));   /* 2.2 = 2 + 2.5 */
  g_assert_true (node_of (tree, 7)->mismatch);                  /* stated 4 */
  g_assert_cmpint (node_of (tree, 5)->standard, ==, P (9.5));   /* 2 = 5 + 4.5 */
  g_assert_true (node_of (tree, 5)->mismatch);                  /* stated 10 */
  g_assert_cmpint (node_of (tree, 2)->standard, ==, P (10));
  g_assert_false (node_of (tree, 2)->mismatch);                 /* stated 10, sum 10 */
  g_assert_cmpint (node_of (tree, 1)->standard, ==, P (19.5));
  g_assert_true (node_of (tree, 1)->mismatch);
  g_assert_cmpint (node_of (tree, 10)->standard, ==, P (30));
  g_assert_false (node_of (tree, 10)->mismatch);                /* states none */
  g_assert_cmpuint (td_criteria_tree_count_mismatches (tree), ==, 3);

  g_assert_cmpuint (node_of (tree, 8)->depth, ==, 3);
  g_assert_cmpint (node_of (tree, 8)->parent, ==, td_criteria_tree_find (tree, 7));
  g_assert_cmpuint (node_of (tree, 1)->end, ==, (guint) td_criteria_tree_find (tree, 10));
  g_assert_cmpuint (node_of (tree, 1)->n_children, ==, 2);

  /* Items left to right; headings have no column. */
  g_assert_cmpuint (td_criteria_tree_get_n_leaves (tree), ==, 7);
  g_assert_cmpint (node_of (tree, 3)->leaf, ==, 0);
  g_assert_cmpint (node_of (tree, 13)->leaf, ==, 6);
  g_assert_cmpint (node_of (tree, 5)->leaf, ==, -1);

  g_assert_true (node_of (tree, 13)->penalty);
  g_assert_true (node_of (tree, 12)->penalty);
  g_assert_cmpint (node_of (tree, 12)->standard, ==, P (-5));
  g_assert_cmpint (td_criteria_tree_get_max_total (tree), ==, P (49.5));
  g_assert_cmpint (td_criteria_tree_get_penalty_total (tree), ==, P (-5));
}

static TdScoreSheet *
sample_sheet (guint n_units)
{
  g_autoptr(TdCriteriaTree) tree = sample_tree ();
  g_autoptr(GArray) thresholds = td_thresholds_new ();
  TdScoreSheet *sheet;

  td_thresholds_add (thresholds, "Khá", P (30));
  td_thresholds_add (thresholds, "Xuất sắc", P (45));
  td_thresholds_add (thresholds, "Trung bình", P (20));
  sheet = td_score_sheet_new (tree, (TdThreshold *) thresholds->data, thresholds->len);
  for (guint i = 0; i < n_units; i++)
    {
      g_autofree char *name = g_strdup_printf ("Thôn %u", i + 1);

      td_score_sheet_add_unit (sheet, 100 + i, name, "village");
    }
  return sheet;
}

/* Scores every item of @unit (but the penalty) self @points each, leaving item 0 to
 * @first. */
static void
fill_unit (TdScoreSheet *sheet,
           guint         unit,
           double        first)
{
  static const double rest[] = { 0, 6, 5, 2, 2.5, 30 };

  td_score_sheet_set_score (sheet, unit, 0, TD_SCORE_SELF, TRUE, P (first));
  for (guint i = 1; i < G_N_ELEMENTS (rest); i++)
    td_score_sheet_set_score (sheet, unit, i, TD_SCORE_SELF, TRUE, P (rest[i]));
}

static gint64
sum_afresh (TdScoreSheet *sheet,
            guint         unit,
            int           node,
            TdScoreSide   side)
{
  TdCriteriaTree *tree = td_score_sheet_get_tree (sheet);
  guint first = node < 0 ? 0 : (guint) node;
  guint end = node < 0 ? td_criteria_tree_get_n_nodes (tree)
                       : td_criteria_tree_get_node (tree, node)->end;
  gint64 sum = 0;

  for (guint i = first; i < end; i++)
    {
      const TdCriteriaNode *n = td_criteria_tree_get_node (tree, i);
      gint64 points;

      if (n->leaf >= 0 && td_score_sheet_get_score (sheet, unit, n->leaf, side, &points))
        sum += points;
    }
  return sum;
}

/* Totals kept edit by edit are those added up afresh, on every side and heading. */
static void
test_totals (void)
{
  g_autoptr(TdScoreSheet) sheet = sample_sheet (5);
  TdCriteriaTree *tree = td_score_sheet_get_tree (sheet);
  GRand *rand = g_rand_new_with_seed (11);

  for (guint step = 0; step < 2000; step++)
    {
      guint unit = g_rand_int_range (rand, 0, 5);
      guint item = g_rand_int_range (rand, 0, 7);
      TdScoreSide side = g_rand_boolean (rand) ? TD_SCORE_SELF : TD_SCORE_VERIFIED;
      gboolean has = g_rand_int_range (rand, 0, 4) != 0;

      td_score_sheet_set_score (sheet, unit, item, side, has, g_rand_int_range (rand, -500, 500));
    }
  g_rand_free (rand);

  for (guint u = 0; u < 5; u++)
    for (int node = -1; node < (int) td_criteria_tree_get_n_nodes (tree); node++)
      for (TdScoreSide side = TD_SCORE_SELF; side <= TD_SCORE_FINAL; side++)
        g_assert_cmpint (td_score_sheet_get_total (sheet, u, node, side), ==,
                         sum_afresh (sheet, u, node, side));

  /* The final score is the verified one, else the self one. */
  td_score_sheet_set_score (sheet, 0, 1, TD_SCORE_SELF, TRUE, P (5));
  td_score_sheet_set_score (sheet, 0, 1, TD_SCORE_VERIFIED, FALSE, 0);
  {
    gint64 points, difference;

    g_assert_true (td_score_sheet_get_score (sheet, 0, 1, TD_SCORE_FINAL, &points));
    g_assert_cmpint (points, ==, P (5));
    g_assert_false (td_score_sheet_get_difference (sheet, 0, 1, &difference));
    td_score_sheet_set_score (sheet, 0, 1, TD_SCORE_VERIFIED, TRUE, P (4.5));
    g_assert_true (td_score_sheet_get_score (sheet, 0, 1, TD_SCORE_FINAL, &points));
    g_assert_cmpint (points, ==, P (4.5));
    g_assert_true (td_score_sheet_get_difference (sheet, 0, 1, &difference));
    g_assert_cmpint (difference, ==, P (-0.5));
  }
}

/* Equal totals share a rank and the next counts them all: 1, 2, 2, 4. */
static void
test_ranking_ties (void)
{
  g_autoptr(TdScoreSheet) sheet = sample_sheet (4);
  const guint *order;
  guint n;

  fill_unit (sheet, 0, 3);   /* 48.5 */
  fill_unit (sheet, 1, 4);   /* 49.5 */
  fill_unit (sheet, 2, 3);   /* 48.5 */
  fill_unit (sheet, 3, 1);   /* 46.5 */
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 1), ==, 1);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 0), ==, 2);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 2), ==, 2);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 3), ==, 4);
  order = td_score_sheet_get_ranking (sheet, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (order[0], ==, 1);
  g_assert_cmpuint (order[1], ==, 0);
  g_assert_cmpuint (order[2], ==, 2);
  g_assert_cmpuint (order[3], ==, 3);

  /* The verified total ranks: a verifier takes 2 points from the first. */
  td_score_sheet_set_score (sheet, 1, 5, TD_SCORE_VERIFIED, TRUE, P (28));
  g_assert_cmpint (td_score_sheet_get_total (sheet, 1, -1, TD_SCORE_FINAL), ==, P (47.5));
  g_assert_cmpint (td_score_sheet_get_total (sheet, 1, -1, TD_SCORE_SELF), ==, P (49.5));
  g_assert_true (td_score_sheet_is_verified (sheet, 1));
  g_assert_false (td_score_sheet_is_verified (sheet, 0));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 0), ==, 1);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 2), ==, 1);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 1), ==, 3);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 3), ==, 4);
}

/* A unit with an item not scored is "chưa đủ điểm": no rank, no class, listed last, and
 * the units after it are not pushed down by it. */
static void
test_ranking_missing (void)
{
  g_autoptr(TdScoreSheet) sheet = sample_sheet (3);
  const guint *order;

  fill_unit (sheet, 0, 4);
  fill_unit (sheet, 1, 4);
  fill_unit (sheet, 2, 1);
  td_score_sheet_set_score (sheet, 0, 3, TD_SCORE_SELF, FALSE, 0);
  g_assert_cmpuint (td_score_sheet_get_n_missing (sheet, 0), ==, 1);
  g_assert_false (td_score_sheet_is_complete (sheet, 0));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 0), ==, 0);
  g_assert_cmpint (td_score_sheet_get_class (sheet, 0), ==, -1);
  g_assert_null (td_score_sheet_get_class_label (sheet, 0));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 1), ==, 1);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 2), ==, 2);
  order = td_score_sheet_get_ranking (sheet, NULL);
  g_assert_cmpuint (order[2], ==, 0);

  /* A verified score alone fills the cell. */
  td_score_sheet_set_score (sheet, 0, 3, TD_SCORE_VERIFIED, TRUE, P (0));
  g_assert_true (td_score_sheet_is_complete (sheet, 0));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 0), ==, 2);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 2), ==, 3);

  /* An empty sheet's units are all incomplete. */
  {
    g_autoptr(TdScoreSheet) empty = sample_sheet (2);

    g_assert_cmpuint (td_score_sheet_get_n_missing (empty, 0), ==, 6);
    g_assert_cmpuint (td_score_sheet_get_rank (empty, 0), ==, 0);
    g_assert_cmpuint (td_score_sheet_get_rank (empty, 1), ==, 0);
  }
}

/* A total exactly at a minimum is in that level; a hundredth below is not. */
static void
test_thresholds (void)
{
  g_autoptr(TdScoreSheet) sheet = sample_sheet (1);
  static const struct { double total; const char *label; } cases[] = {
    { 49.5, "Xuất sắc" }, { 45, "Xuất sắc" }, { 44.99, "Khá" }, { 30, "Khá" },
    { 29.99, "Trung bình" }, { 20, "Trung bình" }, { 19.99, NULL }, { 0, NULL },
  };

  g_assert_cmpuint (td_score_sheet_get_n_thresholds (sheet), ==, 3);
  g_assert_cmpstr (td_score_sheet_get_threshold (sheet, 0)->label, ==, "Xuất sắc");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* Everything 0 but the last item, which makes the total. */
      for (guint item = 0; item < 5; item++)
        td_score_sheet_set_score (sheet, 0, item, TD_SCORE_SELF, TRUE, 0);
      td_score_sheet_set_score (sheet, 0, 5, TD_SCORE_SELF, TRUE,
                                (gint64) (cases[i].total * TD_POINTS_SCALE + 0.5));
      g_assert_cmpstr (td_score_sheet_get_class_label (sheet, 0), ==, cases[i].label);
    }
  {
    TdThreshold levels[] = { { (char *) "A", 9000 }, { (char *) "B", 7000 } };

    g_assert_cmpint (td_thresholds_classify (levels, 2, 9000), ==, 0);
    g_assert_cmpint (td_thresholds_classify (levels, 2, 8999), ==, 1);
    g_assert_cmpint (td_thresholds_classify (levels, 2, 7000), ==, 1);
    g_assert_cmpint (td_thresholds_classify (levels, 2, 6999), ==, -1);
  }
}

/* A penalty takes its points away from the total and its heading's; left blank it takes
 * nothing and leaves the unit complete. */
static void
test_penalty (void)
{
  g_autoptr(TdScoreSheet) sheet = sample_sheet (2);
  TdCriteriaTree *tree = td_score_sheet_get_tree (sheet);
  int group = td_criteria_tree_find (tree, 12);

  fill_unit (sheet, 0, 4);
  fill_unit (sheet, 1, 4);
  g_assert_true (td_score_sheet_is_complete (sheet, 0));
  g_assert_cmpint (td_score_sheet_get_total (sheet, 0, -1, TD_SCORE_FINAL), ==, P (49.5));
  td_score_sheet_set_score (sheet, 0, 6, TD_SCORE_SELF, TRUE, P (-1.5));
  g_assert_cmpint (td_score_sheet_get_total (sheet, 0, -1, TD_SCORE_FINAL), ==, P (48));
  g_assert_cmpint (td_score_sheet_get_total (sheet, 0, group, TD_SCORE_FINAL), ==, P (-1.5));
  td_score_sheet_set_score (sheet, 0, 6, TD_SCORE_VERIFIED, TRUE, P (-3));
  g_assert_cmpint (td_score_sheet_get_total (sheet, 0, -1, TD_SCORE_FINAL), ==, P (46.5));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 1), ==, 1);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 0), ==, 2);
  /* Cleared, it takes nothing again. */
  td_score_sheet_set_score (sheet, 0, 6, TD_SCORE_SELF, FALSE, 0);
  td_score_sheet_set_score (sheet, 0, 6, TD_SCORE_VERIFIED, FALSE, 0);
  g_assert_true (td_score_sheet_is_complete (sheet, 0));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 0), ==, 1);
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, 1), ==, 1);
}

/* Notes, verifiers and targets belong to their cell; a cell's verifier falls back on the
 * criterion's department. */
static void
test_cells (void)
{
  g_autoptr(TdScoreSheet) sheet = sample_sheet (2);
  TdCriteriaTree *tree = td_score_sheet_get_tree (sheet);

  td_criterion_set_verifier_id (node_of (tree, 3)->criterion, 77);
  g_assert_cmpint (td_score_sheet_get_verifier (sheet, 0, 0), ==, 77);
  td_score_sheet_set_verifier (sheet, 0, 0, 78);
  g_assert_cmpint (td_score_sheet_get_verifier (sheet, 0, 0), ==, 78);
  g_assert_cmpint (td_score_sheet_get_verifier (sheet, 1, 0), ==, 77);
  td_score_sheet_set_note (sheet, 1, 2, "Thiếu hồ sơ");
  g_assert_cmpstr (td_score_sheet_get_note (sheet, 1, 2), ==, "Thiếu hồ sơ");
  g_assert_cmpstr (td_score_sheet_get_note (sheet, 0, 2), ==, "");
  td_score_sheet_set_target (sheet, 1, 2, "Tỷ lệ: 95 %");
  g_assert_cmpstr (td_score_sheet_get_target (sheet, 1, 2), ==, "Tỷ lệ: 95 %");
  g_assert_cmpint (td_score_sheet_find_unit (sheet, 101), ==, 1);
  g_assert_cmpint (td_score_sheet_find_unit (sheet, 5), ==, -1);
  g_assert_cmpint (td_score_sheet_find_item (sheet, 13), ==, 6);
  g_assert_cmpint (td_score_sheet_find_item (sheet, 1), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/score-sheet/points", test_points);
  g_test_add_func ("/score-sheet/tree/sums", test_tree_sums);
  g_test_add_func ("/score-sheet/totals", test_totals);
  g_test_add_func ("/score-sheet/ranking/ties", test_ranking_ties);
  g_test_add_func ("/score-sheet/ranking/missing", test_ranking_missing);
  g_test_add_func ("/score-sheet/thresholds", test_thresholds);
  g_test_add_func ("/score-sheet/penalty", test_penalty);
  g_test_add_func ("/score-sheet/cells", test_cells);
  return g_test_run ();
}
