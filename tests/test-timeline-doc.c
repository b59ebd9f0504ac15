/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-timeline-doc"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "td-sample.h"
#include "td-store-plan.h"
#include "td-timeline-doc.h"
#include "td-timeline-paint.h"
#include "td-test-db.h"

/* The printed timeline as a PDF, read back with poppler-utils: landscape A4, the title,
 * the quarters, every task, the legend, the print date; a large plan over several pages,
 * each with the time header. With TD_TIMELINE_PNG_DIR set, the pages are also written
 * there as PNGs (pdftoppm), to look at. */

typedef struct {
  char    *dir;
  TdStore *store;
} Fixture;

/* Helpers ----------------------------------------------------------------------------------- */


static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  int status = 0;

  if (program == NULL)
    g_error ("%s is missing: install poppler-utils (build-aux/debian-packages.txt)", argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

/* The text of page @page (1-based; 0: all), laid out as on the page. */
static char *
pdf_text (const char *pdf,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page > 0 ? page : 1);
  g_autofree char *last = g_strdup_printf ("%d", page > 0 ? page : 9999);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", "-f", first, "-l", last, pdf,
                         "-", NULL };

  return run_tool (argv);
}

/* Runs of white space made one space, so that words are found whatever the layout. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("[\\s\\x{00A0}]+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static int
pdf_n_pages (const char *info)
{
  g_autoptr(GRegex) regex = g_regex_new ("^Pages:\\s+([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  n = g_match_info_fetch (match, 1);
  return atoi (n);
}

static char *
export (Fixture    *fixture,
        TdPlan     *plan,
        const char *today,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = td_plan_snapshot_load (fixture->store, plan, NULL);
  g_autoptr(TdDocument) doc = td_timeline_doc_new (snapshot, today, NULL);
  char *pdf = g_build_filename (fixture->dir, name, NULL);
  const char *png_dir = g_getenv ("TD_TIMELINE_PNG_DIR");

  g_assert_true (td_document_export_pdf (doc, pdf, &error));
  g_assert_no_error (error);

  if (png_dir != NULL)
    {
      g_autofree char *dir = g_canonicalize_filename (png_dir, NULL);
      g_autofree char *stem = g_strndup (name, strlen (name) - 4);
      g_autofree char *prefix = g_build_filename (dir, stem, NULL);
      g_autofree char *copy = g_build_filename (dir, name, NULL);
      const char *argv[] = { "pdftoppm", "-r", "60", "-png", pdf, prefix, NULL };
      g_autofree char *out = run_tool (argv);

      g_assert_true (td_document_export_pdf (doc, copy, &error));
    }
  return pdf;
}

/* The first few words of a task's content, as its row begins. */
static char *
content_start (const char *content,
               guint       n_words)
{
  g_autofree char *flat = squeeze (content);
  g_auto(GStrv) words = NULL;
  GString *out = g_string_new (NULL);

  g_strstrip (flat);
  if (g_str_has_prefix (flat, "- "))
    memmove (flat, flat + 2, strlen (flat + 2) + 1);
  words = g_strsplit (flat, " ", -1);
  for (guint i = 0; i < n_words && words[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* Fixture ----------------------------------------------------------------------------------- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  fixture->dir = g_dir_make_tmp ("td-timeline-doc-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = td_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Tests ------------------------------------------------------------------------------------- */

/* Printed in a later year: no today line, so no "Hôm nay" in the legend either. */
static void
test_past_year (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->store, TD_SAMPLE_YEAR, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  pdf = export (fixture, plan, "2024-03-01", "timeline-past.pdf");
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Chú giải:"));
  g_assert_nonnull (strstr (text, "Mốc"));
  g_assert_null (strstr (text, "Hôm nay"));
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const legend[] = {
    "Chú giải:", "Đã lên kế hoạch", "Đang thực hiện", "Hoàn thành", "Quá hạn", "Đã hủy",
    "Mốc", "Hôm nay",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->store, TD_SAMPLE_YEAR, &error);
  g_autoptr(GListModel) tasks = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *layout_text = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GRegex) quarters = g_regex_new ("QUÝ (I|II|III|IV)\\b", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gboolean seen[4] = { FALSE };
  guint n_tasks;

  g_assert_no_error (error);
  pdf = export (fixture, plan, "2022-06-15", "timeline-sample.pdf");

  {
    const char *argv[] = { "pdfinfo", pdf, NULL };

    info = run_tool (argv);
  }
  g_assert_true (g_regex_match_simple ("^Page size:\\s+841\\.89 x 595\\.28 pts", info,
                                       G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Title:\\s+Tiến độ thực hiện kế hoạch năm 2022$", info,
                                       G_REGEX_MULTILINE, 0));
  /* Nine tasks fit on the one page, with the legend. */
  g_assert_cmpint (pdf_n_pages (info), ==, 1);

  layout_text = pdf_text (pdf, 0);
  text = squeeze (layout_text);
  g_assert_nonnull (strstr (text, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"));
  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_nonnull (strstr (text, "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CÔNG TÁC THI ĐUA, KHEN THƯỞNG "
                                  "NĂM 2022"));
  g_assert_nonnull (strstr (text, "Kèm theo Kế hoạch số 49/KH-UBND ngày 22/02/2022"));
  g_assert_nonnull (strstr (text, "In ngày 15/06/2022"));
  g_assert_nonnull (strstr (text, "Hôm nay 15/06"));

  /* The quarters, in the time header and as group rows. */
  g_regex_match (quarters, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *roman = g_match_info_fetch (match, 1);

      seen[g_str_equal (roman, "I") ? 0 : g_str_equal (roman, "II") ? 1
           : g_str_equal (roman, "III") ? 2 : 3] = TRUE;
      g_match_info_next (match, NULL);
    }
  for (guint q = 0; q < 4; q++)
    g_assert_true (seen[q]);

  /* Every task: its number, then the start of its content on the same line. */
  tasks = td_store_list_tasks (fixture->store, td_plan_get_id (plan), NULL);
  n_tasks = g_list_model_get_n_items (tasks);
  g_assert_cmpuint (n_tasks, ==, 9);
  for (guint i = 0; i < n_tasks; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *start = content_start (td_task_get_content (task), 4);
      g_autofree char *escaped = g_regex_escape_string (start, -1);
      g_autofree char *pattern = g_strdup_printf ("^\\s*%d\\s+%s", td_task_get_number (task),
                                                  escaped);

      if (!g_regex_match_simple (pattern, layout_text, G_REGEX_MULTILINE, 0))
        g_error ("Task %d (“%s”) is not in the PDF:\n%s", td_task_get_number (task), start,
                 layout_text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
    if (strstr (text, legend[i]) == NULL)
      g_error ("The legend lacks “%s”:\n%s", legend[i], text);

  /* The print date follows the given day. */
  {
    g_autofree char *later = export (fixture, plan, "2026-11-25", "timeline-later.pdf");
    g_autofree char *later_text = pdf_text (later, 0);
    g_autofree char *squeezed = squeeze (later_text);

    g_assert_nonnull (strstr (squeezed, "In ngày 25/11/2026"));
    /* 2026 is not the plan's year: no today line to label. */
    g_assert_null (strstr (squeezed, "Hôm nay 25/11"));
  }
}

/* A plan of 500 tasks runs over several pages, each with the time header and the column
 * headings, and every task is on exactly one of them. */
static void
test_many (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const clauses[] = {
    "Tổ chức kiểm tra, đánh giá kết quả thực hiện phong trào thi đua",
    "Hướng dẫn các thôn xóm đăng ký danh hiệu Gia đình văn hóa",
    "Tổng hợp hồ sơ đề nghị khen thưởng",
    "- Họp Hội đồng thi đua, khen thưởng\n- Xét duyệt các danh hiệu thi đua",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (TdStoreTaskInput));
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree guint *seen = g_new0 (guint, 501);
  int n_pages;

  td_plan_set_year (plan, 2023);
  td_plan_set_issuing_body (plan, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_plan_set_title (plan, "Công tác thi đua, khen thưởng năm 2023");
  td_plan_set_kind (plan, "KẾ HOẠCH");
  for (int i = 0; i < 500; i++)
    {
      TdTask *task = td_task_new ();
      g_autofree char *content = g_strdup_printf ("%s (đợt %d)", clauses[i % 4], i + 1);
      TdStoreTaskInput input = { task, NULL, NULL };

      td_task_set_quarter (task, 1 + i * 4 / 500);
      td_task_set_position (task, i);
      td_task_set_content (task, content);
      td_task_set_responsible (task, "VP nội vụ, các thôn xóm");
      td_task_set_status (task, (TdTaskStatus) (i % 4));
      td_task_set_progress (task, (i * 7) % 100);
      g_ptr_array_add (tasks, task);
      g_array_append_val (inputs, input);
    }
  g_assert_true (td_store_add_plan (fixture->store, plan, NULL,
                                    (const TdStoreTaskInput *) (gpointer) inputs->data,
                                    inputs->len, &error));
  g_assert_no_error (error);

  pdf = export (fixture, plan, "2023-08-01", "timeline-500.pdf");
  {
    const char *argv[] = { "pdfinfo", pdf, NULL };

    info = run_tool (argv);
  }
  n_pages = pdf_n_pages (info);
  g_assert_cmpint (n_pages, >=, 10);

  for (int p = 1; p <= n_pages; p++)
    {
      g_autofree char *page = pdf_text (pdf, p);
      g_autofree char *text = squeeze (page);
      g_auto(GStrv) lines = g_strsplit (page, "\n", -1);

      for (int q = 1; q <= 4; q++)
        {
          g_autofree char *label = g_strdup_printf ("QUÝ %s ", q == 1 ? "I" : q == 2 ? "II"
                                                              : q == 3 ? "III" : "IV");

          if (strstr (text, label) == NULL)
            g_error ("Page %d has no “%s” in its header:\n%s", p, label, page);
        }
      g_assert_nonnull (strstr (text, "Nội dung nhiệm vụ"));
      g_assert_nonnull (strstr (text, "Thực hiện"));
      /* Months, named or abbreviated. */
      g_assert_true (g_regex_match_simple ("(Tháng|Th)\\s*12", text, 0, 0));

      /* Rows begin with their number. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autoptr(GRegex) row = g_regex_new ("^\\s*([0-9]+)\\s+(Tổ|Hướng|Họp)", 0, 0, NULL);
          g_autoptr(GMatchInfo) match = NULL;

          if (g_regex_match (row, lines[i], 0, &match))
            {
              g_autofree char *number = g_match_info_fetch (match, 1);
              int n = atoi (number);

              g_assert_cmpint (n, >=, 1);
              g_assert_cmpint (n, <=, 500);
              seen[n]++;
            }
        }
    }
  for (int n = 1; n <= 500; n++)
    if (seen[n] != 1)
      g_error ("Task %d is on %u pages", n, seen[n]);

  /* The document's own reading of the pages says the same. */
  snapshot = td_plan_snapshot_load (fixture->store, plan, NULL);
  doc = td_timeline_doc_new (snapshot, "2023-08-01", NULL);
  g_assert_cmpint (td_document_get_n_pages (doc), ==, n_pages);
  for (int p = 0; p < n_pages; p++)
    {
      g_autofree char *text = td_document_dup_page_text (doc, p);

      g_assert_nonnull (strstr (text, "QUÝ IV\n"));
    }
}

/* A task's whole content and units are on paper, wrapped onto as many lines as they take:
 * nothing is cut with "…", and nothing only the screen has (the quarters' triangles) is
 * printed. */
static void
test_long_names (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char content[] = "Tổ chức tổng kết, đánh giá kết quả thực hiện phong trào thi "
                                "đua yêu nước và công tác khen thưởng tại mười thôn, năm 2022";
  static const char units[] = "Văn phòng HĐND và UBND xã, Công chức Văn hóa – Xã hội, các thôn "
                              "xóm và các tổ chức hội đoàn thể";
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(TdTask) task = td_task_new ();
  g_autoptr(TdTask) other = td_task_new ();
  TdStoreTaskInput inputs[] = { { task, NULL, NULL }, { other, NULL, NULL } };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;

  g_assert_cmpint (g_utf8_strlen (content, -1), ==, 120);
  td_plan_set_year (plan, 2024);
  td_plan_set_issuing_body (plan, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_plan_set_title (plan, "Công tác thi đua, khen thưởng năm 2024");
  td_task_set_quarter (task, 1);
  td_task_set_content (task, content);
  td_task_set_responsible (task, units);
  td_task_set_quarter (other, 2);
  td_task_set_position (other, 1);
  td_task_set_content (other, "Sơ kết 6 tháng");
  td_task_set_responsible (other, "VP nội vụ");
  g_assert_true (td_store_add_plan (fixture->store, plan, NULL, inputs, G_N_ELEMENTS (inputs),
                                    &error));
  g_assert_no_error (error);

  pdf = export (fixture, plan, "2024-03-01", "timeline-long.pdf");
  /* In the order it is drawn: the content's lines one after the other, then the units'. */
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", pdf, "-", NULL };

    text = run_tool (argv);
  }
  words = squeeze (text);
  if (strstr (words, content) == NULL)
    g_error ("The content is not whole in the PDF:\n%s", text);
  if (strstr (words, units) == NULL)
    g_error ("The units are not whole in the PDF:\n%s", text);
  g_assert_null (strstr (text, "…"));
  g_assert_null (strstr (text, "▼"));
  g_assert_null (strstr (text, "▶"));
  g_assert_nonnull (strstr (words, "Sơ kết 6 tháng"));

  /* Text cut with "…" still reads whole, but the words it hides come out as one "word" at
   * the ellipsis, spaces and all: every word printed has a place of its own. */
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-", NULL };
    g_autofree char *boxes = run_tool (argv);
    g_autoptr(GRegex) regex = g_regex_new ("<word [^>]*>([^<]*)</word>", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;
    guint n_words = 0;

    g_regex_match (regex, boxes, 0, &match);
    for (; g_match_info_matches (match); g_match_info_next (match, NULL), n_words++)
      {
        g_autofree char *word = g_match_info_fetch (match, 1);

        if (strchr (word, ' ') != NULL || strstr (word, "…") != NULL)
          g_error ("Words hidden behind an ellipsis: “%s”", word);
      }
    g_assert_cmpuint (n_words, >, 40);
  }
}

/* The legend says on paper what the window's legend says in Vietnamese: the printed words
 * are the translation's. */
static void
test_legend_words (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  const char *localedir = g_getenv ("THIDUA_LOCALEDIR");

  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    g_error ("The vi_VN.UTF-8 locale is missing (./build-aux/test makes it)");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  for (guint i = 0; i < TD_TIMELINE_LEGEND_N_ITEMS; i++)
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, td_timeline_legend_msgid (i)), ==,
                     td_timeline_legend_doc_label (i));
  for (guint i = 0; i < TD_TIMELINE_N_STATUSES; i++)
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, td_timeline_status_msgid (i)), ==,
                     td_timeline_status_doc_label (i));
  setlocale (LC_ALL, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/timeline-doc/sample", Fixture, NULL, fixture_set_up, test_sample,
              fixture_tear_down);
  g_test_add ("/timeline-doc/many", Fixture, NULL, fixture_set_up, test_many,
              fixture_tear_down);
  g_test_add ("/timeline-doc/long-names", Fixture, NULL, fixture_set_up, test_long_names,
              fixture_tear_down);
  g_test_add ("/timeline-doc/past-year", Fixture, NULL, fixture_set_up, test_past_year,
              fixture_tear_down);
  g_test_add_func ("/timeline-doc/legend-words", test_legend_words);
  return g_test_run ();
}
