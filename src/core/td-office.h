/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

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

/* The commune's identity, printed in every document's header. */
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

G_END_DECLS
