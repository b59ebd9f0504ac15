/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The painter: its caches, the style, the text of the rows, and the frames that the
 * header (td-timeline-paint-header.c), the rows (td-timeline-paint-rows.c) and the marks
 * (td-timeline-paint-marks.c) are painted into.
 */
#define G_LOG_DOMAIN "td-timeline-paint"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "td-timeline-paint-private.h"

/* More rows than this in the text cache and it starts again: a long scroll through a huge
 * plan must not keep every row's text for ever. */
#define MAX_CACHED_ROWS 4096
#define DEFAULT_FONT    "Cantarell,Noto Sans,DejaVu Sans,sans-serif"

/* Colours ----------------------------------------------------------------------------------- */

static TdTimelineColor
rgb (guint32 hex)
{
  return (TdTimelineColor) { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0,
                             (hex & 0xff) / 255.0, 1.0 };
}

static TdTimelineColor
mix (TdTimelineColor a,
     TdTimelineColor b,
     double          t)
{
  return (TdTimelineColor) { a.red * t + b.red * (1 - t), a.green * t + b.green * (1 - t),
                             a.blue * t + b.blue * (1 - t), 1.0 };
}

static void
style_init_common (TdTimelineStyle *style)
{
  style->font_family = DEFAULT_FONT;
  style->font_size = 13.0;
  style->text_scale = 1.0;
  style->name_lines = 1;
  style->wrap_names = FALSE;
  style->expanders = TRUE;
  style->show_units = FALSE;
  style->snap_to_pixels = TRUE;
  style->number_heading = NULL;
  style->name_heading = NULL;
  style->units_heading = NULL;
  style->today_label = td_timeline_legend_doc_label (TD_TIMELINE_LEGEND_TODAY);
  style->month_names = NULL;
  style->month_abbrevs = NULL;
}

/* The status colours come from the Okabe–Ito set, which stays apart for colour-blind
 * eyes, moved towards GNOME's palette; the marks on the bars do the rest. */
void
td_timeline_style_init_light (TdTimelineStyle *style)
{
  g_return_if_fail (style != NULL);

  style->background = rgb (0xffffff);
  style->foreground = rgb (0x241f31);
  style->dim_foreground = rgb (0x5e5c64);
  style->header_background = rgb (0xf6f5f4);
  style->name_background = rgb (0xfafafa);
  style->band = rgb (0xf1f4f8);
  style->group_background = rgb (0xe8e8ec);
  style->grid = rgb (0xc6c6cc);
  style->grid_minor = rgb (0xe6e6ea);
  style->today = rgb (0xc01c8c);
  style->accent = rgb (0x1c71d8);
  style->hover = rgb (0x3584e4);
  style->on_status = rgb (0xffffff);
  style->status[TD_TIMELINE_PLANNED] = rgb (0x3a8fd6);
  style->status[TD_TIMELINE_IN_PROGRESS] = rgb (0xd98c00);
  style->status[TD_TIMELINE_DONE] = rgb (0x1d9a6c);
  style->status[TD_TIMELINE_OVERDUE] = rgb (0xd43f00);
  style->status[TD_TIMELINE_CANCELLED] = rgb (0x8a8990);
  style->track = 0.28;
  style_init_common (style);
}

void
td_timeline_style_init_dark (TdTimelineStyle *style)
{
  g_return_if_fail (style != NULL);

  style->background = rgb (0x1e1e1e);
  style->foreground = rgb (0xf0f0f0);
  style->dim_foreground = rgb (0xa8a8ae);
  style->header_background = rgb (0x2e2e32);
  style->name_background = rgb (0x242426);
  style->band = rgb (0x26282d);
  style->group_background = rgb (0x38383d);
  style->grid = rgb (0x505056);
  style->grid_minor = rgb (0x2f2f33);
  style->today = rgb (0xf06ac0);
  style->accent = rgb (0x78aeed);
  style->hover = rgb (0x99c1f1);
  style->on_status = rgb (0x141414);
  /* Planned lighter than on white, and half of each colour in the part still to do: a
   * planned bar is all track, and at a third it was dark blue on near-black. */
  style->status[TD_TIMELINE_PLANNED] = rgb (0x7cbcf6);
  style->status[TD_TIMELINE_IN_PROGRESS] = rgb (0xf0b030);
  style->status[TD_TIMELINE_DONE] = rgb (0x3cc48e);
  style->status[TD_TIMELINE_OVERDUE] = rgb (0xff7a45);
  style->status[TD_TIMELINE_CANCELLED] = rgb (0x8e8d94);
  style->track = 0.5;
  style_init_common (style);
}

