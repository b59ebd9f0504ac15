/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-sample"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "td-sample.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-test-db.h"

/* The plan as printed (reference/plan-2022-tung-anh.txt), one string per paragraph. */

static const char * const expected_preamble[] = {
  "Căn cứ luật thi đua, khen thưởng ngày 26/11/2003 và luật sửa đổi bổ sung một số điều của "
  "Luật thi đua, khen thưởng ngày 16/11/2005 và các văn bản hướng dẫn thi hành;",
  "Căn cứ quy định tại Nghị định 91/2017/NĐ-CP, Nghị định 38/2019/NĐ-CP; thông tư số "
  "03/VBHN-BNV ngày 06/5/2021 Quy định chi tiết thi hành một số điều của nghị định số "
  "91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ Quy định chi tiết một số điều của luật thi đua, "
  "khen thưởng;",
  "Căn cứ tình hình thực tế tại địa phương.",
};

static const char expected_closing[] =
  "Ủy ban nhân dân xã Tùng Ảnh xây dựng kế hoạch công tác thi đua, khen thưởng năm 2022 như "
  "sau:";

static const char * const expected_muc_dich[] = {
  "Đẩy mạnh các phong trào thi đua, tạo khí thế sôi nổi, cổ vũ tinh thần quyết tâm khắc phục "
  "khó khăn thực hiện thắng lợi các tiêu chí kinh tế - xã hội, quốc phòng, an ninh năm 2022",
  "Đặc biệt là trong phong trào xây dựng Nông thôn mới, phong trào xây dựng khu dân cư NTM "
  "kiểu mẫu, chào mừng xã nhà đạt chuẩn NTM kiểu mẫu",
  "Trên cơ sở nhiệm vụ được giao, phát huy tinh thần đoàn kết, sáng tạo của các tập thể, cá "
  "nhân, tạo khí thế thi đua sôi nổi trong toàn thể đội ngũ cán bộ, công chức, người lao động, "
  "phấn đấu hoàn thành vượt mức chỉ tiêu nhiệm vụ, kế hoạch được giao.",
  "Động viên, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc trong các phong "
  "trào thi đua, các đợt xét khen thưởng, tạo động lực thúc đẩy mạnh mẽ các phong trào thi "
  "đua; đồng thời, chấn chỉnh các tập thể, cá nhân vi phạm các quy định của pháp luật về thi "
  "đua, khen thưởng.",
};

static const char * const expected_yeu_cau[] = {
  "Hội đồng thi đua, khen thưởng và Văn phòng Nội vụ bám sát vào nội dung kế hoạch này và chỉ "
  "tiêu, kế hoạch được cấp trên giao triển khai có hiệu quả công tác thi đua, khen thưởng năm "
  "2022",
  "Tuyên truyền sâu rộng nội dung các kế hoạch công tác thi đua, khen thưởng đến cán bộ, công "
  "chức, viên chức, người lao động, nông dân... trong xã, bằng nhiều hình thức, thiết thực, "
  "phù hợp với tình hình thực tiễn của đơn vị.",
  "Hình thức tổ chức triển khai, thực hiện kế hoạch công tác thi đua phải khách quan, công "
  "bằng và nghiêm túc đúng quy định của luật thi đua, khen thưởng.",
};

