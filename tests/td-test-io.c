/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "test-io"

#include "config.h"

#include <gsf/gsf.h>
#include <string.h>

#include "td-test-io.h"

char *
td_test_io_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-io-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

void
td_test_io_write (const char *path,
                  const char *contents,
                  gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

void
td_test_io_zip (const char *path,
                ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         g_object_unref);
  GsfOutput *sink = gsf_output_stdio_new (path, &error);
  GsfOutfile *zip;
  const char *name;
  va_list args;

  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);
  va_start (args, path);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *text = va_arg (args, const char *);
      g_auto(GStrv) parts = g_strsplit (name, "/", 0);
      g_autoptr(GString) prefix = g_string_new (NULL);
      GsfOutfile *dir = zip;
      GsfOutput *member;

      /* "xl/worksheets/sheet1.xml": each folder made once, for all the parts in it. */
      for (guint i = 0; parts[i + 1] != NULL; i++)
        {
          GsfOutfile *sub;

          g_string_append_printf (prefix, "%s/", parts[i]);
          sub = g_hash_table_lookup (folders, prefix->str);
          if (sub == NULL)
            {
              sub = GSF_OUTFILE (gsf_outfile_new_child (dir, parts[i], TRUE));
              g_hash_table_insert (folders, g_strdup (prefix->str), sub);
            }
          dir = sub;
        }
      member = gsf_outfile_new_child (dir, parts[g_strv_length (parts) - 1], FALSE);
      g_assert_true (gsf_output_write (member, strlen (text), (const guint8 *) text));
      g_assert_true (gsf_output_close (member));
      g_object_unref (member);
    }
  va_end (args);
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_hash_table_remove_all (folders);
  g_object_unref (zip);
  g_object_unref (sink);
}

TdTable *
td_test_io_read (const char      *path,
                 TdTableEncoding  encoding)
{
  g_autoptr(GError) error = NULL;
  TdTable *table = td_table_read (path, encoding, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

char *
td_test_io_read_error (const char *path,
                       int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdTable) table = td_table_read (path, TD_TABLE_ENCODING_AUTO, NULL, &error);

  g_assert_null (table);
  g_assert_error (error, TD_TABLE_ERROR, code);
  return g_strdup (error->message);
}

void
td_test_io_check_row (const char    *file,
                      int            line,
                      const TdTable *table,
                      guint          index,
                      guint          number,
                      const char    *cells)
{
  const TdTableRow *row;
  g_autofree char *joined = NULL;

  if (index >= table->rows->len)
    g_assertion_message_cmpnum (G_LOG_DOMAIN, file, line, G_STRFUNC, "index", index, "<",
                                table->rows->len, 'i');
  row = g_ptr_array_index (table->rows, index);
  if (row->number != number)
    g_assertion_message_cmpnum (G_LOG_DOMAIN, file, line, G_STRFUNC, "row->number",
                                row->number, "==", number, 'i');
  joined = g_strjoinv ("|", row->cells);
  if (g_strcmp0 (joined, cells) != 0)
    g_assertion_message_cmpstr (G_LOG_DOMAIN, file, line, G_STRFUNC, "cells", joined, "==",
                                cells);
}

void
td_test_io_xlsx (const char *path,
                 const char *sheet_data,
                 const char *strings)
{
  g_autofree char *sheet = g_strconcat (
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheetData>", sheet_data, "</sheetData></worksheet>", NULL);
  g_autofree char *shared = g_strconcat (
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    strings != NULL ? strings : "", "</sst>", NULL);
  const char *types =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  const char *rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  /* The first sheet in the workbook's order is the second part: the order of the parts
   * is not the order of the sheets. */
  const char *workbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Danh sách\" sheetId=\"2\" r:id=\"rId2\"/>"
    "<sheet name=\"Khác\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  const char *workbook_rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/styles\" Target=\"styles.xml\"/></Relationships>";
  /* Style 1 is a date (built-in format 14), style 2 a custom date, style 3 a number. */
  const char *styles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"#,##0&quot;đ&quot;\"/></numFmts>"
    "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";
  const char *other =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>not this sheet</t></is></c>"
    "</row></sheetData></worksheet>";

  td_test_io_zip (path, "[Content_Types].xml", types, "_rels/.rels", rels,
                  "xl/workbook.xml", workbook, "xl/_rels/workbook.xml.rels", workbook_rels,
                  "xl/worksheets/sheet1.xml", other, "xl/worksheets/sheet2.xml", sheet,
                  "xl/sharedStrings.xml", shared, "xl/styles.xml", styles, NULL);
}

void
td_test_io_ods (const char *path,
                const char *rows)
{
  g_autofree char *content = g_strconcat (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content "
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
    "<office:body><office:spreadsheet>"
    "<table:table table:name=\"Hộ gia đình\">"
    "<table:table-column table:number-columns-repeated=\"1024\"/>",
    rows,
    "</table:table>"
    "<table:table table:name=\"Khác\"><table:table-row><table:table-cell "
    "office:value-type=\"string\"><text:p>not this table</text:p></table:table-cell>"
    "</table:table-row></table:table>"
    "</office:spreadsheet></office:body></office:document-content>", NULL);

  td_test_io_zip (path, "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                  "content.xml", content, NULL);
}
