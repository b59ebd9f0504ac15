/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score grid's geometry, drawing and scrolling. Column edges are worked out once per
 * sheet and font; a frame finds the rows and columns in view by arithmetic and a search of
 * those edges, and draws only them, from text shaped once and kept by its style and text
 * (scores repeat: a sheet of 30,000 cells has a few dozen different ones).
 */
#define G_LOG_DOMAIN "td-score-grid"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "td-points.h"
#include "td-score-grid-private.h"

/* Past this many shaped texts the cache starts again. */
#define MAX_LAYOUTS 6000
#define PAD 6

G_DEFINE_FINAL_TYPE_WITH_CODE (TdScoreGrid, td_score_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_SIDE,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum {
  CURSOR_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

/* Text styles, the first character of a layout's key. */
#define STYLE_NORMAL 'n'
#define STYLE_BOLD 'b'
#define STYLE_SMALL 's'

typedef struct {
  GdkRGBA fg;
  GdkRGBA bg;
  GdkRGBA accent;
  GdkRGBA warning;
} Palette;

/* Helpers ------------------------------------------------------------------------------------ */

char *
td_score_grid_format_points (gint64 points)
{
  return td_points_format_local (points);
}

guint
_td_score_grid_n_items (TdScoreGrid *self)
{
  return self->sheet != NULL ? td_score_sheet_get_n_items (self->sheet) : 0;
}

guint
_td_score_grid_n_units (TdScoreGrid *self)
{
  return self->sheet != NULL ? td_score_sheet_get_n_units (self->sheet) : 0;
}

static PangoLayout *
layout_for (TdScoreGrid *self,
            char         style,
            const char  *text,
            int          width)
{
  g_autofree char *key = g_strdup_printf ("%c%d\x1f%s", style, width, text);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);

  if (layout != NULL)
    return layout;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  if (style != STYLE_NORMAL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      if (style == STYLE_BOLD)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      else
        pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);
  return layout;
}

static int
text_width (TdScoreGrid *self,
            char         style,
            const char  *text)
{
  int width;

  pango_layout_get_pixel_size (layout_for (self, style, text, -1), &width, NULL);
  return width;
}

static int
text_height (TdScoreGrid *self,
             char         style)
{
  int height;

  pango_layout_get_pixel_size (layout_for (self, style, "0Ấg", -1), NULL, &height);
  return height;
}

static const char *
self_label (void)
{
  /* Translators: the heading of a cell's first half on the score sheet, the self score
   * (điểm tự chấm); keep it short, as "TC" */
  return C_("score sheet", "Self");
}

static const char *
verified_label (void)
{
  /* Translators: the heading of a cell's second half on the score sheet, the verified
   * score (điểm phúc tra); keep it short, as "PT" */
  return C_("score sheet", "Verif.");
}

static const char *
incomplete_label (void)
{
  return _("Not fully scored");
}

/* Geometry ----------------------------------------------------------------------------------- */

static void
add_column (TdScoreGrid      *self,
            TdGridColumnKind  kind,
            int               node,
            int               width)
{
  TdGridColumn column = { kind, node };
  int x = g_array_index (self->column_x, int, self->column_x->len - 1) + width;

  g_array_append_val (self->columns, column);
  g_array_append_val (self->column_x, x);
}

void
_td_score_grid_ensure_geometry (TdScoreGrid *self)
{
  TdCriteriaTree *tree = self->sheet != NULL ? td_score_sheet_get_tree (self->sheet) : NULL;
  guint n_items = _td_score_grid_n_items (self);
  guint n_units = _td_score_grid_n_units (self);
  int name_width = text_width (self, STYLE_NORMAL, _("Unit"));
  int small_height, number, sum_width, class_width, cell_width;
  g_autofree char *digits = NULL;
  int zero = 0;

  if (self->geometry_valid)
    return;
  self->geometry_valid = TRUE;

  self->line_height = text_height (self, STYLE_NORMAL);
  small_height = text_height (self, STYLE_SMALL);
  self->row_height = self->line_height + 10;
  digits = g_strdup_printf ("%u", MAX (n_units, 10));
  for (char *c = digits; *c != '\0'; c++)
    *c = '0';
  self->number_width = text_width (self, STYLE_SMALL, digits) + 2 * PAD;
  for (guint u = 0; u < n_units; u++)
    name_width = MAX (name_width, text_width (self, STYLE_NORMAL,
                                              td_score_sheet_get_unit_name (self->sheet, u)));
  self->left_width = self->number_width + CLAMP (name_width, 120, 260) + 2 * PAD;

  self->half_width = MAX (text_width (self, STYLE_NORMAL, "-10,25"),
                          MAX (text_width (self, STYLE_SMALL, self_label ()),
                               text_width (self, STYLE_SMALL, verified_label ()))) + PAD;
  self->gap_width = text_width (self, STYLE_SMALL, "≠") + 4;
  cell_width = 2 * self->half_width + self->gap_width;

  self->n_group_rows = 0;
  g_array_set_size (self->spans, 0);
  g_array_set_size (self->columns, 0);
  g_array_set_size (self->column_x, 0);
  g_array_append_val (self->column_x, zero);
  for (guint i = 0; i < n_items; i++)
    {
      const TdCriteriaNode *node =
        td_criteria_tree_get_node (tree, td_criteria_tree_get_leaf_node (tree, i));

      self->n_group_rows = MAX (self->n_group_rows, node->depth);
      add_column (self, TD_GRID_COL_ITEM, -1, cell_width);
    }

  sum_width = MAX (text_width (self, STYLE_BOLD, "1000,25"), cell_width / 2) + 2 * PAD;
  for (guint n = 0; tree != NULL && n < td_criteria_tree_get_n_nodes (tree); n++)
    {
      const TdCriteriaNode *node = td_criteria_tree_get_node (tree, n);
      TdGridSpan span = { n, node->depth, G_MAXUINT, 0 };

      if (node->leaf >= 0)
        continue;
      for (guint k = n + 1; k < node->end; k++)
        {
          int leaf = td_criteria_tree_get_node (tree, k)->leaf;

          if (leaf >= 0)
            {
              span.first = MIN (span.first, (guint) leaf);
              span.last = MAX (span.last, (guint) leaf);
            }
        }
      if (span.first == G_MAXUINT)
        continue;
      g_array_append_val (self->spans, span);
      if (node->depth == 0)
        add_column (self, TD_GRID_COL_GROUP, (int) n,
                    MAX (sum_width, text_width (self, STYLE_BOLD,
                                                td_criterion_get_code (node->criterion)) + 2 * PAD));
    }
  if (n_items > 0)
    {
      add_column (self, TD_GRID_COL_TOTAL, -1, cell_width + 2 * PAD);
      add_column (self, TD_GRID_COL_FINAL, -1,
                  MAX (sum_width, text_width (self, STYLE_BOLD, _("Final")) + 2 * PAD));
      number = MAX (text_width (self, STYLE_BOLD, _("Rank")), text_width (self, STYLE_BOLD, digits));
      add_column (self, TD_GRID_COL_RANK, -1, number + 2 * PAD);
      class_width = MAX (text_width (self, STYLE_BOLD, _("Class")),
                         text_width (self, STYLE_NORMAL, incomplete_label ()));
      for (guint t = 0; t < td_score_sheet_get_n_thresholds (self->sheet); t++)
        class_width = MAX (class_width,
                           text_width (self, STYLE_NORMAL,
                                       td_score_sheet_get_threshold (self->sheet, t)->label));
      add_column (self, TD_GRID_COL_CLASS, -1, MIN (class_width, 240) + 2 * PAD);
    }

  self->group_row_height = self->row_height;
  self->item_row_height = self->line_height + small_height + 8;
  self->side_row_height = small_height + 6;
  self->header_height = (int) self->n_group_rows * self->group_row_height +
                        self->item_row_height + self->side_row_height;
}

static void
invalidate_geometry (TdScoreGrid *self)
{
  self->geometry_valid = FALSE;
  g_hash_table_remove_all (self->layouts);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static double
hvalue (TdScoreGrid *self)
{
  return self->hadjustment != NULL ? floor (gtk_adjustment_get_value (self->hadjustment)) : 0;
}

static double
vvalue (TdScoreGrid *self)
{
  return self->vadjustment != NULL ? floor (gtk_adjustment_get_value (self->vadjustment)) : 0;
}

/* The column whose span holds @x (past the names, unscrolled); -1 past the last. */
static int
column_at (TdScoreGrid *self,
           double       x)
{
  guint lo = 0, hi = self->columns->len;

  if (x < 0 || hi == 0 || x >= g_array_index (self->column_x, int, hi))
    return -1;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (x < g_array_index (self->column_x, int, mid))
        hi = mid;
      else
        lo = mid;
    }
  return (int) lo;
}

void
_td_score_grid_cell_rect (TdScoreGrid  *self,
                          guint         unit,
                          guint         item,
                          TdScoreSide   side,
                          GdkRectangle *rect)
{
  _td_score_grid_ensure_geometry (self);
  rect->x = self->left_width + g_array_index (self->column_x, int, item) - (int) hvalue (self);
  rect->y = self->header_height + (int) unit * self->row_height - (int) vvalue (self);
  rect->height = self->row_height;
  rect->width = g_array_index (self->column_x, int, item + 1) -
                g_array_index (self->column_x, int, item);
  if (side == TD_SCORE_SELF)
    rect->width = self->half_width;
  else if (side == TD_SCORE_VERIFIED)
    {
      rect->x += self->half_width + self->gap_width;
      rect->width = self->half_width;
    }
}

gboolean
_td_score_grid_hit (TdScoreGrid *self,
                    double       x,
                    double       y,
                    guint       *unit,
                    guint       *item)
{
  int column;
  double row;

  _td_score_grid_ensure_geometry (self);
  if (x < self->left_width || y < self->header_height)
    return FALSE;
  column = column_at (self, x - self->left_width + hvalue (self));
  row = (y - self->header_height + vvalue (self)) / self->row_height;
  if (column < 0 || (guint) column >= _td_score_grid_n_items (self) || row < 0 ||
      row >= _td_score_grid_n_units (self))
    return FALSE;
  *unit = (guint) row;
  *item = (guint) column;
  return TRUE;
}

guint
_td_score_grid_page_rows (TdScoreGrid *self)
{
  int body = gtk_widget_get_height (GTK_WIDGET (self)) - self->header_height;

  return MAX (1, body / MAX (1, self->row_height) - 1);
}

void
_td_score_grid_scroll_to (TdScoreGrid *self,
                          guint        unit,
                          guint        item)
{
  int body_width = gtk_widget_get_width (GTK_WIDGET (self)) - self->left_width;
  int body_height = gtk_widget_get_height (GTK_WIDGET (self)) - self->header_height;
  double left, right, top, bottom;

  _td_score_grid_ensure_geometry (self);
  if (self->hadjustment != NULL && body_width > 0 && item < self->columns->len)
    {
      left = g_array_index (self->column_x, int, item);
      right = g_array_index (self->column_x, int, item + 1);
      if (left < hvalue (self))
        gtk_adjustment_set_value (self->hadjustment, left);
      else if (right > hvalue (self) + body_width)
        gtk_adjustment_set_value (self->hadjustment, right - body_width);
    }
  if (self->vadjustment != NULL && body_height > 0)
    {
      top = (double) unit * self->row_height;
      bottom = top + self->row_height;
      if (top < vvalue (self))
        gtk_adjustment_set_value (self->vadjustment, top);
      else if (bottom > vvalue (self) + body_height)
        gtk_adjustment_set_value (self->vadjustment, bottom - body_height);
    }
}

/* Drawing ------------------------------------------------------------------------------------ */

static GdkRGBA
alpha (const GdkRGBA *color,
       float          a)
{
  GdkRGBA result = *color;

  result.alpha *= a;
  return result;
}

static void
get_palette (TdScoreGrid *self,
             Palette     *palette)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &palette->fg);
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &palette->bg))
    gdk_rgba_parse (&palette->bg, "white");
  if (!gtk_style_context_lookup_color (context, "accent_color", &palette->accent))
    gdk_rgba_parse (&palette->accent, "#1c71d8");
  if (!gtk_style_context_lookup_color (context, "warning_color", &palette->warning))
    gdk_rgba_parse (&palette->warning, "#c64600");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      double         x,
      double         y,
      double         width,
      double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* @layout in the box (@x, @y, @width, @height): @align 0 left, 1 right, 0.5 centred; centred
 * down. */
