/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TD_TYPE_WRAP_LAYOUT (td_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (TdWrapLayout, td_wrap_layout, TD, WRAP_LAYOUT, GtkLayoutManager)

/* A tool bar's layout: the children left to right at their natural widths, wrapping onto
 * another line where the next does not fit, each line as high as its highest child. It
 * asks for no more width than its widest child's minimum, so a tool shown or a longer
 * label never makes the window wider; a child aligned to the end (halign END) goes to the
 * end of its line. (GtkFlowBox lines its children up in columns, and nested ones
 * mis-measure their heights.) */
GtkLayoutManager *td_wrap_layout_new (int spacing,
                                      int line_spacing);

G_END_DECLS