void
td_timeline_style_bar_colors (const TdTimelineStyle *style,
                              TdTimelineStatus       status,
                              TdTimelineColor       *done,
                              TdTimelineColor       *todo)
{
  TdTimelineColor d, t;

  g_return_if_fail (style != NULL);
  g_return_if_fail (status < TD_TIMELINE_N_STATUSES);

  d = style->status[status];
  t = mix (d, style->background, style->track);
  /* Cancelled work is faded all through: there is nothing done to show. */
  if (status == TD_TIMELINE_CANCELLED)
    d = t;
  if (done != NULL)
    *done = d;
  if (todo != NULL)
    *todo = t;
}

/* Words ------------------------------------------------------------------------------------- */

/* The legend's own words besides the statuses', as td-timeline-layout.c keeps those: the
 * msgid and the words printed, which are the Vietnamese translation's. */
static const struct {
  const char *msgid;
  const char *printed;
} legend_words[] = {
  { N_("Milestone"), "Mốc" },    /* TD_TIMELINE_LEGEND_MILESTONE */
  { N_("Today"), "Hôm nay" },    /* TD_TIMELINE_LEGEND_TODAY */
};
G_STATIC_ASSERT (G_N_ELEMENTS (legend_words) ==
                 TD_TIMELINE_LEGEND_N_ITEMS - TD_TIMELINE_LEGEND_MILESTONE);

const char *
td_timeline_legend_doc_label (TdTimelineLegendItem item)
{
  g_return_val_if_fail (item < TD_TIMELINE_LEGEND_N_ITEMS, "");

  if (item < TD_TIMELINE_LEGEND_MILESTONE)
    return td_timeline_status_doc_label ((TdTimelineStatus) item);
  return legend_words[item - TD_TIMELINE_LEGEND_MILESTONE].printed;
}

const char *
td_timeline_legend_msgid (TdTimelineLegendItem item)
{
  g_return_val_if_fail (item < TD_TIMELINE_LEGEND_N_ITEMS, "");

  if (item < TD_TIMELINE_LEGEND_MILESTONE)
    return td_timeline_status_msgid ((TdTimelineStatus) item);
  return legend_words[item - TD_TIMELINE_LEGEND_MILESTONE].msgid;
}

/* Text -------------------------------------------------------------------------------------- */

static void
row_text_free (gpointer data)
{
  RowText *text = data;

  g_free (text->content);
  g_free (text->responsible);
  g_clear_object (&text->number_layout);
  g_clear_object (&text->content_layout);
  g_clear_object (&text->units_layout);
  g_clear_object (&text->progress_layout);
  g_free (text);
}

static void
clear_fonts (TdTimelinePainter *self)
{
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
}

/* Makes sure the caches hold text in @style's font: another family, size, number of lines
 * or wrapping drops them; another scale only makes new font descriptions (the caches key
 * by scale). */
