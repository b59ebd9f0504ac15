/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The command line's table, through the real binary with no display: every entry writes
 * or reads what it says (read back: pdftotext, the CSV itself, the workbook's XML), --help
 * lists every entry, and every failure is one line, "thidua: FILE: what", exit status 1,
 * with nothing written.
 */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "td-cli-table.h"
#include "td-csv.h"
#include "td-sample.h"
#include "td-store.h"
#include "td-test-cli.h"
#include "td-test-db.h"

typedef TdTestCliFixture Fixture;
typedef TdTestCliRun Run;
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, td_test_cli_run_clear)

/* The sample plan of 2022 in the fixture's database. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = NULL;
  gboolean added = FALSE;

  td_test_cli_set_up (fixture, data);
  store = td_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (store, &added, &error));
  g_assert_no_error (error);
}

#define fixture_tear_down    td_test_cli_tear_down
#define path_in              td_test_cli_path
#define run_thidua           td_test_cli_run
#define assert_quiet_success td_test_cli_assert_quiet_success
#define assert_failure       td_test_cli_assert_failure

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    g_error ("%s is missing: install it (build-aux/debian-packages.txt)", argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

#define read_text  td_test_cli_read_text
#define write_text td_test_cli_write_text

static gint64
count_tasks (const char *db,
             int         year)
{
  return td_test_file_int (db, "SELECT count(*) FROM task JOIN plan ON plan.id = plan_id "
                               "WHERE year = %d", year);
}

/* The tasks of @year, one line each: what an import must bring back. */
static char *
dump_tasks (const char *db,
            int         year)
{
  return td_test_file_query (db,
    "SELECT group_concat(line, char(10)) FROM ("
    "  SELECT quarter || '|' || content || '|' || responsible || '|' || "
    "         substr(start_date, 6) || '|' || substr(end_date, 6) || '|' || milestone || '|' || "
    "         status || '|' || progress || '|' || result_note || '|' || "
    "         coalesce((SELECT group_concat(name, ';') FROM (SELECT name FROM task_unit "
    "                   JOIN unit ON unit.id = unit_id WHERE task_id = task.id "
    "                   ORDER BY name)), '') AS line "
    "  FROM task JOIN plan ON plan.id = plan_id WHERE year = %d "
    "  ORDER BY quarter, position)", year);
}

/* --help ------------------------------------------------------------------------------------ */

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  const TdCliEntry *table;
  guint n_entries;

  run_thidua (&run, fixture, fixture->db, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);

  table = td_cli_get_table (&n_entries);
  g_assert_cmpuint (n_entries, >=, 5);
  for (guint i = 0; i < n_entries; i++)
    {
      const TdCliEntry *entry = &table[i];
      g_autofree char *what = g_strdup_printf ("--%s=%s ",
                                               entry->direction == TD_CLI_EXPORT ? "export"
                                                                                 : "import",
                                               entry->what);
      g_autofree char *file = g_strdup_printf ("FILE.%s ", entry->format);
      gboolean listed = FALSE;

      for (guint l = 0; lines[l] != NULL && !listed; l++)
        listed = strstr (lines[l], what) != NULL && strstr (lines[l], file) != NULL &&
                 strstr (lines[l], entry->description) != NULL;
      if (!listed)
        g_error ("--help does not list %s%s: %s", what, file, run.out);
    }
  g_assert_nonnull (strstr (run.out, "--format=FORMAT"));
  g_assert_nonnull (strstr (run.out, "--input=FILE"));
}

/* In Vietnamese the table names the file as the options do ("TỆP"), and its columns line
 * up by characters, not bytes. */
static void
test_help_vietnamese (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Run) run = { .language = "vi" };
  g_auto(GStrv) lines = NULL;
  glong column = -1;

  run_thidua (&run, fixture, fixture->db, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--output=TỆP.pdf"));
  g_assert_nonnull (strstr (run.out, "--input=TỆP.csv"));
  g_assert_null (strstr (run.out, "FILE"));
  lines = g_strsplit (run.out, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      const char *file = strstr (lines[l], "=TỆP.");
      const char *after;

      if (file == NULL || !g_str_has_prefix (lines[l], "  --"))
        continue;
      /* Where the description starts, in characters. */
      after = strstr (file, "  ");
      g_assert_nonnull (after);
      while (*after == ' ')
        after++;
      if (column < 0)
        column = g_utf8_pointer_to_offset (lines[l], after);
      g_assert_cmpint (g_utf8_pointer_to_offset (lines[l], after), ==, column);
    }
  g_assert_cmpint (column, >, 0);
}