static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           const GdkRGBA *color,
           double         x,
           double         y,
           double         width,
           double         height,
           double         align)
{
  int text_w, text_h;

  pango_layout_get_pixel_size (layout, &text_w, &text_h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (floor (x + (width - text_w) * align),
                                                floor (y + (height - text_h) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_points (TdScoreGrid   *self,
             GtkSnapshot   *snapshot,
             char           style,
             gboolean       has,
             gint64         points,
             const GdkRGBA *color,
             double         x,
             double         y,
             double         width)
{
  g_autofree char *text = NULL;

  if (!has)
    return;
  text = td_score_grid_format_points (points);
  draw_text (snapshot, layout_for (self, style, text, -1), color, x, y, width - PAD / 2,
             self->row_height, 1.0);
}

/* Two numbers in the halves of a box, with a line or ≠ between them. */
static void
draw_pair (TdScoreGrid   *self,
           GtkSnapshot   *snapshot,
           const Palette *palette,
           gboolean       has_self,
           gint64         self_points,
           gboolean       has_verified,
           gint64         verified_points,
           gboolean       dim_inactive,
           double         x,
           double         y)
{
  GdkRGBA dim = alpha (&palette->fg, 0.62f);
  gboolean differ = has_self && has_verified && self_points != verified_points;
  double gap_x = x + self->half_width;

  draw_points (self, snapshot, STYLE_NORMAL, has_self, self_points,
               dim_inactive && self->side != TD_SCORE_SELF ? &dim : &palette->fg,
               x, y, self->half_width);
  draw_points (self, snapshot, STYLE_NORMAL, has_verified, verified_points,
               dim_inactive && self->side != TD_SCORE_VERIFIED ? &dim : &palette->fg,
               gap_x + self->gap_width, y, self->half_width);
  if (differ)
    {
      GdkRGBA mark = palette->warning;

      /* Not by colour alone: ≠ stands between scores that differ. */
      draw_text (snapshot, layout_for (self, STYLE_SMALL, "≠", -1), &mark, gap_x, y,
                 self->gap_width, self->row_height, 0.5);
    }
  else
    {
      GdkRGBA line = alpha (&palette->fg, 0.10f);

      fill (snapshot, &line, gap_x + self->gap_width / 2, y + 6, 1, self->row_height - 12);
    }
}

static void
draw_cell (TdScoreGrid   *self,
           GtkSnapshot   *snapshot,
           const Palette *palette,
           guint          unit,
           guint          column,
           double         x,
           double         y,
           double         width)
{
  const TdGridColumn *col = &g_array_index (self->columns, TdGridColumn, column);
  TdScoreSheet *sheet = self->sheet;
  gboolean complete = td_score_sheet_is_complete (sheet, unit);
  GdkRGBA dim = alpha (&palette->fg, 0.55f);
  g_autofree char *text = NULL;
  gint64 self_points = 0, verified_points = 0;
  gboolean has_self, has_verified;
  guint rank;
  const char *label;

  switch (col->kind)
    {
    case TD_GRID_COL_ITEM:
      has_self = td_score_sheet_get_score (sheet, unit, column, TD_SCORE_SELF, &self_points);
      has_verified = td_score_sheet_get_score (sheet, unit, column, TD_SCORE_VERIFIED,
                                               &verified_points);
      if (has_self && has_verified && self_points != verified_points)
        {
          GdkRGBA warning = alpha (&palette->warning, 0.18f);

          fill (snapshot, &warning, x, y, width, self->row_height);
        }
      draw_pair (self, snapshot, palette, has_self, self_points, has_verified, verified_points,
                 TRUE, x, y);
      break;

    case TD_GRID_COL_GROUP:
      draw_points (self, snapshot, STYLE_NORMAL, TRUE,
                   td_score_sheet_get_total (sheet, unit, col->node, TD_SCORE_FINAL),
                   complete ? &palette->fg : &dim, x, y, width - PAD / 2);
      break;

    case TD_GRID_COL_TOTAL:
      draw_pair (self, snapshot, palette, TRUE,
                 td_score_sheet_get_total (sheet, unit, -1, TD_SCORE_SELF),
                 td_score_sheet_is_verified (sheet, unit),
                 td_score_sheet_get_total (sheet, unit, -1, TD_SCORE_VERIFIED), FALSE, x + PAD, y);
      break;

    case TD_GRID_COL_FINAL:
      draw_points (self, snapshot, complete ? STYLE_BOLD : STYLE_NORMAL, TRUE,
                   td_score_sheet_get_total (sheet, unit, -1, TD_SCORE_FINAL),
                   complete ? &palette->fg : &dim, x, y, width - PAD / 2);
      break;

    case TD_GRID_COL_RANK:
      rank = td_score_sheet_get_rank (sheet, unit);
      text = rank > 0 ? g_strdup_printf ("%u", rank) : g_strdup ("—");
      draw_text (snapshot, layout_for (self, STYLE_BOLD, text, -1), rank > 0 ? &palette->fg : &dim,
                 x, y, width, self->row_height, 0.5);
      break;

    case TD_GRID_COL_CLASS:
      label = complete ? td_score_sheet_get_class_label (sheet, unit) : incomplete_label ();
      if (label != NULL)
        draw_text (snapshot, layout_for (self, STYLE_NORMAL, label, (int) width - 2 * PAD),
                   complete ? &palette->fg : &palette->warning, x + PAD, y, width - 2 * PAD,
                   self->row_height, 0.0);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_body (TdScoreGrid   *self,
           GtkSnapshot   *snapshot,
           const Palette *palette,
           int            width,
           int            height)
{
  double h = hvalue (self), v = vvalue (self);
  guint n_units = _td_score_grid_n_units (self);
  guint first_row = (guint) (v / self->row_height);
  guint last_row = MIN (n_units, (guint) ((v + height - self->header_height) / self->row_height) + 1);
  int first_col = MAX (0, column_at (self, h));
  int last_col = column_at (self, h + width - self->left_width);
  GdkRGBA stripe = alpha (&palette->fg, 0.035f);
  GdkRGBA line = alpha (&palette->fg, 0.12f);
  double right;

  if (last_col < 0)
    last_col = (int) self->columns->len - 1;
  right = g_array_index (self->column_x, int, last_col + 1) - h;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->left_width, self->header_height));
  for (guint u = first_row; u < last_row; u++)
    {
      double y = (double) u * self->row_height - v;

      if (u % 2 == 1)
        fill (snapshot, &stripe, 0, y, right, self->row_height);
      for (int c = first_col; c <= last_col; c++)
        {
          double x = g_array_index (self->column_x, int, c) - h;
          double w = g_array_index (self->column_x, int, c + 1) - g_array_index (self->column_x, int, c);

          draw_cell (self, snapshot, palette, u, (guint) c, x, y, w);
        }
      fill (snapshot, &line, 0, y + self->row_height - 1, right, 1);
    }
  for (int c = first_col; c <= last_col; c++)
    {
      double x = g_array_index (self->column_x, int, c + 1) - h - 1;
      const TdGridColumn *col = &g_array_index (self->columns, TdGridColumn, c);
      gboolean strong = col->kind != TD_GRID_COL_ITEM ||
                        ((guint) c + 1 < self->columns->len &&
                         g_array_index (self->columns, TdGridColumn, c + 1).kind != TD_GRID_COL_ITEM);

      fill (snapshot, &line, x, 0, strong ? 2 : 1,
            MIN (height, (double) last_row * self->row_height - v));
    }

  /* The cell chosen: its frame, and the half typed into. */
  if (self->cursor_unit >= 0 && self->cursor_item >= 0)
    {
      double x = g_array_index (self->column_x, int, self->cursor_item) - h;
      double y = (double) self->cursor_unit * self->row_height - v;
      double w = g_array_index (self->column_x, int, self->cursor_item + 1) -
                 g_array_index (self->column_x, int, self->cursor_item);
      double half_x = self->side == TD_SCORE_SELF ? x : x + self->half_width + self->gap_width;
      GdkRGBA tint = alpha (&palette->accent, gtk_widget_has_focus (GTK_WIDGET (self)) ? 0.22f
                                                                                         : 0.12f);

      fill (snapshot, &tint, half_x, y, self->half_width, self->row_height);
      fill (snapshot, &palette->accent, x - 1, y - 1, w + 1, 2);
      fill (snapshot, &palette->accent, x - 1, y + self->row_height - 2, w + 1, 2);
      fill (snapshot, &palette->accent, x - 1, y - 1, 2, self->row_height + 1);
      fill (snapshot, &palette->accent, x + w - 2, y - 1, 2, self->row_height + 1);
    }
  gtk_snapshot_restore (snapshot);
}

static void
draw_names (TdScoreGrid   *self,
            GtkSnapshot   *snapshot,
            const Palette *palette,
            int            height)
{
  double v = vvalue (self);
  guint n_units = _td_score_grid_n_units (self);
  guint first_row = (guint) (v / self->row_height);
  guint last_row = MIN (n_units, (guint) ((v + height - self->header_height) / self->row_height) + 1);
  GdkRGBA shade = alpha (&palette->fg, 0.05f);
  GdkRGBA line = alpha (&palette->fg, 0.12f);
  GdkRGBA dim = alpha (&palette->fg, 0.55f);
  GdkRGBA current = alpha (&palette->accent, 0.14f);
  int name_x = self->number_width;
  int name_width = self->left_width - name_x - PAD;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, self->header_height));
  fill (snapshot, &palette->bg, 0, 0, self->left_width, height);
  fill (snapshot, &shade, 0, 0, self->left_width, height);
  for (guint u = first_row; u < last_row; u++)
    {
      double y = (double) u * self->row_height - v;
      g_autofree char *number = g_strdup_printf ("%u", u + 1);

      if ((int) u == self->cursor_unit)
        fill (snapshot, &current, 0, y, self->left_width, self->row_height);
      draw_text (snapshot, layout_for (self, STYLE_SMALL, number, -1), &dim, 0, y,
                 self->number_width - PAD, self->row_height, 1.0);
      draw_text (snapshot, layout_for (self, STYLE_NORMAL,
                                       td_score_sheet_get_unit_name (self->sheet, u), name_width),
                 &palette->fg, name_x, y, name_width, self->row_height, 0.0);
      fill (snapshot, &line, 0, y + self->row_height - 1, self->left_width, 1);
    }
  gtk_snapshot_restore (snapshot);
}

static const char *
column_title (TdScoreGrid        *self,
              const TdGridColumn *col)
{
  TdCriteriaTree *tree = td_score_sheet_get_tree (self->sheet);

  switch (col->kind)
    {
    case TD_GRID_COL_GROUP:
      return td_criterion_get_code (td_criteria_tree_get_node (tree, (guint) col->node)->criterion);
    case TD_GRID_COL_TOTAL:
      return _("Total");
    case TD_GRID_COL_FINAL:
      return _("Final");
    case TD_GRID_COL_RANK:
      return _("Rank");
    case TD_GRID_COL_CLASS:
      return _("Class");
    case TD_GRID_COL_ITEM:
    default:
      return "";
    }
}

static void
draw_side_labels (TdScoreGrid   *self,
                  GtkSnapshot   *snapshot,
                  const Palette *palette,
                  double         x,
                  double         y,
                  gboolean       mark_active)
{
  GdkRGBA dim = alpha (&palette->fg, 0.6f);
  gboolean self_active = mark_active && self->side == TD_SCORE_SELF;
  gboolean verified_active = mark_active && self->side == TD_SCORE_VERIFIED;

  draw_text (snapshot, layout_for (self, self_active ? STYLE_BOLD : STYLE_SMALL, self_label (), -1),
             self_active ? &palette->accent : &dim, x, y, self->half_width - PAD / 2,
             self->side_row_height, 1.0);
  draw_text (snapshot, layout_for (self, verified_active ? STYLE_BOLD : STYLE_SMALL,
                                   verified_label (), -1),
             verified_active ? &palette->accent : &dim, x + self->half_width + self->gap_width, y,
             self->half_width - PAD / 2, self->side_row_height, 1.0);
}

static void
draw_header (TdScoreGrid   *self,
             GtkSnapshot   *snapshot,
             const Palette *palette,
             int            width)
{
  TdCriteriaTree *tree = td_score_sheet_get_tree (self->sheet);
  double h = hvalue (self);
  int first_col = MAX (0, column_at (self, h));
  int last_col = column_at (self, h + width - self->left_width);
  double item_y = (double) self->n_group_rows * self->group_row_height;
  double side_y = item_y + self->item_row_height;
  GdkRGBA shade = alpha (&palette->fg, 0.07f);
  GdkRGBA line = alpha (&palette->fg, 0.18f);
  GdkRGBA dim = alpha (&palette->fg, 0.6f);

  if (last_col < 0)
    last_col = (int) self->columns->len - 1;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->left_width, 0));
  fill (snapshot, &palette->bg, 0, 0, width - self->left_width, self->header_height);
  fill (snapshot, &shade, 0, 0, width - self->left_width, self->header_height);

  for (guint s = 0; s < self->spans->len; s++)
    {
      const TdGridSpan *span = &g_array_index (self->spans, TdGridSpan, s);
      const TdCriteriaNode *node = td_criteria_tree_get_node (tree, span->node);
      double x0 = g_array_index (self->column_x, int, span->first) - h;
      double x1 = g_array_index (self->column_x, int, span->last + 1) - h;
      double y = (double) span->depth * self->group_row_height;
      g_autofree char *text = NULL;
      double text_x = MAX (x0, 0), text_w;

      if (x1 < 0 || x0 > width || span->depth >= self->n_group_rows)
        continue;
      text_w = MIN (x1, width) - text_x - 2 * PAD;
      text = g_strdup_printf ("%s %s", td_criterion_get_code (node->criterion),
                              td_criterion_get_name (node->criterion));
      if (text_w > 8)
        draw_text (snapshot, layout_for (self, STYLE_BOLD, text, (int) text_w), &palette->fg,
                   text_x + PAD, y, text_w, self->group_row_height, 0.0);
      fill (snapshot, &line, x0, y + self->group_row_height - 1, x1 - x0, 1);
      fill (snapshot, &line, x1 - 1, y, 1, self->header_height - y);
    }

  for (int c = first_col; c <= last_col; c++)
    {
      const TdGridColumn *col = &g_array_index (self->columns, TdGridColumn, c);
      double x = g_array_index (self->column_x, int, c) - h;
      double w = g_array_index (self->column_x, int, c + 1) - g_array_index (self->column_x, int, c);

      if (col->kind == TD_GRID_COL_ITEM)
        {
          const TdCriteriaNode *node =
            td_criteria_tree_get_node (tree, td_criteria_tree_get_leaf_node (tree, (guint) c));
          g_autofree char *standard = td_score_grid_format_points (node->standard);
          g_autofree char *bracketed = g_strdup_printf ("(%s)", standard);
          const char *code = td_criterion_get_code (node->criterion);

          draw_text (snapshot, layout_for (self, STYLE_BOLD, code[0] != '\0' ? code : "•",
                                           (int) w - PAD),
                     &palette->fg, x + PAD / 2, item_y + 4, w - PAD, self->line_height, 0.5);
          draw_text (snapshot, layout_for (self, STYLE_SMALL, bracketed, -1), &dim, x,
                     item_y + 4 + self->line_height, w, self->item_row_height - self->line_height - 8,
                     0.5);
          draw_side_labels (self, snapshot, palette, x, side_y, TRUE);
          fill (snapshot, &line, x + w - 1, item_y, 1, self->header_height - item_y);
        }
      else
        {
          double bottom = col->kind == TD_GRID_COL_TOTAL ? side_y : self->header_height;

          draw_text (snapshot, layout_for (self, STYLE_BOLD, column_title (self, col), (int) w - PAD),
                     &palette->fg, x + PAD / 2, bottom - self->item_row_height, w - PAD,
                     self->item_row_height, 0.5);
          if (col->kind == TD_GRID_COL_TOTAL)
            draw_side_labels (self, snapshot, palette, x + PAD, side_y, FALSE);
          fill (snapshot, &line, x + w - 2, 0, 2, self->header_height);
        }
    }
  fill (snapshot, &line, 0, item_y, width, 1);
  gtk_snapshot_restore (snapshot);

  /* The corner over the names. */
  fill (snapshot, &palette->bg, 0, 0, self->left_width, self->header_height);
  fill (snapshot, &shade, 0, 0, self->left_width, self->header_height);
  draw_text (snapshot, layout_for (self, STYLE_SMALL, C_("row number", "No."), -1), &dim, 0,
             side_y, self->number_width - PAD, self->side_row_height, 1.0);
  draw_text (snapshot, layout_for (self, STYLE_BOLD, _("Unit"), -1), &palette->fg,
             self->number_width, side_y - self->line_height, self->left_width,
             self->line_height + self->side_row_height, 0.0);
}

