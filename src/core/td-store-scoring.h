/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Scoring (chấm điểm thi đua): the criteria sets of a year with their classification, the
 * criteria tree of each set, the self and verified scores of the units, and the score sheet
 * read at once. Points are hundredths (td-points.h).
 *
 * Every change is one transaction and one step of Undo, and "changed" says what changed:
 * TD_CHANGE_CRITERIA_SET (id: the set; its thresholds included), TD_CHANGE_CRITERION (id:
 * the criterion, 0 for a whole tree) and TD_CHANGE_SCORE (id: the unit whose row of the
 * sheet changed), each with the year. A score sheet on screen takes a TD_CHANGE_SCORE with
 * td_store_reload_score_sheet_unit(); a change of the tree or the set reads it again.
 */
#pragma once

#include "td-criteria-tree.h"
#include "td-criterion.h"
#include "td-score-sheet.h"
#include "td-store.h"

G_BEGIN_DECLS

/* Sets ----------------------------------------------------------------------------------- */

/* The sets of @year, in order: TdCriteriaSet. */
GListModel     *td_store_list_criteria_sets      (TdStore             *self,
                                                  int                  year,
                                                  GError             **error);
TdCriteriaSet  *td_store_get_criteria_set        (TdStore             *self,
                                                  gint64               id,
                                                  GError             **error);
/* Adds a set named @name to @year for the units of @unit_kinds (codes of
 * td_unit_kind_codes(); NULL or empty for none yet), after the year's others. Its
 * classification is the one of the latest set of an earlier year, or ≥ 90 Xuất sắc, ≥ 70 Khá,
 * ≥ 50 Trung bình. Refused (TD_STORE_ERROR_INVALID) for a blank name, a kind that is not one
 * or that another set of the year scores already; TD_STORE_ERROR_EXISTS for a name the year
 * has. Returns the id, 0 on failure. */
gint64          td_store_add_criteria_set        (TdStore             *self,
                                                  int                  year,
                                                  const char          *name,
                                                  const char * const  *unit_kinds,
                                                  GError             **error);
/* Saves @fields of @set: "name", "unit-kinds", "note"; checked as when adding. */
gboolean        td_store_update_criteria_set_fields (TdStore          *self,
                                                  TdCriteriaSet       *set,
                                                  const char * const  *fields,
                                                  GError             **error);
/* Its criteria, scores and thresholds go with it. */
gboolean        td_store_remove_criteria_set     (TdStore             *self,
                                                  gint64               id,
                                                  GError             **error);
/* The set of @year that scores units of @unit_kind; NULL (no error) when none does. */
TdCriteriaSet  *td_store_find_criteria_set_for_kind (TdStore          *self,
                                                  int                  year,
                                                  const char          *unit_kind,
                                                  GError             **error);

/* The classification of set @set_id: TdThreshold, highest minimum first. */
GArray         *td_store_list_thresholds         (TdStore             *self,
                                                  gint64               set_id,
                                                  GError             **error);
/* Replaces it with @thresholds (any order; none is allowed). Refused for a blank label, two
 * levels with one minimum, a minimum beyond TD_POINTS_LIMIT. */
gboolean        td_store_set_thresholds          (TdStore             *self,
                                                  gint64               set_id,
                                                  const TdThreshold   *thresholds,
                                                  guint                n_thresholds,
                                                  GError             **error);

/* Copies every set of @from_year (classification and criteria, not scores, nor the
 * departments' links to registrations) into @to_year, the years in names and texts left as
 * they are. Refused (TD_STORE_ERROR_EXISTS) when @to_year has a set of the same name, or
 * TD_STORE_ERROR_NOT_FOUND when @from_year has none; *@n_sets (may be NULL) says how many. */
gboolean        td_store_copy_criteria_sets      (TdStore             *self,
                                                  int                  from_year,
                                                  int                  to_year,
                                                  guint               *n_sets,
                                                  GError             **error);

/* Criteria ------------------------------------------------------------------------------- */

/* The criteria of set @set_id (TdCriterion) by parent, then position. */
GPtrArray      *td_store_list_criteria           (TdStore             *self,
                                                  gint64               set_id,
                                                  GError             **error);
/* The same as a tree, its sums and mismatches made. */
TdCriteriaTree *td_store_read_criteria_tree      (TdStore             *self,
                                                  gint64               set_id,
                                                  GError             **error);
TdCriterion    *td_store_get_criterion           (TdStore             *self,
                                                  gint64               id,
                                                  GError             **error);
/* Adds @criterion (its code, name, content, target, target unit, standard, penalty,
 * verifier, note) to set @set_id under @parent_id (0: at the top) at @position among its
 * siblings (-1: last). Refused (TD_STORE_ERROR_INVALID, in words) for a blank name, a
 * standard of the wrong sign (a penalty's is negative, any other's is not) or beyond
 * TD_POINTS_LIMIT, a parent of another set. Adding a child to an item that has scores is
 * refused: they would no longer count. Returns the id, 0 on failure. */
