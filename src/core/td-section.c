/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-section"

#include "config.h"

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

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
td_section_finalize (GObject *object)
{
  TdSection *self = (TdSection *)object;

  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->kind, g_free);

  G_OBJECT_CLASS (td_section_parent_class)->finalize (object);
}

static void
td_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TdSection *self = TD_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_DEPTH:
      g_value_set_int (value, self->depth);
      break;

    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_section_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TdSection *self = TD_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      td_section_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARENT_ID:
      td_section_set_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      td_section_set_position (self, g_value_get_int (value));
      break;

    case PROP_DEPTH:
      td_section_set_depth (self, g_value_get_int (value));
      break;

    case PROP_HEADING:
      td_section_set_heading (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      td_section_set_body (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      td_section_set_kind (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_section_class_init (TdSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_section_finalize;
  object_class->get_property = td_section_get_property;
  object_class->set_property = td_section_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_DEPTH] =
    g_param_spec_int ("depth", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "text",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_section_init (TdSection *self)
{
  self->heading = g_strdup ("");
  self->body = g_strdup ("");
  /* Most sections are prose; the task table is placed once per plan. */
  self->kind = g_strdup ("text");
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

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
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

  if (self->parent_id == parent_id)
    return;

  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
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

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
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

  if (self->depth == depth)
    return;

  self->depth = depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPTH]);
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

  if (set_string (&self->heading, heading))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
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

  if (set_string (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
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

  if (set_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}
