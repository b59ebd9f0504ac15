/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The real window, driven in-process the way a user drives it: buttons are clicked,
 * drop-down items chosen, preference rows applied; what is asserted is what is on screen
 * (labels that are mapped and inside every clipping ancestor) and what the file holds.
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "td-application.h"
#include "td-preferences.h"
#include "td-sample.h"
#include "td-store.h"
#include "td-window.h"

#define WAIT_SECONDS 10

#define SAMPLE_BODY "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"
#define SAMPLE_NUMBER "Số: 49/KH-UBND"
#define SAMPLE_DATE "Tùng Ảnh, ngày 22 tháng 02 năm 2022"
#define SAMPLE_KIND "KẾ HOẠCH"
#define SAMPLE_SIGNER "Phan Tiến Dũng"
#define TEST_BODY "ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM"

/* One application for the whole run, as a real session has. */
static TdApplication *app;

/* Waiting ------------------------------------------------------------------------------- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Spins the main loop until @condition holds or WAIT_SECONDS pass. */
static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, wake_cb, NULL);
  gboolean met;

  while (!(met = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return met;
}

#define assert_eventually(condition, data, what)                                     \
  G_STMT_START {                                                                     \
    if (!wait_until ((Condition) (condition), (data)))                               \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,              \
                           "timed out after " G_STRINGIFY (WAIT_SECONDS)             \
                           " s waiting for " what);                                  \
  } G_STMT_END

static gboolean
flag_is_set (gboolean *flag)
{
  return *flag;
}

static gboolean
pointer_is_null (gpointer *pointer)
{
  return *pointer == NULL;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until @widget's window is mapped and a whole frame (layout and paint) has been
 * done after this call, so allocations reflect every change made before it. */
static void
wait_for_frame (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  assert_eventually (gtk_widget_get_mapped, root, "the window to be mapped");
  clock = gtk_widget_get_frame_clock (root);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (root);
  assert_eventually (flag_is_set, &painted, "a frame to be painted");
  g_signal_handler_disconnect (clock, handler);
}

/* What is on screen ---------------------------------------------------------------------- */

/* Mapped, with a size, and not scrolled or clipped out by any ancestor that clips. */
static gboolean
widget_on_screen (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));

  if (root == NULL || !gtk_widget_get_mapped (widget) ||
      gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0 ||
      gtk_widget_get_opacity (widget) <= 0.0)
    return FALSE;

  for (GtkWidget *ancestor = gtk_widget_get_parent (widget); ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      graphene_rect_t bounds;
      graphene_rect_t area;

      if (ancestor != root && gtk_widget_get_overflow (ancestor) != GTK_OVERFLOW_HIDDEN)
        continue;
      if (!gtk_widget_compute_bounds (widget, ancestor, &bounds))
        return FALSE;
      graphene_rect_init (&area, 0, 0,
                          gtk_widget_get_width (ancestor), gtk_widget_get_height (ancestor));
      if (!graphene_rect_intersection (&bounds, &area, NULL))
        return FALSE;
    }
  return TRUE;
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 gboolean   on_screen_only,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (!on_screen_only || widget_on_screen (widget)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, on_screen_only, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type,
          gboolean   on_screen_only)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, on_screen_only, found);
  return found;
}

