/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The scoring table of a unit and the ranking, printed to PDF and read back with
 * poppler-utils (td-test-pdf.h), from sheets filled by hand: the council's heading, the
 * criteria with their targets, standards and scores, the headings bold with their
 * subtotals, a penalty marked, the totals and the result; landscape pages, the head on
 * each, a heading never the last row of a page; every unit from a page of its own; the
 * ranking with ties (1, 2, 2, 4) and the units not fully scored after the ranked ones.
 */
#define G_LOG_DOMAIN "test-scores-doc"

#include "config.h"

#include <string.h>

#include "td-points.h"
#include "td-ranking-doc.h"
#include "td-scores-doc.h"
#include "td-test-db.h"
#include "td-test-pdf.h"

#define YEAR 2024
#define P(points) ((gint64) ((points) * TD_POINTS_SCALE))

typedef struct {
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-scores-doc-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->pdf = g_build_filename (fixture->dir, "scores.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

static TdOffice *
office_new (void)
{
  TdOffice *office = td_office_new ();

  td_office_set_parent_body (office, "UBND HUYỆN THẠCH HÀ");
  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_office_set_place (office, "Tùng Ảnh");
  td_office_set_code (office, "UBND");
  td_office_set_signer_name (office, "Nguyễn Văn Hùng");
  return office;
}

/* @standard in points; 0 for a heading that states none. */
static TdCriterion *
criterion (GPtrArray  *criteria,
           gint64      id,
           gint64      parent,
           const char *code,
           const char *name,
           double      standard)
{
  TdCriterion *c = td_criterion_new (id);

  td_criterion_set_set_id (c, 1);
  td_criterion_set_year (c, YEAR);
  td_criterion_set_parent_id (c, parent);
  td_criterion_set_position (c, (int) id);
  td_criterion_set_code (c, code);
  td_criterion_set_name (c, name);
  if (standard != 0)
    {
      td_criterion_set_max_points (c, P (standard));
      td_criterion_set_penalty (c, standard < 0);
    }
  g_ptr_array_add (criteria, c);
  return c;
}

static TdCriteriaSet *
set_new (const char *name)
{
  TdCriteriaSet *set = td_criteria_set_new (1, YEAR);

  td_criteria_set_set_name (set, name);
  return set;
}

static GArray *
thresholds_new (double excellent,
                double good,
                double fair)
{
  GArray *thresholds = td_thresholds_new ();

  td_thresholds_add (thresholds, "Xuất sắc", P (excellent));
  td_thresholds_add (thresholds, "Khá", P (good));
  td_thresholds_add (thresholds, "Trung bình", P (fair));
  td_thresholds_sort (thresholds);
  return thresholds;
}

static void
score (TdScoreSheet *sheet,
       guint         unit,
       guint         item,
       TdScoreSide   side,
       double        points)
{
  td_score_sheet_set_score (sheet, unit, item, side, TRUE, P (points));
}

/* Two groups and a penalty, three villages: Thôn Đông verified in part with a note, Thôn
 * Tây self-scored only, Thôn Nam with two items not scored. The standard of the whole is
 * 35,5 and the penalty takes up to 3. */
static TdScoresSnapshot *
small_snapshot (void)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  g_autoptr(GArray) thresholds = thresholds_new (30, 25, 20);
  g_autoptr(TdCriteriaSet) set = set_new ("Tiêu chí chấm điểm thôn");
  g_autoptr(TdOffice) office = office_new ();
  TdScoresSnapshot *snapshot;
  TdCriterion *c;
  guint dong, tay, nam;

  criterion (criteria, 1, 0, "I", "Đời sống văn hóa", 0);
  c = criterion (criteria, 2, 1, "1", "Hộ gia đình văn hóa", 10);
  td_criterion_set_content (c, "Tỷ lệ hộ đạt danh hiệu");
  td_criterion_set_target (c, "≥ 90");
  td_criterion_set_target_unit (c, "%");
  criterion (criteria, 3, 1, "2", "Không có tệ nạn", 5.5);
  criterion (criteria, 4, 0, "II", "Phát triển kinh tế", 0);
  criterion (criteria, 5, 4, "1", "Thu nhập bình quân", 20);
  criterion (criteria, 6, 0, "III", "Vi phạm", 0);
  criterion (criteria, 7, 6, "1", "Có người vi phạm pháp luật", -3);
  tree = td_criteria_tree_new (criteria);
  sheet = td_score_sheet_new (tree, (TdThreshold *) thresholds->data, thresholds->len);

  dong = td_score_sheet_add_unit (sheet, 11, "Thôn Đông", "village");
  tay = td_score_sheet_add_unit (sheet, 12, "Thôn Tây", "village");
  nam = td_score_sheet_add_unit (sheet, 13, "Thôn Nam", "village");
  score (sheet, dong, 0, TD_SCORE_SELF, 9);
  score (sheet, dong, 0, TD_SCORE_VERIFIED, 8.5);
  td_score_sheet_set_note (sheet, dong, 0, "Thiếu hồ sơ");
  td_score_sheet_set_target (sheet, dong, 0, "95 %");
  score (sheet, dong, 1, TD_SCORE_SELF, 5.5);
  score (sheet, dong, 2, TD_SCORE_SELF, 18);
  score (sheet, dong, 2, TD_SCORE_VERIFIED, 18);
  score (sheet, dong, 3, TD_SCORE_SELF, -1);
  score (sheet, tay, 0, TD_SCORE_SELF, 10);
  score (sheet, tay, 1, TD_SCORE_SELF, 5);
  score (sheet, tay, 2, TD_SCORE_SELF, 17);
  score (sheet, nam, 0, TD_SCORE_SELF, 9);

  snapshot = td_scores_snapshot_new (YEAR, office);
  td_scores_snapshot_add (snapshot, set, sheet);
  g_free (snapshot->date);
  snapshot->date = g_strdup ("2024-12-05");
  return snapshot;
}

/* The text of @page (0: all) with every run of white space made one space. */
static char *
flat_text (const char *pdf,
           int         page)
{
  g_autofree char *text = td_test_pdf_text (pdf, page);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  g_test_message ("page %d: %s", page, text);
  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static const char *
find_after (const char *text,
            const char *after,
            const char *needle)
{
  const char *found = strstr (after != NULL ? after : text, needle);

  if (found == NULL)
    g_error ("“%s” is not where it should be in:\n%s", needle, text);
  return found;
}

static int
export (TdDocument *doc,
        const char *pdf)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (td_document_export_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_pdf_n_pages (pdf), ==, td_document_get_n_pages (doc));
  return td_document_get_n_pages (doc);
}

static void
test_unit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(TdScoresSnapshot) snapshot = small_snapshot ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = td_scores_doc_new (snapshot, 11, &error);
  g_autofree char *text = NULL;
  g_autofree char *filename = NULL;
  double width, height;
  const char *at;

  g_assert_no_error (error);
  /* The signers are kept with the last rows: the penalty goes over with them. */
  g_assert_cmpint (export (doc, fixture->pdf), ==, 2);
  td_document_get_page_size (doc, &width, &height);
  g_assert_cmpfloat (width, >, height);
  filename = td_document_dup_filename (doc, "pdf");
  g_assert_cmpstr (filename, ==, "Bang-cham-diem-thi-dua-nam-2024-Thon-Dong.pdf");
  text = flat_text (fixture->pdf, 0);

  /* The council under the commune, no number, the date. */
  at = find_after (text, NULL, "UBND XÃ TÙNG ẢNH");
  at = find_after (text, at, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_nonnull (strstr (text, "Tùng Ảnh, ngày 05 tháng 12 năm 2024"));
  g_assert_null (strstr (text, "Số:"));
  g_assert_null (strstr (text, "THẠCH HÀ"));

  at = find_after (text, at, "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024");
  at = find_after (text, at, "Đơn vị: Thôn Đông");
  at = find_after (text, at, "(Theo Tiêu chí chấm điểm thôn)");
  at = find_after (text, at, "TT Tiêu chí Nội dung đánh giá Chỉ tiêu Điểm chuẩn Điểm Ghi chú");
  at = find_after (text, at, "Tự chấm Phúc tra");
  /* A heading with its standard and subtotals; an item with its target, what the unit
   * registered, its scores and the verifier's note. */
  at = find_after (text, at, "I Đời sống văn hóa 15,5 14,5 8,5");
  at = find_after (text, at, "1 Hộ gia đình văn hóa Tỷ lệ hộ đạt danh hiệu ≥ 90 % Đăng ký: 95 % "
                   "10 9 8,5 Thiếu hồ sơ");
  at = find_after (text, at, "2 Không có tệ nạn 5,5 5,5");
  at = find_after (text, at, "II Phát triển kinh tế 20 18 18");
  at = find_after (text, at, "1 Thu nhập bình quân 20 18 18");
  /* The penalty, marked, its standard negative. */
  at = find_after (text, at, "III Vi phạm (điểm trừ) -3 -1");
  at = find_after (text, at, "1 Có người vi phạm pháp luật -3 -1");
  /* The standard of the whole leaves the penalty out; self 9 + 5,5 + 18 - 1. */
  at = find_after (text, at, "Tổng cộng 35,5 31,5 26,5");
  /* Final: 8,5 + 5,5 + 18 - 1 = 31 ≥ 30; second after Thôn Tây's 32, of two ranked. */
  at = find_after (text, at, "Tổng điểm sau phúc tra: 31/35,5 điểm; xếp thứ 2/2; xếp loại: "
                   "Xuất sắc.");
  at = find_after (text, at, "NGƯỜI LẬP BIỂU TM. HỘI ĐỒNG CHỦ TỊCH");
  at = find_after (text, at, "Nguyễn Văn Hùng");
  /* Nothing of the other units. */
  g_assert_null (strstr (text, "Thôn Tây"));
}

static void
test_incomplete_unit (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TdScoresSnapshot) snapshot = small_snapshot ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = td_scores_doc_new (snapshot, 13, &error);
  g_autofree char *text = NULL;
  const char *at;

  g_assert_no_error (error);
  export (doc, fixture->pdf);
  text = flat_text (fixture->pdf, 0);
  at = find_after (text, NULL, "Đơn vị: Thôn Nam");
  /* No verified score: the column is blank, and so is what was not scored. */
  at = find_after (text, at, "I Đời sống văn hóa 15,5 9 1 Hộ gia đình văn hóa");
  at = find_after (text, at, "Tổng cộng 35,5 9 ");
  at = find_after (text, at, "Kết quả: Chưa đủ điểm (còn 2 tiêu chí chưa chấm); chưa xếp hạng, "
                   "chưa xếp loại.");

  /* A unit on no sheet is an error, not an empty table. */
  g_clear_object (&doc);
  doc = td_scores_doc_new (snapshot, 99, &error);
  g_assert_null (doc);
  g_assert_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID);
}

