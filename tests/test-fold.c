/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Folding Vietnamese for matching (td-fold), and the printed "who carries it out" kept in
 * step with the units it names (td-responsible).
 */
#define G_LOG_DOMAIN "test-fold"

#include "config.h"

#include <string.h>

#include "td-fold.h"
#include "td-responsible.h"

static void
test_fold (void)
{
  struct { const char *text; const char *folded; } cases[] = {
    { "Tùng Ảnh", "tung anh" },
    { "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH", "uy ban nhan dan xa tung anh" },
    { "Đoàn thanh niên", "doan thanh nien" },
    { "đđĐĐ", "dddd" },
    /* The letters with a mark of their own: ă â ê ô ơ ư, with every tone. */
    { "ăắằẳẵặ âấầẩẫậ êếềểễệ ôốồổỗộ ơớờởỡợ ưứừửữự", "aaaaaa aaaaaa eeeeee oooooo oooooo uuuuuu" },
    { "Ý Ỳ Ỷ Ỹ Ỵ", "y y y y y" },
    /* Decomposed, as some programs write it: "Tu" + grave, "A" + hook above. */
    { "Tu\xcc\x80ng A\xcc\x89nh", "tung anh" },
    { "49/KH-UBND\tngày\n22", "49/kh-ubnd ngay 22" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = td_fold (cases[i].text);
      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
  g_assert_true (td_fold_equal ("Hội đồng thi đua", "hoi dong THI DUA"));
  g_assert_true (td_fold_equal ("VP Nội vụ", "vp nội VỤ"));
  g_assert_false (td_fold_equal ("Thôn 1", "Thôn 10"));
}

static void
test_find (void)
{
  const char *text = "Ủy ban nhân dân xã Tùng Ảnh xây dựng kế hoạch; Tùng ẢNH";
  g_autoptr(GArray) matches = td_fold_find_all (text, "tung anh", TD_FOLD_FIND_DEFAULT);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize start, end;

  g_assert_cmpuint (matches->len, ==, 2);
  /* The bytes of the text as written, its capitals and marks. */
  first = g_strndup (text + g_array_index (matches, TdFoldMatch, 0).start,
                     g_array_index (matches, TdFoldMatch, 0).end -
                       g_array_index (matches, TdFoldMatch, 0).start);
  second = g_strndup (text + g_array_index (matches, TdFoldMatch, 1).start,
                      g_array_index (matches, TdFoldMatch, 1).end -
                        g_array_index (matches, TdFoldMatch, 1).start);
  g_assert_cmpstr (first, ==, "Tùng Ảnh");
  g_assert_cmpstr (second, ==, "Tùng ẢNH");

  /* From a place on, and past the last. */
  g_assert_true (td_fold_find (text, "TÙNG", g_array_index (matches, TdFoldMatch, 0).start + 1,
                               TD_FOLD_FIND_DEFAULT, &start, &end));
  g_assert_cmpuint (start, ==, g_array_index (matches, TdFoldMatch, 1).start);
  g_assert_false (td_fold_find (text, "tung", end, TD_FOLD_FIND_DEFAULT, NULL, NULL));

  /* "d" finds "đ" and "d" alike; "đ" finds "d" too. */
  g_assert_cmpuint (td_fold_count ("Đảng, đoàn, dân", "d"), ==, 3);
  g_assert_cmpuint (td_fold_count ("dân", "đ"), ==, 1);
  g_assert_cmpuint (td_fold_count ("anything", ""), ==, 0);
  g_assert_cmpuint (td_fold_count ("aaaa", "aa"), ==, 2);

  /* A decomposed text: the match takes the marks after its last letter. */
  g_assert_true (td_fold_find ("xã Tu\xcc\x80ng", "tung", 0, TD_FOLD_FIND_DEFAULT, &start, &end));
  g_assert_cmpuint (start, ==, strlen ("xã "));
  g_assert_cmpuint (end, ==, strlen ("xã Tu\xcc\x80ng"));
}

static void
test_whole_words (void)
{
  g_assert_true (td_fold_find ("Thôn 1, Thôn 10", "thon 1", 0, TD_FOLD_FIND_WHOLE_WORDS,
                               NULL, NULL));
  g_assert_false (td_fold_find ("Thôn 10, Thôn 11", "thon 1", 0, TD_FOLD_FIND_WHOLE_WORDS,
                                NULL, NULL));
  g_assert_false (td_fold_find ("HTXX", "HTX", 0, TD_FOLD_FIND_WHOLE_WORDS, NULL, NULL));
  g_assert_true (td_fold_find ("các tổ chức HTX, trạm y tế", "htx", 0, TD_FOLD_FIND_WHOLE_WORDS,
                               NULL, NULL));
  g_assert_true (td_fold_find ("BCĐ XD NTM, VP nội vụ.", "VP NOI VU", 0, TD_FOLD_FIND_WHOLE_WORDS,
                               NULL, NULL));
  /* Not whole words: found inside a word. */
  g_assert_true (td_fold_find ("HTXX", "HTX", 0, TD_FOLD_FIND_DEFAULT, NULL, NULL));
}

static void
test_add (void)
{
  struct { const char *text; const char *name; const char *result; } cases[] = {
    { "", "HTX", "HTX" },
    { "   ", "HTX", "HTX" },
    { "VP nội vụ", "HTX", "VP nội vụ, HTX" },
    { "Ban chỉ đạo XD NTM; Ban phát triển thôn", "HTX",
      "Ban chỉ đạo XD NTM; Ban phát triển thôn; HTX" },
    { "BCĐ XD NTM, VP nội vụ.", "HTX", "BCĐ XD NTM, VP nội vụ, HTX." },
    { "VP nội vụ ", "Trạm y tế", "VP nội vụ, Trạm y tế" },
    /* Already named, as typed without marks or in capitals: as it is. */
    { "vp noi vu, HTX", "VP nội vụ", "vp noi vu, HTX" },
    { "TRẠM Y TẾ", "Trạm y tế", "TRẠM Y TẾ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = td_responsible_add (cases[i].text, cases[i].name);
      g_assert_cmpstr (result, ==, cases[i].result);
    }
}

static void
test_remove (void)
{
  struct { const char *text; const char *name; const char *result; } cases[] = {
    { "A, HTX, C", "HTX", "A, C" },
    { "A, HTX", "HTX", "A" },
    { "HTX, C", "HTX", "C" },
    { "HTX", "HTX", "" },
    { "A; HTX; C", "HTX", "A; C" },
    { "BCĐ XD NTM, VP nội vụ.", "VP nội vụ", "BCĐ XD NTM." },
    { "vp noi vu, HTX", "VP nội vụ", "HTX" },
    { "Cơ quan, các tổ chức HTX, trạm y tế", "HTX", "Cơ quan, các tổ chức, trạm y tế" },
    /* Not named: as it is. */
    { "Thôn 10, Thôn 11", "Thôn 1", "Thôn 10, Thôn 11" },
    { "", "HTX", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = td_responsible_remove (cases[i].text, cases[i].name);
      g_assert_cmpstr (result, ==, cases[i].result);
    }
}

static void
test_named (void)
{
  const char * const units[] = { "VP nội vụ", "HTX", "Trạm y tế", "Thôn 1", "Ban phát triển thôn 1",
                                 "Các ban ngành, lĩnh vực liên quan", NULL };
  g_auto(GStrv) none = td_responsible_named ("", units);
  g_auto(GStrv) some = td_responsible_named ("tram y te, VP NỘI VỤ; htx", units);
  g_auto(GStrv) longer = td_responsible_named ("Ban phát triển thôn 1", units);
  g_auto(GStrv) both = td_responsible_named ("Ban phát triển thôn 1, Thôn 1", units);
  g_auto(GStrv) comma = td_responsible_named ("Các ban ngành, lĩnh vực liên quan, HĐTĐ", units);
  g_autofree char *joined_some = NULL;
  g_autofree char *joined_both = NULL;

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  joined_some = g_strjoinv ("|", some);
  /* In the order of the units given. */
  g_assert_cmpstr (joined_some, ==, "VP nội vụ|HTX|Trạm y tế");
  /* "Thôn 1" inside the longer name is not named on its own. */
  g_assert_cmpuint (g_strv_length (longer), ==, 1);
  g_assert_cmpstr (longer[0], ==, "Ban phát triển thôn 1");
  joined_both = g_strjoinv ("|", both);
  g_assert_cmpstr (joined_both, ==, "Thôn 1|Ban phát triển thôn 1");
  /* A name with a comma in it is one name. */
  g_assert_cmpuint (g_strv_length (comma), ==, 1);
  g_assert_cmpstr (comma[0], ==, "Các ban ngành, lĩnh vực liên quan");
}

static void
test_relink (void)
{
  const char * const units[] = { "VP nội vụ", "HTX", "Thôn 1", "Thôn 10", NULL };
  const char * const linked[] = { "Cơ quan UBND xã", "VP nội vụ", NULL };
  g_auto(GStrv) typed = td_responsible_relink ("VP nội vụ", "VP nội vụ, htx", linked, units);
  g_auto(GStrv) taken_out = td_responsible_relink ("VP nội vụ, HTX", "HTX", linked, units);
  g_auto(GStrv) longer = NULL;
  g_auto(GStrv) same = td_responsible_relink ("", "Cơ quan", linked, units);
  g_autofree char *joined = NULL;

  /* Typed: linked. A link the text never named stays. */
  joined = g_strjoinv ("|", typed);
  g_assert_cmpstr (joined, ==, "Cơ quan UBND xã|VP nội vụ|HTX");
  g_clear_pointer (&joined, g_free);
  /* Taken out of the text: unlinked; named and not linked before: linked. */
  joined = g_strjoinv ("|", taken_out);
  g_assert_cmpstr (joined, ==, "Cơ quan UBND xã|HTX");
  g_clear_pointer (&joined, g_free);
  /* "Thôn 1" typed on into "Thôn 10": the one, then the other. */
  {
    const char * const thon1[] = { "Thôn 1", NULL };
    longer = td_responsible_relink ("Thôn 1", "Thôn 10", thon1, units);
  }
  joined = g_strjoinv ("|", longer);
  g_assert_cmpstr (joined, ==, "Thôn 10");
  g_clear_pointer (&joined, g_free);
  joined = g_strjoinv ("|", same);
  g_assert_cmpstr (joined, ==, "Cơ quan UBND xã|VP nội vụ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fold/fold", test_fold);
  g_test_add_func ("/fold/find", test_find);
  g_test_add_func ("/fold/whole-words", test_whole_words);
  g_test_add_func ("/responsible/add", test_add);
  g_test_add_func ("/responsible/remove", test_remove);
  g_test_add_func ("/responsible/named", test_named);
  g_test_add_func ("/responsible/relink", test_relink);

  return g_test_run ();
}
