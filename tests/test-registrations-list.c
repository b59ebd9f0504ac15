/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The list of the Registrations page in the real window (td-test-registrations.h): read on a
 * worker thread, with "Reading…" meanwhile and out-of-date readings dropped; sorted by a
 * click on a heading, in Vietnamese order, keeping the row chosen.
 */
#define G_LOG_DOMAIN "test-registrations-list"

#include "config.h"

#include "td-slot-model.h"
#include "td-test-db.h"
#include "td-test-registrations.h"
#include "td-test-ui.h"

static TdApplication *app;

/* The year is read on a worker thread: another year says "Reading…" at once and shows none
 * of the last one's rows; a reading made out of date (the year changed back, the store
 * changed meanwhile) gives way to one that shows what the file holds. */
static void
test_reading (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (td_test_reg_view (fixture->page)));
  g_autoptr(GError) error = NULL;

  g_assert_true (td_store_register_households_of_village (td_test_reg_store (fixture), 2022,
                                                          td_test_reg_title_id (fixture, "GDVH"),
                                                          TD_TEST_THON_DONG, "", NULL, &error));
  g_assert_no_error (error);
  /* Many rows changed: read again by the worker, the old rows shown meanwhile. */
  g_assert_true (td_registrations_page_is_loading (fixture->page));
  td_test_reg_wait_loaded (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  td_test_assert_on_screen (fixture->page, "3 registrations: Gia đình văn hóa 3");

  g_object_set (fixture->page, "year", 2023, NULL);
  g_assert_true (td_registrations_page_is_loading (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  td_test_assert_on_screen (fixture->page, "Reading…");

  /* Back before 2023 is read, and three more registered while 2022 is read. */
  g_object_set (fixture->page, "year", 2022, NULL);
  g_assert_true (td_store_register_staff_of_unit (td_test_reg_store (fixture), 2022,
                                                  td_test_reg_title_id (fixture, "LDTT"), TD_TEST_TRUONG,
                                                  "", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (td_registrations_page_is_loading (fixture->page));
  td_test_reg_wait_loaded (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 6);
  td_test_assert_on_screen (fixture->page,
                            "6 registrations: Lao động tiên tiến 3 · Gia đình văn hóa 3");
  td_test_assert_on_screen (fixture->page, "Đỗ Thị Giang");
}

/* A page that goes takes its rows with it (a page opened again and again kept every copy
 * of the year's registrations). */
static void
test_freed (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWindow *other = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GError) error = NULL;
  TdRegistrationsPage *page;
  gpointer shown;
  gpointer registration;

  g_assert_true (td_store_register_households_of_village (td_test_reg_store (fixture), 2022,
                                                          td_test_reg_title_id (fixture, "GDVH"),
                                                          TD_TEST_THON_DONG, "", NULL, &error));
  g_assert_no_error (error);
  page = g_object_new (TD_TYPE_REGISTRATIONS_PAGE,
                       "context", td_window_get_context (fixture->window),
                       "year", 2022, NULL);
  gtk_window_set_child (other, GTK_WIDGET (page));
  gtk_window_present (other);
  td_test_wait_for_frame (GTK_WIDGET (page));
  td_test_reg_wait_loaded (page);
  shown = td_registrations_page_get_shown (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  registration = g_list_model_get_item (shown, 0);
  g_object_unref (registration);
  g_object_add_weak_pointer (shown, &shown);
  g_object_add_weak_pointer (registration, &registration);

  gtk_window_destroy (other);
  td_test_assert_eventually (td_test_pointer_is_null, &shown, "the rows shown to be freed");
  td_test_assert_eventually (td_test_pointer_is_null, &registration,
                             "the registrations to be freed");
}

static void
click_heading (Fixture    *fixture,
               const char *title)
{
  td_test_reg_click_heading (fixture->page, title);
}

/* Where @a and @b are drawn: @a in a row above @b's. */
static void
assert_drawn_before (Fixture    *fixture,
                     const char *a,
                     const char *b)
{
  g_auto(GStrv) texts = td_test_visible_texts (GTK_WIDGET (fixture->page));
  int at_a = -1;
  int at_b = -1;

  for (int i = 0; texts[i] != NULL; i++)
    {
      if (at_a < 0 && g_str_equal (texts[i], a))
        at_a = i;
      if (at_b < 0 && g_str_equal (texts[i], b))
        at_b = i;
    }
  td_test_check (at_a >= 0 && at_b >= 0 && at_a < at_b, "“%s” is not drawn above “%s”", a, b);
}

static char *
selected_name (Fixture *fixture)
{
  GtkListView *view = td_test_reg_view (fixture->page);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (view));
  TdSlot *slot = gtk_single_selection_get_selected_item (selection);

  return slot != NULL ? g_strdup (td_registration_get_subject_name (td_slot_get_item (slot)))
                      : NULL;
}

/* A click on a heading sorts by its column, a second one the other way: names in
 * Vietnamese order (An, Ánh, Dương, Đào: a before ă before â, d before đ, the tones after the
 * letter), the date and the pledge as they are, the kind and the title by their names. The
 * row chosen stays chosen, and the search still narrows the sorted rows. */
static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = td_test_raw_open (fixture->path, SQLITE_OPEN_READWRITE);
  struct {
    gint64      id;
    const char *date;
    gboolean    pledged;
  } households[] = {
    { 6, "2022-01-04", FALSE },  /* An */
    { 7, "", FALSE },            /* Ánh */
    { 8, "2022-01-03", TRUE },   /* Dương */
    { 9, "2022-01-05", FALSE },  /* Đào */
  };
  GtkListView *view;
  GtkSingleSelection *selection;
  char *names;

  td_test_raw_exec (db, "INSERT INTO household (id, head_name, village_id) VALUES "
                        "(6, 'An', 3), (7, 'Ánh', 3), (8, 'Dương', 3), (9, 'Đào', 3)");
  sqlite3_close (db);
  for (guint i = 0; i < G_N_ELEMENTS (households); i++)
    g_assert_cmpint (td_store_add_registration (td_test_reg_store (fixture), 2022,
                                                td_test_reg_title_id (fixture, "GDVH"),
                                                TD_REGISTRATION_HOUSEHOLD, households[i].id,
                                                households[i].date, households[i].pledged,
                                                &error), >, 0);
  g_assert_cmpint (td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "LDTT"),
                                              TD_REGISTRATION_PERSON, TD_TEST_DUNG, "2022-01-02",
                                              FALSE, &error), >, 0);
  g_assert_no_error (error);
  td_test_reg_wait_loaded (fixture->page);

#define assert_order(expected)                                                   \
  G_STMT_START {                                                                 \
    names = td_test_reg_shown_names (fixture);                                               \
    g_assert_cmpstr (names, ==, (expected));                                     \
    g_free (names);                                                              \
  } G_STMT_END

  /* The store's order: by title, then by name. */
  assert_order ("Phạm Thị Dung; An; Ánh; Dương; Đào");

  click_heading (fixture, "Name");
  assert_order ("An; Ánh; Dương; Đào; Phạm Thị Dung");
  assert_drawn_before (fixture, "Ánh", "Dương");
  assert_drawn_before (fixture, "Dương", "Đào");
  td_test_save_screenshot (GTK_WIDGET (fixture->window), "registrations-sorted");

  /* Dương chosen, then the other way: still chosen, in its new place. */
  view = td_test_reg_view (fixture->page);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (view));
  gtk_single_selection_set_selected (selection, 2);
  names = selected_name (fixture);
  g_assert_cmpstr (names, ==, "Dương");
  g_free (names);
  click_heading (fixture, "Name");
  assert_order ("Phạm Thị Dung; Đào; Dương; Ánh; An");
  assert_drawn_before (fixture, "Đào", "Dương");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 2);
  names = selected_name (fixture);
  g_assert_cmpstr (names, ==, "Dương");
  g_free (names);

  /* The search narrows the rows in the order chosen. */
  td_test_reg_search (fixture, "d");
  assert_n_items (td_registrations_page_get_shown (fixture->page), 3, "three with a d");
  assert_order ("Phạm Thị Dung; Đào; Dương");
  td_test_reg_search (fixture, "");
  assert_n_items (td_registrations_page_get_shown (fixture->page), 5, "all five again");

  /* None first, then by date. */
  click_heading (fixture, "Registered");
  assert_order ("Ánh; Phạm Thị Dung; Dương; An; Đào");
  /* Not signed first. */
  click_heading (fixture, "Pledge");
  assert_order ("An; Ánh; Đào; Phạm Thị Dung; Dương");
  /* "Household" before "Person"; "Gia đình văn hóa" before "Lao động tiên tiến". */
  click_heading (fixture, "Kind");
  assert_order ("An; Ánh; Dương; Đào; Phạm Thị Dung");
  click_heading (fixture, "Title");
  click_heading (fixture, "Title");
  assert_order ("Phạm Thị Dung; Đào; Dương; Ánh; An");

  /* Another registration takes its place in the order shown. */
  g_assert_cmpint (td_store_add_registration (td_test_reg_store (fixture), 2022, td_test_reg_title_id (fixture, "GDVH"),
                                              TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_EM, "",
                                              FALSE, &error), >, 0);
  g_assert_no_error (error);
  assert_order ("Phạm Thị Dung; Hoàng Văn Em; Đào; Dương; Ánh; An");
#undef assert_order
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
  ADD ("/registrations-list/reading", test_reading);
  ADD ("/registrations-list/sort", test_sort);
  ADD ("/registrations-list/freed", test_freed);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
