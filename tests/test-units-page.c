/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Units area in the real window, over the sample plan: a unit added and edited by
 * typing in the side pane, a unit deleted and brought back with the toast's Undo, a unit
 * with tasks archived rather than deleted, the search with and without diacritics, a
 * duplicate pointed out where it is typed, and a household list imported from a CSV file
 * with one column mapped by hand.
 *
 * What is asserted is what the list and the pane show and what the file holds, read back
 * with SQLite itself. With TD_SHOT_DIR set, screenshots are saved there too.
 */
#define G_LOG_DOMAIN "test-units-page"

#include "config.h"

#include <glib/gstdio.h>

#include "td-import-dialog.h"
#include "td-subject-editor.h"
#include "td-subject-columns.h"
#include "td-subject-list.h"
#include "td-drawn-row.h"
#include "td-test-db.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-units-page.h"
#include "td-window.h"

/* The sample plan's units. */
#define SAMPLE_UNITS 10

static TdSubjectList *
show_list (TdWindow      *window,
           TdSubjectKind  kind)
{
  TdUnitsPage *page = td_window_get_units_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "u", 2);
  td_units_page_show_list (page, kind);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (td_units_page_get_list (page, kind))));
  return td_units_page_get_list (page, kind);
}

/* The names the list shows, in order, joined by "|". */
static char *
shown_names (TdSubjectList *list)
{
  GListModel *shown = td_subject_list_get_shown (list);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(TdSubject) subject = g_list_model_get_item (shown, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", td_subject_get_name (subject));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The rows drawn on screen, as their texts, one a line. */
static char *
screen_rows (TdSubjectList *list)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (GTK_WIDGET (list), TD_TYPE_DRAWN_ROW, TRUE);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *text = td_drawn_row_dup_text (g_ptr_array_index (rows, i));

      if (*text != '\0')
        g_string_append_printf (out, "%s\n", text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_loaded (TdSubjectList *list)
{
  return !td_subject_list_is_loading (list);
}

/* The rows are read again on a worker thread after a change: once read, @text shows. */
static void
assert_shows (TdSubjectList *list,
              const char    *text)
{
  td_test_assert_eventually (is_loaded, list, "the list to be read");
  td_test_wait_for_frame (GTK_WIDGET (list));
  td_test_assert_on_screen (list, text);
}

static void
search (TdSubjectList *list,
        const char    *text)
{
  gtk_editable_set_text (td_subject_list_get_search (list), text);
  /* The search entry waits a moment before it says it changed. */
  g_signal_emit_by_name (td_subject_list_get_search (list), "search-changed");
  td_test_wait_for_frame (GTK_WIDGET (list));
}

static void
type_into (TdSubjectEditor *editor,
           TdSubjectField   field,
           const char      *text)
{
  GtkWidget *row = td_subject_editor_get_field (editor, field);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  td_test_wait_for_frame (row);
}

/* Chooses @label in the drop-down of @field, as a click in its popover does. */
static void
choose (TdSubjectEditor *editor,
        TdSubjectField   field,
        const char      *label)
{
  AdwComboRow *row = ADW_COMBO_ROW (td_subject_editor_get_field (editor, field));
  GListModel *labels = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (labels, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          adw_combo_row_set_selected (row, i);
          td_test_wait_for_frame (GTK_WIDGET (row));
          return;
        }
    }
  g_error ("no “%s” to choose", label);
}

static gint64
file_units (const char *path)
{
  return td_test_file_int (path, "SELECT count(*) FROM unit WHERE archived = 0");
}

static void
test_add_and_edit (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_UNIT);
  TdSubjectEditor *editor;
  g_autofree char *head = NULL;

  g_assert_cmpint (file_units (path), ==, SAMPLE_UNITS);
  assert_shows (list, "10 units");

  td_test_click (td_test_find_button (GTK_WIDGET (list), "Add Unit", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  editor = td_subject_list_get_editor (list);
  g_assert_nonnull (editor);
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (editor)));
  g_assert_true (td_test_editing_has_focus (window,
                                            td_subject_editor_get_field (editor,
                                                                         TD_SUBJECT_FIELD_NAME)));
  type_into (editor, TD_SUBJECT_FIELD_NAME, "Thôn Tùng Ảnh");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = "
                                           "'Thôn Tùng Ảnh'"), ==, 1);
  type_into (editor, TD_SUBJECT_FIELD_HEAD, "Nguyễn Văn Đức");
  type_into (editor, TD_SUBJECT_FIELD_MEMBERS, "412");
  head = td_test_file_query (path, "SELECT head || '/' || members FROM unit "
                                   "WHERE name = 'Thôn Tùng Ảnh'");
  g_assert_cmpstr (head, ==, "Nguyễn Văn Đức/412");
  assert_shows (list, "11 units");

  /* A letter typed into the count is refused where typed, and the file keeps the last. */
  {
    GtkWidget *members = td_subject_editor_get_field (editor, TD_SUBJECT_FIELD_MEMBERS);
    int position = -1;

    gtk_editable_insert_text (GTK_EDITABLE (members), "l", 1, &position);
    td_test_wait_for_frame (members);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (members)), ==, "412l");
    g_assert_cmpint (td_test_file_int (path, "SELECT members FROM unit WHERE name = "
                                             "'Thôn Tùng Ảnh'"), ==, 412);
    td_test_save_screenshot (GTK_WIDGET (window), "units-refused");
    td_test_dump_texts (GTK_WIDGET (editor));
    type_into (editor, TD_SUBJECT_FIELD_MEMBERS, "412");
  }
  td_test_save_screenshot (GTK_WIDGET (window), "units-edit");

  td_test_close_window (&window);
}

