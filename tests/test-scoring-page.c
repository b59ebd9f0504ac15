/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Scoring area in the real window, over the sample (2022): opened with Ctrl+5; a set
 * for the villages added; a group, a criterion and two items typed in the side pane, the
 * heading's sum changing as the standards are typed, a stated standard that does not add
 * up flagged, a penalty item; a delete undone from the toast; last year's criteria copied;
 * a spreadsheet imported by its codes, a bad one refused row by row with nothing imported;
 * the classification edited.
 *
 * What is asserted is what the list and the pane show and what the file holds, read back
 * with SQLite itself. With TD_SHOT_DIR set, screenshots are saved there, in English and in
 * Vietnamese, wide and 360 px narrow.
 */
#define G_LOG_DOMAIN "test-scoring-page"

#include "config.h"

#include <glib/gstdio.h>

#include "td-criteria-row.h"
#include "td-criteria-set-dialog.h"
#include "td-criteria-view.h"
#include "td-criterion-editor.h"
#include "td-preview.h"
#include "td-score-grid.h"
#include "td-scoring-page.h"
#include "td-store-scoring.h"
#include "td-test-db.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SUBPROCESS_SECONDS 120

/* What is on screen ----------------------------------------------------------------------- */

static TdScoringPage *
show_scoring (TdWindow *window)
{
  TdScoringPage *page = td_window_get_scoring_page (window);

  td_test_press_shortcut (GTK_WIDGET (window), GDK_KEY_5, GDK_CONTROL_MASK);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (page)));
  return page;
}

/* The rows of the list on screen, one a line: "code | name | target | standard[ !]". */
static char *
screen_rows (TdCriteriaView *view)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  td_test_wait_for_frame (GTK_WIDGET (view));
  rows = td_test_find_all (GTK_WIDGET (view), TD_TYPE_CRITERIA_ROW, TRUE);
  for (guint i = 0; i < rows->len; i++)
    {
      TdCriteriaRow *row = g_ptr_array_index (rows, i);
      g_autofree char *text = NULL;

      /* The line of headings has no item. */
      if (td_criteria_row_get_item (row) == NULL)
        continue;
      text = td_criteria_row_dup_text (row);
      g_string_append_printf (out, "%s\n", text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The row on screen of criterion @id. */
static TdCriteriaRow *
row_of (TdCriteriaView *view,
        gint64          id)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (GTK_WIDGET (view), TD_TYPE_CRITERIA_ROW, TRUE);

  for (guint i = 0; i < rows->len; i++)
    {
      TdCriteriaRow *row = g_ptr_array_index (rows, i);

      if (td_criteria_row_get_item (row) != NULL &&
          td_criteria_item_get_id (td_criteria_row_get_item (row)) == id)
        return row;
    }
  g_error ("criterion %" G_GINT64_FORMAT " is not on screen", id);
}

/* The tooltip of the warning shown in @row; NULL when none shows. */
static const char *
row_warning (TdCriteriaRow *row)
{
  g_autoptr(GPtrArray) images = td_test_find_all (GTK_WIDGET (row), GTK_TYPE_IMAGE, TRUE);

  for (guint i = 0; i < images->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (images, i), "warning"))
      return gtk_widget_get_tooltip_text (g_ptr_array_index (images, i));
  return NULL;
}

static void
type_into (TdCriteriaView   *view,
           TdCriterionField  field,
           const char       *text)
{
  GtkWidget *row = td_criterion_editor_get_field (td_criteria_view_get_editor (view), field);

  g_assert_true (td_test_widget_on_screen (row) || field == TD_CRITERION_FIELD_NOTE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  td_test_wait_for_frame (row);
}

/* A criterion added by the action its button gives, with its code and name typed. */
static gint64
add (TdCriteriaView *view,
     const char     *action,
     const char     *code,
     const char     *name)
{
  gint64 id;

  gtk_widget_activate_action (GTK_WIDGET (view), action, NULL);
  td_test_wait_for_frame (GTK_WIDGET (view));
  id = td_criteria_view_get_selected (view);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (td_criterion_editor_get_id (td_criteria_view_get_editor (view)), ==, id);
  type_into (view, TD_CRITERION_FIELD_CODE, code);
  type_into (view, TD_CRITERION_FIELD_NAME, name);
  return id;
}

/* The pane's close button, which shows an icon and says "Close" in its tooltip. */
static GtkWidget *
close_button (GtkWidget *pane)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (pane, GTK_TYPE_BUTTON, TRUE);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), "Close") == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static gpointer
find_toplevel (GType       type,
               const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (window, type) || !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      if (heading == NULL ||
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return window;
    }
  return NULL;
}

