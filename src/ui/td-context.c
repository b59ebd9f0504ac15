/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * One per window, given to each of its pages: they read the store from here rather than
 * being handed a plan, so the window pushes nothing into them.
 */
#define G_LOG_DOMAIN "td-context"

#include "config.h"

#include <stdlib.h>

#include "td-context.h"
#include "td-store-journal.h"

struct _TdContext
{
  GObject    parent_instance;

  TdStore   *store;
  GSettings *settings;
  char      *today;
  /* The window's Undo and Redo, beside the store whose changes it holds, so every page
   * records into and undoes from the same one; NULL for a read-only file. */
  TdHistory *history;
};

G_DEFINE_FINAL_TYPE (TdContext, td_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_TODAY,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
td_context_dispose (GObject *object)
{
  TdContext *self = TD_CONTEXT (object);

  g_clear_object (&self->history);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (td_context_parent_class)->dispose (object);
}

static void
td_context_finalize (GObject *object)
{
  TdContext *self = TD_CONTEXT (object);

  g_free (self->today);

  G_OBJECT_CLASS (td_context_parent_class)->finalize (object);
}

static void
td_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TdContext *self = TD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TdContext *self = TD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      td_context_set_store (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_TODAY:
      td_context_set_today (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_context_class_init (TdContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = td_context_dispose;
  object_class->finalize = td_context_finalize;
  object_class->get_property = td_context_get_property;
  object_class->set_property = td_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, TD_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_context_init (TdContext *self)
{
}

TdContext *
td_context_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  return g_object_new (TD_TYPE_CONTEXT, "settings", settings, NULL);
}

TdStore *
td_context_get_store (TdContext *self)
{
  g_return_val_if_fail (TD_IS_CONTEXT (self), NULL);
  return self->store;
}

void
td_context_set_store (TdContext *self,
                      TdStore   *store)
{
  g_return_if_fail (TD_IS_CONTEXT (self));
  g_return_if_fail (store == NULL || TD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* A new file, a new history: what was done to the other one cannot be undone here. */
  g_clear_object (&self->history);
  if (store != NULL && td_store_journal_is_enabled (store))
    self->history = td_history_new (store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

TdHistory *
td_context_get_history (TdContext *self)
{
  g_return_val_if_fail (TD_IS_CONTEXT (self), NULL);
  return self->history;
}

GSettings *
td_context_get_settings (TdContext *self)
{
  g_return_val_if_fail (TD_IS_CONTEXT (self), NULL);
  return self->settings;
}

const char *
td_context_get_today (TdContext *self)
{
  g_return_val_if_fail (TD_IS_CONTEXT (self), NULL);
  return self->today;
}

void
td_context_set_today (TdContext  *self,
                      const char *today_iso)
{
  g_return_if_fail (TD_IS_CONTEXT (self));

  if (g_strcmp0 (self->today, today_iso) == 0)
    return;
  g_free (self->today);
  self->today = g_strdup (today_iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

int
td_context_get_current_year (TdContext *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (TD_IS_CONTEXT (self), 0);

  if (self->today != NULL)
    return atoi (self->today);
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}
