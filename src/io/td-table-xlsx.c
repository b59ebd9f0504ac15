/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The first sheet of an Office Open XML workbook (ECMA-376), as Excel, LibreOffice and
 * libxlsxwriter write it: the workbook names its sheets in order, its relationships say
 * which part holds each, the shared strings hold the text most cells point to, the styles
 * say which numbers are dates. Every part is read as a stream.
 */
#define G_LOG_DOMAIN "td-table"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "td-table-private.h"

typedef struct {
  char       *workbook_dir;  /* "xl/" */
  char       *sheet_path;
  char       *strings_path;
  char       *styles_path;
  gboolean    date1904;
  GPtrArray  *strings;       /* the shared strings */
  GArray     *date_styles;   /* gboolean per cell style: its numbers are dates */
} Book;

static void
book_clear (Book *book)
{
  g_free (book->workbook_dir);
  g_free (book->sheet_path);
  g_free (book->strings_path);
  g_free (book->styles_path);
  g_clear_pointer (&book->strings, g_ptr_array_unref);
  g_clear_pointer (&book->date_styles, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Book, book_clear)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

static gboolean
is_start (xmlTextReaderPtr  reader,
          const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_str_equal (td_table_xml_name (reader), name);
}

static gboolean
is_end (xmlTextReaderPtr  reader,
        const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_str_equal (td_table_xml_name (reader), name);
}

static gboolean
is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

static xmlTextReaderPtr
open_part (GsfInfile  *zip,
           const char *path)
{
  g_autoptr(GsfInput) input = path != NULL ? td_table_zip_child (zip, path) : NULL;

  return input != NULL ? td_table_xml_open (input) : NULL;
}

/* A target of the relationships of @dir's part: relative to @dir, or from the root. */
static char *
resolve (const char *dir,
         const char *target)
{
  if (target[0] == '/')
    return g_strdup (target + 1);
  return g_strconcat (dir, target, NULL);
}

/* _rels/.rels names the workbook; "xl/workbook.xml" when it does not. */
static char *
find_workbook (GsfInfile *zip)
{
  g_autoptr(xmlTextReader) reader = open_part (zip, "_rels/.rels");

  while (reader != NULL && xmlTextReaderRead (reader) == 1)
    if (is_start (reader, "Relationship"))
      {
        xmlChar *type = (xmlChar *) td_table_xml_attribute (reader, "Type");
        xmlChar *target = (xmlChar *) td_table_xml_attribute (reader, "Target");
        char *found = NULL;

        if (type != NULL && target != NULL &&
            g_str_has_suffix ((const char *) type, "/officeDocument"))
          found = resolve ("", (const char *) target);
        xmlFree (type);
        xmlFree (target);
        if (found != NULL)
          return found;
      }
  return g_strdup ("xl/workbook.xml");
}

/* The workbook: the relationship id of its first sheet that is not hidden (the first of
 * all when every one is), and whether its dates count from 1904. */
static char *
read_workbook (GsfInfile  *zip,
               const char *path,
               Book       *book,
               char      **sheet_name)
{
  g_autoptr(xmlTextReader) reader = open_part (zip, path);
  char *first_id = NULL;
  char *first_name = NULL;

  while (reader != NULL && xmlTextReaderRead (reader) == 1)
    {
      if (is_start (reader, "workbookPr"))
        {
          xmlChar *date1904 = (xmlChar *) td_table_xml_attribute (reader, "date1904");

          book->date1904 = date1904 != NULL && (g_str_equal ((char *) date1904, "1") ||
                                                g_str_equal ((char *) date1904, "true"));
          xmlFree (date1904);
        }
      else if (is_start (reader, "sheet"))
        {
          xmlChar *id = (xmlChar *) td_table_xml_attribute (reader, "id");
          xmlChar *name = (xmlChar *) td_table_xml_attribute (reader, "name");
          xmlChar *state = (xmlChar *) td_table_xml_attribute (reader, "state");
          gboolean hidden = state != NULL && !g_str_equal ((char *) state, "visible");

          if (id != NULL && (first_id == NULL || !hidden))
            {
              g_free (first_id);
              g_free (first_name);
              first_id = g_strdup ((char *) id);
              first_name = g_strdup (name != NULL ? (char *) name : "");
            }
          xmlFree (id);
          xmlFree (name);
          xmlFree (state);
          if (first_id != NULL && !hidden)
            break;
        }
    }
  *sheet_name = first_name;
  return first_id;
}

static void
read_workbook_rels (GsfInfile  *zip,
                    const char *workbook,
                    Book       *book,
                    const char *sheet_id)
{
  g_autofree char *base = g_path_get_basename (workbook);
  g_autofree char *rels = NULL;
  g_autoptr(xmlTextReader) reader = NULL;

  /* xl/workbook.xml's relationships are xl/_rels/workbook.xml.rels. */
  rels = g_strconcat (book->workbook_dir, "_rels/", base, ".rels", NULL);
  reader = open_part (zip, rels);
  while (reader != NULL && xmlTextReaderRead (reader) == 1)
    if (is_start (reader, "Relationship"))
      {
        xmlChar *id = (xmlChar *) td_table_xml_attribute (reader, "Id");
        xmlChar *type = (xmlChar *) td_table_xml_attribute (reader, "Type");
        xmlChar *target = (xmlChar *) td_table_xml_attribute (reader, "Target");

        if (target != NULL && id != NULL && sheet_id != NULL &&
            g_str_equal ((char *) id, sheet_id) && book->sheet_path == NULL)
          book->sheet_path = resolve (book->workbook_dir, (char *) target);
        else if (target != NULL && type != NULL &&
                 g_str_has_suffix ((char *) type, "/sharedStrings") &&
                 book->strings_path == NULL)
          book->strings_path = resolve (book->workbook_dir, (char *) target);
        else if (target != NULL && type != NULL && g_str_has_suffix ((char *) type, "/styles") &&
                 book->styles_path == NULL)
          book->styles_path = resolve (book->workbook_dir, (char *) target);
        xmlFree (id);
        xmlFree (type);
        xmlFree (target);
      }
  if (book->sheet_path == NULL)
    book->sheet_path = g_strconcat (book->workbook_dir, "worksheets/sheet1.xml", NULL);
  if (book->strings_path == NULL)
    book->strings_path = g_strconcat (book->workbook_dir, "sharedStrings.xml", NULL);
  if (book->styles_path == NULL)
    book->styles_path = g_strconcat (book->workbook_dir, "styles.xml", NULL);
}

/* Excel writes characters XML cannot hold, and the carriage returns of cells typed with
 * Alt+Enter, as _xHHHH_ (and a real "_x" as _x005F_x). */
static char *
unescape (GString *text)
{
  GString *out;

  if (strstr (text->str, "_x") == NULL)
    return g_string_free (text, FALSE);
  out = g_string_sized_new (text->len);
  for (const char *p = text->str; *p != '\0';)
    {
      if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
          g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        {
          gunichar c = (g_ascii_xdigit_value (p[2]) << 12) | (g_ascii_xdigit_value (p[3]) << 8) |
                       (g_ascii_xdigit_value (p[4]) << 4) | g_ascii_xdigit_value (p[5]);

          /* A carriage return before a line break is the line break alone. */
          if (c != '\r' && c != 0 && g_unichar_validate (c))
            g_string_append_unichar (out, c);
          p += 7;
        }
      else
        g_string_append_c (out, *p++);
    }
  g_string_free (text, TRUE);
  return g_string_free (out, FALSE);
}

/* The text of a string item (<si>, <is>): its <t>, or the <t> of its runs joined, without
 * the phonetic guides (<rPh>) East Asian text carries. Leaves @reader on @element's end. */
static char *
read_string_item (xmlTextReaderPtr  reader,
                  const char       *element)
{
  GString *text = g_string_new (NULL);
  int depth = xmlTextReaderDepth (reader);
  gboolean in_t = FALSE;
  int skip_depth = -1;

  if (xmlTextReaderIsEmptyElement (reader))
    return g_string_free (text, FALSE);
  while (xmlTextReaderRead (reader) == 1)
    {
      if (xmlTextReaderDepth (reader) <= depth && is_end (reader, element))
        break;
      if (skip_depth >= 0)
        {
          if (xmlTextReaderDepth (reader) == skip_depth &&
              xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT)
            skip_depth = -1;
          continue;
        }
      if (is_start (reader, "rPh") && !xmlTextReaderIsEmptyElement (reader))
        skip_depth = xmlTextReaderDepth (reader);
      else if (is_start (reader, "t"))
        in_t = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "t"))
        in_t = FALSE;
      else if (in_t && is_text (reader))
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }
  return unescape (text);
}

