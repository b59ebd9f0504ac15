/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-cli-table.h"
#include "td-csv.h"

static gboolean
needs_quotes (const char *field)
{
  gsize len = strlen (field);

  if (len == 0)
    return FALSE;
  return strpbrk (field, ",;\"\r\n") != NULL || field[0] == ' ' || field[len - 1] == ' ';
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

/* The separator of the file: whichever of `,` and `;` its first record has more of,
 * outside quotes (`,` when neither). */
static char
detect_separator (const char *data,
                  const char *end)
{
  gboolean quoted = FALSE;
  guint commas = 0, semicolons = 0;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == ';')
        semicolons++;
    }
  return semicolons > commas ? ';' : ',';
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

static gboolean
row_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (((const char *) g_ptr_array_index (fields, i))[0] != '\0')
      return FALSE;
  return TRUE;
}

static void
end_record (GPtrArray  *rows,
            GPtrArray **fields,
            guint       line)
{
  TdCsvRow *row;

  if (row_is_blank (*fields))
    {
      g_ptr_array_set_size (*fields, 0);
      return;
    }
  g_ptr_array_add (*fields, NULL);
  row = g_new0 (TdCsvRow, 1);
  row->line = line;
  row->fields = (GStrv) g_ptr_array_free (g_steal_pointer (fields), FALSE);
  g_ptr_array_add (rows, row);
  *fields = g_ptr_array_new_with_free_func (g_free);
}

GPtrArray *
td_csv_parse (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) td_csv_row_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *end = data + length;
  const char *invalid = NULL;
  const char *p;
  guint line = 1, record_line = 1;
  char separator;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, TD_CSV_BOM, 3) == 0)
    data += 3;
  if (!g_utf8_validate (data, end - data, &invalid))
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                   _("line %u: the text is not UTF-8; save the file as “CSV UTF-8”"),
                   line_of (data, invalid));
      return NULL;
    }
  separator = detect_separator (data, end);

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
                  g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                               _("line %u: a quoted field is not closed"), quote_line);
                  return NULL;
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
          p++;
          if (p < end && *p != separator && *p != '\r' && *p != '\n')
            {
              g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                           _("line %u: text after the closing quote of a field"), line);
              return NULL;
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
          end_record (rows, &fields, record_line);
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
          record_line = line;
        }
      else
        g_string_append_c (field, *p++);
    }
  if (field->len > 0 || fields->len > 0)
    {
      g_ptr_array_add (fields, g_strdup (field->str));
      end_record (rows, &fields, record_line);
    }
  return g_steal_pointer (&rows);
}
