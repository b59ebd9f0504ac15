/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The plan editor's dates. The plan's date of issue is typed like a task's, dd/mm/yyyy, but
 * may be left blank, or blank but for its month, for the clerk to write in once the plan is
 * signed. Beside every date, a calendar opens on the date typed and writes the day picked
 * into the field as if it were typed.
 */
#define G_LOG_DOMAIN "td-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-plan-editor-private.h"

/* The date of issue ------------------------------------------------------------------------- */

char *
_td_plan_editor_issue_text (TdPlanEditor *self,
                            TdPlan       *plan)
{
  const char *iso = td_plan_get_issue_date (plan);
  int month = td_plan_get_issue_month (plan);

  if (td_date_is_valid_iso (iso))
    return td_date_format_typed (iso);
  /* @plan may hold only what waits to be saved: the year is the plan's shown. */
  if (month > 0 && self->plan != NULL)
    return g_strdup_printf ("%02d/%d", month, td_plan_get_year (self->plan));
  return g_strdup ("");
}

gboolean
_td_plan_editor_read_issue_date (TdPlanEditor  *self,
                                 char         **iso,
                                 int           *month,
                                 GError       **error)
{
  g_autofree char *text = _td_plan_editor_text_of (GTK_WIDGET (self->issue_row));
  int plan_year, year, day;

  g_assert (self->plan != NULL);

  plan_year = td_plan_get_year (self->plan);
  if (!td_date_parse_typed_partial (text, &year, month, &day, error))
    return FALSE;
  /* A whole date is printed with its own year, which may be the one before the plan's; a
   * blank day, with the plan's year ("ngày     tháng 12 năm 2023"). */
  if (day == 0 && year != 0 && year != plan_year)
    {
      g_set_error (error, TD_DATE_ERROR, TD_DATE_ERROR_FORMAT,
                   /* Translators: "12/2022: with the day left blank, the plan's year 2023
                    * is printed; type the whole date for another year" */
                   _("%s: with the day left blank, the plan’s year %d is printed; type the "
                     "whole date for another year"), text, plan_year);
      return FALSE;
    }
  *iso = day > 0 ? g_strdup_printf ("%04d-%02d-%02d", year, *month, day) : g_strdup ("");
  return TRUE;
}

/* The calendars ------------------------------------------------------------------------------ */

/* The day a calendar beside @row opens on: the date typed; for an issue date typed in part,
 * its month or year, and today when none is typed; for a task's, the plan's first day. */
static GDateTime *
date_to_show (TdPlanEditor *self,
              GtkWidget    *row)
{
  g_autofree char *text = _td_plan_editor_text_of (row);
  int year, month, day;

  if (row == GTK_WIDGET (self->issue_row))
    {
      if (!td_date_parse_typed_partial (text, &year, &month, &day, NULL) || year == 0)
        return g_date_time_new_now_local ();
      return g_date_time_new_local (year, MAX (month, 1), MAX (day, 1), 0, 0, 0);
    }

  if (td_date_parse_typed_partial (text, &year, &month, &day, NULL) && day > 0)
    return g_date_time_new_local (year, month, day, 0, 0, 0);
  return g_date_time_new_local (td_plan_get_year (self->plan), 1, 1, 0, 0, 0);
}

/* Set each time it opens: the date typed may have changed since it last did. */
static void
on_date_popover_show_cb (GtkPopover   *popover,
                         TdPlanEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (popover), "td-date-row");
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autoptr(GDateTime) shown = NULL;

  if (self->plan == NULL)
    return;
  shown = date_to_show (self, row);
  self->picking = TRUE;
  gtk_calendar_select_day (calendar, shown);
  self->picking = FALSE;
}

/* A day picked: written into the field as if typed, and saved at once. */
static void
on_day_selected_cb (GtkCalendar  *calendar,
                    TdPlanEditor *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  GtkWidget *row = g_object_get_data (G_OBJECT (popover), "td-date-row");
  g_autoptr(GDateTime) picked = NULL;
  g_autofree char *text = NULL;

  if (self->picking)
    return;
  picked = gtk_calendar_get_date (calendar);
  text = g_date_time_format (picked, "%d/%m/%Y");
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_popover_popdown (GTK_POPOVER (popover));
  _td_plan_editor_save_now (self);
}

void
_td_plan_editor_init_dates (TdPlanEditor *self)
{
  struct {
    GtkPopover  *popover;
    GtkCalendar *calendar;
    AdwEntryRow *row;
  } pickers[] = {
    { self->issue_popover, self->issue_calendar, self->issue_row },
    { self->start_popover, self->start_calendar, self->start_row },
    { self->end_popover, self->end_calendar, self->end_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pickers); i++)
    {
      g_assert (gtk_popover_get_child (pickers[i].popover) == GTK_WIDGET (pickers[i].calendar));
      g_object_set_data (G_OBJECT (pickers[i].popover), "td-date-row", pickers[i].row);
      g_signal_connect_object (pickers[i].popover, "show",
                               G_CALLBACK (on_date_popover_show_cb), self, 0);
      g_signal_connect_object (pickers[i].calendar, "day-selected",
                               G_CALLBACK (on_day_selected_cb), self, 0);
    }
}
