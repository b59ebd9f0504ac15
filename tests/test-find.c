/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Find in the plan, in the real window: Ctrl+F opens the bar over the document; what is
 * typed is found with or without its diacritics; Enter, Shift+Enter and the arrows go from
 * match to match, choosing the part of the plan that holds it (the view selects it and the
 * editor opens it), with "N of M"; the matches are highlighted; Escape closes the bar.
 * With TD_SHOT_DIR set, screenshots are saved there, in English and in Vietnamese.
 */
#define G_LOG_DOMAIN "test-find"

#include "config.h"

#include <string.h>

#include "td-plan-find.h"
#include "td-plan-view.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SUBPROCESS_SECONDS 60

/* Presses Ctrl+@keyval as the window's shortcuts (the application's accelerators) see it. */
static void
press_ctrl (TdWindow *window,
            guint     keyval)
{
  td_test_press_shortcut (GTK_WIDGET (window), keyval, GDK_CONTROL_MASK);
}

static TdPlanFind *
find_bar (TdWindow *window)
{
  return td_test_find_one (GTK_WIDGET (window), TD_TYPE_PLAN_FIND, FALSE);
}

static GtkWidget *
find_entry (TdWindow *window)
{
  return td_test_find_one (GTK_WIDGET (find_bar (window)), GTK_TYPE_SEARCH_ENTRY, FALSE);
}

/* "N of M" as the bar shows it. */
static const char *
shown_count (TdWindow *window)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (find_bar (window)), GTK_TYPE_LABEL,
                                                  FALSE);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "numeric"))
      return gtk_label_get_label (g_ptr_array_index (labels, i));
  g_assert_not_reached ();
}

typedef struct {
  TdWindow   *window;
  const char *count;
} CountQuery;

static gboolean
count_shown (CountQuery *query)
{
  return g_str_equal (shown_count (query->window), query->count);
}

static gboolean
count_found (TdWindow *window)
{
  return shown_count (window)[0] != '\0';
}

/* Types @text into the bar and waits for the entry's pause and the search. */
static void
type_search (TdWindow   *window,
             const char *text,
             const char *expected_count)
{
  CountQuery query = { window, expected_count };

  td_test_type_text (find_entry (window), text);
  if (!td_test_wait_until ((TdTestCondition) count_shown, &query))
    g_assert_cmpstr (shown_count (window), ==, expected_count);
  td_test_wait_for_frame (GTK_WIDGET (window));
}

static void
press_in_entry (TdWindow        *window,
                guint            keyval,
                GdkModifierType  state)
{
  GtkWidget *entry = find_entry (window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; !handled && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0u, state, &handled);
    }
  /* Enter itself is the entry's "activate". */
  if (!handled && (keyval == GDK_KEY_Return) && state == 0)
    g_signal_emit_by_name (entry, "activate");
  else
    g_assert_true (handled);
  td_test_wait_for_frame (GTK_WIDGET (window));
}

/* What the view has selected: "heading", "section:HEADING", "task:N", "signature". */
static char *
selected_part (TdWindow *window)
{
  TdPlanRow *row = td_plan_view_get_selected (td_window_get_plan_view (window));

  g_assert_nonnull (row);
  switch (td_plan_row_get_kind (row))
    {
    case TD_PLAN_ROW_HEADING:
      return g_strdup ("heading");
    case TD_PLAN_ROW_SECTION:
      return g_strdup_printf ("section:%s",
                              td_section_get_heading (td_plan_row_get_section (row)));
    case TD_PLAN_ROW_TASK:
      return g_strdup_printf ("task:%d", td_task_get_number (td_plan_row_get_task (row)));
    case TD_PLAN_ROW_SIGNATURE:
      return g_strdup ("signature");
    default:
      return g_strdup_printf ("row:%d", td_plan_row_get_kind (row));
    }
}

#define assert_selected(window, expected)                   \
  G_STMT_START {                                            \
    g_autofree char *part_ = selected_part (window);        \
    g_assert_cmpstr (part_, ==, (expected));                \
  } G_STMT_END

/* A label of the document shown with @text in it, highlighted or not. */
static gboolean
label_highlighted (TdWindow   *window,
                   const char *text)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (td_window_get_plan_view (window)),
                                                  GTK_TYPE_LABEL, TRUE);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_text (label), text) != NULL)
        return gtk_label_get_attributes (label) != NULL;
    }
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, "no such label shown");
  return FALSE;
}

/* Tests ---------------------------------------------------------------------------------- */