/* PDF ------------------------------------------------------------------------------------- */

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  const char *whats[] = { "plan", "timeline" };
  const char *expected[] = { "KẾ HOẠCH", "QUÝ III" };

  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.pdf", whats[i]);
      g_autofree char *pdf = path_in (fixture, name);
      g_autofree char *export = g_strdup_printf ("--export=%s", whats[i]);
      g_autofree char *output = g_strdup_printf ("--output=%s", name);
      g_autofree char *text = NULL;
      g_auto(Run) run = { 0 };

      run_thidua (&run, fixture, fixture->db, export, "--year=2022", output, NULL);
      assert_quiet_success (&run);
      {
        const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

        text = run_tool (argv);
      }
      if (strstr (text, expected[i]) == NULL || strstr (text, "Xây dựng vườn mẫu") == NULL)
        g_error ("%s does not hold “%s” and the sample's task 5: %s", name, expected[i], text);
    }
}

/* Registrations ---------------------------------------------------------------------------- */

/* Two villages registered for "Thôn văn hóa" and a teacher for "Lao động tiên tiến" in 2022,
 * one village with a target and its pledge signed; written with SQL. */
static void
add_registrations (Fixture *fixture)
{
  sqlite3 *db = td_test_raw_open (fixture->db, SQLITE_OPEN_READWRITE);

  td_test_raw_exec (db,
    "BEGIN;"
    "UPDATE office SET signer_name = 'Phan Tiến Dũng' WHERE id = 1;"
    "INSERT INTO unit (name, kind) VALUES ('Thôn Bắc Tiến', 'village'), "
    "  ('Thôn Nam Sơn', 'village'), ('Trường Mầm non', 'school');"
    "INSERT INTO person (name, unit_id) SELECT 'Nguyễn Thị Hoa', id FROM unit "
    "  WHERE name = 'Trường Mầm non';"
    "INSERT INTO registration (year, award_kind_id, unit_id, registered_on, pledge_signed) "
    "  SELECT 2022, k.id, u.id, '2022-01-10', u.name = 'Thôn Bắc Tiến' FROM award_kind k, unit u "
    "  WHERE k.code = 'TVH' AND k.valid_from = '2017-07-31' AND u.name LIKE 'Thôn B%' "
    "  OR k.code = 'TVH' AND k.valid_from = '2017-07-31' AND u.name = 'Thôn Nam Sơn';"
    "INSERT INTO registration (year, award_kind_id, person_id, registered_on) "
    "  SELECT 2022, k.id, p.id, '' FROM award_kind k, person p "
    "  WHERE k.code = 'LDTT' AND k.valid_from = '2017-07-31' AND p.name = 'Nguyễn Thị Hoa';"
    "INSERT INTO registration_target (registration_id, position, text, kind, target_value, unit) "
    "  SELECT r.id, 0, 'Thu nhập bình quân', 'number', 48, 'triệu đồng' FROM registration r "
    "  JOIN unit u ON u.id = r.unit_id WHERE u.name = 'Thôn Bắc Tiến';"
    "COMMIT;");
  sqlite3_close (db);
}

