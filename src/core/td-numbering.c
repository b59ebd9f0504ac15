/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-numbering"

#include "config.h"

#include "td-numbering.h"

#include <string.h>

/* Points of a legal text are lettered in the Vietnamese alphabet, without the letters
 * with marks but with "đ", and without f, j, w and z. */
static const char * const letters[] = {
  "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
  "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
};

static char *
roman (guint n)
{
  static const struct { guint value; const char *digits; } steps[] = {
    { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" },
    { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    for (; n >= steps[i].value; n -= steps[i].value)
      g_string_append (text, steps[i].digits);
  return g_string_free (text, FALSE);
}

static guint
roman_digit (char c)
{
  switch (c)
    {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

char *
td_numbering_format (guint depth,
                     guint ordinal)
{
  g_return_val_if_fail (ordinal >= 1, NULL);

  switch (depth)
    {
    case 0:
      {
        g_autofree char *digits = roman (ordinal);
        return g_strconcat (digits, ".", NULL);
      }
    case 1:
      return g_strdup_printf ("%u.", ordinal);
    case 2:
      /* Past "y)" an arabic number keeps the order. */
      if (ordinal <= G_N_ELEMENTS (letters))
        return g_strconcat (letters[ordinal - 1], ")", NULL);
      return g_strdup_printf ("%u)", ordinal);
    default:
      return g_strdup ("-");
    }
}

guint
td_numbering_parse (guint       depth,
                    const char *heading)
{
  const char *start;
  const char *p;
  guint value = 0;

  if (heading == NULL)
    return 0;
  start = heading;
  while (*start == ' ')
    start++;
  p = start;

  switch (depth)
    {
    case 0:
      {
        guint previous = G_MAXUINT;

        /* Read right to left rules: a smaller digit before a larger one subtracts. */
        for (; roman_digit (*p) != 0; p++)
          {
            guint digit = roman_digit (*p);

            if (digit > previous)
              value += digit - 2 * previous;
            else
              value += digit;
            previous = digit;
          }
        return *p == '.' && p != start ? value : 0;
      }
    case 1:
      for (; g_ascii_isdigit (*p) && value < 100000; p++)
        value = value * 10 + (guint) g_ascii_digit_value (*p);
      return *p == '.' && p != start ? value : 0;
    case 2:
      for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
        {
          gsize length = strlen (letters[i]);

          if (strncmp (p, letters[i], length) == 0 && p[length] == ')')
            return i + 1;
        }
      for (; g_ascii_isdigit (*p) && value < 100000; p++)
        value = value * 10 + (guint) g_ascii_digit_value (*p);
      return *p == ')' && p != start ? value : 0;
    default:
      return 0;
    }
}

char *
td_numbering_propose (guint       depth,
                      const char *previous_heading,
                      guint       position)
{
  guint previous = td_numbering_parse (depth, previous_heading);

  if (previous_heading == NULL)
    return td_numbering_format (depth, 1);
  return td_numbering_format (depth, previous > 0 ? previous + 1 : position + 1);
}
