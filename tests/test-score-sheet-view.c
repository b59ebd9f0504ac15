/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score sheet and the ranking in a plain window, on a file with a criteria set of three
 * items and four units: scores typed with the keys as in a spreadsheet, the totals, rank
 * and class following; a value above the standard refused where it was typed; a column
 * pasted as one step; scores that differ, with the verifier's note and department; the
 * ranking with a tie and a unit not fully scored; an edit undone.
 *
 * TD_SCORE_TEST_LOCALE=vi_VN.UTF-8 runs it in Vietnamese (for screenshots, TD_SHOT_DIR).
 */
#define G_LOG_DOMAIN "test-score-sheet-view"

#include "config.h"

#include "td-history.h"
#include "td-points.h"
#include "td-ranking-view.h"
#include "td-score-sheet-view.h"
#include "td-store-scoring.h"
#include "td-test-db.h"
#include "td-test-subjects.h"
#include "td-test-ui.h"

#define P(points) ((gint64) ((points) * TD_POINTS_SCALE))
#define YEAR 2022

static TdApplication *app;
static gboolean vietnamese;

typedef struct {
  char             *path;
  TdStore          *store;
  TdHistory        *history;
  gint64            set;
  gint64            items[3];    /* 1.1 (4), 1.2 (6), 2.1 (10) */
  GtkWindow        *window;
  TdScoreSheetView *view;
  TdScoreGrid      *grid;
} Fixture;

/* Units of the sheet, in Vietnamese name order. */
enum { DONG, NAM, TAY, TRUONG };

static gint64
add (Fixture    *fixture,
     gint64      parent,
     const char *code,
     const char *name,
     double      standard)
{
  g_autoptr(TdCriterion) criterion = td_criterion_new (0);
  g_autoptr(GError) error = NULL;
  gint64 id;

  td_criterion_set_code (criterion, code);
  td_criterion_set_name (criterion, name);
  if (standard > 0)
    td_criterion_set_max_points (criterion, P (standard));
  id = td_store_add_criterion (fixture->store, fixture->set, parent, -1, criterion, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) thresholds = td_thresholds_new ();
  const char *kinds[] = { "village", "school", NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  TdStore *made;
  gint64 group;

  fixture->path = td_test_fresh_database_path ();
  made = td_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_object_unref (made);
  td_test_subjects_fill (fixture->path);
  fixture->store = td_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->history = td_history_new (fixture->store);

  fixture->set = td_store_add_criteria_set (fixture->store, YEAR, "Tiêu chí chấm điểm thôn",
                                            kinds, &error);
  g_assert_no_error (error);
  group = add (fixture, 0, "I.", "Công tác xây dựng Đảng", 0);
  fixture->items[0] = add (fixture, group, "1.1", "Nghị quyết", 4);
  fixture->items[1] = add (fixture, group, "1.2", "Kiểm tra, giám sát", 6);
  group = add (fixture, 0, "II.", "Phát triển kinh tế", 0);
  fixture->items[2] = add (fixture, group, "2.1", "Thu nhập bình quân", 10);
  td_thresholds_add (thresholds, "Xuất sắc", P (18));
  td_thresholds_add (thresholds, "Khá", P (12));
  g_assert_true (td_store_set_thresholds (fixture->store, fixture->set,
                                          (TdThreshold *) thresholds->data, thresholds->len,
                                          &error));
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_set_application (fixture->window, GTK_APPLICATION (app));
  gtk_window_set_default_size (fixture->window, 1100, 520);
  fixture->view = td_score_sheet_view_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (fixture->view), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, box);
  td_score_sheet_view_set_store (fixture->view, fixture->store, YEAR, fixture->set);
  fixture->grid = td_score_sheet_view_get_grid (fixture->view);
  gtk_window_present (fixture->window);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  gtk_widget_grab_focus (GTK_WIDGET (fixture->grid));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  td_test_wait_until ((TdTestCondition) td_test_pointer_is_null, &fixture->window);
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_free (fixture->path);
}

/* Keys --------------------------------------------------------------------------------------- */

