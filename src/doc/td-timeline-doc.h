/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-document.h"
#include "td-snapshot.h"

G_BEGIN_DECLS

/* The printed timeline of a plan: landscape A4, the issuing body and the title ("TIẾN ĐỘ
 * THỰC HIỆN KẾ HOẠCH … NĂM 2022"), then the chart with the year fitted to the page's
 * width, its time header and name column on every page and its rows split over pages,
 * then the legend and the print date ("In ngày 25/11/2026"). @today_iso (NULL: today) sets
 * the today line, the overdue tasks and the print date. From @snapshot's plan and
 * tasks, copied. NULL with @error set when the plan has no year. */
TdDocument *td_timeline_doc_new (const TdPlanSnapshot  *snapshot,
                                 const char            *today_iso,
                                 GError               **error);

G_END_DECLS
