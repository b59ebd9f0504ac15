/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Many subjects at once: an import of a list (thousands of households from the commune's
 * census sheet) and the merging of a unit entered twice. Each is one transaction: a file
 * half imported, or a unit half merged, would be worse than either state.
 *
 * An import matches each row against what is there, and against the rows before it, by
 * the same rule as td_store_find_duplicates(), through hash tables made once: asking the
 * database (or folding every name again) for each of 20,000 rows would take minutes.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-journal.h"
#include "td-store-subjects-private.h"

#define CANCEL_EVERY   64
#define PROGRESS_EVERY 500

typedef struct {
  gint64 id;
  int    birth_year;
} Known;

typedef struct {
  TdStore       *store;
  TdSubjectKind  kind;
  /* Units by name as written, and once folded (-1: several alike); villages alone too. */
  GHashTable    *units_by_name;
  GHashTable    *units_by_folded;
  GHashTable    *villages_by_folded;
  /* The subjects of the kind by their match key: a GArray of Known for each. */
  GHashTable    *subjects;
  guint          n_units_added;
} Import;

static char *
fold_name (const char *name)
{
  return td_subject_fold_name (name);
}

static gint64 *
id_box (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
remember_unit (Import     *import,
               gint64      id,
               const char *name,
               const char *kind)
{
  char *folded = fold_name (name);
  gint64 *known = g_hash_table_lookup (import->units_by_folded, folded);

  g_hash_table_replace (import->units_by_name, g_strdup (name), id_box (id));
  if (known != NULL)
    *known = -1;
  else
    g_hash_table_insert (import->units_by_folded, g_strdup (folded), id_box (id));
  if (g_str_equal (kind, "village"))
    {
      known = g_hash_table_lookup (import->villages_by_folded, folded);
      if (known != NULL)
        *known = -1;
      else
        g_hash_table_insert (import->villages_by_folded, g_strdup (folded), id_box (id));
    }
  g_free (folded);
}

/* The key two subjects that double each other share (the birth year aside). */
static char *
match_key (TdSubjectKind  kind,
           const char    *name,
           const char    *unit_kind,
           gint64         parent_id)
{
  g_autofree char *folded = fold_name (name);

  if (kind == TD_SUBJECT_UNIT)
    return g_strconcat (folded, "\x1f", unit_kind, NULL);
  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT, folded, parent_id);
}

static void
remember_subject (Import     *import,
                  char       *key,
                  gint64      id,
                  int         birth_year)
{
  GArray *known = g_hash_table_lookup (import->subjects, key);
  Known entry = { id, birth_year };

  if (known == NULL)
    {
      known = g_array_new (FALSE, FALSE, sizeof (Known));
      g_hash_table_insert (import->subjects, key, known);
    }
  else
    g_free (key);
  g_array_append_val (known, entry);
}

