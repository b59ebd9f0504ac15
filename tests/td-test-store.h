/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests of the store (test-store-*.c): a fresh folder for each test, the bytes of
 * its files, what SQLite itself reads in them, and stores, plans and subjects to start from.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "td-change.h"
#include "td-plan.h"
#include "td-store.h"
#include "td-subject.h"

G_BEGIN_DECLS

/* A fresh folder for one test; removed by the fixture teardown. */
typedef struct {
  char *dir;
  char *db_path;
} TdTestStoreFixture;

void td_test_store_set_up    (TdTestStoreFixture *fixture,
                              gconstpointer       data);
void td_test_store_tear_down (TdTestStoreFixture *fixture,
                              gconstpointer       data);

/* Files ----------------------------------------------------------------------------------- */

void  td_test_store_write_file        (const char *path,
                                       const void *data,
                                       gsize       length);
void  td_test_store_assert_same_bytes (GBytes     *before,
                                       GBytes     *after);
/* Overwrites the second half of @path (past its first page) with random bytes. */
void  td_test_store_damage_file       (const char *path);
guint td_test_store_count_files       (const char *dir_path);
guint td_test_store_count_backups     (const char *db_path);

/* Raw SQLite, to see what the file holds independently of the store ----------------------- */

char   *td_test_store_raw_text        (sqlite3    *db,
                                       const char *sql);
gint64  td_test_store_file_int        (const char *path,
                                       const char *sql);
void    td_test_store_assert_raw_text (sqlite3    *db,
                                       const char *sql,
                                       const char *expected);
/* Fills the setting table with @n rows of 300 bytes, so the file spans many pages. */
void    td_test_store_raw_fill        (const char *path,
                                       int         n);

/* Stores ---------------------------------------------------------------------------------- */

TdStore *td_test_store_open             (const char     *path);
TdPlan  *td_test_store_new_plan         (int             year);
/* A "changed" handler that counts the signals in @count. */
void     td_test_store_count_changed_cb (TdStore        *store,
                                         const TdChange *change,
                                         guint          *count);

/* Subjects -------------------------------------------------------------------------------- */

/* Ends the (field, text) pairs of td_test_store_new_subject(). */
#define TD_TEST_END -1

/* A subject of @kind, not stored, its fields set from the pairs that follow (a
 * TdSubjectField, then the text typed, as td_subject_set_field() takes it) up to
 * TD_TEST_END; each must be accepted. */
TdSubject *td_test_store_new_subject        (TdSubjectKind   kind,
                                             ...);
TdSubject *td_test_store_new_subject_valist (TdSubjectKind   kind,
                                             va_list         args);

G_END_DECLS
