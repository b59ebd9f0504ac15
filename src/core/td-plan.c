/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-plan"

#include "config.h"

#include "td-model.h"
#include "td-date.h"
#include "td-plan.h"

struct _TdPlan
{
  GObject parent_instance;

  gint64 id;
  int year;
  int issue_month;
  char *parent_body;
  char *issuing_body;
  char *place;
  char *number;
  char *symbol;
  char *issue_date;
  char *kind;
  char *title;
  char *preamble;
  char *closing;
  char *signer_capacity;
  char *signer_position;
  char *signer_name;
  char *recipients;
};

G_DEFINE_FINAL_TYPE (TdPlan, td_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_ISSUE_MONTH,
  PROP_PARENT_BODY,
  PROP_ISSUING_BODY,
  PROP_PLACE,
  PROP_NUMBER,
  PROP_SYMBOL,
  PROP_ISSUE_DATE,
  PROP_KIND,
  PROP_TITLE,
  PROP_PREAMBLE,
  PROP_CLOSING,
  PROP_SIGNER_CAPACITY,
  PROP_SIGNER_POSITION,
  PROP_SIGNER_NAME,
  PROP_RECIPIENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
td_plan_class_init (TdPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_ID] = td_model_param_int64 ("id", G_STRUCT_OFFSET (TdPlan, id));

  /* 0 until the plan is given a year. */
  properties[PROP_YEAR] =
    td_model_param_int ("year", 0, 9999, 0,
                        G_STRUCT_OFFSET (TdPlan, year));

  /* The month printed while the day is still blank ("ngày    tháng 3 năm 2023"; months
   * 1 and 2 are padded); 0 when the month is blank too. Only used while issue-date is "". */
  properties[PROP_ISSUE_MONTH] =
    td_model_param_int ("issue-month", 0, 12, 0,
                        G_STRUCT_OFFSET (TdPlan, issue_month));

  properties[PROP_PARENT_BODY] =
    td_model_param_string ("parent-body", "", G_STRUCT_OFFSET (TdPlan, parent_body));

  properties[PROP_ISSUING_BODY] =
    td_model_param_string ("issuing-body", "", G_STRUCT_OFFSET (TdPlan, issuing_body));

  properties[PROP_PLACE] =
    td_model_param_string ("place", "", G_STRUCT_OFFSET (TdPlan, place));

  /* The registry number, e.g. "49"; blank until the clerk assigns one. */
  properties[PROP_NUMBER] =
    td_model_param_string ("number", "", G_STRUCT_OFFSET (TdPlan, number));

  properties[PROP_SYMBOL] =
    td_model_param_string ("symbol", "KH-UBND", G_STRUCT_OFFSET (TdPlan, symbol));

  properties[PROP_ISSUE_DATE] =
    td_model_param_string ("issue-date", "", G_STRUCT_OFFSET (TdPlan, issue_date));

  properties[PROP_KIND] =
    td_model_param_string ("kind", "KẾ HOẠCH", G_STRUCT_OFFSET (TdPlan, kind));

  properties[PROP_TITLE] =
    td_model_param_string ("title", "", G_STRUCT_OFFSET (TdPlan, title));

  properties[PROP_PREAMBLE] =
    td_model_param_string ("preamble", "", G_STRUCT_OFFSET (TdPlan, preamble));

  properties[PROP_CLOSING] =
    td_model_param_string ("closing", "", G_STRUCT_OFFSET (TdPlan, closing));

  properties[PROP_SIGNER_CAPACITY] =
    td_model_param_string ("signer-capacity", "TM. ỦY BAN NHÂN DÂN",
                           G_STRUCT_OFFSET (TdPlan, signer_capacity));

  properties[PROP_SIGNER_POSITION] =
    td_model_param_string ("signer-position", "CHỦ TỊCH",
                           G_STRUCT_OFFSET (TdPlan, signer_position));

  properties[PROP_SIGNER_NAME] =
    td_model_param_string ("signer-name", "", G_STRUCT_OFFSET (TdPlan, signer_name));

  properties[PROP_RECIPIENTS] =
    td_model_param_string ("recipients", "", G_STRUCT_OFFSET (TdPlan, recipients));

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_plan_init (TdPlan *self)
{
  /* The usual heading of a commune People's Committee plan (Decree 30/2020): the
   * properties' defaults. */
  td_model_init (self);
}

TdPlan *
td_plan_new (void)
{
  return g_object_new (TD_TYPE_PLAN, NULL);
}

gint64
td_plan_get_id (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), 0);

  return self->id;
}

void
td_plan_set_id (TdPlan *self,
                gint64  id)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_int64 (self, &self->id, id, properties[PROP_ID]);
}

int
td_plan_get_year (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), 0);

  return self->year;
}

