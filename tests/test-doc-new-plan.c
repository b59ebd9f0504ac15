/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A plan started in the usual shape (data/plan-template.ini), printed to PDF and read back
 * with poppler-utils (td-test-pdf.h): its heading, legal bases, parts and tasks in the order
 * of a real plan, and its signature. An office with no name yet prints no rule above "Số:":
 * the page is rendered and the left column above the number, found by its words' boxes,
 * holds no ink.
 */
#define G_LOG_DOMAIN "test-doc-new-plan"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "td-plan-doc.h"
#include "td-plan-template.h"
#include "td-snapshot.h"
#include "td-store-office.h"
#include "td-test-db.h"
#include "td-test-pdf.h"

/* Pixels per point of the rendered page: 2, so that a rule of a point is two rows. */
#define DPI 144
#define SCALE (DPI / 72.0)

typedef struct {
  char    *dir;
  TdStore *store;
  char    *pdf;
} Fixture;

typedef struct {
  double x0, y0, x1, y1;
} Box;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  fixture->dir = g_dir_make_tmp ("td-doc-new-plan-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = td_store_open (db, &error);
  g_assert_no_error (error);
  fixture->pdf = g_build_filename (fixture->dir, "plan.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

/* The office named @issuing_body (blank for none yet), and its plan of 2026 started in the
 * usual shape and printed to the fixture's PDF. */
static void
start_and_print (Fixture    *fixture,
                 const char *issuing_body)
{
  g_autoptr(TdOffice) office = td_office_new ();
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  td_office_set_issuing_body (office, issuing_body);
  td_office_set_place (office, "Tùng Ảnh");
  td_office_set_code (office, "UBND");
  td_office_set_signer_name (office, "Phan Tiến Dũng");
  g_assert_true (td_store_save_office (fixture->store, office, &error));
  g_assert_no_error (error);

  plan = td_plan_template_start (fixture->store, 2026, &error);
  g_assert_no_error (error);
  snapshot = td_plan_snapshot_load (fixture->store, plan, &error);
  g_assert_no_error (error);
  doc = td_plan_doc_new (snapshot, &error);
  g_assert_no_error (error);
  g_assert_true (td_document_export_pdf (doc, fixture->pdf, &error));
  g_assert_no_error (error);
}

/* The text of every page, its white space (line ends too) made single spaces. */
static char *
pdf_words (const char *pdf)
{
  g_autofree char *text = td_test_pdf_text (pdf, 0);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace (space, text, -1, 0, " ", 0, NULL);
}

/* Where the first word @text is on page 1, in points from the top left. */
static Box
word_box (const char *pdf,
          const char *text)
{
  g_autoptr(GPtrArray) words = td_test_pdf_words (pdf, 1);
  TdTestWord *word = td_test_find_word (words, 0, text, NULL);

  if (word == NULL)
    g_error ("“%s” is not on page 1", text);
  return (Box) { word->x0, word->y0, word->x1, word->y1 };
}

/* The dark pixels in @box (points) of the page. */
static guint
ink_in (const guchar *pixels,
        int           width,
        int           height,
        Box           box)
{
  guint ink = 0;

  for (int y = MAX (0, (int) (box.y0 * SCALE)); y < MIN (height, (int) (box.y1 * SCALE)); y++)
    for (int x = MAX (0, (int) (box.x0 * SCALE)); x < MIN (width, (int) (box.x1 * SCALE)); x++)
      ink += pixels[y * width + x] < 160;
  return ink;
}

/* Each of @parts in @text, in this order. */
static void
assert_in_order (const char         *text,
                 const char * const *parts)
{
  const char *from = text;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *found = strstr (from, parts[i]);

      if (found == NULL)
        g_error ("“%s” is not where it belongs, after “%.60s”, in:\n%s", parts[i],
                 i > 0 ? parts[i - 1] : "", text);
      from = found + strlen (parts[i]);
    }
}

static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const in_order[] = {
    "ỦY BAN NHÂN DÂN", "XÃ TÙNG ẢNH", "Số: /KH-UBND", "Tùng Ảnh, ngày tháng năm 2026",
    "KẾ HOẠCH", "Công tác thi đua, khen thưởng năm 2026",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ",
    "Căn cứ Kế hoạch số …/KH-… ngày … tháng … năm 2026 của …",
    "Căn cứ tình hình thực tế tại địa phương. Ủy ban nhân dân xã Tùng Ảnh xây dựng kế hoạch "
    "công tác thi đua, khen thưởng năm 2026 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Đẩy mạnh các phong trào thi đua yêu nước",
    "2. Yêu cầu", "II. NỘI DUNG",
    "TT", "QUÝ I", "1 Xây dựng, ban hành kế hoạch công tác thi đua, khen thưởng năm 2026",
    "QUÝ II", "4 Báo cáo sơ kết", "QUÝ III", "QUÝ IV", "phương hướng nhiệm vụ năm 2027",
    "III. CÁC GIẢI PHÁP CHỦ YẾU", "Đẩy mạnh công tác tuyên truyền", "IV. TỔ CHỨC THỰC HIỆN",
    "báo cáo kết quả về Ủy ban nhân dân xã Tùng Ảnh.",
    NULL,
  };
  static const char * const signature[] = {
    "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Tiến Dũng",
  };
  g_autofree char *words = NULL;
  const char *after_parts;

  start_and_print (fixture, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  words = pdf_words (fixture->pdf);
  assert_in_order (words, in_order);
  after_parts = strstr (words, "IV. TỔ CHỨC THỰC HIỆN");
  for (guint i = 0; i < G_N_ELEMENTS (signature); i++)
    if (strstr (after_parts, signature[i]) == NULL)
      g_error ("“%s” is not in the signature block:\n%s", signature[i], after_parts);
  /* Nothing left to put in, nothing meant for the screen. */
  g_assert_null (strchr (words, '{'));
  g_assert_null (strstr (words, "Click"));
}

/* A plan of a new file, whose office is named @issuing_body. */
static void
start_in_new_file (Fixture    *fixture,
                   const char *name,
                   const char *issuing_body)
{
  g_autofree char *db = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->store);
  g_remove (fixture->pdf);
  fixture->store = td_store_open (db, &error);
  g_assert_no_error (error);
  start_and_print (fixture, issuing_body);
}

