/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A file written whole or not at all: made beside the one it replaces, synced and renamed
 * over it, so that a full disk, a crash or a power cut leaves the old file or the new one,
 * never half of one. Every list and document the program writes for other programs goes
 * through here.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes the whole file at @tmp_path, which exists, empty, in the folder of the file it
 * will replace (so a writer that only takes a file name, as libxlsxwriter does, can write
 * it; one that replaces @tmp_path, as g_file_set_contents() does, may too). The error's
 * message says what went wrong in words, without the file's name. */
typedef gboolean (*TdFileWriteFunc) (const char  *tmp_path,
                                     gpointer     data,
                                     GError     **error);

/* Writes @path through @write_func: into a hidden file in the same folder, then given the
 * mode of the file it replaces (or the mode a new file gets), synced and renamed over it.
 * A link is written through, to the file it points to. On any failure @path is left as it
 * was and the hidden file removed. Refuses a folder that does not exist, a folder in the
 * way and any other file that is not an ordinary one. Errors are G_FILE_ERROR (or
 * @write_func's own), in words, without the file's name: the caller names it. */
gboolean  td_file_replace  (const char       *path,
                            TdFileWriteFunc   write_func,
                            gpointer          data,
                            GError          **error);

/* The file a write to @path would replace: @path with its folder's links resolved, and
 * the file it points to when it is a link (which need not exist yet). NULL with @error set
 * as td_file_replace() sets it when the folder cannot be found. */
char     *td_file_resolve  (const char       *path,
                            GError          **error);

G_END_DECLS
