/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Emulation criteria (tiêu chí thi đua): the sets of a year (bộ tiêu chí), each scoring some
 * kinds of unit and classifying their totals, and the criteria of a set, a tree of any
 * depth. Points are hundredths (td-points.h).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TD_TYPE_CRITERION (td_criterion_get_type ())
G_DECLARE_FINAL_TYPE (TdCriterion, td_criterion, TD, CRITERION, GObject)

/* One criterion as a row holds it. Whether it is a group ("I."), a criterion ("1.") or an
 * item ("1.1.") is not kept: it is where it stands in the tree and how its code is written.
 * A criterion with children is a heading, scored through them, and its standard is their
 * sum; the standard it states itself (has-max) is only checked against that sum. A leaf is
 * scored from 0 to its standard, or for a penalty (điểm trừ) from its negative standard to
 * 0. Properties: "id" (construct only), "set-id", "year", "parent-id" (0: top), "position",
 * "code", "name", "content", "target", "target-unit", "max-points" (hundredths),
 * "has-max", "penalty", "verifier-id" (a unit, 0: none), "note". */
TdCriterion *td_criterion_new              (gint64       id);
gint64       td_criterion_get_id           (TdCriterion *self);
gint64       td_criterion_get_set_id       (TdCriterion *self);
void         td_criterion_set_set_id       (TdCriterion *self,
                                            gint64       set_id);
int          td_criterion_get_year         (TdCriterion *self);
void         td_criterion_set_year         (TdCriterion *self,
                                            int          year);
gint64       td_criterion_get_parent_id    (TdCriterion *self);
void         td_criterion_set_parent_id    (TdCriterion *self,
                                            gint64       parent_id);
int          td_criterion_get_position     (TdCriterion *self);
void         td_criterion_set_position     (TdCriterion *self,
                                            int          position);
const char  *td_criterion_get_code         (TdCriterion *self);
void         td_criterion_set_code         (TdCriterion *self,
                                            const char  *code);
const char  *td_criterion_get_name         (TdCriterion *self);
void         td_criterion_set_name         (TdCriterion *self,
                                            const char  *name);
const char  *td_criterion_get_content      (TdCriterion *self);
void         td_criterion_set_content      (TdCriterion *self,
                                            const char  *content);
/* "≥ 95", "100", or a wording such as "Đạt"; its unit ("%", "hộ") apart. */
const char  *td_criterion_get_target       (TdCriterion *self);
void         td_criterion_set_target       (TdCriterion *self,
                                            const char  *target);
const char  *td_criterion_get_target_unit  (TdCriterion *self);
void         td_criterion_set_target_unit  (TdCriterion *self,
                                            const char  *target_unit);
/* The standard it states (hundredths); meaningful when td_criterion_get_has_max(). */
gboolean     td_criterion_get_has_max      (TdCriterion *self);
gint64       td_criterion_get_max_points   (TdCriterion *self);
/* Sets the standard and has-max. */
void         td_criterion_set_max_points   (TdCriterion *self,
                                            gint64       max_points);
/* No standard of its own: a heading's is the sum of its items. */
void         td_criterion_unset_max_points (TdCriterion *self);
gboolean     td_criterion_get_penalty      (TdCriterion *self);
void         td_criterion_set_penalty      (TdCriterion *self,
                                            gboolean     penalty);
gint64       td_criterion_get_verifier_id  (TdCriterion *self);
void         td_criterion_set_verifier_id  (TdCriterion *self,
                                            gint64       verifier_id);
const char  *td_criterion_get_note         (TdCriterion *self);
void         td_criterion_set_note         (TdCriterion *self,
                                            const char  *note);
/* "1.2" or, without a code, “name”: how messages name it. */
char        *td_criterion_dup_label        (TdCriterion *self);


#define TD_TYPE_CRITERIA_SET (td_criteria_set_get_type ())
G_DECLARE_FINAL_TYPE (TdCriteriaSet, td_criteria_set, TD, CRITERIA_SET, GObject)

/* A set of criteria of a year, for the units of some kinds (unit kind codes of
 * td_unit_kind_codes()): "Tiêu chí chấm điểm thôn" for villages, another for schools and
 * offices. Properties: "id" (construct only), "year", "position", "name", "unit-kinds"
 * (comma-separated codes, "" for none yet), "note". */
TdCriteriaSet *td_criteria_set_new            (gint64          id,
                                               int             year);
gint64         td_criteria_set_get_id         (TdCriteriaSet  *self);
int            td_criteria_set_get_year       (TdCriteriaSet  *self);
int            td_criteria_set_get_position   (TdCriteriaSet  *self);
void           td_criteria_set_set_position   (TdCriteriaSet  *self,
                                               int             position);
const char    *td_criteria_set_get_name       (TdCriteriaSet  *self);
void           td_criteria_set_set_name       (TdCriteriaSet  *self,
                                               const char     *name);
const char    *td_criteria_set_get_unit_kinds (TdCriteriaSet  *self);
/* The kinds as a list ("village", "school"); empty, never NULL. */
GStrv          td_criteria_set_dup_unit_kinds (TdCriteriaSet  *self);
/* Sets them from a NULL-terminated list (NULL: none). */
void           td_criteria_set_set_unit_kinds (TdCriteriaSet  *self,
                                               const char * const *kinds);
gboolean       td_criteria_set_has_unit_kind  (TdCriteriaSet  *self,
                                               const char     *kind);
const char    *td_criteria_set_get_note       (TdCriteriaSet  *self);
void           td_criteria_set_set_note       (TdCriteriaSet  *self,
                                               const char     *note);

/* A level of classification (xếp loại): a total of @min_points (hundredths) or more is
 * @label, unless a higher level takes it. */
typedef struct {
  char   *label;
  gint64  min_points;
} TdThreshold;

void       td_threshold_clear      (TdThreshold       *threshold);
/* A GArray of TdThreshold that frees their labels. */
GArray    *td_thresholds_new       (void);
void       td_thresholds_add       (GArray            *thresholds,
                                    const char        *label,
                                    gint64             min_points);
/* Highest minimum first, as classification reads them. */
void       td_thresholds_sort      (GArray            *thresholds);
/* The index in @thresholds (sorted) of the level @total reaches — its minimum or more,
 * exactly — or -1 below all of them. */
int        td_thresholds_classify  (const TdThreshold *thresholds,
                                    guint              n_thresholds,
                                    gint64             total);

G_END_DECLS
