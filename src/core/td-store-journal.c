/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The journal: how to put back each committed change. TEMP triggers (seen by this
 * connection only, never written to the file) log, for every row a change inserts,
 * updates or deletes — cascaded deletes included — the SQL that inverts it, tagged with
 * the step (the transaction) it belongs to. Inverting a step replays its statements
 * newest first in one transaction; the triggers log that replay as a new step, which is
 * how Redo comes for free. The triggers are made from the schema itself, so a table or a
 * column added by a migration is journaled with no change here.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-journal.h"
#include "td-store-private.h"

enum {
  STMT_SQL,
  STMT_WHAT,
  STMT_OWNER,
  STMT_ROW,
};

/* td_journal_step(): the step being recorded, 0 when changes are not journaled. */
static void
journal_step_func (sqlite3_context *context,
                   int              argc,
                   sqlite3_value  **argv)
{
  TdStore *self = sqlite3_user_data (context);

  sqlite3_result_int64 (context, self->journal_step);
}

static gboolean
is_plain_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

/* What a row of @table belongs to, as "changed" says it: the plan of plans, sections and
 * tasks, the year of registrations and their targets, the row itself for the rest (the
 * office is row 1). */
static char *
owner_expr (const char *table,
            const char *row,
            gboolean    has_plan_id)
{
  if (g_str_equal (table, "plan"))
    return g_strdup_printf ("%s.id", row);
  if (g_str_equal (table, "registration"))
    return g_strdup_printf ("%s.year", row);
  /* 0 when the target goes with its registration, which says the year itself. */
  if (g_str_equal (table, "registration_target"))
    return g_strdup_printf ("coalesce ((SELECT year FROM main.registration "
                            "WHERE id = %s.registration_id), 0)", row);
  if (g_str_equal (table, "task_unit"))
    return g_strdup_printf ("coalesce ((SELECT plan_id FROM main.task WHERE id = %s.task_id), 0)",
                            row);
  /* Scoring belongs to a year, as registrations do. */
  if (g_str_equal (table, "criteria_set") || g_str_equal (table, "criterion"))
    return g_strdup_printf ("%s.year", row);
  if (g_str_equal (table, "criteria_threshold"))
    return g_strdup_printf ("coalesce ((SELECT year FROM main.criteria_set "
                            "WHERE id = %s.set_id), 0)", row);
  if (g_str_equal (table, "score"))
    return g_strdup_printf ("coalesce ((SELECT year FROM main.criterion "
                            "WHERE id = %s.criterion_id), 0)", row);
  if (has_plan_id)
    return g_strdup_printf ("coalesce (%s.plan_id, 0)", row);
  return g_strdup_printf ("%s.rowid", row);
}

/* The row a change is about, as "changed" names it: a task's units are the task's, a
 * registration's targets the registration's. */
static char *
row_expr (const char *table,
          const char *row)
{
  if (g_str_equal (table, "task_unit"))
    return g_strdup_printf ("%s.task_id", row);
  if (g_str_equal (table, "registration_target"))
    return g_strdup_printf ("%s.registration_id", row);
  /* A set's thresholds are the set's; a score is its unit's row of the sheet. */
  if (g_str_equal (table, "criteria_threshold"))
    return g_strdup_printf ("%s.set_id", row);
  if (g_str_equal (table, "score"))
    return g_strdup_printf ("%s.unit_id", row);
  return g_strdup_printf ("%s.rowid", row);
}