/* The rule of the header belongs under the issuing body: with none (or only spaces, as a
 * file written by another program may hold), the left column holds nothing above the
 * number; with one, the rule is there between the body and the number. */
static void
test_no_stray_rule (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const blank[] = { "", "   " };
  g_autofree guchar *pixels = NULL;
  int width = 0, height = 0;
  Box so, symbol, above, between, body;

  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    {
      g_autofree char *name = g_strdup_printf ("blank-%u.db", i);
      g_autofree char *words = NULL;

      start_in_new_file (fixture, name, blank[i]);
      words = pdf_words (fixture->pdf);
      g_assert_nonnull (strstr (words, "Số: /KH-UBND"));
      so = word_box (fixture->pdf, "Số:");
      symbol = word_box (fixture->pdf, "/KH-UBND");
      pixels = td_test_pdf_render (fixture->pdf, 1, DPI, &width, &height);
      /* The number line's own width of the left column, from the top of the page down to
       * just above the number. */
      above = (Box) { so.x0, 0, symbol.x1, so.y0 - 1 };
      g_assert_cmpuint (ink_in (pixels, width, height,
                                (Box) { so.x0, so.y0, symbol.x1, so.y1 }), >, 0);
      g_assert_cmpuint (ink_in (pixels, width, height, above), ==, 0);
      g_clear_pointer (&pixels, g_free);
    }

  /* The same page for an office with a name: the test sees a rule where there is one. */
  start_in_new_file (fixture, "named.db", "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  so = word_box (fixture->pdf, "Số:");
  symbol = word_box (fixture->pdf, "/KH-UBND");
  body = word_box (fixture->pdf, "TÙNG");
  pixels = td_test_pdf_render (fixture->pdf, 1, DPI, &width, &height);
  between = (Box) { so.x0, body.y1, symbol.x1, so.y0 - 1 };
  g_assert_cmpfloat (between.y1, >, between.y0);
  g_assert_cmpuint (ink_in (pixels, width, height, between), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/doc/new-plan/text", Fixture, NULL, fixture_set_up, test_text,
              fixture_tear_down);
  g_test_add ("/doc/new-plan/no-stray-rule", Fixture, NULL, fixture_set_up, test_no_stray_rule,
              fixture_tear_down);

  return g_test_run ();
}
