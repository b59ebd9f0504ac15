/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests of the command line: the real thidua run as a script would, with no
 * display, and what it said.
 */
#pragma once

#include <glib.h>
#include <stdarg.h>

G_BEGIN_DECLS

/* A fresh folder for one test, where thidua runs, and a database in it. */
typedef struct {
  char *dir;
  char *db;  /* "thidua.db" in the folder: made by the store when the test set-up opens it */
} TdTestCliFixture;

void  td_test_cli_set_up              (TdTestCliFixture *fixture,
                                       gconstpointer     data);
void  td_test_cli_tear_down           (TdTestCliFixture *fixture,
                                       gconstpointer     data);
/* @name in the fixture's folder. */
char *td_test_cli_path                (TdTestCliFixture *fixture,
                                       const char       *name);

typedef struct {
  int         status;    /* the exit status; -1 when killed */
  char       *out;
  char       *err;
  const char *language;  /* NULL: English (LANGUAGE=C); "vi": Vietnamese */
} TdTestCliRun;

void td_test_cli_run_clear            (TdTestCliRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TdTestCliRun, td_test_cli_run_clear)

/* Runs thidua in the fixture's folder with --database=@db and the arguments that follow,
 * up to NULL, as a script would: no display, messages in @run's language. */
void td_test_cli_run                  (TdTestCliRun     *run,
                                       TdTestCliFixture *fixture,
                                       const char       *db,
                                       ...) G_GNUC_NULL_TERMINATED;

/* A success: exit 0, nothing on either output. */
void td_test_cli_assert_quiet_success (TdTestCliRun *run);

/* A failure: exit 1, nothing on the standard output, one line on the error output that
 * is @expected_start followed by anything. */
void td_test_cli_assert_failure       (TdTestCliRun *run,
                                       const char   *expected_start);

/* The text of a file, and a file written from text; a failure fails the test. */
char *td_test_cli_read_text           (const char   *path);
void  td_test_cli_write_text          (const char   *path,
                                       const char   *text);

G_END_DECLS
