/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-store.h"
#include "td-subject.h"

G_BEGIN_DECLS

#define TD_TYPE_REGISTRATION_ADD_DIALOG (td_registration_add_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TdRegistrationAddDialog, td_registration_add_dialog, TD,
                      REGISTRATION_ADD_DIALOG, AdwWindow)

/* Registers one unit, person or household for a title of @year: who, found by a search
 * that ignores diacritics, then a title of the catalogue that fits them (@title_code first
 * when it does, or NULL), the date (@date, ISO or "") and the pledge. Registering closes
 * it, and the window offers to undo. */
TdRegistrationAddDialog *td_registration_add_dialog_new (GtkWindow  *parent,
                                                         TdStore    *store,
                                                         int         year,
                                                         const char *title_code,
                                                         const char *date);
G_END_DECLS
