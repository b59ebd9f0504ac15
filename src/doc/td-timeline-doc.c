/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-timeline-doc"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "td-date.h"
#include "td-store-plan.h"
#include "td-timeline-doc.h"
#include "td-timeline-paint.h"

/* Landscape A4. The binding edge is a long one, as the portrait pages' left is; a sheet
 * this wide keeps the other margins narrow for the chart. */
#define PAGE_TOP     (15.0 * TD_DOC_MM)
#define PAGE_BOTTOM  (15.0 * TD_DOC_MM)
#define PAGE_LEFT    (25.0 * TD_DOC_MM)
#define PAGE_RIGHT   (15.0 * TD_DOC_MM)

/* The chart on paper, in points: a row of two lines of content at least, the units beside
 * them; a longer content or list of units makes its row taller, never cut short. */
#define FONT_FAMILY  "Times New Roman,Liberation Serif,Tinos,serif"
#define FONT_SIZE    9.5
#define NAME_WIDTH   300.0
#define HEADER       30.0
#define ROW          24.0
#define LEGEND_SIZE  10.5

typedef struct {
  TdTimelineLayout  *layout;
  TdTimelinePainter *painter;
  TdTimelineStyle    style;
  TdTimelineStyle    legend_style;
  double            *row_heights;   /* by row: as tall as the row's text */
} Chart;

static void
chart_free (gpointer data)
{
  Chart *chart = data;

  td_timeline_layout_free (chart->layout);
  td_timeline_painter_free (chart->painter);
  g_free (chart->row_heights);
  g_free (chart);
}

static void
draw_chart_cb (cairo_t  *cr,
               double    width,
               gboolean  head,
               guint     first,
               guint     end,
               gpointer  user_data)
{
  Chart *chart = user_data;
  double height = HEADER;

  if (head)
    td_timeline_painter_paint_header (chart->painter, cr, chart->layout, &chart->style, NULL, 0,
                                      width);
  else
    {
      td_timeline_painter_paint_rows (chart->painter, cr, chart->layout, &chart->style, NULL, 0,
                                      first, end, chart->row_heights, width);
      height = 0.0;
      for (guint r = first; r < end; r++)
        height += chart->row_heights[r];
    }

  /* A frame round the chart's piece on the page, as a table's. */
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  cairo_set_line_width (cr, 0.6);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_stroke (cr);
}

static void
chart_text_cb (GString  *out,
               gboolean  head,
               guint     first,
               guint     end,
               gpointer  user_data)
{
  Chart *chart = user_data;

  if (head)
    {
      for (int q = 1; q <= 4; q++)
        g_string_append_printf (out, "%s\n", td_quarter_label (q));
      return;
    }
  for (guint r = first; r < end; r++)
    {
      const TdTimelineRow *row = td_timeline_layout_get_row (chart->layout, r);
      const TdTimelineTask *task;

      if (row->kind == TD_TIMELINE_ROW_QUARTER)
        {
          g_string_append_printf (out, "%s\n", td_quarter_label (row->quarter));
          continue;
        }
      task = td_timeline_layout_get_task (chart->layout, row->task);
      g_string_append_printf (out, "%d %s\n", task->number, task->content);
    }
}

/* Whether the chart draws today's line: the printed year is the year of today. */
static gboolean
chart_shows_today (Chart *chart)
{
  double x;

  return td_timeline_layout_get_today_x (chart->layout, &x);
}

static void
draw_legend_cb (cairo_t  *cr,
                double    width,
                gboolean  head,
                guint     first,
                guint     end,
                gpointer  user_data)
{
  Chart *chart = user_data;

  td_timeline_paint_legend (chart->painter, cr, &chart->legend_style, "Chú giải:", NULL,
                            chart_shows_today (chart), 0, 0, width);
}

static void
legend_text_cb (GString  *out,
                gboolean  head,
                guint     first,
                guint     end,
                gpointer  user_data)
{
  g_string_append (out, "Chú giải:");
  for (guint i = 0; i < TD_TIMELINE_LEGEND_N_ITEMS; i++)
    g_string_append_printf (out, " %s", td_timeline_legend_doc_label (i));
  g_string_append_c (out, '\n');
}

