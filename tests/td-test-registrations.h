/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests of the Registrations page (test-registrations-page.c,
 * test-registrations-list.c): the window of the application running (td_test_start_application())
 * opened on the page, over a file with a plan of 2022 and the subjects of td-test-subjects.c;
 * "today" is 20 January 2022.
 */
#pragma once

#include "td-registrations-page.h"
#include "td-store-registrations.h"
#include "td-test-subjects.h"
#include "td-window.h"

G_BEGIN_DECLS

typedef struct {
  char                *path;
  TdWindow            *window;
  TdRegistrationsPage *page;
} Fixture;

void      td_test_reg_set_up       (Fixture       *fixture,
                                    gconstpointer  data);
void      td_test_reg_tear_down    (Fixture       *fixture,
                                    gconstpointer  data);
/* Waits until the page has read the year (on its worker thread) and drawn it. */
void      td_test_reg_wait_loaded  (TdRegistrationsPage *page);
TdStore  *td_test_reg_store        (Fixture       *fixture);
/* How many registrations of the file match the SQL condition @where. */
gint64    td_test_reg_count        (Fixture       *fixture,
                                    const char    *where);
/* The id of the title @code of 2022. */
gint64    td_test_reg_title_id     (Fixture       *fixture,
                                    const char    *code);
/* Types @text into the page's search. */
void      td_test_reg_search       (Fixture       *fixture,
                                    const char    *text);
/* The subject names of the rows the page shows, joined by "; ". */
char     *td_test_reg_shown_names  (Fixture       *fixture);
/* The page's list of rows (not a dropdown's). */
GtkListView *td_test_reg_view      (TdRegistrationsPage *page);
/* Clicks the heading @title: sorted by its column, or the other way when it was. */
void      td_test_reg_click_heading (TdRegistrationsPage *page,
                                     const char          *title);

typedef struct {
  GListModel *model;
  guint       n;
} CountQuery;

gboolean  td_test_count_is         (CountQuery    *query);

#define assert_n_items(model_, n_, what)                                      \
  G_STMT_START {                                                              \
    CountQuery query_ = { G_LIST_MODEL (model_), (n_) };                      \
    td_test_assert_eventually (td_test_count_is, &query_, what);              \
  } G_STMT_END

G_END_DECLS
