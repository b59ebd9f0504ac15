/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-cli-table.h"

G_BEGIN_DECLS

/* The registrations of a year: the printed list as PDF, or a row each as CSV. The
 * database is opened read-only. */
gboolean td_registrations_export_pdf (const TdCliJob  *job,
                                      GError         **error);
gboolean td_registrations_export_csv (const TdCliJob  *job,
                                      GError         **error);

G_END_DECLS
