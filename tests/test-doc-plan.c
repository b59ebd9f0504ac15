/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-doc-plan"

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>

#include "td-plan-doc.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-test-db.h"

/* The Tùng Ảnh 2022 plan printed to PDF and read back with poppler-utils (pdftotext,
 * pdfinfo, pdffonts, pdftoppm): the words of the real plan, in its order; A4; Times
 * (Liberation Serif) embedded; page numbers from page 2; pages that look as they did.
 * Set TD_UPDATE_REFERENCE=1 to rewrite the reference images in tests/doc/ from this
 * build, after looking at them. */

#define REFERENCE_TEXT "plan-2022-tung-anh.txt"
#define LONG_TASK_CHARS 10000

typedef struct {
  char       *dir;
  TdStore    *store;
  TdPlan     *plan;
  TdDocument *doc;
  char       *pdf;
} Fixture;

/* Helpers ----------------------------------------------------------------------------------- */


/* Runs a poppler-utils tool and returns what it printed; fails the test if it fails. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  int status = 0;

  if (program == NULL)
    g_error ("%s is missing: install poppler-utils (build-aux/debian-packages.txt)", argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

static char *
pdf_text (const char *pdf,
          int         page,
          gboolean    layout)
{
  g_autofree char *first = g_strdup_printf ("%d", page > 0 ? page : 1);
  g_autofree char *last = g_strdup_printf ("%d", page > 0 ? page : 9999);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", layout ? "-layout" : "-raw",
                         "-f", first, "-l", last, pdf, "-", NULL };

  return run_tool (argv);
}

/* Words of @text with the reference's markdown taken away: "**" bold markers (which also
 * join lines, "ẢNH****CỘNG"), tabs of the table, the "✓" the source file carries. */
static GPtrArray *
split_words (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("[\\s\\x{00A0}]+", 0, 0, NULL);
  g_autofree char *plain = NULL;
  g_auto(GStrv) parts = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *s = g_string_new (text);

  g_string_replace (s, "**", " ", 0);
  g_string_replace (s, "✓", " ", 0);
  plain = g_string_free (s, FALSE);
  parts = g_regex_split (space, plain, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  return words;
}

/* Where @needle's words stand one after another in @haystack, from @from on; -1 if not. */
static int
find_words (GPtrArray *haystack,
            guint      from,
            GPtrArray *needle)
{
  for (guint i = from; i + needle->len <= haystack->len; i++)
    {
      guint j = 0;

      while (j < needle->len &&
             g_str_equal (g_ptr_array_index (haystack, i + j), g_ptr_array_index (needle, j)))
        j++;
      if (j == needle->len)
        return (int) i;
    }
  return -1;
}

static char *
join_words (GPtrArray *words,
            guint      from,
            guint      n)
{
  GString *out = g_string_new (NULL);

  for (guint i = from; i < from + n && i < words->len; i++)
    g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "",
                            (char *) g_ptr_array_index (words, i));
  return g_string_free (out, FALSE);
}

static int
pdf_n_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  g_autoptr(GRegex) regex = g_regex_new ("^Pages:\\s+([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  n = g_match_info_fetch (match, 1);
  return atoi (n);
}

/* The first line of @text with something on it, trimmed. */
static char *
first_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && !g_str_equal (lines[i], "\f"))
        return g_strdup (lines[i]);
    }
  return g_strdup ("");
}

/* Fixture ----------------------------------------------------------------------------------- */

