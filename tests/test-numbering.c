/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-numbering"

#include "config.h"

#include "td-numbering.h"

static void
assert_format (guint       depth,
               guint       ordinal,
               const char *expected)
{
  g_autofree char *number = td_numbering_format (depth, ordinal);

  g_assert_cmpstr (number, ==, expected);
}

static void
test_format (void)
{
  assert_format (0, 1, "I.");
  assert_format (0, 4, "IV.");
  assert_format (0, 5, "V.");
  assert_format (0, 9, "IX.");
  assert_format (0, 14, "XIV.");
  assert_format (1, 1, "1.");
  assert_format (1, 12, "12.");
  assert_format (2, 1, "a)");
  assert_format (2, 4, "d)");
  /* The Vietnamese alphabet: đ after d, no f. */
  assert_format (2, 5, "đ)");
  assert_format (2, 6, "e)");
  assert_format (2, 7, "g)");
  assert_format (2, 23, "y)");
  assert_format (2, 24, "24)");
  assert_format (3, 2, "-");
}

static void
test_parse (void)
{
  /* The headings of the sample plan. */
  g_assert_cmpuint (td_numbering_parse (0, "I. MỤC ĐÍCH YÊU CẦU"), ==, 1);
  g_assert_cmpuint (td_numbering_parse (0, "IV. TỔ CHỨC THỰC HIỆN"), ==, 4);
  g_assert_cmpuint (td_numbering_parse (0, "III. CÁC GIẢI PHÁP CHỦ YẾU."), ==, 3);
  g_assert_cmpuint (td_numbering_parse (1, "2. Yêu cầu:"), ==, 2);
  g_assert_cmpuint (td_numbering_parse (2, "đ) Khen thưởng"), ==, 5);
  g_assert_cmpuint (td_numbering_parse (2, "b) Thôn"), ==, 2);

  /* A number of another level, or none. */
  g_assert_cmpuint (td_numbering_parse (0, "2. Yêu cầu:"), ==, 0);
  g_assert_cmpuint (td_numbering_parse (1, "II. NỘI DUNG"), ==, 0);
  g_assert_cmpuint (td_numbering_parse (1, "Yêu cầu"), ==, 0);
  g_assert_cmpuint (td_numbering_parse (0, "Căn cứ"), ==, 0);
  g_assert_cmpuint (td_numbering_parse (0, "VỀ"), ==, 0);
  g_assert_cmpuint (td_numbering_parse (2, "Công tác"), ==, 0);
  g_assert_cmpuint (td_numbering_parse (1, ". x"), ==, 0);
  g_assert_cmpuint (td_numbering_parse (0, ""), ==, 0);
  g_assert_cmpuint (td_numbering_parse (0, NULL), ==, 0);
}

static void
assert_proposed (guint       depth,
                 const char *previous,
                 guint       position,
                 const char *expected)
{
  g_autofree char *number = td_numbering_propose (depth, previous, position);

  g_assert_cmpstr (number, ==, expected);
}

static void
test_propose (void)
{
  /* After the last part of the sample plan. */
  assert_proposed (0, "IV. TỔ CHỨC THỰC HIỆN", 4, "V.");
  /* After "1. Mục đích." under I. */
  assert_proposed (1, "1. Mục đích.", 1, "2.");
  /* The first of its level. */
  assert_proposed (0, NULL, 0, "I.");
  assert_proposed (1, NULL, 0, "1.");
  assert_proposed (2, NULL, 0, "a)");
  assert_proposed (2, "b) Thôn", 2, "c)");
  assert_proposed (2, "d) Xóm", 4, "đ)");
  /* The heading above has no number: its place decides. */
  assert_proposed (0, "Phần mở đầu", 2, "III.");
  assert_proposed (1, "Yêu cầu", 0, "1.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/numbering/format", test_format);
  g_test_add_func ("/numbering/parse", test_parse);
  g_test_add_func ("/numbering/propose", test_propose);

  return g_test_run ();
}
