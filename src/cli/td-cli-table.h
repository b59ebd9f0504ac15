/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the command line exports and imports, in which formats: one table that
 * --export and --import read and --help lists. */

#define TD_CLI_ERROR (td_cli_error_quark ())

/* Every message of this domain starts with what is wrong: "FILE: …", or "--option: …"
 * for a mistake in the command itself; the command line prints it after "thidua: ". */
typedef enum {
  TD_CLI_ERROR_USAGE,    /* what, format, year or file missing or not known */
  TD_CLI_ERROR_FILE,     /* a file that cannot be read or written, or must not be */
  TD_CLI_ERROR_DATA,     /* what a file or the database holds is wrong */
} TdCliError;

GQuark td_cli_error_quark (void);

typedef enum {
  TD_CLI_EXPORT,
  TD_CLI_IMPORT,
} TdCliDirection;

/* One run of an entry: the database, the year and the file written or read (as the user
 * named it). */
typedef struct {
  const char *database;
  int         year;
  const char *file;
} TdCliJob;

typedef gboolean (*TdCliRunFunc) (const TdCliJob  *job,
                                  GError         **error);

typedef struct {
  const char     *what;         /* "plan", "timeline", "tasks" */
  TdCliDirection  direction;
  const char     *format;       /* the file name's extension, without the dot */
  const char     *description;  /* one line, N_() */
  TdCliRunFunc    run;
} TdCliEntry;

const TdCliEntry *td_cli_get_table       (guint           *n_entries);

/* The table as --help shows it, translated, one entry a line. */
char             *td_cli_dup_help        (void);

/* Runs the entry for @what in @direction: @format when given, else the extension of
 * @file. Checks first that the year is given, the entry exists and @file is not the
 * database or one of its backups. */
gboolean          td_cli_run             (TdCliDirection   direction,
                                          const char      *what,
                                          const char      *format,
                                          const char      *database,
                                          int              year,
                                          const char      *file,
                                          GError         **error);

/* The year of --year=@text; a usage error when it is not a year from 1945 to 2200. */
gboolean          td_cli_parse_year      (const char      *text,
                                          int             *year,
                                          GError         **error);

/* Sets @error (TD_CLI_ERROR, @code) to "@file: " and @inner's message. */
void              td_cli_set_file_error  (GError         **error,
                                          int              code,
                                          const char      *file,
                                          const GError    *inner);

G_END_DECLS
