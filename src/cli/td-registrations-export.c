/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "td-cli-output.h"
#include "td-export.h"
#include "td-csv.h"
#include "td-date.h"
#include "td-registrations-doc.h"
#include "td-registrations-export.h"
#include "td-store.h"

/* The year's registrations read before the output is touched; NULL with @error naming the
 * database when they cannot be. */
static TdRegistrationsSnapshot *
read_snapshot (const TdCliJob  *job,
               GError         **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  TdRegistrationsSnapshot *snapshot = NULL;

  store = td_store_open_full (job->database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    snapshot = td_registrations_snapshot_load (store, job->year, &local_error);
  if (snapshot == NULL)
    td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
  return snapshot;
}

gboolean
td_registrations_export_pdf (const TdCliJob  *job,
                             GError         **error)
{
  g_autoptr(TdRegistrationsSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!td_cli_check_output (job->file, error) ||
      (snapshot = read_snapshot (job, error)) == NULL)
    return FALSE;
  document = td_registrations_doc_new (snapshot, &local_error);
  return td_export_write_pdf (job, document, local_error, error);
}

/* CSV ------------------------------------------------------------------------------------ */

enum {
  COLUMN_YEAR,
  COLUMN_CODE,
  COLUMN_TITLE,
  COLUMN_SUBJECT_KIND,
  COLUMN_NAME,
  COLUMN_PARENT,
  COLUMN_DATE,
  COLUMN_PLEDGE,
  COLUMN_TARGETS,
  N_COLUMNS
};

static const char * const titles[N_COLUMNS] = {
  N_("Year"), N_("Code"), N_("Emulation title"), N_("Subject"), N_("Name"), N_("Village or unit"),
  N_("Registered on"), N_("Pledge signed"), N_("Targets"),
};

static const char *
subject_word (TdRegistrationSubject kind)
{
  switch (kind)
    {
    case TD_REGISTRATION_PERSON:
      return _("Person");
    case TD_REGISTRATION_HOUSEHOLD:
      return _("Household");
    case TD_REGISTRATION_UNIT:
    default:
      return _("Unit");
    }
}

static char *
join_targets (GPtrArray *targets)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      g_autofree char *label = td_registration_target_dup_label (g_ptr_array_index (targets, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
write_csv (const char  *tmp_path,
           gpointer     data,
           GError     **error)
{
  TdRegistrationsSnapshot *snapshot = data;
  g_autoptr(GString) out = g_string_new (TD_CSV_BOM);
  guint n = g_list_model_get_n_items (snapshot->registrations);
  const char *fields[N_COLUMNS];

  for (guint c = 0; c < N_COLUMNS; c++)
    fields[c] = _(titles[c]);
  td_csv_append_row (out, fields, N_COLUMNS);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdRegistration) r = g_list_model_get_item (snapshot->registrations, i);
      g_autofree char *year = g_strdup_printf ("%d", td_registration_get_year (r));
      g_autofree char *date = td_date_format_typed (td_registration_get_registered_on (r));
      g_autofree char *targets =
        join_targets (td_registrations_snapshot_get_targets (snapshot, td_registration_get_id (r)));

      fields[COLUMN_YEAR] = year;
      fields[COLUMN_CODE] = td_registration_get_award_kind_code (r);
      fields[COLUMN_TITLE] = td_registration_get_award_kind_name (r);
      fields[COLUMN_SUBJECT_KIND] = subject_word (td_registration_get_subject_kind (r));
      fields[COLUMN_NAME] = td_registration_get_subject_name (r);
      fields[COLUMN_PARENT] = td_registration_get_parent_name (r);
      fields[COLUMN_DATE] = date;
      fields[COLUMN_PLEDGE] = td_registration_get_pledge_signed (r) ? _("Yes") : "";
      fields[COLUMN_TARGETS] = targets;
      td_csv_append_row (out, fields, N_COLUMNS);
    }
  return g_file_set_contents (tmp_path, out->str, (gssize) out->len, error);
}

gboolean
td_registrations_export_csv (const TdCliJob  *job,
                             GError         **error)
{
  g_autoptr(TdRegistrationsSnapshot) snapshot = NULL;

  if (!td_cli_check_output (job->file, error) ||
      (snapshot = read_snapshot (job, error)) == NULL)
    return FALSE;
  return td_cli_write_output (job->file, write_csv, snapshot, error);
}
