/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-store-plan.h"

G_BEGIN_DECLS

/* Adds @tasks at the end of their quarters in the plan of @year, all in one transaction:
 * either every task is added or nothing is written. A year with no plan gets one, its
 * heading filled from the office's identity, as td_store_start_plan() makes it.
 *
 * A task is refused when the plan (or an earlier task of @tasks) already has a task in
 * the same quarter with the same content, so that importing one file twice never doubles
 * the plan; and when td_store_add_task() would refuse it (no content, dates that are not
 * real, end before start, outside @year). On failure *@failed_index (when given) is the
 * index in @tasks of the task at fault, or -1 when the fault is not one task's. */
gboolean td_store_import_tasks (TdStore                 *self,
                                int                      year,
                                const TdStoreTaskInput  *tasks,
                                guint                    n_tasks,
                                int                     *failed_index,
                                GError                 **error);

G_END_DECLS
