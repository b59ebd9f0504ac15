/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The subjects, edited: added, saved a field at a time as the user types (each field of
 * each row its own step of Undo, however many keystrokes), and removed — deleted when
 * nothing refers to them, archived when something does, so that last year's awards keep
 * their recipient.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-journal.h"
#include "td-store-subjects-private.h"

#define N_FIELDS (TD_SUBJECT_FIELD_NOTE + 1)

/* The UPDATE of each field of each kind (?1 the id, ?2 the value); NULL where the kind has
 * no such field. */
static const char * const field_sql[][N_FIELDS] = {
  [TD_SUBJECT_UNIT] = {
    [TD_SUBJECT_FIELD_NAME] = "UPDATE unit SET name = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_UNIT_KIND] = "UPDATE unit SET kind = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_HEAD] = "UPDATE unit SET head = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_MEMBERS] = "UPDATE unit SET members = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_PHONE] = "UPDATE unit SET phone = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_NOTE] = "UPDATE unit SET note = ?2 WHERE id = ?1",
  },
  [TD_SUBJECT_PERSON] = {
    [TD_SUBJECT_FIELD_NAME] = "UPDATE person SET name = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_POSITION] = "UPDATE person SET position = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_PHONE] = "UPDATE person SET phone = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_PARENT_NAME] = "UPDATE person SET unit_id = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_BIRTH_YEAR] = "UPDATE person SET birth_year = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_NOTE] = "UPDATE person SET note = ?2 WHERE id = ?1",
  },
  [TD_SUBJECT_HOUSEHOLD] = {
    [TD_SUBJECT_FIELD_NAME] = "UPDATE household SET head_name = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_MEMBERS] = "UPDATE household SET members = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_PHONE] = "UPDATE household SET phone = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_PARENT_NAME] = "UPDATE household SET village_id = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_ADDRESS] = "UPDATE household SET address = ?2 WHERE id = ?1",
    [TD_SUBJECT_FIELD_NOTE] = "UPDATE household SET note = ?2 WHERE id = ?1",
  },
};

/* The field's part of the merge key ("household:12:phone"). */
static const char * const field_keys[N_FIELDS] = {
  [TD_SUBJECT_FIELD_NAME] = "name",
  [TD_SUBJECT_FIELD_UNIT_KIND] = "kind",
  [TD_SUBJECT_FIELD_HEAD] = "head",
  [TD_SUBJECT_FIELD_POSITION] = "position",
  [TD_SUBJECT_FIELD_MEMBERS] = "members",
  [TD_SUBJECT_FIELD_PHONE] = "phone",
  [TD_SUBJECT_FIELD_PARENT_NAME] = "parent",
  [TD_SUBJECT_FIELD_BIRTH_YEAR] = "birth-year",
  [TD_SUBJECT_FIELD_ADDRESS] = "address",
  [TD_SUBJECT_FIELD_NOTE] = "note",
};

static gboolean
kind_is_valid (TdSubjectKind kind)
{
  return kind == TD_SUBJECT_UNIT || kind == TD_SUBJECT_PERSON || kind == TD_SUBJECT_HOUSEHOLD;
}

static const char *
saving_label (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return _("Saving a person");
    case TD_SUBJECT_HOUSEHOLD: return _("Saving a household");
    case TD_SUBJECT_UNIT:
    default: return _("Saving a unit");
    }
}

static gboolean
not_found (TdSubjectKind   kind,
           GError        **error)
{
  g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                       kind == TD_SUBJECT_PERSON ? _("The person is no longer in the file")
                       : kind == TD_SUBJECT_HOUSEHOLD ? _("The household is no longer in the file")
                       : _("The unit is no longer in the file"));
  return FALSE;
}

static void
bind_or_null (sqlite3_stmt *stmt,
              int           index,
              gint64        value,
              gint64        none)
{
  if (value == none)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, value);
}

