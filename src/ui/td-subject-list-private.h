/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What the parts of a subject list share: the list (td-subject-list.c) and its import and
 * export (td-subject-list-transfer.c).
 */
#pragma once

#include <adwaita.h>

#include "td-slot-model.h"
#include "td-subject-list.h"
#include "td-drawn-row.h"

G_BEGIN_DECLS

struct _TdSubjectList
{
  GtkWidget           parent_instance;

  TdSubjectKind       kind;
  TdStore            *store;
  int                 year;
  /* The store or the year changed while the list was not shown: read when it is. */
  gboolean            stale;
  /* While the store is read on a worker thread (td-subject-list.c). */
  GCancellable       *load_cancellable;
  /* Choosing a row the editor already shows (after it added it). */
  gboolean            selecting;

  /* The store's rows, and each by its id (the rows own the subjects). */
  GListStore         *source;
  GHashTable         *by_id;
  guint               n_all;
  guint               n_current;
  GtkSortListModel   *sort_model;
  GtkFilter          *filter;
  GtkFilterListModel *filter_model;
  /* The filter model's rows as slots, which the view's rows keep (td-slot-model.h). */
  TdSlotModel        *slots;
  GtkSingleSelection *selection;
  /* The search, folded, word by word; NULL when empty. */
  char              **needle_words;
  /* The kind code or the parent's id chosen in the filter, NULL for all; the values of the
   * filter's entries, in its order. */
  char               *filter_value;
  GPtrArray          *filter_values;

  TdSubjectEditor    *editor;

  GtkWidget          *box;
  GtkWidget          *toolbar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *filter_dropdown;
  GtkToggleButton    *archived_button;
  GtkMenuButton      *more_button;
  GMenuModel         *more_menu;
  GtkButton          *add_button;
  AdwFlap            *flap;
  GtkStack           *stack;
  GtkWidget          *table_box;
  GtkWidget          *header;
  /* The columns the header and the rows draw (td-drawn-row.h). */
  TdDrawnColumns     *table;
  GtkListView        *view;
  /* The column the rows are sorted by, and which way. */
  guint               sort_column;
  gboolean            sort_descending;
  GtkLabel           *count_label;
  AdwStatusPage      *empty_page;
};

/* The id of the row chosen, 0 for none. */
gint64 _td_subject_list_selected_id        (TdSubjectList   *self);
/* Writes the rows shown to @path (.xlsx or .csv) on a worker thread; a toast says when it
 * is done, with Open and Show in Folder. */
void   _td_subject_list_export_to          (TdSubjectList   *self,
                                            const char      *path);
/* list.import and list.export. */
void   _td_subject_list_class_add_transfer (GtkWidgetClass  *widget_class);

G_END_DECLS