/* The document's own text context, set as the engine's: 72 dpi (units are points), no
 * hinting, no rounding, so that the pages do not depend on where they are drawn. */
static PangoContext *
print_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("vi"));
  cairo_font_options_destroy (options);
  return context;
}

static Chart *
chart_new (TdPlan      *plan,
           GListModel  *tasks,
           const char  *today_iso,
           double       width)
{
  TdTimelineMetrics metrics = { NAME_WIDTH, HEADER, ROW, 0.0 };
  PangoContext *context;
  Chart *chart;

  context = print_context ();
  chart = g_new0 (Chart, 1);

  chart->layout = td_timeline_layout_new ();
  td_timeline_layout_set_year (chart->layout, td_plan_get_year (plan));
  td_timeline_layout_set_today (chart->layout, today_iso);
  td_timeline_layout_set_tasks (chart->layout, tasks);
  td_timeline_layout_set_metrics (chart->layout, &metrics);
  td_timeline_layout_set_viewport (chart->layout, width, TD_DOC_A4_WIDTH);
  td_timeline_layout_zoom_to (chart->layout, TD_TIMELINE_ZOOM_YEAR, 0);

  chart->painter = td_timeline_painter_new (context);
  g_object_unref (context);
  td_timeline_style_init_light (&chart->style);
  chart->style.font_family = FONT_FAMILY;
  chart->style.font_size = FONT_SIZE;
  chart->style.name_lines = 2;
  /* Paper cannot be scrolled or hovered for the rest of a name, nor clicked. */
  chart->style.wrap_names = TRUE;
  chart->style.expanders = FALSE;
  chart->style.show_units = TRUE;
  chart->style.snap_to_pixels = FALSE;
  chart->style.number_heading = "TT";
  chart->style.name_heading = "Nội dung nhiệm vụ";
  chart->style.units_heading = "Thực hiện";
  chart->style.today_label = td_timeline_legend_doc_label (TD_TIMELINE_LEGEND_TODAY);
  chart->legend_style = chart->style;
  chart->legend_style.font_size = LEGEND_SIZE;

  chart->row_heights = g_new (double, MAX (td_timeline_layout_get_n_rows (chart->layout), 1));
  for (guint i = 0; i < td_timeline_layout_get_n_rows (chart->layout); i++)
    chart->row_heights[i] = td_timeline_painter_row_height (chart->painter, chart->layout,
                                                            &chart->style, i, width);
  return chart;
}

/* "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2022". */
static char *
dup_title (TdPlan *plan)
{
  g_autofree char *name = g_strstrip (g_strdup (td_plan_get_title (plan)));
  g_autofree char *year = g_strdup_printf ("%d", td_plan_get_year (plan));
  g_autofree char *title = NULL;

  if (name[0] == '\0')
    title = g_strdup_printf ("Tiến độ thực hiện kế hoạch năm %s", year);
  else if (strstr (name, year) == NULL)
    title = g_strdup_printf ("Tiến độ thực hiện kế hoạch %s năm %s", name, year);
  else
    title = g_strdup_printf ("Tiến độ thực hiện kế hoạch %s", name);
  return g_utf8_strup (title, -1);
}

/* "(Kèm theo Kế hoạch số 49/KH-UBND ngày 22/02/2022)"; NULL when the plan has no number. */
static char *
dup_reference (TdPlan *plan)
{
  g_autofree char *number = g_strstrip (g_strdup (td_plan_get_number (plan)));
  const char *date = td_plan_get_issue_date (plan);

  if (number[0] == '\0')
    return NULL;
  if (td_date_is_valid_iso (date))
    return g_strdup_printf ("(Kèm theo Kế hoạch số %s/%s ngày %.2s/%.2s/%.4s)", number,
                            td_plan_get_symbol (plan), date + 8, date + 5, date);
  return g_strdup_printf ("(Kèm theo Kế hoạch số %s/%s)", number, td_plan_get_symbol (plan));
}