/* @keyval as it travels: the key controllers of the capture phase from the window down to
 * the focus, then those of the bubble phase back up (the text field's own left out: it
 * reads real events only). */
static void
press (Fixture         *fixture,
       guint            keyval,
       GdkModifierType  state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  gboolean handled = FALSE;

  g_assert_nonnull (focus);
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);
  for (int pass = 0; pass < 2 && !handled; pass++)
    for (guint k = 0; k < chain->len && !handled; k++)
      {
        GtkWidget *widget = chain->pdata[pass == 0 ? k : chain->len - 1 - k];
        g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
        GtkPropagationPhase phase = pass == 0 ? GTK_PHASE_CAPTURE : GTK_PHASE_BUBBLE;

        for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
          {
            g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

            if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
                gtk_event_controller_get_propagation_phase (controller) == phase &&
                !(GTK_IS_TEXT (widget) && phase == GTK_PHASE_BUBBLE))
              g_signal_emit_by_name (controller, "key-pressed", keyval, 0u, state, &handled);
          }
      }
  g_assert_true (handled);
}

/* Types @text into the cell chosen as a person does: its first key opens the editor, the
 * rest goes into it. */
static void
type (Fixture    *fixture,
      const char *text)
{
  GtkEditable *editor;

  press (fixture, gdk_unicode_to_keyval (g_utf8_get_char (text)), 0);
  editor = td_score_grid_get_editor (fixture->grid);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (editor)));
  gtk_editable_set_text (editor, text);
}

static gint64
sheet_score (Fixture     *fixture,
             guint        unit,
             guint        item,
             TdScoreSide  side)
{
  gint64 points = -1;

  if (!td_score_sheet_get_score (td_score_sheet_view_get_sheet (fixture->view), unit, item, side,
                                 &points))
    return -1;
  return points;
}

/* What the file holds, read again on a connection of its own. */
static gint64
file_score (Fixture    *fixture,
            guint       item,
            const char *unit_name,
            const char *column)
{
  g_autofree char *text =
    td_test_file_query (fixture->path,
                        "SELECT coalesce (%s, -1) FROM score s JOIN unit u ON u.id = s.unit_id "
                        "WHERE s.criterion_id = %" G_GINT64_FORMAT " AND u.name = '%s'",
                        column, fixture->items[item], unit_name);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

static void
assert_cursor (Fixture *fixture,
               guint    unit,
               guint    item)
{
  guint u, i;

  g_assert_true (td_score_grid_get_cursor (fixture->grid, &u, &i));
  g_assert_cmpuint (u, ==, unit);
  g_assert_cmpuint (i, ==, item);
}

static const char *
number (const char *english)
{
  /* Scores as the language writes them: "2,5" in Vietnamese. */
  static char buffer[32];

  g_strlcpy (buffer, english, sizeof buffer);
  if (vietnamese)
    g_strdelimit (buffer, ".", ',');
  return buffer;
}

/* Tests ---------------------------------------------------------------------------------------- */

/* A row typed with Tab, Enter back at its first column on the next row; the unit's totals,
 * rank and class on screen at once, and the scores in the file. */
static void
test_type_row (Fixture       *fixture,
               gconstpointer  data)
{
  TdScoreSheet *sheet;

  assert_cursor (fixture, DONG, 0);
  type (fixture, "3");
  press (fixture, GDK_KEY_Tab, 0);
  assert_cursor (fixture, DONG, 1);
  g_assert_false (td_score_grid_is_editing (fixture->grid));
  type (fixture, number ("5.5"));
  press (fixture, GDK_KEY_Tab, 0);
  type (fixture, "9");
  press (fixture, GDK_KEY_Return, 0);
  assert_cursor (fixture, NAM, 0);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));

  sheet = td_score_sheet_view_get_sheet (fixture->view);
  g_assert_cmpint (sheet_score (fixture, DONG, 0, TD_SCORE_SELF), ==, P (3));
  g_assert_cmpint (sheet_score (fixture, DONG, 1, TD_SCORE_SELF), ==, P (5.5));
  g_assert_cmpint (sheet_score (fixture, DONG, 2, TD_SCORE_SELF), ==, P (9));
  g_assert_cmpint (td_score_sheet_get_total (sheet, DONG, -1, TD_SCORE_FINAL), ==, P (17.5));
  g_assert_cmpuint (td_score_sheet_get_rank (sheet, DONG), ==, 1);
  g_assert_cmpstr (td_score_sheet_get_class_label (sheet, DONG), ==, "Khá");
  g_assert_cmpint (file_score (fixture, 1, "Thôn Đông", "self_points"), ==, 550);

  /* Back on the row typed: the pane tells its totals. */
  press (fixture, GDK_KEY_Up, 0);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->view, number ("17.5"));
  td_test_assert_on_screen (fixture->view, "1 of 4");
  td_test_assert_on_screen (fixture->view, "Khá");
  /* Raised to Xuất sắc by one more point. */
  press (fixture, GDK_KEY_End, 0);
  type (fixture, number ("10"));
  press (fixture, GDK_KEY_Return, 0);
  g_assert_cmpstr (td_score_sheet_get_class_label (td_score_sheet_view_get_sheet (fixture->view),
                                                   DONG), ==, "Xuất sắc");
  press (fixture, GDK_KEY_Up, 0);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->view, number ("18.5"));
  td_test_assert_on_screen (fixture->view, "Xuất sắc");
  td_test_save_screenshot (GTK_WIDGET (fixture->window),
                           vietnamese ? "score-sheet-vi" : "score-sheet");

  /* Delete clears the cell: the unit is no longer fully scored. */
  press (fixture, GDK_KEY_Delete, 0);
  g_assert_cmpint (sheet_score (fixture, DONG, 2, TD_SCORE_SELF), ==, -1);
  g_assert_cmpint (file_score (fixture, 2, "Thôn Đông", "self_points"), ==, -1);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->view, "Not fully scored: 1 item missing");
}

