/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-cli-table.h"

G_BEGIN_DECLS

/* Writes the units, people or households (the job's what) that are not archived, in
 * Vietnamese name order, as the job's format (csv or xlsx, td_table_write_format()): the
 * columns the list shows for that kind, under their names in the user's language, which
 * --import reads back. */
gboolean td_subjects_export (const TdCliJob  *job,
                             GError         **error);

G_END_DECLS
