/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The real window, driven in-process the way a user drives it: buttons are clicked,
 * drop-down items chosen, preference rows applied; what is asserted is what is on screen
 * (labels that are mapped and inside every clipping ancestor) and what the file holds.
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "td-application.h"
#include "td-preferences.h"
#include "td-sample.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SAMPLE_BODY "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"
#define SAMPLE_NUMBER "Số: 49/KH-UBND"
#define SAMPLE_DATE "Tùng Ảnh, ngày 22 tháng 02 năm 2022"
#define SAMPLE_KIND "KẾ HOẠCH"
#define SAMPLE_SIGNER "Phan Tiến Dũng"
#define TEST_BODY "ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

/* What is on screen ---------------------------------------------------------------------- */

#define assert_on_screen(root, text)                                                   \
  G_STMT_START {                                                                       \
    if (!td_test_text_on_screen (GTK_WIDGET (root), (text), FALSE))                            \
      {                                                                                \
        td_test_dump_texts (GTK_WIDGET (root));                                                \
        g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,              \
                             "not on screen: " text);                                  \
      }                                                                                \
  } G_STMT_END

#define assert_not_on_screen(root, text)                                               \
  G_STMT_START {                                                                       \
    if (td_test_text_on_screen (GTK_WIDGET (root), (text), FALSE))                             \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,                \
                           "unexpectedly on screen: " text);                           \
  } G_STMT_END

typedef struct {
  GtkWidget  *root;
  const char *text;
  gboolean    substring;
} TextQuery;

static gboolean
text_query_met (TextQuery *query)
{
  return td_test_text_on_screen (query->root, query->text, query->substring);
}

static void
wait_for_page (TdWindow   *window,
               const char *page)
{
  TdTestPageQuery query = { window, page };

  td_test_assert_eventually (td_test_page_query_met, &query, "the page to change");
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (td_test_window_page (window), ==, page);
}

/* The one in the header bar (the pages and the editor have drop-downs of their own). */
static GtkDropDown *
year_dropdown (TdWindow *window)
{
  g_autoptr(GPtrArray) dropdowns = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN,
                                                     FALSE);
  GtkDropDown *found = NULL;

  for (guint i = 0; i < dropdowns->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (dropdowns, i)),
                   "Year of the plan") == 0)
      {
        g_assert_null (found);
        found = g_ptr_array_index (dropdowns, i);
      }
  g_assert_nonnull (found);
  return found;
}

static const char *
dropdown_item_string (GtkDropDown *dropdown,
                      guint        position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (gtk_drop_down_get_model (dropdown),
                                                            position);

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

/* The year the drop-down shows: its selected item, and the label drawn for it. */
static void
assert_dropdown_shows (TdWindow   *window,
                       const char *year)
{
  GtkDropDown *dropdown = year_dropdown (window);

  g_assert_true (td_test_widget_on_screen (GTK_WIDGET (dropdown)));
  g_assert_cmpstr (dropdown_item_string (dropdown, gtk_drop_down_get_selected (dropdown)), ==,
                   year);
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (dropdown), year, FALSE));
}

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

/* Windows -------------------------------------------------------------------------------- */

static void
destroy_window (GtkWindow **window)
{
  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  gtk_window_destroy (*window);
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) window,
                             "the window to be finalized");
}

static void
load_sample_by_click (TdWindow *window)
{
  g_assert_cmpstr (td_test_window_page (window), ==, "welcome");
  td_test_click (td_test_find_button (GTK_WIDGET (window), "Open the Sample Plan (Tùng Ảnh 2022)",
                                      TRUE, TRUE));
  wait_for_page (window, "plan");
}

static void
assert_sample_heading_on_screen (TdWindow *window)
{
  assert_on_screen (window, SAMPLE_BODY);
  assert_on_screen (window, SAMPLE_NUMBER);
  assert_on_screen (window, SAMPLE_DATE);
  assert_on_screen (window, SAMPLE_KIND);
  assert_on_screen (window, "Công tác thi đua, khen thưởng năm 2022");
}