/* Above the standard: refused where typed, the reason beside the cell, nothing saved; the
 * editor keeps the value to correct; Escape gives up. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  guint n_undo = td_history_get_n_undo (fixture->history);

  type (fixture, "7");
  press (fixture, GDK_KEY_Return, 0);
  g_assert_true (td_score_grid_is_editing (fixture->grid));
  g_assert_cmpstr (gtk_editable_get_text (td_score_grid_get_editor (fixture->grid)), ==, "7");
  assert_cursor (fixture, DONG, 0);
  g_assert_cmpstr (td_score_grid_get_refusal (fixture->grid), ==, "Criterion 1.1: at most 4 points");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->grid, "Criterion 1.1: at most 4 points");
  g_assert_cmpint (sheet_score (fixture, DONG, 0, TD_SCORE_SELF), ==, -1);
  g_assert_cmpint (file_score (fixture, 0, "Thôn Đông", "self_points"), ==, -1);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, n_undo);
  {
    g_autofree char *said = td_score_grid_dup_cursor_text (fixture->grid);

    g_assert_nonnull (strstr (said, "at most 4 points"));
  }
  td_test_save_screenshot (GTK_WIDGET (fixture->window),
                           vietnamese ? "score-sheet-refused-vi" : "score-sheet-refused");

  /* Corrected in place, then saved. */
  gtk_editable_set_text (td_score_grid_get_editor (fixture->grid), "4");
  press (fixture, GDK_KEY_Return, 0);
  g_assert_false (td_score_grid_is_editing (fixture->grid));
  g_assert_null (td_score_grid_get_refusal (fixture->grid));
  g_assert_cmpint (file_score (fixture, 0, "Thôn Đông", "self_points"), ==, 400);

  /* Not a number; then Escape leaves the cell as it was. */
  type (fixture, "x");
  press (fixture, GDK_KEY_Return, 0);
  g_assert_true (td_score_grid_is_editing (fixture->grid));
  g_assert_nonnull (td_score_grid_get_refusal (fixture->grid));
  press (fixture, GDK_KEY_Escape, 0);
  g_assert_false (td_score_grid_is_editing (fixture->grid));
  g_assert_null (td_score_grid_get_refusal (fixture->grid));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->grid)));
}

