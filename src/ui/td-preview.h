/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <adwaita.h>

#include "td-document.h"
#include "td-preview-view.h"

G_BEGIN_DECLS

#define TD_TYPE_PREVIEW (td_preview_get_type ())
G_DECLARE_FINAL_TYPE (TdPreview, td_preview, TD, PREVIEW, AdwWindow)

/* Print Preview: @document's pages as they will be printed, whatever made it (the plan, the
 * timeline, a report), with page navigation (the buttons, Page Up and Down, Home and End),
 * the zoom (in, out, fitted to the width or to whole pages), Print and Export PDF. Modal
 * and transient for @parent. */
TdPreview     *td_preview_new          (GtkWindow  *parent,
                                        TdDocument *document);
TdDocument    *td_preview_get_document (TdPreview  *self);
TdPreviewView *td_preview_get_view     (TdPreview  *self);

G_END_DECLS
