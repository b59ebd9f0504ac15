/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-timeline-paint"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "td-timeline-paint.h"

/* More rows than this in the text cache and it starts again: a long scroll through a huge
 * plan must not keep every row's text for ever. */
#define MAX_CACHED_ROWS 4096
#define DEFAULT_FONT    "Cantarell,Noto Sans,DejaVu Sans,sans-serif"

typedef enum {
  FONT_ROW,
  FONT_SMALL,
  FONT_BOLD,
  FONT_SMALL_BOLD,
  N_FONTS
} FontRole;

/* A row's text, shaped once. */
typedef struct {
  char             *content;          /* what it was made from */
  char             *responsible;
  int               number;
  TdTimelineStatus  status;
  int               progress;
  int               content_width;    /* Pango units it is ellipsized to */
  int               units_width;
  PangoLayout      *number_layout;
  PangoLayout      *content_layout;
  PangoLayout      *units_layout;     /* NULL until units are shown */
  PangoLayout      *progress_layout;  /* "45%"; NULL until needed */
} RowText;

struct _TdTimelinePainter
{
  PangoContext         *context;
  GHashTable           *rows;         /* gint64 (id, text scale) → RowText */
  GHashTable           *labels;       /* "scale|role|text" → PangoLayout */
  char                 *family;       /* the font the caches were made with */
  double                font_size;
  guint                 name_lines;
  double                scale;        /* of the font descriptions below */
  PangoFontDescription *fonts[N_FONTS];
  GHashTable           *stamps;       /* marks as small images on screen, for: */
  TdTimelineColor       stamp_colors[TD_TIMELINE_N_STATUSES + 1];
  double                stamp_scale;
  cairo_pattern_t      *hatch;        /* the overdue hatch on screen, for: */
  TdTimelineColor       hatch_color;
  int                   hatch_size;
  double                hatch_scale;
  double                device_scale; /* 0: the target's */
  guint                 n_created;
  guint                 n_painted;
};

