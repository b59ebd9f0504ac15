/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TD_TYPE_UNIT (td_unit_get_type ())
G_DECLARE_FINAL_TYPE (TdUnit, td_unit, TD, UNIT, GObject)

/* kind: "village", "school", "cooperative", "health", "agency", "department", "union",
 * "steering", "council" or "other" (the CHECK of the unit table). */
TdUnit     *td_unit_new       (gint64      id,
                               const char *name,
                               const char *kind);
gint64      td_unit_get_id    (TdUnit     *self);
const char *td_unit_get_name  (TdUnit     *self);
void        td_unit_set_name  (TdUnit     *self,
                               const char *name);
const char *td_unit_get_kind  (TdUnit     *self);
void        td_unit_set_kind  (TdUnit     *self,
                               const char *kind);

G_END_DECLS