static gboolean
load_known (Import  *import,
            GError **error)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] = "SELECT id, name, kind, 0, 0 FROM unit ORDER BY id",
    [TD_SUBJECT_PERSON] = "SELECT id, name, '', coalesce (unit_id, 0), coalesce (birth_year, 0) "
                          "FROM person ORDER BY id",
    [TD_SUBJECT_HOUSEHOLD] = "SELECT id, head_name, '', coalesce (village_id, 0), 0 "
                             "FROM household ORDER BY id",
  };
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (import->store, "SELECT id, name, kind FROM unit ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while (td_store_step_row (import->store, stmt, N_("Reading the units"), &local_error))
    remember_unit (import, sqlite3_column_int64 (stmt, 0), td_store_column_text (stmt, 1),
                   td_store_column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = td_store_prepare (import->store, sql[import->kind], error);
  if (stmt == NULL)
    return FALSE;
  while (td_store_step_row (import->store, stmt, N_("Reading the list"), &local_error))
    remember_subject (import,
                      match_key (import->kind, td_store_column_text (stmt, 1),
                                 td_store_column_text (stmt, 2), sqlite3_column_int64 (stmt, 3)),
                      sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 4));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The id of the parent a row names, the unit added when there is none; 0 for none. */
static gint64
resolve_parent (Import     *import,
                TdSubject  *row,
                GError    **error)
{
  g_autoptr(TdSubject) unit = NULL;
  g_autofree char *folded = NULL;
  gint64 *known;
  gboolean village = import->kind == TD_SUBJECT_HOUSEHOLD;
  gint64 id;

  if (import->kind == TD_SUBJECT_UNIT || td_store_is_blank (row->parent_name))
    return 0;
  known = g_hash_table_lookup (import->units_by_name, row->parent_name);
  if (known != NULL)
    return *known;
  folded = fold_name (row->parent_name);
  known = village ? g_hash_table_lookup (import->villages_by_folded, folded) : NULL;
  if (known == NULL || *known < 0)
    known = g_hash_table_lookup (import->units_by_folded, folded);
  if (known != NULL && *known > 0)
    return *known;

  unit = td_subject_new (TD_SUBJECT_UNIT);
  if (!td_subject_set_field (unit, TD_SUBJECT_FIELD_NAME, row->parent_name, error) ||
      !td_subject_set_field (unit, TD_SUBJECT_FIELD_UNIT_KIND, village ? "village" : "other",
                             error))
    return 0;
  id = td_store_insert_subject (import->store, unit, 0, error);
  if (id != 0)
    {
      remember_unit (import, id, unit->name, unit->unit_kind);
      import->n_units_added++;
    }
  return id;
}

/* The stored (or already imported) subject @row doubles; 0 when none. */
static gint64
find_match (Import     *import,
            TdSubject  *row,
            const char *key,
            Known     **found)
{
  GArray *known = g_hash_table_lookup (import->subjects, key);
  gint64 *by_name;

  for (guint i = 0; known != NULL && i < known->len; i++)
    {
      Known *entry = &g_array_index (known, Known, i);

      if (import->kind != TD_SUBJECT_PERSON || row->birth_year == 0 ||
          entry->birth_year == 0 || entry->birth_year == row->birth_year)
        {
          *found = entry;
          return entry->id;
        }
    }
  /* A unit's name is unique whatever its kind: the same name is the same unit. */
  if (import->kind == TD_SUBJECT_UNIT &&
      (by_name = g_hash_table_lookup (import->units_by_name, row->name)) != NULL)
    return *by_name;
  return 0;
}

/* Fills the blank fields of @id from @row. */
static gboolean
fill_blanks (Import     *import,
             gint64      id,
             TdSubject  *row,
             GError    **error)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] =
      "UPDATE unit SET kind = CASE WHEN kind = 'other' THEN ?2 ELSE kind END, "
      "  head = CASE WHEN head = '' THEN ?3 ELSE head END, members = coalesce (members, ?4), "
      "  phone = CASE WHEN phone = '' THEN ?5 ELSE phone END, "
      "  note = CASE WHEN note = '' THEN ?6 ELSE note END WHERE id = ?1",
    [TD_SUBJECT_PERSON] =
      "UPDATE person SET position = CASE WHEN position = '' THEN ?7 ELSE position END, "
      "  birth_year = coalesce (birth_year, ?8), "
      "  phone = CASE WHEN phone = '' THEN ?5 ELSE phone END, "
      "  note = CASE WHEN note = '' THEN ?6 ELSE note END WHERE id = ?1",
    [TD_SUBJECT_HOUSEHOLD] =
      "UPDATE household SET members = coalesce (members, ?4), "
      "  address = CASE WHEN address = '' THEN ?9 ELSE address END, "
      "  phone = CASE WHEN phone = '' THEN ?5 ELSE phone END, "
      "  note = CASE WHEN note = '' THEN ?6 ELSE note END WHERE id = ?1",
  };
  sqlite3_stmt *stmt = td_store_prepare (import->store, sql[import->kind], error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  td_store_bind_text (stmt, 2, row->unit_kind);
  td_store_bind_text (stmt, 3, row->head);
  if (row->members >= 0)
    sqlite3_bind_int (stmt, 4, row->members);
  td_store_bind_text (stmt, 5, row->phone);
  td_store_bind_text (stmt, 6, row->note);
  td_store_bind_text (stmt, 7, row->position);
  if (row->birth_year > 0)
    sqlite3_bind_int (stmt, 8, row->birth_year);
  td_store_bind_text (stmt, 9, row->address);
  return td_store_step_done (import->store, stmt, _("Importing"), error);
}