static void
test_registrations (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *pdf = path_in (fixture, "registrations.pdf");
  g_autofree char *csv = path_in (fixture, "registrations.csv");
  g_autofree char *empty = path_in (fixture, "empty.pdf");
  g_autofree char *text = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *empty_text = NULL;
  g_auto(Run) run_pdf = { 0 };
  g_auto(Run) run_csv = { 0 };
  g_auto(Run) run_empty = { 0 };

  add_registrations (fixture);
  run_thidua (&run_pdf, fixture, fixture->db, "--export=registrations", "--year=2022",
              "--output=registrations.pdf", NULL);
  assert_quiet_success (&run_pdf);
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", pdf, "-", NULL };
    g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
    g_autofree char *raw = run_tool (argv);

    /* A cell's lines read as one. */
    text = g_regex_replace_literal (space, raw, -1, 0, " ", 0, NULL);
  }
  if (strstr (text, "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2022") == NULL ||
      strstr (text, "I. Danh hiệu “Lao động tiên tiến”: 1 cá nhân") == NULL ||
      strstr (text, "II. Danh hiệu “Thôn văn hóa”: 2 thôn, tổ dân phố") == NULL ||
      strstr (text, "1 Nguyễn Thị Hoa Trường Mầm non") == NULL ||
      strstr (text, "1 Thôn Bắc Tiến 10/01/2022 Đã ký Thu nhập bình quân: 48 triệu đồng") == NULL ||
      strstr (text, "2 Thôn Nam Sơn 10/01/2022") == NULL ||
      strstr (text, "Phan Tiến Dũng") == NULL)
    g_error ("registrations.pdf does not hold the list: %s", text);

  run_thidua (&run_csv, fixture, fixture->db, "--export=registrations", "--year=2022",
              "--output=registrations.csv", NULL);
  assert_quiet_success (&run_csv);
  csv_text = read_text (csv);
  g_assert_cmpstr (csv_text, ==,
                   TD_CSV_BOM "Year,Code,Emulation title,Subject,Name,Village or unit,Registered on,"
                   "Pledge signed,Targets\r\n"
                   "2022,LDTT,Lao động tiên tiến,Person,Nguyễn Thị Hoa,Trường Mầm non,,,\r\n"
                   "2022,TVH,Thôn văn hóa,Unit,Thôn Bắc Tiến,,10/01/2022,Yes,"
                   "Thu nhập bình quân: 48 triệu đồng\r\n"
                   "2022,TVH,Thôn văn hóa,Unit,Thôn Nam Sơn,,10/01/2022,,\r\n");

  /* A year with none: the list says so. */
  run_thidua (&run_empty, fixture, fixture->db, "--export=registrations", "--year=2023",
              "--output=empty.pdf", NULL);
  assert_quiet_success (&run_empty);
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", empty, "-", NULL };

    empty_text = run_tool (argv);
  }
  g_assert_nonnull (strstr (empty_text, "chưa có tập thể, cá nhân hay hộ gia đình"));
  g_assert_null (strstr (empty_text, "STT"));
}

/* CSV ------------------------------------------------------------------------------------- */

/* A task with what CSV must quote: a quote, a line break, a separator of each kind; the
 * sample's first task gets a result. */
static void
add_awkward_task (Fixture *fixture)
{
  sqlite3 *db = td_test_raw_open (fixture->db, SQLITE_OPEN_READWRITE);

  td_test_raw_exec (db,
    "INSERT INTO task (plan_id, quarter, position, content, responsible, start_date, "
    "end_date, milestone, status, progress, result_note) "
    "SELECT id, 3, 99, 'Hội nghị \"sơ kết\"; 6 tháng,\nphát động đợt 2', 'Thôn 1; Thôn 2', "
    "'2022-07-15', '2022-07-15', 1, 'in-progress', 40, 'Đã họp, 120 người' "
    "FROM plan WHERE year = 2022;"
    "UPDATE task SET status = 'done', progress = 100, result_note = 'Xong' "
    "WHERE quarter = 1 AND position = 0;");
  sqlite3_close (db);
}

static GPtrArray *
parse_csv_file (const char *path)
{
  g_autoptr(GBytes) bytes = td_test_read_file (path);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  GPtrArray *rows = td_csv_parse (data, size, &error);

  g_assert_no_error (error);
  return rows;
}

