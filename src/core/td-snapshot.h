/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gio/gio.h>

#include "td-office.h"
#include "td-plan.h"
#include "td-section.h"
#include "td-task.h"

G_BEGIN_DECLS

typedef struct _TdStore TdStore;

/* What a document of a plan prints, read once: the document builders (src/doc/) take it
 * and never reach the store, so a document is made from data that holds still, on any
 * thread, and from data that is in no file (the tests). Its objects are its own copies:
 * later edits of the plan on screen do not reach it. */
typedef struct {
  TdPlan     *plan;        /* with the issuing body it was signed under */
  TdOffice   *office;      /* the office's identity now; NULL when not read */
  GListModel *sections;    /* TdSection, depth first, each with its depth */
  GListModel *tasks;       /* TdTask, by quarter and position, numbered across quarters */
  GHashTable *task_units;  /* task id (gint64 *) → GStrv of unit names, in name order */
} TdPlanSnapshot;

/* Reads the sections, tasks and unit links of @plan (a copy is kept) and the office, through
 * the store's public reads; NULL with @error set when any of them cannot be read, as a
 * document is never printed with parts missing. */
TdPlanSnapshot     *td_plan_snapshot_load           (TdStore         *store,
                                                     TdPlan          *plan,
                                                     GError         **error);
/* From data already in hand: @sections and @tasks (NULL: none) are referenced. */
TdPlanSnapshot     *td_plan_snapshot_new            (TdPlan          *plan,
                                                     GListModel      *sections,
                                                     GListModel      *tasks);
void                td_plan_snapshot_free           (TdPlanSnapshot  *self);
/* The names of the units linked to task @task_id; an empty list when none. */
const char * const *td_plan_snapshot_get_task_units (TdPlanSnapshot  *self,
                                                     gint64           task_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdPlanSnapshot, td_plan_snapshot_free)

G_END_DECLS
