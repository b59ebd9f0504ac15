/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What one committed change touched, as the store's "changed" signal tells it: a view
 * reloads that and nothing more.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What changed; its nick ("office", "plan", "section", "task", "unit", "person",
 * "household", "registration", "criteria-set", "criterion", "score", "all") is the detail
 * of TdStore::changed. */
typedef enum {
  TD_CHANGE_OFFICE,
  TD_CHANGE_PLAN,
  TD_CHANGE_SECTION,
  TD_CHANGE_TASK,
  TD_CHANGE_UNIT,
  TD_CHANGE_PERSON,
  TD_CHANGE_HOUSEHOLD,
  /* A registration of the year (its targets included); id 0 when a bulk action added
   * many at once. */
  TD_CHANGE_REGISTRATION,
  /* A criteria set of the year (bộ tiêu chí): its name, unit kinds, thresholds; id the set. */
  TD_CHANGE_CRITERIA_SET,
  /* A criterion of the year; id 0 when a whole tree changed (an import, a copy). */
  TD_CHANGE_CRITERION,
  /* Scores of the year: id is the unit whose row of the score sheet changed, 0 for many. */
  TD_CHANGE_SCORE,
  /* Everything may have changed (another program committed, a backup was restored):
   * read it all again. */
  TD_CHANGE_ALL,
} TdChangeWhat;

typedef enum {
  TD_CHANGE_ADDED,
  TD_CHANGE_UPDATED,
  TD_CHANGE_REMOVED,
  /* Put elsewhere among its siblings (and re-dated, for a task in another quarter). */
  TD_CHANGE_MOVED,
} TdChangeKind;

typedef struct {
  TdChangeWhat what;
  TdChangeKind kind;
  int          year;     /* the plan's year, or the registration's; 0 when it has none */
  gint64       plan_id;  /* 0 when it belongs to no plan */
  gint64       id;       /* the row's id: the plan, section, task or unit; 0 for all */
} TdChange;

#define TD_TYPE_CHANGE_WHAT (td_change_what_get_type ())
#define TD_TYPE_CHANGE_KIND (td_change_kind_get_type ())
#define TD_TYPE_CHANGE (td_change_get_type ())

GType       td_change_what_get_type (void) G_GNUC_CONST;
GType       td_change_kind_get_type (void) G_GNUC_CONST;
GType       td_change_get_type      (void) G_GNUC_CONST;

TdChange   *td_change_copy          (const TdChange *change);
void        td_change_free          (TdChange       *change);
/* The nick of @what, e.g. "task": the detail the store emits "changed" with. */
const char *td_change_what_to_string (TdChangeWhat  what);
const char *td_change_kind_to_string (TdChangeKind  kind);
/* "task updated 2022/1 #7": for messages and failed tests. */
char       *td_change_to_string     (const TdChange *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdChange, td_change_free)

G_END_DECLS