static gboolean
pasted (Fixture *fixture)
{
  return sheet_score (fixture, TRUONG, 1, TD_SCORE_SELF) == P (6);
}

/* A column copied from a spreadsheet, through the clipboard and Ctrl+V: saved as one step;
 * a block with a value out of range saves nothing and says which. */
static void
test_paste (Fixture       *fixture,
            gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->grid));
  guint n_undo = td_history_get_n_undo (fixture->history);

  td_score_grid_set_cursor (fixture->grid, DONG, 1);
  gdk_clipboard_set_text (clipboard, "5\n2,5\n6.0\r\n6\n");
  press (fixture, GDK_KEY_v, GDK_CONTROL_MASK);
  td_test_assert_eventually (pasted, fixture, "the column pasted");
  g_assert_cmpint (sheet_score (fixture, DONG, 1, TD_SCORE_SELF), ==, P (5));
  g_assert_cmpint (sheet_score (fixture, NAM, 1, TD_SCORE_SELF), ==, P (2.5));
  g_assert_cmpint (sheet_score (fixture, TAY, 1, TD_SCORE_SELF), ==, P (6));
  g_assert_cmpint (file_score (fixture, 1, "Thôn Nam", "self_points"), ==, 250);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, n_undo + 1);

  /* Two columns, the last value above 10: nothing saved, the reason at that cell. */
  td_score_grid_set_cursor (fixture->grid, DONG, 1);
  g_assert_false (td_score_grid_paste_text (fixture->grid, "1\t2\n3\t12\n"));
  assert_cursor (fixture, NAM, 2);
  g_assert_cmpstr (td_score_grid_get_refusal (fixture->grid),
                   ==, "Nothing was pasted: Criterion 2.1: at most 10 points");
  g_assert_cmpint (sheet_score (fixture, DONG, 1, TD_SCORE_SELF), ==, P (5));
  g_assert_cmpint (sheet_score (fixture, DONG, 2, TD_SCORE_SELF), ==, -1);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, n_undo + 1);

  /* Undone as one step. */
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_assert_cmpint (sheet_score (fixture, NAM, 1, TD_SCORE_SELF), ==, -1);
  g_assert_cmpint (sheet_score (fixture, TRUONG, 1, TD_SCORE_SELF), ==, -1);
}

/* The verified side typed: the difference in the pane and marked in the cell; the
 * verifier's note saved as it is typed; the department that verified. */
static void
test_differ (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *verified = td_test_find_button (GTK_WIDGET (fixture->view), "Verified scores",
                                             FALSE, TRUE);
  GtkWidget *note = td_test_find_one (GTK_WIDGET (fixture->view), GTK_TYPE_ENTRY, TRUE);
  GtkDropDown *verifier = td_test_find_one (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, TRUE);
  g_autofree char *said = NULL;
  GListModel *names;
  guint tram = 0;

  type (fixture, "3");
  press (fixture, GDK_KEY_Return, 0);
  press (fixture, GDK_KEY_Up, 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (verified), TRUE);
  g_assert_cmpint (td_score_grid_get_side (fixture->grid), ==, TD_SCORE_VERIFIED);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->grid));
  type (fixture, number ("2.5"));
  press (fixture, GDK_KEY_Return, 0);
  g_assert_cmpint (sheet_score (fixture, DONG, 0, TD_SCORE_VERIFIED), ==, P (2.5));
  g_assert_cmpint (sheet_score (fixture, DONG, 0, TD_SCORE_SELF), ==, P (3));
  g_assert_cmpint (file_score (fixture, 0, "Thôn Đông", "verified_points"), ==, 250);

  press (fixture, GDK_KEY_Up, 0);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  td_test_assert_on_screen (fixture->view, number ("-0.5"));
  said = td_score_grid_dup_cursor_text (fixture->grid);
  g_assert_cmpstr (said, ==, vietnamese ? said
                   : "Thôn Đông, 1.1 Nghị quyết: self score 3, verified score 2.5");

  gtk_editable_set_text (GTK_EDITABLE (note), "Thiếu biên bản");
  g_assert_cmpstr (td_score_sheet_get_note (td_score_sheet_view_get_sheet (fixture->view), DONG, 0),
                   ==, "Thiếu biên bản");
  names = gtk_drop_down_get_model (verifier);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Trạm Y tế xã"))
      tram = i;
  g_assert_cmpuint (tram, >, 0);
  gtk_drop_down_set_selected (verifier, tram);
  g_assert_cmpint (td_score_sheet_get_verifier (td_score_sheet_view_get_sheet (fixture->view),
                                                DONG, 0), ==, TD_TEST_TRAM_Y_TE);
  g_assert_cmpint (td_test_file_int (fixture->path, "SELECT verifier_id FROM score WHERE note = "
                                     "'Thiếu biên bản'"), ==, TD_TEST_TRAM_Y_TE);
  /* Ctrl+1 back to the self side. */
  press (fixture, GDK_KEY_1, GDK_CONTROL_MASK);
  g_assert_true (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (td_test_find_button (GTK_WIDGET (fixture->view), "Self scores", FALSE,
                                            TRUE))));
  td_test_save_screenshot (GTK_WIDGET (fixture->window),
                           vietnamese ? "score-sheet-differ-vi" : "score-sheet-differ");
}

