/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing a plan's sections through the store: added, nested, renamed, moved, indented and
 * outdented, the task table's place, and deleted with their subsections and undone.
 */
#define G_LOG_DOMAIN "test-edit-sections"

#include "config.h"

#include <string.h>

#include "td-history.h"
#include "td-store-plan.h"
#include "td-test-edit.h"

#define SAMPLE_OUTLINE \
  "0:" S_I ";1:" S_1 ";1:" S_2 ";0:" S_II "*;0:" S_III ";0:" S_IV ";"

/* Sections ------------------------------------------------------------------------------- */

static void
test_section_add (TdTestEditFixture *fixture,
                  gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 plan_id, first, second, front, middle;

  plan = td_store_start_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  plan_id = td_plan_get_id (plan);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);

  first = td_store_add_section (fixture->store, plan_id, 0, -1, "I. MỤC ĐÍCH", "Thân bài I",
                                &error);
  g_assert_no_error (error);
  second = td_store_add_section (fixture->store, plan_id, 0, -1, "II. NỘI DUNG", "", &error);
  g_assert_no_error (error);
  front = td_store_add_section (fixture->store, plan_id, 0, 0, "Căn cứ", "Luật thi đua", &error);
  g_assert_no_error (error);
  middle = td_store_add_section (fixture->store, plan_id, 0, 2, "Giữa", "", &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, 0);
  g_assert_cmpint (front, >, 0);
  g_assert_cmpint (middle, >, 0);
  g_assert_cmpuint (strlen (log->str), >, 0);
  {
    g_autofree char *one = g_strdup_printf ("section:%" G_GINT64_FORMAT ";", plan_id);
    g_autofree char *four = g_strconcat (one, one, one, one, NULL);
    g_assert_cmpstr (log->str, ==, four);
  }

  /* A heading is needed. */
  g_string_truncate (log, 0);
  g_assert_cmpint (td_store_add_section (fixture->store, plan_id, 0, -1, "  ", "x", &error),
                   ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (log->str, ==, "");

  td_test_edit_reopen (fixture);
  outline = td_test_edit_section_outline (fixture->store, plan_id);
  g_assert_cmpstr (outline, ==, "0:Căn cứ;0:I. MỤC ĐÍCH;0:Giữa;0:II. NỘI DUNG;");
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT group_concat (heading || '=' || position || '/' || "
                                    "body, ';') FROM (SELECT * FROM section "
                                    "WHERE parent_id IS NULL ORDER BY position)");
  g_assert_cmpstr (in_file, ==,
                   "Căn cứ=0/Luật thi đua;I. MỤC ĐÍCH=1/Thân bài I;Giữa=2/;II. NỘI DUNG=3/");
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM section"), ==, 4);
}

static void
test_section_nest (TdTestEditFixture *fixture,
                   gconstpointer      data)
{
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  gint64 plan_id, part, roman, one, two, part2;
  const int depths[] = { 0, 1, 2, 2, 0 };

  plan = td_store_start_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);
  plan_id = td_plan_get_id (plan);

  part = td_store_add_section (fixture->store, plan_id, 0, -1, "Phần thứ nhất", "", &error);
  g_assert_no_error (error);
  part2 = td_store_add_section (fixture->store, plan_id, 0, -1, "Phần thứ hai", "", &error);
  g_assert_no_error (error);
  roman = td_store_add_section (fixture->store, plan_id, part, -1, "I.", "", &error);
  g_assert_no_error (error);
  two = td_store_add_section (fixture->store, plan_id, roman, -1, "2.", "", &error);
  g_assert_no_error (error);
  one = td_store_add_section (fixture->store, plan_id, roman, 0, "1.", "", &error);
  g_assert_no_error (error);

  td_test_edit_reopen (fixture);
  outline = td_test_edit_section_outline (fixture->store, plan_id);
  g_assert_cmpstr (outline, ==, "0:Phần thứ nhất;1:I.;2:1.;2:2.;0:Phần thứ hai;");

  sections = td_store_list_sections (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (depths));
  for (guint i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      g_assert_cmpint (td_section_get_depth (section), ==, depths[i]);
    }

  /* The links, as the file holds them. */
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT coalesce (parent_id, 0) FROM section "
                                          "WHERE id = %" G_GINT64_FORMAT, roman), ==, part);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT parent_id FROM section "
                                          "WHERE id = %" G_GINT64_FORMAT, one), ==, roman);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT parent_id FROM section "
                                          "WHERE id = %" G_GINT64_FORMAT, two), ==, roman);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT position FROM section "
                                          "WHERE id = %" G_GINT64_FORMAT, one), ==, 0);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT position FROM section "
                                          "WHERE id = %" G_GINT64_FORMAT, two), ==, 1);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM section "
                                          "WHERE parent_id IS NULL "
                                          "AND id IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                                          ")", part, part2), ==, 2);
}