static TdCriteriaSetDialog *
set_dialog (void)
{
  TdCriteriaSetDialog *dialog = find_toplevel (TD_TYPE_CRITERIA_SET_DIALOG, NULL);

  g_assert_nonnull (dialog);
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  return dialog;
}

/* A set for the villages, added as a user does: the dialog, its name, its tick. */
static gint64
add_village_set (TdWindow      *window,
                 TdScoringPage *page,
                 const char    *path)
{
  TdCriteriaSetDialog *dialog;

  td_test_click (td_test_find_button (GTK_WIDGET (page), "Add a Set", FALSE, TRUE));
  dialog = set_dialog ();
  gtk_editable_set_text (td_criteria_set_dialog_get_name (dialog), "Tiêu chí chấm điểm thôn");
  gtk_check_button_set_active (td_criteria_set_dialog_get_kind (dialog, "village"), TRUE);
  td_test_save_screenshot (GTK_WIDGET (dialog), "scoring-new-set");
  g_assert_true (td_criteria_set_dialog_save (dialog));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criteria_set WHERE year = 2022 "
                                           "AND unit_kinds = 'village' AND name = "
                                           "'Tiêu chí chấm điểm thôn'"), ==, 1);
  g_assert_cmpint (td_scoring_page_get_set_id (page), ==,
                   td_test_file_int (path, "SELECT id FROM criteria_set WHERE year = 2022"));
  return td_scoring_page_get_set_id (page);
}

static gint64
file_points (const char *path,
             gint64      id)
{
  return td_test_file_int (path, "SELECT coalesce (max_points, -999999) FROM criterion "
                                 "WHERE id = %" G_GINT64_FORMAT, id);
}

/* Tests ----------------------------------------------------------------------------------- */

