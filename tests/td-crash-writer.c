/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * td-crash-writer DB: the victim of the crash-safety test (test-crash.c).
 *
 * Opens DB with the store, so the journal and sync settings are the application's own,
 * then adds one whole plan per transaction: plan k is for the year 1950 + k, with two
 * sections and five tasks whose content is "batch k task i". After each commit it prints
 * "k" on a line of its own and flushes, so the test knows which commits were acknowledged
 * when it kills the process. It prints "opening" before opening the store and "open" once
 * the store is open (migrated). After plan 240 it exits with status 0.
 */
#define G_LOG_DOMAIN "td-crash-writer"

#include "config.h"

#include <stdio.h>

#include "td-store-plan.h"

#define N_PLANS 240
#define N_TASKS 5

static gboolean
add_batch (TdStore  *store,
           int       k,
           GError  **error)
{
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  TdStoreTaskInput inputs[N_TASKS];
  g_autofree char *title = g_strdup_printf ("Kế hoạch thử %d", k);
  g_autofree char *heading = g_strdup_printf ("I. Phần %d", k);
  g_autofree char *subheading = g_strdup_printf ("1. Mục %d", k);
  TdSection *section;

  td_plan_set_year (plan, 1950 + k);
  td_plan_set_title (plan, title);

  section = td_section_new ();
  td_section_set_position (section, 0);
  td_section_set_heading (section, heading);
  g_ptr_array_add (sections, section);
  section = td_section_new ();
  td_section_set_parent_id (section, 1);
  td_section_set_position (section, 0);
  td_section_set_heading (section, subheading);
  td_section_set_body (section, "Đoạn một\nĐoạn hai");
  g_ptr_array_add (sections, section);

  for (int i = 0; i < N_TASKS; i++)
    {
      TdTask *task = td_task_new ();
      g_autofree char *content = g_strdup_printf ("batch %d task %d", k, i + 1);
      char **unit_names = g_new0 (char *, 2);

      unit_names[0] = g_strdup_printf ("Đơn vị %d", i + 1);
      td_task_set_quarter (task, i % 4 + 1);
      td_task_set_position (task, i);
      td_task_set_content (task, content);
      td_task_set_responsible (task, unit_names[0]);
      g_ptr_array_add (tasks, task);
      g_ptr_array_add (names, unit_names);
      inputs[i] = (TdStoreTaskInput) { task, (const char * const *) unit_names, NULL };
    }

  return td_store_add_plan (store, plan, sections, inputs, N_TASKS, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATABASE\n", argv[0]);
      return 2;
    }

  printf ("opening\n");
  fflush (stdout);

  store = td_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "td-crash-writer: %s\n", error->message);
      return 1;
    }
  printf ("open\n");
  fflush (stdout);

  for (int k = 1; k <= N_PLANS; k++)
    {
      if (!add_batch (store, k, &error))
        {
          fprintf (stderr, "td-crash-writer: plan %d: %s\n", k, error->message);
          return 1;
        }
      /* Only now is plan k acknowledged. */
      printf ("%d\n", k);
      fflush (stdout);
    }

  return 0;
}
