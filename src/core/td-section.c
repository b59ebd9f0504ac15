/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-section"

#include "config.h"

#include "td-model.h"
#include "td-section.h"

struct _TdSection
{
  GObject parent_instance;

  gint64 id;
  gint64 parent_id;
  int position;
  int depth;
  char *heading;
  char *body;
  char *kind;
};

G_DEFINE_FINAL_TYPE (TdSection, td_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PARENT_ID,
  PROP_POSITION,
  PROP_DEPTH,
  PROP_HEADING,
  PROP_BODY,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
td_section_class_init (TdSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_ID] = td_model_param_int64 ("id", G_STRUCT_OFFSET (TdSection, id));

  properties[PROP_PARENT_ID] =
    td_model_param_int64 ("parent-id", G_STRUCT_OFFSET (TdSection, parent_id));

  properties[PROP_POSITION] =
    td_model_param_int ("position", G_MININT, G_MAXINT, 0,
                        G_STRUCT_OFFSET (TdSection, position));

  properties[PROP_DEPTH] =
    td_model_param_int ("depth", 0, G_MAXINT, 0,
                        G_STRUCT_OFFSET (TdSection, depth));

  properties[PROP_HEADING] =
    td_model_param_string ("heading", "", G_STRUCT_OFFSET (TdSection, heading));

  properties[PROP_BODY] =
    td_model_param_string ("body", "", G_STRUCT_OFFSET (TdSection, body));

  /* Most sections are prose; the task table is placed once per plan. */
  properties[PROP_KIND] =
    td_model_param_string ("kind", "text", G_STRUCT_OFFSET (TdSection, kind));

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_section_init (TdSection *self)
{
  td_model_init (self);
}

TdSection *
td_section_new (void)
{
  return g_object_new (TD_TYPE_SECTION, NULL);
}

gint64
td_section_get_id (TdSection *self)
{
  g_return_val_if_fail (TD_IS_SECTION (self), 0);

  return self->id;
}

void
td_section_set_id (TdSection *self,
                   gint64     id)
{
  g_return_if_fail (TD_IS_SECTION (self));

  td_model_set_int64 (self, &self->id, id, properties[PROP_ID]);
}

gint64
td_section_get_parent_id (TdSection *self)
{
  g_return_val_if_fail (TD_IS_SECTION (self), 0);

  return self->parent_id;
}

void
td_section_set_parent_id (TdSection *self,
                          gint64     parent_id)
{
  g_return_if_fail (TD_IS_SECTION (self));

  td_model_set_int64 (self, &self->parent_id, parent_id, properties[PROP_PARENT_ID]);
}

int
td_section_get_position (TdSection *self)
{
  g_return_val_if_fail (TD_IS_SECTION (self), 0);

  return self->position;
}

void
td_section_set_position (TdSection *self,
                         int        position)
{
  g_return_if_fail (TD_IS_SECTION (self));

  td_model_set_int (self, &self->position, position, properties[PROP_POSITION]);
}

int
td_section_get_depth (TdSection *self)
{
  g_return_val_if_fail (TD_IS_SECTION (self), 0);

  return self->depth;
}

void
td_section_set_depth (TdSection *self,
                      int        depth)
{
  g_return_if_fail (TD_IS_SECTION (self));
  g_return_if_fail (depth >= 0);

  td_model_set_int (self, &self->depth, depth, properties[PROP_DEPTH]);
}

const char *
td_section_get_heading (TdSection *self)
{
  g_return_val_if_fail (TD_IS_SECTION (self), NULL);

  return self->heading;
}

void
td_section_set_heading (TdSection  *self,
                        const char *heading)
{
  g_return_if_fail (TD_IS_SECTION (self));

  td_model_set_string (self, &self->heading, heading, properties[PROP_HEADING]);
}

const char *
td_section_get_body (TdSection *self)
{
  g_return_val_if_fail (TD_IS_SECTION (self), NULL);

  return self->body;
}

void
td_section_set_body (TdSection  *self,
                     const char *body)
{
  g_return_if_fail (TD_IS_SECTION (self));

  td_model_set_string (self, &self->body, body, properties[PROP_BODY]);
}

const char *
td_section_get_kind (TdSection *self)
{
  g_return_val_if_fail (TD_IS_SECTION (self), NULL);

  return self->kind;
}

void
td_section_set_kind (TdSection  *self,
                     const char *kind)
{
  g_return_if_fail (TD_IS_SECTION (self));

  td_model_set_string (self, &self->kind, kind, properties[PROP_KIND]);
}
