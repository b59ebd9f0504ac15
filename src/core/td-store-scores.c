/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Scores (điểm tự chấm, điểm phúc tra): one cell saved at a time, checked against its
 * criterion's standard; the score sheet of a set read in a few queries; registered targets
 * linked to the criteria that score them.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-points.h"
#include "td-registration.h"
#include "td-store-scoring-private.h"

/* What a score is checked against. */
typedef struct {
  char     *label;
  gint64    set_id;
  int       year;
  gboolean  penalty;
  gint64    low;
  gint64    high;
} Bounds;

static void
bounds_clear (Bounds *bounds)
{
  g_clear_pointer (&bounds->label, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Bounds, bounds_clear)

/* The bounds of criterion @id, an item (not a heading) that scores the unit @unit_id. */
static gboolean
read_bounds (TdStore  *self,
             gint64    id,
             gint64    unit_id,
             Bounds   *bounds,
             GError  **error)
{
  g_autoptr(TdCriterion) criterion = td_store_get_criterion (self, id, error);
  g_autoptr(TdCriteriaSet) set = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *unit_kind = NULL;
  sqlite3_stmt *stmt;
  gint64 max;

  if (criterion == NULL)
    return FALSE;
  bounds->label = td_criterion_dup_label (criterion);
  bounds->set_id = td_criterion_get_set_id (criterion);
  bounds->year = td_criterion_get_year (criterion);
  bounds->penalty = td_criterion_get_penalty (criterion);
  max = td_criterion_get_has_max (criterion) ? td_criterion_get_max_points (criterion) : 0;
  bounds->low = MIN (0, max);
  bounds->high = MAX (0, max);

  if (td_store_query_id (self, "SELECT 1 FROM criterion WHERE parent_id = ?1 LIMIT 1", id) != 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("Criterion %s is scored through its items"), bounds->label);
      return FALSE;
    }

  stmt = td_store_prepare (self, "SELECT name, kind FROM unit WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      unit_name = g_strdup (td_store_column_text (stmt, 0));
      unit_kind = g_strdup (td_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (unit_name == NULL)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           _("The unit is no longer in the file"));
      return FALSE;
    }
  set = td_store_get_criteria_set (self, bounds->set_id, error);
  if (set == NULL)
    return FALSE;
  /* A unit whose kind changed keeps the scores it has in the set. */
  if (!td_criteria_set_has_unit_kind (set, unit_kind))
    {
      gboolean scored;

      stmt = td_store_prepare (self, "SELECT 1 FROM score s JOIN criterion c "
                                     "ON c.id = s.criterion_id WHERE s.unit_id = ?1 "
                                     "AND c.set_id = ?2 LIMIT 1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, unit_id);
      sqlite3_bind_int64 (stmt, 2, bounds->set_id);
      scored = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (scored)
        return TRUE;

      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("“%s” is not scored by “%s”: that set is for other kinds of unit"),
                   unit_name, td_criteria_set_get_name (set));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_points (const Bounds  *bounds,
              gint64         points,
              GError       **error)
{
  if (points > bounds->high)
    {
      g_autofree char *high = td_points_format_local (bounds->high);

      if (bounds->penalty)
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                     _("Criterion %s is a penalty: it takes points away, so its score is 0 or "
                       "less, such as -1"), bounds->label);
      else
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                     _("Criterion %s: at most %s points"), bounds->label, high);
      return FALSE;
    }
  if (points < bounds->low)
    {
      g_autofree char *low = td_points_format_local (-bounds->low);

      if (bounds->penalty)
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                     _("Criterion %s: it takes away at most %s points"), bounds->label, low);
      else
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                     _("Criterion %s: at least 0 points; what is taken away belongs in a "
                       "penalty item"), bounds->label);
      return FALSE;
    }
  return TRUE;
}

static const TdStoreField score_fields[] = {
  { "self", "UPDATE score SET self_points = ?3 WHERE criterion_id = ?1 AND unit_id = ?2" },
  { "verified", "UPDATE score SET verified_points = ?3 WHERE criterion_id = ?1 AND unit_id = ?2" },
  { "verifier", "UPDATE score SET verifier_id = nullif (?3, 0) "
                "WHERE criterion_id = ?1 AND unit_id = ?2" },
  { "note", "UPDATE score SET note = ?3 WHERE criterion_id = ?1 AND unit_id = ?2" },
};

