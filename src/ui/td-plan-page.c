/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Plan area: the document and its editor in a paned, side by side on a wide window and
 * one above the other on a narrow one.
 */
#define G_LOG_DOMAIN "td-plan-page"

#include "config.h"

#include "td-plan-find.h"
#include "td-plan-page.h"
#include "td-store-plan.h"
#include "td-toast.h"

/* Below this width the editor goes under the document: side by side, neither would be
 * readable (the editor needs about 340 px, the document as much again). */
#define SIDE_BY_SIDE_WIDTH 760
#define EDITOR_WIDTH 340

struct _TdPlanPage
{
  GtkWidget     parent_instance;

  TdContext    *context;
  int           year;
  TdPlan       *plan;
  /* The year or the store changed while the page was not shown: read when it is. */
  gboolean      stale;

  GtkPaned     *paned;
  /* The document: find in the plan above the view. */
  GtkWidget    *document;
  TdPlanFind   *find;
  TdPlanView   *view;
  TdPlanEditor *editor;
  /* The divider was placed for the editor in the paned's orientation. */
  gboolean      placed;
};

G_DEFINE_FINAL_TYPE (TdPlanPage, td_plan_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
load (TdPlanPage *self)
{
  TdStore *store = self->context != NULL ? td_context_get_store (self->context) : NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  self->stale = FALSE;
  if (store != NULL && self->year != 0)
    {
      plan = td_store_get_plan (store, self->year, &error);
      if (plan == NULL && !g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND))
        td_toast_show_error (GTK_WIDGET (self), error);
    }
  g_set_object (&self->plan, plan);

  /* The editor first: when the view then selects again, the editor knows the plan. */
  if (self->editor != NULL)
    td_plan_editor_set_plan (self->editor, store, plan);
  td_plan_view_set_plan (self->view, store, plan);
}

static void
invalidate (TdPlanPage *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
}

static void
on_select_cb (TdPlanPage   *self,
              int           kind,
              gint64        id,
              TdPlanEditor *editor)
{
  td_plan_view_select (self->view, kind, id);
}

static void
on_row_selected_cb (TdPlanPage *self,
                    TdPlanRow  *row,
                    TdPlanView *view)
{
  if (self->editor == NULL)
    {
      if (row == NULL)
        return;
      self->editor = g_object_new (TD_TYPE_PLAN_EDITOR, "width-request", EDITOR_WIDTH, NULL);
      g_signal_connect_object (self->editor, "select", G_CALLBACK (on_select_cb), self,
                               G_CONNECT_SWAPPED);
      td_plan_editor_set_plan (self->editor, td_context_get_store (self->context), self->plan);
      gtk_paned_set_end_child (self->paned, GTK_WIDGET (self->editor));
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
  td_plan_editor_edit_row (self->editor, row);
}

static void
td_plan_page_map (GtkWidget *widget)
{
  TdPlanPage *self = TD_PLAN_PAGE (widget);

  GTK_WIDGET_CLASS (td_plan_page_parent_class)->map (widget);
  if (self->stale)
    load (self);
}

static void
td_plan_page_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TdPlanPage *self = TD_PLAN_PAGE (widget);
  GtkWidget *parts[2] = { self->document, GTK_WIDGET (self->editor) };

  /* As narrow as the narrower arrangement, one above the other; as wide as side by side. */
  *minimum = *natural = 0;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      int min, nat;

      if (parts[i] == NULL)
        continue;
      gtk_widget_measure (parts[i], orientation, -1, &min, &nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        *minimum = MAX (*minimum, min);
      else
        *minimum += min;
      *natural += nat;
    }
}

static void
td_plan_page_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  TdPlanPage *self = TD_PLAN_PAGE (widget);
  GtkOrientation orientation = width >= SIDE_BY_SIDE_WIDTH ? GTK_ORIENTATION_HORIZONTAL
                                                           : GTK_ORIENTATION_VERTICAL;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->paned)) != orientation ||
      (self->editor != NULL && !self->placed))
    {
      gboolean side = orientation == GTK_ORIENTATION_HORIZONTAL;

      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->paned), orientation);
      /* Below, the editor takes what it needs and grows with the window; beside, the
       * document does. */
      gtk_paned_set_resize_end_child (self->paned, !side);
      self->placed = self->editor != NULL;
      if (self->editor != NULL)
        gtk_paned_set_position (self->paned, side ? MAX (420, width - 420) : height * 2 / 5);
    }
  gtk_widget_allocate (GTK_WIDGET (self->paned), width, height, baseline, NULL);
}

