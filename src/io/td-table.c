/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What a file is, told from its first bytes: a zip (a workbook of Excel or LibreOffice,
 * or a Word or Writer document), an OLE2 compound file (old Excel or Word), a web page
 * saved as .xls, a PDF, or text. Offices name files by habit, so the name is never
 * trusted. The readers of each format fill a TdTableBuilder; the old Vietnamese encodings
 * are undone last, over the whole table at once, so that one table is read one way.
 */
#define G_LOG_DOMAIN "td-table"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "td-legacy-private.h"
#include "td-table-private.h"

/* A commune's list is a few megabytes; a file beyond this is not one. */
#define MAX_FILE_BYTES (256 * 1024 * 1024)
/* The cells looked at to find the encoding. */
#define SAMPLE_BYTES (256 * 1024)

G_DEFINE_QUARK (td-table-error-quark, td_table_error)

static void
row_free (TdTableRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

void
td_table_free (TdTable *table)
{
  if (table == NULL)
    return;
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_free (table->sheet);
  g_free (table);
}

const char *
td_table_row_get (const TdTableRow *row,
                  guint             column)
{
  g_return_val_if_fail (row != NULL, "");

  return column < row->n_cells ? row->cells[column] : "";
}

void
td_table_set_error (GError       **error,
                    TdTableError   code)
{
  const char *message;

  switch (code)
    {
    case TD_TABLE_ERROR_EMPTY:
      message = _("the file is empty");
      break;
    case TD_TABLE_ERROR_OLD_FORMAT:
      message = _("this is a workbook of old Excel (.xls), which cannot be read; open it in "
                  "Excel or LibreOffice and save it as .xlsx");
      break;
    case TD_TABLE_ERROR_NOT_TABLE:
      message = _("this is a text document, not a spreadsheet; copy its table into Excel or "
                  "LibreOffice Calc and save it as .xlsx");
      break;
    case TD_TABLE_ERROR_TOO_LARGE:
      message = _("the table is too large for a list: it has more than four million cells");
      break;
    case TD_TABLE_ERROR_FILE:
    case TD_TABLE_ERROR_DAMAGED:
    case TD_TABLE_ERROR_DATA:
    default:
      message = _("this file is not a spreadsheet or is damaged");
      break;
    }
  g_set_error_literal (error, TD_TABLE_ERROR, code, message);
}

/* Building ------------------------------------------------------------------------------- */

void
td_table_builder_init (TdTableBuilder *builder,
                       GCancellable   *cancellable)
{
  memset (builder, 0, sizeof *builder);
  builder->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  builder->cancellable = cancellable;
}

void
td_table_builder_clear (TdTableBuilder *builder)
{
  g_clear_pointer (&builder->rows, g_ptr_array_unref);
}

static char *
normalise (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      {
        g_autofree char *valid = g_utf8_make_valid (text, -1);

        /* What is not UTF-8 (a CSV that starts as UTF-8 and is not) becomes U+FFFD. */
        return g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
      }
  return g_strdup (text);
}

gboolean
td_table_builder_add_row (TdTableBuilder  *builder,
                          guint            number,
                          char * const    *cells,
                          guint            n,
                          GError         **error)
{
  TdTableRow *row;

  while (n > 0 && (cells[n - 1] == NULL || cells[n - 1][0] == '\0'))
    n--;
  if (++builder->since_check >= 512)
    {
      builder->since_check = 0;
      if (g_cancellable_set_error_if_cancelled (builder->cancellable, error))
        return FALSE;
    }
  if (n == 0)
    return TRUE;
  builder->n_cells += n;
  if (builder->n_cells > TD_TABLE_MAX_CELLS)
    {
      td_table_set_error (error, TD_TABLE_ERROR_TOO_LARGE);
      return FALSE;
    }

  row = g_new0 (TdTableRow, 1);
  row->number = number;
  row->n_cells = n;
  row->cells = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row->cells[i] = cells[i] != NULL ? normalise (cells[i]) : g_strdup ("");
  builder->n_columns = MAX (builder->n_columns, n);
  g_ptr_array_add (builder->rows, row);
  return TRUE;
}

/* Numbers and dates ---------------------------------------------------------------------- */

char *
td_table_format_number (const char *text)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end = NULL;
  double value;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return NULL;
  value = g_ascii_strtod (text, &end);
  while (end != NULL && g_ascii_isspace (*end))
    end++;
  if (end == NULL || *end != '\0' || !isfinite (value))
    return NULL;
  if (value == (double) (gint64) value && fabs (value) < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  /* Fifteen digits, as a spreadsheet shows them: 0.1 and not 0.10000000000000001. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

char *
td_table_format_date (int year,
                      int month,
                      int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%02d/%02d/%04d", day, month, year);
}

/* XML ------------------------------------------------------------------------------------ */

typedef struct {
  GsfInput *input;
  guint64   read;
} XmlSource;

/* What the XML of one part may inflate to: a damaged or hostile zip stops here. */
#define MAX_PART_BYTES (G_GUINT64_CONSTANT (1) << 30)

static int
xml_read_cb (void *context,
             char *buffer,
             int   len)
{
  XmlSource *source = context;
  gsf_off_t remaining = gsf_input_remaining (source->input);
  size_t n = (size_t) MIN ((gsf_off_t) len, remaining);

  if (n == 0)
    return 0;
  if (source->read + n > MAX_PART_BYTES)
    return -1;
  if (gsf_input_read (source->input, n, (guint8 *) buffer) == NULL)
    return -1;
  source->read += n;
  return (int) n;
}

static int
xml_close_cb (void *context)
{
  XmlSource *source = context;

  g_object_unref (source->input);
  g_free (source);
  return 0;
}

/* libxml2 would print what it finds wrong on the terminal; the reader's -1 says it. Its
 * error became const in 2.12, as newer SDKs have it. */
#if LIBXML_VERSION >= 21200
static void
xml_quiet_cb (void           *data,
              const xmlError *error)
{
}
#else
static void
xml_quiet_cb (void        *data,
              xmlErrorPtr  error)
{
}
#endif

xmlTextReaderPtr
td_table_xml_open (GsfInput *input)
{
  XmlSource *source = g_new0 (XmlSource, 1);
  xmlTextReaderPtr reader;

  source->input = g_object_ref (input);
  reader = xmlReaderForIO (xml_read_cb, xml_close_cb, source, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_COMPACT);
  if (reader != NULL)
    xmlTextReaderSetStructuredErrorHandler (reader, xml_quiet_cb, NULL);
  return reader;
}

const char *
td_table_xml_name (xmlTextReaderPtr reader)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (reader);

  return name != NULL ? name : "";
}

char *
td_table_xml_attribute (xmlTextReaderPtr  reader,
                        const char       *local)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (reader) != 1)
    return NULL;
  do
    {
      if (g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), local) == 0)
        {
          value = (char *) xmlTextReaderValue (reader);
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (reader) == 1);
  xmlTextReaderMoveToElement (reader);
  return value;
}

