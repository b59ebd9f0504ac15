/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The byte tables are written from the charts: TCVN 5712:1993 for TCVN3 (its VN3 subset,
 * the small letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ, as the ABC fonts have them; the
 * other capitals of the standard's full table are read too where VN3 leaves the byte
 * free), and the VNI-Windows chart for VNI. Windows-1258 is GLib's (iconv's).
 */
#define G_LOG_DOMAIN "td-legacy"

#include "config.h"

#include <string.h>

#include "td-legacy-private.h"

/* Windows-1252's characters for 0x80–0x9F; 0 where it has none (the byte is then read as
 * the control character of that number, as Latin-1 does). */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* TCVN3 from 0xA0 to 0xFF. */
static const gunichar tcvn3_high[96] = {
  /* A0 */ 0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
  /* A8 */ 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
  /* B0 */ 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
  /* B8 */ 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
  /* C0 */ 0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
  /* C8 */ 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
  /* D0 */ 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
  /* D8 */ 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
  /* E0 */ 0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
  /* E8 */ 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
  /* F0 */ 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
  /* F8 */ 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
};

/* VNI: the byte after a vowel that gives its marks, small and capital forms. */
typedef struct {
  guchar   small;
  guchar   capital;
  gunichar shape;  /* U+0302 circumflex, U+0306 breve, or 0 */
  gunichar tone;   /* U+0300 U+0301 U+0303 U+0309 U+0323, or 0 */
} VniMark;

static const VniMark vni_marks[] = {
  { 0xF8, 0xD8, 0, 0x0300 }, { 0xF9, 0xD9, 0, 0x0301 }, { 0xFB, 0xDB, 0, 0x0309 },
  { 0xF5, 0xD5, 0, 0x0303 }, { 0xEF, 0xCF, 0, 0x0323 },
  { 0xE2, 0xC2, 0x0302, 0 }, { 0xE0, 0xC0, 0x0302, 0x0300 }, { 0xE1, 0xC1, 0x0302, 0x0301 },
  { 0xE5, 0xC5, 0x0302, 0x0309 }, { 0xE3, 0xC3, 0x0302, 0x0303 }, { 0xE4, 0xC4, 0x0302, 0x0323 },
  { 0xEA, 0xCA, 0x0306, 0 }, { 0xE8, 0xC8, 0x0306, 0x0300 }, { 0xE9, 0xC9, 0x0306, 0x0301 },
  { 0xFA, 0xDA, 0x0306, 0x0309 }, { 0xFC, 0xDC, 0x0306, 0x0303 }, { 0xEB, 0xCB, 0x0306, 0x0323 },
};

/* VNI: letters of one byte. */
typedef struct {
  guchar   byte;
  gunichar c;
} VniLetter;

static const VniLetter vni_letters[] = {
  { 0xF1, 0x0111 }, { 0xD1, 0x0110 }, { 0xF4, 0x01A1 }, { 0xD4, 0x01A0 },
  { 0xF6, 0x01B0 }, { 0xD6, 0x01AF }, { 0xEC, 0x00EC }, { 0xED, 0x00ED },
  { 0xE6, 0x1EC9 }, { 0xF3, 0x0129 }, { 0xF2, 0x1ECB }, { 0xCC, 0x00CC },
  { 0xCD, 0x00CD }, { 0xC6, 0x1EC8 }, { 0xD3, 0x0128 }, { 0xD2, 0x1ECA },
  { 0xEE, 0x1EF5 }, { 0xCE, 0x1EF4 },
};

gunichar
td_legacy_cp1252_char (guchar byte)
{
  if (byte >= 0x80 && byte < 0xA0 && cp1252_high[byte - 0x80] != 0)
    return cp1252_high[byte - 0x80];
  return byte;
}

int
td_legacy_cp1252_byte (gunichar c)
{
  if (c < 0x100)
    return (int) c;
  for (guint i = 0; i < G_N_ELEMENTS (cp1252_high); i++)
    if (cp1252_high[i] == c)
      return (int) (0x80 + i);
  return -1;
}

static gunichar
tcvn3_char (guchar byte)
{
  if (byte >= 0xA0)
    return tcvn3_high[byte - 0xA0];
  return td_legacy_cp1252_char (byte);
}

static const VniMark *
vni_mark_of (guchar byte)
{
  for (guint i = 0; i < G_N_ELEMENTS (vni_marks); i++)
    if (vni_marks[i].small == byte || vni_marks[i].capital == byte)
      return &vni_marks[i];
  return NULL;
}

