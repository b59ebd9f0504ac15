/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TD_TYPE_HELP_WINDOW (td_help_window_get_type ())
G_DECLARE_FINAL_TYPE (TdHelpWindow, td_help_window, TD, HELP_WINDOW, AdwWindow)

/* The user guide, in the language of the user interface, for when no help viewer is
 * installed: its pages in a sidebar, each as plain paragraphs. NULL with @error set when
 * the guide cannot be read. */
TdHelpWindow *td_help_window_new       (GtkWindow    *parent,
                                        GError      **error);
/* The page shown, by its id ("index", "plan" …), and showing another. */
const char   *td_help_window_get_page  (TdHelpWindow *self);
void          td_help_window_show_page (TdHelpWindow *self,
                                        const char   *id);

G_END_DECLS
