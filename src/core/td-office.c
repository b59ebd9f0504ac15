/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-office"

#include "config.h"

#include "td-model.h"
#include "td-office.h"

struct _TdOffice
{
  GObject parent_instance;

  char *parent_body;
  char *issuing_body;
  char *place;
  char *code;
};

G_DEFINE_FINAL_TYPE (TdOffice, td_office, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARENT_BODY,
  PROP_ISSUING_BODY,
  PROP_PLACE,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
td_office_class_init (TdOfficeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* The line above the issuing body, e.g. "UBND HUYỆN YÊN PHONG". */
  properties[PROP_PARENT_BODY] =
    td_model_param_string ("parent-body", "", G_STRUCT_OFFSET (TdOffice, parent_body));

  properties[PROP_ISSUING_BODY] =
    td_model_param_string ("issuing-body", "", G_STRUCT_OFFSET (TdOffice, issuing_body));

  properties[PROP_PLACE] =
    td_model_param_string ("place", "", G_STRUCT_OFFSET (TdOffice, place));

  properties[PROP_CODE] =
    td_model_param_string ("code", "", G_STRUCT_OFFSET (TdOffice, code));

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_office_init (TdOffice *self)
{
  td_model_init (self);
}

TdOffice *
td_office_new (void)
{
  return g_object_new (TD_TYPE_OFFICE, NULL);
}

const char *
td_office_get_parent_body (TdOffice *self)
{
  g_return_val_if_fail (TD_IS_OFFICE (self), NULL);

  return self->parent_body;
}

void
td_office_set_parent_body (TdOffice   *self,
                           const char *parent_body)
{
  g_return_if_fail (TD_IS_OFFICE (self));

  td_model_set_string (self, &self->parent_body, parent_body, properties[PROP_PARENT_BODY]);
}

const char *
td_office_get_issuing_body (TdOffice *self)
{
  g_return_val_if_fail (TD_IS_OFFICE (self), NULL);

  return self->issuing_body;
}

void
td_office_set_issuing_body (TdOffice   *self,
                            const char *issuing_body)
{
  g_return_if_fail (TD_IS_OFFICE (self));

  td_model_set_string (self, &self->issuing_body, issuing_body, properties[PROP_ISSUING_BODY]);
}

const char *
td_office_get_place (TdOffice *self)
{
  g_return_val_if_fail (TD_IS_OFFICE (self), NULL);

  return self->place;
}

void
td_office_set_place (TdOffice   *self,
                     const char *place)
{
  g_return_if_fail (TD_IS_OFFICE (self));

  td_model_set_string (self, &self->place, place, properties[PROP_PLACE]);
}

const char *
td_office_get_code (TdOffice *self)
{
  g_return_val_if_fail (TD_IS_OFFICE (self), NULL);

  return self->code;
}

void
td_office_set_code (TdOffice   *self,
                    const char *code)
{
  g_return_if_fail (TD_IS_OFFICE (self));

  td_model_set_string (self, &self->code, code, properties[PROP_CODE]);
}
