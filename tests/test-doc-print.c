/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-doc-print"

#include "config.h"

#include "td-plan-doc.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-pdf.h"

/* The plan as an office prints it, against what Decree 30/2020 and the office's own
 * documents write: the motto's spelling, which lines are italic, which year the date
 * gives, that a plan of prose has no task table. Each plan is exported to PDF and read
 * back with poppler-utils. */

typedef struct {
  char           *dir;
  TdStore        *store;
  TdPlanSnapshot *sample;
  char           *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autofree char *db = NULL;
  gboolean added = FALSE;

  fixture->dir = g_dir_make_tmp ("td-doc-print-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = td_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  plan = td_store_get_plan (fixture->store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  /* Its own copies: a test may change the plan or its tasks before printing. */
  fixture->sample = td_plan_snapshot_load (fixture->store, plan, &error);
  g_assert_no_error (error);
  fixture->pdf = g_build_filename (fixture->dir, "plan.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->sample, td_plan_snapshot_free);
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

/* Prints @snapshot to the fixture's PDF; returns how many pages it has. */
static int
export (Fixture              *fixture,
        const TdPlanSnapshot *snapshot)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) doc = td_plan_doc_new (snapshot, &error);

  g_assert_no_error (error);
  g_assert_true (td_document_export_pdf (doc, fixture->pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_pdf_n_pages (fixture->pdf), ==, td_document_get_n_pages (doc));
  return td_document_get_n_pages (doc);
}

/* The Quốc hiệu and Tiêu ngữ as the decree writes them: "HÒA", and hyphens between
 * spaces, not en dashes. */
static void
test_motto (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *text = NULL;

  export (fixture, fixture->sample);
  text = td_test_pdf_text (fixture->pdf, 1);
  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"));
  g_assert_nonnull (strstr (text, "\nĐộc lập - Tự do - Hạnh phúc\n"));
  g_assert_null (strstr (text, "HOÀ"));
  g_assert_null (strstr (text, "–"));
}

/* Replaces the tasks of @snapshot with @n tasks, of @content, in quarters 1, 2, …. */
static void
set_tasks (TdPlanSnapshot *snapshot,
           guint           n,
           const char     *content)
{
  GListStore *tasks = g_list_store_new (TD_TYPE_TASK);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdTask) task = td_task_new ();

      td_task_set_quarter (task, (int) (i % 4) + 1);
      td_task_set_content (task, content);
      g_list_store_append (tasks, task);
    }
  g_object_unref (snapshot->tasks);
  snapshot->tasks = G_LIST_MODEL (tasks);
}

static char *
all_text (Fixture *fixture)
{
  return td_test_pdf_text (fixture->pdf, 0);
}

/* A plan without tasks (a conference plan, a plan of prose only) prints no task table:
 * no head, no empty QUÝ I–IV rows; nor does one whose only task is still empty. A single
 * task brings the whole table back, with its four QUÝ rows. */
static void
test_no_tasks (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *with_tasks = NULL;
  g_autofree char *none = NULL;
  g_autofree char *blank = NULL;
  g_autofree char *one = NULL;

  export (fixture, fixture->sample);
  with_tasks = all_text (fixture);
  g_assert_nonnull (strstr (with_tasks, "Nội dung nhiệm vụ chủ yếu"));
  g_assert_nonnull (strstr (with_tasks, "\nQUÝ IV\n"));

  set_tasks (fixture->sample, 0, NULL);
  export (fixture, fixture->sample);
  none = all_text (fixture);
  g_assert_null (strstr (none, "Nội dung nhiệm vụ chủ yếu"));
  g_assert_null (strstr (none, "QUÝ"));
  /* The rest of the plan prints as it did: its sections, its signature. */
  g_assert_nonnull (strstr (none, "II. NỘI DUNG:"));
  g_assert_nonnull (strstr (none, "III. CÁC GIẢI PHÁP CHỦ YẾU."));
  g_assert_nonnull (strstr (none, "Phan Tiến Dũng"));

  set_tasks (fixture->sample, 1, " \u00a0");
  export (fixture, fixture->sample);
  blank = all_text (fixture);
  g_assert_cmpstr (blank, ==, none);

  set_tasks (fixture->sample, 1, "Tổ chức hội nghị phát động thi đua");
  export (fixture, fixture->sample);
  one = all_text (fixture);
  g_assert_nonnull (strstr (one, "Nội dung nhiệm vụ chủ yếu"));
  g_assert_nonnull (strstr (one, "\n1 Tổ chức hội nghị phát động thi đua"));
  for (int q = 0; q < 4; q++)
    {
      static const char * const labels[] = { "\nQUÝ I\n", "\nQUÝ II\n", "\nQUÝ III\n",
                                             "\nQUÝ IV\n" };

      g_assert_nonnull (strstr (one, labels[q]));
    }
}