static gboolean
import_row (Import     *import,
            TdSubject  *row,
            guint       index,
            gboolean   *added,
            GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *key = NULL;
  Known *known = NULL;
  gint64 parent_id;
  gint64 id;

  if (td_subject_get_kind (row) != import->kind)
    {
      g_critical ("row %u is not of the kind imported", index + 1);
      return td_store_invalid (error, "wrong kind of row");
    }
  if (td_store_is_blank (row->name))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID, _("Row %u: %s"), index + 1,
                   td_subject_blank_name_message (import->kind));
      return FALSE;
    }
  parent_id = resolve_parent (import, row, &local_error);
  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, _("Row %u: %s"), index + 1,
                   local_error->message);
      return FALSE;
    }

  key = match_key (import->kind, row->name, row->unit_kind, parent_id);
  id = find_match (import, row, key, &known);
  if (id != 0)
    {
      if (known != NULL && known->birth_year == 0)
        known->birth_year = row->birth_year;
      *added = FALSE;
      return fill_blanks (import, id, row, error);
    }

  id = td_store_insert_subject (import->store, row, parent_id, error);
  if (id == 0)
    {
      g_prefix_error (error, _("Row %u: "), index + 1);
      return FALSE;
    }
  if (import->kind == TD_SUBJECT_UNIT)
    remember_unit (import, id, row->name, row->unit_kind);
  remember_subject (import, g_steal_pointer (&key), id, row->birth_year);
  *added = TRUE;
  return TRUE;
}

const char *
td_store_import_subjects_label (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return _("Import People");
    case TD_SUBJECT_HOUSEHOLD: return _("Import Households");
    case TD_SUBJECT_UNIT:
    default: return _("Import Units");
    }
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->units_by_name, g_hash_table_unref);
  g_clear_pointer (&import->units_by_folded, g_hash_table_unref);
  g_clear_pointer (&import->villages_by_folded, g_hash_table_unref);
  g_clear_pointer (&import->subjects, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

gboolean
td_store_import_subjects (TdStore                *self,
                          TdSubjectKind           kind,
                          GPtrArray              *subjects,
                          guint                  *n_added,
                          guint                  *n_matched,
                          GCancellable           *cancellable,
                          TdStoreImportProgress   progress,
                          gpointer                user_data,
                          GError                **error)
{
  g_auto(Import) import = {
    .store = self,
    .kind = kind,
    .units_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .units_by_folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .villages_by_folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .subjects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_array_unref),
  };
  guint added = 0;
  guint matched = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind == TD_SUBJECT_UNIT || kind == TD_SUBJECT_PERSON ||
                        kind == TD_SUBJECT_HOUSEHOLD, FALSE);
  g_return_val_if_fail (subjects != NULL, FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (n_matched != NULL)
    *n_matched = 0;
  if (g_cancellable_set_error_if_cancelled (cancellable, error) || !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, td_store_import_subjects_label (kind), NULL);

  ok = load_known (&import, error);
  for (guint i = 0; ok && i < subjects->len; i++)
    {
      gboolean row_added = FALSE;

      if (i % CANCEL_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }
      if (progress != NULL && i % PROGRESS_EVERY == 0)
        progress (i, subjects->len, user_data);
      ok = import_row (&import, g_ptr_array_index (subjects, i), i, &row_added, error);
      if (row_added)
        added++;
      else if (ok)
        matched++;
    }
  /* The last check: cancelled while the last rows went in is cancelled too. */
  if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;

  if (!ok)
    {
      td_store_rollback (self);
      return FALSE;
    }
  /* Thousands of rows: each list is read again whole (id 0), not row by row. */
  if (import.n_units_added > 0 && kind != TD_SUBJECT_UNIT)
    td_store_note_change (self, TD_CHANGE_UNIT, TD_CHANGE_ADDED, 0, 0);
  if (added > 0)
    td_store_note_change (self, td_store_subject_change (kind), TD_CHANGE_ADDED, 0, 0);
  if (matched > 0)
    td_store_note_change (self, td_store_subject_change (kind), TD_CHANGE_UPDATED, 0, 0);
  if (!td_store_commit (self, error))
    return FALSE;

  if (progress != NULL)
    progress (subjects->len, subjects->len, user_data);
  if (n_added != NULL)
    *n_added = added;
  if (n_matched != NULL)
    *n_matched = matched;
  return TRUE;
}

