/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

#include "td-legacy.h"

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
  TD_CLI_ERROR_ROWS,     /* rows of a file are wrong: a line for each, "FILE: Row 37: …" */
} TdCliError;

GQuark td_cli_error_quark (void);

typedef enum {
  TD_CLI_EXPORT,
  TD_CLI_IMPORT,
} TdCliDirection;

/* One run of an entry: the database, the year and the file written or read (as the user
 * named it). */
typedef struct {
  const char      *database;
  int              year;      /* 0 when not given */
  const char      *file;
  TdTableEncoding  encoding;  /* --encoding: how the text read is encoded; AUTO finds out */
  const char      *unit;      /* --unit: the unit's name, NULL when not given */
  const char      *what;      /* the entry run, as td_cli_run() found it */
  const char      *format;
} TdCliJob;

typedef gboolean (*TdCliRunFunc) (const TdCliJob  *job,
                                  GError         **error);

typedef enum {
  TD_CLI_NEEDS_YEAR     = 1 << 0,  /* the data of one year: --year is required */
  /* reads any list td_table_read() reads, told by what the file holds whatever its name
   * (an office's "ds.xls" is often a .xlsx); --encoding may say how its text is encoded */
  TD_CLI_READS_TABLE    = 1 << 1,
  /* may be given --unit=NAME: only that unit's part of the year */
  TD_CLI_TAKES_UNIT     = 1 << 2,
} TdCliFlags;

typedef struct {
  const char     *what;         /* "plan", "timeline", "tasks" */
  TdCliDirection  direction;
  const char     *format;       /* the file name's extension, without the dot */
  const char     *description;  /* one line, N_() */
  TdCliRunFunc    run;
  TdCliFlags      flags;        /* the same for every format of a what */
} TdCliEntry;

const TdCliEntry *td_cli_get_table       (guint           *n_entries);

/* The table as --help shows it, translated, one entry a line. */
char             *td_cli_dup_help        (void);

/* Runs the entry for @what in @direction: @format when given, else the extension of
 * @job's file, with @job (its what and format set to the entry's). Checks first that the
 * entry exists, the year is given when it needs one, a unit only to what takes one, @job's file is not the database or
 * one of its backups, and an encoding other than AUTO is given only to what reads one. */
gboolean          td_cli_run             (TdCliDirection   direction,
                                          const char      *what,
                                          const char      *format,
                                          const TdCliJob  *job,
                                          GError         **error);

/* The encoding of --encoding=@text; a usage error when it names none. */
gboolean          td_cli_parse_encoding  (const char      *text,
                                          TdTableEncoding *encoding,
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
