/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The helpers every query of the store uses: cached statements, steps that check what they
 * read, transactions and the changes they collect, and SQLite's codes as TD_STORE_ERRORs.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "td-store-private.h"

void
td_store_note_change (TdStore      *self,
                      TdChangeWhat  what,
                      TdChangeKind  kind,
                      gint64        plan_id,
                      gint64        id)
{
  TdChange change = { what, kind, 0, plan_id, id };

  g_assert (!sqlite3_get_autocommit (self->db));
  if (plan_id != 0)
    change.year = (int) td_store_query_id (self, "SELECT year FROM plan WHERE id = ?1", plan_id);
  g_array_append_val (self->pending, change);
}

void
td_store_note_year_change (TdStore      *self,
                           TdChangeWhat  what,
                           TdChangeKind  kind,
                           int           year,
                           gint64        id)
{
  TdChange change = { what, kind, year, 0, id };

  g_assert (!sqlite3_get_autocommit (self->db));
  g_array_append_val (self->pending, change);
}

void
td_store_set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *doing)
{
  int code = TD_STORE_ERROR_FAILED;
  int primary = rc & 0xff;

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    code = TD_STORE_ERROR_CORRUPT;
  else if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
    code = TD_STORE_ERROR_READ_ONLY;
  else if (primary == SQLITE_CONSTRAINT)
    code = TD_STORE_ERROR_INVALID;
  else
    code = td_store_error_code_for (rc);

  g_set_error (error, TD_STORE_ERROR, code, "%s: %s", doing,
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

sqlite3_stmt *
td_store_prepare (TdStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      td_store_set_sqlite_error (error, self->db, rc, "prepare");
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

void
td_store_bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

const char *
td_store_column_text (sqlite3_stmt *stmt,
             int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);
  return text != NULL ? text : "";
}

gboolean
td_store_step_done (TdStore       *self,
           sqlite3_stmt  *stmt,
           const char    *doing,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      td_store_set_sqlite_error (error, self->db, rc, doing);
      return FALSE;
    }
  return TRUE;
}

gboolean
td_store_exec (sqlite3     *db,
               const char  *sql,
               GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      int primary = rc & 0xff;
      int code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
                   ? TD_STORE_ERROR_CORRUPT
                   : (primary == SQLITE_READONLY ? TD_STORE_ERROR_READ_ONLY
                                                 : td_store_error_code_for (rc));
      g_set_error (error, TD_STORE_ERROR, code, "%s",
                   message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

int
td_store_query_int (sqlite3    *db,
                    const char *sql,
                    int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc_out != NULL)
    *rc_out = rc;
  return value;
}

gboolean
td_store_begin (TdStore  *self,
       GError  **error)
{
  if (self->access != TD_STORE_WRITABLE)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_READ_ONLY,
                   _("This file is open read-only; nothing can be changed"));
      return FALSE;
    }
  g_array_set_size (self->pending, 0);
  if (!td_store_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;
  td_store_journal_open_step (self);
  return TRUE;
}

gboolean
td_store_commit (TdStore  *self,
        GError  **error)
{
  g_autoptr(GArray) changes = NULL;

  if (!td_store_exec (self->db, "COMMIT", error))
    {
      td_store_exec (self->db, "ROLLBACK", NULL);
      g_array_set_size (self->pending, 0);
      td_store_journal_abandon (self);
      return FALSE;
    }

  /* The step for Undo first, then what changed. */
  td_store_journal_committed (self);
  /* Taken first: a handler may well start the next change. */
  changes = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (TdChange));
  for (guint i = 0; i < changes->len; i++)
    td_store_emit_change (self, &g_array_index (changes, TdChange, i));
  return TRUE;
}

void
td_store_rollback (TdStore *self)
{
  g_array_set_size (self->pending, 0);
  if (!sqlite3_get_autocommit (self->db))
    td_store_exec (self->db, "ROLLBACK", NULL);
  td_store_journal_abandon (self);
}

gboolean
td_store_step_row (TdStore       *self,
                   sqlite3_stmt  *stmt,
                   const char    *doing,
                   GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      td_store_set_sqlite_error (error, self->db, rc, _(doing));
      return FALSE;
    }

  /* Text another program wrote, or a damaged page: said to be the data's fault, before
   * it reaches a widget or a document. */
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      const char *text;
      int n_bytes;

      if (sqlite3_column_type (stmt, i) != SQLITE_TEXT)
        continue;
      text = (const char *) sqlite3_column_text (stmt, i);
      n_bytes = sqlite3_column_bytes (stmt, i);
      if (text != NULL && n_bytes > 0 && !g_utf8_validate (text, n_bytes, NULL))
        {
          g_autofree char *display = g_filename_display_name (self->path);

          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT,
                       _("%s: the file “%s” holds text that is not valid in the field “%s”; "
                         "it may be damaged or written by another program"),
                       _(doing), display, sqlite3_column_name (stmt, i));
          return FALSE;
        }
    }
  return TRUE;
}

int
td_store_error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return TD_STORE_ERROR_BUSY;
    case SQLITE_FULL:
      return TD_STORE_ERROR_FULL;
    case SQLITE_IOERR:
      return TD_STORE_ERROR_IO;
    default:
      return TD_STORE_ERROR_FAILED;
    }
}
