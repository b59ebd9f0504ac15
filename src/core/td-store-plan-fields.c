/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Saving what was changed and nothing else. Two windows (or two processes) on one file each
 * hold a copy of a plan: were a save to write the whole row from its copy, one window's
 * edit of the number would put back the title the other window had just changed. So each
 * field is written on its own, all of one save in one transaction (the office's fields are
 * written the same way, in td-store-office.c).
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-store-private.h"

static const TdStoreField plan_fields[] = {
  { "parent-body", "UPDATE plan SET parent_body = ?2 WHERE id = ?1" },
  { "issuing-body", "UPDATE plan SET issuing_body = ?2 WHERE id = ?1" },
  { "place", "UPDATE plan SET place = ?2 WHERE id = ?1" },
  { "number", "UPDATE plan SET number = ?2 WHERE id = ?1" },
  { "symbol", "UPDATE plan SET symbol = ?2 WHERE id = ?1" },
  { "issue-date", "UPDATE plan SET issue_date = ?2 WHERE id = ?1" },
  { "issue-month", "UPDATE plan SET issue_month = ?2 WHERE id = ?1" },
  { "kind", "UPDATE plan SET kind = ?2 WHERE id = ?1" },
  { "title", "UPDATE plan SET title = ?2 WHERE id = ?1" },
  { "preamble", "UPDATE plan SET preamble = ?2 WHERE id = ?1" },
  { "closing", "UPDATE plan SET closing = ?2 WHERE id = ?1" },
  { "signer-capacity", "UPDATE plan SET signer_capacity = ?2 WHERE id = ?1" },
  { "signer-position", "UPDATE plan SET signer_position = ?2 WHERE id = ?1" },
  { "signer-name", "UPDATE plan SET signer_name = ?2 WHERE id = ?1" },
  { "recipients", "UPDATE plan SET recipients = ?2 WHERE id = ?1" },
};

static const TdStoreField section_fields[] = {
  { "heading", "UPDATE section SET heading = ?2 WHERE id = ?1" },
  { "body", "UPDATE section SET body = ?2 WHERE id = ?1" },
};

static const TdStoreField task_fields[] = {
  { "content", "UPDATE task SET content = ?2 WHERE id = ?1" },
  { "responsible", "UPDATE task SET responsible = ?2 WHERE id = ?1" },
  { "start-date", "UPDATE task SET start_date = ?2 WHERE id = ?1" },
  { "end-date", "UPDATE task SET end_date = ?2 WHERE id = ?1" },
  { "milestone", "UPDATE task SET milestone = ?2 WHERE id = ?1" },
  { "status", "UPDATE task SET status = ?2 WHERE id = ?1" },
  { "progress", "UPDATE task SET progress = ?2 WHERE id = ?1" },
  { "result-note", "UPDATE task SET result_note = ?2 WHERE id = ?1" },
};

static const TdStoreField *
find_field (const TdStoreField *table,
            guint               n_fields,
            const char         *property)
{
  for (guint i = 0; i < n_fields; i++)
    if (g_str_equal (table[i].property, property))
      return &table[i];
  return NULL;
}

gboolean
td_store_check_field_names (const TdStoreField  *table,
                            guint                n_fields,
                            const char * const  *fields,
                            GError             **error)
{
  if (fields == NULL || fields[0] == NULL)
    return td_store_invalid (error, "no field to save");
  for (guint i = 0; fields[i] != NULL; i++)
    if (find_field (table, n_fields, fields[i]) == NULL)
      {
        g_critical ("no such field to save: %s", fields[i]);
        return td_store_invalid (error, "unknown field");
      }
  return TRUE;
}

void
td_store_describe_fields (TdStore             *self,
                          const char          *label,
                          const char          *table,
                          gint64               id,
                          const char * const  *fields)
{
  g_autofree char *names = g_strjoinv (",", (char **) fields);
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%s", table, id, names);

  td_store_journal_describe (self, label, key);
}

