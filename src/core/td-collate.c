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

/* What a character is for ordering, made once for each of the first 8,192 characters
 * (every Latin letter, the combining marks, the Vietnamese letters of U+1Exx) so that a
 * comparison looks them up instead of decomposing them again. */
enum {
  CLASS_OTHER,   /* punctuation, symbols: weighed as themselves */
  CLASS_SPACE,
  CLASS_DIGIT,   /* 0–9 */
  CLASS_MARK,    /* a combining mark, in @lower */
  CLASS_LETTER,  /* a letter: @lower is its base in small letters, with @mod, @tone … */
};

typedef struct {
  gunichar lower;
  gunichar other_mark;  /* the first mark that is neither a tone nor a letter's */
  guint8   klass;
  guint8   mod;
  guint8   tone;        /* 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng */
  guint8   upper;
} CharInfo;

#define N_TABLE 0x2000

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
  int           tone;
  gunichar      other_mark;
} Iter;

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

static void
add_mark (gunichar  m,
          guint8   *tone,
          guint8   *mod,
          gunichar *other_mark)
{
  int t = tone_of_mark (m);

  if (t != 0 && *tone == 0)
    *tone = t;
  else if (*mod == MOD_NONE && (m == 0x0306 || m == 0x0302 || m == 0x031B))
    *mod = m == 0x0306 ? MOD_BREVE : m == 0x0302 ? MOD_CIRCUMFLEX : MOD_HORN;
  else if (*other_mark == 0)
    *other_mark = m;
}

static void
compute_info (gunichar  c,
              CharInfo *info)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;
  gunichar base;

  *info = (CharInfo) { .lower = c, .klass = CLASS_OTHER };
  /* Đ đ, and Ð ð which some keyboards give for them: a letter of its own, not a marked d. */
  if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0)
    {
      info->klass = CLASS_LETTER;
      info->lower = 0x0111;
      info->upper = c == 0x0110 || c == 0x00D0;
      return;
    }
  if (g_unichar_ismark (c))
    {
      info->klass = CLASS_MARK;
      return;
    }
  if (g_unichar_isspace (c))
    {
      info->klass = CLASS_SPACE;
      return;
    }
  if (c >= '0' && c <= '9')
    {
      info->klass = CLASS_DIGIT;
      return;
    }
  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  base = n > 0 ? parts[0] : c;
  info->lower = g_unichar_tolower (base);
  if (!g_unichar_isalpha (info->lower))
    {
      info->lower = c;
      return;
    }
  info->klass = CLASS_LETTER;
  info->upper = info->lower != base;
  for (gsize i = 1; i < n; i++)
    add_mark (parts[i], &info->tone, &info->mod, &info->other_mark);
}

static gpointer
make_table (gpointer data)
{
  CharInfo *table = g_new (CharInfo, N_TABLE);

  for (gunichar c = 0; c < N_TABLE; c++)
    compute_info (c, &table[c]);
  return table;
}

/* Written once, then only read, from any thread. */
static const CharInfo *
get_table (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, make_table, NULL);
}

static inline void
char_info (const CharInfo *table,
           gunichar        c,
           CharInfo       *info)
{
  if (c < N_TABLE)
    *info = table[c];
  else
    compute_info (c, info);
}

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

#define IS_CONTINUATION(b) (((b) & 0xC0) == 0x80)

