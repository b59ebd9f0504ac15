/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A commune's 20,000 households, as the office would have them: written as .xlsx and .csv
 * with td_table_write (the .xlsx timed), and as .ods with LibreOffice's repeated empty
 * cells; each read back with td_table_read (the median of a few runs). For comparison,
 * when LibreOffice is installed: soffice --headless --convert-to csv of the same .xlsx, a
 * whole process that opens the workbook.
 */
#include "config.h"

#include <gio/gio.h>
#include <gsf/gsf.h>
#include <string.h>

#include "td-bench-data.h"
#include "td-table.h"

#define HOUSEHOLDS 20000
#define RUNS 5

static const char *const headers[] = {
  "STT", "Họ tên chủ hộ", "Thôn", "Số khẩu", "Năm sinh", "Điện thoại", "Địa chỉ", "Ghi chú", NULL,
};
static const int widths[] = { 6, 28, 18, 8, 10, 14, 30, 20 };

static const char *const family[] = {
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
};
static const char *const middle[] = { "Văn", "Thị", "Đức", "Ngọc", "Quốc", "Thị Thu", "Hữu" };
static const char *const given[] = { "Tùng", "Ảnh", "Hưng", "Mai", "Hải", "Hằng", "Tuấn", "Trang",
                                     "Dũng", "Lan" };

static GPtrArray *
make_households (void)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < HOUSEHOLDS; i++)
    {
      char **cells = g_new0 (char *, 9);

      cells[0] = g_strdup_printf ("%u", i + 1);
      cells[1] = g_strdup_printf ("%s %s %s", family[i % G_N_ELEMENTS (family)],
                                  middle[(i / 8) % G_N_ELEMENTS (middle)],
                                  given[(i / 56) % G_N_ELEMENTS (given)]);
      cells[2] = g_strdup_printf ("Thôn Đông Hưng %u", i % 12 + 1);
      cells[3] = g_strdup_printf ("%u", i % 7 + 1);
      cells[4] = g_strdup_printf ("%u", 1940 + i % 60);
      cells[5] = g_strdup_printf ("09%08u", i * 7919 % 100000000);
      cells[6] = g_strdup_printf ("Số %u, xóm %u, xã Tùng Ảnh", i % 200 + 1, i % 9 + 1);
      cells[7] = g_strdup (i % 5 == 0 ? "Gia đình văn hóa 3 năm liền" : "");
      g_ptr_array_add (rows, cells);
    }
  return rows;
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* An .ods as LibreOffice writes one: numbers as office:value, the empty cells to the right
 * edge and the empty rows to the bottom repeated. */
static void
write_ods (const char *path,
           GPtrArray  *rows)
{
  g_autoptr(GString) xml = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
    "<office:spreadsheet><table:table table:name=\"Hộ gia đình\">");
  g_autoptr(GError) error = NULL;
  GsfOutput *sink;
  GsfOutfile *zip;
  GsfOutput *member;

  for (int r = -1; r < (int) rows->len; r++)
    {
      const char * const *cells = r < 0 ? headers : g_ptr_array_index (rows, r);

      g_string_append (xml, "<table:table-row>");
      for (guint c = 0; c < 8; c++)
        {
          gboolean number = r >= 0 && (c == 0 || c == 3 || c == 4);

          if (cells[c] == NULL || cells[c][0] == '\0')
            g_string_append (xml, "<table:table-cell/>");
          else if (number)
            g_string_append_printf (xml, "<table:table-cell office:value-type=\"float\" "
                                    "office:value=\"%s\"><text:p>%s</text:p>"
                                    "</table:table-cell>", cells[c], cells[c]);
          else
            {
              g_string_append (xml, "<table:table-cell office:value-type=\"string\"><text:p>");
              append_escaped (xml, cells[c]);
              g_string_append (xml, "</text:p></table:table-cell>");
            }
        }
      g_string_append (xml, "<table:table-cell table:number-columns-repeated=\"16376\"/>"
                            "</table:table-row>");
    }
  g_string_append_printf (xml, "<table:table-row table:number-rows-repeated=\"%u\">"
                          "<table:table-cell table:number-columns-repeated=\"16384\"/>"
                          "</table:table-row></table:table></office:spreadsheet></office:body>"
                          "</office:document-content>", 1048576 - HOUSEHOLDS - 1);

  sink = gsf_output_stdio_new (path, &error);
  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);
  member = gsf_outfile_new_child (zip, "mimetype", FALSE);
  gsf_output_puts (member, "application/vnd.oasis.opendocument.spreadsheet");
  gsf_output_close (member);
  g_object_unref (member);
  member = gsf_outfile_new_child (zip, "content.xml", FALSE);
  gsf_output_write (member, xml->len, (const guint8 *) xml->str);
  gsf_output_close (member);
  g_object_unref (member);
  gsf_output_close (GSF_OUTPUT (zip));
  g_object_unref (zip);
  g_object_unref (sink);
}

