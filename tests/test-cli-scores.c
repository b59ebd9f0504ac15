/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The scores and the ranking of a year through the real binary with no display: the
 * scoring table of one unit (named with or without its accents) or of every unit, and the
 * ranking, as PDF read back with pdftotext; the score sheet and the ranking as CSV and
 * .xlsx read back; a unit of no such name, with the close names or none; --unit where it
 * does not belong.
 */
#define G_LOG_DOMAIN "test-cli-scores"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "td-points.h"
#include "td-store-scoring.h"
#include "td-table.h"
#include "td-test-cli.h"
#include "td-test-db.h"
#include "td-test-subjects.h"

#define P(points) ((gint64) ((points) * TD_POINTS_SCALE))

typedef TdTestCliFixture Fixture;

#define fixture_tear_down td_test_cli_tear_down
#define path_in           td_test_cli_path
#define run_thidua        td_test_cli_run

static gint64
add (TdStore    *store,
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
  if (standard != 0)
    td_criterion_set_max_points (criterion, P (standard));
  id = td_store_add_criterion (store, set_id, parent_id, -1, criterion, &error);
  g_assert_no_error (error);
  return id;
}

static void
score (TdStore *store,
       gint64   criterion_id,
       gint64   unit_id,
       double   self,
       double   verified)
{
  g_autoptr(GError) error = NULL;
  TdScoreInput input = { criterion_id, unit_id, TRUE, P (self), verified >= 0, P (verified), 0,
                         "" };
  const char *fields[] = { "self", "verified", NULL };

  g_assert_true (td_store_update_score (store, &input, fields, &error));
  g_assert_no_error (error);
}

/* The villages of td_test_subjects_fill() scored in 2024 on a set of 15 points: Thôn Đông 9
 * (verified 8,5) and 5, Thôn Tây 10 and 3,5 — both 13,5, tied first — and Thôn Nam 7 on
 * the first item only, not fully scored. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  const char *kinds[] = { "village", NULL };
  TdThreshold levels[] = { { (char *) "Xuất sắc", P (13) }, { (char *) "Khá", P (10) } };
  gint64 set, group, first, second;

  td_test_cli_set_up (fixture, data);
  store = td_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  td_test_subjects_fill (fixture->db);
  store = td_store_open (fixture->db, &error);
  g_assert_no_error (error);

  set = td_store_add_criteria_set (store, 2024, "Tiêu chí chấm điểm thôn", kinds, &error);
  g_assert_no_error (error);
  g_assert_true (td_store_set_thresholds (store, set, levels, G_N_ELEMENTS (levels), &error));
  g_assert_no_error (error);
  group = add (store, set, 0, "I", "Đời sống văn hóa", 0);
  first = add (store, set, group, "1.1", "Hộ gia đình văn hóa", 10);
  second = add (store, set, group, "1.2", "Không có tệ nạn", 5);
  score (store, first, TD_TEST_THON_DONG, 9, 8.5);
  score (store, second, TD_TEST_THON_DONG, 5, -1);
  score (store, first, TD_TEST_THON_TAY, 10, -1);
  score (store, second, TD_TEST_THON_TAY, 3.5, -1);
  score (store, first, TD_TEST_THON_NAM, 7, -1);
}

/* The text of @pdf, white space made one space; NULL (the test skipped) without
 * pdftotext. */
static char *
pdf_text (const char *pdf,
          int        *n_pages)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", pdf, "-", NULL };
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s: %s", pdf, out);
  if (n_pages != NULL)
    {
      /* pdftotext ends each page with a form feed. */
      *n_pages = 0;
      for (const char *p = out; *p != '\0'; p++)
        *n_pages += *p == '\f';
    }
  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in:\n%s", needle, text);
}