static char *
trigger_sql (const char *table,
             GPtrArray  *columns,
             gboolean    has_plan_id)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autoptr(GString) differ = g_string_new (NULL);
  g_autofree char *owner_new = owner_expr (table, "new", has_plan_id);
  g_autofree char *owner_old = owner_expr (table, "old", has_plan_id);
  g_autofree char *row_new = row_expr (table, "new");
  g_autofree char *row_old = row_expr (table, "old");
  const char *what = g_str_equal (table, "task_unit") ? "task"
                     : g_str_equal (table, "registration_target") ? "registration"
                     : g_str_equal (table, "criteria_threshold") ? "criteria_set"
                     : table;
  const char *log = "INSERT INTO td_journal (step, what, owner, row, sql) VALUES "
                    "(td_journal_step (), ";

  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = g_ptr_array_index (columns, i);

      g_string_append_printf (values, " || ', ' || quote (old.%s)", column);
      g_string_append_printf (sets, "%s%s = ' || quote (old.%s) || '", i == 0 ? "" : ", ",
                              column, column);
      g_string_append_printf (differ, "%sold.%s IS NOT new.%s", i == 0 ? "" : " OR ",
                              column, column);
    }

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER td_journal_%s_insert AFTER INSERT ON main.%s "
                          "WHEN td_journal_step () > 0 BEGIN %s'%s', %s, %s, "
                          "'DELETE FROM main.%s WHERE rowid = ' || new.rowid); END;\n",
                          table, table, log, what, owner_new, row_new, table);

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER td_journal_%s_delete AFTER DELETE ON main.%s "
                          "WHEN td_journal_step () > 0 BEGIN %s'%s', %s, %s, "
                          "'INSERT INTO main.%s (rowid",
                          table, table, log, what, owner_old, row_old, table);
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", %s", (const char *) g_ptr_array_index (columns, i));
  g_string_append_printf (sql, ") VALUES (' || old.rowid%s || ')'); END;\n", values->str);

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER td_journal_%s_update AFTER UPDATE ON main.%s "
                          "WHEN td_journal_step () > 0 AND (%s) BEGIN %s'%s', %s, %s, "
                          "'UPDATE main.%s SET %s WHERE rowid = ' || new.rowid); END;\n",
                          table, table, differ->str, log, what, owner_new, row_new, table,
                          sets->str);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* The columns of @table, or NULL when a name is one the triggers cannot spell plainly. */
static GPtrArray *
list_columns (TdStore    *self,
              const char *table,
              gboolean   *has_plan_id)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = g_strdup_printf ("PRAGMA main.table_info (%s)", table);
  sqlite3_stmt *stmt = NULL;
  gboolean plain = TRUE;

  *has_plan_id = FALSE;
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      plain = plain && is_plain_name (name);
      if (plain)
        {
          g_ptr_array_add (columns, g_strdup (name));
          *has_plan_id = *has_plan_id || g_str_equal (name, "plan_id");
        }
    }
  sqlite3_finalize (stmt);
  return plain && columns->len > 0 ? g_steal_pointer (&columns) : NULL;
}

gboolean
td_store_journal_install (TdStore  *self,
                          GError  **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_create_function (self->db, "td_journal_step", 0, SQLITE_UTF8, self,
                                journal_step_func, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, self->db, rc, "journal");
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, self->db, rc, "journal");
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  g_string_append (sql,
                   "CREATE TEMP TABLE IF NOT EXISTS td_journal ("
                   " seq INTEGER PRIMARY KEY, step INTEGER NOT NULL, what TEXT NOT NULL,"
                   " owner INTEGER NOT NULL, row INTEGER NOT NULL, sql TEXT NOT NULL);\n"
                   "CREATE INDEX IF NOT EXISTS temp.td_journal_step ON td_journal (step);\n");
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      g_autoptr(GPtrArray) columns = NULL;
      g_autofree char *triggers = NULL;
      gboolean has_plan_id;

      if (!is_plain_name (table) || (columns = list_columns (self, table, &has_plan_id)) == NULL)
        {
          g_warning ("table %s is not journaled: its name or a column's is not plain", table);
          continue;
        }
      triggers = trigger_sql (table, columns, has_plan_id);
      g_string_append (sql, triggers);
    }

  if (!td_store_exec (self->db, sql->str, error))
    return FALSE;
  self->journal_ready = TRUE;
  self->journal_next = 1;
  return TRUE;
}

gboolean
td_store_journal_is_enabled (TdStore *self)
{
  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  return self->journal_ready;
}

void
td_store_journal_open_step (TdStore *self)
{
  g_clear_pointer (&self->journal_label, g_free);
  g_clear_pointer (&self->journal_merge_key, g_free);
  self->journal_step = self->journal_ready ? self->journal_next++ : 0;
}