/* The vowel a VNI mark byte may follow: a e o u y (and ơ ư, which are single bytes). */
static gunichar
vni_base (guchar byte)
{
  if (strchr ("aeouyAEOUY", byte) != NULL && byte != '\0')
    return byte;
  for (guint i = 0; i < G_N_ELEMENTS (vni_letters); i++)
    if (vni_letters[i].byte == byte)
      {
        gunichar c = vni_letters[i].c;

        return c == 0x01A1 || c == 0x01A0 || c == 0x01B0 || c == 0x01AF ? c : 0;
      }
  return 0;
}

static gboolean
vni_mark_fits (gunichar       base,
               const VniMark *mark)
{
  gunichar lower = g_unichar_tolower (base);

  if (mark->shape == 0x0302)
    return lower == 'a' || lower == 'e' || lower == 'o';
  if (mark->shape == 0x0306)
    return lower == 'a';
  return TRUE;
}

static void
decode_vni (GString      *out,
            const guchar *bytes,
            gsize         len)
{
  for (gsize i = 0; i < len; i++)
    {
      gunichar base = vni_base (bytes[i]);
      const VniMark *mark = i + 1 < len ? vni_mark_of (bytes[i + 1]) : NULL;
      gboolean done = FALSE;

      if (base != 0 && mark != NULL && vni_mark_fits (base, mark))
        {
          g_string_append_unichar (out, base);
          if (mark->shape != 0)
            g_string_append_unichar (out, mark->shape);
          if (mark->tone != 0)
            g_string_append_unichar (out, mark->tone);
          i++;
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (vni_letters) && !done; k++)
        if (vni_letters[k].byte == bytes[i])
          {
            g_string_append_unichar (out, vni_letters[k].c);
            done = TRUE;
          }
      if (!done)
        g_string_append_unichar (out, td_legacy_cp1252_char (bytes[i]));
    }
}

static void
decode_tcvn3 (GString      *out,
              const guchar *bytes,
              gsize         len)
{
  for (gsize i = 0; i < len; i++)
    g_string_append_unichar (out, tcvn3_char (bytes[i]));
}

static void
decode_cp1258 (GString      *out,
               const guchar *bytes,
               gsize         len)
{
  g_autofree char *copy = NULL;
  g_autofree char *utf8 = NULL;
  gsize written = 0;

  if (len == 0)
    return;
  copy = g_memdup2 (bytes, len);
  /* The bytes Windows-1258 leaves undefined, which iconv refuses. */
  for (gsize i = 0; i < len; i++)
    if (strchr ("\x81\x8A\x8D\x8E\x8F\x90\x9A\x9D\x9E", copy[i]) != NULL && copy[i] != '\0')
      copy[i] = '?';
  utf8 = g_convert (copy, len, "UTF-8", "CP1258", NULL, &written, NULL);
  if (utf8 != NULL)
    {
      g_string_append_len (out, utf8, written);
      return;
    }
  /* No Windows-1258 in this C library: its letters are those of Latin-1 but a few. */
  for (gsize i = 0; i < len; i++)
    g_string_append_unichar (out, td_legacy_cp1252_char (bytes[i]));
}

/* Whether @c is a small Vietnamese vowel with a tone, for which TCVN3 has no capital: the
 * .VnTime typist wrote the small letter (and .VnTimeH showed it as a capital). */
static gboolean
tcvn3_lacks_capital (gunichar c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (!g_unichar_islower (c))
    return FALSE;
  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 1; i < n; i++)
    if (parts[i] == 0x0300 || parts[i] == 0x0301 || parts[i] == 0x0303 ||
        parts[i] == 0x0309 || parts[i] == 0x0323)
      return parts[0] < 0x80 && strchr ("aeiouy", (int) parts[0]) != NULL;
  return FALSE;
}

typedef struct {
  gsize start;      /* bytes in the text */
  gsize end;
  gboolean cell;    /* right at the start of the text, a line or a CSV cell */
  guint upper;      /* letters in capitals */
  guint toned;      /* small letters with no TCVN3 capital */
  guint other;      /* small letters that have one */
} Word;

