/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Registrations page in the real window (td-test-registrations.h), over a file with a
 * plan of 2022 and the subjects of td-test-subjects.c (5 units, 4 people, 5 households): the
 * first page of a year with none, registering one through the dialog, the search without
 * diacritics, registering the households of a village and undoing it, who has not
 * registered, editing a registration's date and targets and removing it, Ctrl+Z in its
 * dialogs, printing the list, a phone's width. (Reading and sorting the list:
 * test-registrations-list.c.)
 * What is asserted is what the user sees and what the file holds, read back with SQLite.
 * "Today" is 20 January 2022. With TD_SHOT_DIR set, screenshots are saved there.
 */
#define G_LOG_DOMAIN "test-registrations-page"

#include "config.h"

#include <string.h>

#include "td-drawn-row.h"
#include "td-history.h"
#include "td-preview.h"
#include "td-print.h"
#include "td-registration-add-dialog.h"
#include "td-registration-dialog.h"
#include "td-registrations-page.h"
#include "td-store-plan.h"
#include "td-store-registrations.h"
#include "td-store-scoring.h"
#include "td-test-db.h"
#include "td-test-registrations.h"
#include "td-test-subjects.h"
#include "td-test-ui.h"

static TdApplication *app;

static gboolean
text_shown (gpointer data)
{
  gpointer *args = data;

  return td_test_text_on_screen (args[0], args[1], GPOINTER_TO_INT (args[2]));
}