static const char * const expected_giai_phap[] = {
  "Đẩy mạnh công tác tuyên truyền, giáo dục truyền thống yêu nước, các phong trào thi đua gắn "
  "công các thi đua, khen thưởng với phong trào “Học tập và làm theo tấm gương đạo đức Hồ Chí "
  "Minh” nhằm nâng cao nhận thức, trách nhiệm của mỗi cá nhân; động viên, lôi cuốn các tầng "
  "lớp nhân dân tích cực tham gia các phong trào thi đua yêu nước trên tất cả các lĩnh vực của "
  "đời sống xã hội.",
  "Xây dựng quy chế hoạt động của hội đồng TĐKT và phân công thành viên hội đồng theo dõi, chỉ "
  "đạo công tác thi đua khen thưởng;",
  "Tổ chức các danh hiệu thi đua, các chỉ tiêu thi đua ngay từ đầu năm. Kí kết giao ước thi "
  "đua giữa các đơn vị thôn xóm, HTX, trường học, trạm y tế.",
  "Các đơn vị tổ chức phát động phong trào cụ thể, nội dung thi đua phải bám sát mục tiêu, "
  "nhiệm vụ chính trị được giao, cụ thể hóa các nhiệm vụ thành chỉ tiêu thi đua phù hợp với "
  "đặc điểm, yêu cầu của từng đơn vị, hướng vào mục tiêu phát triển kinh tế - xã hội, đảm bảo "
  "quốc phòng, an ninh, xây dựng Đảng, chính quyền và các tổ chức đoàn thể trong sạch vững "
  "mạnh",
  "Gắn công tác kiểm tra, đánh giá chuyên môn với đánh giá phong trào thi đua và bình xét khen "
  "thưởng. Tăng cường đổi mới phương thức tổ chức, phối hợp với ủy ban mặt trận tổ quốc và các "
  "tổ chức đoàn thể nhân dân trong công tác tổ chức các phong trào thi đua để vận động đông "
  "đảo quần chúng nhân dân tham gia thi đua",
  "Hội đồng thi đua khen thưởng các đơn vị xây dựng kế hoạch, triển khai giám sát thực hiện "
  "các chỉ tiêu, chủ trương, chính sách pháp luật của nhà nước về thi đua, khen thưởng ở đơn "
  "vị mình. Duy trì hình thức kiểm tra chéo, thẩm định kết quả thi đua cuối năm với 100% đơn "
  "vị.",
  "Thực hiện nghiêm túc các quy trình, thủ tục công nhận thi đua, quy trình, thủ tục khen "
  "thưởng đối với người lao động trực tiếp, tránh khen thưởng tràn lan. Phát hiện kịp thời các "
  "điển hình tiên tiến.",
  "Chủ động phát hiện, bồi dưỡng, xây dựng và tuyên truyền nhân rộng các điển hình tiên tiến, "
  "những cá nhân tiêu biểu.",
};

static const char * const expected_to_chuc[] = {
  "Căn cứ kế hoạch và nội dung phát động phong trào thi đua yêu nước và các văn bản chỉ đạo "
  "hướng dẫn của UBND huyện, căn cứ vào nhiệm vụ công tác, phong trào thi đua các lĩnh vực, "
  "các ban ngành phát động đề chủ động xây dựng kế hoạch, phát động phong trào thi đua tại các "
  "đơn vị theo đợt, theo chuyên đề; tổ chức kí giao ước thi đua và đăng ký các danh hiệu thi "
  "đua; theo dõi đánh giá các danh hiệu thi đua; gắn công tác kiểm tra, đánh giá chuyên môn "
  "với đánh giá phong trào thi đua và xét khen thưởng.",
};

static const char * const expected_task_content[] = {
  "Xây dựng, ban hành kế hoạch công tác thi đua, khen thưởng năm 2022",
  "- Các đơn vị thôn xóm, các trường học đăng ký thi đua năm 2022\n- Đăng kí các danh hiệu thi "
  "đua cán bộ, công chức, kí cam kết thực hiện quyết định 52/2017",
  "Sửa đổi, bổ sung thay thế quyết định thành lập Hội đồng thi đua khen thưởng năm 2022",
  "Phát động tháng cao điểm xây dựng NTM chào mừng các ngày lễ lớn",
  "Xây dựng vườn mẫu, KDCKM",
  "Báo cáo sơ kết công tác TĐKT 6 tháng đầu năm 2022",
  "Đánh giá mức độ hoàn thành đợt cao điểm xây dựng NTM",
  "Chấm điểm các tiêu chí thi đua năm 2022 do các ban ngành lĩnh vực chấm",
  "Xây dựng, ban hành báo cáo tổng kết công tác TĐKT năm 2022 phương hướng nhiệm vụ năm 2023",
};