static void
td_score_grid_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  TdScoreGrid *self = TD_SCORE_GRID (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA line;
  Palette palette;

  get_palette (self, &palette);
  fill (snapshot, &palette.bg, 0, 0, width, height);
  if (self->sheet == NULL || _td_score_grid_n_items (self) == 0)
    return;
  _td_score_grid_ensure_geometry (self);
  if (g_hash_table_size (self->layouts) > MAX_LAYOUTS)
    g_hash_table_remove_all (self->layouts);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (self->left_width, self->header_height,
                                                         width - self->left_width,
                                                         height - self->header_height));
  draw_body (self, snapshot, &palette, width, height);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, self->header_height, self->left_width,
                                                         height - self->header_height));
  draw_names (self, snapshot, &palette, height);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, self->header_height));
  draw_header (self, snapshot, &palette, width);
  gtk_snapshot_pop (snapshot);

  line = alpha (&palette.fg, 0.25f);
  fill (snapshot, &line, self->left_width - 1, 0, 1, height);
  fill (snapshot, &line, 0, self->header_height - 1, width, 1);

  if (self->editor != NULL)
    gtk_widget_snapshot_child (widget, self->editor, snapshot);
  if (self->refusal != NULL)
    gtk_widget_snapshot_child (widget, self->refusal, snapshot);
}

