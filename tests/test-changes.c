/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What each edit tells: every change the store emits after a commit, in order, and nothing
 * more, recorded with glib-testing's signal logger.
 */
#define G_LOG_DOMAIN "test-changes"

#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-test-db.h"

typedef struct {
  char           *dir;
  char           *db_path;
  TdStore        *store;
  GtSignalLogger *logger;
  gint64          plan_id;
  GArray         *tasks;       /* gint64 ids of the sample's tasks, as numbered */
  GArray         *sections;    /* gint64 ids of its sections, depth first */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GListModel) sections = NULL;
  gboolean added = FALSE;

  fixture->dir = g_dir_make_tmp ("td-changes-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = td_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);

  plan = td_store_get_plan (fixture->store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  fixture->plan_id = td_plan_get_id (plan);

  fixture->tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  tasks = td_store_list_tasks (fixture->store, fixture->plan_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);
      gint64 id = td_task_get_id (task);
      g_array_append_val (fixture->tasks, id);
    }

  fixture->sections = g_array_new (FALSE, FALSE, sizeof (gint64));
  sections = td_store_list_sections (fixture->store, fixture->plan_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      gint64 id = td_section_get_id (section);
      g_array_append_val (fixture->sections, id);
    }

  /* Only what the test itself does is logged. */
  fixture->logger = gt_signal_logger_new ();
  gt_signal_logger_connect (fixture->logger, fixture->store, "changed");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Every test pops all it expects: anything left was emitted and not expected. */
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_clear_pointer (&fixture->logger, gt_signal_logger_free);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->tasks, g_array_unref);
  g_clear_pointer (&fixture->sections, g_array_unref);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static gint64
task_id (Fixture *fixture,
         guint    number)
{
  g_assert_cmpuint (number, >=, 1);
  g_assert_cmpuint (number, <=, fixture->tasks->len);
  return g_array_index (fixture->tasks, gint64, number - 1);
}

static gint64
unit_id (TdStore    *store,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) units = td_store_list_units (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);
      if (g_str_equal (td_unit_get_name (unit), name))
        return td_unit_get_id (unit);
    }
  g_assert_not_reached ();
}

static char *
describe (TdChangeWhat what,
          TdChangeKind kind,
          int          year,
          gint64       plan_id,
          gint64       id)
{
  TdChange change = { what, kind, year, plan_id, id };
  return td_change_to_string (&change);
}

/* Pops the next emission: "changed" from @store_, carrying exactly this change. */
#define assert_change(logger_, store_, what_, kind_, year_, plan_id_, id_) \
  G_STMT_START { \
    g_autoptr(TdChange) ac_change = NULL; \
    g_autofree char *ac_expected = describe (what_, kind_, year_, plan_id_, id_); \
    g_autofree char *ac_seen = NULL; \
    gt_signal_logger_assert_emission_pop (logger_, store_, "changed", &ac_change); \
    g_assert_nonnull (ac_change); \
    ac_seen = td_change_to_string (ac_change); \
    g_assert_cmpstr (ac_seen, ==, ac_expected); \
  } G_STMT_END

#define YEAR TD_SAMPLE_YEAR

/* Office ------------------------------------------------------------------------------- */

