/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline's model: the year and its calendar, the tasks, and the rows that the
 * filters and the collapsed quarters leave, with the keyboard's steps through them. Where
 * things are on screen is in td-timeline-layout-geometry.c.
 */
#define G_LOG_DOMAIN "td-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "td-timeline-layout-private.h"

#define LOOK_AHEAD_DAYS 30

/* The calendar ---------------------------------------------------------------------------- */

static void
set_year (TdTimelineLayout *self,
          int               year)
{
  self->year = year;
  self->epoch = td_date_to_days (year, 1, 1);
  self->n_days = td_date_days_in_year (year);
  self->month_first[0] = 0;
  for (int m = 1; m <= 12; m++)
    self->month_first[m] = self->month_first[m - 1] + td_date_days_in_month (year, m);
}

static int
today (TdTimelineLayout *self)
{
  if (!self->has_today)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      return (int) (td_date_to_days (g_date_time_get_year (now), g_date_time_get_month (now),
                                     g_date_time_get_day_of_month (now)) - self->epoch);
    }
  return (int) (self->today_epoch - self->epoch);
}

/* Tasks and rows ----------------------------------------------------------------------------- */

/* Once the year has ended, what was recorded is what the year's report says: a task not
 * done is shown as not started or in progress, as saved, rather than every one of them in
 * the overdue colour. */
static TdTimelineStatus
display_status (TdTimelineLayout *self,
                TdTaskStatus      stored,
                int               end,
                int               today_day)
{
  gboolean overdue = end < today_day && today_day < self->n_days;

  switch (stored)
    {
    case TD_TASK_CANCELLED:
      return TD_TIMELINE_CANCELLED;
    case TD_TASK_DONE:
      return TD_TIMELINE_DONE;
    case TD_TASK_IN_PROGRESS:
      return overdue ? TD_TIMELINE_OVERDUE : TD_TIMELINE_IN_PROGRESS;
    case TD_TASK_PLANNED:
    default:
      return overdue ? TD_TIMELINE_OVERDUE : TD_TIMELINE_PLANNED;
    }
}

static void
update_statuses (TdTimelineLayout *self)
{
  int t = today (self);

  for (guint i = 0; i < self->tasks->len; i++)
    {
      TdTimelineTask *task = &g_array_index (self->tasks, TdTimelineTask, i);

      task->status = display_status (self, task->stored, task->end, t);
    }
}

static gboolean
has_unit (TdTimelineLayout *self,
          gint64            id,
          const char       *unit)
{
  const char * const *names = g_hash_table_lookup (self->units, &id);

  return names != NULL && g_strv_contains (names, unit);
}

static gboolean
task_passes (TdTimelineLayout     *self,
             const TdTimelineTask *task,
             int                   first,
             int                   last)
{
  if (self->filter_statuses != 0 && (self->filter_statuses & (1u << task->status)) == 0)
    return FALSE;
  if (self->filter_view == TD_TIMELINE_VIEW_OVERDUE && task->status != TD_TIMELINE_OVERDUE)
    return FALSE;
  if (self->filter_view != TD_TIMELINE_VIEW_ALL && self->filter_view != TD_TIMELINE_VIEW_OVERDUE &&
      (task->end < first || task->start > last))
    return FALSE;
  if (self->filter_unit != NULL && !has_unit (self, task->id, self->filter_unit))
    return FALSE;
  return TRUE;
}

/* The days a look-ahead view covers, from the plan year's 1 January. */
static void
view_days (TdTimelineLayout *self,
           int              *first,
           int              *last)
{
  int t = today (self);

  *first = G_MININT;
  *last = G_MAXINT;
  if (self->filter_view == TD_TIMELINE_VIEW_THIS_QUARTER)
    {
      int y, m, d, q;

      td_date_from_days (self->epoch + t, &y, &m, &d);
      q = (m - 1) / 3;
      *first = (int) (td_date_to_days (y, q * 3 + 1, 1) - self->epoch);
      *last = (int) (td_date_to_days (q == 3 ? y + 1 : y, q == 3 ? 1 : q * 3 + 4, 1) -
                     self->epoch) - 1;
    }
  else if (self->filter_view == TD_TIMELINE_VIEW_NEXT_30_DAYS)
    {
      *first = t;
      *last = t + LOOK_AHEAD_DAYS;
    }
}