/* Size and scrolling ------------------------------------------------------------------------- */

static void
configure_adjustments (TdScoreGrid *self,
                       int          width,
                       int          height)
{
  double body_width = MAX (0, width - self->left_width);
  double body_height = MAX (0, height - self->header_height);
  double content_width = self->column_x->len > 0
                           ? g_array_index (self->column_x, int, self->column_x->len - 1) : 0;
  double content_height = (double) _td_score_grid_n_units (self) * self->row_height;
  double upper;

  if (self->hadjustment != NULL)
    {
      upper = MAX (content_width, body_width);
      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (gtk_adjustment_get_value (self->hadjustment), 0,
                                       upper - body_width),
                                0, upper, self->half_width, body_width * 0.9, body_width);
    }
  if (self->vadjustment != NULL)
    {
      upper = MAX (content_height, body_height);
      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (gtk_adjustment_get_value (self->vadjustment), 0,
                                       upper - body_height),
                                0, upper, self->row_height, body_height * 0.9, body_height);
    }
}

static void
td_score_grid_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  TdScoreGrid *self = TD_SCORE_GRID (widget);

  _td_score_grid_ensure_geometry (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->left_width + 2 * self->half_width + self->gap_width;
      *natural = self->left_width + g_array_index (self->column_x, int, self->column_x->len - 1);
    }
  else
    {
      *minimum = self->header_height + 2 * self->row_height;
      *natural = self->header_height + (int) _td_score_grid_n_units (self) * self->row_height;
    }
  *natural = MAX (*minimum, *natural);
}