static void
td_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TdPlanPage *self = TD_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TdPlanPage *self = TD_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      if (self->context != NULL)
        g_signal_connect_object (self->context, "notify::store", G_CALLBACK (invalidate), self,
                                 G_CONNECT_SWAPPED);
      break;
    case PROP_YEAR:
      if (self->year != g_value_get_int (value))
        {
          self->year = g_value_get_int (value);
          invalidate (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_plan_page_dispose (GObject *object)
{
  TdPlanPage *self = TD_PLAN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_PLAN_PAGE);
  self->editor = NULL;
  g_clear_object (&self->plan);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (td_plan_page_parent_class)->dispose (object);
}

static void
td_plan_page_class_init (TdPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_plan_page_dispose;
  object_class->get_property = td_plan_page_get_property;
  object_class->set_property = td_plan_page_set_property;
  widget_class->map = td_plan_page_map;
  widget_class->measure = td_plan_page_measure;
  widget_class->size_allocate = td_plan_page_size_allocate;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, TD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TD_TYPE_PLAN_VIEW);
  g_type_ensure (TD_TYPE_PLAN_FIND);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TdPlanPage, paned);
  gtk_widget_class_bind_template_child (widget_class, TdPlanPage, document);
  gtk_widget_class_bind_template_child (widget_class, TdPlanPage, find);
  gtk_widget_class_bind_template_child (widget_class, TdPlanPage, view);
}

static void
td_plan_page_init (TdPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->stale = TRUE;
  td_plan_find_set_view (self->find, self->view);
  g_signal_connect_object (self->view, "row-selected", G_CALLBACK (on_row_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

TdPlanView *
td_plan_page_get_view (TdPlanPage *self)
{
  g_return_val_if_fail (TD_IS_PLAN_PAGE (self), NULL);
  return self->view;
}

void
td_plan_page_find (TdPlanPage *self)
{
  g_return_if_fail (TD_IS_PLAN_PAGE (self));
  td_plan_find_start (self->find);
}

TdPlanEditor *
td_plan_page_get_editor (TdPlanPage *self)
{
  g_return_val_if_fail (TD_IS_PLAN_PAGE (self), NULL);
  return self->editor;
}

TdPlan *
td_plan_page_get_plan (TdPlanPage *self)
{
  g_return_val_if_fail (TD_IS_PLAN_PAGE (self), NULL);
  return self->plan;
}

void
td_plan_page_reload (TdPlanPage *self)
{
  g_return_if_fail (TD_IS_PLAN_PAGE (self));
  invalidate (self);
}

void
td_plan_page_apply_change (TdPlanPage     *self,
                           const TdChange *change)
{
  g_return_if_fail (TD_IS_PLAN_PAGE (self));
  g_return_if_fail (change != NULL);

  switch (change->what)
    {
    case TD_CHANGE_TASK:
    case TD_CHANGE_SECTION:
    case TD_CHANGE_PLAN:
      /* Another plan's, or a page that reads its plan anew when next shown. */
      if (self->stale || self->plan == NULL || change->plan_id != td_plan_get_id (self->plan))
        break;
      /* One task's text or dates: its row alone, shown or not. The editor keeps what is
       * typed into it. Anything that moves numbers or rows: the plan again. */
      if (change->what == TD_CHANGE_TASK && change->kind == TD_CHANGE_UPDATED &&
          td_plan_view_refresh_task (self->view, change->id))
        break;
      invalidate (self);
      break;
    case TD_CHANGE_UNIT:
      /* A task's row names its units: one renamed or removed is read again. A new unit
       * belongs to no task yet. */
      if (change->kind != TD_CHANGE_ADDED)
        invalidate (self);
      break;
    case TD_CHANGE_ALL:
      invalidate (self);
      break;
    case TD_CHANGE_OFFICE:
    default:
      /* The view shows nothing of the office. */
      break;
    }
}
