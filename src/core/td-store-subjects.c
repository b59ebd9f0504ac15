/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The subjects of emulation, read: units, people and households as lists of TdSubject in
 * Vietnamese order, each list one query whatever its length (the counts of the year are
 * joined in, grouped once, never asked row by row).
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-subjects-private.h"

enum {
  COL_ID,
  COL_NAME,
  COL_UNIT_KIND,
  COL_HEAD,
  COL_POSITION,
  COL_MEMBERS,
  COL_PHONE,
  COL_PARENT_ID,
  COL_PARENT_NAME,
  COL_BIRTH_YEAR,
  COL_ADDRESS,
  COL_NOTE,
  COL_ARCHIVED,
  COL_N_TASKS,
  COL_N_REGISTRATIONS,
  COL_N_AWARDS,
};

/* A year's registrations and awards of each subject of a kind, to join: ?1 the year. */
#define COUNTS(column)                                                                      \
  "LEFT JOIN (SELECT " column " AS id, count(*) AS n FROM registration "                    \
  "           WHERE year = ?1 AND " column " IS NOT NULL GROUP BY " column ") r "           \
  "  ON r.id = s.id "                                                                       \
  "LEFT JOIN (SELECT " column " AS id, count(*) AS n FROM award "                           \
  "           WHERE year = ?1 AND " column " IS NOT NULL GROUP BY " column ") a "           \
  "  ON a.id = s.id "

/* The columns of the enum above, for each kind; ?1 the year, ?2 whether archived ones are
 * wanted, ?3 one subject's id. */
#define UNIT_SELECT                                                                         \
  "SELECT s.id, s.name, s.kind, s.head, '', s.members, s.phone, s.parent_id, "              \
  "       coalesce (p.name, ''), 0, '', s.note, s.archived, coalesce (t.n, 0), "            \
  "       coalesce (r.n, 0), coalesce (a.n, 0) "                                            \
  "FROM unit s LEFT JOIN unit p ON p.id = s.parent_id "                                     \
  "LEFT JOIN (SELECT task_unit.unit_id AS id, count(*) AS n FROM task_unit "                \
  "           JOIN task ON task.id = task_unit.task_id "                                    \
  "           JOIN plan ON plan.id = task.plan_id AND plan.year = ?1 "                      \
  "           GROUP BY task_unit.unit_id) t ON t.id = s.id "                                \
  COUNTS ("unit_id")

#define PERSON_SELECT                                                                       \
  "SELECT s.id, s.name, '', '', s.position, NULL, s.phone, s.unit_id, "                     \
  "       coalesce (p.name, ''), s.birth_year, '', s.note, s.archived, 0, "                 \
  "       coalesce (r.n, 0), coalesce (a.n, 0) "                                            \
  "FROM person s LEFT JOIN unit p ON p.id = s.unit_id "                                     \
  COUNTS ("person_id")

#define HOUSEHOLD_SELECT                                                                    \
  "SELECT s.id, s.head_name, '', '', '', s.members, s.phone, s.village_id, "                \
  "       coalesce (p.name, ''), 0, s.address, s.note, s.archived, 0, "                     \
  "       coalesce (r.n, 0), coalesce (a.n, 0) "                                            \
  "FROM household s LEFT JOIN unit p ON p.id = s.village_id "                               \
  COUNTS ("household_id")

/* In the order of the ids: the Vietnamese order is made in C, from one key a row (sorting
 * in SQL compares two names with the collation ~300,000 times for 20,000 rows). */
#define LIST_WHERE "WHERE ?2 OR s.archived = 0 ORDER BY s.id"
#define ONE_WHERE "WHERE s.id = ?3"

static const char * const list_sql[] = {
  [TD_SUBJECT_UNIT] = UNIT_SELECT LIST_WHERE,
  [TD_SUBJECT_PERSON] = PERSON_SELECT LIST_WHERE,
  [TD_SUBJECT_HOUSEHOLD] = HOUSEHOLD_SELECT LIST_WHERE,
};

static const char * const one_sql[] = {
  [TD_SUBJECT_UNIT] = UNIT_SELECT ONE_WHERE,
  [TD_SUBJECT_PERSON] = PERSON_SELECT ONE_WHERE,
  [TD_SUBJECT_HOUSEHOLD] = HOUSEHOLD_SELECT ONE_WHERE,
};

const char *
td_store_subject_table (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return "person";
    case TD_SUBJECT_HOUSEHOLD: return "household";
    case TD_SUBJECT_UNIT:
    default: return "unit";
    }
}

