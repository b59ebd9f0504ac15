/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing a plan's tasks: each function is one transaction, as in td-store-plan-edit.c.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-store-private.h"

static int
plan_year (TdStore *self,
           gint64   plan_id)
{
  return (int) td_store_query_id (self, "SELECT year FROM plan WHERE id = ?1", plan_id);
}

TdTask *
td_store_get_task (TdStore  *self,
                   gint64    task_id,
                   GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  TdTask *task = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  /* One row, with its number as printed: the tasks of its plan before it, plus one. */
  stmt = td_store_prepare (self,
                           "SELECT t.id, t.quarter, t.position, t.content, t.responsible, "
                           "t.start_date, t.end_date, t.milestone, t.status, t.progress, "
                           "t.result_note, (SELECT count (*) FROM task o "
                           "WHERE o.plan_id = t.plan_id AND "
                           "(o.quarter, o.position, o.id) < (t.quarter, t.position, t.id)) "
                           "FROM task t WHERE t.id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, task_id);
  if (td_store_step_row (self, stmt, N_("Reading the tasks"), &local_error))
    task = td_store_read_task (stmt, sqlite3_column_int (stmt, 11) + 1);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (task == NULL)
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                 _("The task is no longer in the file"));
  return task;
}

gboolean
td_store_renumber_tasks (TdStore  *self,
                         gint64    plan_id,
                         int       quarter,
                         gint64    moved_id,
                         int       position,
                         GError  **error)
{
  return td_store_renumber (self,
                            "SELECT id FROM task WHERE plan_id = ?1 AND quarter = ?2 "
                            "AND id != ?3 ORDER BY position, id",
                            "UPDATE task SET position = ?2, quarter = ?3 WHERE id = ?1",
                            _("Moving a task"), plan_id, quarter, moved_id, position, error);
}

gboolean
td_store_add_task (TdStore             *self,
                   gint64               plan_id,
                   TdTask              *task,
                   const char * const  *unit_names,
                   GError             **error)
{
  TdStoreTaskInput input = { task, unit_names, NULL };
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_TASK (task), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Add Task"), NULL);

  year = plan_year (self, plan_id);
  td_task_set_position (task, G_MAXINT / 2);
  ok = year != 0 || td_store_invalid (error, _("The plan is no longer in the file"));
  ok = ok && td_store_insert_task (self, plan_id, year, &input, error) &&
       td_store_renumber_tasks (self, plan_id, td_task_get_quarter (task), td_task_get_id (task),
                                -1, error);
  if (!td_store_finish (self, ok, TD_CHANGE_TASK, TD_CHANGE_ADDED, plan_id, td_task_get_id (task),
                        error))
    {
      td_task_set_id (task, 0);
      return FALSE;
    }
  return TRUE;
}

gboolean
td_store_update_task (TdStore  *self,
                      TdTask   *task,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_TASK (task), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Edit Task"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM task WHERE id = ?1",
                               td_task_get_id (task));
  ok = td_store_check_task (task, plan_year (self, plan_id), error);
  stmt = ok ? td_store_prepare (self,
                                "UPDATE task SET content = ?2, responsible = ?3, start_date = ?4, "
                                "end_date = ?5, milestone = ?6, status = ?7, progress = ?8, "
                                "result_note = ?9 WHERE id = ?1",
                                error)
            : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, td_task_get_id (task));
      td_store_bind_text (stmt, 2, td_task_get_content (task));
      td_store_bind_text (stmt, 3, td_task_get_responsible (task));
      td_store_bind_text (stmt, 4, td_task_get_start_date (task));
      td_store_bind_text (stmt, 5, td_task_get_end_date (task));
      sqlite3_bind_int (stmt, 6, td_task_get_milestone (task) ? 1 : 0);
      td_store_bind_text (stmt, 7, td_task_status_to_string (td_task_get_status (task)));
      sqlite3_bind_int (stmt, 8, td_task_get_progress (task));
      td_store_bind_text (stmt, 9, td_task_get_result_note (task));
      ok = td_store_step_one (self, stmt, _("Saving the task"), error);
    }
  return td_store_finish (self, ok, TD_CHANGE_TASK, TD_CHANGE_UPDATED, plan_id,
                          td_task_get_id (task), error);
}

