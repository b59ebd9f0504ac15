/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The pages of a print preview. Where each page goes is worked out once per zoom from the
 * page sizes (a column of tops, by plain arithmetic); a frame finds the pages in view by a
 * search of that column and paints only them, each from a recording of the engine's
 * drawing that is kept while the page stays in view.
 */
#define G_LOG_DOMAIN "td-preview"

#include "config.h"

#include <math.h>

#include "td-preview-view.h"

/* Points to pixels at 100 %. */
#define PX_PER_PT (96.0 / 72.0)

G_DEFINE_ENUM_TYPE (TdPreviewZoomMode, td_preview_zoom_mode,
                    G_DEFINE_ENUM_VALUE (TD_PREVIEW_ZOOM_FREE, "free"),
                    G_DEFINE_ENUM_VALUE (TD_PREVIEW_ZOOM_FIT_WIDTH, "fit-width"),
                    G_DEFINE_ENUM_VALUE (TD_PREVIEW_ZOOM_FIT_PAGE, "fit-page"))

struct _TdPreviewView
{
  GtkWidget            parent_instance;

  TdDocument          *document;
  int                  n_pages;
  double              *page_width;    /* points, by page */
  double              *page_height;
  double               max_width;     /* points: the widest and the tallest page */
  double               max_height;

  /* At the present zoom, in pixels: each page's top, and the whole column. */
  double              *tops;
  double               content_width;
  double               content_height;

  double               zoom;
  TdPreviewZoomMode    zoom_mode;
  int                  page;
  int                  pending_page;  /* to go to once there is a size; -1: none */
  gboolean             scrolling;     /* the view moves itself: the page stays as set */

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  GtkScrollablePolicy  hscroll_policy;
  GtkScrollablePolicy  vscroll_policy;