TdDocument *
td_timeline_doc_new (const TdPlanSnapshot  *snapshot,
                     const char            *today_iso,
                     GError               **error)
{
  TdPlan *plan;
  TdDocument *document;
  g_autoptr(TdDocLayout) layout = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *today = NULL;
  g_autofree char *printed = NULL;
  g_autofree gboolean *keep = NULL;
  TdDocStyle style;
  Chart *chart;
  double width, legend_height;
  guint n_rows;

  g_return_val_if_fail (snapshot != NULL && TD_IS_PLAN (snapshot->plan), NULL);
  g_return_val_if_fail (today_iso == NULL || td_date_is_valid_iso (today_iso), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = snapshot->plan;
  if (td_plan_get_year (plan) <= 0)
    {
      g_set_error_literal (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID,
                           _("The plan has no year"));
      return NULL;
    }

  if (today_iso == NULL)
    {
      now = g_date_time_new_now_local ();
      today = g_date_time_format (now, "%Y-%m-%d");
    }
  else
    today = g_strdup (today_iso);

  layout = td_doc_layout_new ();
  td_doc_layout_set_page (layout, TD_DOC_A4_HEIGHT, TD_DOC_A4_WIDTH, PAGE_TOP, PAGE_RIGHT,
                          PAGE_BOTTOM, PAGE_LEFT);
  width = td_doc_layout_get_text_width (layout);

  td_doc_layout_add_header (layout, &(TdDocHeader) {
    .parent_body = td_plan_get_parent_body (plan),
    .issuing_body = td_plan_get_issuing_body (plan),
  });

  title = dup_title (plan);
  style = td_doc_style (TD_DOC_ROLE_KIND);
  style.space_before = 10.0;
  td_doc_layout_add_text (layout, &style, title);
  reference = dup_reference (plan);
  if (reference != NULL)
    {
      style = td_doc_style (TD_DOC_ROLE_TITLE);
      style.bold = FALSE;
      style.italic = TRUE;
      style.size = 12.0;
      td_doc_layout_add_text (layout, &style, reference);
    }

  /* The chart: its time header on every page, a page breaking between rows but never
   * right after a quarter's header row. */
  chart = chart_new (plan, snapshot->tasks, today, width);
  n_rows = td_timeline_layout_get_n_rows (chart->layout);
  keep = g_new (gboolean, MAX (n_rows, 1));
  for (guint i = 0; i < n_rows; i++)
    keep[i] = td_timeline_layout_get_row (chart->layout, i)->kind == TD_TIMELINE_ROW_QUARTER;
  td_doc_layout_add_drawing (layout, &(TdDocDrawing) {
    .space_before = 8.0,
    .head_height = HEADER,
    .n_rows = n_rows,
    .row_heights = chart->row_heights,
    .keep_with_next = keep,
    .draw = draw_chart_cb,
    .text = chart_text_cb,
    .user_data = chart,
    .destroy = chart_free,
  });

  /* The legend and the print date, kept together. */
  legend_height = td_timeline_paint_legend (chart->painter, NULL, &chart->legend_style,
                                            "Chú giải:", NULL, chart_shows_today (chart), 0, 0,
                                            width);
  td_doc_layout_add_drawing (layout, &(TdDocDrawing) {
    .space_before = 8.0,
    .n_rows = 1,
    .row_heights = &legend_height,
    .keep_with_next = (gboolean[]) { TRUE },
    .draw = draw_legend_cb,
    .text = legend_text_cb,
    .user_data = chart,
  });

  printed = g_strdup_printf ("In ngày %.2s/%.2s/%.4s", today + 8, today + 5, today);
  style = td_doc_style (TD_DOC_ROLE_BODY);
  style.align = TD_DOC_ALIGN_RIGHT;
  style.indent = 0.0;
  style.italic = TRUE;
  style.size = 11.0;
  style.space_before = 2.0;
  td_doc_layout_add_text (layout, &style, printed);

  g_clear_pointer (&title, g_free);
  title = g_strdup_printf ("Tiến độ thực hiện kế hoạch năm %d", td_plan_get_year (plan));
  document = td_document_new (g_steal_pointer (&layout), title);
  td_document_set_year (document, td_plan_get_year (plan));
  return document;
}
