/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * fuzz-xlsx: a libFuzzer target. An input that starts as a zip does ("PK") is read as the
 * file itself, to fuzz the zip; any other is cut at its NUL bytes into the parts of a
 * workbook (the sheet, the shared strings, the styles, the workbook), which are zipped
 * around it, so that the mutations reach the XML rather than die at the zip's checksums.
 * No crash, no hang, and a table of valid text or an error with a message.
 *
 * Built with -Dfuzzing=true and clang; build-aux/fuzz builds, seeds and runs it.
 */
#define G_LOG_DOMAIN "fuzz-xlsx"

#include "config.h"

#include <stdint.h>

#include "fuzz-io-common.h"
#include "fuzz-zip.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org"
  "/package/2006/content-types\"/>";
static const char workbook[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns:r=\"r\"><workbookPr/><sheets>"
  "<sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships>"
  "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"/xl/styles.xml\"/></Relationships>";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GBytes) zip = NULL;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    {
      fuzz_read_bytes (data, size, "list.xlsx", TD_TABLE_ENCODING_AUTO);
      return 0;
    }
  parts = fuzz_split (data, size, 4);
  zip = fuzz_zip ("[Content_Types].xml", types,
                  "xl/workbook.xml", parts[3][0] != '\0' ? parts[3] : workbook,
                  "xl/_rels/workbook.xml.rels", rels,
                  "xl/worksheets/sheet1.xml", parts[0],
                  "xl/sharedStrings.xml", parts[1],
                  "xl/styles.xml", parts[2], NULL);
  {
    gsize length;
    const guint8 *bytes = g_bytes_get_data (zip, &length);

    fuzz_read_bytes (bytes, length, "list.xlsx", TD_TABLE_ENCODING_AUTO);
  }
  return 0;
}
