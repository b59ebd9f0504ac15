/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the UI tests of the plan's editor: a window with the sample, choosing a part of the
 * plan, finding the editor's rows and typing into them as a user does.
 */
#pragma once

#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-test-ui.h"

G_BEGIN_DECLS

/* How long the editor waits after the last key before it saves, with a margin. */
#define TD_TEST_SAVE_WAIT_MS 700

/* Lets the editor's delayed save happen, as a user who stops typing does. */
void          td_test_wait_for_save      (GtkWidget      *widget);
/* Scrolls every scrolled window around @widget so it shows, as a user scrolls to reach it. */
void          td_test_scroll_into_view   (GtkWidget      *widget);
/* Types @text over what an entry row or a text view holds, scrolling to it first. */
void          td_test_type_text          (GtkWidget      *widget,
                                          const char     *text);
char         *td_test_text_view_text     (GtkTextView    *view);

TdPlanEditor *td_test_editor_of          (TdWindow       *window);
/* The one row of @type titled @title in the editor. */
GtkWidget    *td_test_editor_row         (TdPlanEditor   *editor,
                                          GType           type,
                                          const char     *title);
GtkWidget    *td_test_entry_row          (TdPlanEditor   *editor,
                                          const char     *title);
const char   *td_test_entry_text         (TdPlanEditor   *editor,
                                          const char     *title);
/* The problem the editor shows, above the fields or under the field that is wrong; NULL
 * when it shows none. */
const char   *td_test_shown_problem      (TdPlanEditor   *editor);
/* The problem said right under @row, NULL when none is. */
const char   *td_test_problem_under      (GtkWidget      *row);
/* The text view the editor shows (each page has at most one). */
GtkTextView  *td_test_shown_text_view    (TdPlanEditor   *editor);

/* A window on a new file, with the sample loaded as the window's menu item does. */
TdWindow     *td_test_open_with_sample   (TdApplication  *app,
                                          char          **path);
/* Chooses a part of the plan in the view, as a click on it does; returns the editor. */
TdPlanEditor *td_test_select_part        (TdWindow       *window,
                                          TdPlanRowKind   kind,
                                          gint64          id);

G_END_DECLS