static void
test_section_update (TdTestEditFixture *fixture,
                     gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_log = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;
  gint64 id = td_test_edit_find_section (fixture->store, fixture->plan_id, S_1);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  section = td_test_edit_get_section (fixture->store, fixture->plan_id, id);
  td_section_set_heading (section, "1. Mục đích chung.");
  td_section_set_body (section, "Dòng thứ nhất\nDòng thứ hai");
  g_assert_true (td_store_update_section (fixture->store, section, &error));
  g_assert_no_error (error);
  expected_log = g_strdup_printf ("section:%" G_GINT64_FORMAT ";", fixture->plan_id);
  g_assert_cmpstr (log->str, ==, expected_log);

  td_test_edit_reopen (fixture);
  g_clear_object (&section);
  section = td_test_edit_get_section (fixture->store, fixture->plan_id, id);
  g_assert_cmpstr (td_section_get_heading (section), ==, "1. Mục đích chung.");
  g_assert_cmpstr (td_section_get_body (section), ==, "Dòng thứ nhất\nDòng thứ hai");
  g_assert_cmpint (td_section_get_depth (section), ==, 1);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:1. Mục đích chung.;1:" S_2 ";0:" S_II "*;0:" S_III
                                ";0:" S_IV ";");

  /* An empty heading is refused, and the body typed with it is not saved either. */
  g_string_truncate (log, 0);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  before = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  td_section_set_heading (section, "");
  td_section_set_body (section, "Mất");
  g_assert_false (td_store_update_section (fixture->store, section, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  td_section_set_heading (section, " \t ");
  g_assert_false (td_store_update_section (fixture->store, section, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (log->str, ==, "");
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_section_reorder (TdTestEditFixture *fixture,
                      gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 id_i = td_test_edit_find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_iv = td_test_edit_find_section (fixture->store, fixture->plan_id, S_IV);

  /* IV up one place, above III. */
  g_assert_true (td_store_move_section (fixture->store, id_iv, 0, 2, &error));
  g_assert_no_error (error);
  /* I down one place, below II; its subsections go with it. */
  g_assert_true (td_store_move_section (fixture->store, id_i, 0, 1, &error));
  g_assert_no_error (error);

  td_test_edit_reopen (fixture);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_I ";1:" S_1 ";1:" S_2 ";0:" S_IV ";0:" S_III
                                ";");
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT group_concat (position, ',') FROM "
                                    "(SELECT position FROM section WHERE parent_id IS NULL "
                                    "ORDER BY position)");
  g_assert_cmpstr (in_file, ==, "0,1,2,3");
  g_clear_pointer (&in_file, g_free);
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT group_concat (heading, ';') FROM (SELECT heading "
                                    "FROM section WHERE parent_id = %" G_GINT64_FORMAT " "
                                    "ORDER BY position)", id_i);
  g_assert_cmpstr (in_file, ==, S_1 ";" S_2);

  /* And back: the end of the list with -1. */
  g_assert_true (td_store_move_section (fixture->store, id_i, 0, 0, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_move_section (fixture->store, id_iv, 0, -1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, SAMPLE_OUTLINE);
}

static void
test_section_indent_outdent (TdTestEditFixture *fixture,
                             gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = td_test_edit_file_rows (fixture->db_path,
                                                    "SELECT * FROM section ORDER BY id");
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 id_i = td_test_edit_find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_1 = td_test_edit_find_section (fixture->store, fixture->plan_id, S_1);
  gint64 id_2 = td_test_edit_find_section (fixture->store, fixture->plan_id, S_2);
  gint64 id_ii = td_test_edit_find_section (fixture->store, fixture->plan_id, S_II);
  gint64 id_iii = td_test_edit_find_section (fixture->store, fixture->plan_id, S_III);

  /* Indent: under the previous sibling, as its last child. */
  g_assert_true (td_store_move_section (fixture->store, id_iii, id_ii, -1, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_move_section (fixture->store, id_2, id_1, -1, &error));
  g_assert_no_error (error);

  td_test_edit_reopen (fixture);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";2:" S_2 ";0:" S_II "*;1:" S_III ";0:" S_IV
                                ";");
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT parent_id FROM section WHERE id = %"
                                          G_GINT64_FORMAT, id_iii), ==, id_ii);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT parent_id FROM section WHERE id = %"
                                          G_GINT64_FORMAT, id_2), ==, id_1);
  /* The top level closed the gap III left. */
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT group_concat (heading || '=' || position, ';') "
                                    "FROM (SELECT * FROM section WHERE parent_id IS NULL "
                                    "ORDER BY position)");
  g_assert_cmpstr (in_file, ==, S_I "=0;" S_II "=1;" S_IV "=2");

  /* Outdent: to the parent's parent, just after the parent. */
  g_assert_true (td_store_move_section (fixture->store, id_2, id_i, 1, &error));
  g_assert_no_error (error);
  g_assert_true (td_store_move_section (fixture->store, id_iii, 0, 2, &error));
  g_assert_no_error (error);

  g_clear_pointer (&outline, g_free);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, SAMPLE_OUTLINE);
  g_clear_object (&fixture->store);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_section_into_own_child (TdTestEditFixture *fixture,
                             gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;
  gint64 id_i = td_test_edit_find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_1 = td_test_edit_find_section (fixture->store, fixture->plan_id, S_1);
  gint64 grandchild;
  struct { gint64 moved, parent; } moves[4];

  grandchild = td_store_add_section (fixture->store, fixture->plan_id, id_1, -1, "a) Chi tiết",
                                     "", &error);
  g_assert_no_error (error);
  moves[0].moved = id_i, moves[0].parent = id_i;
  moves[1].moved = id_i, moves[1].parent = id_1;
  moves[2].moved = id_i, moves[2].parent = grandchild;
  moves[3].moved = id_1, moves[3].parent = grandchild;

  before = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      g_test_message ("move %u", i);
      g_assert_false (td_store_move_section (fixture->store, moves[i].moved, moves[i].parent, 0,
                                             &error));
      g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpstr (log->str, ==, "");

  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";2:a) Chi tiết;1:" S_2 ";0:" S_II "*;0:"
                                S_III ";0:" S_IV ";");
  g_clear_object (&fixture->store);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

