/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-backups-page.h"
#include "td-store.h"

G_BEGIN_DECLS

#define TD_TYPE_PREFERENCES (td_preferences_get_type ())
G_DECLARE_FINAL_TYPE (TdPreferences, td_preferences, TD, PREFERENCES, AdwPreferencesWindow)

TdPreferences *td_preferences_new              (GtkWindow     *parent,
                                                TdStore       *store);
/* The year of the plan the window shows (0: none): when its heading is not the office's,
 * the Office page offers to apply the office's identity to it. */
void           td_preferences_set_plan_year    (TdPreferences *self,
                                                int            year);
void           td_preferences_show_backups     (TdPreferences *self);
TdBackupsPage *td_preferences_get_backups_page (TdPreferences *self);

G_END_DECLS
