/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-date.h"
#include "td-store-office.h"
#include "td-store-private.h"

/* Plans -------------------------------------------------------------------------------- */

GArray *
td_store_list_plan_years (TdStore  *self,
                          GError  **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT year FROM plan ORDER BY year", error);
  if (stmt == NULL)
    return NULL;
  while (td_store_step_row (self, stmt, N_("Reading the plans"), &local_error))
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&years);
}

TdPlan *
td_store_get_plan (TdStore  *self,
                   int       year,
                   GError  **error)
{
  g_autoptr(TdPlan) plan = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self,
                  "SELECT id, year, parent_body, issuing_body, place, number, symbol, issue_date, "
                  "kind, title, preamble, closing, signer_capacity, signer_position, "
                  "signer_name, recipients, issue_month FROM plan WHERE year = ?1",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);

  if (td_store_step_row (self, stmt, N_("Reading the plan"), error))
    {
      plan = td_plan_new ();
      td_plan_set_id (plan, sqlite3_column_int64 (stmt, 0));
      td_plan_set_year (plan, sqlite3_column_int (stmt, 1));
      td_plan_set_parent_body (plan, td_store_column_text (stmt, 2));
      td_plan_set_issuing_body (plan, td_store_column_text (stmt, 3));
      td_plan_set_place (plan, td_store_column_text (stmt, 4));
      td_plan_set_number (plan, td_store_column_text (stmt, 5));
      td_plan_set_symbol (plan, td_store_column_text (stmt, 6));
      td_plan_set_issue_date (plan, td_store_column_text (stmt, 7));
      td_plan_set_kind (plan, td_store_column_text (stmt, 8));
      td_plan_set_title (plan, td_store_column_text (stmt, 9));
      td_plan_set_preamble (plan, td_store_column_text (stmt, 10));
      td_plan_set_closing (plan, td_store_column_text (stmt, 11));
      td_plan_set_signer_capacity (plan, td_store_column_text (stmt, 12));
      td_plan_set_signer_position (plan, td_store_column_text (stmt, 13));
      td_plan_set_signer_name (plan, td_store_column_text (stmt, 14));
      td_plan_set_recipients (plan, td_store_column_text (stmt, 15));
      td_plan_set_issue_month (plan, sqlite3_column_int (stmt, 16));
    }
  else if (error == NULL || *error == NULL)
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                 _("There is no plan for %d"), year);

  sqlite3_reset (stmt);
  return g_steal_pointer (&plan);
}

static gboolean
insert_plan (TdStore  *self,
             TdPlan   *plan,
             GError  **error)
{
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                  "INSERT INTO plan (year, parent_body, issuing_body, place, number, symbol, "
                  "issue_date, kind, title, preamble, closing, signer_capacity, signer_position, "
                  "signer_name, recipients, issue_month) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, td_plan_get_year (plan));
  td_store_bind_text (stmt, 2, td_plan_get_parent_body (plan));
  td_store_bind_text (stmt, 3, td_plan_get_issuing_body (plan));
  td_store_bind_text (stmt, 4, td_plan_get_place (plan));
  td_store_bind_text (stmt, 5, td_plan_get_number (plan));
  td_store_bind_text (stmt, 6, td_plan_get_symbol (plan));
  td_store_bind_text (stmt, 7, td_plan_get_issue_date (plan));
  td_store_bind_text (stmt, 8, td_plan_get_kind (plan));
  td_store_bind_text (stmt, 9, td_plan_get_title (plan));
  td_store_bind_text (stmt, 10, td_plan_get_preamble (plan));
  td_store_bind_text (stmt, 11, td_plan_get_closing (plan));
  td_store_bind_text (stmt, 12, td_plan_get_signer_capacity (plan));
  td_store_bind_text (stmt, 13, td_plan_get_signer_position (plan));
  td_store_bind_text (stmt, 14, td_plan_get_signer_name (plan));
  td_store_bind_text (stmt, 15, td_plan_get_recipients (plan));
  sqlite3_bind_int (stmt, 16, td_plan_get_issue_month (plan));

  if (!td_store_step_done (self, stmt, _("Saving the plan"), error))
    return FALSE;
  td_plan_set_id (plan, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

static gboolean
check_new_plan (TdStore  *self,
                TdPlan   *plan,
                GError  **error)
{
  int year = td_plan_get_year (plan);
  const char *issue_date = td_plan_get_issue_date (plan);
  g_autoptr(TdPlan) existing = NULL;

  if (year < 1945 || year > 2200)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("%d is not a year a plan can be made for"), year);
      return FALSE;
    }
  if (issue_date[0] != '\0' && !td_date_is_valid_iso (issue_date))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("The issue date “%s” is not a real date"), issue_date);
      return FALSE;
    }
  existing = td_store_get_plan (self, year, NULL);
  if (existing != NULL)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                   _("There is already a plan for %d"), year);
      return FALSE;
    }
  return TRUE;
}

