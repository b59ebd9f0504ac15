/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gio/gio.h>

#include "td-office.h"
#include "td-plan.h"
#include "td-section.h"
#include "td-task.h"
#include "td-unit.h"

G_BEGIN_DECLS

#define TD_STORE_ERROR (td_store_error_quark ())

typedef enum {
  TD_STORE_ERROR_FAILED,
  TD_STORE_ERROR_IS_DIRECTORY,
  TD_STORE_ERROR_NO_FOLDER,
  TD_STORE_ERROR_CORRUPT,
  TD_STORE_ERROR_READ_ONLY,
  TD_STORE_ERROR_INVALID,
  TD_STORE_ERROR_NOT_FOUND,
  TD_STORE_ERROR_EXISTS,
  TD_STORE_ERROR_FOREIGN,    /* another program's database, or an empty one where data is needed */
  /* Another program holds the file locked past the busy timeout: trying again may work. */
  TD_STORE_ERROR_BUSY,
  /* The disk (or the file's quota) is full. */
  TD_STORE_ERROR_FULL,
  /* The disk could not be read or written. */
  TD_STORE_ERROR_IO,
} TdStoreError;

typedef enum {
  TD_STORE_OPEN_DEFAULT   = 0,
  /* Never create, update, back up or write the file (exports): an older file is brought
   * up to date in memory. */
  TD_STORE_OPEN_READ_ONLY = 1 << 0,
} TdStoreOpenFlags;

/* PRAGMA application_id of our files: "TdKT". */
#define TD_STORE_APPLICATION_ID 0x54644B54

/* Why a store refuses writes. */
typedef enum {
  TD_STORE_WRITABLE,
  TD_STORE_READ_ONLY_FILE,   /* the file or its folder cannot be written */
  TD_STORE_READ_ONLY_NEWER,  /* made by a newer version of the application */
} TdStoreAccess;

/* One task of a plan to add, with the names of the units it links to. */
typedef struct {
  TdTask             *task;
  const char * const *unit_names;
  const char * const *unit_kinds;
} TdStoreTaskInput;

#define TD_STORE_MAX_BACKUPS 10
#define TD_STORE_BUSY_TIMEOUT_MS 5000

#define TD_TYPE_STORE (td_store_get_type ())
G_DECLARE_FINAL_TYPE (TdStore, td_store, TD, STORE, GObject)

GQuark         td_store_error_quark            (void);

/* $XDG_DATA_HOME/io.github.thidua.ThiDua/thidua.db */
char          *td_store_default_path           (void);
int            td_store_latest_version         (void);

TdStore       *td_store_open                   (const char      *path,
                                                GError         **error);
TdStore       *td_store_open_full              (const char      *path,
                                                TdStoreOpenFlags flags,
                                                GError         **error);
const char    *td_store_get_path               (TdStore         *self);
TdStoreAccess  td_store_get_access             (TdStore         *self);
gboolean       td_store_is_read_only           (TdStore         *self);
int            td_store_get_version            (TdStore         *self);
/* Whether @path is, by device and inode, the database at @db_path, one of its companion
 * files (-wal, -shm, -journal, a damaged copy set aside) or a backup: never an output. */
gboolean       td_store_is_database_file       (const char      *db_path,
                                                const char      *path);
/* Whether @path is an ordinary file that starts as every SQLite database does. */
gboolean       td_store_is_sqlite_file         (const char      *path);
gboolean       td_store_check_integrity        (TdStore         *self,
                                                GError         **error);

/* Backups live in backups/ beside the database; the newest TD_STORE_MAX_BACKUPS are kept.
 * Each is written under a hidden temporary name, checked, synced and only then renamed
 * into place, so a listed backup is whole unless something outside damaged it. */
char          *td_store_backup                 (TdStore         *self,
                                                const char      *reason,
                                                GError         **error);
