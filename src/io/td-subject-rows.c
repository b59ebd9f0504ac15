/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-subject-rows"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-subject-rows.h"

void
td_subject_row_error_free (TdSubjectRowError *error)
{
  if (error == NULL)
    return;
  g_free (error->message);
  g_free (error);
}

/* The heading an office's list gives its names: an example for the messages. */
static const char *
name_heading (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON:
      return "Họ và tên";
    case TD_SUBJECT_HOUSEHOLD:
      return "Chủ hộ";
    case TD_SUBJECT_UNIT:
    default:
      return "Tên đơn vị";
    }
}

GArray *
td_subject_columns_find (const TdTable  *table,
                         TdSubjectKind   kind,
                         guint          *header,
                         GError        **error)
{
  TdListKind list_kind = td_list_kind_for_subject (kind);
  g_autoptr(GArray) map = NULL;
  const TdTableRow *row;
  int index;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (header != NULL, NULL);

  index = td_columns_find_header (list_kind, table);
  if (index < 0)
    {
      g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA,
                   _("none of the first ten rows names the columns; the list needs a header "
                     "row, with the column of names headed “%s” or the like"),
                   name_heading (kind));
      return NULL;
    }
  row = g_ptr_array_index (table->rows, index);
  map = td_columns_map (list_kind, row, table->n_columns);
  for (guint c = 0; c < map->len; c++)
    if (g_array_index (map, int, c) == TD_FIELD_NAME)
      {
        *header = (guint) index;
        return g_steal_pointer (&map);
      }
  g_set_error (error, TD_TABLE_ERROR, TD_TABLE_ERROR_DATA,
               _("row %u names the columns, but none of them holds the names; head that "
                 "column “%s” or the like"), row->number, name_heading (kind));
  return NULL;
}

/* A cell of blanks only is empty. */
static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* The row of column numbers many official tables have under their header: "(1)", "(2)",
 * … or 1, 2, … counting up. */
static gboolean
is_numbering_row (const TdTableRow *row)
{
  guint n = 0;
  gint64 last = 0;

  for (guint c = 0; c < row->n_cells; c++)
    {
      g_autofree char *digits = g_strstrip (g_strdup (row->cells[c]));
      gint64 value;
      gsize len;

      if (digits[0] == '\0')
        continue;
      len = strlen (digits);
      if (digits[0] == '(' && len > 2 && digits[len - 1] == ')')
        {
          digits[len - 1] = '\0';
          memmove (digits, digits + 1, len - 1);
        }
      if (!g_ascii_string_to_signed (digits, 10, 1, 999, &value, NULL) || value <= last)
        return FALSE;
      last = value;
      n++;
    }
  return n >= 2;
}

/* The column's heading as the file writes it, on one line; the field's name when the
 * heading is blank (a column mapped by hand). */
static char *
heading_of (const TdTableRow *header,
            guint             column,
            TdSubjectKind     kind,
            TdSubjectField    field)
{
  g_autofree char *heading = g_strdup (td_table_row_get (header, column));

  g_strdelimit (heading, "\r\n\t", ' ');
  g_strstrip (heading);
  if (heading[0] == '\0')
    return g_strdup (td_subject_field_label (kind, field));
  return g_steal_pointer (&heading);
}

static void
add_error (GPtrArray  *errors,
           guint       row,
           int         column,
           const char *heading,
           const char *message)
{
  TdSubjectRowError *error = g_new0 (TdSubjectRowError, 1);

  error->row = row;
  error->column = column;
  if (heading != NULL)
    /* Translators: a row of a spreadsheet, the heading of its column and what is wrong */
    error->message = g_strdup_printf (_("Row %u: %s: %s"), row, heading, message);
  else
    error->message = g_strdup_printf (_("Row %u: %s"), row, message);
  g_ptr_array_add (errors, error);
}

/* The subject of @row, or NULL when the row has nothing to read or has an error (added to
 * @errors). */
static TdSubject *
read_row (const TdTableRow *header,
          const TdTableRow *row,
          TdSubjectKind     kind,
          GArray           *map,
          GPtrArray        *errors)
{
  g_autoptr(TdSubject) subject = td_subject_new (kind);
  gboolean any = FALSE, named = FALSE, ok = TRUE;

  for (guint c = 0; c < map->len && c < row->n_cells; c++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *year = NULL;
      const char *cell = row->cells[c];
      TdSubjectField field;

      if (!td_field_get_subject_field (g_array_index (map, int, c), &field) ||
          !td_subject_kind_has_field (kind, field) || is_blank (cell))
        continue;
      any = TRUE;
      named |= field == TD_SUBJECT_FIELD_NAME;
      /* "12/05/1978" in a column of dates of birth: the year is what is kept. */
      if (field == TD_SUBJECT_FIELD_BIRTH_YEAR && td_columns_parse_year (cell) > 0)
        cell = year = g_strdup_printf ("%d", td_columns_parse_year (cell));
      if (!td_subject_set_field (subject, field, cell, &local_error))
        {
          g_autofree char *heading = heading_of (header, c, kind, field);

          add_error (errors, row->number, (int) c, heading, local_error->message);
          ok = FALSE;
        }
    }
  if (!any)
    return NULL;
  if (!named)
    {
      g_autoptr(GError) local_error = NULL;

      /* The words the list itself says for a subject with no name. */
      td_subject_set_field (subject, TD_SUBJECT_FIELD_NAME, "", &local_error);
      add_error (errors, row->number, -1, NULL, local_error->message);
      ok = FALSE;
    }
  return ok ? g_steal_pointer (&subject) : NULL;
}