/* Where things go in a frame, worked out once per paint from the layout and the style. */
typedef struct {
  TdTimelinePainter     *self;
  cairo_t               *cr;
  TdTimelineLayout      *layout;
  const TdTimelineStyle *style;
  const TdTimelineMarks *marks;
  TdTimelineMetrics      m;
  double                 x_offset;
  double                 width;
  double                 ppd;
  double                 fs;          /* row font size */
  double                 lw;          /* a hairline */
  double                 pad;
  double                 glyph;       /* status glyph's size */
  double                 number_end;  /* where numbers end (right-aligned) */
  double                 text_x;      /* where content starts */
  double                 text_end;
  double                 units_x;
  double                 units_end;
  cairo_pattern_t       *hatch;       /* NULL: stripes drawn one by one */
} Frame;

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
set_color (cairo_t               *cr,
           const TdTimelineColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
set_color_alpha (cairo_t               *cr,
                 const TdTimelineColor *color,
                 double                 alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
style_init_common (TdTimelineStyle *style)
{
  style->font_family = DEFAULT_FONT;
  style->font_size = 13.0;
  style->text_scale = 1.0;
  style->name_lines = 1;
  style->show_units = FALSE;
  style->snap_to_pixels = TRUE;
  style->number_heading = NULL;
  style->name_heading = NULL;
  style->units_heading = NULL;
  style->today_label = "Hôm nay";
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
  style->status[TD_TIMELINE_PLANNED] = rgb (0x62a8e8);
  style->status[TD_TIMELINE_IN_PROGRESS] = rgb (0xf0b030);
  style->status[TD_TIMELINE_DONE] = rgb (0x3cc48e);
  style->status[TD_TIMELINE_OVERDUE] = rgb (0xff7a45);
  style->status[TD_TIMELINE_CANCELLED] = rgb (0x8e8d94);
  style->track = 0.32;
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

const char *
td_timeline_legend_doc_label (TdTimelineLegendItem item)
{
  g_return_val_if_fail (item < TD_TIMELINE_LEGEND_N_ITEMS, "");

  if (item < TD_TIMELINE_LEGEND_MILESTONE)
    return td_timeline_status_doc_label ((TdTimelineStatus) item);
  return item == TD_TIMELINE_LEGEND_MILESTONE ? "Mốc thời gian" : "Hôm nay";
}

const char *
td_timeline_legend_msgid (TdTimelineLegendItem item)
{
  g_return_val_if_fail (item < TD_TIMELINE_LEGEND_N_ITEMS, "");

  if (item < TD_TIMELINE_LEGEND_MILESTONE)
    return td_timeline_status_msgid ((TdTimelineStatus) item);
  return item == TD_TIMELINE_LEGEND_MILESTONE ? N_("Milestone") : N_("Today");
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

/* Makes sure the caches hold text in @style's font: another family, size or number of
 * lines drops them; another scale only makes new font descriptions (the caches key by
 * scale). */
static void
use_style (TdTimelinePainter     *self,
           const TdTimelineStyle *style)
{
  const char *family = style->font_family != NULL ? style->font_family : DEFAULT_FONT;
  static const double sizes[N_FONTS] = { 1.0, 0.84, 1.0, 0.84 };

  if (g_strcmp0 (family, self->family) != 0 || style->font_size != self->font_size ||
      style->name_lines != self->name_lines)
    {
      td_timeline_painter_clear_cache (self);
      g_free (self->family);
      self->family = g_strdup (family);
      self->font_size = style->font_size;
      self->name_lines = style->name_lines;
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
static PangoLayout *
label_layout (TdTimelinePainter *self,
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

/* The content on one line: "- " items joined with "; ". */
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
      if (g_utf8_strlen (out->str, -1) > limit)
        break;
    }

  /* No more than can show: shaping a long paragraph to ellipsize it is what costs. */
  if (g_utf8_strlen (out->str, -1) > limit)
    g_string_truncate (out, g_utf8_offset_to_pointer (out->str, limit) - out->str);
  return g_string_free (out, FALSE);
}

static PangoLayout *
make_wrapped (TdTimelinePainter *self,
              FontRole           role,
              const char        *text,
              int                width,
              guint              lines,
              gboolean           strike)
{
  /* About twice what the widest column shows on a line. */
  g_autofree char *flat = flatten (text, 240 * (glong) MAX (lines, 1));
  PangoLayout *layout = make_layout (self, role, flat);

  pango_layout_set_width (layout, width);
  pango_layout_set_height (layout, -(int) MAX (lines, 1));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (strike)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static RowText *
row_text (Frame                *f,
          const TdTimelineTask *task)
{
  TdTimelinePainter *self = f->self;
  int content_width = (int) (MAX (f->text_end - f->text_x, 1.0) * PANGO_SCALE);
  int units_width = (int) (MAX (f->units_end - f->units_x, 1.0) * PANGO_SCALE);
  gint64 key = task->id * 4096 + ((gint64) round (self->scale * 64) & 4095);
  gboolean cancelled = task->status == TD_TIMELINE_CANCELLED;
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
                                           f->style->name_lines, cancelled);
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
                                         f->style->name_lines, FALSE);
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

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  /* No current point left behind for the next arc to join. */
  cairo_new_path (cr);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static double
layout_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

/* Shapes ------------------------------------------------------------------------------------ */

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
diamond (cairo_t *cr,
         double   cx,
         double   cy,
         double   half)
{
  cairo_move_to (cr, cx, cy - half);
  cairo_line_to (cr, cx + half, cy);
  cairo_line_to (cr, cx, cy + half);
  cairo_line_to (cr, cx - half, cy);
  cairo_close_path (cr);
}

/* A check mark in a box of @size centred on (cx, cy). */
static void
check_mark (cairo_t *cr,
            double   cx,
            double   cy,
            double   size)
{
  cairo_save (cr);
  cairo_set_line_width (cr, MAX (size * 0.16, 0.8));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, cx - size * 0.32, cy + size * 0.02);
  cairo_line_to (cr, cx - size * 0.08, cy + size * 0.26);
  cairo_line_to (cr, cx + size * 0.34, cy - size * 0.24);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The warning sign: a triangle with "!" in it, its box @size wide at (x, cy). */
static void
warning_mark (cairo_t               *cr,
              const TdTimelineStyle *style,
              double                 x,
              double                 cy,
              double                 size)
{
  double h = size * 0.9;

  cairo_save (cr);
  set_color (cr, &style->status[TD_TIMELINE_OVERDUE]);
  cairo_move_to (cr, x + size / 2, cy - h / 2);
  cairo_line_to (cr, x + size, cy + h / 2);
  cairo_line_to (cr, x, cy + h / 2);
  cairo_close_path (cr);
  cairo_fill (cr);
  set_color (cr, &style->on_status);
  cairo_rectangle (cr, x + size * 0.44, cy - h * 0.18, size * 0.12, h * 0.38);
  cairo_rectangle (cr, x + size * 0.44, cy + h * 0.27, size * 0.12, h * 0.12);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* A ring @lw thick inside the circle of radius @r: a fill, cheaper than a stroke. */
static void
ring (cairo_t *cr,
      double   cx,
      double   cy,
      double   r,
      double   lw)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_new_sub_path (cr);
  cairo_arc_negative (cr, cx, cy, r - lw, 2 * G_PI, 0);
  cairo_fill (cr);
}

/* The status glyph of the name column: an empty ring (planned), a ring filling up (in
 * progress), a check in a disc (done), the warning sign (overdue), a crossed ring
 * (cancelled). Shapes, not font glyphs, so every font has them. */
static void
status_glyph (cairo_t               *cr,
              const TdTimelineStyle *style,
              TdTimelineStatus       status,
              int                    progress,
              double                 cx,
              double                 cy,
              double                 size)
{
  double r = size / 2;
  double lw = MAX (size * 0.12, 0.6);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_width (cr, lw);
  set_color (cr, &style->status[status]);
  switch (status)
    {
    case TD_TIMELINE_PLANNED:
      ring (cr, cx, cy, r, lw);
      break;
    case TD_TIMELINE_IN_PROGRESS:
      ring (cr, cx, cy, r, lw);
      cairo_move_to (cr, cx, cy);
      cairo_arc (cr, cx, cy, r - lw * 1.5, -G_PI / 2,
                 -G_PI / 2 + 2 * G_PI * CLAMP (MAX (progress, 25), 0, 100) / 100.0);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case TD_TIMELINE_DONE:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      set_color (cr, &style->on_status);
      check_mark (cr, cx, cy, size * 0.8);
      break;
    case TD_TIMELINE_OVERDUE:
      warning_mark (cr, style, cx - r * 1.1, cy, size * 1.1);
      break;
    case TD_TIMELINE_CANCELLED:
    default:
      {
        /* A ring with a slash: the slash a thin parallelogram. */
        double d = lw * 0.7;

        ring (cr, cx, cy, r, lw);
        cairo_move_to (cr, cx - r * 0.7 - d, cy + r * 0.7 - d);
        cairo_line_to (cr, cx + r * 0.7 - d, cy - r * 0.7 - d);
        cairo_line_to (cr, cx + r * 0.7 + d, cy - r * 0.7 + d);
        cairo_line_to (cr, cx - r * 0.7 + d, cy + r * 0.7 + d);
        cairo_close_path (cr);
        cairo_fill (cr);
      }
      break;
    }
  cairo_restore (cr);
}

/* A bar's outline: rounded at both ends, or square at its right (the part done of a bar
 * that goes on). */
static void
bar_path (cairo_t  *cr,
          double    x,
          double    y,
          double    w,
          double    h,
          double    r,
          gboolean  round_left,
          gboolean  round_right)
{
  r = MAX (MIN (r, MIN (w, h) / 2), 0);
  if (round_right)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
      cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
    }
  else
    {
      cairo_move_to (cr, x + w, y);
      cairo_line_to (cr, x + w, y + h);
    }
  if (round_left)
    {
      cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
    }
  else
    {
      cairo_line_to (cr, x, y + h);
      cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

/* A bar's shape. On screen, where almost every row has one and they must be cheap:
 * pixel-aligned boxes with stepped corners, which cairo fills without a curve or a mask.
 * On paper: rounded ends. */
static void
bar_shape (cairo_t  *cr,
           gboolean  snap,
           double    x,
           double    y,
           double    w,
           double    h,
           double    r,
           gboolean  round_left,
           gboolean  round_right)
{
  double x0, x1;
  int steps;

  if (!snap)
    {
      bar_path (cr, x, y, w, h, r, round_left, round_right);
      return;
    }

  x0 = round (x);
  x1 = MAX (round (x + w), x0 + 1);
  steps = MIN ((int) round (r / 2), (int) ((x1 - x0) / 2));
  steps = MIN (steps, (int) (h / 2));
  for (int k = 0; k <= steps; k++)
    {
      double in = steps - k;

      cairo_rectangle (cr, x0 + (round_left ? in : 0), y + k,
                       x1 - x0 - (round_left ? in : 0) - (round_right ? in : 0), h - 2 * k);
    }
}

/* A bar from @x to @x + @w: the part to do lightly tinted, the part done (progress) in
 * full colour, outlined; overdue work hatched (@hatch: a pattern to fill with, NULL for
 * stripes one by one), cancelled work faded and struck through; done work checked when
 * @check. Fills only, no stroke, no clip but on paper. */
static void
draw_bar (cairo_t               *cr,
          const TdTimelineStyle *style,
          cairo_pattern_t       *hatch,
          gboolean               check,
          TdTimelineStatus       status,
          int                    progress,
          double                 x,
          double                 y,
          double                 w,
          double                 h,
          double                 lw)
{
  gboolean snap = style->snap_to_pixels;
  TdTimelineColor done, todo;
  double r, split, inner_x, inner_w, inner_h, inner_r;
  gboolean full;

  td_timeline_style_bar_colors (style, status, &done, &todo);
  if (snap)
    {
      double x1 = MAX (round (x + w), round (x) + 2);

      x = round (x);
      w = x1 - x;
    }
  w = MAX (w, 2 * lw);
  r = MIN (h * 0.22, w / 2);
  split = x + w * CLAMP (progress, 0, 100) / 100.0;
  if (snap)
    split = round (split);
  full = status != TD_TIMELINE_CANCELLED && progress >= 100;

  /* The outline is the bar in its edge colour, the inside filled over it. */
  bar_shape (cr, snap, x, y, w, h, r, TRUE, TRUE);
  set_color (cr, status == TD_TIMELINE_CANCELLED ? &style->status[status] : &done);
  cairo_fill (cr);

  inner_x = x + lw;
  inner_w = w - 2 * lw;
  inner_h = h - 2 * lw;
  inner_r = MAX (r - lw, 0);
  if (!full && inner_w > 0)
    {
      bar_shape (cr, snap, inner_x, y + lw, inner_w, inner_h, inner_r, TRUE, TRUE);
      set_color (cr, &todo);
      cairo_fill (cr);

      if (status != TD_TIMELINE_CANCELLED && split > inner_x)
        {
          bar_shape (cr, snap, inner_x, y + lw, MIN (split, x + w - lw) - inner_x, inner_h,
                     inner_r, TRUE, split >= x + w - r);
          set_color (cr, &done);
          cairo_fill (cr);
        }

      if (status == TD_TIMELINE_OVERDUE && split < x + w - lw)
        {
          double left = MAX (split, inner_x);

          bar_shape (cr, snap, left, y + lw, x + w - lw - left, inner_h, inner_r,
                     left <= inner_x, TRUE);
          if (hatch != NULL)
            {
              cairo_set_source (cr, hatch);
              cairo_fill (cr);
            }
          else
            {
              double step = h * 0.45;
              double t = h * 0.14;

              cairo_save (cr);
              cairo_clip (cr);
              for (double sx = left - h - step; sx < x + w; sx += step)
                {
                  cairo_move_to (cr, sx, y + h);
                  cairo_line_to (cr, sx + t, y + h);
                  cairo_line_to (cr, sx + t + h, y);
                  cairo_line_to (cr, sx + h, y);
                  cairo_close_path (cr);
                }
              set_color_alpha (cr, &done, 0.75);
              cairo_fill (cr);
              cairo_restore (cr);
            }
        }
    }

  if (check && status == TD_TIMELINE_DONE && w >= h * 1.6)
    {
      set_color (cr, &style->on_status);
      check_mark (cr, x + w - h * 0.6, y + h / 2, h * 0.75);
    }
  if (status == TD_TIMELINE_CANCELLED)
    {
      double t = MAX (round (h * 0.12), lw);
      double ty = y + (h - t) / 2;

      set_color (cr, &style->dim_foreground);
      cairo_rectangle (cr, x - round (h * 0.25), snap ? round (ty) : ty, w + 2 * round (h * 0.25),
                       t);
      cairo_fill (cr);
    }
}

static void
draw_milestone (cairo_t               *cr,
                const TdTimelineStyle *style,
                TdTimelineStatus       status,
                double                 cx,
                double                 cy,
                double                 half,
                double                 lw)
{
  TdTimelineColor done, todo;

  td_timeline_style_bar_colors (style, status, &done, &todo);
  cairo_save (cr);
  diamond (cr, cx, cy, half);
  set_color (cr, status == TD_TIMELINE_PLANNED ? &todo : &done);
  cairo_fill_preserve (cr);
  set_color (cr, &style->status[status]);
  cairo_set_line_width (cr, lw * 1.5);
  cairo_stroke (cr);
  if (status == TD_TIMELINE_DONE)
    {
      set_color (cr, &style->on_status);
      check_mark (cr, cx, cy, half);
    }
  if (status == TD_TIMELINE_CANCELLED)
    {
      set_color (cr, &style->dim_foreground);
      cairo_set_line_width (cr, MAX (half * 0.2, lw));
      cairo_move_to (cr, cx - half * 1.4, cy);
      cairo_line_to (cr, cx + half * 1.4, cy);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The scale images made for the screen are drawn at: the one set, else the target's. */
static void
device_scale (TdTimelinePainter *self,
              cairo_surface_t   *target,
              double            *sx,
              double            *sy)
{
  if (self->device_scale > 0)
    *sx = *sy = self->device_scale;
  else
    cairo_surface_get_device_scale (target, sx, sy);
}

/* The overdue hatch on screen: a tile of one stripe, repeated, made again only when the
 * colour, the bar's height or the screen's scale change. Filling with it costs as much
 * as a plain fill, where stripes one by one cost a path of many edges per bar. */
static cairo_pattern_t *
hatch_pattern (TdTimelinePainter     *self,
               cairo_t               *cr,
               const TdTimelineStyle *style,
               double                 bar_h)
{
  TdTimelineColor color = style->status[TD_TIMELINE_OVERDUE];
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_t *tile;
  cairo_t *tcr;
  double sx = 1, sy = 1, t;
  int n;

  device_scale (self, target, &sx, &sy);
  n = MAX ((int) round (bar_h * 0.45), 3);
  if (self->hatch != NULL && self->hatch_size == n && self->hatch_scale == sx &&
      memcmp (&self->hatch_color, &color, sizeof color) == 0)
    return self->hatch;

  g_clear_pointer (&self->hatch, cairo_pattern_destroy);
  tile = cairo_surface_create_similar_image (target, CAIRO_FORMAT_ARGB32, (int) ceil (n * sx),
                                             (int) ceil (n * sy));
  cairo_surface_set_device_scale (tile, sx, sy);
  tcr = cairo_create (tile);
  t = bar_h * 0.14;
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (tcr, k * n, n);
      cairo_line_to (tcr, k * n + t, n);
      cairo_line_to (tcr, k * n + t + n, 0);
      cairo_line_to (tcr, k * n + n, 0);
      cairo_close_path (tcr);
    }
  set_color_alpha (tcr, &color, 0.75);
  cairo_fill (tcr);
  cairo_destroy (tcr);

  self->hatch = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (self->hatch, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  self->hatch_size = n;
  self->hatch_scale = sx;
  self->hatch_color = color;
  return self->hatch;
}

typedef enum {
  STAMP_STATUS,      /* the name column's glyph; variant: status × 16 + eighths done */
  STAMP_WARNING,     /* the overdue sign after a bar */
  STAMP_CHECK_ON,    /* a check on a done bar */
  STAMP_CHECK_DONE,  /* a check after a bar too short to hold it */
} StampKind;

static void
draw_stamp (cairo_t               *cr,
            const TdTimelineStyle *style,
            StampKind              kind,
            int                    variant,
            double                 cx,
            double                 cy,
            double                 size)
{
  switch (kind)
    {
    case STAMP_STATUS:
      status_glyph (cr, style, variant / 16, (variant % 16) * 100 / 8, cx, cy, size);
      break;
    case STAMP_WARNING:
      warning_mark (cr, style, cx - size / 2, cy, size);
      break;
    case STAMP_CHECK_ON:
    case STAMP_CHECK_DONE:
    default:
      set_color (cr, kind == STAMP_CHECK_ON ? &style->on_status
                                            : &style->status[TD_TIMELINE_DONE]);
      check_mark (cr, cx, cy, size);
      break;
    }
}

/* A small mark centred on (@cx, @cy). On screen it is drawn once into an image of the
 * target's scale and then copied, as a glyph is: a row's marks cost a copy each, not a
 * path; on paper it is drawn as it is. */
static void
stamp (Frame     *f,
       StampKind  kind,
       int        variant,
       double     cx,
       double     cy,
       double     size)
{
  TdTimelinePainter *self = f->self;
  cairo_surface_t *target, *image;
  double sx = 1, sy = 1, dx, dy;
  guint key;
  int box;

  if (!f->style->snap_to_pixels)
    {
      draw_stamp (f->cr, f->style, kind, variant, cx, cy, size);
      return;
    }

  /* Images made for other colours or another screen are no use. */
  target = cairo_get_target (f->cr);
  device_scale (self, target, &sx, &sy);
  if (self->stamp_scale != sx ||
      memcmp (self->stamp_colors, f->style->status, sizeof f->style->status) != 0 ||
      memcmp (&self->stamp_colors[TD_TIMELINE_N_STATUSES], &f->style->on_status,
              sizeof (TdTimelineColor)) != 0)
    {
      g_hash_table_remove_all (self->stamps);
      memcpy (self->stamp_colors, f->style->status, sizeof f->style->status);
      self->stamp_colors[TD_TIMELINE_N_STATUSES] = f->style->on_status;
      self->stamp_scale = sx;
    }

  box = (int) ceil (size * 1.25) + 2;
  key = ((guint) kind << 24) | ((guint) variant << 14) | ((guint) round (size * 8) & 0x3fff);
  image = g_hash_table_lookup (self->stamps, GUINT_TO_POINTER (key));
  if (image == NULL)
    {
      cairo_t *icr;

      image = cairo_surface_create_similar_image (target, CAIRO_FORMAT_ARGB32,
                                                  (int) ceil (box * sx), (int) ceil (box * sy));
      cairo_surface_set_device_scale (image, sx, sy);
      icr = cairo_create (image);
      draw_stamp (icr, f->style, kind, variant, box / 2.0, box / 2.0, size);
      cairo_destroy (icr);
      g_hash_table_insert (self->stamps, GUINT_TO_POINTER (key), image);
    }

  dx = round (cx - box / 2.0);
  dy = round (cy - box / 2.0);
  cairo_set_source_surface (f->cr, image, dx, dy);
  cairo_rectangle (f->cr, dx, dy, box, box);
  cairo_fill (f->cr);
}

/* What follows a bar's end, so that status never rests on colour alone: the warning sign
 * when overdue, a check when done and the bar was too short to hold it, the progress. */
static void
draw_badge (Frame                *f,
            const TdTimelineTask *task,
            RowText              *text,
            double                x,
            double                y,
            double                bar_w,
            double                h)
{
  cairo_t *cr = f->cr;
  double cy = y + f->m.row_height / 2;

  switch (task->status)
    {
    case TD_TIMELINE_OVERDUE:
      stamp (f, STAMP_WARNING, 0, x + h * 0.525, cy, h * 1.05);
      break;
    case TD_TIMELINE_DONE:
      if (task->milestone || bar_w < h * 1.6)
        stamp (f, STAMP_CHECK_DONE, 0, x + h / 2, cy, h);
      break;
    case TD_TIMELINE_IN_PROGRESS:
      if (text->progress_layout != NULL)
        {
          set_color (cr, &f->style->dim_foreground);
          show_layout (cr, text->progress_layout, x,
                       cy - layout_height (text->progress_layout) / 2);
        }
      break;
    case TD_TIMELINE_PLANNED:
    case TD_TIMELINE_CANCELLED:
    default:
      break;
    }
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

  use_style (self, style);

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

  f->hatch = style->snap_to_pixels
             ? hatch_pattern (self, cr, style, round (f->m.row_height * TD_TIMELINE_BAR_HEIGHT))
             : NULL;
}

/* A vertical hairline at @x from @y0 to @y1: a filled rectangle on pixel boundaries on
 * screen (crisp, and cheaper than a stroke). */
static void
vline (Frame  *f,
       double  x,
       double  y0,
       double  y1)
{
  if (f->style->snap_to_pixels)
    cairo_rectangle (f->cr, floor (x), y0, 1, y1 - y0);
  else
    cairo_rectangle (f->cr, x - f->lw / 2, y0, f->lw, y1 - y0);
}

static void
hline (Frame  *f,
       double  x0,
       double  x1,
       double  y)
{
  if (f->style->snap_to_pixels)
    cairo_rectangle (f->cr, x0, floor (y), x1 - x0, 1);
  else
    cairo_rectangle (f->cr, x0, y - f->lw / 2, x1 - x0, f->lw);
}

static double
view_x (Frame  *f,
        double  day)
{
  return f->m.name_width + day * f->ppd - f->x_offset;
}

/* The days in view, whole. */
static void
visible_days (Frame *f,
              int   *first,
              int   *end)
{
  int n_days = td_timeline_layout_get_n_days (f->layout);

  *first = CLAMP ((int) floor (f->x_offset / f->ppd), 0, n_days);
  *end = CLAMP ((int) ceil ((f->x_offset + f->width - f->m.name_width) / f->ppd) + 1, 0, n_days);
}

static void
clip_chart (Frame  *f,
            double  y0,
            double  y1)
{
  cairo_rectangle (f->cr, f->m.name_width, y0, MAX (f->width - f->m.name_width, 0), y1 - y0);
  cairo_clip (f->cr);
}

/* The grid behind the rows, from @y0 to @y1: QUÝ II and IV shaded, day, week and month
 * lines. */
static void
paint_backdrop (Frame  *f,
                double  y0,
                double  y1)
{
  cairo_t *cr = f->cr;
  int first, end, monday;

  visible_days (f, &first, &end);

  /* Each quarter once, in its colour: a full-HD frame is mostly this. */
  for (int shaded = 0; shaded <= 1; shaded++)
    {
      set_color (cr, shaded ? &f->style->band : &f->style->background);
      for (int q = 1 + shaded; q <= 4; q += 2)
        {
          int a, b;
          double x0, x1;

          td_timeline_layout_quarter_days (f->layout, q, &a, &b);
          x0 = q == 1 ? MIN (view_x (f, a), f->m.name_width) : view_x (f, a);
          x1 = q == 4 ? MAX (view_x (f, b), f->width) : view_x (f, b);
          if (f->style->snap_to_pixels)
            {
              x0 = floor (x0);
              x1 = floor (x1);
            }
          cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
        }
      cairo_fill (cr);
    }

  if (td_timeline_layout_shows_days (f->layout))
    {
      /* Saturdays and Sundays, when days can be told apart: the office is shut. */
      td_timeline_layout_shows_weeks (f->layout, &monday);
      set_color_alpha (cr, &f->style->grid_minor, 0.45);
      for (int d = first; d < end; d++)
        if (((d - monday) % 7 + 7) % 7 >= 5)
          cairo_rectangle (cr, view_x (f, d), y0, f->ppd, y1 - y0);
      cairo_fill (cr);

      set_color_alpha (cr, &f->style->grid_minor, 0.6);
      for (int d = first; d < end; d++)
        vline (f, view_x (f, d), y0, y1);
      cairo_fill (cr);
    }
  if (td_timeline_layout_shows_weeks (f->layout, &monday))
    {
      set_color (cr, &f->style->grid_minor);
      for (int d = monday + MAX (0, (first - monday + 6) / 7) * 7; d < end; d += 7)
        vline (f, view_x (f, d), y0, y1);
      cairo_fill (cr);
    }
  set_color (cr, &f->style->grid);
  for (int m = 2; m <= 12; m++)
    {
      int a;

      td_timeline_layout_month_days (f->layout, m, &a, NULL);
      if (a >= first && a <= end)
        vline (f, view_x (f, a), y0, y1);
    }
  cairo_fill (cr);
}

static const TdTimelineTask *
row_task (Frame               *f,
          const TdTimelineRow *row)
{
  return row->kind == TD_TIMELINE_ROW_TASK ? td_timeline_layout_get_task (f->layout, row->task)
                                           : NULL;
}

/* A row's highlight across the chart or the names: selected, then hovered. */
static void
row_tint (Frame                *f,
          const TdTimelineTask *task,
          double                x0,
          double                x1,
          double                y)
{
  if (task->id == f->marks->selected)
    set_color_alpha (f->cr, &f->style->accent, 0.16);
  else if (task->id == f->marks->hover)
    set_color_alpha (f->cr, &f->style->hover, 0.08);
  else
    return;
  cairo_rectangle (f->cr, x0, y, x1 - x0, f->m.row_height);
  cairo_fill (f->cr);
}

static void
paint_task_chart (Frame                *f,
                  const TdTimelineTask *task,
                  double                y)
{
  cairo_t *cr = f->cr;
  double rh = f->m.row_height;
  double bar_h = rh * TD_TIMELINE_BAR_HEIGHT;
  double bar_y = y + rh * TD_TIMELINE_BAR_TOP;
  double x0 = view_x (f, task->start);
  double x1 = view_x (f, task->milestone ? task->start + 1 : task->end + 1);
  double badge = f->fs * 3;
  gboolean selected = task->id == f->marks->selected;
  gboolean hovered = task->id == f->marks->hover;
  RowText *text;

  row_tint (f, task, f->m.name_width, f->width, y);
  if (f->style->snap_to_pixels)
    {
      bar_y = round (bar_y);
      bar_h = round (bar_h);
    }

  if (x1 + badge < f->m.name_width || x0 > f->width)
    return;
  text = row_text (f, task);

  if (task->milestone)
    {
      double cx = (x0 + x1) / 2;
      double half = rh * 0.3;

      draw_milestone (cr, f->style, task->status, cx, y + rh / 2, half, f->lw);
      if (selected || hovered)
        {
          diamond (cr, cx, y + rh / 2, half + 3 * f->lw);
          set_color_alpha (cr, selected ? &f->style->accent : &f->style->foreground,
                           selected ? 1.0 : 0.4);
          cairo_set_line_width (cr, selected ? 2 * f->lw : 1.5 * f->lw);
          cairo_stroke (cr);
        }
      draw_badge (f, task, text, cx + half + f->pad * 0.6, y, 0, bar_h);
      return;
    }

  /* Far off to the left, a bar is drawn from just outside the view. */
  if (x0 < f->m.name_width - rh)
    {
      double cut = f->m.name_width - rh - x0;

      x0 += cut;
    }
  draw_bar (cr, f->style, f->hatch, FALSE, task->status, task->progress, x0, bar_y,
            MAX (x1 - x0, f->lw), bar_h, f->lw);
  if (task->status == TD_TIMELINE_DONE && x1 - x0 >= bar_h * 1.6)
    stamp (f, STAMP_CHECK_ON, 0, (f->style->snap_to_pixels ? round (x1) : x1) - bar_h * 0.6,
           bar_y + bar_h / 2, bar_h * 0.75);
  if (selected || hovered)
    {
      double g = 2.5 * f->lw;

      rounded_rect (cr, x0 - g, bar_y - g, x1 - x0 + 2 * g, bar_h + 2 * g, bar_h * 0.3);
      set_color_alpha (cr, selected ? &f->style->accent : &f->style->foreground,
                       selected ? 1.0 : 0.4);
      cairo_set_line_width (cr, selected ? 2 * f->lw : 1.5 * f->lw);
      cairo_stroke (cr);
    }
  draw_badge (f, task, text, x1 + f->pad * 0.6, y, x1 - x0, bar_h);
}

static void
paint_quarter_name (Frame               *f,
                    const TdTimelineRow *row,
                    double               y)
{
  cairo_t *cr = f->cr;
  double rh = f->m.row_height;
  double cx = f->pad + f->glyph / 2;
  double cy = y + rh / 2;
  double t = f->glyph * 0.32;
  PangoLayout *label = label_layout (f->self, FONT_BOLD, td_timeline_quarter_label (row->quarter));
  char count[16];
  PangoLayout *count_layout;
  double ly = cy - layout_height (label) / 2;
  double lx = f->pad + f->glyph + f->pad * 0.5;

  /* The disclosure triangle: down when open, right when collapsed. */
  set_color (cr, &f->style->dim_foreground);
  if (td_timeline_layout_get_collapsed (f->layout, row->quarter))
    {
      cairo_move_to (cr, cx - t * 0.6, cy - t);
      cairo_line_to (cr, cx + t * 0.9, cy);
      cairo_line_to (cr, cx - t * 0.6, cy + t);
    }
  else
    {
      cairo_move_to (cr, cx - t, cy - t * 0.6);
      cairo_line_to (cr, cx + t, cy - t * 0.6);
      cairo_line_to (cr, cx, cy + t * 0.9);
    }
  cairo_close_path (cr);
  cairo_fill (cr);

  set_color (cr, &f->style->foreground);
  show_layout (cr, label, lx, ly);

  g_snprintf (count, sizeof count, "(%u)", row->n_tasks);
  count_layout = label_layout (f->self, FONT_SMALL, count);
  set_color (cr, &f->style->dim_foreground);
  show_layout (cr, count_layout, lx + layout_width (label) + f->pad * 0.6,
               ly + layout_baseline (label) - layout_baseline (count_layout));
}

static void
paint_task_name (Frame                *f,
                 const TdTimelineTask *task,
                 double                y)
{
  cairo_t *cr = f->cr;
  double rh = f->m.row_height;
  RowText *text = row_text (f, task);
  double content_h = layout_height (text->content_layout);
  double block_h = content_h;
  double ty, baseline, first_line_middle;

  /* Content and units share their first baseline; the two together are centred. */
  if (f->style->show_units && text->units_layout != NULL)
    block_h = MAX (block_h, layout_baseline (text->content_layout) -
                            layout_baseline (text->units_layout) +
                            layout_height (text->units_layout));
  ty = y + (rh - block_h) / 2;
  baseline = ty + layout_baseline (text->content_layout);
  first_line_middle = ty + MIN (content_h, f->fs * 1.25) / 2;

  row_tint (f, task, 0, f->m.name_width, y);

  stamp (f, STAMP_STATUS, task->status * 16 + (task->progress * 8 + 50) / 100,
         f->pad + f->glyph / 2, f->style->name_lines > 1 ? first_line_middle : y + rh / 2,
         f->glyph);

  set_color (cr, &f->style->dim_foreground);
  show_layout (cr, text->number_layout, f->number_end - layout_width (text->number_layout),
               baseline - layout_baseline (text->number_layout));

  set_color (cr, task->status == TD_TIMELINE_CANCELLED ? &f->style->dim_foreground
                                                        : &f->style->foreground);
  show_layout (cr, text->content_layout, f->text_x, ty);

  if (f->style->show_units && text->units_layout != NULL)
    {
      set_color (cr, &f->style->dim_foreground);
      show_layout (cr, text->units_layout, f->units_x,
                   baseline - layout_baseline (text->units_layout));
    }
}

/* The today line through the rows, from @y0 to @y1. */
static void
paint_today (Frame  *f,
             double  y0,
             double  y1)
{
  double x;

  if (f->marks->hide_today || !td_timeline_layout_get_today_x (f->layout, &x))
    return;
  x = x + f->m.name_width - f->x_offset;
  if (x < f->m.name_width || x > f->width)
    return;
  set_color (f->cr, &f->style->today);
  cairo_rectangle (f->cr, (f->style->snap_to_pixels ? floor (x) : x) - f->lw, y0, 2 * f->lw,
                   y1 - y0);
  cairo_fill (f->cr);
}

static void
paint_ghost (Frame  *f,
             guint   first,
             double  y_first)
{
  const TdTimelineMarks *marks = f->marks;
  cairo_t *cr = f->cr;
  guint index = td_timeline_layout_find_task (f->layout, marks->ghost);
  const TdTimelineTask *task;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  char label[32];
  double y, x0, x1, rh = f->m.row_height;
  PangoLayout *layout;

  if (marks->ghost == 0 || index == G_MAXUINT)
    return;
  task = td_timeline_layout_get_task (f->layout, index);
  if (task->row == G_MAXUINT || task->row < first)
    return;

  y = y_first + (task->row - first) * rh;
  x0 = view_x (f, marks->ghost_start);
  x1 = view_x (f, marks->ghost_end + 1);
  cairo_save (cr);
  if (task->milestone)
    diamond (cr, (x0 + x1) / 2, y + rh / 2, rh * 0.3);
  else
    rounded_rect (cr, x0, y + rh * TD_TIMELINE_BAR_TOP, x1 - x0, rh * TD_TIMELINE_BAR_HEIGHT,
                  rh * 0.12);
  set_color_alpha (cr, &f->style->accent, 0.3);
  cairo_fill_preserve (cr);
  set_color (cr, &f->style->accent);
  cairo_set_line_width (cr, 1.5 * f->lw);
  cairo_set_dash (cr, (double[]) { 4 * f->lw, 3 * f->lw }, 2, 0);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Where it would go, in words: "12/03 – 30/04". */
  start = td_timeline_layout_day_to_iso (f->layout, marks->ghost_start);
  end = td_timeline_layout_day_to_iso (f->layout, marks->ghost_end);
  if (marks->ghost_start == marks->ghost_end)
    g_snprintf (label, sizeof label, "%.2s/%.2s", start + 8, start + 5);
  else
    g_snprintf (label, sizeof label, "%.2s/%.2s – %.2s/%.2s", start + 8, start + 5, end + 8,
                end + 5);
  layout = label_layout (f->self, FONT_SMALL_BOLD, label);
  set_color (cr, &f->style->accent);
  show_layout (cr, layout, x1 + f->pad, y + (rh - layout_height (layout)) / 2);
}

/* Rows @first … @end - 1 with the top of @first at @y_first, over a backdrop from @y0 to
 * @y1 (the rows area: the grid goes on under the last row). */
static void
paint_body (Frame  *f,
            guint   first,
            guint   end,
            double  y_first,
            double  y0,
            double  y1)
{
  cairo_t *cr = f->cr;
  double rh = f->m.row_height;
  double name_w = f->m.name_width;

  /* The chart. */
  cairo_save (cr);
  clip_chart (f, y0, y1);
  paint_backdrop (f, y0, y1);
  for (guint r = first; r < end; r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (f->layout, r);
      const TdTimelineTask *task = row_task (f, row);
      double y = y_first + (r - first) * rh;

      if (task == NULL)
        {
          set_color (cr, &f->style->group_background);
          cairo_rectangle (cr, name_w, y, f->width - name_w, rh);
          cairo_fill (cr);
          continue;
        }
      paint_task_chart (f, task, y);
      f->self->n_painted++;
    }
  set_color (cr, &f->style->grid_minor);
  for (guint r = first; r < end; r++)
    hline (f, name_w, f->width, y_first + (r - first + 1) * rh - f->lw);
  cairo_fill (cr);
  cairo_restore (cr);

  /* The names, frozen on the left. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, y0, name_w, y1 - y0);
  cairo_clip (cr);
  set_color (cr, &f->style->name_background);
  cairo_paint (cr);
  for (guint r = first; r < end; r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (f->layout, r);
      const TdTimelineTask *task = row_task (f, row);
      double y = y_first + (r - first) * rh;

      if (task == NULL)
        {
          set_color (cr, &f->style->group_background);
          cairo_rectangle (cr, 0, y, name_w, rh);
          cairo_fill (cr);
          paint_quarter_name (f, row, y);
        }
      else
        paint_task_name (f, task, y);
    }
  set_color (cr, &f->style->grid_minor);
  for (guint r = first; r < end; r++)
    hline (f, 0, name_w, y_first + (r - first + 1) * rh - f->lw);
  cairo_fill (cr);
  cairo_restore (cr);

  /* Quarter headers: a rule above each, and the focus ring of the keyboard. */
  for (guint r = first; r < end; r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (f->layout, r);
      double y = y_first + (r - first) * rh;

      if (row->kind != TD_TIMELINE_ROW_QUARTER)
        continue;
      set_color (cr, &f->style->grid);
      hline (f, 0, f->width, y);
      cairo_fill (cr);
      if (row->quarter == f->marks->focus_quarter)
        {
          set_color (cr, &f->style->accent);
          cairo_set_line_width (cr, 2 * f->lw);
          cairo_rectangle (cr, f->lw, y + f->lw, f->width - 2 * f->lw, rh - 2 * f->lw);
          cairo_stroke (cr);
        }
    }

  set_color (cr, &f->style->grid);
  vline (f, name_w, y0, y1);
  cairo_fill (cr);

  /* Over everything in the chart: the today line, then the ghost of a drag. */
  cairo_save (cr);
  clip_chart (f, y0, y1);
  paint_today (f, y0, y1);
  paint_ghost (f, first, y_first);
  cairo_restore (cr);
}

/* Shows @label at @y at the first of @candidates (x positions) that keeps clear of
 * @avoid0 … @avoid1; returns where it ends, or -1 when none did. */
static double
place_label (Frame       *f,
             PangoLayout *label,
             double       y,
             const double candidates[3],
             double       avoid0,
             double       avoid1)
{
  double lw = layout_width (label);

  for (guint c = 0; c < 3; c++)
    {
      double lx = candidates[c];

      if (lx < avoid1 && lx + lw > avoid0)
        continue;
      set_color (f->cr, &f->style->foreground);
      show_layout (f->cr, label, lx, y);
      return lx + lw;
    }
  return -1;
}

/* The time header at @y0: quarter bands over month cells, week ticks or day numbers when
 * zoomed in, and today's label in the quarter band with its line down to the rows; the
 * corner over the names. Labels keep clear of today's. */
static void
paint_header (Frame  *f,
              double  y0)
{
  cairo_t *cr = f->cr;
  double hh = f->m.header_height;
  double band_h = round (hh * 0.45);
  double name_w = f->m.name_width;
  double month_y = y0 + band_h;
  double pill_x0 = 0, pill_x1 = 0, pill_h = 0, pill_y = 0, line0 = 0, line1 = 0, tx = 0;
  double label_end[12];
  PangoLayout *pill = NULL;
  gboolean weeks, today_shown;
  int first, end, monday;

  visible_days (f, &first, &end);
  weeks = td_timeline_layout_shows_weeks (f->layout, &monday);
  for (guint i = 0; i < G_N_ELEMENTS (label_end); i++)
    label_end[i] = -G_MAXDOUBLE;

  today_shown = !f->marks->hide_today && td_timeline_layout_get_today_x (f->layout, &tx);
  tx += name_w - f->x_offset;
  today_shown = today_shown && tx >= name_w && tx <= f->width;
  if (today_shown)
    {
      int today = td_timeline_layout_get_today (f->layout);
      g_autofree char *iso = td_timeline_layout_day_to_iso (f->layout, today);
      char text[64];
      double w;

      g_snprintf (text, sizeof text, "%s %.2s/%.2s", f->style->today_label, iso + 8, iso + 5);
      pill = label_layout (f->self, FONT_SMALL_BOLD, text);
      w = layout_width (pill) + f->pad * 1.2;
      pill_h = MIN (layout_height (pill) + f->lw * 2, band_h);
      pill_y = y0 + (band_h - pill_h) / 2;
      pill_x0 = CLAMP (tx - w / 2, name_w, MAX (f->width - w, name_w));
      pill_x1 = pill_x0 + w;
      line0 = tx - 2 * f->lw - f->pad * 0.3;
      line1 = tx + 2 * f->lw + f->pad * 0.3;
    }

  cairo_save (cr);
  cairo_rectangle (cr, 0, y0, f->width, hh);
  cairo_clip (cr);
  set_color (cr, &f->style->header_background);
  cairo_paint (cr);

  set_color (cr, &f->style->foreground);
  if (f->style->number_heading != NULL)
    {
      PangoLayout *heading = label_layout (f->self, FONT_SMALL_BOLD, f->style->number_heading);

      show_layout (cr, heading, f->number_end - layout_width (heading),
                   y0 + (hh - layout_height (heading)) / 2);
    }
  if (f->style->name_heading != NULL)
    {
      PangoLayout *heading = label_layout (f->self, FONT_SMALL_BOLD, f->style->name_heading);

      show_layout (cr, heading, f->text_x, y0 + (hh - layout_height (heading)) / 2);
    }
  if (f->style->show_units && f->style->units_heading != NULL)
    {
      PangoLayout *heading = label_layout (f->self, FONT_SMALL_BOLD, f->style->units_heading);

      show_layout (cr, heading, f->units_x, y0 + (hh - layout_height (heading)) / 2);
    }

  cairo_rectangle (cr, name_w, y0, f->width - name_w, hh);
  cairo_clip (cr);

  /* Quarters: shaded as their columns are, the label kept in view while any of the
   * quarter is, and clear of today's. */
  for (int q = 1; q <= 4; q++)
    {
      PangoLayout *label = label_layout (f->self, FONT_SMALL_BOLD, td_timeline_quarter_label (q));
      double lw = layout_width (label);
      double x0, x1, vis0, vis1, candidates[3];
      int a, b;

      td_timeline_layout_quarter_days (f->layout, q, &a, &b);
      x0 = view_x (f, a);
      x1 = view_x (f, b);
      if (q % 2 == 0)
        {
          set_color (cr, &f->style->band);
          cairo_rectangle (cr, x0, y0, x1 - x0, band_h);
          cairo_fill (cr);
        }
      vis0 = MAX (x0, name_w);
      vis1 = MIN (x1, f->width);
      if (vis1 - vis0 < lw + f->pad)
        continue;
      candidates[0] = (vis0 + vis1 - lw) / 2;
      candidates[1] = vis0 + f->pad * 0.5;
      candidates[2] = vis1 - lw - f->pad * 0.5;
      place_label (f, label, y0 + (band_h - layout_height (label)) / 2, candidates,
                   pill != NULL ? pill_x0 - f->pad * 0.3 : 0, pill != NULL ? pill_x1 + f->pad * 0.3
                                                                           : 0);
    }

  /* Months: the name or its short form, centred (zoomed in to weeks: to the left, over
   * the week numbers), else beside today's line. */
  for (int m = 1; m <= 12; m++)
    {
      double x0, x1, vis0, vis1;
      int a, b;

      td_timeline_layout_month_days (f->layout, m, &a, &b);
      if (b < first || a > end)
        continue;
      x0 = view_x (f, a);
      x1 = view_x (f, b);
      vis0 = MAX (x0, name_w);
      vis1 = MIN (x1, f->width);
      for (guint form = 0; form < 2; form++)
        {
          PangoLayout *label = label_layout (f->self, FONT_SMALL,
                                             td_timeline_month_label (m, form == 1));
          double lw = layout_width (label);
          double candidates[3];
          double ends;

          if (lw + (form == 0 ? f->pad : f->pad * 0.5) > vis1 - vis0)
            continue;
          candidates[0] = weeks ? vis0 + f->pad * 0.5 : (vis0 + vis1 - lw) / 2;
          candidates[1] = vis0 + f->pad * 0.5;
          candidates[2] = vis1 - lw - f->pad * 0.5;
          ends = place_label (f, label, weeks ? month_y + f->lw * 2
                                              : month_y + (hh - band_h - layout_height (label)) / 2,
                              candidates, today_shown ? line0 : 0, today_shown ? line1 : 0);
          if (ends >= 0)
            {
              label_end[m - 1] = weeks ? ends : -G_MAXDOUBLE;
              break;
            }
        }
    }

  /* Zoomed in: Monday ticks with their day of the month, or every day's number. */
  if (weeks)
    {
      gboolean days = td_timeline_layout_shows_days (f->layout);
      double tick_y = y0 + hh - (hh - band_h) * 0.45;
      int d = days ? first : monday + MAX (0, (first - monday + 6) / 7) * 7;

      for (; d < end; d += days ? 1 : 7)
        {
          g_autofree char *iso = td_timeline_layout_day_to_iso (f->layout, d);
          PangoLayout *label = label_layout (f->self, FONT_SMALL, iso[8] == '0' ? iso + 9
                                                                              : iso + 8);
          double lw = layout_width (label) * 0.85;
          double lx = days ? view_x (f, d + 0.5) - lw / 2 : view_x (f, d) + f->lw * 3;
          int weekday = ((d - monday) % 7 + 7) % 7;
          int month = atoi (iso + 5);

          if (weekday == 0)
            {
              set_color (cr, &f->style->grid);
              vline (f, view_x (f, d), tick_y, y0 + hh);
              cairo_fill (cr);
            }
          if (lx < label_end[month - 1] + f->pad * 0.3 ||
              (today_shown && lx < line1 && lx + lw > line0))
            continue;
          set_color (cr, weekday >= 5 ? &f->style->grid : &f->style->dim_foreground);
          cairo_save (cr);
          cairo_translate (cr, lx, y0 + hh - layout_height (label) * 0.9);
          cairo_scale (cr, 0.85, 0.85);
          show_layout (cr, label, 0, 0);
          cairo_restore (cr);
        }
    }

  set_color (cr, &f->style->grid);
  for (int q = 2; q <= 4; q++)
    {
      int a;

      td_timeline_layout_quarter_days (f->layout, q, &a, NULL);
      vline (f, view_x (f, a), y0, y0 + hh);
    }
  for (int m = 2; m <= 12; m++)
    {
      int a;

      td_timeline_layout_month_days (f->layout, m, &a, NULL);
      if ((m - 1) % 3 != 0)
        vline (f, view_x (f, a), month_y, y0 + hh);
    }
  hline (f, name_w, f->width, month_y);
  cairo_fill (cr);

  /* Today: its label, and its line from there down to the rows. */
  if (pill != NULL)
    {
      set_color (cr, &f->style->today);
      cairo_rectangle (cr, (f->style->snap_to_pixels ? floor (tx) : tx) - f->lw,
                       pill_y + pill_h / 2, 2 * f->lw, y0 + hh - pill_y - pill_h / 2);
      cairo_fill (cr);
      rounded_rect (cr, pill_x0, pill_y, pill_x1 - pill_x0, pill_h, pill_h / 2);
      cairo_fill (cr);
      set_color (cr, &f->style->on_status);
      show_layout (cr, pill, pill_x0 + f->pad * 0.6, pill_y + (pill_h - layout_height (pill)) / 2);
    }
  cairo_restore (cr);

  set_color (cr, &f->style->grid);
  hline (f, 0, f->width, y0 + hh - f->lw);
  vline (f, name_w, y0, y0 + hh);
  cairo_fill (cr);
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
  top = f.m.header_height;
  td_timeline_layout_visible_rows (layout, y_offset, MAX (height - top, 0), &first, &end);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_save (cr);
  cairo_rectangle (cr, 0, top, width, MAX (height - top, 0));
  cairo_clip (cr);
  paint_body (&f, first, end, top + td_timeline_layout_row_y (layout, first) - y_offset, top,
              height);
  cairo_restore (cr);
  paint_header (&f, 0);
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
  paint_header (&f, 0);
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
                                double                 width)
{
  Frame f;
  double height;

  g_return_if_fail (self != NULL && cr != NULL && layout != NULL && style != NULL);
  g_return_if_fail (first <= end && end <= td_timeline_layout_get_n_rows (layout));

  frame_init (&f, self, cr, layout, style, marks, x_offset, width);
  self->n_painted = 0;
  height = (end - first) * f.m.row_height;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  paint_body (&f, first, end, 0, 0, height);
  cairo_restore (cr);
}

/* Legend ------------------------------------------------------------------------------------ */

void
td_timeline_paint_legend_symbol (cairo_t               *cr,
                                 const TdTimelineStyle *style,
                                 TdTimelineLegendItem   item,
                                 double                 x,
                                 double                 y,
                                 double                 width,
                                 double                 height)
{
  static const int progress[] = { 0, 45, 100, 30, 0 };
  double lw = style->snap_to_pixels ? 1.0 : 0.5;
  double cy = y + height / 2;
  double bar_h = height * 0.7;

  g_return_if_fail (cr != NULL && style != NULL);
  g_return_if_fail (item < TD_TIMELINE_LEGEND_N_ITEMS);

  cairo_save (cr);
  switch (item)
    {
    case TD_TIMELINE_LEGEND_MILESTONE:
      draw_milestone (cr, style, TD_TIMELINE_PLANNED, x + width / 2, cy, height * 0.45, lw);
      break;
    case TD_TIMELINE_LEGEND_TODAY:
      set_color (cr, &style->today);
      cairo_rectangle (cr, x + width / 2 - lw, y, 2 * lw, height);
      cairo_fill (cr);
      break;
    default:
      {
        TdTimelineStatus status = (TdTimelineStatus) item;
        double glyph = height * 0.8;
        double bar_x = x + glyph + height * 0.35;
        double bar_w = width - (bar_x - x) - (status == TD_TIMELINE_OVERDUE ? height : 0);

        status_glyph (cr, style, status, progress[status], x + glyph / 2, cy, glyph);
        draw_bar (cr, style, NULL, TRUE, status, progress[status], bar_x, cy - bar_h / 2, bar_w,
                  bar_h, lw);
        if (status == TD_TIMELINE_OVERDUE)
          warning_mark (cr, style, bar_x + bar_w + height * 0.15, cy, height * 0.8);
      }
      break;
    }
  cairo_restore (cr);
}

double
td_timeline_paint_legend (TdTimelinePainter     *self,
                          cairo_t               *cr,
                          const TdTimelineStyle *style,
                          const char            *title,
                          const char * const    *labels,
                          double                 x,
                          double                 y,
                          double                 width)
{
  double fs, line_h, gap, cx, cy;

  g_return_val_if_fail (self != NULL && style != NULL, 0.0);

  use_style (self, style);
  fs = style->font_size * style->text_scale;
  gap = fs;
  line_h = fs * 1.6;
  cx = x;
  cy = y;

  if (title != NULL)
    {
      PangoLayout *layout = label_layout (self, FONT_BOLD, title);

      if (cr != NULL)
        {
          set_color (cr, &style->foreground);
          show_layout (cr, layout, cx, cy + (line_h - layout_height (layout)) / 2);
        }
      cx += layout_width (layout) + fs * 0.8;
    }

  for (guint i = 0; i < TD_TIMELINE_LEGEND_N_ITEMS; i++)
    {
      const char *text = labels != NULL ? labels[i] : td_timeline_legend_doc_label (i);
      PangoLayout *layout = label_layout (self, FONT_ROW, text);
      double symbol_w = i < TD_TIMELINE_LEGEND_MILESTONE ? fs * 3.8 : fs * 1.2;
      double item_w = symbol_w + fs * 0.5 + layout_width (layout);

      if (cx > x && cx + item_w > x + width)
        {
          cx = x;
          cy += line_h;
        }
      if (cr != NULL)
        {
          td_timeline_paint_legend_symbol (cr, style, i, cx, cy + (line_h - fs) / 2, symbol_w,
                                           fs);
          set_color (cr, &style->foreground);
          show_layout (cr, layout, cx + symbol_w + fs * 0.5,
                       cy + (line_h - layout_height (layout)) / 2);
        }
      cx += item_w + gap;
    }
  return cy + line_h - y;
}