void
td_timeline_painter_use_style (TdTimelinePainter     *self,
                               const TdTimelineStyle *style)
{
  const char *family = style->font_family != NULL ? style->font_family : DEFAULT_FONT;
  static const double sizes[N_FONTS] = { 1.0, 0.84, 1.0, 0.84 };

  if (g_strcmp0 (family, self->family) != 0 || style->font_size != self->font_size ||
      style->name_lines != self->name_lines || style->wrap_names != self->wrap_names)
    {
      td_timeline_painter_clear_cache (self);
      g_free (self->family);
      self->family = g_strdup (family);
      self->font_size = style->font_size;
      self->name_lines = style->name_lines;
      self->wrap_names = style->wrap_names;
      clear_fonts (self);
    }
  if (self->fonts[0] != NULL && self->scale == style->text_scale)
    return;

  clear_fonts (self);
  self->scale = style->text_scale;
  for (guint i = 0; i < N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (family);
      pango_font_description_set_family (self->fonts[i], family);
      pango_font_description_set_absolute_size (self->fonts[i], style->font_size *
                                                style->text_scale * sizes[i] * PANGO_SCALE);
      if (i == FONT_BOLD || i == FONT_SMALL_BOLD)
        pango_font_description_set_weight (self->fonts[i], PANGO_WEIGHT_BOLD);
    }
}