static void
capitalise_range (GString *text,
                  gsize    start,
                  gsize    end,
                  gboolean first_only)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text->str + start;

  while (p < text->str + end)
    {
      gunichar c = g_utf8_get_char (p);
      gunichar upper = g_unichar_toupper (c);

      /* Only where the capital is as long, so the offsets of the words after stay right. */
      if (g_unichar_to_utf8 (upper, NULL) != g_unichar_to_utf8 (c, NULL))
        upper = c;
      g_string_append_unichar (out, upper);
      p = g_utf8_next_char (p);
      if (first_only)
        break;
    }
  g_string_erase (text, start, p - (text->str + start));
  g_string_insert_len (text, start, out->str, out->len);
}

static gboolean
starts_upper (GString    *text,
              const Word *word)
{
  return g_unichar_isupper (g_utf8_get_char (text->str + word->start));
}

/* A run of words separated by spaces alone: a name, a place. */
static void
fix_segment (GString *text,
             GArray  *words)
{
  /* A word in capitals but for its toned letters was typed for .VnTimeH: all capitals. */
  for (guint i = 0; i < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);

      if (w->upper >= 2 && w->toned > 0 && w->other == 0)
        capitalise_range (text, w->start, w->end, FALSE);
    }
  /* "Phạm Thị ảnh", "Trường Tiểu học Tùng ảnh": a word after a capitalised one inside a
   * name, or among capitalised words alone, starts with a capital too ("Có ảnh", at the
   * start of a sentence, does not). */
  for (guint i = 0; i < words->len && words->len >= 2; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      gboolean others_capital = TRUE;
      gboolean after_capital = i >= 2 && starts_upper (text, &g_array_index (words, Word, i - 1));

      if (!tcvn3_lacks_capital (g_utf8_get_char (text->str + w->start)))
        continue;
      for (guint k = 0; k < words->len; k++)
        if (k != i && !starts_upper (text, &g_array_index (words, Word, k)))
          others_capital = FALSE;
      if (others_capital || after_capital)
        capitalise_range (text, w->start, w->end, TRUE);
    }
  /* A cell starts with a capital: "ủy ban" typed at the start of one was "Ủy ban". */
  if (words->len > 0)
    {
      Word *w = &g_array_index (words, Word, 0);

      if (w->cell && tcvn3_lacks_capital (g_utf8_get_char (text->str + w->start)))
        capitalise_range (text, w->start, w->end, TRUE);
    }
  g_array_set_size (words, 0);
}

/* TCVN3 has no capitals with a tone: put back those a name or a heading must have had. */
static void
fix_tcvn3_capitals (GString *text)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  Word word = { 0 };
  gboolean in_word = FALSE;

  for (gsize at = 0; at <= text->len;)
    {
      gunichar c = at < text->len ? g_utf8_get_char (text->str + at) : 0;
      gsize next = at < text->len ? (gsize) (g_utf8_next_char (text->str + at) - text->str)
                                  : at + 1;

      if (c != 0 && g_unichar_isalpha (c))
        {
          if (!in_word)
            {
              char before = at > 0 ? text->str[at - 1] : '\n';

              word = (Word) { .start = at, .cell = strchr ("\n\r\t;,\"", before) != NULL };
            }
          in_word = TRUE;
          word.end = next;
          if (g_unichar_isupper (c))
            word.upper++;
          else if (tcvn3_lacks_capital (c))
            word.toned++;
          else
            word.other++;
        }
      else
        {
          if (in_word)
            g_array_append_val (words, word);
          in_word = FALSE;
          if (c != ' ')
            fix_segment (text, words);
        }
      at = next;
    }
}

/* The bytes of @text when each of its characters is one Windows-1252 byte; NULL when one
 * is not. */
char *
td_legacy_single_bytes (const char *text,
                        gsize       len,
                        gsize      *out_len)
{
  GString *bytes = g_string_sized_new (len);
  const char *end = text + len;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      int b = td_legacy_cp1252_byte (g_utf8_get_char (p));

      if (b < 0)
        {
          g_string_free (bytes, TRUE);
          return NULL;
        }
      g_string_append_c (bytes, (char) b);
    }
  *out_len = bytes->len;
  return g_string_free (bytes, FALSE);
}

/* GLib's composition moves the rest of its buffer down for every pair it composes, so one
 * call on a whole file is quadratic in its length (seconds for a list of 20,000 households
 * typed with combining marks). Pieces of about a kilobyte, cut after a space or a line
 * break, which compose with nothing, give the same text in linear time. */
#define NFC_PIECE 1024