static void
td_score_grid_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  TdScoreGrid *self = TD_SCORE_GRID (widget);

  _td_score_grid_ensure_geometry (self);
  configure_adjustments (self, width, height);
  _td_score_grid_place_children (self);
}

static void
on_adjustment_value_changed_cb (GtkAdjustment *adjustment,
                                TdScoreGrid   *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (TdScoreGrid    *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment,
                const char     *name)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed_cb, self);
  g_object_ref_sink (adjustment);
  g_clear_object (slot);
  *slot = adjustment;
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed_cb),
                    self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), name);
}

static void
td_score_grid_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (td_score_grid_parent_class)->css_changed (widget, change);
  /* Another font or scale: the text is shaped again and the columns measured again. */
  invalidate_geometry (TD_SCORE_GRID (widget));
}

/* Accessibility -------------------------------------------------------------------------------- */

void
_td_score_grid_cursor_moved (TdScoreGrid *self)
{
  g_autofree char *text = td_score_grid_dup_cursor_text (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GObject ------------------------------------------------------------------------------------- */

static void
td_score_grid_dispose (GObject *object)
{
  TdScoreGrid *self = TD_SCORE_GRID (object);

  _td_score_grid_dispose_input (self);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->sheet, td_score_sheet_unref);
  G_OBJECT_CLASS (td_score_grid_parent_class)->dispose (object);
}

static void
td_score_grid_finalize (GObject *object)
{
  TdScoreGrid *self = TD_SCORE_GRID (object);

  g_array_unref (self->columns);
  g_array_unref (self->column_x);
  g_array_unref (self->spans);
  g_hash_table_unref (self->layouts);
  G_OBJECT_CLASS (td_score_grid_parent_class)->finalize (object);
}

static void
td_score_grid_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TdScoreGrid *self = TD_SCORE_GRID (object);

  switch (prop_id)
    {
    case PROP_SIDE:
      g_value_set_int (value, self->side);
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
td_score_grid_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TdScoreGrid *self = TD_SCORE_GRID (object);

  switch (prop_id)
    {
    case PROP_SIDE:
      td_score_grid_set_side (self, g_value_get_int (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), "hadjustment");
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), "vadjustment");
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
td_score_grid_class_init (TdScoreGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_score_grid_dispose;
  object_class->finalize = td_score_grid_finalize;
  object_class->get_property = td_score_grid_get_property;
  object_class->set_property = td_score_grid_set_property;
  widget_class->snapshot = td_score_grid_snapshot;
  widget_class->measure = td_score_grid_measure;
  widget_class->size_allocate = td_score_grid_size_allocate;
  widget_class->css_changed = td_score_grid_css_changed;

  properties[PROP_SIDE] =
    g_param_spec_int ("side", NULL, NULL, TD_SCORE_SELF, TD_SCORE_VERIFIED, TD_SCORE_SELF,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[CURSOR_CHANGED] = g_signal_new ("cursor-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "score-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
td_score_grid_init (TdScoreGrid *self)
{
  self->side = TD_SCORE_SELF;
  self->cursor_unit = -1;
  self->cursor_item = -1;
  self->tab_start = -1;
  self->editor_unit = -1;
  self->refusal_unit = -1;
  self->columns = g_array_new (FALSE, FALSE, sizeof (TdGridColumn));
  self->column_x = g_array_new (FALSE, FALSE, sizeof (int));
  self->spans = g_array_new (FALSE, FALSE, sizeof (TdGridSpan));
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Score sheet"), -1);
  set_adjustment (self, &self->hadjustment, NULL, "hadjustment");
  set_adjustment (self, &self->vadjustment, NULL, "vadjustment");
  _td_score_grid_init_input (self);
}

/* Public API ----------------------------------------------------------------------------------- */

GtkWidget *
td_score_grid_new (void)
{
  return g_object_new (TD_TYPE_SCORE_GRID, NULL);
}

void
td_score_grid_set_sheet (TdScoreGrid  *self,
                         TdScoreSheet *sheet)
{
  g_return_if_fail (TD_IS_SCORE_GRID (self));

  if (self->sheet == sheet)
    {
      td_score_grid_refresh (self);
      return;
    }
  td_score_grid_cancel_editing (self);
  _td_score_grid_hide_refusal (self);
  g_clear_pointer (&self->sheet, td_score_sheet_unref);
  if (sheet != NULL)
    self->sheet = td_score_sheet_ref (sheet);
  invalidate_geometry (self);
  if (_td_score_grid_n_units (self) == 0 || _td_score_grid_n_items (self) == 0)
    {
      self->cursor_unit = self->cursor_item = -1;
    }
  else
    {
      self->cursor_unit = CLAMP (self->cursor_unit, 0, (int) _td_score_grid_n_units (self) - 1);
      self->cursor_item = CLAMP (self->cursor_item, 0, (int) _td_score_grid_n_items (self) - 1);
    }
  self->tab_start = -1;
  _td_score_grid_cursor_moved (self);
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

TdScoreSheet *
td_score_grid_get_sheet (TdScoreGrid *self)
{
  g_return_val_if_fail (TD_IS_SCORE_GRID (self), NULL);
  return self->sheet;
}

void
td_score_grid_set_save_func (TdScoreGrid         *self,
                             TdScoreGridSaveFunc  func,
                             gpointer             user_data)
{
  g_return_if_fail (TD_IS_SCORE_GRID (self));
  self->save_func = func;
  self->save_data = user_data;
}

void
td_score_grid_set_side (TdScoreGrid *self,
                        TdScoreSide  side)
{
  g_return_if_fail (TD_IS_SCORE_GRID (self));
  g_return_if_fail (side == TD_SCORE_SELF || side == TD_SCORE_VERIFIED);

  if (self->side == side)
    return;
  if (!td_score_grid_commit (self))
    td_score_grid_cancel_editing (self);
  _td_score_grid_hide_refusal (self);
  self->side = side;
  _td_score_grid_cursor_moved (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

TdScoreSide
td_score_grid_get_side (TdScoreGrid *self)
{
  g_return_val_if_fail (TD_IS_SCORE_GRID (self), TD_SCORE_SELF);
  return self->side;
}

gboolean
td_score_grid_get_cursor (TdScoreGrid *self,
                          guint       *unit,
                          guint       *item)
{
  g_return_val_if_fail (TD_IS_SCORE_GRID (self), FALSE);

  if (self->cursor_unit < 0 || self->cursor_item < 0)
    return FALSE;
  if (unit != NULL)
    *unit = (guint) self->cursor_unit;
  if (item != NULL)
    *item = (guint) self->cursor_item;
  return TRUE;
}

void
td_score_grid_set_cursor (TdScoreGrid *self,
                          guint        unit,
                          guint        item)
{
  g_return_if_fail (TD_IS_SCORE_GRID (self));

  if (unit >= _td_score_grid_n_units (self) || item >= _td_score_grid_n_items (self))
    return;
  _td_score_grid_scroll_to (self, unit, item);
  if (self->cursor_unit == (int) unit && self->cursor_item == (int) item)
    return;
  if (self->refusal_unit != (int) unit || self->refusal_item != (int) item)
    _td_score_grid_hide_refusal (self);
  self->cursor_unit = (int) unit;
  self->cursor_item = (int) item;
  _td_score_grid_cursor_moved (self);
  g_signal_emit (self, signals[CURSOR_CHANGED], 0);
}

void
td_score_grid_refresh (TdScoreGrid *self)
{
  g_return_if_fail (TD_IS_SCORE_GRID (self));
  _td_score_grid_cursor_moved (self);
}

char *
td_score_grid_dup_cursor_text (TdScoreGrid *self)
{
  TdCriteriaTree *tree;
  const TdCriteriaNode *node;
  GString *text;
  gint64 points;
  guint unit, item;

  g_return_val_if_fail (TD_IS_SCORE_GRID (self), NULL);

  if (!td_score_grid_get_cursor (self, &unit, &item))
    return NULL;
  tree = td_score_sheet_get_tree (self->sheet);
  node = td_criteria_tree_get_node (tree, td_criteria_tree_get_leaf_node (tree, item));
  text = g_string_new (NULL);
  g_string_append_printf (text, "%s, %s %s: ", td_score_sheet_get_unit_name (self->sheet, unit),
                          td_criterion_get_code (node->criterion),
                          td_criterion_get_name (node->criterion));
  if (td_score_sheet_get_score (self->sheet, unit, item, TD_SCORE_SELF, &points))
    {
      g_autofree char *value = td_score_grid_format_points (points);

      /* Translators: what a screen reader says of a cell; %s is a score */
      g_string_append_printf (text, _("self score %s"), value);
    }
  else
    g_string_append (text, _("no self score"));
  g_string_append (text, ", ");
  if (td_score_sheet_get_score (self->sheet, unit, item, TD_SCORE_VERIFIED, &points))
    {
      g_autofree char *value = td_score_grid_format_points (points);

      /* Translators: what a screen reader says of a cell; %s is a score */
      g_string_append_printf (text, _("verified score %s"), value);
    }
  else
    g_string_append (text, _("not verified"));
  if (self->refusal != NULL && self->refusal_unit == (int) unit &&
      self->refusal_item == (int) item)
    g_string_append_printf (text, ". %s", gtk_label_get_text (GTK_LABEL (self->refusal)));
  return g_string_free (text, FALSE);
}
