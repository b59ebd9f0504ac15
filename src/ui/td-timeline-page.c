/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-timeline-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-timeline-page-private.h"
#include "td-timeline-paint.h"
#include "td-toast.h"
#include "td-wrap-layout.h"


G_DEFINE_FINAL_TYPE (TdTimelinePage, td_timeline_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_YEAR,
  PROP_ZOOM,
  PROP_SHOW_UNIT_PANE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GParamSpec *
_td_timeline_page_pspec_show_units (void)
{
  return properties[PROP_SHOW_UNIT_PANE];
}

static const struct {
  const char     *name;
  TdTimelineZoom  zoom;
} zooms[] = {
  { "year", TD_TIMELINE_ZOOM_YEAR },
  { "quarter", TD_TIMELINE_ZOOM_QUARTER },
  { "month", TD_TIMELINE_ZOOM_MONTH },
};

/* The status drop-down's items after "Any status", in TdTimelineStatus order. */
static const TdTimelineStatus status_items[] = {
  TD_TIMELINE_PLANNED, TD_TIMELINE_IN_PROGRESS, TD_TIMELINE_DONE, TD_TIMELINE_OVERDUE,
  TD_TIMELINE_CANCELLED,
};

static void
on_filter_changed_cb (TdTimelinePage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint unit = gtk_drop_down_get_selected (self->unit_dropdown);
  TdTimelineFilter filter = {
    .quarter = gtk_drop_down_get_selected (self->quarter_dropdown),
    .unit = unit > 0 && unit <= self->units->len ? g_ptr_array_index (self->units, unit - 1)
                                                 : NULL,
    .statuses = status > 0 && status <= G_N_ELEMENTS (status_items)
                  ? 1u << status_items[status - 1]
                  : TD_TIMELINE_STATUS_ALL,
    .view = gtk_drop_down_get_selected (self->view_dropdown),
  };

  td_timeline_set_filter (self->timeline, &filter);
  /* A clear sign while anything is hidden, and one click to show it all again. */
  gtk_widget_set_visible (self->clear_button,
                          td_timeline_layout_is_filtered (td_timeline_get_layout (self->timeline)));
}

/* "The year 2022 has ended" over a plan whose year is over: its tasks show what was
 * recorded, no longer what is overdue. */
/* "Today" in the legend only while the chart draws today's line (not for another year). */
static void
update_legend_today (TdTimelinePage   *self,
                     TdTimelineLayout *layout)
{
  GtkFlowBoxChild *today = gtk_flow_box_get_child_at_index (self->legend,
                                                            TD_TIMELINE_LEGEND_TODAY);
  double x;

  if (today != NULL)
    gtk_widget_set_visible (GTK_WIDGET (today), td_timeline_layout_get_today_x (layout, &x));
}

static void
update_ended (TdTimelinePage *self)
{
  TdTimelineLayout *layout = td_timeline_get_layout (self->timeline);
  gboolean ended = self->plan_id != 0 && td_timeline_layout_year_has_ended (layout);

  if (ended)
    {
      /* Translators: above the timeline of a plan whose year is over, e.g. "Năm 2022 đã
       * kết thúc"; %d is the year */
      g_autofree char *text = g_strdup_printf (_("The year %d has ended"),
                                               td_timeline_layout_get_year (layout));

      gtk_label_set_label (self->ended_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->ended_label), ended);
  update_legend_today (self, layout);
}

static void
scale_label (GtkWidget *label,
             double     scale)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

/* The title, the year's end and the legend grow with the rows, so that the meeting reads
 * what a colour means from as far as it reads the tasks. */
static void
on_scale_changed_cb (TdTimelinePage *self)
{
  double scale = td_timeline_get_scale (self->timeline);

  scale_label (GTK_WIDGET (self->presentation_title), scale);
  scale_label (GTK_WIDGET (self->ended_label), scale);
  scale_label (GTK_WIDGET (self->highlight_label), scale);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->legend)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *box = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      GtkWidget *symbol = gtk_widget_get_first_child (box);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (symbol), round (28 * scale));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (symbol), round (14 * scale));
      scale_label (gtk_widget_get_last_child (box), scale);
    }
}