/* Ctrl+F, "tung anh": the heading, where the commune's name is printed three times. */
static void
test_diacritics (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (
                           GTK_APPLICATION (td_test_editing_app ()), "win.find");
  g_autofree char *dong = NULL;

  /* Registered with the application, for the shortcuts window to list. */
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>f");
  g_assert_false (td_plan_find_is_shown (find_bar (window)));

  press_ctrl (window, GDK_KEY_f);
  g_assert_true (td_plan_find_is_shown (find_bar (window)));
  g_assert_true (td_test_widget_on_screen (find_entry (window)));
  g_assert_true (td_test_editing_has_focus (window, find_entry (window)));

  type_search (window, "tung anh", "1 of 3");
  assert_selected (window, "heading");
  g_assert_cmpstr (td_test_editing_editor_page (td_test_editor_of (window)), ==, "heading");
  /* "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH" is highlighted, the national motto is not. */
  g_assert_true (label_highlighted (window, "TÙNG ẢNH"));
  g_assert_false (label_highlighted (window, "Độc lập"));
  td_test_save_screenshot (GTK_WIDGET (window), "find-en-tung-anh");

  /* Typed with its marks, or in capitals, the same. */
  type_search (window, "TÙNG ẢNH", "1 of 3");

  /* "d" finds "đ": "dong thi dua" finds "đồng thi đua" as often as typed with its marks: in
   * two sections, task 8's content, its text and its units. */
  type_search (window, "đồng thi đua", "1 of 5");
  dong = g_strdup (shown_count (window));
  type_search (window, "dong thi dua", dong);
  type_search (window, "zzz không có", "No matches");
  g_assert_true (gtk_widget_has_css_class (find_entry (window), "error"));

  /* Escape closes the bar, and the highlight goes with it. */
  type_search (window, "tung anh", "1 of 3");
  g_signal_emit_by_name (find_entry (window), "stop-search");
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_false (td_plan_find_is_shown (find_bar (window)));
  g_assert_false (label_highlighted (window, "TÙNG ẢNH"));

  td_test_close_window (&window);
}

/* Enter and Shift+Enter, the arrows: from part to part, round from the last to the first. */
static void
test_next_previous (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);

  td_test_select_part (window, TD_PLAN_ROW_HEADING, 0);
  press_ctrl (window, GDK_KEY_f);
  /* In "2. Yêu cầu:" (Văn phòng Nội vụ), tasks 1, 3 and 6 (VP nội vụ), task 7 twice (its text
   * and its units) and the recipients (CQ tổ chức Nội vụ huyện). */
  type_search (window, "noi vu", "1 of 7");
  assert_selected (window, "section:2. Yêu cầu:");

  press_in_entry (window, GDK_KEY_Return, 0);
  g_assert_cmpstr (shown_count (window), ==, "2 of 7");
  assert_selected (window, "task:1");
  g_assert_cmpstr (td_test_editing_editor_page (td_test_editor_of (window)), ==, "task");
  press_in_entry (window, GDK_KEY_Down, 0);
  g_assert_cmpstr (shown_count (window), ==, "3 of 7");
  assert_selected (window, "task:3");
  press_in_entry (window, GDK_KEY_Return, GDK_SHIFT_MASK);
  g_assert_cmpstr (shown_count (window), ==, "2 of 7");
  assert_selected (window, "task:1");
  press_in_entry (window, GDK_KEY_Up, 0);
  press_in_entry (window, GDK_KEY_Up, 0);
  /* Round to the last: the signature's recipients. */
  g_assert_cmpstr (shown_count (window), ==, "7 of 7");
  assert_selected (window, "signature");
  press_in_entry (window, GDK_KEY_Up, 0);
  press_in_entry (window, GDK_KEY_Up, 0);
  g_assert_cmpstr (shown_count (window), ==, "5 of 7");
  assert_selected (window, "task:7");
  td_test_save_screenshot (GTK_WIDGET (window), "find-en-task");
  press_in_entry (window, GDK_KEY_Down, 0);
  press_in_entry (window, GDK_KEY_Down, 0);
  press_in_entry (window, GDK_KEY_Down, 0);
  g_assert_cmpstr (shown_count (window), ==, "1 of 7");
  assert_selected (window, "section:2. Yêu cầu:");

  /* The buttons do the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (find_bar (window)), "find.next", NULL));
  g_assert_cmpstr (shown_count (window), ==, "2 of 7");

  /* A match typed away in the editor: the count follows the plan as it is now. */
  td_test_type_text (td_test_entry_row (td_test_editor_of (window), "As printed in the plan"),
                     "Văn phòng");
  td_test_wait_for_save (GTK_WIDGET (window));
  g_assert_cmpstr (shown_count (window), ==, "2 of 6");

  td_test_close_window (&window);
}

/* In Vietnamese, for a person to look at. */
static void
test_vietnamese (void)
{
  g_autofree char *path = NULL;
  TdWindow *window;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDERR);
      td_test_check (g_test_trap_has_passed (), "find in Vietnamese failed its checks");
      return;
    }
  if (!td_test_editing_start_application ("vi_VN.UTF-8", "vi"))
    {
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                           "the vi_VN.UTF-8 locale is missing on this system");
      return;
    }

  window = td_test_editing_open_with_sample (&path);
  press_ctrl (window, GDK_KEY_f);
  td_test_type_text (find_entry (window), "thi dua");
  g_assert_true (td_test_wait_until ((TdTestCondition) count_found, window));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_save_screenshot (GTK_WIDGET (window), "find-vi-thi-dua");

  td_test_close_window (&window);
  td_test_editing_stop_application ();
}

int
main (int   argc,
      char *argv[])
{
  td_test_editing_init (&argc, argv);

  g_test_add_func ("/find/diacritics", test_diacritics);
  g_test_add_func ("/find/next-previous", test_next_previous);
  g_test_add_func ("/find/vietnamese", test_vietnamese);

  return td_test_editing_run ();
}