static void
test_csv_export (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *csv = path_in (fixture, "tasks.csv");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(Run) run = { 0 };
  TdCsvRow *header, *awkward = NULL;

  add_awkward_task (fixture);
  run_thidua (&run, fixture, fixture->db, "--export=tasks", "--year=2022",
              "--output=tasks.csv", NULL);
  assert_quiet_success (&run);

  text = read_text (csv);
  g_assert_true (g_str_has_prefix (text, TD_CSV_BOM "Quarter,No.,Content,Responsible,Units,"
                                         "Start,End,Milestone,Status,Progress (%),Result\r\n"));
  /* RFC 4180: the field quoted whole, its quotes doubled, its line break kept. */
  g_assert_nonnull (strstr (text, "III,8,\"Hội nghị \"\"sơ kết\"\"; 6 tháng,\nphát động "
                                  "đợt 2\",\"Thôn 1; Thôn 2\",,15/07/2022,15/07/2022,yes,"
                                  "In progress,40,\"Đã họp, 120 người\"\r\n"));

  rows = parse_csv_file (csv);
  g_assert_cmpuint (rows->len, ==, 1 + count_tasks (fixture->db, 2022));
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (g_strv_length (header->fields), ==, 11);
  for (guint i = 1; i < rows->len; i++)
    {
      TdCsvRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpuint (g_strv_length (row->fields), ==, 11);
      if (g_str_equal (row->fields[1], "8"))
        awkward = row;
    }
  g_assert_nonnull (awkward);
  g_assert_cmpstr (awkward->fields[2], ==, "Hội nghị \"sơ kết\"; 6 tháng,\nphát động đợt 2");
  g_assert_cmpstr (((TdCsvRow *) g_ptr_array_index (rows, 1))->fields[8], ==, "Done");
  g_assert_cmpstr (((TdCsvRow *) g_ptr_array_index (rows, 1))->fields[10], ==, "Xong");
}

/* Exported, imported into a new file, exported again: the same bytes; imported into
 * another year (its dates moved there by a spreadsheet): the same tasks. */
static void
test_csv_round_trip (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *other_db = path_in (fixture, "other.db");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *tasks_2022 = NULL;
  g_autofree char *tasks_2023 = NULL;
  g_autofree char *other_2022 = NULL;

  add_awkward_task (fixture);
  {
    g_auto(Run) run = { 0 };

    run_thidua (&run, fixture, fixture->db, "--export=tasks", "--year=2022",
                "--output=first.csv", NULL);
    assert_quiet_success (&run);
  }
  {
    g_auto(Run) run = { 0 };

    run_thidua (&run, fixture, other_db, "--import=tasks", "--year=2022",
                "--input=first.csv", NULL);
    assert_quiet_success (&run);
  }
  {
    g_auto(Run) run = { 0 };

    run_thidua (&run, fixture, other_db, "--export=tasks", "--year=2022",
                "--output=second.csv", NULL);
    assert_quiet_success (&run);
  }
  {
    g_autofree char *first_path = path_in (fixture, "first.csv");
    g_autofree char *second_path = path_in (fixture, "second.csv");

    first = read_text (first_path);
    second = read_text (second_path);
  }
  g_assert_cmpstr (first, ==, second);
  tasks_2022 = dump_tasks (fixture->db, 2022);
  other_2022 = dump_tasks (other_db, 2022);
  g_assert_cmpstr (tasks_2022, ==, other_2022);

  /* Another year of the same file. */
  {
    g_autoptr(GRegex) year = g_regex_new ("/2022", 0, 0, NULL);
    g_autofree char *path = path_in (fixture, "2023.csv");
    g_auto(Run) run = { 0 };

    moved = g_regex_replace_literal (year, first, -1, 0, "/2023", 0, NULL);
    write_text (path, moved);
    run_thidua (&run, fixture, fixture->db, "--import=tasks", "--year=2023",
                "--input=2023.csv", NULL);
    assert_quiet_success (&run);
  }
  tasks_2023 = dump_tasks (fixture->db, 2023);
  g_assert_nonnull (tasks_2023);
  /* The same tasks, on the same days of the other year. */
  g_assert_cmpstr (tasks_2023, ==, tasks_2022);
  g_assert_cmpint (td_test_file_int (fixture->db, "SELECT count(*) FROM plan WHERE year = 2023"),
                   ==, 1);
}

/* XLSX ------------------------------------------------------------------------------------ */

static char *
unzip_member (const char *xlsx,
              const char *member)
{
  const char *argv[] = { "unzip", "-p", xlsx, member, NULL };

  return run_tool (argv);
}