char          *td_store_backup_dir             (const char      *db_path);
/* Paths of the backups of @db_path, newest first, damaged ones included. */
GPtrArray     *td_store_list_backups           (const char      *db_path);
/* The newest backup that passes td_store_check_backup(); NULL when there is none. */
char          *td_store_newest_valid_backup    (const char      *db_path);
/* TRUE when @path reads back whole (quick_check) and holds this application's data. */
gboolean       td_store_check_backup           (const char      *path,
                                                GError         **error);
/* When and why a backup was made, from its name: @kind is "daily", "before-update",
 * "before-restore" or another word; FALSE when the name is not a backup's. */
gboolean       td_store_parse_backup_name      (const char      *path,
                                                GDateTime      **time,
                                                char           **kind);

/* What a backup holds, read from the file itself. */
typedef struct {
  char      *path;
  char      *kind;
  GDateTime *time;       /* local time it was made; NULL when the name does not say */
  int        n_plans;
  int        n_tasks;
  int        first_year; /* 0 when it holds no plan */
  int        last_year;
} TdBackupInfo;

/* Opens @path read-only and counts; NULL with TD_STORE_ERROR_CORRUPT when it is not a
 * whole backup of this application. */
TdBackupInfo  *td_store_inspect_backup         (const char      *path,
                                                GError         **error);
void           td_backup_info_free             (TdBackupInfo    *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdBackupInfo, td_backup_info_free)

/* Renames a damaged file (and its -wal, -shm) aside; returns the new path. */
char          *td_store_set_aside              (const char      *db_path,
                                                GError         **error);
/* For a file that cannot be opened: puts a checked copy of @backup_path in its place,
 * keeping the current file (if any) aside, and no -wal or -shm beside the copy. */
gboolean       td_store_restore_backup         (const char      *db_path,
                                                const char      *backup_path,
                                                char           **set_aside_path,
                                                GError         **error);
/* For the open store: first backs the current data up ("before-restore", its path in
 * @undo_path), then replaces the data with the backup's in one transaction. Open the
 * file again afterwards: the backup may be of an older version. */
gboolean       td_store_restore                (TdStore         *self,
                                                const char      *backup_path,
                                                char           **undo_path,
                                                GError         **error);

TdOffice      *td_store_get_office             (TdStore         *self,
                                                GError         **error);
gboolean       td_store_save_office            (TdStore         *self,
                                                TdOffice        *office,
                                                GError         **error);
/* Saves only @fields (property names of @office, NULL-terminated). */
gboolean       td_store_update_office_fields   (TdStore         *self,
                                                TdOffice        *office,
                                                const char * const *fields,
                                                GError         **error);

/* Whether another connection (another window or program) committed a change to the file
 * since the last call; if so, "changed" is emitted with what "external" and id 0. The
 * first call only notes where the file is. Cheap: one PRAGMA. */
gboolean       td_store_check_external         (TdStore         *self);
/* How long a change waits for another program's lock before failing with
 * TD_STORE_ERROR_BUSY; -1 for the default, TD_STORE_BUSY_TIMEOUT_MS. */
void           td_store_set_busy_timeout       (TdStore         *self,
                                                int              milliseconds);

/* Reads: each returns NULL with @error set when the file cannot be read, or holds text
 * that is not valid (TD_STORE_ERROR_CORRUPT); an empty result is never a failure. */

/* Years that have a plan, ascending. */
GArray        *td_store_list_plan_years        (TdStore         *self,
                                                GError         **error);
TdPlan        *td_store_get_plan               (TdStore         *self,
                                                int              year,
                                                GError         **error);
/* A new empty plan for @year, its heading filled from the office's identity. */
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
GListModel    *td_store_list_units             (TdStore         *self,
                                                GError         **error);
/* The units of every task of a plan in one query: task id (gint64 *) → GStrv of names. */
GHashTable    *td_store_dup_plan_task_units    (TdStore         *self,
                                                gint64           plan_id,
                                                GError         **error);

/* Editing: each call is one transaction; "changed" follows with the plan's id. --------- */

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
 * the years named in its texts moved on. */
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
