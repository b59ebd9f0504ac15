/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the Registrations page: td-registrations-page.c (filtering, the
 * counts), td-registrations-load.c (reading the year, on a worker thread),
 * td-registrations-changes.c (one change of the store), td-registrations-columns.c (the
 * list's columns and how each sorts) and td-registrations-actions.c (adding, removing,
 * registering many).
 */
#pragma once

#include "td-drawn-row.h"
#include "td-slot-model.h"

#include "td-registrations-page.h"
#include "td-store-registrations.h"

G_BEGIN_DECLS

/* The list's columns, in order. */
enum {
  REG_COLUMN_NAME,
  REG_COLUMN_KIND,
  REG_COLUMN_TITLE,
  REG_COLUMN_DATE,
  REG_COLUMN_PLEDGE,
  REG_COLUMN_TARGETS,
  N_REG_COLUMNS
};

struct _TdRegistrationsPage
{
  GtkWidget             parent_instance;

  TdContext            *context;
  int                   year;
  /* The rows shown are not the file's as it is now: read when the page is shown. */
  gboolean              stale;
  /* The rows shown are of no year yet, or of another year or file: "Reading…" until the
   * worker brings them. */
  gboolean              reading;
  /* A worker reading the year (td-registrations-load.c); its result is dropped unless this
   * is still its cancellable. */
  GCancellable         *load_cancellable;
  /* Narrow: the columns a phone has no room for are hidden. */
  gboolean              narrow;

  /* The year's registrations, and who has not registered the chosen title (read when
   * asked for); the filter shows one or the other. */
  GListStore           *registrations;
  GListStore           *unregistered;
  gboolean              show_unregistered;
  /* Registration id (gint64 *) → GPtrArray of TdRegistrationTarget, for the targets column. */
  GHashTable           *targets;
  /* The titles of the year the dropdown offers after "All titles": TdAwardKind, one a code. */
  GPtrArray            *titles;
  /* Code → count of registrations, and of pledges signed (guint packed in a pointer). */
  GHashTable           *counts;
  GHashTable           *pledges;
  /* The chosen title's code, NULL for all; the search, folded ("" for none). */
  char                 *title_code;
  char                 *needle;

  /* In the order of the column whose heading was clicked, or the store's (by title, then
   * name); sorted before the filter, so that typing only filters. */
  GtkSortListModel     *sorted;
  /* Each column's sorter (none for the targets), the column sorted by (TD_DRAWN_UNSORTED
   * for the store's order) and which way. */
  GtkSorter            *sorters[N_REG_COLUMNS];
  guint                 sort_column;
  gboolean              sort_descending;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filtered;
  /* The filtered rows as slots, which the view's rows keep (td-slot-model.h). */
  TdSlotModel          *slots;
  GtkSingleSelection   *selection;
  /* The registration chosen: a slot that took another after a search is chosen no more. */
  TdRegistration       *chosen;

  GtkStack             *stack;
  GtkWidget            *toolbar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *title_dropdown;
  GtkStringList        *title_list;
  GtkToggleButton      *unregistered_button;
  GtkLabel             *count_label;
  GtkStack             *list_stack;
  GtkWidget            *rows_box;
  GtkScrolledWindow    *scrolled;
  GtkListView          *view;
  /* The rows' and the headings' columns (td-drawn-row.h), and the headings. */
  TdDrawnColumns       *table;
  GtkWidget            *header;
  AdwStatusPage        *none_page;
  GtkActionBar         *action_bar;
  GtkButton            *register_shown_button;
  AdwStatusPage        *empty_page;
};

/* td-registrations-load.c */
/* Reads the year again on a worker thread if the page is shown, else when it is next
 * shown; the rows shown stay until the new ones come, unless @anew (another year or
 * file), when the list says "Reading…" meanwhile. */
void           _td_registrations_page_invalidate     (TdRegistrationsPage *self,
                                                      gboolean             anew);
/* The rows, read now on the window's connection if they are stale (or being read). */
void           _td_registrations_page_ensure_loaded  (TdRegistrationsPage *self);
/* Starts reading on a worker thread, unless reading already. */
void           _td_registrations_page_start_loading  (TdRegistrationsPage *self);
/* The titles of the year and the counts of each. */
gboolean       _td_registrations_page_read_titles    (TdRegistrationsPage *self,
                                                      TdStore             *store,
                                                      GError             **error);
/* What the search looks in and the name's place in Vietnamese order (td_collate_key()),
 * made once a row (on the worker thread when it reads the year). */
const char    *_td_registration_search_key           (TdRegistration      *registration);
const char    *_td_registration_sort_key             (TdRegistration      *registration);

/* td-registrations-page.c */
/* The dropdown of titles, from those read. */
void           _td_registrations_page_fill_titles    (TdRegistrationsPage *self);
/* Who has not registered the chosen title, read again when that is shown. */
void           _td_registrations_page_load_unregistered (TdRegistrationsPage *self);
/* The list or why it is empty, the count line, the actions. */
void           _td_registrations_page_update_view    (TdRegistrationsPage *self);
TdStore       *_td_registrations_page_get_store      (TdRegistrationsPage *self);
gboolean       _td_registrations_page_writable       (TdRegistrationsPage *self);
/* The title of the year chosen in the dropdown, NULL for all. */
TdAwardKind   *_td_registrations_page_get_title      (TdRegistrationsPage *self);
/* The date a registration made now is given: today when it is in the year or the end of
 * the one before, else none (""). */
char          *_td_registrations_page_default_date   (TdRegistrationsPage *self);

/* td-registrations-columns.c */
/* The headings, the rows and each column's sorter. */
void           _td_registrations_page_add_columns    (TdRegistrationsPage *self);
/* Shows columns for the mode and the width. */
void           _td_registrations_page_update_columns (TdRegistrationsPage *self);
/* Sorts the rows by @column, @descending or not; FALSE for a column that does not sort. */
gboolean       _td_registrations_page_set_sort       (TdRegistrationsPage *self,
                                                      guint                column,
                                                      gboolean             descending);
/* What a subject is, as the kind column says it: "Household", "Village" … */
const char    *_td_registration_kind_label           (TdRegistration      *registration);

/* td-registrations-actions.c */
void           _td_registrations_page_class_add_actions (GtkWidgetClass  *widget_class);
void           _td_registrations_page_update_actions (TdRegistrationsPage *self);
/* Opens the registration at @position of the list shown to edit it, or registers who it
 * names when the list is of who has not registered. */
void           _td_registrations_page_activate       (TdRegistrationsPage *self,
                                                      guint                position);

G_END_DECLS
