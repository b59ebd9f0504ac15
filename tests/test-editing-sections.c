/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The plan's sections in the real window, the way a user does: a subsection added under a
 * section, outdented, deleted and brought back with Undo.
 *
 * As in every test-editing-*.c, what is asserted is what the plan view then lists and
 * what the file holds, read back with SQLite itself. With TD_SHOT_DIR set, screenshots of
 * the window are saved there too.
 */
#define G_LOG_DOMAIN "test-editing-sections"

#include "config.h"

#include "td-application.h"
#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SECTION_HEADING_ROW "Heading, e.g. “1. Mục đích.”"

/* The sections of the sample plan, depth first, as "depth:heading" lines; and the id of
 * the one headed @heading. */
static char *
section_outline (TdWindow   *window,
                 const char *heading,
                 gint64     *id)
{
  TdPlan *plan = td_plan_view_get_plan (td_window_get_plan_view (window));
  g_autoptr(GListModel) sections = td_store_list_sections (td_window_get_store (window),
                                                           td_plan_get_id (plan), NULL);
  GString *outline = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);

      g_string_append_printf (outline, "%d:%s\n", td_section_get_depth (section),
                              td_section_get_heading (section));
      if (id != NULL && g_str_equal (td_section_get_heading (section), heading))
        *id = td_section_get_id (section);
    }
  return g_string_free (outline, FALSE);
}

/* The sections the plan view lists, in order, as "heading\n" lines. */
static char *
shown_sections (TdWindow *window)
{
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (window));
  GString *shown = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);

      if (td_plan_row_get_kind (row) == TD_PLAN_ROW_SECTION)
        g_string_append_printf (shown, "%s\n",
                                td_section_get_heading (td_plan_row_get_section (row)));
    }
  return g_string_free (shown, FALSE);
}

#define OUTLINE_BEFORE \
  "0:I. MỤC ĐÍCH YÊU CẦU\n1:1. Mục đích.\n1:2. Yêu cầu:\n0:II. NỘI DUNG:\n" \
  "0:III. CÁC GIẢI PHÁP CHỦ YẾU.\n0:IV. TỔ CHỨC THỰC HIỆN\n"
#define OUTLINE_NESTED \
  "0:I. MỤC ĐÍCH YÊU CẦU\n1:1. Mục đích.\n1:2. Yêu cầu:\n2:a)\n0:II. NỘI DUNG:\n" \
  "0:III. CÁC GIẢI PHÁP CHỦ YẾU.\n0:IV. TỔ CHỨC THỰC HIỆN\n"
#define OUTLINE_OUTDENTED \
  "0:I. MỤC ĐÍCH YÊU CẦU\n1:1. Mục đích.\n1:2. Yêu cầu:\n1:a)\n0:II. NỘI DUNG:\n" \
  "0:III. CÁC GIẢI PHÁP CHỦ YẾU.\n0:IV. TỔ CHỨC THỰC HIỆN\n"
#define SHOWN_WITH_NEW \
  "I. MỤC ĐÍCH YÊU CẦU\n1. Mục đích.\n2. Yêu cầu:\na)\nII. NỘI DUNG:\n" \
  "III. CÁC GIẢI PHÁP CHỦ YẾU.\nIV. TỔ CHỨC THỰC HIỆN\n"
#define SHOWN_WITHOUT_NEW \
  "I. MỤC ĐÍCH YÊU CẦU\n1. Mục đích.\n2. Yêu cầu:\nII. NỘI DUNG:\n" \
  "III. CÁC GIẢI PHÁP CHỦ YẾU.\nIV. TỔ CHỨC THỰC HIỆN\n"

/* "parent heading|position" of a section in the file; NULL when it is not there. */
static char *
file_section (const char *path,
              gint64      id)
{
  return td_test_file_query (path,
                             "SELECT coalesce ((SELECT heading FROM section p "
                             "WHERE p.id = s.parent_id), "
                             "'-') || '|' || s.position || '|' || s.heading FROM section s "
                             "WHERE s.id = %lld",
                             (long long) id);
}

