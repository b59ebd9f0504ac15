/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests of the Registrations page: the window open on it over a file with a plan of
 * 2022 and the subjects of td-test-subjects.c, and what the tests ask of it.
 */
#define G_LOG_DOMAIN "td-test-registrations"

#include "config.h"

#include "td-drawn-row.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-registrations.h"
#include "td-test-ui.h"

/* Set-up ------------------------------------------------------------------------------------ */

static gboolean
shows_2022 (TdWindow *window)
{
  return td_window_get_year (window) == 2022;
}

static gboolean
page_loaded (TdRegistrationsPage *page)
{
  return !td_registrations_page_is_loading (page);
}

/* The page reads the year on a worker thread after a change of many rows: until it is
 * read, the rows shown are the old ones. */
void
td_test_reg_wait_loaded (TdRegistrationsPage *page)
{
  td_test_assert_eventually (page_loaded, page, "the registrations to be read");
  td_test_wait_for_frame (GTK_WIDGET (page));
}

/* A plan of 2022 and the subjects in a file, the window open on its Registrations. */
void
td_test_reg_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  TdStore *store;

  td_test_reset_settings ();
  fixture->path = td_test_fresh_database_path ();
  store = td_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  td_test_subjects_fill (fixture->path);
  /* A plan for the year to show: its heading alone, naming no unit. */
  store = td_store_open (fixture->path, &error);
  g_assert_no_error (error);
  plan = td_store_start_plan (store, 2022, &error);
  g_assert_no_error (error);
  g_object_unref (store);

  fixture->window = td_test_open_window (TD_APPLICATION (g_application_get_default ()),
                                         fixture->path);
  td_test_assert_eventually (shows_2022, fixture->window, "the year 2022 to show");
  td_context_set_today (td_window_get_context (fixture->window), "2022-01-20");
  /* The fourth area, after Units. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-area", "u",
                                             3));
  fixture->page = td_test_find_one (GTK_WIDGET (fixture->window), TD_TYPE_REGISTRATIONS_PAGE,
                                    FALSE);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (fixture->page)));
  td_test_reg_wait_loaded (fixture->page);
}

void
td_test_reg_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  td_test_close_window (&fixture->window);
  g_free (fixture->path);
}

/* Helpers ---------------------------------------------------------------------------------- */

TdStore *
td_test_reg_store (Fixture *fixture)
{
  return td_window_get_store (fixture->window);
}

gint64
td_test_reg_count (Fixture    *fixture,
               const char *where)
{
  return td_test_file_int (fixture->path, "SELECT count(*) FROM registration WHERE %s", where);
}

gint64
td_test_reg_title_id (Fixture    *fixture,
          const char *code)
{
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (td_test_reg_store (fixture), 2022, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, i);

      if (g_str_equal (td_award_kind_get_code (kind), code))
        return td_award_kind_get_id (kind);
    }
  g_error ("no title %s in 2022", code);
}



gboolean
td_test_count_is (CountQuery *query)
{
  return g_list_model_get_n_items (query->model) == query->n;
}


/* Types into the page's search as a user does; the search answers after a short pause. */
void
td_test_reg_search (Fixture    *fixture,
             const char *text)
{
  GtkWidget *entry = td_test_find_one (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY, TRUE);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* The subject names of the rows the page shows, joined by "; ". */
char *
td_test_reg_shown_names (Fixture *fixture)
{
  GListModel *shown = td_registrations_page_get_shown (fixture->page);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(TdRegistration) row = g_list_model_get_item (shown, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "; " : "",
                              td_registration_get_subject_name (row));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

GtkListView *
td_test_reg_view (TdRegistrationsPage *page)
{
  g_autoptr(GPtrArray) views = td_test_find_all (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW, FALSE);
  GtkListView *found = NULL;

  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (views, i), "drawn-table"))
      {
        g_assert_null (found);
        found = g_ptr_array_index (views, i);
      }
  g_assert_nonnull (found);
  return found;
}

/* A click's handler asks the event where it was, which a test cannot give: the header's
 * signal is what the click sends, for the column under it. */
void
td_test_reg_click_heading (TdRegistrationsPage *page,
                           const char          *title)
{
  GtkWidget *header = td_test_find_one (GTK_WIDGET (page), TD_TYPE_DRAWN_HEADER, FALSE);
  g_auto(GStrv) titles = td_drawn_header_dup_titles (TD_DRAWN_HEADER (header));

  for (guint i = 0; titles[i] != NULL; i++)
    if (g_str_equal (titles[i], title))
      {
        g_signal_emit_by_name (header, "sort", i);
        td_test_wait_for_frame (GTK_WIDGET (page));
        return;
      }
  g_error ("no heading “%s” to click", title);
}
