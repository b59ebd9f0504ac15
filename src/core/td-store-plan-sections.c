/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing a plan's sections: each function is one transaction, as in td-store-plan-edit.c.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-private.h"

gboolean
td_store_renumber_sections (TdStore  *self,
                            gint64    plan_id,
                            gint64    parent_id,
                            gint64    moved_id,
                            int       position,
                            GError  **error)
{
  return td_store_renumber (self,
                            "SELECT id FROM section WHERE plan_id = ?1 AND "
                            "coalesce (parent_id, 0) = ?2 AND id != ?3 ORDER BY position, id",
                            "UPDATE section SET position = ?2, parent_id = nullif (?3, 0) "
                            "WHERE id = ?1",
                            _("Moving a section"), plan_id, parent_id, moved_id, position, error);
}

gint64
td_store_add_section (TdStore     *self,
                      gint64       plan_id,
                      gint64       parent_id,
                      int          position,
                      const char  *heading,
                      const char  *body,
                      GError     **error)
{
  g_autoptr(TdSection) section = td_section_new ();
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), 0);

  if (td_store_is_blank (heading))
    return td_store_invalid (error, _("A section needs a heading, such as “1. Mục đích.”"));
  if (!td_store_begin (self, error))
    return 0;
  td_store_journal_describe (self, _("Add Section"), NULL);

  if (parent_id != 0 &&
      td_store_query_id (self, "SELECT plan_id FROM section WHERE id = ?1", parent_id) != plan_id)
    {
      td_store_rollback (self);
      return td_store_invalid (error, _("A section can only go under a section of its own plan"));
    }

  td_section_set_heading (section, heading);
  td_section_set_body (section, body);
  td_section_set_position (section, G_MAXINT);
  ok = td_store_insert_section (self, plan_id, section, parent_id, error) &&
       td_store_renumber_sections (self, plan_id, parent_id, td_section_get_id (section), position,
                                   error);
  if (!td_store_finish (self, ok, TD_CHANGE_SECTION, TD_CHANGE_ADDED, plan_id,
                        td_section_get_id (section), error))
    return 0;
  return td_section_get_id (section);
}

gboolean
td_store_update_section (TdStore    *self,
                         TdSection  *section,
                         GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_SECTION (section), FALSE);

  if (td_store_is_blank (td_section_get_heading (section)))
    return td_store_invalid (error, _("A section needs a heading, such as “1. Mục đích.”"));
  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Edit Section"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM section WHERE id = ?1",
                               td_section_get_id (section));
  stmt = td_store_prepare (self, "UPDATE section SET heading = ?2, body = ?3 WHERE id = ?1",
                           error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, td_section_get_id (section));
      td_store_bind_text (stmt, 2, td_section_get_heading (section));
      td_store_bind_text (stmt, 3, td_section_get_body (section));
      ok = td_store_step_one (self, stmt, _("Saving the section"), error);
    }
  return td_store_finish (self, ok, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, plan_id,
                          td_section_get_id (section), error);
}

gboolean
td_store_set_task_section (TdStore  *self,
                           gint64    section_id,
                           GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id;
  gint64 old_id;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Place Task Table"), NULL);
  plan_id = td_store_query_id (self, "SELECT plan_id FROM section WHERE id = ?1", section_id);
  old_id = td_store_query_id (self,
                              "SELECT id FROM section WHERE plan_id = ?1 AND kind = 'tasks'",
                              plan_id);
  stmt = td_store_prepare (self,
                           "UPDATE section SET kind = CASE WHEN id = ?2 THEN 'tasks' "
                           "ELSE 'text' END WHERE plan_id = ?1",
                           error);
  ok = stmt != NULL && plan_id != 0;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int64 (stmt, 2, section_id);
      ok = td_store_step_done (self, stmt, _("Placing the task table"), error);
    }
  else if (plan_id == 0)
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                 _("The section is no longer in the file"));
  /* The section that held the table until now changed too. */
  if (ok && old_id != 0 && old_id != section_id)
    td_store_note_change (self, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, plan_id, old_id);
  return td_store_finish (self, ok, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, plan_id, section_id,
                          error);
}

gboolean
td_store_move_section (TdStore  *self,
                       gint64    section_id,
                       gint64    parent_id,
                       int       position,
                       GError  **error)
{
  gint64 plan_id;
  gint64 old_parent;
  gboolean ok = TRUE;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Move Section"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM section WHERE id = ?1", section_id);
  old_parent = td_store_query_id (self,
                                  "SELECT coalesce (parent_id, 0) FROM section WHERE id = ?1",
                                  section_id);
  if (plan_id == 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                   _("The section is no longer in the file"));
      ok = FALSE;
    }

  /* A section cannot go under itself or one of its own subsections. */
  for (gint64 up = parent_id; ok && up != 0;
       up = td_store_query_id (self, "SELECT coalesce (parent_id, 0) FROM section WHERE id = ?1",
                               up))
    if (up == section_id)
      ok = td_store_invalid (error, _("A section cannot be put inside itself"));

  if (ok && parent_id != 0 &&
      td_store_query_id (self, "SELECT plan_id FROM section WHERE id = ?1", parent_id) != plan_id)
    ok = td_store_invalid (error, _("A section can only move within its own plan"));

  ok = ok && td_store_renumber_sections (self, plan_id, parent_id, section_id, position, error);
  if (ok && old_parent != parent_id)
    ok = td_store_renumber_sections (self, plan_id, old_parent, 0, -1, error);
  return td_store_finish (self, ok, TD_CHANGE_SECTION, TD_CHANGE_MOVED, plan_id, section_id,
                          error);
}

gboolean
td_store_delete_section (TdStore  *self,
                         gint64    section_id,
                         GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id;
  gint64 parent_id;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Delete Section"), NULL);

  plan_id = td_store_query_id (self, "SELECT plan_id FROM section WHERE id = ?1", section_id);
  parent_id = td_store_query_id (self, "SELECT coalesce (parent_id, 0) FROM section WHERE id = ?1",
                                 section_id);
  /* The section, then its subsections, parents first: what "changed" says went. */
  stmt = td_store_prepare (self,
                           "WITH RECURSIVE tree (id, depth, position) AS ("
                           " SELECT id, 0, 0 FROM section WHERE id = ?1"
                           " UNION ALL SELECT s.id, tree.depth + 1, s.position FROM section s"
                           " JOIN tree ON s.parent_id = tree.id)"
                           " SELECT id FROM tree ORDER BY depth, position",
                           error);
  ok = stmt != NULL;
  if (ok)
    {
      g_autoptr(GError) local_error = NULL;

      sqlite3_bind_int64 (stmt, 1, section_id);
      while (td_store_step_row (self, stmt, N_("Deleting the section"), &local_error))
        td_store_note_change (self, TD_CHANGE_SECTION, TD_CHANGE_REMOVED, plan_id,
                              sqlite3_column_int64 (stmt, 0));
      sqlite3_reset (stmt);
      ok = local_error == NULL;
      if (!ok)
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  /* Its subsections go with it (ON DELETE CASCADE), and the journal keeps them all. */
  if (ok)
    stmt = td_store_prepare (self, "DELETE FROM section WHERE id = ?1", error);
  ok = ok && stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, section_id);
      ok = td_store_step_one (self, stmt, _("Deleting the section"), error);
    }
  /* No gap among the siblings left. */
  if (ok)
    ok = td_store_renumber_sections (self, plan_id, parent_id, 0, -1, error);
  if (ok && td_store_commit (self, error))
    return TRUE;
  td_store_rollback (self);
  return FALSE;
}
