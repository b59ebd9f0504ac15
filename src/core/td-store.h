/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The store: the one connection to the data file, its migrations, its errors and the typed
 * "changed" it emits after each commit. What it holds is read and changed through one
 * header per aggregate: td-store-office.h, td-store-plan.h, td-store-subjects.h; backups
 * are in td-store-backup.h.
 */
#pragma once

#include <gio/gio.h>

#include "td-change.h"

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
  /* A second connection to a file a store of this process has open, and so has checked
   * (a worker's reader): its pages are not checked again. */
  TD_STORE_OPEN_CHECKED   = 1 << 1,
} TdStoreOpenFlags;

/* PRAGMA application_id of our files: "TdKT". */
#define TD_STORE_APPLICATION_ID 0x54644B54

/* Why a store refuses writes. */
typedef enum {
  TD_STORE_WRITABLE,
  TD_STORE_READ_ONLY_FILE,   /* the file or its folder cannot be written */
  TD_STORE_READ_ONLY_NEWER,  /* made by a newer version of the application */
} TdStoreAccess;

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

/* Whether another connection (another window or program) committed a change to the file
 * since the last call; if so, "changed" is emitted with a TD_CHANGE_ALL change. The first
 * call only notes where the file is. Cheap: one PRAGMA. FALSE with @error set when the
 * file cannot be read. */
gboolean       td_store_check_external         (TdStore         *self,
                                                GError         **error);
/* How long a change waits for another program's lock before failing with
 * TD_STORE_ERROR_BUSY; -1 for the default, TD_STORE_BUSY_TIMEOUT_MS. */
void           td_store_set_busy_timeout       (TdStore         *self,
                                                int              milliseconds);

/* Reads, in every aggregate's header, take a GError: each returns NULL (or FALSE) with
 * @error set when the file cannot be read, or holds text that is not valid
 * (TD_STORE_ERROR_CORRUPT); an empty result is never a failure. Changes are each one
 * transaction, after which "changed" says what changed (td-change.h). */

G_END_DECLS