static gboolean
read_strings (GsfInfile       *zip,
              Book            *book,
              TdTableBuilder  *builder,
              GError         **error)
{
  g_autoptr(xmlTextReader) reader = open_part (zip, book->strings_path);
  int status = 1;

  book->strings = g_ptr_array_new_with_free_func (g_free);
  if (reader == NULL)
    return TRUE;   /* a workbook of numbers alone has none */
  while ((status = xmlTextReaderRead (reader)) == 1)
    if (is_start (reader, "si"))
      {
        g_ptr_array_add (book->strings, read_string_item (reader, "si"));
        if (book->strings->len % 4096 == 0 &&
            g_cancellable_set_error_if_cancelled (builder->cancellable, error))
          return FALSE;
        if (book->strings->len > TD_TABLE_MAX_CELLS)
          {
            td_table_set_error (error, TD_TABLE_ERROR_TOO_LARGE);
            return FALSE;
          }
      }
  if (status < 0)
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  return TRUE;
}

/* Whether a number format shows a date: a day or a year in it, outside quoted text,
 * [brackets] and escaped characters ("m" alone may be minutes). */
static gboolean
is_date_format (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;

  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '[')
        bracket = TRUE;
      else if (*p == ']')
        bracket = FALSE;
      else if (bracket)
        continue;
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (strchr ("dDyY", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_date_format_id (guint id)
{
  /* Excel's built-in formats that are dates: 14–22, and those of East Asian locales. */
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

static void
read_styles (GsfInfile *zip,
             Book      *book)
{
  g_autoptr(xmlTextReader) reader = open_part (zip, book->styles_path);
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  gboolean in_xfs = FALSE;

  book->date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
  while (reader != NULL && xmlTextReaderRead (reader) == 1)
    {
      if (is_start (reader, "numFmt"))
        {
          xmlChar *id = (xmlChar *) td_table_xml_attribute (reader, "numFmtId");
          xmlChar *code = (xmlChar *) td_table_xml_attribute (reader, "formatCode");

          if (id != NULL && code != NULL && is_date_format ((char *) code))
            g_hash_table_add (custom, GUINT_TO_POINTER (strtoul ((char *) id, NULL, 10)));
          xmlFree (id);
          xmlFree (code);
        }
      else if (is_start (reader, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_start (reader, "xf") && book->date_styles->len < 65536)
        {
          xmlChar *id = (xmlChar *) td_table_xml_attribute (reader, "numFmtId");
          guint n = id != NULL ? (guint) strtoul ((char *) id, NULL, 10) : 0;
          gboolean date = is_date_format_id (n) ||
                          g_hash_table_contains (custom, GUINT_TO_POINTER (n));

          g_array_append_val (book->date_styles, date);
          xmlFree (id);
        }
    }
}

/* "C5" → column 2 (from 0) and row 5; FALSE when @ref is not a cell. */
static gboolean
parse_ref (const char *ref,
           guint      *column,
           guint      *row)
{
  guint64 c = 0, r = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++)
    {
      c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (c > TD_TABLE_MAX_COLUMNS)
        return FALSE;
    }
  if (p == ref)
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    if ((r = r * 10 + (*p - '0')) > TD_TABLE_MAX_ROWS)
      return FALSE;
  *column = (guint) c - 1;
  *row = (guint) r;
  return *p == '\0';
}

static gboolean
parse_uint (const char *text,
            guint64     max,
            guint      *value)
{
  guint64 n = 0;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) || (n = n * 10 + (*p - '0')) > max)
      return FALSE;
  *value = (guint) n;
  return TRUE;
}

/* A date's serial number as dd/mm/yyyy: days since 30/12/1899 (Excel's 29/02/1900, which
 * never was, is skipped), or since 01/01/1904. */
static char *
serial_to_date (const Book *book,
                double      serial)
{
  GDate date;
  guint days;

  if (!(serial >= 1 && serial < 2958466))
    return NULL;
  days = (guint) serial;
  if (book->date1904)
    g_date_set_dmy (&date, 1, 1, 1904);
  else if (days >= 61)
    g_date_set_dmy (&date, 30, 12, 1899);
  else if (days == 60)
    return g_strdup ("29/02/1900");
  else
    g_date_set_dmy (&date, 31, 12, 1899);
  g_date_add_days (&date, days);
  return td_table_format_date (g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date));
}

