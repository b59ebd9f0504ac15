/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The rows of the timeline: the grid behind them, each task's bar and name, the quarter
 * headers, the today line with its label, and the ghost of a drag.
 */
#define G_LOG_DOMAIN "td-timeline-paint"

#include "config.h"

#include <math.h>

#include "td-timeline-paint-private.h"

/* How much of its contrast a dimmed row keeps. */
#define DIM_OPACITY 0.3

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

TdTimelineEmphasis
td_timeline_frame_emphasis (Frame                *f,
                            const TdTimelineTask *task)
{
  const char *unit = f->marks->highlight_unit;

  if (unit == NULL)
    return TD_TIMELINE_EMPHASIS_NORMAL;
  return td_timeline_layout_task_has_unit (f->layout, task->id, unit)
           ? TD_TIMELINE_EMPHASIS_HIGHLIGHTED : TD_TIMELINE_EMPHASIS_DIMMED;
}

/* A dimmed row is drawn into a group, clipped to the row, that is then laid over the
 * backdrop at reduced opacity: bars, marks and text lose their contrast together, and
 * the grid and the quarters' shading behind them stay as they are. FALSE: not dimmed. */
static gboolean
begin_dim (Frame                *f,
           const TdTimelineTask *task,
           double                x0,
           double                x1,
           double                y,
           double                h)
{
  if (td_timeline_frame_emphasis (f, task) != TD_TIMELINE_EMPHASIS_DIMMED)
    return FALSE;
  cairo_save (f->cr);
  cairo_rectangle (f->cr, x0, y, x1 - x0, h);
  cairo_clip (f->cr);
  cairo_push_group (f->cr);
  return TRUE;
}

static void
end_dim (Frame    *f,
         gboolean  dimmed)
{
  if (!dimmed)
    return;
  cairo_pop_group_to_source (f->cr);
  cairo_paint_with_alpha (f->cr, DIM_OPACITY);
  cairo_restore (f->cr);
}

/* A row's highlight across the chart or the names: selected, then hovered. */
static void
row_tint (Frame                *f,
          const TdTimelineTask *task,
          double                x0,
          double                x1,
          double                y,
          double                h)
{
  if (task->id == f->marks->selected)
    set_color_alpha (f->cr, &f->style->accent, 0.16);
  else if (task->id == f->marks->hover)
    set_color_alpha (f->cr, &f->style->hover, 0.08);
  else
    return;
  cairo_rectangle (f->cr, x0, y, x1 - x0, h);
  cairo_fill (f->cr);
}

/* A task's bar in its row, @h high: a row grown for its text keeps the bar in the middle. */
static void
paint_task_chart (Frame                *f,
                  const TdTimelineTask *task,
                  double                row_y,
                  double                h)
{
  cairo_t *cr = f->cr;
  double rh = f->m.row_height;
  double y = row_y + (h - rh) / 2;
  double bar_h = rh * TD_TIMELINE_BAR_HEIGHT;
  double bar_y = y + rh * TD_TIMELINE_BAR_TOP;
  double x0 = view_x (f, task->start);
  double x1 = view_x (f, task->milestone ? task->start + 1 : task->end + 1);
  double badge = f->fs * 3;
  gboolean selected = task->id == f->marks->selected;
  gboolean hovered = task->id == f->marks->hover;
  RowText *text;

  row_tint (f, task, f->m.name_width, f->width, row_y, h);
  if (f->style->snap_to_pixels)
    {
      bar_y = round (bar_y);
      bar_h = round (bar_h);
    }

  if (x1 + badge < f->m.name_width || x0 > f->width)
    return;
  text = td_timeline_frame_row_text (f, task);

  if (task->milestone)
    {
      double cx = (x0 + x1) / 2;
      double half = rh * 0.3;

      td_timeline_draw_milestone (cr, f->style, task->status, cx, y + rh / 2, half, f->lw);
      if (selected || hovered)
        {
          td_timeline_diamond (cr, cx, y + rh / 2, half + 3 * f->lw);
          set_color_alpha (cr, selected ? &f->style->accent : &f->style->foreground,
                           selected ? 1.0 : 0.4);
          cairo_set_line_width (cr, selected ? 2 * f->lw : 1.5 * f->lw);
          cairo_stroke (cr);
        }
      td_timeline_frame_badge (f, task, text, cx + half + f->pad * 0.6, y, 0, bar_h);
      return;
    }

  /* Far off to the left, a bar is drawn from just outside the view. */
  if (x0 < f->m.name_width - rh)
    {
      double cut = f->m.name_width - rh - x0;

      x0 += cut;
    }
  td_timeline_draw_bar (cr, f->style, f->hatch, FALSE, task->status, task->progress, x0, bar_y,
                        MAX (x1 - x0, f->lw), bar_h, f->lw);
  if (task->status == TD_TIMELINE_DONE && x1 - x0 >= bar_h * 1.6)
    td_timeline_frame_stamp (f, STAMP_CHECK_ON, 0,
                             (f->style->snap_to_pixels ? round (x1) : x1) - bar_h * 0.6,
                             bar_y + bar_h / 2, bar_h * 0.75);
  if (selected || hovered)
    {
      double g = 2.5 * f->lw;

      td_timeline_rounded_rect (cr, x0 - g, bar_y - g, x1 - x0 + 2 * g, bar_h + 2 * g, bar_h * 0.3);
      set_color_alpha (cr, selected ? &f->style->accent : &f->style->foreground,
                       selected ? 1.0 : 0.4);
      cairo_set_line_width (cr, selected ? 2 * f->lw : 1.5 * f->lw);
      cairo_stroke (cr);
    }
  td_timeline_frame_badge (f, task, text, x1 + f->pad * 0.6, y, x1 - x0, bar_h);
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
  PangoLayout *label = td_timeline_painter_label (f->self, FONT_BOLD,
                                                  td_quarter_label (row->quarter));
  char count[16];
  PangoLayout *count_layout;
  double ly = cy - layout_height (label) / 2;
  double lx = f->pad + f->glyph + f->pad * 0.5;

  /* The disclosure triangle, down when open, right when collapsed: something to click,
   * so never on paper. */
  if (f->style->expanders)
    {
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
    }

  set_color (cr, &f->style->foreground);
  show_layout (cr, label, lx, ly);

  g_snprintf (count, sizeof count, "(%u)", row->n_tasks);
  count_layout = td_timeline_painter_label (f->self, FONT_SMALL, count);
  set_color (cr, &f->style->dim_foreground);
  show_layout (cr, count_layout, lx + layout_width (label) + f->pad * 0.6,
               ly + layout_baseline (label) - layout_baseline (count_layout));
}

