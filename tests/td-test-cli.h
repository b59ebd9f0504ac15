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

typedef struct {
  int         status;    /* the exit status; -1 when killed */
  char       *out;
  char       *err;
  const char *language;  /* NULL: English (LANGUAGE=C); "vi": Vietnamese */
} TdTestCliRun;

void td_test_cli_run_clear            (TdTestCliRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TdTestCliRun, td_test_cli_run_clear)

/* Runs thidua in @dir with --database=@db and the arguments that follow, up to NULL: no
 * display, messages in @run's language. */
void td_test_cli_run                  (TdTestCliRun *run,
                                       const char   *dir,
                                       const char   *db,
                                       ...) G_GNUC_NULL_TERMINATED;
void td_test_cli_run_valist           (TdTestCliRun *run,
                                       const char   *dir,
                                       const char   *db,
                                       va_list       args);

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
