/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-cli-table.h"
#include "td-subject.h"

G_BEGIN_DECLS

/* Adds the units, people or households (the job's what) of an office's list to the
 * database, all or nothing: the first sheet of a .xlsx or .ods, or a CSV file, told by what
 * it holds; its text decoded as the job's encoding says (found out when AUTO); its columns
 * found from their headings (td_subject_columns_find()). A subject already there is
 * matched, not doubled, and its blank fields filled. Prints "N added, M matched". Any row
 * that cannot be read is a TD_CLI_ERROR_ROWS error that names each such row, a line for
 * each, and nothing is written. */
gboolean td_subjects_import (const TdCliJob  *job,
                             GError         **error);

/* The kind of subject @what ("units", "people", "households") names. */
TdSubjectKind td_subjects_kind_of (const char *what);

G_END_DECLS
