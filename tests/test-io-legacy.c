/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The old Vietnamese encodings (td-legacy): the bytes of real names in TCVN3, VNI and
 * Windows-1258 read back as Unicode, which reading is detected, and names written in each
 * and read back unchanged.
 */
#define G_LOG_DOMAIN "test-io-legacy"

#include "config.h"

#include <string.h>

#include "td-legacy.h"

/* Names as offices have them, the capitals with a tone among them. */
static const char *const names[] = {
  "Nguyễn Văn Tùng", "Phạm Thị Ảnh", "Thôn Đông Hưng", "Trường Tiểu học Tùng Ảnh",
  "Hợp tác xã Nông nghiệp", "Trạm Y tế xã", "Đoàn Thanh niên", "Lê Thị Huyền Trang",
  "Hội Cựu chiến binh", "Trần Quốc Tuấn", "Nguyễn Thị Thúy Hằng", "Ủy ban nhân dân xã",
  "Ấp Bắc", "Đỗ Ngọc Ước", "Võ Thị Sáu", "Bùi Thị Xuân", "Hoàng Ỷ Lan",
};

static void
assert_reads (const char      *bytes,
              TdTableEncoding  encoding,
              const char      *expected)
{
  g_autofree char *text = td_legacy_to_utf8 (bytes, -1, encoding);

  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (td_legacy_detect (bytes, strlen (bytes)), ==, encoding);
  g_free (text);
  /* Detected, the same. */
  text = td_legacy_to_utf8 (bytes, -1, TD_TABLE_ENCODING_AUTO);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_tcvn3 (void)
{
  /* The bytes from the chart of TCVN 5712:1993, VN3. */
  assert_reads ("Nguy\xd4n V\xa8n T\xefng", TD_TABLE_ENCODING_TCVN3, "Nguyễn Văn Tùng");
  assert_reads ("Ph\xb9m Th\xde \xb6nh", TD_TABLE_ENCODING_TCVN3, "Phạm Thị Ảnh");
  assert_reads ("Th\xabn \xa7\xabng H\xadng", TD_TABLE_ENCODING_TCVN3, "Thôn Đông Hưng");
  assert_reads ("Tr\xad\xea" "ng Ti\xd3" "u h\xe4" "c", TD_TABLE_ENCODING_TCVN3,
                "Trường Tiểu học");
  /* Typed for .VnTimeH, the capitals' font: the toned letters are small ones. */
  assert_reads ("TR\xa6\xea" "NG TI\xd3" "U H\xe4" "C", TD_TABLE_ENCODING_TCVN3,
                "TRƯỜNG TIỂU HỌC");
  /* At the start of a cell, not in the middle of a sentence. */
  assert_reads ("\xf1y ban nh\xa9n d\xa9n x\xb7 v\xb5 \xf1y ban", TD_TABLE_ENCODING_TCVN3,
                "Ủy ban nhân dân xã và ủy ban");
}

/* Every byte of the chart against the C library's TCVN 5712-1, where it has one; after an
 * "x", so that no word starts with it and is given a capital. */
static void
test_tcvn3_chart (void)
{
  guint compared = 0;

  for (guint b = 0xA1; b <= 0xFF; b++)
    {
      char byte[3] = { 'x', (char) b, '\0' };
      g_autofree char *ours = td_legacy_to_utf8 (byte, 2, TD_TABLE_ENCODING_TCVN3);
      g_autofree char *libc = g_convert (byte, 2, "UTF-8", "TCVN5712-1", NULL, NULL, NULL);
      g_autofree char *normal = NULL;

      if (libc == NULL)
        continue;
      normal = g_utf8_normalize (libc, -1, G_NORMALIZE_NFC);
      g_assert_cmpstr (ours, ==, normal);
      compared++;
    }
  if (compared == 0)
    g_test_skip ("no TCVN5712-1 in this C library");
  else
    g_assert_cmpuint (compared, ==, 0xFF - 0xA1 + 1);
}

static void
test_vni (void)
{
  /* A base letter, then one byte for its marks (VNI-Windows). */
  assert_reads ("Nguye\xe3n Va\xea" "n Tu\xf8ng", TD_TABLE_ENCODING_VNI, "Nguyễn Văn Tùng");
  assert_reads ("Pha\xefm Th\xf2 A\xdb" "nh", TD_TABLE_ENCODING_VNI, "Phạm Thị Ảnh");
  assert_reads ("Tho\xe2n \xd1o\xe2ng H\xf6ng", TD_TABLE_ENCODING_VNI, "Thôn Đông Hưng");
  assert_reads ("Tr\xf6\xf4\xf8ng Tie\xe5u ho\xef" "c", TD_TABLE_ENCODING_VNI,
                "Trường Tiểu học");
  assert_reads ("TR\xd6\xd4\xd8NG TIE\xc5U HO\xcf" "C", TD_TABLE_ENCODING_VNI,
                "TRƯỜNG TIỂU HỌC");
}

static void
test_cp1258 (void)
{
  /* Letters with a tone as a letter and a combining tone. */
  assert_reads ("Nguy\xea\xde" "n V\xe3n T\xf9ng", TD_TABLE_ENCODING_CP1258, "Nguyễn Văn Tùng");
  assert_reads ("Pha\xf2m Thi\xf2 A\xd2nh", TD_TABLE_ENCODING_CP1258, "Phạm Thị Ảnh");
}

/* A long text with a combining tone in every name reads as the short one does, across
 * the pieces it is composed in (and without the time GLib takes composing it whole). */
static void
test_cp1258_long (void)
{
  g_autoptr(GString) bytes = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < 20000; i++)
    {
      g_string_append (bytes, i % 3 == 0 ? "Nguy\xea\xde" "n V\xe3n T\xf9ng\n"
                                         : "Pha\xf2m Thi\xf2 A\xd2nh ");
      g_string_append (expected, i % 3 == 0 ? "Nguyễn Văn Tùng\n" : "Phạm Thị Ảnh ");
    }
  text = td_legacy_to_utf8 (bytes->str, bytes->len, TD_TABLE_ENCODING_CP1258);
  g_assert_cmpstr (text, ==, expected->str);
}

