/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Importing subjects (td_store_import_subjects()): all or nothing, rows matched rather than
 * doubled (against the file and against earlier rows), parents found or added, cancelled
 * with nothing kept, and run on a worker thread with a store of its own while the window's
 * store reads.
 */
#define G_LOG_DOMAIN "test-subjects-import"

#include "config.h"

#include "td-history.h"
#include "td-store-journal.h"
#include "td-store-subjects.h"
#include "td-test-db.h"
#include "td-test-store.h"

/* Short names for the many subjects written below. */
#define row td_test_store_new_subject
#define END TD_TEST_END

static GPtrArray *
households (void)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (rows, row (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Nguyễn Văn An",
                              TD_SUBJECT_FIELD_PARENT_NAME, "Thôn 1", TD_SUBJECT_FIELD_MEMBERS, "4",
                              END));
  g_ptr_array_add (rows, row (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Trần Thị Bích",
                              TD_SUBJECT_FIELD_PARENT_NAME, "Thôn 1", END));
  g_ptr_array_add (rows, row (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Nguyễn Văn An",
                              TD_SUBJECT_FIELD_PARENT_NAME, "Thôn 2", END));
  /* The first row again, typed differently: the same household, which gives its phone. */
  g_ptr_array_add (rows, row (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "NGUYEN VAN AN",
                              TD_SUBJECT_FIELD_PARENT_NAME, "thôn 1", TD_SUBJECT_FIELD_MEMBERS, "9",
                              TD_SUBJECT_FIELD_PHONE, "0911", END));
  g_ptr_array_add (rows, row (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Lê Văn Cường",
                              END));
  return rows;
}

static gint64
count (TdTestStoreFixture *fixture,
       const char         *sql)
{
  return td_test_file_int (fixture->db_path, sql);
}

