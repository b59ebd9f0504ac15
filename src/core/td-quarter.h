/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A plan sets its year out by quarter: its task table has a "QUÝ I" … "QUÝ IV" row before
 * each quarter's tasks, all four even over a quarter with no task, and the tasks in plan
 * order under them, numbered on across quarters. The printed plan, the reading view, the
 * editor and the timeline all follow this one rule and print these words.
 *
 * A plan with no task to print (a conference plan, a plan of prose only) prints no task
 * table at all: not a head over four empty QUÝ rows. */

#define TD_N_QUARTERS 4

/* Whether the printed plan of @tasks (TdTask, in plan order) has its task table: when one
 * of them has content; a task just added and still empty prints no row (td_task_is_blank). */
gboolean    td_quarter_plan_has_table (GListModel *tasks);

/* "QUÝ II": Vietnamese whatever the UI language, as it is part of the document. */
const char *td_quarter_label (int quarter);

/* Walks the task table: fed the quarter of each task in plan order, then TD_QUARTER_END,
 * it gives the quarters whose QUÝ rows come first. */
typedef struct {
  int quarter;    /* of the last QUÝ row given; 0 before the first */
} TdQuarterWalk;

#define TD_QUARTER_WALK_INIT { 0 }
/* After the last task: the QUÝ rows of the quarters left. */
#define TD_QUARTER_END (TD_N_QUARTERS + 1)

/* The next quarter whose QUÝ row goes before a task of @task_quarter (1–4, or
 * TD_QUARTER_END after the last task), or 0 when the task comes next. Call it until it returns 0, then add the task:
 *
 *   while ((q = td_quarter_walk_next (&walk, td_task_get_quarter (task))))
 *     add_quarter_row (q);
 *   add_task_row (task);
 */
int         td_quarter_walk_next (TdQuarterWalk *walk,
                                  int            task_quarter);

G_END_DECLS
