/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gtk/gtk.h>

#include "td-document.h"

G_BEGIN_DECLS

/* How the zoom follows the window: kept as set, or the pages' width (every page as wide as
 * it can be) or whole pages (every page all in view) fitted to it. */
typedef enum {
  TD_PREVIEW_ZOOM_FREE,
  TD_PREVIEW_ZOOM_FIT_WIDTH,
  TD_PREVIEW_ZOOM_FIT_PAGE,
} TdPreviewZoomMode;

#define TD_TYPE_PREVIEW_ZOOM_MODE (td_preview_zoom_mode_get_type ())
GType td_preview_zoom_mode_get_type (void);

/* 100 % shows a page as large as on paper, at 96 pixels to the inch. */
#define TD_PREVIEW_MIN_ZOOM 0.1
#define TD_PREVIEW_MAX_ZOOM 4.0
/* Space round the pages and between them, in pixels. */
#define TD_PREVIEW_GAP      16.0

#define TD_TYPE_PREVIEW_VIEW (td_preview_view_get_type ())
G_DECLARE_FINAL_TYPE (TdPreviewView, td_preview_view, TD, PREVIEW_VIEW, GtkWidget)

/* A document's pages one under the other, each its own size and orientation, painted by
 * the document engine as they come into view and kept while they stay there: a document of
 * any length scrolls at the cost of the pages on screen. Put it in a GtkScrolledWindow. */
GtkWidget         *td_preview_view_new             (void);

TdDocument        *td_preview_view_get_document    (TdPreviewView     *self);
void               td_preview_view_set_document    (TdPreviewView     *self,
                                                    TdDocument        *document);
int                td_preview_view_get_n_pages     (TdPreviewView     *self);
/* The page being read (0-based): the one at the top of the view, or the one gone to. */
int                td_preview_view_get_page        (TdPreviewView     *self);
/* Scrolls @page's top into view (clamped to the pages there are). */
void               td_preview_view_set_page        (TdPreviewView     *self,
                                                    int                page);
double             td_preview_view_get_zoom        (TdPreviewView     *self);
/* Sets the zoom (clamped) and the mode to FREE, keeping the page being read in view. */
void               td_preview_view_set_zoom        (TdPreviewView     *self,
                                                    double             zoom);
TdPreviewZoomMode  td_preview_view_get_zoom_mode   (TdPreviewView     *self);
void               td_preview_view_set_zoom_mode   (TdPreviewView     *self,
                                                    TdPreviewZoomMode  mode);
/* The next zoom step up or down from the present zoom (25 %, 50 %, 75 %, 100 % …). */
void               td_preview_view_zoom_in         (TdPreviewView     *self);
void               td_preview_view_zoom_out        (TdPreviewView     *self);
/* What the zoom is in @mode for a view @width × @height pixels. */
double             td_preview_view_fit_zoom        (TdPreviewView     *self,
                                                    TdPreviewZoomMode  mode,
                                                    double             width,
                                                    double             height);

/* Where page @page is drawn, in the view's coordinates (in view or not); FALSE when there
 * is no such page. */
gboolean           td_preview_view_get_page_rect   (TdPreviewView     *self,
                                                    int                page,
                                                    graphene_rect_t   *rect);

/* For tests and benchmarks: the pages the last frame drew, their indexes in @pages (may
 * be NULL), and how many times a page was painted since the view was made. */
guint              td_preview_view_get_drawn_pages (TdPreviewView     *self,
                                                    GArray            *pages);
guint              td_preview_view_get_n_paints    (TdPreviewView     *self);

G_END_DECLS
