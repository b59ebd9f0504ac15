/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-model"

#include "config.h"

#include "td-model.h"

#define MODEL_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Each property's field, as its offset + 1 in the pspec's qdata (0 would read as none). */
static GQuark
field_offset_quark (void)
{
  return g_quark_from_static_string ("td-model-field-offset");
}

static GParamSpec *
with_offset (GParamSpec *pspec,
             gsize       offset)
{
  g_param_spec_set_qdata (pspec, field_offset_quark (), GSIZE_TO_POINTER (offset + 1));
  return pspec;
}

static gpointer
field_of (GObject    *object,
          GParamSpec *pspec)
{
  gsize offset = GPOINTER_TO_SIZE (g_param_spec_get_qdata (pspec, field_offset_quark ()));

  g_assert (offset > 0);
  return G_STRUCT_MEMBER_P (object, offset - 1);
}

GParamSpec *
td_model_param_string (const char *name,
                       const char *default_value,
                       gsize       offset)
{
  return with_offset (g_param_spec_string (name, NULL, NULL, default_value, MODEL_FLAGS), offset);
}

GParamSpec *
td_model_param_int (const char *name,
                    int         minimum,
                    int         maximum,
                    int         default_value,
                    gsize       offset)
{
  return with_offset (g_param_spec_int (name, NULL, NULL, minimum, maximum, default_value,
                                        MODEL_FLAGS), offset);
}

GParamSpec *
td_model_param_int64 (const char *name,
                      gsize       offset)
{
  return with_offset (g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                          MODEL_FLAGS), offset);
}

GParamSpec *
td_model_param_id (const char *name,
                   gsize       offset)
{
  return with_offset (g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                           G_PARAM_STATIC_STRINGS)), offset);
}

GParamSpec *
td_model_param_boolean (const char *name,
                        gboolean    default_value,
                        gsize       offset)
{
  return with_offset (g_param_spec_boolean (name, NULL, NULL, default_value, MODEL_FLAGS),
                      offset);
}

gboolean
td_model_set_string (gpointer     self,
                     char       **field,
                     const char  *value,
                     GParamSpec  *pspec)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (self, pspec);
  return TRUE;
}

gboolean
td_model_set_int (gpointer    self,
                  int        *field,
                  int         value,
                  GParamSpec *pspec)
{
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (self, pspec);
  return TRUE;
}

gboolean
td_model_set_int64 (gpointer    self,
                    gint64     *field,
                    gint64      value,
                    GParamSpec *pspec)
{
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (self, pspec);
  return TRUE;
}

gboolean
td_model_set_boolean (gpointer    self,
                      gboolean   *field,
                      gboolean    value,
                      GParamSpec *pspec)
{
  value = !!value;
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (self, pspec);
  return TRUE;
}

static void
model_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  gpointer field = field_of (object, pspec);

  switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, *(char **) field);
      break;
    case G_TYPE_INT:
      g_value_set_int (value, *(int *) field);
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (value, *(gint64 *) field);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) field);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GObject has checked @value against the pspec's range already. */
static void
model_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  gpointer field = field_of (object, pspec);

  switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
    {
    case G_TYPE_STRING:
      td_model_set_string (object, field, g_value_get_string (value), pspec);
      break;
    case G_TYPE_INT:
      td_model_set_int (object, field, g_value_get_int (value), pspec);
      break;
    case G_TYPE_INT64:
      td_model_set_int64 (object, field, g_value_get_int64 (value), pspec);
      break;
    case G_TYPE_BOOLEAN:
      td_model_set_boolean (object, field, g_value_get_boolean (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The properties of a model class, as given to td_model_class_init(): kept with the type,
 * as g_object_class_list_properties() walks every property of every type. */
typedef struct {
  GParamSpec **pspecs;
  guint        n_pspecs;
} ModelClassInfo;

static GQuark
class_info_quark (void)
{
  return g_quark_from_static_string ("td-model-class-info");
}

static const ModelClassInfo *
model_class_info (gconstpointer object)
{
  const ModelClassInfo *info = g_type_get_qdata (G_OBJECT_TYPE (object), class_info_quark ());

  g_assert (info != NULL);
  return info;
}

static void
model_finalize (GObject *object)
{
  const ModelClassInfo *info = model_class_info (object);

  for (guint i = 0; i < info->n_pspecs; i++)
    if (G_PARAM_SPEC_VALUE_TYPE (info->pspecs[i]) == G_TYPE_STRING)
      g_clear_pointer ((char **) field_of (object, info->pspecs[i]), g_free);

  G_OBJECT_CLASS (g_type_class_peek_parent (G_OBJECT_GET_CLASS (object)))->finalize (object);
}

void
td_model_class_init (GObjectClass  *object_class,
                     GParamSpec   **properties,
                     guint          n_properties)
{
  ModelClassInfo *info;

  g_return_if_fail (G_IS_OBJECT_CLASS (object_class));
  g_return_if_fail (g_type_parent (G_OBJECT_CLASS_TYPE (object_class)) == G_TYPE_OBJECT);
  g_return_if_fail (n_properties > 0 && properties[0] == NULL);

  /* Lives as long as the type, that is until the program ends. */
  info = g_new (ModelClassInfo, 1);
  info->pspecs = properties + 1;
  info->n_pspecs = n_properties - 1;
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), class_info_quark (), info);

  object_class->get_property = model_get_property;
  object_class->set_property = model_set_property;
  object_class->finalize = model_finalize;
  g_object_class_install_properties (object_class, n_properties, properties);
}

void
td_model_init (gpointer self)
{
  GObject *object = self;
  const ModelClassInfo *info = model_class_info (object);

  for (guint i = 0; i < info->n_pspecs; i++)
    {
      GParamSpec *pspec = info->pspecs[i];
      gpointer field = field_of (object, pspec);

      switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
        {
        case G_TYPE_STRING:
          {
            const char *value = G_PARAM_SPEC_STRING (pspec)->default_value;

            *(char **) field = g_strdup (value != NULL ? value : "");
          }
          break;
        case G_TYPE_INT:
          *(int *) field = G_PARAM_SPEC_INT (pspec)->default_value;
          break;
        case G_TYPE_INT64:
          *(gint64 *) field = G_PARAM_SPEC_INT64 (pspec)->default_value;
          break;
        case G_TYPE_BOOLEAN:
          *(gboolean *) field = G_PARAM_SPEC_BOOLEAN (pspec)->default_value;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gpointer
td_model_copy (gpointer model)
{
  GObject *object = model;
  const ModelClassInfo *info;
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  GObject *copy;

  g_return_val_if_fail (G_IS_OBJECT (model), NULL);

  /* All at construction, so that construct-only ids are copied too. */
  info = model_class_info (object);
  names = g_new0 (const char *, info->n_pspecs);
  values = g_new0 (GValue, info->n_pspecs);
  for (guint i = 0; i < info->n_pspecs; i++)
    {
      names[i] = info->pspecs[i]->name;
      g_value_init (&values[i], G_PARAM_SPEC_VALUE_TYPE (info->pspecs[i]));
      g_object_get_property (object, names[i], &values[i]);
    }
  copy = g_object_new_with_properties (G_OBJECT_TYPE (object), info->n_pspecs, names, values);
  for (guint i = 0; i < info->n_pspecs; i++)
    g_value_unset (&values[i]);
  return copy;
}
