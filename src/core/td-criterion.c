/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-criterion"

#include "config.h"

#include <string.h>

#include "td-criterion.h"
#include "td-model.h"

struct _TdCriterion
{
  GObject parent_instance;

  gint64    id;
  gint64    set_id;
  int       year;
  gint64    parent_id;
  int       position;
  char     *code;
  char     *name;
  char     *content;
  char     *target;
  char     *target_unit;
  gint64    max_points;
  gboolean  has_max;
  gboolean  penalty;
  gint64    verifier_id;
  char     *note;
};

G_DEFINE_FINAL_TYPE (TdCriterion, td_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SET_ID,
  PROP_YEAR,
  PROP_PARENT_ID,
  PROP_POSITION,
  PROP_CODE,
  PROP_NAME,
  PROP_CONTENT,
  PROP_TARGET,
  PROP_TARGET_UNIT,
  PROP_MAX_POINTS,
  PROP_HAS_MAX,
  PROP_PENALTY,
  PROP_VERIFIER_ID,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
td_criterion_class_init (TdCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

#define OFFSET(field) G_STRUCT_OFFSET (TdCriterion, field)
  properties[PROP_ID] = td_model_param_id ("id", OFFSET (id));
  properties[PROP_SET_ID] = td_model_param_int64 ("set-id", OFFSET (set_id));
  properties[PROP_YEAR] = td_model_param_int ("year", 0, 9999, 0, OFFSET (year));
  properties[PROP_PARENT_ID] = td_model_param_int64 ("parent-id", OFFSET (parent_id));
  properties[PROP_POSITION] = td_model_param_int ("position", 0, G_MAXINT, 0, OFFSET (position));
  properties[PROP_CODE] = td_model_param_string ("code", "", OFFSET (code));
  properties[PROP_NAME] = td_model_param_string ("name", "", OFFSET (name));
  properties[PROP_CONTENT] = td_model_param_string ("content", "", OFFSET (content));
  properties[PROP_TARGET] = td_model_param_string ("target", "", OFFSET (target));
  properties[PROP_TARGET_UNIT] = td_model_param_string ("target-unit", "", OFFSET (target_unit));
  properties[PROP_MAX_POINTS] = td_model_param_int64 ("max-points", OFFSET (max_points));
  properties[PROP_HAS_MAX] = td_model_param_boolean ("has-max", FALSE, OFFSET (has_max));
  properties[PROP_PENALTY] = td_model_param_boolean ("penalty", FALSE, OFFSET (penalty));
  properties[PROP_VERIFIER_ID] = td_model_param_int64 ("verifier-id", OFFSET (verifier_id));
  properties[PROP_NOTE] = td_model_param_string ("note", "", OFFSET (note));
#undef OFFSET

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_criterion_init (TdCriterion *self)
{
  td_model_init (self);
}

TdCriterion *
td_criterion_new (gint64 id)
{
  return g_object_new (TD_TYPE_CRITERION, "id", id, NULL);
}

#define GETTER(type, name, field, fallback)                  \
  type                                                       \
  td_criterion_get_##name (TdCriterion *self)                \
  {                                                          \
    g_return_val_if_fail (TD_IS_CRITERION (self), fallback); \
    return self->field;                                      \
  }

GETTER (gint64, id, id, 0)
GETTER (gint64, set_id, set_id, 0)
GETTER (int, year, year, 0)
GETTER (gint64, parent_id, parent_id, 0)
GETTER (int, position, position, 0)
GETTER (const char *, code, code, NULL)
GETTER (const char *, name, name, NULL)
GETTER (const char *, content, content, NULL)
GETTER (const char *, target, target, NULL)
GETTER (const char *, target_unit, target_unit, NULL)
GETTER (gint64, max_points, max_points, 0)
GETTER (gboolean, has_max, has_max, FALSE)
GETTER (gboolean, penalty, penalty, FALSE)
GETTER (gint64, verifier_id, verifier_id, 0)
GETTER (const char *, note, note, NULL)
#undef GETTER

#define SETTER(type, name, field, kind, prop)                           \
  void                                                                  \
  td_criterion_set_##name (TdCriterion *self,                           \
                           type         value)                          \
  {                                                                     \
    g_return_if_fail (TD_IS_CRITERION (self));                          \
    td_model_set_##kind (self, &self->field, value, properties[prop]);  \
  }

SETTER (gint64, set_id, set_id, int64, PROP_SET_ID)
SETTER (int, year, year, int, PROP_YEAR)
SETTER (gint64, parent_id, parent_id, int64, PROP_PARENT_ID)
SETTER (int, position, position, int, PROP_POSITION)
SETTER (const char *, code, code, string, PROP_CODE)
SETTER (const char *, name, name, string, PROP_NAME)
SETTER (const char *, content, content, string, PROP_CONTENT)
SETTER (const char *, target, target, string, PROP_TARGET)
SETTER (const char *, target_unit, target_unit, string, PROP_TARGET_UNIT)
SETTER (gboolean, penalty, penalty, boolean, PROP_PENALTY)
SETTER (gint64, verifier_id, verifier_id, int64, PROP_VERIFIER_ID)
SETTER (const char *, note, note, string, PROP_NOTE)
#undef SETTER

void
td_criterion_set_max_points (TdCriterion *self,
                             gint64       max_points)
{
  g_return_if_fail (TD_IS_CRITERION (self));
  td_model_set_int64 (self, &self->max_points, max_points, properties[PROP_MAX_POINTS]);
  td_model_set_boolean (self, &self->has_max, TRUE, properties[PROP_HAS_MAX]);
}

void
td_criterion_unset_max_points (TdCriterion *self)
{
  g_return_if_fail (TD_IS_CRITERION (self));
  td_model_set_int64 (self, &self->max_points, 0, properties[PROP_MAX_POINTS]);
  td_model_set_boolean (self, &self->has_max, FALSE, properties[PROP_HAS_MAX]);
}

char *
td_criterion_dup_label (TdCriterion *self)
{
  g_autofree char *code = NULL;

  g_return_val_if_fail (TD_IS_CRITERION (self), NULL);

  code = g_strstrip (g_strdup (self->code));
  /* "1.2." is written with its point; a message names it "1.2". */
  if (code[0] != '\0' && code[strlen (code) - 1] == '.')
    code[strlen (code) - 1] = '\0';
  if (code[0] != '\0')
    return g_steal_pointer (&code);
  return g_strdup_printf ("“%s”", self->name);
}

/* Sets ------------------------------------------------------------------------------------ */

struct _TdCriteriaSet
{
  GObject parent_instance;

  gint64  id;
  int     year;
  int     position;
  char   *name;
  char   *unit_kinds;
  char   *note;
};

G_DEFINE_FINAL_TYPE (TdCriteriaSet, td_criteria_set, G_TYPE_OBJECT)

enum {
  SET_PROP_0,
  SET_PROP_ID,
  SET_PROP_YEAR,
  SET_PROP_POSITION,
  SET_PROP_NAME,
  SET_PROP_UNIT_KINDS,
  SET_PROP_NOTE,
  SET_N_PROPS
};

static GParamSpec *set_properties[SET_N_PROPS];

static void
td_criteria_set_class_init (TdCriteriaSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

#define OFFSET(field) G_STRUCT_OFFSET (TdCriteriaSet, field)
  set_properties[SET_PROP_ID] = td_model_param_id ("id", OFFSET (id));
  set_properties[SET_PROP_YEAR] = td_model_param_int ("year", 0, 9999, 0, OFFSET (year));
  set_properties[SET_PROP_POSITION] =
    td_model_param_int ("position", 0, G_MAXINT, 0, OFFSET (position));
  set_properties[SET_PROP_NAME] = td_model_param_string ("name", "", OFFSET (name));
  set_properties[SET_PROP_UNIT_KINDS] =
    td_model_param_string ("unit-kinds", "", OFFSET (unit_kinds));
  set_properties[SET_PROP_NOTE] = td_model_param_string ("note", "", OFFSET (note));
#undef OFFSET

  td_model_class_init (object_class, set_properties, SET_N_PROPS);
}

static void
td_criteria_set_init (TdCriteriaSet *self)
{
  td_model_init (self);
}

TdCriteriaSet *
td_criteria_set_new (gint64 id,
                     int    year)
{
  return g_object_new (TD_TYPE_CRITERIA_SET, "id", id, "year", year, NULL);
}

gint64
td_criteria_set_get_id (TdCriteriaSet *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), 0);
  return self->id;
}

