/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Plans written as key files, in core's resource: the sample plan and the usual shape of a
 * new plan. "[section KEY]" groups hold the sections, "[task KEY]" groups the tasks, both
 * read in the file's order; values hold paragraphs as "\n" escapes.
 */
#pragma once

#include "td-store-plan.h"

G_BEGIN_DECLS

/* The tasks of a file, as td_store_add_plan() takes them: @inputs points into @tasks and
 * into the lists of unit names this holds. */
typedef struct {
  GPtrArray *tasks;
  GArray    *inputs;
  GPtrArray *strvs;
} TdPlanFileTasks;

/* Loads the key file at @resource in core's resource. */
GKeyFile        *td_plan_file_load          (const char       *resource,
                                             GError          **error);
/* The value of @key in @group, "" when there is none. */
char            *td_plan_file_get_string    (GKeyFile         *file,
                                             const char       *group,
                                             const char       *key);
/* Appends the sections (heading, body, kind; "parent" names the KEY of an earlier section)
 * to @sections, each's parent-id the index of its parent in @sections + 1 (0 at the top)
 * and its position among its siblings. */
void             td_plan_file_read_sections (GKeyFile         *file,
                                             GPtrArray        *sections);
/* The tasks (quarter, content, responsible; "units" names them with ";" between, each
 * with its kind in the group [units]), each at the end of its quarter. */
TdPlanFileTasks *td_plan_file_read_tasks    (GKeyFile         *file);
void             td_plan_file_tasks_free    (TdPlanFileTasks  *tasks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdPlanFileTasks, td_plan_file_tasks_free)

G_END_DECLS
