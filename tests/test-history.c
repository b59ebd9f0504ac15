/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Undo and Redo (TdHistory over the store's journal), with no display: every kind of edit
 * undone gives back the file exactly as it was, and redone the file as the edit left it.
 */
#define G_LOG_DOMAIN "test-history"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "td-history.h"
#include "td-plan-template.h"
#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"

typedef struct {
  char      *dir;
  char      *db_path;
  TdStore   *store;
  TdHistory *history;
  gint64     plan_id;
} Fixture;

/* Every row of every table, in order, each value with its type: two dumps are equal only
 * when the file holds the same data. */
static char *
dump (const char *path)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT rowid, * FROM %s ORDER BY rowid",
                                              (char *) tables->pdata[t]);

      g_string_append_printf (out, "[%s]\n", (char *) tables->pdata[t]);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, i);
              g_string_append_printf (out, "%s%d:%s", i > 0 ? "|" : "",
                                      sqlite3_column_type (stmt, i), text ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;

  fixture->dir = g_dir_make_tmp ("td-history-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = td_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  plan = td_store_get_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  fixture->plan_id = td_plan_get_id (plan);

  /* The sample was there before the window: its history starts empty. */
  fixture->history = td_history_new (fixture->store);
  /* Each edit of a test is its own step, however fast the test runs. */
  td_history_set_merge_interval (fixture->history, 0);
  g_assert_false (td_history_get_can_undo (fixture->history));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static gint64
nth_task (Fixture *fixture,
          guint    n)
{
  g_autoptr(GListModel) tasks = td_store_list_tasks (fixture->store, fixture->plan_id, NULL);
  g_autoptr(TdTask) task = g_list_model_get_item (tasks, n);

  return td_task_get_id (task);
}

/* The first section with subsections, or the first one at all when @with_children is FALSE. */
static TdSection *
find_section (Fixture  *fixture,
              gboolean  with_children)
{
  g_autoptr(GListModel) sections = td_store_list_sections (fixture->store, fixture->plan_id, NULL);

  for (guint i = 0; i + 1 < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      g_autoptr(TdSection) next = g_list_model_get_item (sections, i + 1);

      if (!with_children || td_section_get_depth (next) > td_section_get_depth (section))
        return g_steal_pointer (&section);
    }
  g_assert_not_reached ();
}

/* The edits ---------------------------------------------------------------------------- */

typedef void (*EditFunc) (Fixture *fixture);

static void
edit_office_field (Fixture *fixture)
{
  g_autoptr(TdOffice) office = td_store_get_office (fixture->store, NULL);
  static const char * const fields[] = { "place", NULL };

  td_office_set_place (office, "Tùng Lộc");
  g_assert_true (td_store_update_office_fields (fixture->store, office, fields, NULL));
}

static void
edit_office_whole (Fixture *fixture)
{
  g_autoptr(TdOffice) office = td_store_get_office (fixture->store, NULL);

  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ TÙNG LỘC");
  td_office_set_code (office, "UB");
  g_assert_true (td_store_save_office (fixture->store, office, NULL));
}

static void
edit_plan_field (Fixture *fixture)
{
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->store, 2022, NULL);
  static const char * const fields[] = { "title", NULL };

  td_plan_set_title (plan, "Kế hoạch mới");
  g_assert_true (td_store_update_plan_fields (fixture->store, plan, fields, NULL));
}

static void
edit_plan_whole (Fixture *fixture)
{
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->store, 2022, NULL);

  td_plan_set_number (plan, "685A");
  td_plan_set_signer_name (plan, "Nguyễn Văn A");
  g_assert_true (td_store_update_plan (fixture->store, plan, NULL));
}

static void
edit_section_field (Fixture *fixture)
{
  g_autoptr(TdSection) section = find_section (fixture, FALSE);
  static const char * const fields[] = { "body", NULL };

  td_section_set_body (section, "Đoạn văn mới.");
  g_assert_true (td_store_update_section_fields (fixture->store, section, fields, NULL));
}

static void
edit_section_whole (Fixture *fixture)
{
  g_autoptr(TdSection) section = find_section (fixture, FALSE);

  td_section_set_heading (section, "I. MỤC ĐÍCH");
  g_assert_true (td_store_update_section (fixture->store, section, NULL));
}

static void
add_section (Fixture *fixture)
{
  g_assert_cmpint (td_store_add_section (fixture->store, fixture->plan_id, 0, 1, "II. Mới", "",
                                         NULL), >, 0);
}

static void
delete_section (Fixture *fixture)
{
  g_autoptr(TdSection) section = find_section (fixture, TRUE);

  g_assert_true (td_store_delete_section (fixture->store, td_section_get_id (section), NULL));
}

