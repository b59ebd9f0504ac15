/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The criteria tree of a set: read, added to, edited, moved, removed, imported whole. The
 * standards are checked here: a penalty's is negative, any other's is not, and one that
 * scores already given would exceed is refused, naming the unit.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-points.h"
#include "td-store-scoring-private.h"

TdCriterion *
td_store_read_criterion (sqlite3_stmt *stmt)
{
  TdCriterion *criterion = td_criterion_new (sqlite3_column_int64 (stmt, 0));

  td_criterion_set_set_id (criterion, sqlite3_column_int64 (stmt, 1));
  td_criterion_set_year (criterion, sqlite3_column_int (stmt, 2));
  td_criterion_set_parent_id (criterion, sqlite3_column_int64 (stmt, 3));
  td_criterion_set_position (criterion, sqlite3_column_int (stmt, 4));
  td_criterion_set_code (criterion, td_store_column_text (stmt, 5));
  td_criterion_set_name (criterion, td_store_column_text (stmt, 6));
  td_criterion_set_content (criterion, td_store_column_text (stmt, 7));
  td_criterion_set_target (criterion, td_store_column_text (stmt, 8));
  td_criterion_set_target_unit (criterion, td_store_column_text (stmt, 9));
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    td_criterion_set_max_points (criterion, sqlite3_column_int64 (stmt, 10));
  td_criterion_set_penalty (criterion, sqlite3_column_int (stmt, 11) != 0);
  td_criterion_set_verifier_id (criterion, sqlite3_column_int64 (stmt, 12));
  td_criterion_set_note (criterion, td_store_column_text (stmt, 13));
  return criterion;
}

GPtrArray *
td_store_list_criteria (TdStore  *self,
                        gint64    set_id,
                        GError  **error)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT " TD_CRITERION_COLUMNS " FROM criterion c "
                                 "WHERE c.set_id = ?1 ORDER BY coalesce (c.parent_id, 0), "
                                 "c.position, c.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  while (td_store_step_row (self, stmt, N_("Reading the criteria"), &local_error))
    g_ptr_array_add (criteria, td_store_read_criterion (stmt));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&criteria);
}

TdCriteriaTree *
td_store_read_criteria_tree (TdStore  *self,
                             gint64    set_id,
                             GError  **error)
{
  g_autoptr(GPtrArray) criteria = td_store_list_criteria (self, set_id, error);

  return criteria != NULL ? td_criteria_tree_new (criteria) : NULL;
}

TdCriterion *
td_store_get_criterion (TdStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  TdCriterion *criterion = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, "SELECT " TD_CRITERION_COLUMNS " FROM criterion c "
                                 "WHERE c.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (td_store_step_row (self, stmt, N_("Reading the criteria"), &local_error))
    criterion = td_store_read_criterion (stmt);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (criterion == NULL)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The criterion is no longer in the file"));
  return criterion;
}

gboolean
td_store_check_criterion (TdCriterion  *criterion,
                          GError      **error)
{
  g_autofree char *label = td_criterion_dup_label (criterion);
  gint64 max = td_criterion_get_max_points (criterion);

  if (td_store_is_blank (td_criterion_get_name (criterion)))
    {
      if (td_store_is_blank (td_criterion_get_code (criterion)))
        return td_store_invalid (error, _("A criterion needs a name"));
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("Criterion %s needs a name"), label);
      return FALSE;
    }
  if (!td_criterion_get_has_max (criterion))
    return TRUE;
  if (ABS (max) > TD_POINTS_LIMIT)
    {
      g_autofree char *points = td_points_format_local (max);

      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("Criterion %s: %s points is more than any standard can be"), label, points);
      return FALSE;
    }
  if (td_criterion_get_penalty (criterion) && max > 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("Criterion %s is a penalty: its standard is the most it takes away, "
                     "written below 0, such as -2"), label);
      return FALSE;
    }
  if (!td_criterion_get_penalty (criterion) && max < 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("Criterion %s: a standard below 0 takes points away; mark the criterion "
                     "as a penalty"), label);
      return FALSE;
    }
  return TRUE;
}