static gboolean
write_score_field (TdStore             *self,
                   const TdScoreInput  *score,
                   const TdStoreField  *field,
                   GError             **error)
{
  sqlite3_stmt *stmt = td_store_prepare (self, field->sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, score->criterion_id);
  sqlite3_bind_int64 (stmt, 2, score->unit_id);
  if (g_str_equal (field->property, "self"))
    {
      if (score->has_self)
        sqlite3_bind_int64 (stmt, 3, score->self_points);
    }
  else if (g_str_equal (field->property, "verified"))
    {
      if (score->has_verified)
        sqlite3_bind_int64 (stmt, 3, score->verified_points);
    }
  else if (g_str_equal (field->property, "verifier"))
    sqlite3_bind_int64 (stmt, 3, score->verifier_id);
  else
    td_store_bind_text (stmt, 3, score->note);
  return td_store_step_done (self, stmt, _("Saving the score"), error);
}

/* Checks and writes @fields of @score in the open transaction; *@year is its set's. */
static gboolean
save_score (TdStore             *self,
            const TdScoreInput  *score,
            const char * const  *fields,
            int                 *year,
            GError             **error)
{
  g_auto(Bounds) bounds = { NULL };
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = read_bounds (self, score->criterion_id, score->unit_id, &bounds, error) &&
       (!g_strv_contains (fields, "self") || !score->has_self ||
        check_points (&bounds, score->self_points, error)) &&
       (!g_strv_contains (fields, "verified") || !score->has_verified ||
        check_points (&bounds, score->verified_points, error));
  *year = bounds.year;
  if (ok && g_strv_contains (fields, "verifier") && score->verifier_id != 0 &&
      td_store_query_id (self, "SELECT 1 FROM unit WHERE id = ?1", score->verifier_id) == 0)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           _("The department that verified it is no longer in the file"));
      ok = FALSE;
    }
  if (ok)
    {
      stmt = td_store_prepare (self, "INSERT OR IGNORE INTO score (criterion_id, unit_id) "
                                     "VALUES (?1, ?2)", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, score->criterion_id);
      sqlite3_bind_int64 (stmt, 2, score->unit_id);
      ok = td_store_step_done (self, stmt, _("Saving the score"), error);
    }
  for (guint i = 0; ok && fields[i] != NULL; i++)
    for (guint f = 0; f < G_N_ELEMENTS (score_fields); f++)
      if (g_str_equal (fields[i], score_fields[f].property))
        ok = ok && write_score_field (self, score, &score_fields[f], error);
  return ok;
}

gboolean
td_store_update_score (TdStore             *self,
                       const TdScoreInput  *score,
                       const char * const  *fields,
                       GError             **error)
{
  g_autofree char *key = NULL;
  g_autofree char *names = NULL;
  int year = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (score != NULL, FALSE);

  if (!td_store_check_field_names (score_fields, G_N_ELEMENTS (score_fields), fields, error) ||
      !td_store_begin (self, error))
    return FALSE;
  names = g_strjoinv (",", (char **) fields);
  key = g_strdup_printf ("score:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s",
                         score->criterion_id, score->unit_id, names);
  td_store_journal_describe (self, _("Edit Score"), key);

  ok = save_score (self, score, fields, &year, error);
  return td_store_finish_year (self, ok, TD_CHANGE_SCORE, TD_CHANGE_UPDATED, year,
                               score->unit_id, error);
}

gboolean
td_store_update_scores (TdStore             *self,
                        const TdScoreInput  *scores,
                        guint                n_scores,
                        const char * const  *fields,
                        guint               *failed,
                        GError             **error)
{
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));
  int year = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (scores != NULL || n_scores == 0, FALSE);

  if (failed != NULL)
    *failed = 0;
  if (n_scores == 0)
    return TRUE;
  if (!td_store_check_field_names (score_fields, G_N_ELEMENTS (score_fields), fields, error) ||
      !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Paste Scores"), NULL);

  for (guint i = 0; ok && i < n_scores; i++)
    {
      gboolean seen = FALSE;

      ok = save_score (self, &scores[i], fields, &year, error);
      if (!ok && failed != NULL)
        *failed = i;
      for (guint u = 0; u < units->len && !seen; u++)
        seen = g_array_index (units, gint64, u) == scores[i].unit_id;
      if (!seen)
        g_array_append_val (units, scores[i].unit_id);
    }
  /* One change per row of the sheet, so that a sheet on screen reads those rows only. */
  for (guint u = 0; ok && u + 1 < units->len; u++)
    td_store_note_year_change (self, TD_CHANGE_SCORE, TD_CHANGE_UPDATED, year,
                               g_array_index (units, gint64, u));
  return td_store_finish_year (self, ok, TD_CHANGE_SCORE, TD_CHANGE_UPDATED, year,
                               g_array_index (units, gint64, units->len - 1), error);
}