static void
export (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;

  g_clear_object (&fixture->doc);
  g_clear_pointer (&fixture->pdf, g_free);
  snapshot = td_plan_snapshot_load (fixture->store, fixture->plan, &error);
  g_assert_no_error (error);
  fixture->doc = td_plan_doc_new (snapshot, NULL);
  fixture->pdf = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_assert_true (td_document_export_pdf (fixture->doc, fixture->pdf, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  gboolean added = FALSE;

  fixture->dir = g_dir_make_tmp ("td-doc-plan-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "thidua.db", NULL);
  fixture->store = td_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);
  fixture->plan = td_store_get_plan (fixture->store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  export (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->doc);
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->store);
  td_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

/* A copy of the sample plan for @year, with @extra (if any) as the first task of
 * quarter 2; and its number and date left blank when @blank. */
static TdPlan *
copy_plan (Fixture    *fixture,
           int         year,
           const char *extra,
           gboolean    blank)
{
  static const char * const keys[] = {
    "parent-body", "issuing-body", "place", "number", "symbol", "issue-date", "kind", "title",
    "preamble", "closing", "signer-capacity", "signer-position", "signer-name", "recipients",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sections = td_store_list_sections (fixture->store,
                                                           td_plan_get_id (fixture->plan), NULL);
  g_autoptr(GListModel) tasks = td_store_list_tasks (fixture->store,
                                                     td_plan_get_id (fixture->plan), NULL);
  g_autoptr(GPtrArray) new_sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) new_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (TdStoreTaskInput));
  TdPlan *plan = td_plan_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (fixture->plan, keys[i], &value, NULL);
      g_object_set (plan, keys[i], value, NULL);
    }
  td_plan_set_year (plan, year);
  if (blank)
    {
      td_plan_set_number (plan, "");
      td_plan_set_issue_date (plan, "");
    }

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(TdSection) old = g_list_model_get_item (sections, i);
      TdSection *section = td_section_new ();

      /* The store wants the parent as its index + 1 in the list. */
      for (guint j = 0; j < i; j++)
        {
          g_autoptr(TdSection) other = g_list_model_get_item (sections, j);

          if (td_section_get_id (other) == td_section_get_parent_id (old))
            td_section_set_parent_id (section, j + 1);
        }
      td_section_set_position (section, td_section_get_position (old));
      td_section_set_heading (section, td_section_get_heading (old));
      td_section_set_body (section, td_section_get_body (old));
      td_section_set_kind (section, td_section_get_kind (old));
      g_ptr_array_add (new_sections, section);
    }

  for (guint i = 0; i < g_list_model_get_n_items (tasks) + (extra != NULL); i++)
    {
      TdTask *task = td_task_new ();
      TdStoreTaskInput input = { task, NULL, NULL };

      if (i < g_list_model_get_n_items (tasks))
        {
          g_autoptr(TdTask) old = g_list_model_get_item (tasks, i);

          td_task_set_quarter (task, td_task_get_quarter (old));
          td_task_set_position (task, td_task_get_position (old) + 1);
          td_task_set_content (task, td_task_get_content (old));
          td_task_set_responsible (task, td_task_get_responsible (old));
        }
      else
        {
          td_task_set_quarter (task, 2);
          td_task_set_position (task, 0);
          td_task_set_content (task, extra);
          td_task_set_responsible (task, "VP nội vụ");
        }
      g_ptr_array_add (new_tasks, task);
      g_array_append_val (inputs, input);
    }

  g_assert_true (td_store_add_plan (fixture->store, plan, new_sections,
                                    (const TdStoreTaskInput *) (gpointer) inputs->data,
                                    inputs->len, &error));
  g_assert_no_error (error);
  return plan;
}

static void
replace_plan (Fixture *fixture,
              TdPlan  *plan)
{
  g_object_unref (fixture->plan);
  fixture->plan = plan;
  export (fixture);
}

/* Tests ------------------------------------------------------------------------------------- */

/* Every paragraph of the real plan is in the PDF, word for word, in the plan's order. */
static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "doc", REFERENCE_TEXT, NULL);
  g_autofree char *reference = NULL;
  g_autofree char *text = pdf_text (fixture->pdf, 0, FALSE);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) paragraphs = NULL;
  guint at = 0, checked = 0;

  /* The words of the pages in a row, without the page numbers that open pages 2 on: a
   * paragraph goes on over them. */
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autoptr(GPtrArray) page = split_words (pages[p]);

      for (guint i = 0; i < page->len; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u", p + 1);

          if (i == 0 && p > 0)
            {
              g_assert_cmpstr (g_ptr_array_index (page, 0), ==, number);
              continue;
            }
          g_ptr_array_add (words, g_strdup (g_ptr_array_index (page, i)));
        }
    }

  g_assert_true (g_file_get_contents (path, &reference, NULL, &error));
  g_assert_no_error (error);

  paragraphs = g_strsplit (reference, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) needle = split_words (paragraphs[i]);
      int found;

      if (needle->len == 0)
        continue;
      found = find_words (words, at, needle);
      if (found < 0)
        {
          g_autofree char *here = join_words (words, at, 40);

          g_error ("Line %u of the reference is not next in the PDF:\n  %s\nThe PDF goes on:\n"
                   "  %s", i + 1, paragraphs[i], here);
        }
      at = (guint) found + needle->len;
      checked++;
    }
  g_assert_cmpuint (checked, >, 50);

  /* The reference's ✓ is an artefact of its source, not part of the plan. */
  g_assert_null (strstr (text, "✓"));
  /* Nothing after the signer's name. */
  g_assert_cmpuint (at, ==, words->len);
}