gint64
td_store_insert_criterion (TdStore      *self,
                           gint64        set_id,
                           int           year,
                           gint64        parent_id,
                           int           position,
                           TdCriterion  *criterion,
                           GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                           "INSERT INTO criterion (year, set_id, parent_id, position, code, "
                           "  name, content, target, target_unit, max_points, penalty, "
                           "  verifier_id, note) VALUES (?1, ?2, nullif (?3, 0), ?4, trim (?5), "
                           "  trim (?6), ?7, ?8, ?9, ?10, ?11, nullif (?12, 0), ?13)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, set_id);
  sqlite3_bind_int64 (stmt, 3, parent_id);
  sqlite3_bind_int (stmt, 4, position);
  td_store_bind_text (stmt, 5, td_criterion_get_code (criterion));
  td_store_bind_text (stmt, 6, td_criterion_get_name (criterion));
  td_store_bind_text (stmt, 7, td_criterion_get_content (criterion));
  td_store_bind_text (stmt, 8, td_criterion_get_target (criterion));
  td_store_bind_text (stmt, 9, td_criterion_get_target_unit (criterion));
  if (td_criterion_get_has_max (criterion))
    sqlite3_bind_int64 (stmt, 10, td_criterion_get_max_points (criterion));
  else
    sqlite3_bind_null (stmt, 10);
  sqlite3_bind_int (stmt, 11, td_criterion_get_penalty (criterion) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 12, td_criterion_get_verifier_id (criterion));
  td_store_bind_text (stmt, 13, td_criterion_get_note (criterion));
  if (!td_store_step_done (self, stmt, _("Saving the criterion"), error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/* Refuses when criterion @id has scores: an item that gets items of its own is scored
 * through them, and what it holds would no longer count. */
static gboolean
check_no_scores (TdStore  *self,
                 gint64    id,
                 GError  **error)
{
  g_autoptr(TdCriterion) criterion = NULL;
  g_autofree char *label = NULL;

  if (id == 0 || td_store_query_id (self, "SELECT 1 FROM score WHERE criterion_id = ?1 AND "
                                          "(self_points IS NOT NULL OR verified_points IS NOT "
                                          "NULL) LIMIT 1", id) == 0)
    return TRUE;
  criterion = td_store_get_criterion (self, id, error);
  if (criterion == NULL)
    return FALSE;
  label = td_criterion_dup_label (criterion);
  g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
               _("Criterion %s has scores already: it cannot take items of its own, whose "
                 "scores would replace them"), label);
  return FALSE;
}

/* The parent is a criterion of set @set_id, or 0. */
static gboolean
check_parent (TdStore  *self,
              gint64    set_id,
              gint64    parent_id,
              GError  **error)
{
  if (parent_id == 0)
    return TRUE;
  if (td_store_query_id (self, "SELECT set_id FROM criterion WHERE id = ?1", parent_id) != set_id)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           _("The criterion it would go under is not in this set"));
      return FALSE;
    }
  return check_no_scores (self, parent_id, error);
}

static gboolean
renumber (TdStore  *self,
          gint64    set_id,
          gint64    parent_id,
          gint64    moved_id,
          int       position,
          GError  **error)
{
  return td_store_renumber (self,
                            "SELECT id FROM criterion WHERE set_id = ?1 AND "
                            "coalesce (parent_id, 0) = ?2 AND id != ?3 ORDER BY position, id",
                            "UPDATE criterion SET position = ?2, parent_id = nullif (?3, 0) "
                            "WHERE id = ?1",
                            _("Saving the criteria"), set_id, parent_id, moved_id, position,
                            error);
}

gint64
td_store_add_criterion (TdStore      *self,
                        gint64        set_id,
                        gint64        parent_id,
                        int           position,
                        TdCriterion  *criterion,
                        GError      **error)
{
  gint64 id = 0;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), 0);
  g_return_val_if_fail (TD_IS_CRITERION (criterion), 0);

  if (!td_store_check_criterion (criterion, error) || !td_store_begin (self, error))
    return 0;
  td_store_journal_describe (self, _("Add Criterion"), NULL);
  year = td_store_criteria_set_year (self, set_id, error);
  ok = year != 0 && check_parent (self, set_id, parent_id, error) &&
       (id = td_store_insert_criterion (self, set_id, year, parent_id, G_MAXINT, criterion,
                                        error)) != 0 &&
       renumber (self, set_id, parent_id, id, position, error);
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERION, TD_CHANGE_ADDED, year, id, error)
         ? id : 0;
}

