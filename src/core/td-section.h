/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TD_TYPE_SECTION (td_section_get_type ())
G_DECLARE_FINAL_TYPE (TdSection, td_section, TD, SECTION, GObject)

/* kind: "text" or "tasks" (where the task table is printed). parent_id 0 is top level. */
TdSection  *td_section_new            (void);
gint64      td_section_get_id         (TdSection  *self);
void        td_section_set_id         (TdSection  *self,
                                       gint64      id);
gint64      td_section_get_parent_id  (TdSection  *self);
void        td_section_set_parent_id  (TdSection  *self,
                                       gint64      parent_id);
int         td_section_get_position   (TdSection  *self);
void        td_section_set_position   (TdSection  *self,
                                       int         position);
int         td_section_get_depth      (TdSection  *self);
void        td_section_set_depth      (TdSection  *self,
                                       int         depth);
const char *td_section_get_heading    (TdSection  *self);
void        td_section_set_heading    (TdSection  *self,
                                       const char *heading);
const char *td_section_get_body       (TdSection  *self);
void        td_section_set_body       (TdSection  *self,
                                       const char *body);
const char *td_section_get_kind       (TdSection  *self);
void        td_section_set_kind       (TdSection  *self,
                                       const char *kind);

G_END_DECLS
