/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Reading registrations and the catalogue they name; their changes are in
 * td-store-registrations-edit.c.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-private.h"
#include "td-store-registrations.h"
#include "td-store-registrations-private.h"

void
td_store_bind_year_bounds (sqlite3_stmt *stmt,
                           int           year)
{
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);

  td_store_bind_text (stmt, 1, first);
  td_store_bind_text (stmt, 2, last);
}

const char *
td_store_award_subject_of_filter (const char *subject_filter)
{
  if (subject_filter == NULL)
    return NULL;
  if (g_str_equal (subject_filter, "unit"))
    return "collective";
  if (g_str_equal (subject_filter, "village"))
    return "village";
  if (g_str_equal (subject_filter, "person"))
    return "individual";
  if (g_str_equal (subject_filter, "household"))
    return "household";
  return "";
}

/* Columns id … to_confirm of award_kind, from column 0. */
#define AWARD_KIND_COLUMNS(k) \
  k ".id, " k ".code, " k ".name, " k ".category, " k ".subject_kind, " k ".level, " \
  k ".coefficient, " k ".valid_from, " k ".valid_to, " k ".legal_basis, " k ".to_confirm"

static TdAwardKind *
read_award_kind (sqlite3_stmt *stmt)
{
  return g_object_new (TD_TYPE_AWARD_KIND,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "code", td_store_column_text (stmt, 1),
                       "name", td_store_column_text (stmt, 2),
                       "category", td_store_column_text (stmt, 3),
                       "subject-kind", td_store_column_text (stmt, 4),
                       "level", td_store_column_text (stmt, 5),
                       "coefficient", sqlite3_column_type (stmt, 6) == SQLITE_NULL
                                      ? -1 : sqlite3_column_int (stmt, 6),
                       "valid-from", td_store_column_text (stmt, 7),
                       "valid-to", td_store_column_text (stmt, 8),
                       "legal-basis", td_store_column_text (stmt, 9),
                       "to-confirm", sqlite3_column_int (stmt, 10) != 0,
                       NULL);
}

