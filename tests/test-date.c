/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include "td-date.h"
#include "td-quarter.h"

#include <string.h>

static void
test_iso_valid (void)
{
  g_assert_true (td_date_is_valid_iso ("2022-02-05"));
  g_assert_true (td_date_is_valid_iso ("2022-12-31"));
  g_assert_true (td_date_is_valid_iso ("2024-02-29"));
  g_assert_true (td_date_is_valid_iso ("0001-01-01"));
}

static void
test_iso_invalid (void)
{
  g_assert_false (td_date_is_valid_iso ("2022-02-30"));
  g_assert_false (td_date_is_valid_iso ("2023-02-29"));
  g_assert_false (td_date_is_valid_iso ("2022-2-5"));
  g_assert_false (td_date_is_valid_iso ("20220205"));
  g_assert_false (td_date_is_valid_iso ("abcd-ef-gh"));
  g_assert_false (td_date_is_valid_iso (NULL));
  g_assert_false (td_date_is_valid_iso (""));
  g_assert_false (td_date_is_valid_iso ("2022-13-01"));
  g_assert_false (td_date_is_valid_iso ("2022-00-10"));
  g_assert_false (td_date_is_valid_iso ("2022-01-00"));
  g_assert_false (td_date_is_valid_iso ("0000-01-01"));
  g_assert_false (td_date_is_valid_iso ("2022-02-05 "));
  g_assert_false (td_date_is_valid_iso (" 2022-02-05"));
  g_assert_false (td_date_is_valid_iso ("2022/02/05"));
  g_assert_false (td_date_is_valid_iso ("+022-02-05"));
  g_assert_false (td_date_is_valid_iso ("2022-02-05T00:00"));
}

static void
test_iso_parse (void)
{
  GDate date;
  g_autofree char *iso = NULL;

  g_date_clear (&date, 1);
  g_assert_true (td_date_parse_iso ("2024-02-29", &date));
  g_assert_true (g_date_valid (&date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2024);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);

  iso = td_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2024-02-29");
}

static void
test_iso_parse_invalid_untouched (void)
{
  GDate date;
  g_autofree char *iso = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_MARCH, 2022);

  g_assert_false (td_date_parse_iso ("2022-02-30", &date));
  g_assert_false (td_date_parse_iso ("2022-2-5", &date));
  g_assert_false (td_date_parse_iso (NULL, &date));
  g_assert_false (td_date_parse_iso ("", &date));

  iso = td_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2022-03-01");
}

static void
test_iso_round_trip (void)
{
  static const char * const dates[] = {
    "2022-01-01", "2022-02-28", "2022-10-05", "2023-12-31", "2024-02-29",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      GDate date;
      g_autofree char *iso = NULL;

      g_date_clear (&date, 1);
      g_assert_true (td_date_parse_iso (dates[i], &date));
      iso = td_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, dates[i]);
    }
}

static void
test_quarter_of (void)
{
  g_assert_cmpint (td_date_quarter_of ("2022-01-01"), ==, 1);
  g_assert_cmpint (td_date_quarter_of ("2022-03-31"), ==, 1);
  g_assert_cmpint (td_date_quarter_of ("2022-04-01"), ==, 2);
  g_assert_cmpint (td_date_quarter_of ("2022-06-30"), ==, 2);
  g_assert_cmpint (td_date_quarter_of ("2022-07-01"), ==, 3);
  g_assert_cmpint (td_date_quarter_of ("2022-09-30"), ==, 3);
  g_assert_cmpint (td_date_quarter_of ("2022-10-01"), ==, 4);
  g_assert_cmpint (td_date_quarter_of ("2022-12-31"), ==, 4);
}

static void
test_quarter_of_invalid (void)
{
  g_assert_cmpint (td_date_quarter_of ("2022-02-30"), ==, 0);
  g_assert_cmpint (td_date_quarter_of ("2022-13-01"), ==, 0);
  g_assert_cmpint (td_date_quarter_of (""), ==, 0);
  g_assert_cmpint (td_date_quarter_of (NULL), ==, 0);
}

static void
assert_bounds (int         year,
               int         quarter,
               const char *expected_first,
               const char *expected_last)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  td_date_quarter_bounds (year, quarter, &first, &last);
  g_assert_cmpstr (first, ==, expected_first);
  g_assert_cmpstr (last, ==, expected_last);
}

