/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TD_TYPE_UNIT_PANE (td_unit_pane_get_type ())
G_DECLARE_FINAL_TYPE (TdUnitPane, td_unit_pane, TD, UNIT_PANE, GtkWidget)

/* The timeline's unit pane: every unit with its count of the year's tasks, those with
 * tasks first and the others after a rule, dimmer. Choosing a unit (a click, Enter or
 * Space) makes it the "chosen" one; choosing it again, or Escape, clears the choice. The
 * units of the task selected on the timeline are marked. Units are known by their names,
 * as the timeline's layout knows them. */
GtkWidget   *td_unit_pane_new         (void);
/* Shows @units (a GArray of TdUnitTasks, td-store-subjects.h); the choice stays while its
 * unit is listed, the marks while theirs are. */
void         td_unit_pane_set_units   (TdUnitPane         *self,
                                       GArray             *units);
/* The chosen unit's name; NULL: none. */
const char  *td_unit_pane_get_chosen  (TdUnitPane         *self);
void         td_unit_pane_set_chosen  (TdUnitPane         *self,
                                       const char         *name);
/* Marks the units named in @names (NULL: none) and scrolls the first listed into view. */
void         td_unit_pane_set_marked  (TdUnitPane         *self,
                                       const char * const *names);

/* For tests: the units as listed, "name|count|chosen|marked" each, joined by newlines
 * (chosen and marked as 0 or 1); the list view. */
char        *td_unit_pane_describe    (TdUnitPane         *self);
GtkListView *td_unit_pane_get_list    (TdUnitPane         *self);

G_END_DECLS