static void
test_info (Fixture       *fixture,
           gconstpointer  data)
{
  const char *argv[] = { "pdfinfo", fixture->pdf, NULL };
  g_autofree char *info = run_tool (argv);

  g_assert_true (g_regex_match_simple ("^Page size:\\s+595\\.28?6? x 841\\.89 pts \\(A4\\)$", info,
                                       G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Title:\\s+Kế hoạch số 49/KH-UBND: Công tác thi đua, "
                                       "khen thưởng năm 2022$", info, G_REGEX_MULTILINE, 0));
  /* The sample fills three pages; a change here is a change of layout, to look at. */
  g_assert_cmpint (pdf_n_pages (fixture->pdf), ==, 3);
  g_assert_cmpint (td_document_get_n_pages (fixture->doc), ==, 3);
}

/* Times New Roman or its metric twin, embedded, upright, bold, italic and bold italic. */
static void
test_fonts (Fixture       *fixture,
            gconstpointer  data)
{
  static const char * const styles[] = { "", "-Bold", "-Italic", "-BoldItalic" };
  const char *argv[] = { "pdffonts", fixture->pdf, NULL };
  g_autofree char *fonts = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      g_autofree char *pattern = g_strdup_printf ("^[A-Z]{6}\\+(LiberationSerif|TimesNewRoman"
                                                  "(PSMT|PS)?)%s(MT)?\\s.*\\syes\\s+yes\\s+yes\\s",
                                                  styles[s]);
      gboolean found = FALSE;

      for (guint i = 0; lines[i] != NULL; i++)
        found = found || g_regex_match_simple (pattern, lines[i], 0, 0);
      if (!found)
        g_error ("No embedded Times%s font in:\n%s", styles[s], fonts);
    }
  /* Nothing else: no fallback font crept in for a letter Times lacks. */
  for (guint i = 2; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_assert_true (strstr (lines[i], "LiberationSerif") != NULL ||
                     strstr (lines[i], "TimesNewRoman") != NULL);
}

/* Decree 30: no number on page 1; from page 2 the number, alone, first on the page. */
static void
test_page_numbers (Fixture       *fixture,
                   gconstpointer  data)
{
  int n_pages = pdf_n_pages (fixture->pdf);

  g_assert_cmpint (n_pages, >=, 2);
  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (fixture->pdf, page, TRUE);
      g_autofree char *line = first_line (text);
      g_autofree char *number = g_strdup_printf ("%d", page);

      if (page == 1)
        {
          g_assert_false (g_regex_match_simple ("^[0-9]+$", line, 0, 0));
          g_assert_true (g_str_has_prefix (line, "ỦY BAN NHÂN DÂN"));
        }
      else
        g_assert_cmpstr (line, ==, number);
    }
}

/* Values 0–255 of a PNG's pixels, read with cairo (gray PNGs come back as RGB). */
static guchar *
read_png (const char *path,
          int        *width,
          int        *height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  guchar *values;
  int stride;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("Cannot read %s: %s", path, cairo_status_to_string (cairo_surface_status (surface)));
  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  values = g_malloc ((gsize) *width * (gsize) *height);
  for (int y = 0; y < *height; y++)
    for (int x = 0; x < *width; x++)
      {
        const guchar *row = cairo_image_surface_get_data (surface) + y * stride;

        switch (cairo_image_surface_get_format (surface))
          {
          case CAIRO_FORMAT_A8:
            values[y * *width + x] = row[x];
            break;
          case CAIRO_FORMAT_RGB24:
          case CAIRO_FORMAT_ARGB32:
            values[y * *width + x] = (((const guint32 *) (gconstpointer) row)[x] >> 8) & 0xff;
            break;
          default:
            g_error ("%s: unexpected pixel format", path);
          }
      }
  cairo_surface_destroy (surface);
  return values;
}

