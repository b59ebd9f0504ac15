/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include "td-task.h"

G_BEGIN_DECLS

/* The columns of the tasks of a year, as the CSV and XLSX exports write them and the
 * CSV import reads them back. */
typedef enum {
  TD_TASK_COLUMN_QUARTER,      /* I … IV */
  TD_TASK_COLUMN_NUMBER,       /* 1, 2, … across the year, as printed; not read back */
  TD_TASK_COLUMN_CONTENT,
  TD_TASK_COLUMN_RESPONSIBLE,  /* free text, as printed */
  TD_TASK_COLUMN_UNITS,        /* the linked units, "; " between them */
  TD_TASK_COLUMN_START,        /* dd/mm/yyyy */
  TD_TASK_COLUMN_END,
  TD_TASK_COLUMN_MILESTONE,    /* "yes" or blank */
  TD_TASK_COLUMN_STATUS,
  TD_TASK_COLUMN_PROGRESS,     /* 0–100 */
  TD_TASK_COLUMN_RESULT,
  TD_N_TASK_COLUMNS
} TdTaskColumn;

/* The column's title in the header row, translated. */
const char *td_task_column_title      (TdTaskColumn  column);

/* The column a header cell names, in English or in the language of the user; -1 when
 * none. */
int         td_task_column_from_title (const char   *title);

/* What a cell of @column holds for @task, whose linked units are @units. */
char       *td_task_column_text       (TdTaskColumn        column,
                                       TdTask             *task,
                                       const char * const *units);

/* A date as a user types it, "31/12/2022" or "2022-12-31" (a year of two digits is
 * refused): the ISO date, or NULL when it is not a real date. */
char       *td_task_column_parse_date (const char   *text);

/* Sets the field @column of @task from @text (spaces at the ends removed), and @units
 * for TD_TASK_COLUMN_UNITS; a blank quarter leaves the task's as it is. FALSE with a message that names the column and the value
 * ("the end date 31/02/2022 is not a date") when @text cannot be read. */
gboolean    td_task_column_read       (TdTaskColumn  column,
                                       TdTask       *task,
                                       const char   *text,
                                       GStrv        *units,
                                       GError      **error);

G_END_DECLS