static void
rebuild_rows (TdTimelineLayout *self)
{
  gboolean filtered = td_timeline_layout_is_filtered (self);
  int first, last;

  view_days (self, &first, &last);
  g_array_set_size (self->rows, 0);
  memset (self->counts, 0, sizeof self->counts);
  for (guint i = 0; i < self->tasks->len; i++)
    g_array_index (self->tasks, TdTimelineTask, i).row = G_MAXUINT;

  for (int q = 1; q <= TD_N_QUARTERS; q++)
    {
      guint header = self->rows->len;
      TdTimelineRow row = { TD_TIMELINE_ROW_QUARTER, q, G_MAXUINT, 0 };
      guint n = 0;

      self->quarter_row[q] = G_MAXUINT;
      if (self->filter_quarter != 0 && self->filter_quarter != q)
        continue;

      g_array_append_val (self->rows, row);
      /* Tasks come in plan order, by quarter; one pass per quarter keeps the groups right
       * even if they did not. */
      for (guint i = 0; i < self->tasks->len; i++)
        {
          TdTimelineTask *task = &g_array_index (self->tasks, TdTimelineTask, i);
          TdTimelineRow task_row = { TD_TIMELINE_ROW_TASK, q, i, 0 };

          if (task->quarter != q || !task_passes (self, task, first, last))
            continue;
          n++;
          self->counts[task->status]++;
          if (self->collapsed[q])
            continue;
          task->row = self->rows->len;
          g_array_append_val (self->rows, task_row);
        }

      if (n == 0 && filtered)
        {
          g_array_set_size (self->rows, header);
          continue;
        }
      g_array_index (self->rows, TdTimelineRow, header).n_tasks = n;
      self->quarter_row[q] = header;
    }
  self->serial++;
}

/* Life -------------------------------------------------------------------------------------- */

static void
clear_task (gpointer data)
{
  TdTimelineTask *task = data;

  g_clear_object (&task->task);
}

TdTimelineLayout *
td_timeline_layout_new (void)
{
  TdTimelineLayout *self = g_new0 (TdTimelineLayout, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->tasks = g_array_new (FALSE, TRUE, sizeof (TdTimelineTask));
  g_array_set_clear_func (self->tasks, clear_task);
  self->index_of_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) g_strfreev);
  self->rows = g_array_new (FALSE, TRUE, sizeof (TdTimelineRow));
  self->ppd = 1.0;
  self->zoom = TD_TIMELINE_ZOOM_YEAR;
  td_timeline_layout_set_scale (self, 1.0);
  set_year (self, g_date_time_get_year (now));
  rebuild_rows (self);
  return self;
}

void
td_timeline_layout_free (TdTimelineLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->tasks);
  g_array_unref (self->rows);
  g_hash_table_unref (self->index_of_id);
  g_hash_table_unref (self->units);
  g_free (self->filter_unit);
  g_free (self);
}

/* Model ------------------------------------------------------------------------------------- */

void
td_timeline_layout_set_year (TdTimelineLayout *self,
                             int               year)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (year >= 1 && year <= 9999);

  if (year == self->year)
    return;
  set_year (self, year);
  td_timeline_layout_refit (self);
  /* Days count from the new 1 January: read the tasks again. */
  if (self->tasks->len > 0)
    {
      g_autoptr(GListStore) again = g_list_store_new (TD_TYPE_TASK);

      for (guint i = 0; i < self->tasks->len; i++)
        g_list_store_append (again, g_array_index (self->tasks, TdTimelineTask, i).task);
      td_timeline_layout_set_tasks (self, G_LIST_MODEL (again));
    }
  else
    rebuild_rows (self);
}

