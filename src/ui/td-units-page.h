/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-context.h"
#include "td-subject-list.h"

G_BEGIN_DECLS

#define TD_TYPE_UNITS_PAGE (td_units_page_get_type ())
G_DECLARE_FINAL_TYPE (TdUnitsPage, td_units_page, TD, UNITS_PAGE, GtkWidget)

/* The Units area: the office's units, people and households, one list each, switched at
 * the top. Its "year" gives the counts of tasks, registrations and awards. */
TdSubjectList *td_units_page_get_list      (TdUnitsPage    *self,
                                            TdSubjectKind   kind);
/* The list shown. */
TdSubjectList *td_units_page_get_current   (TdUnitsPage    *self);
void           td_units_page_show_list     (TdUnitsPage    *self,
                                            TdSubjectKind   kind);
void           td_units_page_reload        (TdUnitsPage    *self);
void           td_units_page_apply_change  (TdUnitsPage    *self,
                                            const TdChange *change);

G_END_DECLS