GsfInput *
td_table_zip_child (GsfInfile  *zip,
                    const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path[0] == '/' ? path + 1 : path, "/", 0);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  /* "worksheets/../sharedStrings.xml" as the relationships may write it. */
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || g_str_equal (parts[i], "."))
        continue;
      if (g_str_equal (parts[i], ".."))
        {
          if (names->len > 0)
            g_ptr_array_set_size (names, names->len - 1);
          continue;
        }
      g_ptr_array_add (names, parts[i]);
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return gsf_infile_child_by_aname (zip, (const char **) names->pdata);
}

/* What the file is ----------------------------------------------------------------------- */

static gboolean
has_prefix_bytes (const guint8 *data,
                  gsize         length,
                  const char   *prefix,
                  gsize         prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

/* A web page or an XML spreadsheet of Excel 2003, which some programs save as ".xls". */
static gboolean
is_markup (const guint8 *data,
           gsize         length)
{
  gsize n = MIN (length, 4096);
  g_autofree char *head = NULL;
  const char *p;

  if (has_prefix_bytes (data, n, "\xEF\xBB\xBF", 3))
    data += 3, n -= 3;
  head = g_ascii_strdown ((const char *) data, n);
  for (p = head; g_ascii_isspace (*p); p++)
    ;
  if (*p != '<')
    return FALSE;
  return strstr (head, "<html") != NULL || strstr (head, "<table") != NULL ||
         strstr (head, "urn:schemas-microsoft-com:office:spreadsheet") != NULL;
}

/* Control characters that text never holds: a binary file, not a CSV. */
static gboolean
looks_binary (const guint8 *data,
              gsize         length)
{
  gsize n = MIN (length, 8192);
  gsize controls = 0;

  for (gsize i = 0; i < n; i++)
    if ((data[i] < 0x20 && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' &&
         data[i] != '\f') || data[i] == 0x7F)
      controls++;
  return controls > 0 && controls * 50 > n;
}

static char *
read_mimetype (GsfInfile *zip)
{
  g_autoptr(GsfInput) input = gsf_infile_child_by_name (zip, "mimetype");
  gsf_off_t size;
  const guint8 *data;

  if (input == NULL)
    return NULL;
  size = MIN (gsf_input_size (input), 256);
  data = size > 0 ? gsf_input_read (input, size, NULL) : NULL;
  return data != NULL ? g_strndup ((const char *) data, size) : NULL;
}

static gboolean
read_zip (GBytes          *bytes,
          TdTableBuilder  *builder,
          TdTable         *table,
          GError         **error)
{
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GsfInfile) zip = NULL;
  g_autoptr(GsfInput) workbook = NULL;
  g_autoptr(GsfInput) content = NULL;
  g_autoptr(GsfInput) word = NULL;
  g_autoptr(GsfInput) types = NULL;
  g_autofree char *mimetype = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  input = gsf_input_memory_new (data, length, FALSE);
  zip = gsf_infile_zip_new (input, NULL);
  if (zip == NULL)
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  mimetype = read_mimetype (zip);
  workbook = td_table_zip_child (zip, "xl/workbook.xml");
  content = gsf_infile_child_by_name (zip, "content.xml");
  word = td_table_zip_child (zip, "word/document.xml");
  types = gsf_infile_child_by_name (zip, "[Content_Types].xml");

  if (mimetype != NULL && g_str_has_prefix (mimetype, "application/vnd.oasis.opendocument.") &&
      !g_str_has_prefix (mimetype, "application/vnd.oasis.opendocument.spreadsheet"))
    {
      td_table_set_error (error, TD_TABLE_ERROR_NOT_TABLE);
      return FALSE;
    }
  if (workbook != NULL || types != NULL)
    {
      if (word != NULL && workbook == NULL)
        {
          td_table_set_error (error, TD_TABLE_ERROR_NOT_TABLE);
          return FALSE;
        }
      table->format = TD_TABLE_FORMAT_XLSX;
      return td_table_read_xlsx (zip, builder, &table->sheet, error);
    }
  if (content != NULL)
    {
      table->format = TD_TABLE_FORMAT_ODS;
      return td_table_read_ods (zip, builder, &table->sheet, error);
    }
  td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
  return FALSE;
}

