/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-sample"

#include "config.h"

#include "td-core-resources.h"
#include "td-sample.h"
#include "td-store-office.h"
#include "td-store-plan.h"

#define SAMPLE_RESOURCE "/io/github/thidua/ThiDua/sample/tung-anh-2022.ini"

/* Values hold paragraphs as "\n" escapes, which GKeyFile turns into new lines. */
static char *
get_string (GKeyFile   *file,
            const char *group,
            const char *key)
{
  char *value = g_key_file_get_string (file, group, key, NULL);
  return value != NULL ? value : g_strdup ("");
}

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
      g_autofree char *value = get_string (file, "plan", keys[i]);
      g_object_set (plan, keys[i], value, NULL);
    }
  return plan;
}

static void
fill_office (TdOffice *office,
             GKeyFile *file)
{
  static const char * const keys[] = { "parent-body", "issuing-body", "place", "code" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = get_string (file, "office", keys[i]);
      g_object_set (office, keys[i], value, NULL);
    }
}

gboolean
td_sample_load (TdStore   *store,
                gboolean  *added,
                GError   **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlan) existing = NULL;
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) section_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) strvs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (TdStoreTaskInput));
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (TD_IS_STORE (store), FALSE);

  if (added != NULL)
    *added = FALSE;

  existing = td_store_get_plan (store, TD_SAMPLE_YEAR, NULL);
  if (existing != NULL)
    return TRUE;

  bytes = g_resource_lookup_data (td_core_get_resource (), SAMPLE_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !g_key_file_load_from_bytes (file, bytes, G_KEY_FILE_NONE, error))
    return FALSE;

  plan = read_plan (file);
  groups = g_key_file_get_groups (file, NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];

      if (g_str_has_prefix (group, "section "))
        {
          TdSection *section = td_section_new ();
          g_autofree char *heading = get_string (file, group, "heading");
          g_autofree char *body = get_string (file, group, "body");
          g_autofree char *kind = get_string (file, group, "kind");
          g_autofree char *parent = get_string (file, group, "parent");
          int position = 0;

          /* parent-id carries the parent's index + 1 until the store assigns real ids. */
          for (guint j = 0; parent[0] != '\0' && j < section_keys->len; j++)
            if (g_str_equal (g_ptr_array_index (section_keys, j), parent))
              td_section_set_parent_id (section, j + 1);
          for (guint j = 0; j < sections->len; j++)
            if (td_section_get_parent_id (g_ptr_array_index (sections, j)) ==
                td_section_get_parent_id (section))
              position++;

          td_section_set_position (section, position);
          td_section_set_heading (section, heading);
          td_section_set_body (section, body);
          td_section_set_kind (section, kind[0] != '\0' ? kind : "text");
          g_ptr_array_add (sections, section);
          g_ptr_array_add (section_keys, g_strdup (group + strlen ("section ")));
        }
      else if (g_str_has_prefix (group, "task "))
        {
          TdTask *task = td_task_new ();
          g_autofree char *content = get_string (file, group, "content");
          g_autofree char *responsible = get_string (file, group, "responsible");
          int quarter = g_key_file_get_integer (file, group, "quarter", NULL);
          TdStoreTaskInput input = { task, NULL, NULL };
          char **names;
          char **kinds;
          int position = 0;

          for (guint j = 0; j < tasks->len; j++)
            if (td_task_get_quarter (g_ptr_array_index (tasks, j)) == quarter)
              position++;

          td_task_set_quarter (task, quarter);
          td_task_set_position (task, position);
          td_task_set_content (task, content);
          td_task_set_responsible (task, responsible);
          g_ptr_array_add (tasks, task);

          names = g_key_file_get_string_list (file, group, "units", NULL, NULL);
          if (names == NULL)
            names = g_new0 (char *, 1);
          kinds = g_new0 (char *, g_strv_length (names) + 1);
          for (guint j = 0; names[j] != NULL; j++)
            kinds[j] = g_key_file_get_string (file, "units", names[j], NULL);
          g_ptr_array_add (strvs, names);
          g_ptr_array_add (strvs, kinds);
          input.unit_names = (const char * const *) names;
          input.unit_kinds = (const char * const *) kinds;
          g_array_append_val (inputs, input);
        }
    }

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

  if (!td_store_add_plan (store, plan, sections, (TdStoreTaskInput *) (gpointer) inputs->data,
                          inputs->len, error))
    return FALSE;

  if (added != NULL)
    *added = TRUE;
  return TRUE;
}