static char *
nfc (GString *text)
{
  GString *out = g_string_sized_new (text->len);
  const char *end = text->str + text->len;
  const char *piece = text->str;

  while (piece < end)
    {
      const char *cut = piece + MIN ((gsize) (end - piece), NFC_PIECE);
      g_autofree char *normal = NULL;

      while (cut < end && cut[-1] != ' ' && cut[-1] != '\n')
        cut++;
      normal = g_utf8_normalize (piece, cut - piece, G_NORMALIZE_NFC);
      if (normal != NULL)
        g_string_append (out, normal);
      piece = cut;
    }
  return g_string_free (out, FALSE);
}

char *
td_legacy_decode_bytes (const char      *bytes,
                        gsize            len,
                        TdTableEncoding  encoding)
{
  g_autoptr(GString) out = g_string_sized_new (len + len / 4);

  switch (encoding)
    {
    case TD_TABLE_ENCODING_TCVN3:
      decode_tcvn3 (out, (const guchar *) bytes, len);
      fix_tcvn3_capitals (out);
      break;
    case TD_TABLE_ENCODING_VNI:
      decode_vni (out, (const guchar *) bytes, len);
      break;
    case TD_TABLE_ENCODING_CP1258:
      decode_cp1258 (out, (const guchar *) bytes, len);
      break;
    case TD_TABLE_ENCODING_AUTO:
    case TD_TABLE_ENCODING_UTF8:
    default:
      {
        g_autofree char *valid = g_utf8_make_valid (bytes, len);

        g_string_append (out, valid);
      }
      break;
    }
  return nfc (out);
}

char *
td_legacy_to_utf8 (const char      *bytes,
                   gssize           len,
                   TdTableEncoding  encoding)
{
  g_autofree char *single = NULL;
  gsize n = len < 0 ? strlen (bytes) : (gsize) len;
  gsize single_len = 0;

  g_return_val_if_fail (bytes != NULL || n == 0, NULL);

  if (encoding == TD_TABLE_ENCODING_AUTO)
    encoding = td_legacy_detect (bytes, n);
  if (encoding == TD_TABLE_ENCODING_UTF8 || !g_utf8_validate (bytes, n, NULL))
    return td_legacy_decode_bytes (bytes, n, encoding);

  /* Text: the bytes its characters stood for. */
  single = td_legacy_single_bytes (bytes, n, &single_len);
  if (single != NULL)
    return td_legacy_decode_bytes (single, single_len, encoding);

  /* Characters beyond one byte among them: read each stretch of one-byte ones. */
  {
    g_autoptr(GString) out = g_string_sized_new (n);
    g_autoptr(GString) run = g_string_new (NULL);
    const char *end = bytes + n;

    for (const char *p = bytes; p <= end; p = p < end ? g_utf8_next_char (p) : p + 1)
      {
        gunichar c = p < end ? g_utf8_get_char (p) : 0;
        int b = p < end ? td_legacy_cp1252_byte (c) : -1;

        if (b >= 0)
          {
            g_string_append_c (run, (char) b);
            continue;
          }
        if (run->len > 0)
          {
            g_autofree char *part = td_legacy_decode_bytes (run->str, run->len, encoding);

            g_string_append (out, part);
            g_string_truncate (run, 0);
          }
        if (p < end)
          g_string_append_unichar (out, c);
      }
    return nfc (out);
  }
}

/* Writing, for the tests ------------------------------------------------------------------ */

static void
split_letter (gunichar  c,
              gunichar *base,
              gunichar *shape,
              gunichar *tone)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));

  *base = n > 0 ? parts[0] : c;
  *shape = *tone = 0;
  for (gsize i = 1; i < n; i++)
    {
      if (parts[i] == 0x0302 || parts[i] == 0x0306 || parts[i] == 0x031B)
        *shape = parts[i];
      else
        *tone = parts[i];
    }
}

static void
append_cp1252 (GString  *out,
               gunichar  c)
{
  int b = td_legacy_cp1252_byte (c);

  g_string_append_c (out, b >= 0 ? (char) b : '?');
}