int
td_timeline_layout_get_year (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

int
td_timeline_layout_get_n_days (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 365);
  return self->n_days;
}

void
td_timeline_layout_set_today (TdTimelineLayout *self,
                              const char       *today_iso)
{
  gint64 epoch = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (today_iso == NULL || td_date_iso_to_days (today_iso, &epoch));

  self->has_today = today_iso != NULL;
  self->today_epoch = epoch;
  update_statuses (self);
  rebuild_rows (self);
}

int
td_timeline_layout_get_today (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return today (self);
}

gboolean
td_timeline_layout_year_has_ended (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return today (self) >= self->n_days;
}

/* Fills @entry from @task, whose reference it takes. */
static void
fill_entry (TdTimelineLayout *self,
            TdTimelineTask   *entry,
            TdTask           *task,
            int               t)
{
  int quarter = CLAMP (td_task_get_quarter (task), 1, 4);
  int q_first = self->month_first[quarter * 3 - 3];
  int q_last = self->month_first[quarter * 3] - 1;
  gint64 start, end;

  entry->task = task;
  entry->id = td_task_get_id (task);
  entry->number = td_task_get_number (task);
  entry->quarter = quarter;
  entry->content = td_task_get_content (task);
  entry->responsible = td_task_get_responsible (task);
  entry->milestone = td_task_get_milestone (task);
  entry->stored = td_task_get_status (task);
  entry->progress = entry->stored == TD_TASK_DONE ? 100
                    : CLAMP (td_task_get_progress (task), 0, 100);

  /* The plan names only the quarter: blank dates are its bounds. */
  entry->start = td_date_iso_to_days (td_task_get_start_date (task), &start)
                 ? (int) CLAMP (start - self->epoch, -100000, 100000) : q_first;
  entry->end = td_date_iso_to_days (td_task_get_end_date (task), &end)
               ? (int) CLAMP (end - self->epoch, -100000, 100000) : q_last;
  if (entry->milestone)
    entry->end = entry->start;
  entry->end = MAX (entry->end, entry->start);
  entry->status = display_status (self, entry->stored, entry->end, t);
  entry->row = G_MAXUINT;
}

void
td_timeline_layout_set_tasks (TdTimelineLayout *self,
                              GListModel       *tasks)
{
  guint n;
  int t;

  g_return_if_fail (self != NULL);
  g_return_if_fail (tasks == NULL || G_IS_LIST_MODEL (tasks));

  n = tasks != NULL ? g_list_model_get_n_items (tasks) : 0;
  t = today (self);
  g_hash_table_remove_all (self->index_of_id);
  g_array_set_size (self->tasks, 0);
  g_array_set_size (self->tasks, n);

  for (guint i = 0; i < n; i++)
    {
      TdTimelineTask *entry = &g_array_index (self->tasks, TdTimelineTask, i);

      fill_entry (self, entry, g_list_model_get_item (tasks, i), t);
      g_hash_table_insert (self->index_of_id, &entry->id, GUINT_TO_POINTER (i + 1));
    }
  rebuild_rows (self);
}

gboolean
td_timeline_layout_update_task (TdTimelineLayout *self,
                                TdTask           *task)
{
  guint index;
  TdTimelineTask *entry;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (TD_IS_TASK (task), FALSE);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of_id,
                                                 &(gint64) { td_task_get_id (task) }));
  if (index == 0)
    return FALSE;
  entry = &g_array_index (self->tasks, TdTimelineTask, index - 1);
  /* Another quarter or number is another place in the rows: set_tasks, not this. */
  if (entry->quarter != CLAMP (td_task_get_quarter (task), 1, 4) ||
      entry->number != td_task_get_number (task))
    return FALSE;

  g_clear_object (&entry->task);
  fill_entry (self, entry, g_object_ref (task), today (self));
  /* Its row stays; a filter on status or dates may show or hide it now. */
  rebuild_rows (self);
  return TRUE;
}

