/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Shared by the files of the plan editor: td-plan-editor.c (the pages), -actions.c (adding,
 * moving and deleting sections and tasks), -fields.c (which widget edits what), -dates.c
 * (dates typed or picked on a calendar), -units.c (the units a task is linked to, kept in
 * step with its printed text) and -save.c (saving what was typed, and what to do when that
 * fails).
 */
#pragma once

#include "td-plan-editor.h"

G_BEGIN_DECLS

#define SAVE_DELAY_MS 400

typedef enum {
  PAGE_NOTHING,
  PAGE_HEADING,
  PAGE_SECTION,
  PAGE_QUARTER,
  PAGE_TASK,
  PAGE_SIGNATURE,
} Page;

struct _TdPlanEditor
{
  GtkWidget        parent_instance;

  TdStore         *store;
  TdPlan          *plan;
  Page             page;
  int              quarter;
  TdSection       *section;
  TdTask          *task;
  /* Filling the widgets from the data: their change signals are not edits. */
  gboolean         loading;
  /* A move changed what the fields show (number, quarter, dates): load them again. */
  gboolean         reload;
  /* The section or task just added: chosen, the cursor goes into its first field. */
  gint64           new_part;
  /* A calendar set to the date typed: not a day picked. */
  gboolean         picking;
  /* Saving (td-plan-editor-save.c): the fields typed into since they were last saved or
   * loaded (bits of EditorField indexes), the delayed save, and what could not be
   * written yet, oldest first, with why. */
  guint32          dirty;
  guint            save_source;
  guint            retry_source;
  GPtrArray       *pending;
  GError          *save_error;
  gboolean         saved_once;
  gboolean         writing;

  GtkWidget       *content;
  GtkWidget       *scroller;
  GtkLabel        *problem_label;
  GtkWidget       *status_bar;
  GtkLabel        *status_label;
  GtkButton       *retry_button;
  GtkStack        *stack;

  AdwEntryRow     *number_row;
  AdwEntryRow     *symbol_row;
  AdwEntryRow     *issue_row;
  GtkWidget       *issue_problem_row;
  GtkLabel        *issue_problem;
  GtkPopover      *issue_popover;
  GtkCalendar     *issue_calendar;
  AdwEntryRow     *parent_body_row;
  AdwEntryRow     *issuing_body_row;
  AdwEntryRow     *place_row;
  AdwEntryRow     *kind_row;
  AdwEntryRow     *title_row;
  GtkTextView     *preamble_view;
  AdwEntryRow     *closing_row;

  AdwPreferencesGroup *section_group;
  AdwEntryRow     *section_heading_row;
  GtkSwitch       *task_section_switch;
  GtkTextView     *section_body_view;

  AdwStatusPage   *quarter_page;
  GtkButton       *add_task_button;

  AdwPreferencesGroup *task_group;
  GtkTextView     *content_view;
  AdwEntryRow     *responsible_row;
  /* The linked units as chips under the printed text (td-plan-editor-units.c): their
   * names as shown, the text as last seen (to tell a name typed or taken out of it), the
   * file's units to pick from, and whether the change being saved was a pick. */
  GtkFlowBox      *units_flow;
  GtkWidget       *units_add_child;
  GtkPopover      *units_popover;
  GtkSearchEntry  *units_search;
  GtkListBox      *units_list;
  GtkButton       *units_new_button;
  char           **units;
  char            *responsible_seen;
  GListStore      *unit_store;
  GtkFilter       *unit_filter;
  gboolean         units_picked;
  AdwEntryRow     *start_row;
  AdwEntryRow     *end_row;
  /* Under each date, why it is not saved; beside it, a calendar to pick it from. */
  GtkWidget       *start_problem_row;
  GtkLabel        *start_problem;
  GtkWidget       *end_problem_row;
  GtkLabel        *end_problem;
  GtkPopover      *start_popover;
  GtkCalendar     *start_calendar;
  GtkPopover      *end_popover;
  GtkCalendar     *end_calendar;
  GtkSwitch       *milestone_switch;
  AdwComboRow     *status_row;
  GtkSpinButton   *progress_spin;
  AdwEntryRow     *result_row;
  GtkDropDown     *quarter_dropdown;

  AdwEntryRow     *capacity_row;
  AdwEntryRow     *position_row;
  AdwEntryRow     *signer_row;
  GtkTextView     *recipients_view;
};

/* td-plan-editor-fields.c: every field, as a bit of TdPlanEditor.dirty by its index. */
typedef enum {
  TARGET_PLAN,
  TARGET_SECTION,
  TARGET_TASK,
} Target;

typedef enum {
  VALUE_TEXT,
  VALUE_DATE,         /* a task's date, typed as dd/mm/yyyy */
  VALUE_ISSUE_DATE,   /* the plan's, dd/mm/yyyy or partly blank: issue-date and issue-month */
  VALUE_SWITCH,
  VALUE_COMBO,
  VALUE_SPIN,
  VALUE_UNITS,        /* a task's linked units, as names joined by "; " */
} ValueKind;