/* Pages 1 and 2 at 40 dpi in gray against the images in tests/doc/: a layout change moves
 * ink, and shows here. */
static void
test_images (Fixture       *fixture,
             gconstpointer  data)
{
  gboolean update = g_strcmp0 (g_getenv ("TD_UPDATE_REFERENCE"), "1") == 0;

  for (int page = 1; page <= 2; page++)
    {
      g_autofree char *number = g_strdup_printf ("%d", page);
      g_autofree char *prefix = g_build_filename (fixture->dir, "page", NULL);
      g_autofree char *actual = g_strconcat (prefix, ".png", NULL);
      g_autofree char *name = g_strdup_printf ("plan-sample-p%d.png", page);
      g_autofree char *expected = g_test_build_filename (G_TEST_DIST, "doc", name, NULL);
      const char *argv[] = { "pdftoppm", "-r", "40", "-gray", "-png", "-singlefile",
                             "-f", number, "-l", number, fixture->pdf, prefix, NULL };
      g_autofree char *out = run_tool (argv);
      g_autofree guchar *a = NULL;
      g_autofree guchar *b = NULL;
      int aw, ah, bw, bh;
      guint64 total = 0;
      guint far = 0;
      double mean;

      if (update)
        {
          g_autofree char *contents = NULL;
          g_autofree char *target = g_build_filename (g_getenv ("TD_SOURCE_DIR"), "tests", "doc",
                                                      name, NULL);
          gsize length;

          g_assert_nonnull (g_getenv ("TD_SOURCE_DIR"));
          g_assert_true (g_file_get_contents (actual, &contents, &length, NULL));
          g_assert_true (g_file_set_contents (target, contents, (gssize) length, NULL));
          g_test_message ("Rewrote %s", target);
          g_free (expected);
          expected = g_steal_pointer (&target);
        }
      else if (!g_file_test (expected, G_FILE_TEST_EXISTS))
        g_error ("%s is missing: run the test with TD_UPDATE_REFERENCE=1", expected);

      a = read_png (actual, &aw, &ah);
      b = read_png (expected, &bw, &bh);
      g_assert_cmpint (aw, ==, bw);
      g_assert_cmpint (ah, ==, bh);
      for (int i = 0; i < aw * ah; i++)
        {
          int d = ABS ((int) a[i] - (int) b[i]);

          total += (guint64) d;
          far += d > 64;
        }
      mean = (double) total / (aw * ah);
      g_test_message ("page %d: mean difference %.3f, %u of %d pixels far off", page, mean, far,
                      aw * ah);
      if (mean >= 2.0 || far >= (guint) (aw * ah / 100))
        {
          /* Keep what was drawn, to look at beside the reference. */
          g_autofree char *keep = g_test_build_filename (G_TEST_BUILT, name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (g_file_get_contents (actual, &contents, &length, NULL))
            g_file_set_contents (keep, contents, (gssize) length, NULL);
          g_error ("Page %d differs from %s (mean %.2f, %u pixels far off); this build's page "
                   "is %s", page, expected, mean, far, keep);
        }
    }
}

/* The text of numbered words ("12thi 13đua …") of @length characters at least. */
static char *
make_long_text (gsize length)
{
  static const char * const words[] = {
    "thi", "đua", "khen", "thưởng", "nhiệm", "vụ", "chủ", "yếu", "xây", "dựng", "nông", "thôn",
    "mới", "kiểu", "mẫu", "đẩy", "mạnh", "phong", "trào", "toàn", "dân", "đoàn", "kết",
  };
  GString *text = g_string_new (NULL);

  for (guint n = 0; g_utf8_strlen (text->str, -1) < (glong) length; n++)
    g_string_append_printf (text, "%s%s%u", n > 0 ? " " : "", words[n % G_N_ELEMENTS (words)],
                            n);
  return g_string_free (text, FALSE);
}

/* A 10,000-character task prints whole, over the pages it needs, each under the table's
 * header row. */
static void
test_long_task (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *content = make_long_text (LONG_TASK_CHARS);
  g_autoptr(GPtrArray) expected = split_words (content);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) numbered = g_regex_new ("^\\p{L}+[0-9]+$", 0, 0, NULL);
  int sample_pages = pdf_n_pages (fixture->pdf);
  int n_pages, spanned = 0;

  replace_plan (fixture, copy_plan (fixture, 2023, content, FALSE));
  n_pages = pdf_n_pages (fixture->pdf);
  g_assert_cmpint (n_pages, >, sample_pages + 2);
  g_assert_cmpint (n_pages, ==, td_document_get_n_pages (fixture->doc));

  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (fixture->pdf, page, FALSE);
      g_autoptr(GPtrArray) words = split_words (text);
      gboolean in_table = FALSE;

      for (guint i = 0; i < words->len; i++)
        if (g_regex_match (numbered, g_ptr_array_index (words, i), 0, NULL))
          {
            g_ptr_array_add (found, g_strdup (g_ptr_array_index (words, i)));
            in_table = TRUE;
          }
      if (in_table)
        {
          spanned++;
          if (strstr (text, "Nội dung nhiệm vụ chủ yếu") == NULL)
            g_error ("Page %d has part of the long task but no header row", page);
        }
    }
  g_assert_cmpint (spanned, >=, 3);

  /* Every word once, in order: nothing lost at a page break, nothing printed twice. */
  g_assert_cmpuint (found->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (g_ptr_array_index (found, i), ==, g_ptr_array_index (expected, i));
}