void
td_plan_set_year (TdPlan *self,
                  int     year)
{
  g_return_if_fail (TD_IS_PLAN (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  td_model_set_int (self, &self->year, year, properties[PROP_YEAR]);
}

const char *
td_plan_get_parent_body (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->parent_body;
}

void
td_plan_set_parent_body (TdPlan     *self,
                        const char *parent_body)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->parent_body, parent_body, properties[PROP_PARENT_BODY]);
}

const char *
td_plan_get_issuing_body (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->issuing_body;
}

void
td_plan_set_issuing_body (TdPlan     *self,
                         const char *issuing_body)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->issuing_body, issuing_body, properties[PROP_ISSUING_BODY]);
}

const char *
td_plan_get_place (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->place;
}

void
td_plan_set_place (TdPlan     *self,
                  const char *place)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->place, place, properties[PROP_PLACE]);
}

const char *
td_plan_get_number (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->number;
}

void
td_plan_set_number (TdPlan     *self,
                   const char *number)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->number, number, properties[PROP_NUMBER]);
}

const char *
td_plan_get_symbol (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->symbol;
}

void
td_plan_set_symbol (TdPlan     *self,
                   const char *symbol)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->symbol, symbol, properties[PROP_SYMBOL]);
}

const char *
td_plan_get_issue_date (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->issue_date;
}

void
td_plan_set_issue_date (TdPlan     *self,
                       const char *issue_date)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->issue_date, issue_date, properties[PROP_ISSUE_DATE]);
}

const char *
td_plan_get_kind (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->kind;
}

void
td_plan_set_kind (TdPlan     *self,
                 const char *kind)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->kind, kind, properties[PROP_KIND]);
}

const char *
td_plan_get_title (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->title;
}

void
td_plan_set_title (TdPlan     *self,
                  const char *title)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->title, title, properties[PROP_TITLE]);
}

const char *
td_plan_get_preamble (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->preamble;
}

void
td_plan_set_preamble (TdPlan     *self,
                     const char *preamble)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->preamble, preamble, properties[PROP_PREAMBLE]);
}

const char *
td_plan_get_closing (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->closing;
}

void
td_plan_set_closing (TdPlan     *self,
                    const char *closing)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->closing, closing, properties[PROP_CLOSING]);
}

const char *
td_plan_get_signer_capacity (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->signer_capacity;
}

void
td_plan_set_signer_capacity (TdPlan     *self,
                            const char *signer_capacity)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->signer_capacity, signer_capacity,
                       properties[PROP_SIGNER_CAPACITY]);
}

const char *
td_plan_get_signer_position (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->signer_position;
}

void
td_plan_set_signer_position (TdPlan     *self,
                            const char *signer_position)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->signer_position, signer_position,
                       properties[PROP_SIGNER_POSITION]);
}

const char *
td_plan_get_signer_name (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->signer_name;
}

void
td_plan_set_signer_name (TdPlan     *self,
                        const char *signer_name)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->signer_name, signer_name, properties[PROP_SIGNER_NAME]);
}

const char *
td_plan_get_recipients (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  return self->recipients;
}

void
td_plan_set_recipients (TdPlan     *self,
                       const char *recipients)
{
  g_return_if_fail (TD_IS_PLAN (self));

  td_model_set_string (self, &self->recipients, recipients, properties[PROP_RECIPIENTS]);
}

char *
td_plan_dup_number_line (TdPlan *self)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  number = g_strstrip (g_strdup (self->number));

  /* A plan is printed before the registry gives it a number; the clerk writes it in. */
  if (number[0] == '\0')
    return g_strdup_printf ("Số:     /%s", self->symbol);

  return g_strdup_printf ("Số: %s/%s", number, self->symbol);
}

int
td_plan_get_issue_month (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), 0);

  return self->issue_month;
}

void
td_plan_set_issue_month (TdPlan *self,
                         int     issue_month)
{
  g_return_if_fail (TD_IS_PLAN (self));
  g_return_if_fail (issue_month >= 0 && issue_month <= 12);

  td_model_set_int (self, &self->issue_month, issue_month, properties[PROP_ISSUE_MONTH]);
}

char *
td_plan_dup_date_line (TdPlan *self)
{
  g_return_val_if_fail (TD_IS_PLAN (self), NULL);

  if (self->issue_date[0] == '\0' && self->issue_month > 0)
    {
      const char *place = self->place;

      /* Months 1 and 2 are padded, as Decree 30 writes them. */
      return g_strdup_printf ("%s%sngày     tháng %s%d năm %d", place, place[0] ? ", " : "",
                              self->issue_month < 3 ? "0" : "", self->issue_month, self->year);
    }
  return td_date_place_phrase (self->place, self->issue_date, self->year);
}
