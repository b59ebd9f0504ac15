/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-registration"

#include "config.h"

#include <math.h>
#include <string.h>

#include "td-model.h"
#include "td-registration.h"

struct _TdRegistration
{
  GObject parent_instance;

  gint64 id;
  int year;
  gint64 award_kind_id;
  char *award_kind_code;
  char *award_kind_name;
  char *award_subject_kind;
  int subject_kind;
  gint64 subject_id;
  char *subject_name;
  char *parent_name;
  char *registered_on;
  gboolean pledge_signed;
  int n_targets;
};

G_DEFINE_FINAL_TYPE (TdRegistration, td_registration, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_AWARD_KIND_ID,
  PROP_AWARD_KIND_CODE,
  PROP_AWARD_KIND_NAME,
  PROP_AWARD_SUBJECT_KIND,
  PROP_SUBJECT_KIND,
  PROP_SUBJECT_ID,
  PROP_SUBJECT_NAME,
  PROP_PARENT_NAME,
  PROP_REGISTERED_ON,
  PROP_PLEDGE_SIGNED,
  PROP_N_TARGETS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define OFFSET(field) G_STRUCT_OFFSET (TdRegistration, field)

static void
td_registration_class_init (TdRegistrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_ID] = td_model_param_id ("id", OFFSET (id));
  properties[PROP_YEAR] = td_model_param_int ("year", 0, 9999, 0, OFFSET (year));
  properties[PROP_AWARD_KIND_ID] = td_model_param_int64 ("award-kind-id", OFFSET (award_kind_id));
  properties[PROP_AWARD_KIND_CODE] =
    td_model_param_string ("award-kind-code", "", OFFSET (award_kind_code));
  properties[PROP_AWARD_KIND_NAME] =
    td_model_param_string ("award-kind-name", "", OFFSET (award_kind_name));
  properties[PROP_AWARD_SUBJECT_KIND] =
    td_model_param_string ("award-subject-kind", "", OFFSET (award_subject_kind));
  properties[PROP_SUBJECT_KIND] =
    td_model_param_int ("subject-kind", TD_REGISTRATION_UNIT, TD_REGISTRATION_HOUSEHOLD,
                        TD_REGISTRATION_UNIT, OFFSET (subject_kind));
  properties[PROP_SUBJECT_ID] = td_model_param_int64 ("subject-id", OFFSET (subject_id));
  properties[PROP_SUBJECT_NAME] =
    td_model_param_string ("subject-name", "", OFFSET (subject_name));
  properties[PROP_PARENT_NAME] = td_model_param_string ("parent-name", "", OFFSET (parent_name));
  properties[PROP_REGISTERED_ON] =
    td_model_param_string ("registered-on", "", OFFSET (registered_on));
  properties[PROP_PLEDGE_SIGNED] =
    td_model_param_boolean ("pledge-signed", FALSE, OFFSET (pledge_signed));
  properties[PROP_N_TARGETS] = td_model_param_int ("n-targets", 0, G_MAXINT, 0, OFFSET (n_targets));

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_registration_init (TdRegistration *self)
{
  td_model_init (self);
}

TdRegistration *
td_registration_new (gint64 id,
                     int    year)
{
  return g_object_new (TD_TYPE_REGISTRATION, "id", id, "year", year, NULL);
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

void
td_registration_fill (TdRegistration          *self,
                      const TdRegistrationRow *row)
{
  g_return_if_fail (TD_IS_REGISTRATION (self));
  g_return_if_fail (row != NULL);

  self->award_kind_id = row->award_kind_id;
  replace (&self->award_kind_code, row->award_kind_code);
  replace (&self->award_kind_name, row->award_kind_name);
  replace (&self->award_subject_kind, row->award_subject_kind);
  self->subject_kind = row->subject_kind;
  self->subject_id = row->subject_id;
  replace (&self->subject_name, row->subject_name);
  replace (&self->parent_name, row->parent_name);
  replace (&self->registered_on, row->registered_on);
  self->pledge_signed = !!row->pledge_signed;
  self->n_targets = (int) MIN (row->n_targets, (guint) G_MAXINT);
}

gint64
td_registration_get_id (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), 0);
  return self->id;
}

