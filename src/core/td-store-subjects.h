/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The subjects of emulation: the units (thôn, trường, HTX …) for now.
 */
#pragma once

#include "td-store.h"
#include "td-unit.h"

G_BEGIN_DECLS

/* Every unit, in name order. */
GListModel    *td_store_list_units             (TdStore         *self,
                                                GError         **error);

G_END_DECLS
