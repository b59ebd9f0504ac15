/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Vietnamese order in four levels, each looked at only when the ones before it are equal:
 *
 *  1. the base letters (ă â ê ô ơ ư đ are letters of their own, not marked a e o u d),
 *     spaces first, then punctuation, then numbers by value, then letters;
 *  2. the tone of each word (a word has one; where its mark sits does not matter, so the
 *     old "hoà" and the new "hòa" are alike here);
 *  3. small letters before capitals;
 *  4. the text itself, composed (NFC), so only text that is really the same is equal.
 *
 * Each character is decomposed as Unicode does (a composed "ộ" and "o" + dot below +
 * circumflex give the same letter and tone). td_collate() walks the first level without
 * allocating, as a list of thousands of names is sorted by hundreds of thousands of
 * comparisons that nearly all end within a few letters; the other levels are rare and go
 * through the key.
 */
#define G_LOG_DOMAIN "td-collate"

#include "config.h"

#include <string.h>

#include "td-collate.h"

/* Primary weights. */
enum {
  W_SPACE        = 0,
  W_PUNCT        = 16,        /* + the character */
  W_NUMBER       = 0x110100,  /* + the number of digits */
  W_DIGIT        = W_NUMBER + 1000,
  W_LATIN        = 0x111000,  /* + the letter's rank */
  W_OTHER_LETTER = 0x112000,  /* + the character */
};

#define MAX_NUMBER_DIGITS 999

enum {
  MOD_NONE,
  MOD_BREVE,       /* ă */
  MOD_CIRCUMFLEX,  /* â ê ô */
  MOD_HORN,        /* ơ ư */
};

/* The 26 Latin letters and the six Vietnamese ones, in order: a ă â b c d đ e ê f g h i j
 * k l m n o ô ơ p q r s t u ư v w x y z. RANK_* are the ranks of the Vietnamese letters. */
static const guint8 latin_rank[26] = {
  /* a */ 0, /* b */ 3, /* c */ 4, /* d */ 5, /* e */ 7, /* f */ 9, /* g */ 10, /* h */ 11,
  /* i */ 12, /* j */ 13, /* k */ 14, /* l */ 15, /* m */ 16, /* n */ 17, /* o */ 18,
  /* p */ 21, /* q */ 22, /* r */ 23, /* s */ 24, /* t */ 25, /* u */ 26, /* v */ 28,
  /* w */ 29, /* x */ 30, /* y */ 31, /* z */ 32,
};

#define RANK_A_BREVE      1
#define RANK_A_CIRCUMFLEX 2
#define RANK_D_STROKE     6
#define RANK_E_CIRCUMFLEX 8
#define RANK_O_CIRCUMFLEX 19
#define RANK_O_HORN       20
#define RANK_U_HORN       27

typedef struct {
  const guchar *p;
  const guchar *end;
  /* The digits of a number still to give, after its length. */
  const guchar *digits;
  int           n_digits;

  /* The element just read. */
  guint32       primary;
  gboolean      letter;
  gboolean      upper;
  int           tone;        /* 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng */
  gunichar      other_mark;  /* the first mark that is neither a tone nor a letter's */
} Iter;

static void
iter_init (Iter       *iter,
           const char *text,
           gssize      len)
{
  if (text == NULL)
    text = "", len = 0;
  if (len < 0)
    len = strlen (text);
  *iter = (Iter) { .p = (const guchar *) text, .end = (const guchar *) text + len };
}

/* The next character, or -1 for a byte that starts no valid one (taken on its own). */
static gunichar
iter_peek (Iter *iter,
           int  *n_bytes)
{
  gunichar c;

  if (*iter->p < 0x80)
    {
      *n_bytes = 1;
      return *iter->p;
    }
  c = g_utf8_get_char_validated ((const char *) iter->p, iter->end - iter->p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *n_bytes = 1;
      return (gunichar) -1;
    }
  *n_bytes = g_utf8_next_char (iter->p) - (const char *) iter->p;
  return c;
}

static int
tone_of_mark (gunichar m)
{
  switch (m)
    {
    case 0x0300: return 1;  /* huyền */
    case 0x0309: return 2;  /* hỏi */
    case 0x0303: return 3;  /* ngã */
    case 0x0301: return 4;  /* sắc */
    case 0x0323: return 5;  /* nặng */
    default: return 0;
    }
}

