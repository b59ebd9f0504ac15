/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Which reading of some bytes is Vietnamese. A wrong reading of Vietnamese gives words no
 * Vietnamese syllable can be ("Tïng", "Nguyeãn", "NguyÔn") and stray symbols ("V¨n",
 * "Th«n"); the right one gives syllables: an initial consonant, a vowel group, a final
 * consonant, and no more than one tone.
 */
#define G_LOG_DOMAIN "td-legacy"

#include "config.h"

#include <string.h>

#include "td-legacy-private.h"

/* No more than this much of a file is looked at: a list shows its encoding early. */
#define SAMPLE_BYTES (256 * 1024)

/* The letters of a syllable once its tone is taken off, one byte each: ă â ê ô ơ ư đ as
 * 1 2 3 4 5 6 d. */
static const char *const onsets[] = {
  "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
  "b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
};

static const char *const nuclei[] = {
  "uy3", "uya", "i3", "y3", "u4", "65", "oa", "o1", "oe", "u2", "u3", "uy", "ia", "ua", "6a",
  "oo", "a", "1", "2", "e", "3", "i", "y", "o", "4", "5", "u", "6",
};

static const char *const codas[] = {
  "ng", "nh", "ch", "c", "m", "n", "p", "t", "i", "y", "o", "u", "",
};

static gboolean
is_tone (gunichar mark)
{
  return mark == 0x0300 || mark == 0x0301 || mark == 0x0303 || mark == 0x0309 ||
         mark == 0x0323;
}

static char
letter_code (gunichar base,
             gunichar shape)
{
  if (base == 0x0111)
    return 'D';
  if (base >= 0x80 || !g_ascii_isalpha ((char) base))
    return 0;
  if (shape == 0)
    return (char) base;
  if (shape == 0x0306 && base == 'a')
    return '1';
  if (shape == 0x0302 && base == 'a')
    return '2';
  if (shape == 0x0302 && base == 'e')
    return '3';
  if (shape == 0x0302 && base == 'o')
    return '4';
  if (shape == 0x031B && base == 'o')
    return '5';
  if (shape == 0x031B && base == 'u')
    return '6';
  return 0;
}

static gboolean
is_rhyme (const char *rest)
{
  for (guint n = 0; n < G_N_ELEMENTS (nuclei); n++)
    {
      gsize len = strlen (nuclei[n]);

      if (strncmp (rest, nuclei[n], len) != 0)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (codas); c++)
        if (strcmp (rest + len, codas[c]) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Whether @word (letters and marks, in small letters) can be one Vietnamese syllable. */
static gboolean
is_syllable (const char *word,
             gsize       len)
{
  g_autofree char *nfd = g_utf8_normalize (word, len, G_NORMALIZE_NFD);
  char code[16];
  gsize n = 0;
  guint tones = 0;

  if (nfd == NULL)
    return FALSE;
  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_tone (c))
        {
          if (++tones > 1 || n == 0)
            return FALSE;
          continue;
        }
      if (c == 0x0302 || c == 0x0306 || c == 0x031B)
        {
          char shaped;

          if (n == 0 || (shaped = letter_code (code[n - 1], c)) == 0)
            return FALSE;
          code[n - 1] = shaped;
          continue;
        }
      if (n >= 7)
        return FALSE;
      code[n] = letter_code (c, 0);
      if (code[n] == 0)
        return FALSE;
      n++;
    }
  code[n] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (onsets); i++)
    {
      gsize onset_len = strlen (onsets[i]);

      if (strncmp (code, onsets[i], onset_len) == 0 && is_rhyme (code + onset_len))
        return TRUE;
    }
  return FALSE;
}

/* Characters a wrong reading of Vietnamese leaves: Latin-1's symbols, Windows' typography
 * in the middle of words, controls, and U+FFFD. */
static gboolean
is_stray (gunichar c)
{
  if (c == 0xFFFD || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
      (c >= 0x7F && c < 0xA0))
    return TRUE;
  if (c >= 0xA1 && c <= 0xBF)
    return c != 0xAA && c != 0xBA;
  return c == 0x02C6 || c == 0x02DC || c == 0x2020 || c == 0x2021 || c == 0x2030 ||
         c == 0x2039 || c == 0x203A || c == 0x0192;
}