static void
move_section (Fixture *fixture)
{
  g_autoptr(TdSection) section = find_section (fixture, TRUE);

  g_assert_true (td_store_move_section (fixture->store, td_section_get_id (section), 0, -1,
                                        NULL));
}

static void
set_task_section (Fixture *fixture)
{
  g_autoptr(TdSection) section = find_section (fixture, FALSE);

  g_assert_true (td_store_set_task_section (fixture->store, td_section_get_id (section), NULL));
}

static void
edit_task_field (Fixture *fixture)
{
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, nth_task (fixture, 2), NULL);
  static const char * const fields[] = { "content", NULL };

  td_task_set_content (task, "Nội dung mới");
  g_assert_true (td_store_update_task_fields (fixture->store, task, fields, NULL));
}

static void
edit_task_whole (Fixture *fixture)
{
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, nth_task (fixture, 2), NULL);

  td_task_set_status (task, TD_TASK_DONE);
  td_task_set_progress (task, 100);
  g_assert_true (td_store_update_task (fixture->store, task, NULL));
}

static void
add_task (Fixture *fixture)
{
  g_autoptr(TdTask) task = td_task_new ();
  static const char * const units[] = { "Thôn Mới", NULL };

  td_task_set_quarter (task, 2);
  td_task_set_content (task, "Việc mới");
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, task, units, NULL));
}

static void
delete_task (Fixture *fixture)
{
  g_assert_true (td_store_delete_task (fixture->store, nth_task (fixture, 1), NULL));
}

static void
move_task (Fixture *fixture)
{
  g_assert_true (td_store_move_task (fixture->store, nth_task (fixture, 0), 3, 0, NULL));
}

static void
reschedule_task (Fixture *fixture)
{
  g_assert_true (td_store_reschedule_task (fixture->store, nth_task (fixture, 0),
                                           "2022-05-02", "2022-06-10", 2, -1, NULL));
}

static void
set_task_units (Fixture *fixture)
{
  static const char * const units[] = { "Trường Mầm non", "Đơn vị chưa có", NULL };

  g_assert_true (td_store_set_task_units (fixture->store, nth_task (fixture, 0), units, NULL));
}

static void
copy_plan (Fixture *fixture)
{
  g_autoptr(TdPlan) plan = td_store_copy_plan (fixture->store, 2022, 2023, NULL);

  g_assert_nonnull (plan);
}

static void
start_plan (Fixture *fixture)
{
  g_autoptr(TdPlan) plan = td_store_start_plan (fixture->store, 2024, NULL);

  g_assert_nonnull (plan);
}

/* In the usual shape: its parts and tasks come in the same step. */
static void
start_usual_plan (Fixture *fixture)
{
  g_autoptr(TdPlan) plan = td_plan_template_start (fixture->store, 2025, NULL);

  g_assert_nonnull (plan);
}

typedef struct {
  const char *path;
  EditFunc    edit;
  const char *label;
} EditCase;

static const EditCase edit_cases[] = {
  { "/history/edit/office-field", edit_office_field, "Edit Office" },
  { "/history/edit/office-whole", edit_office_whole, "Edit Office" },
  { "/history/edit/plan-field", edit_plan_field, "Edit Plan" },
  { "/history/edit/plan-whole", edit_plan_whole, "Edit Plan" },
  { "/history/edit/section-field", edit_section_field, "Edit Section" },
  { "/history/edit/section-whole", edit_section_whole, "Edit Section" },
  { "/history/edit/add-section", add_section, "Add Section" },
  { "/history/edit/move-section", move_section, "Move Section" },
  { "/history/edit/delete-section", delete_section, "Delete Section" },
  { "/history/edit/task-section", set_task_section, "Place Task Table" },
  { "/history/edit/task-field", edit_task_field, "Edit Task" },
  { "/history/edit/task-whole", edit_task_whole, "Edit Task" },
  { "/history/edit/add-task", add_task, "Add Task" },
  { "/history/edit/delete-task", delete_task, "Delete Task" },
  { "/history/edit/move-task", move_task, "Move Task" },
  { "/history/edit/reschedule-task", reschedule_task, "Change Task Dates" },
  { "/history/edit/task-units", set_task_units, "Change Task Units" },
  { "/history/edit/copy-plan", copy_plan, "New Plan" },
  { "/history/edit/start-plan", start_plan, "New Plan" },
  { "/history/edit/start-usual-plan", start_usual_plan, "New Plan" },
};