/* "1978-05-12T00:00:00", as cells of type d hold dates. */
static char *
iso_to_date (const char *text)
{
  int year = 0, month = 0, day = 0;

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  return td_table_format_date (year, month, day);
}

typedef struct {
  char     *type;
  guint     style;
  GString  *value;
  char     *inline_text;
} Cell;

static char *
cell_text (const Book *book,
           Cell       *cell)
{
  const char *type = cell->type != NULL ? cell->type : "n";
  const char *value = cell->value->str;
  guint index;

  if (g_str_equal (type, "s"))
    {
      if (parse_uint (value, G_MAXUINT, &index) && index < book->strings->len)
        return g_strdup (g_ptr_array_index (book->strings, index));
      return NULL;
    }
  if (g_str_equal (type, "inlineStr"))
    return g_steal_pointer (&cell->inline_text);
  if (g_str_equal (type, "b"))
    return g_strdup (g_str_equal (value, "1") ? "TRUE" : g_str_equal (value, "0") ? "FALSE"
                                                                                   : value);
  if (g_str_equal (type, "d"))
    {
      char *date = iso_to_date (value);

      return date != NULL ? date : g_strdup (value);
    }
  if (g_str_equal (type, "n"))
    {
      char *text = NULL;

      if (cell->style < book->date_styles->len &&
          g_array_index (book->date_styles, gboolean, cell->style))
        text = serial_to_date (book, g_ascii_strtod (value, NULL));
      if (text == NULL)
        text = td_table_format_number (value);
      return text != NULL ? text : g_strdup (value);
    }
  /* "str" (a formula's text) and "e" (an error such as #N/A): as written. */
  return g_strdup (value);
}

