/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The timeline widget: its type, scrolling, painting and the store. Geometry is the
 * layout's and drawing the painter's (src/doc), the same ones printing uses. The pointer
 * and keys are in td-timeline-input.c, the timeline.* actions in td-timeline-actions.c,
 * presenting to a meeting in td-timeline-present.c.
 */
#define G_LOG_DOMAIN "td-timeline"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "td-date.h"
#include "td-store-plan.h"
#include "td-timeline-private.h"
#include "td-toast.h"

#define ZOOM_STEP 1.25

static void td_timeline_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TdTimeline, td_timeline, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      td_timeline_scrollable_init))

enum {
  PROP_0,
  PROP_SCALE,
  PROP_SELECTED,
  N_PROPS,
  /* GtkScrollable's, overridden. */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE_TASK,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Translators: the months over the timeline, all in one form: the names where the
 * narrowest month has room for the longest, else the short forms (in Vietnamese "Tháng 1"
 * … "Tháng 12", and "Th1" … "Th12"). */
static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"), NC_("month", "July"),
  NC_("month", "August"), NC_("month", "September"), NC_("month", "October"),
  NC_("month", "November"), NC_("month", "December"),
};
static const char * const month_abbrevs[] = {
  NC_("month, short", "Jan"), NC_("month, short", "Feb"), NC_("month, short", "Mar"),
  NC_("month, short", "Apr"), NC_("month, short", "May"), NC_("month, short", "Jun"),
  NC_("month, short", "Jul"), NC_("month, short", "Aug"), NC_("month, short", "Sep"),
  NC_("month, short", "Oct"), NC_("month, short", "Nov"), NC_("month, short", "Dec"),
};