gboolean
td_store_link_task_units (TdStore             *self,
                          gint64               task_id,
                          const char * const  *unit_names,
                          GError             **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  stmt = td_store_prepare (self, "DELETE FROM task_unit WHERE task_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, task_id);
      ok = td_store_step_done (self, stmt, _("Linking a task to its units"), error);
    }

  for (guint i = 0; ok && unit_names != NULL && unit_names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (unit_names[i]));
      gint64 unit_id;

      if (name[0] == '\0')
        continue;
      unit_id = td_store_ensure_unit (self, name, NULL, error);
      stmt = unit_id != 0 ? td_store_prepare (self,
                                              "INSERT OR IGNORE INTO task_unit (task_id, unit_id) "
                                              "VALUES (?1, ?2)",
                                              error)
                          : NULL;
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, task_id);
          sqlite3_bind_int64 (stmt, 2, unit_id);
          ok = td_store_step_done (self, stmt, _("Linking a task to its units"), error);
        }
    }
  return ok;
}

gboolean
td_store_set_task_units (TdStore             *self,
                         gint64               task_id,
                         const char * const  *unit_names,
                         GError             **error)
{
  gint64 plan_id;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Change Task Units"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM task WHERE id = ?1", task_id);
  ok = (plan_id != 0 || td_store_invalid (error, _("The task is no longer in the file"))) &&
       td_store_link_task_units (self, task_id, unit_names, error);
  /* Units named for the first time were noted as they were added, before the task. */
  return td_store_finish (self, ok, TD_CHANGE_TASK, TD_CHANGE_UPDATED, plan_id, task_id, error);
}

/* Dates that were the old quarter's bounds become the new quarter's; others move by as
 * many months as the quarters are apart, within the plan's year. */
static void
redate_to_quarter (TdTask *task,
                   int     year,
                   int     old_quarter,
                   int     new_quarter)
{
  g_autofree char *old_first = NULL;
  g_autofree char *old_last = NULL;
  g_autofree char *new_first = NULL;
  g_autofree char *new_last = NULL;
  GDate start, end;

  td_date_quarter_bounds (year, old_quarter, &old_first, &old_last);
  td_date_quarter_bounds (year, new_quarter, &new_first, &new_last);

  if (g_str_equal (td_task_get_start_date (task), old_first) &&
      g_str_equal (td_task_get_end_date (task), old_last))
    {
      td_task_set_start_date (task, new_first);
      td_task_set_end_date (task, new_last);
      return;
    }

  if (!td_date_parse_iso (td_task_get_start_date (task), &start) ||
      !td_date_parse_iso (td_task_get_end_date (task), &end))
    return;

  if (new_quarter > old_quarter)
    {
      g_date_add_months (&start, 3 * (new_quarter - old_quarter));
      g_date_add_months (&end, 3 * (new_quarter - old_quarter));
    }
  else
    {
      g_date_subtract_months (&start, 3 * (old_quarter - new_quarter));
      g_date_subtract_months (&end, 3 * (old_quarter - new_quarter));
    }

  {
    g_autofree char *s = td_date_to_iso (&start);
    g_autofree char *e = td_date_to_iso (&end);

    /* A task that would spill out of the year keeps to the new quarter instead. */
    if (td_date_year_of (s) != year || td_date_year_of (e) != year)
      {
        td_task_set_start_date (task, new_first);
        td_task_set_end_date (task, new_last);
      }
    else
      {
        td_task_set_start_date (task, s);
        td_task_set_end_date (task, e);
      }
  }
}