static void
draw_symbol_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        data)
{
  TdTimelineStyle style;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    td_timeline_style_init_dark (&style);
  else
    td_timeline_style_init_light (&style);
  td_timeline_paint_legend_symbol (cr, &style, GPOINTER_TO_INT (data), 0, 0, width, height);
}

static void
build_legend (TdTimelinePage *self)
{
  for (int item = 0; item < TD_TIMELINE_LEGEND_N_ITEMS; item++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *symbol = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (_(td_timeline_legend_msgid (item)));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (symbol), 28);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (symbol), 14);
      gtk_widget_set_valign (symbol, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (symbol), draw_symbol_cb,
                                      GINT_TO_POINTER (item), NULL);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), symbol);
      gtk_box_append (GTK_BOX (box), label);
      gtk_flow_box_append (self->legend, box);
    }
}

static void
on_dark_changed_cb (TdTimelinePage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->legend)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_queue_draw (gtk_widget_get_first_child (gtk_flow_box_child_get_child (
                             GTK_FLOW_BOX_CHILD (child))));
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
}

static void
fill_units (TdTimelinePage *self)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);
  g_autofree char *shown = selected > 0 && selected <= self->units->len
                           ? g_strdup (g_ptr_array_index (self->units, selected - 1)) : NULL;

  selected = 0;
  g_ptr_array_set_size (self->units, 0);
  g_ptr_array_add (labels, (gpointer) _("All units"));
  if (self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      units = td_store_list_units (self->store, &error);
      if (units == NULL)
        g_warning ("Cannot list the units for the filter: %s", error->message);
      for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);
          g_ptr_array_add (self->units, g_strdup (td_unit_get_name (unit)));
          /* The unit filtered on stays so when units are added. */
          if (g_strcmp0 (shown, td_unit_get_name (unit)) == 0)
            selected = self->units->len;
          g_ptr_array_add (labels, g_ptr_array_index (self->units, self->units->len - 1));
        }
    }
  g_ptr_array_add (labels, NULL);

  g_signal_handlers_block_by_func (self->unit_dropdown, on_filter_changed_cb, self);
  gtk_string_list_splice (self->unit_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->unit_list)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->unit_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->unit_dropdown, on_filter_changed_cb, self);
}

static void
on_clear_cb (TdTimelinePage *self)
{
  td_timeline_page_clear_filter (self);
}

static void
show_plan (TdTimelinePage *self,
           TdStore        *store,
           TdPlan         *plan)
{
  if (g_set_object (&self->store, store))
    fill_units (self);
  else if (self->store != NULL &&
           g_list_model_get_n_items (G_LIST_MODEL (self->unit_list)) != self->units->len + 1)
    fill_units (self);
  td_timeline_set_plan (self->timeline, store, plan);
  on_filter_changed_cb (self);

  /* What the meeting sees above the chart: the plan's title, with its year. */
  if (plan != NULL)
    gtk_label_set_label (self->presentation_title, td_plan_get_title (plan));
  update_ended (self);
}

static void
apply_zoom (TdTimelinePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    if (g_strcmp0 (self->zoom, zooms[i].name) == 0)
      td_timeline_zoom (self->timeline, zooms[i].zoom);
}

static void
set_zoom (TdTimelinePage *self,
          const char     *zoom)
{
  if (g_strcmp0 (self->zoom, zoom) != 0)
    {
      g_free (self->zoom);
      self->zoom = g_strdup (zoom);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  apply_zoom (self);
}

static void
load (TdTimelinePage *self)
{
  TdStore *store = self->context != NULL ? td_context_get_store (self->context) : NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 shown = self->plan_id;

  self->stale = FALSE;
  if (store != NULL && self->year != 0)
    {
      plan = td_store_get_plan (store, self->year, &error);
      if (plan == NULL && !g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND))
        td_toast_show_error (GTK_WIDGET (self), error);
    }
  self->plan_id = plan != NULL ? td_plan_get_id (plan) : 0;
  show_plan (self, store, plan);
  if (self->show_unit_pane)
    _td_timeline_page_load_units (self);
  else
    self->pane_stale = TRUE;
  /* Another plan starts at the zoom last chosen; the same one stays where it was. */
  if (self->plan_id != shown && !self->presenting)
    apply_zoom (self);
}

static void
invalidate (TdTimelinePage *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
}