  GHashTable          *recordings;    /* page index → GskRenderNode, pages in view */
  GArray              *drawn;         /* the last frame's pages */
  guint                n_paints;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (TdPreviewView, td_preview_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_ZOOM_MODE,
  N_PROPS,
  /* GtkScrollable's. */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

/* The zoom steps of Zoom In and Zoom Out. */
static const double zoom_steps[] = {
  0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0,
};

/* Layout ------------------------------------------------------------------------------------ */

static double
scale_of (TdPreviewView *self)
{
  return self->zoom * PX_PER_PT;
}

static void
relayout (TdPreviewView *self)
{
  double scale = scale_of (self);
  double y = TD_PREVIEW_GAP;

  for (int i = 0; i < self->n_pages; i++)
    {
      self->tops[i] = y;
      y += self->page_height[i] * scale + TD_PREVIEW_GAP;
    }
  self->content_height = y;
  self->content_width = self->max_width * scale + 2 * TD_PREVIEW_GAP;
  g_hash_table_remove_all (self->recordings);
}

/* The last page whose top is at or above content @y (0 when none is). */
static int
page_at (TdPreviewView *self,
         double         y)
{
  int low = 0, high = self->n_pages - 1;

  while (low < high)
    {
      int middle = (low + high + 1) / 2;

      if (self->tops[middle] <= y)
        low = middle;
      else
        high = middle - 1;
    }
  return MAX (low, 0);
}

static gboolean
has_size (TdPreviewView *self)
{
  return self->vadjustment != NULL && gtk_widget_get_width (GTK_WIDGET (self)) > 0 &&
         gtk_widget_get_height (GTK_WIDGET (self)) > 0;
}

/* The page being read, from where the view is scrolled to: the first page at the top, the
 * last at the bottom, else the one a third of the way down the view. */
static int
page_from_scroll (TdPreviewView *self)
{
  double value = gtk_adjustment_get_value (self->vadjustment);
  double height = gtk_adjustment_get_page_size (self->vadjustment);
  double upper = gtk_adjustment_get_upper (self->vadjustment);

  if (self->n_pages == 0 || value <= 0.5)
    return 0;
  if (value + height >= upper - 0.5)
    return self->n_pages - 1;
  return page_at (self, value + height / 3);
}

static void
set_page_internal (TdPreviewView *self,
                   int            page)
{
  if (self->page == page)
    return;
  self->page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
configure_adjustments (TdPreviewView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double upper;

  self->scrolling = TRUE;
  if (self->hadjustment != NULL)
    {
      upper = MAX (self->content_width, width);
      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (gtk_adjustment_get_value (self->hadjustment), 0,
                                       upper - width),
                                0, upper, width * 0.1, width * 0.9, width);
    }
  if (self->vadjustment != NULL)
    {
      upper = MAX (self->content_height, height);
      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (gtk_adjustment_get_value (self->vadjustment), 0,
                                       upper - height),
                                0, upper, 48, height * 0.9, height);
    }
  self->scrolling = FALSE;
}

static void
scroll_to (TdPreviewView *self,
           double         value)
{
  self->scrolling = TRUE;
  gtk_adjustment_set_value (self->vadjustment, value);
  self->scrolling = FALSE;
}

/* Sets the zoom, keeping the page being read where it was in the view. */
static void
apply_zoom (TdPreviewView *self,
            double         zoom)
{
  double old_scale = scale_of (self);
  double offset = 0.0;
  gboolean sized = has_size (self) && self->n_pages > 0;

  zoom = CLAMP (zoom, TD_PREVIEW_MIN_ZOOM, TD_PREVIEW_MAX_ZOOM);
  if (fabs (zoom - self->zoom) < 1e-9)
    return;

  if (sized)
    offset = (gtk_adjustment_get_value (self->vadjustment) - self->tops[self->page]) / old_scale;
  self->zoom = zoom;
  relayout (self);
  if (sized)
    {
      configure_adjustments (self);
      scroll_to (self, self->tops[self->page] + offset * scale_of (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Adjustments --------------------------------------------------------------------------------- */

static void
on_value_changed_cb (GtkAdjustment *adjustment,
                     TdPreviewView *self)
{
  if (adjustment == self->vadjustment && !self->scrolling && self->n_pages > 0)
    set_page_internal (self, page_from_scroll (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (TdPreviewView  *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment,
                guint           prop_id)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_value_changed_cb, self);
  g_set_object (slot, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), prop_id == PROP_HADJUSTMENT ? "hadjustment" : "vadjustment");
}

/* Page @index's place in the view, on whole pixels. */
static void
page_rect (TdPreviewView   *self,
           int              index,
           graphene_rect_t *rect)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double scale = scale_of (self);
  double page_width = self->page_width[index] * scale;
  double left, value = 0.0;

  if (self->content_width < width || self->hadjustment == NULL)
    left = (width - self->content_width) / 2;
  else
    left = -gtk_adjustment_get_value (self->hadjustment);
  if (self->vadjustment != NULL)
    value = gtk_adjustment_get_value (self->vadjustment);
  graphene_rect_init (rect, round (left + (self->content_width - page_width) / 2),
                      round (self->tops[index] - value), page_width,
                      self->page_height[index] * scale);
}

/* Painting ---------------------------------------------------------------------------------- */

/* Page @index as the engine draws it, on white paper, at the present zoom. */
static GskRenderNode *
record_page (TdPreviewView *self,
             int            index)
{
  double scale = scale_of (self);
  graphene_rect_t bounds;
  GskRenderNode *node;
  cairo_t *cr;

  graphene_rect_init (&bounds, 0, 0, self->page_width[index] * scale,
                      self->page_height[index] * scale);
  node = gsk_cairo_node_new (&bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  td_document_draw_page (self->document, cr, index);
  cairo_destroy (cr);
  self->n_paints++;
  return node;
}

static void
td_preview_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TdPreviewView *self = TD_PREVIEW_VIEW (widget);
  double height = gtk_widget_get_height (widget);
  double value;
  GHashTable *kept;
  static const GdkRGBA shadow = { 0, 0, 0, 0.28 };

  g_array_set_size (self->drawn, 0);
  if (self->n_pages == 0 || self->vadjustment == NULL)
    return;

  value = gtk_adjustment_get_value (self->vadjustment);
  kept = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) gsk_render_node_unref);

  for (int i = page_at (self, value); i < self->n_pages && self->tops[i] < value + height; i++)
    {
      graphene_rect_t rect;
      GskRenderNode *node;
      GskRoundedRect outline;

      page_rect (self, i, &rect);
      if (rect.origin.y + rect.size.height < 0)
        continue;
      if (!g_hash_table_steal_extended (self->recordings, GINT_TO_POINTER (i), NULL,
                                        (gpointer *) &node))
        node = record_page (self, i);
      g_hash_table_insert (kept, GINT_TO_POINTER (i), node);
      g_array_append_val (self->drawn, i);

      gsk_rounded_rect_init_from_rect (&outline, &rect, 0);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 4);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &rect.origin);
      gtk_snapshot_append_node (snapshot, node);
      gtk_snapshot_restore (snapshot);
    }

  /* Only the pages in view keep their recordings. */
  g_hash_table_unref (self->recordings);
  self->recordings = g_steal_pointer (&kept);
}

