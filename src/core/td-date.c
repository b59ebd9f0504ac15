/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-date"

#include "config.h"

#include "td-date.h"

#include <glib/gi18n.h>
#include <string.h>

/* The gaps left for the day and month in a document printed before it is signed. */
#define BLANK_GAP "     "

static gboolean
parse_digits (const char *p,
              guint       n_digits,
              guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (guint) g_ascii_digit_value (p[i]);
    }

  *out = value;
  return TRUE;
}

/* Checks the exact shape YYYY-MM-DD and that the day exists; no GDate parsing, which
 * accepts far more forms than the database should hold. */
static gboolean
split_iso (const char *iso,
           guint      *year,
           guint      *month,
           guint      *day)
{
  if (iso == NULL || strlen (iso) != 10)
    return FALSE;

  if (iso[4] != '-' || iso[7] != '-')
    return FALSE;

  if (!parse_digits (iso, 4, year) ||
      !parse_digits (iso + 5, 2, month) ||
      !parse_digits (iso + 8, 2, day))
    return FALSE;

  if (!g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year))
    return FALSE;

  return TRUE;
}

gboolean
td_date_is_valid_iso (const char *iso)
{
  guint year, month, day;

  return split_iso (iso, &year, &month, &day);
}

gboolean
td_date_parse_iso (const char *iso,
                   GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (!split_iso (iso, &year, &month, &day))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

char *
td_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

int
td_date_quarter_of (const char *iso)
{
  guint year, month, day;

  if (!split_iso (iso, &year, &month, &day))
    return 0;

  return (int) ((month - 1) / 3 + 1);
}

void
td_date_quarter_bounds (int    year,
                        int    quarter,
                        char **first,
                        char **last)
{
  GDate date;
  GDateMonth first_month;
  GDateMonth last_month;

  g_return_if_fail (quarter >= 1 && quarter <= 4);
  g_return_if_fail (year >= 1 && year <= G_MAXUINT16);

  first_month = (GDateMonth) ((quarter - 1) * 3 + 1);
  last_month = (GDateMonth) (first_month + 2);

  g_date_clear (&date, 1);

  if (first != NULL)
    {
      g_date_set_dmy (&date, 1, first_month, (GDateYear) year);
      *first = td_date_to_iso (&date);
    }

  if (last != NULL)
    {
      g_date_set_dmy (&date,
                      g_date_get_days_in_month (last_month, (GDateYear) year),
                      last_month,
                      (GDateYear) year);
      *last = td_date_to_iso (&date);
    }
}

char *
td_date_phrase (const char *iso,
                int         fallback_year)
{
  guint year, month, day;

  /* Usually an empty field; anything else that is not a date prints blank too, so a
   * typo never reaches a signed document as a wrong date. */
  if (!split_iso (iso, &year, &month, &day))
    return g_strdup_printf ("ngày" BLANK_GAP "tháng" BLANK_GAP "năm %d", fallback_year);

  /* Decree 30/2020/NĐ-CP: a zero before days below 10 and months 1 and 2, so nobody can
   * turn "1" into "11" or "12" by hand. */
  return g_strdup_printf (month <= 2
                          ? "ngày %02u tháng %02u năm %u"
                          : "ngày %02u tháng %u năm %u",
                          day, month, year);
}

char *
td_date_place_phrase (const char *place,
                      const char *iso,
                      int         fallback_year)
{
  g_autofree char *phrase = td_date_phrase (iso, fallback_year);

  if (place == NULL || place[0] == '\0')
    return g_steal_pointer (&phrase);

  return g_strdup_printf ("%s, %s", place, phrase);
}

const char *
td_date_quarter_roman (int quarter)
{
  static const char * const numerals[] = { "I", "II", "III", "IV" };

  g_return_val_if_fail (quarter >= 1 && quarter <= 4, "");

  return numerals[quarter - 1];
}

int
td_date_year_of (const char *iso)
{
  GDate date;

  if (!td_date_parse_iso (iso, &date))
    return 0;
  return g_date_get_year (&date);
}

/* The calendar ----------------------------------------------------------------------------- */

gboolean
td_date_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
td_date_days_in_month (int year,
                       int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return month == 2 && td_date_is_leap_year (year) ? 29 : days[month - 1];
}

int
td_date_days_in_year (int year)
{
  return td_date_is_leap_year (year) ? 366 : 365;
}

int
td_date_day_of_year (int year,
                     int month,
                     int day)
{
  return (int) (td_date_to_days (year, month, day) - td_date_to_days (year, 1, 1)) + 1;
}

/* H. Hinnant's days_from_civil: March-based years put the leap day last. */
gint64
td_date_to_days (int year,
                 int month,
                 int day)
{
  gint64 y = year - (month <= 2);
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  gint64 yoe = y - era * 400;
  gint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

void
td_date_from_days (gint64  days,
                   int    *year,
                   int    *month,
                   int    *day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  int m = (int) (mp < 10 ? mp + 3 : mp - 9);

  if (day != NULL)
    *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  if (month != NULL)
    *month = m;
  if (year != NULL)
    *year = (int) (yoe + era * 400 + (m <= 2));
}

gboolean
td_date_iso_to_days (const char *iso,
                     gint64     *days)
{
  guint year, month, day;

  g_return_val_if_fail (days != NULL, FALSE);

  if (!split_iso (iso, &year, &month, &day))
    return FALSE;
  *days = td_date_to_days ((int) year, (int) month, (int) day);
  return TRUE;
}

/* Dates as people type them ----------------------------------------------------------------- */

G_DEFINE_QUARK (td-date-error-quark, td_date_error)

/* One run of digits at *p, moved past; its length in *n_digits (0 when none). */
static guint
take_digits (const char **p,
             guint       *n_digits)
{
  guint value = 0;

  *n_digits = 0;
  while (g_ascii_isdigit (**p) && *n_digits < 9)
    {
      value = value * 10 + (guint) g_ascii_digit_value (**p);
      (*p)++;
      (*n_digits)++;
    }
  return value;
}

static const char *
month_name (guint month)
{
  static const char * const names[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  g_assert (month >= 1 && month <= 12);
  return _(names[month - 1]);
}

char *
td_date_parse_typed (const char  *text,
                     GError     **error)
{
  g_autofree char *typed = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = typed;
  guint values[3], lengths[3];
  char separators[2] = { 0, 0 };
  guint day, month, year;

  if (typed[0] == '\0')
    {
      g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_EMPTY,
                   _("Type a date as day/month/year, such as 15/03/2022"));
      return NULL;
    }

  for (guint i = 0; i < 3; i++)
    {
      values[i] = take_digits (&p, &lengths[i]);
      if (lengths[i] == 0)
        break;
      if (i < 2)
        {
          if (*p != '/' && *p != '-' && *p != '.')
            {
              lengths[i + 1] = 0;
              break;
            }
          separators[i] = *p++;
        }
    }

  /* Three numbers between two of the same separator, and nothing after them. */
  if (lengths[0] == 0 || separators[0] == 0 || separators[0] != separators[1] ||
      lengths[1] == 0 || lengths[2] == 0 || *p != '\0')
    {
      g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_FORMAT,
                   _("%s is not a date: write it as day/month/year, such as 15/03/2022"), typed);
      return NULL;
    }

  if (lengths[0] == 4 && separators[0] == '-')
    {
      year = values[0], month = values[1], day = values[2];
      if (lengths[1] > 2 || lengths[2] > 2)
        lengths[0] = 0;
    }
  else
    {
      day = values[0], month = values[1], year = values[2];
      if (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 2)
        {
          g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_SHORT_YEAR,
                       _("%s: write the year in full, such as %02u/%02u/20%02u"),
                       typed, day, month, year);
          return NULL;
        }
      if (lengths[0] > 2 || lengths[1] > 2 || lengths[2] != 4)
        lengths[0] = 0;
    }
  if (lengths[0] == 0 || year == 0)
    {
      g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_FORMAT,
                   _("%s is not a date: write it as day/month/year, such as 15/03/2022"), typed);
      return NULL;
    }

  if (month < 1 || month > 12)
    {
      g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_NO_SUCH_DAY,
                   _("%s is not a date: months go from 1 to 12"), typed);
      return NULL;
    }
  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      /* Translators: "31/02/2022 is not a date: February 2022 has 28 days" */
      g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_NO_SUCH_DAY,
                   _("%s is not a date: %s %u has %u days"), typed, month_name (month), year,
                   (guint) g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
      return NULL;
    }

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static gboolean
is_separator (char c)
{
  return c == '/' || c == '-' || c == '.';
}