static void
test_delete_undo (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_UNIT);
  TdSubjectEditor *editor;
  gint64 id;

  td_subject_list_add (list);
  editor = td_subject_list_get_editor (list);
  type_into (editor, TD_SUBJECT_FIELD_NAME, "Chi hội Phụ nữ");
  id = td_test_file_int (path, "SELECT id FROM unit WHERE name = 'Chi hội Phụ nữ'");
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (td_subject_editor_get_id (editor), ==, id);

  /* No history: deleted outright. */
  td_test_click (td_test_find_button (GTK_WIDGET (editor), "Delete", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE id = %"
                                           G_GINT64_FORMAT, id), ==, 0);
  {
    g_autofree char *names = shown_names (list);

    g_assert_null (strstr (names, "Chi hội Phụ nữ"));
  }
  assert_shows (list, "10 units");

  td_test_editing_click_undo (window);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = "
                                           "'Chi hội Phụ nữ'"), ==, 1);
  assert_shows (list, "11 units");
  search (list, "chi hoi");
  g_assert_cmpstr (shown_names (list), ==, "Chi hội Phụ nữ");

  td_test_close_window (&window);
}

static void
test_archive (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_UNIT);
  gint64 id = td_test_file_int (path, "SELECT id FROM unit WHERE name = 'Trạm y tế'");
  GtkToggleButton *archived;
  TdSubjectEditor *editor;

  g_assert_true (td_subject_list_select (list, id));
  td_test_wait_for_frame (GTK_WIDGET (window));
  editor = td_subject_list_get_editor (list);
  /* It carries out a task of the plan: kept with its history. */
  g_assert_null (td_test_find_button (GTK_WIDGET (editor), "Delete", FALSE, TRUE));
  td_test_click (td_test_find_button (GTK_WIDGET (editor), "Archive", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT archived FROM unit WHERE id = %"
                                           G_GINT64_FORMAT, id), ==, 1);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM task_unit WHERE unit_id = %"
                                           G_GINT64_FORMAT, id), >, 0);
  assert_shows (list, "9 units");
  search (list, "tram");
  g_assert_cmpstr (shown_names (list), ==, "");

  /* Shown again with the archived ones, and restored. */
  archived = GTK_TOGGLE_BUTTON (td_test_find_button (GTK_WIDGET (list), "Archived", FALSE,
                                                    TRUE));
  gtk_toggle_button_set_active (archived, TRUE);
  td_test_wait_for_frame (GTK_WIDGET (list));
  g_assert_cmpstr (shown_names (list), ==, "Trạm y tế");
  g_assert_true (td_subject_list_select (list, id));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_click (td_test_find_button (GTK_WIDGET (editor), "Restore", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT archived FROM unit WHERE id = %"
                                           G_GINT64_FORMAT, id), ==, 0);

  td_test_close_window (&window);
}