/* Size -------------------------------------------------------------------------------------- */

double
td_preview_view_fit_zoom (TdPreviewView     *self,
                          TdPreviewZoomMode  mode,
                          double             width,
                          double             height)
{
  double zoom;

  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), 1.0);

  if (mode == TD_PREVIEW_ZOOM_FREE || self->n_pages == 0)
    return self->zoom;
  zoom = (width - 2 * TD_PREVIEW_GAP) / (self->max_width * PX_PER_PT);
  if (mode == TD_PREVIEW_ZOOM_FIT_PAGE)
    zoom = MIN (zoom, (height - 2 * TD_PREVIEW_GAP) / (self->max_height * PX_PER_PT));
  return CLAMP (zoom, TD_PREVIEW_MIN_ZOOM, TD_PREVIEW_MAX_ZOOM);
}

static void
td_preview_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  TdPreviewView *self = TD_PREVIEW_VIEW (widget);

  *minimum = 0;
  *natural = (int) ceil (orientation == GTK_ORIENTATION_HORIZONTAL ? self->content_width
                                                                    : self->content_height);
}

static void
td_preview_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TdPreviewView *self = TD_PREVIEW_VIEW (widget);

  if (self->zoom_mode != TD_PREVIEW_ZOOM_FREE)
    apply_zoom (self, td_preview_view_fit_zoom (self, self->zoom_mode, width, height));
  configure_adjustments (self);
  if (self->pending_page >= 0 && self->n_pages > 0 && self->vadjustment != NULL)
    {
      int page = self->pending_page;

      self->pending_page = -1;
      scroll_to (self, self->tops[page] - TD_PREVIEW_GAP);
    }
}

/* Ctrl and the wheel zoom, as in every viewer. */
static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              TdPreviewView            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
                            GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  if (dy < 0)
    td_preview_view_zoom_in (self);
  else
    td_preview_view_zoom_out (self);
  return TRUE;
}

/* Object ------------------------------------------------------------------------------------ */

static void
td_preview_view_dispose (GObject *object)
{
  TdPreviewView *self = TD_PREVIEW_VIEW (object);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->document);
  g_hash_table_remove_all (self->recordings);

  G_OBJECT_CLASS (td_preview_view_parent_class)->dispose (object);
}

static void
td_preview_view_finalize (GObject *object)
{
  TdPreviewView *self = TD_PREVIEW_VIEW (object);

  g_free (self->page_width);
  g_free (self->page_height);
  g_free (self->tops);
  g_hash_table_unref (self->recordings);
  g_array_unref (self->drawn);

  G_OBJECT_CLASS (td_preview_view_parent_class)->finalize (object);
}

static void
td_preview_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TdPreviewView *self = TD_PREVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_N_PAGES:
      g_value_set_int (value, self->n_pages);
      break;
    case PROP_PAGE:
      g_value_set_int (value, self->page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_ZOOM_MODE:
      g_value_set_enum (value, self->zoom_mode);
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
td_preview_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TdPreviewView *self = TD_PREVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      td_preview_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_PAGE:
      td_preview_view_set_page (self, g_value_get_int (value));
      break;
    case PROP_ZOOM:
      td_preview_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_ZOOM_MODE:
      td_preview_view_set_zoom_mode (self, g_value_get_enum (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), prop_id);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), prop_id);
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_preview_view_class_init (TdPreviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_preview_view_dispose;
  object_class->finalize = td_preview_view_finalize;
  object_class->get_property = td_preview_view_get_property;
  object_class->set_property = td_preview_view_set_property;

  widget_class->snapshot = td_preview_view_snapshot;
  widget_class->measure = td_preview_view_measure;
  widget_class->size_allocate = td_preview_view_size_allocate;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, TD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_int ("page", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, TD_PREVIEW_MIN_ZOOM, TD_PREVIEW_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM_MODE] =
    g_param_spec_enum ("zoom-mode", NULL, NULL, TD_TYPE_PREVIEW_ZOOM_MODE,
                       TD_PREVIEW_ZOOM_FIT_WIDTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "preview-pages");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
td_preview_view_init (TdPreviewView *self)
{
  GtkEventController *scroll;

  self->zoom = 1.0;
  self->zoom_mode = TD_PREVIEW_ZOOM_FIT_WIDTH;
  self->pending_page = -1;
  self->recordings = g_hash_table_new_full (NULL, NULL, NULL,
                                            (GDestroyNotify) gsk_render_node_unref);
  self->drawn = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

/* API --------------------------------------------------------------------------------------- */

GtkWidget *
td_preview_view_new (void)
{
  return g_object_new (TD_TYPE_PREVIEW_VIEW, NULL);
}

TdDocument *
td_preview_view_get_document (TdPreviewView *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), NULL);
  return self->document;
}

