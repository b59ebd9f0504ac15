/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the window: td-window.c and td-window-actions.c.
 */
#pragma once

#include "td-context.h"
#include "td-plan-page.h"
#include "td-window.h"

G_BEGIN_DECLS

typedef struct _TdWindowUndo TdWindowUndo;

/* How often a window looks whether another window or program changed the file. */
#define TD_WINDOW_EXTERNAL_CHECK_MS 2000

/* The year's areas, in the sidebar's order (the table is in td-window.c). */
typedef enum {
  TD_WINDOW_AREA_PLAN,
  TD_WINDOW_AREA_TIMELINE,
  TD_WINDOW_AREA_UNITS,
  TD_WINDOW_AREA_REGISTRATIONS,
  TD_WINDOW_AREA_SCORING,
  TD_WINDOW_N_AREAS
} TdWindowArea;

struct _TdWindow
{
  AdwApplicationWindow  parent_instance;

  TdContext            *context;
  GSettings            *settings;
  /* The context's store, kept here too for the window's own use. */
  TdStore              *store;
  char                 *path;
  /* Why the file could not be opened, while the problem page shows. */
  GError               *open_error;
  GArray               *years;
  /* The year shown (the "year" property, bound to every page's); 0 when there is none. */
  int                   year;
  /* The year an action that adds a plan wants shown once the store says it is there. */
  int                   next_year;
  GtkWidget            *pages[TD_WINDOW_N_AREAS];

  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_separator;
  GtkWidget            *content;
  GtkListBox           *area_list;
  AdwViewStack         *area_stack;
  GtkWidget            *back_button;
  GtkDropDown          *year_dropdown;
  GtkStringList        *year_list;
  AdwWindowTitle       *window_title;
  GtkWidget            *header_bar;
  /* The header bar's print buttons, which a narrow window squeezes out into the menu. */
  AdwSqueezer          *print_squeezer;
  GtkWidget            *print_buttons;
  GMenu                *print_section;
  GMenuModel           *print_menu;
  gboolean              presenting;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkButton            *start_button;
  GtkWidget            *sample_button;
  GtkLabel             *start_heading_label;
  AdwStatusPage        *problem_page;
  GtkButton            *restore_button;
  GtkButton            *fresh_button;
  guint                 external_source;
  /* The user chose to close with changes not saved (or they were saved after asking). */
  gboolean              close_confirmed;
  /* Undo and Redo (td-window-undo.c). */
  TdWindowUndo         *undo;
};

#define _td_window_plan_page(self) TD_PLAN_PAGE ((self)->pages[TD_WINDOW_AREA_PLAN])
#define _td_window_timeline_page(self) \
  TD_TIMELINE_PAGE ((self)->pages[TD_WINDOW_AREA_TIMELINE])

/* td-window.c */
/* The plan's editor, NULL until a part of the plan was chosen. */
TdPlanEditor *_td_window_get_editor     (TdWindow       *self);
/* The name of the area shown: "plan", "timeline". */
const char *_td_window_get_area        (TdWindow       *self);
/* Shows the @index-th area of the sidebar (and, folded, leaves the sidebar for it). */
void  _td_window_show_area             (TdWindow       *self,
                                        guint           index);
void  _td_window_show_sidebar          (TdWindow       *self);
/* Recomputes which win.* actions are enabled. */
void  _td_window_update_actions    (TdWindow       *self);
/* Shows or hides what is not the timeline, for a meeting. */
void  _td_window_update_chrome     (TdWindow       *self);
void  _td_window_show_error_toast  (TdWindow       *self,
                                    const GError   *error);
/* Opens the file at self->path again, showing its plan or what is wrong with it. */
void  _td_window_open_store        (TdWindow       *self,
                                    gboolean        load_sample);

/* td-window-actions.c: installs the win.* actions and their shortcuts. */
void  _td_window_class_add_actions (GtkWidgetClass *widget_class);
/* Keeps Print and Print Preview in the main menu only while the header bar has no room
 * for their buttons. */
void  _td_window_init_print_menu   (TdWindow       *self);
/* Asks whether to save, close without saving, or stay, when the editor holds changes
 * that are not in the file. */
void  _td_window_ask_before_closing (TdWindow      *self);

/* td-window-undo.c: win.undo, win.redo and win.offer-undo (what td_toast_offer_undo()
 * activates), over one TdHistory of the window's store. */
void  _td_window_class_add_undo_actions (GtkWidgetClass *widget_class);
void  _td_window_undo_init          (TdWindow       *self);
void  _td_window_undo_dispose       (TdWindow       *self);
/* Ctrl+Z and Ctrl+Shift+Z in @widget (a dialog of the window) undo the window's changes. */
void  _td_window_undo_route_keys    (TdWindow       *self,
                                     GtkWidget      *widget);

G_END_DECLS