gint64          td_store_add_criterion           (TdStore             *self,
                                                  gint64               set_id,
                                                  gint64               parent_id,
                                                  int                  position,
                                                  TdCriterion         *criterion,
                                                  GError             **error);
/* Saves @fields of @criterion: "code", "name", "content", "target", "target-unit",
 * "max-points" (with has-max), "penalty", "verifier-id", "note". A standard that scores
 * already given exceed is refused, naming the unit. Typing into one field is one step. */
gboolean        td_store_update_criterion_fields (TdStore             *self,
                                                  TdCriterion         *criterion,
                                                  const char * const  *fields,
                                                  GError             **error);
/* Puts criterion @id under @parent_id (0: top) at @position (-1: last), in its set; not
 * under itself or its own items, nor under an item that has scores. */
gboolean        td_store_move_criterion          (TdStore             *self,
                                                  gint64               id,
                                                  gint64               parent_id,
                                                  int                  position,
                                                  GError             **error);
/* Its items and all their scores go with it. */
gboolean        td_store_remove_criterion        (TdStore             *self,
                                                  gint64               id,
                                                  GError             **error);
/* Replaces the criteria of set @set_id with @criteria (TdCriterion, not stored), each under
 * the one at index @parents[i] (int, -1 for the top, always an earlier index), in order:
 * one transaction and one step of Undo, all or nothing. An error names the criterion as
 * "Row N: …", N counting @criteria from 1 (td_criteria_rows_locate_error() makes it the
 * file's row). Refused when the set's criteria have scores. */
gboolean        td_store_import_criteria         (TdStore             *self,
                                                  gint64               set_id,
                                                  GPtrArray           *criteria,
                                                  GArray              *parents,
                                                  GError             **error);

/* Scores --------------------------------------------------------------------------------- */

/* One cell of the score sheet as saved: the fields td_store_update_score() is given. */
typedef struct {
  gint64       criterion_id;
  gint64       unit_id;
  gboolean     has_self;
  gint64       self_points;      /* hundredths */
  gboolean     has_verified;
  gint64       verified_points;
  gint64       verifier_id;      /* the department that verified it, 0: not named */
  const char  *note;             /* the verifier's note, why the scores differ */
} TdScoreInput;

/* Saves @fields of @score: "self", "verified", "verifier", "note". A score above the item's
 * standard or below its minimum (0, or a penalty's most) is refused with a message that
 * names the criterion and the bound ("Criterion 1.2: at most 5 points"); so is a score of a
 * heading, or of a unit the criterion's set does not score. Typing into one field of one
 * cell is one step of Undo. */
gboolean        td_store_update_score            (TdStore             *self,
                                                  const TdScoreInput  *score,
                                                  const char * const  *fields,
                                                  GError             **error);

/* Saves @fields of @n_scores cells at once (a block pasted from a spreadsheet): one
 * transaction and one step of Undo, checked as td_store_update_score() checks one; the
 * first refusal saves none of them, and *@failed (may be NULL) is its index. "changed" says
 * TD_CHANGE_SCORE once for each unit whose row changed. */
gboolean        td_store_update_scores           (TdStore             *self,
                                                  const TdScoreInput  *scores,
                                                  guint                n_scores,
                                                  const char * const  *fields,
                                                  guint               *failed,
                                                  GError             **error);

/* The score sheet of set @set_id: its tree and thresholds, its units — those of the set's
 * kinds not archived, and any other that has scores in it — in Vietnamese name order, every
 * score, and the targets registered against its criteria. A few queries, none per cell. */
TdScoreSheet   *td_store_read_score_sheet        (TdStore             *self,
                                                  gint64               set_id,
                                                  GError             **error);
/* Reads again the scores of unit @unit_id into @sheet (after a TD_CHANGE_SCORE of it); one
 * query. FALSE with @error when it cannot be read; TRUE, doing nothing, for a unit that is
 * not on the sheet. */
gboolean        td_store_reload_score_sheet_unit (TdStore             *self,
                                                  TdScoreSheet        *sheet,
                                                  gint64               unit_id,
                                                  GError             **error);

/* Registered targets ---------------------------------------------------------------------- */

/* Says that registration target @target_id is scored by criterion @criterion_id (0: by
 * none), which must be of the registration's year: the sheet then shows the target beside
 * the item, in the registering unit's row. A TD_CHANGE_REGISTRATION change. */
gboolean        td_store_link_target_criterion   (TdStore             *self,
                                                  gint64               target_id,
                                                  gint64               criterion_id,
                                                  GError             **error);
/* The criterion of the set scoring @unit_id in @year whose code is @code ("1.2", with or
 * without its last point); 0 when none. For linking targets by the code they cite. */
gint64          td_store_find_criterion_by_code  (TdStore             *self,
                                                  int                  year,
                                                  gint64               unit_id,
                                                  const char          *code,
                                                  GError             **error);

G_END_DECLS