static void
test_xlsx (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *xlsx = path_in (fixture, "tasks.xlsx");
  g_autofree char *sheet = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *styles = NULL;
  g_auto(Run) run = { 0 };

  add_awkward_task (fixture);
  run_thidua (&run, fixture, fixture->db, "--export=tasks", "--year=2022",
              "--output=tasks.xlsx", NULL);
  assert_quiet_success (&run);

  sheet = unzip_member (xlsx, "xl/worksheets/sheet1.xml");
  strings = unzip_member (xlsx, "xl/sharedStrings.xml");
  styles = unzip_member (xlsx, "xl/styles.xml");

  /* The header row frozen, the columns sized, a filter over the rows. */
  g_assert_nonnull (strstr (sheet, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                                   "state=\"frozen\"/>"));
  g_assert_nonnull (strstr (sheet, "<col min=\"3\" max=\"3\" width=\"60.7109375\""));
  g_assert_nonnull (strstr (sheet, "<autoFilter ref=\"A1:K11\"/>"));
  /* Header titles and the Vietnamese text as it was. */
  g_assert_nonnull (strstr (strings, "<t>Progress (%)</t>"));
  g_assert_nonnull (strstr (strings, "Xây dựng vườn mẫu"));
  g_assert_nonnull (strstr (strings, "<t>Hội nghị \"sơ kết\"; 6 tháng,\nphát động "
                                     "đợt 2</t>"));
  /* 15/07/2022 is the serial day 44757, shown dd/mm/yyyy; the header is bold. */
  g_assert_nonnull (strstr (sheet, "<c r=\"F9\" s=\"4\"><v>44757</v></c>"));
  g_assert_nonnull (strstr (styles, "<xf numFmtId=\"164\" fontId=\"0\""));
  g_assert_nonnull (strstr (styles, "formatCode=\"dd/mm/yyyy\""));
  g_assert_nonnull (strstr (styles, "<b/>"));
  /* Numbers as numbers: the progress of the new task (task 8, row 9). */
  g_assert_nonnull (strstr (sheet, "<c r=\"J9\" s=\"3\"><v>40</v></c>"));
}

/* Import ---------------------------------------------------------------------------------- */

/* What Excel saves where the decimal mark is a comma: `;`, no byte-order mark; columns in
 * another order, some left out; ISO dates; a quarter told by its start date. */
/* A task just added in the window and still blank is not on paper, nor in the export: what
 * --export writes, --import reads back whole. */
static void
test_csv_blank_task (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *other_db = path_in (fixture, "other.db");
  g_autofree char *csv_path = path_in (fixture, "tasks.csv");
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = td_test_raw_open (fixture->db, SQLITE_OPEN_READWRITE);

  td_test_raw_exec (db,
    "INSERT INTO task (plan_id, quarter, position, content, start_date, end_date) "
    "SELECT id, 2, 99, '', '2022-04-01', '2022-06-30' FROM plan WHERE year = 2022;");
  sqlite3_close (db);
  g_assert_cmpint (td_test_file_int (fixture->db, "SELECT count(*) FROM task"), ==, 10);
  {
    g_auto(Run) run = { 0 };

    run_thidua (&run, fixture, fixture->db, "--export=tasks", "--year=2022",
                "--output=tasks.csv", NULL);
    assert_quiet_success (&run);
  }
  csv = read_text (csv_path);
  rows = td_csv_parse (csv, strlen (csv), &error);
  g_assert_no_error (error);
  /* The head and the nine tasks of the sample. */
  g_assert_cmpuint (rows->len, ==, 1 + 9);
  {
    g_auto(Run) run = { 0 };

    run_thidua (&run, fixture, other_db, "--import=tasks", "--year=2022",
                "--input=tasks.csv", NULL);
    assert_quiet_success (&run);
  }
  g_assert_cmpint (td_test_file_int (other_db, "SELECT count(*) FROM task"), ==, 9);
}

