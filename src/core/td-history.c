/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Undo and Redo over the store's journal (td-store-journal.c): the journal knows how to put
 * back each committed change; the history keeps them in order, names them, gathers typing
 * into one field into one step, and forgets the oldest.
 */
#define G_LOG_DOMAIN "td-history"

#include "config.h"

#include <glib/gi18n.h>

#include "td-history.h"
#include "td-store-journal.h"

typedef struct {
  gint64   step;       /* the journal's number for it */
  char    *label;
  char    *merge_key;  /* NULL once it may no longer grow */
  gint64   time;       /* monotonic time of its last change */
  guint64  serial;
} Step;

struct _TdHistory
{
  GObject    parent_instance;

  TdStore   *store;
  /* Newest first. */
  GQueue     undo;
  GQueue     redo;
  GTimeSpan  merge_interval;
  guint      max_steps;
  guint64    next_serial;
  /* Moves when the journal is reset, so an Undo under way knows its step is gone. */
  guint      generation;

  /* What was last notified. */
  gboolean   can_undo;
  gboolean   can_redo;
  char      *undo_label;
  char      *redo_label;
};

G_DEFINE_FINAL_TYPE (TdHistory, td_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_free (step->merge_key);
  g_free (step);
}

static const char *
top_label (GQueue *queue)
{
  Step *step = g_queue_peek_head (queue);
  return step != NULL ? step->label : NULL;
}

/* Notifies what changed since the last time. */
static void
update (TdHistory *self)
{
  gboolean can_undo = !g_queue_is_empty (&self->undo);
  gboolean can_redo = !g_queue_is_empty (&self->redo);

  g_object_freeze_notify (G_OBJECT (self));
  if (can_undo != self->can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (g_strcmp0 (top_label (&self->undo), self->undo_label) != 0)
    {
      g_free (self->undo_label);
      self->undo_label = g_strdup (top_label (&self->undo));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
    }
  if (g_strcmp0 (top_label (&self->redo), self->redo_label) != 0)
    {
      g_free (self->redo_label);
      self->redo_label = g_strdup (top_label (&self->redo));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
forget_all (TdHistory *self,
            GQueue    *queue)
{
  Step *step;

  while ((step = g_queue_pop_head (queue)) != NULL)
    {
      td_store_journal_forget (self->store, step->step);
      step_free (step);
    }
}

static void
on_journal_step_cb (TdHistory  *self,
                    gint64      number,
                    const char *label,
                    const char *merge_key,
                    TdStore    *store)
{
  Step *top = g_queue_peek_head (&self->undo);
  gint64 now = g_get_monotonic_time ();

  /* A new change: what was undone cannot be redone over it. */
  forget_all (self, &self->redo);

  if (top != NULL && merge_key != NULL && g_strcmp0 (top->merge_key, merge_key) == 0 &&
      now - top->time < self->merge_interval)
    {
      td_store_journal_merge (self->store, top->step, number);
      top->time = now;
    }
  else
    {
      Step *step = g_new0 (Step, 1);

      step->step = number;
      step->label = g_strdup (label);
      step->merge_key = g_strdup (merge_key);
      step->time = now;
      step->serial = ++self->next_serial;
      g_queue_push_head (&self->undo, step);
      while (g_queue_get_length (&self->undo) > self->max_steps)
        {
          Step *oldest = g_queue_pop_tail (&self->undo);
          td_store_journal_forget (self->store, oldest->step);
          step_free (oldest);
        }
    }
  update (self);
}

static void
on_journal_reset_cb (TdHistory *self,
                     TdStore   *store)
{
  /* The store has forgotten the steps already. */
  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);
  self->generation++;
  update (self);
}

/* Inverts the newest step of @from and moves it to @to. */
static gboolean
invert (TdHistory  *self,
        GQueue     *from,
        GQueue     *to,
        GError    **error)
{
  Step *step = g_queue_pop_head (from);
  guint generation = self->generation;
  gint64 inverse = 0;

  if (step == NULL)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           from == &self->undo ? _("There is nothing to undo")
                                               : _("There is nothing to redo"));
      return FALSE;
    }

  if (!td_store_journal_invert (self->store, step->step, &inverse, error))
    {
      /* Busy, say: it can be tried again, unless the journal was reset meanwhile. */
      if (generation == self->generation)
        g_queue_push_head (from, step);
      else
        step_free (step);
      update (self);
      return FALSE;
    }

  /* Typing after an Undo starts a step of its own. */
  if (g_queue_peek_head (from) != NULL)
    g_clear_pointer (&((Step *) g_queue_peek_head (from))->merge_key, g_free);
  step->step = inverse;
  g_clear_pointer (&step->merge_key, g_free);
  step->serial = ++self->next_serial;
  if (generation == self->generation)
    g_queue_push_head (to, step);
  else
    step_free (step);
  update (self);
  return TRUE;
}

