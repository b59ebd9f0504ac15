/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the document tests: an exported PDF read back with poppler-utils, as a reader of the
 * file would find it — its words and where they stand, its lines and their style, its ink.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs a poppler-utils tool and returns what it printed; fails the test if it fails. */
char      *td_test_run_tool      (const char * const *argv);

/* Page @page (1-based; 0: all) in reading order, as pdftotext -raw reads it. */
char      *td_test_pdf_text      (const char *pdf,
                                  int         page);
int        td_test_pdf_n_pages   (const char *pdf);

/* A word and its box, in points from the page's top-left (pdftotext -bbox); the box is
 * the font's, ascent to descent, whatever the letters. */
typedef struct {
  char   *text;
  double  x0;
  double  y0;
  double  x1;
  double  y1;
} TdTestWord;

/* The words of page @page (1-based), in reading order: TdTestWord. */
GPtrArray *td_test_pdf_words     (const char *pdf,
                                  int         page);
/* The first word from @from on whose text is @text, and the index after it; NULL if none. */
TdTestWord *td_test_find_word    (GPtrArray  *words,
                                  guint       from,
                                  const char *text,
                                  guint      *index);

/* A printed line as pdftohtml finds it: its text and whether all of it, or none of it,
 * is in an italic face. */
typedef struct {
  char     *text;
  double    top;        /* pdftohtml's units, only for order */
  gboolean  italic;     /* every run of the line is italic */
  gboolean  upright;    /* no run of the line is italic */
} TdTestLine;

/* The lines of page @page (1-based), top to bottom: TdTestLine. */
GPtrArray *td_test_pdf_lines     (const char *pdf,
                                  int         page);

/* Page @page (1-based) drawn in gray at @dpi: one value 0 (black) … 255 (white) a pixel,
 * @width × @height of them. */
guchar    *td_test_pdf_render    (const char *pdf,
                                  int         page,
                                  int         dpi,
                                  int        *width,
                                  int        *height);

G_END_DECLS
