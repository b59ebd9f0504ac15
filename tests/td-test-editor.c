/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-editor"

#include "config.h"

#include "td-test-editor.h"
#include "td-window.h"

static gboolean
time_has_come (gint64 *deadline)
{
  return g_get_monotonic_time () >= *deadline;
}

void
td_test_wait_for_save (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + TD_TEST_SAVE_WAIT_MS * 1000;

  td_test_wait_until ((TdTestCondition) time_has_come, &deadline);
  td_test_wait_for_frame (widget);
}

void
td_test_scroll_into_view (GtkWidget *widget)
{
  for (GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
       scrolled != NULL;
       scrolled = gtk_widget_get_parent (scrolled) != NULL
                    ? gtk_widget_get_ancestor (gtk_widget_get_parent (scrolled),
                                               GTK_TYPE_SCROLLED_WINDOW)
                    : NULL)
    {
      GtkAdjustment *adjustment =
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      double value = gtk_adjustment_get_value (adjustment);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (widget, scrolled, &bounds));
      gtk_adjustment_clamp_page (adjustment, value + bounds.origin.y,
                                 value + bounds.origin.y + bounds.size.height);
    }
  td_test_wait_for_frame (widget);
}

void
td_test_type_text (GtkWidget  *widget,
                   const char *text)
{
  if (!td_test_widget_on_screen (widget))
    td_test_scroll_into_view (widget);
  g_assert_true (td_test_widget_on_screen (widget));
  g_assert_true (gtk_widget_is_sensitive (widget));
  gtk_widget_grab_focus (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

char *
td_test_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

TdPlanEditor *
td_test_editor_of (TdWindow *window)
{
  return td_test_find_one (GTK_WIDGET (window), TD_TYPE_PLAN_EDITOR, FALSE);
}

GtkWidget *
td_test_editor_row (TdPlanEditor *editor,
                    GType         type,
                    const char   *title)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (GTK_WIDGET (editor), type, FALSE);
  GtkWidget *found = NULL;

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      {
        g_assert_null (found);
        found = g_ptr_array_index (rows, i);
      }
  if (found == NULL)
    g_error ("the editor has no row “%s”", title);
  return found;
}

GtkWidget *
td_test_entry_row (TdPlanEditor *editor,
                   const char   *title)
{
  return td_test_editor_row (editor, ADW_TYPE_ENTRY_ROW, title);
}

const char *
td_test_entry_text (TdPlanEditor *editor,
                    const char   *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (td_test_entry_row (editor, title)));
}

const char *
td_test_shown_problem (TdPlanEditor *editor)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (editor), GTK_TYPE_LABEL, FALSE);
  const char *found = NULL;

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if ((gtk_widget_has_css_class (label, "editor-problem") ||
           gtk_widget_has_css_class (label, "field-problem")) &&
          td_test_widget_on_screen (label))
        {
          g_assert_null (found);
          found = gtk_label_get_text (GTK_LABEL (label));
        }
    }
  return found;
}

const char *
td_test_problem_under (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);
  GtkWidget *label = next != NULL ? td_test_find_one (next, GTK_TYPE_LABEL, FALSE) : NULL;

  if (label == NULL || !gtk_widget_has_css_class (label, "field-problem") ||
      !td_test_widget_on_screen (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

GtkTextView *
td_test_shown_text_view (TdPlanEditor *editor)
{
  g_autoptr(GPtrArray) views = td_test_find_all (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, FALSE);
  GtkTextView *found = NULL;

  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (views, i)))
      {
        g_assert_null (found);
        found = g_ptr_array_index (views, i);
      }
  g_assert_nonnull (found);
  return found;
}

TdWindow *
td_test_open_with_sample (TdApplication  *app,
                          char          **path)
{
  TdTestPageQuery query;
  TdWindow *window;

  *path = td_test_fresh_database_path ();
  td_test_reset_settings ();
  window = td_test_open_window (app, *path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL));
  query = (TdTestPageQuery) { window, "plan" };
  td_test_assert_eventually (td_test_page_query_met, &query, "the plan to show");
  td_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

TdPlanEditor *
td_test_select_part (TdWindow      *window,
                     TdPlanRowKind  kind,
                     gint64         id)
{
  TdPlanView *view = td_window_get_plan_view (window);
  TdPlanRow *selected;

  g_assert_true (td_plan_view_select (view, kind, id));
  td_test_wait_for_frame (GTK_WIDGET (window));
  selected = td_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (td_plan_row_get_kind (selected), ==, kind);
  return td_test_editor_of (window);
}