int
td_registration_get_year (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), 0);
  return self->year;
}

gint64
td_registration_get_award_kind_id (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), 0);
  return self->award_kind_id;
}

const char *
td_registration_get_award_kind_code (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), NULL);
  return self->award_kind_code;
}

const char *
td_registration_get_award_kind_name (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), NULL);
  return self->award_kind_name;
}

const char *
td_registration_get_award_subject_kind (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), NULL);
  return self->award_subject_kind;
}

TdRegistrationSubject
td_registration_get_subject_kind (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), TD_REGISTRATION_UNIT);
  return self->subject_kind;
}

gint64
td_registration_get_subject_id (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), 0);
  return self->subject_id;
}

const char *
td_registration_get_subject_name (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), NULL);
  return self->subject_name;
}

const char *
td_registration_get_parent_name (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), NULL);
  return self->parent_name;
}

const char *
td_registration_get_registered_on (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), NULL);
  return self->registered_on;
}

void
td_registration_set_registered_on (TdRegistration *self,
                                   const char     *iso)
{
  g_return_if_fail (TD_IS_REGISTRATION (self));
  td_model_set_string (self, &self->registered_on, iso, properties[PROP_REGISTERED_ON]);
}

gboolean
td_registration_get_pledge_signed (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), FALSE);
  return self->pledge_signed;
}

void
td_registration_set_pledge_signed (TdRegistration *self,
                                   gboolean        pledge_signed)
{
  g_return_if_fail (TD_IS_REGISTRATION (self));
  td_model_set_boolean (self, &self->pledge_signed, pledge_signed,
                        properties[PROP_PLEDGE_SIGNED]);
}

guint
td_registration_get_n_targets (TdRegistration *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION (self), 0);
  return (guint) self->n_targets;
}

/* Targets ---------------------------------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (TdRegistrationTarget, td_registration_target,
                     td_registration_target_copy, td_registration_target_free)

TdRegistrationTarget *
td_registration_target_new (const char *text)
{
  TdRegistrationTarget *target = g_new0 (TdRegistrationTarget, 1);

  target->text = g_strdup (text != NULL ? text : "");
  target->kind = TD_TARGET_PASS;
  target->unit = g_strdup ("");
  target->note = g_strdup ("");
  return target;
}

TdRegistrationTarget *
td_registration_target_copy (const TdRegistrationTarget *target)
{
  TdRegistrationTarget *copy;

  g_return_val_if_fail (target != NULL, NULL);

  copy = g_memdup2 (target, sizeof *target);
  copy->text = g_strdup (target->text != NULL ? target->text : "");
  copy->unit = g_strdup (target->unit != NULL ? target->unit : "");
  copy->note = g_strdup (target->note != NULL ? target->note : "");
  return copy;
}

void
td_registration_target_free (TdRegistrationTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->text);
  g_free (target->unit);
  g_free (target->note);
  g_free (target);
}

const char *
td_target_kind_to_string (TdTargetKind kind)
{
  return kind == TD_TARGET_NUMBER ? "number" : "pass";
}

/* 1.5 → "1,5"; 12 → "12"; up to three decimals, trailing zeros dropped. */
static char *
format_figure (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;
  char *end;

  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  text = g_strdup (buffer);
  for (end = text + strlen (text) - 1; end > text && *end == '0'; end--)
    *end = '\0';
  for (char *p = text; *p != '\0'; p++)
    if (*p == '.')
      *p = ',';
  return text;
}

char *
td_registration_target_dup_label (const TdRegistrationTarget *target)
{
  g_autofree char *figure = NULL;

  g_return_val_if_fail (target != NULL, NULL);

  if (target->kind != TD_TARGET_NUMBER || !target->has_value)
    return g_strdup (target->text);
  figure = format_figure (target->value);
  if (target->unit == NULL || target->unit[0] == '\0')
    return g_strdup_printf ("%s: %s", target->text, figure);
  return g_strdup_printf ("%s: %s %s", target->text, figure, target->unit);
}