static PangoLayout *
make_layout (TdTimelinePainter *self,
             FontRole           role,
             const char        *text)
{
  PangoLayout *layout = pango_layout_new (self->context);

  self->n_created++;
  pango_layout_set_font_description (layout, self->fonts[role]);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* A short label (a month, "QUÝ II", "45%"), shaped once per font and scale. */
PangoLayout *
td_timeline_painter_label (TdTimelinePainter *self,
                           FontRole           role,
                           const char        *text)
{
  char key[128];
  PangoLayout *layout;

  g_snprintf (key, sizeof key, "%g|%d|%s", self->scale, role, text);
  layout = g_hash_table_lookup (self->labels, key);
  if (layout == NULL)
    {
      layout = make_layout (self, role, text);
      g_hash_table_insert (self->labels, g_strdup (key), layout);
    }
  return layout;
}

/* The content on one line: "- " items joined with "; "; cut after @limit characters, or
 * whole when @limit is 0. */
static char *
flatten (const char *content,
         glong       limit)
{
  g_auto(GStrv) lines = g_strsplit (content != NULL ? content : "", "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "+ "))
        line = g_strchug (line + 2);
      if (line[0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, g_str_has_suffix (out->str, ";") || g_str_has_suffix (out->str, ".")
                              ? " " : "; ");
      g_string_append (out, line);
      if (limit > 0 && g_utf8_strlen (out->str, -1) > limit)
        break;
    }

  /* No more than can show: shaping a long paragraph to ellipsize it is what costs. */
  if (limit > 0 && g_utf8_strlen (out->str, -1) > limit)
    g_string_truncate (out, g_utf8_offset_to_pointer (out->str, limit) - out->str);
  return g_string_free (out, FALSE);
}

/* @text wrapped @width wide: on @lines lines at most, the rest cut with "…", or on as
 * many as it takes when @lines is 0. */
static PangoLayout *
make_wrapped (TdTimelinePainter *self,
              FontRole           role,
              const char        *text,
              int                width,
              guint              lines,
              gboolean           strike)
{
  /* About twice what the widest column shows on a line. */
  g_autofree char *flat = flatten (text, 240 * (glong) lines);
  PangoLayout *layout = make_layout (self, role, flat);

  pango_layout_set_width (layout, width);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (lines > 0)
    {
      pango_layout_set_height (layout, -(int) lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  if (strike)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

RowText *
td_timeline_frame_row_text (Frame                *f,
                            const TdTimelineTask *task)
{
  TdTimelinePainter *self = f->self;
  int content_width = (int) (MAX (f->text_end - f->text_x, 1.0) * PANGO_SCALE);
  int units_width = (int) (MAX (f->units_end - f->units_x, 1.0) * PANGO_SCALE);
  gint64 key = task->id * 4096 + ((gint64) round (self->scale * 64) & 4095);
  gboolean cancelled = task->status == TD_TIMELINE_CANCELLED;
  guint lines = f->style->wrap_names ? 0 : MAX (f->style->name_lines, 1);
  RowText *text = g_hash_table_lookup (self->rows, &key);

  /* The task changed since: its text is made again. */
  if (text != NULL && (text->number != task->number ||
                       g_strcmp0 (text->content, task->content) != 0 ||
                       g_strcmp0 (text->responsible, task->responsible) != 0 ||
                       (text->status == TD_TIMELINE_CANCELLED) != cancelled))
    {
      g_hash_table_remove (self->rows, &key);
      text = NULL;
    }

  if (text == NULL)
    {
      char number[16];

      if (g_hash_table_size (self->rows) >= MAX_CACHED_ROWS)
        g_hash_table_remove_all (self->rows);

      text = g_new0 (RowText, 1);
      text->content = g_strdup (task->content);
      text->responsible = g_strdup (task->responsible);
      text->number = task->number;
      text->status = task->status;
      text->progress = -1;
      text->content_width = content_width;
      g_snprintf (number, sizeof number, "%d", task->number);
      text->number_layout = make_layout (self, FONT_SMALL, number);
      text->content_layout = make_wrapped (self, FONT_ROW, task->content, content_width,
                                           lines, cancelled);
      g_hash_table_insert (self->rows, g_memdup2 (&key, sizeof key), text);
    }
  text->status = task->status;

  if (text->content_width != content_width)
    {
      text->content_width = content_width;
      pango_layout_set_width (text->content_layout, content_width);
    }
  if (f->style->show_units && text->units_layout == NULL)
    {
      text->units_width = units_width;
      text->units_layout = make_wrapped (self, FONT_SMALL, task->responsible, units_width,
                                         lines, FALSE);
    }
  else if (text->units_layout != NULL && text->units_width != units_width)
    {
      text->units_width = units_width;
      pango_layout_set_width (text->units_layout, units_width);
    }
  if (text->progress != task->progress && task->status == TD_TIMELINE_IN_PROGRESS)
    {
      char label[8];

      g_clear_object (&text->progress_layout);
      g_snprintf (label, sizeof label, "%d%%", task->progress);
      text->progress_layout = make_layout (self, FONT_SMALL, label);
      text->progress = task->progress;
    }
  return text;
}

/* Frames ------------------------------------------------------------------------------------ */

static void
frame_init (Frame                 *f,
            TdTimelinePainter     *self,
            cairo_t               *cr,
            TdTimelineLayout      *layout,
            const TdTimelineStyle *style,
            const TdTimelineMarks *marks,
            double                 x_offset,
            double                 width)
{
  static const TdTimelineMarks no_marks = { 0 };
  double name_width;

  td_timeline_painter_use_style (self, style);

  f->self = self;
  f->cr = cr;
  f->layout = layout;
  f->style = style;
  f->marks = marks != NULL ? marks : &no_marks;
  td_timeline_layout_get_metrics (layout, &f->m);
  f->x_offset = x_offset;
  f->width = width;
  f->ppd = td_timeline_layout_get_pixels_per_day (layout);
  f->fs = style->font_size * style->text_scale;
  f->lw = style->snap_to_pixels ? 1.0 : 0.5;

  /* The name column: glyph, number (right-aligned), content, and the units on demand. */
  name_width = f->m.name_width;
  f->pad = round (f->fs * 0.5);
  f->glyph = round (MIN (f->m.row_height * 0.5, f->fs * 1.05));
  f->number_end = f->pad + f->glyph + f->pad * 0.5 + f->fs * 2.1;
  f->text_x = f->number_end + f->pad * 0.8;
  f->units_end = name_width - f->pad;
  if (style->show_units)
    {
      f->units_x = f->text_x + (f->units_end - f->text_x) * 0.62;
      f->text_end = f->units_x - f->pad;
    }
  else
    f->units_x = f->text_end = f->units_end;

  f->hatch = style->snap_to_pixels && cr != NULL
             ? td_timeline_painter_hatch (self, cr, style,
                                          round (f->m.row_height * TD_TIMELINE_BAR_HEIGHT))
             : NULL;
  f->row_heights = NULL;
}

/* What a frame would show, without painting it ---------------------------------------------- */

static void
header_label_clear (gpointer data)
{
  g_free (((TdTimelineHeaderLabel *) data)->text);
}

GArray *
td_timeline_painter_get_header_labels (TdTimelinePainter     *self,
                                       TdTimelineLayout      *layout,
                                       const TdTimelineStyle *style,
                                       double                 x_offset,
                                       double                 width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (HeaderLabel));
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (TdTimelineHeaderLabel));
  Frame f;

  g_return_val_if_fail (self != NULL && layout != NULL && style != NULL, labels);

  g_array_set_clear_func (labels, header_label_clear);
  frame_init (&f, self, cr, layout, style, NULL, x_offset, width);
  td_timeline_frame_header_labels (&f, 0, placed);
  for (guint i = 0; i < placed->len; i++)
    {
      HeaderLabel *label = &g_array_index (placed, HeaderLabel, i);
      TdTimelineHeaderLabel copy = label->label;

      copy.text = g_strdup (pango_layout_get_text (label->layout));
      g_array_append_val (labels, copy);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return labels;
}

GStrv
td_timeline_painter_dup_name_lines (TdTimelinePainter     *self,
                                    TdTimelineLayout      *layout,
                                    const TdTimelineStyle *style,
                                    guint                  task,
                                    gboolean              *ellipsized,
                                    double                *height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  TdTimelineMetrics metrics;
  PangoLayoutIter *iter;
  const char *text;
  RowText *row;
  Frame f;

  g_return_val_if_fail (self != NULL && layout != NULL && style != NULL, NULL);
  g_return_val_if_fail (task < td_timeline_layout_get_n_tasks (layout), NULL);

  td_timeline_layout_get_metrics (layout, &metrics);
  frame_init (&f, self, cr, layout, style, NULL, 0, metrics.name_width);
  row = td_timeline_frame_row_text (&f, td_timeline_layout_get_task (layout, task));
  text = pango_layout_get_text (row->content_layout);
  iter = pango_layout_get_iter (row->content_layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      g_autofree char *part = g_strndup (text + line->start_index, line->length);

      g_strv_builder_add (lines, g_strstrip (part));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  if (ellipsized != NULL)
    *ellipsized = pango_layout_is_ellipsized (row->content_layout);
  if (height != NULL)
    *height = layout_height (row->content_layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return g_strv_builder_end (lines);
}

/* Life -------------------------------------------------------------------------------------- */

TdTimelinePainter *
td_timeline_painter_new (PangoContext *context)
{
  TdTimelinePainter *self = g_new0 (TdTimelinePainter, 1);

  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), NULL);

  if (context != NULL)
    self->context = g_object_ref (context);
  else
    {
      self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (self->context, 96.0);
    }
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, row_text_free);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->emphasis = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->stamps = g_hash_table_new_full (NULL, NULL, NULL,
                                        (GDestroyNotify) cairo_surface_destroy);
  self->font_size = -1;
  return self;
}

void
td_timeline_painter_free (TdTimelinePainter *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->rows);
  g_hash_table_unref (self->labels);
  g_hash_table_unref (self->emphasis);
  g_clear_pointer (&self->hatch, cairo_pattern_destroy);
  g_hash_table_unref (self->stamps);
  clear_fonts (self);
  g_free (self->family);
  g_object_unref (self->context);
  g_free (self);
}

void
td_timeline_painter_clear_cache (TdTimelinePainter *self)
{
  g_return_if_fail (self != NULL);
  g_hash_table_remove_all (self->rows);
  g_hash_table_remove_all (self->labels);
  g_hash_table_remove_all (self->stamps);
}

void
td_timeline_painter_set_device_scale (TdTimelinePainter *self,
                                      double             scale)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (scale >= 0);
  self->device_scale = scale;
}

guint
td_timeline_painter_get_n_layouts_created (TdTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_created;
}

guint
td_timeline_painter_get_n_rows_painted (TdTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_painted;
}

TdTimelineEmphasis
td_timeline_painter_get_emphasis (TdTimelinePainter *self,
                                  gint64             task_id)
{
  g_return_val_if_fail (self != NULL, TD_TIMELINE_EMPHASIS_NONE);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->emphasis, &task_id));
}

