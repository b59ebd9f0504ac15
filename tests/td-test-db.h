/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests: what a file holds, read without the store (its bytes, or SQLite itself).
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>
#include <stdarg.h>

G_BEGIN_DECLS

/* Removes @path and everything under it (a folder a test made read-only included). */
void    td_test_remove_tree (const char *path);

/* Sets or clears the immutable attribute (chattr ±i) of @path: it stops every writer, root
 * included, where permissions would not (CI runs as root). FALSE where the file system
 * does not have it. */
gboolean td_test_set_immutable (const char *path,
                                gboolean    immutable);

/* The whole file, as bytes. */
GBytes *td_test_read_file (const char *path);

/* Raw SQLite ------------------------------------------------------------------------------ */

/* Opened with @flags (SQLITE_OPEN_READONLY …) and a 5 s busy timeout; aborts if it cannot be. */
sqlite3 *td_test_raw_open (const char *path,
                           int         flags);
void     td_test_raw_exec (sqlite3    *db,
                           const char *sql);
/* The first column of the one row @sql gives. */
gint64   td_test_raw_int  (sqlite3    *db,
                           const char *sql);

/* Queries on a file, opened read-only for each one. The formats are SQLite's (%q and %Q
 * quote, %lld for ids), not printf's. */

/* The first column of the first row, as text; NULL when there is no row. */
char    *td_test_file_vquery       (const char *path,
                                    const char *format,
                                    va_list     args);
char    *td_test_file_query        (const char *path,
                                    const char *format,
                                    ...);
/* The same, as a number; there must be a row. */
gint64   td_test_file_int          (const char *path,
                                    const char *format,
                                    ...);
int      td_test_file_user_version (const char *path);

G_END_DECLS