/* A plan printed before it is numbered and signed leaves both blank to be written in. */
static void
test_blank_number_date (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *pdf = NULL;

  replace_plan (fixture, copy_plan (fixture, 2023, NULL, TRUE));

  text = td_document_dup_page_text (fixture->doc, 0);
  g_assert_nonnull (strstr (text, "\nSố:     /KH-UBND\n"));
  g_assert_nonnull (strstr (text, "\nTùng Ảnh, ngày     tháng     năm 2023\n"));

  pdf = pdf_text (fixture->pdf, 1, FALSE);
  g_assert_true (g_regex_match_simple ("Số: +/KH-UBND", pdf, 0, 0));
  g_assert_true (g_regex_match_simple ("Tùng Ảnh, ngày +tháng +năm 2023", pdf, 0, 0));
}

static char *
document_text (TdDocument *doc)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (int page = 0; page < td_document_get_n_pages (doc); page++)
    {
      g_autofree char *text = td_document_dup_page_text (doc, page);
      g_string_append (all, text);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

/* A task just added and still empty is not printed as an empty numbered row: the plan reads
 * as it did, numbered 1, 2, 3… with no gap; once it has content it is printed. */
static void
test_empty_task (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTask) task = td_task_new ();
  g_autofree char *before = document_text (fixture->doc);
  g_autofree char *with_empty = NULL;
  g_autofree char *with_content = NULL;

  td_task_set_quarter (task, 1);
  g_assert_true (td_store_add_task (fixture->store, td_plan_get_id (fixture->plan), task, NULL,
                                    &error));
  g_assert_no_error (error);
  export (fixture);
  with_empty = document_text (fixture->doc);
  g_assert_cmpstr (with_empty, ==, before);

  td_task_set_content (task, "Phát động thi đua đầu năm");
  g_assert_true (td_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);
  export (fixture);
  with_content = document_text (fixture->doc);
  g_assert_cmpstr (with_content, !=, before);
  /* Added at the end of QUÝ I, after its four tasks. */
  g_assert_nonnull (strstr (with_content, "\n5\nPhát động thi đua đầu năm\n"));
}

