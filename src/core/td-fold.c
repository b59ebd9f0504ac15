/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Folding for matching: each character is decomposed (Unicode's canonical decomposition
 * takes a Vietnamese letter apart into its base letter and its marks), the marks dropped,
 * the base put in lower case. Đ is a letter of its own in Unicode, not D with a mark, so it
 * is folded by hand. The folded characters keep where they came from in the text, so a
 * match can be shown, highlighted or cut out of the text as it was typed.
 */
#define G_LOG_DOMAIN "td-fold"

#include "config.h"

#include <string.h>

#include "td-fold.h"

typedef struct {
  gunichar c;
  gsize    start;
  gsize    end;
} Folded;

/* 0 for a mark, which belongs to the letter before it. */
static gunichar
fold_char (gunichar c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  /* Đ đ, and Ð ð, which some keyboards and fonts give for them. */
  if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0)
    return 'd';
  if (g_unichar_ismark (c))
    return 0;
  if (g_unichar_isspace (c))
    return ' ';
  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  return g_unichar_tolower (n > 0 ? parts[0] : c);
}

#define N_FOLD_TABLE 0x2000

static gpointer
make_fold_table (gpointer data)
{
  gunichar *table = g_new (gunichar, N_FOLD_TABLE);

  for (gunichar c = 0; c < N_FOLD_TABLE; c++)
    table[c] = fold_char (c);
  return table;
}

/* fold_char(), looked up for the first 8,192 characters (every Latin and Vietnamese
 * letter, the combining marks): a list of 20,000 households folds its names when read. */
static inline gunichar
fold_char_fast (gunichar c)
{
  static GOnce once = G_ONCE_INIT;
  const gunichar *table = g_once (&once, make_fold_table, NULL);

  return c < N_FOLD_TABLE ? table[c] : fold_char (c);
}

static GArray *
fold_chars (const char *text)
{
  GArray *chars = g_array_new (FALSE, FALSE, sizeof (Folded));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = fold_char_fast (g_utf8_get_char (p));
      gsize start = p - text;
      gsize end = g_utf8_next_char (p) - text;

      if (c == 0)
        {
          /* A combining mark typed apart from its letter: it goes with that letter. */
          if (chars->len > 0)
            g_array_index (chars, Folded, chars->len - 1).end = end;
          continue;
        }
      g_array_append_val (chars, ((Folded) { c, start, end }));
    }
  return chars;
}

void
td_fold_append (GString    *out,
                const char *text)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  /* Straight into the result, with ASCII as it comes: the search keys of 20,000
   * households are made with this when their list is read. */
  for (const char *p = text; *p != '\0';)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          char b = *p++;

          g_string_append_c (out, b == '\t' || b == '\n' || b == '\r' || b == '\f' ? ' '
                                  : g_ascii_tolower (b));
          continue;
        }
      c = fold_char_fast (g_utf8_get_char (p));
      if (c != 0)
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
}

char *
td_fold (const char *text)
{
  GString *folded;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_string_sized_new (strlen (text));
  td_fold_append (folded, text);
  return g_string_free (folded, FALSE);
}

gboolean
td_fold_equal (const char *a,
               const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  folded_a = td_fold (a);
  folded_b = td_fold (b);
  return g_str_equal (folded_a, folded_b);
}

static gboolean
is_word_char (GArray *chars,
              gint64  i)
{
  return i >= 0 && (guint64) i < chars->len &&
         g_unichar_isalnum (g_array_index (chars, Folded, i).c);
}

GArray *
td_fold_find_all (const char      *text,
                  const char      *needle,
                  TdFoldFindFlags  flags)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (TdFoldMatch));
  g_autoptr(GArray) chars = NULL;
  g_autoptr(GArray) wanted = NULL;

  g_return_val_if_fail (text != NULL, matches);
  g_return_val_if_fail (needle != NULL, matches);

  chars = fold_chars (text);
  wanted = fold_chars (needle);
  if (wanted->len == 0)
    return matches;

  for (guint i = 0; i + wanted->len <= chars->len; i++)
    {
      guint j = 0;

      while (j < wanted->len &&
             g_array_index (chars, Folded, i + j).c == g_array_index (wanted, Folded, j).c)
        j++;
      if (j < wanted->len)
        continue;
      if ((flags & TD_FOLD_FIND_WHOLE_WORDS) != 0 &&
          ((is_word_char (chars, i) && is_word_char (chars, (gint64) i - 1)) ||
           (is_word_char (chars, i + j - 1) && is_word_char (chars, i + j))))
        continue;

      g_array_append_val (matches,
                          ((TdFoldMatch) { g_array_index (chars, Folded, i).start,
                                           g_array_index (chars, Folded, i + j - 1).end }));
      i += j - 1;
    }
  return matches;
}

gboolean
td_fold_find (const char      *text,
              const char      *needle,
              gsize            from,
              TdFoldFindFlags  flags,
              gsize           *start,
              gsize           *end)
{
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (needle != NULL, FALSE);

  matches = td_fold_find_all (text, needle, flags);
  for (guint i = 0; i < matches->len; i++)
    {
      TdFoldMatch *match = &g_array_index (matches, TdFoldMatch, i);

      if (match->start < from)
        continue;
      if (start != NULL)
        *start = match->start;
      if (end != NULL)
        *end = match->end;
      return TRUE;
    }
  return FALSE;
}

guint
td_fold_count (const char *text,
               const char *needle)
{
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (needle != NULL, 0);

  matches = td_fold_find_all (text, needle, TD_FOLD_FIND_DEFAULT);
  return matches->len;
}