/* The first score of criterion @id outside [@low, @high], said in words; TRUE when none. */
static gboolean
check_scores_within (TdStore     *self,
                     gint64       id,
                     const char  *label,
                     gint64       low,
                     gint64       high,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = td_store_prepare (self,
                           "SELECT u.name, CASE WHEN s.self_points NOT BETWEEN ?2 AND ?3 "
                           "  THEN s.self_points ELSE s.verified_points END "
                           "FROM score s JOIN unit u ON u.id = s.unit_id "
                           "WHERE s.criterion_id = ?1 AND (s.self_points NOT BETWEEN ?2 AND ?3 "
                           "  OR s.verified_points NOT BETWEEN ?2 AND ?3) "
                           "ORDER BY u.name COLLATE vi LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, low);
  sqlite3_bind_int64 (stmt, 3, high);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      g_autofree char *points = td_points_format_local (sqlite3_column_int64 (stmt, 1));

      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("Criterion %s: “%s” is scored %s points on it, which the new standard "
                     "would not allow; change that score first"),
                   label, td_store_column_text (stmt, 0), points);
    }
  sqlite3_reset (stmt);
  return !found;
}

static const TdStoreField criterion_fields[] = {
  { "code", NULL },
  { "name", NULL },
  { "content", NULL },
  { "target", NULL },
  { "target-unit", NULL },
  { "max-points", NULL },
  { "penalty", NULL },
  { "verifier-id", NULL },
  { "note", NULL },
};

gboolean
td_store_update_criterion_fields (TdStore             *self,
                                  TdCriterion         *criterion,
                                  const char * const  *fields,
                                  GError             **error)
{
  g_autoptr(TdCriterion) saved = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id;
  int year = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_CRITERION (criterion), FALSE);

  if (!td_store_check_field_names (criterion_fields, G_N_ELEMENTS (criterion_fields), fields,
                                   error) ||
      !td_store_begin (self, error))
    return FALSE;
  id = td_criterion_get_id (criterion);
  td_store_describe_fields (self, _("Edit Criterion"), "criterion", id, fields);

  /* What will be saved: the fields given over the row as it is. */
  saved = td_store_get_criterion (self, id, error);
  ok = saved != NULL;
  for (guint i = 0; ok && fields[i] != NULL; i++)
    {
      if (g_str_equal (fields[i], "max-points"))
        {
          if (td_criterion_get_has_max (criterion))
            td_criterion_set_max_points (saved, td_criterion_get_max_points (criterion));
          else
            td_criterion_unset_max_points (saved);
        }
      else
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_object_get_property (G_OBJECT (criterion), fields[i], &value);
          g_object_set_property (G_OBJECT (saved), fields[i], &value);
        }
    }
  if (ok)
    {
      gint64 max = td_criterion_get_has_max (saved) ? td_criterion_get_max_points (saved) : 0;
      gboolean leaf = td_store_query_id (self, "SELECT 1 FROM criterion WHERE parent_id = ?1 "
                                               "LIMIT 1", id) == 0;

      year = td_criterion_get_year (saved);
      label = td_criterion_dup_label (saved);
      ok = td_store_check_criterion (saved, error) &&
           (!leaf || check_scores_within (self, id, label, MIN (0, max), MAX (0, max), error));
    }
  if (ok)
    {
      stmt = td_store_prepare (self,
                               "UPDATE criterion SET code = trim (?2), name = trim (?3), "
                               "  content = ?4, target = ?5, target_unit = ?6, max_points = ?7, "
                               "  penalty = ?8, verifier_id = nullif (?9, 0), note = ?10 "
                               "WHERE id = ?1", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      td_store_bind_text (stmt, 2, td_criterion_get_code (saved));
      td_store_bind_text (stmt, 3, td_criterion_get_name (saved));
      td_store_bind_text (stmt, 4, td_criterion_get_content (saved));
      td_store_bind_text (stmt, 5, td_criterion_get_target (saved));
      td_store_bind_text (stmt, 6, td_criterion_get_target_unit (saved));
      if (td_criterion_get_has_max (saved))
        sqlite3_bind_int64 (stmt, 7, td_criterion_get_max_points (saved));
      else
        sqlite3_bind_null (stmt, 7);
      sqlite3_bind_int (stmt, 8, td_criterion_get_penalty (saved) ? 1 : 0);
      sqlite3_bind_int64 (stmt, 9, td_criterion_get_verifier_id (saved));
      td_store_bind_text (stmt, 10, td_criterion_get_note (saved));
      ok = td_store_step_one (self, stmt, _("Saving the criterion"), error);
    }
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERION, TD_CHANGE_UPDATED, year, id,
                               error);
}

