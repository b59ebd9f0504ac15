/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Changing registrations: one at a time, in bulk at the start of a year, and their
 * targets. Each change is one transaction and one step of Undo, and says in words why a
 * registration is refused: a title of another period, a title for another kind of subject,
 * one registered twice.
 */
#define G_LOG_DOMAIN "td-store"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-store-registrations.h"
#include "td-store-registrations-private.h"

/* What the title registered is, as checked. */
typedef struct {
  char *code;
  char *name;
  char *subject_kind;
} Title;

static void
title_clear (Title *title)
{
  g_clear_pointer (&title->code, g_free);
  g_clear_pointer (&title->name, g_free);
  g_clear_pointer (&title->subject_kind, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Title, title_clear)

static gboolean
check_year (int      year,
            GError **error)
{
  if (year < 1945 || year > 2200)
    return td_store_invalid (error, _("The year of a registration must be from 1945 to 2200"));
  return TRUE;
}

/* Blank, or a real date in @year or in the year before it (some register in December). */
static gboolean
check_date (const char  *iso,
            int          year,
            GError     **error)
{
  int date_year;

  if (iso == NULL || iso[0] == '\0')
    return TRUE;
  if (!td_date_is_valid_iso (iso))
    return td_store_invalid (error, _("The date of registration is not a real date"));
  date_year = td_date_year_of (iso);
  if (date_year != year && date_year != year - 1)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("A registration for %d is made in %d or at the end of %d, not in %d"),
                   year, year, year - 1, date_year);
      return FALSE;
    }
  return TRUE;
}

/* Reads the title @award_kind_id into @title: a title, not a form, in force in @year. */
static gboolean
read_title (TdStore  *self,
            gint64    award_kind_id,
            int       year,
            Title    *title,
            GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean valid;
  gboolean form;

  stmt = td_store_prepare (self,
                           "SELECT code, name, subject_kind, category = 'form', "
                           "  " VALID_IN_YEAR ("k") " FROM award_kind k WHERE id = ?3",
                           error);
  if (stmt == NULL)
    return FALSE;
  td_store_bind_year_bounds (stmt, year);
  sqlite3_bind_int64 (stmt, 3, award_kind_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           _("The title is no longer in the catalogue"));
      return FALSE;
    }
  title->code = g_strdup (td_store_column_text (stmt, 0));
  title->name = g_strdup (td_store_column_text (stmt, 1));
  title->subject_kind = g_strdup (td_store_column_text (stmt, 2));
  form = sqlite3_column_int (stmt, 3) != 0;
  valid = sqlite3_column_int (stmt, 4) != 0;
  sqlite3_reset (stmt);

  if (form)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("“%s” is a form of commendation; one registers for a title, such as "
                     "“Lao động tiên tiến”"), title->name);
      return FALSE;
    }
  if (!valid)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("“%s” is not a title of %d: the rules in force that year do not have it"),
                   title->name, year);
      return FALSE;
    }
  return TRUE;
}

/* Whether @title is for subjects of @needed (an award_kind.subject_kind); @subject_name
 * names the one refused, NULL for a bulk action. */
static gboolean
check_fits (const Title  *title,
            const char   *needed,
            const char   *subject_name,
            GError      **error)
{
  const char *for_kind = title->subject_kind;

  if (g_str_equal (for_kind, needed))
    return TRUE;

  if (subject_name == NULL)
    {
      if (g_str_equal (needed, "village"))
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                     _("“%s” is not a title for villages"), title->name);
      else if (g_str_equal (needed, "household"))
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                     _("“%s” is not a title for households"), title->name);
      else
        g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                     _("“%s” is not a title for a person"), title->name);
      return FALSE;
    }

  if (g_str_equal (for_kind, "household"))
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                 _("“%s” is a title for households, and “%s” is not a household"),
                 title->name, subject_name);
  else if (g_str_equal (for_kind, "village"))
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                 _("“%s” is a title for villages, and “%s” is not a village"),
                 title->name, subject_name);
  else if (g_str_equal (for_kind, "collective"))
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                 _("“%s” is a title for a collective, such as a school or an office, and "
                   "“%s” is not one"), title->name, subject_name);
  else if (g_str_equal (for_kind, "individual"))
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                 _("“%s” is a title for a person, and “%s” is not a person"),
                 title->name, subject_name);
  else
    g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                 _("“%s” is the commune’s own title: no unit, person or household registers "
                   "for it"), title->name);
  return FALSE;
}