static gpointer
find_one (GtkWidget *root,
          GType      type)
{
  g_autoptr(GPtrArray) found = find_all (root, type, FALSE);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The texts of the labels on screen, as the user reads them (no mnemonic underscores). */
static GStrv
visible_texts (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL, TRUE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (builder, gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_strv_builder_end (builder);
}

static gboolean
text_on_screen (GtkWidget  *root,
                const char *text,
                gboolean    substring)
{
  g_auto(GStrv) texts = visible_texts (root);

  for (guint i = 0; texts[i] != NULL; i++)
    if (substring ? strstr (texts[i], text) != NULL : g_str_equal (texts[i], text))
      return TRUE;
  return FALSE;
}

static void
dump_texts (GtkWidget *root)
{
  g_auto(GStrv) texts = visible_texts (root);
  g_autofree char *joined = g_strjoinv ("» «", texts);

  g_test_message ("on screen: «%s»", joined);
}

#define assert_on_screen(root, text)                                                   \
  G_STMT_START {                                                                       \
    if (!text_on_screen (GTK_WIDGET (root), (text), FALSE))                            \
      {                                                                                \
        dump_texts (GTK_WIDGET (root));                                                \
        g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,              \
                             "not on screen: " text);                                  \
      }                                                                                \
  } G_STMT_END

#define assert_not_on_screen(root, text)                                               \
  G_STMT_START {                                                                       \
    if (text_on_screen (GTK_WIDGET (root), (text), FALSE))                             \
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
  return text_on_screen (query->root, query->text, query->substring);
}

/* The text a button shows: its label, without the mnemonic underscore. */
static const char *
button_text (GtkWidget *button)
{
  g_autoptr(GPtrArray) labels = find_all (button, GTK_TYPE_LABEL, FALSE);

  return labels->len > 0 ? gtk_label_get_text (g_ptr_array_index (labels, 0)) : "";
}

/* The button showing @text (or containing it), on screen or anywhere in the window. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *text,
             gboolean    substring,
             gboolean    on_screen_only)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON, on_screen_only);
  GtkWidget *found = NULL;

  for (guint i = 0; i < buttons->len; i++)
    {
      const char *shown = button_text (g_ptr_array_index (buttons, i));

      if (substring ? strstr (shown, text) != NULL : g_str_equal (shown, text))
        {
          g_assert_null (found);
          found = g_ptr_array_index (buttons, i);
        }
    }
  return found;
}

/* The button that activates @action, shown or not. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON, FALSE);
  GtkWidget *found = NULL;

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      {
        g_assert_null (found);
        found = g_ptr_array_index (buttons, i);
      }
  g_assert_nonnull (found);
  return found;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (widget_on_screen (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static GtkStack *
window_stack (TdWindow *window)
{
  g_autoptr(GPtrArray) stacks = find_all (GTK_WIDGET (window), GTK_TYPE_STACK, FALSE);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "welcome") != NULL)
      return g_ptr_array_index (stacks, i);
  g_assert_not_reached ();
}

static const char *
visible_page (TdWindow *window)
{
  return gtk_stack_get_visible_child_name (window_stack (window));
}

typedef struct {
  TdWindow   *window;
  const char *page;
} PageQuery;

static gboolean
page_query_met (PageQuery *query)
{
  return g_strcmp0 (visible_page (query->window), query->page) == 0;
}

static void
wait_for_page (TdWindow   *window,
               const char *page)
{
  PageQuery query = { window, page };

  assert_eventually (page_query_met, &query, "the page to change");
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (visible_page (window), ==, page);
}

/* The one in the header bar; the task editor has a drop-down of its own. */
static GtkDropDown *
year_dropdown (TdWindow *window)
{
  return find_one (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)) != NULL
                     ? gtk_widget_get_first_child (adw_application_window_get_content (
                         ADW_APPLICATION_WINDOW (window)))
                     : GTK_WIDGET (window),
                   GTK_TYPE_DROP_DOWN);
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

  g_assert_true (widget_on_screen (GTK_WIDGET (dropdown)));
  g_assert_cmpstr (dropdown_item_string (dropdown, gtk_drop_down_get_selected (dropdown)), ==,
                   year);
  g_assert_true (text_on_screen (GTK_WIDGET (dropdown), year, FALSE));
}

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

/* Windows -------------------------------------------------------------------------------- */

/* Settings live in memory for the whole run; each test starts as a first run would. */
static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static TdWindow *
open_window (const char *path)
{
  TdWindow *window = td_window_new (app, path, FALSE);

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  return window;
}

/* Closes like the title bar's close button, then waits until the window, and with it
 * its hold on the database, is gone. */
static void
close_window (TdWindow **window)
{
  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  gtk_window_close (GTK_WINDOW (*window));
  assert_eventually (pointer_is_null, (gpointer *) window, "the window to be finalized");
}

static void
destroy_window (GtkWindow **window)
{
  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  gtk_window_destroy (*window);
  assert_eventually (pointer_is_null, (gpointer *) window, "the window to be finalized");
}

/* The database of a first run, in this test's own (isolated) data folder. */
static char *
fresh_database_path (void)
{
  char *path = td_store_default_path ();

  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  return path;
}

