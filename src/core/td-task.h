/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TD_TYPE_TASK (td_task_get_type ())
G_DECLARE_FINAL_TYPE (TdTask, td_task, TD, TASK, GObject)

typedef enum {
  TD_TASK_PLANNED,
  TD_TASK_IN_PROGRESS,
  TD_TASK_DONE,
  TD_TASK_CANCELLED,
} TdTaskStatus;

/* The text stored in the task table's status column, and back (-1 when unknown). */
const char  *td_task_status_to_string      (TdTaskStatus status);
int          td_task_status_from_string    (const char  *str);

/* Dates are ISO "YYYY-MM-DD". number is the continuous number printed in the plan (1, 2, …). */
TdTask      *td_task_new                   (void);
gint64       td_task_get_id                (TdTask      *self);
void         td_task_set_id                (TdTask      *self,
                                            gint64       id);
int          td_task_get_number            (TdTask      *self);
void         td_task_set_number            (TdTask      *self,
                                            int          number);
int          td_task_get_quarter           (TdTask      *self);
void         td_task_set_quarter           (TdTask      *self,
                                            int          quarter);
int          td_task_get_position          (TdTask      *self);
void         td_task_set_position          (TdTask      *self,
                                            int          position);
const char  *td_task_get_content           (TdTask      *self);
void         td_task_set_content           (TdTask      *self,
                                            const char  *content);
const char  *td_task_get_responsible       (TdTask      *self);
void         td_task_set_responsible       (TdTask      *self,
                                            const char  *responsible);
const char  *td_task_get_start_date        (TdTask      *self);
void         td_task_set_start_date        (TdTask      *self,
                                            const char  *start_date);
const char  *td_task_get_end_date          (TdTask      *self);
void         td_task_set_end_date          (TdTask      *self,
                                            const char  *end_date);
gboolean     td_task_get_milestone         (TdTask      *self);
void         td_task_set_milestone         (TdTask      *self,
                                            gboolean     milestone);
TdTaskStatus td_task_get_status            (TdTask      *self);
void         td_task_set_status            (TdTask      *self,
                                            TdTaskStatus status);
int          td_task_get_progress          (TdTask      *self);
void         td_task_set_progress          (TdTask      *self,
                                            int          progress);
const char  *td_task_get_result_note       (TdTask      *self);
void         td_task_set_result_note       (TdTask      *self,
                                            const char  *result_note);

/* TRUE while the task has no content but spaces (a task just added): the plan shows it
 * with a hint, the printed plan leaves it out. */
gboolean     td_task_is_blank              (TdTask      *self);

G_END_DECLS
