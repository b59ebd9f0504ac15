/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the Scoring page: td-scoring-page.c (the sets and the views) and
 * td-scoring-transfer.c (copying another year's criteria, import and export).
 */
#pragma once

#include <adwaita.h>

#include "td-ranking-view.h"
#include "td-score-sheet-view.h"
#include "td-scoring-page.h"

G_BEGIN_DECLS

struct _TdScoringPage
{
  GtkWidget       parent_instance;

  TdContext      *context;
  int             year;
  gint64          set_id;
  /* The year's sets, in the dropdown's order. */
  GListModel     *sets;
  gboolean        filling;
  TdCriteriaView *criteria_view;
  /* The score sheet and the ranking of the set chosen, read when first shown after the
   * set, the year or the file changed (each reads the whole sheet). */
  TdScoreSheetView *sheet_view;
  TdRankingView    *ranking_view;
  gboolean          sheet_stale;
  gboolean          ranking_stale;

  GtkStack       *stack;
  GtkWidget      *toolbar;
  GtkDropDown    *set_dropdown;
  GtkLabel       *kinds_label;
  GtkWidget      *switcher_squeezer;
  GtkWidget      *switcher_none;
  AdwViewSwitcherBar *switcher_bar;
  AdwViewStack   *view_stack;
  AdwStatusPage  *empty_page;
  GtkButton      *copy_button;
  GtkWidget      *add_set_button;
};

TdStore *_td_scoring_page_get_store             (TdScoringPage  *self);
/* Reads the year's sets again and shows @select_id (0: the one shown, or the first). */
void     _td_scoring_page_read_sets             (TdScoringPage  *self,
                                                 gint64          select_id);

/* td-scoring-transfer.c */
void     _td_scoring_page_class_add_transfer    (GtkWidgetClass *widget_class);

G_END_DECLS
