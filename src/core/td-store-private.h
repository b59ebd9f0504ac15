/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the store: the connection and the helpers every query uses.
 */
#pragma once

#include <sqlite3.h>

#include "td-store.h"
#include "td-store-backup.h"
#include "td-store-plan.h"

G_BEGIN_DECLS

struct _TdStore
{
  GObject        parent_instance;

  char          *path;
  sqlite3       *db;
  TdStoreAccess  access;
  int            version;
  /* Prepared statements by their (static) SQL text. */
  GHashTable    *statements;
  /* PRAGMA data_version when last looked at: it moves when another connection commits. */
  gint64         data_version;
  gboolean       data_version_known;
  /* TdChange noted in the open transaction, emitted when it commits. */
  GArray        *pending;
  /* The journal (td-store-journal.c): the step being recorded (0: none), the next one's
   * number, and what the step is called. */
  gboolean       journal_ready;
  gboolean       journal_replaying;
  gint64         journal_step;
  gint64         journal_next;
  char          *journal_label;
  char          *journal_merge_key;
};

/* Emits "changed" for @change now (another connection's commit). */
/* PRAGMA data_version: it moves when another connection commits. */
gboolean      td_store_read_data_version (TdStore       *self,
                                          gint64        *version,
                                          GError       **error);
void          td_store_emit_change      (TdStore        *self,
                                         const TdChange *change);
/* Notes what the open transaction changed: "changed" follows when it commits, in the
 * order noted; nothing when it rolls back. The year is read from @plan_id. */
void          td_store_note_change      (TdStore       *self,
                                         TdChangeWhat   what,
                                         TdChangeKind   kind,
                                         gint64         plan_id,
                                         gint64         id);
/* The same for what belongs to a year and no plan (a registration). */
void          td_store_note_year_change (TdStore       *self,
                                         TdChangeWhat   what,
                                         TdChangeKind   kind,
                                         int            year,
                                         gint64         id);
/* The TdStoreError for an SQLite result code that says nothing about the data: busy,
 * full, I/O (TD_STORE_ERROR_FAILED for the rest). */
int           td_store_error_code_for   (int            rc);
void          td_store_set_sqlite_error (GError       **error,
                                         sqlite3       *db,
                                         int            rc,
                                         const char    *doing);
/* A cached prepared statement, reset and with its bindings cleared. */
sqlite3_stmt *td_store_prepare          (TdStore       *self,
                                         const char    *sql,
                                         GError       **error);
void          td_store_bind_text        (sqlite3_stmt  *stmt,
                                         int            index,
                                         const char    *text);
const char   *td_store_column_text      (sqlite3_stmt  *stmt,
                                         int            index);
/* Steps a read: TRUE with a row, FALSE at the end or on failure (@error set). A row with
 * text that is not valid UTF-8 is a failure (TD_STORE_ERROR_CORRUPT), never shown. @doing
 * is untranslated, marked with N_(): it is translated only for an error, not each row. */
gboolean      td_store_step_row         (TdStore       *self,
                                         sqlite3_stmt  *stmt,
                                         const char    *doing,
                                         GError       **error);
gboolean      td_store_step_done        (TdStore       *self,
                                         sqlite3_stmt  *stmt,
                                         const char    *doing,
                                         GError       **error);
/* Every change is one transaction: begin, then commit or rollback. */
gboolean      td_store_begin            (TdStore       *self,
                                         GError       **error);
gboolean      td_store_commit           (TdStore       *self,
                                         GError       **error);
void          td_store_rollback         (TdStore       *self);
/* Runs @sql (no rows), with a TD_STORE_ERROR from SQLite's code. */
gboolean      td_store_exec             (sqlite3       *db,
                                         const char    *sql,
                                         GError       **error);
/* The first column of the first row of @sql (0 when there is none); *rc_out, when given,
 * is SQLITE_OK or the error of asking. */
int           td_store_query_int        (sqlite3       *db,
                                         const char    *sql,
                                         int           *rc_out);
/* TRUE when PRAGMA quick_check says "ok"; *rc_out is the SQLite result of asking. */
gboolean      td_store_quick_check_ok   (sqlite3       *db,
                                         int           *rc_out);
/* Whether @db (the file at @path) holds this application's schema: marked with our
 * application_id, or an unmarked file of versions 1–3 with our tables; an empty database
 * counts only when @allow_empty. Sets TD_STORE_ERROR_FOREIGN otherwise. */
gboolean      td_store_check_ours       (sqlite3       *db,
                                         const char    *path,
                                         gboolean       allow_empty,
                                         GError       **error);
/* Whether a backup of @db_path was made today (td-store-backup.c). */
gboolean      td_store_has_backup_of_today (const char *db_path);

/* The journal (td-store-journal.c). Installed on a writable store once it is open. */
gboolean      td_store_journal_install  (TdStore       *self,
                                         GError       **error);