typedef struct {
  GPtrArray *cells;    /* char *, NULL where empty */
  guint      number;
  gboolean   open;
} Row;

static gboolean
end_row (Row             *row,
         TdTableBuilder  *builder,
         GError         **error)
{
  gboolean ok;

  if (!row->open)
    return TRUE;
  row->open = FALSE;
  ok = td_table_builder_add_row (builder, row->number, (char * const *) row->cells->pdata,
                                 row->cells->len, error);
  g_ptr_array_set_size (row->cells, 0);
  return ok;
}

static void
put_cell (Row   *row,
          guint  column,
          char  *text)
{
  if (column >= row->cells->len)
    g_ptr_array_set_size (row->cells, column + 1);
  g_free (g_ptr_array_index (row->cells, column));
  g_ptr_array_index (row->cells, column) = text;
}

static void
read_cell (xmlTextReaderPtr reader,
           const Book      *book,
           Cell            *cell)
{
  int depth = xmlTextReaderDepth (reader);
  gboolean in_v = FALSE;

  if (xmlTextReaderIsEmptyElement (reader))
    return;
  while (xmlTextReaderRead (reader) == 1)
    {
      if (xmlTextReaderDepth (reader) <= depth && is_end (reader, "c"))
        break;
      if (is_start (reader, "v"))
        in_v = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "v"))
        in_v = FALSE;
      else if (is_start (reader, "is"))
        {
          g_free (cell->inline_text);
          cell->inline_text = read_string_item (reader, "is");
        }
      else if (in_v && is_text (reader))
        g_string_append (cell->value, (const char *) xmlTextReaderConstValue (reader));
    }
}

