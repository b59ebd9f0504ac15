/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Who registers: a unit (a village among them), a person or a household; a registration
 * names exactly one. */
typedef enum {
  TD_REGISTRATION_UNIT,
  TD_REGISTRATION_PERSON,
  TD_REGISTRATION_HOUSEHOLD,
} TdRegistrationSubject;

#define TD_TYPE_REGISTRATION (td_registration_get_type ())
G_DECLARE_FINAL_TYPE (TdRegistration, td_registration, TD, REGISTRATION, GObject)

/* One registration for an emulation title (đăng ký thi đua) in a year, as read with what
 * a list shows of it: the title's code and name, the subject's name and where it belongs
 * (the village of a household, the unit of a person, the parent of a unit), and how many
 * targets it registers. A row with id 0 and no title is a subject that has not registered
 * (td_store_list_unregistered()). The date and the pledge are what is edited; the rest is
 * read. */
TdRegistration        *td_registration_new                    (gint64                 id,
                                                               int                    year);
gint64                 td_registration_get_id                 (TdRegistration        *self);
int                    td_registration_get_year               (TdRegistration        *self);
gint64                 td_registration_get_award_kind_id      (TdRegistration        *self);
const char            *td_registration_get_award_kind_code    (TdRegistration        *self);
const char            *td_registration_get_award_kind_name    (TdRegistration        *self);
/* The award kind's subject kind: "individual", "collective", "household", "village". */
const char            *td_registration_get_award_subject_kind (TdRegistration        *self);
TdRegistrationSubject  td_registration_get_subject_kind       (TdRegistration        *self);
gint64                 td_registration_get_subject_id         (TdRegistration        *self);
const char            *td_registration_get_subject_name       (TdRegistration        *self);
const char            *td_registration_get_parent_name        (TdRegistration        *self);
/* ISO date, "" when not given. */
const char            *td_registration_get_registered_on      (TdRegistration        *self);
void                   td_registration_set_registered_on      (TdRegistration        *self,
                                                               const char            *iso);
gboolean               td_registration_get_pledge_signed      (TdRegistration        *self);
void                   td_registration_set_pledge_signed      (TdRegistration        *self,
                                                               gboolean               pledge_signed);
guint                  td_registration_get_n_targets          (TdRegistration        *self);

/* For the store, on a registration just made: what it reads of the title and subject,
 * set without notifying (20,000 rows are read at once). */
typedef struct {
  gint64                 award_kind_id;
  const char            *award_kind_code;
  const char            *award_kind_name;
  const char            *award_subject_kind;
  TdRegistrationSubject  subject_kind;
  gint64                 subject_id;
  const char            *subject_name;
  const char            *parent_name;
  const char            *registered_on;
  gboolean               pledge_signed;
  guint                  n_targets;
} TdRegistrationRow;

void                   td_registration_fill                   (TdRegistration        *self,
                                                               const TdRegistrationRow *row);

/* A target a registration pledges to reach (chỉ tiêu đăng ký). */
typedef enum {
  TD_TARGET_PASS,    /* a commitment, met or not: "Không có người vi phạm pháp luật" */
  TD_TARGET_NUMBER,  /* a figure: "Tỷ lệ hộ nghèo giảm" 1.5 "%" */
} TdTargetKind;

typedef struct {
  gint64        id;
  gint64        registration_id;
  int           position;
  char         *text;
  TdTargetKind  kind;
  gboolean      has_value;  /* a figure may be registered before it is known */
  double        value;
  char         *unit;       /* "%", "triệu đồng"; never NULL */
  char         *note;       /* never NULL */
  gint64        criterion_id;  /* the criterion that scores it, 0 for none */
} TdRegistrationTarget;

#define TD_TYPE_REGISTRATION_TARGET (td_registration_target_get_type ())

GType                  td_registration_target_get_type        (void) G_GNUC_CONST;
TdRegistrationTarget  *td_registration_target_new             (const char            *text);
TdRegistrationTarget  *td_registration_target_copy            (const TdRegistrationTarget *target);
void                   td_registration_target_free            (TdRegistrationTarget  *target);
/* As the printed list shows it: "Tỷ lệ hộ nghèo giảm: 1,5 %", the figure with a decimal
 * comma, as Vietnamese writes it; a commitment is its text. */
char                  *td_registration_target_dup_label       (const TdRegistrationTarget *target);
const char            *td_target_kind_to_string               (TdTargetKind           kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdRegistrationTarget, td_registration_target_free)

G_END_DECLS