static void
test_matched (TdTestStoreFixture *fixture,
              gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdHistory) history = td_history_new (store);
  g_autoptr(GPtrArray) rows = households ();
  g_autoptr(GError) error = NULL;
  guint n_added = 99, n_matched = 99;

  g_assert_true (td_store_import_subjects (store, TD_SUBJECT_HOUSEHOLD, rows, &n_added,
                                           &n_matched, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 4);
  g_assert_cmpuint (n_matched, ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 4);
  /* The villages named were added, as villages. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit WHERE kind = 'village'"), ==, 2);
  /* The earlier row's members stay; its blank phone is filled. */
  g_assert_cmpint (count (fixture, "SELECT h.members FROM household h JOIN unit u "
                                   "ON u.id = h.village_id AND u.name = 'Thôn 1' "
                                   "WHERE head_name = 'Nguyễn Văn An'"), ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household WHERE phone = '0911'"), ==, 1);
  g_assert_cmpint (td_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (td_history_get_undo_label (history), ==, "Import Households");

  /* The same file again, and one more row: nothing doubled. */
  g_ptr_array_add (rows, row (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Phan Thị Dung",
                              TD_SUBJECT_FIELD_PARENT_NAME, "Thôn 3", END));
  g_assert_true (td_store_import_subjects (store, TD_SUBJECT_HOUSEHOLD, rows, &n_added,
                                           &n_matched, NULL, NULL, NULL, &error));
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_matched, ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 3);

  /* Undone as one step each. */
  g_assert_true (td_history_undo (history, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 0);
}

static void
test_people (TdTestStoreFixture *fixture,
             gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_added, n_matched;

  g_ptr_array_add (rows, row (TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Đỗ Văn Hùng",
                              TD_SUBJECT_FIELD_PARENT_NAME, "Công an xã",
                              TD_SUBJECT_FIELD_BIRTH_YEAR, "1979", END));
  /* Another birth year: another man of the same name. */
  g_ptr_array_add (rows, row (TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Đỗ Văn Hùng",
                              TD_SUBJECT_FIELD_PARENT_NAME, "Công an xã",
                              TD_SUBJECT_FIELD_BIRTH_YEAR, "1990", END));
  /* No birth year: the first of that name, whose position it gives. */
  g_ptr_array_add (rows, row (TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Đỗ Văn Hùng",
                              TD_SUBJECT_FIELD_PARENT_NAME, "Công an xã",
                              TD_SUBJECT_FIELD_POSITION, "Phó trưởng", END));
  g_assert_true (td_store_import_subjects (store, TD_SUBJECT_PERSON, rows, &n_added, &n_matched,
                                           NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpuint (n_matched, ==, 1);
  /* The unit named was added, of the kind "other". */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit WHERE name = 'Công an xã' "
                                   "AND kind = 'other'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT birth_year FROM person WHERE position = 'Phó trưởng'"),
                   ==, 1979);

  /* Units: matched by folded name and kind, or by the very name. */
  g_ptr_array_set_size (rows, 0);
  g_ptr_array_add (rows, row (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "CÔNG AN XÃ",
                              TD_SUBJECT_FIELD_UNIT_KIND, "other", TD_SUBJECT_FIELD_HEAD, "Ông Hải",
                              END));
  g_ptr_array_add (rows, row (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Công an xã",
                              TD_SUBJECT_FIELD_UNIT_KIND, "agency", END));
  g_ptr_array_add (rows, row (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Trạm y tế",
                              TD_SUBJECT_FIELD_UNIT_KIND, "Trạm y tế", END));
  g_assert_true (td_store_import_subjects (store, TD_SUBJECT_UNIT, rows, &n_added, &n_matched,
                                           NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_matched, ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 2);
  /* "other" became the kind the file gives. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit WHERE name = 'Công an xã' "
                                   "AND kind = 'agency' AND head = 'Ông Hải'"), ==, 1);
}

static void
test_all_or_nothing (TdTestStoreFixture *fixture,
                     gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GPtrArray) rows = households ();
  g_autoptr(GError) error = NULL;
  guint n_added = 99, n_matched = 99;
  guint n_changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (td_test_store_count_changed_cb), &n_changed);
  /* A row with no name, after rows that would add villages. */
  g_ptr_array_insert (rows, 3, td_subject_new (TD_SUBJECT_HOUSEHOLD));
  g_assert_false (td_store_import_subjects (store, TD_SUBJECT_HOUSEHOLD, rows, &n_added,
                                            &n_matched, NULL, NULL, NULL, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Row 4: A household needs the name of its head");
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_matched, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 0);
}

typedef struct {
  GCancellable *cancellable;
  guint         n_calls;
  guint         last_done;
} Progress;

static void
cancel_midway_cb (guint    done,
                  guint    total,
                  gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (total, ==, 3000);
  g_assert_cmpuint (done, >=, progress->last_done);
  progress->last_done = done;
  progress->n_calls++;
  if (done >= 1500)
    g_cancellable_cancel (progress->cancellable);
}

static GPtrArray *
many_households (guint n,
                 guint n_villages)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Hộ số %u", i);
      g_autofree char *village = g_strdup_printf ("Thôn %u", i % n_villages + 1);

      g_ptr_array_add (rows, row (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, name,
                                  TD_SUBJECT_FIELD_PARENT_NAME, village, END));
    }
  return rows;
}

static void
test_cancel (TdTestStoreFixture *fixture,
             gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GPtrArray) rows = many_households (3000, 7);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Progress progress = { cancellable, 0, 0 };

  g_assert_false (td_store_import_subjects (store, TD_SUBJECT_HOUSEHOLD, rows, NULL, NULL,
                                            cancellable, cancel_midway_cb, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* 0, 500, 1000, 1500: then cancelled. */
  g_assert_cmpuint (progress.n_calls, ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 0);

  /* The store is still good for the next import. */
  g_clear_error (&error);
  g_assert_true (td_store_import_subjects (store, TD_SUBJECT_HOUSEHOLD, rows, NULL, NULL, NULL,
                                           NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 3000);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit WHERE kind = 'village'"), ==, 7);
}

typedef struct {
  const char     *path;
  GPtrArray      *rows;
  gboolean        done;
  guint           n_added;
  GError         *error;
  /* How to put the import back, as the worker's connection journaled it. */
  TdJournalSteps *steps;
} Worker;

static gpointer
import_thread (gpointer data)
{
  Worker *worker = data;
  g_autoptr(TdStore) store = td_store_open (worker->path, &worker->error);

  if (store != NULL &&
      td_store_import_subjects (store, TD_SUBJECT_HOUSEHOLD, worker->rows, &worker->n_added,
                                NULL, NULL, NULL, NULL, &worker->error))
    worker->steps = td_store_journal_take_last (store);
  g_atomic_int_set (&worker->done, TRUE);
  return NULL;
}

static void
test_worker (TdTestStoreFixture *fixture,
             gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GPtrArray) rows = many_households (5000, 12);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) after = NULL;
  Worker worker = { fixture->db_path, rows, FALSE, 0, NULL, NULL };
  GThread *thread;
  guint n_reads = 0;
  guint n_changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (td_test_store_count_changed_cb), &n_changed);
  td_store_check_external (store, NULL);
  thread = g_thread_new ("import", import_thread, &worker);
  /* The window reads on while the worker writes: it sees all of the import or none. */
  while (!g_atomic_int_get (&worker.done) || n_reads == 0)
    {
      g_autoptr(GListModel) model = td_store_list_subjects (store, TD_SUBJECT_HOUSEHOLD, 2022,
                                                            FALSE, &error);
      guint n;

      g_assert_no_error (error);
      n = g_list_model_get_n_items (model);
      if (n != 0 && n != 5000)
        g_error ("the window saw %u households of the import's 5000", n);
      n_reads++;
    }
  g_thread_join (thread);
  g_assert_no_error (worker.error);
  g_assert_cmpuint (worker.n_added, ==, 5000);

  /* The window is told another connection changed the file. */
  g_assert_true (td_store_check_external (store, &error));
  g_assert_cmpuint (n_changed, ==, 1);
  after = td_store_list_subjects (store, TD_SUBJECT_HOUSEHOLD, 2022, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 5000);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 12);
  g_clear_pointer (&worker.steps, td_journal_steps_free);
}