void
td_preview_view_set_document (TdPreviewView *self,
                              TdDocument    *document)
{
  g_return_if_fail (TD_IS_PREVIEW_VIEW (self));
  g_return_if_fail (document == NULL || TD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  /* Laid out here, once: the sizes are all the view needs until a page comes into view. */
  self->n_pages = document != NULL ? td_document_get_n_pages (document) : 0;
  self->page_width = g_renew (double, self->page_width, MAX (self->n_pages, 1));
  self->page_height = g_renew (double, self->page_height, MAX (self->n_pages, 1));
  self->tops = g_renew (double, self->tops, MAX (self->n_pages, 1));
  self->max_width = self->max_height = 0.0;
  for (int i = 0; i < self->n_pages; i++)
    {
      td_document_get_nth_page_size (document, i, &self->page_width[i], &self->page_height[i]);
      self->max_width = MAX (self->max_width, self->page_width[i]);
      self->max_height = MAX (self->max_height, self->page_height[i]);
    }
  relayout (self);
  self->pending_page = 0;
  set_page_internal (self, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

int
td_preview_view_get_n_pages (TdPreviewView *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), 0);
  return self->n_pages;
}

int
td_preview_view_get_page (TdPreviewView *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), 0);
  return self->page;
}

void
td_preview_view_set_page (TdPreviewView *self,
                          int            page)
{
  g_return_if_fail (TD_IS_PREVIEW_VIEW (self));

  if (self->n_pages == 0)
    return;
  page = CLAMP (page, 0, self->n_pages - 1);
  if (has_size (self))
    scroll_to (self, self->tops[page] - TD_PREVIEW_GAP);
  else
    self->pending_page = page;
  set_page_internal (self, page);
}

double
td_preview_view_get_zoom (TdPreviewView *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), 1.0);
  return self->zoom;
}

void
td_preview_view_set_zoom (TdPreviewView *self,
                          double         zoom)
{
  g_return_if_fail (TD_IS_PREVIEW_VIEW (self));

  td_preview_view_set_zoom_mode (self, TD_PREVIEW_ZOOM_FREE);
  apply_zoom (self, zoom);
}

TdPreviewZoomMode
td_preview_view_get_zoom_mode (TdPreviewView *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), TD_PREVIEW_ZOOM_FREE);
  return self->zoom_mode;
}

void
td_preview_view_set_zoom_mode (TdPreviewView     *self,
                               TdPreviewZoomMode  mode)
{
  g_return_if_fail (TD_IS_PREVIEW_VIEW (self));

  if (self->zoom_mode == mode)
    return;
  self->zoom_mode = mode;
  if (mode != TD_PREVIEW_ZOOM_FREE && has_size (self))
    apply_zoom (self, td_preview_view_fit_zoom (self, mode,
                                                gtk_widget_get_width (GTK_WIDGET (self)),
                                                gtk_widget_get_height (GTK_WIDGET (self))));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_MODE]);
}

void
td_preview_view_zoom_in (TdPreviewView *self)
{
  g_return_if_fail (TD_IS_PREVIEW_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    if (zoom_steps[i] > self->zoom * 1.01)
      {
        td_preview_view_set_zoom (self, zoom_steps[i]);
        return;
      }
}

void
td_preview_view_zoom_out (TdPreviewView *self)
{
  g_return_if_fail (TD_IS_PREVIEW_VIEW (self));

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    if (zoom_steps[i - 1] < self->zoom * 0.99)
      {
        td_preview_view_set_zoom (self, zoom_steps[i - 1]);
        return;
      }
}

gboolean
td_preview_view_get_page_rect (TdPreviewView   *self,
                               int              page,
                               graphene_rect_t *rect)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (page < 0 || page >= self->n_pages)
    return FALSE;
  page_rect (self, page, rect);
  return TRUE;
}

guint
td_preview_view_get_drawn_pages (TdPreviewView *self,
                                 GArray        *pages)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), 0);

  if (pages != NULL)
    {
      g_array_set_size (pages, 0);
      g_array_append_vals (pages, self->drawn->data, self->drawn->len);
    }
  return self->drawn->len;
}

guint
td_preview_view_get_n_paints (TdPreviewView *self)
{
  g_return_val_if_fail (TD_IS_PREVIEW_VIEW (self), 0);
  return self->n_paints;
}
