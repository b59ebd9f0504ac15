/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-wrap-layout"

#include "config.h"

#include "td-wrap-layout.h"

struct _TdWrapLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;
  int              line_spacing;
};

G_DEFINE_FINAL_TYPE (TdWrapLayout, td_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* A child's width in a line @width wide: its natural width, or the line's when that is
 * less, never under its minimum. */
static int
child_width (GtkWidget *child,
             int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return MAX (minimum, MIN (natural, width));
}

static int
child_height (GtkWidget *child,
              int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  return natural;
}

/* Lays the children out in lines @width wide; with @allocate, gives them their places.
 * Returns the height the lines take. */
static int
flow (TdWrapLayout *self,
      GtkWidget    *widget,
      int           width,
      gboolean      allocate)
{
  GtkWidget *line_start = gtk_widget_get_first_child (widget);
  int y = 0;

  while (line_start != NULL)
    {
      GtkWidget *line_end = NULL;
      GtkWidget *child;
      int used = 0, height = 0, x = 0;
      gboolean first = TRUE;

      /* Which children this line holds: at least one. */
      for (child = line_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int w;

          if (!gtk_widget_should_layout (child))
            continue;
          w = child_width (child, width);
          if (!first && used + self->spacing + w > width)
            {
              line_end = child;
              break;
            }
          used += (first ? 0 : self->spacing) + w;
          height = MAX (height, child_height (child, w));
          first = FALSE;
        }

      for (child = line_start; allocate && child != line_end;
           child = gtk_widget_get_next_sibling (child))
        {
          int w, h;

          if (!gtk_widget_should_layout (child))
            continue;
          w = child_width (child, width);
          h = child_height (child, w);
          if (gtk_widget_get_halign (child) == GTK_ALIGN_END)
            x = MAX (x, width - w);
          gtk_widget_size_allocate (child, &(GtkAllocation) { x, y + (height - h) / 2, w, h }, -1);
          x += w + self->spacing;
        }

      if (height > 0)
        y += (y > 0 ? self->line_spacing : 0) + height;
      line_start = line_end;
    }
  return y;
}

static GtkSizeRequestMode
td_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
td_wrap_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  TdWrapLayout *self = TD_WRAP_LAYOUT (manager);
  int min = 0, nat = 0, n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL,
                          NULL);
      min = MAX (min, child_min);
      nat += (n++ > 0 ? self->spacing : 0) + child_nat;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min;
      *natural = MAX (min, nat);
    }
  else
    {
      /* With no width given, as narrow as it can be: the most lines. */
      *minimum = *natural = flow (self, widget, for_size >= 0 ? MAX (for_size, min) : min, FALSE);
    }
}

static void
td_wrap_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  flow (TD_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
td_wrap_layout_class_init (TdWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = td_wrap_layout_get_request_mode;
  manager_class->measure = td_wrap_layout_measure;
  manager_class->allocate = td_wrap_layout_allocate;
}

static void
td_wrap_layout_init (TdWrapLayout *self)
{
}

GtkLayoutManager *
td_wrap_layout_new (int spacing,
                    int line_spacing)
{
  TdWrapLayout *self = g_object_new (TD_TYPE_WRAP_LAYOUT, NULL);

  self->spacing = spacing;
  self->line_spacing = line_spacing;
  return GTK_LAYOUT_MANAGER (self);
}
