/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-store-plan.h"

G_BEGIN_DECLS

/* A toast that shows @message as it is: libadwaita 1.2 reads a toast's title as Pango
 * markup, so user text ("Tài chính & Kế hoạch") is escaped here, once. */
AdwToast *td_toast_new     (const char  *message);
/* Shows @toast (taken) in the toast overlay around @widget, or else in the one inside
 * @widget's window. */
void td_toast_show         (GtkWidget   *widget,
                            AdwToast    *toast);
void td_toast_show_message (GtkWidget   *widget,
                            const char  *message);
/* @error in words: a file that is locked, a full disk or a failing disk are said plainly
 * (td-save-problem.h), never with SQLite's own text; other errors by their message. */
void td_toast_show_error   (GtkWidget    *widget,
                            const GError *error);
/* "@message" with an Undo button that puts back what @store_undo (taken) removed from
 * @store. */
void td_toast_offer_undo   (GtkWidget   *widget,
                            TdStore     *store,
                            const char  *message,
                            TdStoreUndo *store_undo);

G_END_DECLS
