/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-task"

#include "config.h"

#include "td-model.h"
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
  int status;          /* TdTaskStatus */
  int progress;
  gboolean milestone;
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

static void
td_task_class_init (TdTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  properties[PROP_ID] = td_model_param_int64 ("id", G_STRUCT_OFFSET (TdTask, id));

  properties[PROP_NUMBER] =
    td_model_param_int ("number", G_MININT, G_MAXINT, 0,
                        G_STRUCT_OFFSET (TdTask, number));

  properties[PROP_QUARTER] =
    td_model_param_int ("quarter", 1, 4, 1,
                        G_STRUCT_OFFSET (TdTask, quarter));

  properties[PROP_POSITION] =
    td_model_param_int ("position", G_MININT, G_MAXINT, 0,
                        G_STRUCT_OFFSET (TdTask, position));

  properties[PROP_CONTENT] =
    td_model_param_string ("content", "", G_STRUCT_OFFSET (TdTask, content));

  properties[PROP_RESPONSIBLE] =
    td_model_param_string ("responsible", "", G_STRUCT_OFFSET (TdTask, responsible));

  properties[PROP_START_DATE] =
    td_model_param_string ("start-date", "", G_STRUCT_OFFSET (TdTask, start_date));

  properties[PROP_END_DATE] =
    td_model_param_string ("end-date", "", G_STRUCT_OFFSET (TdTask, end_date));

  properties[PROP_MILESTONE] =
    td_model_param_boolean ("milestone", FALSE, G_STRUCT_OFFSET (TdTask, milestone));

  /* A plain int (a TdTaskStatus) rather than a registered enum: nothing binds it by
   * nick, and the database stores the strings from td_task_status_to_string(). */
  properties[PROP_STATUS] =
    td_model_param_int ("status", TD_TASK_PLANNED, TD_TASK_CANCELLED, TD_TASK_PLANNED,
                        G_STRUCT_OFFSET (TdTask, status));

  properties[PROP_PROGRESS] =
    td_model_param_int ("progress", 0, 100, 0,
                        G_STRUCT_OFFSET (TdTask, progress));

  properties[PROP_RESULT_NOTE] =
    td_model_param_string ("result-note", "", G_STRUCT_OFFSET (TdTask, result_note));

  td_model_class_init (object_class, properties, N_PROPS);
}

static void
td_task_init (TdTask *self)
{
  td_model_init (self);
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

  td_model_set_int64 (self, &self->id, id, properties[PROP_ID]);
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

  td_model_set_int (self, &self->number, number, properties[PROP_NUMBER]);
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

  td_model_set_int (self, &self->quarter, quarter, properties[PROP_QUARTER]);
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

  td_model_set_int (self, &self->position, position, properties[PROP_POSITION]);
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

  td_model_set_string (self, &self->content, content, properties[PROP_CONTENT]);
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

  td_model_set_string (self, &self->responsible, responsible, properties[PROP_RESPONSIBLE]);
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

  td_model_set_string (self, &self->start_date, start_date, properties[PROP_START_DATE]);
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

  td_model_set_string (self, &self->end_date, end_date, properties[PROP_END_DATE]);
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

  td_model_set_boolean (self, &self->milestone, milestone, properties[PROP_MILESTONE]);
}

TdTaskStatus
td_task_get_status (TdTask *self)
{
  g_return_val_if_fail (TD_IS_TASK (self), TD_TASK_PLANNED);

  return (TdTaskStatus) self->status;
}

void
td_task_set_status (TdTask       *self,
                    TdTaskStatus  status)
{
  g_return_if_fail (TD_IS_TASK (self));
  g_return_if_fail ((guint) status < G_N_ELEMENTS (status_strings));

  td_model_set_int (self, &self->status, (int) status, properties[PROP_STATUS]);
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

  td_model_set_int (self, &self->progress, progress, properties[PROP_PROGRESS]);
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

  td_model_set_string (self, &self->result_note, result_note, properties[PROP_RESULT_NOTE]);
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
