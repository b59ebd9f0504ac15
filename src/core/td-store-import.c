/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Imports into the store: many rows from a file as one change.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-store-import.h"
#include "td-store-office.h"
#include "td-store-private.h"

/* The plan of @year, started (heading from the office) when the year has none. */
static gint64
ensure_plan (TdStore  *self,
             int       year,
             GError  **error)
{
  g_autoptr(TdOffice) office = NULL;
  g_autofree char *symbol = NULL;
  g_autofree char *title = NULL;
  sqlite3_stmt *stmt;
  gint64 plan_id;

  plan_id = td_store_query_id (self, "SELECT id FROM plan WHERE year = ?1", year);
  if (plan_id != 0)
    return plan_id;

  if (year < 1945 || year > 2200)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("%d is not a year a plan can be made for"), year);
      return 0;
    }
  office = td_store_get_office (self, error);
  if (office == NULL)
    return 0;
  symbol = g_strconcat ("KH-", td_office_get_code (office), NULL);
  title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);

  stmt = td_store_prepare (self,
                           "INSERT INTO plan (year, parent_body, issuing_body, place, symbol, "
                           "title) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  td_store_bind_text (stmt, 2, td_office_get_parent_body (office));
  td_store_bind_text (stmt, 3, td_office_get_issuing_body (office));
  td_store_bind_text (stmt, 4, td_office_get_place (office));
  td_store_bind_text (stmt, 5, symbol);
  td_store_bind_text (stmt, 6, title);
  if (!td_store_step_done (self, stmt, _("Saving the plan"), error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/* Whether the plan already has a task in @quarter whose content is @content, spaces at
 * either end aside. */
static gboolean
has_same_task (TdStore     *self,
               gint64       plan_id,
               int          quarter,
               const char  *content,
               gboolean    *found,
               GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                           "SELECT 1 FROM task WHERE plan_id = ?1 AND quarter = ?2 "
                           "AND trim(content) = trim(?3) LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, quarter);
  td_store_bind_text (stmt, 3, content);
  *found = td_store_step_row (self, stmt, N_("Looking for the same task"), error);
  sqlite3_reset (stmt);
  return error == NULL || *error == NULL;
}

static int
next_position (TdStore *self,
               gint64   plan_id,
               int      quarter)
{
  sqlite3_stmt *stmt;
  int position = 0;

  stmt = td_store_prepare (self,
                           "SELECT coalesce(max(position) + 1, 0) FROM task "
                           "WHERE plan_id = ?1 AND quarter = ?2",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, quarter);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return position;
}

static gboolean
import_one (TdStore                 *self,
            gint64                   plan_id,
            int                      year,
            const TdStoreTaskInput  *input,
            GError                 **error)
{
  TdTask *task = input->task;
  int quarter = td_task_get_quarter (task);
  gboolean found = FALSE;

  if (quarter < 1 || quarter > 4)
    return td_store_invalid (error, _("A task’s quarter is 1, 2, 3 or 4"));
  if (!has_same_task (self, plan_id, quarter, td_task_get_content (task), &found, error))
    return FALSE;
  if (found)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                   _("the plan of %d already has this task in quarter %s"), year,
                   td_date_quarter_roman (quarter));
      return FALSE;
    }
  td_task_set_position (task, next_position (self, plan_id, quarter));
  return td_store_insert_task (self, plan_id, year, input, error);
}

gboolean
td_store_import_tasks (TdStore                 *self,
                       int                      year,
                       const TdStoreTaskInput  *tasks,
                       guint                    n_tasks,
                       int                     *failed_index,
                       GError                 **error)
{
  gint64 plan_id;
  gboolean had_plan;
  gboolean ok = TRUE;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (tasks != NULL || n_tasks == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (failed_index != NULL)
    *failed_index = -1;
  if (!td_store_begin (self, error))
    return FALSE;

  had_plan = td_store_query_id (self, "SELECT id FROM plan WHERE year = ?1", year) != 0;
  plan_id = ensure_plan (self, year, error);
  ok = plan_id != 0;
  for (guint i = 0; ok && i < n_tasks; i++)
    {
      ok = import_one (self, plan_id, year, &tasks[i], error);
      if (!ok && failed_index != NULL)
        *failed_index = (int) i;
    }

  /* One change for the whole import: the plan's tasks are read again. */
  if (!td_store_finish (self, ok, TD_CHANGE_PLAN, had_plan ? TD_CHANGE_UPDATED : TD_CHANGE_ADDED,
                        plan_id, plan_id, error))
    {
      /* Nothing was written: the tasks have no ids. */
      for (guint i = 0; i < n_tasks; i++)
        td_task_set_id (tasks[i].task, 0);
      return FALSE;
    }
  return TRUE;
}
