/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-drawn-row"

#include "config.h"

#include <glib/gi18n.h>

#include "td-drawn-row.h"

#define PADDING_X 6
#define PADDING_Y 5
/* Columns of a table: at most this many. */
#define MAX_COLUMNS 12
/* A detail line's colour, of the text's. */
#define DIM_ALPHA 0.55f

/* Layout ------------------------------------------------------------------------------------ */

void
td_drawn_layout (const TdDrawnColumn *columns,
                 guint                n_columns,
                 int                  width,
                 int                  char_width,
                 int                 *x)
{
  int used = 0, shown_natural = 0, n_expand = 0, extra;
  guint n_fit = 0;

  /* As many columns as their least widths allow, in their order: the first always. */
  for (guint i = 0; i < n_columns; i++)
    {
      int least = columns[i].min_chars * char_width;

      if (columns[i].hidden)
        {
          n_fit++;
          continue;
        }
      if (i > 0 && used + least > width)
        break;
      used += least;
      n_fit++;
    }
  for (guint i = 0; i < n_fit; i++)
    if (!columns[i].hidden)
      {
        shown_natural += columns[i].natural_chars * char_width;
        n_expand += columns[i].expand;
      }

  /* Between least and natural widths, each column gets its share; beyond, the columns that
   * expand share the rest. */
  x[0] = 0;
  for (guint i = 0; i < n_columns; i++)
    {
      int least = columns[i].min_chars * char_width;
      int natural = columns[i].natural_chars * char_width;
      int w = 0;

      if (i < n_fit && !columns[i].hidden)
        {
          if (width >= shown_natural)
            {
              extra = (width - shown_natural) / MAX (n_expand, 1);
              w = natural + (columns[i].expand ? extra : 0);
            }
          else if (shown_natural > used)
            w = least + (natural - least) * (width - used) / (shown_natural - used);
          else
            w = least;
        }
      x[i + 1] = x[i] + w;
    }
}

/* The columns ------------------------------------------------------------------------------- */

struct _TdDrawnColumns
{
  GObject             parent_instance;
  const TdDrawnFuncs *funcs;
  gpointer            data;
  guint               n_columns;
  guint               n_lines;
};

G_DEFINE_FINAL_TYPE (TdDrawnColumns, td_drawn_columns, G_TYPE_OBJECT)

enum { COLUMNS_CHANGED, N_COLUMNS_SIGNALS };
static guint columns_signals[N_COLUMNS_SIGNALS];

static void
td_drawn_columns_class_init (TdDrawnColumnsClass *klass)
{
  columns_signals[COLUMNS_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
td_drawn_columns_init (TdDrawnColumns *self)
{
}

TdDrawnColumns *
td_drawn_columns_new (const TdDrawnFuncs *funcs,
                      gpointer            data,
                      guint               n_columns,
                      guint               n_lines)
{
  TdDrawnColumns *self;

  g_return_val_if_fail (funcs != NULL && funcs->describe != NULL && funcs->get_title != NULL &&
                        funcs->dup_text != NULL, NULL);
  g_return_val_if_fail (n_columns > 0 && n_columns <= MAX_COLUMNS, NULL);

  self = g_object_new (TD_TYPE_DRAWN_COLUMNS, NULL);
  self->funcs = funcs;
  self->data = data;
  self->n_columns = n_columns;
  self->n_lines = MAX (n_lines, 1);
  return self;
}

guint
td_drawn_columns_get_n_columns (TdDrawnColumns *self)
{
  g_return_val_if_fail (TD_IS_DRAWN_COLUMNS (self), 0);
  return self->n_columns;
}

void
td_drawn_columns_changed (TdDrawnColumns *self)
{
  g_return_if_fail (TD_IS_DRAWN_COLUMNS (self));
  g_signal_emit (self, columns_signals[COLUMNS_CHANGED], 0);
}

/* Every column as described now, and where each starts in @width. */
static void
columns_layout (TdDrawnColumns *self,
                int             width,
                int             char_width,
                TdDrawnColumn  *described,
                int            *x)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      described[i] = (TdDrawnColumn) { PANGO_ALIGN_LEFT, 0, 0, FALSE, FALSE, FALSE };
      self->funcs->describe (self->data, i, &described[i]);
    }
  td_drawn_layout (described, self->n_columns, width, char_width, x);
}