static void
test_section_task_marker (TdTestEditFixture *fixture,
                          gconstpointer      data)
{
  g_autoptr(TdPlan) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *in_file = NULL;
  gint64 id_iii = td_test_edit_find_section (fixture->store, fixture->plan_id, S_III);
  gint64 id_2 = td_test_edit_find_section (fixture->store, fixture->plan_id, S_2);
  gint64 other_section;

  /* Another plan's marker stays where it is. */
  other = td_store_start_plan (fixture->store, 2023, &error);
  g_assert_no_error (error);
  other_section = td_store_add_section (fixture->store, td_plan_get_id (other), 0, -1,
                                        "II. NỘI DUNG", "", &error);
  g_assert_no_error (error);
  g_assert_true (td_store_set_task_section (fixture->store, other_section, &error));
  g_assert_no_error (error);

  g_assert_true (td_store_set_task_section (fixture->store, id_iii, &error));
  g_assert_no_error (error);
  td_test_edit_reopen (fixture);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";1:" S_2 ";0:" S_II ";0:" S_III "*;0:" S_IV
                                ";");
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT group_concat (heading, ';') FROM section "
                                    "WHERE kind = 'tasks' AND plan_id = %"
                                    G_GINT64_FORMAT, fixture->plan_id);
  g_assert_cmpstr (in_file, ==, S_III);

  /* A subsection may hold it too. */
  g_assert_true (td_store_set_task_section (fixture->store, id_2, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_I ";1:" S_1 ";1:" S_2 "*;0:" S_II ";0:" S_III ";0:" S_IV
                                ";");
  g_clear_pointer (&in_file, g_free);
  in_file = td_test_edit_file_text (fixture->db_path,
                                    "SELECT group_concat (heading, ';') FROM section "
                                    "WHERE kind = 'tasks' AND plan_id = %"
                                    G_GINT64_FORMAT, fixture->plan_id);
  g_assert_cmpstr (in_file, ==, S_2);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM section "
                                          "WHERE kind = 'tasks'"), ==, 2);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT kind = 'tasks' FROM section WHERE id = %"
                                          G_GINT64_FORMAT, other_section), ==, 1);

  /* A section that is not there. */
  g_assert_false (td_store_set_task_section (fixture->store, 999999, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM section "
                                          "WHERE kind = 'tasks'"), ==, 2);
}

