/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Registrations for emulation titles (đăng ký thi đua) and the catalogue they name: who
 * registers which title in a year, the date, the pledge, the targets; the bulk actions
 * of the start of a year; counts and who has not registered yet.
 */
#pragma once

#include "td-award-kind.h"
#include "td-registration.h"
#include "td-store.h"

G_BEGIN_DECLS

/* The titles (not the forms) valid in @year, that is in force on some day of it, in the
 * catalogue's order; one row a code, the one in force latest in the year, when a decree
 * changed its rules during it. @subject_filter: NULL for every title, "unit" (titles for
 * collectives), "village" (for villages), "person" (for individuals), "household". */
GListModel     *td_store_list_award_kinds          (TdStore              *self,
                                                    int                   year,
                                                    const char           *subject_filter,
                                                    GError              **error);
/* The catalogue row @id, whatever its period; NULL (TD_STORE_ERROR_NOT_FOUND) if none. */
TdAwardKind    *td_store_get_award_kind            (TdStore              *self,
                                                    gint64                id,
                                                    GError              **error);

/* Every registration of @year: by title, in the catalogue's order, then by the subject's
 * name. */
GListModel     *td_store_list_registrations        (TdStore              *self,
                                                    int                   year,
                                                    GError              **error);
/* The same, each title's rows in the order they were made: for a caller that puts the
 * names in order itself, by keys it makes anyway (SQLite's collation folds each name at
 * each of its comparisons). */
GListModel     *td_store_list_registrations_by_title (TdStore            *self,
                                                    int                   year,
                                                    GError              **error);
TdRegistration *td_store_get_registration          (TdStore              *self,
                                                    gint64                id,
                                                    GError              **error);

/* Registers the subject (@kind, @subject_id) for the title @award_kind_id in @year, on
 * @registered_on (ISO, in the year or the one before; "" or NULL when not known). Refused
 * (TD_STORE_ERROR_INVALID, in words) when the title is not one of that year or does not fit
 * the subject (a household is no village); TD_STORE_ERROR_EXISTS when the subject has
 * registered it already that year. Returns the new id, 0 on failure. One step of Undo. */
gint64          td_store_add_registration          (TdStore              *self,
                                                    int                   year,
                                                    gint64                award_kind_id,
                                                    TdRegistrationSubject kind,
                                                    gint64                subject_id,
                                                    const char           *registered_on,
                                                    gboolean              pledge_signed,
                                                    GError              **error);
/* Its targets go with it. */
gboolean        td_store_remove_registration       (TdStore              *self,
                                                    gint64                id,
                                                    GError              **error);
/* Saves @fields of @registration: "registered-on", "pledge-signed". Typing into one field
 * of one registration is one step of Undo. */
gboolean        td_store_update_registration_fields (TdStore             *self,
                                                     TdRegistration      *registration,
                                                     const char * const  *fields,
                                                     GError             **error);

/* Bulk actions of the start of a year, each one transaction and one step of Undo, which
 * skip the subjects that registered the title already; *@n_added (may be NULL) says how
 * many were added. Every unit of kind village; every household of @village_id; every person
 * of @unit_id; archived ones never. */
gboolean        td_store_register_villages         (TdStore              *self,
                                                    int                   year,
                                                    gint64                award_kind_id,
                                                    const char           *registered_on,
                                                    guint                *n_added,
                                                    GError              **error);
gboolean        td_store_register_households_of_village (TdStore         *self,
                                                    int                   year,
                                                    gint64                award_kind_id,
                                                    gint64                village_id,
                                                    const char           *registered_on,
                                                    guint                *n_added,
                                                    GError              **error);
gboolean        td_store_register_staff_of_unit    (TdStore              *self,
                                                    int                   year,
                                                    gint64                award_kind_id,
                                                    gint64                unit_id,
                                                    const char           *registered_on,
                                                    guint                *n_added,
                                                    GError              **error);

/* Registers each of @ids (@n_ids subjects of @kind, as a list of who has not registered
 * gives them) for the title @award_kind_id, as one transaction and one step of Undo ("Add
 * Registrations"). Those that registered it already, or do not fit it (a school for a
 * village title), are skipped; TD_STORE_ERROR_INVALID when the title is for another kind
 * of subject altogether. *@n_added (may be NULL) says how many were added. */
gboolean        td_store_register_subjects         (TdStore              *self,
                                                    int                   year,
                                                    gint64                award_kind_id,
                                                    TdRegistrationSubject kind,
                                                    const gint64         *ids,
                                                    guint                 n_ids,
                                                    const char           *registered_on,
                                                    guint                *n_added,
                                                    GError              **error);

/* How many registered a title in a year, and how many of them signed the pledge. */
typedef struct {
  gint64  award_kind_id;
  char   *code;
  char   *name;
  guint   n_registered;
  guint   n_pledged;
} TdRegistrationCount;

/* One TdRegistrationCount a title registered in @year, in the list's order; the array
 * frees the names. */
GArray         *td_store_count_registrations       (TdStore              *self,
                                                    int                   year,
                                                    GError              **error);
/* The units, people or households (@kind) not archived with no registration in @year, in
 * Vietnamese name order: rows with id 0 and no title (td-registration.h). */
GListModel     *td_store_list_unregistered         (TdStore              *self,
                                                    int                   year,
                                                    TdRegistrationSubject kind,
                                                    GError              **error);

/* Who could register the title @award_kind_id in @year and has not: the villages for a
 * village title, the other units for a collective's, the people for a person's, the
 * households for "Gia đình văn hóa"; archived ones never. Rows with id 0 that name the
 * title, in Vietnamese name order. Empty for the commune's own title. */
GListModel     *td_store_list_unregistered_for_title (TdStore            *self,
                                                    int                   year,
                                                    gint64                award_kind_id,
                                                    GError              **error);

/* Targets ---------------------------------------------------------------------------------- */

/* The targets of a registration, in order: TdRegistrationTarget, which the array frees. */
GPtrArray      *td_store_list_registration_targets (TdStore              *self,
                                                    gint64                registration_id,
                                                    GError              **error);
/* Every target of @year's registrations: registration id (gint64 *) → GPtrArray of
 * TdRegistrationTarget, in order. For the printed list: one query. */
GHashTable     *td_store_dup_year_targets          (TdStore              *self,
                                                    int                   year,
                                                    GError              **error);
/* Adds @target (its text, kind, value, unit, note) after the registration's last; returns
 * its id, 0 on failure. */
gint64          td_store_add_registration_target   (TdStore              *self,
                                                    gint64                registration_id,
                                                    const TdRegistrationTarget *target,
                                                    GError              **error);
/* Saves @fields of the target @target->id: "text", "kind", "value", "unit", "note";
 * typing into one field is one step of Undo. */
gboolean        td_store_update_registration_target (TdStore             *self,
                                                     const TdRegistrationTarget *target,
                                                     const char * const  *fields,
                                                     GError             **error);
gboolean        td_store_remove_registration_target (TdStore             *self,
                                                     gint64               target_id,
                                                     GError             **error);

G_END_DECLS