void
td_store_journal_describe (TdStore    *self,
                           const char *label,
                           const char *merge_key)
{
  g_assert (self->journal_step == 0 || !sqlite3_get_autocommit (self->db));

  g_free (self->journal_label);
  self->journal_label = g_strdup (label);
  g_free (self->journal_merge_key);
  self->journal_merge_key = g_strdup (merge_key);
}

void
td_store_journal_committed (TdStore *self)
{
  gint64 step = self->journal_step;
  g_autofree char *label = g_steal_pointer (&self->journal_label);
  g_autofree char *merge_key = g_steal_pointer (&self->journal_merge_key);

  self->journal_step = 0;
  /* A replay's step is announced by td_store_journal_invert()'s caller, and a transaction
   * that changed nothing is no step at all. */
  if (step == 0 || self->journal_replaying ||
      td_store_query_id (self, "SELECT 1 FROM temp.td_journal WHERE step = ?1 LIMIT 1", step) == 0)
    return;
  g_signal_emit_by_name (self, "journal-step", step, label != NULL ? label : _("Change"),
                         merge_key);
}

void
td_store_journal_abandon (TdStore *self)
{
  self->journal_step = 0;
  g_clear_pointer (&self->journal_label, g_free);
  g_clear_pointer (&self->journal_merge_key, g_free);
}

void
td_store_journal_reset (TdStore *self)
{
  if (!self->journal_ready)
    return;
  td_store_exec (self->db, "DELETE FROM temp.td_journal", NULL);
  g_signal_emit_by_name (self, "journal-reset");
}

void
td_store_journal_merge (TdStore *self,
                        gint64   into,
                        gint64   from)
{
  sqlite3_stmt *stmt;

  g_return_if_fail (TD_IS_STORE (self));

  stmt = td_store_prepare (self, "UPDATE temp.td_journal SET step = ?1 WHERE step = ?2", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, into);
  sqlite3_bind_int64 (stmt, 2, from);
  td_store_step_done (self, stmt, "journal", NULL);
}

void
td_store_journal_forget (TdStore *self,
                         gint64   step)
{
  sqlite3_stmt *stmt;

  g_return_if_fail (TD_IS_STORE (self));

  stmt = td_store_prepare (self, "DELETE FROM temp.td_journal WHERE step = ?1", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, step);
  td_store_step_done (self, stmt, "journal", NULL);
}

/* Steps carried between connections ------------------------------------------------------------ */

typedef struct {
  char   *what;
  gint64  owner;
  gint64  row;
  char   *sql;
} Entry;

struct _TdJournalSteps
{
  GArray *entries;   /* Entry, oldest first */
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->what);
  g_free (entry->sql);
}

void
td_journal_steps_free (TdJournalSteps *steps)
{
  if (steps == NULL)
    return;
  g_array_unref (steps->entries);
  g_free (steps);
}

TdJournalSteps *
td_store_journal_take_last (TdStore *self)
{
  TdJournalSteps *steps;
  sqlite3_stmt *stmt;
  gint64 step;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  if (!self->journal_ready ||
      (step = td_store_query_id (self, "SELECT max (step) FROM temp.td_journal", 0)) <= 0)
    return NULL;
  stmt = td_store_prepare (self, "SELECT sql, what, owner, row FROM temp.td_journal "
                                 "WHERE step = ?1 ORDER BY seq", NULL);
  if (stmt == NULL)
    return NULL;
  steps = g_new0 (TdJournalSteps, 1);
  steps->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (steps->entries, entry_clear);
  sqlite3_bind_int64 (stmt, 1, step);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Entry entry = {
        g_strdup (td_store_column_text (stmt, STMT_WHAT)),
        sqlite3_column_int64 (stmt, STMT_OWNER),
        sqlite3_column_int64 (stmt, STMT_ROW),
        g_strdup (td_store_column_text (stmt, STMT_SQL)),
      };
      g_array_append_val (steps->entries, entry);
    }
  sqlite3_reset (stmt);
  td_store_journal_forget (self, step);
  return steps;
}