static void
test_build_tree (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdScoringPage *page = show_scoring (window);
  TdCriteriaView *view = td_scoring_page_get_criteria_view (page);
  gint64 group, criterion, item1, item2, penalties, penalty;

  td_test_assert_on_screen (page, "No Criteria for 2022 Yet");
  /* 2021 has no criteria: nothing to copy is offered. */
  g_assert_null (td_test_find_button (GTK_WIDGET (page), "Copy the Criteria of 2021", FALSE,
                                      TRUE));
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-empty");
  add_village_set (window, page, path);
  td_test_assert_on_screen (view, "No Criteria in This Set");
  td_test_assert_on_screen (page, "For Village/hamlet");

  group = add (view, "criteria.add", "I.", "Xây dựng Đảng và hệ thống chính trị");
  criterion = add (view, "criteria.add-item", "1.", "Công tác tuyên truyền");
  item1 = add (view, "criteria.add-item", "1.1.", "Tổ chức học tập nghị quyết");
  g_assert_cmpint (td_test_file_int (path, "SELECT parent_id FROM criterion WHERE id = %"
                                           G_GINT64_FORMAT, criterion), ==, group);
  g_assert_cmpint (td_test_file_int (path, "SELECT parent_id FROM criterion WHERE id = %"
                                           G_GINT64_FORMAT, item1), ==, criterion);

  /* The heading's sum follows each keystroke of an item's standard. */
  type_into (view, TD_CRITERION_FIELD_STANDARD, "5");
  g_assert_cmpint (file_points (path, item1), ==, 500);
  {
    g_autofree char *rows = screen_rows (view);

    g_assert_cmpstr (rows, ==,
                     "I. | Xây dựng Đảng và hệ thống chính trị |  | 5\n"
                     "1. | Công tác tuyên truyền |  | 5\n"
                     "1.1. | Tổ chức học tập nghị quyết |  | 5\n");
  }
  /* A sibling after it, at its level, its code suggested. */
  item2 = add (view, "criteria.add", "1.2.", "Treo cờ, khẩu hiệu");
  g_assert_cmpint (td_test_file_int (path, "SELECT parent_id FROM criterion WHERE id = %"
                                           G_GINT64_FORMAT, item2), ==, criterion);
  type_into (view, TD_CRITERION_FIELD_STANDARD, "2");
  {
    g_autofree char *rows = screen_rows (view);

    g_assert_cmpstr (rows, ==,
                     "I. | Xây dựng Đảng và hệ thống chính trị |  | 7\n"
                     "1. | Công tác tuyên truyền |  | 7\n"
                     "1.1. | Tổ chức học tập nghị quyết |  | 5\n"
                     "1.2. | Treo cờ, khẩu hiệu |  | 2\n");
  }
  type_into (view, TD_CRITERION_FIELD_STANDARD, "2,5");
  g_assert_cmpint (file_points (path, item2), ==, 250);
  td_test_assert_on_screen (row_of (view, group), "7,5");
  type_into (view, TD_CRITERION_FIELD_TARGET, "100");
  type_into (view, TD_CRITERION_FIELD_TARGET_UNIT, "%");
  td_test_assert_on_screen (row_of (view, item2), "100 %");

  /* A letter typed after it: refused where typed, the file keeps 2.5. */
  {
    GtkWidget *standard = td_criterion_editor_get_field (td_criteria_view_get_editor (view),
                                                         TD_CRITERION_FIELD_STANDARD);
    int position = -1;

    gtk_editable_insert_text (GTK_EDITABLE (standard), "đ", -1, &position);
    td_test_wait_for_frame (standard);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (standard)), ==, "2,5đ");
    g_assert_cmpstr (td_criterion_editor_get_problem (td_criteria_view_get_editor (view),
                                                      TD_CRITERION_FIELD_STANDARD), ==,
                     "“2,5đ” is not a number of points, such as 5 or 2.5");
    g_assert_cmpint (file_points (path, item2), ==, 250);
    td_test_save_screenshot (GTK_WIDGET (window), "scoring-refused");
    gtk_editable_delete_text (GTK_EDITABLE (standard), 3, -1);
    td_test_wait_for_frame (standard);
    g_assert_null (td_criterion_editor_get_problem (td_criteria_view_get_editor (view),
                                                    TD_CRITERION_FIELD_STANDARD));
    g_assert_cmpint (file_points (path, item2), ==, 250);
  }

  /* The criterion states 10 while its items add up to 7.5: flagged, not hidden. */
  g_assert_null (row_warning (row_of (view, criterion)));
  g_assert_true (td_criteria_view_select (view, criterion));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_assert_on_screen (td_criteria_view_get_editor (view),
                            "Its items add up to 7,5 points. Leave the standard empty to use "
                            "their sum.");
  type_into (view, TD_CRITERION_FIELD_STANDARD, "10");
  g_assert_cmpint (file_points (path, criterion), ==, 1000);
  g_assert_cmpstr (row_warning (row_of (view, criterion)), ==, "Stated 10, items add up to 7,5");
  g_assert_null (row_warning (row_of (view, group)));
  td_test_assert_on_screen (td_criteria_view_get_editor (view), "Stated 10, items add up to 7,5");
  g_assert_cmpstr (td_criteria_view_get_totals (view), ==,
                   "Total: 7,5 points · 1 heading states a standard its items do not add up to");

  /* A penalty: "2" typed with the switch on is −2. */
  g_assert_true (td_criteria_view_select (view, group));
  penalties = add (view, "criteria.add", "II.", "Điểm trừ");
  g_assert_cmpint (td_test_file_int (path, "SELECT coalesce (parent_id, 0) FROM criterion "
                                           "WHERE id = %" G_GINT64_FORMAT, penalties), ==, 0);
  penalty = add (view, "criteria.add-item", "1.", "Có vụ việc vi phạm pháp luật");
  gtk_switch_set_active (GTK_SWITCH (td_criterion_editor_get_field (td_criteria_view_get_editor (view),
                                                                    TD_CRITERION_FIELD_PENALTY)),
                         TRUE);
  td_test_wait_for_frame (GTK_WIDGET (view));
  type_into (view, TD_CRITERION_FIELD_STANDARD, "2");
  g_assert_cmpint (td_test_file_int (path, "SELECT penalty FROM criterion WHERE id = %"
                                           G_GINT64_FORMAT, penalty), ==, 1);
  g_assert_cmpint (file_points (path, penalty), ==, -200);
  td_test_assert_on_screen (row_of (view, penalty), "−2");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_of (view, penalty)),
                                           "criteria-penalty"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_of (view, item1)),
                                            "criteria-penalty"));
  g_assert_cmpstr (td_criteria_view_get_totals (view), ==,
                   "Total: 7,5 points · penalties up to −2 · 1 heading states a standard its "
                   "items do not add up to");
  g_assert_true (td_criteria_view_select (view, item2));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-criteria");

  /* Moved up, then down again. */
  gtk_widget_activate_action (GTK_WIDGET (view), "criteria.move-up", NULL);
  td_test_wait_for_frame (GTK_WIDGET (view));
  g_assert_cmpint (td_test_file_int (path, "SELECT id FROM criterion WHERE parent_id = %"
                                           G_GINT64_FORMAT " ORDER BY position LIMIT 1",
                                     criterion), ==, item2);
  g_assert_cmpint (td_criteria_view_get_selected (view), ==, item2);
  gtk_widget_activate_action (GTK_WIDGET (view), "criteria.move-down", NULL);
  td_test_wait_for_frame (GTK_WIDGET (view));
  g_assert_cmpint (td_test_file_int (path, "SELECT id FROM criterion WHERE parent_id = %"
                                           G_GINT64_FORMAT " ORDER BY position LIMIT 1",
                                     criterion), ==, item1);

  /* On a phone-narrow window the pane goes over the list, and the list fits. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  {
    GtkWidget *widgets[] = { GTK_WIDGET (page), GTK_WIDGET (view),
                             GTK_WIDGET (td_criteria_view_get_editor (view)),
                             td_test_find_one (GTK_WIDGET (view), ADW_TYPE_FLAP, FALSE),
                             GTK_WIDGET (row_of (view, group)),
                             GTK_WIDGET (td_scoring_page_get_sheet_view (page)),
                             GTK_WIDGET (td_scoring_page_get_ranking_view (page)) };

    for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
      {
        int min = 0;

        gtk_widget_measure (widgets[i], GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
        g_test_message ("%s: at least %d px", G_OBJECT_TYPE_NAME (widgets[i]), min);
      }
  }
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (td_criteria_view_get_editor (view))));
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-criteria-360-pane");
  td_test_click (close_button (GTK_WIDGET (td_criteria_view_get_editor (view))));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (row_of (view, group))), <=, 360);
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-criteria-360");

  td_test_close_window (&window);
}

static void
test_delete_undo (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdScoringPage *page = show_scoring (window);
  TdCriteriaView *view = td_scoring_page_get_criteria_view (page);
  gint64 group, item;

  add_village_set (window, page, path);
  group = add (view, "criteria.add", "I", "Kinh tế");
  item = add (view, "criteria.add-item", "1", "Thu nhập bình quân");
  type_into (view, TD_CRITERION_FIELD_STANDARD, "10");
  g_assert_true (td_criteria_view_select (view, group));
  td_test_wait_for_frame (GTK_WIDGET (window));

  /* Delete in the list: the group goes with its item. */
  td_test_press_shortcut (td_test_find_one (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW, TRUE),
                          GDK_KEY_Delete, 0);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criterion"), ==, 0);
  td_test_assert_on_screen (window, "I deleted with its 1 item");
  td_test_assert_on_screen (view, "No Criteria in This Set");

  td_test_editing_click_undo (window);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criterion"), ==, 2);
  g_assert_cmpint (file_points (path, item), ==, 1000);
  {
    g_autofree char *rows = screen_rows (view);

    g_assert_cmpstr (rows, ==, "I | Kinh tế |  | 10\n1 | Thu nhập bình quân |  | 10\n");
  }

  td_test_close_window (&window);
}

