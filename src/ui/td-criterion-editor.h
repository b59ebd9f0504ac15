/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-store-scoring.h"

G_BEGIN_DECLS

typedef enum {
  TD_CRITERION_FIELD_CODE,
  TD_CRITERION_FIELD_NAME,
  TD_CRITERION_FIELD_CONTENT,     /* a GtkTextView */
  TD_CRITERION_FIELD_TARGET,
  TD_CRITERION_FIELD_TARGET_UNIT,
  TD_CRITERION_FIELD_STANDARD,
  TD_CRITERION_FIELD_PENALTY,     /* a GtkSwitch */
  TD_CRITERION_FIELD_VERIFIER,    /* an AdwComboRow */
  TD_CRITERION_FIELD_NOTE,
  TD_CRITERION_N_FIELDS
} TdCriterionField;

#define TD_TYPE_CRITERION_EDITOR (td_criterion_editor_get_type ())
G_DECLARE_FINAL_TYPE (TdCriterionEditor, td_criterion_editor, TD, CRITERION_EDITOR, GtkWidget)

/* The side pane of the Criteria view: one criterion's fields, each saved as it is typed
 * (typing into one field is one step of Undo); what the store refuses stays as typed with
 * the reason under it. Emits "done" when closed or when its criterion goes. */
TdCriterionEditor *td_criterion_editor_new          (void);
void               td_criterion_editor_set_store    (TdCriterionEditor *self,
                                                     TdStore           *store);
/* Shows criterion @id (0: none). */
void               td_criterion_editor_edit         (TdCriterionEditor *self,
                                                     gint64             id);
gint64             td_criterion_editor_get_id       (TdCriterionEditor *self);
void               td_criterion_editor_apply_change (TdCriterionEditor *self,
                                                     const TdChange    *change);
/* The widget a field is typed into (an AdwEntryRow unless said above). */
GtkWidget         *td_criterion_editor_get_field    (TdCriterionEditor *self,
                                                     TdCriterionField   field);
/* Why what is shown in @field is not saved; NULL when it is. */
const char        *td_criterion_editor_get_problem  (TdCriterionEditor *self,
                                                     TdCriterionField   field);

G_END_DECLS
