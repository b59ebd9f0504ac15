/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-quarter"

#include "config.h"

#include "td-quarter.h"
#include "td-task.h"

gboolean
td_quarter_plan_has_table (GListModel *tasks)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (tasks), FALSE);

  n = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);

      if (!td_task_is_blank (task))
        return TRUE;
    }
  return FALSE;
}

const char *
td_quarter_label (int quarter)
{
  static const char * const labels[] = { "QUÝ I", "QUÝ II", "QUÝ III", "QUÝ IV" };

  g_return_val_if_fail (quarter >= 1 && quarter <= TD_N_QUARTERS, "");

  return labels[quarter - 1];
}

int
td_quarter_walk_next (TdQuarterWalk *walk,
                      int            task_quarter)
{
  /* A quarter out of range is the plan's last: tasks are never dropped from the table. */
  int until = task_quarter == TD_QUARTER_END ? TD_N_QUARTERS
              : CLAMP (task_quarter, 1, TD_N_QUARTERS);

  g_return_val_if_fail (walk != NULL, 0);

  if (walk->quarter < until)
    return ++walk->quarter;
  return 0;
}