#define assert_eventually_on_screen(root, text, substring)                                    \
  G_STMT_START {                                                                           \
    gpointer args_[] = { GTK_WIDGET (root), (gpointer) (text), GINT_TO_POINTER (substring) }; \
    if (!td_test_wait_until (text_shown, args_))                                           \
      {                                                                                    \
        td_test_dump_texts (GTK_WIDGET (root));                                            \
        g_error ("not on screen: “%s”", (const char *) (text));                            \
      }                                                                                    \
  } G_STMT_END

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    g_error ("%s is missing: install poppler-utils", argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The tests -------------------------------------------------------------------------------- */

/* A year with no registration says so, and what to do first. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  td_test_assert_on_screen (fixture->page, "No Registrations for 2022");
  g_assert_nonnull (td_test_find_button (GTK_WIDGET (fixture->page), "Register…", FALSE, TRUE));
  g_assert_nonnull (td_test_find_button (GTK_WIDGET (fixture->page), "Register Many", FALSE,
                                         TRUE));
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "registrations-empty");
}

/* Register…: a household found without its diacritics, the title that fits it offered,
 * registered with today's date; the list and its count show it. */
static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  TdRegistrationAddDialog *dialog;
  GtkListView *list;
  AdwComboRow *title_row;
  GtkWidget *search;
  g_autoptr(GtkStringObject) title = NULL;

  td_test_click (td_test_find_button (GTK_WIDGET (fixture->page), "Register…", FALSE, TRUE));
  dialog = td_test_wait_for_window (TD_TYPE_REGISTRATION_ADD_DIALOG);

  td_test_click (td_test_find_button (GTK_WIDGET (dialog), "Households", FALSE, TRUE));
  list = td_test_find_one (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW, TRUE);
  assert_n_items (gtk_list_view_get_model (list), 5, "the five households to be listed");
  search = td_test_find_one (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (search), "hoang van em");
  assert_n_items (gtk_list_view_get_model (list), 1, "“hoang van em” to find one household");
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  td_test_assert_on_screen (dialog, "Hoàng Văn Em");

  /* The one found is chosen, and a household's title with it. */
  title_row = td_test_find_one (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, TRUE);
  title = g_list_model_get_item (adw_combo_row_get_model (title_row),
                                 adw_combo_row_get_selected (title_row));
  g_assert_cmpstr (gtk_string_object_get_string (title), ==, "Gia đình văn hóa");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (title_row)), ==, 1);
  td_test_save_screenshot (GTK_WIDGET (dialog), "registrations-add");

  td_test_click (td_test_find_action_button (GTK_WIDGET (dialog), "add.register", TRUE));
  td_test_wait_window_gone (TD_TYPE_REGISTRATION_ADD_DIALOG);

  g_assert_cmpint (td_test_reg_count (fixture, "household_id = 1 AND registered_on = '2022-01-20' "
                                           "AND year = 2022"), ==, 1);
  assert_eventually_on_screen (fixture->window, "“Hoàng Văn Em” registered for “Gia đình văn hóa”",
                               FALSE);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->page, "1 registration: Gia đình văn hóa 1");
  td_test_assert_on_screen (fixture->page, "Hoàng Văn Em");
  td_test_assert_on_screen (fixture->page, "20/01/2022");

  /* Twice is refused, in words, and the dialog stays. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "registrations.add", NULL);
  dialog = td_test_wait_for_window (TD_TYPE_REGISTRATION_ADD_DIALOG);
  td_test_click (td_test_find_button (GTK_WIDGET (dialog), "Households", FALSE, TRUE));
  search = td_test_find_one (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, TRUE);
  list = td_test_find_one (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (search), "Hoàng");
  assert_n_items (gtk_list_view_get_model (list), 1, "“Hoàng” to find one household");
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  td_test_click (td_test_find_action_button (GTK_WIDGET (dialog), "add.register", TRUE));
  assert_eventually_on_screen (dialog, "has already registered", TRUE);
  g_assert_cmpint (td_test_reg_count (fixture, "1"), ==, 1);
  gtk_window_close (GTK_WINDOW (dialog));
  td_test_wait_window_gone (TD_TYPE_REGISTRATION_ADD_DIALOG);
}

/* The search finds names and where they belong, with or without diacritics; the line
 * above the list says how many of how many. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;

  g_assert_true (td_store_register_households_of_village (td_test_reg_store (fixture), 2022,
                                                          td_test_reg_title_id (fixture, "GDVH"),
                                                          TD_TEST_THON_DONG, "", NULL, &error));
  g_assert_true (td_store_register_staff_of_unit (td_test_reg_store (fixture), 2022,
                                                  td_test_reg_title_id (fixture, "LDTT"), TD_TEST_TRUONG,
                                                  "", NULL, &error));
  g_assert_no_error (error);
  td_test_reg_wait_loaded (fixture->page);
  assert_n_items (td_registrations_page_get_shown (fixture->page), 6, "six registrations");
  td_test_assert_on_screen (fixture->page,
                            "6 registrations: Lao động tiên tiến 3 · Gia đình văn hóa 3");

  td_test_reg_search (fixture, "do thi giang");
  assert_n_items (td_registrations_page_get_shown (fixture->page), 1, "“do thi giang” alone");
  found = td_test_reg_shown_names (fixture);
  g_assert_cmpstr (found, ==, "Đỗ Thị Giang");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->page, "1 of 6 registrations");
  td_test_assert_on_screen (fixture->page, "Đỗ Thị Giang");

  /* Where they belong: the school's three teachers. */
  td_test_reg_search (fixture, "tung anh");
  assert_n_items (td_registrations_page_get_shown (fixture->page), 3, "“tung anh” to find three");
  g_clear_pointer (&found, g_free);
  found = td_test_reg_shown_names (fixture);
  g_assert_cmpstr (found, ==, "Lê Văn Cường; Nguyễn Văn An; Trần Thị Bình");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "registrations-search");

  /* Nothing found says so. */
  td_test_reg_search (fixture, "xyz");
  assert_n_items (td_registrations_page_get_shown (fixture->page), 0, "nothing for “xyz”");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->page, "No Registration Found");

  /* A title and the search together. */
  td_test_reg_search (fixture, "");
  g_assert_true (td_registrations_page_show_title (fixture->page, "GDVH"));
  assert_n_items (td_registrations_page_get_shown (fixture->page), 3, "the three households");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->page, "Gia đình văn hóa: 3 registered, 0 pledges signed");
}

