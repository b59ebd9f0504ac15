/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing a plan: every function is one transaction, checks what it is given in words a
 * secretary understands, and says what it changed ("changed") after it commits. The plan
 * itself and a copy of it for another year are here; its sections and tasks are in
 * td-store-plan-sections.c and td-store-plan-tasks.c. Each names itself to the journal
 * (td-store-journal.c), which is how it is undone.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-date.h"
#include "td-store-office.h"
#include "td-store-private.h"

gboolean
td_store_invalid (GError     **error,
                  const char  *message)
{
  g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
td_store_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

gboolean
td_store_step_one (TdStore      *self,
                   sqlite3_stmt *stmt,
                   const char   *doing,
                   GError      **error)
{
  if (!td_store_step_done (self, stmt, doing, error))
    return FALSE;
  if (sqlite3_changes (sqlite3_db_handle (stmt)) != 1)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                   _("%s: this part of the plan is no longer in the file"), doing);
      return FALSE;
    }
  return TRUE;
}

gint64
td_store_query_id (TdStore    *self,
                   const char *sql,
                   gint64      arg)
{
  sqlite3_stmt *stmt = td_store_prepare (self, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, arg);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gboolean
td_store_finish (TdStore       *self,
                 gboolean       ok,
                 TdChangeWhat   what,
                 TdChangeKind   kind,
                 gint64         plan_id,
                 gint64         id,
                 GError       **error)
{
  if (ok)
    td_store_note_change (self, what, kind, plan_id, id);
  if (ok && td_store_commit (self, error))
    return TRUE;
  td_store_rollback (self);
  return FALSE;
}

/* Rewrites the positions of one group's rows (a section's children, a quarter's tasks)
 * as 0, 1, 2 … with @moved_id (if not 0) put at @position (-1: the end). @select_sql
 * lists the group's ids but the moved one (binding plan, group, moved id); @update_sql
 * sets a row's position and group (binding id, position, group). */
gboolean
td_store_renumber (TdStore     *self,
                   const char  *select_sql,
                   const char  *update_sql,
                   const char  *doing,
                   gint64       plan_id,
                   gint64       group,
                   gint64       moved_id,
                   int          position,
                   GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self, select_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int64 (stmt, 2, group);
  sqlite3_bind_int64 (stmt, 3, moved_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (moved_id != 0)
    g_array_insert_val (ids, position < 0 || (guint) position > ids->len ? ids->len
                                                                          : (guint) position,
                        moved_id);

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = td_store_prepare (self, update_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_int64 (stmt, 3, group);
      if (!td_store_step_done (self, stmt, doing, error))
        return FALSE;
    }
  return TRUE;
}

/* Plan ----------------------------------------------------------------------------------- */

static gboolean
check_plan (TdPlan  *plan,
            GError **error)
{
  const char *issue_date = td_plan_get_issue_date (plan);

  if (issue_date[0] != '\0' && !td_date_is_valid_iso (issue_date))
    return td_store_invalid (error, _("The date of the plan is not a real date"));
  if (td_store_is_blank (td_plan_get_kind (plan)))
    return td_store_invalid (error, _("The kind of document cannot be empty, e.g. KẾ HOẠCH"));
  if (td_store_is_blank (td_plan_get_title (plan)))
    return td_store_invalid (error, _("The title of the plan cannot be empty"));
  if (td_store_is_blank (td_plan_get_issuing_body (plan)))
    return td_store_invalid (error, _("The issuing body cannot be empty"));
  return TRUE;
}

gboolean
td_store_update_plan (TdStore  *self,
                      TdPlan   *plan,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_PLAN (plan), FALSE);

  if (!check_plan (plan, error) || !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Edit Plan"), NULL);

  stmt = td_store_prepare (self,
                           "UPDATE plan SET parent_body = ?2, issuing_body = ?3, place = ?4, "
                           "number = ?5, symbol = ?6, issue_date = ?7, issue_month = ?8, "
                           "kind = ?9, title = ?10, preamble = ?11, closing = ?12, "
                           "signer_capacity = ?13, signer_position = ?14, signer_name = ?15, "
                           "recipients = ?16 WHERE id = ?1",
                           error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, td_plan_get_id (plan));
      td_store_bind_text (stmt, 2, td_plan_get_parent_body (plan));
      td_store_bind_text (stmt, 3, td_plan_get_issuing_body (plan));
      td_store_bind_text (stmt, 4, td_plan_get_place (plan));
      td_store_bind_text (stmt, 5, td_plan_get_number (plan));
      td_store_bind_text (stmt, 6, td_plan_get_symbol (plan));
      td_store_bind_text (stmt, 7, td_plan_get_issue_date (plan));
      sqlite3_bind_int (stmt, 8, td_plan_get_issue_month (plan));
      td_store_bind_text (stmt, 9, td_plan_get_kind (plan));
      td_store_bind_text (stmt, 10, td_plan_get_title (plan));
      td_store_bind_text (stmt, 11, td_plan_get_preamble (plan));
      td_store_bind_text (stmt, 12, td_plan_get_closing (plan));
      td_store_bind_text (stmt, 13, td_plan_get_signer_capacity (plan));
      td_store_bind_text (stmt, 14, td_plan_get_signer_position (plan));
      td_store_bind_text (stmt, 15, td_plan_get_signer_name (plan));
      td_store_bind_text (stmt, 16, td_plan_get_recipients (plan));
      ok = td_store_step_one (self, stmt, _("Saving the plan"), error);
    }
  return td_store_finish (self, ok, TD_CHANGE_PLAN, TD_CHANGE_UPDATED, td_plan_get_id (plan),
                          td_plan_get_id (plan), error);
}

/* Moves every standalone @from (and @from + 1) in @text on by @to - @from years, so
 * "năm 2022 … năm 2023" becomes "năm 2023 … năm 2024"; dates such as 26/11/2003 stay. */
static char *
move_years (const char *text,
            int         from,
            int         to)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isdigit (p[-1])))
        {
          const char *end = p;
          while (g_ascii_isdigit (*end))
            end++;
          if (end - p == 4)
            {
              int year = atoi (p);
              /* A year that is part of a date (dd/mm/yyyy) belongs to that date. */
              gboolean in_date = p > text && p[-1] == '/';

              if (!in_date && (year == from || year == from + 1))
                {
                  g_string_append_printf (out, "%d", year + (to - from));
                  p = end;
                  continue;
                }
            }
          g_string_append_len (out, p, end - p);
          p = end;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The same day and month in @year (29 February becomes the 28th). */
static char *
redate (const char *iso,
        int         year)
{
  GDate date;
  int day;

  if (!td_date_parse_iso (iso, &date))
    return g_strdup (iso);
  day = g_date_get_day (&date);
  if (g_date_get_month (&date) == G_DATE_FEBRUARY && day == 29 && !g_date_is_leap_year (year))
    day = 28;
  return g_strdup_printf ("%04d-%02d-%02d", year, g_date_get_month (&date), day);
}

TdPlan *
td_store_copy_plan (TdStore  *self,
                    int       from_year,
                    int       to_year,
                    GError  **error)
{
  g_autoptr(TdPlan) source = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GPtrArray) new_sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (TdStoreTaskInput));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) strvs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  static const char * const moved[] = { "title", "preamble", "closing" };

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  source = td_store_get_plan (self, from_year, error);
  if (source == NULL)
    return NULL;
  office = td_store_get_office (self, error);
  if (office == NULL)
    return NULL;

  plan = td_plan_new ();
  g_object_set (plan,
                "year", to_year,
                "parent-body", td_plan_get_parent_body (source),
                "issuing-body", td_plan_get_issuing_body (source),
                "place", td_plan_get_place (source),
                "symbol", td_plan_get_symbol (source),
                "kind", td_plan_get_kind (source),
                "signer-capacity", td_plan_get_signer_capacity (source),
                "signer-position", td_plan_get_signer_position (source),
                "signer-name", td_plan_get_signer_name (source),
                "recipients", td_plan_get_recipients (source),
                NULL);
  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *new_value = NULL;

      g_object_get (source, moved[i], &value, NULL);
      new_value = move_years (value, from_year, to_year);
      g_object_set (plan, moved[i], new_value, NULL);
    }
  /* The commune may have a new name or chairman since: a new plan takes them. */
  if (!td_store_is_blank (td_office_get_issuing_body (office)))
    td_office_apply_to_plan (office, plan);

  /* Sections come depth first, so a parent is always copied before its children. */
  sections = td_store_list_sections (self, td_plan_get_id (source), error);
  if (sections == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      TdSection *copy = td_section_new ();
      g_autofree char *heading = move_years (td_section_get_heading (section), from_year, to_year);
      g_autofree char *body = move_years (td_section_get_body (section), from_year, to_year);

      td_section_set_heading (copy, heading);
      td_section_set_body (copy, body);
      td_section_set_kind (copy, td_section_get_kind (section));
      td_section_set_position (copy, td_section_get_position (section));
      for (guint j = 0; j < i; j++)
        {
          g_autoptr(TdSection) parent = g_list_model_get_item (sections, j);
          if (td_section_get_id (parent) == td_section_get_parent_id (section))
            td_section_set_parent_id (copy, j + 1);
        }
      g_ptr_array_add (new_sections, copy);
    }

  tasks = td_store_list_tasks (self, td_plan_get_id (source), error);
  if (tasks == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);
      TdTask *copy = td_task_new ();
      g_autofree char *content = move_years (td_task_get_content (task), from_year, to_year);
      g_autofree char *start = redate (td_task_get_start_date (task), to_year);
      g_autofree char *end = redate (td_task_get_end_date (task), to_year);
      TdStoreTaskInput input = { copy, NULL, NULL };
      char **units = td_store_dup_task_unit_names (self, td_task_get_id (task), error);

      if (units == NULL)
        return NULL;

      td_task_set_quarter (copy, td_task_get_quarter (task));
      td_task_set_position (copy, td_task_get_position (task));
      td_task_set_content (copy, content);
      td_task_set_responsible (copy, td_task_get_responsible (task));
      td_task_set_start_date (copy, start);
      td_task_set_end_date (copy, end);
      td_task_set_milestone (copy, td_task_get_milestone (task));
      g_ptr_array_add (keep, copy);
      g_ptr_array_add (strvs, units);
      input.unit_names = (const char * const *) units;
      g_array_append_val (inputs, input);
    }

  if (!td_store_add_plan (self, plan, new_sections, (TdStoreTaskInput *) (gpointer) inputs->data,
                          inputs->len, error))
    return NULL;
  return g_steal_pointer (&plan);
}
