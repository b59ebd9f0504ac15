/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-store.h"

G_BEGIN_DECLS

#define TD_TYPE_REGISTRATION_DIALOG (td_registration_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TdRegistrationDialog, td_registration_dialog, TD, REGISTRATION_DIALOG,
                      AdwWindow)

/* One registration to edit: its date, its pledge and its targets, each saved a moment after
 * it is typed (and when the dialog closes), as steps of the window's Undo; and a button to
 * remove it. It follows the store: what another change (an Undo) puts back is shown, and
 * it closes when the registration is gone. NULL with @error set when it cannot be read. */
TdRegistrationDialog *td_registration_dialog_new   (GtkWindow            *parent,
                                                    TdStore              *store,
                                                    gint64                registration_id,
                                                    GError              **error);
gint64                td_registration_dialog_get_id (TdRegistrationDialog *self);
/* Saves what is typed and not saved yet. */
void                  td_registration_dialog_flush (TdRegistrationDialog *self);

G_END_DECLS
