/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-export"

#include "config.h"

#include <glib/gi18n.h>

#include "td-cli-output.h"
#include "td-export.h"
#include "td-plan-doc.h"
#include "td-snapshot.h"
#include "td-store.h"
#include "td-store-plan.h"
#include "td-timeline-doc.h"

typedef TdDocument *(*BuildFunc) (const TdPlanSnapshot  *snapshot,
                                  GError         **error);

gboolean
td_export_write_pdf (const TdCliJob  *job,
                     TdDocument      *document,
                     const GError    *why,
                     GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (document == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, why);
      return FALSE;
    }
  if (!td_document_export_pdf (document, job->file, &local_error))
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_FILE, job->file, local_error);
      return FALSE;
    }
  return TRUE;
}

static TdDocument *
build_timeline (const TdPlanSnapshot  *snapshot,
                GError         **error)
{
  return td_timeline_doc_new (snapshot, NULL, error);
}

static gboolean
export_pdf (const TdCliJob  *job,
            BuildFunc        build,
            GError         **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Before anything is read: the PDF never takes the place of a database or a special
   * file (the PDF writer refuses them too). */
  if (!td_cli_check_output (job->file, error))
    return FALSE;

  store = td_store_open_full (job->database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    plan = td_store_get_plan (store, job->year, &local_error);
  if (plan != NULL)
    snapshot = td_plan_snapshot_load (store, plan, &local_error);
  if (snapshot != NULL)
    document = build (snapshot, &local_error);
  return td_export_write_pdf (job, document, local_error, error);
}

gboolean
td_export_plan_pdf (const TdCliJob  *job,
                    GError         **error)
{
  return export_pdf (job, td_plan_doc_new, error);
}

gboolean
td_export_timeline_pdf (const TdCliJob  *job,
                        GError         **error)
{
  return export_pdf (job, build_timeline, error);
}

gboolean
td_export_document (const char  *database,
                    const char  *what,
                    int          year,
                    const char  *output,
                    GError     **error)
{
  TdCliJob job = { .database = database, .year = year, .file = output };

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (what != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return td_cli_run (TD_CLI_EXPORT, what, NULL, &job, error);
}