/* The next character, or -1 for a byte that starts no valid one (taken on its own). */
static inline gunichar
iter_peek (Iter *iter,
           int  *n_bytes)
{
  const guchar *p = iter->p;
  gssize left = iter->end - p;
  gunichar c;

  if (p[0] < 0x80)
    {
      *n_bytes = 1;
      return p[0];
    }
  /* The two- and three-byte forms, which hold every Vietnamese letter and mark. */
  if (p[0] >= 0xC2 && p[0] < 0xE0 && left >= 2 && IS_CONTINUATION (p[1]))
    {
      *n_bytes = 2;
      return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if (p[0] >= 0xE0 && p[0] < 0xF0 && left >= 3 && IS_CONTINUATION (p[1]) &&
      IS_CONTINUATION (p[2]))
    {
      c = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF))
        {
          *n_bytes = 3;
          return c;
        }
    }
  c = g_utf8_get_char_validated ((const char *) p, left);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *n_bytes = 1;
      return (gunichar) -1;
    }
  *n_bytes = g_utf8_next_char (p) - (const char *) p;
  return c;
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
read_letter (Iter           *iter,
             const CharInfo *table,
             CharInfo       *info)
{
  guint8 mod = info->mod;
  guint8 tone = info->tone;
  gunichar other_mark = info->other_mark;
  int n_bytes;

  /* Decomposed text: the marks follow their letter. */
  while (iter->p < iter->end)
    {
      gunichar m = iter_peek (iter, &n_bytes);
      CharInfo mark;

      if (m == (gunichar) -1)
        break;
      char_info (table, m, &mark);
      if (mark.klass != CLASS_MARK)
        break;
      add_mark (m, &tone, &mod, &other_mark);
      iter->p += n_bytes;
    }

  iter->letter = TRUE;
  iter->upper = info->upper;
  iter->tone = tone;
  if (info->lower == 0x0111)
    {
      iter->primary = W_LATIN + RANK_D_STROKE;
      if (mod != MOD_NONE && other_mark == 0)
        other_mark = mod == MOD_BREVE ? 0x0306 : mod == MOD_CIRCUMFLEX ? 0x0302 : 0x031B;
    }
  else if (info->lower >= 'a' && info->lower <= 'z')
    {
      int rank = rank_of (info->lower, mod);

      if (rank < 0)
        {
          /* ĕ, ŏ …: the letter, with the mark as one of no meaning here. */
          rank = latin_rank[info->lower - 'a'];
          if (other_mark == 0)
            other_mark = mod == MOD_BREVE ? 0x0306 : mod == MOD_CIRCUMFLEX ? 0x0302 : 0x031B;
        }
      iter->primary = W_LATIN + rank;
    }
  else
    iter->primary = W_OTHER_LETTER + info->lower;
  iter->other_mark = other_mark;
}

/* Reads the next element; FALSE at the end. */
static gboolean
iter_next (Iter           *iter,
           const CharInfo *table)
{
  CharInfo info;
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
      if (c == (gunichar) -1)
        {
          iter->primary = W_PUNCT + 0x110000 + *iter->p;
          iter->p++;
          return TRUE;
        }
      char_info (table, c, &info);
      /* A mark with no letter before it (the text starts with one) weighs nothing here. */
      if (info.klass != CLASS_MARK)
        break;
      iter->p += n_bytes;
    }

  switch (info.klass)
    {
    case CLASS_SPACE:
      /* A run of spaces is one space. */
      iter->p += n_bytes;
      while (iter->p < iter->end)
        {
          CharInfo next;

          c = iter_peek (iter, &n_bytes);
          if (c == (gunichar) -1)
            break;
          char_info (table, c, &next);
          if (next.klass != CLASS_SPACE)
            break;
          iter->p += n_bytes;
        }
      iter->primary = W_SPACE;
      return TRUE;

    case CLASS_DIGIT:
      {
        const guchar *start = iter->p;
        int n;

        while (iter->p < iter->end && *iter->p >= '0' && *iter->p <= '9')
          iter->p++;
        /* By value: leading zeros do not count (the fourth level tells "02" from "2"). */
        while (start < iter->p - 1 && *start == '0')
          start++;
        n = MIN (iter->p - start, MAX_NUMBER_DIGITS);
        iter->digits = start;
        iter->n_digits = n;
        iter->primary = W_NUMBER + n;
        return TRUE;
      }

    case CLASS_LETTER:
      iter->p += n_bytes;
      read_letter (iter, table, &info);
      return TRUE;

    case CLASS_OTHER:
    default:
      iter->p += n_bytes;
      iter->primary = W_PUNCT + c;
      return TRUE;
    }
}

/* Three bytes for a weight, each of them at least 2, so that the key holds no NUL and 1
 * can part its levels. */
static inline char *
put_weight (char    *out,
            guint32  weight)
{
  out[0] = (char) (weight / (254 * 254) + 2);
  out[1] = (char) (weight / 254 % 254 + 2);
  out[2] = (char) (weight % 254 + 2);
  return out + 3;
}

/* Whether @text is composed (NFC) as it is: every character below the combining marks or
 * one of the Vietnamese letters of U+1E00–U+1EFF, none of which Unicode composes further
 * or takes apart. Names nearly always are, and normalizing is half of what a key costs. */
static gboolean
is_composed (const char *text,
             gsize       len)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2 ||
          !(c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF)))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

#define LEVEL_END  '\x01'
#define WORD_END   '\x02'

/* What a key of @len bytes of text needs at most, level by level: three bytes for each
 * element, and a number gives one element more than its digits; a tone and a word's end
 * for each word, and three bytes of an odd mark for each letter; a case for each letter. */