/* The subject's name and the kind of title it takes; FALSE when it is gone. */
static gboolean
read_subject (TdStore                *self,
              TdRegistrationSubject   kind,
              gint64                  id,
              char                  **name,
              const char            **needed,
              GError                **error)
{
  static const char * const queries[] = {
    [TD_REGISTRATION_UNIT] = "SELECT name, kind = 'village' FROM unit WHERE id = ?1",
    [TD_REGISTRATION_PERSON] = "SELECT name, 0 FROM person WHERE id = ?1",
    [TD_REGISTRATION_HOUSEHOLD] = "SELECT head_name, 0 FROM household WHERE id = ?1",
  };
  sqlite3_stmt *stmt = td_store_prepare (self, queries[kind], error);
  gboolean village;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           kind == TD_REGISTRATION_UNIT ? _("The unit is no longer in the file")
                           : kind == TD_REGISTRATION_PERSON
                             ? _("The person is no longer in the file")
                             : _("The household is no longer in the file"));
      return FALSE;
    }
  *name = g_strdup (td_store_column_text (stmt, 0));
  village = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_reset (stmt);

  *needed = kind == TD_REGISTRATION_PERSON ? "individual"
            : kind == TD_REGISTRATION_HOUSEHOLD ? "household"
            : village ? "village" : "collective";
  return TRUE;
}

/* Whether the subject registered a title of @code in @year already: the same title may have
 * two rows in a year whose rules changed, and it is still one title. */
static gboolean
already_registered (TdStore                *self,
                    TdRegistrationSubject   kind,
                    gint64                  id,
                    int                     year,
                    const char             *code,
                    GError                **error)
{
  static const char * const queries[] = {
    [TD_REGISTRATION_UNIT] =
      "SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
      "WHERE r.unit_id = ?1 AND r.year = ?2 AND k.code = ?3",
    [TD_REGISTRATION_PERSON] =
      "SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
      "WHERE r.person_id = ?1 AND r.year = ?2 AND k.code = ?3",
    [TD_REGISTRATION_HOUSEHOLD] =
      "SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
      "WHERE r.household_id = ?1 AND r.year = ?2 AND k.code = ?3",
  };
  sqlite3_stmt *stmt = td_store_prepare (self, queries[kind], error);
  gboolean found;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, year);
  td_store_bind_text (stmt, 3, code);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* Ends a change of a registration of @year: notes it and commits, or rolls back. */
static gboolean
finish (TdStore       *self,
        gboolean       ok,
        TdChangeKind   kind,
        int            year,
        gint64         id,
        GError       **error)
{
  if (ok)
    td_store_note_year_change (self, TD_CHANGE_REGISTRATION, kind, year, id);
  if (ok && td_store_commit (self, error))
    return TRUE;
  td_store_rollback (self);
  return FALSE;
}