/* One registration added, removed or put back by Undo takes its place among 20,000 without
 * the year being read again: by title in the catalogue's order, then by name. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autoptr(TdRegistration) first = NULL;
  gint64 lan;

  g_assert_true (td_store_register_households_of_village (td_test_reg_store (fixture), 2022,
                                                          td_test_reg_title_id (fixture, "GDVH"),
                                                          TD_TEST_THON_DONG, "", NULL, &error));
  g_assert_no_error (error);
  td_test_reg_wait_loaded (fixture->page);
  /* The rows read for the year stay the same objects from here on. */
  first = g_list_model_get_item (td_registrations_page_get_shown (fixture->page), 0);

  lan = td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "GDVH"),
                                   TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_LAN, "", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "LDTT"),
                                              TD_REGISTRATION_PERSON, TD_TEST_DUNG, "", FALSE,
                                              &error), >, 0);
  g_assert_cmpint (td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "GDVH"),
                                              TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_KHOA, "", FALSE,
                                              &error), >, 0);
  g_assert_no_error (error);
  names = td_test_reg_shown_names (fixture);
  g_assert_cmpstr (names, ==, "Phạm Thị Dung; Bùi Văn Hải; Đỗ Thị Giang; Hoàng Văn Em; "
                              "Ngô Thị Lan; Vũ Văn Khoa");
  {
    g_autoptr(TdRegistration) still = g_list_model_get_item (
      td_registrations_page_get_shown (fixture->page), 1);

    g_assert_true (still == first);
  }

  g_assert_true (td_store_remove_registration (td_test_reg_store (fixture), lan, &error));
  g_clear_pointer (&names, g_free);
  names = td_test_reg_shown_names (fixture);
  g_assert_cmpstr (names, ==, "Phạm Thị Dung; Bùi Văn Hải; Đỗ Thị Giang; Hoàng Văn Em; "
                              "Vũ Văn Khoa");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_clear_pointer (&names, g_free);
  names = td_test_reg_shown_names (fixture);
  g_assert_cmpstr (names, ==, "Phạm Thị Dung; Bùi Văn Hải; Đỗ Thị Giang; Hoàng Văn Em; "
                              "Ngô Thị Lan; Vũ Văn Khoa");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->page,
                            "6 registrations: Lao động tiên tiến 1 · Gia đình văn hóa 5");
}

/* From the menu: every household of Thôn Đông, one change; its toast's Undo takes them all
 * back. */