static void
test_pdf_unit (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *pdf = path_in (fixture, "dong.pdf");
  g_autofree char *text = NULL;
  g_auto(TdTestCliRun) run = { 0 };

  /* Typed without accents, as in a terminal with no input method. */
  run_thidua (&run, fixture, fixture->db, "--export=scores", "--year=2024", "--unit=thon dong",
              "--output=dong.pdf", NULL);
  td_test_cli_assert_quiet_success (&run);
  if ((text = pdf_text (pdf, NULL)) == NULL)
    return;
  assert_has (text, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
  assert_has (text, "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024 Đơn vị: Thôn Đông");
  assert_has (text, "I Đời sống văn hóa 15 14 8,5");
  assert_has (text, "1.1 Hộ gia đình văn hóa 10 9 8,5");
  assert_has (text, "1.2 Không có tệ nạn 5 5");
  assert_has (text, "Tổng cộng 15 14 8,5");
  /* Tied with Thôn Tây at 13,5: both first. */
  assert_has (text, "Tổng điểm sau phúc tra: 13,5/15 điểm; xếp thứ 1/2; xếp loại: Xuất sắc.");
  g_assert_null (strstr (text, "Thôn Tây"));
}

static void
test_pdf_every_unit (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *pdf = path_in (fixture, "scores.pdf");
  g_autofree char *text = NULL;
  g_auto(TdTestCliRun) run = { 0 };
  int n_pages = 0;
  const char *dong, *nam, *tay;

  run_thidua (&run, fixture, fixture->db, "--export=scores", "--year=2024",
              "--output=scores.pdf", NULL);
  td_test_cli_assert_quiet_success (&run);
  if ((text = pdf_text (pdf, &n_pages)) == NULL)
    return;
  g_assert_cmpint (n_pages, ==, 3);
  /* In the order of their names. */
  dong = strstr (text, "Đơn vị: Thôn Đông");
  nam = strstr (text, "Đơn vị: Thôn Nam");
  tay = strstr (text, "Đơn vị: Thôn Tây");
  g_assert_true (dong != NULL && nam != NULL && tay != NULL);
  g_assert_true (dong < nam && nam < tay);
  assert_has (nam, "Kết quả: Chưa đủ điểm (còn 1 tiêu chí chưa chấm)");
}

static void
test_pdf_ranking (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *pdf = path_in (fixture, "ranking.pdf");
  g_autofree char *text = NULL;
  g_auto(TdTestCliRun) run = { 0 };

  run_thidua (&run, fixture, fixture->db, "--export=ranking", "--year=2024",
              "--output=ranking.pdf", NULL);
  td_test_cli_assert_quiet_success (&run);
  if ((text = pdf_text (pdf, NULL)) == NULL)
    return;
  assert_has (text, "KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2024");
  assert_has (text, "I. Tiêu chí chấm điểm thôn");
  assert_has (text, "1 Thôn Đông 14 13,5 Xuất sắc 1 Thôn Tây 13,5 Xuất sắc Thôn Nam 7 "
              "Chưa đủ điểm Tổng số: 3 đơn vị");
}

/* Row @r of the table in @path, its cells joined by "|". */
static char *
row_of (TdTable *table,
        guint    r)
{
  const TdTableRow *row = g_ptr_array_index (table->rows, r);

  return g_strjoinv ("|", row->cells);
}

static TdTable *
read_table (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdTable *table = td_table_read (path, TD_TABLE_ENCODING_AUTO, NULL, &error);

  g_assert_no_error (error);
  return table;
}

static void
test_sheets (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const formats[] = { "csv", "xlsx" };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *name = g_strdup_printf ("scores.%s", formats[f]);
      g_autofree char *path = path_in (fixture, name);
      g_autofree char *output = g_strdup_printf ("--output=%s", name);
      g_autofree char *ranking_name = g_strdup_printf ("ranking.%s", formats[f]);
      g_autofree char *ranking_path = path_in (fixture, ranking_name);
      g_autofree char *ranking_output = g_strdup_printf ("--output=%s", ranking_name);
      g_autoptr(TdTable) table = NULL;
      g_auto(TdTestCliRun) run = { 0 };
      g_autofree char *head = NULL;
      g_autofree char *dong = NULL;
      g_autofree char *nam = NULL;
      g_autofree char *tay = NULL;

      run_thidua (&run, fixture, fixture->db, "--export=scores", "--year=2024", output, NULL);
      td_test_cli_assert_quiet_success (&run);
      table = read_table (path);
      g_assert_cmpuint (table->rows->len, ==, 4);
      head = row_of (table, 0);
      g_assert_cmpstr (head, ==, "No.|Unit|1.1 self|1.1 verified|1.2 self|1.2 verified|"
                       "Self total|Total after verification|Rank|Class");
      dong = row_of (table, 1);
      nam = row_of (table, 2);
      tay = row_of (table, 3);
      g_assert_cmpstr (dong, ==, "1|Thôn Đông|9|8.5|5||14|13.5|1|Xuất sắc");
      g_assert_cmpstr (nam, ==, "2|Thôn Nam|7||||7|||Not fully scored");
      g_assert_cmpstr (tay, ==, "3|Thôn Tây|10||3.5||13.5||1|Xuất sắc");
      g_clear_pointer (&table, td_table_free);
      td_test_cli_run_clear (&run);

      /* One unit: its row only. */
      run_thidua (&run, fixture, fixture->db, "--export=scores", "--year=2024",
                  "--unit=Thôn Tây", output, NULL);
      td_test_cli_assert_quiet_success (&run);
      table = read_table (path);
      g_assert_cmpuint (table->rows->len, ==, 2);
      g_free (tay);
      tay = row_of (table, 1);
      g_assert_cmpstr (tay, ==, "1|Thôn Tây|10||3.5||13.5||1|Xuất sắc");
      g_clear_pointer (&table, td_table_free);
      td_test_cli_run_clear (&run);

      run_thidua (&run, fixture, fixture->db, "--export=ranking", "--year=2024", ranking_output,
                  NULL);
      td_test_cli_assert_quiet_success (&run);
      table = read_table (ranking_path);
      g_assert_cmpuint (table->rows->len, ==, 4);
      g_free (head);
      head = row_of (table, 0);
      g_assert_cmpstr (head, ==, "Rank|Unit|Self total|Total after verification|Class");
      g_free (dong);
      dong = row_of (table, 1);
      g_assert_cmpstr (dong, ==, "1|Thôn Đông|14|13.5|Xuất sắc");
      g_free (tay);
      tay = row_of (table, 2);
      g_assert_cmpstr (tay, ==, "1|Thôn Tây|13.5||Xuất sắc");
      g_free (nam);
      nam = row_of (table, 3);
      g_assert_cmpstr (nam, ==, "|Thôn Nam|7||Not fully scored");
    }
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct {
    const char *args[4];
    const char *expected;
  } cases[] = {
    { { "--export=scores", "--year=2024", "--unit=Thôn Đôngg", "--output=x.pdf" },
      "thidua: --unit=Thôn Đôngg: no unit of that name is scored in 2024; did you mean "
      "“Thôn Đông”?\n" },
    { { "--export=scores", "--year=2024", "--unit=Xóm Mới Xa", "--output=x.csv" },
      "thidua: --unit=Xóm Mới Xa: no unit of that name is scored in 2024, nor any of a name "
      "close to it; --export=ranking lists those that are\n" },
    { { "--export=scores", "--year=2023", "--unit=Thôn Đông", "--output=x.pdf" },
      "thidua: --unit=Thôn Đông: 2023 has no criteria set, so no unit is scored that year\n" },
    { { "--export=ranking", "--year=2024", "--unit=Thôn Đông", "--output=x.pdf" },
      "thidua: --unit: --export=ranking is of every unit; only scores takes --unit (see "
      "thidua --help)\n" },
    { { "--export=scores", "--year=2023", "--output=x.xlsx", NULL },
      NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TdTestCliRun) run = { 0 };
      g_autofree char *x_pdf = path_in (fixture, "x.pdf");

      run_thidua (&run, fixture, fixture->db, cases[i].args[0], cases[i].args[1],
                  cases[i].args[2], cases[i].args[3], NULL);
      if (cases[i].expected != NULL)
        {
          g_assert_cmpstr (run.err, ==, cases[i].expected);
          td_test_cli_assert_failure (&run, "thidua: ");
        }
      else
        td_test_cli_assert_failure (&run, "thidua: ");
      g_assert_false (g_file_test (x_pdf, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/scores/pdf/unit", test_pdf_unit);
  ADD ("/cli/scores/pdf/every-unit", test_pdf_every_unit);
  ADD ("/cli/scores/pdf/ranking", test_pdf_ranking);
  ADD ("/cli/scores/sheets", test_sheets);
  ADD ("/cli/scores/errors", test_errors);
  return g_test_run ();
}