static void
test_office_field (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const place_only[] = { "place", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdOffice) office = td_store_get_office (fixture->store, &error);

  g_assert_no_error (error);
  td_office_set_place (office, "Tùng Ảnh");
  g_assert_true (td_store_update_office_fields (fixture->store, office, place_only, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_OFFICE, TD_CHANGE_UPDATED, 0, 0, 1);

  td_office_set_code (office, "UBND");
  g_assert_true (td_store_save_office (fixture->store, office, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_OFFICE, TD_CHANGE_UPDATED, 0, 0, 1);
}

/* Plan --------------------------------------------------------------------------------- */

static void
test_plan_field (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const title_only[] = { "title", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = td_store_get_plan (fixture->store, YEAR, &error);

  g_assert_no_error (error);
  td_plan_set_title (plan, "Công tác thi đua năm 2022");
  g_assert_true (td_store_update_plan_fields (fixture->store, plan, title_only, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_PLAN, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, fixture->plan_id);

  td_plan_set_number (plan, "50");
  g_assert_true (td_store_update_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_PLAN, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, fixture->plan_id);
}

static void
test_plan_add (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const units[] = { "Thôn Mới", "VP nội vụ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) started = NULL;
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(TdTask) task = td_task_new ();
  TdStoreTaskInput input = { task, units, NULL };

  /* A new empty plan: that plan, nothing else. */
  started = td_store_start_plan (fixture->store, 2030, &error);
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_PLAN, TD_CHANGE_ADDED, 2030,
                 td_plan_get_id (started), td_plan_get_id (started));

  /* A whole plan: it, then the one unit its task names for the first time. */
  g_object_set (plan, "year", 2031, "title", "Kế hoạch", "issuing-body", "UBND", NULL);
  td_task_set_quarter (task, 2);
  td_task_set_content (task, "Tổ chức hội nghị");
  g_assert_true (td_store_add_plan (fixture->store, plan, NULL, &input, 1, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_PLAN, TD_CHANGE_ADDED, 2031,
                 td_plan_get_id (plan), td_plan_get_id (plan));
  assert_change (fixture->logger, fixture->store, TD_CHANGE_UNIT, TD_CHANGE_ADDED, 0, 0,
                 unit_id (fixture->store, "Thôn Mới"));
}

static void
test_plan_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) copy = td_store_copy_plan (fixture->store, YEAR, YEAR + 1, &error);

  /* Its sections, tasks and links come with it; every unit it names is there already. */
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_PLAN, TD_CHANGE_ADDED, YEAR + 1,
                 td_plan_get_id (copy), td_plan_get_id (copy));
}

/* Sections ----------------------------------------------------------------------------- */

static void
test_section_add_update (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const body_only[] = { "body", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdSection) section = td_section_new ();
  gint64 id;

  id = td_store_add_section (fixture->store, fixture->plan_id, 0, -1, "V. Khen thưởng", "",
                             &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_ADDED, YEAR,
                 fixture->plan_id, id);

  td_section_set_id (section, id);
  td_section_set_heading (section, "V. Khen thưởng");
  td_section_set_body (section, "Theo quy định.");
  g_assert_true (td_store_update_section_fields (fixture->store, section, body_only, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, id);

  g_assert_true (td_store_update_section (fixture->store, section, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, id);
}

static void
test_section_move (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 last = g_array_index (fixture->sections, gint64, fixture->sections->len - 1);

  /* Its siblings are renumbered too; the move is the one change. */
  g_assert_true (td_store_move_section (fixture->store, last, 0, 0, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_MOVED, YEAR,
                 fixture->plan_id, last);
}

static void
test_section_task_table (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held = td_test_file_query (fixture->db_path,
                                              "SELECT id FROM section WHERE kind = 'tasks'");
  gint64 old_id = g_ascii_strtoll (held, NULL, 10);
  gint64 first = g_array_index (fixture->sections, gint64, 0);

  g_assert_cmpint (old_id, !=, first);
  /* The section that held the table, then the one that holds it now. */
  g_assert_true (td_store_set_task_section (fixture->store, first, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, old_id);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, first);
}

static void
test_section_delete (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStoreUndo) undo = NULL;
  g_autoptr(GArray) subtree = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) sections = td_store_list_sections (fixture->store, fixture->plan_id,
                                                           &error);
  guint root = G_MAXUINT;

  /* The first section with subsections, and its subtree, depth first. */
  g_assert_no_error (error);
  for (guint i = 0; i + 1 < g_list_model_get_n_items (sections) && root == G_MAXUINT; i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      g_autoptr(TdSection) next = g_list_model_get_item (sections, i + 1);

      if (td_section_get_parent_id (next) == td_section_get_id (section))
        root = i;
    }
  g_assert_cmpuint (root, !=, G_MAXUINT);
  for (guint i = root; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) top = g_list_model_get_item (sections, root);
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      gint64 id = td_section_get_id (section);

      if (i > root && td_section_get_depth (section) <= td_section_get_depth (top))
        break;
      g_array_append_val (subtree, id);
    }
  g_assert_cmpuint (subtree->len, >=, 2);

  /* The section, then each subsection that went with it. */
  undo = td_store_delete_section (fixture->store, g_array_index (subtree, gint64, 0), &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  for (guint i = 0; i < subtree->len; i++)
    assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_REMOVED, YEAR,
                   fixture->plan_id, g_array_index (subtree, gint64, i));

  /* Undo puts each back, parents first. */
  g_assert_true (td_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < subtree->len; i++)
    assert_change (fixture->logger, fixture->store, TD_CHANGE_SECTION, TD_CHANGE_ADDED, YEAR,
                   fixture->plan_id, g_array_index (subtree, gint64, i));
}

/* Tasks -------------------------------------------------------------------------------- */

static void
test_task_add (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const units[] = { "VP nội vụ", "Hội Nông dân", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_task_new ();

  td_task_set_quarter (task, 3);
  td_task_set_content (task, "Sơ kết 9 tháng");
  g_assert_true (td_store_add_task (fixture->store, fixture->plan_id, task, units, &error));
  g_assert_no_error (error);
  /* The unit named for the first time, then the task that names it. */
  assert_change (fixture->logger, fixture->store, TD_CHANGE_UNIT, TD_CHANGE_ADDED, 0, 0,
                 unit_id (fixture->store, "Hội Nông dân"));
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_ADDED, YEAR,
                 fixture->plan_id, td_task_get_id (task));
}

static void
test_task_update (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const status_only[] = { "status", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, task_id (fixture, 3), &error);

  g_assert_no_error (error);
  td_task_set_status (task, TD_TASK_DONE);
  g_assert_true (td_store_update_task_fields (fixture->store, task, status_only, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, task_id (fixture, 3));

  td_task_set_result_note (task, "Đã xong");
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, task_id (fixture, 3));
}

static void
test_task_move (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Within its quarter, then to another (re-dated): one move each. */
  g_assert_true (td_store_move_task (fixture->store, task_id (fixture, 2), 1, 0, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_MOVED, YEAR,
                 fixture->plan_id, task_id (fixture, 2));

  g_assert_true (td_store_move_task (fixture->store, task_id (fixture, 2), 4, -1, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_MOVED, YEAR,
                 fixture->plan_id, task_id (fixture, 2));
}

static void
test_task_reschedule (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = task_id (fixture, 1);

  /* New dates in its own quarter and place: an update. */
  g_assert_true (td_store_reschedule_task (fixture->store, id, "2022-01-10", "2022-02-20", 1, -1,
                                           &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, id);

  /* Dragged into another quarter: a move. */
  g_assert_true (td_store_reschedule_task (fixture->store, id, "2022-04-10", "2022-05-20", 2, -1,
                                           &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_MOVED, YEAR,
                 fixture->plan_id, id);
}

static void
test_task_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStoreUndo) undo = td_store_delete_task (fixture->store, task_id (fixture, 5),
                                                      &error);

  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_REMOVED, YEAR,
                 fixture->plan_id, task_id (fixture, 5));

  g_assert_true (td_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_ADDED, YEAR,
                 fixture->plan_id, task_id (fixture, 5));
}

static void
test_task_units (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const known[] = { "VP nội vụ", "Ban chỉ đạo XD NTM", NULL };
  static const char * const with_new[] = { "VP nội vụ", "Đoàn Thanh niên", NULL };
  g_autoptr(GError) error = NULL;
  gint64 id = task_id (fixture, 1);

  /* Units that exist: the task's links changed, the unit list did not. */
  g_assert_true (td_store_set_task_units (fixture->store, id, known, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, id);
  gt_signal_logger_assert_no_emissions (fixture->logger);

  g_assert_true (td_store_set_task_units (fixture->store, id, with_new, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_UNIT, TD_CHANGE_ADDED, 0, 0,
                 unit_id (fixture->store, "Đoàn Thanh niên"));
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, id);
}

/* Nothing, everything ------------------------------------------------------------------- */

static void
test_failed (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const start_only[] = { "start-date", NULL };
  static const char * const units[] = { "Một đơn vị mới", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, task_id (fixture, 1), &error);
  g_autoptr(TdTask) bad = td_task_new ();

  /* Rolled back: nothing is said, not even of a unit the failed change had added. */
  g_assert_no_error (error);
  /* 2023 is not the plan's year. */
  td_task_set_start_date (task, "2023-01-01");
  g_assert_false (td_store_update_task_fields (fixture->store, task, start_only, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  td_task_set_quarter (bad, 1);
  td_task_set_content (bad, "Ngoài năm");
  td_task_set_start_date (bad, "2023-01-01");
  td_task_set_end_date (bad, "2023-01-02");
  g_assert_false (td_store_add_task (fixture->store, fixture->plan_id, bad, units, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (td_store_start_plan (fixture->store, YEAR, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS);
  gt_signal_logger_assert_no_emissions (fixture->logger);
}

static void
test_external (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const number_only[] = { "number", NULL };
  g_autoptr(GtSignalLogger) other_logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) other = td_store_open (fixture->db_path, &error);
  g_autoptr(TdPlan) plan = NULL;

  g_assert_no_error (error);
  gt_signal_logger_connect (other_logger, other, "changed");
  g_assert_false (td_store_check_external (fixture->store, &error));
  g_assert_no_error (error);

  /* The other connection says what it changed; this one only that something did. */
  plan = td_store_get_plan (other, YEAR, &error);
  g_assert_no_error (error);
  td_plan_set_number (plan, "51");
  g_assert_true (td_store_update_plan_fields (other, plan, number_only, &error));
  g_assert_no_error (error);
  assert_change (other_logger, other, TD_CHANGE_PLAN, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, fixture->plan_id);
  gt_signal_logger_assert_no_emissions (other_logger);

  g_assert_true (td_store_check_external (fixture->store, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_ALL, TD_CHANGE_UPDATED, 0, 0, 0);

  /* Once. */
  g_assert_false (td_store_check_external (fixture->store, &error));
  g_assert_no_error (error);
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = td_store_backup (fixture->store, "daily", &error);
  g_autofree char *undo = NULL;

  g_assert_no_error (error);
  gt_signal_logger_assert_no_emissions (fixture->logger);

  g_assert_true (td_store_restore (fixture->store, backup, &undo, &error));
  g_assert_no_error (error);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_ALL, TD_CHANGE_UPDATED, 0, 0, 0);
}

/* A handler connected with a detail hears only that kind of change. */
static void
test_detail (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const code_only[] = { "code", NULL };
  static const char * const progress_only[] = { "progress", NULL };
  g_autoptr(GtSignalLogger) tasks = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TdOffice) office = td_store_get_office (fixture->store, &error);
  g_autoptr(TdTask) task = td_store_get_task (fixture->store, task_id (fixture, 4), &error);

  g_assert_no_error (error);
  gt_signal_logger_connect (tasks, fixture->store, "changed::task");

  td_office_set_code (office, "UBND");
  g_assert_true (td_store_update_office_fields (fixture->store, office, code_only, &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_no_emissions (tasks);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_OFFICE, TD_CHANGE_UPDATED, 0, 0, 1);

  td_task_set_progress (task, 40);
  g_assert_true (td_store_update_task_fields (fixture->store, task, progress_only, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TdChange) change = NULL;

    gt_signal_logger_assert_emission_pop (tasks, fixture->store, "changed::task", &change);
    g_assert_cmpint (change->what, ==, TD_CHANGE_TASK);
    g_assert_cmpint (change->id, ==, task_id (fixture, 4));
  }
  gt_signal_logger_assert_no_emissions (tasks);
  assert_change (fixture->logger, fixture->store, TD_CHANGE_TASK, TD_CHANGE_UPDATED, YEAR,
                 fixture->plan_id, task_id (fixture, 4));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/changes/office/field", test_office_field);
  ADD ("/changes/plan/field", test_plan_field);
  ADD ("/changes/plan/add", test_plan_add);
  ADD ("/changes/plan/copy", test_plan_copy);
  ADD ("/changes/section/add-update", test_section_add_update);
  ADD ("/changes/section/move", test_section_move);
  ADD ("/changes/section/task-table", test_section_task_table);
  ADD ("/changes/section/delete-undo", test_section_delete);
  ADD ("/changes/task/add", test_task_add);
  ADD ("/changes/task/update", test_task_update);
  ADD ("/changes/task/move", test_task_move);
  ADD ("/changes/task/reschedule", test_task_reschedule);
  ADD ("/changes/task/delete-undo", test_task_delete);
  ADD ("/changes/task/units", test_task_units);
  ADD ("/changes/failed", test_failed);
  ADD ("/changes/external", test_external);
  ADD ("/changes/restore", test_restore);
  ADD ("/changes/detail", test_detail);

#undef ADD

  return g_test_run ();
}