#define PRIMARY_MAX(len)    ((len) * 6)
#define TONES_MAX(len)      ((len) * 5)
#define CASES_MAX(len)      (len)
#define WORD_MARKS_MAX(len) ((len) * 3)
#define SCRATCH_MAX(len)    (PRIMARY_MAX (len) + TONES_MAX (len) + CASES_MAX (len) + \
                             WORD_MARKS_MAX (len))

/* The levels are written into one scratch buffer (on the stack for a name), then copied
 * into the key: a list of 20,000 households makes 20,000 keys when it is read. */
static char *
make_key (const char *text,
          gssize      len)
{
  char stack_scratch[4096];
  g_autofree char *heap_scratch = NULL;
  g_autofree char *composed = NULL;
  char *primary, *tones, *cases, *word_marks;
  char *p_end, *t_end, *c_end, *m_end;
  const char *last;
  gsize last_len;
  gboolean in_word = FALSE;
  int word_tone = 0;
  const CharInfo *table = get_table ();
  char *key, *out;
  Iter iter;

  if (len < 0)
    len = strlen (text);
  if ((gsize) len <= sizeof stack_scratch / 15)
    primary = stack_scratch;
  else
    primary = heap_scratch = g_malloc (SCRATCH_MAX ((gsize) len));
  tones = primary + PRIMARY_MAX (len);
  cases = tones + TONES_MAX (len);
  word_marks = cases + CASES_MAX (len);
  p_end = primary, t_end = tones, c_end = cases, m_end = word_marks;

  iter_init (&iter, text, len);
  for (;;)
    {
      gboolean more = iter_next (&iter, table);

      if (in_word && (!more || !iter.letter))
        {
          *t_end++ = (char) (word_tone + 3);
          memcpy (t_end, word_marks, m_end - word_marks);
          t_end += m_end - word_marks;
          *t_end++ = WORD_END;
          m_end = word_marks;
          word_tone = 0;
          in_word = FALSE;
        }
      if (!more)
        break;
      p_end = put_weight (p_end, iter.primary);
      if (!iter.letter)
        continue;
      in_word = TRUE;
      if (word_tone == 0)
        word_tone = iter.tone;
      if (iter.other_mark != 0)
        m_end = put_weight (m_end, iter.other_mark + 254 * 254);
      *c_end++ = iter.upper ? '\x03' : '\x02';
    }

  /* The fourth level: the text composed. */
  if (!is_composed (text, len))
    composed = g_utf8_normalize (text, len, G_NORMALIZE_NFC);
  last = composed != NULL ? composed : text;
  last_len = composed != NULL ? strlen (composed) : (gsize) len;

  key = out = g_malloc ((p_end - primary) + (t_end - tones) + (c_end - cases) + last_len + 4);
  memcpy (out, primary, p_end - primary);
  out += p_end - primary;
  *out++ = LEVEL_END;
  memcpy (out, tones, t_end - tones);
  out += t_end - tones;
  *out++ = LEVEL_END;
  memcpy (out, cases, c_end - cases);
  out += c_end - cases;
  *out++ = LEVEL_END;
  memcpy (out, last, last_len);
  out[last_len] = '\0';
  return key;
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
  const CharInfo *table = get_table ();
  Iter ia, ib;

  if (a == NULL)
    a = "", a_len = 0;
  if (b == NULL)
    b = "", b_len = 0;
  if (a_len < 0)
    a_len = strlen (a);
  if (b_len < 0)
    b_len = strlen (b);
  /* Names share long beginnings ("Nguyễn Văn …"): the same bytes up to a space after a
   * letter or digit are the same elements, so the walk starts at that space. */
  {
    gssize n = MIN (a_len, b_len);
    gssize same = 0;
    gssize skip = 0;

    while (same < n && a[same] == b[same])
      same++;
    for (gssize k = same - 1; k > 0; k--)
      if (a[k] == ' ' && g_ascii_isalnum (a[k - 1]))
        {
          skip = k;
          break;
        }
    iter_init (&ia, a + skip, a_len - skip);
    iter_init (&ib, b + skip, b_len - skip);
  }
  for (;;)
    {
      gboolean more_a = iter_next (&ia, table);
      gboolean more_b = iter_next (&ib, table);

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
  key_a = make_key (a, a_len);
  key_b = make_key (b, b_len);
  return strcmp (key_a, key_b);
}

int
td_collate (const char *a,
            const char *b)
{
  return td_collate_len (a, -1, b, -1);
}