static void
test_search (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_UNIT);
  TdSubjectEditor *editor;

  td_subject_list_add (list);
  editor = td_subject_list_get_editor (list);
  type_into (editor, TD_SUBJECT_FIELD_NAME, "Thôn Đông Tùng Ảnh");
  td_subject_list_add (list);
  type_into (editor, TD_SUBJECT_FIELD_NAME, "Thôn Dông");

  /* Vietnamese order: "Dông" before "Đông" (d < đ). */
  search (list, "thon d");
  g_assert_cmpstr (shown_names (list), ==, "Thôn Dông|Thôn Đông Tùng Ảnh");
  search (list, "tung anh");
  g_assert_cmpstr (shown_names (list), ==, "Thôn Đông Tùng Ảnh");
  {
    /* The row on screen shows it, not the one that was first before the search. */
    g_autofree char *rows = screen_rows (list);

    g_assert_cmpstr (rows, ==, "Thôn Đông Tùng Ảnh | Other |  |  |  |  |  | \n");
  }
  search (list, "tùng ảnh");
  g_assert_cmpstr (shown_names (list), ==, "Thôn Đông Tùng Ảnh");
  /* "d" finds "đ"; words in any order. */
  search (list, "anh dong");
  g_assert_cmpstr (shown_names (list), ==, "Thôn Đông Tùng Ảnh");
  search (list, "tùng ánh");
  g_assert_cmpstr (shown_names (list), ==, "Thôn Đông Tùng Ảnh");
  assert_shows (list, "1 of 12 units");
  search (list, "không có");
  g_assert_cmpstr (shown_names (list), ==, "");
  td_test_save_screenshot (GTK_WIDGET (window), "units-none-found");
  search (list, "");
  g_assert_cmpuint (g_list_model_get_n_items (td_subject_list_get_shown (list)), ==, 12);

  /* A heading clicked twice: by kind, then by kind the other way. */
  {
    GtkWidget *header = td_test_find_one (GTK_WIDGET (list), TD_TYPE_DRAWN_HEADER, TRUE);
    g_autofree char *by_name = shown_names (list);
    g_autofree char *by_kind = NULL;
    g_autofree char *by_kind_down = NULL;

    g_assert_true (g_str_has_prefix (by_name, "Ban chỉ đạo XD NTM|Ban phát triển thôn|"));
    g_signal_emit_by_name (header, "sort", 1);
    by_kind = shown_names (list);
    /* "Agency" first; among the agencies, the names in order. */
    g_assert_true (g_str_has_prefix (by_kind, "Cơ quan UBND xã|VP nội vụ|"));
    g_signal_emit_by_name (header, "sort", 1);
    by_kind_down = shown_names (list);
    g_assert_true (g_str_has_suffix (by_kind_down, "|VP nội vụ|Cơ quan UBND xã"));
    td_test_wait_for_frame (GTK_WIDGET (list));
    td_test_save_screenshot (GTK_WIDGET (window), "units-sorted");
  }

  td_test_close_window (&window);
}

/* The position of @label in @dropdown's list of strings. */
static guint
dropdown_position (GtkDropDown *dropdown,
                   const char  *label)
{
  GListModel *labels = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), label))
      return i;
  g_error ("No “%s” to choose", label);
}