/* Undo gives back the file as it was, Redo as the edit left it, and both again. */
static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  const EditCase *edit = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (fixture->db_path);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  edit->edit (fixture);
  after = dump (fixture->db_path);
  g_assert_cmpstr (after, !=, before);
  g_assert_true (td_history_get_can_undo (fixture->history));
  g_assert_false (td_history_get_can_redo (fixture->history));
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, edit->label);

  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  undone = dump (fixture->db_path);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (td_history_get_can_undo (fixture->history));
  g_assert_true (td_history_get_can_redo (fixture->history));
  g_assert_cmpstr (td_history_get_redo_label (fixture->history), ==, edit->label);

  g_assert_true (td_history_redo (fixture->history, &error));
  g_assert_no_error (error);
  redone = dump (fixture->db_path);
  g_assert_cmpstr (redone, ==, after);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, edit->label);

  g_clear_pointer (&undone, g_free);
  g_assert_true (td_history_undo (fixture->history, &error));
  undone = dump (fixture->db_path);
  g_assert_cmpstr (undone, ==, before);
}

/* Several edits undone one by one, newest first, each giving back its own state. */
static void
test_sequence (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (states, dump (fixture->db_path));
  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      edit_cases[i].edit (fixture);
      g_ptr_array_add (states, dump (fixture->db_path));
    }
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, G_N_ELEMENTS (edit_cases));

  for (guint i = G_N_ELEMENTS (edit_cases); i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (td_history_undo (fixture->history, &error));
      g_assert_no_error (error);
      now = dump (fixture->db_path);
      g_assert_cmpstr (now, ==, states->pdata[i - 1]);
    }
  g_assert_false (td_history_get_can_undo (fixture->history));
  g_assert_false (td_history_undo (fixture->history, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  for (guint i = 1; i <= G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (td_history_redo (fixture->history, &error));
      g_assert_no_error (error);
      now = dump (fixture->db_path);
      g_assert_cmpstr (now, ==, states->pdata[i]);
    }
}

static void
type_content (Fixture    *fixture,
              gint64      task_id,
              const char *text)
{
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, task_id, NULL);
  static const char * const fields[] = { "content", NULL };

  td_task_set_content (task, text);
  g_assert_true (td_store_update_task_fields (fixture->store, task, fields, NULL));
}

static char *
content_of (Fixture *fixture,
            gint64   task_id)
{
  return td_test_file_query (fixture->db_path, "SELECT content FROM task WHERE id = %lld",
                             (long long) task_id);
}

/* What is typed into one field within the pause is one step; after it, another. */
static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 task_id = nth_task (fixture, 0);
  gint64 other_id = nth_task (fixture, 1);
  g_autofree char *original = content_of (fixture, task_id);
  g_autofree char *content = NULL;

  td_history_set_merge_interval (fixture->history, G_TIME_SPAN_HOUR);
  type_content (fixture, task_id, "T");
  type_content (fixture, task_id, "Tổ");
  type_content (fixture, task_id, "Tổ chức");
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 1);

  /* Another field is another step, and so is the first one typed into again after it. */
  type_content (fixture, other_id, "Khác");
  type_content (fixture, task_id, "Tổ chức hội nghị");
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 3);

  g_assert_true (td_history_undo (fixture->history, NULL));
  content = content_of (fixture, task_id);
  g_assert_cmpstr (content, ==, "Tổ chức");
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_clear_pointer (&content, g_free);
  content = content_of (fixture, task_id);
  g_assert_cmpstr (content, ==, original);

  /* After the pause: a step each. */
  td_history_set_merge_interval (fixture->history, 20 * G_TIME_SPAN_MILLISECOND);
  type_content (fixture, task_id, "A");
  g_usleep (60 * G_TIME_SPAN_MILLISECOND);
  type_content (fixture, task_id, "AB");
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 2);
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_clear_pointer (&content, g_free);
  content = content_of (fixture, task_id);
  g_assert_cmpstr (content, ==, "A");
}

/* The printed text and the units it names are saved as one: one Undo puts both back. Typing
 * that links a unit goes into the typing's step; a unit picked is a step of its own. */
static char *
who_of (Fixture *fixture,
        gint64   task_id)
{
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, task_id, NULL);
  g_auto(GStrv) units = td_store_dup_task_unit_names (fixture->store, task_id, NULL);
  g_autofree char *joined = g_strjoinv (";", units);

  return g_strdup_printf ("%s|%s", td_task_get_responsible (task), joined);
}