GListModel *
td_store_list_award_kinds (TdStore     *self,
                           int          year,
                           const char  *subject_filter,
                           GError     **error)
{
  g_autoptr(GListStore) store = g_list_store_new (TD_TYPE_AWARD_KIND);
  g_autoptr(GError) local_error = NULL;
  const char *subject = td_store_award_subject_of_filter (subject_filter);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  g_return_val_if_fail (subject == NULL || subject[0] != '\0', NULL);

  /* Of two rows of one code in force in the year, the later: a title is granted at the
   * year's end, under the rules in force then. */
  stmt = td_store_prepare (self,
                           "SELECT " AWARD_KIND_COLUMNS ("k") " FROM award_kind k "
                           "WHERE k.category = 'title' AND " VALID_IN_YEAR ("k") " "
                           "AND (?3 IS NULL OR k.subject_kind = ?3) "
                           "AND NOT EXISTS (SELECT 1 FROM award_kind l WHERE l.code = k.code "
                           "  AND l.category = 'title' AND " VALID_IN_YEAR ("l") " "
                           "  AND l.valid_from > k.valid_from) "
                           "ORDER BY " CODE_RANK ("k") ", k.id",
                           error);
  if (stmt == NULL)
    return NULL;
  td_store_bind_year_bounds (stmt, year);
  if (subject != NULL)
    td_store_bind_text (stmt, 3, subject);
  while (td_store_step_row (self, stmt, N_("Reading the titles"), &local_error))
    {
      g_autoptr(TdAwardKind) kind = read_award_kind (stmt);

      g_list_store_append (store, kind);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

TdAwardKind *
td_store_get_award_kind (TdStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_autoptr(TdAwardKind) kind = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self,
                           "SELECT " AWARD_KIND_COLUMNS ("k") " FROM award_kind k WHERE k.id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (td_store_step_row (self, stmt, N_("Reading the titles"), &local_error))
    kind = read_award_kind (stmt);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (kind == NULL)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The title is no longer in the catalogue"));
  return g_steal_pointer (&kind);
}

/* Registrations ---------------------------------------------------------------------------- */

/* A registration with its title, its subject's name and where the subject belongs. */
#define REGISTRATION_SELECT \
  "SELECT r.id, r.year, r.award_kind_id, k.code, k.name, k.subject_kind, " \
  "  r.unit_id, r.person_id, r.household_id, " \
  "  coalesce (u.name, p.name, h.head_name, '') AS subject_name, " \
  "  coalesce (up.name, pu.name, hv.name, '') AS parent_name, " \
  "  r.registered_on, r.pledge_signed, " \
  "  (SELECT count (*) FROM registration_target t WHERE t.registration_id = r.id) " \
  "FROM registration r JOIN award_kind k ON k.id = r.award_kind_id " \
  "LEFT JOIN unit u ON u.id = r.unit_id LEFT JOIN unit up ON up.id = u.parent_id " \
  "LEFT JOIN person p ON p.id = r.person_id LEFT JOIN unit pu ON pu.id = p.unit_id " \
  "LEFT JOIN household h ON h.id = r.household_id LEFT JOIN unit hv ON hv.id = h.village_id "

static TdRegistration *
read_registration (sqlite3_stmt *stmt)
{
  TdRegistration *registration = td_registration_new (sqlite3_column_int64 (stmt, 0),
                                                      sqlite3_column_int (stmt, 1));
  TdRegistrationRow row = {
    .award_kind_id = sqlite3_column_int64 (stmt, 2),
    .award_kind_code = td_store_column_text (stmt, 3),
    .award_kind_name = td_store_column_text (stmt, 4),
    .award_subject_kind = td_store_column_text (stmt, 5),
    .subject_name = td_store_column_text (stmt, 9),
    .parent_name = td_store_column_text (stmt, 10),
    .registered_on = td_store_column_text (stmt, 11),
    .pledge_signed = sqlite3_column_int (stmt, 12) != 0,
    .n_targets = (guint) sqlite3_column_int (stmt, 13),
  };

  for (int kind = TD_REGISTRATION_UNIT; kind <= TD_REGISTRATION_HOUSEHOLD; kind++)
    if (sqlite3_column_type (stmt, 6 + kind) != SQLITE_NULL)
      {
        row.subject_kind = kind;
        row.subject_id = sqlite3_column_int64 (stmt, 6 + kind);
      }
  td_registration_fill (registration, &row);
  return registration;
}

static GListModel *
list_registrations (TdStore     *self,
                    int          year,
                    const char  *sql,
                    GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (TD_TYPE_REGISTRATION);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (td_store_step_row (self, stmt, N_("Reading the registrations"), &local_error))
    g_ptr_array_add (rows, read_registration (stmt));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* All at once: one items-changed, not one per row. */
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
td_store_list_registrations (TdStore  *self,
                             int       year,
                             GError  **error)
{
  /* Names in Vietnamese order, as a list read aloud is. */
  return list_registrations (self, year,
                             REGISTRATION_SELECT "WHERE r.year = ?1 "
                             "ORDER BY " CODE_RANK ("k") ", k.id, subject_name COLLATE vi, r.id",
                             error);
}

GListModel *
td_store_list_registrations_by_title (TdStore  *self,
                                      int       year,
                                      GError  **error)
{
  return list_registrations (self, year,
                             REGISTRATION_SELECT "WHERE r.year = ?1 "
                             "ORDER BY " CODE_RANK ("k") ", k.id, r.id",
                             error);
}

TdRegistration *
td_store_get_registration (TdStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_autoptr(TdRegistration) registration = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self, REGISTRATION_SELECT "WHERE r.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (td_store_step_row (self, stmt, N_("Reading the registrations"), &local_error))
    registration = read_registration (stmt);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (registration == NULL)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The registration is no longer in the file"));
  return g_steal_pointer (&registration);
}

static void
clear_count (gpointer data)
{
  TdRegistrationCount *count = data;

  g_clear_pointer (&count->code, g_free);
  g_clear_pointer (&count->name, g_free);
}

GArray *
td_store_count_registrations (TdStore  *self,
                              int       year,
                              GError  **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (TdRegistrationCount));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  g_array_set_clear_func (counts, clear_count);
  stmt = td_store_prepare (self,
                           "SELECT k.id, k.code, k.name, count (*), sum (r.pledge_signed) "
                           "FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
                           "WHERE r.year = ?1 GROUP BY k.id ORDER BY " CODE_RANK ("k") ", k.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (td_store_step_row (self, stmt, N_("Counting the registrations"), &local_error))
    {
      TdRegistrationCount count = {
        .award_kind_id = sqlite3_column_int64 (stmt, 0),
        .code = g_strdup (td_store_column_text (stmt, 1)),
        .name = g_strdup (td_store_column_text (stmt, 2)),
        .n_registered = (guint) sqlite3_column_int64 (stmt, 3),
        .n_pledged = (guint) sqlite3_column_int64 (stmt, 4),
      };

      g_array_append_val (counts, count);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&counts);
}

/* The rows of a query giving a subject's id, name and parent's name, as registrations with
 * id 0 of @year, each with @title's code and name when it is given. */
static GListModel *
read_unregistered (TdStore                *self,
                   sqlite3_stmt           *stmt,
                   int                     year,
                   TdRegistrationSubject   kind,
                   TdAwardKind            *title,
                   GError                **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (TD_TYPE_REGISTRATION);
  g_autoptr(GError) local_error = NULL;

  while (td_store_step_row (self, stmt, N_("Reading who has not registered"), &local_error))
    {
      TdRegistration *row = td_registration_new (0, year);

      td_registration_fill (row, &(TdRegistrationRow) {
        .award_kind_id = title != NULL ? td_award_kind_get_id (title) : 0,
        .award_kind_code = title != NULL ? td_award_kind_get_code (title) : "",
        .award_kind_name = title != NULL ? td_award_kind_get_name (title) : "",
        .award_subject_kind = title != NULL ? td_award_kind_get_subject_kind (title) : "",
        .subject_kind = kind,
        .subject_id = sqlite3_column_int64 (stmt, 0),
        .subject_name = td_store_column_text (stmt, 1),
        .parent_name = td_store_column_text (stmt, 2),
      });
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
td_store_list_unregistered (TdStore               *self,
                            int                    year,
                            TdRegistrationSubject  kind,
                            GError               **error)
{
  static const char * const queries[] = {
    [TD_REGISTRATION_UNIT] =
      "SELECT s.id, s.name, coalesce (parent.name, '') AS name FROM unit s "
      "LEFT JOIN unit parent ON parent.id = s.parent_id "
      "WHERE s.archived = 0 AND NOT EXISTS (SELECT 1 FROM registration r "
      "                                     WHERE r.unit_id = s.id AND r.year = ?1) "
      "ORDER BY s.name COLLATE vi, s.id",
    [TD_REGISTRATION_PERSON] =
      "SELECT s.id, s.name, coalesce (parent.name, '') FROM person s "
      "LEFT JOIN unit parent ON parent.id = s.unit_id "
      "WHERE s.archived = 0 AND NOT EXISTS (SELECT 1 FROM registration r "
      "                                     WHERE r.person_id = s.id AND r.year = ?1) "
      "ORDER BY s.name COLLATE vi, s.id",
    [TD_REGISTRATION_HOUSEHOLD] =
      "SELECT s.id, s.head_name, coalesce (parent.name, '') FROM household s "
      "LEFT JOIN unit parent ON parent.id = s.village_id "
      "WHERE s.archived = 0 AND NOT EXISTS (SELECT 1 FROM registration r "
      "                                     WHERE r.household_id = s.id AND r.year = ?1) "
      "ORDER BY s.head_name COLLATE vi, s.id",
  };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);
  g_return_val_if_fail (kind <= TD_REGISTRATION_HOUSEHOLD, NULL);

  stmt = td_store_prepare (self, queries[kind], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  return read_unregistered (self, stmt, year, kind, NULL, error);
}

/* Who could register a title and has not: ?1 the year, ?2 the title's code. */
#define NOT_REGISTERED(column) \
  "s.archived = 0 AND NOT EXISTS (SELECT 1 FROM registration r " \
  "  JOIN award_kind k ON k.id = r.award_kind_id " \
  "  WHERE r." column " = s.id AND r.year = ?1 AND k.code = ?2) "

GListModel *
td_store_list_unregistered_for_title (TdStore  *self,
                                      int       year,
                                      gint64    award_kind_id,
                                      GError  **error)
{
  g_autoptr(TdAwardKind) title = NULL;
  const char *for_kind;
  const char *sql;
  TdRegistrationSubject kind;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  title = td_store_get_award_kind (self, award_kind_id, error);
  if (title == NULL)
    return NULL;
  for_kind = td_award_kind_get_subject_kind (title);
  if (g_str_equal (for_kind, "village") || g_str_equal (for_kind, "collective"))
    {
      kind = TD_REGISTRATION_UNIT;
      sql = g_str_equal (for_kind, "village")
              ? "SELECT s.id, s.name, coalesce (parent.name, '') FROM unit s "
                "LEFT JOIN unit parent ON parent.id = s.parent_id "
                "WHERE s.kind = 'village' AND " NOT_REGISTERED ("unit_id")
                "ORDER BY s.name COLLATE vi, s.id"
              : "SELECT s.id, s.name, coalesce (parent.name, '') FROM unit s "
                "LEFT JOIN unit parent ON parent.id = s.parent_id "
                "WHERE s.kind <> 'village' AND " NOT_REGISTERED ("unit_id")
                "ORDER BY s.name COLLATE vi, s.id";
    }
  else if (g_str_equal (for_kind, "individual"))
    {
      kind = TD_REGISTRATION_PERSON;
      sql = "SELECT s.id, s.name, coalesce (parent.name, '') FROM person s "
            "LEFT JOIN unit parent ON parent.id = s.unit_id "
            "WHERE " NOT_REGISTERED ("person_id")
            "ORDER BY s.name COLLATE vi, s.id";
    }
  else if (g_str_equal (for_kind, "household"))
    {
      kind = TD_REGISTRATION_HOUSEHOLD;
      sql = "SELECT s.id, s.head_name, coalesce (parent.name, '') FROM household s "
            "LEFT JOIN unit parent ON parent.id = s.village_id "
            "WHERE " NOT_REGISTERED ("household_id")
            "ORDER BY s.head_name COLLATE vi, s.id";
    }
  else
    /* The commune's own title: nobody registers for it. */
    return G_LIST_MODEL (g_list_store_new (TD_TYPE_REGISTRATION));

  stmt = td_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  td_store_bind_text (stmt, 2, td_award_kind_get_code (title));
  return read_unregistered (self, stmt, year, kind, title, error);
}

/* Targets ---------------------------------------------------------------------------------- */

#define TARGET_COLUMNS(t) \
  t ".id, " t ".registration_id, " t ".position, " t ".text, " t ".kind, " t ".target_value, " \
  t ".unit, " t ".note, coalesce (" t ".criterion_id, 0)"

static TdRegistrationTarget *
read_target (sqlite3_stmt *stmt)
{
  TdRegistrationTarget *target = td_registration_target_new (td_store_column_text (stmt, 3));

  target->id = sqlite3_column_int64 (stmt, 0);
  target->registration_id = sqlite3_column_int64 (stmt, 1);
  target->position = sqlite3_column_int (stmt, 2);
  target->kind = g_str_equal (td_store_column_text (stmt, 4), "number") ? TD_TARGET_NUMBER
                                                                        : TD_TARGET_PASS;
  target->has_value = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
  target->value = target->has_value ? sqlite3_column_double (stmt, 5) : 0.0;
  g_free (target->unit);
  target->unit = g_strdup (td_store_column_text (stmt, 6));
  g_free (target->note);
  target->note = g_strdup (td_store_column_text (stmt, 7));
  target->criterion_id = sqlite3_column_int64 (stmt, 8);
  return target;
}

GPtrArray *
td_store_list_registration_targets (TdStore  *self,
                                    gint64    registration_id,
                                    GError  **error)
{
  g_autoptr(GPtrArray) targets =
    g_ptr_array_new_with_free_func ((GDestroyNotify) td_registration_target_free);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self,
                           "SELECT " TARGET_COLUMNS ("t") " FROM registration_target t "
                           "WHERE t.registration_id = ?1 ORDER BY t.position, t.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, registration_id);
  while (td_store_step_row (self, stmt, N_("Reading the targets"), &local_error))
    g_ptr_array_add (targets, read_target (stmt));
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&targets);
}

GHashTable *
td_store_dup_year_targets (TdStore  *self,
                           int       year,
                           GError  **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TD_IS_STORE (self), NULL);

  stmt = td_store_prepare (self,
                           "SELECT " TARGET_COLUMNS ("t") " FROM registration_target t "
                           "JOIN registration r ON r.id = t.registration_id WHERE r.year = ?1 "
                           "ORDER BY t.registration_id, t.position, t.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (td_store_step_row (self, stmt, N_("Reading the targets"), &local_error))
    {
      TdRegistrationTarget *target = read_target (stmt);
      GPtrArray *list = g_hash_table_lookup (targets, &target->registration_id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) td_registration_target_free);
          g_hash_table_insert (targets, g_memdup2 (&target->registration_id, sizeof (gint64)),
                               list);
        }
      g_ptr_array_add (list, target);
    }
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&targets);
}