static void
on_today_changed_cb (TdTimelinePage *self)
{
  td_timeline_set_today (self->timeline, td_context_get_today (self->context));
  update_ended (self);
}

/* The tool bar's buttons are not inside the timeline, so its zoom actions reach them
 * through the page. */
static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TdTimelinePage *self = TD_TIMELINE_PAGE (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.zoom-in", NULL);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TdTimelinePage *self = TD_TIMELINE_PAGE (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.zoom-out", NULL);
}

static void
zoom_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  set_zoom (TD_TIMELINE_PAGE (widget), "year");
}

static void
zoom_quarter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  set_zoom (TD_TIMELINE_PAGE (widget), "quarter");
}

static void
zoom_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_zoom (TD_TIMELINE_PAGE (widget), "month");
}

static void
td_timeline_page_map (GtkWidget *widget)
{
  TdTimelinePage *self = TD_TIMELINE_PAGE (widget);

  GTK_WIDGET_CLASS (td_timeline_page_parent_class)->map (widget);
  if (self->stale)
    load (self);
  else if (self->pane_stale && self->show_unit_pane)
    _td_timeline_page_load_units (self);
}

static void
td_timeline_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TdTimelinePage *self = TD_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_ZOOM:
      g_value_set_string (value, self->zoom);
      break;
    case PROP_SHOW_UNIT_PANE:
      g_value_set_boolean (value, self->show_unit_pane);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_timeline_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TdTimelinePage *self = TD_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      if (self->context == NULL)
        break;
      g_signal_connect_object (self->context, "notify::store", G_CALLBACK (invalidate), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->context, "notify::today", G_CALLBACK (on_today_changed_cb),
                               self, G_CONNECT_SWAPPED);
      if (td_context_get_today (self->context) != NULL)
        on_today_changed_cb (self);
      break;
    case PROP_YEAR:
      if (self->year != g_value_get_int (value))
        {
          self->year = g_value_get_int (value);
          invalidate (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_ZOOM:
      set_zoom (self, g_value_get_string (value));
      break;
    case PROP_SHOW_UNIT_PANE:
      _td_timeline_page_set_show_units (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_timeline_page_dispose (GObject *object)
{
  TdTimelinePage *self = TD_TIMELINE_PAGE (object);

  g_clear_handle_id (&self->pane_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_TIMELINE_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (td_timeline_page_parent_class)->dispose (object);
}

static void
td_timeline_page_finalize (GObject *object)
{
  TdTimelinePage *self = TD_TIMELINE_PAGE (object);

  g_free (self->zoom);

  G_OBJECT_CLASS (td_timeline_page_parent_class)->finalize (object);
}

static void
td_timeline_page_class_init (TdTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_timeline_page_dispose;
  object_class->finalize = td_timeline_page_finalize;
  object_class->get_property = td_timeline_page_get_property;
  object_class->set_property = td_timeline_page_set_property;
  widget_class->map = td_timeline_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, TD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "year", "quarter" or "month": bound to the timeline-zoom setting. */
  properties[PROP_ZOOM] =
    g_param_spec_string ("zoom", NULL, NULL, "year",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The unit pane (and each task's units): bound to the timeline-unit-pane setting. */
  properties[PROP_SHOW_UNIT_PANE] =
    g_param_spec_boolean ("show-unit-pane", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TD_TYPE_TIMELINE);
  g_type_ensure (TD_TYPE_UNIT_PANE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, box);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, presentation_title);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, ended_label);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, highlight_label);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, view_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, unit_list);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, units_toggle);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, legend);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, timeline);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, flap);
  gtk_widget_class_bind_template_child (widget_class, TdTimelinePage, unit_pane);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-year", NULL, zoom_year_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-quarter", NULL,
                                   zoom_quarter_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-month", NULL, zoom_month_action);
}

static void
setup_short_label_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* One width whatever is chosen: the tool bar's lines stay as they are. */
  gtk_label_set_width_chars (GTK_LABEL (label), 14);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_list_item_set_child (item, label);
}

static void
bind_short_label_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       string != NULL ? gtk_string_object_get_string (string) : "");
}

/* What a filter shows when chosen (a unit's long name) is shortened rather than widening
 * the window; its list, GTK's own, still shows every name whole. */
static void
shorten_choice (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_drop_down_set_list_factory (dropdown, gtk_drop_down_get_factory (dropdown));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_short_label_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_short_label_cb), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
}

