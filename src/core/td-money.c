/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-money"

#include "config.h"

#include <math.h>

#include "td-money.h"

/* Magnitudes are kept unsigned so that G_MININT64 has one too. */
static guint64
magnitude (gint64 value)
{
  return value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
}

static gint64
with_sign (guint64  mag,
           gboolean negative)
{
  if (negative)
    return mag > (guint64) G_MAXINT64 ? G_MININT64 : -(gint64) mag;

  return mag > (guint64) G_MAXINT64 ? G_MAXINT64 : (gint64) mag;
}

char *
td_money_format (gint64 dong)
{
  char digits[24];
  GString *str;
  guint64 mag = magnitude (dong);
  int len;

  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, mag);

  str = g_string_sized_new (32);
  if (dong < 0)
    g_string_append_c (str, '-');

  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (str, '.');
      g_string_append_c (str, digits[i]);
    }

  return g_string_free (str, FALSE);
}

/* Rounds the magnitude and puts the sign back, as a spreadsheet's ROUNDUP and ROUND do,
 * so that a deduction rounds like the bonus it mirrors. */
char *
td_money_format_decimal (double value,
                         guint  decimals)
{
  g_autofree char *whole = NULL;
  double scale;
  gint64 scaled;
  gint64 unit;

  g_return_val_if_fail (decimals <= 6, NULL);

  scale = pow (10, decimals);
  unit = (gint64) scale;
  scaled = (gint64) round (value * scale);
  whole = td_money_format (scaled / unit);
  if (decimals == 0)
    return g_steal_pointer (&whole);

  /* "-0,5": the sign is lost from a whole part of zero. */
  return g_strdup_printf ("%s%s,%0*" G_GINT64_FORMAT, scaled < 0 && scaled / unit == 0 ? "-" : "",
                          whole, (int) decimals, ABS (scaled % unit));
}

gint64
td_money_round (gint64     dong,
                gint64     step,
                TdRounding rounding)
{
  guint64 mag;
  guint64 rem;
  guint64 ustep;

  g_return_val_if_fail (step > 0, dong);
  g_return_val_if_fail (rounding == TD_ROUND_UP || rounding == TD_ROUND_NEAREST, dong);

  mag = magnitude (dong);
  ustep = (guint64) step;
  rem = mag % ustep;

  if (rem == 0)
    return dong;

  mag -= rem;

  if (rounding == TD_ROUND_UP || rem >= ustep - rem)
    mag += ustep;

  return with_sign (mag, dong < 0);
}

/* Split into whole and thousandth parts so coefficient × salary never needs the full
 * product. A remainder below one đồng only occurs when the salary is not a multiple of
 * 1000 đồng; it is rounded to the nearest đồng. */
gint64
td_money_bonus (gint64 coefficient_milli,
                gint64 base_salary)
{
  gint64 whole;
  gint64 milli;
  gint64 base_thousands;
  gint64 base_rest;
  gint64 rest;

  g_return_val_if_fail (coefficient_milli >= 0, 0);
  g_return_val_if_fail (base_salary >= 0, 0);

  whole = coefficient_milli / 1000;
  milli = coefficient_milli % 1000;
  base_thousands = base_salary / 1000;
  base_rest = base_salary % 1000;

  /* milli × base = milli × thousands × 1000 + milli × rest, and milli × rest < 10⁶. */
  rest = milli * base_rest;

  return whole * base_salary + milli * base_thousands + (rest + 500) / 1000;
}