gboolean
td_store_write_fields (TdStore             *self,
                       GObject             *object,
                       gint64               id,
                       const TdStoreField  *table,
                       guint                n_fields,
                       const char * const  *fields,
                       const char          *doing,
                       GError             **error)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const TdStoreField *field = find_field (table, n_fields, fields[i]);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object),
                                                        field->property);
      g_auto(GValue) value = G_VALUE_INIT;
      sqlite3_stmt *stmt;

      g_assert (pspec != NULL);
      stmt = td_store_prepare (self, field->sql, error);
      if (stmt == NULL)
        return FALSE;
      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, field->property, &value);
      sqlite3_bind_int64 (stmt, 1, id);
      if (TD_IS_TASK (object) && g_str_equal (field->property, "status"))
        td_store_bind_text (stmt, 2, td_task_status_to_string (g_value_get_int (&value)));
      else if (G_VALUE_HOLDS_STRING (&value))
        td_store_bind_text (stmt, 2, g_value_get_string (&value));
      else if (G_VALUE_HOLDS_BOOLEAN (&value))
        sqlite3_bind_int (stmt, 2, g_value_get_boolean (&value) ? 1 : 0);
      else
        sqlite3_bind_int (stmt, 2, g_value_get_int (&value));
      if (!td_store_step_one (self, stmt, doing, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
has_field (const char * const *fields,
           const char         *name)
{
  return g_strv_contains (fields, name);
}

gboolean
td_store_update_plan_fields (TdStore             *self,
                             TdPlan              *plan,
                             const char * const  *fields,
                             GError             **error)
{
  const char *issue_date = td_plan_get_issue_date (plan);
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_PLAN (plan), FALSE);

  if (!td_store_check_field_names (plan_fields, G_N_ELEMENTS (plan_fields), fields, error))
    return FALSE;
  if (has_field (fields, "issue-date") && issue_date[0] != '\0' &&
      !td_date_is_valid_iso (issue_date))
    return td_store_invalid (error, _("The date of the plan is not a real date"));
  if (has_field (fields, "kind") && td_store_is_blank (td_plan_get_kind (plan)))
    return td_store_invalid (error, _("The kind of document cannot be empty, e.g. KẾ HOẠCH"));
  if (has_field (fields, "title") && td_store_is_blank (td_plan_get_title (plan)))
    return td_store_invalid (error, _("The title of the plan cannot be empty"));
  if (has_field (fields, "issuing-body") && td_store_is_blank (td_plan_get_issuing_body (plan)))
    return td_store_invalid (error, _("The issuing body cannot be empty"));

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_describe_fields (self, _("Edit Plan"), "plan", td_plan_get_id (plan), fields);
  ok = td_store_write_fields (self, G_OBJECT (plan), td_plan_get_id (plan), plan_fields,
                     G_N_ELEMENTS (plan_fields), fields, _("Saving the plan"), error);
  return td_store_finish (self, ok, TD_CHANGE_PLAN, TD_CHANGE_UPDATED, td_plan_get_id (plan),
                          td_plan_get_id (plan), error);
}

gboolean
td_store_update_section_fields (TdStore             *self,
                                TdSection           *section,
                                const char * const  *fields,
                                GError             **error)
{
  gint64 plan_id;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_SECTION (section), FALSE);

  if (!td_store_check_field_names (section_fields, G_N_ELEMENTS (section_fields), fields, error))
    return FALSE;
  if (has_field (fields, "heading") && td_store_is_blank (td_section_get_heading (section)))
    return td_store_invalid (error, _("A section needs a heading, such as “1. Mục đích.”"));
  if (!td_store_begin (self, error))
    return FALSE;
  td_store_describe_fields (self, _("Edit Section"), "section", td_section_get_id (section),
                            fields);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM section WHERE id = ?1",
                               td_section_get_id (section));
  ok = td_store_write_fields (self, G_OBJECT (section), td_section_get_id (section), section_fields,
                     G_N_ELEMENTS (section_fields), fields, _("Saving the section"), error);
  return td_store_finish (self, ok, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, plan_id,
                          td_section_get_id (section), error);
}

/* @task as it will be in the file: its @fields over the row as it is now; NULL when the
 * row is gone. *plan_id is set to its plan. */
