/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Units area: three lists of subjects in a view stack. Each reads the store when it is
 * first shown, so opening the area costs only the list in view.
 */
#define G_LOG_DOMAIN "td-units-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "td-subject-columns.h"
#include "td-units-page.h"

#define N_LISTS 3

struct _TdUnitsPage
{
  GtkWidget      parent_instance;

  TdContext     *context;
  int            year;
  TdSubjectList *lists[N_LISTS];

  GtkWidget     *box;
  AdwViewStack  *stack;
};

G_DEFINE_FINAL_TYPE (TdUnitsPage, td_units_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *name;
  const char *icon_name;
} list_pages[N_LISTS] = {
  [TD_SUBJECT_UNIT] = { "units", "system-users-symbolic" },
  [TD_SUBJECT_PERSON] = { "people", "avatar-default-symbolic" },
  [TD_SUBJECT_HOUSEHOLD] = { "households", "user-home-symbolic" },
};

static void
update_lists (TdUnitsPage *self)
{
  TdStore *store = self->context != NULL ? td_context_get_store (self->context) : NULL;

  for (guint i = 0; i < N_LISTS; i++)
    td_subject_list_set_store (self->lists[i], store, self->year);
}

static void
td_units_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TdUnitsPage *self = TD_UNITS_PAGE (object);

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
td_units_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TdUnitsPage *self = TD_UNITS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      if (self->context != NULL)
        g_signal_connect_object (self->context, "notify::store", G_CALLBACK (update_lists), self,
                                 G_CONNECT_SWAPPED);
      update_lists (self);
      break;
    case PROP_YEAR:
      if (self->year != g_value_get_int (value))
        {
          self->year = g_value_get_int (value);
          update_lists (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_units_page_dispose (GObject *object)
{
  TdUnitsPage *self = TD_UNITS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_UNITS_PAGE);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (td_units_page_parent_class)->dispose (object);
}

static void
td_units_page_class_init (TdUnitsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_units_page_dispose;
  object_class->get_property = td_units_page_get_property;
  object_class->set_property = td_units_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, TD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-units-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TdUnitsPage, box);
  gtk_widget_class_bind_template_child (widget_class, TdUnitsPage, stack);
}

static void
td_units_page_init (TdUnitsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (TdSubjectKind kind = TD_SUBJECT_UNIT; kind < N_LISTS; kind++)
    {
      self->lists[kind] = td_subject_list_new (kind);
      adw_view_stack_add_titled_with_icon (self->stack, GTK_WIDGET (self->lists[kind]),
                                           list_pages[kind].name, td_subject_kind_title (kind),
                                           list_pages[kind].icon_name);
    }
}

TdSubjectList *
td_units_page_get_list (TdUnitsPage   *self,
                        TdSubjectKind  kind)
{
  g_return_val_if_fail (TD_IS_UNITS_PAGE (self), NULL);
  g_return_val_if_fail (kind < N_LISTS, NULL);
  return self->lists[kind];
}

TdSubjectList *
td_units_page_get_current (TdUnitsPage *self)
{
  g_return_val_if_fail (TD_IS_UNITS_PAGE (self), NULL);
  return TD_SUBJECT_LIST (adw_view_stack_get_visible_child (self->stack));
}

void
td_units_page_show_list (TdUnitsPage   *self,
                         TdSubjectKind  kind)
{
  g_return_if_fail (TD_IS_UNITS_PAGE (self));
  g_return_if_fail (kind < N_LISTS);
  adw_view_stack_set_visible_child (self->stack, GTK_WIDGET (self->lists[kind]));
}

void
td_units_page_reload (TdUnitsPage *self)
{
  g_return_if_fail (TD_IS_UNITS_PAGE (self));
  for (guint i = 0; i < N_LISTS; i++)
    td_subject_list_reload (self->lists[i]);
}

void
td_units_page_apply_change (TdUnitsPage    *self,
                            const TdChange *change)
{
  g_return_if_fail (TD_IS_UNITS_PAGE (self));
  for (guint i = 0; i < N_LISTS; i++)
    td_subject_list_apply_change (self->lists[i], change);
}
