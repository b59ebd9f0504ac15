/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the window: td-window.c and td-window-actions.c.
 */
#pragma once

#include "td-plan-editor.h"
#include "td-window.h"

G_BEGIN_DECLS

typedef struct _TdWindowUndo TdWindowUndo;

/* How often a window looks whether another window or program changed the file. */
#define TD_WINDOW_EXTERNAL_CHECK_MS 2000

struct _TdWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  TdStore              *store;
  char                 *path;
  /* Why the file could not be opened, while the problem page shows. */
  GError               *open_error;
  GArray               *years;
  int                   year;
  /* The plan shown, and which views have not been given it yet: a view is filled when
   * it is shown, so starting on one does not pay for the other. */
  TdPlan               *plan;
  gboolean              document_stale;
  gboolean              timeline_stale;

  GtkDropDown          *year_dropdown;
  GtkStringList        *year_list;
  AdwViewSwitcherTitle *window_title;
  GtkWidget            *header_bar;
  AdwViewStack         *plan_stack;
  TdTimelinePage       *timeline_page;
  gboolean              presenting;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkButton            *start_button;
  GtkLabel             *start_heading_label;
  TdPlanView           *plan_view;
  GtkPaned             *plan_paned;
  /* Made when a part of the plan is first chosen: reading needs no editor. */
  TdPlanEditor         *plan_editor;
  AdwStatusPage        *problem_page;
  GtkButton            *restore_button;
  GtkButton            *fresh_button;
  guint                 external_source;
  /* The user chose to close with changes not saved (or they were saved after asking). */
  gboolean              close_confirmed;
  /* Undo and Redo (td-window-undo.c). */
  TdWindowUndo         *undo;
};

/* td-window.c */
int   _td_window_current_year      (void);
/* Recomputes which win.* actions are enabled. */
void  _td_window_update_actions    (TdWindow       *self);
void  _td_window_show_error_toast  (TdWindow       *self,
                                    const GError   *error);
/* Opens the file at self->path again, showing its plan or what is wrong with it. */
void  _td_window_open_store        (TdWindow       *self,
                                    gboolean        load_sample);

/* td-window-actions.c: installs the win.* actions and their shortcuts. */
void  _td_window_class_add_actions (GtkWidgetClass *widget_class);
/* Asks whether to save, close without saving, or stay, when the editor holds changes
 * that are not in the file. */
void  _td_window_ask_before_closing (TdWindow      *self);

/* td-window-undo.c: win.undo, win.redo and win.offer-undo (what td_toast_offer_undo()
 * activates), over one TdHistory of the window's store. */
void  _td_window_class_add_undo_actions (GtkWidgetClass *widget_class);
void  _td_window_undo_init          (TdWindow       *self);
void  _td_window_undo_dispose       (TdWindow       *self);
/* A new store (or none): a new history. */
void  _td_window_undo_set_store     (TdWindow       *self,
                                     TdStore        *store);
/* Ctrl+Z and Ctrl+Shift+Z in @widget (a dialog of the window) undo the window's changes. */
void  _td_window_undo_route_keys    (TdWindow       *self,
                                     GtkWidget      *widget);

G_END_DECLS
