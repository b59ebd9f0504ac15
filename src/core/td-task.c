/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-task"

#include "config.h"

#include "td-task.h"

struct _TdTask
{
  GObject parent_instance;

  gint64 id;
  int number;
  int quarter;
  int position;
  char *content;
  char *responsible;
  char *start_date;
  char *end_date;
  char *result_note;
  TdTaskStatus status;
  int progress;
  guint milestone : 1;
};

G_DEFINE_FINAL_TYPE (TdTask, td_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_QUARTER,
  PROP_POSITION,
  PROP_CONTENT,
  PROP_RESPONSIBLE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_MILESTONE,
  PROP_STATUS,
  PROP_PROGRESS,
  PROP_RESULT_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Indexed by TdTaskStatus; these are what the database's CHECK allows. */
static const char * const status_strings[] = {
  [TD_TASK_PLANNED] = "planned",
  [TD_TASK_IN_PROGRESS] = "in-progress",
  [TD_TASK_DONE] = "done",
  [TD_TASK_CANCELLED] = "cancelled",
};

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
td_task_finalize (GObject *object)
{
  TdTask *self = (TdTask *)object;

  g_clear_pointer (&self->content, g_free);
  g_clear_pointer (&self->responsible, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->result_note, g_free);

  G_OBJECT_CLASS (td_task_parent_class)->finalize (object);
}

static void
td_task_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TdTask *self = TD_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_QUARTER:
      g_value_set_int (value, self->quarter);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_CONTENT:
      g_value_set_string (value, self->content);
      break;

    case PROP_RESPONSIBLE:
      g_value_set_string (value, self->responsible);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_MILESTONE:
      g_value_set_boolean (value, self->milestone);
      break;

    case PROP_STATUS:
      g_value_set_int (value, (int) self->status);
      break;

    case PROP_PROGRESS:
      g_value_set_int (value, self->progress);
      break;

    case PROP_RESULT_NOTE:
      g_value_set_string (value, self->result_note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_task_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TdTask *self = TD_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      td_task_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      td_task_set_number (self, g_value_get_int (value));
      break;

    case PROP_QUARTER:
      td_task_set_quarter (self, g_value_get_int (value));
      break;

    case PROP_POSITION:
      td_task_set_position (self, g_value_get_int (value));
      break;

    case PROP_CONTENT:
      td_task_set_content (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE:
      td_task_set_responsible (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      td_task_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      td_task_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_MILESTONE:
      td_task_set_milestone (self, g_value_get_boolean (value));
      break;

    case PROP_STATUS:
      td_task_set_status (self, (TdTaskStatus) g_value_get_int (value));
      break;

    case PROP_PROGRESS:
      td_task_set_progress (self, g_value_get_int (value));
      break;

    case PROP_RESULT_NOTE:
      td_task_set_result_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_task_class_init (TdTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_task_finalize;
  object_class->get_property = td_task_get_property;
  object_class->set_property = td_task_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_QUARTER] =
    g_param_spec_int ("quarter", NULL, NULL,
                      1, 4, 1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTENT] =
    g_param_spec_string ("content", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_RESPONSIBLE] =
    g_param_spec_string ("responsible", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MILESTONE] =
    g_param_spec_boolean ("milestone", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /* A plain int (a TdTaskStatus) rather than a registered enum: nothing binds it by
   * nick, and the database stores the strings from td_task_status_to_string(). */
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      TD_TASK_PLANNED, TD_TASK_CANCELLED, TD_TASK_PLANNED,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_PROGRESS] =
    g_param_spec_int ("progress", NULL, NULL,
                      0, 100, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_RESULT_NOTE] =
    g_param_spec_string ("result-note", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_task_init (TdTask *self)
{
  self->quarter = 1;
  self->status = TD_TASK_PLANNED;
  self->content = g_strdup ("");
  self->responsible = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->result_note = g_strdup ("");
}

const char *
td_task_status_to_string (TdTaskStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_strings), NULL);

  return status_strings[status];
}

int
td_task_status_from_string (const char *str)
{
  if (str == NULL)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (status_strings); i++)
    {
      if (g_str_equal (str, status_strings[i]))
        return (int) i;
    }

  return -1;
}

TdTask *
td_task_new (void)
{
  return g_object_new (TD_TYPE_TASK, NULL);
}

gint64
td_task_get_id (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), 0);

  return self->id;
}

void
td_task_set_id (TdTask *self,
                gint64  id)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

int
td_task_get_number (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), 0);

  return self->number;
}

void
td_task_set_number (TdTask *self,
                    int     number)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

int
td_task_get_quarter (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), 0);

  return self->quarter;
}

void
td_task_set_quarter (TdTask *self,
                     int     quarter)
{
  g_return_if_fail (TD_IS_TASK (self));
  g_return_if_fail (quarter >= 1 && quarter <= 4);

  if (self->quarter == quarter)
    return;

  self->quarter = quarter;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUARTER]);
}

int
td_task_get_position (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), 0);

  return self->position;
}

void
td_task_set_position (TdTask *self,
                      int     position)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
td_task_get_content (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), NULL);

  return self->content;
}

void
td_task_set_content (TdTask     *self,
                     const char *content)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (set_string (&self->content, content))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

const char *
td_task_get_responsible (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), NULL);

  return self->responsible;
}

void
td_task_set_responsible (TdTask     *self,
                         const char *responsible)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (set_string (&self->responsible, responsible))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE]);
}

const char *
td_task_get_start_date (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), NULL);

  return self->start_date;
}

void
td_task_set_start_date (TdTask     *self,
                        const char *start_date)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (set_string (&self->start_date, start_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
td_task_get_end_date (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), NULL);

  return self->end_date;
}

void
td_task_set_end_date (TdTask     *self,
                      const char *end_date)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (set_string (&self->end_date, end_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

gboolean
td_task_get_milestone (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), FALSE);

  return self->milestone;
}

void
td_task_set_milestone (TdTask   *self,
                       gboolean  milestone)
{
  g_return_if_fail (TD_IS_TASK (self));

  milestone = !!milestone;

  if (self->milestone == (guint) milestone)
    return;

  self->milestone = milestone;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MILESTONE]);
}

TdTaskStatus
td_task_get_status (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), TD_TASK_PLANNED);

  return self->status;
}

void
td_task_set_status (TdTask       *self,
                    TdTaskStatus  status)
{
  g_return_if_fail (TD_IS_TASK (self));
  g_return_if_fail ((guint) status < G_N_ELEMENTS (status_strings));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
td_task_get_progress (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), 0);

  return self->progress;
}

void
td_task_set_progress (TdTask *self,
                      int     progress)
{
  g_return_if_fail (TD_IS_TASK (self));
  g_return_if_fail (progress >= 0 && progress <= 100);

  if (self->progress == progress)
    return;

  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

const char *
td_task_get_result_note (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), NULL);

  return self->result_note;
}

void
td_task_set_result_note (TdTask     *self,
                         const char *result_note)
{
  g_return_if_fail (TD_IS_TASK (self));

  if (set_string (&self->result_note, result_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT_NOTE]);
}

gboolean
td_task_is_blank (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), TRUE);

  /* Text pasted from a word processor may hold no-break or ideographic spaces only. */
  for (const char *p = self->content; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}