static void
test_section_delete_undo (TdTestEditFixture *fixture,
                          gconstpointer      data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(TdHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *outline_before = NULL;
  g_autofree char *outline = NULL;
  gint64 id_i = td_test_edit_find_section (fixture->store, fixture->plan_id, S_I);
  gint64 id_1 = td_test_edit_find_section (fixture->store, fixture->plan_id, S_1);
  gint64 id_ii = td_test_edit_find_section (fixture->store, fixture->plan_id, S_II);
  gint64 a, b;

  /* Three levels under I. */
  b = td_store_add_section (fixture->store, fixture->plan_id, id_1, -1, "b) Sau", "B", &error);
  g_assert_no_error (error);
  a = td_store_add_section (fixture->store, fixture->plan_id, id_1, 0, "a) Trước", "A", &error);
  g_assert_no_error (error);
  before = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  outline_before = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline_before, ==, "0:" S_I ";1:" S_1 ";2:a) Trước;2:b) Sau;1:" S_2 ";0:"
                                       S_II "*;0:" S_III ";0:" S_IV ";");

  g_signal_connect (fixture->store, "changed", G_CALLBACK (td_test_edit_log_changed_cb), log);
  history = td_history_new (fixture->store);
  g_assert_true (td_store_delete_section (fixture->store, id_i, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (log->str), >, 0);

  /* The subsections went with it. */
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_III ";0:" S_IV ";");
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path, "SELECT count(*) FROM section"), ==, 3);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM section "
                                          "WHERE id IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                                          ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                                          ")", id_i, id_1, a, b), ==, 0);

  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  td_test_edit_reopen (fixture);
  g_clear_object (&history);
  history = td_history_new (fixture->store);
  g_clear_pointer (&outline, g_free);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, outline_before);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);

  /* The section holding the task table, in the middle, comes back holding it. */
  g_assert_true (td_store_delete_section (fixture->store, id_ii, &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_edit_file_int (fixture->db_path,
                                          "SELECT count(*) FROM section "
                                          "WHERE kind = 'tasks'"), ==, 0);
  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  g_clear_object (&history);
  g_clear_object (&fixture->store);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

/* Two deletes, then undo the last: it goes back between the siblings it had. */
static void
test_section_delete_two_undo (TdTestEditFixture *fixture,
                              gconstpointer      data)
{
  g_autoptr(TdHistory) history = td_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = td_test_edit_file_rows (fixture->db_path,
                                                    "SELECT * FROM section ORDER BY id");
  g_autofree char *after = NULL;
  g_autofree char *outline = NULL;

  td_store_delete_section (fixture->store,
                           td_test_edit_find_section (fixture->store, fixture->plan_id, S_I),
                           &error);
  g_assert_no_error (error);
  td_store_delete_section (fixture->store,
                           td_test_edit_find_section (fixture->store, fixture->plan_id, S_III),
                           &error);
  g_assert_no_error (error);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_IV ";");

  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, "0:" S_II "*;0:" S_III ";0:" S_IV ";");

  g_assert_true (td_history_undo (history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&outline, g_free);
  outline = td_test_edit_section_outline (fixture->store, fixture->plan_id);
  g_assert_cmpstr (outline, ==, SAMPLE_OUTLINE);
  g_clear_object (&history);
  g_clear_object (&fixture->store);
  after = td_test_edit_file_rows (fixture->db_path, "SELECT * FROM section ORDER BY id");
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, set_up, func) \
  g_test_add (path, TdTestEditFixture, NULL, set_up, func, td_test_edit_tear_down)

  ADD ("/edit/section/add", td_test_edit_set_up, test_section_add);
  ADD ("/edit/section/nest", td_test_edit_set_up, test_section_nest);
  ADD ("/edit/section/update", td_test_edit_set_up_sample, test_section_update);
  ADD ("/edit/section/reorder", td_test_edit_set_up_sample, test_section_reorder);
  ADD ("/edit/section/indent-outdent", td_test_edit_set_up_sample, test_section_indent_outdent);
  ADD ("/edit/section/into-own-child", td_test_edit_set_up_sample, test_section_into_own_child);
  ADD ("/edit/section/task-marker", td_test_edit_set_up_sample, test_section_task_marker);
  ADD ("/edit/section/delete-undo", td_test_edit_set_up_sample, test_section_delete_undo);
  ADD ("/edit/section/delete-two-undo", td_test_edit_set_up_sample,
       test_section_delete_two_undo);

#undef ADD

  return g_test_run ();
}
