/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-office"

#include "config.h"

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
td_office_finalize (GObject *object)
{
  TdOffice *self = (TdOffice *)object;

  g_clear_pointer (&self->parent_body, g_free);
  g_clear_pointer (&self->issuing_body, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->code, g_free);

  G_OBJECT_CLASS (td_office_parent_class)->finalize (object);
}

static void
td_office_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TdOffice *self = TD_OFFICE (object);

  switch (prop_id)
    {
    case PROP_PARENT_BODY:
      g_value_set_string (value, self->parent_body);
      break;

    case PROP_ISSUING_BODY:
      g_value_set_string (value, self->issuing_body);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_office_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TdOffice *self = TD_OFFICE (object);

  switch (prop_id)
    {
    case PROP_PARENT_BODY:
      td_office_set_parent_body (self, g_value_get_string (value));
      break;

    case PROP_ISSUING_BODY:
      td_office_set_issuing_body (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      td_office_set_place (self, g_value_get_string (value));
      break;

    case PROP_CODE:
      td_office_set_code (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_office_class_init (TdOfficeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_office_finalize;
  object_class->get_property = td_office_get_property;
  object_class->set_property = td_office_set_property;

  /* The line above the issuing body, e.g. "UBND HUYỆN YÊN PHONG". */
  properties[PROP_PARENT_BODY] =
    g_param_spec_string ("parent-body", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ISSUING_BODY] =
    g_param_spec_string ("issuing-body", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_office_init (TdOffice *self)
{
  self->parent_body = g_strdup ("");
  self->issuing_body = g_strdup ("");
  self->place = g_strdup ("");
  self->code = g_strdup ("");
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

  if (set_string (&self->parent_body, parent_body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_BODY]);
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

  if (set_string (&self->issuing_body, issuing_body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUING_BODY]);
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

  if (set_string (&self->place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
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

  if (set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}
