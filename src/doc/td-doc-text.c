/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-doc-text"

#include "config.h"

#include <string.h>

#include "td-doc-layout-private.h"

/* Measured text: a piece of text laid out with the engine's own PangoContext and kept line
 * by line, with where each line stands, so that the paginator can cut it between lines and
 * the painter draw any run of its lines. */

/* Times New Roman as Decree 30 asks; fontconfig gives Liberation Serif, metric-compatible,
 * where it is missing. */
#define FONT_FAMILY "Times New Roman,Liberation Serif,Tinos,serif"
/* How close the bisection of a balanced text comes to its narrowest width, in points. */
#define BALANCE_PRECISION 0.25

static PangoAlignment
pango_alignment (TdDocAlign align)
{
  switch (align)
    {
    case TD_DOC_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case TD_DOC_ALIGN_RIGHT:
      return PANGO_ALIGN_RIGHT;
    case TD_DOC_ALIGN_LEFT:
    case TD_DOC_ALIGN_JUSTIFY:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

static PangoLayout *
new_layout (TdDocLayout *self,
            const char  *source,
            gboolean     is_markup,
            double       size,
            gboolean     bold,
            gboolean     italic,
            TdDocAlign   align,
            double       indent,
            double       width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  g_autoptr(PangoAttrList) attrs = NULL;
  PangoLayout *layout;

  pango_font_description_set_family_static (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, pango_alignment (align));
  pango_layout_set_justify (layout, align == TD_DOC_ALIGN_JUSTIFY);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  if (is_markup)
    pango_layout_set_markup (layout, source, -1);
  else
    pango_layout_set_text (layout, source, -1);

  /* A hyphen Pango adds where it breaks a long word would print, and read back, as part
   * of the text; the words of a document must read back as they were typed. */
  attrs = pango_layout_get_attributes (layout) != NULL
          ? pango_attr_list_copy (pango_layout_get_attributes (layout))
          : pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  return layout;
}

/* Keeps @layout's lines in @text, each moved right by @shift. */
static void
take_layout (TdDocText   *text,
             PangoLayout *layout,
             double       shift)
{
  PangoLayoutIter *iter;
  guint i = 0;

  g_assert (text->layout == NULL);

  text->layout = layout;
  text->n_lines = (guint) pango_layout_get_line_count (layout);
  text->lines = g_new0 (PangoLayoutLine *, text->n_lines);
  text->tops = g_new0 (double, text->n_lines + 1);
  text->baselines = g_new0 (double, text->n_lines);
  text->xs = g_new0 (double, text->n_lines);
  text->starts = g_new0 (int, text->n_lines + 1);
  text->width = 0.0;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical, line_logical;
      int y0, y1;

      g_assert (i < text->n_lines);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (line, NULL, &line_logical);

      text->lines[i] = pango_layout_line_ref (line);
      text->tops[i] = (double) y0 / PANGO_SCALE;
      text->tops[i + 1] = (double) y1 / PANGO_SCALE;
      text->baselines[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      text->xs[i] = shift + (double) (logical.x - line_logical.x) / PANGO_SCALE;
      text->starts[i] = line->start_index;
      text->width = MAX (text->width, (double) logical.width / PANGO_SCALE);
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  g_assert (i == text->n_lines);
  text->starts[i] = (int) strlen (pango_layout_get_text (layout));
}

void
td_doc_text_measure (TdDocLayout *self,
                     TdDocText   *text,
                     const char  *source,
                     gboolean     is_markup,
                     double       size,
                     gboolean     bold,
                     gboolean     italic,
                     TdDocAlign   align,
                     double       indent,
                     double       width)
{
  take_layout (text, new_layout (self, source, is_markup, size, bold, italic, align, indent,
                                 width), 0.0);
}

void
td_doc_text_measure_balanced (TdDocLayout *self,
                              TdDocText   *text,
                              const char  *source,
                              gboolean     is_markup,
                              double       size,
                              gboolean     bold,
                              gboolean     italic,
                              double       width)
{
  PangoLayout *layout = new_layout (self, source, is_markup, size, bold, italic,
                                    TD_DOC_ALIGN_CENTER, 0.0, width);
  int n_lines = pango_layout_get_line_count (layout);
  double narrow = 0.0, wide = width;

  /* Lines only get more as the width shrinks: halve the span between a width that keeps
   * their number (wide) and one that does not (narrow) down to a quarter point. */
  while (n_lines > 1 && wide - narrow > BALANCE_PRECISION)
    {
      double mid = (narrow + wide) / 2;

      pango_layout_set_width (layout, (int) (mid * PANGO_SCALE));
      if (pango_layout_get_line_count (layout) > n_lines)
        narrow = mid;
      else
        wide = mid;
    }
  pango_layout_set_width (layout, (int) (wide * PANGO_SCALE));
  /* Centred on the whole width, as it would have been. */
  take_layout (text, layout, (width - wide) / 2);
}

void
td_doc_text_clear (TdDocText *text)
{
  for (guint i = 0; text->lines != NULL && i < text->n_lines; i++)
    pango_layout_line_unref (text->lines[i]);
  g_clear_pointer (&text->lines, g_free);
  g_clear_pointer (&text->tops, g_free);
  g_clear_pointer (&text->baselines, g_free);
  g_clear_pointer (&text->xs, g_free);
  g_clear_pointer (&text->starts, g_free);
  g_clear_object (&text->layout);
  text->n_lines = 0;
}

double
td_doc_text_height (const TdDocText *text)
{
  return text->tops[text->n_lines] - text->tops[0];
}
