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
/* "Saved as “name”" after a file was written (a PDF, a spreadsheet), with Open, which opens
 * it in the desktop's application for its type, and Show in Folder. */
void td_toast_show_saved   (GtkWidget   *widget,
                            GFile       *file);
/* "@message" with an Undo button, after a change: the button undoes the window's newest
 * step (win.undo) while that is still this change. Ctrl+Z does the same at any time. */
void td_toast_offer_undo   (GtkWidget   *widget,
                            const char  *message);

G_END_DECLS