/* Content and units share their first baseline; this is how high the two are together. */
static double
name_block_height (Frame   *f,
                   RowText *text)
{
  double block_h = layout_height (text->content_layout);

  if (f->style->show_units && text->units_layout != NULL)
    block_h = MAX (block_h, layout_baseline (text->content_layout) -
                            layout_baseline (text->units_layout) +
                            layout_height (text->units_layout));
  return block_h;
}

double
td_timeline_frame_name_height (Frame                *f,
                               const TdTimelineTask *task)
{
  return name_block_height (f, td_timeline_frame_row_text (f, task));
}

static void
paint_task_name (Frame                *f,
                 const TdTimelineTask *task,
                 double                y,
                 double                h)
{
  cairo_t *cr = f->cr;
  RowText *text = td_timeline_frame_row_text (f, task);
  double content_h = layout_height (text->content_layout);
  double block_h = name_block_height (f, text);
  gboolean lines = f->style->name_lines > 1 || f->style->wrap_names;
  double ty, baseline, first_line_middle;

  /* The two together are centred in the row. */
  ty = y + (h - block_h) / 2;
  baseline = ty + layout_baseline (text->content_layout);
  first_line_middle = ty + MIN (content_h, f->fs * 1.25) / 2;

  row_tint (f, task, 0, f->m.name_width, y, h);

  td_timeline_frame_stamp (f, STAMP_STATUS, task->status * 16 + (task->progress * 8 + 50) / 100,
                           f->pad + f->glyph / 2, lines ? first_line_middle : y + h / 2,
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

/* Where today's line is in view; FALSE when hidden or out of view. */
static gboolean
today_view_x (Frame  *f,
              double *x)
{
  if (f->marks->hide_today || !td_timeline_layout_get_today_x (f->layout, x))
    return FALSE;
  *x = *x + f->m.name_width - f->x_offset;
  return *x >= f->m.name_width && *x <= f->width;
}

/* The today line through the rows, from @y0 to @y1. */
static void
paint_today (Frame  *f,
             double  y0,
             double  y1)
{
  double x;

  if (!today_view_x (f, &x))
    return;
  set_color (f->cr, &f->style->today);
  cairo_rectangle (f->cr, (f->style->snap_to_pixels ? floor (x) : x) - f->lw, y0, 2 * f->lw,
                   y1 - y0);
  cairo_fill (f->cr);
}

/* Today's label ("Hôm nay 15/06"): a flag on the line hanging from the top of the rows,
 * just under the time header, so that it never crowds the quarter and month labels; filled
 * in today's colour, it stays readable over whatever bar is under it. */
static void
paint_today_flag (Frame  *f,
                  double  y0,
                  double  y1)
{
  cairo_t *cr = f->cr;
  g_autofree char *iso = NULL;
  PangoLayout *label;
  char text[64];
  double x, w, h, r, fx;

  if (!today_view_x (f, &x))
    return;
  iso = td_timeline_layout_day_to_iso (f->layout, td_timeline_layout_get_today (f->layout));
  g_snprintf (text, sizeof text, "%s %.2s/%.2s", f->style->today_label, iso + 8, iso + 5);
  label = td_timeline_painter_label (f->self, FONT_SMALL_BOLD, text);
  w = layout_width (label) + f->pad * 1.2;
  h = layout_height (label) + f->lw * 2;
  if (h > y1 - y0)
    return;
  r = h * 0.35;
  fx = CLAMP (x - w / 2, f->m.name_width, MAX (f->width - w, f->m.name_width));
  if (f->style->snap_to_pixels)
    fx = round (fx);

  /* Square at the top, where it hangs from the header's edge; round below. */
  set_color (cr, &f->style->today);
  cairo_move_to (cr, fx, y0);
  cairo_line_to (cr, fx + w, y0);
  cairo_arc (cr, fx + w - r, y0 + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, fx + r, y0 + h - r, r, G_PI / 2, G_PI);
  cairo_close_path (cr);
  cairo_fill (cr);
  set_color (cr, &f->style->on_status);
  show_layout (cr, label, fx + f->pad * 0.6, y0 + (h - layout_height (label)) / 2);
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
    td_timeline_diamond (cr, (x0 + x1) / 2, y + rh / 2, rh * 0.3);
  else
    td_timeline_rounded_rect (cr, x0, y + rh * TD_TIMELINE_BAR_TOP, x1 - x0,
                              rh * TD_TIMELINE_BAR_HEIGHT, rh * 0.12);
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
  layout = td_timeline_painter_label (f->self, FONT_SMALL_BOLD, label);
  set_color (cr, &f->style->accent);
  show_layout (cr, layout, x1 + f->pad, y + (rh - layout_height (layout)) / 2);
}

/* Rows @first … @end - 1 with the top of @first at @y_first, over a backdrop from @y0 to
 * @y1 (the rows area: the grid goes on under the last row). */
void
td_timeline_frame_paint_body (Frame  *f,
                              guint   first,
                              guint   end,
                              double  y_first,
                              double  y0,
                              double  y1)
{
  cairo_t *cr = f->cr;
  double rh = f->m.row_height;
  double name_w = f->m.name_width;
  gboolean dimmed;
  double y;

  /* The chart. */
  cairo_save (cr);
  clip_chart (f, y0, y1);
  paint_backdrop (f, y0, y1);
  y = y_first;
  for (guint r = first; r < end; y += row_h (f, r), r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (f->layout, r);
      const TdTimelineTask *task = row_task (f, row);

      if (task == NULL)
        {
          set_color (cr, &f->style->group_background);
          cairo_rectangle (cr, name_w, y, f->width - name_w, row_h (f, r));
          cairo_fill (cr);
          continue;
        }
      dimmed = begin_dim (f, task, name_w, f->width, y, row_h (f, r));
      paint_task_chart (f, task, y, row_h (f, r));
      end_dim (f, dimmed);
      g_hash_table_insert (f->self->emphasis, g_memdup2 (&task->id, sizeof task->id),
                           GINT_TO_POINTER (td_timeline_frame_emphasis (f, task)));
      f->self->n_painted++;
    }
  set_color (cr, &f->style->grid_minor);
  y = y_first;
  for (guint r = first; r < end; r++)
    {
      y += row_h (f, r);
      hline (f, name_w, f->width, y - f->lw);
    }
  cairo_fill (cr);
  cairo_restore (cr);

  /* The names, frozen on the left. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, y0, name_w, y1 - y0);
  cairo_clip (cr);
  set_color (cr, &f->style->name_background);
  cairo_paint (cr);
  y = y_first;
  for (guint r = first; r < end; y += row_h (f, r), r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (f->layout, r);
      const TdTimelineTask *task = row_task (f, row);

      if (task == NULL)
        {
          set_color (cr, &f->style->group_background);
          cairo_rectangle (cr, 0, y, name_w, row_h (f, r));
          cairo_fill (cr);
          paint_quarter_name (f, row, y);
        }
      else
        {
          dimmed = begin_dim (f, task, 0, name_w, y, row_h (f, r));
          paint_task_name (f, task, y, row_h (f, r));
          end_dim (f, dimmed);
        }
    }
  set_color (cr, &f->style->grid_minor);
  y = y_first;
  for (guint r = first; r < end; r++)
    {
      y += row_h (f, r);
      hline (f, 0, name_w, y - f->lw);
    }
  cairo_fill (cr);
  cairo_restore (cr);

  /* Quarter headers: a rule above each, and the focus ring of the keyboard. */
  y = y_first;
  for (guint r = first; r < end; y += row_h (f, r), r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (f->layout, r);

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

  /* Over everything in the chart: the today line, the ghost of a drag, today's flag. */
  cairo_save (cr);
  clip_chart (f, y0, y1);
  paint_today (f, y0, y1);
  paint_ghost (f, first, y_first);
  paint_today_flag (f, y0, y1);
  cairo_restore (cr);
}
