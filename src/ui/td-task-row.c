/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-task-row"

#include "config.h"

#include "td-fold.h"
#include "td-task-row.h"

#define PAD_X 8
#define PAD_Y 6
#define UNITS_GAP 4

enum { CELL_NUMBER, CELL_CONTENT, CELL_RESPONSIBLE, CELL_UNITS, N_CELLS };

struct _TdTaskRow
{
  GtkWidget    parent_instance;

  int          page_width;
  int          number_width;
  int          responsible_width;
  char        *texts[N_CELLS];
  /* What find in the plan highlights, NULL for nothing. */
  char        *highlight;
  PangoLayout *layouts[N_CELLS];
  /* The height for the last width asked, so measuring twice costs nothing. */
  int          cached_width;
  int          cached_height;
  /* Rows far from the top report a height from their text's length until they are first
   * shown: GTK 4.8's list keeps 200 rows, and shaping all their text was most of the
   * time a long plan took to appear. */
  double       char_width;
  double       line_height;
  gboolean     estimating;
};

G_DEFINE_FINAL_TYPE (TdTaskRow, td_task_row, GTK_TYPE_WIDGET)

static void
clear_layouts (TdTaskRow *self)
{
  for (guint i = 0; i < N_CELLS; i++)
    g_clear_object (&self->layouts[i]);
  self->cached_width = -1;
}

static void
ensure_layouts (TdTaskRow *self)
{
  if (self->layouts[0] != NULL)
    return;

  for (guint i = 0; i < N_CELLS; i++)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->texts[i]);

      PangoAttrList *attrs = pango_attr_list_new ();

      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (i == CELL_NUMBER)
        pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      if (i == CELL_UNITS)
        {
          pango_attr_list_insert (attrs, pango_attr_scale_new (0.72));
          pango_attr_list_insert (attrs, pango_attr_foreground_alpha_new (40000));
        }
      if (self->highlight != NULL && i != CELL_NUMBER)
        td_task_row_add_highlights (attrs, self->texts[i], self->highlight);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      self->layouts[i] = layout;
    }
}

/* Where the page and its columns are within @width: the columns keep their proportions
 * when the page is narrower than it would be printed. */
static void
columns (TdTaskRow *self,
         int        width,
         int       *x,
         int       *page,
         int        cell_width[3])
{
  double scale;

  *page = MIN (width, self->page_width);
  *x = (width - *page) / 2;
  scale = (double) *page / self->page_width;
  cell_width[0] = MAX (44, self->number_width * scale);
  cell_width[2] = MAX (80, self->responsible_width * scale);
  cell_width[1] = MAX (1, *page - cell_width[0] - cell_width[2]);
}

static int
height_for_width (TdTaskRow *self,
                  int        width)
{
  int x, page, cell_width[3];
  int heights[N_CELLS];

  if (width == self->cached_width)
    return self->cached_height;

  ensure_layouts (self);
  columns (self, width, &x, &page, cell_width);
  pango_layout_set_width (self->layouts[CELL_NUMBER], (cell_width[0] - 2 * PAD_X) * PANGO_SCALE);
  pango_layout_set_width (self->layouts[CELL_CONTENT], (cell_width[1] - 2 * PAD_X) * PANGO_SCALE);
  pango_layout_set_width (self->layouts[CELL_RESPONSIBLE],
                          (cell_width[2] - 2 * PAD_X) * PANGO_SCALE);
  pango_layout_set_width (self->layouts[CELL_UNITS], (cell_width[2] - 2 * PAD_X) * PANGO_SCALE);

  for (guint i = 0; i < N_CELLS; i++)
    pango_layout_get_pixel_size (self->layouts[i], NULL, &heights[i]);
  if (self->texts[CELL_UNITS][0] != '\0')
    heights[CELL_RESPONSIBLE] += UNITS_GAP + heights[CELL_UNITS];

  self->cached_width = width;
  self->cached_height = 2 * PAD_Y + MAX (heights[CELL_NUMBER],
                                         MAX (heights[CELL_CONTENT], heights[CELL_RESPONSIBLE]));
  return self->cached_height;
}