static void
load_sample_by_click (TdWindow *window)
{
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  click (find_button (GTK_WIDGET (window), "Open the Sample Plan (Tùng Ảnh 2022)", TRUE, TRUE));
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

static int
file_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

/* Tests ---------------------------------------------------------------------------------- */

static void
test_first_run (void)
{
  g_autofree char *path = fresh_database_path ();
  g_autofree char *start = g_strdup_printf ("Start the Plan for %d", current_year ());
  TdWindow *window;
  GtkWidget *button;

  reset_settings ();
  window = open_window (path);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_cmpint (td_window_get_year (window), ==, 0);
  assert_on_screen (window, "Welcome to Emulation & Commendation");

  button = find_button (GTK_WIDGET (window), start, FALSE, TRUE);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  button = find_button (GTK_WIDGET (window), "Open the Sample Plan (Tùng Ảnh 2022)", TRUE, TRUE);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (year_dropdown (window))));
  g_assert_false (widget_on_screen (GTK_WIDGET (year_dropdown (window))));
  g_assert_false (gtk_revealer_get_reveal_child (find_one (GTK_WIDGET (window),
                                                           GTK_TYPE_REVEALER)));

  close_window (&window);
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
  g_autofree char *path = fresh_database_path ();
  TdWindow *window;
  TdPlanView *view;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  ScrollQuery query;

  reset_settings ();
  window = open_window (path);
  load_sample_by_click (window);

  view = td_window_get_plan_view (window);
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  g_assert_nonnull (td_plan_view_get_plan (view));
  g_assert_cmpint (td_plan_get_year (td_plan_view_get_plan (view)), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_rows (window);
  assert_sample_heading_on_screen (window);
  assert_not_on_screen (window, SAMPLE_SIGNER);

  scroller = find_one (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  query = (ScrollQuery) { adjustment, { GTK_WIDGET (window), SAMPLE_SIGNER, FALSE } };
  assert_eventually (scroll_to_end_met, &query, "the signer to show at the end of the plan");
  wait_for_frame (GTK_WIDGET (window));
  assert_on_screen (window, SAMPLE_SIGNER);
  assert_not_on_screen (window, SAMPLE_NUMBER);

  /* The file, not the session, holds the year: a new window on it shows 2022 again. */
  close_window (&window);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  reset_settings ();
  window = open_window (path);

  g_assert_cmpstr (visible_page (window), ==, "plan");
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_heading_on_screen (window);
  assert_sample_rows (window);

  /* The sample is there already: the action (welcome page's button, menu item) is off;
   * this year's plan can still be started. */
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (window),
                                                               "win.load-sample")));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (window),
                                                              "win.start-plan")));

  close_window (&window);
}

static void
test_switch_years (void)
{
  g_autofree char *path = fresh_database_path ();
  int year = current_year ();
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  g_autofree char *title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);
  TdWindow *window;
  TdPlanView *view;
  GtkDropDown *dropdown;
  TdPlan *plan;
  TextQuery query;

  g_assert_cmpint (year, >, TD_SAMPLE_YEAR);

  reset_settings ();
  window = open_window (path);
  view = td_window_get_plan_view (window);
  dropdown = year_dropdown (window);

  /* The sample first: it gives the office the identity a new plan's heading comes from. */
  load_sample_by_click (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL));
  query = (TextQuery) { GTK_WIDGET (window), title, FALSE };
  assert_eventually (text_query_met, &query, "the new plan's title");
  wait_for_frame (GTK_WIDGET (window));

  g_assert_cmpint (td_window_get_year (window), ==, year);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 2);
  g_assert_cmpstr (dropdown_item_string (dropdown, 0), ==, "2022");
  g_assert_cmpstr (dropdown_item_string (dropdown, 1), ==, year_text);
  assert_dropdown_shows (window, year_text);

  gtk_drop_down_set_selected (dropdown, 0);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  g_assert_cmpint (td_plan_get_year (td_plan_view_get_plan (view)), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_heading_on_screen (window);
  g_assert_false (text_on_screen (GTK_WIDGET (window), title, FALSE));
  assert_sample_rows (window);

  gtk_drop_down_set_selected (dropdown, 1);
  wait_for_frame (GTK_WIDGET (window));
  plan = td_plan_view_get_plan (view);
  g_assert_cmpint (td_window_get_year (window), ==, year);
  g_assert_cmpint (td_plan_get_year (plan), ==, year);
  g_assert_cmpstr (td_plan_get_title (plan), ==, title);
  g_assert_cmpstr (td_plan_get_issuing_body (plan), ==, SAMPLE_BODY);
  g_assert_cmpstr (td_plan_get_symbol (plan), ==, "KH-UBND");
  assert_dropdown_shows (window, year_text);
  g_assert_true (text_on_screen (GTK_WIDGET (window), title, FALSE));
  assert_on_screen (window, SAMPLE_BODY);
  assert_not_on_screen (window, SAMPLE_NUMBER);
  assert_not_on_screen (window, SAMPLE_DATE);

  /* Both years exist now: neither action may add another. */
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (window),
                                                               "win.load-sample")));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (window),
                                                               "win.start-plan")));

  close_window (&window);
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
  g_autoptr(GPtrArray) rows = find_all (root, ADW_TYPE_ENTRY_ROW, TRUE);
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
  g_autoptr(TdOffice) office = td_store_get_office (store);

  return g_strdup (td_office_get_issuing_body (office));
}