double
_td_timeline_x_offset (TdTimeline *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

double
_td_timeline_y_offset (TdTimeline *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

const TdTimelineTask *
_td_timeline_get_selected_task (TdTimeline *self,
                                guint      *index)
{
  guint i = td_timeline_layout_find_task (self->layout, self->selected);

  if (index != NULL)
    *index = i;
  return i != G_MAXUINT ? td_timeline_layout_get_task (self->layout, i) : NULL;
}

void
_td_timeline_emit_activate_task (TdTimeline *self)
{
  g_signal_emit (self, signals[ACTIVATE_TASK], 0, self->selected);
}

void
_td_timeline_emit_changed (TdTimeline *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Scrolling ---------------------------------------------------------------------------- */

void
_td_timeline_configure_adjustments (TdTimeline *self)
{
  TdTimelineMetrics metrics;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double chart_width, rows_height;

  td_timeline_layout_get_metrics (self->layout, &metrics);
  chart_width = MAX (0, width - metrics.name_width);
  rows_height = MAX (0, height - metrics.header_height);

  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              td_timeline_layout_clamp_x_offset (self->layout,
                                                                 _td_timeline_x_offset (self)),
                              0,
                              MAX (chart_width,
                                   td_timeline_layout_get_content_width (self->layout)),
                              chart_width * 0.1, chart_width * 0.9, chart_width);
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              td_timeline_layout_clamp_y_offset (self->layout,
                                                                 _td_timeline_y_offset (self)),
                              0,
                              MAX (rows_height,
                                   td_timeline_layout_get_content_height (self->layout)),
                              metrics.row_height, rows_height * 0.9, rows_height);
}

static void
set_x_offset (TdTimeline *self,
              double      value)
{
  _td_timeline_configure_adjustments (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment,
                              td_timeline_layout_clamp_x_offset (self->layout, value));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scroll_to_row (TdTimeline *self,
               guint       row)
{
  TdTimelineMetrics metrics;
  double rows_height;

  if (row == G_MAXUINT || self->vadjustment == NULL)
    return;
  td_timeline_layout_get_metrics (self->layout, &metrics);
  rows_height = gtk_widget_get_height (GTK_WIDGET (self)) - metrics.header_height;
  gtk_adjustment_set_value (self->vadjustment,
                            td_timeline_layout_scroll_to_row (self->layout, row,
                                                              _td_timeline_y_offset (self),
                                                              rows_height));
}

static void
on_adjustment_changed_cb (TdTimeline *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (TdTimeline     *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed_cb, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed_cb),
                            self);
  _td_timeline_configure_adjustments (self);
}

/* Describing a task ------------------------------------------------------------------------ */

char *
_td_timeline_describe_task (TdTimeline           *self,
                            const TdTimelineTask *task)
{
  g_autofree char *start = td_timeline_layout_day_to_iso (self->layout, task->start);
  g_autofree char *end = td_timeline_layout_day_to_iso (self->layout, task->end);
  GDate s, e;

  td_date_parse_iso (start, &s);
  td_date_parse_iso (end, &e);
  /* Translators: a task's tooltip and its description for screen readers: number,
   * content, responsible, start and end dates, status, progress */
  return g_strdup_printf (_("%d. %s\nResponsible: %s\n%02d/%02d/%04d – %02d/%02d/%04d\n%s, %d%%"),
                          task->number, task->content,
                          task->responsible[0] != '\0' ? task->responsible : "—",
                          g_date_get_day (&s), g_date_get_month (&s), g_date_get_year (&s),
                          g_date_get_day (&e), g_date_get_month (&e), g_date_get_year (&e),
                          _(td_timeline_status_msgid (task->status)), task->progress);
}

static void
update_accessible (TdTimeline *self)
{
  const TdTimelineTask *task = _td_timeline_get_selected_task (self, NULL);
  g_autofree char *text = task != NULL ? _td_timeline_describe_task (self, task)
                                       : g_strdup (_("No task selected"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
}

/* Widget --------------------------------------------------------------------------------- */

static void
td_timeline_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  TdTimeline *self = TD_TIMELINE (widget);

  _td_timeline_update_metrics (self, width);
  td_timeline_layout_set_viewport (self->layout, width, height);
  _td_timeline_configure_adjustments (self);
  _td_timeline_centre_quarter (self);
  gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
td_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  TdTimeline *self = TD_TIMELINE (widget);
  TdTimelineMetrics metrics;

  td_timeline_layout_get_metrics (self->layout, &metrics);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The name column narrows to half the width (see size_allocate). */
      *minimum = 240;
      *natural = round (TD_TIMELINE_NAME_WIDTH * self->scale) + 800;
    }
  else
    {
      *minimum = metrics.header_height + 3 * metrics.row_height;
      *natural = MAX (*minimum,
                      metrics.header_height + td_timeline_layout_get_content_height (self->layout));
    }
}

static void
ensure_painter (TdTimeline *self)
{
  if (self->painter == NULL)
    self->painter = td_timeline_painter_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));
}

static void
fill_style (TdTimeline      *self,
            TdTimelineStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (adw_style_manager_get_dark (manager))
    td_timeline_style_init_dark (style);
  else
    td_timeline_style_init_light (style);
  style->text_scale = self->scale;
  style->show_units = self->show_units;
  style->today_label = _("Today");
  style->month_names = self->month_names;
  style->month_abbrevs = self->month_abbrevs;
  /* Read from across a room: a name on two lines rather than cut short. */
  style->name_lines = self->presenting ? 2 : 1;
}

static void
td_timeline_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  TdTimeline *self = TD_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const TdTimelineTask *hover = NULL;
  const TdTimelineTask *ghost = NULL;
  TdTimelineStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ensure_painter (self);
  /* Marks and hatching are drawn once into images; sharp on a HiDPI screen too. */
  td_timeline_painter_set_device_scale (self->painter, gtk_widget_get_scale_factor (widget));
  /* Presenting, nothing is outlined: the meeting sees the plan, not the pointer. */
  if (!self->presenting && self->hover != G_MAXUINT &&
      self->hover < td_timeline_layout_get_n_tasks (self->layout))
    hover = td_timeline_layout_get_task (self->layout, self->hover);
  if (self->dragging)
    ghost = td_timeline_layout_get_task (self->layout, self->drag_task);

  fill_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  td_timeline_painter_paint (self->painter, cr, self->layout, &style,
                             &(TdTimelineMarks) {
                               .selected = self->presenting ? 0 : self->selected,
                               .hover = hover != NULL ? hover->id : 0,
                               .ghost = ghost != NULL ? ghost->id : 0,
                               .ghost_start = self->ghost_start,
                               .ghost_end = self->ghost_end,
                               .highlight_unit = self->highlight_unit,
                             },
                             _td_timeline_x_offset (self), _td_timeline_y_offset (self),
                             width, height);
  cairo_destroy (cr);
}

