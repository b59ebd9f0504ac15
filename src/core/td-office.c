/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-office"

#include "config.h"

#include <string.h>

#include "td-model.h"
#include "td-office.h"

struct _TdOffice
{
  GObject parent_instance;

  char *parent_body;
  char *issuing_body;
  char *place;
  char *code;
  char *signer_name;
};

G_DEFINE_FINAL_TYPE (TdOffice, td_office, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARENT_BODY,
  PROP_ISSUING_BODY,
  PROP_PLACE,
  PROP_CODE,
  PROP_SIGNER_NAME,
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

  /* The chairman, who signs for the office: a new plan's signature. */
  properties[PROP_SIGNER_NAME] =
    td_model_param_string ("signer-name", "", G_STRUCT_OFFSET (TdOffice, signer_name));

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

const char *
td_office_get_signer_name (TdOffice *self)
{
  g_return_val_if_fail (TD_IS_OFFICE (self), NULL);

  return self->signer_name;
}

void
td_office_set_signer_name (TdOffice   *self,
                           const char *signer_name)
{
  g_return_if_fail (TD_IS_OFFICE (self));

  td_model_set_string (self, &self->signer_name, signer_name, properties[PROP_SIGNER_NAME]);
}

/* The plan's symbol with the office's code after its kind: "KH-UBND" → "KH-UBNDX". */
static char *
dup_symbol (TdOffice *self,
            TdPlan   *plan)
{
  const char *symbol = td_plan_get_symbol (plan);
  const char *dash = strchr (symbol, '-');
  g_autofree char *kind = dash != NULL ? g_strndup (symbol, dash - symbol) : g_strdup (symbol);

  g_strstrip (kind);
  return g_strconcat (kind[0] != '\0' ? kind : "KH", "-", self->code, NULL);
}

void
td_office_apply_to_plan (TdOffice *self,
                         TdPlan   *plan)
{
  g_autofree char *symbol = NULL;

  g_return_if_fail (TD_IS_OFFICE (self));
  g_return_if_fail (TD_IS_PLAN (plan));

  symbol = dup_symbol (self, plan);
  td_plan_set_parent_body (plan, self->parent_body);
  td_plan_set_issuing_body (plan, self->issuing_body);
  td_plan_set_place (plan, self->place);
  td_plan_set_symbol (plan, symbol);
  if (self->signer_name[0] != '\0')
    td_plan_set_signer_name (plan, self->signer_name);
}

gboolean
td_office_differs_from_plan (TdOffice *self,
                             TdPlan   *plan)
{
  g_autofree char *symbol = NULL;

  g_return_val_if_fail (TD_IS_OFFICE (self), FALSE);
  g_return_val_if_fail (TD_IS_PLAN (plan), FALSE);

  symbol = dup_symbol (self, plan);
  return !g_str_equal (self->parent_body, td_plan_get_parent_body (plan)) ||
         !g_str_equal (self->issuing_body, td_plan_get_issuing_body (plan)) ||
         !g_str_equal (self->place, td_plan_get_place (plan)) ||
         !g_str_equal (symbol, td_plan_get_symbol (plan)) ||
         (self->signer_name[0] != '\0' &&
          !g_str_equal (self->signer_name, td_plan_get_signer_name (plan)));
}