static void
td_timeline_page_init (TdTimelinePage *self)
{
  GtkDropDown *dropdowns[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (self->toolbar, td_wrap_layout_new (6, 6));
  self->units = g_ptr_array_new_with_free_func (g_free);
  self->zoom = g_strdup ("year");
  self->stale = TRUE;

  dropdowns[0] = self->view_dropdown;
  dropdowns[1] = self->quarter_dropdown;
  dropdowns[2] = self->unit_dropdown;
  dropdowns[3] = self->status_dropdown;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    {
      shorten_choice (dropdowns[i]);
      g_signal_connect_object (dropdowns[i], "notify::selected", G_CALLBACK (on_filter_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->clear_button, "clicked", G_CALLBACK (on_clear_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "notify::scale", G_CALLBACK (on_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
  _td_timeline_page_init_units (self);
  build_legend (self);
  fill_units (self);
  on_scale_changed_cb (self);
}


TdTimeline *
td_timeline_page_get_timeline (TdTimelinePage *self)
{
  g_return_val_if_fail (TD_IS_TIMELINE_PAGE (self), NULL);
  return self->timeline;
}

void
td_timeline_page_set_presenting (TdTimelinePage *self,
                                 gboolean        presenting)
{
  g_return_if_fail (TD_IS_TIMELINE_PAGE (self));

  self->presenting = presenting;
  gtk_widget_set_visible (self->toolbar, !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->presentation_title), presenting);
  /* The meeting sees the chart, still with the chosen unit's tasks highlighted. */
  gtk_widget_set_visible (GTK_WIDGET (self->unit_pane), !presenting);
  _td_timeline_page_update_highlight (self);
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  td_timeline_set_presenting (self->timeline, presenting);
  td_timeline_set_scale (self->timeline, presenting ? 1.5 : 1.0);
  /* The meeting sees the whole year; afterwards, the zoom chosen before. */
  if (presenting)
    td_timeline_zoom (self->timeline, TD_TIMELINE_ZOOM_YEAR);
  else
    apply_zoom (self);
}

void
td_timeline_page_reload (TdTimelinePage *self)
{
  g_return_if_fail (TD_IS_TIMELINE_PAGE (self));
  invalidate (self);
}

void
td_timeline_page_clear_filter (TdTimelinePage *self)
{
  g_return_if_fail (TD_IS_TIMELINE_PAGE (self));

  gtk_drop_down_set_selected (self->view_dropdown, 0);
  gtk_drop_down_set_selected (self->quarter_dropdown, 0);
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  on_filter_changed_cb (self);
}

void
td_timeline_page_apply_change (TdTimelinePage *self,
                               const TdChange *change)
{
  g_return_if_fail (TD_IS_TIMELINE_PAGE (self));
  g_return_if_fail (change != NULL);

  switch (change->what)
    {
    case TD_CHANGE_UNIT:
      /* The unit filter's list, shown or not: a load does not read it again. */
      fill_units (self);
      _td_timeline_page_invalidate_units (self);
      break;
    case TD_CHANGE_TASK:
      /* The counts of the year's tasks, and the selected task's units. */
      if (change->year == self->year)
        _td_timeline_page_invalidate_units (self);
      /* Another plan's task, or a page that reads its plan anew when next shown. */
      if (self->stale || change->plan_id != self->plan_id)
        break;
      /* One bar when one task changed; the tasks again when one came or went. */
      if (change->kind == TD_CHANGE_UPDATED)
        td_timeline_refresh_task (self->timeline, change->id);
      else if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        td_timeline_reload (self->timeline);
      else
        self->stale = TRUE;
      break;
    case TD_CHANGE_PLAN:
      /* Its title (shown to a meeting) or its year. */
      if (change->plan_id == self->plan_id)
        invalidate (self);
      /* The year's plan added or deleted: its tasks with it. */
      else if (change->year == self->year && change->kind != TD_CHANGE_UPDATED)
        _td_timeline_page_invalidate_units (self);
      break;
    case TD_CHANGE_ALL:
      invalidate (self);
      break;
    case TD_CHANGE_OFFICE:
    case TD_CHANGE_SECTION:
    default:
      /* No section or office is drawn. */
      break;
    }
}