TdPlan *
td_store_start_plan (TdStore  *self,
                     int       year,
                     GError  **error)
{
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  office = td_store_get_office (self, error);
  if (office == NULL)
    return NULL;
  plan = td_plan_new ();
  title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);

  td_plan_set_year (plan, year);
  td_office_apply_to_plan (office, plan);
  td_plan_set_title (plan, title);

  if (!td_store_add_plan (self, plan, NULL, NULL, 0, error))
    return NULL;
  return g_steal_pointer (&plan);
}

gboolean
td_store_insert_section (TdStore    *self,
                gint64      plan_id,
                TdSection  *section,
                gint64      parent_id,
                GError    **error)
{
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                  "INSERT INTO section (plan_id, parent_id, position, heading, body, kind) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (parent_id > 0)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int (stmt, 3, td_section_get_position (section));
  td_store_bind_text (stmt, 4, td_section_get_heading (section));
  td_store_bind_text (stmt, 5, td_section_get_body (section));
  td_store_bind_text (stmt, 6, td_section_get_kind (section));
  if (!td_store_step_done (self, stmt, _("Saving a section"), error))
    return FALSE;
  td_section_set_id (section, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

gboolean
td_store_check_task (TdTask  *task,
            int      year,
            GError **error)
{
  const char *start = td_task_get_start_date (task);
  const char *end = td_task_get_end_date (task);
  g_autofree char *content = g_strstrip (g_strdup (td_task_get_content (task)));

  /* A task just added has no content yet: it is kept, shown with a hint, and not printed
   * (td_task_is_blank); the problems below name it by its content when it has one. */
  if (td_task_is_blank (task))
    {
      g_free (content);
      content = g_strdup (_("(no content yet)"));
    }
  if (!td_date_is_valid_iso (start) || !td_date_is_valid_iso (end))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("The task “%s” has a date that is not a real date"), content);
      return FALSE;
    }
  if (strcmp (end, start) < 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("The task “%s” ends before it starts"), content);
      return FALSE;
    }
  if (year > 0 && (td_date_year_of (start) != year || td_date_year_of (end) != year))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("The task “%s” must start and end within %d, the year of its plan"),
                   content, year);
      return FALSE;
    }
  return TRUE;
}