static void
test_preferences (void)
{
  g_autofree char *path = fresh_database_path ();
  g_autofree char *body = NULL;
  TdWindow *window;
  TdPreferences *preferences;
  AdwEntryRow *row;
  TextQuery query;

  reset_settings ();
  window = open_window (path);
  /* The sample fills the whole identity, so changing one field is enough to save. */
  load_sample_by_click (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  wait_for_frame (GTK_WIDGET (preferences));

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
  assert_eventually (text_query_met, &query, "a toast that explains the refusal");
  g_clear_pointer (&body, g_free);

  /* Corrected, it saves and the mark goes. */
  gtk_editable_set_text (GTK_EDITABLE (row), SAMPLE_BODY);
  g_signal_emit_by_name (row, "apply");
  body = office_issuing_body (td_window_get_store (window));
  g_assert_cmpstr (body, ==, SAMPLE_BODY);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  destroy_window ((GtkWindow **) &preferences);
  close_window (&window);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
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
  g_autofree char *path = fresh_database_path ();
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
  backups = td_store_list_backups (path);
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

  reset_settings ();
  window = open_window (path);

  g_assert_cmpstr (visible_page (window), ==, "problem");
  g_assert_null (td_window_get_store (window));
  g_assert_true (text_on_screen (GTK_WIDGET (window), "Damaged", TRUE));
  g_assert_true (text_on_screen (GTK_WIDGET (window), backup_name, TRUE));
  g_assert_false (widget_on_screen (GTK_WIDGET (year_dropdown (window))));
  g_assert_nonnull (find_button (GTK_WIDGET (window), "Start a New Empty File", FALSE, TRUE));

  click (find_button (GTK_WIDGET (window), "Restore the Newest Backup", FALSE, TRUE));
  wait_for_page (window, "plan");
  g_assert_nonnull (td_window_get_store (window));
  g_assert_cmpint (td_window_get_year (window), ==, 2022);
  assert_dropdown_shows (window, "2022");
  assert_sample_heading_on_screen (window);
  assert_sample_rows (window);
  query = (TextQuery) { GTK_WIDGET (window), "The backup was restored", TRUE };
  assert_eventually (text_query_met, &query, "a toast that says the backup was restored");

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
        kept = read_file (aside);
        g_assert_true (g_bytes_equal (kept, garbage));
        n_aside++;
      }
  g_assert_cmpuint (n_aside, ==, 1);

  close_window (&window);
}

