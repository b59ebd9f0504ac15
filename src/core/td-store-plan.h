/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The plan aggregate: a year's plan, its sections, its tasks and the units each task is
 * linked to.
 */
#pragma once

#include "td-plan.h"
#include "td-section.h"
#include "td-store.h"
#include "td-task.h"

G_BEGIN_DECLS

/* One task of a plan to add, with the names of the units it links to. */
typedef struct {
  TdTask             *task;
  const char * const *unit_names;
  const char * const *unit_kinds;
} TdStoreTaskInput;

/* Years that have a plan, ascending. */
GArray        *td_store_list_plan_years        (TdStore         *self,
                                                GError         **error);
TdPlan        *td_store_get_plan               (TdStore         *self,
                                                int              year,
                                                GError         **error);
/* A new plan for @year with only its heading and signature, from the office's identity:
 * no preamble, sections or tasks (td_plan_template_start() makes one in the usual shape). */
TdPlan        *td_store_start_plan             (TdStore         *self,
                                                int              year,
                                                GError         **error);
/* Adds a whole plan in one transaction: the plan, its sections (TdSection, parent given
 * by index into @sections + 1 in parent-id, 0 for top level) and its tasks, creating the
 * units they name. Sets the ids of @plan, the sections and the tasks. */
gboolean       td_store_add_plan               (TdStore         *self,
                                                TdPlan          *plan,
                                                GPtrArray       *sections,
                                                const TdStoreTaskInput *tasks,
                                                guint            n_tasks,
                                                GError         **error);

/* Sections of a plan, depth first, each with its depth. */
GListModel    *td_store_list_sections          (TdStore         *self,
                                                gint64           plan_id,
                                                GError         **error);
/* Tasks of a plan by quarter and position, numbered 1, 2, … across quarters. */
GListModel    *td_store_list_tasks             (TdStore         *self,
                                                gint64           plan_id,
                                                GError         **error);
/* Names of the units linked to a task, in name order. */
GStrv          td_store_dup_task_unit_names    (TdStore         *self,
                                                gint64           task_id,
                                                GError         **error);
/* The units of every task of a plan in one query: task id (gint64 *) → GStrv of names. */
GHashTable    *td_store_dup_plan_task_units    (TdStore         *self,
                                                gint64           plan_id,
                                                GError         **error);

/* Editing: each call is one transaction; "changed" follows for what it changed: the task
 * (or section) updated, added, moved or removed, new units first. ---------------------- */

/* Saves the heading, preamble, recipients and signature of @plan (found by its id). */
gboolean       td_store_update_plan            (TdStore         *self,
                                                TdPlan          *plan,
                                                GError         **error);
/* Saves only @fields of @plan (its property names, NULL-terminated, e.g. "title"), so two
 * windows that edit different fields of one plan never undo each other's change. The
 * issue date goes with "issue-date" and "issue-month". */
gboolean       td_store_update_plan_fields     (TdStore         *self,
                                                TdPlan          *plan,
                                                const char * const *fields,
                                                GError         **error);
/* A new plan for @to_year from the plan of @from_year: sections and tasks kept, tasks
 * re-dated into the new year, statuses and results cleared, number and date blank, and
 * the years named in its texts moved on. Its heading and signer are the office's, as for
 * any new plan, when the office has an issuing body; the source's otherwise. */
TdPlan        *td_store_copy_plan              (TdStore         *self,
                                                int              from_year,
                                                int              to_year,
                                                GError         **error);

/* @parent_id 0 for top level; @position -1 for the end. Returns the new id, 0 on error. */
gint64         td_store_add_section            (TdStore         *self,
                                                gint64           plan_id,
                                                gint64           parent_id,
                                                int              position,
                                                const char      *heading,
                                                const char      *body,
                                                GError         **error);
gboolean       td_store_update_section         (TdStore         *self,
                                                TdSection       *section,
                                                GError         **error);
/* Saves only @fields of @section: "heading" and "body". */
gboolean       td_store_update_section_fields  (TdStore         *self,
                                                TdSection       *section,
                                                const char * const *fields,
                                                GError         **error);
/* Marks the one section of its plan where the task table is printed. */
gboolean       td_store_set_task_section       (TdStore         *self,
                                                gint64           section_id,
                                                GError         **error);
/* Puts a section (with its subsections) under @parent_id at @position among its
 * siblings: reorder, indent and outdent. */
gboolean       td_store_move_section           (TdStore         *self,
                                                gint64           section_id,
                                                gint64           parent_id,
                                                int              position,
                                                GError         **error);
/* With its subsections; Undo is the journal's (td-store-journal.h). */
gboolean       td_store_delete_section         (TdStore         *self,
                                                gint64           section_id,
                                                GError         **error);

TdTask        *td_store_get_task               (TdStore         *self,
                                                gint64           task_id,
                                                GError         **error);
/* Adds @task at the end of its quarter, with blank dates set to the quarter's bounds. */
gboolean       td_store_add_task               (TdStore         *self,
                                                gint64           plan_id,
                                                TdTask          *task,
                                                const char * const *unit_names,
                                                GError         **error);
gboolean       td_store_update_task            (TdStore         *self,
                                                TdTask          *task,
                                                GError         **error);
/* Saves only @fields of @task: "content", "responsible", "start-date", "end-date",
 * "milestone", "status", "progress", "result-note". The task is checked as it will be in
 * the file, the fields not given as they are there now. */
gboolean       td_store_update_task_fields     (TdStore         *self,
                                                TdTask          *task,
                                                const char * const *fields,
                                                GError         **error);
/* Links a task to exactly these units, creating the ones that do not exist yet. */
gboolean       td_store_set_task_units         (TdStore         *self,
                                                gint64           task_id,
                                                const char * const *unit_names,
                                                GError         **error);
/* Saves @fields of @task as td_store_update_task_fields() does (@fields may be empty) and
 * links it to exactly @unit_names (NULL: its links stay), in one transaction, so the printed
 * text and the units it names are one step for Undo. @picked: the units were picked (a unit
 * ticked, or a chip removed), a step of its own; otherwise they follow what was typed into
 * the text, and go into the same step as the typing around them. */
gboolean       td_store_update_task_who        (TdStore         *self,
                                                TdTask          *task,
                                                const char * const *fields,
                                                const char * const *unit_names,
                                                gboolean         picked,
                                                GError         **error);
/* Reorders a task within its quarter or moves it to another one (@position -1: the
 * end); a task moved to another quarter is re-dated into it. */
gboolean       td_store_move_task              (TdStore         *self,
                                                gint64           task_id,
                                                int              quarter,
                                                int              position,
                                                GError         **error);
/* New dates for a task, as one change: when @quarter (1–4) differs from its own, or
 * @position is not -1, it also moves there (@position -1: the end of the quarter). The
 * dates are kept as given; the timeline's drags and their Undo come here. */
gboolean       td_store_reschedule_task        (TdStore         *self,
                                                gint64           task_id,
                                                const char      *start_date,
                                                const char      *end_date,
                                                int              quarter,
                                                int              position,
                                                GError         **error);
gboolean       td_store_delete_task            (TdStore         *self,
                                                gint64           task_id,
                                                GError         **error);

G_END_DECLS