typedef struct {
  Target      target;
  const char *property;
  gsize       offset;
  ValueKind   kind;
} EditorField;

#define TD_PLAN_EDITOR_N_FIELDS 25
G_STATIC_ASSERT (TD_PLAN_EDITOR_N_FIELDS <= 32);

extern const EditorField _td_plan_editor_fields[TD_PLAN_EDITOR_N_FIELDS];

GtkWidget *_td_plan_editor_widget_of   (TdPlanEditor *self,
                                        guint         i);
/* What field @i shows, in a form to compare with _td_plan_editor_value_in(). */
char      *_td_plan_editor_value_shown (TdPlanEditor *self,
                                        guint         i);
/* Field @i's value in @source (the data read, or what is waiting to be saved); @units for
 * the units field (names joined by "; "). */
char      *_td_plan_editor_value_in    (guint         i,
                                        GObject      *source,
                                        const char   *units);
/* Shows @source's value in field @i; not an edit. */
void       _td_plan_editor_show_value  (TdPlanEditor *self,
                                        guint         i,
                                        GObject      *source,
                                        const char   *units);

/* td-plan-editor.c */
char    *_td_plan_editor_text_of        (GtkWidget    *widget);
void     _td_plan_editor_set_text       (GtkWidget    *widget,
                                         const char   *text);
/* Shows @message (NULL: none) under @row when it has a place for it (the dates), above
 * the fields otherwise, and marks @row as wrong. */
void     _td_plan_editor_show_problem   (TdPlanEditor *self,
                                         GtkWidget    *row,
                                         const char   *message);
void     _td_plan_editor_clear_problems (TdPlanEditor *self);
/* Shows why @error stopped an action, in the user's words when there are some. */
void     _td_plan_editor_report_error   (TdPlanEditor *self,
                                         GtkWidget    *row,
                                         const GError *error);
/* Asks the view to choose the part of @kind and @id, as after it was added or moved. */
void     _td_plan_editor_request_select (TdPlanEditor  *self,
                                         TdPlanRowKind  kind,
                                         gint64         id);

/* td-plan-editor-actions.c */
void     _td_plan_editor_class_init_actions (GtkWidgetClass *widget_class);
void     _td_plan_editor_init_actions   (TdPlanEditor *self);
/* Puts the cursor in the first field of the part just added, once it is shown. */
void     _td_plan_editor_focus_new_part (TdPlanEditor *self);

/* td-plan-editor-dates.c */
void     _td_plan_editor_init_dates     (TdPlanEditor *self);
/* The issue date of @plan as it is typed: "28/12/2022", "03/2023" with the day blank, or ""
 * when all of it is; the year of a partly blank date is the plan's. */
char    *_td_plan_editor_issue_text     (TdPlanEditor *self,
                                         TdPlan       *plan);
/* What is typed as the issue date, as the plan holds it: @iso "" and @month 0 for a blank
 * date, @iso "" and the month for a blank day; FALSE with @error in words otherwise. */
gboolean _td_plan_editor_read_issue_date (TdPlanEditor *self,
                                          char        **iso,
                                          int          *month,
                                          GError      **error);

/* td-plan-editor-units.c */
void     _td_plan_editor_init_units     (TdPlanEditor *self);
void     _td_plan_editor_dispose_units  (TdPlanEditor *self);
/* Reads the file's units, to pick from and to find in what is typed. */
void     _td_plan_editor_read_units     (TdPlanEditor *self);
/* Shows @joined (names joined by "; ") as the linked units; not an edit. */
void     _td_plan_editor_show_units     (TdPlanEditor *self,
                                         const char   *joined);
/* The linked units shown, joined by "; ". */
char    *_td_plan_editor_units_shown    (TdPlanEditor *self);

/* td-plan-editor-save.c */
void     _td_plan_editor_class_init_saving (GtkWidgetClass *widget_class);
/* Watches every field for the user's changes. */
void     _td_plan_editor_init_saving    (TdPlanEditor *self);
/* Field @widget changed by the editor itself, as if typed into. */
void     _td_plan_editor_field_changed  (TdPlanEditor *self,
                                         GtkWidget    *widget);
void     _td_plan_editor_dispose_saving (TdPlanEditor *self);
/* Saves at once what is typed: before another part is shown, or the window closes. */
void     _td_plan_editor_save_now       (TdPlanEditor *self);
/* After a page was loaded from the data: nothing typed yet, but what could not be saved
 * earlier is shown again in its fields. */
void     _td_plan_editor_loaded         (TdPlanEditor *self);
/* The data of the part shown was read again (a save, another window): the fields nobody
 * is typing in show it; those being typed in, or not yet saved, keep their text. */
void     _td_plan_editor_refresh        (TdPlanEditor *self);
/* A deleted part: what was typed into it goes too. */
void     _td_plan_editor_forget         (TdPlanEditor *self);

G_END_DECLS