gint64
td_store_add_registration (TdStore               *self,
                           int                    year,
                           gint64                 award_kind_id,
                           TdRegistrationSubject  kind,
                           gint64                 subject_id,
                           const char            *registered_on,
                           gboolean               pledge_signed,
                           GError               **error)
{
  static const char * const inserts[] = {
    [TD_REGISTRATION_UNIT] =
      "INSERT INTO registration (year, award_kind_id, unit_id, registered_on, pledge_signed) "
      "VALUES (?1, ?2, ?3, ?4, ?5)",
    [TD_REGISTRATION_PERSON] =
      "INSERT INTO registration (year, award_kind_id, person_id, registered_on, pledge_signed) "
      "VALUES (?1, ?2, ?3, ?4, ?5)",
    [TD_REGISTRATION_HOUSEHOLD] =
      "INSERT INTO registration (year, award_kind_id, household_id, registered_on, "
      "  pledge_signed) VALUES (?1, ?2, ?3, ?4, ?5)",
  };
  g_auto(Title) title = { NULL };
  g_autofree char *name = NULL;
  const char *needed = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), 0);
  g_return_val_if_fail (kind <= TD_REGISTRATION_HOUSEHOLD, 0);

  if (!check_year (year, error) || !check_date (registered_on, year, error) ||
      !td_store_begin (self, error))
    return 0;
  td_store_journal_describe (self, _("Add Registration"), NULL);

  ok = read_subject (self, kind, subject_id, &name, &needed, error) &&
       read_title (self, award_kind_id, year, &title, error) &&
       check_fits (&title, needed, name, error);
  if (ok && already_registered (self, kind, subject_id, year, title.code, NULL))
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS,
                   _("“%s” has already registered for “%s” in %d"), name, title.name, year);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = td_store_prepare (self, inserts[kind], error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int (stmt, 1, year);
      sqlite3_bind_int64 (stmt, 2, award_kind_id);
      sqlite3_bind_int64 (stmt, 3, subject_id);
      td_store_bind_text (stmt, 4, registered_on != NULL ? registered_on : "");
      sqlite3_bind_int (stmt, 5, pledge_signed ? 1 : 0);
      ok = td_store_step_done (self, stmt, _("Saving the registration"), error);
      id = sqlite3_last_insert_rowid (self->db);
    }
  return finish (self, ok, TD_CHANGE_ADDED, year, id, error) ? id : 0;
}

/* The year of registration @id inside the transaction; 0, with @error set, when it is gone. */
static int
registration_year (TdStore  *self,
                   gint64    id,
                   GError  **error)
{
  int year = (int) td_store_query_id (self, "SELECT year FROM registration WHERE id = ?1", id);

  if (year == 0)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         _("The registration is no longer in the file"));
  return year;
}