static void
test_copy_year (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdStore *store = td_window_get_store (window);
  TdScoringPage *page = show_scoring (window);
  TdCriteriaView *view = td_scoring_page_get_criteria_view (page);
  const char *kinds[] = { "village", NULL };
  g_autoptr(TdCriterion) criterion = td_criterion_new (0);
  g_autoptr(GError) error = NULL;
  gint64 set_2021;

  /* Last year's set, as a year before this one left it. */
  set_2021 = td_store_add_criteria_set (store, 2021, "Tiêu chí thôn 2021", kinds, &error);
  g_assert_no_error (error);
  td_criterion_set_code (criterion, "1.");
  td_criterion_set_name (criterion, "Giữ gìn vệ sinh môi trường");
  td_criterion_set_max_points (criterion, 1500);
  g_assert_cmpint (td_store_add_criterion (store, set_2021, 0, -1, criterion, &error), >, 0);
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (window));

  td_test_click (td_test_find_button (GTK_WIDGET (page), "Copy the Criteria of 2021", FALSE,
                                      TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criterion c JOIN criteria_set s "
                                           "ON s.id = c.set_id WHERE s.year = 2022 AND "
                                           "c.max_points = 1500"), ==, 1);
  g_assert_cmpint (td_scoring_page_get_set_id (page), !=, set_2021);
  g_assert_cmpint (td_scoring_page_get_set_id (page), >, 0);
  td_test_assert_on_screen (window, "1 criteria set copied from 2021");
  {
    g_autofree char *rows = screen_rows (view);

    g_assert_cmpstr (rows, ==, "1. | Giữ gìn vệ sinh môi trường |  | 15\n");
  }

  /* Undone, the year is empty again and offers the copy. */
  td_test_editing_click_undo (window);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criteria_set WHERE year = 2022"),
                   ==, 0);
  td_test_assert_on_screen (page, "No Criteria for 2022 Yet");

  td_test_close_window (&window);
}

