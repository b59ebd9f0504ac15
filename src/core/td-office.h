/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

#include "td-plan.h"

G_BEGIN_DECLS

/* The Quốc hiệu and Tiêu ngữ over the right-hand column of every official document's
 * header (Decree 30/2020/NĐ-CP), in Vietnamese whatever the UI language: the printed
 * documents and the reading view take them from here. Spelt as the decree spells them:
 * "HÒA" (not "HOÀ", though both are seen on letterheads) and ASCII hyphens between spaces
 * (not en dashes). */
#define TD_QUOC_HIEU "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
#define TD_TIEU_NGU  "Độc lập - Tự do - Hạnh phúc"

#define TD_TYPE_OFFICE (td_office_get_type ())
G_DECLARE_FINAL_TYPE (TdOffice, td_office, TD, OFFICE, GObject)

/* The commune's identity: what a new plan's heading and signature start from. A plan keeps
 * its own copy, which td_office_apply_to_plan() brings up to date. */
TdOffice   *td_office_new                 (void);
const char *td_office_get_parent_body     (TdOffice   *self);
void        td_office_set_parent_body     (TdOffice   *self,
                                           const char *parent_body);
const char *td_office_get_issuing_body    (TdOffice   *self);
void        td_office_set_issuing_body    (TdOffice   *self,
                                           const char *issuing_body);
const char *td_office_get_place           (TdOffice   *self);
void        td_office_set_place           (TdOffice   *self,
                                           const char *place);
const char *td_office_get_code            (TdOffice   *self);
void        td_office_set_code            (TdOffice   *self,
                                           const char *code);
const char *td_office_get_signer_name     (TdOffice   *self);
void        td_office_set_signer_name     (TdOffice   *self,
                                           const char *signer_name);

/* Gives @plan the office's heading: parent body, issuing body, place, and the office's code
 * in its symbol ("KH-" and the code); and the office's signer, when it has one. */
void        td_office_apply_to_plan       (TdOffice   *self,
                                           TdPlan     *plan);
/* Whether td_office_apply_to_plan() would change @plan. */
gboolean    td_office_differs_from_plan   (TdOffice   *self,
                                           TdPlan     *plan);

G_END_DECLS