/* Tests ---------------------------------------------------------------------------------- */

/* The bar that says the file is read-only: the window's one revealer but for the search
 * bar's own and the action bars' (the Registrations page's). */
static GtkRevealer *
read_only_revealer (TdWindow *window)
{
  g_autoptr(GPtrArray) revealers = td_test_find_all (GTK_WIDGET (window), GTK_TYPE_REVEALER,
                                                     FALSE);
  GtkRevealer *found = NULL;

  for (guint i = 0; i < revealers->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (revealers, i), GTK_TYPE_SEARCH_BAR) == NULL &&
        gtk_widget_get_ancestor (g_ptr_array_index (revealers, i), GTK_TYPE_ACTION_BAR) == NULL)
      {
        g_assert_null (found);
        found = g_ptr_array_index (revealers, i);
      }
  g_assert_nonnull (found);
  return found;
}

static void
test_first_run (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  g_autofree char *start = g_strdup_printf ("Start the Plan for %d", current_year ());
  TdWindow *window;
  GtkWidget *button;

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (td_test_window_page (window), ==, "welcome");
  g_assert_cmpint (td_window_get_year (window), ==, 0);
  assert_on_screen (window, "Welcome to Emulation & Commendation");

  button = td_test_find_button (GTK_WIDGET (window), start, FALSE, TRUE);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  button = td_test_find_button (GTK_WIDGET (window), "Open the Sample Plan (Tùng Ảnh 2022)", TRUE,
                                TRUE);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (year_dropdown (window))));
  g_assert_false (td_test_widget_on_screen (GTK_WIDGET (year_dropdown (window))));
  g_assert_false (gtk_revealer_get_reveal_child (read_only_revealer (window)));

  td_test_close_window (&window);
}

static void
assert_sample_rows (TdWindow *window)
{
  static const int task_quarters[] = { 1, 1, 1, 1, 2, 2, 3, 4, 4 };
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (window));
  guint n_rows = g_list_model_get_n_items (rows);
  guint n_headings = 0, n_heads = 0, n_quarters = 0, n_tasks = 0, n_signatures = 0;
  int quarter = 0;

  g_assert_cmpuint (n_rows, >, 0);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);
      TdTask *task = td_plan_row_get_task (row);

      switch (td_plan_row_get_kind (row))
        {
        case TD_PLAN_ROW_HEADING:
          g_assert_cmpuint (i, ==, 0);
          n_headings++;
          break;
        case TD_PLAN_ROW_SECTION:
          g_assert_nonnull (td_plan_row_get_section (row));
          /* The table sits inside the document, not after its last part. */
          g_assert_true (n_heads == 0 || n_quarters == 4);
          break;
        case TD_PLAN_ROW_TABLE_HEAD:
          g_assert_cmpuint (n_quarters + n_tasks, ==, 0);
          n_heads++;
          break;
        case TD_PLAN_ROW_QUARTER:
          g_assert_cmpuint (n_heads, ==, 1);
          g_assert_cmpint (td_plan_row_get_quarter (row), ==, ++quarter);
          n_quarters++;
          break;
        case TD_PLAN_ROW_TASK:
          g_assert_nonnull (task);
          g_assert_cmpuint (n_tasks, <, G_N_ELEMENTS (task_quarters));
          /* Under the heading of its own quarter, numbered on across the quarters. */
          g_assert_cmpint (td_task_get_quarter (task), ==, task_quarters[n_tasks]);
          g_assert_cmpint (td_plan_row_get_quarter (row), ==, quarter);
          g_assert_cmpint (td_task_get_quarter (task), ==, quarter);
          g_assert_cmpint (td_task_get_number (task), ==, ++n_tasks);
          break;
        case TD_PLAN_ROW_SIGNATURE:
          g_assert_cmpuint (i, ==, n_rows - 1);
          n_signatures++;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  g_assert_cmpuint (n_headings, ==, 1);
  g_assert_cmpuint (n_heads, ==, 1);
  g_assert_cmpuint (n_quarters, ==, 4);
  g_assert_cmpuint (n_tasks, ==, 9);
  g_assert_cmpuint (n_signatures, ==, 1);
}

