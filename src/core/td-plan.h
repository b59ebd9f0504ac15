/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TD_TYPE_PLAN (td_plan_get_type ())
G_DECLARE_FINAL_TYPE (TdPlan, td_plan, TD, PLAN, GObject)

/* The heading, preamble and signature of one year's plan (kế hoạch). Multi-line fields
 * (preamble, recipients) hold one line per "\n"; issue_date is ISO or "" when blank. */
TdPlan     *td_plan_new                  (void);
gint64      td_plan_get_id               (TdPlan     *self);
void        td_plan_set_id               (TdPlan     *self,
                                          gint64      id);
int         td_plan_get_year             (TdPlan     *self);
void        td_plan_set_year             (TdPlan     *self,
                                          int         year);
/* The issuing body as it stood when the plan was made: communes merge and rename, and an
 * old plan must print with the name it was signed under. */
const char *td_plan_get_parent_body      (TdPlan     *self);
void        td_plan_set_parent_body      (TdPlan     *self,
                                          const char *parent_body);
const char *td_plan_get_issuing_body     (TdPlan     *self);
void        td_plan_set_issuing_body     (TdPlan     *self,
                                          const char *issuing_body);
const char *td_plan_get_place            (TdPlan     *self);
void        td_plan_set_place            (TdPlan     *self,
                                          const char *place);
const char *td_plan_get_number           (TdPlan     *self);
void        td_plan_set_number           (TdPlan     *self,
                                          const char *number);
const char *td_plan_get_symbol           (TdPlan     *self);
void        td_plan_set_symbol           (TdPlan     *self,
                                          const char *symbol);
const char *td_plan_get_issue_date       (TdPlan     *self);
void        td_plan_set_issue_date       (TdPlan     *self,
                                          const char *issue_date);
const char *td_plan_get_kind             (TdPlan     *self);
void        td_plan_set_kind             (TdPlan     *self,
                                          const char *kind);
const char *td_plan_get_title            (TdPlan     *self);
void        td_plan_set_title            (TdPlan     *self,
                                          const char *title);
const char *td_plan_get_preamble         (TdPlan     *self);
void        td_plan_set_preamble         (TdPlan     *self,
                                          const char *preamble);
const char *td_plan_get_closing          (TdPlan     *self);
void        td_plan_set_closing          (TdPlan     *self,
                                          const char *closing);
const char *td_plan_get_signer_capacity  (TdPlan     *self);
void        td_plan_set_signer_capacity  (TdPlan     *self,
                                          const char *signer_capacity);
const char *td_plan_get_signer_position  (TdPlan     *self);
void        td_plan_set_signer_position  (TdPlan     *self,
                                          const char *signer_position);
const char *td_plan_get_signer_name      (TdPlan     *self);
void        td_plan_set_signer_name      (TdPlan     *self,
                                          const char *signer_name);
const char *td_plan_get_recipients       (TdPlan     *self);
void        td_plan_set_recipients       (TdPlan     *self,
                                          const char *recipients);

int         td_plan_get_issue_month      (TdPlan     *self);
void        td_plan_set_issue_month      (TdPlan     *self,
                                          int         issue_month);
/* "Tùng Ảnh, ngày 22 tháng 02 năm 2022", with the day (and month) blank until signed. */
char       *td_plan_dup_date_line        (TdPlan     *self);

/* "Số: 49/KH-UBND", or "Số:     /KH-UBND" when the number is blank. */
char       *td_plan_dup_number_line      (TdPlan     *self);

G_END_DECLS