gboolean
td_store_remove_registration (TdStore  *self,
                              gint64    id,
                              GError  **error)
{
  sqlite3_stmt *stmt;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Remove Registration"), NULL);
  year = registration_year (self, id, error);
  ok = year != 0 &&
       (stmt = td_store_prepare (self, "DELETE FROM registration WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = td_store_step_done (self, stmt, _("Removing the registration"), error);
    }
  return finish (self, ok, TD_CHANGE_REMOVED, year, id, error);
}

static const TdStoreField registration_fields[] = {
  { "registered-on", "UPDATE registration SET registered_on = ?2 WHERE id = ?1" },
  { "pledge-signed", "UPDATE registration SET pledge_signed = ?2 WHERE id = ?1" },
};

gboolean
td_store_update_registration_fields (TdStore             *self,
                                     TdRegistration      *registration,
                                     const char * const  *fields,
                                     GError             **error)
{
  gint64 id;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (TD_IS_REGISTRATION (registration), FALSE);

  if (!td_store_check_field_names (registration_fields, G_N_ELEMENTS (registration_fields),
                                   fields, error) ||
      !td_store_begin (self, error))
    return FALSE;
  id = td_registration_get_id (registration);
  td_store_describe_fields (self, _("Edit Registration"), "registration", id, fields);

  year = registration_year (self, id, error);
  ok = year != 0 &&
       (!g_strv_contains (fields, "registered-on") ||
        check_date (td_registration_get_registered_on (registration), year, error)) &&
       td_store_write_fields (self, G_OBJECT (registration), id, registration_fields,
                              G_N_ELEMENTS (registration_fields), fields,
                              _("Saving the registration"), error);
  return finish (self, ok, TD_CHANGE_UPDATED, year, id, error);
}

/* Bulk ------------------------------------------------------------------------------------- */

/* One bulk action: its subjects' kind of title, its name for Undo, and the insert that
 * binds ?1 year, ?2 title, ?3 date, ?4 the title's code, ?5 the group (village or unit). */
typedef struct {
  const char *needed;
  const char *label;
  const char *insert;
} Bulk;

static gboolean
register_all (TdStore     *self,
              const Bulk  *bulk,
              int          year,
              gint64       award_kind_id,
              gint64       group_id,
              const char  *registered_on,
              guint       *n_added,
              GError     **error)
{
  g_auto(Title) title = { NULL };
  sqlite3_stmt *stmt = NULL;
  guint added = 0;
  gboolean ok;

  if (n_added != NULL)
    *n_added = 0;
  if (!check_year (year, error) || !check_date (registered_on, year, error) ||
      !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _(bulk->label), NULL);

  ok = read_title (self, award_kind_id, year, &title, error) &&
       check_fits (&title, bulk->needed, NULL, error) &&
       (stmt = td_store_prepare (self, bulk->insert, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int (stmt, 1, year);
      sqlite3_bind_int64 (stmt, 2, award_kind_id);
      td_store_bind_text (stmt, 3, registered_on != NULL ? registered_on : "");
      td_store_bind_text (stmt, 4, title.code);
      if (group_id != 0)
        sqlite3_bind_int64 (stmt, 5, group_id);
      ok = td_store_step_done (self, stmt, _("Saving the registrations"), error);
      added = ok ? (guint) sqlite3_changes (self->db) : 0;
    }
  /* One change for them all: the year's list is read again once. */
  if (ok && added > 0)
    td_store_note_year_change (self, TD_CHANGE_REGISTRATION, TD_CHANGE_ADDED, year, 0);
  if (!ok || !td_store_commit (self, error))
    {
      td_store_rollback (self);
      return FALSE;
    }
  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

static const Bulk bulk_villages = {
  "village", N_("Register Villages"),
  "INSERT INTO registration (year, award_kind_id, unit_id, registered_on) "
  "SELECT ?1, ?2, s.id, ?3 FROM unit s WHERE s.kind = 'village' AND s.archived = 0 AND NOT EXISTS ("
  "  SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
  "  WHERE r.unit_id = s.id AND r.year = ?1 AND k.code = ?4) "
  "ORDER BY s.name, s.id",
};

static const Bulk bulk_households = {
  "household", N_("Register Households"),
  "INSERT INTO registration (year, award_kind_id, household_id, registered_on) "
  "SELECT ?1, ?2, s.id, ?3 FROM household s "
  "WHERE s.village_id = ?5 AND s.archived = 0 AND NOT EXISTS ("
  "  SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
  "  WHERE r.household_id = s.id AND r.year = ?1 AND k.code = ?4) "
  "ORDER BY s.head_name, s.id",
};

static const Bulk bulk_staff = {
  "individual", N_("Register Staff"),
  "INSERT INTO registration (year, award_kind_id, person_id, registered_on) "
  "SELECT ?1, ?2, s.id, ?3 FROM person s WHERE s.unit_id = ?5 AND s.archived = 0 AND NOT EXISTS ("
  "  SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
  "  WHERE r.person_id = s.id AND r.year = ?1 AND k.code = ?4) "
  "ORDER BY s.name, s.id",
};

gboolean
td_store_register_villages (TdStore     *self,
                            int          year,
                            gint64       award_kind_id,
                            const char  *registered_on,
                            guint       *n_added,
                            GError     **error)
{
  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  return register_all (self, &bulk_villages, year, award_kind_id, 0, registered_on, n_added,
                       error);
}

/* The unit @id, which must be a village when @village: its name, or NULL with @error set. */
static char *
read_group (TdStore   *self,
            gint64     id,
            gboolean   village,
            GError   **error)
{
  sqlite3_stmt *stmt = td_store_prepare (self, "SELECT name, kind FROM unit WHERE id = ?1",
                                         error);
  g_autofree char *name = NULL;
  gboolean is_village = FALSE;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      name = g_strdup (td_store_column_text (stmt, 0));
      is_village = g_str_equal (td_store_column_text (stmt, 1), "village");
    }
  sqlite3_reset (stmt);
  if (name == NULL)
    g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                         village ? _("The village is no longer in the file")
                                 : _("The unit is no longer in the file"));
  else if (village && !is_village)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   _("“%s” is not a village: households belong to villages"), name);
      g_clear_pointer (&name, g_free);
    }
  return g_steal_pointer (&name);
}