/* Filtered by kind, with a search on top; then everything shown again. */
static void
test_filter (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_UNIT);
  GtkDropDown *dropdown = GTK_DROP_DOWN (td_test_find_one (GTK_WIDGET (list),
                                                           GTK_TYPE_DROP_DOWN, TRUE));
  guint n_villages = td_test_file_int (path, "SELECT count(*) FROM unit WHERE kind = 'village'");
  GListModel *shown = td_subject_list_get_shown (list);
  g_autofree char *count = NULL;

  assert_shows (list, "10 units");
  g_assert_cmpuint (n_villages, >=, 1);
  g_assert_cmpuint (n_villages, <, SAMPLE_UNITS);
  gtk_drop_down_set_selected (dropdown, dropdown_position (dropdown, td_unit_kind_label ("village")));
  td_test_wait_for_frame (GTK_WIDGET (list));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_villages);
  for (guint i = 0; i < n_villages; i++)
    {
      g_autoptr(TdSubject) subject = g_list_model_get_item (shown, i);

      g_assert_cmpstr (td_subject_get_unit_kind (subject), ==, "village");
    }
  count = g_strdup_printf ("%u of 10 units", n_villages);
  td_test_assert_on_screen (list, count);

  /* A search narrows the villages; cleared, the villages are back. */
  search (list, "khong co");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  search (list, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_villages);

  gtk_drop_down_set_selected (dropdown, 0);
  td_test_wait_for_frame (GTK_WIDGET (list));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, SAMPLE_UNITS);
  td_test_assert_on_screen (list, "10 units");

  td_test_close_window (&window);
}

/* A list that goes takes its rows with it: a list opened again and again (a year
 * changed, a file opened) does not keep every copy of 20,000 households. */
static void
test_freed (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  GtkWindow *other = GTK_WINDOW (gtk_window_new ());
  TdSubjectList *list = td_subject_list_new (TD_SUBJECT_UNIT);
  gpointer subject;
  gpointer shown;

  td_subject_list_set_store (list, td_window_get_store (window), 2022);
  gtk_window_set_child (other, GTK_WIDGET (list));
  gtk_window_present (other);
  td_test_assert_eventually (is_loaded, list, "the list to be read");
  td_test_wait_for_frame (GTK_WIDGET (list));
  shown = td_subject_list_get_shown (list);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, SAMPLE_UNITS);
  subject = g_list_model_get_item (shown, 0);
  g_object_unref (subject);
  g_object_add_weak_pointer (shown, &shown);
  g_object_add_weak_pointer (subject, &subject);

  gtk_window_destroy (other);
  td_test_assert_eventually (td_test_pointer_is_null, &shown, "the rows shown to be freed");
  td_test_assert_eventually (td_test_pointer_is_null, &subject, "the units to be freed");

  td_test_close_window (&window);
}

static void
test_duplicate (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_HOUSEHOLD);
  TdSubjectEditor *editor;

  td_subject_list_add (list);
  editor = td_subject_list_get_editor (list);
  type_into (editor, TD_SUBJECT_FIELD_NAME, "Lê Văn Tám");
  choose (editor, TD_SUBJECT_FIELD_PARENT_NAME, "Các thôn xóm");
  td_subject_list_add (list);
  type_into (editor, TD_SUBJECT_FIELD_NAME, "Lê Văn Tám");
  /* Another village: another household. */
  g_assert_false (td_test_text_on_screen (GTK_WIDGET (editor), "is already in the list",
                                          TRUE));
  choose (editor, TD_SUBJECT_FIELD_PARENT_NAME, "Các thôn xóm");
  td_test_assert_on_screen (editor, "“Lê Văn Tám” (Các thôn xóm) is already in the list: "
                                    "is it the same?");
  td_test_save_screenshot (GTK_WIDGET (window), "households-duplicate");

  td_test_close_window (&window);
}

typedef struct {
  gboolean done;
  guint    added;
  guint    matched;
} Imported;