static void
test_bulk_households (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) rows = NULL;
  AdwComboRow *village_row;
  GListModel *villages;
  GtkWidget *overlay;
  guint dong = G_MAXUINT;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "registrations.register-households", NULL));
  dialog = td_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  rows = td_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, TRUE);
  g_assert_cmpuint (rows->len, ==, 2);
  village_row = g_ptr_array_index (rows, 0);
  villages = adw_combo_row_get_model (village_row);
  /* The villages alone, in Vietnamese order. */
  g_assert_cmpuint (g_list_model_get_n_items (villages), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (villages); i++)
    {
      g_autoptr(GtkStringObject) name = g_list_model_get_item (villages, i);

      if (g_str_equal (gtk_string_object_get_string (name), "Thôn Đông"))
        dong = i;
    }
  g_assert_cmpuint (dong, ==, 0);
  adw_combo_row_set_selected (village_row, dong);
  td_test_save_screenshot (GTK_WIDGET (dialog), "registrations-bulk");
  td_test_click (td_test_find_button (GTK_WIDGET (dialog), "Register", FALSE, TRUE));
  td_test_wait_window_gone (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_cmpint (td_test_reg_count (fixture, "household_id IN (1, 2, 3) AND "
                                           "registered_on = '2022-01-20'"), ==, 3);
  g_assert_cmpint (td_test_reg_count (fixture, "1"), ==, 3);
  assert_eventually_on_screen (fixture->window,
                               "3 households of Thôn Đông registered for “Gia đình văn hóa”",
                               FALSE);
  td_test_reg_wait_loaded (fixture->page);
  td_test_assert_on_screen (fixture->page, "3 registrations: Gia đình văn hóa 3");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "registrations-bulk-done");

  /* One step, undone by the toast's button. */
  overlay = td_test_find_one (GTK_WIDGET (fixture->window), ADW_TYPE_TOAST_OVERLAY, FALSE);
  td_test_click (td_test_find_button (overlay, "Undo", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpint (td_test_reg_count (fixture, "1"), ==, 0);
  assert_eventually_on_screen (fixture->page, "No Registrations for 2022", FALSE);
}

/* Who has not registered a title, and registering them all at once. */
static void
test_unregistered (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  GtkWidget *toggle;

  g_assert_cmpint (td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "GDVH"),
                                              TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_EM, "",
                                              FALSE, &error), >, 0);
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  toggle = td_test_find_button (GTK_WIDGET (fixture->page), "Not Registered", FALSE, TRUE);
  /* Of one title only. */
  g_assert_false (gtk_widget_is_sensitive (toggle));
  g_assert_true (td_registrations_page_show_title (fixture->page, "GDVH"));
  g_assert_true (gtk_widget_is_sensitive (toggle));
  td_test_click (toggle);
  assert_n_items (td_registrations_page_get_shown (fixture->page), 4, "four not registered");
  names = td_test_reg_shown_names (fixture);
  g_assert_cmpstr (names, ==, "Bùi Văn Hải; Đỗ Thị Giang; Ngô Thị Lan; Vũ Văn Khoa");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->page, "4 have not registered for “Gia đình văn hóa”");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "registrations-unregistered");

  /* Those of Thôn Tây, as the search shows them. */
  td_test_reg_search (fixture, "thon tay");
  assert_n_items (td_registrations_page_get_shown (fixture->page), 2, "Thôn Tây's two");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_click (td_test_find_button (GTK_WIDGET (fixture->page), "Register All 2", FALSE, TRUE));
  g_assert_cmpint (td_test_reg_count (fixture, "household_id IN (4, 5) AND "
                                           "registered_on = '2022-01-20'"), ==, 2);
  g_assert_cmpint (td_test_reg_count (fixture, "1"), ==, 3);
  assert_n_items (td_registrations_page_get_shown (fixture->page), 0, "nobody left in Thôn Tây");
  td_test_reg_search (fixture, "");
  assert_n_items (td_registrations_page_get_shown (fixture->page), 2, "two left");
  assert_eventually_on_screen (fixture->window, "2 registered for “Gia đình văn hóa”", FALSE);
}

