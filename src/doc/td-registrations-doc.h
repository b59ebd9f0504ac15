/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-document.h"
#include "td-registrations-snapshot.h"

G_BEGIN_DECLS

/* The registrations of a year as an official document: the heading of Decree 30 from the
 * office, "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2024", then a table grouped by title (a row for
 * each title with its count), numbered within each title: the subject, its village or unit,
 * the date, the pledge, the targets; a totals row; the office's signer. A year with none
 * prints a sentence instead of an empty table. NULL with @error set when the year is not
 * one. */
TdDocument *td_registrations_doc_new (const TdRegistrationsSnapshot  *snapshot,
                                      GError                        **error);

G_END_DECLS
