/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-snapshot"

#include "config.h"

#include "td-model.h"
#include "td-snapshot.h"
#include "td-store-office.h"
#include "td-store-plan.h"

static TdPlanSnapshot *
snapshot_new (TdPlan *plan)
{
  TdPlanSnapshot *self = g_new0 (TdPlanSnapshot, 1);

  self->plan = td_model_copy (plan);
  self->task_units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify) g_strfreev);
  return self;
}

static GListModel *
empty_model (GType type)
{
  return G_LIST_MODEL (g_list_store_new (type));
}

TdPlanSnapshot *
td_plan_snapshot_load (TdStore  *store,
                       TdPlan   *plan,
                       GError  **error)
{
  g_autoptr(TdPlanSnapshot) self = NULL;
  gint64 plan_id;

  g_return_val_if_fail (TD_IS_STORE (store), NULL);
  g_return_val_if_fail (TD_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan_id = td_plan_get_id (plan);
  self = snapshot_new (plan);
  self->office = td_store_get_office (store, error);
  if (self->office == NULL)
    return NULL;
  self->sections = td_store_list_sections (store, plan_id, error);
  if (self->sections == NULL)
    return NULL;
  self->tasks = td_store_list_tasks (store, plan_id, error);
  if (self->tasks == NULL)
    return NULL;
  g_clear_pointer (&self->task_units, g_hash_table_unref);
  self->task_units = td_store_dup_plan_task_units (store, plan_id, error);
  if (self->task_units == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

TdPlanSnapshot *
td_plan_snapshot_new (TdPlan     *plan,
                      GListModel *sections,
                      GListModel *tasks)
{
  TdPlanSnapshot *self;

  g_return_val_if_fail (TD_IS_PLAN (plan), NULL);
  g_return_val_if_fail (sections == NULL || G_IS_LIST_MODEL (sections), NULL);
  g_return_val_if_fail (tasks == NULL || G_IS_LIST_MODEL (tasks), NULL);

  self = snapshot_new (plan);
  self->sections = sections != NULL ? g_object_ref (sections) : empty_model (TD_TYPE_SECTION);
  self->tasks = tasks != NULL ? g_object_ref (tasks) : empty_model (TD_TYPE_TASK);
  return self;
}

void
td_plan_snapshot_free (TdPlanSnapshot *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->plan);
  g_clear_object (&self->office);
  g_clear_object (&self->sections);
  g_clear_object (&self->tasks);
  g_clear_pointer (&self->task_units, g_hash_table_unref);
  g_free (self);
}

const char * const *
td_plan_snapshot_get_task_units (TdPlanSnapshot *self,
                                 gint64          task_id)
{
  static const char * const none[] = { NULL };
  const char * const *names;

  g_return_val_if_fail (self != NULL, none);

  names = g_hash_table_lookup (self->task_units, &task_id);
  return names != NULL ? names : none;
}