static gboolean
problems_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "Nothing Was Imported") != NULL;
}

static void
test_import (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdScoringPage *page = show_scoring (window);
  TdCriteriaView *view = td_scoring_page_get_criteria_view (page);
  g_autofree char *bad = g_build_filename (g_get_user_data_dir (), "tieu-chi-sai.csv", NULL);
  g_autofree char *good = g_build_filename (g_get_user_data_dir (), "Tiêu chí thôn.csv", NULL);
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "xuat.csv", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) out_file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  const char *header = "Mã số;Tên tiêu chí;Điểm chuẩn\n";

  g_assert_true (g_file_set_contents (bad, "\xEF\xBB\xBF" "Mã số;Tên tiêu chí;Điểm chuẩn\n"
                                           "I;Kinh tế;\n"
                                           "1;Thu nhập;mười\n"
                                           "2;Hộ nghèo;5\n", -1, &error));
  g_assert_no_error (error);
  {
    g_autofree char *text = g_strconcat ("\xEF\xBB\xBF", header,
                                         "I;Kinh tế;\n"
                                         "1;Thu nhập bình quân;10\n"
                                         "2;Giảm hộ nghèo;5\n"
                                         "II;Văn hóa – xã hội;\n"
                                         "3;Gia đình văn hóa;6,5\n"
                                         "III;Điểm trừ;\n"
                                         "4;Có vi phạm;-3\n", NULL);

    g_assert_true (g_file_set_contents (good, text, -1, &error));
    g_assert_no_error (error);
  }

  /* Row 3's points are words: the row is named, and nothing is imported, not even a set. */
  g_assert_false (td_scoring_page_import_file (page, bad_file));
  td_test_assert_eventually (problems_shown, NULL, "the rows that are wrong");
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "Nothing Was Imported");
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (dialog), "Row 3:", TRUE));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (dialog), "mười", TRUE));
  td_test_save_screenshot (GTK_WIDGET (dialog), "scoring-import-problems");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criteria_set"), ==, 0);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criterion"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A year with no set: the file makes one, named after it. */
  g_assert_true (td_scoring_page_import_file (page, good_file));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criteria_set WHERE year = 2022 "
                                           "AND name = 'Tiêu chí thôn'"), ==, 1);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criterion"), ==, 7);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM criterion c JOIN criterion p "
                                           "ON p.id = c.parent_id WHERE p.code = 'II' AND "
                                           "c.code = '3'"), ==, 1);
  td_test_assert_on_screen (window, "7 criteria imported");
  {
    g_autofree char *rows = screen_rows (view);

    g_assert_cmpstr (rows, ==,
                     "I | Kinh tế |  | 15\n"
                     "1 | Thu nhập bình quân |  | 10\n"
                     "2 | Giảm hộ nghèo |  | 5\n"
                     "II | Văn hóa – xã hội |  | 6,5\n"
                     "3 | Gia đình văn hóa |  | 6,5\n"
                     "III | Điểm trừ |  | −3\n"
                     "4 | Có vi phạm |  | −3\n");
  }
  g_assert_cmpstr (td_criteria_view_get_totals (view), ==,
                   "Total: 21,5 points · penalties up to −3");
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-imported");

  /* Written back, the file reads as the same tree. */
  g_assert_true (td_scoring_page_export_file (page, out_file));
  {
    g_autofree char *written = NULL;

    g_assert_true (g_file_get_contents (out, &written, NULL, &error));
    g_assert_no_error (error);
    g_assert_nonnull (strstr (written, "Gia đình văn hóa"));
    g_assert_nonnull (strstr (written, "6.5"));
  }

  td_test_close_window (&window);
}

