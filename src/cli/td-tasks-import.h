/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-cli-table.h"

G_BEGIN_DECLS

/* Adds the tasks of a CSV file to the plan of the job's year (started when the year has
 * none), in one transaction: the file's header row names its columns, in any order, as the
 * CSV export writes them (English or the user's language); rows are added at the end of
 * their quarters, in the file's order. A task the plan already has (same quarter, same
 * content) is refused, as is any row that cannot be read: then nothing is written, and the
 * error names the line and the column. */
gboolean td_tasks_import_csv (const TdCliJob  *job,
                              GError         **error);

G_END_DECLS