static void
bench_read (const char *name,
            const char *path)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TdTable) table = td_table_read (path, TD_TABLE_ENCODING_AUTO, NULL, &error);

      times[i] = td_bench_ms (start, g_get_monotonic_time ());
      g_assert_no_error (error);
      g_assert_cmpuint (table->rows->len, ==, HOUSEHOLDS + 1);
      g_assert_cmpstr (td_table_row_get (g_ptr_array_index (table->rows, 1), 1), ==,
                       "Nguyễn Văn Tùng");
    }
  g_print ("BENCH %s %.1f ms\n", name, td_bench_median (times, RUNS));
}

/* The same workbook opened by LibreOffice and saved as CSV, as a whole process. */
static void
bench_soffice (const char *dir,
               const char *xlsx)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_build_filename (dir, "profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *profile_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autofree char *out = g_build_filename (dir, "soffice", NULL);
  double times[3];

  if (soffice == NULL)
    {
      g_print ("# no soffice: LibreOffice's figure skipped\n");
      return;
    }
  /* One run first makes the profile, as a user's first start of LibreOffice does. */
  for (int i = -1; i < (int) G_N_ELEMENTS (times); i++)
    {
      const char *argv[] = { soffice, profile_arg, "--headless", "--convert-to", "csv",
                             "--outdir", out, xlsx, NULL };
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      int status = -1;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                         G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, NULL))
        {
          g_print ("# soffice failed: LibreOffice's figure skipped\n");
          return;
        }
      if (i >= 0)
        times[i] = td_bench_ms (start, g_get_monotonic_time ());
    }
  g_print ("BENCH soffice-xlsx-to-csv-20000 %.1f ms\n",
           td_bench_median (times, G_N_ELEMENTS (times)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("td-bench-read-XXXXXX", &error);
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *ods = NULL;
  g_autoptr(GPtrArray) rows = make_households ();
  double times[RUNS];

  g_assert_no_error (error);
  csv = g_build_filename (dir, "hộ.csv", NULL);
  xlsx = g_build_filename (dir, "hộ.xlsx", NULL);
  ods = g_build_filename (dir, "hộ.ods", NULL);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!td_table_write (xlsx, headers, widths, rows, &error))
        g_error ("bench-read: %s", error->message);
      times[i] = td_bench_ms (start, g_get_monotonic_time ());
    }
  g_print ("BENCH write-xlsx-20000 %.1f ms\n", td_bench_median (times, RUNS));
  if (!td_table_write (csv, headers, widths, rows, &error))
    g_error ("bench-read: %s", error->message);
  write_ods (ods, rows);

  bench_read ("read-csv-20000", csv);
  bench_read ("read-xlsx-20000", xlsx);
  bench_read ("read-ods-20000", ods);
  bench_soffice (dir, xlsx);

  td_bench_remove_tree (dir);
  return 0;
}
