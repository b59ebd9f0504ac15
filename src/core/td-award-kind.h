/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TD_TYPE_AWARD_KIND (td_award_kind_get_type ())
G_DECLARE_FINAL_TYPE (TdAwardKind, td_award_kind, TD, AWARD_KIND, GObject)

/* One row of the catalogue of titles (danh hiệu) and forms (hình thức khen thưởng), valid
 * for a period: the same code ("LDTT") has a row for each decree that set its rules.
 *
 * category: "title" or "form"; subject kind: "individual", "collective", "household",
 * "village" or "commune"; level: "commune", "district", "province" or "state" (who
 * decides); the coefficient is in thousandths of the base salary, -1 when the catalogue
 * has none; valid from and to are ISO dates, "" for no bound. */
TdAwardKind *td_award_kind_new              (gint64       id,
                                             const char  *code,
                                             const char  *name);
gint64       td_award_kind_get_id           (TdAwardKind *self);
const char  *td_award_kind_get_code         (TdAwardKind *self);
const char  *td_award_kind_get_name         (TdAwardKind *self);
const char  *td_award_kind_get_category     (TdAwardKind *self);
const char  *td_award_kind_get_subject_kind (TdAwardKind *self);
const char  *td_award_kind_get_level        (TdAwardKind *self);
int          td_award_kind_get_coefficient  (TdAwardKind *self);
const char  *td_award_kind_get_valid_from   (TdAwardKind *self);
const char  *td_award_kind_get_valid_to     (TdAwardKind *self);
const char  *td_award_kind_get_legal_basis  (TdAwardKind *self);
/* The coefficient or the level is a default the office should check (rules.md). */
gboolean     td_award_kind_get_to_confirm   (TdAwardKind *self);

G_END_DECLS