/* Every unit one after another: each from a new page (two pages each), each with its
 * heading and signers. */
static void
test_every_unit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TdScoresSnapshot) snapshot = small_snapshot ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = td_scores_doc_new (snapshot, 0, &error);
  const char *names[] = { "Đơn vị: Thôn Đông", "Đơn vị: Thôn Tây", "Đơn vị: Thôn Nam" };

  g_assert_no_error (error);
  g_assert_cmpint (export (doc, fixture->pdf), ==, 6);
  for (int u = 0; u < 3; u++)
    {
      g_autofree char *first = flat_text (fixture->pdf, 2 * u + 1);
      g_autofree char *second = flat_text (fixture->pdf, 2 * u + 2);

      find_after (first, NULL, "UBND XÃ TÙNG ẢNH");
      find_after (first, find_after (first, NULL, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"),
                  names[u]);
      find_after (second, find_after (second, NULL, "Tổng cộng"), "NGƯỜI LẬP BIỂU");
      for (int other = 0; other < 3; other++)
        if (other != u)
          {
            g_assert_null (strstr (first, names[other]));
            g_assert_null (strstr (second, names[other]));
          }
    }
}

/* 15 groups of 10 items with long names: over several landscape pages, the two rows of the
 * head on each, no group's row the last of a page, the total after the last item. */