/* Statements of a merge, in order; ?1 the unit kept, ?2 the one merged into it. */
static const char * const merge_sql[] = {
  "INSERT OR IGNORE INTO task_unit (task_id, unit_id) "
  "  SELECT task_id, ?1 FROM task_unit WHERE unit_id = ?2",
  "DELETE FROM task_unit WHERE unit_id = ?2",
  "UPDATE person SET unit_id = ?1 WHERE unit_id = ?2",
  "UPDATE household SET village_id = ?1 WHERE village_id = ?2",
  "UPDATE unit SET parent_id = NULL WHERE id = ?1 AND parent_id = ?2",
  "UPDATE unit SET parent_id = ?1 WHERE parent_id = ?2",
  /* Where both have one (a registration for the same title, a score for the same
   * criterion), the kept unit's stays and the other goes with its unit. */
  "UPDATE OR IGNORE registration SET unit_id = ?1 WHERE unit_id = ?2",
  "UPDATE award SET unit_id = ?1 WHERE unit_id = ?2",
  "UPDATE OR IGNORE score SET unit_id = ?1 WHERE unit_id = ?2",
  /* The department that verifies a criterion, or verified a score. */
  "UPDATE criterion SET verifier_id = ?1 WHERE verifier_id = ?2",
  "UPDATE score SET verifier_id = ?1 WHERE verifier_id = ?2",
  /* What the kept unit lacks, the other may know. */
  "UPDATE unit SET "
  "  head = CASE WHEN head = '' THEN (SELECT head FROM unit WHERE id = ?2) ELSE head END, "
  "  phone = CASE WHEN phone = '' THEN (SELECT phone FROM unit WHERE id = ?2) ELSE phone END, "
  "  members = coalesce (members, (SELECT members FROM unit WHERE id = ?2)), "
  "  note = CASE WHEN note = '' THEN (SELECT note FROM unit WHERE id = ?2) ELSE note END, "
  "  archived = archived AND (SELECT archived FROM unit WHERE id = ?2) "
  "WHERE id = ?1",
  "DELETE FROM unit WHERE id = ?2",
};

enum {
  MERGE_PEOPLE = 2,
  MERGE_HOUSEHOLDS = 3,
};

/* The tasks linked to @unit_id, with their plans: the views of those plans show them. */
static GArray *
linked_tasks (TdStore  *self,
              gint64    unit_id,
              GError  **error)
{
  g_autoptr(GArray) tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                           "SELECT task.id, task.plan_id FROM task_unit "
                           "JOIN task ON task.id = task_unit.task_id WHERE unit_id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while (td_store_step_row (self, stmt, N_("Reading the tasks"), &local_error))
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_vals (tasks, pair, 2);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&tasks);
}

gboolean
td_store_merge_units (TdStore  *self,
                      gint64    keep_id,
                      gint64    drop_id,
                      GError  **error)
{
  g_autoptr(GArray) tasks = NULL;
  gboolean people = FALSE;
  gboolean households = FALSE;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (keep_id == drop_id)
    return td_store_invalid (error, _("A unit cannot be merged with itself"));
  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Merge Units"), NULL);

  ok = td_store_subject_exists (self, TD_SUBJECT_UNIT, keep_id) &&
       td_store_subject_exists (self, TD_SUBJECT_UNIT, drop_id);
  if (!ok)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The unit is no longer in the file"));
  if (ok)
    ok = (tasks = linked_tasks (self, drop_id, error)) != NULL;
  for (guint i = 0; ok && i < G_N_ELEMENTS (merge_sql); i++)
    {
      sqlite3_stmt *stmt = td_store_prepare (self, merge_sql[i], error);

      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_int64 (stmt, 1, keep_id);
      sqlite3_bind_int64 (stmt, 2, drop_id);
      ok = td_store_step_done (self, stmt, _("Merging the units"), error);
      if (ok && i == MERGE_PEOPLE)
        people = sqlite3_changes (self->db) > 0;
      if (ok && i == MERGE_HOUSEHOLDS)
        households = sqlite3_changes (self->db) > 0;
    }

  if (ok)
    {
      for (guint i = 0; i + 1 < tasks->len; i += 2)
        td_store_note_change (self, TD_CHANGE_TASK, TD_CHANGE_UPDATED,
                              g_array_index (tasks, gint64, i + 1),
                              g_array_index (tasks, gint64, i));
      /* Many rows at once: the whole list is read again (id 0). */
      if (people)
        td_store_note_change (self, TD_CHANGE_PERSON, TD_CHANGE_UPDATED, 0, 0);
      if (households)
        td_store_note_change (self, TD_CHANGE_HOUSEHOLD, TD_CHANGE_UPDATED, 0, 0);
      td_store_note_change (self, TD_CHANGE_UNIT, TD_CHANGE_UPDATED, 0, keep_id);
    }
  return td_store_finish (self, ok, TD_CHANGE_UNIT, TD_CHANGE_REMOVED, 0, drop_id, error);
}