gint64
td_store_insert_subject (TdStore    *self,
                         TdSubject  *subject,
                         gint64      parent_id,
                         GError    **error)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] = "INSERT INTO unit (name, kind, head, members, phone, note) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [TD_SUBJECT_PERSON] = "INSERT INTO person (name, position, unit_id, birth_year, phone, note) "
                          "VALUES (?1, ?7, ?8, ?9, ?5, ?6)",
    [TD_SUBJECT_HOUSEHOLD] = "INSERT INTO household (head_name, members, village_id, address, "
                             "phone, note) VALUES (?1, ?4, ?8, ?10, ?5, ?6)",
  };
  sqlite3_stmt *stmt = td_store_prepare (self, sql[subject->kind], error);

  if (stmt == NULL)
    return 0;
  td_store_bind_text (stmt, 1, subject->name);
  td_store_bind_text (stmt, 2, subject->unit_kind);
  td_store_bind_text (stmt, 3, subject->head);
  bind_or_null (stmt, 4, subject->members, -1);
  td_store_bind_text (stmt, 5, subject->phone);
  td_store_bind_text (stmt, 6, subject->note);
  td_store_bind_text (stmt, 7, subject->position);
  bind_or_null (stmt, 8, parent_id, 0);
  bind_or_null (stmt, 9, subject->birth_year, 0);
  td_store_bind_text (stmt, 10, subject->address);
  if (!td_store_step_done (self, stmt, saving_label (subject->kind), error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/* The id of the unit (a person's) or village (a household's) @subject names; 0 for none,
 * and 0 with @error set when the name is no unit's. */
static gint64
resolve_parent (TdStore    *self,
                TdSubject  *subject,
                GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  if (subject->kind == TD_SUBJECT_UNIT || td_store_is_blank (subject->parent_name))
    return 0;
  id = td_store_find_unit_named (self, subject->parent_name,
                                 subject->kind == TD_SUBJECT_HOUSEHOLD, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (id == 0)
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                 subject->kind == TD_SUBJECT_HOUSEHOLD
                   ? _("There is no village named “%s”: add it to the units first")
                   : _("There is no unit named “%s”: add it to the units first"),
                 subject->parent_name);
  return id;
}

static gboolean
refuse_duplicate (TdStore    *self,
                  TdSubject  *subject,
                  GError    **error)
{
  g_autoptr(GPtrArray) twins = NULL;
  TdSubject *twin;

  twins = td_store_find_duplicates (self, subject, error);
  if (twins == NULL)
    return FALSE;
  if (twins->len == 0)
    return TRUE;

  twin = g_ptr_array_index (twins, 0);
  switch (subject->kind)
    {
    case TD_SUBJECT_PERSON:
      if (twin->parent_name[0] != '\0')
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                     _("“%s” of “%s” is already in the list"), twin->name, twin->parent_name);
      else
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                     _("“%s” is already in the list"), twin->name);
      break;
    case TD_SUBJECT_HOUSEHOLD:
      if (twin->parent_name[0] != '\0')
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                     _("The household of “%s” in “%s” is already in the list"), twin->name,
                     twin->parent_name);
      else
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                     _("The household of “%s” is already in the list"), twin->name);
      break;
    case TD_SUBJECT_UNIT:
    default:
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                   _("“%s” is already in the list, as a unit of the kind “%s”"), twin->name,
                   td_unit_kind_label (twin->unit_kind));
      break;
    }
  if (twin->archived)
    g_prefix_error (error, "%s", _("Archived: "));
  return FALSE;
}

static gboolean
check_unit_name_free (TdStore     *self,
                      const char  *name,
                      gint64       id,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 other = 0;

  stmt = td_store_prepare (self, "SELECT id FROM unit WHERE name = ?1 AND id != ?2", error);
  if (stmt == NULL)
    return FALSE;
  td_store_bind_text (stmt, 1, name);
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    other = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (other == 0)
    return TRUE;
  g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
               _("Another unit is already named “%s”"), name);
  return FALSE;
}

static const char *
add_label (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return _("Add Person");
    case TD_SUBJECT_HOUSEHOLD: return _("Add Household");
    case TD_SUBJECT_UNIT:
    default: return _("Add Unit");
    }
}

gint64
td_store_add_subject (TdStore    *self,
                      TdSubject  *fields,
                      GError    **error)
{
  gint64 parent_id;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), 0);
  g_return_val_if_fail (TD_IS_SUBJECT (fields), 0);

  if (td_store_is_blank (fields->name))
    return td_store_invalid (error, td_subject_blank_name_message (fields->kind));
  if (!td_store_begin (self, error))
    return 0;
  td_store_journal_describe (self, add_label (fields->kind), NULL);

  parent_id = resolve_parent (self, fields, error);
  ok = (parent_id != 0 || td_store_is_blank (fields->parent_name) ||
        fields->kind == TD_SUBJECT_UNIT) &&
       (fields->kind != TD_SUBJECT_UNIT || check_unit_name_free (self, fields->name, 0, error));
  if (ok)
    {
      gint64 saved_id = fields->id;

      /* A subject copied from a row is a new one here: its old id is not its own. */
      fields->id = 0;
      fields->parent_id = parent_id;
      ok = refuse_duplicate (self, fields, error);
      fields->id = saved_id;
    }
  if (ok)
    {
      id = td_store_insert_subject (self, fields, parent_id, error);
      ok = id != 0;
    }
  if (!td_store_finish (self, ok, td_store_subject_change (fields->kind), TD_CHANGE_ADDED, 0, id,
                        error))
    return 0;
  return id;
}

static const char *
edit_label (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return _("Edit Person");
    case TD_SUBJECT_HOUSEHOLD: return _("Edit Household");
    case TD_SUBJECT_UNIT:
    default: return _("Edit Unit");
    }
}