static void
test_thresholds (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdScoringPage *page = show_scoring (window);
  TdCriteriaSetDialog *dialog;
  gint64 set_id = add_village_set (window, page, path);
  g_autofree char *levels = NULL;

  gtk_widget_activate_action (GTK_WIDGET (page), "scoring.edit-set", NULL);
  dialog = set_dialog ();
  /* The classification a first set starts with. */
  g_assert_cmpuint (td_criteria_set_dialog_get_n_levels (dialog), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (td_criteria_set_dialog_get_level (dialog, 1, FALSE)),
                   ==, "Khá");
  g_assert_cmpstr (gtk_editable_get_text (td_criteria_set_dialog_get_level (dialog, 1, TRUE)),
                   ==, "70");
  g_assert_true (gtk_check_button_get_active (td_criteria_set_dialog_get_kind (dialog,
                                                                             "village")));

  gtk_editable_set_text (td_criteria_set_dialog_get_level (dialog, 1, TRUE), "72,5");
  td_criteria_set_dialog_add_level (dialog);
  gtk_editable_set_text (td_criteria_set_dialog_get_level (dialog, 3, FALSE), "Yếu");
  gtk_editable_set_text (td_criteria_set_dialog_get_level (dialog, 3, TRUE), "năm mươi");
  /* Not a number: said in the dialog, which stays, and the file keeps the old levels. */
  g_assert_false (td_criteria_set_dialog_save (dialog));
  g_assert_nonnull (strstr (td_criteria_set_dialog_get_problem (dialog), "Level 4:"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (td_test_file_int (path, "SELECT min_points FROM criteria_threshold WHERE "
                                           "label = 'Khá'"), ==, 7000);
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  td_test_save_screenshot (GTK_WIDGET (dialog), "scoring-classification");

  /* Two levels from one total: refused by the store, said in the dialog. */
  gtk_editable_set_text (td_criteria_set_dialog_get_level (dialog, 3, TRUE), "50");
  g_assert_false (td_criteria_set_dialog_save (dialog));
  g_assert_nonnull (td_criteria_set_dialog_get_problem (dialog));
  gtk_editable_set_text (td_criteria_set_dialog_get_level (dialog, 3, TRUE), "30");
  g_assert_true (td_criteria_set_dialog_save (dialog));
  td_test_wait_for_frame (GTK_WIDGET (window));
  levels = td_test_file_query (path, "SELECT group_concat (label || ' ' || min_points, ', ') "
                                     "FROM (SELECT * FROM criteria_threshold WHERE set_id = %"
                                     G_GINT64_FORMAT " ORDER BY min_points DESC)", set_id);
  g_assert_cmpstr (levels, ==, "Xuất sắc 9000, Khá 7250, Trung bình 5000, Yếu 3000");

  td_test_close_window (&window);
}

/* The same screens in Vietnamese, wide and narrow, for a person to look at. */
static void
test_vietnamese (void)
{
  g_autofree char *path = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  TdWindow *window;
  TdScoringPage *page;
  TdCriteriaView *view;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDERR);
      td_test_check (g_test_trap_has_passed (), "the scoring page in Vietnamese failed");
      return;
    }
  if (!td_test_editing_start_application ("vi_VN.UTF-8", "vi"))
    {
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                           "the vi_VN.UTF-8 locale is missing on this system");
      return;
    }
  window = td_test_editing_open_with_sample (&path);
  page = show_scoring (window);
  view = td_scoring_page_get_criteria_view (page);
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-vi-empty");

  csv = g_build_filename (g_get_user_data_dir (), "Tiêu chí chấm điểm thôn.csv", NULL);
  file = g_file_new_for_path (csv);
  g_assert_true (g_file_set_contents (csv, "Mã số;Tên tiêu chí;Chỉ tiêu;ĐVT;Điểm chuẩn\n"
                                           "I;Xây dựng Đảng, chính quyền;;;20\n"
                                           "1;Chi bộ đạt trong sạch vững mạnh;Đạt;;10\n"
                                           "2;Tỷ lệ đảng viên hoàn thành nhiệm vụ;95;%;8\n"
                                           "II;Phát triển kinh tế;;;\n"
                                           "3;Thu nhập bình quân đầu người;60;triệu đồng;15\n"
                                           "4;Tỷ lệ hộ nghèo giảm;1,5;%;5\n"
                                           "III;Điểm trừ;;;\n"
                                           "5;Để xảy ra vụ việc mất an ninh trật tự;;;-5\n",
                                     -1, &error));
  g_assert_no_error (error);
  g_assert_true (td_scoring_page_import_file (page, file));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (td_criteria_view_select (view, td_criteria_tree_get_node (
                                                  td_criteria_view_get_tree (view), 0)->id));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-vi-criteria");
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-vi-360-pane");
  gtk_widget_activate_action (GTK_WIDGET (page), "scoring.edit-set", NULL);
  td_test_save_screenshot (GTK_WIDGET (set_dialog ()), "scoring-vi-classification");
  gtk_window_close (GTK_WINDOW (set_dialog ()));

  td_test_close_window (&window);
  td_test_editing_stop_application ();
}

