/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The usual shape of a commune's yearly plan, which a new plan starts from: as data, in
 * data/plan-template.ini (core's resource), with the year and the office's identity put in.
 * A template is checked whole when it is read, so building a plan from it cannot fail.
 */
#pragma once

#include "td-office.h"
#include "td-plan-file.h"
#include "td-store.h"

G_BEGIN_DECLS

#define TD_PLAN_TEMPLATE_ERROR (td_plan_template_error_quark ())
GQuark td_plan_template_error_quark (void);

typedef enum {
  TD_PLAN_TEMPLATE_ERROR_MISSING, /* no template where it should be */
  TD_PLAN_TEMPLATE_ERROR_INVALID, /* not a key file, or one a plan cannot be made from */
} TdPlanTemplateError;

#define TD_TYPE_PLAN_TEMPLATE (td_plan_template_get_type ())
G_DECLARE_FINAL_TYPE (TdPlanTemplate, td_plan_template, TD, PLAN_TEMPLATE, GObject)

/* Reads and checks a template: a [plan] group with its kind and title; [basis KEY] groups,
 * each a "line" and the ISO dates "from" and "to" it is in force between; [section KEY]
 * groups with a heading, whose "parent" names an earlier top-level section and whose kind
 * is "text" or, for one of them only, "tasks"; [task KEY] groups, each with a quarter 1–4
 * and a content. In values, {year}, {next-year} and {body} are the only words put in. */
TdPlanTemplate *td_plan_template_new_from_bytes    (GBytes            *bytes,
                                                    GError           **error);
/* The template at @path in core's resource; TD_PLAN_TEMPLATE_ERROR_MISSING if none. */
TdPlanTemplate *td_plan_template_new_from_resource (const char        *path,
                                                    GError           **error);
/* The template shipped with the application (data/plan-template.ini). */
TdPlanTemplate *td_plan_template_new_default       (GError           **error);

/* The plan of @year in the usual shape: its heading and signer from @office, the legal
 * bases in force on 1 January of @year first in its preamble; its sections appended to
 * @sections and its tasks in *@tasks, as td_store_add_plan() takes them. */
TdPlan         *td_plan_template_build             (TdPlanTemplate    *self,
                                                    TdOffice          *office,
                                                    int                year,
                                                    GPtrArray         *sections,
                                                    TdPlanFileTasks  **tasks);
/* Adds the plan of @year made from @self and the office's identity, in one transaction
 * ("New Plan" for Undo). */
TdPlan         *td_plan_template_add               (TdPlanTemplate    *self,
                                                    TdStore           *store,
                                                    int                year,
                                                    GError           **error);
/* td_plan_template_add() with the template shipped with the application. */
TdPlan         *td_plan_template_start             (TdStore           *store,
                                                    int                year,
                                                    GError           **error);

G_END_DECLS