static void
test_import_semicolons (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *csv = path_in (fixture, "excel.csv");
  g_autofree char *training = NULL;
  g_autofree char *closing = NULL;
  g_auto(Run) run = { 0 };

  write_text (csv,
              "Content;Start;End;Units;Quarter;Status\n"
              "\"Tập huấn; thi đua\";2023-05-02;2023-05-03;\"Thôn 3; Trạm y tế\";;Done\n"
              "\n"
              "Tổng kết năm;15/12/2023;;;IV;\n");
  run_thidua (&run, fixture, fixture->db, "--import=tasks", "--year=2023",
              "--input=excel.csv", NULL);
  assert_quiet_success (&run);

  g_assert_cmpint (count_tasks (fixture->db, 2023), ==, 2);
  training = td_test_file_query (fixture->db,
                                 "SELECT quarter || ' ' || start_date || ' ' || end_date "
                                 "|| ' ' || status FROM task WHERE content = %Q",
                                 "Tập huấn; thi đua");
  g_assert_cmpstr (training, ==, "2 2023-05-02 2023-05-03 done");
  g_assert_cmpint (td_test_file_int (fixture->db,
                                     "SELECT count(*) FROM task_unit JOIN task ON task.id = task_id "
                                     "WHERE content = %Q", "Tập huấn; thi đua"), ==, 2);
  /* No end date: the end of its quarter. */
  closing = td_test_file_query (fixture->db,
                                "SELECT end_date FROM task WHERE content = 'Tổng kết năm'");
  g_assert_cmpstr (closing, ==, "2023-12-31");
}

static void
test_import_bom_crlf (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *csv = path_in (fixture, "bom.csv");
  g_autofree char *task = NULL;
  g_auto(Run) run = { 0 };

  write_text (csv, TD_CSV_BOM "Quarter,Content\r\nI,Họp đầu năm\r\n");
  run_thidua (&run, fixture, fixture->db, "--import=tasks", "--year=2024",
              "--input=bom.csv", NULL);
  assert_quiet_success (&run);
  task = td_test_file_query (fixture->db,
                             "SELECT content || ' ' || start_date || ' ' || end_date "
                             "FROM task JOIN plan ON plan.id = plan_id WHERE year = 2024");
  g_assert_cmpstr (task, ==, "Họp đầu năm 2024-01-01 2024-03-31");
}

/* A bad row anywhere: the line and the column named, nothing written. */
static void
test_import_bad_line (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct {
    const char *csv;
    const char *message;
  } cases[] = {
    { "Quarter,Content,Start,End\nI,Một,01/01/2022,02/01/2022\n"
      "I,\"Hai\ndòng\",03/01/2022,04/01/2022\nI,Ba,05/01/2022,31/02/2022\n",
      "thidua: bad.csv: line 5: the end date 31/02/2022 is not a date\n" },
    { "Quarter,Content\nV,Một\n",
      "thidua: bad.csv: line 2: the quarter V is not I, II, III or IV\n" },
    { "Quarter,Content\nI,\n",
      "thidua: bad.csv: line 2: the content is blank\n" },
    { "Quarter,Content,Start\nI,Một,01/01/2021\n",
      "thidua: bad.csv: line 2: the start date 01/01/2021 is not in 2022\n" },
    { "Quarter,Content,Start,End\nI,Một,05/01/2022,04/01/2022\n",
      "thidua: bad.csv: line 2: the end date 04/01/2022 is before the start date 05/01/2022\n" },
    { "Quarter,Content,Progress (%)\nI,Một,150\n",
      "thidua: bad.csv: line 2: the progress 150 is not a number from 0 to 100\n" },
    { "Quarter,Content,Status\nI,Một,finished\n",
      "thidua: bad.csv: line 2: the status finished is not one of: Planned, In progress, "
      "Done, Cancelled\n" },
    { "Quarter,Content,Colour\nI,Một,đỏ\n",
      "thidua: bad.csv: line 1: the column “Colour” is not one of: Quarter, No., Content, "
      "Responsible, Units, Start, End, Milestone, Status, Progress (%), Result\n" },
    { "Quarter,Start\nI,01/01/2022\n",
      "thidua: bad.csv: line 1: there is no column “Content”\n" },
    { "Quarter,Content\nI,\"Một\n",
      "thidua: bad.csv: line 2: a quoted field is not closed\n" },
    { "Quarter,Content\nI,Một\nI,Một\n",
      "thidua: bad.csv: line 3: the plan of 2022 already has this task in quarter I\n" },
    { "Quarter,Content\nI,Hai\nI,Xây dựng, ban hành\n",
      "thidua: bad.csv: line 3: the field “ban hành” is under no column of the header\n" },
    { "Quarter,Content\nI,Tr\xe1\xbb\n",
      "thidua: bad.csv: line 2: the text is not UTF-8; save the file as “CSV UTF-8”\n" },
    { "", "thidua: bad.csv: the file is empty; it needs a header row and a row for each "
          "task\n" },
  };
  g_autofree char *csv = path_in (fixture, "bad.csv");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      write_text (csv, cases[i].csv);
      run_thidua (&run, fixture, fixture->db, "--import=tasks", "--year=2022",
                  "--input=bad.csv", NULL);
      assert_failure (&run, "thidua: bad.csv: ");
      g_assert_cmpstr (run.err, ==, cases[i].message);
    }
  g_assert_cmpint (count_tasks (fixture->db, 2022), ==, 9);
  g_assert_cmpint (td_test_file_int (fixture->db, "SELECT count(*) FROM plan"), ==, 1);
}

