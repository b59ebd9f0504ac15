/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-bench-data"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "td-bench-data.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-store-scoring.h"

/* Our own generator (splitmix64), so the data never changes with the GLib version. */
typedef struct {
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* 0 … n - 1 */
static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint) (rng_next (rng) % n);
}

#define PICK(rng, array) ((array)[rng_below ((rng), G_N_ELEMENTS (array))])

typedef struct {
  const char *name;
  const char *kind;
} Unit;

static const Unit units[] = {
  { "Thôn Đông Hòa", "village" },
  { "Thôn Trung Hải", "village" },
  { "Thôn Tây Sơn", "village" },
  { "Thôn Bắc Phong", "village" },
  { "Thôn Nam Thượng", "village" },
  { "Thôn Yên Lạc", "village" },
  { "Thôn Phú Mỹ", "village" },
  { "Xóm Chợ", "village" },
  { "Xóm Đình", "village" },
  { "Xóm Bãi", "village" },
  { "Xóm Rú", "village" },
  { "Xóm Hạ Vàng", "village" },
  { "Xóm Thượng Lộc", "village" },
  { "Xóm Tân Tiến", "village" },
  { "Trường Mầm non xã", "school" },
  { "Trường Tiểu học xã", "school" },
  { "Trường Tiểu học số 2", "school" },
  { "Trường THCS xã", "school" },
  { "HTX Nông nghiệp", "cooperative" },
  { "HTX Dịch vụ điện năng", "cooperative" },
  { "HTX Nuôi trồng thủy sản", "cooperative" },
  { "Trạm y tế xã", "health" },
  { "Văn phòng – Nội vụ", "agency" },
  { "Văn phòng HĐND – UBND", "agency" },
  { "Công an xã", "agency" },
  { "Ban Chỉ huy Quân sự xã", "agency" },
  { "Địa chính – Xây dựng", "department" },
  { "Tài chính – Kế toán", "department" },
  { "Văn hóa – Xã hội", "department" },
  { "Tư pháp – Hộ tịch", "department" },
  { "Lao động – Thương binh và Xã hội", "department" },
  { "Ủy ban MTTQ Việt Nam xã", "union" },
  { "Hội Liên hiệp Phụ nữ xã", "union" },
  { "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "union" },
  { "Hội Nông dân xã", "union" },
  { "Hội Cựu chiến binh xã", "union" },
  { "Hội Người cao tuổi xã", "union" },
  { "Hội Chữ thập đỏ xã", "union" },
  { "Ban chỉ đạo XD NTM", "steering" },
  { "Ban chỉ đạo “Ngày vì người nghèo”", "steering" },
  { "Ban vận động xây dựng đời sống văn hóa", "steering" },
  { "Hội đồng thi đua khen thưởng", "council" },
  { "Hội đồng xét công nhận danh hiệu văn hóa", "council" },
};

static const char * const actions[] = {
  "Xây dựng, ban hành kế hoạch", "Tổ chức phát động", "Triển khai thực hiện", "Kiểm tra, đôn đốc",
  "Sơ kết", "Tổng kết, đánh giá", "Bình xét, đề nghị khen thưởng", "Tuyên truyền, vận động",
  "Hướng dẫn các đơn vị đăng ký", "Phối hợp tổ chức", "Rà soát, thẩm định hồ sơ",
  "Chấm điểm, kiểm tra chéo", "Tổ chức hội nghị", "Ký kết giao ước thi đua về",
};

static const char * const subjects[] = {
  "phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
  "phong trào “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”",
  "phong trào thi đua xây dựng nông thôn mới kiểu mẫu",
  "danh hiệu “Gia đình văn hóa”, “Thôn văn hóa”",
  "danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở",
  "danh hiệu Tập thể lao động tiên tiến",
  "công tác thi đua, khen thưởng",
  "các tiêu chí thi đua của các thôn xóm",
  "công tác vệ sinh môi trường, cảnh quan “Xanh – Sạch – Đẹp”",
  "công tác phòng, chống dịch bệnh",
  "công tác tuyển chọn và gọi công dân nhập ngũ",
  "phong trào “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
  "phong trào “Dân vận khéo”",
  "phong trào “Toàn dân bảo vệ an ninh Tổ quốc”",
  "cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
  "mô hình “Khu dân cư kiểu mẫu”",
  "công tác chuyển đổi số, cải cách hành chính",
  "sản xuất vụ Đông Xuân và vụ Hè Thu",
};

static const char * const qualifiers[] = {
  "trên địa bàn toàn xã",
  "đến toàn thể cán bộ, công chức, người lao động và nhân dân",
  "theo kế hoạch của UBND huyện",
  "chào mừng các ngày lễ lớn của đất nước",
  "chào mừng ngày Quốc khánh 2/9",
  "chào mừng ngày thành lập Đảng Cộng sản Việt Nam 3/2",
  "gắn với đánh giá, xếp loại cán bộ, công chức cuối năm",
  "tại 14/14 thôn xóm",
  "bảo đảm đúng quy trình, thủ tục theo quy định của Luật Thi đua, khen thưởng",
  "kịp thời biểu dương các điển hình tiên tiến",
  "tránh khen thưởng tràn lan, hình thức",
  "với sự tham gia của các đoàn thể chính trị – xã hội",
};

static const char * const extras[] = {
  "và các ban ngành liên quan", "và các thôn xóm", "phối hợp Ủy ban MTTQ xã",
  "dưới sự chỉ đạo của Thường trực Đảng ủy", "các đơn vị đóng trên địa bàn",
};

static const char * const notes[] = {
  "Hoàn thành đúng tiến độ.",
  "Đã tổ chức; 14/14 thôn xóm tham gia.",
  "Hoàn thành, có báo cáo gửi UBND huyện.",
  "Chậm so với kế hoạch do ảnh hưởng của thời tiết.",
  "Đã trình Hội đồng thi đua khen thưởng xem xét.",
};

static const char * const signers[] = {
  "Phan Tiến Dũng", "Nguyễn Văn Thành", "Trần Thị Hương", "Lê Đình Khôi",
};

static const char * const paragraphs[] = {
  "Đẩy mạnh các phong trào thi đua, tạo khí thế sôi nổi, cổ vũ tinh thần quyết tâm khắc phục "
  "khó khăn thực hiện thắng lợi các chỉ tiêu kinh tế – xã hội, quốc phòng, an ninh.",
  "Động viên, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc trong các phong "
  "trào thi đua.",
  "Tuyên truyền sâu rộng nội dung kế hoạch đến cán bộ, công chức, viên chức, người lao động, "
  "nông dân trong xã, bằng nhiều hình thức thiết thực, phù hợp với tình hình thực tiễn.",
  "Việc bình xét phải khách quan, công bằng, công khai và đúng quy định.",
  "Hội đồng thi đua, khen thưởng và Văn phòng – Nội vụ bám sát nội dung kế hoạch này và chỉ "
  "tiêu, kế hoạch được cấp trên giao, triển khai có hiệu quả công tác thi đua, khen thưởng; "
  "phân công thành viên Hội đồng theo dõi, chỉ đạo từng lĩnh vực; định kỳ sơ kết, rút kinh "
  "nghiệm và kịp thời đề xuất biện pháp khắc phục những tồn tại, hạn chế.",
  "Gắn công tác kiểm tra, đánh giá chuyên môn với đánh giá phong trào thi đua và bình xét "
  "khen thưởng.",
  "Chủ động phát hiện, bồi dưỡng, xây dựng và nhân rộng các điển hình tiên tiến.",
  "Các đơn vị tổ chức phát động phong trào cụ thể; nội dung thi đua phải bám sát mục tiêu, "
  "nhiệm vụ chính trị được giao.",
};

static char *
make_paragraphs (Rng  *rng,
                 guint min,
                 guint max)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = min + rng_below (rng, max - min + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, PICK (rng, paragraphs));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
append_clause (GString *text,
               Rng     *rng,
               int      year)
{
  g_string_append_printf (text, "%s %s", PICK (rng, actions), PICK (rng, subjects));
  if (rng_below (rng, 3) == 0)
    g_string_append_printf (text, " năm %d", year);
  if (rng_below (rng, 2) == 0)
    g_string_append_printf (text, " %s", PICK (rng, qualifiers));
}

/* Short, medium, a list of "- " items, or now and then a long paragraph, as real plans are. */
static char *
make_content (Rng *rng,
              int  year)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shape = rng_below (rng, 100);

  if (shape < 40)
    append_clause (text, rng, year);
  else if (shape < 75)
    {
      append_clause (text, rng, year);
      g_string_append (text, "; ");
      append_clause (text, rng, year);
    }
  else if (shape < 95)
    {
      guint n = 2 + rng_below (rng, 3);

      for (guint i = 0; i < n; i++)
        {
          g_string_append (text, i > 0 ? "\n- " : "- ");
          append_clause (text, rng, year);
        }
    }
  else
    {
      append_clause (text, rng, year);
      g_string_append (text, ". ");
      for (guint i = 0; i < 4; i++)
        g_string_append_printf (text, "%s ", PICK (rng, paragraphs));
      g_string_truncate (text, text->len - 1);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
days_in_month (int year,
               int month)
{
  return g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/* The ISO date of day @index (0-based) of quarter @quarter of @year. */
static char *
quarter_day (int  year,
             int  quarter,
             int  index)
{
  int month = (quarter - 1) * 3 + 1;

  while (index >= days_in_month (year, month))
    index -= days_in_month (year, month++);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, index + 1);
}

static int
quarter_length (int year,
                int quarter)
{
  int month = (quarter - 1) * 3 + 1;

  return days_in_month (year, month) + days_in_month (year, month + 1) +
         days_in_month (year, month + 2);
}

/* Past years are done, the last one is under way, as in a real office's file. */
static void
set_status (TdTask *task,
            Rng    *rng,
            int     year,
            int     last_year)
{
  guint roll = rng_below (rng, 100);

  if (year < last_year - 1)
    {
      if (roll < 90)
        {
          td_task_set_status (task, TD_TASK_DONE);
          td_task_set_progress (task, 100);
          if (rng_below (rng, 3) == 0)
            td_task_set_result_note (task, PICK (rng, notes));
        }
      else if (roll < 95)
        td_task_set_status (task, TD_TASK_CANCELLED);
      else
        {
          td_task_set_status (task, TD_TASK_IN_PROGRESS);
          td_task_set_progress (task, 50 + (int) rng_below (rng, 50));
        }
    }
  else if (year == last_year - 1)
    {
      td_task_set_status (task, roll < 60 ? TD_TASK_DONE : TD_TASK_IN_PROGRESS);
      td_task_set_progress (task, roll < 60 ? 100 : (int) rng_below (rng, 100));
    }
  else if (roll < 20)
    {
      td_task_set_status (task, TD_TASK_IN_PROGRESS);
      td_task_set_progress (task, 10 * (int) rng_below (rng, 10));
    }
}

static TdPlan *
make_plan (Rng *rng,
           int  year)
{
  TdPlan *plan = td_plan_new ();
  g_autofree char *number = NULL;
  g_autofree char *issue_date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *preamble = NULL;
  g_autofree char *closing = NULL;
  guint roll = rng_below (rng, 10);

  /* Real numbers are plain, carry a letter, or are left blank to be written by hand. */
  number = roll == 0 ? g_strdup ("")
                     : roll == 1 ? g_strdup_printf ("%uA", 100 + rng_below (rng, 900))
                                 : g_strdup_printf ("%u", 1 + rng_below (rng, 120));
  issue_date = g_strdup_printf ("%04d-%02u-%02u", year, 1 + rng_below (rng, 2),
                                1 + rng_below (rng, 28));
  title = g_strdup_printf ("Công tác thi đua, khen thưởng năm %d", year);
  preamble = g_strdup_printf (
    "%s\nCăn cứ Kế hoạch công tác thi đua, khen thưởng năm %d của UBND huyện;\n"
    "Căn cứ tình hình thực tế tại địa phương.",
    year >= 2024 ? "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022 và Nghị định số "
                   "98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;"
                 : "Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003 và Luật sửa đổi, bổ sung "
                   "một số điều của Luật Thi đua, khen thưởng; Nghị định 91/2017/NĐ-CP;",
    year);
  closing = g_strdup_printf ("Ủy ban nhân dân xã Tùng Ảnh xây dựng kế hoạch công tác thi đua, "
                             "khen thưởng năm %d như sau:", year);

  td_plan_set_year (plan, year);
  td_plan_set_issuing_body (plan, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_plan_set_place (plan, "Tùng Ảnh");
  td_plan_set_number (plan, number);
  td_plan_set_symbol (plan, "KH-UBND");
  td_plan_set_issue_date (plan, issue_date);
  td_plan_set_kind (plan, "KẾ HOẠCH");
  td_plan_set_title (plan, title);
  td_plan_set_preamble (plan, preamble);
  td_plan_set_closing (plan, closing);
  td_plan_set_signer_capacity (plan, "TM. ỦY BAN NHÂN DÂN");
  td_plan_set_signer_position (plan, "CHỦ TỊCH");
  td_plan_set_signer_name (plan, PICK (rng, signers));
  td_plan_set_recipients (plan, "- CQ tổ chức Nội vụ huyện (B/c);\n- TTĐảng ủy – HĐND (B/c);\n"
                                "- CT, PCT UBND xã;\n- Các ngành, đoàn thể xã;\n- Lưu: VT");
  return plan;
}

static TdSection *
make_section (const char *heading,
              char       *body,
              const char *kind,
              gint64      parent_index,
              int         position)
{
  TdSection *section = td_section_new ();

  td_section_set_heading (section, heading);
  td_section_set_body (section, body);
  td_section_set_kind (section, kind);
  td_section_set_parent_id (section, parent_index);
  td_section_set_position (section, position);
  g_free (body);
  return section;
}

/* The six sections of a plan; the task table is printed under II. */
static GPtrArray *
make_sections (Rng *rng)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (sections, make_section ("I. MỤC ĐÍCH, YÊU CẦU", g_strdup (""), "text", 0, 0));
  g_ptr_array_add (sections, make_section ("1. Mục đích", make_paragraphs (rng, 2, 4), "text",
                                           1, 0));
  g_ptr_array_add (sections, make_section ("2. Yêu cầu", make_paragraphs (rng, 1, 3), "text",
                                           1, 1));
  g_ptr_array_add (sections, make_section ("II. NỘI DUNG", g_strdup (""), "tasks", 0, 1));
  g_ptr_array_add (sections, make_section ("III. CÁC GIẢI PHÁP CHỦ YẾU",
                                           make_paragraphs (rng, 3, 8), "text", 0, 2));
  g_ptr_array_add (sections, make_section ("IV. TỔ CHỨC THỰC HIỆN",
                                           make_paragraphs (rng, 1, 2), "text", 0, 3));
  return sections;
}

typedef struct {
  GPtrArray *tasks;    /* TdTask */
  GPtrArray *strvs;    /* NULL-terminated arrays of static strings */
  GArray    *inputs;   /* TdStoreTaskInput */
} YearTasks;

static void
year_tasks_clear (YearTasks *tasks)
{
  g_clear_pointer (&tasks->tasks, g_ptr_array_unref);
  g_clear_pointer (&tasks->strvs, g_ptr_array_unref);
  g_clear_pointer (&tasks->inputs, g_array_unref);
}

static void
make_tasks (YearTasks *out,
            Rng       *rng,
            int        year,
            int        last_year,
            int        n_tasks)
{
  int per_quarter[5] = { 0 };

  out->tasks = g_ptr_array_new_with_free_func (g_object_unref);
  out->strvs = g_ptr_array_new_with_free_func (g_free);
  out->inputs = g_array_new (FALSE, TRUE, sizeof (TdStoreTaskInput));

  for (int i = 0; i < n_tasks; i++)
    {
      TdTask *task = td_task_new ();
      const char **names = g_new0 (const char *, 4);
      const char **kinds = g_new0 (const char *, 4);
      g_autofree char *content = make_content (rng, year);
      g_autoptr(GString) responsible = g_string_new (NULL);
      TdStoreTaskInput input = { task, names, kinds };
      guint roll = rng_below (rng, 100);
      /* More work is planned at the start of the year, and at its end for the summing up. */
      int quarter = roll < 30 ? 1 : roll < 55 ? 2 : roll < 75 ? 3 : 4;
      guint n_units = 1 + rng_below (rng, 3);
      guint n_linked = 0;

      for (guint j = 0; j < n_units; j++)
        {
          const Unit *unit = &units[rng_below (rng, G_N_ELEMENTS (units))];
          gboolean seen = FALSE;

          for (guint k = 0; k < n_linked; k++)
            seen = seen || names[k] == unit->name;
          if (seen)
            continue;
          names[n_linked] = unit->name;
          kinds[n_linked] = unit->kind;
          n_linked++;
          if (responsible->len > 0)
            g_string_append (responsible, ", ");
          g_string_append (responsible, unit->name);
        }
      if (rng_below (rng, 4) == 0)
        g_string_append_printf (responsible, ", %s", PICK (rng, extras));

      td_task_set_quarter (task, quarter);
      td_task_set_position (task, per_quarter[quarter]++);
      td_task_set_content (task, content);
      td_task_set_responsible (task, responsible->str);

      /* Most tasks name only their quarter (the store gives them its bounds); some have
       * dates of their own, a few are one-day milestones. */
      roll = rng_below (rng, 100);
      if (roll >= 60)
        {
          int length = quarter_length (year, quarter);
          int first = (int) rng_below (rng, (guint) length);
          int last = roll >= 90 ? first
                                : first + (int) rng_below (rng, (guint) (length - first));
          g_autofree char *start = quarter_day (year, quarter, first);
          g_autofree char *end = quarter_day (year, quarter, last);

          td_task_set_start_date (task, start);
          td_task_set_end_date (task, end);
          td_task_set_milestone (task, roll >= 90);
        }

      set_status (task, rng, year, last_year);

      g_ptr_array_add (out->tasks, task);
      g_ptr_array_add (out->strvs, names);
      g_ptr_array_add (out->strvs, kinds);
      g_array_append_val (out->inputs, input);
    }
}

double
td_bench_median (double *values,
                 guint   n)
{
  g_assert (n > 0);

  /* n is small: insertion sort. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && values[j - 1] > values[j]; j--)
      {
        double swap = values[j];
        values[j] = values[j - 1];
        values[j - 1] = swap;
      }
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void
td_bench_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          td_bench_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

gboolean
td_bench_make_years (const char  *path,
                     int          first_year,
                     int          n_years,
                     int          tasks_per_year,
                     GError     **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdOffice) office = td_office_new ();
  int last_year = first_year + n_years - 1;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (n_years >= 0 && tasks_per_year >= 0, FALSE);

  store = td_store_open (path, error);
  if (store == NULL)
    return FALSE;

  td_office_set_issuing_body (office, "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH");
  td_office_set_place (office, "Tùng Ảnh");
  td_office_set_code (office, "UBND");
  if (!td_store_save_office (store, office, error))
    return FALSE;

  for (int year = first_year; year <= last_year; year++)
    {
      /* Each year has its own seed: a year's plan does not depend on how many came before. */
      Rng rng = { G_GUINT64_CONSTANT (0x7D0A2022) * (guint64) year };
      g_autoptr(TdPlan) plan = make_plan (&rng, year);
      g_autoptr(GPtrArray) sections = make_sections (&rng);
      YearTasks tasks = { NULL, NULL, NULL };
      gboolean ok;

      make_tasks (&tasks, &rng, year, last_year, tasks_per_year);
      ok = td_store_add_plan (store, plan, sections,
                              (const TdStoreTaskInput *) (gpointer) tasks.inputs->data,
                              tasks.inputs->len, error);
      year_tasks_clear (&tasks);
      if (!ok)
        {
          g_prefix_error (error, "year %d: ", year);
          return FALSE;
        }
    }
  return TRUE;
}

/* People's names -------------------------------------------------------------------------- */

static const char * const family[] = {
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
  "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Mai", "Trịnh", "Đoàn",
};
static const char * const middle[] = {
  "Văn", "Thị", "Đức", "Hữu", "Minh", "Ngọc", "Quang", "Xuân", "Thanh", "Công",
};
static const char * const given[] = {
  "An", "Bình", "Cường", "Dũng", "Đông", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng",
  "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Phúc", "Phương",
  "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Thủy", "Trang", "Tuấn", "Tùng", "Việt", "Yến",
};

char *
td_bench_person_name (GRand *rand)
{
  return g_strdup_printf ("%s %s %s", family[g_rand_int_range (rand, 0, G_N_ELEMENTS (family))],
                          middle[g_rand_int_range (rand, 0, G_N_ELEMENTS (middle))],
                          given[g_rand_int_range (rand, 0, G_N_ELEMENTS (given))]);
}

/* Score sheets ------------------------------------------------------------------------------ */

/* The tree, through the store's import: @n_groups groups (1 …), each of @n_items_per_group
 * items of 0.5 to 1 points. */
static gint64
make_set (TdStore *store,
          int      year,
          int      n_groups,
          int      n_items_per_group)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (int));
  const char *kinds[] = { "village", NULL };
  gint64 set = td_store_add_criteria_set (store, year, "Tiêu chí chấm điểm thôn", kinds, &error);

  g_assert_no_error (error);
  for (int g = 0; g < n_groups; g++)
    {
      TdCriterion *group = td_criterion_new (0);
      g_autofree char *code = g_strdup_printf ("%d", g + 1);
      int group_index = (int) criteria->len;
      int top = -1;

      td_criterion_set_code (group, code);
      td_criterion_set_name (group, "Nhóm tiêu chí về phát triển kinh tế, văn hóa, xã hội");
      g_ptr_array_add (criteria, group);
      g_array_append_val (parents, top);
      for (int i = 0; i < n_items_per_group; i++)
        {
          TdCriterion *item = td_criterion_new (0);
          g_autofree char *item_code = g_strdup_printf ("%d.%d", g + 1, i + 1);

          td_criterion_set_code (item, item_code);
          td_criterion_set_name (item, "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa");
          td_criterion_set_max_points (item, i % 2 == 0 ? 50 : 100);
          g_ptr_array_add (criteria, item);
          g_array_append_val (parents, group_index);
        }
    }
  if (!td_store_import_criteria (store, set, criteria, parents, &error))
    g_error ("%s", error->message);
  return set;
}

