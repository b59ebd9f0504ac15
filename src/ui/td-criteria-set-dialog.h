/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-store-scoring.h"

G_BEGIN_DECLS

#define TD_TYPE_CRITERIA_SET_DIALOG (td_criteria_set_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TdCriteriaSetDialog, td_criteria_set_dialog, TD, CRITERIA_SET_DIALOG,
                      AdwWindow)

/* A criteria set's name, the kinds of unit it scores and, for a set that is stored, its
 * classification (levels: a name and the least total). Saved with its button, each a step
 * of Undo; what the store refuses is said in the dialog, which stays open. Emits "saved"
 * (gint64: the set) when saved. @set_id 0 adds a set to @year. */
TdCriteriaSetDialog *td_criteria_set_dialog_new       (GtkWindow           *parent,
                                                       TdStore             *store,
                                                       int                  year,
                                                       gint64               set_id);
GtkEditable         *td_criteria_set_dialog_get_name  (TdCriteriaSetDialog *self);
/* The check box of unit kind @code. */
GtkCheckButton      *td_criteria_set_dialog_get_kind  (TdCriteriaSetDialog *self,
                                                       const char          *code);
guint                td_criteria_set_dialog_get_n_levels (TdCriteriaSetDialog *self);
/* The entries of level @index: its name and its least total. */
GtkEditable         *td_criteria_set_dialog_get_level (TdCriteriaSetDialog *self,
                                                       guint                index,
                                                       gboolean             points);
void                 td_criteria_set_dialog_add_level (TdCriteriaSetDialog *self);
void                 td_criteria_set_dialog_remove_level (TdCriteriaSetDialog *self,
                                                       guint                index);
/* As the Save button: TRUE when saved (the dialog then closes). */
gboolean             td_criteria_set_dialog_save      (TdCriteriaSetDialog *self);
/* What keeps it from being saved, NULL when nothing does. */
const char          *td_criteria_set_dialog_get_problem (TdCriteriaSetDialog *self);

G_END_DECLS