/* Checks the style of the lines of page 1 from the one starting with @from to the one
 * before the one starting with @to: each paragraph's lines italic when it is a basis
 * ("Căn cứ"), upright otherwise; returns how many paragraphs of each it saw. */
static void
check_preamble (Fixture    *fixture,
                const char *from,
                const char *to,
                guint      *bases,
                guint      *others)
{
  g_autoptr(GPtrArray) lines = td_test_pdf_lines (fixture->pdf, 1);
  gboolean in = FALSE, basis = FALSE;

  *bases = *others = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      TdTestLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_prefix (line->text, from))
        in = TRUE;
      if (!in)
        continue;
      if (g_str_has_prefix (line->text, to))
        return;
      if (g_str_has_prefix (line->text, "Căn cứ") || g_str_has_prefix (line->text, "Thực hiện"))
        {
          basis = g_str_has_prefix (line->text, "Căn cứ");
          (*(basis ? bases : others))++;
        }
      if (basis && !line->italic)
        g_error ("Not italic: %s", line->text);
      if (!basis && !line->upright)
        g_error ("Not upright: %s", line->text);
    }
  g_error ("No line starts with “%s” after “%s”", to, from);
}

/* Each line of the preamble keeps its style: the bases ("Căn cứ …;") italic, a line the
 * office writes otherwise ("Thực hiện …;") upright; the sentence that opens the plan,
 * upright after the last of them, in its paragraph. */
static void
test_preamble_styles (Fixture       *fixture,
                      gconstpointer  data)
{
  TdPlan *plan = fixture->sample->plan;
  g_auto(GStrv) lines = g_strsplit (td_plan_get_preamble (plan), "\n", -1);
  g_autofree char *preamble = NULL;
  g_autoptr(GPtrArray) printed = NULL;
  guint bases, others;
  gboolean mixed = FALSE;

  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  preamble = g_strdup_printf ("%s\n%s\nThực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2022 của "
                              "Ủy ban nhân dân huyện Đức Thọ về công tác thi đua, khen thưởng "
                              "năm 2022;\n%s", lines[0], lines[1], lines[2]);
  td_plan_set_preamble (plan, preamble);
  export (fixture, fixture->sample);
  check_preamble (fixture, "Căn cứ luật", "Căn cứ tình hình", &bases, &others);
  g_assert_cmpuint (bases, ==, 2);
  g_assert_cmpuint (others, ==, 1);

  /* The last basis and the opening sentence share a line: italic, then upright. */
  printed = td_test_pdf_lines (fixture->pdf, 1);
  for (guint i = 0; i < printed->len; i++)
    {
      TdTestLine *line = g_ptr_array_index (printed, i);

      if (g_str_has_prefix (line->text, "Căn cứ tình hình thực tế tại địa phương. Ủy ban"))
        mixed = !line->italic && !line->upright;
    }
  g_assert_true (mixed);

  /* A "Thực hiện …." last, with the opening sentence after it: all upright. */
  td_plan_set_preamble (plan, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
                              "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2023 của Ủy ban nhân "
                              "dân huyện Đức Thọ về công tác thi đua, khen thưởng năm 2023.");
  export (fixture, fixture->sample);
  check_preamble (fixture, "Căn cứ Luật", "I. MỤC ĐÍCH", &bases, &others);
  g_assert_cmpuint (bases, ==, 1);
  g_assert_cmpuint (others, ==, 1);
}

/* A plan for next year is often issued in December: the date line gives the year of the
 * issue date, not the plan's. */
static void
test_issue_date_year (Fixture       *fixture,
                      gconstpointer  data)
{
  TdPlan *plan = fixture->sample->plan;
  g_autofree char *text = NULL;

  td_plan_set_year (plan, 2023);
  td_plan_set_title (plan, "Công tác thi đua, khen thưởng năm 2023");
  td_plan_set_issue_date (plan, "2022-12-28");
  td_plan_set_issue_month (plan, 12);
  export (fixture, fixture->sample);
  text = td_test_pdf_text (fixture->pdf, 1);
  /* Level with the number, on its line. */
  g_assert_nonnull (strstr (text, "Số: 49/KH-UBND Tùng Ảnh, ngày 28 tháng 12 năm 2022\n"));
  g_assert_nonnull (strstr (text, "\nCông tác thi đua, khen thưởng năm 2023\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/doc/print/motto", test_motto);
  ADD ("/doc/print/no-tasks", test_no_tasks);
  ADD ("/doc/print/preamble-styles", test_preamble_styles);
  ADD ("/doc/print/issue-date-year", test_issue_date_year);

#undef ADD

  return g_test_run ();
}