/* Text: the encoding of the bytes first, then the rows. */
static gboolean
read_text (GBytes           *bytes,
           TdTableEncoding  *encoding,
           gboolean         *decoded,
           TdTableBuilder   *builder,
           GError          **error)
{
  g_autofree char *converted = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *from = NULL;

  if (has_prefix_bytes ((const guint8 *) data, length, "\xFF\xFE", 2))
    from = "UTF-16LE";
  else if (has_prefix_bytes ((const guint8 *) data, length, "\xFE\xFF", 2))
    from = "UTF-16BE";
  if (from != NULL)
    {
      gsize written = 0;

      /* Excel's "Unicode text": UTF-16 with its byte-order mark, tabs between cells. */
      converted = g_convert (data + 2, (length - 2) & ~(gsize) 1, "UTF-8", from, NULL,
                             &written, NULL);
      if (converted == NULL)
        {
          td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
          return FALSE;
        }
      data = converted;
      length = written;
    }
  else if (looks_binary ((const guint8 *) data, length))
    {
      td_table_set_error (error, TD_TABLE_ERROR_DAMAGED);
      return FALSE;
    }
  else if (has_prefix_bytes ((const guint8 *) data, length, "\xEF\xBB\xBF", 3))
    data += 3, length -= 3;
  else if (!g_utf8_validate (data, length, NULL))
    {
      /* Bytes of an old encoding: read them all as it, the cells are text after. */
      if (*encoding == TD_TABLE_ENCODING_AUTO)
        *encoding = td_legacy_detect (data, length);
      converted = td_legacy_decode_bytes (data, length, *encoding);
      *decoded = TRUE;
      data = converted;
      length = strlen (converted);
    }
  return td_table_read_csv (data, length, builder, error);
}

/* The cells that may hold the bytes of an old encoding, as one text to detect it by. */
static char *
sample_cells (GPtrArray *rows)
{
  GString *sample = g_string_new (NULL);

  for (guint r = 0; r < rows->len && sample->len < SAMPLE_BYTES; r++)
    {
      TdTableRow *row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < row->n_cells; c++)
        {
          const char *cell = row->cells[c];
          g_autofree char *single = NULL;
          gsize cell_len = strlen (cell), single_len = 0;

          single = td_legacy_single_bytes (cell, cell_len, &single_len);
          if (single == NULL || single_len == cell_len)
            continue;
          g_string_append (sample, cell);
          g_string_append_c (sample, '\n');
        }
    }
  return g_string_free (sample, FALSE);
}

/* Unicode cells that hold the bytes of an old encoding ("NguyÔn V¨n Tïng"): each is
 * read again, unless it was real Unicode among them and reads worse that way. */
