/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gio/gio.h>

#include "td-office.h"
#include "td-registration.h"

G_BEGIN_DECLS

typedef struct _TdStore TdStore;

/* What the printed list of a year's registrations holds, read once, for the document
 * builder (td-registrations-doc.h), which never reaches the store. */
typedef struct {
  int         year;
  TdOffice   *office;         /* the heading and the signer */
  GListModel *registrations;  /* TdRegistration, by title, then by name */
  GHashTable *targets;        /* registration id (gint64 *) → GPtrArray of
                               * TdRegistrationTarget, in order */
  char       *date;           /* ISO, the date under the heading; "" leaves it to be
                               * written by hand */
  char       *attached_to;    /* "(Kèm theo …)" under the title; "" for none */
} TdRegistrationsSnapshot;

/* Reads @year's registrations, their targets and the office; NULL with @error set when
 * any of them cannot be read. */
TdRegistrationsSnapshot *td_registrations_snapshot_load  (TdStore                 *store,
                                                          int                      year,
                                                          GError                 **error);
/* From data in hand: @office and @registrations (NULL: none) are referenced; no targets. */
TdRegistrationsSnapshot *td_registrations_snapshot_new   (int                      year,
                                                          TdOffice                *office,
                                                          GListModel              *registrations);
void                     td_registrations_snapshot_free  (TdRegistrationsSnapshot *self);
/* The targets of registration @id: NULL when it has none. */
GPtrArray               *td_registrations_snapshot_get_targets (const TdRegistrationsSnapshot *self,
                                                                gint64                   id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdRegistrationsSnapshot, td_registrations_snapshot_free)

G_END_DECLS
