/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-pdf"

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "td-test-pdf.h"

char *
td_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    g_error ("%s is missing: install poppler-utils (build-aux/debian-packages.txt)", argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

char *
td_test_pdf_text (const char *pdf,
                  int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page > 0 ? page : 1);
  g_autofree char *last = g_strdup_printf ("%d", page > 0 ? page : 9999);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", "-f", first, "-l", last, pdf,
                         "-", NULL };

  return td_test_run_tool (argv);
}

int
td_test_pdf_n_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = td_test_run_tool (argv);
  g_autoptr(GRegex) regex = g_regex_new ("^Pages:\\s+([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  n = g_match_info_fetch (match, 1);
  return atoi (n);
}

/* The few entities poppler writes. */
static char *
unescape (const char *text)
{
  GString *out = g_string_new (text);

  g_string_replace (out, "&lt;", "<", 0);
  g_string_replace (out, "&gt;", ">", 0);
  g_string_replace (out, "&quot;", "\"", 0);
  g_string_replace (out, "&#34;", "\"", 0);
  g_string_replace (out, "&#39;", "'", 0);
  g_string_replace (out, "&amp;", "&", 0);
  return g_string_free (out, FALSE);
}

static void
word_free (TdTestWord *word)
{
  g_free (word->text);
  g_free (word);
}

GPtrArray *
td_test_pdf_words (const char *pdf,
                   int         page)
{
  g_autofree char *n = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", "-f", n, "-l", n, pdf, "-",
                         NULL };
  g_autofree char *html = td_test_run_tool (argv);
  g_autoptr(GRegex) regex = g_regex_new ("<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" "
                                         "xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)</word>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func ((GDestroyNotify) word_free);

  g_regex_match (regex, html, 0, &match);
  while (g_match_info_matches (match))
    {
      TdTestWord *word = g_new0 (TdTestWord, 1);
      g_autofree char *text = g_match_info_fetch (match, 5);

      for (int i = 0; i < 4; i++)
        {
          g_autofree char *value = g_match_info_fetch (match, i + 1);
          double *field[] = { &word->x0, &word->y0, &word->x1, &word->y1 };

          *field[i] = g_ascii_strtod (value, NULL);
        }
      word->text = unescape (text);
      g_ptr_array_add (words, word);
      g_match_info_next (match, NULL);
    }
  return words;
}

TdTestWord *
td_test_find_word (GPtrArray  *words,
                   guint       from,
                   const char *text,
                   guint      *index)
{
  for (guint i = from; i < words->len; i++)
    {
      TdTestWord *word = g_ptr_array_index (words, i);

      if (g_str_equal (word->text, text))
        {
          if (index != NULL)
            *index = i + 1;
          return word;
        }
    }
  return NULL;
}

typedef struct {
  int       top;
  int       left;
  gboolean  italic;
  char     *text;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->text);
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const Run *x = a, *y = b;

  /* Runs of one line may stand a unit or two apart: a letter of another face. */
  if (ABS (x->top - y->top) > 2)
    return x->top < y->top ? -1 : 1;
  return x->left < y->left ? -1 : x->left > y->left;
}

static void
line_free (TdTestLine *line)
{
  g_free (line->text);
  g_free (line);
}

GPtrArray *
td_test_pdf_lines (const char *pdf,
                   int         page)
{
  g_autofree char *n = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftohtml", "-xml", "-i", "-q", "-stdout", "-f", n, "-l", n, pdf,
                         NULL };
  g_autofree char *xml = td_test_run_tool (argv);
  g_autoptr(GRegex) regex = g_regex_new ("<text top=\"([0-9]+)\" left=\"([-0-9]+)\"[^>]*>(.*)"
                                         "</text>", 0, 0, NULL);
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", 0, 0, NULL);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (Run));
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  TdTestLine *line = NULL;
  GString *text = NULL;

  g_array_set_clear_func (runs, (GDestroyNotify) run_clear);
  g_regex_match (regex, xml, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *top = g_match_info_fetch (match, 1);
      g_autofree char *left = g_match_info_fetch (match, 2);
      g_autofree char *inner = g_match_info_fetch (match, 3);
      g_autofree char *plain = g_regex_replace_literal (tags, inner, -1, 0, "", 0, NULL);
      Run run = { atoi (top), atoi (left), strstr (inner, "<i>") != NULL, unescape (plain) };

      g_array_append_val (runs, run);
      g_match_info_next (match, NULL);
    }
  g_array_sort (runs, compare_runs);

  for (guint i = 0; i < runs->len; i++)
    {
      Run *run = &g_array_index (runs, Run, i);

      if (line == NULL || ABS (run->top - line->top) > 2)
        {
          if (line != NULL)
            line->text = g_strstrip (g_string_free (text, FALSE));
          line = g_new0 (TdTestLine, 1);
          line->top = run->top;
          line->italic = TRUE;
          line->upright = TRUE;
          g_ptr_array_add (lines, line);
          text = g_string_new (NULL);
        }
      g_string_append (text, run->text);
      /* A run of spaces alone has no style to speak of. */
      {
        g_autofree char *stripped = g_strstrip (g_strdup (run->text));

        if (stripped[0] != '\0')
          {
            line->italic = line->italic && run->italic;
            line->upright = line->upright && !run->italic;
          }
      }
    }
  if (line != NULL)
    line->text = g_strstrip (g_string_free (text, FALSE));

  /* Justified lines come with their spaces widened into several. */
  for (guint i = 0; i < lines->len; i++)
    {
      TdTestLine *l = g_ptr_array_index (lines, i);
      char *squeezed = g_regex_replace_literal (spaces, l->text, -1, 0, " ", 0, NULL);

      g_free (l->text);
      l->text = squeezed;
    }
  return lines;
}

guchar *
td_test_pdf_render (const char *pdf,
                    int         page,
                    int         dpi,
                    int        *width,
                    int        *height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-test-pdf-XXXXXX", &error);
  g_autofree char *prefix = NULL;
  g_autofree char *png = NULL;
  g_autofree char *n = g_strdup_printf ("%d", page);
  g_autofree char *r = g_strdup_printf ("%d", dpi);
  g_autofree char *out = NULL;
  cairo_surface_t *surface;
  guchar *values;
  int stride;

  g_assert_no_error (error);
  prefix = g_build_filename (dir, "page", NULL);
  png = g_strconcat (prefix, ".png", NULL);
  {
    const char *argv[] = { "pdftoppm", "-r", r, "-gray", "-png", "-singlefile", "-f", n,
                           "-l", n, pdf, prefix, NULL };

    out = td_test_run_tool (argv);
  }

  surface = cairo_image_surface_create_from_png (png);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("Cannot read %s: %s", png, cairo_status_to_string (cairo_surface_status (surface)));
  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  values = g_malloc ((gsize) *width * (gsize) *height);
  for (int y = 0; y < *height; y++)
    {
      const guchar *row = cairo_image_surface_get_data (surface) + y * stride;

      for (int x = 0; x < *width; x++)
        switch (cairo_image_surface_get_format (surface))
          {
          case CAIRO_FORMAT_A8:
            values[y * *width + x] = row[x];
            break;
          case CAIRO_FORMAT_RGB24:
          case CAIRO_FORMAT_ARGB32:
            /* A gray PNG comes back as RGB: any channel is the value. */
            values[y * *width + x] = (((const guint32 *) (gconstpointer) row)[x] >> 8) & 0xff;
            break;
          default:
            g_error ("%s: unexpected pixel format", png);
          }
    }
  cairo_surface_destroy (surface);
  g_unlink (png);
  g_rmdir (dir);
  return values;
}
