/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-store.h"

G_BEGIN_DECLS

#define TD_SAMPLE_YEAR 2022

/* Adds the 2022 plan of UBND xã Tùng Ảnh (Số: 49/KH-UBND) unless that year already has a
 * plan; *added says which. The office's identity is filled from it only where still blank. */
gboolean td_sample_load (TdStore   *store,
                         gboolean  *added,
                         GError   **error);

G_END_DECLS