static void
test_quarter_bounds (void)
{
  assert_bounds (2022, 1, "2022-01-01", "2022-03-31");
  assert_bounds (2022, 2, "2022-04-01", "2022-06-30");
  assert_bounds (2022, 3, "2022-07-01", "2022-09-30");
  assert_bounds (2022, 4, "2022-10-01", "2022-12-31");
}

static void
test_quarter_bounds_leap (void)
{
  assert_bounds (2024, 1, "2024-01-01", "2024-03-31");
  assert_bounds (2024, 4, "2024-10-01", "2024-12-31");
  g_assert_cmpint (td_date_quarter_of ("2024-02-29"), ==, 1);
}

static void
test_quarter_bounds_one_side (void)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  td_date_quarter_bounds (2023, 2, &first, NULL);
  g_assert_cmpstr (first, ==, "2023-04-01");

  td_date_quarter_bounds (2023, 3, NULL, &last);
  g_assert_cmpstr (last, ==, "2023-09-30");
}

static void
test_quarter_bounds_invalid (void)
{
  if (g_test_subprocess ())
    {
      char *first = NULL;
      char *last = NULL;

      /* Criticals are fatal in tests, so this aborts the subprocess. */
      td_date_quarter_bounds (2022, 5, &first, &last);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*quarter*");
}

static void
assert_phrase (const char *iso,
               const char *expected)
{
  g_autofree char *phrase = td_date_phrase (iso, 1999);

  g_assert_cmpstr (phrase, ==, expected);
}

static void
test_phrase_padding (void)
{
  /* Day below 10, months 1 and 2: padded. */
  assert_phrase ("2022-02-05", "ngày 05 tháng 02 năm 2022");
  assert_phrase ("2022-01-09", "ngày 09 tháng 01 năm 2022");
  assert_phrase ("2022-02-22", "ngày 22 tháng 02 năm 2022");
  /* Months 3–12 never padded, even when the day is. */
  assert_phrase ("2022-03-15", "ngày 15 tháng 3 năm 2022");
  assert_phrase ("2022-03-01", "ngày 01 tháng 3 năm 2022");
  assert_phrase ("2022-09-10", "ngày 10 tháng 9 năm 2022");
  assert_phrase ("2022-10-01", "ngày 01 tháng 10 năm 2022");
  assert_phrase ("2022-12-22", "ngày 22 tháng 12 năm 2022");
}

static void
test_phrase_blank (void)
{
  g_autofree char *from_empty = td_date_phrase ("", 2023);
  g_autofree char *from_null = td_date_phrase (NULL, 2023);

  g_assert_cmpstr (from_empty, ==, "ngày     tháng     năm 2023");
  g_assert_cmpstr (from_null, ==, "ngày     tháng     năm 2023");
}

static void
test_phrase_invalid (void)
{
  /* Not a date: printed blank for the signer to fill in, never a made-up date. */
  assert_phrase ("2022-02-30", "ngày     tháng     năm 1999");
}

static void
test_place_phrase (void)
{
  g_autofree char *with_place = td_date_place_phrase ("Tùng Ảnh", "2022-02-22", 2022);
  g_autofree char *no_place = td_date_place_phrase ("", "2022-12-22", 2022);
  g_autofree char *null_place = td_date_place_phrase (NULL, "2022-12-22", 2022);
  g_autofree char *blank_date = td_date_place_phrase ("Tùng Ảnh", "", 2023);

  g_assert_cmpstr (with_place, ==, "Tùng Ảnh, ngày 22 tháng 02 năm 2022");
  g_assert_cmpstr (no_place, ==, "ngày 22 tháng 12 năm 2022");
  g_assert_cmpstr (null_place, ==, "ngày 22 tháng 12 năm 2022");
  g_assert_cmpstr (blank_date, ==, "Tùng Ảnh, ngày     tháng     năm 2023");
  g_assert_true (g_utf8_validate (with_place, -1, NULL));
}

static void
test_roman (void)
{
  g_assert_cmpstr (td_date_quarter_roman (1), ==, "I");
  g_assert_cmpstr (td_date_quarter_roman (2), ==, "II");
  g_assert_cmpstr (td_date_quarter_roman (3), ==, "III");
  g_assert_cmpstr (td_date_quarter_roman (4), ==, "IV");
}

static void
test_roman_invalid (void)
{
  if (g_test_subprocess ())
    {
      td_date_quarter_roman (0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*quarter*");
}

/* The calendar ------------------------------------------------------------------------ */

static void
test_calendar_months (void)
{
  g_assert_cmpint (td_date_days_in_month (2022, 2), ==, 28);
  g_assert_cmpint (td_date_days_in_month (2024, 2), ==, 29);
  g_assert_cmpint (td_date_days_in_month (1900, 2), ==, 28);
  g_assert_cmpint (td_date_days_in_month (2000, 2), ==, 29);
  g_assert_cmpint (td_date_days_in_month (2022, 4), ==, 30);
  g_assert_cmpint (td_date_days_in_month (2022, 12), ==, 31);
  g_assert_cmpint (td_date_days_in_year (2022), ==, 365);
  g_assert_cmpint (td_date_days_in_year (2024), ==, 366);
  g_assert_cmpint (td_date_day_of_year (2022, 1, 1), ==, 1);
  g_assert_cmpint (td_date_day_of_year (2022, 3, 1), ==, 60);
  g_assert_cmpint (td_date_day_of_year (2024, 3, 1), ==, 61);
  g_assert_cmpint (td_date_day_of_year (2024, 12, 31), ==, 366);
}

/* Days since 1970-01-01 agree with GDate over four centuries, both ways. */
static void
test_calendar_days (void)
{
  GDate epoch, date;
  gint64 days = 0;

  g_date_clear (&epoch, 1);
  g_date_clear (&date, 1);
  g_date_set_dmy (&epoch, 1, 1, 1970);
  g_assert_cmpint (td_date_to_days (1970, 1, 1), ==, 0);
  g_assert_cmpint (td_date_to_days (1969, 12, 31), ==, -1);
  for (g_date_set_dmy (&date, 1, 1, 1900); g_date_get_year (&date) < 2300;
       g_date_add_days (&date, 13))
    {
      int y, m, d;
      gint64 expected = g_date_days_between (&epoch, &date);

      g_assert_cmpint (td_date_to_days (g_date_get_year (&date), g_date_get_month (&date),
                                        g_date_get_day (&date)), ==, expected);
      td_date_from_days (expected, &y, &m, &d);
      g_assert_cmpint (y, ==, g_date_get_year (&date));
      g_assert_cmpint (m, ==, g_date_get_month (&date));
      g_assert_cmpint (d, ==, g_date_get_day (&date));
    }

  g_assert_true (td_date_iso_to_days ("2022-02-22", &days));
  g_assert_cmpint (days, ==, td_date_to_days (2022, 2, 22));
  days = 77;
  g_assert_false (td_date_iso_to_days ("2022-02-29", &days));
  g_assert_false (td_date_iso_to_days ("22/02/2022", &days));
  g_assert_false (td_date_iso_to_days (NULL, &days));
  g_assert_cmpint (days, ==, 77);
}

/* The task table's QUÝ rows: all four, each before its quarter's first task. */
static void
test_quarter_walk (void)
{
  const int tasks[] = { 1, 1, 3, 3, 4, TD_QUARTER_END };
  TdQuarterWalk walk = TD_QUARTER_WALK_INIT;
  g_autoptr(GString) table = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      int quarter;

      while ((quarter = td_quarter_walk_next (&walk, tasks[i])) != 0)
        g_string_append_printf (table, "[%s]", td_quarter_label (quarter));
      if (tasks[i] != TD_QUARTER_END)
        g_string_append_printf (table, "%d", tasks[i]);
    }
  g_assert_cmpstr (table->str, ==, "[QUÝ I]11[QUÝ II][QUÝ III]33[QUÝ IV]4");

  walk = (TdQuarterWalk) TD_QUARTER_WALK_INIT;
  g_string_truncate (table, 0);
  while (td_quarter_walk_next (&walk, TD_QUARTER_END) != 0)
    g_string_append_c (table, '+');
  g_assert_cmpstr (table->str, ==, "++++");
}

/* Dates as typed ---------------------------------------------------------------------------- */

static void
assert_typed (const char *text,
              const char *iso)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parsed = td_date_parse_typed (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (parsed, ==, iso);
}

/* @text is refused with @code and a message holding @words. */
static void
assert_refused (const char *text,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parsed = td_date_parse_typed (text, &error);

  g_assert_null (parsed);
  g_assert_error (error, TD_DATE_ERROR, code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s”: “%s” does not say “%s”", text, error->message, words);
}

static void
test_typed_forms (void)
{
  assert_typed ("15/03/2022", "2022-03-15");
  assert_typed ("5/3/2022", "2022-03-05");
  assert_typed ("05/3/2022", "2022-03-05");
  assert_typed ("15-03-2022", "2022-03-15");
  assert_typed ("15.03.2022", "2022-03-15");
  assert_typed ("2022-03-15", "2022-03-15");
  assert_typed ("2022-3-5", "2022-03-05");
  assert_typed ("  29/02/2024 ", "2024-02-29");
  assert_typed ("31/12/2022", "2022-12-31");
}

static void
test_typed_not_a_day (void)
{
  assert_refused ("31/02/2022", TD_DATE_ERROR_NO_SUCH_DAY,
                  "31/02/2022 is not a date: February 2022 has 28 days");
  assert_refused ("29/02/2023", TD_DATE_ERROR_NO_SUCH_DAY, "February 2023 has 28 days");
  assert_refused ("30/02/2024", TD_DATE_ERROR_NO_SUCH_DAY, "February 2024 has 29 days");
  assert_refused ("31/04/2022", TD_DATE_ERROR_NO_SUCH_DAY, "April 2022 has 30 days");
  assert_refused ("0/04/2022", TD_DATE_ERROR_NO_SUCH_DAY, "April 2022 has 30 days");
  assert_refused ("15/13/2022", TD_DATE_ERROR_NO_SUCH_DAY, "months go from 1 to 12");
  assert_refused ("15/00/2022", TD_DATE_ERROR_NO_SUCH_DAY, "months go from 1 to 12");
  assert_refused ("2022-02-30", TD_DATE_ERROR_NO_SUCH_DAY, "February 2022 has 28 days");
}

static void
test_typed_short_year (void)
{
  assert_refused ("15/03/22", TD_DATE_ERROR_SHORT_YEAR,
                  "15/03/22: write the year in full, such as 15/03/2022");
  assert_refused ("5.3.22", TD_DATE_ERROR_SHORT_YEAR, "such as 05/03/2022");
}

static void
test_typed_not_a_date (void)
{
  assert_refused ("", TD_DATE_ERROR_EMPTY, "day/month/year");
  assert_refused ("   ", TD_DATE_ERROR_EMPTY, "day/month/year");
  assert_refused (NULL, TD_DATE_ERROR_EMPTY, "day/month/year");
  assert_refused ("mùng 5", TD_DATE_ERROR_FORMAT, "mùng 5 is not a date");
  assert_refused ("15/03", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("15/03/2022/1", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("15/03-2022", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("15/03/2022x", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("15/03/202", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("15/03/20220", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("2022/03/15", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("150/3/2022", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("15/03/0000", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("/03/2022", TD_DATE_ERROR_FORMAT, "day/month/year");
  assert_refused ("99999999999/1/2022", TD_DATE_ERROR_FORMAT, "day/month/year");
}

static void
test_typed_round_trip (void)
{
  g_autofree char *typed = td_date_format_typed ("2022-03-05");
  g_autofree char *blank = td_date_format_typed ("");
  g_autofree char *wrong = td_date_format_typed ("2022-02-30");

  g_assert_cmpstr (typed, ==, "05/03/2022");
  g_assert_cmpstr (blank, ==, "");
  g_assert_cmpstr (wrong, ==, "");
  assert_typed (typed, "2022-03-05");
}

/* "y-m-d" with 0 for what was left blank, or the error's words. */
static char *
typed_partial (const char *text)
{
  g_autoptr(GError) error = NULL;
  int year = -1, month = -1, day = -1;

  if (!td_date_parse_typed_partial (text, &year, &month, &day, &error))
    {
      g_assert_error (error, TD_DATE_ERROR, error->code);
      g_assert_cmpint (year, ==, 0);
      return g_strdup (error->message);
    }
  g_assert_no_error (error);
  return g_strdup_printf ("%d-%d-%d", year, month, day);
}

#define assert_partial(text, expected)                       \
  G_STMT_START {                                              \
    g_autofree char *got_ = typed_partial (text);             \
    g_assert_cmpstr (got_, ==, expected);                     \
  } G_STMT_END

static void
test_typed_partial (void)
{
  /* Blank, or the parts left to be written by hand. */
  assert_partial ("", "0-0-0");
  assert_partial ("   ", "0-0-0");
  assert_partial (NULL, "0-0-0");
  assert_partial ("2023", "2023-0-0");
  assert_partial (" 2023 ", "2023-0-0");
  assert_partial ("3/2023", "2023-3-0");
  assert_partial ("03/2023", "2023-3-0");
  assert_partial ("12-2022", "2022-12-0");
  assert_partial ("12.2022", "2022-12-0");
  /* Whole dates, as td_date_parse_typed() reads them. */
  assert_partial ("28/12/2022", "2022-12-28");
  assert_partial ("2022-12-28", "2022-12-28");
  assert_partial ("29/02/2024", "2024-2-29");
  /* Wrong, in the words of a whole date. */
  assert_partial ("31/02/2023", "31/02/2023 is not a date: February 2023 has 28 days");
  assert_partial ("13/2023", "13/2023 is not a date: months go from 1 to 12");
  assert_partial ("0/2023", "0/2023 is not a date: months go from 1 to 12");
  assert_partial ("15/03/22", "15/03/22: write the year in full, such as 15/03/2022");
  assert_partial ("0000",
                  "0000 is not a date: write it as day/month/year, such as 15/03/2022");
  assert_partial ("28",
                  "28 is not a date: write it as day/month/year, such as 15/03/2022");
  assert_partial ("28/12",
                  "28/12 is not a date: write it as day/month/year, such as 15/03/2022");
  assert_partial ("12/2022x",
                  "12/2022x is not a date: write it as day/month/year, such as 15/03/2022");
  assert_partial ("123/2022",
                  "123/2022 is not a date: write it as day/month/year, such as 15/03/2022");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date/iso/valid", test_iso_valid);
  g_test_add_func ("/date/iso/invalid", test_iso_invalid);
  g_test_add_func ("/date/iso/parse", test_iso_parse);
  g_test_add_func ("/date/iso/parse-invalid-untouched", test_iso_parse_invalid_untouched);
  g_test_add_func ("/date/iso/round-trip", test_iso_round_trip);
  g_test_add_func ("/date/quarter/of", test_quarter_of);
  g_test_add_func ("/date/quarter/of-invalid", test_quarter_of_invalid);
  g_test_add_func ("/date/quarter/bounds", test_quarter_bounds);
  g_test_add_func ("/date/quarter/bounds-leap", test_quarter_bounds_leap);
  g_test_add_func ("/date/quarter/bounds-one-side", test_quarter_bounds_one_side);
  g_test_add_func ("/date/quarter/bounds-invalid", test_quarter_bounds_invalid);
  g_test_add_func ("/date/quarter/roman", test_roman);
  g_test_add_func ("/date/quarter/roman-invalid", test_roman_invalid);
  g_test_add_func ("/date/phrase/padding", test_phrase_padding);
  g_test_add_func ("/date/phrase/blank", test_phrase_blank);
  g_test_add_func ("/date/phrase/invalid", test_phrase_invalid);
  g_test_add_func ("/date/phrase/place", test_place_phrase);
  g_test_add_func ("/date/calendar/months", test_calendar_months);
  g_test_add_func ("/date/calendar/days", test_calendar_days);
  g_test_add_func ("/date/quarter/walk", test_quarter_walk);
  g_test_add_func ("/date/typed/forms", test_typed_forms);
  g_test_add_func ("/date/typed/not-a-day", test_typed_not_a_day);
  g_test_add_func ("/date/typed/short-year", test_typed_short_year);
  g_test_add_func ("/date/typed/not-a-date", test_typed_not_a_date);
  g_test_add_func ("/date/typed/round-trip", test_typed_round_trip);
  g_test_add_func ("/date/typed/partial", test_typed_partial);

  return g_test_run ();
}