static void
save_who (Fixture            *fixture,
          gint64              task_id,
          const char         *text,
          const char * const *units,
          gboolean            picked)
{
  const char * const fields[] = { "responsible", NULL };
  g_autoptr(TdTask) task = td_task_new ();
  g_autoptr(GError) error = NULL;

  td_task_set_id (task, task_id);
  td_task_set_responsible (task, text);
  g_assert_true (td_store_update_task_who (fixture->store, task, fields, units, picked, &error));
  g_assert_no_error (error);
}

static void
test_who (Fixture       *fixture,
          gconstpointer  data)
{
  /* Task 1 of the sample: "VP nội vụ", linked to that unit. */
  gint64 task_id = nth_task (fixture, 0);
  g_autofree char *before = dump (fixture->db_path);
  g_autofree char *who = who_of (fixture, task_id);
  g_autofree char *after = NULL;
  const char * const two[] = { "VP nội vụ", "HTX", NULL };
  const char * const three[] = { "VP nội vụ", "HTX", "Trạm y tế", NULL };

  g_assert_cmpstr (who, ==, "VP nội vụ|VP nội vụ");
  td_history_set_merge_interval (fixture->history, G_TIME_SPAN_HOUR);

  /* Typed: "VP nội vụ, H", then "VP nội vụ, HTX", which links HTX; one step. */
  save_who (fixture, task_id, "VP nội vụ, H", NULL, FALSE);
  save_who (fixture, task_id, "VP nội vụ, HTX", two, FALSE);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Edit Task");
  g_clear_pointer (&who, g_free);
  who = who_of (fixture, task_id);
  g_assert_cmpstr (who, ==, "VP nội vụ, HTX|HTX;VP nội vụ");

  /* Picked at once after: a step of its own, text and link together. */
  save_who (fixture, task_id, "VP nội vụ, HTX, Trạm y tế", three, TRUE);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 2);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Change Task Units");

  g_assert_true (td_history_undo (fixture->history, NULL));
  g_clear_pointer (&who, g_free);
  who = who_of (fixture, task_id);
  g_assert_cmpstr (who, ==, "VP nội vụ, HTX|HTX;VP nội vụ");
  g_assert_true (td_history_undo (fixture->history, NULL));
  after = dump (fixture->db_path);
  g_assert_cmpstr (after, ==, before);

  /* The units alone, with no field. */
  td_history_set_merge_interval (fixture->history, 0);
  {
    g_autoptr(TdTask) task = td_task_new ();
    g_autoptr(GError) error = NULL;
    const char * const none[] = { NULL };

    td_task_set_id (task, task_id);
    g_assert_true (td_store_update_task_who (fixture->store, task, none, three, TRUE, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&who, g_free);
  who = who_of (fixture, task_id);
  g_assert_cmpstr (who, ==, "VP nội vụ|HTX;Trạm y tế;VP nội vụ");
}

/* A new edit after an Undo: the undone one cannot be redone over it. */
static void
test_redo_cleared (Fixture       *fixture,
                   gconstpointer  data)
{
  delete_task (fixture);
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_assert_true (td_history_get_can_redo (fixture->history));
  g_assert_cmpstr (td_history_get_redo_label (fixture->history), ==, "Delete Task");

  edit_plan_field (fixture);
  g_assert_false (td_history_get_can_redo (fixture->history));
  g_assert_null (td_history_get_redo_label (fixture->history));
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 1);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              GPtrArray  *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

static gboolean
has_name (GPtrArray  *names,
          const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (names->pdata[i], name))
      return TRUE;
  return FALSE;
}

/* The window's actions and menu follow these. */
static void
test_notify (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (fixture->history, "notify", G_CALLBACK (on_notify_cb), names);
  delete_task (fixture);
  g_assert_true (has_name (names, "can-undo"));
  g_assert_true (has_name (names, "undo-label"));
  g_assert_false (has_name (names, "can-redo"));

  g_ptr_array_set_size (names, 0);
  delete_task (fixture);
  /* Same label, still something to undo: nothing to say. */
  g_assert_cmpuint (names->len, ==, 0);

  g_assert_true (td_history_undo (fixture->history, NULL));
  g_assert_true (has_name (names, "can-redo"));
  g_assert_true (has_name (names, "redo-label"));
  g_assert_false (has_name (names, "can-undo"));
  g_signal_handlers_disconnect_by_data (fixture->history, names);
}