int
td_criteria_set_get_year (TdCriteriaSet *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), 0);
  return self->year;
}

int
td_criteria_set_get_position (TdCriteriaSet *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), 0);
  return self->position;
}

void
td_criteria_set_set_position (TdCriteriaSet *self,
                              int            position)
{
  g_return_if_fail (TD_IS_CRITERIA_SET (self));
  td_model_set_int (self, &self->position, position, set_properties[SET_PROP_POSITION]);
}

const char *
td_criteria_set_get_name (TdCriteriaSet *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), NULL);
  return self->name;
}

void
td_criteria_set_set_name (TdCriteriaSet *self,
                          const char    *name)
{
  g_return_if_fail (TD_IS_CRITERIA_SET (self));
  td_model_set_string (self, &self->name, name, set_properties[SET_PROP_NAME]);
}

const char *
td_criteria_set_get_unit_kinds (TdCriteriaSet *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), NULL);
  return self->unit_kinds;
}

GStrv
td_criteria_set_dup_unit_kinds (TdCriteriaSet *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), NULL);

  parts = g_strsplit (self->unit_kinds, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

void
td_criteria_set_set_unit_kinds (TdCriteriaSet      *self,
                                const char * const *kinds)
{
  g_autofree char *joined = NULL;

  g_return_if_fail (TD_IS_CRITERIA_SET (self));

  joined = kinds != NULL ? g_strjoinv (",", (char **) kinds) : g_strdup ("");
  td_model_set_string (self, &self->unit_kinds, joined, set_properties[SET_PROP_UNIT_KINDS]);
}

gboolean
td_criteria_set_has_unit_kind (TdCriteriaSet *self,
                               const char    *kind)
{
  g_auto(GStrv) kinds = NULL;

  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  kinds = td_criteria_set_dup_unit_kinds (self);
  return g_strv_contains ((const char * const *) kinds, kind);
}

const char *
td_criteria_set_get_note (TdCriteriaSet *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET (self), NULL);
  return self->note;
}