static void
test_long_tree (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  g_autoptr(TdCriteriaSet) set = set_new ("Tiêu chí chấm điểm thôn");
  g_autoptr(TdOffice) office = office_new ();
  g_autoptr(TdScoresSnapshot) snapshot = td_scores_snapshot_new (YEAR, office);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = NULL;
  TdDocLayout *layout;
  gint64 id = 0;
  guint unit, n_pages, table = G_MAXUINT;
  guint groups_seen = 0;

  for (int g = 0; g < 15; g++)
    {
      gint64 group = ++id;
      g_autofree char *code = g_strdup_printf ("%d", g + 1);

      criterion (criteria, group, 0, code,
                 "Nhóm tiêu chí về xây dựng đời sống văn hóa ở khu dân cư", 0);
      for (int i = 0; i < 10; i++)
        {
          g_autofree char *item_code = g_strdup_printf ("%d.%d", g + 1, i + 1);
          TdCriterion *c = criterion (criteria, ++id, group, item_code,
                                      "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa ba năm "
                                      "liền", 1);

          td_criterion_set_content (c, "Có sổ theo dõi, biên bản bình xét của thôn");
        }
    }
  tree = td_criteria_tree_new (criteria);
  sheet = td_score_sheet_new (tree, NULL, 0);
  unit = td_score_sheet_add_unit (sheet, 1, "Thôn Đông", "village");
  for (guint i = 0; i < 150; i++)
    score (sheet, unit, i, TD_SCORE_SELF, 1);
  td_scores_snapshot_add (snapshot, set, sheet);

  doc = td_scores_doc_new (snapshot, 1, &error);
  g_assert_no_error (error);
  n_pages = (guint) export (doc, fixture->pdf);
  g_assert_cmpuint (n_pages, >=, 4);

  layout = td_document_get_layout (doc);
  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *text = td_document_dup_page_text (doc, (int) page);
      guint n = td_doc_layout_get_n_pieces (layout, page);
      const TdDocPiece *last_row = NULL;
      gboolean head = FALSE;
      double width, height;

      td_document_get_nth_page_size (doc, (int) page, &width, &height);
      g_assert_cmpfloat (width, >, height);
      for (guint i = 0; i < n; i++)
        {
          const TdDocPiece *piece = td_doc_layout_get_piece (layout, page, i);

          if (piece->kind == TD_DOC_PIECE_TABLE_HEAD)
            {
              g_assert_null (last_row);
              head = TRUE;
              table = piece->block;
            }
          else if (piece->kind == TD_DOC_PIECE_TABLE_ROW)
            {
              g_assert_true (head);
              g_assert_cmpuint (piece->block, ==, table);
              last_row = piece;
              /* Rows are the tree's nodes in order, then the total. */
              if (piece->row < 165 && td_criteria_tree_get_node (tree, piece->row)->leaf < 0)
                groups_seen++;
            }
        }
      g_assert_true (head);
      g_assert_nonnull (strstr (text, "Tự chấm"));
      g_assert_nonnull (strstr (text, "Phúc tra"));
      g_assert_nonnull (last_row);
      /* A group's own row goes over with its first item. */
      g_assert_cmpint (td_criteria_tree_get_node (tree, MIN (last_row->row, 164))->leaf, >=, 0);
      if (page == n_pages - 1)
        g_assert_cmpuint (last_row->row, ==, 165);
    }
  g_assert_cmpuint (groups_seen, ==, 15);
  {
    g_autofree char *last = flat_text (fixture->pdf, (int) n_pages);

    find_after (last, find_after (last, NULL, "15.10"), "Tổng cộng 150 150");
  }
}