/* Another connection (window, program) commits: the inverse would be wrong over its data. */
static void
test_external (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TdStore) other = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  static const char * const fields[] = { "number", NULL };

  td_store_check_external (fixture->store, NULL);
  delete_task (fixture);
  g_assert_true (td_history_get_can_undo (fixture->history));

  other = td_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  plan = td_store_get_plan (other, 2022, NULL);
  td_plan_set_number (plan, "77");
  g_assert_true (td_store_update_plan_fields (other, plan, fields, NULL));
  before = dump (fixture->db_path);

  /* Undo notices it even before the window's timer does. */
  g_assert_false (td_history_undo (fixture->history, &error));
  g_assert_nonnull (error);
  g_assert_false (td_history_get_can_undo (fixture->history));
  after = dump (fixture->db_path);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  /* And the timer alone clears it too. */
  delete_task (fixture);
  g_assert_true (td_history_get_can_undo (fixture->history));
  td_plan_set_number (plan, "78");
  g_assert_true (td_store_update_plan_fields (other, plan, fields, NULL));
  g_assert_true (td_store_check_external (fixture->store, NULL));
  g_assert_false (td_history_get_can_undo (fixture->history));
}

/* A restored backup replaces everything: nothing before it can be undone. */
static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = td_store_backup (fixture->store, "daily", &error);

  g_assert_no_error (error);
  delete_task (fixture);
  g_assert_true (td_history_get_can_undo (fixture->history));
  g_assert_true (td_store_restore (fixture->store, backup, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (td_history_get_can_undo (fixture->history));
}

/* Only the newest steps are kept, and the journal forgets the others' statements. */
static void
test_bounded (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 task_id = nth_task (fixture, 0);
  g_autofree char *content = NULL;

  td_history_set_max_steps (fixture->history, 5);
  for (int i = 0; i < 12; i++)
    {
      g_autofree char *text = g_strdup_printf ("Lần %d", i);
      type_content (fixture, task_id, text);
    }
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 5);
  while (td_history_get_can_undo (fixture->history))
    g_assert_true (td_history_undo (fixture->history, NULL));
  content = content_of (fixture, task_id);
  g_assert_cmpstr (content, ==, "Lần 6");
}

/* A read-only file has nothing to undo, and a change that fails is no step. */
static void
test_read_only_and_failures (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TdStore) reader = NULL;
  g_autoptr(TdHistory) history = NULL;
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, nth_task (fixture, 0), NULL);
  g_autoptr(GError) error = NULL;
  static const char * const fields[] = { "content", NULL };
  static const char * const start_only[] = { "start-date", NULL };

  reader = td_store_open_full (fixture->db_path, TD_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  history = td_history_new (reader);
  g_assert_false (td_history_get_can_undo (history));

  /* A refused change is no step: a start date outside the plan's year. */
  td_task_set_start_date (task, "1999-01-01");
  g_assert_false (td_store_update_task_fields (fixture->store, task, start_only, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_false (td_history_get_can_undo (fixture->history));

  /* Saving what the file already holds changes nothing: no step. */
  g_clear_error (&error);
  g_clear_object (&task);
  task = td_store_get_task (fixture->store, nth_task (fixture, 0), NULL);
  g_assert_true (td_store_update_task_fields (fixture->store, task, fields, &error));
  g_assert_false (td_history_get_can_undo (fixture->history));
}

/* The journal is this connection's alone: nothing of it is in the file. */
static void
test_nothing_in_file (Fixture       *fixture,
                      gconstpointer  data)
{
  delete_task (fixture);
  g_assert_cmpint (td_test_file_int (fixture->db_path,
                                     "SELECT count(*) FROM sqlite_schema WHERE name LIKE "
                                     "'%%journal%%'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    g_test_add (edit_cases[i].path, Fixture, &edit_cases[i], fixture_set_up, test_edit,
                fixture_tear_down);
  g_test_add ("/history/sequence", Fixture, NULL, fixture_set_up, test_sequence,
              fixture_tear_down);
  g_test_add ("/history/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);
  g_test_add ("/history/who", Fixture, NULL, fixture_set_up, test_who, fixture_tear_down);
  g_test_add ("/history/redo-cleared", Fixture, NULL, fixture_set_up, test_redo_cleared,
              fixture_tear_down);
  g_test_add ("/history/notify", Fixture, NULL, fixture_set_up, test_notify, fixture_tear_down);
  g_test_add ("/history/external", Fixture, NULL, fixture_set_up, test_external,
              fixture_tear_down);
  g_test_add ("/history/restore", Fixture, NULL, fixture_set_up, test_restore,
              fixture_tear_down);
  g_test_add ("/history/bounded", Fixture, NULL, fixture_set_up, test_bounded,
              fixture_tear_down);
  g_test_add ("/history/read-only", Fixture, NULL, fixture_set_up, test_read_only_and_failures,
              fixture_tear_down);
  g_test_add ("/history/nothing-in-file", Fixture, NULL, fixture_set_up, test_nothing_in_file,
              fixture_tear_down);
  return g_test_run ();
}