TdChangeWhat
td_store_subject_change (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return TD_CHANGE_PERSON;
    case TD_SUBJECT_HOUSEHOLD: return TD_CHANGE_HOUSEHOLD;
    case TD_SUBJECT_UNIT:
    default: return TD_CHANGE_UNIT;
    }
}

static gboolean
kind_is_valid (TdSubjectKind kind)
{
  return kind == TD_SUBJECT_UNIT || kind == TD_SUBJECT_PERSON || kind == TD_SUBJECT_HOUSEHOLD;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  TdSubject *x = *(TdSubject * const *) a, *y = *(TdSubject * const *) b;

  return strcmp (td_subject_get_sort_key (x), td_subject_get_sort_key (y));
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  int n_bytes = sqlite3_column_bytes (stmt, column);

  /* SQLite knows the length, and ends the text with a NUL. */
  return text != NULL && n_bytes > 0 ? g_memdup2 (text, n_bytes + 1) : td_subject_no_text;
}

static TdSubject *
read_subject (sqlite3_stmt  *stmt,
              TdSubjectKind  kind)
{
  TdSubject *subject = td_subject_new_empty (kind);

  subject->id = sqlite3_column_int64 (stmt, COL_ID);
  subject->name = dup_column (stmt, COL_NAME);
  subject->unit_kind = dup_column (stmt, COL_UNIT_KIND);
  subject->head = dup_column (stmt, COL_HEAD);
  subject->position = dup_column (stmt, COL_POSITION);
  subject->members = sqlite3_column_type (stmt, COL_MEMBERS) == SQLITE_NULL
                       ? -1 : sqlite3_column_int (stmt, COL_MEMBERS);
  subject->phone = dup_column (stmt, COL_PHONE);
  subject->parent_id = sqlite3_column_int64 (stmt, COL_PARENT_ID);
  subject->parent_name = dup_column (stmt, COL_PARENT_NAME);
  subject->birth_year = sqlite3_column_int (stmt, COL_BIRTH_YEAR);
  subject->address = dup_column (stmt, COL_ADDRESS);
  subject->note = dup_column (stmt, COL_NOTE);
  subject->archived = sqlite3_column_int (stmt, COL_ARCHIVED) != 0;
  subject->n_tasks = (guint) sqlite3_column_int64 (stmt, COL_N_TASKS);
  subject->n_registrations = (guint) sqlite3_column_int64 (stmt, COL_N_REGISTRATIONS);
  subject->n_awards = (guint) sqlite3_column_int64 (stmt, COL_N_AWARDS);
  /* Made now, while the list is read, so the first keystroke of a search finds it ready. */
  td_subject_get_search_key (subject);
  return subject;
}

static const char *
reading_label (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON: return N_("Reading the people");
    case TD_SUBJECT_HOUSEHOLD: return N_("Reading the households");
    case TD_SUBJECT_UNIT:
    default: return N_("Reading the units");
    }
}

GListModel *
td_store_list_subjects (TdStore        *self,
                        TdSubjectKind   kind,
                        int             year,
                        gboolean        with_archived,
                        GError        **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  g_return_val_if_fail (kind_is_valid (kind), NULL);

  stmt = td_store_prepare (self, list_sql[kind], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, with_archived ? 1 : 0);
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  while (td_store_step_row (self, stmt, reading_label (kind), &local_error))
    g_ptr_array_add (rows, read_subject (stmt, kind));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Vietnamese order, each name's key made once and kept by its subject (the lists sort by
   * the same keys); the stable sort keeps the ids' order among equal names. */
  g_ptr_array_sort (rows, compare_by_name);

  /* In one splice: one items-changed, not 20,000. */
  store = g_list_store_new (TD_TYPE_SUBJECT);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

TdSubject *
td_store_get_subject (TdStore        *self,
                      TdSubjectKind   kind,
                      gint64          id,
                      int             year,
                      GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  TdSubject *subject = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  g_return_val_if_fail (kind_is_valid (kind), NULL);

  stmt = td_store_prepare (self, one_sql[kind], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 3, id);
  if (td_store_step_row (self, stmt, reading_label (kind), &local_error))
    subject = read_subject (stmt, kind);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (subject == NULL)
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND, "%s",
                 kind == TD_SUBJECT_PERSON ? _("The person is no longer in the file")
                 : kind == TD_SUBJECT_HOUSEHOLD ? _("The household is no longer in the file")
                 : _("The unit is no longer in the file"));
  return subject;
}