static TdTask *
task_as_saved (TdStore             *self,
               TdTask              *task,
               const char * const  *fields,
               gint64              *plan_id,
               GError             **error)
{
  g_autoptr(TdTask) merged = td_task_new ();
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                           "SELECT plan_id, content, start_date, end_date FROM task WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, td_task_get_id (task));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                   _("The task is no longer in the file"));
      return NULL;
    }
  *plan_id = sqlite3_column_int64 (stmt, 0);
  td_task_set_content (merged, td_store_column_text (stmt, 1));
  td_task_set_start_date (merged, td_store_column_text (stmt, 2));
  td_task_set_end_date (merged, td_store_column_text (stmt, 3));
  sqlite3_reset (stmt);

  if (has_field (fields, "content"))
    td_task_set_content (merged, td_task_get_content (task));
  if (has_field (fields, "start-date"))
    td_task_set_start_date (merged, td_task_get_start_date (task));
  if (has_field (fields, "end-date"))
    td_task_set_end_date (merged, td_task_get_end_date (task));
  return g_steal_pointer (&merged);
}

gboolean
td_store_update_task_fields (TdStore             *self,
                             TdTask              *task,
                             const char * const  *fields,
                             GError             **error)
{
  g_autoptr(TdTask) merged = NULL;
  gint64 plan_id = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_TASK (task), FALSE);

  if (!td_store_check_field_names (task_fields, G_N_ELEMENTS (task_fields), fields, error) ||
      !td_store_begin (self, error))
    return FALSE;
  td_store_describe_fields (self, _("Edit Task"), "task", td_task_get_id (task), fields);

  /* Checked with the other window's dates, if it changed them: both are in the file. */
  merged = task_as_saved (self, task, fields, &plan_id, error);
  ok = merged != NULL &&
       td_store_check_task (merged,
                            (int) td_store_query_id (self, "SELECT year FROM plan WHERE id = ?1",
                                                     plan_id),
                            error) &&
       td_store_write_fields (self, G_OBJECT (task), td_task_get_id (task), task_fields,
                     G_N_ELEMENTS (task_fields), fields, _("Saving the task"), error);
  return td_store_finish (self, ok, TD_CHANGE_TASK, TD_CHANGE_UPDATED, plan_id,
                          td_task_get_id (task), error);
}

gboolean
td_store_update_task_who (TdStore             *self,
                          TdTask              *task,
                          const char * const  *fields,
                          const char * const  *unit_names,
                          gboolean             picked,
                          GError             **error)
{
  gboolean has_fields = fields != NULL && fields[0] != NULL;
  g_autoptr(TdTask) merged = NULL;
  gint64 task_id;
  gint64 plan_id = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_TASK (task), FALSE);

  if (!has_fields && unit_names == NULL)
    return td_store_invalid (error, "no field to save");
  if (has_fields &&
      !td_store_check_field_names (task_fields, G_N_ELEMENTS (task_fields), fields, error))
    return FALSE;
  if (!td_store_begin (self, error))
    return FALSE;

  task_id = td_task_get_id (task);
  /* Typing that names a unit goes on the step of the typing, as td_store_update_task_fields()
   * names it; a unit picked is never merged with the typing before or after it. */
  if (has_fields && !picked)
    td_store_describe_fields (self, _("Edit Task"), "task", task_id, fields);
  else
    td_store_journal_describe (self, _("Change Task Units"), NULL);

  if (has_fields)
    {
      merged = task_as_saved (self, task, fields, &plan_id, error);
      ok = merged != NULL &&
           td_store_check_task (merged,
                                (int) td_store_query_id (self,
                                                         "SELECT year FROM plan WHERE id = ?1",
                                                         plan_id),
                                error) &&
           td_store_write_fields (self, G_OBJECT (task), task_id, task_fields,
                                  G_N_ELEMENTS (task_fields), fields, _("Saving the task"), error);
    }
  else
    {
      plan_id = td_store_query_id (self, "SELECT plan_id FROM task WHERE id = ?1", task_id);
      ok = plan_id != 0 || td_store_invalid (error, _("The task is no longer in the file"));
    }
  if (ok && unit_names != NULL)
    ok = td_store_link_task_units (self, task_id, unit_names, error);
  return td_store_finish (self, ok, TD_CHANGE_TASK, TD_CHANGE_UPDATED, plan_id, task_id, error);
}
