/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-plan"

#include "config.h"

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
td_plan_finalize (GObject *object)
{
  TdPlan *self = (TdPlan *)object;

  g_clear_pointer (&self->parent_body, g_free);
  g_clear_pointer (&self->issuing_body, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->symbol, g_free);
  g_clear_pointer (&self->issue_date, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->preamble, g_free);
  g_clear_pointer (&self->closing, g_free);
  g_clear_pointer (&self->signer_capacity, g_free);
  g_clear_pointer (&self->signer_position, g_free);
  g_clear_pointer (&self->signer_name, g_free);
  g_clear_pointer (&self->recipients, g_free);

  G_OBJECT_CLASS (td_plan_parent_class)->finalize (object);
}

static void
td_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TdPlan *self = TD_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_ISSUE_MONTH:
      g_value_set_int (value, self->issue_month);
      break;

    case PROP_PARENT_BODY:
      g_value_set_string (value, self->parent_body);
      break;

    case PROP_ISSUING_BODY:
      g_value_set_string (value, self->issuing_body);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_SYMBOL:
      g_value_set_string (value, self->symbol);
      break;

    case PROP_ISSUE_DATE:
      g_value_set_string (value, self->issue_date);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PREAMBLE:
      g_value_set_string (value, self->preamble);
      break;

    case PROP_CLOSING:
      g_value_set_string (value, self->closing);
      break;

    case PROP_SIGNER_CAPACITY:
      g_value_set_string (value, self->signer_capacity);
      break;

    case PROP_SIGNER_POSITION:
      g_value_set_string (value, self->signer_position);
      break;

    case PROP_SIGNER_NAME:
      g_value_set_string (value, self->signer_name);
      break;

    case PROP_RECIPIENTS:
      g_value_set_string (value, self->recipients);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TdPlan *self = TD_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      td_plan_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      td_plan_set_year (self, g_value_get_int (value));
      break;

    case PROP_ISSUE_MONTH:
      td_plan_set_issue_month (self, g_value_get_int (value));
      break;

    case PROP_PARENT_BODY:
      td_plan_set_parent_body (self, g_value_get_string (value));
      break;

    case PROP_ISSUING_BODY:
      td_plan_set_issuing_body (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      td_plan_set_place (self, g_value_get_string (value));
      break;

    case PROP_NUMBER:
      td_plan_set_number (self, g_value_get_string (value));
      break;

    case PROP_SYMBOL:
      td_plan_set_symbol (self, g_value_get_string (value));
      break;

    case PROP_ISSUE_DATE:
      td_plan_set_issue_date (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      td_plan_set_kind (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      td_plan_set_title (self, g_value_get_string (value));
      break;

    case PROP_PREAMBLE:
      td_plan_set_preamble (self, g_value_get_string (value));
      break;

    case PROP_CLOSING:
      td_plan_set_closing (self, g_value_get_string (value));
      break;

    case PROP_SIGNER_CAPACITY:
      td_plan_set_signer_capacity (self, g_value_get_string (value));
      break;

    case PROP_SIGNER_POSITION:
      td_plan_set_signer_position (self, g_value_get_string (value));
      break;

    case PROP_SIGNER_NAME:
      td_plan_set_signer_name (self, g_value_get_string (value));
      break;

    case PROP_RECIPIENTS:
      td_plan_set_recipients (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_plan_class_init (TdPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_plan_finalize;
  object_class->get_property = td_plan_get_property;
  object_class->set_property = td_plan_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /* 0 until the plan is given a year. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 9999, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /* The month printed while the day is still blank ("ngày    tháng 3 năm 2023"; months
   * 1 and 2 are padded); 0 when the month is blank too. Only used while issue-date is "". */
  properties[PROP_ISSUE_MONTH] =
    g_param_spec_int ("issue-month", NULL, NULL,
                      0, 12, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

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

  /* The registry number, e.g. "49"; blank until the clerk assigns one. */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SYMBOL] =
    g_param_spec_string ("symbol", NULL, NULL,
                         "KH-UBND",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ISSUE_DATE] =
    g_param_spec_string ("issue-date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "KẾ HOẠCH",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PREAMBLE] =
    g_param_spec_string ("preamble", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOSING] =
    g_param_spec_string ("closing", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SIGNER_CAPACITY] =
    g_param_spec_string ("signer-capacity", NULL, NULL,
                         "TM. ỦY BAN NHÂN DÂN",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SIGNER_POSITION] =
    g_param_spec_string ("signer-position", NULL, NULL,
                         "CHỦ TỊCH",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SIGNER_NAME] =
    g_param_spec_string ("signer-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_RECIPIENTS] =
    g_param_spec_string ("recipients", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_plan_init (TdPlan *self)
{
  /* The usual heading of a commune People's Committee plan (Decree 30/2020). */
  self->parent_body = g_strdup ("");
  self->issuing_body = g_strdup ("");
  self->place = g_strdup ("");
  self->number = g_strdup ("");
  self->symbol = g_strdup ("KH-UBND");
  self->issue_date = g_strdup ("");
  self->kind = g_strdup ("KẾ HOẠCH");
  self->title = g_strdup ("");
  self->preamble = g_strdup ("");
  self->closing = g_strdup ("");
  self->signer_capacity = g_strdup ("TM. ỦY BAN NHÂN DÂN");
  self->signer_position = g_strdup ("CHỦ TỊCH");
  self->signer_name = g_strdup ("");
  self->recipients = g_strdup ("");
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

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
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

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
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

  if (set_string (&self->parent_body, parent_body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_BODY]);
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

  if (set_string (&self->issuing_body, issuing_body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUING_BODY]);
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

  if (set_string (&self->place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
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

  if (set_string (&self->number, number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
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

  if (set_string (&self->symbol, symbol))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYMBOL]);
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

  if (set_string (&self->issue_date, issue_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUE_DATE]);
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

  if (set_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
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

  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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

  if (set_string (&self->preamble, preamble))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREAMBLE]);
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

  if (set_string (&self->closing, closing))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSING]);
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

  if (set_string (&self->signer_capacity, signer_capacity))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNER_CAPACITY]);
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

  if (set_string (&self->signer_position, signer_position))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNER_POSITION]);
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

  if (set_string (&self->signer_name, signer_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNER_NAME]);
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

  if (set_string (&self->recipients, recipients))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPIENTS]);
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

  if (self->issue_month == issue_month)
    return;

  self->issue_month = issue_month;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUE_MONTH]);
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