void
td_timeline_layout_set_task_units (TdTimelineLayout   *self,
                                   gint64              task_id,
                                   const char * const *unit_names)
{
  g_return_if_fail (self != NULL);

  if (unit_names == NULL || unit_names[0] == NULL)
    g_hash_table_remove (self->units, &task_id);
  else
    g_hash_table_insert (self->units, g_memdup2 (&task_id, sizeof task_id),
                         g_strdupv ((char **) unit_names));
  if (self->filter_unit != NULL)
    rebuild_rows (self);
}

const char * const *
td_timeline_layout_get_task_units (TdTimelineLayout *self,
                                   gint64            task_id)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_hash_table_lookup (self->units, &task_id);
}

gboolean
td_timeline_layout_task_has_unit (TdTimelineLayout *self,
                                  gint64            task_id,
                                  const char       *unit)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);
  return has_unit (self, task_id, unit);
}

guint
td_timeline_layout_get_serial (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->serial;
}

/* Rows, filters, groups ---------------------------------------------------------------------- */

void
td_timeline_layout_set_filter (TdTimelineLayout       *self,
                               const TdTimelineFilter *filter)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (filter == NULL || (filter->quarter >= 0 && filter->quarter <= 4));

  g_clear_pointer (&self->filter_unit, g_free);
  self->filter_quarter = filter != NULL ? filter->quarter : 0;
  self->filter_unit = filter != NULL && filter->unit != NULL && filter->unit[0] != '\0'
                      ? g_strdup (filter->unit) : NULL;
  self->filter_statuses = filter != NULL ? filter->statuses & TD_TIMELINE_STATUS_ALL : 0;
  if (self->filter_statuses == TD_TIMELINE_STATUS_ALL)
    self->filter_statuses = 0;
  self->filter_view = filter != NULL ? filter->view : TD_TIMELINE_VIEW_ALL;
  rebuild_rows (self);
}

gboolean
td_timeline_layout_is_filtered (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->filter_quarter != 0 || self->filter_unit != NULL || self->filter_statuses != 0 ||
         self->filter_view != TD_TIMELINE_VIEW_ALL;
}

void
td_timeline_layout_set_collapsed (TdTimelineLayout *self,
                                  int               quarter,
                                  gboolean          collapsed)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (quarter >= 1 && quarter <= 4);

  if (self->collapsed[quarter] == !!collapsed)
    return;
  self->collapsed[quarter] = !!collapsed;
  rebuild_rows (self);
}

gboolean
td_timeline_layout_get_collapsed (TdTimelineLayout *self,
                                  int               quarter)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, FALSE);
  return self->collapsed[quarter];
}

guint
td_timeline_layout_get_n_rows (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

const TdTimelineRow *
td_timeline_layout_get_row (TdTimelineLayout *self,
                            guint             row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  return &g_array_index (self->rows, TdTimelineRow, row);
}

guint
td_timeline_layout_get_n_tasks (TdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->tasks->len;
}

const TdTimelineTask *
td_timeline_layout_get_task (TdTimelineLayout *self,
                             guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->tasks->len, NULL);
  return &g_array_index (self->tasks, TdTimelineTask, index);
}

guint
td_timeline_layout_find_task (TdTimelineLayout *self,
                              gint64            task_id)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of_id, &task_id)) - 1;
}

guint
td_timeline_layout_quarter_row (TdTimelineLayout *self,
                                int               quarter)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, G_MAXUINT);
  return self->quarter_row[quarter];
}

guint
td_timeline_layout_count_status (TdTimelineLayout *self,
                                 TdTimelineStatus  status)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (status < TD_TIMELINE_N_STATUSES, 0);
  return self->counts[status];
}

/* Keyboard ---------------------------------------------------------------------------------- */

static gboolean
row_qualifies (TdTimelineLayout *self,
               guint             row,
               gboolean          tasks_only)
{
  return !tasks_only ||
         g_array_index (self->rows, TdTimelineRow, row).kind == TD_TIMELINE_ROW_TASK;
}