/* The document's own page text says what the PDF says. */
static void
test_page_text (Fixture       *fixture,
                gconstpointer  data)
{
  for (int page = 0; page < td_document_get_n_pages (fixture->doc); page++)
    {
      g_autofree char *own = td_document_dup_page_text (fixture->doc, page);
      g_autofree char *pdf = pdf_text (fixture->pdf, page + 1, FALSE);
      g_autoptr(GPtrArray) a = split_words (own);
      g_autoptr(GPtrArray) b = split_words (pdf);

      g_assert_cmpuint (a->len, ==, b->len);
      g_assert_cmpint (find_words (b, 0, a), ==, 0);
    }
}

/* A failed export says where and why, and leaves nothing behind; a good one replaces the
 * old file and leaves no temporary file. */
static void
test_export_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "plan.pdf", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_false (td_document_export_pdf (fixture->doc, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (fixture->pdf, "old", -1, NULL));
  g_assert_true (td_document_export_pdf (fixture->doc, fixture->pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_n_pages (fixture->pdf), ==, 3);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "plan.pdf"))
      {
        g_assert_cmpstr (name, ==, "plan.pdf");
        n_files++;
      }
  g_assert_cmpuint (n_files, ==, 1);
}

/* From a snapshot of data in no file: the QUÝ rows all four, each task under its own, the
 * plan as it was when the snapshot was taken; a plan with no year is refused in words. */
static void
test_snapshot (void)
{
  g_autoptr(TdPlan) plan = td_plan_new ();
  g_autoptr(GListStore) tasks = g_list_store_new (TD_TYPE_TASK);
  g_autoptr(TdPlanSnapshot) snapshot = NULL;
  g_autoptr(TdPlanSnapshot) no_year = NULL;
  g_autoptr(TdDocument) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *q1, *q2, *q3, *q4, *t1, *t3;

  td_plan_set_year (plan, 2031);
  td_plan_set_title (plan, "Công tác thi đua năm 2031");
  for (int q = 1; q <= 3; q += 2)
    {
      g_autoptr(TdTask) task = td_task_new ();
      g_autofree char *content = g_strdup_printf ("Việc của quý %d", q);

      td_task_set_quarter (task, q);
      td_task_set_number (task, q);
      td_task_set_content (task, content);
      g_list_store_append (tasks, task);
    }
  snapshot = td_plan_snapshot_new (plan, NULL, G_LIST_MODEL (tasks));
  td_plan_set_title (plan, "Đổi sau khi chụp");
  doc = td_plan_doc_new (snapshot, &error);
  g_assert_no_error (error);
  for (int p = 0; p < td_document_get_n_pages (doc); p++)
    {
      g_autofree char *page = td_document_dup_page_text (doc, p);

      g_string_append (text, page);
    }
  g_assert_nonnull (strstr (text->str, "Công tác thi đua năm 2031"));
  g_assert_null (strstr (text->str, "Đổi sau khi chụp"));
  q1 = strstr (text->str, "QUÝ I\n");
  q2 = strstr (text->str, "QUÝ II\n");
  q3 = strstr (text->str, "QUÝ III\n");
  q4 = strstr (text->str, "QUÝ IV\n");
  t1 = strstr (text->str, "Việc của quý 1");
  t3 = strstr (text->str, "Việc của quý 3");
  g_assert_true (q1 != NULL && t1 != NULL && q2 != NULL && q3 != NULL && t3 != NULL &&
                 q4 != NULL);
  g_assert_true (q1 < t1 && t1 < q2 && q2 < q3 && q3 < t3 && t3 < q4);

  td_plan_set_year (plan, 0);
  no_year = td_plan_snapshot_new (plan, NULL, NULL);
  g_assert_null (td_plan_doc_new (no_year, &error));
  g_assert_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/doc/plan/text", test_text);
  ADD ("/doc/plan/info", test_info);
  ADD ("/doc/plan/fonts", test_fonts);
  ADD ("/doc/plan/page-numbers", test_page_numbers);
  ADD ("/doc/plan/images", test_images);
  ADD ("/doc/plan/long-task", test_long_task);
  ADD ("/doc/plan/blank-number-date", test_blank_number_date);
  ADD ("/doc/plan/page-text", test_page_text);
  ADD ("/doc/plan/empty-task", test_empty_task);
  ADD ("/doc/plan/export-errors", test_export_errors);

#undef ADD

  g_test_add_func ("/doc/plan/snapshot", test_snapshot);

  return g_test_run ();
}