static int
estimated_lines (const char *text,
                 double      chars_per_line)
{
  int lines = 1;
  int column = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == '\n' || column >= chars_per_line)
        {
          lines++;
          column = 0;
        }
      if (*p != '\n')
        column++;
    }
  return lines;
}

static int
estimated_height (TdTaskRow *self,
                  int        width)
{
  int x, page, cell_width[3];
  int content, responsible;

  columns (self, width, &x, &page, cell_width);
  content = estimated_lines (self->texts[CELL_CONTENT],
                             MAX (1.0, (cell_width[1] - 2 * PAD_X) / self->char_width));
  responsible = estimated_lines (self->texts[CELL_RESPONSIBLE],
                                 MAX (1.0, (cell_width[2] - 2 * PAD_X) / self->char_width));
  if (self->texts[CELL_UNITS][0] != '\0')
    responsible += 1;
  return 2 * PAD_Y + MAX (content, responsible) * self->line_height;
}

static gboolean
resize_cb (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  gtk_widget_queue_resize (widget);
  return G_SOURCE_REMOVE;
}

static void
td_task_row_map (GtkWidget *widget)
{
  TdTaskRow *self = TD_TASK_ROW (widget);

  GTK_WIDGET_CLASS (td_task_row_parent_class)->map (widget);

  /* Shown at last: from now on the real height, laid out once the frame is done. */
  if (self->estimating)
    {
      self->estimating = FALSE;
      gtk_widget_add_tick_callback (widget, resize_cb, NULL, NULL);
    }
}

static GtkSizeRequestMode
td_task_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
td_task_row_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  TdTaskRow *self = TD_TASK_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 44 + 80 + 120;
      *natural = self->page_width;
    }
  else if (self->estimating)
    *minimum = *natural = estimated_height (self, for_size < 0 ? self->page_width : for_size);
  else
    *minimum = *natural = height_for_width (self, for_size < 0 ? self->page_width : for_size);
}