/* The sheet ---------------------------------------------------------------------------------- */

/* Puts the rows of @stmt (criterion_id, unit_id, self, verified, verifier, note) into
 * @sheet. */
static gboolean
read_scores (TdStore       *self,
             sqlite3_stmt  *stmt,
             TdScoreSheet  *sheet,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  while (td_store_step_row (self, stmt, N_("Reading the scores"), &local_error))
    {
      int item = td_score_sheet_find_item (sheet, sqlite3_column_int64 (stmt, 0));
      int unit = td_score_sheet_find_unit (sheet, sqlite3_column_int64 (stmt, 1));

      /* A score left on a criterion that became a heading counts no more. */
      if (item < 0 || unit < 0)
        continue;
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        td_score_sheet_set_score (sheet, unit, item, TD_SCORE_SELF, TRUE,
                                  sqlite3_column_int64 (stmt, 2));
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        td_score_sheet_set_score (sheet, unit, item, TD_SCORE_VERIFIED, TRUE,
                                  sqlite3_column_int64 (stmt, 3));
      td_score_sheet_set_verifier (sheet, unit, item, sqlite3_column_int64 (stmt, 4));
      td_score_sheet_set_note (sheet, unit, item, td_store_column_text (stmt, 5));
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* A target as the printed list of registrations shows it: "Tỷ lệ hộ nghèo giảm: 1,5 %". */
static char *
target_text (sqlite3_stmt *stmt)
{
  g_autoptr(TdRegistrationTarget) target = td_registration_target_new (td_store_column_text (stmt, 2));

  target->kind = g_str_equal (td_store_column_text (stmt, 3), "number") ? TD_TARGET_NUMBER
                                                                         : TD_TARGET_PASS;
  target->has_value = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  target->value = sqlite3_column_double (stmt, 4);
  g_free (target->unit);
  target->unit = g_strdup (td_store_column_text (stmt, 5));
  return td_registration_target_dup_label (target);
}

static gboolean
read_targets (TdStore       *self,
              gint64         set_id,
              TdScoreSheet  *sheet,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = td_store_prepare (self,
                           "SELECT t.criterion_id, r.unit_id, t.text, t.kind, t.target_value, "
                           "  t.unit FROM registration_target t "
                           "JOIN registration r ON r.id = t.registration_id "
                           "JOIN criterion c ON c.id = t.criterion_id "
                           "WHERE c.set_id = ?1 AND r.unit_id IS NOT NULL "
                           "ORDER BY r.id, t.position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, set_id);
  while (td_store_step_row (self, stmt, N_("Reading the registered targets"), &local_error))
    {
      int item = td_score_sheet_find_item (sheet, sqlite3_column_int64 (stmt, 0));
      int unit = td_score_sheet_find_unit (sheet, sqlite3_column_int64 (stmt, 1));
      g_autofree char *text = NULL;
      const char *before;

      if (item < 0 || unit < 0)
        continue;
      text = target_text (stmt);
      before = td_score_sheet_get_target (sheet, unit, item);
      if (before[0] != '\0')
        {
          g_autofree char *both = g_strdup_printf ("%s; %s", before, text);

          td_score_sheet_set_target (sheet, unit, item, both);
        }
      else
        td_score_sheet_set_target (sheet, unit, item, text);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

TdScoreSheet *
td_store_read_score_sheet (TdStore  *self,
                           gint64    set_id,
                           GError  **error)
{
  g_autoptr(TdCriteriaSet) set = NULL;
  g_autoptr(GArray) thresholds = NULL;
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  if ((set = td_store_get_criteria_set (self, set_id, error)) == NULL ||
      (thresholds = td_store_list_thresholds (self, set_id, error)) == NULL ||
      (tree = td_store_read_criteria_tree (self, set_id, error)) == NULL)
    return NULL;
  sheet = td_score_sheet_new (tree, (const TdThreshold *) thresholds->data, thresholds->len);

  stmt = td_store_prepare (self,
                           "SELECT id, name, kind FROM unit WHERE (archived = 0 AND "
                           "  instr (',' || ?2 || ',', ',' || kind || ',') > 0) "
                           "OR id IN (SELECT s.unit_id FROM score s JOIN criterion c "
                           "  ON c.id = s.criterion_id WHERE c.set_id = ?1) "
                           "ORDER BY name COLLATE vi, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  td_store_bind_text (stmt, 2, td_criteria_set_get_unit_kinds (set));
  while (td_store_step_row (self, stmt, N_("Reading the units"), &local_error))
    td_score_sheet_add_unit (sheet, sqlite3_column_int64 (stmt, 0),
                             td_store_column_text (stmt, 1), td_store_column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  stmt = td_store_prepare (self,
                           "SELECT s.criterion_id, s.unit_id, s.self_points, s.verified_points, "
                           "  coalesce (s.verifier_id, 0), s.note "
                           "FROM score s JOIN criterion c ON c.id = s.criterion_id "
                           "WHERE c.set_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set_id);
  if (!read_scores (self, stmt, sheet, error) || !read_targets (self, set_id, sheet, error))
    return NULL;
  return g_steal_pointer (&sheet);
}

gboolean
td_store_reload_score_sheet_unit (TdStore       *self,
                                  TdScoreSheet  *sheet,
                                  gint64         unit_id,
                                  GError       **error)
{
  TdCriteriaTree *tree;
  sqlite3_stmt *stmt;
  gint64 set_id;
  int unit;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (sheet != NULL, FALSE);

  unit = td_score_sheet_find_unit (sheet, unit_id);
  tree = td_score_sheet_get_tree (sheet);
  if (unit < 0 || td_criteria_tree_get_n_nodes (tree) == 0)
    return TRUE;
  set_id = td_criterion_get_set_id (td_criteria_tree_get_node (tree, 0)->criterion);

  for (guint item = 0; item < td_score_sheet_get_n_items (sheet); item++)
    {
      td_score_sheet_set_score (sheet, unit, item, TD_SCORE_SELF, FALSE, 0);
      td_score_sheet_set_score (sheet, unit, item, TD_SCORE_VERIFIED, FALSE, 0);
      td_score_sheet_set_verifier (sheet, unit, item, 0);
      td_score_sheet_set_note (sheet, unit, item, NULL);
    }
  stmt = td_store_prepare (self,
                           "SELECT s.criterion_id, s.unit_id, s.self_points, s.verified_points, "
                           "  coalesce (s.verifier_id, 0), s.note "
                           "FROM score s JOIN criterion c ON c.id = s.criterion_id "
                           "WHERE c.set_id = ?1 AND s.unit_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, set_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  return read_scores (self, stmt, sheet, error);
}

/* Registered targets --------------------------------------------------------------------- */

gboolean
td_store_link_target_criterion (TdStore  *self,
                                gint64    target_id,
                                gint64    criterion_id,
                                GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 registration_id;
  int year = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Link Target to Criterion"), NULL);
  registration_id = td_store_query_id (self, "SELECT registration_id FROM registration_target "
                                             "WHERE id = ?1", target_id);
  ok = registration_id != 0;
  if (!ok)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The target is no longer in the file"));
  if (ok)
    year = (int) td_store_query_id (self, "SELECT year FROM registration WHERE id = ?1",
                                    registration_id);
  if (ok && criterion_id != 0)
    {
      int criterion_year = (int) td_store_query_id (self, "SELECT year FROM criterion "
                                                          "WHERE id = ?1", criterion_id);

      if (criterion_year == 0)
        {
          g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                               _("The criterion is no longer in the file"));
          ok = FALSE;
        }
      else if (criterion_year != year)
        {
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                       _("The target is registered for %d; it cannot be scored by a "
                         "criterion of %d"), year, criterion_year);
          ok = FALSE;
        }
    }
  if (ok)
    {
      stmt = td_store_prepare (self, "UPDATE registration_target SET criterion_id = "
                                     "nullif (?2, 0) WHERE id = ?1", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, target_id);
      sqlite3_bind_int64 (stmt, 2, criterion_id);
      ok = td_store_step_done (self, stmt, _("Saving the target"), error);
    }
  return td_store_finish_year (self, ok, TD_CHANGE_REGISTRATION, TD_CHANGE_UPDATED, year,
                               registration_id, error);
}

gint64
td_store_find_criterion_by_code (TdStore     *self,
                                 int          year,
                                 gint64       unit_id,
                                 const char  *code,
                                 GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (TD_IS_STORE (self), 0);
  g_return_val_if_fail (code != NULL, 0);

  stmt = td_store_prepare (self,
                           "SELECT c.id FROM criterion c JOIN criteria_set s ON s.id = c.set_id "
                           "JOIN unit u ON u.id = ?2 "
                           "WHERE s.year = ?1 "
                           "AND instr (',' || s.unit_kinds || ',', ',' || u.kind || ',') > 0 "
                           "AND rtrim (c.code, '.') = rtrim (trim (?3), '.') "
                           "ORDER BY s.position, c.id LIMIT 1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  td_store_bind_text (stmt, 3, code);
  if (td_store_step_row (self, stmt, N_("Reading the criteria"), error))
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}