static char *
dup_detail (TdDrawnColumns *self,
            guint           index,
            gpointer        item)
{
  char *detail = self->funcs->dup_detail != NULL
                   ? self->funcs->dup_detail (self->data, index, item) : NULL;

  if (detail != NULL && detail[0] == '\0')
    g_clear_pointer (&detail, g_free);
  return detail;
}

/* Drawing ----------------------------------------------------------------------------------- */

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
measure_lines (TdDrawnColumns *columns,
               const FontSize *size,
               guint           n_lines,
               GtkOrientation  orientation,
               int            *minimum,
               int            *natural)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      TdDrawnColumn first = { PANGO_ALIGN_LEFT, 0, 0, FALSE, FALSE, FALSE };

      /* The first column's least width: the others give way below their own. */
      columns->funcs->describe (columns->data, 0, &first);
      *minimum = first.min_chars * size->char_width + 2 * PADDING_X;
      *natural = 96 * size->char_width;
    }
  else
    *minimum = *natural = n_lines * size->line_height + 2 * PADDING_Y;
}

static void
get_color (GtkWidget *widget,
           GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* Sets @layout to fit from @x0 to @x1, cut short with "…"; FALSE when there is no room. */
static gboolean
fit_layout (PangoLayout    *layout,
            int             x0,
            int             x1,
            PangoAlignment  alignment)
{
  if (x1 - x0 <= 2 * PADDING_X)
    return FALSE;
  pango_layout_set_width (layout, (x1 - x0 - 2 * PADDING_X) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_alignment (layout, alignment);
  return TRUE;
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             int            x,
             float          y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + PADDING_X, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* @layout, and @detail under it if any, in the column from @x0 to @x1, the two together
 * in the middle of the row's height. */
static void
draw_cell (GtkWidget      *widget,
           GtkSnapshot    *snapshot,
           PangoLayout    *layout,
           PangoLayout    *detail,
           int             x0,
           int             x1,
           PangoAlignment  alignment,
           const GdkRGBA  *color)
{
  int height = gtk_widget_get_height (widget), text_height, detail_height = 0;
  float y;

  if (!fit_layout (layout, x0, x1, alignment))
    return;
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  if (detail != NULL)
    {
      fit_layout (detail, x0, x1, alignment);
      pango_layout_get_pixel_size (detail, NULL, &detail_height);
    }
  y = (height - text_height - detail_height) / 2.0f;
  draw_layout (snapshot, layout, x0, y, color);
  if (detail != NULL)
    {
      GdkRGBA dim = *color;

      dim.alpha *= DIM_ALPHA;
      draw_layout (snapshot, detail, x0, y + text_height, &dim);
    }
}

/* A row ------------------------------------------------------------------------------------- */

struct _TdDrawnRow
{
  GtkWidget       parent_instance;
  TdDrawnColumns *columns;
  TdSlot         *slot;
  FontSize        font;
  /* The cells' layouts and their details', made again when the slot takes another item. */
  PangoLayout    *layouts[MAX_COLUMNS];
  PangoLayout    *details[MAX_COLUMNS];
};

G_DEFINE_FINAL_TYPE (TdDrawnRow, td_drawn_row, GTK_TYPE_WIDGET)

static void
clear_layouts (TdDrawnRow *self)
{
  for (guint i = 0; i < MAX_COLUMNS; i++)
    {
      g_clear_object (&self->layouts[i]);
      g_clear_object (&self->details[i]);
    }
}

static gpointer
row_item (TdDrawnRow *self)
{
  return self->slot != NULL ? td_slot_get_item (self->slot) : NULL;
}

static void
update (TdDrawnRow *self)
{
  clear_layouts (self);
  if (row_item (self) != NULL)
    {
      g_autofree char *text = td_drawn_row_dup_text (self);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text, -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_changed_cb (TdDrawnRow *self)
{
  update (self);
}

static void
td_drawn_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TdDrawnRow *self = TD_DRAWN_ROW (widget);

  measure_lines (self->columns, font_size_of (widget, &self->font), self->columns->n_lines,
                 orientation, minimum, natural);
}

/* The layouts of the cells given a width, made if need be; where each column starts. */
static gboolean
row_layout (TdDrawnRow    *self,
            TdDrawnColumn *described,
            int           *x)
{
  GtkWidget *widget = GTK_WIDGET (self);
  TdDrawnColumns *columns = self->columns;
  gpointer item = row_item (self);

  if (item == NULL)
    return FALSE;
  columns_layout (columns, gtk_widget_get_width (widget),
                  font_size_of (widget, &self->font)->char_width, described, x);
  for (guint i = 0; i < columns->n_columns; i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *detail = NULL;

      if (x[i + 1] <= x[i] || self->layouts[i] != NULL)
        continue;
      text = columns->funcs->dup_text (columns->data, i, item, FALSE);
      self->layouts[i] = gtk_widget_create_pango_layout (widget, text);
      detail = dup_detail (columns, i, item);
      if (detail != NULL)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
          self->details[i] = gtk_widget_create_pango_layout (widget, detail);
          pango_layout_set_attributes (self->details[i], attrs);
          pango_attr_list_unref (attrs);
        }
    }
  return TRUE;
}

static void
td_drawn_row_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TdDrawnRow *self = TD_DRAWN_ROW (widget);
  TdDrawnColumns *columns = self->columns;
  TdDrawnColumn described[MAX_COLUMNS];
  int x[MAX_COLUMNS + 1];
  GdkRGBA color;

  if (!row_layout (self, described, x))
    return;
  get_color (widget, &color);
  if (columns->funcs->is_faded != NULL && columns->funcs->is_faded (columns->data,
                                                                    row_item (self)))
    color.alpha *= 0.55f;
  for (guint i = 0; i < columns->n_columns; i++)
    if (x[i + 1] > x[i])
      draw_cell (widget, snapshot, self->layouts[i], self->details[i], x[i], x[i + 1],
                 described[i].alignment, &color);
}

/* A cell cut short: its whole text where the pointer rests. */
static gboolean
td_drawn_row_query_tooltip (GtkWidget  *widget,
                            int         px,
                            int         py,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  TdDrawnRow *self = TD_DRAWN_ROW (widget);
  TdDrawnColumn described[MAX_COLUMNS];
  int x[MAX_COLUMNS + 1];

  if (keyboard || !row_layout (self, described, x))
    return FALSE;
  for (guint i = 0; i < self->columns->n_columns; i++)
    {
      PangoLayout *layout = self->layouts[i];
      PangoLayout *detail = self->details[i];

      if (px < x[i] || px >= x[i + 1] || layout == NULL)
        continue;
      if (!pango_layout_is_ellipsized (layout) &&
          (detail == NULL || !pango_layout_is_ellipsized (detail)))
        return FALSE;
      if (detail != NULL)
        {
          g_autofree char *both = g_strdup_printf ("%s\n%s", pango_layout_get_text (layout),
                                                   pango_layout_get_text (detail));

          gtk_tooltip_set_text (tooltip, both);
        }
      else
        gtk_tooltip_set_text (tooltip, pango_layout_get_text (layout));
      return TRUE;
    }
  return FALSE;
}

static void
td_drawn_row_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (td_drawn_row_parent_class)->css_changed (widget, change);
  /* Another font: the layouts are made again with it. */
  clear_layouts (TD_DRAWN_ROW (widget));
  TD_DRAWN_ROW (widget)->font.char_width = 0;
}

static void
td_drawn_row_dispose (GObject *object)
{
  TdDrawnRow *self = TD_DRAWN_ROW (object);

  td_drawn_row_set_slot (self, NULL);
  g_clear_object (&self->columns);
  G_OBJECT_CLASS (td_drawn_row_parent_class)->dispose (object);
}

static void
td_drawn_row_class_init (TdDrawnRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = td_drawn_row_dispose;
  widget_class->measure = td_drawn_row_measure;
  widget_class->snapshot = td_drawn_row_snapshot;
  widget_class->query_tooltip = td_drawn_row_query_tooltip;
  widget_class->css_changed = td_drawn_row_css_changed;
  gtk_widget_class_set_css_name (widget_class, "drawn-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
td_drawn_row_init (TdDrawnRow *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
td_drawn_row_new (TdDrawnColumns *columns)
{
  TdDrawnRow *self;

  g_return_val_if_fail (TD_IS_DRAWN_COLUMNS (columns), NULL);

  self = g_object_new (TD_TYPE_DRAWN_ROW, NULL);
  self->columns = g_object_ref (columns);
  g_signal_connect_object (columns, "changed", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
td_drawn_row_set_slot (TdDrawnRow *self,
                       TdSlot     *slot)
{
  g_return_if_fail (TD_IS_DRAWN_ROW (self));

  if (self->slot == slot)
    return;
  if (self->slot != NULL)
    g_signal_handlers_disconnect_by_func (self->slot, on_changed_cb, self);
  g_set_object (&self->slot, slot);
  if (slot != NULL)
    g_signal_connect_swapped (slot, "notify::item", G_CALLBACK (on_changed_cb), self);
  update (self);
}

char *
td_drawn_row_dup_text (TdDrawnRow *self)
{
  TdDrawnColumns *columns;
  gpointer item;
  GString *text;
  gboolean first = TRUE;

  g_return_val_if_fail (TD_IS_DRAWN_ROW (self), NULL);

  columns = self->columns;
  item = row_item (self);
  if (item == NULL || columns == NULL)
    return g_strdup ("");
  text = g_string_new (NULL);
  for (guint i = 0; i < columns->n_columns; i++)
    {
      TdDrawnColumn column = { PANGO_ALIGN_LEFT, 0, 0, FALSE, FALSE, FALSE };
      g_autofree char *cell = NULL;
      g_autofree char *detail = NULL;

      columns->funcs->describe (columns->data, i, &column);
      if (column.hidden)
        continue;
      cell = columns->funcs->dup_text (columns->data, i, item, TRUE);
      detail = dup_detail (columns, i, item);
      g_string_append_printf (text, "%s%s", first ? "" : " | ", cell);
      if (detail != NULL)
        g_string_append_printf (text, ", %s", detail);
      first = FALSE;
    }
  return g_string_free (text, FALSE);
}

char **
td_drawn_row_dup_cells (TdDrawnRow *self)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  TdDrawnColumn described[MAX_COLUMNS];
  int x[MAX_COLUMNS + 1];

  g_return_val_if_fail (TD_IS_DRAWN_ROW (self), NULL);

  if (self->columns != NULL && row_layout (self, described, x))
    for (guint i = 0; i < self->columns->n_columns; i++)
      {
        if (x[i + 1] <= x[i])
          continue;
        g_strv_builder_add (cells, pango_layout_get_text (self->layouts[i]));
        if (self->details[i] != NULL)
          g_strv_builder_add (cells, pango_layout_get_text (self->details[i]));
      }
  return g_strv_builder_end (cells);
}

/* The headings -------------------------------------------------------------------------------- */

struct _TdDrawnHeader
{
  GtkWidget       parent_instance;
  TdDrawnColumns *columns;
  FontSize        font;
  guint           sorted;
  gboolean        descending;
};

G_DEFINE_FINAL_TYPE (TdDrawnHeader, td_drawn_header, GTK_TYPE_WIDGET)

enum { HEADER_SORT, N_HEADER_SIGNALS };
static guint header_signals[N_HEADER_SIGNALS];

static void
td_drawn_header_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  TdDrawnHeader *self = TD_DRAWN_HEADER (widget);

  measure_lines (self->columns, font_size_of (widget, &self->font), 1, orientation, minimum,
                 natural);
}

static void
header_layout (TdDrawnHeader *self,
               TdDrawnColumn *described,
               int           *x)
{
  GtkWidget *widget = GTK_WIDGET (self);

  columns_layout (self->columns, gtk_widget_get_width (widget),
                  font_size_of (widget, &self->font)->char_width, described, x);
}

static void
td_drawn_header_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TdDrawnHeader *self = TD_DRAWN_HEADER (widget);
  TdDrawnColumn described[MAX_COLUMNS];
  int x[MAX_COLUMNS + 1];
  GdkRGBA color;

  header_layout (self, described, x);
  get_color (widget, &color);
  for (guint i = 0; i < self->columns->n_columns; i++)
    {
      const char *title = self->columns->funcs->get_title (self->columns->data, i);
      g_autofree char *text = i == self->sorted
                              ? g_strdup_printf ("%s %s", title, self->descending ? "▼" : "▲")
                              : g_strdup (title);
      g_autoptr(PangoLayout) layout = NULL;

      if (x[i + 1] <= x[i])
        continue;
      layout = gtk_widget_create_pango_layout (widget, text);
      draw_cell (widget, snapshot, layout, NULL, x[i], x[i + 1], described[i].alignment,
                 &color);
    }
}

static void
on_released_cb (GtkGestureClick *gesture,
                int              n_press,
                double           px,
                double           py,
                TdDrawnHeader   *self)
{
  TdDrawnColumn described[MAX_COLUMNS];
  int x[MAX_COLUMNS + 1];

  header_layout (self, described, x);
  for (guint i = 0; i < self->columns->n_columns; i++)
    if (px >= x[i] && px < x[i + 1])
      {
        if (described[i].sortable)
          g_signal_emit (self, header_signals[HEADER_SORT], 0, i);
        return;
      }
}

static void
on_header_changed_cb (TdDrawnHeader *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
td_drawn_header_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (td_drawn_header_parent_class)->css_changed (widget, change);
  TD_DRAWN_HEADER (widget)->font.char_width = 0;
}

static void
td_drawn_header_dispose (GObject *object)
{
  g_clear_object (&TD_DRAWN_HEADER (object)->columns);
  G_OBJECT_CLASS (td_drawn_header_parent_class)->dispose (object);
}

static void
td_drawn_header_class_init (TdDrawnHeaderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = td_drawn_header_dispose;
  widget_class->css_changed = td_drawn_header_css_changed;
  widget_class->measure = td_drawn_header_measure;
  widget_class->snapshot = td_drawn_header_snapshot;
  gtk_widget_class_set_css_name (widget_class, "drawn-header");
  header_signals[HEADER_SORT] =
    g_signal_new ("sort", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
td_drawn_header_init (TdDrawnHeader *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->sorted = TD_DRAWN_UNSORTED;
  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Click a heading to sort by it"));
}

GtkWidget *
td_drawn_header_new (TdDrawnColumns *columns)
{
  TdDrawnHeader *self;

  g_return_val_if_fail (TD_IS_DRAWN_COLUMNS (columns), NULL);

  self = g_object_new (TD_TYPE_DRAWN_HEADER, NULL);
  self->columns = g_object_ref (columns);
  g_signal_connect_object (columns, "changed", G_CALLBACK (on_header_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
td_drawn_header_set_sort (TdDrawnHeader *self,
                          guint          column,
                          gboolean       descending)
{
  g_return_if_fail (TD_IS_DRAWN_HEADER (self));

  self->sorted = column;
  self->descending = descending;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

char **
td_drawn_header_dup_titles (TdDrawnHeader *self)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  TdDrawnColumn described[MAX_COLUMNS];
  int x[MAX_COLUMNS + 1];

  g_return_val_if_fail (TD_IS_DRAWN_HEADER (self), NULL);

  header_layout (self, described, x);
  for (guint i = 0; i < self->columns->n_columns; i++)
    g_strv_builder_add (titles, x[i + 1] > x[i]
                                  ? self->columns->funcs->get_title (self->columns->data, i)
                                  : "");
  return g_strv_builder_end (titles);
}