void
td_store_adopt_external (TdStore        *self,
                         TdJournalSteps *steps,
                         const char     *label)
{
  TdChange change = { TD_CHANGE_ALL, TD_CHANGE_UPDATED, 0, 0, 0 };
  sqlite3_stmt *stmt;
  gint64 version = 0;
  gint64 step;

  g_return_if_fail (TD_IS_STORE (self));

  if (steps == NULL || !self->journal_ready)
    {
      /* Not undoable: as any other program's change. */
      td_store_check_external (self, NULL);
      return;
    }

  /* The file's version now is one this connection knows of: the next look for other
   * programs' changes does not forget the steps for it. */
  if (td_store_read_data_version (self, &version, NULL))
    {
      self->data_version = version;
      self->data_version_known = TRUE;
    }

  step = self->journal_next++;
  stmt = td_store_prepare (self, "INSERT INTO temp.td_journal (step, what, owner, row, sql) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)", NULL);
  if (stmt != NULL && td_store_exec (self->db, "SAVEPOINT td_adopt", NULL))
    {
      for (guint i = 0; i < steps->entries->len; i++)
        {
          Entry *entry = &g_array_index (steps->entries, Entry, i);

          sqlite3_bind_int64 (stmt, 1, step);
          sqlite3_bind_text (stmt, 2, entry->what, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 3, entry->owner);
          sqlite3_bind_int64 (stmt, 4, entry->row);
          sqlite3_bind_text (stmt, 5, entry->sql, -1, SQLITE_STATIC);
          sqlite3_step (stmt);
          sqlite3_reset (stmt);
        }
      sqlite3_clear_bindings (stmt);
      td_store_exec (self->db, "RELEASE td_adopt", NULL);
      if (steps->entries->len > 0)
        g_signal_emit_by_name (self, "journal-step", step, label, NULL);
    }
  td_store_emit_change (self, &change);
}

/* What a replay changed, once per row, in the order it changed them. */
typedef struct {
  char         *what;
  gint64        owner;
  gint64        row;
  TdChangeKind  kind;
} Touched;

static void
touched_clear (gpointer data)
{
  g_free (((Touched *) data)->what);
}

static TdChangeWhat
change_what (const char *table)
{
  if (g_str_equal (table, "office"))
    return TD_CHANGE_OFFICE;
  if (g_str_equal (table, "plan"))
    return TD_CHANGE_PLAN;
  if (g_str_equal (table, "section"))
    return TD_CHANGE_SECTION;
  if (g_str_equal (table, "task"))
    return TD_CHANGE_TASK;
  if (g_str_equal (table, "unit"))
    return TD_CHANGE_UNIT;
  if (g_str_equal (table, "person"))
    return TD_CHANGE_PERSON;
  if (g_str_equal (table, "household"))
    return TD_CHANGE_HOUSEHOLD;
  if (g_str_equal (table, "registration") || g_str_equal (table, "registration_target"))
    return TD_CHANGE_REGISTRATION;
  if (g_str_equal (table, "criteria_set") || g_str_equal (table, "criteria_threshold"))
    return TD_CHANGE_CRITERIA_SET;
  if (g_str_equal (table, "criterion"))
    return TD_CHANGE_CRITERION;
  if (g_str_equal (table, "score"))
    return TD_CHANGE_SCORE;
  return TD_CHANGE_ALL;
}

/* What the replay changed, for "changed" once it commits. A task or section whose row was
 * only updated may have changed place, which is what "moved" says: its plan is read again. */