gboolean
td_store_register_households_of_village (TdStore     *self,
                                         int          year,
                                         gint64       award_kind_id,
                                         gint64       village_id,
                                         const char  *registered_on,
                                         guint       *n_added,
                                         GError     **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if ((name = read_group (self, village_id, TRUE, error)) == NULL)
    return FALSE;
  return register_all (self, &bulk_households, year, award_kind_id, village_id, registered_on,
                       n_added, error);
}

gboolean
td_store_register_staff_of_unit (TdStore     *self,
                                 int          year,
                                 gint64       award_kind_id,
                                 gint64       unit_id,
                                 const char  *registered_on,
                                 guint       *n_added,
                                 GError     **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if ((name = read_group (self, unit_id, FALSE, error)) == NULL)
    return FALSE;
  return register_all (self, &bulk_staff, year, award_kind_id, unit_id, registered_on, n_added,
                       error);
}

/* Registers each of @ids that fits: ?1 year, ?2 title, ?3 date, ?4 the title's code, ?5 the
 * subject, ?6 whether the title is for villages (a unit is a village or a collective). */
static const char * const register_one[] = {
  [TD_REGISTRATION_UNIT] =
    "INSERT INTO registration (year, award_kind_id, unit_id, registered_on) "
    "SELECT ?1, ?2, s.id, ?3 FROM unit s WHERE s.id = ?5 AND (s.kind = 'village') = ?6 "
    "AND NOT EXISTS (SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
    "  WHERE r.unit_id = s.id AND r.year = ?1 AND k.code = ?4)",
  [TD_REGISTRATION_PERSON] =
    "INSERT INTO registration (year, award_kind_id, person_id, registered_on) "
    "SELECT ?1, ?2, s.id, ?3 FROM person s WHERE s.id = ?5 AND ?6 = 0 "
    "AND NOT EXISTS (SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
    "  WHERE r.person_id = s.id AND r.year = ?1 AND k.code = ?4)",
  [TD_REGISTRATION_HOUSEHOLD] =
    "INSERT INTO registration (year, award_kind_id, household_id, registered_on) "
    "SELECT ?1, ?2, s.id, ?3 FROM household s WHERE s.id = ?5 AND ?6 = 0 "
    "AND NOT EXISTS (SELECT 1 FROM registration r JOIN award_kind k ON k.id = r.award_kind_id "
    "  WHERE r.household_id = s.id AND r.year = ?1 AND k.code = ?4)",
};