/* The text of Unicode files typed with legacy fonts: each character one of the bytes. */
static void
test_in_unicode (void)
{
  assert_reads ("NguyÔn V¨n Tïng", TD_TABLE_ENCODING_TCVN3, "Nguyễn Văn Tùng");
  assert_reads ("Th«n §«ng H\xc2\xad" "ng", TD_TABLE_ENCODING_TCVN3, "Thôn Đông Hưng");
  assert_reads ("Nguyeãn Vaên Tuøng", TD_TABLE_ENCODING_VNI, "Nguyễn Văn Tùng");
  /* Real Unicode, and Unicode that has Latin-1 letters alone, stay. */
  assert_reads ("Nguyễn Văn Tùng", TD_TABLE_ENCODING_UTF8, "Nguyễn Văn Tùng");
  assert_reads ("Tô Hoài", TD_TABLE_ENCODING_UTF8, "Tô Hoài");
  assert_reads ("Nguyen Van Tung", TD_TABLE_ENCODING_UTF8, "Nguyen Van Tung");
  assert_reads ("", TD_TABLE_ENCODING_UTF8, "");
  /* Decomposed, as a Mac writes it: composed. */
  assert_reads ("Tu\xcc\x80ng A\xcc\x89nh", TD_TABLE_ENCODING_UTF8, "Tùng Ảnh");
}

static void
test_round_trip (void)
{
  static const TdTableEncoding encodings[] = {
    TD_TABLE_ENCODING_TCVN3, TD_TABLE_ENCODING_VNI, TD_TABLE_ENCODING_CP1258,
  };

  for (guint e = 0; e < G_N_ELEMENTS (encodings); e++)
    {
      g_autoptr(GString) all = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          gsize len = 0;
          g_autofree char *bytes = td_legacy_from_utf8 (names[i], encodings[e], &len);
          g_autofree char *back = td_legacy_to_utf8 (bytes, len, encodings[e]);

          g_assert_cmpstr (back, ==, names[i]);
          g_string_append_len (all, bytes, len);
          g_string_append (all, "\r\n");
        }
      /* A whole list of them is detected as what it is. */
      g_assert_cmpint (td_legacy_detect (all->str, all->len), ==, encodings[e]);
    }
}

static void
test_score (void)
{
  g_assert_cmpint (td_legacy_score ("Nguyễn Văn Tùng", -1), ==, 3);
  g_assert_cmpint (td_legacy_score ("Nguyen Van Tung", -1), ==, 0);
  /* "Tïng" is no syllable, "NguyÔn" has a capital inside, "¨" is a stray symbol. */
  g_assert_cmpint (td_legacy_score ("NguyÔn V¨n Tïng", -1), ==, -3);
  g_assert_cmpint (td_legacy_score ("Nguyeãn", -1), ==, -1);
  g_assert_cmpint (td_legacy_score ("khuya nghiêng quyết giữa", -1), ==, 3);
}

static void
test_names (void)
{
  TdTableEncoding encoding = TD_TABLE_ENCODING_AUTO;

  g_assert_cmpstr (td_legacy_encoding_to_string (TD_TABLE_ENCODING_TCVN3), ==, "tcvn3");
  g_assert_cmpstr (td_legacy_encoding_to_string (TD_TABLE_ENCODING_UTF8), ==, "utf-8");
  g_assert_true (td_legacy_encoding_from_string ("VNI", &encoding));
  g_assert_cmpint (encoding, ==, TD_TABLE_ENCODING_VNI);
  g_assert_true (td_legacy_encoding_from_string ("windows-1258", &encoding));
  g_assert_cmpint (encoding, ==, TD_TABLE_ENCODING_CP1258);
  g_assert_true (td_legacy_encoding_from_string ("abc", &encoding));
  g_assert_cmpint (encoding, ==, TD_TABLE_ENCODING_TCVN3);
  g_assert_false (td_legacy_encoding_from_string ("latin-1", &encoding));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/legacy/tcvn3", test_tcvn3);
  g_test_add_func ("/io/legacy/tcvn3/chart", test_tcvn3_chart);
  g_test_add_func ("/io/legacy/vni", test_vni);
  g_test_add_func ("/io/legacy/cp1258/long", test_cp1258_long);
  g_test_add_func ("/io/legacy/cp1258", test_cp1258);
  g_test_add_func ("/io/legacy/in-unicode", test_in_unicode);
  g_test_add_func ("/io/legacy/round-trip", test_round_trip);
  g_test_add_func ("/io/legacy/score", test_score);
  g_test_add_func ("/io/legacy/names", test_names);
  return g_test_run ();
}
