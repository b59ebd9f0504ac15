/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates travel as ISO "YYYY-MM-DD" text, as they are stored. */

/* TRUE when @iso is a real calendar date written exactly as YYYY-MM-DD. */
gboolean  td_date_is_valid_iso      (const char *iso);
/* Parses @iso into a GDate; FALSE (and @date untouched) on anything but a real date. */
gboolean  td_date_parse_iso         (const char *iso,
                                     GDate      *date);
char     *td_date_to_iso            (const GDate *date);
/* The year of a valid ISO date, 0 when invalid. */
int       td_date_year_of           (const char *iso);
/* Quarter 1–4 of a valid ISO date, 0 when invalid. */
int       td_date_quarter_of        (const char *iso);
/* First and last day of quarter 1–4 of @year as newly allocated ISO strings. */
void      td_date_quarter_bounds    (int         year,
                                     int         quarter,
                                     char      **first,
                                     char      **last);
/* "ngày 22 tháng 02 năm 2022": day below 10 and months 1–2 padded (Decree 30). A blank
 * @iso gives "ngày     tháng     năm <fallback_year>" as documents are printed before
 * signing. */
char     *td_date_phrase            (const char *iso,
                                     int         fallback_year);
/* "Tùng Ảnh, ngày 22 tháng 02 năm 2022" (without the place when @place is empty). */
char     *td_date_place_phrase      (const char *place,
                                     const char *iso,
                                     int         fallback_year);
/* Roman numeral of a quarter: "I" … "IV". */
const char *td_date_quarter_roman   (int         quarter);

/* The calendar, as plain arithmetic on the proleptic Gregorian calendar: a day is a count
 * of days since 1970-01-01, so spans are subtractions (the timeline reads 5,000 tasks per
 * change; GDate would be slower and accept more forms than the database holds). */
gboolean  td_date_is_leap_year      (int         year);
/* 28–31; @month 1–12. */
int       td_date_days_in_month     (int         year,
                                     int         month);
/* 365 or 366. */
int       td_date_days_in_year      (int         year);
/* 1 on 1 January. */
int       td_date_day_of_year       (int         year,
                                     int         month,
                                     int         day);
/* Days since 1970-01-01 (negative before) of a date, which need not be valid: 31 April is
 * 1 May. */
gint64    td_date_to_days           (int         year,
                                     int         month,
                                     int         day);
void      td_date_from_days         (gint64      days,
                                     int        *year,
                                     int        *month,
                                     int        *day);
/* Days since 1970-01-01 of @iso, a real date written exactly as YYYY-MM-DD; FALSE (and
 * @days untouched) otherwise. */
gboolean  td_date_iso_to_days       (const char *iso,
                                     gint64     *days);

/* Dates as people type them ----------------------------------------------------------------- */

#define TD_DATE_ERROR (td_date_error_quark ())

typedef enum {
  TD_DATE_ERROR_EMPTY,       /* nothing typed */
  TD_DATE_ERROR_FORMAT,      /* not day/month/year at all */
  TD_DATE_ERROR_SHORT_YEAR,  /* "15/03/22": which century is not guessed */
  TD_DATE_ERROR_NO_SUCH_DAY, /* the shape is right, the calendar has no such day */
} TdDateError;

GQuark    td_date_error_quark       (void);
/* What a user typed as a date — d/m/yyyy, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd,
 * spaces around it ignored — as an ISO date; NULL with @error saying in words what is wrong
 * ("31/02/2022 is not a date: February 2022 has 28 days"). */
char     *td_date_parse_typed       (const char  *text,
                                     GError     **error);
/* What a user typed as a date that may be left partly blank, as on a document printed to
 * be dated by hand: "" (everything 0), only the year "2023" (@month and @day 0), the month
 * and year "3/2023" or "03/2023" (@day 0), or a whole date as td_date_parse_typed() reads
 * it. FALSE with @error in words, as td_date_parse_typed() gives them, otherwise. */
gboolean  td_date_parse_typed_partial (const char  *text,
                                       int         *year,
                                       int         *month,
                                       int         *day,
                                       GError     **error);
/* A valid ISO date as the user types it, "15/03/2022"; "" for anything else. */
char     *td_date_format_typed      (const char  *iso);

G_END_DECLS