/* Called by td_store_begin(), td_store_commit() and td_store_rollback(). */
void          td_store_journal_open_step (TdStore      *self);
void          td_store_journal_committed (TdStore      *self);
void          td_store_journal_abandon  (TdStore       *self);
/* What the transaction just begun does, for Undo's label (translated), and the field it
 * types into ("task:12:content"), if any, so typing goes into one step. */
void          td_store_journal_describe (TdStore       *self,
                                         const char    *label,
                                         const char    *merge_key);
/* Names the transaction just begun for Undo; typing into one field of one row is merged
 * into one step, so the key names them: "task:12:content" (td-store-plan-fields.c). */
void          td_store_describe_fields  (TdStore             *self,
                                         const char          *label,
                                         const char          *table,
                                         gint64               id,
                                         const char * const  *fields);
/* Forgets every step: the file changed under the journal. */
void          td_store_journal_reset    (TdStore       *self);

/* Links a task to exactly @unit_names, adding the units not in the file yet; inside a
 * transaction (td-store-plan-tasks.c). */
gboolean      td_store_link_task_units  (TdStore             *self,
                                         gint64               task_id,
                                         const char * const  *unit_names,
                                         GError             **error);
/* The unit named @name, added (and noted as a change) when there is none (td-store-subjects.c). */
gint64        td_store_ensure_unit      (TdStore       *self,
                                         const char    *name,
                                         const char    *kind,
                                         GError       **error);
gboolean      td_store_insert_section   (TdStore       *self,
                                         gint64         plan_id,
                                         TdSection     *section,
                                         gint64         parent_id,
                                         GError       **error);
/* Content not empty, real dates, end not before start, both within @year (0: any). */
gboolean      td_store_check_task       (TdTask        *task,
                                         int            year,
                                         GError       **error);
/* A task from a row of columns id, quarter, position, content, responsible, start_date,
 * end_date, milestone, status, progress, result_note, numbered @number. */
TdTask       *td_store_read_task        (sqlite3_stmt  *stmt,
                                         int            number);
gboolean      td_store_insert_task      (TdStore       *self,
                                         gint64         plan_id,
                                         int            year,
                                         const TdStoreTaskInput *input,
                                         GError       **error);

/* Editing (td-store-plan-edit.c, td-store-plan-sections.c, td-store-plan-tasks.c). */

/* A property saved on its own (td-store-plan-fields.c, td-store-office.c). */
typedef struct {
  const char *property;
  const char *sql;      /* ?1 the row's id, ?2 the value */
} TdStoreField;

/* Every name in @fields is one of @table's; at least one is given. */
gboolean      td_store_check_field_names (const TdStoreField  *table,
                                          guint                n_fields,
                                          const char * const  *fields,
                                          GError             **error);
/* Writes each of @fields of @object into the row @id, inside the caller's transaction. */
gboolean      td_store_write_fields      (TdStore             *self,
                                          GObject             *object,
                                          gint64               id,
                                          const TdStoreField  *table,
                                          guint                n_fields,
                                          const char * const  *fields,
                                          const char          *doing,
                                          GError             **error);

/* Sets a TD_STORE_ERROR_INVALID error; returns FALSE. */
gboolean      td_store_invalid           (GError      **error,
                                          const char   *message);
/* NULL, empty or only white space. */
gboolean      td_store_is_blank          (const char   *text);
/* Runs @stmt (already bound) and expects one changed row. */
gboolean      td_store_step_one          (TdStore      *self,
                                          sqlite3_stmt *stmt,
                                          const char   *doing,
                                          GError      **error);
/* The first column of the first row of @sql with ?1 = @arg; 0 when there is none. */
gint64        td_store_query_id          (TdStore      *self,
                                          const char   *sql,
                                          gint64        arg);
/* Ends an edit: when @ok, notes the change (@what, @kind, @plan_id, @id) and commits, so
 * "changed" follows; else rolls back. */
gboolean      td_store_finish            (TdStore      *self,
                                          gboolean      ok,
                                          TdChangeWhat  what,
                                          TdChangeKind  kind,
                                          gint64        plan_id,
                                          gint64        id,
                                          GError      **error);
/* Rewrites the positions of @parent_id's children, or of @quarter's tasks, as 0, 1, 2 …
 * with @moved_id (if not 0) put at @position. */
gboolean      td_store_renumber          (TdStore      *self,
                                          const char   *select_sql,
                                          const char   *update_sql,
                                          const char   *doing,
                                          gint64        plan_id,
                                          gint64        group,
                                          gint64        moved_id,
                                          int           position,
                                          GError      **error);
gboolean      td_store_renumber_sections (TdStore      *self,
                                          gint64        plan_id,
                                          gint64        parent_id,
                                          gint64        moved_id,
                                          int           position,
                                          GError      **error);
gboolean      td_store_renumber_tasks    (TdStore      *self,
                                          gint64        plan_id,
                                          int           quarter,
                                          gint64        moved_id,
                                          int           position,
                                          GError      **error);

G_END_DECLS
