/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-test-subjects"

#include "config.h"

#include <sqlite3.h>

#include "td-test-db.h"
#include "td-test-subjects.h"

void
td_test_subjects_fill (const char *path)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READWRITE);

  td_test_raw_exec (db,
    "BEGIN;"
    "UPDATE office SET issuing_body = 'ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH', place = 'Tùng Ảnh', "
    "  parent_body = 'UBND HUYỆN THẠCH HÀ', signer_name = 'Phan Tiến Dũng' WHERE id = 1;"
    "INSERT INTO unit (id, name, kind) VALUES "
    "  (1, 'Thôn Đông', 'village'), (2, 'Thôn Tây', 'village'), (3, 'Thôn Nam', 'village'),"
    "  (4, 'Trường Tiểu học Tùng Ảnh', 'school'), (5, 'Trạm Y tế xã', 'health');"
    "INSERT INTO person (id, name, unit_id, position) VALUES "
    "  (1, 'Nguyễn Văn An', 4, 'Giáo viên'), (2, 'Trần Thị Bình', 4, 'Hiệu trưởng'),"
    "  (3, 'Lê Văn Cường', 4, 'Giáo viên'), (4, 'Phạm Thị Dung', 5, 'Y sĩ');"
    "INSERT INTO household (id, head_name, village_id) VALUES "
    "  (1, 'Hoàng Văn Em', 1), (2, 'Đỗ Thị Giang', 1), (3, 'Bùi Văn Hải', 1),"
    "  (4, 'Vũ Văn Khoa', 2), (5, 'Ngô Thị Lan', 2);"
    "COMMIT;");
  sqlite3_close (db);
}

void
td_test_subjects_add_households (const char *path,
                                 gint64      village_id,
                                 guint       n)
{
  sqlite3 *db = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  sqlite3_stmt *stmt = NULL;

  td_test_raw_exec (db, "BEGIN");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO household (head_name, village_id) "
                                           "VALUES (printf ('Hộ số %05d', ?1), ?2)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 1; i <= n; i++)
    {
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_int64 (stmt, 2, village_id);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  td_test_raw_exec (db, "COMMIT");
  sqlite3_close (db);
}
