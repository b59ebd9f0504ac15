/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Starting the year's plan in the real window, and the office's identity given to a plan
 * already made. A plan started from the welcome page has the shape of a real plan, its
 * heading from the office's identity, and tells on screen (not in print) how to edit it; an
 * office with no name yet draws no rule over "Số:". New Plan… offers the usual parts, the
 * heading alone, or a copy. Preferences says what the identity changes, and offers it to the
 * plan shown, as one change Undo takes back. With TD_SHOT_DIR set, screenshots of each.
 */
#define G_LOG_DOMAIN "test-new-plan"

#include "config.h"

#include <string.h>

#include "td-application.h"
#include "td-new-plan-dialog.h"
#include "td-preferences.h"
#include "td-sample.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define HINT "Click any part of the plan to edit it: the heading, a section, a quarter, a " \
             "task or the signature. These hints are not printed."
#define NO_BODY_HINT "No issuing body yet: click here to type it"
#define TUNG_ANH "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH"
#define TUNG_LOC "ỦY BAN NHÂN DÂN XÃ TÙNG LỘC"
#define LAW_2022 "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"

static TdApplication *app;

#define assert_on_screen(root, text) td_test_assert_on_screen (root, text)

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/* The office's identity written into the file at @path before any window opens it. */
static void
write_office (const char *path,
              const char *issuing_body,
              const char *signer_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (path, &error);
  g_autoptr(TdOffice) office = td_office_new ();

  g_assert_no_error (error);
  td_office_set_issuing_body (office, issuing_body);
  td_office_set_place (office, issuing_body[0] != '\0' ? "Tùng Ảnh" : "");
  td_office_set_code (office, "UBND");
  td_office_set_signer_name (office, signer_name);
  g_assert_true (td_store_save_office (store, office, &error));
  g_assert_no_error (error);
}

/* A window on a file whose office is named @issuing_body, with this year's plan started as
 * the welcome page's button does. */
static TdWindow *
start_by_click (const char *issuing_body,
                const char *signer_name,
                char      **path)
{
  g_autofree char *label = g_strdup_printf ("Start the Plan for %d", current_year ());
  TdTestPageQuery query;
  TdWindow *window;

  *path = td_test_fresh_database_path ();
  write_office (*path, issuing_body, signer_name);
  td_test_reset_settings ();
  window = td_test_open_window (app, *path);
  g_assert_cmpstr (td_test_window_page (window), ==, "welcome");
  td_test_click (td_test_find_button (GTK_WIDGET (window), label, FALSE, TRUE));
  query = (TdTestPageQuery) { window, "plan" };
  td_test_assert_eventually (td_test_page_query_met, &query, "the new plan to show");
  td_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

/* The kinds of the view's rows, one letter each: H heading, S section, T table head,
 * Q quarter, t task, Z signature. */
static char *
row_kinds (TdWindow *window)
{
  static const char letters[] = { [TD_PLAN_ROW_HEADING] = 'H', [TD_PLAN_ROW_SECTION] = 'S',
                                  [TD_PLAN_ROW_TABLE_HEAD] = 'T', [TD_PLAN_ROW_QUARTER] = 'Q',
                                  [TD_PLAN_ROW_TASK] = 't', [TD_PLAN_ROW_SIGNATURE] = 'Z' };
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (window));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);

      g_string_append_c (out, letters[td_plan_row_get_kind (row)]);
    }
  return g_string_free (out, FALSE);
}

static char *
section_headings (TdWindow *window)
{
  GListModel *rows = td_plan_view_get_rows (td_window_get_plan_view (window));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);
      TdSection *section = td_plan_row_get_section (row);

      if (section != NULL)
        g_string_append_printf (out, "%s;", td_section_get_heading (section));
    }
  return g_string_free (out, FALSE);
}

/* The label on screen whose text begins with @prefix; there must be one. */
static GtkWidget *
label_starting (GtkWidget  *root,
                const char *prefix)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (root, GTK_TYPE_LABEL, TRUE);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix))
      return g_ptr_array_index (labels, i);
  td_test_dump_texts (root);
  g_error ("no label on screen begins with “%s”", prefix);
}

/* The rules drawn in the heading's left column, where the number is. */
static guint
rules_over_number (TdWindow *window)
{
  GtkWidget *number = label_starting (GTK_WIDGET (window), "Số:");
  g_autoptr(GPtrArray) rules = td_test_find_all (gtk_widget_get_parent (number),
                                                 GTK_TYPE_SEPARATOR, FALSE);

  return rules->len;
}

typedef struct {
  GtkAdjustment *adjustment;
  GtkWidget     *root;
  const char    *text;
} ScrollQuery;

