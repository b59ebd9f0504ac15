/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-unit"

#include "config.h"

#include "td-model.h"
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

static void
td_unit_class_init (TdUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* The row id; a unit is a row, so it never changes under the views showing it. */
  properties[PROP_ID] = td_model_param_id ("id", G_STRUCT_OFFSET (TdUnit, id));

  properties[PROP_NAME] =
    td_model_param_string ("name", "", G_STRUCT_OFFSET (TdUnit, name));

  /* A value the unit table's CHECK accepts, for units made without a kind. */
  properties[PROP_KIND] =
    td_model_param_string ("kind", "other", G_STRUCT_OFFSET (TdUnit, kind));

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_unit_init (TdUnit *self)
{
  td_model_init (self);
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

  td_model_set_string (self, &self->name, name, properties[PROP_NAME]);
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

  td_model_set_string (self, &self->kind, kind, properties[PROP_KIND]);
}