/* Units and every score, with SQLite directly: what is measured is the reading. */
static void
fill (const char *path,
      gint64      set,
      int         n_units)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *scores = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO unit (id, name, kind) VALUES (?1, ?2, 'village')", -1,
                      &stmt, NULL);
  for (int u = 1; u <= n_units; u++)
    {
      g_autofree char *name = g_strdup_printf ("Thôn %03d", u);

      sqlite3_bind_int (stmt, 1, u);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  /* Self scores everywhere, verified on two cells of three, a note now and then. */
  scores = g_strdup_printf ("INSERT INTO score (criterion_id, unit_id, self_points, "
                            "  verified_points, note) "
                            "SELECT c.id, u.id, c.max_points - (u.id + c.id) %% 2 * 10, "
                            "  CASE WHEN (u.id + c.id) %% 3 = 0 THEN NULL "
                            "  ELSE c.max_points - (u.id * c.id) %% 3 * 10 END, "
                            "  CASE WHEN (u.id * c.id) %% 17 = 0 THEN 'Thiếu hồ sơ' ELSE '' END "
                            "FROM criterion c, unit u WHERE c.set_id = %" G_GINT64_FORMAT " "
                            "AND c.parent_id IS NOT NULL", set);
  if (sqlite3_exec (db, scores, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
}

gint64
td_bench_make_score_sheet (const char *path,
                           int         year,
                           int         n_units,
                           int         n_groups,
                           int         n_items_per_group)
{
  g_autoptr(GError) error = NULL;
  TdStore *store = td_store_open (path, &error);
  gint64 set;

  if (store == NULL)
    g_error ("%s", error->message);
  set = make_set (store, year, n_groups, n_items_per_group);
  g_object_unref (store);
  fill (path, set, n_units);
  return set;
}