/* The list view estimates the heights of rows it has not built yet: ask for the end until
 * the text shows. */
static gboolean
scrolled_to_text (ScrollQuery *query)
{
  gtk_adjustment_set_value (query->adjustment, gtk_adjustment_get_upper (query->adjustment));
  return td_test_text_on_screen (query->root, query->text, FALSE);
}

/* Started from the welcome page: the heading of the office, the bases of the current law,
 * the parts I. to IV. with the task table and the year's tasks, the signer of the office,
 * and, on screen only, how to edit it. */
static void
test_start (void)
{
  int year = current_year ();
  g_autofree char *path = NULL;
  g_autofree char *title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);
  g_autofree char *closing = g_strdup_printf ("Ủy ban nhân dân xã Tùng Ảnh xây dựng kế hoạch "
                                              "công tác thi đua, khen thưởng năm %d như sau:",
                                              year);
  g_autofree char *kinds = NULL;
  g_autofree char *headings = NULL;
  TdWindow *window = start_by_click (TUNG_ANH, "Phan Tiến Dũng", &path);
  GtkScrolledWindow *scroller;
  ScrollQuery query;

  g_assert_cmpint (td_window_get_year (window), ==, year);
  assert_on_screen (window, HINT);
  assert_on_screen (window, TUNG_ANH);
  assert_on_screen (window, "Số:     /KH-UBND");
  assert_on_screen (window, title);
  assert_on_screen (window, LAW_2022);
  assert_on_screen (window, closing);
  g_assert_cmpuint (rules_over_number (window), ==, 1);
  td_test_save_screenshot (GTK_WIDGET (window), "new-plan-start");

  kinds = row_kinds (window);
  g_assert_cmpstr (kinds, ==, "HSSSSTQtttQtQQttSSZ");
  headings = section_headings (window);
  g_assert_cmpstr (headings, ==,
                   "I. MỤC ĐÍCH, YÊU CẦU;1. Mục đích;2. Yêu cầu;II. NỘI DUNG;"
                   "III. CÁC GIẢI PHÁP CHỦ YẾU;IV. TỔ CHỨC THỰC HIỆN;");
  assert_on_screen (window, "I. MỤC ĐÍCH, YÊU CẦU");

  scroller = td_test_find_one (GTK_WIDGET (td_window_get_plan_view (window)),
                               GTK_TYPE_SCROLLED_WINDOW, FALSE);
  query = (ScrollQuery) { gtk_scrolled_window_get_vadjustment (scroller), GTK_WIDGET (window),
                          "Phan Tiến Dũng" };
  td_test_assert_eventually (scrolled_to_text, &query, "the signer at the end of the plan");
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_on_screen (window, "IV. TỔ CHỨC THỰC HIỆN");
  assert_on_screen (window, "TM. ỦY BAN NHÂN DÂN");
  td_test_save_screenshot (GTK_WIDGET (window), "new-plan-end");

  td_test_close_window (&window);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM section"), ==, 6);
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM task"), ==, 6);
}

/* An office with no name yet: the page says what is missing, and no rule stands over the
 * number as none is printed there. */
static void
test_no_issuing_body (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = start_by_click ("", "", &path);

  assert_on_screen (window, NO_BODY_HINT);
  assert_on_screen (window, "Số:     /KH-UBND");
  g_assert_cmpuint (rules_over_number (window), ==, 0);
  td_test_save_screenshot (GTK_WIDGET (window), "new-plan-no-body");
  td_test_close_window (&window);
}

static TdNewPlanDialog *
find_new_plan_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (TD_IS_NEW_PLAN_DIALOG (toplevel))
        return TD_NEW_PLAN_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
new_plan_dialog_shown (gpointer data)
{
  return find_new_plan_dialog () != NULL;
}

typedef struct {
  TdWindow *window;
  int       year;
} YearQuery;

static gboolean
shows_year (YearQuery *query)
{
  TdPlan *plan = td_plan_view_get_plan (td_window_get_plan_view (query->window));

  return plan != NULL && td_plan_get_year (plan) == query->year;
}

/* New Plan… for @year from the choice that reads @choice; the plan it made. */
static TdPlan *
new_plan (TdWindow   *window,
          int         year,
          const char *choice)
{
  TdNewPlanDialog *dialog;
  GtkDropDown *dropdown;
  GListModel *choices;
  YearQuery query = { window, year };
  guint found = GTK_INVALID_LIST_POSITION;
  g_autoptr(GError) error = NULL;
  TdPlan *plan;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL));
  td_test_assert_eventually (new_plan_dialog_shown, NULL, "the New Plan dialog");
  dialog = find_new_plan_dialog ();
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  dropdown = td_test_find_one (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, TRUE);
  choices = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (choices, i);

      if (g_str_equal (gtk_string_object_get_string (item), choice))
        found = i;
    }
  g_assert_cmpuint (found, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (dropdown, found);
  td_new_plan_dialog_set_year (dialog, year);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  td_test_assert_eventually (shows_year, &query, "the new plan to show");

  plan = td_store_get_plan (td_window_get_store (window), year, &error);
  g_assert_no_error (error);
  return plan;
}