static int
score_word (const char *word,
            gsize       len,
            gboolean    ascii,
            gboolean    mixed_case)
{
  g_autofree char *lower = NULL;

  if (ascii)
    return 0;
  if (mixed_case)
    return -1;
  lower = g_utf8_strdown (word, len);
  return is_syllable (lower, strlen (lower)) ? 1 : -1;
}

int
td_legacy_score (const char *utf8,
                 gssize      len)
{
  const char *end;
  const char *word = NULL;
  gboolean ascii = TRUE, mixed = FALSE, seen_lower = FALSE;
  int score = 0;

  g_return_val_if_fail (utf8 != NULL, 0);

  end = utf8 + (len < 0 ? strlen (utf8) : (gsize) len);
  for (const char *p = utf8; p <= end; p = p < end ? g_utf8_next_char (p) : p + 1)
    {
      gunichar c = p < end ? g_utf8_get_char (p) : ' ';

      if (g_unichar_isalpha (c) || (word != NULL && g_unichar_ismark (c)))
        {
          if (word == NULL)
            {
              word = p;
              ascii = TRUE;
              mixed = seen_lower = FALSE;
            }
          ascii = ascii && c < 0x80;
          if (g_unichar_isupper (c) && seen_lower)
            mixed = TRUE;
          seen_lower = seen_lower || g_unichar_islower (c);
          continue;
        }
      if (word != NULL)
        score += score_word (word, p - word, ascii, mixed);
      word = NULL;
      if (is_stray (c))
        score--;
    }
  return score;
}

static int
score_reading (const char      *bytes,
               gsize            len,
               TdTableEncoding  encoding)
{
  g_autofree char *text = td_legacy_decode_bytes (bytes, len, encoding);

  return td_legacy_score (text, -1);
}

TdTableEncoding
td_legacy_detect (const char *bytes,
                  gsize       len)
{
  static const TdTableEncoding legacy[] = {
    TD_TABLE_ENCODING_TCVN3, TD_TABLE_ENCODING_VNI, TD_TABLE_ENCODING_CP1258,
  };
  const char *valid_end = NULL;
  TdTableEncoding best = TD_TABLE_ENCODING_UTF8;
  int best_score;

  g_return_val_if_fail (bytes != NULL || len == 0, TD_TABLE_ENCODING_UTF8);

  len = MIN (len, SAMPLE_BYTES);
  /* A sample may end inside a character. */
  if (!g_utf8_validate (bytes, len, &valid_end) && len == SAMPLE_BYTES &&
      bytes + len - valid_end < 4 && g_utf8_get_char_validated (valid_end,
                                                                 bytes + len - valid_end) ==
                                     (gunichar) -2)
    len = valid_end - bytes;

  if (g_utf8_validate (bytes, len, NULL))
    {
      g_autofree char *single = NULL;
      gsize single_len = 0;

      best_score = td_legacy_score (bytes, len);
      single = td_legacy_single_bytes (bytes, len, &single_len);
      if (single == NULL || single_len == len)
        return TD_TABLE_ENCODING_UTF8;   /* real Unicode, or plain ASCII */
      for (guint i = 0; i < G_N_ELEMENTS (legacy); i++)
        {
          int score = score_reading (single, single_len, legacy[i]);

          if (score > best_score && score > 0)
            {
              best = legacy[i];
              best_score = score;
            }
        }
      return best;
    }

  /* Not UTF-8: one of the legacy encodings, TCVN3 the most usual when they are even; or
   * UTF-8 with a stray byte or two (a character pasted from elsewhere), when that reads
   * better still. */
  best = TD_TABLE_ENCODING_TCVN3;
  best_score = score_reading (bytes, len, best);
  for (guint i = 1; i < G_N_ELEMENTS (legacy); i++)
    {
      int score = score_reading (bytes, len, legacy[i]);

      if (score > best_score)
        {
          best = legacy[i];
          best_score = score;
        }
    }
  if (score_reading (bytes, len, TD_TABLE_ENCODING_UTF8) > best_score)
    best = TD_TABLE_ENCODING_UTF8;
  return best;
}