static void
type_into (GtkWidget  *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* A row opened: its date and a target typed and saved, then the registration removed and
 * brought back by Undo. */
static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TdRegistrationDialog *dialog;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) expanders = NULL;
  GtkWidget *date_row = NULL;
  GtkWidget *new_target = NULL;
  GtkListView *view;
  gint64 id;

  id = td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "TVH"),
                                  TD_REGISTRATION_UNIT, TD_TEST_THON_NAM, "2022-01-10", FALSE,
                                  &error);
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));

  view = td_test_reg_view (fixture->page);
  g_signal_emit_by_name (view, "activate", 0);
  dialog = td_test_wait_for_window (TD_TYPE_REGISTRATION_DIALOG);
  g_assert_cmpint (td_registration_dialog_get_id (dialog), ==, id);
  td_test_assert_on_screen (dialog, "Thôn Nam");

  entries = td_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, TRUE);
  for (guint i = 0; i < entries->len; i++)
    {
      const char *title = adw_preferences_row_get_title (g_ptr_array_index (entries, i));

      if (g_str_has_prefix (title, "Date of registration"))
        date_row = g_ptr_array_index (entries, i);
      else if (g_str_has_prefix (title, "New target"))
        new_target = g_ptr_array_index (entries, i);
    }
  g_assert_nonnull (date_row);
  g_assert_nonnull (new_target);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "10/01/2022");

  /* Typed, then saved a moment later (or now, flushed). */
  type_into (date_row, "05/01/2022");
  td_registration_dialog_flush (dialog);
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-05'"), ==, 1);
  /* A date that is none is said, and not saved. */
  type_into (date_row, "31/02/2022");
  td_registration_dialog_flush (dialog);
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-05'"), ==, 1);
  type_into (date_row, "05/01/2022");
  td_registration_dialog_flush (dialog);
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));

  /* A target: its words, then a figure. */
  type_into (new_target, "Tỷ lệ hộ nghèo giảm");
  g_signal_emit_by_name (new_target, "apply");
  g_assert_cmpint (td_test_file_int (fixture->path, "SELECT count(*) FROM registration_target "
                                                    "WHERE text = 'Tỷ lệ hộ nghèo giảm'"), ==, 1);
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  expanders = td_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, TRUE);
  g_assert_cmpuint (expanders->len, ==, 1);
  {
    AdwComboRow *kind = td_test_find_one (g_ptr_array_index (expanders, 0), ADW_TYPE_COMBO_ROW,
                                          FALSE);
    g_autoptr(GPtrArray) fields = td_test_find_all (g_ptr_array_index (expanders, 0),
                                                    ADW_TYPE_ENTRY_ROW, FALSE);

    adw_combo_row_set_selected (kind, 1);
    g_assert_cmpint (td_test_file_int (fixture->path, "SELECT count(*) FROM registration_target "
                                                      "WHERE kind = 'number'"), ==, 1);
    /* What it pledges, the figure, the unit. */
    g_assert_cmpuint (fields->len, ==, 3);
    type_into (g_ptr_array_index (fields, 1), "1,5");
    type_into (g_ptr_array_index (fields, 2), "%");
    td_registration_dialog_flush (dialog);
  }
  g_assert_cmpint (td_test_file_int (fixture->path, "SELECT count(*) FROM registration_target "
                                                    "WHERE target_value = 1.5 AND unit = '%%'"),
                   ==, 1);
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  td_test_assert_on_screen (dialog, "Tỷ lệ hộ nghèo giảm: 1,5 %");
  td_test_save_screenshot (GTK_WIDGET (dialog), "registrations-edit");

  /* The list shows the target and the new date. */
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->page, "05/01/2022");
  td_test_assert_on_screen (fixture->page, "1 · Tỷ lệ hộ nghèo giảm: 1,5 %");

  /* Removed: the dialog goes; Undo brings it back with its target. */
  {
    GtkWidget *remove = td_test_find_button (GTK_WIDGET (dialog), "Remove Registration", FALSE,
                                             FALSE);

    /* Below the targets: the page scrolls to it as the keyboard reaches it. */
    gtk_widget_grab_focus (remove);
    td_test_wait_for_frame (GTK_WIDGET (dialog));
    td_test_wait_for_frame (GTK_WIDGET (dialog));
    td_test_click (remove);
  }
  td_test_wait_window_gone (TD_TYPE_REGISTRATION_DIALOG);
  g_assert_cmpint (td_test_reg_count (fixture, "1"), ==, 0);
  assert_eventually_on_screen (fixture->window, "Registration of “Thôn Nam” for "
                               "“Thôn văn hóa” removed", FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-05'"), ==, 1);
  g_assert_cmpint (td_test_file_int (fixture->path, "SELECT count(*) FROM registration_target"),
                   ==, 1);
  assert_n_items (td_registrations_page_get_shown (fixture->page), 1, "the registration back");
}

/* Ctrl+Z and Ctrl+Shift+Z in a registration's dialog are the window's Undo and Redo, not
 * the field's own: what was typed and saved is taken back in the file, and the field shows
 * it; what is typed and not saved yet is saved first, a step of its own. */
/* A village's target is scored by an item of the villages' criteria: chosen in the
 * dialog, shown beside that item on the score sheet. */
