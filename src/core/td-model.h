/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The property boilerplate of the model types (plan, section, task, unit, office, and the
 * ones to come), written once. For the models' own files, not their users.
 *
 * A model keeps each property in a field of its instance struct (char *, int, gint64 or
 * gboolean) and makes its GParamSpec with td_model_param_*(), which notes the field's
 * offset. td_model_class_init() then gives the class a get_property, a set_property and a
 * finalize that work from those notes; td_model_init() sets every field to its property's
 * default. The public setters are one call each: set the field, notify on a real change.
 *
 *   properties[PROP_TITLE] = td_model_param_string ("title", "", G_STRUCT_OFFSET (TdPlan, title));
 *   …
 *   void td_plan_set_title (TdPlan *self, const char *title)
 *   {
 *     g_return_if_fail (TD_IS_PLAN (self));
 *     td_model_set_string (self, &self->title, title, properties[PROP_TITLE]);
 *   }
 *
 * Properties are G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
 * a string is never NULL ("" instead). The types must derive from GObject directly. */

GParamSpec *td_model_param_string  (const char *name,
                                    const char *default_value,
                                    gsize       offset);
GParamSpec *td_model_param_int     (const char *name,
                                    int         minimum,
                                    int         maximum,
                                    int         default_value,
                                    gsize       offset);
/* Ids: any gint64, 0 until stored. */
GParamSpec *td_model_param_int64   (const char *name,
                                    gsize       offset);
/* A row id given once, when the object is made (G_PARAM_CONSTRUCT_ONLY). */
GParamSpec *td_model_param_id      (const char *name,
                                    gsize       offset);
GParamSpec *td_model_param_boolean (const char *name,
                                    gboolean    default_value,
                                    gsize       offset);

/* Installs @properties (index 0 unused and NULL, as PROP_0) and the generic get_property, set_property and
 * finalize. */
void        td_model_class_init    (GObjectClass *object_class,
                                    GParamSpec  **properties,
                                    guint         n_properties);
/* Every field to its property's default; call from the instance init. */
void        td_model_init          (gpointer      self);

/* Each sets @field to @value and notifies @pspec only when it changed; TRUE then. A NULL
 * string is taken for "". */
gboolean    td_model_set_string    (gpointer      self,
                                    char        **field,
                                    const char   *value,
                                    GParamSpec   *pspec);
gboolean    td_model_set_int       (gpointer      self,
                                    int          *field,
                                    int           value,
                                    GParamSpec   *pspec);
gboolean    td_model_set_int64     (gpointer      self,
                                    gint64       *field,
                                    gint64        value,
                                    GParamSpec   *pspec);
gboolean    td_model_set_boolean   (gpointer      self,
                                    gboolean     *field,
                                    gboolean      value,
                                    GParamSpec   *pspec);

/* A new object of @model's type with every property of @model: a copy that later edits of
 * @model do not reach (a document's snapshot). */
gpointer    td_model_copy          (gpointer      model);

G_END_DECLS