static void
encode_vni (GString  *out,
            gunichar  c)
{
  gunichar base, shape, tone;
  gboolean capital = g_unichar_isupper (c);

  split_letter (c, &base, &shape, &tone);
  if (c < 0x80 || (shape == 0 && tone == 0 && c != 0x0111 && c != 0x0110))
    {
      append_cp1252 (out, c);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (vni_letters); i++)
    if (vni_letters[i].c == c)
      {
        g_string_append_c (out, (char) vni_letters[i].byte);
        return;
      }
  if (shape == 0x031B)
    {
      /* ơ ư are one byte, the tone a mark after them. */
      gunichar horned = g_unichar_compose (base, 0x031B, &horned) ? horned : base;

      encode_vni (out, horned);
      shape = 0;
      if (tone == 0)
        return;
    }
  else
    g_string_append_c (out, (char) base);
  for (guint i = 0; i < G_N_ELEMENTS (vni_marks); i++)
    if (vni_marks[i].shape == shape && vni_marks[i].tone == tone)
      {
        g_string_append_c (out, (char) (capital ? vni_marks[i].capital : vni_marks[i].small));
        return;
      }
  g_string_append_c (out, '?');
}

static void
encode_tcvn3 (GString  *out,
              gunichar  c)
{
  gunichar small = g_unichar_tolower (c);

  if (c < 0x80)
    {
      g_string_append_c (out, (char) c);
      return;
    }
  /* The seven capitals, then the small letters (for the capitals with a tone too). */
  for (guint i = 0x01; i <= 0x07; i++)
    if (tcvn3_high[i] == c)
      {
        g_string_append_c (out, (char) (0xA0 + i));
        return;
      }
  for (guint i = 0x08; i < G_N_ELEMENTS (tcvn3_high); i++)
    if (tcvn3_high[i] == small && g_unichar_islower (small))
      {
        g_string_append_c (out, (char) (0xA0 + i));
        return;
      }
  g_string_append_c (out, '?');
}

char *
td_legacy_from_utf8 (const char      *utf8,
                     TdTableEncoding  encoding,
                     gsize           *len)
{
  g_autofree char *normal = g_utf8_normalize (utf8, -1, G_NORMALIZE_NFC);
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (len != NULL, NULL);

  if (normal == NULL)
    normal = g_strdup ("");
  if (encoding == TD_TABLE_ENCODING_CP1258)
    {
      g_autoptr(GString) split = g_string_new (NULL);
      char *bytes;

      /* Windows-1258 has ă â ê ô ơ ư đ, and the tones as combining marks after them. */
      for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar base, shape, tone, shaped;

          split_letter (g_utf8_get_char (p), &base, &shape, &tone);
          if (shape != 0 && g_unichar_compose (base, shape, &shaped))
            base = shaped;
          else if (shape != 0)
            {
              g_string_append_unichar (split, base);
              base = shape;
            }
          g_string_append_unichar (split, base);
          if (tone != 0)
            g_string_append_unichar (split, tone);
        }
      bytes = g_convert_with_fallback (split->str, split->len, "CP1258", "UTF-8", "?", NULL,
                                       len, NULL);
      if (bytes != NULL)
        return bytes;
    }
  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (encoding == TD_TABLE_ENCODING_VNI)
        encode_vni (out, c);
      else if (encoding == TD_TABLE_ENCODING_TCVN3)
        encode_tcvn3 (out, c);
      else
        g_string_append_unichar (out, c);
    }
  *len = out->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Names ----------------------------------------------------------------------------------- */

static const struct {
  const char      *name;
  TdTableEncoding  encoding;
} encoding_names[] = {
  { "auto", TD_TABLE_ENCODING_AUTO },
  { "utf-8", TD_TABLE_ENCODING_UTF8 },
  { "tcvn3", TD_TABLE_ENCODING_TCVN3 },
  { "vni", TD_TABLE_ENCODING_VNI },
  { "cp1258", TD_TABLE_ENCODING_CP1258 },
  { "utf8", TD_TABLE_ENCODING_UTF8 },
  { "unicode", TD_TABLE_ENCODING_UTF8 },
  { "abc", TD_TABLE_ENCODING_TCVN3 },
  { "tcvn", TD_TABLE_ENCODING_TCVN3 },
  { "windows-1258", TD_TABLE_ENCODING_CP1258 },
};

const char *
td_legacy_encoding_to_string (TdTableEncoding encoding)
{
  for (guint i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    if (encoding_names[i].encoding == encoding)
      return encoding_names[i].name;
  return "auto";
}

gboolean
td_legacy_encoding_from_string (const char      *name,
                                TdTableEncoding *encoding)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    if (g_ascii_strcasecmp (encoding_names[i].name, name) == 0)
      {
        *encoding = encoding_names[i].encoding;
        return TRUE;
      }
  return FALSE;
}