static void
note_touched (TdStore *self,
              GArray  *touched)
{
  for (guint i = 0; i < touched->len; i++)
    {
      Touched *t = &g_array_index (touched, Touched, i);
      TdChangeWhat what = change_what (t->what);
      TdChangeKind kind = t->kind;
      gint64 plan_id = t->owner;

      if (kind == TD_CHANGE_UPDATED && (what == TD_CHANGE_TASK || what == TD_CHANGE_SECTION))
        kind = TD_CHANGE_MOVED;
      /* A registration's owner is its year, and so is scoring's. */
      if (what == TD_CHANGE_REGISTRATION || what == TD_CHANGE_CRITERIA_SET ||
          what == TD_CHANGE_CRITERION || what == TD_CHANGE_SCORE)
        {
          td_store_note_year_change (self, what, kind, (int) t->owner, t->row);
          continue;
        }
      if (what == TD_CHANGE_OFFICE || what == TD_CHANGE_UNIT || what == TD_CHANGE_PERSON ||
          what == TD_CHANGE_HOUSEHOLD || what == TD_CHANGE_ALL)
        plan_id = 0;
      td_store_note_change (self, what, kind, plan_id, t->row);
    }
}

/* Runs @step's statements newest first, after taking them out of the journal. */
static gboolean
replay (TdStore  *self,
        gint64    step,
        GArray   *touched,
        GError  **error)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                           "SELECT sql, what, owner, row FROM temp.td_journal WHERE step = ?1 "
                           "ORDER BY seq DESC",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *sql = td_store_column_text (stmt, STMT_SQL);
      const char *what = td_store_column_text (stmt, STMT_WHAT);
      gint64 owner = sqlite3_column_int64 (stmt, STMT_OWNER);
      gint64 row = sqlite3_column_int64 (stmt, STMT_ROW);
      /* The statement replayed says what becomes of the row: a row deleted again was
       * added by the step, a row inserted again was removed by it. */
      TdChangeKind kind = g_str_has_prefix (sql, "DELETE") ? TD_CHANGE_REMOVED
                          : g_str_has_prefix (sql, "INSERT") ? TD_CHANGE_ADDED
                          : TD_CHANGE_UPDATED;
      gboolean seen = FALSE;

      g_ptr_array_add (statements, g_strdup (sql));
      for (guint i = 0; i < touched->len && !seen; i++)
        {
          Touched *t = &g_array_index (touched, Touched, i);

          seen = t->row == row && g_str_equal (t->what, what);
          /* A row put back and then edited is put back, as far as a view cares. */
          if (seen && t->kind == TD_CHANGE_UPDATED)
            t->kind = kind;
          /* A target deleted with its registration may not have found its year. */
          if (seen && t->owner == 0)
            t->owner = owner;
        }
      if (!seen)
        {
          Touched t = { g_strdup (what), owner, row, kind };
          g_array_append_val (touched, t);
        }
    }
  sqlite3_reset (stmt);

  if (statements->len == 0)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           _("There is nothing to undo"));
      return FALSE;
    }

  td_store_journal_forget (self, step);
  for (guint i = 0; i < statements->len; i++)
    if (!td_store_exec (self->db, g_ptr_array_index (statements, i), error))
      return FALSE;
  return TRUE;
}

gboolean
td_store_journal_invert (TdStore  *self,
                         gint64    step,
                         gint64   *inverse,
                         GError  **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (Touched));
  gint64 new_step;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (step > 0, FALSE);

  g_array_set_clear_func (touched, touched_clear);
  if (!self->journal_ready)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY,
                           _("This file is open read-only; nothing can be changed"));
      return FALSE;
    }
  /* The inverse of a change is right only over the data the change left. */
  if (td_store_check_external (self, NULL))
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           _("Another window or program changed the file since, so what was "
                             "done before can no longer be undone"));
      return FALSE;
    }
  if (!td_store_begin (self, error))
    return FALSE;

  new_step = self->journal_step;
  self->journal_replaying = TRUE;
  /* Rows come back one by one: a task before the units it links to, say. */
  ok = td_store_exec (self->db, "PRAGMA defer_foreign_keys = ON", error) &&
       replay (self, step, touched, error);
  if (ok)
    {
      note_touched (self, touched);
      ok = td_store_commit (self, error);
    }
  else
    td_store_rollback (self);
  self->journal_replaying = FALSE;
  if (!ok)
    return FALSE;

  if (inverse != NULL)
    *inverse = new_step;
  return TRUE;
}
