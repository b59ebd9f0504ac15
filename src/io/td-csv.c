/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * One splitter for two readers: the tasks' import of the command line, which wants the
 * lines of the file in its messages, and td_table_read, which wants the rows as a
 * spreadsheet shows them (a blank line is a row there; a quoted line break is not).
 */
#define G_LOG_DOMAIN "td-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-csv.h"
#include "td-table-private.h"

/* The lines looked at to find the separator. */
#define DETECT_LINES 10

static gboolean
needs_quotes (const char *field)
{
  gsize len = strlen (field);

  if (len == 0)
    return FALSE;
  return strpbrk (field, ",;\t\"\r\n") != NULL || field[0] == ' ' || field[len - 1] == ' ';
}

void
td_csv_append_row (GString            *out,
                   const char * const *fields,
                   guint               n_fields)
{
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] != NULL ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, ',');
      if (!needs_quotes (field))
        {
          g_string_append (out, field);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}

void
td_csv_row_free (TdCsvRow *row)
{
  g_strfreev (row->fields);
  g_free (row);
}

char
td_csv_detect_separator (const char *data,
                         gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[DETECT_LINES][G_N_ELEMENTS (candidates)] = { { 0 } };
  const char *end = data + length;
  gboolean quoted = FALSE;
  guint lines = 0;
  char best = ',';
  guint best_steady = 0, best_first = 0;

  for (const char *p = data; p < end && lines < DETECT_LINES; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == '\n')
        lines++;
      else if (!quoted)
        for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
          counts[lines][c] += *p == candidates[c];
    }
  if (lines < DETECT_LINES)
    lines++;

  /* The separator is the one each row has as many of as the header. */
  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      guint first = counts[0][c], steady = 0;

      if (first == 0)
        continue;
      for (guint l = 0; l < lines; l++)
        steady += counts[l][c] == first;
      if (steady > best_steady || (steady == best_steady && first > best_first))
        {
          best = candidates[c];
          best_steady = steady;
          best_first = first;
        }
    }
  return best;
}

typedef enum {
  PROBLEM_NONE,
  PROBLEM_UNCLOSED,
  PROBLEM_AFTER_QUOTE,
} Problem;

/* Called with each record, blank ones too: @fields are taken. */
typedef gboolean (*RecordFunc) (guint       line,
                                guint       record,
                                GPtrArray  *fields,
                                gpointer    data,
                                GError    **error);

typedef struct {
  Problem problem;
  guint   line;
  guint   record;
} Failure;

static gboolean
split (const char *data,
       gsize       length,
       char        separator,
       RecordFunc  func,
       gpointer    func_data,
       Failure    *failure,
       GError    **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *end = data + length;
  const char *p;
  guint line = 1, record = 1, record_line = 1;

  for (p = data; p < end;)
    {
      if (*p == '"' && field->len == 0)
        {
          guint quote_line = line;

          /* A quoted field, line breaks and doubled quotes inside. */
          for (p++;; p++)
            {
              if (p >= end)
                {
                  *failure = (Failure) { PROBLEM_UNCLOSED, quote_line, record };
                  return FALSE;
                }
              if (*p == '"' && p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                break;
              else
                {
                  line += *p == '\n';
                  if (*p != '\r')
                    g_string_append_c (field, *p);
                }
            }
          /* Spaces after the closing quote, as some programs write them, are nothing. */
          for (p++; p < end && *p == ' ' && separator != ' '; p++)
            ;
          if (p < end && *p != separator && *p != '\r' && *p != '\n')
            {
              *failure = (Failure) { PROBLEM_AFTER_QUOTE, line, record };
              return FALSE;
            }
          continue;
        }
      if (*p == separator)
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          p++;
        }
      else if (*p == '\r' || *p == '\n')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (!func (record_line, record, g_steal_pointer (&fields), func_data, error))
            return FALSE;
          fields = g_ptr_array_new_with_free_func (g_free);
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
          record++;
          record_line = line;
        }
      else
        g_string_append_c (field, *p++);
    }
  if (field->len > 0 || fields->len > 0)
    {
      g_ptr_array_add (fields, g_strdup (field->str));
      if (!func (record_line, record, g_steal_pointer (&fields), func_data, error))
        return FALSE;
    }
  return TRUE;
}

/* The tasks' import ----------------------------------------------------------------------- */

static gboolean
is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (((const char *) g_ptr_array_index (fields, i))[0] != '\0')
      return FALSE;
  return TRUE;
}

static gboolean
add_csv_row (guint       line,
             guint       record,
             GPtrArray  *fields,
             gpointer    data,
             GError    **error)
{
  GPtrArray *rows = data;
  TdCsvRow *row;

  if (is_blank (fields))
    {
      g_ptr_array_unref (fields);
      return TRUE;
    }
  g_ptr_array_add (fields, NULL);
  row = g_new0 (TdCsvRow, 1);
  row->line = line;
  row->fields = (GStrv) g_ptr_array_free (fields, FALSE);
  g_ptr_array_add (rows, row);
  return TRUE;
}

static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    line += *p == '\n';
  return line;
}

GPtrArray *
td_csv_parse (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) td_csv_row_free);
  const char *invalid = NULL;
  Failure failure = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, TD_CSV_BOM, 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate (data, length, &invalid))
    {
      g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA,
                   _("line %u: the text is not UTF-8; save the file as “CSV UTF-8”"),
                   line_of (data, invalid));
      return NULL;
    }
  if (split (data, length, td_csv_detect_separator (data, length), add_csv_row, rows,
             &failure, error))
    return g_steal_pointer (&rows);
  if (failure.problem == PROBLEM_UNCLOSED)
    g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA,
                 _("line %u: a quoted field is not closed"), failure.line);
  else if (failure.problem == PROBLEM_AFTER_QUOTE)
    g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA,
                 _("line %u: text after the closing quote of a field"), failure.line);
  return NULL;
}

/* td_table_read ---------------------------------------------------------------------------- */

static gboolean
add_table_row (guint       line,
               guint       record,
               GPtrArray  *fields,
               gpointer    data,
               GError    **error)
{
  gboolean ok = FALSE;

  if (record > TD_TABLE_MAX_ROWS || fields->len > TD_TABLE_MAX_COLUMNS)
    td_table_set_error (error, TD_TABLE_ERROR_TOO_LARGE);
  else
    ok = td_table_builder_add_row (data, record, (char * const *) fields->pdata, fields->len,
                                   error);
  g_ptr_array_unref (fields);
  return ok;
}

gboolean
td_table_read_csv (const char      *data,
                   gsize            length,
                   TdTableBuilder  *builder,
                   GError         **error)
{
  Failure failure = { 0 };

  if (split (data, length, td_csv_detect_separator (data, length), add_table_row, builder,
             &failure, error))
    return TRUE;
  if (failure.problem == PROBLEM_UNCLOSED)
    g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA,
                 _("row %u: a quotation mark (\") opens a cell that is never closed"),
                 failure.record);
  else if (failure.problem == PROBLEM_AFTER_QUOTE)
    g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA,
                 _("row %u: there is text after the closing quotation mark of a cell"),
                 failure.record);
  return FALSE;
}