gboolean
td_date_parse_typed_partial (const char  *text,
                             int         *year,
                             int         *month,
                             int         *day,
                             GError     **error)
{
  g_autofree char *typed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *iso = NULL;
  const char *p = typed;
  guint first, second, n_first, n_second;
  guint y, m, d;
  gboolean whole;

  g_return_val_if_fail (year != NULL && month != NULL && day != NULL, FALSE);

  *year = *month = *day = 0;
  if (typed[0] == '\0')
    return TRUE;

  first = take_digits (&p, &n_first);
  /* "2023": the year alone. */
  if (n_first == 4 && *p == '\0' && first > 0)
    {
      *year = (int) first;
      return TRUE;
    }
  /* "3/2023": a month and a year, with one separator. */
  if (n_first >= 1 && n_first <= 2 && is_separator (*p))
    {
      const char *q = p + 1;

      second = take_digits (&q, &n_second);
      if (n_second == 4 && *q == '\0' && second > 0)
        {
          if (first < 1 || first > 12)
            {
              g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_NO_SUCH_DAY,
                           _("%s is not a date: months go from 1 to 12"), typed);
              return FALSE;
            }
          *month = (int) first;
          *year = (int) second;
          return TRUE;
        }
    }

  /* Anything else is a whole date, or says in the same words why it is not one. */
  iso = td_date_parse_typed (typed, error);
  if (iso == NULL)
    return FALSE;
  whole = split_iso (iso, &y, &m, &d);
  g_assert (whole);
  *year = (int) y, *month = (int) m, *day = (int) d;
  return TRUE;
}

char *
td_date_format_typed (const char *iso)
{
  guint year, month, day;

  if (!split_iso (iso, &year, &month, &day))
    return g_strdup ("");
  return g_strdup_printf ("%02u/%02u/%04u", day, month, year);
}