static void
test_section_tree (void)
{
  g_autofree char *path = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *row = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  TdPlanView *view = td_window_get_plan_view (window);
  TdPlanEditor *editor;
  TdPlanRow *selected;
  gint64 requirements = 0;
  gint64 id;

  outline = section_outline (window, "2. Yêu cầu:", &requirements);
  g_assert_cmpstr (outline, ==, OUTLINE_BEFORE);
  g_assert_cmpint (requirements, !=, 0);
  g_clear_pointer (&outline, g_free);

  editor = td_test_select_part (window, TD_PLAN_ROW_SECTION, requirements);
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "section");
  g_assert_cmpstr (td_test_entry_text (editor, SECTION_HEADING_ROW), ==, "2. Yêu cầu:");
  td_test_save_screenshot (GTK_WIDGET (window), "editing-10-section");

  td_test_editing_scroll_and_click (td_test_find_button (GTK_WIDGET (editor), "Add Subsection",
                                                         FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));

  /* The new section, under the one it was added to, is chosen. */
  selected = td_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (td_plan_row_get_kind (selected), ==, TD_PLAN_ROW_SECTION);
  id = td_section_get_id (td_plan_row_get_section (selected));
  g_assert_cmpint (id, !=, requirements);
  /* Its number is proposed from its place, the first of the third level; no words are
   * stored that the user did not type, and the cursor waits after the number. */
  g_assert_cmpstr (td_section_get_heading (td_plan_row_get_section (selected)), ==, "a)");
  g_assert_cmpstr (td_test_editing_editor_page (editor), ==, "section");
  g_assert_cmpstr (td_test_entry_text (editor, SECTION_HEADING_ROW), ==, "a) ");
  g_assert_true (td_test_editing_has_focus (window,
                                            td_test_entry_row (editor, SECTION_HEADING_ROW)));
  g_assert_cmpint (gtk_editable_get_position (
                     GTK_EDITABLE (td_test_entry_row (editor, SECTION_HEADING_ROW))),
                   ==, 3);
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_NESTED);
  g_clear_pointer (&outline, g_free);
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITH_NEW);
  g_clear_pointer (&shown, g_free);
  row = file_section (path, id);
  g_assert_cmpstr (row, ==, "2. Yêu cầu:|0|a)");
  g_clear_pointer (&row, g_free);
  td_test_save_screenshot (GTK_WIDGET (window), "editing-11-new-section");

  /* Outdented: a sibling of the section it was under, just after it. */
  td_test_editing_scroll_and_click (td_test_find_action_button (GTK_WIDGET (editor),
                                                                "editor.outdent-section",
                                                                FALSE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_OUTDENTED);
  g_clear_pointer (&outline, g_free);
  row = file_section (path, id);
  g_assert_cmpstr (row, ==, "I. MỤC ĐÍCH YÊU CẦU|2|a)");
  g_clear_pointer (&row, g_free);
  selected = td_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (td_section_get_id (td_plan_row_get_section (selected)), ==, id);
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITH_NEW);
  g_clear_pointer (&shown, g_free);

  td_test_editing_scroll_and_click (td_test_find_button (GTK_WIDGET (editor), "Delete Section",
                                                         FALSE, FALSE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_BEFORE);
  g_clear_pointer (&outline, g_free);
  g_assert_null (file_section (path, id));
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITHOUT_NEW);
  g_clear_pointer (&shown, g_free);
  td_test_assert_on_screen (window, "“a)” deleted");
  td_test_check (g_strcmp0 (td_test_editing_editor_page (editor), "section") != 0,
                 "after “Delete Section” the editor still shows the deleted section");

  td_test_editing_click_undo (window);
  outline = section_outline (window, NULL, NULL);
  g_assert_cmpstr (outline, ==, OUTLINE_OUTDENTED);
  row = file_section (path, id);
  g_assert_cmpstr (row, ==, "I. MỤC ĐÍCH YÊU CẦU|2|a)");
  shown = shown_sections (window);
  g_assert_cmpstr (shown, ==, SHOWN_WITH_NEW);
  /* The table and its tasks were never touched. */
  td_test_editing_assert_table (window, path, "4 2 1 2");

  td_test_close_window (&window);
}

int
main (int   argc,
      char *argv[])
{
  td_test_editing_init (&argc, argv);

  g_test_add_func ("/editing/section-tree", test_section_tree);

  return td_test_editing_run ();
}