/* The worker's import made one step of the window's Undo, after the window's own step,
 * which is kept; Undo takes the households and the villages made for them, Redo puts them
 * back, and the window's own step is still there to undo after. */
static void
test_worker_undo (TdTestStoreFixture *fixture,
                  gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(TdHistory) history = td_history_new (store);
  g_autoptr(GPtrArray) rows = many_households (300, 3);
  g_autoptr(TdSubject) unit = td_test_store_new_subject (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME,
                                                          "Chi hội Phụ nữ", TD_TEST_END);
  g_autoptr(GError) error = NULL;
  Worker worker = { fixture->db_path, rows, FALSE, 0, NULL, NULL };
  GThread *thread;
  guint n_changed = 0;

  td_store_check_external (store, NULL);
  g_assert_cmpint (td_store_add_subject (store, unit, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (td_history_get_n_undo (history), ==, 1);

  thread = g_thread_new ("import", import_thread, &worker);
  g_thread_join (thread);
  g_assert_no_error (worker.error);
  g_assert_nonnull (worker.steps);

  g_signal_connect (store, "changed", G_CALLBACK (td_test_store_count_changed_cb), &n_changed);
  td_store_adopt_external (store, worker.steps,
                           td_store_import_subjects_label (TD_SUBJECT_HOUSEHOLD));
  g_clear_pointer (&worker.steps, td_journal_steps_free);
  g_assert_cmpuint (n_changed, ==, 1);
  /* The file's version is known: not taken for another program's change, Undo kept. */
  g_assert_false (td_store_check_external (store, &error));
  g_assert_cmpuint (td_history_get_n_undo (history), ==, 2);
  g_assert_cmpstr (td_history_get_undo_label (history), ==, "Import Households");

  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 1);
  g_assert_true (td_history_redo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 300);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 4);
  g_assert_true (td_history_undo (history, &error));
  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM unit"), ==, 0);
}

#define ADD(path, func) \
  g_test_add (path, TdTestStoreFixture, NULL, td_test_store_set_up, func, td_test_store_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/subjects-import/matched", test_matched);
  ADD ("/subjects-import/people-units", test_people);
  ADD ("/subjects-import/all-or-nothing", test_all_or_nothing);
  ADD ("/subjects-import/cancel", test_cancel);
  ADD ("/subjects-import/worker", test_worker);
  ADD ("/subjects-import/worker-undo", test_worker_undo);
  return g_test_run ();
}