static void
on_imported_cb (TdImportDialog *dialog,
                guint           added,
                guint           matched,
                Imported       *imported)
{
  imported->done = TRUE;
  imported->added = added;
  imported->matched = matched;
}

static gboolean
dialog_shows_preview (TdImportDialog *dialog)
{
  return g_str_equal (td_import_dialog_get_state (dialog), "preview");
}

static gboolean
dialog_shows_problems (TdImportDialog *dialog)
{
  return g_str_equal (td_import_dialog_get_state (dialog), "problems");
}

static void
test_import (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_HOUSEHOLD);
  g_autofree char *csv = g_build_filename (g_get_user_data_dir (), "ho.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  /* What a village sends: a title, headings the office chose, ";" as the separator, a
   * last column whose heading is nobody's field. */
  const char *text = "\xEF\xBB\xBF" "DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG HÒA;;;;\n"
                     "STT;Họ và tên chủ hộ;Thôn;Số khẩu;Điện thoại liên lạc riêng\n"
                     "1;Nguyễn Văn Ấn;Thôn Đông Hòa;4;0912 000 111\n"
                     "2;Trần Thị Bình;Thôn Đông Hòa;5;\n"
                     "3;\"Lê Văn\nĐức\";Thôn Đông Hòa;3;\n";
  TdImportDialog *dialog;
  Imported imported = { 0 };

  g_assert_true (g_file_set_contents (csv, text, -1, &error));
  g_assert_no_error (error);
  dialog = td_import_dialog_new (GTK_WINDOW (window), td_window_get_store (window),
                                 TD_SUBJECT_HOUSEHOLD, file);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &imported);
  gtk_window_present (GTK_WINDOW (dialog));
  td_test_assert_eventually (dialog_shows_preview, dialog, "the preview");
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  td_test_assert_on_screen (dialog, "Nguyễn Văn Ấn");

  /* Mapped from the headings: the number column left out, the phone one not known. */
  g_assert_cmpint (td_import_dialog_get_column (dialog, 0), ==, -1);
  g_assert_cmpint (td_import_dialog_get_column (dialog, 1), ==, TD_SUBJECT_FIELD_NAME);
  g_assert_cmpint (td_import_dialog_get_column (dialog, 2), ==, TD_SUBJECT_FIELD_PARENT_NAME);
  g_assert_cmpint (td_import_dialog_get_column (dialog, 3), ==, TD_SUBJECT_FIELD_MEMBERS);
  td_import_dialog_set_column (dialog, 4, TD_SUBJECT_FIELD_PHONE);
  td_test_save_screenshot (GTK_WIDGET (dialog), "households-import");

  /* A column mapped wrongly first: every row is named, nothing is written. */
  td_import_dialog_set_column (dialog, 3, TD_SUBJECT_FIELD_PHONE);
  td_import_dialog_set_column (dialog, 4, TD_SUBJECT_FIELD_MEMBERS);
  td_import_dialog_import (dialog);
  td_test_assert_eventually (dialog_shows_problems, dialog, "the rows that are wrong");
  g_assert_nonnull (strstr (td_import_dialog_get_problems (dialog), "Row 3:"));
  g_assert_nonnull (strstr (td_import_dialog_get_problems (dialog), "0912 000 111"));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM household"), ==, 0);
  g_assert_false (imported.done);
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  td_test_save_screenshot (GTK_WIDGET (dialog), "households-import-problems");

  td_test_click (td_test_find_button (GTK_WIDGET (dialog), "Back", FALSE, TRUE));
  td_import_dialog_set_column (dialog, 3, TD_SUBJECT_FIELD_MEMBERS);
  td_import_dialog_set_column (dialog, 4, TD_SUBJECT_FIELD_PHONE);
  td_import_dialog_import (dialog);
  td_test_assert_eventually (td_test_flag_is_set, &imported.done, "the import");
  g_assert_cmpuint (imported.added, ==, 3);
  g_assert_cmpuint (imported.matched, ==, 0);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM household h JOIN unit u "
                                           "ON u.id = h.village_id WHERE u.name = "
                                           "'Thôn Đông Hòa' AND u.kind = 'village'"), ==, 3);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM household WHERE "
                                           "head_name = 'Lê Văn Đức'"), ==, 1);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM household WHERE "
                                           "phone = '0912 000 111' AND members = 4"), ==, 1);
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_shows (list, "3 households");
  search (list, "an");
  g_assert_cmpstr (shown_names (list), ==, "Nguyễn Văn Ấn");
  td_test_save_screenshot (GTK_WIDGET (window), "households-imported");

  /* The worker's rows are one step of the window's Undo: the households and the village
   * made for them go, and Redo brings them back. */
  g_assert_cmpstr (td_history_get_undo_label (td_window_get_history (window)), ==,
                   "Import Households");
  g_assert_true (td_history_undo (td_window_get_history (window), &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM household"), ==, 0);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = "
                                           "'Thôn Đông Hòa'"), ==, 0);
  search (list, "");
  assert_shows (list, "No Households Yet");
  g_assert_true (td_history_redo (td_window_get_history (window), &error));
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM household"), ==, 3);
  assert_shows (list, "3 households");

  td_test_close_window (&window);
}

