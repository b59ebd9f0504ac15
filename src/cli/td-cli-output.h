/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes a complete file at @tmp_path (which exists, empty); the error's message says
 * what went wrong, without the file's name. */
typedef gboolean (*TdCliWriteFunc) (const char  *tmp_path,
                                    gpointer     data,
                                    GError     **error);

/* Writes @path through @write: into a hidden file beside it, synced and then renamed over
 * it, so that a failure never leaves half a file where a whole one was; a link is written
 * through, the standard output (/dev/stdout, a pipe) is copied to. Refuses a database of
 * any program and anything else that is not an ordinary file. Errors are TD_CLI_ERROR,
 * "@path: …". */
gboolean td_cli_write_output (const char      *path,
                              TdCliWriteFunc   write,
                              gpointer         data,
                              GError         **error);

/* Whether @path may be an output: not a database, not a special file other than the
 * standard output. */
gboolean td_cli_check_output (const char      *path,
                              GError         **error);

G_END_DECLS