static void
score (Fixture *fixture,
       guint    item,
       gint64   unit_id,
       double   self_points)
{
  g_autoptr(GError) error = NULL;
  TdScoreInput input = { fixture->items[item], unit_id, TRUE, P (self_points), FALSE, 0, 0, NULL };
  const char *fields[] = { "self", NULL };

  g_assert_true (td_store_update_score (fixture->store, &input, fields, &error));
  g_assert_no_error (error);
}

static void
assert_row (TdRankingView *view,
            guint          position,
            const char    *rank,
            const char    *unit,
            const char    *final,
            const char    *class_label)
{
  const char *expected[] = { rank, unit, NULL, NULL, final, class_label };

  for (guint c = 0; c < 6; c++)
    if (expected[c] != NULL)
      {
        g_autofree char *text = td_ranking_view_dup_text (view, position, c);

        g_assert_cmpstr (text, ==, expected[c]);
      }
}

/* By the final total, a tie shared, the unit missing a score after the others and never
 * ranked; live as a score changes. */
static void
test_ranking (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  TdRankingView *ranking = td_ranking_view_new ();
  g_autoptr(GError) error = NULL;
  const char *verified[] = { "verified", NULL };
  TdScoreInput input = { 0 };

  gtk_window_set_application (window, GTK_APPLICATION (app));
  gtk_window_set_default_size (window, 800, 360);
  gtk_window_set_child (window, GTK_WIDGET (ranking));
  td_ranking_view_set_store (ranking, fixture->store, YEAR, fixture->set);
  gtk_window_present (window);

  /* Đông 4 + 6 + 8 = 18; Nam 12 and Tây 12 (a tie); Trường misses 2.1. */
  score (fixture, 0, TD_TEST_THON_DONG, 4);
  score (fixture, 1, TD_TEST_THON_DONG, 6);
  score (fixture, 2, TD_TEST_THON_DONG, 8);
  score (fixture, 0, TD_TEST_THON_NAM, 2);
  score (fixture, 1, TD_TEST_THON_NAM, 5);
  score (fixture, 2, TD_TEST_THON_NAM, 5);
  score (fixture, 0, TD_TEST_THON_TAY, 4);
  score (fixture, 1, TD_TEST_THON_TAY, 3);
  score (fixture, 2, TD_TEST_THON_TAY, 5);
  score (fixture, 0, TD_TEST_TRUONG, 4);
  score (fixture, 1, TD_TEST_TRUONG, 6);
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_row (ranking, 0, "1", "Thôn Đông", "18", "Xuất sắc");
  assert_row (ranking, 1, "2", "Thôn Nam", "12", "Khá");
  assert_row (ranking, 2, "2", "Thôn Tây", "12", "Khá");
  assert_row (ranking, 3, "—", "Trường Tiểu học Tùng Ảnh", "10", "Not fully scored: 1 item missing");
  td_test_assert_on_screen (ranking, "Not fully scored: 1 item missing");
  td_test_assert_on_screen (ranking, "3 units ranked · 1 not fully scored");
  td_test_save_screenshot (GTK_WIDGET (window), vietnamese ? "ranking-vi" : "ranking");

  /* Verified lower, Đông falls to a tie with Nam and Tây; the school scored fully, first. */
  input.criterion_id = fixture->items[2];
  input.unit_id = TD_TEST_THON_DONG;
  input.has_verified = TRUE;
  input.verified_points = P (2);
  g_assert_true (td_store_update_score (fixture->store, &input, verified, &error));
  g_assert_no_error (error);
  score (fixture, 2, TD_TEST_TRUONG, 9);
  td_test_wait_for_frame (GTK_WIDGET (window));
  assert_row (ranking, 0, "1", "Trường Tiểu học Tùng Ảnh", "19", "Xuất sắc");
  assert_row (ranking, 1, "2", "Thôn Đông", "12", "Khá");
  assert_row (ranking, 2, "2", "Thôn Nam", "12", "Khá");
  assert_row (ranking, 3, "2", "Thôn Tây", "12", "Khá");
  td_test_assert_on_screen (ranking, "Trường Tiểu học Tùng Ảnh");
  td_test_assert_on_screen (ranking, "4 units ranked");
  {
    g_autofree char *self_total = td_ranking_view_dup_text (ranking, 1, 2);
    g_autofree char *verified_total = td_ranking_view_dup_text (ranking, 1, 3);

    g_assert_cmpstr (self_total, ==, "18");
    g_assert_cmpstr (verified_total, ==, "2");
  }
  gtk_window_destroy (window);
}