gboolean
td_store_subject_exists (TdStore       *self,
                         TdSubjectKind  kind,
                         gint64         id)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] = "SELECT 1 FROM unit WHERE id = ?1",
    [TD_SUBJECT_PERSON] = "SELECT 1 FROM person WHERE id = ?1",
    [TD_SUBJECT_HOUSEHOLD] = "SELECT 1 FROM household WHERE id = ?1",
  };

  return td_store_query_id (self, sql[kind], id) != 0;
}

gint64
td_store_find_unit_named (TdStore     *self,
                          const char  *name,
                          gboolean     village,
                          GError     **error)
{
  g_autofree char *folded = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 found = 0;
  gint64 found_village = 0;
  guint n_found = 0;
  guint n_villages = 0;

  stmt = td_store_prepare (self, "SELECT id FROM unit WHERE name = ?1", error);
  if (stmt == NULL)
    return 0;
  td_store_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (found != 0)
    return found;

  /* A commune has tens or hundreds of units: folding each is quicker than asking. */
  folded = td_subject_fold_name (name);
  stmt = td_store_prepare (self, "SELECT id, name, kind FROM unit ORDER BY archived, id", error);
  if (stmt == NULL)
    return 0;
  while (td_store_step_row (self, stmt, N_("Reading the units"), &local_error))
    {
      g_autofree char *other = td_subject_fold_name (td_store_column_text (stmt, 1));

      if (!g_str_equal (other, folded))
        continue;
      if (n_found++ == 0)
        found = sqlite3_column_int64 (stmt, 0);
      if (g_str_equal (td_store_column_text (stmt, 2), "village") && n_villages++ == 0)
        found_village = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  if (village && n_villages == 1)
    return found_village;
  return n_found == 1 ? found : 0;
}

static gboolean
same_folded (const char *a,
             const char *b)
{
  g_autofree char *folded_a = td_subject_fold_name (a);
  g_autofree char *folded_b = td_subject_fold_name (b);

  return g_str_equal (folded_a, folded_b);
}

gboolean
td_subject_doubles (TdSubject *a,
                    TdSubject *b)
{
  g_assert (a->kind == b->kind);

  if (!same_folded (a->name, b->name))
    return FALSE;
  switch (a->kind)
    {
    case TD_SUBJECT_UNIT:
      return g_str_equal (a->unit_kind, b->unit_kind);
    case TD_SUBJECT_PERSON:
      return a->parent_id == b->parent_id &&
             (a->birth_year == 0 || b->birth_year == 0 || a->birth_year == b->birth_year);
    case TD_SUBJECT_HOUSEHOLD:
      return a->parent_id == b->parent_id;
    default:
      g_assert_not_reached ();
    }
}

GPtrArray *
td_store_find_duplicates (TdStore    *self,
                          TdSubject  *candidate,
                          GError    **error)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] = "SELECT id, name, kind, 0 AS parent, 0 FROM unit WHERE kind = ?1",
    [TD_SUBJECT_PERSON] = "SELECT id, name, '', unit_id, coalesce (birth_year, 0) FROM person "
                          "WHERE unit_id IS ?2",
    [TD_SUBJECT_HOUSEHOLD] = "SELECT id, head_name, '', village_id, 0 FROM household "
                             "WHERE village_id IS ?2",
  };
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TdSubject) probe = NULL;
  gint64 parent_id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  g_return_val_if_fail (TD_IS_SUBJECT (candidate), NULL);

  /* A parent typed but not stored yet is known by its name only. */
  parent_id = candidate->parent_id;
  if (parent_id == 0 && candidate->parent_name[0] != '\0')
    {
      parent_id = td_store_find_unit_named (self, candidate->parent_name,
                                            candidate->kind == TD_SUBJECT_HOUSEHOLD, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      /* No such unit: nobody is in it yet. */
      if (parent_id == 0)
        return g_steal_pointer (&found);
    }

  stmt = td_store_prepare (self, sql[candidate->kind], error);
  if (stmt == NULL)
    return NULL;
  td_store_bind_text (stmt, 1, candidate->unit_kind);
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  else
    sqlite3_bind_null (stmt, 2);
  probe = td_subject_new (candidate->kind);
  while (td_store_step_row (self, stmt, reading_label (candidate->kind), &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id == candidate->id)
        continue;
      td_subject_take_string (probe, &probe->name, dup_column (stmt, 1));
      td_subject_take_string (probe, &probe->unit_kind, dup_column (stmt, 2));
      /* Already of the candidate's parent (the query says so): its birth year is the rest. */
      probe->parent_id = candidate->parent_id;
      probe->birth_year = sqlite3_column_int (stmt, 4);
      if (td_subject_doubles (candidate, probe))
        g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      TdSubject *subject = td_store_get_subject (self, candidate->kind,
                                                 g_array_index (ids, gint64, i), 0, error);
      if (subject == NULL)
        return NULL;
      g_ptr_array_add (found, subject);
    }
  return g_steal_pointer (&found);
}

