/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-money"

#include "config.h"

#include "td-money.h"

/* Base salary (lương cơ sở) from 1 July 2024, Decree 73/2024. */
#define BASE_SALARY G_GINT64_CONSTANT (2340000)
#define STEP G_GINT64_CONSTANT (10000)

static void
assert_format (gint64      dong,
               const char *expected)
{
  g_autofree char *text = td_money_format (dong);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format (void)
{
  assert_format (0, "0");
  assert_format (7, "7");
  assert_format (999, "999");
  assert_format (1000, "1.000");
  assert_format (10000, "10.000");
  assert_format (100000, "100.000");
  assert_format (702000, "702.000");
  assert_format (1490000, "1.490.000");
  assert_format (2340000, "2.340.000");
  assert_format (1234567890, "1.234.567.890");
}

static void
test_format_negative (void)
{
  assert_format (-1500, "-1.500");
  assert_format (-999, "-999");
  assert_format (-100000, "-100.000");
}

static void
test_format_extremes (void)
{
  assert_format (G_MAXINT64, "9.223.372.036.854.775.807");
  assert_format (G_MININT64, "-9.223.372.036.854.775.808");
}

static void
assert_decimal (double      value,
                guint       decimals,
                const char *expected)
{
  g_autofree char *text = td_money_format_decimal (value, decimals);

  g_assert_cmpstr (text, ==, expected);
}

/* Scores and shares: a comma before the decimals, dots between thousands. */
static void
test_format_decimal (void)
{
  assert_decimal (1234567, 0, "1.234.567");
  assert_decimal (1234567.5, 1, "1.234.567,5");
  assert_decimal (98.25, 2, "98,25");
  assert_decimal (98.2, 2, "98,20");
  assert_decimal (0.05, 1, "0,1");
  assert_decimal (1000.04, 1, "1.000,0");
  assert_decimal (-1500.5, 1, "-1.500,5");
  assert_decimal (-0.5, 1, "-0,5");
  assert_decimal (9.95, 1, "10,0");
}

static void
test_round_up (void)
{
  g_assert_cmpint (td_money_round (702000, STEP, TD_ROUND_UP), ==, 710000);
  g_assert_cmpint (td_money_round (700001, STEP, TD_ROUND_UP), ==, 710000);
  g_assert_cmpint (td_money_round (709999, STEP, TD_ROUND_UP), ==, 710000);
  g_assert_cmpint (td_money_round (1872000, STEP, TD_ROUND_UP), ==, 1880000);
  g_assert_cmpint (td_money_round (1, 1000, TD_ROUND_UP), ==, 1000);
}

static void
test_round_nearest (void)
{
  g_assert_cmpint (td_money_round (223500, STEP, TD_ROUND_NEAREST), ==, 220000);
  g_assert_cmpint (td_money_round (224999, STEP, TD_ROUND_NEAREST), ==, 220000);
  /* Halves go up. */
  g_assert_cmpint (td_money_round (225000, STEP, TD_ROUND_NEAREST), ==, 230000);
  g_assert_cmpint (td_money_round (226000, STEP, TD_ROUND_NEAREST), ==, 230000);
  g_assert_cmpint (td_money_round (702000, STEP, TD_ROUND_NEAREST), ==, 700000);
  g_assert_cmpint (td_money_round (1500, 1000, TD_ROUND_NEAREST), ==, 2000);
}

static void
test_round_exact (void)
{
  g_assert_cmpint (td_money_round (700000, STEP, TD_ROUND_UP), ==, 700000);
  g_assert_cmpint (td_money_round (700000, STEP, TD_ROUND_NEAREST), ==, 700000);
  g_assert_cmpint (td_money_round (2340000, STEP, TD_ROUND_UP), ==, 2340000);
  g_assert_cmpint (td_money_round (3510000, STEP, TD_ROUND_NEAREST), ==, 3510000);
  g_assert_cmpint (td_money_round (12345, 1, TD_ROUND_UP), ==, 12345);
}

static void
test_round_zero (void)
{
  g_assert_cmpint (td_money_round (0, STEP, TD_ROUND_UP), ==, 0);
  g_assert_cmpint (td_money_round (0, STEP, TD_ROUND_NEAREST), ==, 0);
}

static void
test_round_negative (void)
{
  /* The magnitude is rounded, so a deduction mirrors the bonus it cancels. */
  g_assert_cmpint (td_money_round (-702000, STEP, TD_ROUND_UP), ==, -710000);
  g_assert_cmpint (td_money_round (-225000, STEP, TD_ROUND_NEAREST), ==, -230000);
  g_assert_cmpint (td_money_round (-223500, STEP, TD_ROUND_NEAREST), ==, -220000);
}

static void
test_round_invalid_step (void)
{
  if (g_test_subprocess ())
    {
      /* Criticals are fatal in tests, so this aborts the subprocess. */
      td_money_round (702000, 0, TD_ROUND_UP);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*step > 0*");
}

static void
test_bonus_exact (void)
{
  g_assert_cmpint (td_money_bonus (300, BASE_SALARY), ==, 702000);
  g_assert_cmpint (td_money_bonus (0, BASE_SALARY), ==, 0);
  g_assert_cmpint (td_money_bonus (1000, 0), ==, 0);
  g_assert_cmpint (td_money_bonus (1, 1000), ==, 1);
  g_assert_cmpint (td_money_bonus (300, 1490000), ==, 447000);
}

/* The amounts a commune pays under Decree 98/2023: coefficient × base
 * salary, then rounded up to the next 10.000 đồng for the envelope. */
static void
assert_award (gint64      coefficient_milli,
              gint64      expected_exact,
              const char *expected_paid)
{
  gint64 exact = td_money_bonus (coefficient_milli, BASE_SALARY);
  g_autofree char *paid = td_money_format (td_money_round (exact, STEP, TD_ROUND_UP));

  g_assert_cmpint (exact, ==, expected_exact);
  g_assert_cmpstr (paid, ==, expected_paid);
}

static void
test_bonus_awards (void)
{
  /* Lao động tiên tiến 0,3 */
  assert_award (300, 702000, "710.000");
  /* Chiến sĩ thi đua cơ sở 1,0 */
  assert_award (1000, 2340000, "2.340.000");
  /* Tập thể lao động tiên tiến 0,8 */
  assert_award (800, 1872000, "1.880.000");
  /* Tập thể lao động xuất sắc 1,5 */
  assert_award (1500, 3510000, "3.510.000");
}

static void
test_bonus_large (void)
{
  /* Well past any real award, and still no overflow in the product. */
  g_assert_cmpint (td_money_bonus (G_GINT64_CONSTANT (1000000000), G_GINT64_CONSTANT (5000000000)),
                   ==, G_GINT64_CONSTANT (5000000000000000));
  g_assert_cmpint (td_money_bonus (1500, G_GINT64_CONSTANT (4000000000000000000)),
                   ==, G_GINT64_CONSTANT (6000000000000000000));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/money/format/positive", test_format);
  g_test_add_func ("/money/format/negative", test_format_negative);
  g_test_add_func ("/money/format/extremes", test_format_extremes);
  g_test_add_func ("/money/format/decimal", test_format_decimal);
  g_test_add_func ("/money/round/up", test_round_up);
  g_test_add_func ("/money/round/nearest", test_round_nearest);
  g_test_add_func ("/money/round/exact", test_round_exact);
  g_test_add_func ("/money/round/zero", test_round_zero);
  g_test_add_func ("/money/round/negative", test_round_negative);
  g_test_add_func ("/money/round/invalid-step", test_round_invalid_step);
  g_test_add_func ("/money/bonus/exact", test_bonus_exact);
  g_test_add_func ("/money/bonus/awards", test_bonus_awards);
  g_test_add_func ("/money/bonus/large", test_bonus_large);

  return g_test_run ();
}
