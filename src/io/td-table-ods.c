/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The first table of an OpenDocument spreadsheet (content.xml), as LibreOffice writes it.
 * LibreOffice writes runs of equal cells and rows once with a count: the empty columns to
 * the sheet's right edge and the empty rows to its bottom (1,048,576 of them) are only
 * counted, never made; a repeated row with text is made again, within the table's bounds.
 */
#define G_LOG_DOMAIN "td-table"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "td-table-private.h"

/* Spaces one <text:s> may stand for. */
#define MAX_SPACES 1024

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

static gboolean
is_element (xmlTextReaderPtr  reader,
            int               type,
            const char       *name)
{
  return xmlTextReaderNodeType (reader) == type &&
         g_str_equal (td_table_xml_name (reader), name);
}

static guint
read_count (xmlTextReaderPtr  reader,
            const char       *attribute,
            guint             max)
{
  g_autofree char *text = td_table_xml_attribute (reader, attribute);
  guint64 n = 0;

  if (text == NULL || !g_ascii_isdigit (*text))
    return 1;
  for (const char *p = text; g_ascii_isdigit (*p); p++)
    if ((n = n * 10 + (*p - '0')) > max)
      return max;
  return n > 0 ? (guint) n : 1;
}

/* The paragraphs of a cell, joined by line breaks, with its spaces, tabs and breaks, and
 * without its comments (<office:annotation>). Leaves @reader on the cell's end. */
static char *
read_cell_text (xmlTextReaderPtr reader)
{
  GString *text = g_string_new (NULL);
  int depth = xmlTextReaderDepth (reader);
  guint paragraphs = 0;
  gboolean ok = TRUE;

  while (ok && xmlTextReaderRead (reader) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      const char *name = td_table_xml_name (reader);

      if (xmlTextReaderDepth (reader) <= depth)
        break;
      if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "annotation"))
        {
          /* Past the comment, to the node after it. */
          while ((ok = xmlTextReaderNext (reader) == 1) &&
                 xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
                 g_str_equal (td_table_xml_name (reader), "annotation"))
            ;
          if (!ok || xmlTextReaderDepth (reader) <= depth)
            break;
          type = xmlTextReaderNodeType (reader);
          name = td_table_xml_name (reader);
        }
      if (type == XML_READER_TYPE_ELEMENT && (g_str_equal (name, "p") || g_str_equal (name, "h")))
        {
          if (paragraphs++ > 0)
            g_string_append_c (text, '\n');
        }
      else if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "s"))
        {
          guint n = read_count (reader, "c", MAX_SPACES);

          for (guint i = 0; i < n; i++)
            g_string_append_c (text, ' ');
        }
      else if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "tab"))
        g_string_append_c (text, '\t');
      else if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "line-break"))
        g_string_append_c (text, '\n');
      else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
               type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }
  return g_string_free (text, FALSE);
}

/* What a cell shows: its number, date or truth from the attributes (as stored, not as
 * formatted: "1978", not "1.978"), anything else from its text. */
static char *
read_cell (xmlTextReaderPtr reader)
{
  g_autofree char *type = td_table_xml_attribute (reader, "value-type");
  char *text = NULL;

  if (type != NULL && (g_str_equal (type, "float") || g_str_equal (type, "percentage") ||
                       g_str_equal (type, "currency")))
    {
      g_autofree char *value = td_table_xml_attribute (reader, "value");

      text = value != NULL ? td_table_format_number (value) : NULL;
    }
  else if (type != NULL && g_str_equal (type, "date"))
    {
      g_autofree char *value = td_table_xml_attribute (reader, "date-value");
      int year = 0, month = 0, day = 0;

      if (value != NULL && sscanf (value, "%4d-%2d-%2d", &year, &month, &day) == 3)
        text = td_table_format_date (year, month, day);
    }
  else if (type != NULL && g_str_equal (type, "boolean"))
    {
      g_autofree char *value = td_table_xml_attribute (reader, "boolean-value");

      if (value != NULL)
        text = g_strdup (g_str_equal (value, "true") ? "TRUE" : "FALSE");
    }

  if (xmlTextReaderIsEmptyElement (reader))
    return text;
  if (text != NULL)
    {
      /* The shown text is not wanted, only read past. */
      g_free (read_cell_text (reader));
      return text;
    }
  return read_cell_text (reader);
}

