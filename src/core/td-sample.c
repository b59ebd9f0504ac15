/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-sample"

#include "config.h"

#include "td-plan-file.h"
#include "td-sample.h"
#include "td-store-office.h"
#include "td-store-plan.h"

#define SAMPLE_RESOURCE "/io/github/thidua/ThiDua/sample/tung-anh-2022.ini"

static TdPlan *
read_plan (GKeyFile *file)
{
  static const char * const keys[] = {
    "parent-body", "issuing-body", "place", "number", "symbol", "issue-date", "kind", "title",
    "preamble", "closing", "signer-capacity", "signer-position", "signer-name", "recipients",
  };
  TdPlan *plan = td_plan_new ();

  td_plan_set_year (plan, g_key_file_get_integer (file, "plan", "year", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = td_plan_file_get_string (file, "plan", keys[i]);
      g_object_set (plan, keys[i], value, NULL);
    }
  return plan;
}

static void
fill_office (TdOffice *office,
             GKeyFile *file)
{
  static const char * const keys[] = {
    "parent-body", "issuing-body", "place", "code", "signer-name",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = td_plan_file_get_string (file, "office", keys[i]);
      g_object_set (office, keys[i], value, NULL);
    }
}

gboolean
td_sample_load (TdStore   *store,
                gboolean  *added,
                GError   **error)
{
  g_autoptr(GKeyFile) file = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) existing = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdPlanFileTasks) tasks = NULL;

  g_return_val_if_fail (TD_IS_STORE (store), FALSE);

  if (added != NULL)
    *added = FALSE;

  existing = td_store_get_plan (store, TD_SAMPLE_YEAR, NULL);
  if (existing != NULL)
    return TRUE;

  file = td_plan_file_load (SAMPLE_RESOURCE, error);
  if (file == NULL)
    return FALSE;
  plan = read_plan (file);
  td_plan_file_read_sections (file, sections);
  tasks = td_plan_file_read_tasks (file);

  /* A blank office takes the sample's identity, so new plans have a heading to start
   * from; before the plan, so a stop in between still leaves the plan to be added. */
  office = td_store_get_office (store, error);
  if (office == NULL)
    return FALSE;
  if (td_office_get_issuing_body (office)[0] == '\0')
    {
      fill_office (office, file);
      if (!td_store_save_office (store, office, error))
        return FALSE;
    }

  if (!td_store_add_plan (store, plan, sections,
                          (TdStoreTaskInput *) (gpointer) tasks->inputs->data, tasks->inputs->len,
                          error))
    return FALSE;

  if (added != NULL)
    *added = TRUE;
  return TRUE;
}