/* The same file twice: the second time adds nothing. */
static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *csv = path_in (fixture, "new.csv");

  write_text (csv, "Quarter,Content\nII,Một\nIII,Hai\n");
  for (int round = 0; round < 2; round++)
    {
      g_auto(Run) run = { 0 };

      run_thidua (&run, fixture, fixture->db, "--import=tasks", "--year=2022",
                  "--input=new.csv", NULL);
      if (round == 0)
        assert_quiet_success (&run);
      else
        g_assert_cmpstr (run.err, ==, "thidua: new.csv: line 2: the plan of 2022 already has "
                                      "this task in quarter II\n");
    }
  g_assert_cmpint (count_tasks (fixture->db, 2022), ==, 11);
}

/* Errors --------------------------------------------------------------------------------- */

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->db, "-wal", NULL);
  g_autofree char *onto_db = g_strdup_printf ("--output=%s", fixture->db);
  g_autofree char *onto_wal = g_strdup_printf ("--output=%s", wal);
  g_autofree char *from_db = g_strdup_printf ("--input=%s", fixture->db);
  g_autofree char *db_display = g_filename_display_name (fixture->db);
  g_autofree char *db_start = g_strdup_printf ("thidua: %s: ", db_display);
  g_autofree char *wal_start = g_strdup_printf ("thidua: %s: ", wal);
  g_autoptr(GBytes) before = td_test_read_file (fixture->db);
  struct {
    const char *args[4];
    const char *start;
    const char *contains;
  } cases[] = {
    { { "--import=tasks", "--year=2022", "--input=missing.csv" },
      "thidua: missing.csv: there is no such file", NULL },
    { { "--export=tasks", "--year=20x2", "--output=t.csv" },
      "thidua: --year=20x2: not a year", "thidua --help" },
    { { "--export=tasks", "--year=1800", "--output=t.csv" },
      "thidua: --year=1800: not a year", "thidua --help" },
    { { "--export=tasks", "--output=t.csv" },
      "thidua: --year is missing", "thidua --help" },
    { { "--export=tasks", "--year=2022" },
      "thidua: --output is missing", "csv, xlsx" },
    { { "--export=tasks", "--year=2022", "--output=t.odt" },
      "thidua: t.odt: cannot tell the format", "csv, xlsx" },
    { { "--export=tasks", "--year=2022", "--output=t.csv", "--format=odt" },
      "thidua: --format=odt: --export=tasks knows only csv, xlsx", "thidua --help" },
    { { "--export=plan", "--year=2022", "--output=plan.csv" },
      "thidua: plan.csv: cannot tell the format", "pdf" },
    { { "--export=awards", "--year=2022", "--output=u.csv" },
      "thidua: --export=awards: nothing of that name can be exported; "
      "what can be: plan, timeline, registrations, scores, ranking, tasks, units, people, "
      "households",
      "thidua --help" },
    { { "--import=plan", "--year=2022", "--input=p.csv" },
      "thidua: --import=plan: nothing of that name can be imported; what can be: tasks, "
      "units, people, households", "thidua --help" },
    { { "--export=tasks", "--year=2022", onto_db, "--format=csv" },
      db_start, "this is the database" },
    { { "--export=tasks", "--year=2022", onto_wal, "--format=xlsx" },
      wal_start, "this is the database" },
    { { "--import=tasks", "--year=2022", from_db },
      db_start, "this is the database" },
    { { "--export=tasks", "--year=2031", "--output=t.csv" },
      db_start, "2031" },
    { { "--export=tasks", "--import=tasks", "--year=2022" },
      "thidua: --export and --import: one at a time", "thidua --help" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_thidua (&run, fixture, fixture->db, cases[i].args[0], cases[i].args[1],
                  cases[i].args[2], cases[i].args[3], NULL);
      assert_failure (&run, cases[i].start);
      if (cases[i].contains != NULL && strstr (run.err, cases[i].contains) == NULL)
        g_error ("the message does not say “%s”: %s", cases[i].contains, run.err);
    }

  /* Nothing was written: no output file, the database as it was. */
  {
    g_autofree char *csv = path_in (fixture, "t.csv");
    g_autoptr(GBytes) after = td_test_read_file (fixture->db);

    g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
    g_assert_true (g_bytes_equal (before, after));
  }
}

