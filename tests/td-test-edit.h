/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests of editing a plan through the store (test-edit-*.c): a store on a fresh
 * file, with the sample or without, what SQLite itself reads in the file, and the sample's
 * sections and tasks as the store lists them.
 */
#pragma once

#include <glib.h>

#include "td-change.h"
#include "td-section.h"
#include "td-store.h"
#include "td-task.h"

G_BEGIN_DECLS

#define N_SAMPLE_TASKS 9

/* Quarters of the sample's tasks, in the order they are numbered. */
extern const int td_test_edit_sample_quarters[N_SAMPLE_TASKS];

/* The sample's section headings. */
#define S_I   "I. MỤC ĐÍCH YÊU CẦU"
#define S_1   "1. Mục đích."
#define S_2   "2. Yêu cầu:"
#define S_II  "II. NỘI DUNG:"
#define S_III "III. CÁC GIẢI PHÁP CHỦ YẾU."
#define S_IV  "IV. TỔ CHỨC THỰC HIỆN"

/* Raw SQLite, to see what the file holds without the store -------------------------------- */

/* Every row and column @format gives, with each value's type, one row a line: two results
 * are equal only when the rows are byte for byte the same. The formats are printf's. */
char   *td_test_edit_file_rows (const char *path,
                                const char *format,
                                ...) G_GNUC_PRINTF (2, 3);
gint64  td_test_edit_file_int  (const char *path,
                                const char *format,
                                ...) G_GNUC_PRINTF (2, 3);
/* The first column of the one row @format gives, "" for NULL. */
char   *td_test_edit_file_text (const char *path,
                                const char *format,
                                ...) G_GNUC_PRINTF (2, 3);

/* Fixture --------------------------------------------------------------------------------- */

typedef struct {
  char    *dir;
  char    *db_path;
  TdStore *store;
  /* With the sample loaded: its plan and its tasks, in the order they are numbered. */
  gint64   plan_id;
  gint64   tasks[N_SAMPLE_TASKS];
} TdTestEditFixture;

TdStore *td_test_edit_open_store    (const char        *path);
/* A new store on the same file: what it reads is what the file holds. */
void     td_test_edit_reopen        (TdTestEditFixture *fixture);
/* A store on a new file. */
void     td_test_edit_set_up        (TdTestEditFixture *fixture,
                                     gconstpointer      data);
/* The same, with the sample loaded and the store opened again on it. */
void     td_test_edit_set_up_sample (TdTestEditFixture *fixture,
                                     gconstpointer      data);
void     td_test_edit_tear_down     (TdTestEditFixture *fixture,
                                     gconstpointer      data);

/* Helpers --------------------------------------------------------------------------------- */

/* Logs each "changed" as "what:plan-id;" (test-changes.c asserts the whole change). */
void       td_test_edit_log_changed_cb  (TdStore        *store,
                                         const TdChange *change,
                                         GString        *log);
/* The section tree as the editor lists it: "depth:heading;" with a "*" on the section that
 * holds the task table. */
char      *td_test_edit_section_outline (TdStore        *store,
                                         gint64          plan_id);
gint64     td_test_edit_find_section    (TdStore        *store,
                                         gint64          plan_id,
                                         const char     *heading);
TdSection *td_test_edit_get_section     (TdStore        *store,
                                         gint64          plan_id,
                                         gint64          section_id);
TdTask    *td_test_edit_get_task        (TdStore        *store,
                                         gint64          task_id);
TdTask    *td_test_edit_new_task        (int             quarter,
                                         const char     *content,
                                         const char     *start,
                                         const char     *end);

G_END_DECLS
