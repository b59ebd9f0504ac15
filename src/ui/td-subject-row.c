/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-subject-list"

#include "config.h"

#include <glib/gi18n.h>

#include "td-subject-columns.h"
#include "td-subject-row.h"

#define PADDING_X 6
#define PADDING_Y 5
/* Columns of a list: at most this many. */
#define MAX_COLUMNS 12

/* The average character of a widget's font and its line's height, in pixels, which the
 * columns' widths and the rows' height count in; read once per font (a style change). */
typedef struct {
  int char_width;
  int line_height;
} FontSize;

static const FontSize *
font_size_of (GtkWidget *widget,
              FontSize  *size)
{
  if (size->char_width == 0)
    {
      PangoContext *context = gtk_widget_get_pango_context (widget);
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);

      size->char_width = MAX (1, pango_font_metrics_get_approximate_char_width (metrics) /
                                 PANGO_SCALE);
      size->line_height = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));
      pango_font_metrics_unref (metrics);
    }
  return size;
}

static void
measure_line (const FontSize *size,
              GtkOrientation  orientation,
              int            *minimum,
              int            *natural)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The name's least width: the other columns give way below their own. */
      *minimum = 24 * size->char_width + 2 * PADDING_X;
      *natural = 96 * size->char_width;
    }
  else
    *minimum = *natural = size->line_height + 2 * PADDING_Y;
}

