/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-registrations-snapshot"

#include "config.h"

#include "td-registrations-snapshot.h"
#include "td-store-office.h"
#include "td-store-registrations.h"

static GHashTable *
new_targets (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                (GDestroyNotify) g_ptr_array_unref);
}

TdRegistrationsSnapshot *
td_registrations_snapshot_new (int         year,
                               TdOffice   *office,
                               GListModel *registrations)
{
  TdRegistrationsSnapshot *self = g_new0 (TdRegistrationsSnapshot, 1);

  g_return_val_if_fail (office == NULL || TD_IS_OFFICE (office), NULL);
  g_return_val_if_fail (registrations == NULL || G_IS_LIST_MODEL (registrations), NULL);

  self->year = year;
  self->office = office != NULL ? g_object_ref (office) : td_office_new ();
  self->registrations = registrations != NULL
                        ? g_object_ref (registrations)
                        : G_LIST_MODEL (g_list_store_new (TD_TYPE_REGISTRATION));
  self->targets = new_targets ();
  self->date = g_strdup ("");
  self->attached_to = g_strdup ("");
  return self;
}

TdRegistrationsSnapshot *
td_registrations_snapshot_load (TdStore  *store,
                                int       year,
                                GError  **error)
{
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GListModel) registrations = NULL;
  g_autoptr(GHashTable) targets = NULL;
  TdRegistrationsSnapshot *self;

  g_return_val_if_fail (store != NULL, NULL);

  if ((office = td_store_get_office (store, error)) == NULL ||
      (registrations = td_store_list_registrations (store, year, error)) == NULL ||
      (targets = td_store_dup_year_targets (store, year, error)) == NULL)
    return NULL;

  self = td_registrations_snapshot_new (year, office, registrations);
  g_hash_table_unref (self->targets);
  self->targets = g_steal_pointer (&targets);
  return self;
}

void
td_registrations_snapshot_free (TdRegistrationsSnapshot *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->office);
  g_clear_object (&self->registrations);
  g_clear_pointer (&self->targets, g_hash_table_unref);
  g_free (self->date);
  g_free (self->attached_to);
  g_free (self);
}

GPtrArray *
td_registrations_snapshot_get_targets (const TdRegistrationsSnapshot *self,
                                       gint64                         id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->targets, &id);
}
