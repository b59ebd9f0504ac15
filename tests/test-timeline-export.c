/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline exported from the command line, with no display: a landscape A4 PDF of the
 * year, read back with poppler-utils, and the errors said in one line.
 *
 * As in every test-timeline-*.c, the timeline is in the real window, on the sample plan,
 * driven through the handlers real input runs; what is asserted is what the user sees and
 * what the file holds, read back with SQLite itself. "Today" is 15 June 2022, so statuses
 * do not depend on the calendar. With TD_SHOT_DIR set, screenshots of the window are saved
 * there too.
 */
#define G_LOG_DOMAIN "test-timeline-export"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "td-test-timeline.h"
#include "td-test-ui.h"

/* The command line ------------------------------------------------------------------------ */

/* Runs thidua with @args and no display; returns its exit status (0: success). */
static int
run_thidua (const char * const *args,
            char              **out,
            char              **err)
{
  const char *thidua = g_getenv ("TD_THIDUA");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (thidua);
  g_ptr_array_add (argv, (gpointer) thidua);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    return WIFEXITED (status) ? WEXITSTATUS (status) : 255;
  return 0;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (program == NULL)
    g_error ("%s is missing: install poppler-utils (build-aux/debian-packages.txt)", argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n + (text[0] != '\0' && text[strlen (text) - 1] != '\n' ? 1 : 0);
}

/* `thidua --export=timeline` with no display: a landscape A4 PDF of the year; a year with
 * no plan, or something that cannot be exported, is said in one line. */
static void
test_export (TdTestTimelineFixture *fixture,
             gconstpointer          data)
{
  g_autofree char *pdf = g_build_filename (g_get_user_cache_dir (), "timeline.pdf", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", fixture->path);
  g_autofree char *output = g_strdup_printf ("--output=%s", pdf);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages_info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  g_autoptr(GRegex) quarter_one = g_regex_new ("QUÝ I(?![IV])", 0, 0, NULL);
  const char *pages_line;
  int n_pages;
  int status;

  td_test_close_window (&fixture->window);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0755), ==, 0);

  {
    const char *args[] = { database, "--export=timeline", "--year=2022", output, NULL };

    status = run_thidua (args, &out, &err);
    g_assert_cmpstr (err, ==, "");
    g_assert_cmpint (status, ==, 0);
  }
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* Landscape A4, every page. */
  {
    const char *argv[] = { "pdfinfo", pdf, NULL };

    info = run_tool (argv);
  }
  pages_line = strstr (info, "Pages:");
  g_assert_nonnull (pages_line);
  n_pages = atoi (pages_line + strlen ("Pages:"));
  g_assert_cmpint (n_pages, >=, 1);
  last_page = g_strdup_printf ("%d", n_pages);
  {
    const char *argv[] = { "pdfinfo", "-f", "1", "-l", last_page, pdf, NULL };
    g_auto(GStrv) lines = NULL;
    int sized = 0;

    pages_info = run_tool (argv);
    lines = g_strsplit (pages_info, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "Page ") && strstr (lines[i], " size:") != NULL)
        {
          td_test_check (strstr (lines[i], "841.89 x 595.28 pts") != NULL, "not landscape A4: %s",
                         lines[i]);
          sized++;
        }
    g_assert_cmpint (sized, ==, n_pages);
  }

  /* The four quarters and the sample's tasks. */
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", pdf, "-", NULL };

    text = run_tool (argv);
  }
  td_test_check (g_regex_match (quarter_one, text, 0, NULL), "no “QUÝ I” in the exported timeline");
  td_test_check (strstr (text, "QUÝ II") != NULL, "no “QUÝ II” in the exported timeline");
  td_test_check (strstr (text, "QUÝ III") != NULL, "no “QUÝ III” in the exported timeline");
  td_test_check (strstr (text, "QUÝ IV") != NULL, "no “QUÝ IV” in the exported timeline");
  td_test_check (strstr (text, "Xây dựng vườn mẫu") != NULL,
                 "task 5 (“Xây dựng vườn mẫu, KDCKM”) is not in the exported timeline");

  /* A year with no plan: one line that names the database. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *other = g_build_filename (g_get_user_cache_dir (), "2031.pdf", NULL);
    g_autofree char *other_output = g_strdup_printf ("--output=%s", other);
    const char *args[] = { database, "--export=timeline", "--year=2031", other_output, NULL };

    status = run_thidua (args, &out, &err);
    g_assert_cmpint (status, !=, 0);
    g_assert_cmpuint (count_lines (err), ==, 1);
    td_test_check (strstr (err, fixture->path) != NULL, "the error does not name the database: %s",
                   err);
    td_test_check (strstr (err, "2031") != NULL, "the error does not name the year: %s", err);
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  }

  /* Something that cannot be exported: what can be. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *args[] = { database, "--export=nonsense", "--year=2022", output, NULL };

    status = run_thidua (args, &out, &err);
    g_assert_cmpint (status, !=, 0);
    td_test_check (strstr (err, "plan, timeline") != NULL,
                   "the error does not list plan, timeline: %s", err);
    td_test_check (strstr (err, "nonsense") != NULL, "the error does not name what was asked: %s",
                   err);
  }
}

int
main (int   argc,
      char *argv[])
{
  td_test_timeline_init (&argc, argv);

#define ADD(path, func) \
  g_test_add (path, TdTestTimelineFixture, NULL, td_test_timeline_set_up, func, \
              td_test_timeline_tear_down)
  ADD ("/timeline/export", test_export);
#undef ADD

  return td_test_timeline_run ();
}