/* Ranking ---------------------------------------------------------------------------------- */

static void
test_ranking (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  g_autoptr(GArray) thresholds = thresholds_new (28, 22, 15);
  g_autoptr(TdCriteriaSet) set = set_new ("Tiêu chí chấm điểm thôn");
  g_autoptr(TdOffice) office = office_new ();
  g_autoptr(TdScoresSnapshot) snapshot = td_scores_snapshot_new (YEAR, office);
  g_autoptr(TdScoresSnapshot) other = small_snapshot ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *at;
  static const struct {
    const char *name;
    double      self;
    double      verified;  /* 0: not verified */
  } units[] = {
    { "Thôn Bắc", 26, 25 },       /* 25: tied second with Thôn Đoài */
    { "Thôn Chợ", 0, 0 },         /* not scored: after the ranked ones */
    { "Thôn Đoài", 25, 0 },
    { "Thôn Giữa", 30, 29.5 },    /* first */
    { "Thôn Hạ", 20, 0 },         /* fourth, not second nor third */
    { "Thôn Kênh", 10, 10 },      /* fifth, below every class */
  };

  criterion (criteria, 1, 0, "1", "Kết quả thực hiện nhiệm vụ", 30);
  tree = td_criteria_tree_new (criteria);
  sheet = td_score_sheet_new (tree, (TdThreshold *) thresholds->data, thresholds->len);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      guint unit = td_score_sheet_add_unit (sheet, i + 1, units[i].name, "village");

      if (units[i].self != 0)
        score (sheet, unit, 0, TD_SCORE_SELF, units[i].self);
      if (units[i].verified != 0)
        score (sheet, unit, 0, TD_SCORE_VERIFIED, units[i].verified);
    }
  td_scores_snapshot_add (snapshot, set, sheet);
  /* A second set, for the schools, ranked on its own. */
  g_object_unref (g_ptr_array_index (other->sets, 0));
  g_ptr_array_index (other->sets, 0) = set_new ("Tiêu chí chấm điểm trường học");
  td_scores_snapshot_add (snapshot, g_ptr_array_index (other->sets, 0),
                          g_ptr_array_index (other->sheets, 0));
  g_free (snapshot->date);
  snapshot->date = g_strdup ("");

  doc = td_ranking_doc_new (snapshot, &error);
  g_assert_no_error (error);
  export (doc, fixture->pdf);
  {
    double width, height;

    td_document_get_page_size (doc, &width, &height);
    g_assert_cmpfloat (width, <, height);
  }
  text = flat_text (fixture->pdf, 0);

  at = find_after (text, NULL, "UBND XÃ TÙNG ẢNH");
  at = find_after (text, at, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
  g_assert_nonnull (strstr (text, "Tùng Ảnh, ngày tháng năm 2024"));
  at = find_after (text, at, "KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2024");
  at = find_after (text, at, "I. Tiêu chí chấm điểm thôn");
  at = find_after (text, at, "Thang điểm 30; xếp loại: Xuất sắc từ 28 điểm; Khá từ 22 điểm; "
                   "Trung bình từ 15 điểm.");
  at = find_after (text, at, "Xếp hạng Tên đơn vị Điểm tự chấm Điểm sau phúc tra Xếp loại");
  at = find_after (text, at, "1 Thôn Giữa 30 29,5 Xuất sắc");
  /* A tie shares the rank, in the sheet's order; the next counts them both. */
  at = find_after (text, at, "2 Thôn Bắc 26 25 Khá");
  at = find_after (text, at, "2 Thôn Đoài 25 Khá");
  at = find_after (text, at, "4 Thôn Hạ 20 Trung bình");
  at = find_after (text, at, "5 Thôn Kênh 10 10 Không xếp loại");
  at = find_after (text, at, "Thôn Chợ 0 Chưa đủ điểm");
  at = find_after (text, at, "Tổng số: 6 đơn vị Xuất sắc: 1 Khá: 2 Trung bình: 1 "
                   "Không xếp loại: 1 Chưa đủ điểm: 1");
  /* No rank for the unit not fully scored. */
  g_assert_null (strstr (text, "3 Thôn"));
  g_assert_null (strstr (text, "6 Thôn"));
  at = find_after (text, at, "II. Tiêu chí chấm điểm trường học");
  at = find_after (text, at, "1 Thôn Tây 32 Xuất sắc");
  at = find_after (text, at, "2 Thôn Đông 31,5 31 Xuất sắc");
  at = find_after (text, at, "Thôn Nam 9 Chưa đủ điểm");
  at = find_after (text, at, "Ghi chú: Xếp hạng theo tổng điểm sau phúc tra");
  at = find_after (text, at, "NGƯỜI LẬP BIỂU");
  find_after (text, at, "Nguyễn Văn Hùng");
}

static void
test_ranking_empty (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TdOffice) office = office_new ();
  g_autoptr(TdScoresSnapshot) snapshot = td_scores_snapshot_new (YEAR, office);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = td_ranking_doc_new (snapshot, &error);
  g_autoptr(TdDocument) scores = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  export (doc, fixture->pdf);
  text = flat_text (fixture->pdf, 0);
  find_after (text, NULL, "Năm 2024 chưa có bộ tiêu chí chấm điểm thi đua.");
  g_assert_null (strstr (text, "Xếp hạng"));

  scores = td_scores_doc_new (snapshot, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_document_get_n_pages (scores), ==, 1);

  snapshot->year = 3000;
  g_clear_object (&doc);
  doc = td_ranking_doc_new (snapshot, &error);
  g_assert_null (doc);
  g_assert_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/scores-doc/unit", test_unit);
  ADD ("/scores-doc/incomplete", test_incomplete_unit);
  ADD ("/scores-doc/every-unit", test_every_unit);
  ADD ("/scores-doc/long-tree", test_long_tree);
  ADD ("/ranking-doc/ties", test_ranking);
  ADD ("/ranking-doc/empty", test_ranking_empty);
  return g_test_run ();
}