guint
td_timeline_painter_get_n_cached_rows (TdTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->rows);
}

/* Painting ---------------------------------------------------------------------------------- */

void
td_timeline_painter_paint (TdTimelinePainter     *self,
                           cairo_t               *cr,
                           TdTimelineLayout      *layout,
                           const TdTimelineStyle *style,
                           const TdTimelineMarks *marks,
                           double                 x_offset,
                           double                 y_offset,
                           double                 width,
                           double                 height)
{
  Frame f;
  guint first, end;
  double top;

  g_return_if_fail (self != NULL && cr != NULL && layout != NULL && style != NULL);

  frame_init (&f, self, cr, layout, style, marks, x_offset, width);
  self->n_painted = 0;
  g_hash_table_remove_all (self->emphasis);
  top = f.m.header_height;
  td_timeline_layout_visible_rows (layout, y_offset, MAX (height - top, 0), &first, &end);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_save (cr);
  cairo_rectangle (cr, 0, top, width, MAX (height - top, 0));
  cairo_clip (cr);
  td_timeline_frame_paint_body (&f, first, end,
                                top + td_timeline_layout_row_y (layout, first) - y_offset, top,
                                height);
  cairo_restore (cr);
  td_timeline_frame_paint_header (&f, 0);
  cairo_restore (cr);
}

