/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-export.h"
#include "td-plan-doc.h"
#include "td-store-plan.h"
#include "td-timeline-doc.h"

G_DEFINE_QUARK (td-export-error-quark, td_export_error)

static const char * const kinds[] = { "plan", "timeline", NULL };

const char * const *
td_export_kinds (void)
{
  return kinds;
}

static TdDocument *
build_document (TdStore     *store,
                TdPlan      *plan,
                const char  *what,
                GError     **error)
{
  if (g_str_equal (what, "timeline"))
    return td_timeline_doc_new (store, plan, NULL, error);
  return td_plan_doc_new (store, plan, error);
}

gboolean
td_export_document (const char  *database,
                    const char  *what,
                    int          year,
                    const char  *output,
                    GError     **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *db_display = NULL;
  g_autofree char *out_display = NULL;

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (what != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_strv_contains (kinds, what))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) kinds);

      g_set_error (error, TD_EXPORT_ERROR, TD_EXPORT_ERROR_USAGE,
                   _("Cannot export “%s”; what can be exported: %s"), what, known);
      return FALSE;
    }
  if (year == 0 || output == NULL || output[0] == '\0')
    {
      g_set_error (error, TD_EXPORT_ERROR, TD_EXPORT_ERROR_USAGE,
                   _("--export needs --year=YYYY and --output=FILE.pdf"));
      return FALSE;
    }

  db_display = g_filename_display_name (database);
  out_display = g_filename_display_name (output);

  /* Checked before anything is read or written: the PDF must never take the place of the
   * office's data (the PDF writer also refuses to replace any database). */
  if (td_store_is_database_file (database, output))
    {
      g_set_error (error, TD_EXPORT_ERROR, TD_EXPORT_ERROR_OUTPUT,
                   _("%s: this is the database (or one of its backups); "
                     "choose another file for the PDF"), out_display);
      return FALSE;
    }

  store = td_store_open_full (database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    plan = td_store_get_plan (store, year, &local_error);
  if (plan != NULL)
    document = build_document (store, plan, what, &local_error);
  if (document == NULL)
    {
      /* The messages of the store name the file where it helps; say which file it is. */
      if (strstr (local_error->message, db_display) != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, local_error->domain, local_error->code, "%s: %s", db_display,
                     local_error->message);
      return FALSE;
    }

  if (!td_document_export_pdf (document, output, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