static const char * const expected_task_responsible[] = {
  "VP nội vụ",
  "Cơ quan, thôn xóm, các tổ chức HTX, trạm y tế, các trường học đóng trên địa bàn",
  "VP nội vụ",
  "Ban chỉ đạo XD NTM",
  "BCĐ XD NTM, Ban phát triển thôn",
  "VP nội vụ",
  "BCĐ XD NTM, VP nội vụ.",
  "Các ban ngành, lĩnh vực liên quan, Hội đồng thi đua khen thưởng",
  "",
};

static const char * const expected_recipients[] = {
  "- CQ tổ chức Nội vụ huyện (B/c);",
  "- TTĐảng ủy - HĐND (B/c);",
  "- CT, PCT UBND xã;",
  "- Các ngành, đoàn thể xã;",
  "- Lưu: VT",
};

/* Units linked to each task, in name order. */
static const char * const task_units_1[] = { "VP nội vụ", NULL };
static const char * const task_units_2[] = {
  "Các thôn xóm", "Các trường học", "Cơ quan UBND xã", "HTX", "Trạm y tế", NULL,
};
static const char * const task_units_4[] = { "Ban chỉ đạo XD NTM", NULL };
static const char * const task_units_5[] = { "Ban chỉ đạo XD NTM", "Ban phát triển thôn", NULL };
static const char * const task_units_7[] = { "Ban chỉ đạo XD NTM", "VP nội vụ", NULL };
static const char * const task_units_8[] = {
  "Các ban ngành, lĩnh vực liên quan", "Hội đồng thi đua khen thưởng", NULL,
};
static const char * const task_units_none[] = { NULL };

static const char * const * const expected_task_units[] = {
  task_units_1, task_units_2, task_units_1, task_units_4, task_units_5, task_units_1,
  task_units_7, task_units_8, task_units_none,
};

static const int expected_quarters[] = { 1, 1, 1, 1, 2, 2, 3, 4, 4 };

typedef struct {
  const char         *heading;
  int                 depth;
  const char         *kind;
  const char * const *paragraphs;
  guint               n_paragraphs;
} ExpectedSection;

static const ExpectedSection expected_sections[] = {
  { "I. MỤC ĐÍCH YÊU CẦU", 0, "text", NULL, 0 },
  { "1. Mục đích.", 1, "text", expected_muc_dich, G_N_ELEMENTS (expected_muc_dich) },
  { "2. Yêu cầu:", 1, "text", expected_yeu_cau, G_N_ELEMENTS (expected_yeu_cau) },
  { "II. NỘI DUNG:", 0, "tasks", NULL, 0 },
  { "III. CÁC GIẢI PHÁP CHỦ YẾU.", 0, "text", expected_giai_phap,
    G_N_ELEMENTS (expected_giai_phap) },
  { "IV. TỔ CHỨC THỰC HIỆN", 0, "text", expected_to_chuc, G_N_ELEMENTS (expected_to_chuc) },
};

/* Files --------------------------------------------------------------------------------- */


typedef struct {
  char    *dir;
  char    *db_path;
  TdStore *store;
} Fixture;

static TdStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (TD_IS_STORE (store));
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("td-sample-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = open_store (fixture->db_path);
}

/* The sample, loaded and read back from the file by a new store. */
static void
fixture_set_up_loaded (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean added = FALSE;

  fixture_set_up (fixture, data);
  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);
  g_clear_object (&fixture->store);
  fixture->store = open_store (fixture->db_path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* Raw SQLite ----------------------------------------------------------------------------- */

static sqlite3_stmt *
raw_query (sqlite3    *db,
           const char *sql,
           const char *text)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  return stmt;
}