gboolean
td_subjects_from_table (const TdTable  *table,
                        TdSubjectKind   kind,
                        guint           header,
                        GArray         *map,
                        GPtrArray     **subjects,
                        GArray        **row_numbers,
                        GPtrArray     **row_errors)
{
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) errors =
    g_ptr_array_new_with_free_func ((GDestroyNotify) td_subject_row_error_free);
  const TdTableRow *header_row;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (header < table->rows->len, FALSE);
  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (subjects != NULL, FALSE);

  header_row = g_ptr_array_index (table->rows, header);
  for (guint r = header + 1; r < table->rows->len; r++)
    {
      const TdTableRow *row = g_ptr_array_index (table->rows, r);
      TdSubject *subject;

      if (r == header + 1 && is_numbering_row (row))
        continue;
      subject = read_row (header_row, row, kind, map, errors);
      if (subject == NULL)
        continue;
      g_ptr_array_add (read, subject);
      g_array_append_val (numbers, row->number);
    }

  *subjects = g_steal_pointer (&read);
  if (row_numbers != NULL)
    *row_numbers = g_steal_pointer (&numbers);
  if (row_errors != NULL)
    *row_errors = g_ptr_array_ref (errors);
  return errors->len == 0;
}

GError *
td_subject_rows_locate_error (const GError *error,
                              GArray       *row_numbers,
                              guint        *row)
{
  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (row_numbers != NULL, NULL);

  if (row != NULL)
    *row = 0;
  /* The store counts the subjects given it, in the same words from the same catalogue. */
  for (guint i = 0; i < row_numbers->len; i++)
    {
      g_autofree char *prefix = g_strdup_printf (_("Row %u: %s"), i + 1, "");
      guint number = g_array_index (row_numbers, guint, i);

      if (prefix[0] == '\0' || !g_str_has_prefix (error->message, prefix))
        continue;
      if (row != NULL)
        *row = number;
      return g_error_new (error->domain, error->code, _("Row %u: %s"), number,
                          error->message + strlen (prefix));
    }
  return g_error_copy (error);
}

/* Writing -------------------------------------------------------------------------------------- */

typedef struct {
  TdSubjectField field;
  int            width;  /* in characters, for the workbook */
} Column;

/* The columns of each list, as its page shows them. */
static const Column unit_columns[] = {
  { TD_SUBJECT_FIELD_NAME, 34 }, { TD_SUBJECT_FIELD_UNIT_KIND, 20 },
  { TD_SUBJECT_FIELD_HEAD, 26 }, { TD_SUBJECT_FIELD_MEMBERS, 10 },
  { TD_SUBJECT_FIELD_PHONE, 14 }, { TD_SUBJECT_FIELD_NOTE, 30 },
};
static const Column person_columns[] = {
  { TD_SUBJECT_FIELD_NAME, 28 }, { TD_SUBJECT_FIELD_POSITION, 22 },
  { TD_SUBJECT_FIELD_PARENT_NAME, 30 }, { TD_SUBJECT_FIELD_BIRTH_YEAR, 10 },
  { TD_SUBJECT_FIELD_PHONE, 14 }, { TD_SUBJECT_FIELD_NOTE, 30 },
};
static const Column household_columns[] = {
  { TD_SUBJECT_FIELD_NAME, 28 }, { TD_SUBJECT_FIELD_PARENT_NAME, 20 },
  { TD_SUBJECT_FIELD_ADDRESS, 30 }, { TD_SUBJECT_FIELD_MEMBERS, 10 },
  { TD_SUBJECT_FIELD_PHONE, 14 }, { TD_SUBJECT_FIELD_NOTE, 30 },
};

#define N_COLUMNS 6
G_STATIC_ASSERT (G_N_ELEMENTS (unit_columns) == N_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (person_columns) == N_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (household_columns) == N_COLUMNS);

GPtrArray *
td_subjects_to_rows (TdSubjectKind   kind,
                     GListModel     *subjects,
                     GStrv          *headers,
                     GArray        **widths)
{
  const Column *columns = kind == TD_SUBJECT_PERSON ? person_columns
                          : kind == TD_SUBJECT_HOUSEHOLD ? household_columns : unit_columns;
  guint n = g_list_model_get_n_items (subjects);
  GPtrArray *rows = g_ptr_array_new_full (n, (GDestroyNotify) g_strfreev);

  g_return_val_if_fail (headers != NULL && widths != NULL, NULL);

  *headers = g_new0 (char *, N_COLUMNS + 1);
  *widths = g_array_sized_new (FALSE, FALSE, sizeof (int), N_COLUMNS);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      (*headers)[c] = g_strdup (td_subject_field_label (kind, columns[c].field));
      g_array_append_val (*widths, columns[c].width);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdSubject) subject = g_list_model_get_item (subjects, i);
      char **cells = g_new0 (char *, N_COLUMNS + 1);

      for (guint c = 0; c < N_COLUMNS; c++)
        cells[c] = columns[c].field == TD_SUBJECT_FIELD_UNIT_KIND
                     ? g_strdup (td_unit_kind_label (td_subject_get_unit_kind (subject)))
                     : td_subject_dup_field_text (subject, columns[c].field);
      g_ptr_array_add (rows, cells);
    }
  return rows;
}