typedef struct {
  GtkAdjustment *adjustment;
  TextQuery      text;
} ScrollQuery;

/* The list view estimates the heights of rows it has not built yet, so the end moves as
 * it scrolls: keep asking for the end until the text shows. */
static gboolean
scroll_to_end_met (ScrollQuery *query)
{
  GtkAdjustment *adjustment = query->adjustment;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  return text_query_met (&query->text);
}

static void
test_load_sample (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  TdWindow *window;
  TdPlanView *view;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  ScrollQuery query;

  td_test_reset_settings ();
  window = td_test_open_window (app, path);
  load_sample_by_click (window);

  view = td_window_get_plan_view (window);
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  g_assert_nonnull (td_plan_view_get_plan (view));
  g_assert_cmpint (td_plan_get_year (td_plan_view_get_plan (view)), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_rows (window);
  assert_sample_heading_on_screen (window);
  assert_not_on_screen (window, SAMPLE_SIGNER);

  scroller = td_test_find_one (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW, FALSE);
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  query = (ScrollQuery) { adjustment, { GTK_WIDGET (window), SAMPLE_SIGNER, FALSE } };
  td_test_assert_eventually (scroll_to_end_met, &query,
                             "the signer to show at the end of the plan");
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_on_screen (window, SAMPLE_SIGNER);
  assert_not_on_screen (window, SAMPLE_NUMBER);

  /* The file, not the session, holds the year: a new window on it shows 2022 again. */
  td_test_close_window (&window);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_cmpstr (td_test_window_page (window), ==, "plan");
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_heading_on_screen (window);
  assert_sample_rows (window);

  /* The sample is there already: the action (welcome page's button, menu item) is off;
   * this year's plan can still be started. */
  g_assert_false (gtk_widget_is_sensitive (td_test_find_action_button (GTK_WIDGET (window),
                                                                       "win.load-sample", FALSE)));
  g_assert_true (gtk_widget_is_sensitive (td_test_find_action_button (GTK_WIDGET (window),
                                                                      "win.start-plan", FALSE)));

  td_test_close_window (&window);
}

static void
test_switch_years (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  int year = current_year ();
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  g_autofree char *title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);
  TdWindow *window;
  TdPlanView *view;
  GtkDropDown *dropdown;
  TdPlan *plan;
  TextQuery query;

  g_assert_cmpint (year, >, TD_SAMPLE_YEAR);

  td_test_reset_settings ();
  window = td_test_open_window (app, path);
  view = td_window_get_plan_view (window);
  dropdown = year_dropdown (window);

  /* The sample first: it gives the office the identity a new plan's heading comes from. */
  load_sample_by_click (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL));
  query = (TextQuery) { GTK_WIDGET (window), title, FALSE };
  td_test_assert_eventually (text_query_met, &query, "the new plan's title");
  td_test_wait_for_frame (GTK_WIDGET (window));

  g_assert_cmpint (td_window_get_year (window), ==, year);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 2);
  g_assert_cmpstr (dropdown_item_string (dropdown, 0), ==, "2022");
  g_assert_cmpstr (dropdown_item_string (dropdown, 1), ==, year_text);
  assert_dropdown_shows (window, year_text);

  gtk_drop_down_set_selected (dropdown, 0);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  g_assert_cmpint (td_plan_get_year (td_plan_view_get_plan (view)), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_heading_on_screen (window);
  g_assert_false (td_test_text_on_screen (GTK_WIDGET (window), title, FALSE));
  assert_sample_rows (window);

  gtk_drop_down_set_selected (dropdown, 1);
  td_test_wait_for_frame (GTK_WIDGET (window));
  plan = td_plan_view_get_plan (view);
  g_assert_cmpint (td_window_get_year (window), ==, year);
  g_assert_cmpint (td_plan_get_year (plan), ==, year);
  g_assert_cmpstr (td_plan_get_title (plan), ==, title);
  g_assert_cmpstr (td_plan_get_issuing_body (plan), ==, SAMPLE_BODY);
  g_assert_cmpstr (td_plan_get_symbol (plan), ==, "KH-UBND");
  assert_dropdown_shows (window, year_text);
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), title, FALSE));
  assert_on_screen (window, SAMPLE_BODY);
  assert_not_on_screen (window, SAMPLE_NUMBER);
  assert_not_on_screen (window, SAMPLE_DATE);

  /* Both years exist now: neither action may add another. */
  g_assert_false (gtk_widget_is_sensitive (td_test_find_action_button (GTK_WIDGET (window),
                                                                       "win.load-sample", FALSE)));
  g_assert_false (gtk_widget_is_sensitive (td_test_find_action_button (GTK_WIDGET (window),
                                                                       "win.start-plan", FALSE)));

  td_test_close_window (&window);
}