gboolean
td_store_has_history (TdStore        *self,
                      TdSubjectKind   kind,
                      gint64          id,
                      GError        **error)
{
  static const char * const sql[] = {
    [TD_SUBJECT_UNIT] =
      "SELECT EXISTS (SELECT 1 FROM task_unit WHERE unit_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM registration WHERE unit_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM award WHERE unit_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM score WHERE unit_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM person WHERE unit_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM household WHERE village_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM unit WHERE parent_id = ?1)",
    [TD_SUBJECT_PERSON] =
      "SELECT EXISTS (SELECT 1 FROM registration WHERE person_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM award WHERE person_id = ?1)",
    [TD_SUBJECT_HOUSEHOLD] =
      "SELECT EXISTS (SELECT 1 FROM registration WHERE household_id = ?1) "
      "    OR EXISTS (SELECT 1 FROM award WHERE household_id = ?1)",
  };
  g_autoptr(GError) local_error = NULL;
  gboolean has = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind_is_valid (kind), FALSE);

  stmt = td_store_prepare (self, sql[kind], error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (td_store_step_row (self, stmt, reading_label (kind), &local_error))
    has = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return has;
}

gint64
td_store_ensure_unit (TdStore     *self,
                      const char  *name,
                      const char  *kind,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = td_store_prepare (self, "SELECT id FROM unit WHERE name = ?1", error);
  if (stmt == NULL)
    return 0;
  td_store_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0)
    return id;

  stmt = td_store_prepare (self, "INSERT INTO unit (name, kind) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return 0;
  td_store_bind_text (stmt, 1, name);
  td_store_bind_text (stmt, 2, kind != NULL ? kind : "other");
  if (!td_store_step_done (self, stmt, _("Saving a unit"), error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);
  td_store_note_change (self, TD_CHANGE_UNIT, TD_CHANGE_ADDED, 0, id);
  return id;
}

GListModel *
td_store_list_units (TdStore  *self,
                     GError  **error)
{
  g_autoptr(GListStore) store = g_list_store_new (TD_TYPE_UNIT);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT id, name, kind FROM unit WHERE archived = 0 "
                           "ORDER BY name COLLATE vi, id", error);
  if (stmt == NULL)
    return NULL;
  while (td_store_step_row (self, stmt, N_("Reading the units"), &local_error))
    {
      g_autoptr(TdUnit) unit = td_unit_new (sqlite3_column_int64 (stmt, 0),
                                            td_store_column_text (stmt, 1), td_store_column_text (stmt, 2));
      g_list_store_append (store, unit);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static void
clear_unit_tasks (gpointer data)
{
  TdUnitTasks *entry = data;

  g_clear_object (&entry->unit);
}

GArray *
td_store_count_unit_tasks (TdStore  *self,
                           int       year,
                           GError  **error)
{
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (TdUnitTasks));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  g_array_set_clear_func (units, clear_unit_tasks);
  /* The year's tasks are joined before the units are grouped, so a unit with none (or
   * with tasks only in other years) still has its row, with 0. */
  stmt = td_store_prepare (self,
                           "SELECT unit.id, unit.name, unit.kind, count(task.id) AS n FROM unit "
                           "LEFT JOIN (task_unit JOIN task ON task.id = task_unit.task_id "
                           "           JOIN plan ON plan.id = task.plan_id AND plan.year = ?1) "
                           "  ON task_unit.unit_id = unit.id "
                           "GROUP BY unit.id ORDER BY n = 0, unit.name COLLATE vi, unit.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (td_store_step_row (self, stmt, N_("Reading the units"), &local_error))
    {
      TdUnitTasks entry = {
        .unit = td_unit_new (sqlite3_column_int64 (stmt, 0), td_store_column_text (stmt, 1),
                             td_store_column_text (stmt, 2)),
        .n_tasks = (guint) sqlite3_column_int64 (stmt, 3),
      };

      g_array_append_val (units, entry);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&units);
}
