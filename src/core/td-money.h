/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is integer đồng. */

typedef enum {
  TD_ROUND_UP,
  TD_ROUND_NEAREST,
} TdRounding;

/* "1.490.000" (dots between thousands, as Vietnamese documents write it; "-" before
 * negatives). */
char   *td_money_format    (gint64     dong);
/* @value with @decimals digits after the comma, as Vietnamese documents write numbers:
 * "1.234.567,5" (dots between thousands, a comma before the decimals; halves away from
 * zero); "-" before negatives. */
char   *td_money_format_decimal (double  value,
                                 guint   decimals);
/* Rounds @dong to a multiple of @step (e.g. 10000) up or to the nearest (halves up). */
gint64  td_money_round     (gint64     dong,
                            gint64     step,
                            TdRounding rounding);
/* coefficient in thousandths × base salary, exact (no rounding). */
gint64  td_money_bonus     (gint64     coefficient_milli,
                            gint64     base_salary);

G_END_DECLS