/* The rank of @lower (an ASCII letter) carrying @mod; -1 when the mark makes no
 * Vietnamese letter of it. */
static int
rank_of (gunichar lower,
         int      mod)
{
  switch (mod)
    {
    case MOD_NONE:
      return latin_rank[lower - 'a'];
    case MOD_BREVE:
      return lower == 'a' ? RANK_A_BREVE : -1;
    case MOD_CIRCUMFLEX:
      return lower == 'a' ? RANK_A_CIRCUMFLEX : lower == 'e' ? RANK_E_CIRCUMFLEX
             : lower == 'o' ? RANK_O_CIRCUMFLEX : -1;
    case MOD_HORN:
      return lower == 'o' ? RANK_O_HORN : lower == 'u' ? RANK_U_HORN : -1;
    default:
      g_assert_not_reached ();
    }
}

static void
add_mark (Iter     *iter,
          gunichar  m,
          int      *mod)
{
  int tone = tone_of_mark (m);

  if (tone != 0 && iter->tone == 0)
    iter->tone = tone;
  else if (*mod == MOD_NONE && (m == 0x0306 || m == 0x0302 || m == 0x031B))
    *mod = m == 0x0306 ? MOD_BREVE : m == 0x0302 ? MOD_CIRCUMFLEX : MOD_HORN;
  else if (iter->other_mark == 0)
    iter->other_mark = m;
}

static void
read_letter (Iter     *iter,
             gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gunichar base, lower;
  gsize n = 1;
  int mod = MOD_NONE;
  int n_bytes;

  if (c < 0x80)
    parts[0] = c;
  else
    n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  base = n > 0 ? parts[0] : c;
  for (gsize i = 1; i < n; i++)
    add_mark (iter, parts[i], &mod);
  /* Decomposed text: the marks follow their letter. */
  while (iter->p < iter->end)
    {
      gunichar m = iter_peek (iter, &n_bytes);

      if (m == (gunichar) -1 || !g_unichar_ismark (m))
        break;
      add_mark (iter, m, &mod);
      iter->p += n_bytes;
    }

  lower = g_unichar_tolower (base);
  iter->upper = lower != base;
  iter->letter = TRUE;
  if (lower == 0x0111 || lower == 0x00F0)  /* đ, and ð which some keyboards give for it */
    {
      iter->primary = W_LATIN + RANK_D_STROKE;
      if (mod != MOD_NONE && iter->other_mark == 0)
        iter->other_mark = mod;
    }
  else if (lower >= 'a' && lower <= 'z')
    {
      int rank = rank_of (lower, mod);

      if (rank < 0)
        {
          /* ĕ, ŏ …: the letter, with the mark as one of no meaning here. */
          rank = latin_rank[lower - 'a'];
          if (iter->other_mark == 0)
            iter->other_mark = mod == MOD_BREVE ? 0x0306 : mod == MOD_CIRCUMFLEX ? 0x0302 : 0x031B;
        }
      iter->primary = W_LATIN + rank;
    }
  else if (g_unichar_isalpha (lower))
    iter->primary = W_OTHER_LETTER + lower;
  else
    {
      iter->letter = FALSE;
      iter->upper = FALSE;
      iter->primary = W_PUNCT + c;
    }
}

/* Reads the next element; FALSE at the end. */
static gboolean
iter_next (Iter *iter)
{
  gunichar c;
  int n_bytes;

  iter->letter = FALSE;
  iter->upper = FALSE;
  iter->tone = 0;
  iter->other_mark = 0;

  if (iter->n_digits > 0)
    {
      iter->primary = W_DIGIT + (*iter->digits - '0');
      iter->digits++;
      iter->n_digits--;
      return TRUE;
    }

  for (;;)
    {
      if (iter->p >= iter->end)
        return FALSE;
      c = iter_peek (iter, &n_bytes);
      /* A mark with no letter before it (the text starts with one) weighs nothing here. */
      if (c == (gunichar) -1 || !g_unichar_ismark (c))
        break;
      iter->p += n_bytes;
    }

  if (c == (gunichar) -1)
    {
      iter->primary = W_PUNCT + 0x110000 + *iter->p;
      iter->p++;
      return TRUE;
    }

  if (g_unichar_isspace (c))
    {
      /* A run of spaces is one space. */
      while (iter->p < iter->end)
        {
          c = iter_peek (iter, &n_bytes);
          if (c == (gunichar) -1 || !g_unichar_isspace (c))
            break;
          iter->p += n_bytes;
        }
      iter->primary = W_SPACE;
      return TRUE;
    }

  if (c >= '0' && c <= '9')
    {
      const guchar *start = iter->p;
      int n;

      while (iter->p < iter->end && *iter->p >= '0' && *iter->p <= '9')
        iter->p++;
      /* By value: the leading zeros do not count (the fourth level tells "02" from "2"). */
      while (start < iter->p - 1 && *start == '0')
        start++;
      n = MIN (iter->p - start, MAX_NUMBER_DIGITS);
      iter->digits = start;
      iter->n_digits = n;
      iter->primary = W_NUMBER + n;
      return TRUE;
    }

  iter->p += n_bytes;
  read_letter (iter, c);
  return TRUE;
}