static guint
n_sections (TdWindow *window,
            TdPlan   *plan)
{
  g_autoptr(GListModel) sections = td_store_list_sections (td_window_get_store (window),
                                                           td_plan_get_id (plan), NULL);
  return g_list_model_get_n_items (sections);
}

static guint
n_tasks (TdWindow *window,
         TdPlan   *plan)
{
  g_autoptr(GListModel) tasks = td_store_list_tasks (td_window_get_store (window),
                                                     td_plan_get_id (plan), NULL);
  return g_list_model_get_n_items (tasks);
}

/* What New Plan… offers, each made as it says: the usual parts, the heading alone, a copy;
 * a copy of the newest plan is offered first. */
static void
test_dialog (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  g_autoptr(TdPlan) usual = NULL;
  g_autoptr(TdPlan) heading = NULL;
  g_autoptr(TdPlan) copy = NULL;
  TdNewPlanDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL));
  td_test_assert_eventually (new_plan_dialog_shown, NULL, "the New Plan dialog");
  dialog = find_new_plan_dialog ();
  td_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_cmpint (td_new_plan_dialog_get_start (dialog), ==, TD_NEW_PLAN_COPY);
  g_assert_cmpint (td_new_plan_dialog_get_source_year (dialog), ==, TD_SAMPLE_YEAR);
  assert_on_screen (dialog, "Copy the plan of 2022");
  td_test_save_screenshot (GTK_WIDGET (dialog), "new-plan-dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  usual = new_plan (window, 2030, "The usual parts of a plan");
  g_assert_cmpuint (n_sections (window, usual), ==, 6);
  g_assert_cmpuint (n_tasks (window, usual), ==, 6);
  g_assert_cmpstr (td_plan_get_issuing_body (usual), ==, TUNG_ANH);
  g_assert_true (g_str_has_prefix (td_plan_get_preamble (usual), LAW_2022));

  heading = new_plan (window, 2031, "Only the heading");
  g_assert_cmpuint (n_sections (window, heading), ==, 0);
  g_assert_cmpuint (n_tasks (window, heading), ==, 0);
  g_assert_cmpstr (td_plan_get_issuing_body (heading), ==, TUNG_ANH);
  g_assert_cmpstr (td_plan_get_signer_name (heading), ==, "Phan Tiến Dũng");
  g_assert_cmpstr (td_plan_get_preamble (heading), ==, "");

  copy = new_plan (window, 2032, "Copy the plan of 2022");
  g_assert_cmpuint (n_sections (window, copy), ==, 6);
  g_assert_cmpuint (n_tasks (window, copy), ==, 9);
  g_assert_cmpstr (td_plan_get_title (copy), ==, "Công tác thi đua, khen thưởng năm 2032");

  td_test_close_window (&window);
}

static TdPreferences *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (TD_IS_PREFERENCES (toplevel))
        return TD_PREFERENCES (toplevel);
    }
  return NULL;
}

static AdwEntryRow *
entry_row (TdPreferences *preferences,
           const char    *title_prefix)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW,
                                                FALSE);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                          title_prefix))
      return g_ptr_array_index (rows, i);
  g_error ("Preferences has no row “%s…”", title_prefix);
}

static char *
plan_heading (const char *path)
{
  return td_test_file_query (path, "SELECT issuing_body || '|' || place || '|' || number "
                                   "|| '|' || signer_name FROM plan WHERE year = 2022");
}

static gboolean
view_shows_tung_loc (TdWindow *window)
{
  TdPlan *plan = td_plan_view_get_plan (td_window_get_plan_view (window));

  return plan != NULL && g_str_equal (td_plan_get_issuing_body (plan), TUNG_LOC);
}

static gboolean
view_shows_tung_anh (TdWindow *window)
{
  TdPlan *plan = td_plan_view_get_plan (td_window_get_plan_view (window));

  return plan != NULL && g_str_equal (td_plan_get_issuing_body (plan), TUNG_ANH);
}

/* Preferences says what the identity changes; changed, it offers it to the plan shown, and
 * applying it is one change, which the toast's Undo and Ctrl+Z (the window's) take back.
 * When the window shows another year, the offer is for that year's plan. */
