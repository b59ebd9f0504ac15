/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The criteria sets of a year (bộ tiêu chí): which units each scores, its classification,
 * and the copy of a year's sets into another year.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-points.h"
#include "td-store-scoring-private.h"
#include "td-subject.h"

gboolean
td_store_finish_year (TdStore       *self,
                      gboolean       ok,
                      TdChangeWhat   what,
                      TdChangeKind   kind,
                      int            year,
                      gint64         id,
                      GError       **error)
{
  if (ok)
    td_store_note_year_change (self, what, kind, year, id);
  if (ok && td_store_commit (self, error))
    return TRUE;
  td_store_rollback (self);
  return FALSE;
}

int
td_store_criteria_set_year (TdStore  *self,
                            gint64    set_id,
                            GError  **error)
{
  int year = (int) td_store_query_id (self, "SELECT year FROM criteria_set WHERE id = ?1", set_id);

  if (year == 0)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The criteria set is no longer in the file"));
  return year;
}

static TdCriteriaSet *
read_set (sqlite3_stmt *stmt)
{
  TdCriteriaSet *set = td_criteria_set_new (sqlite3_column_int64 (stmt, 0),
                                            sqlite3_column_int (stmt, 1));

  td_criteria_set_set_position (set, sqlite3_column_int (stmt, 2));
  td_criteria_set_set_name (set, td_store_column_text (stmt, 3));
  g_object_set (set, "unit-kinds", td_store_column_text (stmt, 4), NULL);
  td_criteria_set_set_note (set, td_store_column_text (stmt, 5));
  return set;
}

#define SET_COLUMNS "id, year, position, name, unit_kinds, note"

GListModel *
td_store_list_criteria_sets (TdStore  *self,
                             int       year,
                             GError  **error)
{
  g_autoptr(GListStore) sets = g_list_store_new (TD_TYPE_CRITERIA_SET);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT " SET_COLUMNS " FROM criteria_set WHERE year = ?1 "
                                 "ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (td_store_step_row (self, stmt, N_("Reading the criteria sets"), error))
    {
      g_autoptr(TdCriteriaSet) set = read_set (stmt);

      g_list_store_append (sets, set);
    }
  sqlite3_reset (stmt);
  if (error != NULL && *error != NULL)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&sets));
}

TdCriteriaSet *
td_store_get_criteria_set (TdStore  *self,
                           gint64    id,
                           GError  **error)
{
  TdCriteriaSet *set = NULL;
  sqlite3_stmt *stmt;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT " SET_COLUMNS " FROM criteria_set WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (td_store_step_row (self, stmt, N_("Reading the criteria sets"), &local_error))
    set = read_set (stmt);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (set == NULL)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The criteria set is no longer in the file"));
  return set;
}

TdCriteriaSet *
td_store_find_criteria_set_for_kind (TdStore     *self,
                                     int          year,
                                     const char  *unit_kind,
                                     GError     **error)
{
  g_autoptr(GListModel) sets = NULL;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  g_return_val_if_fail (unit_kind != NULL, NULL);

  sets = td_store_list_criteria_sets (self, year, error);
  for (guint i = 0; sets != NULL && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(TdCriteriaSet) set = g_list_model_get_item (sets, i);

      if (td_criteria_set_has_unit_kind (set, unit_kind))
        return g_steal_pointer (&set);
    }
  return NULL;
}

/* Every kind is a unit kind, given once, and scored by no other set of @year than
 * @set_id. */
