/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-cli"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "td-test-cli.h"
#include "td-test-db.h"

void
td_test_cli_set_up (TdTestCliFixture *fixture,
                    gconstpointer     data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = td_test_cli_path (fixture, "thidua.db");
}

void
td_test_cli_tear_down (TdTestCliFixture *fixture,
                       gconstpointer     data)
{
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->dir);
}

char *
td_test_cli_path (TdTestCliFixture *fixture,
                  const char       *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

void
td_test_cli_run_clear (TdTestCliRun *run)
{
  g_free (run->out);
  g_free (run->err);
}

static void
run_valist (TdTestCliRun *run,
            const char   *dir,
            const char   *db,
            va_list       args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *thidua = g_getenv ("TD_THIDUA");
  int wait_status = 0;

  g_assert_nonnull (thidua);
  g_ptr_array_add (argv, g_strdup (thidua));
  g_ptr_array_add (argv, g_strdup_printf ("--database=%s", db));
  for (const char *arg = va_arg (args, const char *); arg != NULL;
       arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANGUAGE", run->language != NULL ? run->language : "C", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", run->language != NULL ? "vi_VN.UTF-8" : "C.UTF-8", TRUE);

  g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_test_message ("thidua: status %d, stderr: %s", run->status, run->err);
}

void
td_test_cli_run (TdTestCliRun     *run,
                 TdTestCliFixture *fixture,
                 const char       *db,
                 ...)
{
  va_list args;

  va_start (args, db);
  run_valist (run, fixture->dir, db, args);
  va_end (args);
}

void
td_test_cli_assert_quiet_success (TdTestCliRun *run)
{
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpstr (run->out, ==, "");
}

void
td_test_cli_assert_failure (TdTestCliRun *run,
                            const char   *expected_start)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (!g_str_has_prefix (run->err, expected_start))
    g_error ("the message does not start with “%s”: %s", expected_start, run->err);
}

char *
td_test_cli_read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

void
td_test_cli_write_text (const char *path,
                        const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}
