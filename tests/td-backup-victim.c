/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * td-backup-victim DB: the victim of the backup kill test (test-backup.c).
 *
 * Opens DB with the store (which takes the day's backup when there is none), then goes
 * round: adds plan k (year 1950 + k, three tasks "victim k task i") in one transaction,
 * backs the file up (pruning the oldest), and every other round restores the newest
 * whole backup, either into the open store or, with the store closed, over the file
 * (which sets the file aside first). The backup just made holds everything, so no
 * restore takes back an acknowledged plan.
 *
 * It says what it is doing on stdout, a line each, flushed: "opening", "open", "plan k"
 * once plan k is committed, then "backup", "restore" or "file-restore" when it starts
 * one and "done" when it has finished it. After plan 200 it exits with status 0.
 */
#define G_LOG_DOMAIN "td-backup-victim"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "td-store-backup.h"
#include "td-store-plan.h"

#define N_PLANS 200
#define N_TASKS 3

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static void
fail (const char *doing,
      GError     *error)
{
  fprintf (stderr, "td-backup-victim: %s: %s\n", doing, error->message);
  exit (1);
}

static void
add_plan (TdStore *store,
          int      k)
{
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  TdStoreTaskInput inputs[N_TASKS];
  g_autofree char *title = g_strdup_printf ("Kế hoạch %d", k);

  td_plan_set_year (plan, 1950 + k);
  td_plan_set_title (plan, title);
  for (int i = 0; i < N_TASKS; i++)
    {
      TdTask *task = td_task_new ();
      g_autofree char *content = g_strdup_printf ("victim %d task %d", k, i + 1);

      td_task_set_quarter (task, i % 4 + 1);
      td_task_set_position (task, i);
      td_task_set_content (task, content);
      g_ptr_array_add (tasks, task);
      inputs[i] = (TdStoreTaskInput) { task, NULL, NULL };
    }

  if (!td_store_add_plan (store, plan, NULL, inputs, N_TASKS, &error))
    fail ("adding a plan", error);
}

static TdStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  if (store == NULL)
    fail ("opening", error);
  return store;
}

/* A file restore keeps the file it replaced; this one is the same data, so it goes. */
static void
remove_aside (const char *aside)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; aside != NULL && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (aside, suffixes[i], NULL);
      g_unlink (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TdStore) store = NULL;
  const char *path;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  path = argv[1];

  say ("opening");
  store = open_store (path);
  say ("open");

  for (int k = 1; k <= N_PLANS; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *backup = NULL;
      g_autofree char *newest = NULL;
      g_autofree char *undo = NULL;
      g_autofree char *aside = NULL;

      add_plan (store, k);
      say ("plan %d", k);

      say ("backup");
      backup = td_store_backup (store, "daily", &error);
      if (backup == NULL)
        fail ("backing up", error);
      say ("done");

      newest = td_store_newest_valid_backup (path, NULL);
      if (k % 4 == 1)
        {
          say ("restore");
          if (!td_store_restore (store, newest, &undo, &error))
            fail ("restoring", error);
          /* As the window does: open the restored file afresh. */
          g_clear_object (&store);
          store = open_store (path);
          say ("done");
        }
      else if (k % 4 == 3)
        {
          say ("file-restore");
          g_clear_object (&store);
          if (!td_store_restore_backup (path, newest, &aside, &error))
            fail ("restoring the file", error);
          store = open_store (path);
          say ("done");
          remove_aside (aside);
        }
    }

  return 0;
}
