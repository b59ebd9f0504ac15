/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-change"

#include "config.h"

#include "td-change.h"

G_DEFINE_ENUM_TYPE (TdChangeWhat, td_change_what,
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_OFFICE, "office"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_PLAN, "plan"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_SECTION, "section"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_TASK, "task"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_UNIT, "unit"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_PERSON, "person"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_HOUSEHOLD, "household"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_REGISTRATION, "registration"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_CRITERIA_SET, "criteria-set"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_CRITERION, "criterion"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_SCORE, "score"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_ALL, "all"))

G_DEFINE_ENUM_TYPE (TdChangeKind, td_change_kind,
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_ADDED, "added"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_UPDATED, "updated"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_REMOVED, "removed"),
                    G_DEFINE_ENUM_VALUE (TD_CHANGE_MOVED, "moved"))

G_DEFINE_BOXED_TYPE (TdChange, td_change, td_change_copy, td_change_free)

TdChange *
td_change_copy (const TdChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return g_memdup2 (change, sizeof *change);
}

void
td_change_free (TdChange *change)
{
  g_free (change);
}

static const char *
nick_of (GType type,
         int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* The class stays alive for the type's life: its strings are static. */
  return found != NULL ? found->value_nick : "?";
}

const char *
td_change_what_to_string (TdChangeWhat what)
{
  return nick_of (TD_TYPE_CHANGE_WHAT, what);
}

const char *
td_change_kind_to_string (TdChangeKind kind)
{
  return nick_of (TD_TYPE_CHANGE_KIND, kind);
}

char *
td_change_to_string (const TdChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return g_strdup_printf ("%s %s %d/%" G_GINT64_FORMAT " #%" G_GINT64_FORMAT,
                          td_change_what_to_string (change->what),
                          td_change_kind_to_string (change->kind),
                          change->year, change->plan_id, change->id);
}