/* The first column of the one row @sql gives, ?1 bound to @text. */
static gint64
raw_int (sqlite3    *db,
         const char *sql,
         const char *text)
{
  sqlite3_stmt *stmt = raw_query (db, sql, text);
  gint64 value;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
raw_text (sqlite3    *db,
          const char *sql,
          const char *text)
{
  sqlite3_stmt *stmt = raw_query (db, sql, text);
  char *value;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
assert_raw_text (sqlite3    *db,
                 const char *sql,
                 const char *text,
                 const char *expected)
{
  g_autofree char *value = raw_text (db, sql, text);

  g_assert_cmpstr (value, ==, expected);
}

/* Row counts of the tables the sample writes, as "plan=1 section=6 …". */
static char *
count_rows (const char *db_path)
{
  static const char * const tables[] = { "office", "plan", "section", "task", "unit",
                                         "task_unit" };
  sqlite3 *db = td_test_raw_open (db_path, SQLITE_OPEN_READONLY);
  GString *counts = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_string_append_printf (counts, "%s=%" G_GINT64_FORMAT " ", tables[i],
                              raw_int (db, sql, NULL));
    }
  sqlite3_close (db);
  return g_string_free (counts, FALSE);
}

static char *
join_lines (const char * const *lines,
            guint               n)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? "\n" : "", lines[i]);
  return g_string_free (joined, FALSE);
}

static void
assert_lines (const char         *text,
              const char * const *expected,
              guint               n_expected)
{
  g_auto(GStrv) lines = text[0] != '\0' ? g_strsplit (text, "\n", -1) : g_new0 (char *, 1);

  g_assert_cmpuint (g_strv_length (lines), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpstr (lines[i], ==, expected[i]);
}

static TdPlan *
get_sample_plan (TdStore *store)
{
  g_autoptr(GError) error = NULL;
  TdPlan *plan = td_store_get_plan (store, TD_SAMPLE_YEAR, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* The plan ------------------------------------------------------------------------------ */

static void
test_plan_heading (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TdPlan) plan = get_sample_plan (fixture->store);
  g_autoptr(GArray) years = td_store_list_plan_years (fixture->store, NULL);

  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2022);

  g_assert_cmpint (td_plan_get_year (plan), ==, 2022);
  g_assert_cmpstr (td_plan_get_parent_body (plan), ==, "");
  g_assert_cmpstr (td_plan_get_issuing_body (plan), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (td_plan_get_number (plan), ==, "49");
  g_assert_cmpstr (td_plan_get_symbol (plan), ==, "KH-UBND");
  g_assert_cmpstr (td_plan_get_place (plan), ==, "Tùng Ảnh");
  g_assert_cmpstr (td_plan_get_issue_date (plan), ==, "2022-02-22");
  g_assert_cmpstr (td_plan_get_kind (plan), ==, "KẾ HOẠCH");
  g_assert_cmpstr (td_plan_get_title (plan), ==, "Công tác thi đua, khen thưởng năm 2022");
}

static void
test_plan_text (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TdPlan) plan = get_sample_plan (fixture->store);

  assert_lines (td_plan_get_preamble (plan), expected_preamble,
                G_N_ELEMENTS (expected_preamble));
  for (guint i = 0; i < G_N_ELEMENTS (expected_preamble); i++)
    g_assert_true (g_str_has_prefix (expected_preamble[i], "Căn cứ"));
  g_assert_cmpstr (td_plan_get_closing (plan), ==, expected_closing);

  assert_lines (td_plan_get_recipients (plan), expected_recipients,
                G_N_ELEMENTS (expected_recipients));
  g_assert_cmpstr (td_plan_get_signer_capacity (plan), ==, "TM. ỦY BAN NHÂN DÂN");
  g_assert_cmpstr (td_plan_get_signer_position (plan), ==, "CHỦ TỊCH");
  g_assert_cmpstr (td_plan_get_signer_name (plan), ==, "Phan Tiến Dũng");
}

static void
test_plan_sections (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TdPlan) plan = get_sample_plan (fixture->store);
  g_autoptr(GListModel) sections = td_store_list_sections (fixture->store,
                                                           td_plan_get_id (plan), NULL);
  gint64 top_id = 0;

  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (expected_sections));
  for (guint i = 0; i < G_N_ELEMENTS (expected_sections); i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      const ExpectedSection *expected = &expected_sections[i];

      g_assert_cmpstr (td_section_get_heading (section), ==, expected->heading);
      g_assert_cmpint (td_section_get_depth (section), ==, expected->depth);
      g_assert_cmpstr (td_section_get_kind (section), ==, expected->kind);
      assert_lines (td_section_get_body (section), expected->paragraphs, expected->n_paragraphs);

      /* "1." and "2." sit under "I.", the rest at the top. */
      if (expected->depth == 0)
        {
          g_assert_cmpint (td_section_get_parent_id (section), ==, 0);
          top_id = td_section_get_id (section);
        }
      else
        g_assert_cmpint (td_section_get_parent_id (section), ==, top_id);
    }
}