/* On a phone-narrow window the list fits: its rows as wide as the window, the columns that
 * do not fit left out, the name always there. */
static void
test_narrow (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (td_test_editing_app (), &path);
  TdSubjectList *list = show_list (window, TD_SUBJECT_UNIT);
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *widgets[] = { GTK_WIDGET (list), GTK_WIDGET (td_subject_list_get_view (list)),
                           td_test_find_one (GTK_WIDGET (list), ADW_TYPE_FLAP, FALSE),
                           td_test_find_one (GTK_WIDGET (list), TD_TYPE_DRAWN_HEADER, FALSE) };

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      int min = 0;

      gtk_widget_measure (widgets[i], GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_test_message ("%s: at least %d px", G_OBJECT_TYPE_NAME (widgets[i]), min);
    }
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (list)), <=, 360);
  rows = td_test_find_all (GTK_WIDGET (list), TD_TYPE_DRAWN_ROW, TRUE);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (rows, 0)), <=, 360);
  td_test_save_screenshot (GTK_WIDGET (window), "units-360");

  /* The columns' shares: at 360 px (7 px a character) name, kind, head and members; at
   * 1,200 px all eight, the name the widest. */
  {
    int x[9];

    td_subject_columns_layout (TD_SUBJECT_UNIT, 360, 7, x);
    g_assert_cmpint (x[1] - x[0], >=, 24 * 7);
    g_assert_cmpint (x[4], <=, 360);
    g_assert_cmpint (x[5] - x[4], ==, 0);
    g_assert_cmpint (x[8], ==, x[4]);
    td_subject_columns_layout (TD_SUBJECT_UNIT, 1200, 7, x);
    for (guint i = 0; i < 8; i++)
      g_assert_cmpint (x[i + 1] - x[i], >, 0);
    g_assert_cmpint (x[8], <=, 1200);
    g_assert_cmpint (x[1] - x[0], >, x[3] - x[2]);
  }

  td_test_close_window (&window);
}

int
main (int   argc,
      char *argv[])
{
  td_test_editing_init (&argc, argv);

  g_test_add_func ("/units/add-and-edit", test_add_and_edit);
  g_test_add_func ("/units/delete-undo", test_delete_undo);
  g_test_add_func ("/units/archive", test_archive);
  g_test_add_func ("/units/search", test_search);
  g_test_add_func ("/units/filter", test_filter);
  g_test_add_func ("/units/freed", test_freed);
  g_test_add_func ("/units/duplicate", test_duplicate);
  g_test_add_func ("/units/import", test_import);
  g_test_add_func ("/units/narrow", test_narrow);

  return td_test_editing_run ();
}
