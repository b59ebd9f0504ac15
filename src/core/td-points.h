/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Points of emulation scoring, kept as whole hundredths (2.5 points is 250) so that halves
 * and quarters add up exactly and a total of 90 is 90, not 89.999….
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TD_POINTS_SCALE 100
/* The most points a standard, a score or a threshold may be, either side of zero. */
#define TD_POINTS_LIMIT (10000 * TD_POINTS_SCALE)

/* @points (hundredths) as a person writes them: "5", "2.5", "0.25", "-2"; with
 * @decimal_mark ',' as Vietnamese documents do ("2,5"). */
char     *td_points_format (gint64       points,
                            char         decimal_mark);
/* The same with the decimal mark of the user's language ("2,5" in Vietnamese): for
 * messages, which are in that language. */
char     *td_points_format_local (gint64   points);
/* Reads what a person types: "5", "2.5", "2,5", "-2", "−1,5" (a typographic minus), "+3",
 * " 4 " — at most two decimals, within TD_POINTS_LIMIT. FALSE with @error (G_OPTION_ERROR,
 * in words) otherwise. */
gboolean  td_points_parse  (const char  *text,
                            gint64      *points,
                            GError     **error);

G_END_DECLS