static gboolean
check_kinds (TdStore             *self,
             int                  year,
             gint64               set_id,
             const char * const  *kinds,
             GError             **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; kinds != NULL && kinds[i] != NULL; i++)
    {
      if (!g_strv_contains (td_unit_kind_codes (), kinds[i]))
        {
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                       _("“%s” is not a kind of unit"), kinds[i]);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (kinds[i], kinds[j]))
          {
            g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                         _("“%s” is given twice"), td_unit_kind_label (kinds[i]));
            return FALSE;
          }

      stmt = td_store_prepare (self,
                               "SELECT name FROM criteria_set WHERE year = ?1 AND id != ?2 "
                               "AND instr (',' || unit_kinds || ',', ',' || ?3 || ',') > 0",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, year);
      sqlite3_bind_int64 (stmt, 2, set_id);
      td_store_bind_text (stmt, 3, kinds[i]);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                       _("Units of the kind “%s” are scored by “%s” in %d already"),
                       td_unit_kind_label (kinds[i]), td_store_column_text (stmt, 0), year);
          sqlite3_reset (stmt);
          return FALSE;
        }
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* A blank name is refused; one the year has already is TD_STORE_ERROR_EXISTS. */
static gboolean
check_set_name (TdStore     *self,
                int          year,
                gint64       set_id,
                const char  *name,
                GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean taken;

  if (td_store_is_blank (name))
    return td_store_invalid (error, _("A criteria set needs a name, such as "
                                      "“Tiêu chí chấm điểm thôn”"));
  stmt = td_store_prepare (self, "SELECT 1 FROM criteria_set WHERE year = ?1 AND name = ?2 "
                                 "AND id != ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  td_store_bind_text (stmt, 2, name);
  sqlite3_bind_int64 (stmt, 3, set_id);
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (taken)
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                 _("%d has a criteria set named “%s” already"), year, name);
  return !taken;
}

