/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The office's identity: the commune's name, place, code and signer, from which a new plan's
 * heading and signature start.
 */
#pragma once

#include "td-office.h"
#include "td-store.h"

G_BEGIN_DECLS

TdOffice      *td_store_get_office             (TdStore         *self,
                                                GError         **error);
gboolean       td_store_save_office            (TdStore         *self,
                                                TdOffice        *office,
                                                GError         **error);
/* Saves only @fields (property names of @office, NULL-terminated). */
gboolean       td_store_update_office_fields   (TdStore         *self,
                                                TdOffice        *office,
                                                const char * const *fields,
                                                GError         **error);
/* Gives the plan of @year the office's heading and signer (td_office_apply_to_plan()), in
 * one transaction: one step of Undo. */
gboolean       td_store_apply_office_to_plan   (TdStore         *self,
                                                int              year,
                                                GError         **error);

G_END_DECLS