static void
test_plan_tasks (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const bounds[][2] = {
    { "2022-01-01", "2022-03-31" }, { "2022-04-01", "2022-06-30" },
    { "2022-07-01", "2022-09-30" }, { "2022-10-01", "2022-12-31" },
  };
  g_autoptr(TdPlan) plan = get_sample_plan (fixture->store);
  g_autoptr(GListModel) tasks = td_store_list_tasks (fixture->store, td_plan_get_id (plan), NULL);

  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 9);
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(TdTask) task = g_list_model_get_item (tasks, i);
      g_auto(GStrv) units = td_store_dup_task_unit_names (fixture->store, td_task_get_id (task), NULL);
      int quarter = expected_quarters[i];

      g_test_message ("task %u", i + 1);
      g_assert_cmpint (td_task_get_number (task), ==, i + 1);
      g_assert_cmpint (td_task_get_quarter (task), ==, quarter);
      g_assert_cmpstr (td_task_get_content (task), ==, expected_task_content[i]);
      g_assert_cmpstr (td_task_get_responsible (task), ==, expected_task_responsible[i]);
      /* The plan names only the quarter, so the task runs for all of it. */
      g_assert_cmpstr (td_task_get_start_date (task), ==, bounds[quarter - 1][0]);
      g_assert_cmpstr (td_task_get_end_date (task), ==, bounds[quarter - 1][1]);
      g_assert_cmpint (td_task_get_status (task), ==, TD_TASK_PLANNED);
      g_assert_cmpint (td_task_get_progress (task), ==, 0);
      g_assert_false (td_task_get_milestone (task));
      g_assert_cmpstrv (units, expected_task_units[i]);
    }

  /* Task 2 is two "- " items on two lines. */
  {
    g_autoptr(TdTask) task = g_list_model_get_item (tasks, 1);
    g_auto(GStrv) items = g_strsplit (td_task_get_content (task), "\n", -1);

    g_assert_cmpuint (g_strv_length (items), ==, 2);
    g_assert_true (g_str_has_prefix (items[0], "- Các đơn vị thôn xóm"));
    g_assert_true (g_str_has_prefix (items[1], "- Đăng kí các danh hiệu"));
  }
}