/* The score sheet and the ranking are the area's other views, reading the set chosen; Print
 * gives the chosen unit's scoring table from the sheet, the ranking elsewhere. */
static void
test_sheet_and_print (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdStore *store = td_window_get_store (window);
  TdScoringPage *page = show_scoring (window);
  const char *kinds[] = { "village", NULL };
  const char *self_field[] = { "self", NULL };
  g_autoptr(TdCriterion) item = td_criterion_new (0);
  g_autoptr(GError) error = NULL;
  TdScoreSheetView *sheet_view;
  TdScoreSheet *sheet;
  gint64 set, item_id, village;
  TdPreview *preview;

  set = td_store_add_criteria_set (store, 2022, "Tiêu chí thôn", kinds, &error);
  g_assert_no_error (error);
  td_criterion_set_code (item, "1.");
  td_criterion_set_name (item, "Giữ gìn vệ sinh môi trường");
  td_criterion_set_max_points (item, 1000);
  item_id = td_store_add_criterion (store, set, 0, -1, item, &error);
  g_assert_no_error (error);
  village = td_test_file_int (path, "SELECT id FROM unit WHERE kind = 'village' LIMIT 1");
  g_assert_cmpint (village, !=, 0);
  {
    TdScoreInput score = { .criterion_id = item_id, .unit_id = village, .has_self = TRUE,
                           .self_points = 850 };

    g_assert_true (td_store_update_score (store, &score, self_field, &error));
    g_assert_no_error (error);
  }

  /* The sheet reads the set once shown, and has the score. */
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_scoring_page_get_set_id (page), ==, set);
  td_scoring_page_show_view (page, "sheet");
  td_test_wait_for_frame (GTK_WIDGET (window));
  sheet_view = td_scoring_page_get_sheet_view (page);
  sheet = td_score_sheet_view_get_sheet (sheet_view);
  g_assert_nonnull (sheet);
  g_assert_cmpint (td_score_sheet_get_total (sheet, td_score_sheet_find_unit (sheet, village), -1,
                                             TD_SCORE_FINAL), ==, 850);
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-sheet");

  /* A unit chosen on the sheet: its scoring table. */
  td_score_grid_set_cursor (td_score_sheet_view_get_grid (sheet_view),
                            td_score_sheet_find_unit (sheet, village), 0);
  g_assert_cmpint (td_scoring_page_get_chosen_unit (page), ==, village);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preview", NULL));
  preview = td_test_wait_for_window (TD_TYPE_PREVIEW);
  g_assert_true (g_str_has_prefix (td_document_get_title (td_preview_get_document (preview)),
                                   "Bảng chấm điểm thi đua năm 2022 - "));
  gtk_window_close (GTK_WINDOW (preview));
  td_test_wait_window_gone (TD_TYPE_PREVIEW);

  /* The ranking: the unit first, and Print gives the ranking. */
  td_scoring_page_show_view (page, "ranking");
  td_test_wait_for_frame (GTK_WIDGET (window));
  {
    g_autofree char *rank = td_ranking_view_dup_text (td_scoring_page_get_ranking_view (page),
                                                      0, 0);
    g_autofree char *total = td_ranking_view_dup_text (td_scoring_page_get_ranking_view (page),
                                                       0, 4);

    g_assert_cmpstr (rank, ==, "1");
    g_assert_cmpstr (total, ==, "8.5");
  }
  td_test_save_screenshot (GTK_WIDGET (window), "scoring-ranking");
  g_assert_cmpint (td_scoring_page_get_chosen_unit (page), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preview", NULL));
  preview = td_test_wait_for_window (TD_TYPE_PREVIEW);
  g_assert_cmpstr (td_document_get_title (td_preview_get_document (preview)), ==,
                   "Kết quả chấm điểm, xếp hạng thi đua năm 2022");
  gtk_window_close (GTK_WINDOW (preview));
  td_test_wait_window_gone (TD_TYPE_PREVIEW);

  td_test_close_window (&window);
}

int
main (int   argc,
      char *argv[])
{
  td_test_editing_init (&argc, argv);

  g_test_add_func ("/scoring/build-tree", test_build_tree);
  g_test_add_func ("/scoring/delete-undo", test_delete_undo);
  g_test_add_func ("/scoring/copy-year", test_copy_year);
  g_test_add_func ("/scoring/import", test_import);
  g_test_add_func ("/scoring/thresholds", test_thresholds);
  g_test_add_func ("/scoring/sheet-and-print", test_sheet_and_print);
  g_test_add_func ("/scoring/vietnamese", test_vietnamese);

  return td_test_editing_run ();
}