typedef struct {
  GPtrArray *cells;    /* char *, NULL where empty */
  guint      column;   /* where the next cell goes */
} Row;

static void
put_cells (Row   *row,
           char  *text,
           guint  repeat)
{
  if (text == NULL || text[0] == '\0')
    {
      /* Empty cells are only counted, up to the edge of a sheet. */
      row->column = MIN ((guint64) row->column + repeat, TD_TABLE_MAX_COLUMNS);
      g_free (text);
      return;
    }
  repeat = MIN (repeat, TD_TABLE_MAX_COLUMNS - row->column);
  if (repeat == 0)
    {
      g_free (text);
      return;
    }
  g_ptr_array_set_size (row->cells, row->column + repeat);
  for (guint i = 0; i < repeat; i++)
    g_ptr_array_index (row->cells, row->column + i) = i + 1 < repeat ? g_strdup (text) : text;
  row->column += repeat;
}

gboolean
td_table_read_ods (GsfInfile       *zip,
                   TdTableBuilder  *builder,
                   char           **sheet,
                   GError         **error)
{
  g_autoptr(GsfInput) input = gsf_infile_child_by_name (zip, "content.xml");
  g_autoptr(xmlTextReader) reader = input != NULL ? td_table_xml_open (input) : NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  Row row = { .cells = cells };
  guint64 number = 1;     /* the next row's */
  guint row_repeat = 1;
  int tables = 0;         /* the depth of tables: cells may hold tables of their own */
  gboolean done = FALSE, in_row = FALSE;
  int status = 1;

  if (reader == NULL)
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  while (!done && (status = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      const char *name = td_table_xml_name (reader);

      if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "table"))
        {
          if (tables++ == 0 && *sheet == NULL)
            *sheet = td_table_xml_attribute (reader, "name");
          if (xmlTextReaderIsEmptyElement (reader) && --tables == 0)
            done = TRUE;
        }
      else if (is_element (reader, XML_READER_TYPE_END_ELEMENT, "table"))
        done = --tables == 0;
      else if (tables != 1)
        continue;
      else if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "table-row"))
        {
          row_repeat = read_count (reader, "number-rows-repeated", TD_TABLE_MAX_ROWS);
          row.column = 0;
          g_ptr_array_set_size (row.cells, 0);
          in_row = !xmlTextReaderIsEmptyElement (reader);
          if (!in_row)
            number += row_repeat;
        }
      else if (in_row && type == XML_READER_TYPE_ELEMENT &&
               (g_str_equal (name, "table-cell") || g_str_equal (name, "covered-table-cell")))
        {
          guint repeat = read_count (reader, "number-columns-repeated", TD_TABLE_MAX_COLUMNS);

          put_cells (&row, read_cell (reader), repeat);
        }
      else if (in_row && is_element (reader, XML_READER_TYPE_END_ELEMENT, "table-row"))
        {
          in_row = FALSE;
          /* A row with text, repeated: made again as often, within the sheet. */
          for (guint i = 0; i < row_repeat && row.cells->len > 0; i++)
            if (number + i > TD_TABLE_MAX_ROWS ||
                !td_table_builder_add_row (builder, (guint) (number + i),
                                           (char * const *) row.cells->pdata, row.cells->len,
                                           error))
              {
                if (error != NULL && *error == NULL)
                  td_table_set_error (error, TD_TABLE_ERROR_TOO_LARGE);
                return FALSE;
              }
          number += row_repeat;
        }
    }
  if (status < 0)
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  return TRUE;
}