/* An edit undone through the window's history: the sheet and its totals follow. */
static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  TdScoreSheet *sheet;

  /* Two edits of one cell, each its own step however quick. */
  td_history_set_merge_interval (fixture->history, 0);
  type (fixture, "2");
  press (fixture, GDK_KEY_Return, 0);
  press (fixture, GDK_KEY_Up, 0);
  type (fixture, "3");
  press (fixture, GDK_KEY_Return, 0);
  sheet = td_score_sheet_view_get_sheet (fixture->view);
  g_assert_cmpint (td_score_sheet_get_total (sheet, DONG, -1, TD_SCORE_SELF), ==, P (3));
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_assert_cmpint (sheet_score (fixture, DONG, 0, TD_SCORE_SELF), ==, P (2));
  g_assert_cmpint (td_score_sheet_get_total (td_score_sheet_view_get_sheet (fixture->view), DONG, -1,
                                             TD_SCORE_SELF), ==, P (2));
  press (fixture, GDK_KEY_Up, 0);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  {
    g_autofree char *said = td_score_grid_dup_cursor_text (fixture->grid);

    g_assert_nonnull (strstr (said, vietnamese ? "2" : "self score 2,"));
  }
}

/* Many units and items: the grid makes no widget per cell. */
static void
test_drawn (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (fixture->grid), GTK_TYPE_LABEL,
                                                  FALSE);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->grid));

  g_assert_cmpuint (labels->len, ==, 0);
  g_assert_null (child);
  type (fixture, "1");
  g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (fixture->grid)));
  press (fixture, GDK_KEY_Escape, 0);
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (fixture->grid)));
}

int
main (int   argc,
      char *argv[])
{
  const char *locale = g_getenv ("TD_SCORE_TEST_LOCALE");
  char **args;
  int status;

  td_test_use_system_data_dirs ();
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  vietnamese = locale != NULL && g_str_has_prefix (locale, "vi");
  if (!td_test_set_locale (vietnamese ? locale : "C.UTF-8", vietnamese ? "vi" : "C"))
    g_error ("the locale is missing");
  app = td_test_start_application ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/score-sheet/type-row", test_type_row);
  ADD ("/score-sheet/refused", test_refused);
  ADD ("/score-sheet/paste", test_paste);
  ADD ("/score-sheet/differ", test_differ);
  ADD ("/score-sheet/ranking", test_ranking);
  ADD ("/score-sheet/undo", test_undo);
  ADD ("/score-sheet/drawn", test_drawn);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  g_free (args);
  return status;
}
