/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

#include "td-file-replace.h"

G_BEGIN_DECLS

/* Writes @path through @write, whole or not at all (td_file_replace()): a link is written
 * through, the standard output (/dev/stdout, a pipe) is copied to. Refuses a database of
 * any program and anything else that is not an ordinary file. Errors are TD_CLI_ERROR,
 * "@path: …". */
gboolean td_cli_write_output (const char       *path,
                              TdFileWriteFunc   write,
                              gpointer          data,
                              GError          **error);

/* Whether @path may be an output: not a database, not a special file other than the
 * standard output. */
gboolean td_cli_check_output (const char      *path,
                              GError         **error);

G_END_DECLS