gboolean
td_store_move_task (TdStore  *self,
                    gint64    task_id,
                    int       quarter,
                    int       position,
                    GError  **error)
{
  g_autoptr(TdTask) task = NULL;
  sqlite3_stmt *stmt;
  gint64 plan_id;
  int old_quarter;
  gboolean ok = TRUE;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (quarter < 1 || quarter > 4)
    return td_store_invalid (error, _("A quarter is I, II, III or IV"));

  task = td_store_get_task (self, task_id, error);
  if (task == NULL || !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Move Task"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM task WHERE id = ?1", task_id);
  old_quarter = td_task_get_quarter (task);

  if (old_quarter != quarter)
    {
      redate_to_quarter (task, plan_year (self, plan_id), old_quarter, quarter);
      stmt = td_store_prepare (self, "UPDATE task SET start_date = ?2, end_date = ?3 WHERE id = ?1",
                               error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, task_id);
          td_store_bind_text (stmt, 2, td_task_get_start_date (task));
          td_store_bind_text (stmt, 3, td_task_get_end_date (task));
          ok = td_store_step_one (self, stmt, _("Moving a task"), error);
        }
    }

  ok = ok && td_store_renumber_tasks (self, plan_id, quarter, task_id, position, error);
  if (ok && old_quarter != quarter)
    ok = td_store_renumber_tasks (self, plan_id, old_quarter, 0, -1, error);
  return td_store_finish (self, ok, TD_CHANGE_TASK, TD_CHANGE_MOVED, plan_id, task_id, error);
}

gboolean
td_store_reschedule_task (TdStore     *self,
                          gint64       task_id,
                          const char  *start_date,
                          const char  *end_date,
                          int          quarter,
                          int          position,
                          GError     **error)
{
  g_autoptr(TdTask) task = NULL;
  sqlite3_stmt *stmt;
  gint64 plan_id;
  int old_quarter;
  gboolean moved;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (quarter < 1 || quarter > 4)
    return td_store_invalid (error, _("A quarter is I, II, III or IV"));

  task = td_store_get_task (self, task_id, error);
  if (task == NULL || !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Change Task Dates"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM task WHERE id = ?1", task_id);
  old_quarter = td_task_get_quarter (task);
  td_task_set_start_date (task, start_date);
  td_task_set_end_date (task, end_date);

  ok = td_store_check_task (task, plan_year (self, plan_id), error);
  stmt = ok ? td_store_prepare (self,
                                "UPDATE task SET start_date = ?2, end_date = ?3 WHERE id = ?1",
                                error)
            : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, task_id);
      td_store_bind_text (stmt, 2, start_date);
      td_store_bind_text (stmt, 3, end_date);
      ok = td_store_step_one (self, stmt, _("Saving the task"), error);
    }
  moved = quarter != old_quarter || position >= 0;
  if (ok && moved)
    {
      ok = td_store_renumber_tasks (self, plan_id, quarter, task_id, position, error);
      if (ok && quarter != old_quarter)
        ok = td_store_renumber_tasks (self, plan_id, old_quarter, 0, -1, error);
    }
  return td_store_finish (self, ok, TD_CHANGE_TASK, moved ? TD_CHANGE_MOVED : TD_CHANGE_UPDATED,
                          plan_id, task_id, error);
}

gboolean
td_store_delete_task (TdStore  *self,
                      gint64    task_id,
                      GError  **error)
{
  g_autoptr(TdTask) task = NULL;
  sqlite3_stmt *stmt;
  gint64 plan_id;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  task = td_store_get_task (self, task_id, error);
  if (task == NULL || !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Delete Task"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM task WHERE id = ?1", task_id);
  /* Its links to units go with it (ON DELETE CASCADE), and the journal keeps them. */
  stmt = td_store_prepare (self, "DELETE FROM task WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, task_id);
      ok = td_store_step_one (self, stmt, _("Deleting the task"), error);
    }
  ok = ok && td_store_renumber_tasks (self, plan_id, td_task_get_quarter (task), 0, -1, error);
  return td_store_finish (self, ok, TD_CHANGE_TASK, TD_CHANGE_REMOVED, plan_id, task_id, error);
}