static void
td_history_dispose (GObject *object)
{
  TdHistory *self = (TdHistory *) object;

  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (td_history_parent_class)->dispose (object);
}

static void
td_history_finalize (GObject *object)
{
  TdHistory *self = (TdHistory *) object;

  g_free (self->undo_label);
  g_free (self->redo_label);

  G_OBJECT_CLASS (td_history_parent_class)->finalize (object);
}

static void
td_history_constructed (GObject *object)
{
  TdHistory *self = (TdHistory *) object;

  G_OBJECT_CLASS (td_history_parent_class)->constructed (object);

  g_return_if_fail (TD_IS_STORE (self->store));
  g_signal_connect_object (self->store, "journal-step", G_CALLBACK (on_journal_step_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "journal-reset", G_CALLBACK (on_journal_reset_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
td_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TdHistory *self = TD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, td_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, td_history_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, td_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, td_history_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TdHistory *self = TD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_history_class_init (TdHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = td_history_constructed;
  object_class->dispose = td_history_dispose;
  object_class->finalize = td_history_finalize;
  object_class->get_property = td_history_get_property;
  object_class->set_property = td_history_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_history_init (TdHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->merge_interval = TD_HISTORY_MERGE_INTERVAL;
  self->max_steps = TD_HISTORY_MAX_STEPS;
}

TdHistory *
td_history_new (TdStore *store)
{
  g_return_val_if_fail (TD_IS_STORE (store), NULL);
  return g_object_new (TD_TYPE_HISTORY, "store", store, NULL);
}

TdStore *
td_history_get_store (TdHistory *self)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), NULL);
  return self->store;
}

gboolean
td_history_get_can_undo (TdHistory *self)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->undo);
}

gboolean
td_history_get_can_redo (TdHistory *self)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->redo);
}

const char *
td_history_get_undo_label (TdHistory *self)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), NULL);
  return top_label (&self->undo);
}

const char *
td_history_get_redo_label (TdHistory *self)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), NULL);
  return top_label (&self->redo);
}

guint64
td_history_get_undo_serial (TdHistory *self)
{
  Step *step;

  g_return_val_if_fail (TD_IS_HISTORY (self), 0);
  step = g_queue_peek_head (&self->undo);
  return step != NULL ? step->serial : 0;
}

guint
td_history_get_n_undo (TdHistory *self)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), 0);
  return g_queue_get_length (&self->undo);
}

gboolean
td_history_undo (TdHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), FALSE);
  return invert (self, &self->undo, &self->redo, error);
}

gboolean
td_history_redo (TdHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (TD_IS_HISTORY (self), FALSE);
  return invert (self, &self->redo, &self->undo, error);
}

void
td_history_clear (TdHistory *self)
{
  g_return_if_fail (TD_IS_HISTORY (self));
  forget_all (self, &self->undo);
  forget_all (self, &self->redo);
  update (self);
}

void
td_history_set_merge_interval (TdHistory *self,
                               GTimeSpan  interval)
{
  g_return_if_fail (TD_IS_HISTORY (self));
  self->merge_interval = interval;
}

void
td_history_set_max_steps (TdHistory *self,
                          guint      max_steps)
{
  g_return_if_fail (TD_IS_HISTORY (self));
  self->max_steps = MAX (max_steps, 1);
}
