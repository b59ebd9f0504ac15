/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The subjects of emulation: the units (thôn, trường, HTX …) for now.
 */
#pragma once

#include "td-store.h"
#include "td-unit.h"

G_BEGIN_DECLS

/* Every unit, in name order. */
GListModel    *td_store_list_units             (TdStore         *self,
                                                GError         **error);

/* A unit and how many tasks of a year's plan it carries out. */
typedef struct {
  TdUnit *unit;
  guint   n_tasks;
} TdUnitTasks;

/* Every unit with its count of tasks in @year's plan (0 for all when the year has no
 * plan): those with tasks first, then the others, each part in name order. One query,
 * whatever the number of units. A GArray of TdUnitTasks, which drops the units with it. */
GArray        *td_store_count_unit_tasks       (TdStore         *self,
                                                int              year,
                                                GError         **error);

G_END_DECLS