gboolean
td_store_register_subjects (TdStore               *self,
                            int                    year,
                            gint64                 award_kind_id,
                            TdRegistrationSubject  kind,
                            const gint64          *ids,
                            guint                  n_ids,
                            const char            *registered_on,
                            guint                 *n_added,
                            GError               **error)
{
  g_auto(Title) title = { NULL };
  sqlite3_stmt *stmt = NULL;
  gboolean village = FALSE;
  guint added = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= TD_REGISTRATION_HOUSEHOLD, FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (!check_year (year, error) || !check_date (registered_on, year, error) ||
      !td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Add Registrations"), NULL);

  ok = read_title (self, award_kind_id, year, &title, error);
  if (ok && kind == TD_REGISTRATION_UNIT)
    {
      village = g_str_equal (title.subject_kind, "village");
      if (!village)
        ok = check_fits (&title, "collective", NULL, error);
    }
  else if (ok)
    ok = check_fits (&title, kind == TD_REGISTRATION_PERSON ? "individual" : "household", NULL,
                     error);
  ok = ok && (stmt = td_store_prepare (self, register_one[kind], error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int (stmt, 1, year);
      sqlite3_bind_int64 (stmt, 2, award_kind_id);
      td_store_bind_text (stmt, 3, registered_on != NULL ? registered_on : "");
      td_store_bind_text (stmt, 4, title.code);
      sqlite3_bind_int (stmt, 6, village ? 1 : 0);
    }
  for (guint i = 0; ok && i < n_ids; i++)
    {
      sqlite3_bind_int64 (stmt, 5, ids[i]);
      ok = td_store_step_done (self, stmt, _("Saving the registrations"), error);
      if (ok)
        added += (guint) sqlite3_changes (self->db);
    }
  if (ok && added > 0)
    td_store_note_year_change (self, TD_CHANGE_REGISTRATION, TD_CHANGE_ADDED, year, 0);
  if (!ok || !td_store_commit (self, error))
    {
      td_store_rollback (self);
      return FALSE;
    }
  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

/* Targets ---------------------------------------------------------------------------------- */

static void
bind_value (sqlite3_stmt               *stmt,
            int                         index,
            const TdRegistrationTarget *target)
{
  if (target->kind == TD_TARGET_NUMBER && target->has_value)
    sqlite3_bind_double (stmt, index, target->value);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
target_gone (GError **error)
{
  g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                       _("The target is no longer in the file"));
  return FALSE;
}

gint64
td_store_add_registration_target (TdStore                    *self,
                                  gint64                      registration_id,
                                  const TdRegistrationTarget *target,
                                  GError                    **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  int year;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), 0);
  g_return_val_if_fail (target != NULL, 0);

  if (td_store_is_blank (target->text))
    {
      td_store_invalid (error, _("A target needs its words, such as “Tỷ lệ hộ nghèo giảm”"));
      return 0;
    }
  if (!td_store_begin (self, error))
    return 0;
  td_store_journal_describe (self, _("Add Target"), NULL);

  year = registration_year (self, registration_id, error);
  ok = year != 0 &&
       (stmt = td_store_prepare (self,
                                 "INSERT INTO registration_target (registration_id, position, "
                                 "  text, kind, target_value, unit, note) "
                                 "VALUES (?1, (SELECT coalesce (max (position) + 1, 0) "
                                 "  FROM registration_target WHERE registration_id = ?1), "
                                 "  ?2, ?3, ?4, ?5, ?6)",
                                 error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, registration_id);
      td_store_bind_text (stmt, 2, target->text);
      td_store_bind_text (stmt, 3, td_target_kind_to_string (target->kind));
      bind_value (stmt, 4, target);
      td_store_bind_text (stmt, 5, target->unit != NULL ? target->unit : "");
      td_store_bind_text (stmt, 6, target->note != NULL ? target->note : "");
      ok = td_store_step_done (self, stmt, _("Saving the target"), error);
      id = sqlite3_last_insert_rowid (self->db);
    }
  /* The registration's count of targets changed with it. */
  return finish (self, ok, TD_CHANGE_UPDATED, year, registration_id, error) ? id : 0;
}

/* In the order they are written: the kind before the value it allows. */
static const TdStoreField target_fields[] = {
  { "text", "UPDATE registration_target SET text = ?2 WHERE id = ?1" },
  { "kind", "UPDATE registration_target SET kind = ?2, "
            "target_value = CASE WHEN ?2 = 'pass' THEN NULL ELSE target_value END WHERE id = ?1" },
  { "value", "UPDATE registration_target SET target_value = ?2 WHERE id = ?1" },
  { "unit", "UPDATE registration_target SET unit = ?2 WHERE id = ?1" },
  { "note", "UPDATE registration_target SET note = ?2 WHERE id = ?1" },
};

static gboolean
write_target_field (TdStore                    *self,
                    const TdStoreField         *field,
                    const TdRegistrationTarget *target,
                    GError                    **error)
{
  sqlite3_stmt *stmt = td_store_prepare (self, field->sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target->id);
  if (g_str_equal (field->property, "text"))
    td_store_bind_text (stmt, 2, target->text);
  else if (g_str_equal (field->property, "kind"))
    td_store_bind_text (stmt, 2, td_target_kind_to_string (target->kind));
  else if (g_str_equal (field->property, "value"))
    {
      if (target->has_value)
        sqlite3_bind_double (stmt, 2, target->value);
      else
        sqlite3_bind_null (stmt, 2);
    }
  else if (g_str_equal (field->property, "unit"))
    td_store_bind_text (stmt, 2, target->unit != NULL ? target->unit : "");
  else
    td_store_bind_text (stmt, 2, target->note != NULL ? target->note : "");
  return td_store_step_done (self, stmt, _("Saving the target"), error);
}

gboolean
td_store_update_registration_target (TdStore                    *self,
                                     const TdRegistrationTarget *target,
                                     const char * const         *fields,
                                     GError                    **error)
{
  gint64 registration_id;
  gboolean is_number;
  int year = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (!td_store_check_field_names (target_fields, G_N_ELEMENTS (target_fields), fields, error))
    return FALSE;
  if (g_strv_contains (fields, "text") && td_store_is_blank (target->text))
    return td_store_invalid (error, _("A target needs its words, such as “Tỷ lệ hộ nghèo "
                                      "giảm”"));
  if (!td_store_begin (self, error))
    return FALSE;
  td_store_describe_fields (self, _("Edit Target"), "registration_target", target->id, fields);

  registration_id = td_store_query_id (self, "SELECT registration_id FROM registration_target "
                                             "WHERE id = ?1", target->id);
  ok = registration_id != 0 || target_gone (error);
  if (ok)
    year = registration_year (self, registration_id, error);
  ok = ok && year != 0;

  /* A figure belongs to a target that is a figure, as it is in the file or is made now. */
  is_number = g_strv_contains (fields, "kind")
              ? target->kind == TD_TARGET_NUMBER
              : td_store_query_id (self, "SELECT kind = 'number' FROM registration_target "
                                         "WHERE id = ?1", target->id) != 0;
  if (ok && g_strv_contains (fields, "value") && target->has_value && !is_number)
    ok = td_store_invalid (error, _("Only a target that is a figure has a value; this one is "
                                    "a commitment"));

  for (guint i = 0; ok && i < G_N_ELEMENTS (target_fields); i++)
    if (g_strv_contains (fields, target_fields[i].property))
      ok = write_target_field (self, &target_fields[i], target, error);
  return finish (self, ok, TD_CHANGE_UPDATED, year, registration_id, error);
}

gboolean
td_store_remove_registration_target (TdStore  *self,
                                     gint64    target_id,
                                     GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 registration_id;
  int year = 0;
  gboolean ok;

  g_return_val_if_fail (TD_IS_STORE (self), FALSE);

  if (!td_store_begin (self, error))
    return FALSE;
  td_store_journal_describe (self, _("Remove Target"), NULL);

  registration_id = td_store_query_id (self, "SELECT registration_id FROM registration_target "
                                             "WHERE id = ?1", target_id);
  ok = registration_id != 0 || target_gone (error);
  if (ok)
    year = registration_year (self, registration_id, error);
  ok = ok && year != 0 &&
       (stmt = td_store_prepare (self, "DELETE FROM registration_target WHERE id = ?1",
                                 error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, target_id);
      ok = td_store_step_done (self, stmt, _("Removing the target"), error);
    }
  return finish (self, ok, TD_CHANGE_UPDATED, year, registration_id, error);
}