static TdPreferences *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  TdPreferences *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (TD_IS_PREFERENCES (toplevel))
        {
          g_assert_null (found);
          found = TD_PREFERENCES (toplevel);
        }
    }
  return found;
}

static AdwEntryRow *
find_entry_row (GtkWidget  *root,
                const char *title_prefix)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (root, ADW_TYPE_ENTRY_ROW, TRUE);
  AdwEntryRow *found = NULL;

  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                          title_prefix))
      {
        g_assert_null (found);
        found = g_ptr_array_index (rows, i);
      }
  g_assert_nonnull (found);
  return found;
}

static char *
office_issuing_body (TdStore *store)
{
  g_autoptr(TdOffice) office = td_store_get_office (store, NULL);

  return g_strdup (td_office_get_issuing_body (office));
}

static void
test_preferences (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  g_autofree char *body = NULL;
  TdWindow *window;
  TdPreferences *preferences;
  AdwEntryRow *row;
  TextQuery query;

  td_test_reset_settings ();
  window = td_test_open_window (app, path);
  /* The sample fills the whole identity, so changing one field is enough to save. */
  load_sample_by_click (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  td_test_wait_for_frame (GTK_WIDGET (preferences));

  row = find_entry_row (GTK_WIDGET (preferences), "Issuing body");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, SAMPLE_BODY);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));

  gtk_editable_set_text (GTK_EDITABLE (row), TEST_BODY);
  g_signal_emit_by_name (row, "apply");
  body = office_issuing_body (td_window_get_store (window));
  g_assert_cmpstr (body, ==, TEST_BODY);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_clear_pointer (&body, g_free);

  /* Blank (spaces only) is refused where the user is: the row turns red, a toast says why,
   * and the saved identity stays. */
  gtk_editable_set_text (GTK_EDITABLE (row), "   ");
  g_signal_emit_by_name (row, "apply");
  body = office_issuing_body (td_window_get_store (window));
  g_assert_cmpstr (body, ==, TEST_BODY);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  query = (TextQuery) { GTK_WIDGET (preferences), "The issuing body cannot be empty", FALSE };
  td_test_assert_eventually (text_query_met, &query, "a toast that explains the refusal");
  g_clear_pointer (&body, g_free);

  /* Corrected, it saves and the mark goes. */
  gtk_editable_set_text (GTK_EDITABLE (row), SAMPLE_BODY);
  g_signal_emit_by_name (row, "apply");
  body = office_issuing_body (td_window_get_store (window));
  g_assert_cmpstr (body, ==, SAMPLE_BODY);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  destroy_window ((GtkWindow **) &preferences);
  td_test_close_window (&window);
}

/* The sample in a real file at @path; with a backup of it when @backup. */
static void
make_sample_file (const char *path,
                  gboolean    backup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (path, &error);
  gboolean added = FALSE;

  g_assert_no_error (error);
  td_sample_load (store, &added, &error);
  g_assert_no_error (error);
  g_assert_true (added);
  if (backup)
    {
      g_autofree char *backup_path = td_store_backup (store, "test", &error);
      g_assert_no_error (error);
      g_assert_true (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR));
    }
}