/* What the file itself holds, read with SQLite alone. */
static void
test_plan_in_file (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *task_numbers_of_unit =
    "SELECT group_concat (number, ',') FROM "
    "(SELECT t.number FROM (SELECT id, row_number () OVER (ORDER BY quarter, position, id) "
    "                       AS number FROM task) AS t "
    " JOIN task_unit ON task_unit.task_id = t.id "
    " JOIN unit ON unit.id = task_unit.unit_id WHERE unit.name = ?1 ORDER BY t.number)";
  g_autofree char *preamble = join_lines (expected_preamble, G_N_ELEMENTS (expected_preamble));
  g_autofree char *recipients = join_lines (expected_recipients,
                                            G_N_ELEMENTS (expected_recipients));
  sqlite3 *db;

  g_clear_object (&fixture->store);
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READONLY);

  assert_raw_text (db, "SELECT number || '/' || symbol FROM plan WHERE year = 2022", NULL,
                   "49/KH-UBND");
  assert_raw_text (db, "SELECT issue_date FROM plan", NULL, "2022-02-22");
  assert_raw_text (db, "SELECT preamble FROM plan", NULL, preamble);
  assert_raw_text (db, "SELECT recipients FROM plan", NULL, recipients);
  assert_raw_text (db, "SELECT signer_name FROM plan", NULL, "Phan Tiến Dũng");

  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM task", NULL), ==, 9);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM task WHERE status = 'planned' "
                                "AND progress = 0 AND milestone = 0", NULL), ==, 9);
  assert_raw_text (db, "SELECT group_concat (quarter, ',') FROM "
                       "(SELECT quarter FROM task ORDER BY quarter, position, id)", NULL,
                   "1,1,1,1,2,2,3,4,4");
  assert_raw_text (db, "SELECT start_date || '..' || end_date FROM task "
                       "ORDER BY quarter, position, id LIMIT 1", NULL,
                   "2022-01-01..2022-03-31");
  assert_raw_text (db, "SELECT start_date || '..' || end_date FROM task "
                       "ORDER BY quarter, position, id LIMIT 1 OFFSET 6", NULL,
                   "2022-07-01..2022-09-30");

  assert_raw_text (db, task_numbers_of_unit, "VP nội vụ", "1,3,6,7");
  assert_raw_text (db, task_numbers_of_unit, "Ban chỉ đạo XD NTM", "4,5,7");
  assert_raw_text (db, task_numbers_of_unit, "Hội đồng thi đua khen thưởng", "8");
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM task_unit WHERE task_id = "
                                "(SELECT id FROM task ORDER BY quarter DESC, position DESC "
                                "LIMIT 1)", NULL), ==, 0);

  /* Each unit once, with its kind. */
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM unit", NULL), ==, 10);
  g_assert_cmpint (raw_int (db, "SELECT count(DISTINCT name) FROM unit", NULL), ==, 10);
  assert_raw_text (db, "SELECT kind FROM unit WHERE name = ?1", "VP nội vụ", "agency");
  assert_raw_text (db, "SELECT kind FROM unit WHERE name = ?1", "Các thôn xóm", "village");
  assert_raw_text (db, "SELECT kind FROM unit WHERE name = ?1", "Trạm y tế", "health");
  assert_raw_text (db, "SELECT kind FROM unit WHERE name = ?1", "Ban chỉ đạo XD NTM",
                   "steering");
  assert_raw_text (db, "SELECT kind FROM unit WHERE name = ?1",
                   "Hội đồng thi đua khen thưởng", "council");
  /* Every unit came from a task's links. */
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM unit WHERE id NOT IN "
                                "(SELECT unit_id FROM task_unit)", NULL), ==, 0);

  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM section", NULL), ==, 6);
  assert_raw_text (db, "SELECT heading FROM section WHERE kind = 'tasks'", NULL,
                   "II. NỘI DUNG:");
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM section WHERE parent_id = "
                                "(SELECT id FROM section WHERE heading = ?1)",
                            "I. MỤC ĐÍCH YÊU CẦU"), ==, 2);
  sqlite3_close (db);
}

/* The office ---------------------------------------------------------------------------- */

static void
test_office_filled_when_blank (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(TdOffice) office = td_store_get_office (fixture->store, NULL);
  sqlite3 *db;

  g_assert_cmpstr (td_office_get_issuing_body (office), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (td_office_get_place (office), ==, "Tùng Ảnh");
  g_assert_cmpstr (td_office_get_code (office), ==, "UBND");
  g_assert_cmpstr (td_office_get_parent_body (office), ==, "");

  g_clear_object (&fixture->store);
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READONLY);
  assert_raw_text (db, "SELECT issuing_body || '|' || place || '|' || code FROM office", NULL,
                   "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH|Tùng Ảnh|UBND");
  sqlite3_close (db);
}