static void
decode_cells (GPtrArray       *rows,
              TdTableEncoding *encoding)
{
  gboolean told = *encoding != TD_TABLE_ENCODING_AUTO;

  if (!told)
    {
      g_autofree char *sample = sample_cells (rows);

      *encoding = sample[0] != '\0' ? td_legacy_detect (sample, strlen (sample))
                                    : TD_TABLE_ENCODING_UTF8;
    }
  if (*encoding == TD_TABLE_ENCODING_UTF8)
    return;

  for (guint r = 0; r < rows->len; r++)
    {
      TdTableRow *row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < row->n_cells; c++)
        {
          char *cell = row->cells[c];
          g_autofree char *decoded = NULL;
          gboolean ascii = TRUE;

          for (const guchar *p = (const guchar *) cell; *p != '\0' && ascii; p++)
            ascii = *p < 0x80;
          if (ascii)
            continue;
          decoded = td_legacy_to_utf8 (cell, -1, *encoding);
          if (!told && td_legacy_score (decoded, -1) <= td_legacy_score (cell, -1))
            continue;
          row->cells[c] = g_steal_pointer (&decoded);
          g_free (cell);
        }
    }
}

TdTable *
td_table_read_bytes (GBytes           *bytes,
                     const char       *name,
                     TdTableEncoding   encoding,
                     GCancellable     *cancellable,
                     GError          **error)
{
  g_autoptr(TdTable) table = g_new0 (TdTable, 1);
  TdTableBuilder builder;
  gsize length;
  const guint8 *data;
  gboolean decoded = FALSE;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      td_table_set_error (error, TD_TABLE_ERROR_EMPTY);
      return NULL;
    }
  if (has_prefix_bytes (data, length, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    {
      /* Old Excel and old Word share the container: the name tells them apart. */
      gboolean doc = name != NULL && (g_str_has_suffix (name, ".doc") ||
                                      g_str_has_suffix (name, ".DOC"));

      td_table_set_error (error, doc ? TD_TABLE_ERROR_NOT_TABLE : TD_TABLE_ERROR_OLD_FORMAT);
      return NULL;
    }
  if (has_prefix_bytes (data, length, "%PDF", 4) || has_prefix_bytes (data, length, "{\\rtf", 5))
    {
      td_table_set_error (error, TD_TABLE_ERROR_NOT_TABLE);
      return NULL;
    }
  if (is_markup (data, length))
    {
      g_set_error_literal (error, TD_TABLE_ERROR, TD_TABLE_ERROR_OLD_FORMAT,
                           _("this is a web page saved as a spreadsheet, which cannot be "
                             "read; open it in Excel or LibreOffice and save it as .xlsx"));
      return NULL;
    }

  td_table_builder_init (&builder, cancellable);
  if (has_prefix_bytes (data, length, "PK\x03\x04", 4) ||
      has_prefix_bytes (data, length, "PK\x05\x06", 4))
    ok = read_zip (bytes, &builder, table, error);
  else
    {
      table->format = TD_TABLE_FORMAT_CSV;
      ok = read_text (bytes, &encoding, &decoded, &builder, error);
    }
  if (!ok)
    {
      td_table_builder_clear (&builder);
      return NULL;
    }
  table->rows = g_steal_pointer (&builder.rows);
  table->n_columns = builder.n_columns;
  if (table->rows->len == 0)
    {
      if (table->format == TD_TABLE_FORMAT_CSV)
        td_table_set_error (error, TD_TABLE_ERROR_EMPTY);
      else
        g_set_error_literal (error, TD_TABLE_ERROR, TD_TABLE_ERROR_EMPTY,
                             _("the first sheet of the workbook is empty"));
      return NULL;
    }
  if (!decoded)
    decode_cells (table->rows, &encoding);
  table->encoding = encoding;
  return g_steal_pointer (&table);
}

static void
set_file_error (GError       **error,
                const GError  *inner)
{
  if (g_error_matches (inner, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error_literal (error, TD_TABLE_ERROR, TD_TABLE_ERROR_FILE,
                         _("the file does not exist"));
  else if (g_error_matches (inner, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error_literal (error, TD_TABLE_ERROR, TD_TABLE_ERROR_FILE,
                         _("you are not allowed to read this file"));
  else if (g_error_matches (inner, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error_literal (error, TD_TABLE_ERROR, TD_TABLE_ERROR_FILE,
                         _("this is a folder, not a file"));
  else
    g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_FILE, _("the file cannot be read: %s"),
                 inner->message);
}

TdTable *
td_table_read (const char       *path,
               TdTableEncoding   encoding,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "");
  else if (info != NULL && g_file_info_get_size (info) > MAX_FILE_BYTES)
    {
      g_set_error_literal (error, TD_TABLE_ERROR, TD_TABLE_ERROR_TOO_LARGE,
                           _("the file is too large for a list: more than 256 MB"));
      return NULL;
    }
  if (local_error == NULL)
    bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_file_error (error, local_error);
      return NULL;
    }
  base = g_path_get_basename (path);
  return td_table_read_bytes (bytes, base, encoding, cancellable, error);
}