void
td_timeline_painter_paint_header (TdTimelinePainter     *self,
                                  cairo_t               *cr,
                                  TdTimelineLayout      *layout,
                                  const TdTimelineStyle *style,
                                  const TdTimelineMarks *marks,
                                  double                 x_offset,
                                  double                 width)
{
  Frame f;

  g_return_if_fail (self != NULL && cr != NULL && layout != NULL && style != NULL);

  frame_init (&f, self, cr, layout, style, marks, x_offset, width);
  cairo_save (cr);
  td_timeline_frame_paint_header (&f, 0);
  cairo_restore (cr);
}

void
td_timeline_painter_paint_rows (TdTimelinePainter     *self,
                                cairo_t               *cr,
                                TdTimelineLayout      *layout,
                                const TdTimelineStyle *style,
                                const TdTimelineMarks *marks,
                                double                 x_offset,
                                guint                  first,
                                guint                  end,
                                const double          *row_heights,
                                double                 width)
{
  Frame f;
  double height = 0.0;

  g_return_if_fail (self != NULL && cr != NULL && layout != NULL && style != NULL);
  g_return_if_fail (first <= end && end <= td_timeline_layout_get_n_rows (layout));

  frame_init (&f, self, cr, layout, style, marks, x_offset, width);
  f.row_heights = row_heights;
  self->n_painted = 0;
  g_hash_table_remove_all (self->emphasis);
  for (guint r = first; r < end; r++)
    height += row_h (&f, r);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  td_timeline_frame_paint_body (&f, first, end, 0, 0, height);
  cairo_restore (cr);
}

double
td_timeline_painter_row_height (TdTimelinePainter     *self,
                                TdTimelineLayout      *layout,
                                const TdTimelineStyle *style,
                                guint                  row,
                                double                 width)
{
  const TdTimelineRow *r;
  Frame f;

  g_return_val_if_fail (self != NULL && layout != NULL && style != NULL, 0.0);
  g_return_val_if_fail (row < td_timeline_layout_get_n_rows (layout), 0.0);

  frame_init (&f, self, NULL, layout, style, NULL, 0, width);
  r = td_timeline_layout_get_row (layout, row);
  if (!style->wrap_names || r->kind != TD_TIMELINE_ROW_TASK)
    return f.m.row_height;
  /* A little room above and below, as a table cell has; two lines still fit a row. */
  return MAX (f.m.row_height, td_timeline_frame_name_height (
                                &f, td_timeline_layout_get_task (layout, r->task)) +
                              f.fs * 0.15);
}
