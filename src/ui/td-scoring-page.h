/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-context.h"
#include "td-criteria-view.h"
#include "td-ranking-view.h"
#include "td-score-sheet-view.h"

G_BEGIN_DECLS

#define TD_TYPE_SCORING_PAGE (td_scoring_page_get_type ())
G_DECLARE_FINAL_TYPE (TdScoringPage, td_scoring_page, TD, SCORING_PAGE, GtkWidget)

/* The Scoring area (chấm điểm thi đua): the criteria sets of the window's year, one chosen
 * at the top, and views of the chosen set in a view stack — the Criteria first. Its
 * properties: "context" (construct only), "year", and "set-id" (gint64, read-only: the
 * set chosen, 0 when the year has none). */
void            td_scoring_page_reload        (TdScoringPage  *self);
void            td_scoring_page_apply_change  (TdScoringPage  *self,
                                               const TdChange *change);

/* Adds @view to the area's view stack after the ones it has, named @name ("sheet",
 * "ranking"), titled @title (translated) with @icon_name, in the view switcher. This is
 * how the score sheet and the ranking come in: the caller makes the view and gives it
 * here, once. When @view has a writable gint64 "set-id" property, it is bound to the
 * page's, so the view follows the set chosen at the top (0: none); a view that wants the
 * store too takes it from td_scoring_page_get_context(). Returns the view's AdwViewStackPage
 * (owned by the stack). */
GObject        *td_scoring_page_add_view      (TdScoringPage  *self,
                                               GtkWidget      *view,
                                               const char     *name,
                                               const char     *title,
                                               const char     *icon_name);
TdContext      *td_scoring_page_get_context   (TdScoringPage  *self);
int             td_scoring_page_get_year      (TdScoringPage  *self);
/* The set chosen, 0 when the year has none. */
gint64          td_scoring_page_get_set_id    (TdScoringPage  *self);
/* Chooses set @set_id of the year; FALSE when it is not one. */
gboolean        td_scoring_page_select_set    (TdScoringPage  *self,
                                               gint64          set_id);
/* Shows the view named @name ("criteria" first). */
void            td_scoring_page_show_view     (TdScoringPage  *self,
                                               const char     *name);
TdCriteriaView *td_scoring_page_get_criteria_view (TdScoringPage *self);

/* What the buttons do, for the tests and the window: the set dialog for a new set, the
 * set chosen edited, removed (with Undo in a toast), the copy of another year's sets, a
 * file imported into the set chosen (or a new one), the set written to a file. */
void            td_scoring_page_add_set       (TdScoringPage  *self);
void            td_scoring_page_edit_set      (TdScoringPage  *self);
void            td_scoring_page_remove_set    (TdScoringPage  *self);
gboolean        td_scoring_page_copy_year     (TdScoringPage  *self,
                                               int             from_year);
gboolean        td_scoring_page_import_file   (TdScoringPage  *self,
                                               GFile          *file);
gboolean        td_scoring_page_export_file   (TdScoringPage  *self,
                                               GFile          *file);

/* The view shown: "criteria", "sheet" or "ranking". */
const char     *td_scoring_page_get_view_name (TdScoringPage *self);
TdScoreSheetView *td_scoring_page_get_sheet_view (TdScoringPage *self);
TdRankingView  *td_scoring_page_get_ranking_view (TdScoringPage *self);
/* The unit of the cell chosen on the score sheet, when the sheet is shown; else 0. What
 * Print gives: that unit's scoring table rather than the ranking. */
gint64          td_scoring_page_get_chosen_unit (TdScoringPage *self);

G_END_DECLS