gboolean
td_store_set_subject_field (TdStore         *self,
                            TdSubjectKind    kind,
                            gint64           id,
                            TdSubjectField   field,
                            const char      *text,
                            GError         **error)
{
  const char *fields[] = { NULL, NULL };
  g_autoptr(TdSubject) value = NULL;
  sqlite3_stmt *stmt;
  gint64 parent_id = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind_is_valid (kind), FALSE);
  g_return_val_if_fail (field < N_FIELDS, FALSE);

  /* Checked as an import's cell is, in the same words. */
  value = td_subject_new (kind);
  if (!td_subject_set_field (value, field, text, error))
    return FALSE;
  g_assert (field_sql[kind][field] != NULL);

  if (!td_store_begin (self, error))
    return FALSE;
  fields[0] = field_keys[field];
  td_store_describe_fields (self, edit_label (kind), td_store_subject_table (kind), id, fields);

  ok = td_store_subject_exists (self, kind, id) || not_found (kind, error);
  if (ok && kind == TD_SUBJECT_UNIT && field == TD_SUBJECT_FIELD_NAME)
    ok = check_unit_name_free (self, value->name, id, error);
  if (ok && field == TD_SUBJECT_FIELD_PARENT_NAME)
    {
      parent_id = resolve_parent (self, value, error);
      ok = parent_id != 0 || td_store_is_blank (value->parent_name);
    }
  if (ok)
    ok = (stmt = td_store_prepare (self, field_sql[kind][field], error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (field == TD_SUBJECT_FIELD_MEMBERS)
        bind_or_null (stmt, 2, value->members, -1);
      else if (field == TD_SUBJECT_FIELD_BIRTH_YEAR)
        bind_or_null (stmt, 2, value->birth_year, 0);
      else if (field == TD_SUBJECT_FIELD_PARENT_NAME)
        bind_or_null (stmt, 2, parent_id, 0);
      else
        td_store_bind_text (stmt, 2, td_subject_peek_string (value, field));
      ok = td_store_step_done (self, stmt, saving_label (kind), error);
    }
  return td_store_finish (self, ok, td_store_subject_change (kind), TD_CHANGE_UPDATED, 0, id,
                          error);
}

static const char *
archive_label (TdSubjectKind kind,
               gboolean      archived)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return archived ? _("Archive Person") : _("Restore Person");
    case TD_SUBJECT_HOUSEHOLD: return archived ? _("Archive Household") : _("Restore Household");
    case TD_SUBJECT_UNIT:
    default: return archived ? _("Archive Unit") : _("Restore Unit");
    }
}

static const char *
delete_label (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return _("Delete Person");
    case TD_SUBJECT_HOUSEHOLD: return _("Delete Household");
    case TD_SUBJECT_UNIT:
    default: return _("Delete Unit");
    }
}

static gboolean
write_archived (TdStore        *self,
                TdSubjectKind   kind,
                gint64          id,
                gboolean        archived,
                GError        **error)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] = "UPDATE unit SET archived = ?2 WHERE id = ?1",
    [TD_SUBJECT_PERSON] = "UPDATE person SET archived = ?2 WHERE id = ?1",
    [TD_SUBJECT_HOUSEHOLD] = "UPDATE household SET archived = ?2 WHERE id = ?1",
  };
  sqlite3_stmt *stmt = td_store_prepare (self, sql[kind], error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
  return td_store_step_done (self, stmt, saving_label (kind), error);
}

gboolean
td_store_set_subject_archived (TdStore        *self,
                               TdSubjectKind   kind,
                               gint64          id,
                               gboolean        archived,
                               GError        **error)
{
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind_is_valid (kind), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, archive_label (kind, archived), NULL);
  ok = (td_store_subject_exists (self, kind, id) || not_found (kind, error)) &&
       write_archived (self, kind, id, archived, error);
  return td_store_finish (self, ok, td_store_subject_change (kind), TD_CHANGE_UPDATED, 0, id,
                          error);
}

gboolean
td_store_remove_subject (TdStore        *self,
                         TdSubjectKind   kind,
                         gint64          id,
                         gboolean       *archived,
                         GError        **error)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] = "DELETE FROM unit WHERE id = ?1",
    [TD_SUBJECT_PERSON] = "DELETE FROM person WHERE id = ?1",
    [TD_SUBJECT_HOUSEHOLD] = "DELETE FROM household WHERE id = ?1",
  };
  g_autoptr(GError) local_error = NULL;
  gboolean history = FALSE;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind_is_valid (kind), FALSE);

  if (archived != NULL)
    *archived = FALSE;
  if (!td_store_begin (self, error))
    return FALSE;

  /* Asked inside the transaction: nothing can point at it between asking and deleting. */
  ok = td_store_subject_exists (self, kind, id) || not_found (kind, error);
  if (ok)
    {
      history = td_store_has_history (self, kind, id, &local_error);
      ok = local_error == NULL;
      if (!ok)
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  if (ok && history)
    {
      td_store_journal_describe (self, archive_label (kind, TRUE), NULL);
      ok = write_archived (self, kind, id, TRUE, error);
    }
  else if (ok)
    {
      td_store_journal_describe (self, delete_label (kind), NULL);
      ok = (stmt = td_store_prepare (self, sql[kind], error)) != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = td_store_step_done (self, stmt, saving_label (kind), error);
        }
    }
  if (!td_store_finish (self, ok, td_store_subject_change (kind),
                        history ? TD_CHANGE_UPDATED : TD_CHANGE_REMOVED, 0, id, error))
    return FALSE;
  if (archived != NULL)
    *archived = history;
  return TRUE;
}