gboolean
td_store_insert_task (TdStore                 *self,
             gint64                   plan_id,
             int                      year,
             const TdStoreTaskInput  *input,
             GError                 **error)
{
  TdTask *task = input->task;
  sqlite3_stmt *stmt;
  gint64 task_id;

  /* A task that names only its quarter runs for the whole quarter. */
  if (td_task_get_start_date (task)[0] == '\0' || td_task_get_end_date (task)[0] == '\0')
    {
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;

      td_date_quarter_bounds (year, td_task_get_quarter (task), &first, &last);
      if (td_task_get_start_date (task)[0] == '\0')
        td_task_set_start_date (task, first);
      if (td_task_get_end_date (task)[0] == '\0')
        td_task_set_end_date (task, last);
    }

  if (!td_store_check_task (task, year, error))
    return FALSE;

  stmt = td_store_prepare (self,
                  "INSERT INTO task (plan_id, quarter, position, content, responsible, "
                  "start_date, end_date, milestone, status, progress, result_note) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, td_task_get_quarter (task));
  sqlite3_bind_int (stmt, 3, td_task_get_position (task));
  td_store_bind_text (stmt, 4, td_task_get_content (task));
  td_store_bind_text (stmt, 5, td_task_get_responsible (task));
  td_store_bind_text (stmt, 6, td_task_get_start_date (task));
  td_store_bind_text (stmt, 7, td_task_get_end_date (task));
  sqlite3_bind_int (stmt, 8, td_task_get_milestone (task) ? 1 : 0);
  td_store_bind_text (stmt, 9, td_task_status_to_string (td_task_get_status (task)));
  sqlite3_bind_int (stmt, 10, td_task_get_progress (task));
  td_store_bind_text (stmt, 11, td_task_get_result_note (task));
  if (!td_store_step_done (self, stmt, _("Saving a task"), error))
    return FALSE;

  task_id = sqlite3_last_insert_rowid (self->db);
  td_task_set_id (task, task_id);

  for (guint i = 0; input->unit_names != NULL && input->unit_names[i] != NULL; i++)
    {
      const char *kind = input->unit_kinds != NULL ? input->unit_kinds[i] : NULL;
      gint64 unit_id = td_store_ensure_unit (self, input->unit_names[i], kind, error);

      if (unit_id == 0)
        return FALSE;
      stmt = td_store_prepare (self, "INSERT OR IGNORE INTO task_unit (task_id, unit_id) VALUES (?1, ?2)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, task_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      if (!td_store_step_done (self, stmt, _("Linking a task to its unit"), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
td_store_add_plan (TdStore                 *self,
                   TdPlan                  *plan,
                   GPtrArray               *sections,
                   const TdStoreTaskInput  *tasks,
                   guint                    n_tasks,
                   GError                 **error)
{
  gint64 plan_id;
  int year;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (tasks != NULL || n_tasks == 0, FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("New Plan"), NULL);
  if (!check_new_plan (self, plan, error) || !insert_plan (self, plan, error))
    goto failed;

  plan_id = td_plan_get_id (plan);
  year = td_plan_get_year (plan);
  /* Its sections and tasks come with it; units it names for the first time follow. */
  td_store_note_change (self, TD_CHANGE_PLAN, TD_CHANGE_ADDED, plan_id, plan_id);

  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      TdSection *section = g_ptr_array_index (sections, i);
      gint64 parent_index = td_section_get_parent_id (section);
      gint64 parent_id = 0;

      /* Parents come before their children, so their ids are known. */
      if (parent_index > 0)
        {
          g_assert ((guint) parent_index <= i);
          parent_id = td_section_get_id (g_ptr_array_index (sections, parent_index - 1));
        }
      if (!td_store_insert_section (self, plan_id, section, parent_id, error))
        goto failed;
      td_section_set_parent_id (section, parent_id);
    }

  for (guint i = 0; i < n_tasks; i++)
    if (!td_store_insert_task (self, plan_id, year, &tasks[i], error))
      goto failed;

  if (!td_store_commit (self, error))
    goto failed;
  return TRUE;

failed:
  td_store_rollback (self);
  td_plan_set_id (plan, 0);
  return FALSE;
}

/* Lists -------------------------------------------------------------------------------- */

static gboolean
append_sections (TdStore     *self,
                 GListStore  *store,
                 gint64       plan_id,
                 gint64       parent_id,
                 int          depth,
                 GError     **error)
{
  g_autoptr(GPtrArray) level = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                  "SELECT id, position, heading, body, kind FROM section "
                  "WHERE plan_id = ?1 AND coalesce (parent_id, 0) = ?2 ORDER BY position, id",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int64 (stmt, 2, parent_id);
  while (td_store_step_row (self, stmt, N_("Reading the plan’s parts"), &local_error))
    {
      TdSection *section = td_section_new ();

      td_section_set_id (section, sqlite3_column_int64 (stmt, 0));
      td_section_set_parent_id (section, parent_id);
      td_section_set_position (section, sqlite3_column_int (stmt, 1));
      td_section_set_heading (section, td_store_column_text (stmt, 2));
      td_section_set_body (section, td_store_column_text (stmt, 3));
      td_section_set_kind (section, td_store_column_text (stmt, 4));
      td_section_set_depth (section, depth);
      g_ptr_array_add (level, section);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The statement is shared, so recurse only once this level has been read. */
  for (guint i = 0; i < level->len; i++)
    {
      TdSection *section = g_ptr_array_index (level, i);

      g_list_store_append (store, section);
      if (!append_sections (self, store, plan_id, td_section_get_id (section), depth + 1,
                            error))
        return FALSE;
    }
  return TRUE;
}

GListModel *
td_store_list_sections (TdStore  *self,
                        gint64    plan_id,
                        GError  **error)
{
  g_autoptr(GListStore) store = g_list_store_new (TD_TYPE_SECTION);

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  if (!append_sections (self, store, plan_id, 0, 0, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

TdTask *
td_store_read_task (sqlite3_stmt *stmt,
                    int           number)
{
  TdTask *task = td_task_new ();
  int status = td_task_status_from_string (td_store_column_text (stmt, 8));

  td_task_set_id (task, sqlite3_column_int64 (stmt, 0));
  td_task_set_number (task, number);
  td_task_set_quarter (task, sqlite3_column_int (stmt, 1));
  td_task_set_position (task, sqlite3_column_int (stmt, 2));
  td_task_set_content (task, td_store_column_text (stmt, 3));
  td_task_set_responsible (task, td_store_column_text (stmt, 4));
  td_task_set_start_date (task, td_store_column_text (stmt, 5));
  td_task_set_end_date (task, td_store_column_text (stmt, 6));
  td_task_set_milestone (task, sqlite3_column_int (stmt, 7) != 0);
  td_task_set_status (task, status >= 0 ? (TdTaskStatus) status : TD_TASK_PLANNED);
  td_task_set_progress (task, sqlite3_column_int (stmt, 9));
  td_task_set_result_note (task, td_store_column_text (stmt, 10));
  return task;
}

GListModel *
td_store_list_tasks (TdStore  *self,
                     gint64    plan_id,
                     GError  **error)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;
  GListStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self,
                  "SELECT id, quarter, position, content, responsible, start_date, end_date, "
                  "milestone, status, progress, result_note FROM task WHERE plan_id = ?1 "
                  "ORDER BY quarter, position, id",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);

  while (td_store_step_row (self, stmt, N_("Reading the tasks"), &local_error))
    g_ptr_array_add (tasks, td_store_read_task (stmt, tasks->len + 1));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* One splice: views see a single items-changed. */
  store = g_list_store_new (TD_TYPE_TASK);
  g_list_store_splice (store, 0, 0, tasks->pdata, tasks->len);
  return G_LIST_MODEL (store);
}

GStrv
td_store_dup_task_unit_names (TdStore  *self,
                              gint64    task_id,
                              GError  **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self,
                  "SELECT unit.name FROM task_unit JOIN unit ON unit.id = task_unit.unit_id "
                  "WHERE task_unit.task_id = ?1 ORDER BY unit.name",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, task_id);
  while (td_store_step_row (self, stmt, N_("Reading a task’s units"), &local_error))
    g_strv_builder_add (builder, td_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_strv_builder_end (builder);
}

GHashTable *
td_store_dup_plan_task_units (TdStore  *self,
                              gint64    plan_id,
                              GError  **error)
{
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 current = 0;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                 (GDestroyNotify) g_strfreev);

  stmt = td_store_prepare (self,
                           "SELECT task_unit.task_id, unit.name FROM task "
                           "JOIN task_unit ON task_unit.task_id = task.id "
                           "JOIN unit ON unit.id = task_unit.unit_id "
                           "WHERE task.plan_id = ?1 ORDER BY task_unit.task_id, unit.name",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);

  while (TRUE)
    {
      gboolean row = td_store_step_row (self, stmt, N_("Reading the tasks’ units"),
                                        &local_error);
      gint64 task_id = row ? sqlite3_column_int64 (stmt, 0) : 0;

      /* A task's names are all read: hand them over before the next task's. */
      if (builder != NULL && (!row || task_id != current))
        {
          g_hash_table_insert (units, g_memdup2 (&current, sizeof current),
                               g_strv_builder_end (builder));
          g_clear_pointer (&builder, g_strv_builder_unref);
        }
      if (!row)
        break;
      if (builder == NULL)
        {
          builder = g_strv_builder_new ();
          current = task_id;
        }
      g_strv_builder_add (builder, td_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&units);
}