/* The standard output: the CSV and nothing else. */
static void
test_stdout (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_thidua (&run, fixture, fixture->db, "--export=tasks", "--year=2022",
              "--output=/dev/stdout", "--format=csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, TD_CSV_BOM "Quarter,No.,Content"));
  g_assert_true (g_str_has_suffix (run.out, "\r\n"));
}

/* The reader on its own ------------------------------------------------------------------- */

static void
test_csv_parse (void)
{
  const char data[] = "a,\"b \"\"c\"\"\r\nd\",e\r\n\r\n\"\",x\r\nlast";
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  TdCsvRow *row;

  rows = td_csv_parse (data, sizeof data - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (row->line, ==, 1);
  g_assert_cmpuint (g_strv_length (row->fields), ==, 3);
  g_assert_cmpstr (row->fields[1], ==, "b \"c\"\nd");
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpstr (row->fields[0], ==, "");
  g_assert_cmpstr (row->fields[1], ==, "x");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_cmpstr (row->fields[0], ==, "last");

  /* Written back, read again: the same fields. */
  {
    g_autoptr(GString) out = g_string_new (NULL);
    g_autoptr(GPtrArray) again = NULL;
    const char *fields[] = { " x", "a;b", "q\"", "", "plain" };

    td_csv_append_row (out, fields, G_N_ELEMENTS (fields));
    g_assert_cmpstr (out->str, ==, "\" x\",\"a;b\",\"q\"\"\",,plain\r\n");
    again = td_csv_parse (out->str, out->len, &error);
    g_assert_no_error (error);
    row = g_ptr_array_index (again, 0);
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      g_assert_cmpstr (row->fields[i], ==, fields[i]);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/cli/csv/parse", test_csv_parse);
  ADD ("/cli/help", test_help);
  ADD ("/cli/help/vietnamese", test_help_vietnamese);
  ADD ("/cli/export/pdf", test_pdf);
  ADD ("/cli/export/registrations", test_registrations);
  ADD ("/cli/export/csv", test_csv_export);
  ADD ("/cli/export/xlsx", test_xlsx);
  ADD ("/cli/export/stdout", test_stdout);
  ADD ("/cli/csv/round-trip", test_csv_round_trip);
  ADD ("/cli/csv/blank-task", test_csv_blank_task);
  ADD ("/cli/import/semicolons", test_import_semicolons);
  ADD ("/cli/import/bom-crlf", test_import_bom_crlf);
  ADD ("/cli/import/bad-line", test_import_bad_line);
  ADD ("/cli/import/twice", test_import_twice);
  ADD ("/cli/errors", test_errors);

  return g_test_run ();
}