gboolean
td_store_move_criterion (TdStore  *self,
                         gint64    id,
                         gint64    parent_id,
                         int       position,
                         GError  **error)
{
  g_autoptr(TdCriterion) criterion = NULL;
  gint64 set_id = 0;
  gint64 old_parent = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Move Criterion"), NULL);
  criterion = td_store_get_criterion (self, id, error);
  ok = criterion != NULL;
  if (ok)
    {
      set_id = td_criterion_get_set_id (criterion);
      old_parent = td_criterion_get_parent_id (criterion);
      /* Not under itself, nor under one of its own items. */
      for (gint64 up = parent_id; ok && up != 0;
           up = td_store_query_id (self, "SELECT coalesce (parent_id, 0) FROM criterion "
                                         "WHERE id = ?1", up))
        if (up == id)
          ok = td_store_invalid (error, _("A criterion cannot go under itself or one of its "
                                          "own items"));
    }
  ok = ok && check_parent (self, set_id, parent_id, error) &&
       renumber (self, set_id, parent_id, id, position, error) &&
       (old_parent == parent_id || renumber (self, set_id, old_parent, 0, -1, error));
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERION, TD_CHANGE_MOVED,
                               criterion != NULL ? td_criterion_get_year (criterion) : 0, id,
                               error);
}

gboolean
td_store_remove_criterion (TdStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_autoptr(TdCriterion) criterion = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Remove Criterion"), NULL);
  criterion = td_store_get_criterion (self, id, error);
  ok = criterion != NULL &&
       (stmt = td_store_prepare (self, "DELETE FROM criterion WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = td_store_step_done (self, stmt, _("Removing the criterion"), error) &&
           renumber (self, td_criterion_get_set_id (criterion),
                     td_criterion_get_parent_id (criterion), 0, -1, error);
    }
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERION, TD_CHANGE_REMOVED,
                               criterion != NULL ? td_criterion_get_year (criterion) : 0, id,
                               error);
}

gboolean
td_store_import_criteria (TdStore    *self,
                          gint64      set_id,
                          GPtrArray  *criteria,
                          GArray     *parents,
                          GError    **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) n_children = NULL;
  sqlite3_stmt *stmt = NULL;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (criteria != NULL && parents != NULL, FALSE);
  g_return_val_if_fail (criteria->len == parents->len, FALSE);

  for (guint i = 0; i < criteria->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      int parent = g_array_index (parents, int, i);

      g_return_val_if_fail (parent < (int) i, FALSE);
      if (!td_store_check_criterion (g_ptr_array_index (criteria, i), &local_error))
        {
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID, _("Row %u: %s"), i + 1,
                       local_error->message);
          return FALSE;
        }
    }

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Import Criteria"), NULL);
  year = td_store_criteria_set_year (self, set_id, error);
  ok = year != 0;
  if (ok && td_store_query_id (self, "SELECT 1 FROM score s JOIN criterion c ON c.id = "
                                     "s.criterion_id WHERE c.set_id = ?1 LIMIT 1", set_id) != 0)
    ok = td_store_invalid (error, _("The criteria of this set have scores already; import "
                                    "into a new set, or remove the scores first"));
  if (ok)
    {
      stmt = td_store_prepare (self, "DELETE FROM criterion WHERE set_id = ?1", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, set_id);
      ok = td_store_step_done (self, stmt, _("Importing the criteria"), error);
    }

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), criteria->len);
  n_children = g_array_sized_new (FALSE, TRUE, sizeof (int), criteria->len + 1);
  g_array_set_size (n_children, criteria->len + 1);
  for (guint i = 0; ok && i < criteria->len; i++)
    {
      int parent = g_array_index (parents, int, i);
      int *position = &g_array_index (n_children, int, parent + 1);
      gint64 id = td_store_insert_criterion (self, set_id, year,
                                             parent < 0 ? 0 : g_array_index (ids, gint64, parent),
                                             (*position)++, g_ptr_array_index (criteria, i),
                                             error);

      ok = id != 0;
      g_array_append_val (ids, id);
    }
  return td_store_finish_year (self, ok, TD_CHANGE_CRITERION, TD_CHANGE_ADDED, year, 0, error);
}