static void
td_timeline_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  TdTimeline *self = TD_TIMELINE (widget);

  GTK_WIDGET_CLASS (td_timeline_parent_class)->css_changed (widget, change);
  /* New fonts or a new scale factor: text is laid out again. */
  g_clear_pointer (&self->painter, td_timeline_painter_free);
}

static void
td_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TdTimeline *self = TD_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;
    case PROP_SELECTED:
      g_value_set_int64 (value, self->selected);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TdTimeline *self = TD_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      td_timeline_set_scale (self, g_value_get_double (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_timeline_dispose (GObject *object)
{
  TdTimeline *self = TD_TIMELINE (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (td_timeline_parent_class)->dispose (object);
}

static void
td_timeline_finalize (GObject *object)
{
  TdTimeline *self = TD_TIMELINE (object);

  g_clear_pointer (&self->painter, td_timeline_painter_free);
  g_clear_pointer (&self->layout, td_timeline_layout_free);
  g_free (self->today);
  g_free (self->highlight_unit);

  G_OBJECT_CLASS (td_timeline_parent_class)->finalize (object);
}

static void
td_timeline_scrollable_init (GtkScrollableInterface *iface)
{
}

static void
td_timeline_class_init (TdTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_timeline_dispose;
  object_class->finalize = td_timeline_finalize;
  object_class->get_property = td_timeline_get_property;
  object_class->set_property = td_timeline_set_property;
  widget_class->measure = td_timeline_measure;
  widget_class->size_allocate = td_timeline_size_allocate;
  widget_class->snapshot = td_timeline_snapshot;
  widget_class->css_changed = td_timeline_css_changed;

  /* How much larger than normal text and rows are (presentation). */
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, 0.75, 3.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The task selected (its id), 0 when none. */
  properties[PROP_SELECTED] =
    g_param_spec_int64 ("selected", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * TdTimeline::activate-task:
   * @task_id: the task to open in the editor
   */
  signals[ACTIVATE_TASK] = g_signal_new ("activate-task", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * TdTimeline::changed:
   *
   * The timeline changed a task in the store.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  _td_timeline_class_add_input (widget_class);
  _td_timeline_class_add_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
td_timeline_init (TdTimeline *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  self->layout = td_timeline_layout_new ();
  self->hover = G_MAXUINT;
  self->scale = 1.0;
  for (guint m = 0; m < G_N_ELEMENTS (month_names); m++)
    {
      self->month_names[m] = g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[m]);
      self->month_abbrevs[m] = g_dpgettext2 (GETTEXT_PACKAGE, "month, short", month_abbrevs[m]);
    }
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  _td_timeline_init_input (self);

  g_menu_append (menu, _("_Edit"), "timeline.edit");
  g_menu_append (menu, _("Mark _Done"), "timeline.mark-done");
  g_menu_append (menu, _("_Delete"), "timeline.delete");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  _td_timeline_update_actions (self);
  update_accessible (self);
}

/* Public API ----------------------------------------------------------------------------- */

GtkWidget *
td_timeline_new (void)
{
  return g_object_new (TD_TYPE_TIMELINE, NULL);
}

void
td_timeline_reload (TdTimeline *self)
{
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (TD_IS_TIMELINE (self));

  if (self->store == NULL || self->plan == NULL)
    {
      g_autoptr(GListStore) none = g_list_store_new (TD_TYPE_TASK);
      td_timeline_layout_set_tasks (self->layout, G_LIST_MODEL (none));
    }
  else
    {
      tasks = td_store_list_tasks (self->store, td_plan_get_id (self->plan), &error);
      if (tasks != NULL)
        units = td_store_dup_plan_task_units (self->store, td_plan_get_id (self->plan), &error);
      if (units == NULL)
        {
          /* The bars shown stay as they were rather than become a year with tasks missing. */
          td_toast_show_error (GTK_WIDGET (self), error);
          return;
        }
      td_timeline_layout_set_year (self->layout, td_plan_get_year (self->plan));
      g_hash_table_iter_init (&iter, units);
      while (g_hash_table_iter_next (&iter, &key, &value))
        td_timeline_layout_set_task_units (self->layout, *(gint64 *) key,
                                           (const char * const *) value);
      td_timeline_layout_set_tasks (self->layout, tasks);
    }

  _td_timeline_configure_adjustments (self);
  _td_timeline_centre_quarter (self);
  _td_timeline_update_actions (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
td_timeline_refresh_task (TdTimeline *self,
                          gint64      task_id)
{
  g_autoptr(TdTask) task = NULL;
  g_auto(GStrv) units = NULL;

  g_return_if_fail (TD_IS_TIMELINE (self));

  if (self->store == NULL || self->plan == NULL)
    return;
  task = td_store_get_task (self->store, task_id, NULL);
  if (task != NULL)
    units = td_store_dup_task_unit_names (self->store, task_id, NULL);
  /* Gone, moved or unreadable: the plan's tasks again (which shows what cannot be read). */
  if (units == NULL)
    {
      td_timeline_reload (self);
      return;
    }
  td_timeline_layout_set_task_units (self->layout, task_id, (const char * const *) units);
  if (!td_timeline_layout_update_task (self->layout, task))
    {
      td_timeline_reload (self);
      return;
    }
  _td_timeline_configure_adjustments (self);
  _td_timeline_update_actions (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
td_timeline_set_plan (TdTimeline *self,
                      TdStore    *store,
                      TdPlan     *plan)
{
  gboolean same;

  g_return_if_fail (TD_IS_TIMELINE (self));

  same = plan != NULL && self->plan != NULL && td_plan_get_id (plan) == td_plan_get_id (self->plan);
  g_set_object (&self->store, store);
  g_set_object (&self->plan, plan);
  if (!same)
    {
      self->dragging = FALSE;
      if (self->selected != 0)
        {
          self->selected = 0;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
        }
    }
  td_timeline_reload (self);
  if (!same)
    set_x_offset (self, td_timeline_layout_zoom_to (self->layout, TD_TIMELINE_ZOOM_YEAR, 0));
}

TdTimelineLayout *
td_timeline_get_layout (TdTimeline *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE (self), NULL);
  return self->layout;
}

void
td_timeline_set_today (TdTimeline *self,
                       const char *today_iso)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  g_free (self->today);
  self->today = g_strdup (today_iso);
  td_timeline_layout_set_today (self->layout, today_iso);
  td_timeline_reload (self);
}

gint64
td_timeline_get_selected (TdTimeline *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE (self), 0);
  return self->selected;
}

void
td_timeline_select (TdTimeline *self,
                    gint64      task_id)
{
  const TdTimelineTask *task;

  g_return_if_fail (TD_IS_TIMELINE (self));

  if (self->selected != task_id)
    {
      self->selected = task_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
  _td_timeline_stop_centring (self);
  task = _td_timeline_get_selected_task (self, NULL);
  if (task != NULL)
    scroll_to_row (self, task->row);
  _td_timeline_update_actions (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
td_timeline_zoom (TdTimeline     *self,
                  TdTimelineZoom  zoom)
{
  const TdTimelineTask *task;
  int anchor;

  g_return_if_fail (TD_IS_TIMELINE (self));

  /* The period of the selected task, else of today, else the start of the year. */
  task = _td_timeline_get_selected_task (self, NULL);
  anchor = task != NULL ? task->start : td_timeline_layout_get_today (self->layout);
  if (anchor < 0 || anchor >= td_timeline_layout_get_n_days (self->layout))
    anchor = 0;
  set_x_offset (self, td_timeline_layout_zoom_to (self->layout, zoom, anchor));
}

void
td_timeline_zoom_by (TdTimeline *self,
                     int         steps,
                     double      view_x)
{
  double ppd;
  double offset;

  g_return_if_fail (TD_IS_TIMELINE (self));

  ppd = td_timeline_layout_get_pixels_per_day (self->layout) * pow (ZOOM_STEP, steps);
  offset = td_timeline_layout_zoom_at (self->layout, ppd, view_x, _td_timeline_x_offset (self));
  set_x_offset (self, offset);
}

void
td_timeline_set_filter (TdTimeline             *self,
                        const TdTimelineFilter *filter)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  td_timeline_layout_set_filter (self->layout, filter);
  _td_timeline_configure_adjustments (self);
  _td_timeline_update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
td_timeline_get_bar_point (TdTimeline *self,
                           gint64      task_id,
                           double     *view_x,
                           double     *view_y)
{
  TdTimelineMetrics metrics;
  TdTimelineRect rect;
  guint index;

  g_return_val_if_fail (TD_IS_TIMELINE (self), FALSE);

  index = td_timeline_layout_find_task (self->layout, task_id);
  if (index == G_MAXUINT || !td_timeline_layout_get_bar (self->layout, index, &rect))
    return FALSE;
  td_timeline_layout_get_metrics (self->layout, &metrics);
  *view_x = metrics.name_width + rect.x + rect.width / 2 - _td_timeline_x_offset (self);
  *view_y = metrics.header_height + rect.y + rect.height / 2 - _td_timeline_y_offset (self);
  return TRUE;
}

GStrv
td_timeline_dup_name_lines (TdTimeline *self,
                            gint64      task_id,
                            gboolean   *ellipsized,
                            double     *height)
{
  TdTimelineStyle style;
  guint index;

  g_return_val_if_fail (TD_IS_TIMELINE (self), NULL);

  index = td_timeline_layout_find_task (self->layout, task_id);
  if (index == G_MAXUINT)
    return NULL;
  ensure_painter (self);
  fill_style (self, &style);
  return td_timeline_painter_dup_name_lines (self->painter, self->layout, &style, index,
                                             ellipsized, height);
}

GArray *
td_timeline_get_header_labels (TdTimeline *self)
{
  TdTimelineStyle style;

  g_return_val_if_fail (TD_IS_TIMELINE (self), NULL);

  ensure_painter (self);
  fill_style (self, &style);
  return td_timeline_painter_get_header_labels (self->painter, self->layout, &style,
                                                _td_timeline_x_offset (self),
                                                gtk_widget_get_width (GTK_WIDGET (self)));
}

void
td_timeline_set_show_units (TdTimeline *self,
                            gboolean    show_units)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  self->show_units = show_units;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
td_timeline_set_highlight_unit (TdTimeline *self,
                                const char *unit)
{
  g_return_if_fail (TD_IS_TIMELINE (self));

  if (unit != NULL && unit[0] == '\0')
    unit = NULL;
  if (g_strcmp0 (self->highlight_unit, unit) == 0)
    return;
  g_free (self->highlight_unit);
  self->highlight_unit = g_strdup (unit);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
td_timeline_get_highlight_unit (TdTimeline *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE (self), NULL);
  return self->highlight_unit;
}

TdTimelineEmphasis
td_timeline_get_task_emphasis (TdTimeline *self,
                               gint64      task_id)
{
  g_return_val_if_fail (TD_IS_TIMELINE (self), TD_TIMELINE_EMPHASIS_NONE);
  return self->painter != NULL ? td_timeline_painter_get_emphasis (self->painter, task_id)
                               : TD_TIMELINE_EMPHASIS_NONE;
}
