/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Backups of the data file: making, listing, checking, inspecting and restoring them.
 */
#pragma once

#include "td-store.h"

G_BEGIN_DECLS

#define TD_STORE_MAX_BACKUPS 10

/* Backups live in backups/ beside the database; the newest TD_STORE_MAX_BACKUPS are kept.
 * Each is written under a hidden temporary name, checked, synced and only then renamed
 * into place, so a listed backup is whole unless something outside damaged it. */
char          *td_store_backup                 (TdStore         *self,
                                                const char      *reason,
                                                GError         **error);
char          *td_store_backup_dir             (const char      *db_path);
/* Paths of the backups of @db_path, newest first, damaged ones included; empty when there
 * is no backup folder, NULL with @error set when it cannot be read. */
GPtrArray     *td_store_list_backups           (const char      *db_path,
                                                GError         **error);
/* The newest backup that passes td_store_check_backup(); NULL when there is none (@error
 * unset) or the folder cannot be read (@error set). */
char          *td_store_newest_valid_backup    (const char      *db_path,
                                                GError         **error);
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

G_END_DECLS