static gboolean
insert_threshold (TdStore     *self,
                  gint64       set_id,
                  const char  *label,
                  gint64       min_points,
                  GError     **error)
{
  sqlite3_stmt *stmt = td_store_prepare (self, "INSERT INTO criteria_threshold (set_id, label, "
                                               "min_points) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, set_id);
  td_store_bind_text (stmt, 2, label);
  sqlite3_bind_int64 (stmt, 3, min_points);
  return td_store_step_done (self, stmt, _("Saving the classification"), error);
}

/* A new set's classification: the latest earlier set's, else the usual one. */
static gboolean
seed_thresholds (TdStore  *self,
                 gint64    set_id,
                 int       year,
                 GError  **error)
{
  /* The levels most communes use; editable data, like everything the rules say. */
  static const struct { const char *label; gint64 min_points; } usual[] = {
    { "Xuất sắc", 90 * TD_POINTS_SCALE },
    { "Khá", 70 * TD_POINTS_SCALE },
    { "Trung bình", 50 * TD_POINTS_SCALE },
  };
  gint64 previous = td_store_query_id (self, "SELECT s.id FROM criteria_set s "
                                             "WHERE s.year < (SELECT year FROM criteria_set "
                                             "WHERE id = ?1) AND EXISTS (SELECT 1 FROM "
                                             "criteria_threshold t WHERE t.set_id = s.id) "
                                             "ORDER BY s.year DESC, s.position LIMIT 1", set_id);
  sqlite3_stmt *stmt;

  (void) year;
  if (previous != 0)
    {
      stmt = td_store_prepare (self, "INSERT INTO criteria_threshold (set_id, label, min_points) "
                                     "SELECT ?1, label, min_points FROM criteria_threshold "
                                     "WHERE set_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, set_id);
      sqlite3_bind_int64 (stmt, 2, previous);
      return td_store_step_done (self, stmt, _("Saving the classification"), error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    if (!insert_threshold (self, set_id, usual[i].label, usual[i].min_points, error))
      return FALSE;
  return TRUE;
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year < 1945 || year > 2200)
    return td_store_invalid (error, _("The year of a criteria set must be from 1945 to 2200"));
  return TRUE;
}

/* Inserts the set (no checks) after the year's others; its id, 0 on failure. */
static gint64
insert_set (TdStore     *self,
            int          year,
            const char  *name,
            const char  *unit_kinds,
            const char  *note,
            GError     **error)
{
  sqlite3_stmt *stmt = td_store_prepare (self,
                                         "INSERT INTO criteria_set (year, position, name, "
                                         "  unit_kinds, note) VALUES (?1, (SELECT coalesce "
                                         "  (max (position) + 1, 0) FROM criteria_set WHERE "
                                         "  year = ?1), ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  td_store_bind_text (stmt, 2, name);
  td_store_bind_text (stmt, 3, unit_kinds);
  td_store_bind_text (stmt, 4, note);
  if (!td_store_step_done (self, stmt, _("Saving the criteria set"), error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

gint64
td_store_add_criteria_set (TdStore             *self,
                           int                  year,
                           const char          *name,
                           const char * const  *unit_kinds,
                           GError             **error)
{
  g_autofree char *kinds = NULL;
  g_autofree char *trimmed = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), 0);

  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  kinds = unit_kinds != NULL ? g_strjoinv (",", (char **) unit_kinds) : g_strdup ("");
  if (!check_year (year, error) || !td_store_begin (self, error))
    return 0;
  td_store_journal_describe (self, _("Add Criteria Set"), NULL);
  ok = check_set_name (self, year, 0, trimmed, error) &&
       check_kinds (self, year, 0, unit_kinds, error) &&
       (id = insert_set (self, year, trimmed, kinds, "", error)) != 0 &&
       seed_thresholds (self, id, year, error);
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERIA_SET, TD_CHANGE_ADDED, year, id,
                               error) ? id : 0;
}

gboolean
td_store_update_criteria_set_fields (TdStore             *self,
                                     TdCriteriaSet       *set,
                                     const char * const  *fields,
                                     GError             **error)
{
  static const TdStoreField set_fields[] = {
    { "name", "UPDATE criteria_set SET name = trim (?2) WHERE id = ?1" },
    { "unit-kinds", "UPDATE criteria_set SET unit_kinds = ?2 WHERE id = ?1" },
    { "note", "UPDATE criteria_set SET note = ?2 WHERE id = ?1" },
  };
  g_auto(GStrv) kinds = NULL;
  g_autofree char *name = NULL;
  gint64 id;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_CRITERIA_SET (set), FALSE);

  if (!td_store_check_field_names (set_fields, G_N_ELEMENTS (set_fields), fields, error) ||
      !td_store_begin (self, error))
    return FALSE;
  id = td_criteria_set_get_id (set);
  td_store_describe_fields (self, _("Edit Criteria Set"), "criteria_set", id, fields);
  kinds = td_criteria_set_dup_unit_kinds (set);
  name = g_strstrip (g_strdup (td_criteria_set_get_name (set)));
  year = td_store_criteria_set_year (self, id, error);
  ok = year != 0 &&
       (!g_strv_contains (fields, "name") ||
        check_set_name (self, year, id, name, error)) &&
       (!g_strv_contains (fields, "unit-kinds") ||
        check_kinds (self, year, id, (const char * const *) kinds, error)) &&
       td_store_write_fields (self, G_OBJECT (set), id, set_fields, G_N_ELEMENTS (set_fields),
                              fields, _("Saving the criteria set"), error);
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERIA_SET, TD_CHANGE_UPDATED, year, id,
                               error);
}

gboolean
td_store_remove_criteria_set (TdStore  *self,
                              gint64    id,
                              GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Remove Criteria Set"), NULL);
  year = td_store_criteria_set_year (self, id, error);
  ok = year != 0 &&
       (stmt = td_store_prepare (self, "DELETE FROM criteria_set WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = td_store_step_done (self, stmt, _("Removing the criteria set"), error);
    }
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERIA_SET, TD_CHANGE_REMOVED, year, id,
                               error);
}

/* Thresholds ------------------------------------------------------------------------------ */

GArray *
td_store_list_thresholds (TdStore  *self,
                          gint64    set_id,
                          GError  **error)
{
  g_autoptr(GArray) thresholds = td_thresholds_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT label, min_points FROM criteria_threshold "
                                 "WHERE set_id = ?1 ORDER BY min_points DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  while (td_store_step_row (self, stmt, N_("Reading the classification"), &local_error))
    td_thresholds_add (thresholds, td_store_column_text (stmt, 0),
                       sqlite3_column_int64 (stmt, 1));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&thresholds);
}

static gboolean
check_thresholds (const TdThreshold  *thresholds,
                  guint               n,
                  GError            **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *points = td_points_format_local (thresholds[i].min_points);

      if (td_store_is_blank (thresholds[i].label))
        {
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                       _("The level from %s points needs a name, such as “Khá”"), points);
          return FALSE;
        }
      if (ABS (thresholds[i].min_points) > TD_POINTS_LIMIT)
        {
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                       _("“%s” from %s points: more than any total can be"),
                       thresholds[i].label, points);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (thresholds[j].min_points == thresholds[i].min_points)
          {
            g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                         _("“%s” and “%s” both start at %s points; a total can be in one "
                           "level only"), thresholds[j].label, thresholds[i].label, points);
            return FALSE;
          }
    }
  return TRUE;
}