static void
test_newer (void)
{
  g_autofree char *path = fresh_database_path ();
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
  g_assert_cmpint (file_user_version (path), ==, newer);
  before = read_file (path);

  reset_settings ();
  window = open_window (path);

  g_assert_nonnull (td_window_get_store (window));
  g_assert_cmpint (td_store_get_access (td_window_get_store (window)), ==,
                   TD_STORE_READ_ONLY_NEWER);
  revealer = find_one (GTK_WIDGET (window), GTK_TYPE_REVEALER);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (text_on_screen (GTK_WIDGET (revealer), "newer version", TRUE));

  g_assert_cmpstr (visible_page (window), ==, "welcome");
  button = find_button (GTK_WIDGET (window), "Open the Sample Plan (Tùng Ảnh 2022)", TRUE, TRUE);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  button = find_button (GTK_WIDGET (window), "Start the Plan for", TRUE, TRUE);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));

  /* Even asked for by name (a shortcut, the menu), the disabled actions add nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  years = td_store_list_plan_years (td_window_get_store (window));
  g_assert_cmpuint (years->len, ==, 0);

  close_window (&window);
  g_assert_cmpint (file_user_version (path), ==, newer);
  after = read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_directory (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "Kế hoạch", NULL);
  TdWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);

  reset_settings ();
  window = open_window (path);

  g_assert_cmpstr (visible_page (window), ==, "problem");
  g_assert_null (td_window_get_store (window));
  assert_on_screen (window, "The Data File Cannot Be Opened");
  g_assert_true (text_on_screen (GTK_WIDGET (window), "is a folder", TRUE));
  g_assert_true (text_on_screen (GTK_WIDGET (window), path, TRUE));
  g_assert_null (find_button (GTK_WIDGET (window), "Restore the Newest Backup", FALSE, TRUE));
  g_assert_null (find_button (GTK_WIDGET (window), "Start a New Empty File", FALSE, TRUE));
  g_assert_false (widget_on_screen (GTK_WIDGET (year_dropdown (window))));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  close_window (&window);
}

/* Permissions do not stop root, and tests run as root in CI: the immutable attribute
 * (chattr +i) stops every writer, root included, on the file systems that have it. */
static gboolean
set_immutable (const char *path,
               gboolean    immutable)
{
  const char *argv[] = { "chattr", immutable ? "+i" : "-i", path, NULL };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

/* A plan on a file nobody may write: it is shown, with a notice, and nothing is written. */
static void
test_read_only_file (void)
{
  g_autofree char *path = fresh_database_path ();
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
  before = read_file (path);
  if (!set_immutable (path, TRUE))
    {
      g_test_skip ("chattr +i is not available on this file system");
      return;
    }

  reset_settings ();
  window = open_window (path);

  g_assert_nonnull (td_window_get_store (window));
  g_assert_cmpint (td_store_get_access (td_window_get_store (window)), ==,
                   TD_STORE_READ_ONLY_FILE);
  revealer = find_one (GTK_WIDGET (window), GTK_TYPE_REVEALER);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (text_on_screen (GTK_WIDGET (revealer), "cannot be written", TRUE));
  g_assert_cmpstr (visible_page (window), ==, "plan");
  assert_on_screen (window, SAMPLE_NUMBER);

  /* Starting a plan is refused, not half done. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  wait_for_frame (GTK_WIDGET (window));
  {
    g_autoptr(GArray) years = td_store_list_plan_years (td_window_get_store (window));
    g_assert_cmpuint (years->len, ==, 1);
  }

  close_window (&window);
  g_assert_true (set_immutable (path, FALSE));
  after = read_file (path);
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
  if (!set_immutable (dir, TRUE))
    {
      g_test_skip ("chattr +i is not available on this file system");
      return;
    }

  reset_settings ();
  window = open_window (path);

  g_assert_cmpstr (visible_page (window), ==, "problem");
  g_assert_null (td_window_get_store (window));
  assert_on_screen (window, "The Data File Cannot Be Opened");
  g_assert_true (text_on_screen (GTK_WIDGET (window), "cannot be written", TRUE));
  g_assert_true (text_on_screen (GTK_WIDGET (window), dir, TRUE));
  close_window (&window);

  g_assert_true (set_immutable (dir, FALSE));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* English whatever the developer's session speaks; GTK's own setlocale() reads LC_ALL. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    g_error ("the C.UTF-8 locale is missing");
  if (g_getenv ("THIDUA_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("THIDUA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Each test gets private XDG folders; the system's MIME database (which tells GdkPixbuf
   * an SVG icon from other bytes) stays the real one. */
  g_content_type_set_mime_dirs (NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  app = td_application_new ();
  /* A window per test, not the single instance a desktop session keeps. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* Page changes and toasts take effect at once, not after a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The icon theme, like the MIME database, is the system's, looked up before isolation. */
  gtk_icon_theme_get_for_display (gdk_display_get_default ());

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
