/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-unit"

#include "config.h"

#include "td-unit.h"

struct _TdUnit
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *kind;
};

G_DEFINE_FINAL_TYPE (TdUnit, td_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
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
td_unit_finalize (GObject *object)
{
  TdUnit *self = (TdUnit *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->kind, g_free);

  G_OBJECT_CLASS (td_unit_parent_class)->finalize (object);
}

static void
td_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TdUnit *self = TD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_unit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TdUnit *self = TD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_NAME:
      td_unit_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      td_unit_set_kind (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_unit_class_init (TdUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_unit_finalize;
  object_class->get_property = td_unit_get_property;
  object_class->set_property = td_unit_set_property;

  /* The row id; a unit is a row, so it never changes under the views showing it. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "other",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_unit_init (TdUnit *self)
{
  self->name = g_strdup ("");
  /* A value the unit table's CHECK accepts, for units made without a kind. */
  self->kind = g_strdup ("other");
}

TdUnit *
td_unit_new (gint64      id,
             const char *name,
             const char *kind)
{
  return g_object_new (TD_TYPE_UNIT,
                       "id", id,
                       "name", name,
                       "kind", kind,
                       NULL);
}

gint64
td_unit_get_id (TdUnit *self)
{
  g_return_val_if_fail (TD_IS_UNIT (self), 0);

  return self->id;
}

const char *
td_unit_get_name (TdUnit *self)
{
  g_return_val_if_fail (TD_IS_UNIT (self), NULL);

  return self->name;
}

void
td_unit_set_name (TdUnit     *self,
                  const char *name)
{
  g_return_if_fail (TD_IS_UNIT (self));

  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
td_unit_get_kind (TdUnit *self)
{
  g_return_val_if_fail (TD_IS_UNIT (self), NULL);

  return self->kind;
}

void
td_unit_set_kind (TdUnit     *self,
                  const char *kind)
{
  g_return_if_fail (TD_IS_UNIT (self));

  if (set_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}
