/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TD_TYPE_TASK_ROW (td_task_row_get_type ())
G_DECLARE_FINAL_TYPE (TdTaskRow, td_task_row, TD, TASK_ROW, GtkWidget)

/* One row of the plan's task table, drawn as three cells of wrapped text: the number,
 * the content, and who carries it out (with the linked units in small print). One widget
 * with its own layouts, because a plan holds hundreds of these and label trees made the
 * list slow to show. Its columns are fixed, and it centres itself at @page_width. */
GtkWidget *td_task_row_new        (int         page_width,
                                   int         number_width,
                                   int         responsible_width);
void       td_task_row_set_texts  (TdTaskRow  *self,
                                   const char *number,
                                   const char *content,
                                   const char *responsible,
                                   const char *units);

/* Until it is first shown, the row reports a height estimated from its text's length
 * with these font measures (in pixels), instead of laying its text out. */
void       td_task_row_set_estimate (TdTaskRow  *self,
                                     double      char_width,
                                     double      line_height);

/* Marks where @needle is found in @text (folded, td-fold.h) in @attrs, as a highlighted
 * match; for the task rows and the document's labels alike. TRUE when there was one. */
gboolean   td_task_row_add_highlights (PangoAttrList *attrs,
                                       const char    *text,
                                       const char    *needle);
/* Highlights @needle (NULL: nothing) wherever the row's text has it. */
void       td_task_row_set_highlight (TdTaskRow  *self,
                                      const char *needle);

G_END_DECLS