/* Three bytes for a weight, each of them at least 2, so that the key holds no NUL and 1
 * can part its levels. */
static void
append_weight (GString *key,
               guint32  weight)
{
  g_string_append_c (key, (char) (weight / (254 * 254) + 2));
  g_string_append_c (key, (char) (weight / 254 % 254 + 2));
  g_string_append_c (key, (char) (weight % 254 + 2));
}

#define LEVEL_END  '\x01'
#define WORD_END   '\x02'

static char *
make_key (const char *text,
          gssize      len)
{
  GString *key = g_string_sized_new (len < 0 ? 64 : len * 5 + 8);
  GString *tones = g_string_new (NULL);
  GString *cases = g_string_new (NULL);
  g_autofree char *composed = NULL;
  gboolean in_word = FALSE;
  int word_tone = 0;
  GString *word_marks = g_string_new (NULL);
  Iter iter;

  iter_init (&iter, text, len);
  for (;;)
    {
      gboolean more = iter_next (&iter);

      if (in_word && (!more || !iter.letter))
        {
          g_string_append_c (tones, (char) (word_tone + 3));
          g_string_append_len (tones, word_marks->str, word_marks->len);
          g_string_append_c (tones, WORD_END);
          g_string_truncate (word_marks, 0);
          word_tone = 0;
          in_word = FALSE;
        }
      if (!more)
        break;
      append_weight (key, iter.primary);
      if (!iter.letter)
        continue;
      in_word = TRUE;
      if (word_tone == 0)
        word_tone = iter.tone;
      if (iter.other_mark != 0)
        append_weight (word_marks, iter.other_mark + 254 * 254);
      g_string_append_c (cases, iter.upper ? '\x03' : '\x02');
    }

  g_string_append_c (key, LEVEL_END);
  g_string_append_len (key, tones->str, tones->len);
  g_string_append_c (key, LEVEL_END);
  g_string_append_len (key, cases->str, cases->len);
  g_string_append_c (key, LEVEL_END);
  composed = g_utf8_normalize (text != NULL ? text : "", len, G_NORMALIZE_NFC);
  if (composed != NULL)
    g_string_append (key, composed);
  else
    g_string_append_len (key, text, len < 0 ? (gssize) strlen (text) : len);

  g_string_free (tones, TRUE);
  g_string_free (cases, TRUE);
  g_string_free (word_marks, TRUE);
  return g_string_free (key, FALSE);
}

char *
td_collate_key (const char *text)
{
  return make_key (text != NULL ? text : "", -1);
}

int
td_collate_len (const char *a,
                gssize      a_len,
                const char *b,
                gssize      b_len)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;
  Iter ia, ib;

  iter_init (&ia, a, a_len);
  iter_init (&ib, b, b_len);
  for (;;)
    {
      gboolean more_a = iter_next (&ia);
      gboolean more_b = iter_next (&ib);

      if (!more_a || !more_b)
        {
          if (more_a != more_b)
            return more_a ? 1 : -1;
          break;
        }
      if (ia.primary != ib.primary)
        return ia.primary < ib.primary ? -1 : 1;
    }

  /* The same letters: the rare case, decided by the keys' other levels. */
  key_a = make_key (a != NULL ? a : "", a != NULL ? a_len : 0);
  key_b = make_key (b != NULL ? b : "", b != NULL ? b_len : 0);
  return strcmp (key_a, key_b);
}

int
td_collate (const char *a,
            const char *b)
{
  return td_collate_len (a, -1, b, -1);
}