static void
append_line (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             float          x,
             float          y,
             float          width,
             float          height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
td_task_row_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  TdTaskRow *self = TD_TASK_ROW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int x, page, cell_width[3];
  int responsible_height;
  int cell_x[3];
  GdkRGBA color, rule;

  height_for_width (self, width);
  columns (self, width, &x, &page, cell_width);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  rule = color;
  rule.alpha *= 0.35f;

  cell_x[0] = x;
  cell_x[1] = x + cell_width[0];
  cell_x[2] = x + cell_width[0] + cell_width[1];

  /* The table's rules: left of each cell, right of the last, and below. */
  for (guint i = 0; i < 3; i++)
    append_line (snapshot, &rule, cell_x[i], 0, 1, height);
  append_line (snapshot, &rule, x + page - 1, 0, 1, height);
  append_line (snapshot, &rule, x, height - 1, page, 1);

  for (guint i = 0; i < 3; i++)
    {
      int layout_height;

      pango_layout_get_pixel_size (self->layouts[i], NULL, &layout_height);
      gtk_snapshot_save (snapshot);
      /* Number and content sit in the middle of their cell, as in the printed plan. */
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (cell_x[i] + PAD_X,
                                                    i == CELL_RESPONSIBLE
                                                      ? PAD_Y
                                                      : (height - layout_height) / 2));
      gtk_snapshot_append_layout (snapshot, self->layouts[i], &color);
      gtk_snapshot_restore (snapshot);
    }

  if (self->texts[CELL_UNITS][0] != '\0')
    {
      pango_layout_get_pixel_size (self->layouts[CELL_RESPONSIBLE], NULL, &responsible_height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (cell_x[2] + PAD_X,
                                                    PAD_Y + responsible_height + UNITS_GAP));
      gtk_snapshot_append_layout (snapshot, self->layouts[CELL_UNITS], &color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
td_task_row_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  TdTaskRow *self = TD_TASK_ROW (widget);

  GTK_WIDGET_CLASS (td_task_row_parent_class)->css_changed (widget, change);
  /* A new font or size: lay the text out again. */
  clear_layouts (self);
  gtk_widget_queue_resize (widget);
}

static void
td_task_row_finalize (GObject *object)
{
  TdTaskRow *self = TD_TASK_ROW (object);

  clear_layouts (self);
  for (guint i = 0; i < N_CELLS; i++)
    g_free (self->texts[i]);
  g_free (self->highlight);

  G_OBJECT_CLASS (td_task_row_parent_class)->finalize (object);
}

static void
td_task_row_class_init (TdTaskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = td_task_row_finalize;
  widget_class->get_request_mode = td_task_row_get_request_mode;
  widget_class->measure = td_task_row_measure;
  widget_class->map = td_task_row_map;
  widget_class->snapshot = td_task_row_snapshot;
  widget_class->css_changed = td_task_row_css_changed;

  gtk_widget_class_set_css_name (widget_class, "taskrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
td_task_row_init (TdTaskRow *self)
{
  for (guint i = 0; i < N_CELLS; i++)
    self->texts[i] = g_strdup ("");
  self->cached_width = -1;
}

GtkWidget *
td_task_row_new (int page_width,
                 int number_width,
                 int responsible_width)
{
  TdTaskRow *self = g_object_new (TD_TYPE_TASK_ROW, NULL);

  self->page_width = page_width;
  self->number_width = number_width;
  self->responsible_width = responsible_width;
  return GTK_WIDGET (self);
}

void
td_task_row_set_texts (TdTaskRow  *self,
                       const char *number,
                       const char *content,
                       const char *responsible,
                       const char *units)
{
  const char *texts[N_CELLS] = { number, content, responsible, units };
  g_autofree char *label = NULL;

  g_return_if_fail (TD_IS_TASK_ROW (self));

  for (guint i = 0; i < N_CELLS; i++)
    {
      g_free (self->texts[i]);
      self->texts[i] = g_strdup (texts[i] != NULL ? texts[i] : "");
    }
  clear_layouts (self);

  label = g_strjoin (". ", self->texts[CELL_NUMBER], self->texts[CELL_CONTENT],
                     self->texts[CELL_RESPONSIBLE], NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (self->texts[CELL_UNITS][0] != '\0')
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->texts[CELL_UNITS]);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
td_task_row_set_estimate (TdTaskRow *self,
                          double     char_width,
                          double     line_height)
{
  g_return_if_fail (TD_IS_TASK_ROW (self));

  self->char_width = char_width;
  self->line_height = line_height;
  self->estimating = char_width > 0 && line_height > 0 && !gtk_widget_get_mapped (GTK_WIDGET (self));
}

gboolean
td_task_row_add_highlights (PangoAttrList *attrs,
                            const char    *text,
                            const char    *needle)
{
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (attrs != NULL, FALSE);

  if (text == NULL || needle == NULL)
    return FALSE;
  matches = td_fold_find_all (text, needle, TD_FOLD_FIND_DEFAULT);
  for (guint i = 0; i < matches->len; i++)
    {
      TdFoldMatch *match = &g_array_index (matches, TdFoldMatch, i);
      /* GNOME's yellow, with black text on it in a dark style too. */
      PangoAttribute *background = pango_attr_background_new (0xf8f8, 0xe4e4, 0x5c5c);
      PangoAttribute *foreground = pango_attr_foreground_new (0, 0, 0);

      background->start_index = foreground->start_index = match->start;
      background->end_index = foreground->end_index = match->end;
      pango_attr_list_insert (attrs, background);
      pango_attr_list_insert (attrs, foreground);
    }
  return matches->len > 0;
}

void
td_task_row_set_highlight (TdTaskRow  *self,
                           const char *needle)
{
  g_return_if_fail (TD_IS_TASK_ROW (self));

  if (g_strcmp0 (self->highlight, needle) == 0)
    return;
  g_free (self->highlight);
  self->highlight = g_strdup (needle);
  clear_layouts (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
