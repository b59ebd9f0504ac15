/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The subjects of emulation: units (households and people come with their issue).
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-private.h"
#include "td-store-subjects.h"

gint64
td_store_ensure_unit (TdStore     *self,
                      const char  *name,
                      const char  *kind,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = td_store_prepare (self, "SELECT id FROM unit WHERE name = ?1", error);
  if (stmt == NULL)
    return 0;
  td_store_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0)
    return id;

  stmt = td_store_prepare (self, "INSERT INTO unit (name, kind) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return 0;
  td_store_bind_text (stmt, 1, name);
  td_store_bind_text (stmt, 2, kind != NULL ? kind : "other");
  if (!td_store_step_done (self, stmt, _("Saving a unit"), error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);
  td_store_note_change (self, TD_CHANGE_UNIT, TD_CHANGE_ADDED, 0, id);
  return id;
}

GListModel *
td_store_list_units (TdStore  *self,
                     GError  **error)
{
  g_autoptr(GListStore) store = g_list_store_new (TD_TYPE_UNIT);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT id, name, kind FROM unit ORDER BY name", error);
  if (stmt == NULL)
    return NULL;
  while (td_store_step_row (self, stmt, _("Reading the units"), &local_error))
    {
      g_autoptr(TdUnit) unit = td_unit_new (sqlite3_column_int64 (stmt, 0),
                                            td_store_column_text (stmt, 1), td_store_column_text (stmt, 2));
      g_list_store_append (store, unit);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static void
clear_unit_tasks (gpointer data)
{
  TdUnitTasks *entry = data;

  g_clear_object (&entry->unit);
}

GArray *
td_store_count_unit_tasks (TdStore  *self,
                           int       year,
                           GError  **error)
{
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (TdUnitTasks));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  g_array_set_clear_func (units, clear_unit_tasks);
  /* The year's tasks are joined before the units are grouped, so a unit with none (or
   * with tasks only in other years) still has its row, with 0. */
  stmt = td_store_prepare (self,
                           "SELECT unit.id, unit.name, unit.kind, count(task.id) AS n FROM unit "
                           "LEFT JOIN (task_unit JOIN task ON task.id = task_unit.task_id "
                           "           JOIN plan ON plan.id = task.plan_id AND plan.year = ?1) "
                           "  ON task_unit.unit_id = unit.id "
                           "GROUP BY unit.id ORDER BY n = 0, unit.name",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (td_store_step_row (self, stmt, _("Reading the units"), &local_error))
    {
      TdUnitTasks entry = {
        .unit = td_unit_new (sqlite3_column_int64 (stmt, 0), td_store_column_text (stmt, 1),
                             td_store_column_text (stmt, 2)),
        .n_tasks = (guint) sqlite3_column_int64 (stmt, 3),
      };

      g_array_append_val (units, entry);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&units);
}
