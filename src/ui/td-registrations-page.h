/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-change.h"
#include "td-context.h"

G_BEGIN_DECLS

#define TD_TYPE_REGISTRATIONS_PAGE (td_registrations_page_get_type ())
G_DECLARE_FINAL_TYPE (TdRegistrationsPage, td_registrations_page, TD, REGISTRATIONS_PAGE,
                      GtkWidget)

/* The registrations for emulation titles of its "year" (đăng ký thi đua): a list of every
 * one, by title, searched as one types, with the counts by title; who has not registered
 * a title yet; adding one, many at once, editing and removing. It reads them from its
 * "context" when it is shown. */

/* The store changed: read the year again now if shown, else when next shown. */
void           td_registrations_page_reload       (TdRegistrationsPage *self);
/* What the store says changed: one registration's row when only it changed, the year's
 * list again when registrations came or went or a subject was renamed; another year's
 * change is ignored. */
void           td_registrations_page_apply_change (TdRegistrationsPage *self,
                                                   const TdChange      *change);
/* The list shown: the year's registrations (TdRegistration), or who has not registered
 * the chosen title (rows with id 0), as filtered by the title and the search, in the order
 * of the column sorted. Read now if the page is still reading them. */
GListModel    *td_registrations_page_get_shown    (TdRegistrationsPage *self);
/* Whether the year is being read on a worker thread; the rows shown are the old ones (or
 * none, "Reading…") until it is done. */
gboolean       td_registrations_page_is_loading   (TdRegistrationsPage *self);
/* Shows the registrations of the title @code only ("GDVH"), or all for NULL. FALSE when
 * the year has no such title. */
gboolean       td_registrations_page_show_title   (TdRegistrationsPage *self,
                                                   const char          *code);

G_END_DECLS
