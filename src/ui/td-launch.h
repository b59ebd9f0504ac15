/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Opens @file in the application the desktop opens its type with (a PDF reader, a
 * spreadsheet); what goes wrong is said in a toast of @widget's window. */
void td_launch_open_file      (GtkWidget *widget,
                               GFile     *file);
/* Shows @file selected in its folder, in the file manager (org.freedesktop.FileManager1),
 * or else opens the folder; what goes wrong is said in a toast of @widget's window. */
void td_launch_show_in_folder (GtkWidget *widget,
                               GFile     *file);

G_END_DECLS
