/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-award-kind"

#include "config.h"

#include "td-award-kind.h"
#include "td-model.h"

struct _TdAwardKind
{
  GObject parent_instance;

  gint64 id;
  char *code;
  char *name;
  char *category;
  char *subject_kind;
  char *level;
  int coefficient;
  char *valid_from;
  char *valid_to;
  char *legal_basis;
  gboolean to_confirm;
};

G_DEFINE_FINAL_TYPE (TdAwardKind, td_award_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_SUBJECT_KIND,
  PROP_LEVEL,
  PROP_COEFFICIENT,
  PROP_VALID_FROM,
  PROP_VALID_TO,
  PROP_LEGAL_BASIS,
  PROP_TO_CONFIRM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
td_award_kind_class_init (TdAwardKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_ID] = td_model_param_id ("id", G_STRUCT_OFFSET (TdAwardKind, id));
  properties[PROP_CODE] =
    td_model_param_string ("code", "", G_STRUCT_OFFSET (TdAwardKind, code));
  properties[PROP_NAME] =
    td_model_param_string ("name", "", G_STRUCT_OFFSET (TdAwardKind, name));
  properties[PROP_CATEGORY] =
    td_model_param_string ("category", "title", G_STRUCT_OFFSET (TdAwardKind, category));
  properties[PROP_SUBJECT_KIND] =
    td_model_param_string ("subject-kind", "individual",
                           G_STRUCT_OFFSET (TdAwardKind, subject_kind));
  properties[PROP_LEVEL] =
    td_model_param_string ("level", "commune", G_STRUCT_OFFSET (TdAwardKind, level));
  properties[PROP_COEFFICIENT] =
    td_model_param_int ("coefficient", -1, G_MAXINT, -1,
                        G_STRUCT_OFFSET (TdAwardKind, coefficient));
  properties[PROP_VALID_FROM] =
    td_model_param_string ("valid-from", "", G_STRUCT_OFFSET (TdAwardKind, valid_from));
  properties[PROP_VALID_TO] =
    td_model_param_string ("valid-to", "", G_STRUCT_OFFSET (TdAwardKind, valid_to));
  properties[PROP_LEGAL_BASIS] =
    td_model_param_string ("legal-basis", "", G_STRUCT_OFFSET (TdAwardKind, legal_basis));
  properties[PROP_TO_CONFIRM] =
    td_model_param_boolean ("to-confirm", FALSE, G_STRUCT_OFFSET (TdAwardKind, to_confirm));

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_award_kind_init (TdAwardKind *self)
{
  td_model_init (self);
}

TdAwardKind *
td_award_kind_new (gint64      id,
                   const char *code,
                   const char *name)
{
  return g_object_new (TD_TYPE_AWARD_KIND, "id", id, "code", code, "name", name, NULL);
}

#define GETTER(type, field, fallback)                                   \
type                                                                    \
td_award_kind_get_##field (TdAwardKind *self)                           \
{                                                                       \
  g_return_val_if_fail (TD_IS_AWARD_KIND (self), fallback);             \
  return self->field;                                                   \
}

GETTER (gint64, id, 0)
GETTER (const char *, code, NULL)
GETTER (const char *, name, NULL)
GETTER (const char *, category, NULL)
GETTER (const char *, subject_kind, NULL)
GETTER (const char *, level, NULL)
GETTER (int, coefficient, -1)
GETTER (const char *, valid_from, NULL)
GETTER (const char *, valid_to, NULL)
GETTER (const char *, legal_basis, NULL)
GETTER (gboolean, to_confirm, FALSE)