gboolean
td_store_set_thresholds (TdStore            *self,
                         gint64              set_id,
                         const TdThreshold  *thresholds,
                         guint               n_thresholds,
                         GError            **error)
{
  sqlite3_stmt *stmt = NULL;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (thresholds != NULL || n_thresholds == 0, FALSE);

  if (!check_thresholds (thresholds, n_thresholds, error) || !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Edit Classification"), NULL);
  year = td_store_criteria_set_year (self, set_id, error);
  ok = year != 0 &&
       (stmt = td_store_prepare (self, "DELETE FROM criteria_threshold WHERE set_id = ?1",
                                 error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, set_id);
      ok = td_store_step_done (self, stmt, _("Saving the classification"), error);
    }
  for (guint i = 0; ok && i < n_thresholds; i++)
    {
      g_autofree char *label = g_strstrip (g_strdup (thresholds[i].label));

      ok = insert_threshold (self, set_id, label, thresholds[i].min_points, error);
    }
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERIA_SET, TD_CHANGE_UPDATED, year,
                               set_id, error);
}

/* Copying a year ---------------------------------------------------------------------------- */

/* Copies the criteria of @from into @to (of @year), parents before their items. */
static gboolean
copy_criteria (TdStore  *self,
               gint64    from,
               gint64    to,
               int       year,
               GError  **error)
{
  g_autoptr(TdCriteriaTree) tree = td_store_read_criteria_tree (self, from, error);
  g_autoptr(GArray) new_ids = NULL;

  if (tree == NULL)
    return FALSE;
  new_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), td_criteria_tree_get_n_nodes (tree));
  for (guint i = 0; i < td_criteria_tree_get_n_nodes (tree); i++)
    {
      const TdCriteriaNode *node = td_criteria_tree_get_node (tree, i);
      gint64 parent = node->parent < 0 ? 0 : g_array_index (new_ids, gint64, node->parent);
      gint64 id = td_store_insert_criterion (self, to, year, parent,
                                             td_criterion_get_position (node->criterion),
                                             node->criterion, error);
      if (id == 0)
        return FALSE;
      g_array_append_val (new_ids, id);
    }
  return TRUE;
}

gboolean
td_store_copy_criteria_sets (TdStore  *self,
                             int       from_year,
                             int       to_year,
                             guint    *n_sets,
                             GError  **error)
{
  g_autoptr(GListModel) sets = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  guint n = 0;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (n_sets != NULL)
    *n_sets = 0;
  if (!check_year (to_year, error) || !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Copy Criteria"), NULL);

  sets = td_store_list_criteria_sets (self, from_year, error);
  ok = sets != NULL;
  if (ok && (n = g_list_model_get_n_items (sets)) == 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                   _("%d has no criteria to copy"), from_year);
      ok = FALSE;
    }
  for (guint i = 0; ok && i < n; i++)
    {
      g_autoptr(TdCriteriaSet) set = g_list_model_get_item (sets, i);
      g_auto(GStrv) kinds = td_criteria_set_dup_unit_kinds (set);
      gint64 id = 0;

      ok = check_set_name (self, to_year, 0, td_criteria_set_get_name (set), error) &&
           check_kinds (self, to_year, 0, (const char * const *) kinds, error) &&
           (id = insert_set (self, to_year, td_criteria_set_get_name (set),
                             td_criteria_set_get_unit_kinds (set),
                             td_criteria_set_get_note (set), error)) != 0;
      if (ok)
        {
          stmt = td_store_prepare (self, "INSERT INTO criteria_threshold (set_id, label, "
                                         "min_points) SELECT ?1, label, min_points FROM "
                                         "criteria_threshold WHERE set_id = ?2", error);
          ok = stmt != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (stmt, 1, id);
              sqlite3_bind_int64 (stmt, 2, td_criteria_set_get_id (set));
              ok = td_store_step_done (self, stmt, _("Copying the criteria"), error);
            }
        }
      ok = ok && copy_criteria (self, td_criteria_set_get_id (set), id, to_year, error);
      if (ok)
        td_store_note_year_change (self, TD_CHANGE_CRITERIA_SET, TD_CHANGE_ADDED, to_year, id);
    }
  if (ok && n_sets != NULL)
    *n_sets = n;
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERION, TD_CHANGE_ADDED, to_year, 0,
                               error);
}
