/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests of registrations: units, people and households written with SQL, so that
 * the tests do not depend on the subjects' own API.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The rows td_test_subjects_fill() writes, by id. */
enum {
  TD_TEST_THON_DONG = 1,      /* village */
  TD_TEST_THON_TAY,           /* village */
  TD_TEST_THON_NAM,           /* village */
  TD_TEST_TRUONG,             /* "Trường Tiểu học Tùng Ảnh", a school */
  TD_TEST_TRAM_Y_TE,          /* "Trạm Y tế xã", under no unit */
};

enum {
  TD_TEST_AN = 1,             /* "Nguyễn Văn An", of the school */
  TD_TEST_BINH,               /* "Trần Thị Bình", of the school */
  TD_TEST_CUONG,              /* "Lê Văn Cường", of the school */
  TD_TEST_DUNG,               /* "Phạm Thị Dung", of the health station */
};

enum {
  TD_TEST_HO_EM = 1,          /* "Hoàng Văn Em", Thôn Đông */
  TD_TEST_HO_GIANG,           /* "Đỗ Thị Giang", Thôn Đông */
  TD_TEST_HO_HAI,             /* "Bùi Văn Hải", Thôn Đông */
  TD_TEST_HO_KHOA,            /* "Vũ Văn Khoa", Thôn Tây */
  TD_TEST_HO_LAN,             /* "Ngô Thị Lan", Thôn Tây */
};

/* Writes the office of Tùng Ảnh (with its signer), 5 units, 4 people and 5 households
 * into the database at @path, which the store made, with SQLite directly. */
void td_test_subjects_fill (const char *path);

/* Adds @n households to village @village_id of @path, named "Hộ số 00001" … in one
 * transaction (benchmarks). */
void td_test_subjects_add_households (const char *path,
                                      gint64      village_id,
                                      guint       n);

G_END_DECLS