static void
test_scored_by (Fixture       *fixture,
                gconstpointer  data)
{
  TdStore *store = td_test_reg_store (fixture);
  const char * const villages[] = { "village", NULL };
  g_autoptr(TdCriterion) group = td_criterion_new (0);
  g_autoptr(TdCriterion) item = td_criterion_new (0);
  g_autoptr(TdRegistrationTarget) target = td_registration_target_new ("Thu nhập bình quân");
  g_autoptr(GError) error = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;
  TdRegistrationDialog *dialog;
  AdwComboRow *scored_by = NULL;
  gint64 set, group_id, item_id, registration, target_id;

  set = td_store_add_criteria_set (store, 2022, "Tiêu chí thôn", villages, &error);
  g_assert_no_error (error);
  td_criterion_set_code (group, "I");
  td_criterion_set_name (group, "Kinh tế");
  group_id = td_store_add_criterion (store, set, 0, -1, group, &error);
  g_assert_no_error (error);
  td_criterion_set_code (item, "1");
  td_criterion_set_name (item, "Thu nhập");
  td_criterion_set_max_points (item, 1000);
  item_id = td_store_add_criterion (store, set, group_id, -1, item, &error);
  g_assert_no_error (error);
  registration = td_store_add_registration (store, 2022, td_test_reg_title_id (fixture, "TVH"),
                                            TD_REGISTRATION_UNIT, TD_TEST_THON_NAM, NULL, FALSE,
                                            &error);
  g_assert_no_error (error);
  target_id = td_store_add_registration_target (store, registration, target, &error);
  g_assert_no_error (error);

  dialog = td_registration_dialog_new (GTK_WINDOW (fixture->window), store, registration, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  {
    g_autoptr(GPtrArray) combos = td_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                    FALSE);

    for (guint i = 0; i < combos->len; i++)
      if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (combos, i)),
                       "Scored by criterion"))
        scored_by = g_ptr_array_index (combos, i);
  }
  g_assert_nonnull (scored_by);
  /* None, then the one item (the group is scored through it). */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (scored_by)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (scored_by), ==, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (scored_by)),
                                               1), ==, "1 Thu nhập");

  adw_combo_row_set_selected (scored_by, 1);
  g_assert_cmpint (td_test_file_int (fixture->path, "SELECT criterion_id FROM registration_target "
                                                    "WHERE id = %" G_GINT64_FORMAT, target_id),
                   ==, item_id);
  sheet = td_store_read_score_sheet (store, set, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (td_score_sheet_get_target (sheet, td_score_sheet_find_unit (sheet, TD_TEST_THON_NAM),
                                              td_score_sheet_find_item (sheet, item_id)),
                   ==, "Thu nhập bình quân");

  /* One step of the window's Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpint (td_test_file_int (fixture->path, "SELECT count(*) FROM registration_target "
                                                    "WHERE criterion_id IS NULL"), ==, 1);
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (scored_by), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  td_test_wait_window_gone (TD_TYPE_REGISTRATION_DIALOG);
}

static void
test_undo_keys (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TdRegistrationDialog *dialog;
  TdRegistrationAddDialog *add_dialog;
  g_autoptr(GPtrArray) entries = NULL;
  GtkWidget *date_row = NULL;
  GtkSwitch *pledge;
  GtkListView *view;

  g_assert_cmpint (td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "TVH"),
                                              TD_REGISTRATION_UNIT, TD_TEST_THON_NAM, "2022-01-10",
                                              FALSE, &error), >, 0);
  g_assert_no_error (error);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  view = td_test_reg_view (fixture->page);
  g_signal_emit_by_name (view, "activate", 0);
  dialog = td_test_wait_for_window (TD_TYPE_REGISTRATION_DIALOG);
  entries = td_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, TRUE);
  for (guint i = 0; i < entries->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (g_ptr_array_index (entries, i)),
                          "Date of registration"))
      date_row = g_ptr_array_index (entries, i);
  g_assert_nonnull (date_row);

  /* Each save a step of its own, not merged with the typing before it. */
  td_history_set_merge_interval (td_window_get_history (fixture->window), 0);
  /* Saved, then another date typed and not saved yet. */
  gtk_widget_grab_focus (date_row);
  type_into (date_row, "05/01/2022");
  td_registration_dialog_flush (dialog);
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-05'"), ==, 1);
  type_into (date_row, "07/01/2022");
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-05'"), ==, 1);

  td_test_press_ctrl_z (date_row, FALSE);
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-05'"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "05/01/2022");
  td_test_press_ctrl_z (date_row, FALSE);
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-10'"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "10/01/2022");
  td_test_press_ctrl_z (date_row, TRUE);
  g_assert_cmpint (td_test_reg_count (fixture, "registered_on = '2022-01-05'"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "05/01/2022");

  /* The pledge's switch, the same. */
  pledge = td_test_find_one (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, TRUE);
  gtk_switch_set_active (pledge, TRUE);
  g_assert_cmpint (td_test_reg_count (fixture, "pledge_signed = 1"), ==, 1);
  td_test_press_ctrl_z (GTK_WIDGET (pledge), FALSE);
  g_assert_cmpint (td_test_reg_count (fixture, "pledge_signed = 1"), ==, 0);
  g_assert_false (gtk_switch_get_active (pledge));
  gtk_window_close (GTK_WINDOW (dialog));
  td_test_wait_window_gone (TD_TYPE_REGISTRATION_DIALOG);

  /* Register…: the registration made last is taken back, from the dialog. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "registrations.add", NULL);
  add_dialog = td_test_wait_for_window (TD_TYPE_REGISTRATION_ADD_DIALOG);
  for (guint i = 0; i < 3; i++)
    td_test_press_ctrl_z (GTK_WIDGET (add_dialog), FALSE);
  g_assert_cmpint (td_test_reg_count (fixture, "1"), ==, 0);
  td_test_press_ctrl_z (GTK_WIDGET (add_dialog), TRUE);
  g_assert_cmpint (td_test_reg_count (fixture, "1"), ==, 1);
  gtk_window_close (GTK_WINDOW (add_dialog));
  td_test_wait_window_gone (TD_TYPE_REGISTRATION_ADD_DIALOG);
}

/* Print Preview, Print and Export PDF on this page are the registration list of the year;
 * printed to a file it reads back with its heading and the names. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (g_get_user_cache_dir (), "registrations.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *text = NULL;
  TdPreview *preview;
  g_autoptr(TdDocument) document = NULL;

  g_assert_true (td_store_register_households_of_village (td_test_reg_store (fixture), 2022,
                                                          td_test_reg_title_id (fixture, "GDVH"),
                                                          TD_TEST_THON_DONG, "2022-01-20", NULL,
                                                          &error));
  g_assert_no_error (error);
  td_test_reg_wait_loaded (fixture->page);

  td_test_click (td_test_find_action_button (GTK_WIDGET (fixture->window), "win.preview", TRUE));
  preview = td_test_wait_for_window (TD_TYPE_PREVIEW);
  document = g_object_ref (td_preview_get_document (preview));
  g_assert_cmpstr (td_document_get_title (document), ==, "Danh sách đăng ký thi đua năm 2022");
  td_test_save_screenshot (GTK_WIDGET (preview), "registrations-preview");

  /* What the print dialog runs, sent to a file. */
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0755), ==, 0);
  operation = td_print_operation_new (document);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  gtk_window_close (GTK_WINDOW (preview));
  td_test_wait_window_gone (TD_TYPE_PREVIEW);

  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

    text = run_tool (argv);
  }
  td_test_check (strstr (text, "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2022") != NULL,
                 "no heading in the printed list:\n%s", text);
  td_test_check (strstr (text, "Hoàng Văn Em") != NULL, "no “Hoàng Văn Em” in the printed list");
  td_test_check (strstr (text, "Đỗ Thị Giang") != NULL, "no “Đỗ Thị Giang” in the printed list");
  td_test_check (strstr (text, "Gia đình văn hóa") != NULL, "no title in the printed list");

  /* Export PDF offers the list's own file name. */
  {
    GtkFileChooser *chooser;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-pdf",
                                               NULL));
    chooser = td_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
    {
      g_autofree char *name = gtk_file_chooser_get_current_name (chooser);
      g_autofree char *expected = td_document_dup_filename (document, "pdf");

      g_assert_cmpstr (name, ==, expected);
      g_assert_true (g_str_has_prefix (name, "Danh-sach-dang-ky"));
    }
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  }

  /* On the plan's page, the plan again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-area", "u",
                                             0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preview", NULL));
  preview = td_test_wait_for_window (TD_TYPE_PREVIEW);
  g_assert_true (g_str_has_prefix (td_document_get_title (td_preview_get_document (preview)),
                                   "Kế hoạch"));
  gtk_window_close (GTK_WINDOW (preview));
  td_test_wait_window_gone (TD_TYPE_PREVIEW);
}

/* The headings drawn, as "Name | Title | Pledge". */
static char *
headings (Fixture *fixture)
{
  GtkWidget *header = td_test_find_one (GTK_WIDGET (fixture->page), TD_TYPE_DRAWN_HEADER, TRUE);
  g_auto(GStrv) titles = td_drawn_header_dup_titles (TD_DRAWN_HEADER (header));
  g_autoptr(GString) shown = g_string_new (NULL);

  for (guint i = 0; titles[i] != NULL; i++)
    if (titles[i][0] != '\0')
      g_string_append_printf (shown, "%s%s", shown->len > 0 ? " | " : "", titles[i]);
  return g_string_free (g_steal_pointer (&shown), FALSE);
}