static void
test_apply_identity (void)
{
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *office = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdHistory *history = td_window_get_history (window);
  g_autoptr(TdPlan) new_plan_2030 = NULL;
  TdPreferences *preferences;
  GtkWidget *apply;
  guint steps;

  before = plan_heading (path);
  g_assert_cmpstr (before, ==, TUNG_ANH "|Tùng Ảnh|49|Phan Tiến Dũng");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  assert_on_screen (preferences, "A new plan takes its heading and signer from here; a plan "
                                 "already made keeps its own. Each field is saved as you type.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (preferences, "Chairman"))),
                   ==, "Phan Tiến Dũng");
  /* The identity is the plan's: nothing to offer. */
  g_assert_null (td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2022 Plan",
                                      FALSE, TRUE));

  td_test_type_text (GTK_WIDGET (entry_row (preferences, "Issuing body")), TUNG_LOC);
  td_test_type_text (GTK_WIDGET (entry_row (preferences, "Place name")), "Tùng Lộc");
  td_test_wait_for_save (GTK_WIDGET (preferences));
  office = td_test_file_query (path, "SELECT issuing_body || '|' || place FROM office");
  g_assert_cmpstr (office, ==, TUNG_LOC "|Tùng Lộc");
  /* The plan keeps the heading it was issued with … */
  kept = plan_heading (path);
  g_assert_cmpstr (kept, ==, before);
  /* … until the secretary gives it the new one. */
  assert_on_screen (preferences, "The 2022 plan has a heading of its own");
  apply = td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2022 Plan", FALSE, TRUE);
  td_test_save_screenshot (GTK_WIDGET (preferences), "preferences-apply");
  td_test_click (apply);
  td_test_wait_for_frame (GTK_WIDGET (preferences));

  applied = plan_heading (path);
  g_assert_cmpstr (applied, ==, TUNG_LOC "|Tùng Lộc|49|Phan Tiến Dũng");
  assert_on_screen (preferences, "The 2022 plan has the office’s heading now");
  g_assert_null (td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2022 Plan",
                                      FALSE, TRUE));
  td_test_assert_eventually (view_shows_tung_loc, window, "the plan to show its new heading");
  g_assert_cmpstr (td_history_get_undo_label (td_window_get_history (window)), ==,
                   "Apply Office Identity");
  td_test_save_screenshot (GTK_WIDGET (preferences), "preferences-applied");

  /* The toast's Undo is the window's: the plan's heading back, the identity as typed. */
  td_test_click (td_test_find_button (GTK_WIDGET (preferences), "Undo", FALSE, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  undone = plan_heading (path);
  g_assert_cmpstr (undone, ==, before);
  g_clear_pointer (&office, g_free);
  office = td_test_file_query (path, "SELECT issuing_body || '|' || place FROM office");
  g_assert_cmpstr (office, ==, TUNG_LOC "|Tùng Lộc");
  g_assert_nonnull (td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2022 Plan",
                                         FALSE, TRUE));

  /* Applied again, it is one more step of the window's Undo, which Ctrl+Z in Preferences
   * takes back: the plan shown gets its old heading again. */
  steps = td_history_get_n_undo (history);
  td_test_click (td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2022 Plan",
                                      FALSE, TRUE));
  td_test_assert_eventually (view_shows_tung_loc, window, "the plan to show its new heading");
  g_assert_cmpuint (td_history_get_n_undo (history), ==, steps + 1);
  td_test_press_ctrl_z (GTK_WIDGET (preferences), FALSE);
  td_test_assert_eventually (view_shows_tung_anh, window, "the plan to show its old heading");
  g_clear_pointer (&undone, g_free);
  undone = plan_heading (path);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (td_history_get_n_undo (history), ==, steps);
  assert_on_screen (td_window_get_plan_view (window), TUNG_ANH);
  g_assert_nonnull (td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2022 Plan",
                                         FALSE, TRUE));

  /* The window shows a new plan, made with the office's heading: nothing to offer it. */
  new_plan_2030 = new_plan (window, 2030, "The usual parts of a plan");
  g_assert_cmpstr (td_plan_get_issuing_body (new_plan_2030), ==, TUNG_LOC);
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  g_assert_null (td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2022 Plan",
                                      FALSE, TRUE));
  g_assert_null (td_test_find_button (GTK_WIDGET (preferences), "Apply to the 2030 Plan",
                                      FALSE, TRUE));

  gtk_window_destroy (GTK_WINDOW (preferences));
  td_test_close_window (&window);
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

  g_test_add_func ("/new-plan/start", test_start);
  g_test_add_func ("/new-plan/no-issuing-body", test_no_issuing_body);
  g_test_add_func ("/new-plan/dialog", test_dialog);
  g_test_add_func ("/new-plan/apply-identity", test_apply_identity);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
