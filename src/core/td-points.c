/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-points"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "td-points.h"

char *
td_points_format (gint64 points,
                  char   decimal_mark)
{
  guint64 magnitude = points < 0 ? (guint64) -points : (guint64) points;
  guint64 whole = magnitude / TD_POINTS_SCALE;
  guint fraction = (guint) (magnitude % TD_POINTS_SCALE);
  const char *sign = points < 0 ? "-" : "";

  if (fraction == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, whole);
  if (fraction % 10 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT "%c%u", sign, whole, decimal_mark,
                            fraction / 10);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT "%c%02u", sign, whole, decimal_mark, fraction);
}

static gboolean
not_points (const char  *text,
            GError     **error)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is not a number of points, such as 5 or 2.5"), text);
  return FALSE;
}

gboolean
td_points_parse (const char  *text,
                 gint64      *points,
                 GError     **error)
{
  g_autofree char *copy = NULL;
  const char *p;
  gboolean negative = FALSE;
  gint64 whole = 0;
  int fraction = 0;
  int n_digits = 0;
  int n_decimals = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (points != NULL, FALSE);

  copy = g_strstrip (g_strdup (text));
  p = copy;
  if (g_str_has_prefix (p, "\xe2\x88\x92"))  /* U+2212 MINUS SIGN */
    {
      negative = TRUE;
      p += 3;
    }
  else if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  while (*p == ' ')
    p++;

  for (; g_ascii_isdigit (*p); p++, n_digits++)
    {
      whole = whole * 10 + (*p - '0');
      if (whole > TD_POINTS_LIMIT / TD_POINTS_SCALE)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s points is more than any score can be"), copy);
          return FALSE;
        }
    }
  if (*p == '.' || *p == ',')
    {
      for (p++; g_ascii_isdigit (*p); p++, n_decimals++)
        {
          if (n_decimals >= 2)
            {
              if (*p != '0')
                {
                  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("“%s” has more decimals than points are counted in; "
                                 "give at most two, such as 2.25"), copy);
                  return FALSE;
                }
              continue;
            }
          fraction = fraction * 10 + (*p - '0');
        }
      if (n_decimals == 1)
        fraction *= 10;
    }
  if (*p != '\0' || (n_digits == 0 && n_decimals == 0))
    return not_points (copy, error);

  *points = (whole * TD_POINTS_SCALE + fraction) * (negative ? -1 : 1);
  return TRUE;
}

char *
td_points_format_local (gint64 points)
{
  const char *mark = localeconv ()->decimal_point;

  return td_points_format (points, mark != NULL && mark[0] == ',' ? ',' : '.');
}