static void
test_office_kept (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TdOffice) office = td_store_get_office (fixture->store, NULL);
  g_autoptr(TdOffice) after = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gboolean added = FALSE;
  sqlite3 *db;

  td_office_set_parent_body (office, "UBND HUYỆN KHOÁI CHÂU");
  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ ĐÔNG KẾT");
  td_office_set_place (office, "Đông Kết");
  td_office_set_code (office, "UB");
  g_assert_true (td_store_save_office (fixture->store, office, &error));
  g_assert_no_error (error);

  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);
  g_clear_object (&fixture->store);

  fixture->store = open_store (fixture->db_path);
  after = td_store_get_office (fixture->store, NULL);
  g_assert_cmpstr (td_office_get_parent_body (after), ==, "UBND HUYỆN KHOÁI CHÂU");
  g_assert_cmpstr (td_office_get_issuing_body (after), ==, "ỦY BAN NHÂN DÂN XÃ ĐÔNG KẾT");
  g_assert_cmpstr (td_office_get_place (after), ==, "Đông Kết");
  g_assert_cmpstr (td_office_get_code (after), ==, "UB");

  /* The sample plan keeps its own heading, as printed. */
  plan = get_sample_plan (fixture->store);
  g_assert_cmpstr (td_plan_get_issuing_body (plan), ==, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  g_assert_cmpstr (td_plan_get_symbol (plan), ==, "KH-UBND");

  g_clear_object (&fixture->store);
  db = td_test_raw_open (fixture->db_path, SQLITE_OPEN_READONLY);
  assert_raw_text (db, "SELECT issuing_body || '|' || place || '|' || code FROM office", NULL,
                   "ỦY BAN NHÂN DÂN XÃ ĐÔNG KẾT|Đông Kết|UB");
  sqlite3_close (db);
}

/* Loading again --------------------------------------------------------------------------- */

static void
count_changed_cb (TdStore        *store,
                  const TdChange *change,
                  guint          *count)
{
  (*count)++;
}

static void
test_load_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *before = count_rows (fixture->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gboolean added = TRUE;
  guint changes = 0;

  g_assert_cmpstr (before, ==, "office=1 plan=1 section=6 task=9 unit=10 task_unit=15 ");

  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_changed_cb), &changes);
  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_false (added);
  g_assert_cmpuint (changes, ==, 0);

  after = count_rows (fixture->db_path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_load_year_taken (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TdPlan) own = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;
  gboolean added = TRUE;

  /* The secretary already started her own 2022 plan: the sample must not touch it. */
  own = td_store_start_plan (fixture->store, 2022, &error);
  g_assert_no_error (error);

  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_false (added);
  g_clear_object (&fixture->store);

  fixture->store = open_store (fixture->db_path);
  plan = get_sample_plan (fixture->store);
  g_assert_cmpint (td_plan_get_id (plan), ==, td_plan_get_id (own));
  g_assert_cmpstr (td_plan_get_number (plan), ==, "");
  tasks = td_store_list_tasks (fixture->store, td_plan_get_id (plan), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 0);
  g_clear_object (&fixture->store);

  counts = count_rows (fixture->db_path);
  g_assert_cmpstr (counts, ==, "office=1 plan=1 section=0 task=0 unit=0 task_unit=0 ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/sample/plan/heading", Fixture, NULL,
              fixture_set_up_loaded, test_plan_heading, fixture_tear_down);
  g_test_add ("/sample/plan/text", Fixture, NULL,
              fixture_set_up_loaded, test_plan_text, fixture_tear_down);
  g_test_add ("/sample/plan/sections", Fixture, NULL,
              fixture_set_up_loaded, test_plan_sections, fixture_tear_down);
  g_test_add ("/sample/plan/tasks", Fixture, NULL,
              fixture_set_up_loaded, test_plan_tasks, fixture_tear_down);
  g_test_add ("/sample/plan/in-file", Fixture, NULL,
              fixture_set_up_loaded, test_plan_in_file, fixture_tear_down);
  g_test_add ("/sample/office/filled-when-blank", Fixture, NULL,
              fixture_set_up_loaded, test_office_filled_when_blank, fixture_tear_down);
  g_test_add ("/sample/office/kept", Fixture, NULL,
              fixture_set_up, test_office_kept, fixture_tear_down);
  g_test_add ("/sample/load/twice", Fixture, NULL,
              fixture_set_up_loaded, test_load_twice, fixture_tear_down);
  g_test_add ("/sample/load/year-taken", Fixture, NULL,
              fixture_set_up, test_load_year_taken, fixture_tear_down);

  return g_test_run ();
}
