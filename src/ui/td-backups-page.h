/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-store.h"

G_BEGIN_DECLS

#define TD_TYPE_BACKUPS_PAGE (td_backups_page_get_type ())
G_DECLARE_FINAL_TYPE (TdBackupsPage, td_backups_page, TD, BACKUPS_PAGE, AdwPreferencesPage)

/* The backups of @store's file, with what each holds; "restore" is emitted with a
 * backup's path once the user has confirmed restoring it. */
TdBackupsPage *td_backups_page_new         (TdStore       *store);
/* Reads the folder again. */
void           td_backups_page_reload      (TdBackupsPage *self);
/* TRUE while what the backups hold is still being read. */
gboolean       td_backups_page_is_loading  (TdBackupsPage *self);

G_END_DECLS