/* @text in the column from @x0 to @x1, cut short with "…" when it does not fit. */
static void
draw_cell (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           PangoLayout *layout,
           int          x0,
           int          x1,
           gboolean     numeric,
           GdkRGBA     *color)
{
  int height = gtk_widget_get_height (widget), text_height;

  if (x1 - x0 <= 2 * PADDING_X)
    return;
  pango_layout_set_width (layout, (x1 - x0 - 2 * PADDING_X) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_alignment (layout, numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x0 + PADDING_X,
                                                          (height - text_height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
get_color (GtkWidget *widget,
           GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* A row ------------------------------------------------------------------------------------- */

struct _TdSubjectRow
{
  GtkWidget      parent_instance;
  TdSubjectKind  kind;
  TdSlot        *slot;
  FontSize       font;
  /* The cells' layouts, made again when the slot takes another subject. */
  PangoLayout   *layouts[MAX_COLUMNS];
};

G_DEFINE_FINAL_TYPE (TdSubjectRow, td_subject_row, GTK_TYPE_WIDGET)

static void
clear_layouts (TdSubjectRow *self)
{
  for (guint i = 0; i < MAX_COLUMNS; i++)
    g_clear_object (&self->layouts[i]);
}

static void
update (TdSubjectRow *self)
{
  g_autofree char *text = NULL;

  clear_layouts (self);
  if (self->slot != NULL)
    {
      text = td_subject_row_dup_text (self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text, -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_item_cb (TdSubjectRow *self)
{
  update (self);
}

static void
td_subject_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  measure_line (font_size_of (widget, &TD_SUBJECT_ROW (widget)->font), orientation, minimum,
                natural);
}

static void
td_subject_row_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  TdSubjectRow *self = TD_SUBJECT_ROW (widget);
  TdSubject *subject = self->slot != NULL ? td_slot_get_item (self->slot) : NULL;
  guint n_columns = td_subject_columns_count (self->kind);
  int x[MAX_COLUMNS + 1];
  GdkRGBA color;

  if (subject == NULL)
    return;
  td_subject_columns_layout (self->kind, gtk_widget_get_width (widget),
                             font_size_of (widget, &self->font)->char_width, x);
  get_color (widget, &color);
  if (td_subject_get_archived (subject))
    color.alpha *= 0.55f;
  for (guint i = 0; i < n_columns && i < MAX_COLUMNS; i++)
    {
      const TdSubjectColumn *column = td_subject_columns_get (self->kind, i);

      if (x[i + 1] <= x[i])
        continue;
      if (self->layouts[i] == NULL)
        {
          g_autofree char *text = td_subject_column_dup_text (column, subject);

          self->layouts[i] = gtk_widget_create_pango_layout (widget, text);
        }
      draw_cell (widget, snapshot, self->layouts[i], x[i], x[i + 1],
                 td_subject_column_is_numeric (column), &color);
    }
}

static void
td_subject_row_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (td_subject_row_parent_class)->css_changed (widget, change);
  /* Another font: the layouts are made again with it. */
  clear_layouts (TD_SUBJECT_ROW (widget));
  TD_SUBJECT_ROW (widget)->font.char_width = 0;
}

static void
td_subject_row_dispose (GObject *object)
{
  td_subject_row_set_slot (TD_SUBJECT_ROW (object), NULL);
  G_OBJECT_CLASS (td_subject_row_parent_class)->dispose (object);
}

static void
td_subject_row_class_init (TdSubjectRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = td_subject_row_dispose;
  widget_class->measure = td_subject_row_measure;
  widget_class->snapshot = td_subject_row_snapshot;
  widget_class->css_changed = td_subject_row_css_changed;
  gtk_widget_class_set_css_name (widget_class, "subject-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
td_subject_row_init (TdSubjectRow *self)
{
}

GtkWidget *
td_subject_row_new (TdSubjectKind kind)
{
  TdSubjectRow *self = g_object_new (TD_TYPE_SUBJECT_ROW, NULL);

  self->kind = kind;
  return GTK_WIDGET (self);
}

void
td_subject_row_set_slot (TdSubjectRow *self,
                         TdSlot       *slot)
{
  g_return_if_fail (TD_IS_SUBJECT_ROW (self));

  if (self->slot == slot)
    return;
  if (self->slot != NULL)
    g_signal_handlers_disconnect_by_func (self->slot, on_item_cb, self);
  g_set_object (&self->slot, slot);
  if (slot != NULL)
    g_signal_connect_swapped (slot, "notify::item", G_CALLBACK (on_item_cb), self);
  update (self);
}

char *
td_subject_row_dup_text (TdSubjectRow *self)
{
  TdSubject *subject;
  GString *text;

  g_return_val_if_fail (TD_IS_SUBJECT_ROW (self), NULL);

  subject = self->slot != NULL ? td_slot_get_item (self->slot) : NULL;
  if (subject == NULL)
    return g_strdup ("");
  text = g_string_new (NULL);
  for (guint i = 0; i < td_subject_columns_count (self->kind); i++)
    {
      g_autofree char *cell =
        td_subject_column_dup_text (td_subject_columns_get (self->kind, i), subject);

      g_string_append_printf (text, "%s%s", i > 0 ? " | " : "", cell);
    }
  return g_string_free (text, FALSE);
}

/* The headings -------------------------------------------------------------------------------- */

struct _TdSubjectHeader
{
  GtkWidget      parent_instance;
  TdSubjectKind  kind;
  FontSize       font;
  guint          sorted;
  gboolean       descending;
};

G_DEFINE_FINAL_TYPE (TdSubjectHeader, td_subject_header, GTK_TYPE_WIDGET)

enum { SIGNAL_SORT, N_SIGNALS };
static guint header_signals[N_SIGNALS];

static void
td_subject_header_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  measure_line (font_size_of (widget, &TD_SUBJECT_HEADER (widget)->font), orientation, minimum,
                natural);
}

static void
td_subject_header_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TdSubjectHeader *self = TD_SUBJECT_HEADER (widget);
  guint n_columns = td_subject_columns_count (self->kind);
  int x[MAX_COLUMNS + 1];
  GdkRGBA color;

  td_subject_columns_layout (self->kind, gtk_widget_get_width (widget),
                             font_size_of (widget, &self->font)->char_width, x);
  get_color (widget, &color);
  for (guint i = 0; i < n_columns && i < MAX_COLUMNS; i++)
    {
      const TdSubjectColumn *column = td_subject_columns_get (self->kind, i);
      const char *title = td_subject_column_get_title (self->kind, column);
      g_autofree char *text = i == self->sorted
                              ? g_strdup_printf ("%s %s", title, self->descending ? "▼" : "▲")
                              : g_strdup (title);
      g_autoptr(PangoLayout) layout = NULL;

      if (x[i + 1] <= x[i])
        continue;
      layout = gtk_widget_create_pango_layout (widget, text);
      draw_cell (widget, snapshot, layout, x[i], x[i + 1], td_subject_column_is_numeric (column),
                 &color);
    }
}

static void
on_released_cb (GtkGestureClick *gesture,
                int              n_press,
                double           px,
                double           py,
                TdSubjectHeader *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n_columns = td_subject_columns_count (self->kind);
  int x[MAX_COLUMNS + 1];

  td_subject_columns_layout (self->kind, gtk_widget_get_width (widget),
                             font_size_of (widget, &self->font)->char_width, x);
  for (guint i = 0; i < n_columns && i < MAX_COLUMNS; i++)
    if (px >= x[i] && px < x[i + 1])
      {
        g_signal_emit (self, header_signals[SIGNAL_SORT], 0, i);
        return;
      }
}

static void
td_subject_header_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (td_subject_header_parent_class)->css_changed (widget, change);
  TD_SUBJECT_HEADER (widget)->font.char_width = 0;
}

static void
td_subject_header_class_init (TdSubjectHeaderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->css_changed = td_subject_header_css_changed;
  widget_class->measure = td_subject_header_measure;
  widget_class->snapshot = td_subject_header_snapshot;
  gtk_widget_class_set_css_name (widget_class, "subject-header");
  header_signals[SIGNAL_SORT] =
    g_signal_new ("sort", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
td_subject_header_init (TdSubjectHeader *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Click a heading to sort by it"));
}

GtkWidget *
td_subject_header_new (TdSubjectKind kind)
{
  TdSubjectHeader *self = g_object_new (TD_TYPE_SUBJECT_HEADER, NULL);

  self->kind = kind;
  return GTK_WIDGET (self);
}

void
td_subject_header_set_sort (TdSubjectHeader *self,
                            guint            column,
                            gboolean         descending)
{
  g_return_if_fail (TD_IS_SUBJECT_HEADER (self));

  self->sorted = column;
  self->descending = descending;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
