/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The office's identity: one row, read for every new plan's heading and the welcome page,
 * and given to a plan already made when the secretary asks for it.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-office.h"
#include "td-store-private.h"

static const TdStoreField office_fields[] = {
  { "parent-body", "UPDATE office SET parent_body = ?2 WHERE id = ?1" },
  { "issuing-body", "UPDATE office SET issuing_body = ?2 WHERE id = ?1" },
  { "place", "UPDATE office SET place = ?2 WHERE id = ?1" },
  { "code", "UPDATE office SET code = ?2 WHERE id = ?1" },
  { "signer-name", "UPDATE office SET signer_name = ?2 WHERE id = ?1" },
};

TdOffice *
td_store_get_office (TdStore  *self,
                     GError  **error)
{
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  office = td_office_new ();
  stmt = td_store_prepare (self,
                           "SELECT parent_body, issuing_body, place, code, signer_name "
                           "FROM office WHERE id = 1",
                           error);
  if (stmt == NULL)
    return NULL;
  if (td_store_step_row (self, stmt, N_("Reading the office"), &local_error))
    {
      td_office_set_parent_body (office, td_store_column_text (stmt, 0));
      td_office_set_issuing_body (office, td_store_column_text (stmt, 1));
      td_office_set_place (office, td_store_column_text (stmt, 2));
      td_office_set_code (office, td_store_column_text (stmt, 3));
      td_office_set_signer_name (office, td_store_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&office);
}


gboolean
td_store_save_office (TdStore   *self,
                      TdOffice  *office,
                      GError   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_OFFICE (office), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Edit Office"), NULL);

  stmt = td_store_prepare (self,
                  "UPDATE office SET parent_body = ?1, issuing_body = ?2, place = ?3, code = ?4, "
                  "signer_name = ?5 WHERE id = 1",
                  error);
  if (stmt == NULL)
    goto failed;
  td_store_bind_text (stmt, 1, td_office_get_parent_body (office));
  td_store_bind_text (stmt, 2, td_office_get_issuing_body (office));
  td_store_bind_text (stmt, 3, td_office_get_place (office));
  td_store_bind_text (stmt, 4, td_office_get_code (office));
  td_store_bind_text (stmt, 5, td_office_get_signer_name (office));
  if (!td_store_step_done (self, stmt, _("Saving the office"), error))
    goto failed;
  td_store_note_change (self, TD_CHANGE_OFFICE, TD_CHANGE_UPDATED, 0, 1);
  if (!td_store_commit (self, error))
    goto failed;
  return TRUE;

failed:
  td_store_rollback (self);
  return FALSE;
}

gboolean
td_store_update_office_fields (TdStore             *self,
                               TdOffice            *office,
                               const char * const  *fields,
                               GError             **error)
{
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_OFFICE (office), FALSE);

  if (!td_store_check_field_names (office_fields, G_N_ELEMENTS (office_fields), fields, error) ||
      !td_store_begin (self, error))
    return FALSE;
  td_store_describe_fields (self, _("Edit Office"), "office", 1, fields);
  ok = td_store_write_fields (self, G_OBJECT (office), 1, office_fields, G_N_ELEMENTS (office_fields),
                     fields, _("Saving the office"), error);
  return td_store_finish (self, ok, TD_CHANGE_OFFICE, TD_CHANGE_UPDATED, 0, 1, error);
}

gboolean
td_store_apply_office_to_plan (TdStore  *self,
                               int       year,
                               GError  **error)
{
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(TdPlan) plan = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Apply Office Identity"), NULL);

  /* Both read inside the transaction: what is written is what the file held. */
  office = td_store_get_office (self, error);
  plan = office != NULL ? td_store_get_plan (self, year, error) : NULL;
  ok = plan != NULL;
  if (ok && td_store_is_blank (td_office_get_issuing_body (office)))
    ok = td_store_invalid (error, _("The office has no issuing body to give the plan"));
  if (ok)
    {
      td_office_apply_to_plan (office, plan);
      stmt = td_store_prepare (self,
                               "UPDATE plan SET parent_body = ?2, issuing_body = ?3, place = ?4, "
                               "symbol = ?5, signer_name = ?6 WHERE id = ?1",
                               error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, td_plan_get_id (plan));
      td_store_bind_text (stmt, 2, td_plan_get_parent_body (plan));
      td_store_bind_text (stmt, 3, td_plan_get_issuing_body (plan));
      td_store_bind_text (stmt, 4, td_plan_get_place (plan));
      td_store_bind_text (stmt, 5, td_plan_get_symbol (plan));
      td_store_bind_text (stmt, 6, td_plan_get_signer_name (plan));
      ok = td_store_step_one (self, stmt, _("Saving the plan"), error);
    }
  return td_store_finish (self, ok, TD_CHANGE_PLAN, TD_CHANGE_UPDATED,
                          ok ? td_plan_get_id (plan) : 0, ok ? td_plan_get_id (plan) : 0, error);
}