guint
td_timeline_layout_step_row (TdTimelineLayout *self,
                             guint             row,
                             int               delta,
                             gboolean          tasks_only)
{
  gint64 pos, n;
  guint found = G_MAXUINT;
  int dir, remaining;

  g_return_val_if_fail (self != NULL, G_MAXUINT);

  n = self->rows->len;
  if (n == 0)
    return G_MAXUINT;

  dir = delta >= 0 ? 1 : -1;
  remaining = ABS (delta);
  if (row >= n)
    {
      pos = dir > 0 ? -1 : n;
      remaining = MAX (remaining, 1);
    }
  else
    {
      pos = row;
      if (row_qualifies (self, row, tasks_only))
        found = row;
    }

  while (remaining > 0)
    {
      pos += dir;
      if (pos < 0 || pos >= n)
        break;
      if (row_qualifies (self, (guint) pos, tasks_only))
        {
          found = (guint) pos;
          remaining--;
        }
    }
  return found != G_MAXUINT ? found : row < n ? row : G_MAXUINT;
}

guint
td_timeline_layout_step_quarter (TdTimelineLayout *self,
                                 guint             row,
                                 int               delta)
{
  int quarter, dir;

  g_return_val_if_fail (self != NULL, row);

  if (delta == 0)
    return row;
  dir = delta > 0 ? 1 : -1;
  quarter = row < self->rows->len ? g_array_index (self->rows, TdTimelineRow, row).quarter
                                  : dir > 0 ? 0 : 5;
  for (int q = quarter + dir; q >= 1 && q <= 4; q += dir)
    {
      guint header, first, end;

      if (td_timeline_layout_quarter_rows (self, q, &header, &first, &end) && first < end)
        return first;
    }
  return row;
}

gboolean
td_timeline_layout_quarter_rows (TdTimelineLayout *self,
                                 int               quarter,
                                 guint            *header,
                                 guint            *first,
                                 guint            *end)
{
  guint h;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, FALSE);

  h = self->quarter_row[quarter];
  if (header != NULL)
    *header = h;
  if (h == G_MAXUINT)
    {
      if (first != NULL)
        *first = G_MAXUINT;
      if (end != NULL)
        *end = G_MAXUINT;
      return FALSE;
    }
  if (first != NULL)
    *first = h + 1;
  if (end != NULL)
    *end = h + 1 + (self->collapsed[quarter] ? 0
                    : g_array_index (self->rows, TdTimelineRow, h).n_tasks);
  return TRUE;
}

/* Words ------------------------------------------------------------------------------------- */

const char *
td_timeline_month_label (int      month,
                         gboolean abbreviated)
{
  static const char * const shorts[] = {
    "Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12",
  };
  static const char * const longs[] = {
    "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8",
    "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12",
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return abbreviated ? shorts[month - 1] : longs[month - 1];
}

/* The status words, each once: the msgid the window translates and the words printed,
 * which are what the Vietnamese translation says, so that paper and screen read alike
 * (tests/test-timeline-doc.c holds them together). */
static const struct {
  const char *msgid;
  const char *printed;
} status_words[TD_TIMELINE_N_STATUSES] = {
  [TD_TIMELINE_PLANNED] = { N_("Planned"), "Đã lên kế hoạch" },
  [TD_TIMELINE_IN_PROGRESS] = { N_("In progress"), "Đang thực hiện" },
  [TD_TIMELINE_DONE] = { N_("Done"), "Hoàn thành" },
  [TD_TIMELINE_OVERDUE] = { N_("Overdue"), "Quá hạn" },
  [TD_TIMELINE_CANCELLED] = { N_("Cancelled"), "Đã hủy" },
};

const char *
td_timeline_status_doc_label (TdTimelineStatus status)
{
  g_return_val_if_fail (status < TD_TIMELINE_N_STATUSES, "");
  return status_words[status].printed;
}

const char *
td_timeline_status_msgid (TdTimelineStatus status)
{
  g_return_val_if_fail (status < TD_TIMELINE_N_STATUSES, "");
  return status_words[status].msgid;
}
