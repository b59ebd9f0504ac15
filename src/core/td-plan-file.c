/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-plan-file"

#include "config.h"

#include <string.h>

#include "td-core-resources.h"
#include "td-plan-file.h"

GKeyFile *
td_plan_file_load (const char  *resource,
                   GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource != NULL, NULL);

  bytes = g_resource_lookup_data (td_core_get_resource (), resource,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL || !g_key_file_load_from_bytes (file, bytes, G_KEY_FILE_NONE, error))
    return NULL;
  return g_steal_pointer (&file);
}

/* GKeyFile turns the "\n" escapes into new lines. */
char *
td_plan_file_get_string (GKeyFile   *file,
                         const char *group,
                         const char *key)
{
  char *value = g_key_file_get_string (file, group, key, NULL);

  return value != NULL ? value : g_strdup ("");
}

void
td_plan_file_read_sections (GKeyFile  *file,
                            GPtrArray *sections)
{
  g_auto(GStrv) groups = g_key_file_get_groups (file, NULL);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  guint first = sections->len;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];
      g_autofree char *heading = NULL;
      g_autofree char *body = NULL;
      g_autofree char *kind = NULL;
      g_autofree char *parent = NULL;
      TdSection *section;
      int position = 0;

      if (!g_str_has_prefix (group, "section "))
        continue;
      section = td_section_new ();
      heading = td_plan_file_get_string (file, group, "heading");
      body = td_plan_file_get_string (file, group, "body");
      kind = td_plan_file_get_string (file, group, "kind");
      parent = td_plan_file_get_string (file, group, "parent");

      /* parent-id carries the parent's index + 1 until the store assigns real ids. */
      for (guint j = 0; parent[0] != '\0' && j < keys->len; j++)
        if (g_str_equal (g_ptr_array_index (keys, j), parent))
          td_section_set_parent_id (section, first + j + 1);
      for (guint j = first; j < sections->len; j++)
        if (td_section_get_parent_id (g_ptr_array_index (sections, j)) ==
            td_section_get_parent_id (section))
          position++;

      td_section_set_position (section, position);
      td_section_set_heading (section, heading);
      td_section_set_body (section, body);
      td_section_set_kind (section, kind[0] != '\0' ? kind : "text");
      g_ptr_array_add (sections, section);
      g_ptr_array_add (keys, (char *) group + strlen ("section "));
    }
}

TdPlanFileTasks *
td_plan_file_read_tasks (GKeyFile *file)
{
  g_auto(GStrv) groups = g_key_file_get_groups (file, NULL);
  TdPlanFileTasks *self = g_new0 (TdPlanFileTasks, 1);

  self->tasks = g_ptr_array_new_with_free_func (g_object_unref);
  self->inputs = g_array_new (FALSE, TRUE, sizeof (TdStoreTaskInput));
  self->strvs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];
      g_autofree char *content = NULL;
      g_autofree char *responsible = NULL;
      TdStoreTaskInput input = { NULL, NULL, NULL };
      TdTask *task;
      char **names;
      char **kinds;
      int quarter;
      int position = 0;

      if (!g_str_has_prefix (group, "task "))
        continue;
      task = td_task_new ();
      content = td_plan_file_get_string (file, group, "content");
      responsible = td_plan_file_get_string (file, group, "responsible");
      quarter = g_key_file_get_integer (file, group, "quarter", NULL);
      for (guint j = 0; j < self->tasks->len; j++)
        if (td_task_get_quarter (g_ptr_array_index (self->tasks, j)) == quarter)
          position++;

      td_task_set_quarter (task, quarter);
      td_task_set_position (task, position);
      td_task_set_content (task, content);
      td_task_set_responsible (task, responsible);
      g_ptr_array_add (self->tasks, task);

      names = g_key_file_get_string_list (file, group, "units", NULL, NULL);
      if (names == NULL)
        names = g_new0 (char *, 1);
      kinds = g_new0 (char *, g_strv_length (names) + 1);
      for (guint j = 0; names[j] != NULL; j++)
        kinds[j] = g_key_file_get_string (file, "units", names[j], NULL);
      g_ptr_array_add (self->strvs, names);
      g_ptr_array_add (self->strvs, kinds);
      input.task = task;
      input.unit_names = (const char * const *) names;
      input.unit_kinds = (const char * const *) kinds;
      g_array_append_val (self->inputs, input);
    }
  return self;
}

void
td_plan_file_tasks_free (TdPlanFileTasks *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->inputs, g_array_unref);
  g_clear_pointer (&self->strvs, g_ptr_array_unref);
  g_clear_pointer (&self->tasks, g_ptr_array_unref);
  g_free (self);
}