static void
test_corrupt (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *aside_prefix = g_strconcat (base, ".damaged-", NULL);
  g_autoptr(GBytes) garbage = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup_name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (49);
  GByteArray *bytes = g_byte_array_new ();
  guint n_aside = 0;
  const char *name;
  TdWindow *window;
  TextQuery query;

  make_sample_file (path, TRUE);
  backups = td_store_list_backups (path, NULL);
  g_assert_cmpuint (backups->len, >=, 1);
  backup_name = g_path_get_basename (g_ptr_array_index (backups, 0));

  /* A power cut in the middle of a copy, say: nothing in it looks like SQLite. */
  g_byte_array_append (bytes, (const guint8 *) "not a database: ", 16);
  for (guint i = 0; i < 8192; i++)
    {
      guint8 byte = g_rand_int (rand);
      g_byte_array_append (bytes, &byte, 1);
    }
  garbage = g_byte_array_free_to_bytes (bytes);
  g_file_set_contents (path, g_bytes_get_data (garbage, NULL), g_bytes_get_size (garbage),
                       &error);
  g_assert_no_error (error);

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_cmpstr (td_test_window_page (window), ==, "problem");
  g_assert_null (td_window_get_store (window));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), "Damaged", TRUE));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), backup_name, TRUE));
  g_assert_false (td_test_widget_on_screen (GTK_WIDGET (year_dropdown (window))));
  g_assert_nonnull (td_test_find_button (GTK_WIDGET (window), "Start a New Empty File", FALSE,
                                         TRUE));

  td_test_click (td_test_find_button (GTK_WIDGET (window), "Restore the Newest Backup", FALSE,
                                      TRUE));
  wait_for_page (window, "plan");
  g_assert_nonnull (td_window_get_store (window));
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_heading_on_screen (window);
  assert_sample_rows (window);
  query = (TextQuery) { GTK_WIDGET (window), "The backup was restored", TRUE };
  td_test_assert_eventually (text_query_met, &query, "a toast that says the backup was restored");

  /* Nothing deleted: the damaged bytes are kept aside, beside the file. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, aside_prefix))
      {
        g_autofree char *aside = g_build_filename (dir, name, NULL);
        g_autoptr(GBytes) kept = NULL;

        if (g_str_has_suffix (name, "-wal") || g_str_has_suffix (name, "-shm"))
          continue;
        kept = td_test_read_file (aside);
        g_assert_true (g_bytes_equal (kept, garbage));
        n_aside++;
      }
  g_assert_cmpuint (n_aside, ==, 1);

  td_test_close_window (&window);
}

static void
test_newer (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  g_autofree char *pragma = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GArray) years = NULL;
  int newer = td_store_latest_version () + 1;
  sqlite3 *db = NULL;
  TdWindow *window;
  GtkRevealer *revealer;
  GtkWidget *button;

  /* A file with no plan yet, so the welcome page offers both ways to add one. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TdStore) store = td_store_open (path, &error);
    g_assert_no_error (error);
  }
  pragma = g_strdup_printf ("PRAGMA user_version = %d", newer);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (td_test_file_user_version (path), ==, newer);
  before = td_test_read_file (path);

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_nonnull (td_window_get_store (window));
  g_assert_cmpint (td_store_get_access (td_window_get_store (window)), ==,
                   TD_STORE_READ_ONLY_NEWER);
  revealer = read_only_revealer (window);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (revealer), "newer version", TRUE));

  g_assert_cmpstr (td_test_window_page (window), ==, "welcome");
  button = td_test_find_button (GTK_WIDGET (window), "Open the Sample Plan (Tùng Ảnh 2022)", TRUE,
                                TRUE);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  button = td_test_find_button (GTK_WIDGET (window), "Start the Plan for", TRUE, TRUE);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));

  /* Even asked for by name (a shortcut, the menu), the disabled actions add nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (td_test_window_page (window), ==, "welcome");
  years = td_store_list_plan_years (td_window_get_store (window), NULL);
  g_assert_cmpuint (years->len, ==, 0);

  td_test_close_window (&window);
  g_assert_cmpint (td_test_file_user_version (path), ==, newer);
  after = td_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_directory (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "Kế hoạch", NULL);
  TdWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_cmpstr (td_test_window_page (window), ==, "problem");
  g_assert_null (td_window_get_store (window));
  assert_on_screen (window, "The Data File Cannot Be Opened");
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), "is a folder", TRUE));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), path, TRUE));
  g_assert_null (td_test_find_button (GTK_WIDGET (window), "Restore the Newest Backup", FALSE,
                                      TRUE));
  g_assert_null (td_test_find_button (GTK_WIDGET (window), "Start a New Empty File", FALSE, TRUE));
  g_assert_false (td_test_widget_on_screen (GTK_WIDGET (year_dropdown (window))));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  td_test_close_window (&window);
}

/* A plan on a file nobody may write: it is shown, with a notice, and nothing is written. */
static void
test_read_only_file (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  TdWindow *window;
  GtkRevealer *revealer;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TdStore) store = td_store_open (path, &error);
    g_assert_no_error (error);
    g_assert_true (td_sample_load (store, NULL, &error));
    g_assert_no_error (error);
  }
  /* Checkpointed and closed: the file alone holds the plan. */
  before = td_test_read_file (path);
  if (!td_test_set_immutable (path, TRUE))
    {
      g_test_skip ("chattr +i is not available on this file system");
      return;
    }

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_nonnull (td_window_get_store (window));
  g_assert_cmpint (td_store_get_access (td_window_get_store (window)), ==,
                   TD_STORE_READ_ONLY_FILE);
  revealer = read_only_revealer (window);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (revealer), "cannot be written", TRUE));
  g_assert_cmpstr (td_test_window_page (window), ==, "plan");
  assert_on_screen (window, SAMPLE_NUMBER);

  /* Starting a plan is refused, not half done. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  td_test_wait_for_frame (GTK_WIDGET (window));
  {
    g_autoptr(GArray) years = td_store_list_plan_years (td_window_get_store (window), NULL);
    g_assert_cmpuint (years->len, ==, 1);
  }

  td_test_close_window (&window);
  g_assert_true (td_test_set_immutable (path, FALSE));
  after = td_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

/* The data folder cannot be written: the window says so and names the folder. */
static void
test_unwritable_folder (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "khóa", NULL);
  g_autofree char *path = g_build_filename (dir, "thidua.db", NULL);
  TdWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  if (!td_test_set_immutable (dir, TRUE))
    {
      g_test_skip ("chattr +i is not available on this file system");
      return;
    }

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  g_assert_cmpstr (td_test_window_page (window), ==, "problem");
  g_assert_null (td_window_get_store (window));
  assert_on_screen (window, "The Data File Cannot Be Opened");
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), "cannot be written", TRUE));
  g_assert_true (td_test_text_on_screen (GTK_WIDGET (window), dir, TRUE));
  td_test_close_window (&window);

  g_assert_true (td_test_set_immutable (dir, FALSE));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* English whatever the developer's session speaks. */
  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");

  /* Each test gets private XDG folders; the system's MIME database (which tells GdkPixbuf
   * an SVG icon from other bytes) and icons stay the real ones. */
  td_test_use_system_data_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  app = td_test_start_application ();

  g_test_add_func ("/window/first-run", test_first_run);
  g_test_add_func ("/window/load-sample", test_load_sample);
  g_test_add_func ("/window/switch-years", test_switch_years);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/corrupt", test_corrupt);
  g_test_add_func ("/window/newer", test_newer);
  g_test_add_func ("/window/directory", test_directory);
  g_test_add_func ("/window/read-only-file", test_read_only_file);
  g_test_add_func ("/window/unwritable-folder", test_unwritable_folder);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