void
td_criteria_set_set_note (TdCriteriaSet *self,
                          const char    *note)
{
  g_return_if_fail (TD_IS_CRITERIA_SET (self));
  td_model_set_string (self, &self->note, note, set_properties[SET_PROP_NOTE]);
}

/* Thresholds ------------------------------------------------------------------------------ */

void
td_threshold_clear (TdThreshold *threshold)
{
  g_clear_pointer (&threshold->label, g_free);
}

GArray *
td_thresholds_new (void)
{
  GArray *thresholds = g_array_new (FALSE, TRUE, sizeof (TdThreshold));

  g_array_set_clear_func (thresholds, (GDestroyNotify) td_threshold_clear);
  return thresholds;
}

void
td_thresholds_add (GArray     *thresholds,
                   const char *label,
                   gint64      min_points)
{
  TdThreshold threshold = { g_strdup (label), min_points };

  g_return_if_fail (thresholds != NULL);
  g_array_append_val (thresholds, threshold);
}

static int
compare_thresholds (gconstpointer a,
                    gconstpointer b)
{
  const TdThreshold *ta = a, *tb = b;

  return (ta->min_points < tb->min_points) - (ta->min_points > tb->min_points);
}

void
td_thresholds_sort (GArray *thresholds)
{
  g_return_if_fail (thresholds != NULL);
  g_array_sort (thresholds, compare_thresholds);
}

int
td_thresholds_classify (const TdThreshold *thresholds,
                        guint              n_thresholds,
                        gint64             total)
{
  for (guint i = 0; i < n_thresholds; i++)
    if (total >= thresholds[i].min_points)
      return (int) i;
  return -1;
}