static gboolean
read_sheet (GsfInfile       *zip,
            const Book      *book,
            TdTableBuilder  *builder,
            GError         **error)
{
  g_autoptr(xmlTextReader) reader = open_part (zip, book->sheet_path);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) value = g_string_new (NULL);
  Row row = { .cells = cells };
  guint last_row = 0, last_column = 0;
  gboolean damaged = FALSE;
  int status;

  if (reader == NULL)
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_start (reader, "row"))
        {
          g_autofree char *r = td_table_xml_attribute (reader, "r");
          guint number;

          if (!end_row (&row, builder, error))
            return FALSE;
          if (!parse_uint (r, TD_TABLE_MAX_ROWS, &number))
            number = last_row + 1;
          /* Rows go down the sheet: Excel refuses a file whose rows go back up. */
          if (number <= last_row || number > TD_TABLE_MAX_ROWS)
            {
              damaged = TRUE;
              break;
            }
          row.number = last_row = number;
          row.open = !xmlTextReaderIsEmptyElement (reader);
          last_column = 0;
        }
      else if (is_end (reader, "row") || is_end (reader, "sheetData"))
        {
          if (!end_row (&row, builder, error))
            return FALSE;
        }
      else if (is_start (reader, "c") && row.open)
        {
          g_autofree char *ref = td_table_xml_attribute (reader, "r");
          g_autofree char *style = td_table_xml_attribute (reader, "s");
          Cell cell = { .type = td_table_xml_attribute (reader, "t"), .value = value };
          guint column = last_column, ref_row;

          /* The cells say where they are: the empty ones between are not written. */
          if (ref != NULL && !parse_ref (ref, &column, &ref_row))
            column = last_column;
          if (column >= TD_TABLE_MAX_COLUMNS)
            {
              xmlFree (cell.type);
              damaged = TRUE;
              break;
            }
          last_column = column + 1;
          if (!parse_uint (style, 65535, &cell.style))
            cell.style = 0;
          g_string_truncate (value, 0);
          read_cell (reader, book, &cell);
          put_cell (&row, column, cell_text (book, &cell));
          xmlFree (cell.type);
          g_free (cell.inline_text);
        }
    }
  if (status < 0 || damaged || row.open)
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  return TRUE;
}

gboolean
td_table_read_xlsx (GsfInfile       *zip,
                    TdTableBuilder  *builder,
                    char           **sheet,
                    GError         **error)
{
  g_auto(Book) book = { 0 };
  g_autofree char *workbook = find_workbook (zip);
  g_autofree char *sheet_id = NULL;
  const char *slash = strrchr (workbook, '/');

  book.workbook_dir = slash != NULL ? g_strndup (workbook, slash - workbook + 1) : g_strdup ("");
  sheet_id = read_workbook (zip, workbook, &book, sheet);
  if (sheet_id == NULL)
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  read_workbook_rels (zip, workbook, &book, sheet_id);
  read_styles (zip, &book);
  return read_strings (zip, &book, builder, error) &&
         read_sheet (zip, &book, builder, error);
}
