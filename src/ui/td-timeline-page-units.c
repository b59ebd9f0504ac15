/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline page's unit pane: the units with their counts of the year's tasks, read
 * from the store when the pane can be seen; the unit chosen there highlighted on the
 * timeline; the selected task's units marked there.
 */
#define G_LOG_DOMAIN "td-timeline-page"

#include "config.h"

#include <glib/gi18n.h>

#include "td-store-subjects.h"
#include "td-timeline-page-private.h"
#include "td-toast.h"

/* The units of the task selected on the timeline, marked in the pane. */
void
_td_timeline_page_mark_units (TdTimelinePage *self)
{
  TdTimelineLayout *layout = td_timeline_get_layout (self->timeline);
  gint64 selected = td_timeline_get_selected (self->timeline);
  const char * const *names = NULL;

  if (selected != 0 && td_timeline_layout_find_task (layout, selected) != G_MAXUINT)
    names = td_timeline_layout_get_task_units (layout, selected);
  td_unit_pane_set_marked (self->unit_pane, names);
}

/* Every unit with its count of the year's tasks, in one query. */
void
_td_timeline_page_load_units (TdTimelinePage *self)
{
  g_autoptr(GArray) units = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->pane_idle, g_source_remove);
  self->pane_stale = FALSE;
  if (self->store != NULL)
    units = td_store_count_unit_tasks (self->store, self->year, &error);
  else
    units = g_array_new (FALSE, FALSE, sizeof (TdUnitTasks));
  if (units == NULL)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  td_unit_pane_set_units (self->unit_pane, units);
  _td_timeline_page_mark_units (self);
}

static gboolean
load_pane_cb (gpointer data)
{
  TdTimelinePage *self = data;

  self->pane_idle = 0;
  _td_timeline_page_load_units (self);
  return G_SOURCE_REMOVE;
}

/* Read again once the commit's changes are all in (one read for a commit of many), and
 * only while it can be seen; else when it next is. */
void
_td_timeline_page_invalidate_units (TdTimelinePage *self)
{
  self->pane_stale = TRUE;
  if (self->show_unit_pane && gtk_widget_get_mapped (GTK_WIDGET (self)) && self->pane_idle == 0)
    self->pane_idle = g_idle_add (load_pane_cb, self);
}

void
_td_timeline_page_update_highlight (TdTimelinePage *self)
{
  const char *unit = td_unit_pane_get_chosen (self->unit_pane);

  if (unit != NULL)
    {
      /* Translators: presenting the timeline, over it while a unit's tasks are highlighted
       * and the others dimmed; %s is the unit, e.g. "Các nhiệm vụ của VP nội vụ đang
       * được làm nổi bật" */
      g_autofree char *text = g_strdup_printf (_("The tasks of %s are highlighted"), unit);

      gtk_label_set_label (self->highlight_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->highlight_label), self->presenting && unit != NULL);
}

static void
on_chosen_unit_cb (TdTimelinePage *self)
{
  td_timeline_set_highlight_unit (self->timeline, td_unit_pane_get_chosen (self->unit_pane));
  _td_timeline_page_update_highlight (self);
}

/* The pane, and each task's units beside its name, are one "who carries out what" view.
 * While it is shown the pane is where a unit is chosen (to highlight its tasks), so the
 * tool bar's unit filter steps aside and a unit it filtered on becomes the one chosen. */
void
_td_timeline_page_set_show_units (TdTimelinePage *self,
                                  gboolean        show)
{
  guint filtered = gtk_drop_down_get_selected (self->unit_dropdown);
  g_autofree char *unit = NULL;

  show = !!show;
  if (self->show_unit_pane == show)
    return;
  self->show_unit_pane = show;
  adw_flap_set_reveal_flap (self->flap, show);
  gtk_toggle_button_set_active (self->units_toggle, show);
  td_timeline_set_show_units (self->timeline, show);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_dropdown), !show);
  if (show)
    {
      if (filtered > 0 && filtered <= self->units->len)
        unit = g_strdup (g_ptr_array_index (self->units, filtered - 1));
      if (self->pane_stale || unit != NULL)
        _td_timeline_page_load_units (self);
      if (unit != NULL)
        {
          gtk_drop_down_set_selected (self->unit_dropdown, 0);
          td_unit_pane_set_chosen (self->unit_pane, unit);
        }
    }
  else
    td_unit_pane_set_chosen (self->unit_pane, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), _td_timeline_page_pspec_show_units ());
}

static void
on_units_toggled_cb (TdTimelinePage *self)
{
  _td_timeline_page_set_show_units (self, gtk_toggle_button_get_active (self->units_toggle));
}

/* Folded over a narrow chart, the pane closes when the chart is clicked. */
static void
on_reveal_flap_cb (TdTimelinePage *self)
{
  if (!self->presenting)
    _td_timeline_page_set_show_units (self, adw_flap_get_reveal_flap (self->flap));
}

void
_td_timeline_page_init_units (TdTimelinePage *self)
{
  self->pane_stale = TRUE;
  g_signal_connect_object (self->units_toggle, "toggled", G_CALLBACK (on_units_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "notify::selected",
                           G_CALLBACK (_td_timeline_page_mark_units), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_pane, "notify::chosen", G_CALLBACK (on_chosen_unit_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap_cb), self,
                           G_CONNECT_SWAPPED);
}

gboolean
td_timeline_page_get_show_unit_pane (TdTimelinePage *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE_PAGE (self), FALSE);
  return self->show_unit_pane;
}

void
td_timeline_page_set_show_unit_pane (TdTimelinePage *self,
                                     gboolean        show)
{
  g_return_if_fail (TD_IS_TIMELINE_PAGE (self));
  _td_timeline_page_set_show_units (self, show);
}

TdUnitPane *
td_timeline_page_get_unit_pane (TdTimelinePage *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE_PAGE (self), NULL);
  return self->unit_pane;
}