static gboolean
shows_headings (gpointer data)
{
  gpointer *args = data;
  g_autofree char *shown = headings (args[0]);

  return g_str_equal (shown, args[1]);
}

/* On a phone: who, the title and the pledge, with room for the name. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  gpointer narrow[] = { fixture, "Name | Title | Pledge" };
  gpointer wide[] = { fixture, "Name | Kind | Title | Registered | Pledge | Targets" };

  g_assert_true (td_store_register_households_of_village (td_test_reg_store (fixture), 2022,
                                                          td_test_reg_title_id (fixture, "GDVH"),
                                                          TD_TEST_THON_DONG, "", NULL, &error));
  td_test_reg_wait_loaded (fixture->page);
  td_test_assert_eventually (shows_headings, wide, "six columns at 1100 px");

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  td_test_assert_eventually (shows_headings, narrow, "three columns at 360 px");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, 360);
  td_test_assert_on_screen (fixture->page, "Đỗ Thị Giang");
  /* Each row as wide as the page, read out whole: who and where, the title, the pledge. */
  rows = td_test_find_all (GTK_WIDGET (fixture->page), TD_TYPE_DRAWN_ROW, TRUE);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *text = td_drawn_row_dup_text (g_ptr_array_index (rows, i));

      g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (rows, i)), <=, 360);
      g_string_append_printf (texts, "%s\n", text);
    }
  g_assert_cmpstr (texts->str, ==, "Bùi Văn Hải, Thôn Đông | Gia đình văn hóa | \n"
                                   "Đỗ Thị Giang, Thôn Đông | Gia đình văn hóa | \n"
                                   "Hoàng Văn Em, Thôn Đông | Gia đình văn hóa | \n");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "registrations-narrow");

  /* Wide again, every column in its place. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  td_test_assert_eventually (shows_headings, wide, "six columns at 1100 px");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = NULL;
  int status;

  td_test_use_system_data_dirs ();
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  app = td_test_start_application ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, td_test_reg_set_up, func, td_test_reg_tear_down)
  ADD ("/registrations-page/empty", test_empty);
  ADD ("/registrations-page/add", test_add);
  ADD ("/registrations-page/search", test_search);
  ADD ("/registrations-page/order", test_order);
  ADD ("/registrations-page/bulk-households", test_bulk_households);
  ADD ("/registrations-page/unregistered", test_unregistered);
  ADD ("/registrations-page/edit", test_edit);
  ADD ("/registrations-page/undo-keys", test_undo_keys);
  ADD ("/registrations-page/scored-by", test_scored_by);
  ADD ("/registrations-page/print", test_print);
  ADD ("/registrations-page/narrow", test_narrow);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
