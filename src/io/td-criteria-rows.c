/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-criteria-rows"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-criteria-rows.h"
#include "td-fold.h"
#include "td-points.h"

void
td_criteria_row_error_free (TdCriteriaRowError *error)
{
  if (error == NULL)
    return;
  g_free (error->message);
  g_free (error);
}

/* A heading as compared: folded, letters and digits only ("Điểm chuẩn:" → "diemchuan"). */
static char *
squash (const char *text)
{
  g_autofree char *folded = td_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The headings our export writes, in English. */
static const char *
export_heading (TdCriteriaColumn column)
{
  switch (column)
    {
    case TD_CRITERIA_COLUMN_CODE: return N_("Code");
    case TD_CRITERIA_COLUMN_NAME: return N_("Criterion");
    case TD_CRITERIA_COLUMN_CONTENT: return N_("Content");
    case TD_CRITERIA_COLUMN_TARGET: return N_("Target");
    case TD_CRITERIA_COLUMN_TARGET_UNIT: return N_("Unit of measure");
    case TD_CRITERIA_COLUMN_POINTS: return N_("Standard points");
    case TD_CRITERIA_COLUMN_NOTE: return N_("Note");
    case TD_CRITERIA_COLUMN_NONE:
    default:
      return NULL;
    }
}

TdCriteriaColumn
td_criteria_column_match (const char *heading)
{
  static const struct { const char *squashed; TdCriteriaColumn column; } known[] = {
    { "ma", TD_CRITERIA_COLUMN_CODE }, { "maso", TD_CRITERIA_COLUMN_CODE },
    { "stt", TD_CRITERIA_COLUMN_CODE }, { "tt", TD_CRITERIA_COLUMN_CODE },
    { "sott", TD_CRITERIA_COLUMN_CODE }, { "sothutu", TD_CRITERIA_COLUMN_CODE },
    { "muc", TD_CRITERIA_COLUMN_CODE }, { "matieuchi", TD_CRITERIA_COLUMN_CODE },
    { "ten", TD_CRITERIA_COLUMN_NAME }, { "tentieuchi", TD_CRITERIA_COLUMN_NAME },
    { "tieuchi", TD_CRITERIA_COLUMN_NAME }, { "tieuchithidua", TD_CRITERIA_COLUMN_NAME },
    { "noidungtieuchi", TD_CRITERIA_COLUMN_NAME }, { "tenchitieu", TD_CRITERIA_COLUMN_NAME },
    { "noidung", TD_CRITERIA_COLUMN_CONTENT }, { "yeucau", TD_CRITERIA_COLUMN_CONTENT },
    { "noidungyeucau", TD_CRITERIA_COLUMN_CONTENT },
    { "noidungdanhgia", TD_CRITERIA_COLUMN_CONTENT },
    { "huongdancham", TD_CRITERIA_COLUMN_CONTENT },
    { "chitieu", TD_CRITERIA_COLUMN_TARGET }, { "muctieu", TD_CRITERIA_COLUMN_TARGET },
    { "chitieukehoach", TD_CRITERIA_COLUMN_TARGET },
    { "donvitinh", TD_CRITERIA_COLUMN_TARGET_UNIT }, { "dvt", TD_CRITERIA_COLUMN_TARGET_UNIT },
    { "diem", TD_CRITERIA_COLUMN_POINTS }, { "diemchuan", TD_CRITERIA_COLUMN_POINTS },
    { "diemtoida", TD_CRITERIA_COLUMN_POINTS }, { "thangdiem", TD_CRITERIA_COLUMN_POINTS },
    { "sodiem", TD_CRITERIA_COLUMN_POINTS }, { "diemchuantoida", TD_CRITERIA_COLUMN_POINTS },
    { "ghichu", TD_CRITERIA_COLUMN_NOTE },
  };
  g_autofree char *squashed = NULL;

  g_return_val_if_fail (heading != NULL, TD_CRITERIA_COLUMN_NONE);

  squashed = squash (heading);
  if (squashed[0] == '\0')
    return TD_CRITERIA_COLUMN_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (squashed, known[i].squashed))
      return known[i].column;
  /* Our own export's headings, in English or in the user's language. */
  for (TdCriteriaColumn c = TD_CRITERIA_COLUMN_CODE; c <= TD_CRITERIA_COLUMN_NOTE; c++)
    {
      g_autofree char *english = squash (export_heading (c));
      g_autofree char *translated = squash (_(export_heading (c)));

      if (g_str_equal (squashed, english) || g_str_equal (squashed, translated))
        return c;
    }
  return TD_CRITERIA_COLUMN_NONE;
}

/* The header's index and each column's TdCriteriaColumn (as int); -1 and the plain order
 * when no row of the first ten is a header. */
static int
find_columns (const TdTable *table,
              GArray        *map)
{
  static const TdCriteriaColumn plain[] = {
    TD_CRITERIA_COLUMN_CODE, TD_CRITERIA_COLUMN_NAME, TD_CRITERIA_COLUMN_POINTS,
    TD_CRITERIA_COLUMN_CONTENT, TD_CRITERIA_COLUMN_TARGET, TD_CRITERIA_COLUMN_NOTE,
  };

  for (guint r = 0; r < MIN (10, table->rows->len); r++)
    {
      const TdTableRow *row = g_ptr_array_index (table->rows, r);
      gboolean seen[TD_CRITERIA_COLUMN_NOTE + 1] = { FALSE };

      g_array_set_size (map, 0);
      for (guint c = 0; c < table->n_columns; c++)
        {
          int column = td_criteria_column_match (td_table_row_get (row, c));

          /* The first column of a kind keeps it. */
          if (seen[column])
            column = TD_CRITERIA_COLUMN_NONE;
          seen[column] = TRUE;
          g_array_append_val (map, column);
        }
      if (seen[TD_CRITERIA_COLUMN_NAME] &&
          (seen[TD_CRITERIA_COLUMN_CODE] || seen[TD_CRITERIA_COLUMN_POINTS]))
        return (int) r;
    }
  g_array_set_size (map, 0);
  for (guint c = 0; c < table->n_columns; c++)
    {
      int column = c < G_N_ELEMENTS (plain) ? (int) plain[c] : TD_CRITERIA_COLUMN_NONE;

      g_array_append_val (map, column);
    }
  return -1;
}

/* The row of column numbers official tables have under their header: "(1)", "(2)" … */
static gboolean
is_numbering_row (const TdTableRow *row)
{
  guint n = 0;

  for (guint c = 0; c < row->n_cells; c++)
    {
      g_autofree char *cell = g_strstrip (g_strdup (row->cells[c]));
      const char *p = cell;

      if (*p == '\0')
        continue;
      if (*p == '(')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == ')')
        p++;
      if (*p != '\0')
        return FALSE;
      n++;
    }
  return n >= 2;
}

typedef enum {
  CODE_NONE,
  CODE_ROMAN,
  CODE_NUMBER,
  CODE_LETTER,
} CodeKind;

static int
roman_value (const char *text)
{
  static const struct { char letter; int value; } digits[] = {
    { 'I', 1 }, { 'V', 5 }, { 'X', 10 }, { 'L', 50 }, { 'C', 100 },
  };
  int total = 0;
  int previous = 0;

  for (gssize i = (gssize) strlen (text) - 1; i >= 0; i--)
    {
      int value = 0;

      for (guint d = 0; d < G_N_ELEMENTS (digits); d++)
        if (text[i] == digits[d].letter)
          value = digits[d].value;
      if (value == 0)
        return 0;
      total += value < previous ? -value : value;
      previous = MAX (previous, value);
    }
  return total;
}

/* What a code is: "II." Roman, "2.1." numbered (its parts in *@key, "2.1"), "a)" a letter. */
static CodeKind
parse_code (const char  *cell,
            char       **key)
{
  g_autofree char *code = g_strstrip (g_strdup (cell));
  gsize len = strlen (code);
  gboolean dotted = TRUE;

  while (len > 0 && (code[len - 1] == '.' || code[len - 1] == ')'))
    code[--len] = '\0';
  *key = NULL;
  if (len == 0)
    return CODE_NONE;
  if (roman_value (code) > 0)
    {
      *key = g_strdup (code);
      return CODE_ROMAN;
    }
  for (gsize i = 0; i < len && dotted; i++)
    dotted = g_ascii_isdigit (code[i]) ||
             (code[i] == '.' && i > 0 && i + 1 < len && code[i - 1] != '.');
  if (dotted)
    {
      *key = g_strdup (code);
      return CODE_NUMBER;
    }
  if (g_utf8_strlen (code, -1) == 1 && g_unichar_islower (g_utf8_get_char (code)))
    {
      *key = g_strdup (code);
      return CODE_LETTER;
    }
  return CODE_NONE;
}

static void
add_error (GPtrArray  *errors,
           guint       row,
           int         column,
           const char *heading,
           const char *message)
{
  TdCriteriaRowError *error = g_new0 (TdCriteriaRowError, 1);

  error->row = row;
  error->column = column;
  if (heading != NULL)
    /* Translators: a row of a spreadsheet, the heading of its column and what is wrong */
    error->message = g_strdup_printf (_("Row %u: %s: %s"), row, heading, message);
  else
    error->message = g_strdup_printf (_("Row %u: %s"), row, message);
  g_ptr_array_add (errors, error);
}

/* The column's heading as the file writes it, or its name when there is no header. */
static char *
heading_of (const TdTableRow *header,
            guint             column,
            TdCriteriaColumn  kind)
{
  g_autofree char *heading = g_strdup (header != NULL ? td_table_row_get (header, column) : "");

  g_strdelimit (heading, "\r\n\t", ' ');
  g_strstrip (heading);
  if (heading[0] == '\0')
    return g_strdup (_(export_heading (kind)));
  return g_steal_pointer (&heading);
}

/* What is being built. */
typedef struct {
  const TdTable    *table;
  const TdTableRow *header;
  GArray           *map;
  GPtrArray        *criteria;
  GArray           *parents;
  GArray           *rows;
  GArray           *has_points;   /* gboolean, for each criterion: its points cell is not blank */
  GArray           *n_children;   /* guint */
  GPtrArray        *errors;
  int               group;        /* the index of the current Roman group, -1 */
  int               last_number;  /* the last numbered criterion, -1 */
  GHashTable       *numbered;     /* "2.1" → index + 1, within the current group */
  GHashTable       *romans;       /* "II" → row */
} Builder;

static int
column_of (Builder          *b,
           TdCriteriaColumn  kind)
{
  for (guint c = 0; c < b->map->len; c++)
    if (g_array_index (b->map, int, c) == (int) kind)
      return (int) c;
  return -1;
}

static const char *
cell_of (Builder          *b,
         const TdTableRow *row,
         TdCriteriaColumn  kind)
{
  int c = column_of (b, kind);

  return c < 0 ? "" : td_table_row_get (row, (guint) c);
}

static void
row_error (Builder          *b,
           const TdTableRow *row,
           TdCriteriaColumn  kind,
           const char       *message)
{
  int c = column_of (b, kind);
  g_autofree char *heading = c < 0 ? NULL : heading_of (b->header, (guint) c, kind);

  add_error (b->errors, row->number, c, heading, message);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* The parent of a criterion of @kind and @key; -2 (with an error) when there is none. */
static int
parent_of (Builder          *b,
           const TdTableRow *row,
           CodeKind          kind,
           const char       *key,
           const char       *code)
{
  if (kind == CODE_ROMAN)
    return -1;
  if (kind == CODE_LETTER)
    {
      if (b->last_number < 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is an item of a numbered criterion, and none is above it"),
                             code);
          row_error (b, row, TD_CRITERIA_COLUMN_CODE, message);
          return -2;
        }
      return b->last_number;
    }
  {
    const char *dot = strrchr (key, '.');
    g_autofree char *prefix = NULL;
    gpointer found;

    if (dot == NULL)
      return b->group;
    prefix = g_strndup (key, dot - key);
    found = g_hash_table_lookup (b->numbered, prefix);
    if (found == NULL)
      {
        g_autofree char *message =
          g_strdup_printf (_("“%s” has no criterion “%s” above it"), code, prefix);
        row_error (b, row, TD_CRITERIA_COLUMN_CODE, message);
        return -2;
      }
    return GPOINTER_TO_INT (found) - 1;
  }
}

static void
read_row (Builder          *b,
          const TdTableRow *row)
{
  const char *code = cell_of (b, row, TD_CRITERIA_COLUMN_CODE);
  const char *name = cell_of (b, row, TD_CRITERIA_COLUMN_NAME);
  const char *points_text = cell_of (b, row, TD_CRITERIA_COLUMN_POINTS);
  g_autoptr(TdCriterion) criterion = NULL;
  g_autofree char *key = NULL;
  g_autofree char *trimmed_code = g_strstrip (g_strdup (code));
  CodeKind kind;
  gboolean ok = TRUE;
  gboolean has_points = FALSE;
  gint64 points = 0;
  int parent;
  int index = (int) b->criteria->len;

  /* Nothing read in this row. */
  {
    gboolean any = FALSE;

    for (guint c = 0; c < b->map->len && !any; c++)
      any = g_array_index (b->map, int, c) != TD_CRITERIA_COLUMN_NONE &&
            !is_blank (td_table_row_get (row, c));
    if (!any)
      return;
  }
  /* The total the table ends with. */
  if (trimmed_code[0] == '\0')
    {
      g_autofree char *squashed = squash (name);

      if (g_str_equal (squashed, "tong") || g_str_equal (squashed, "tongcong") ||
          g_str_equal (squashed, "cong") || g_str_equal (squashed, "total") ||
          g_str_equal (squashed, "tongdiem"))
        return;
    }

  kind = parse_code (trimmed_code, &key);
  if (kind == CODE_NONE)
    {
      g_autofree char *message = trimmed_code[0] == '\0'
        ? g_strdup (_("a criterion needs its code, such as “II”, “1” or “1.2”"))
        : g_strdup_printf (_("“%s” is not a code of a criterion, such as “II”, “1” or “1.2”"),
                           trimmed_code);
      row_error (b, row, TD_CRITERIA_COLUMN_CODE, message);
      return;
    }

  if (is_blank (name))
    {
      row_error (b, row, TD_CRITERIA_COLUMN_NAME, _("a criterion needs a name"));
      ok = FALSE;
    }
  if (!is_blank (points_text))
    {
      g_autoptr(GError) local_error = NULL;

      if (td_points_parse (points_text, &points, &local_error))
        has_points = TRUE;
      else
        {
          row_error (b, row, TD_CRITERIA_COLUMN_POINTS, local_error->message);
          ok = FALSE;
        }
    }

  if (kind == CODE_ROMAN && g_hash_table_contains (b->romans, key))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is there already, on row %u"), trimmed_code,
                         GPOINTER_TO_UINT (g_hash_table_lookup (b->romans, key)));
      row_error (b, row, TD_CRITERIA_COLUMN_CODE, message);
    }
  if (kind == CODE_NUMBER && g_hash_table_contains (b->numbered, key))
    {
      int other = GPOINTER_TO_INT (g_hash_table_lookup (b->numbered, key)) - 1;
      g_autofree char *message =
        g_strdup_printf (_("“%s” is there already, on row %u"), trimmed_code,
                         g_array_index (b->rows, guint, other));
      row_error (b, row, TD_CRITERIA_COLUMN_CODE, message);
    }
  parent = parent_of (b, row, kind, key, trimmed_code);
  if (parent == -2)
    return;
  /* A row wrong in its name or points still stands in the tree, so the rows under it are
   * not said to have no parent: nothing is imported anyway. */
  (void) ok;

  criterion = td_criterion_new (0);
  td_criterion_set_code (criterion, trimmed_code);
  {
    g_autofree char *stripped = g_strstrip (g_strdup (name));

    td_criterion_set_name (criterion, stripped);
  }
  td_criterion_set_content (criterion, cell_of (b, row, TD_CRITERIA_COLUMN_CONTENT));
  td_criterion_set_target (criterion, cell_of (b, row, TD_CRITERIA_COLUMN_TARGET));
  td_criterion_set_target_unit (criterion, cell_of (b, row, TD_CRITERIA_COLUMN_TARGET_UNIT));
  td_criterion_set_note (criterion, cell_of (b, row, TD_CRITERIA_COLUMN_NOTE));
  if (has_points)
    {
      td_criterion_set_max_points (criterion, points);
      td_criterion_set_penalty (criterion, points < 0);
    }

  g_ptr_array_add (b->criteria, g_steal_pointer (&criterion));
  g_array_append_val (b->parents, parent);
  g_array_append_val (b->rows, row->number);
  {
    gboolean given = !is_blank (points_text);

    g_array_append_val (b->has_points, given);
  }
  g_array_set_size (b->n_children, b->criteria->len);
  if (parent >= 0)
    g_array_index (b->n_children, guint, parent)++;

  if (kind == CODE_ROMAN)
    {
      if (!g_hash_table_contains (b->romans, key))
        g_hash_table_insert (b->romans, g_steal_pointer (&key), GUINT_TO_POINTER (row->number));
      g_hash_table_remove_all (b->numbered);
      b->group = index;
      b->last_number = -1;
    }
  else if (kind == CODE_NUMBER)
    {
      if (!g_hash_table_contains (b->numbered, key))
        g_hash_table_insert (b->numbered, g_steal_pointer (&key), GINT_TO_POINTER (index + 1));
      b->last_number = index;
    }
}

static int
compare_errors (gconstpointer a,
                gconstpointer b)
{
  const TdCriteriaRowError *ea = *(TdCriteriaRowError **) a;
  const TdCriteriaRowError *eb = *(TdCriteriaRowError **) b;

  return (ea->row > eb->row) - (ea->row < eb->row);
}

gboolean
td_criteria_from_table (const TdTable  *table,
                        GPtrArray     **criteria,
                        GArray        **parents,
                        GArray        **row_numbers,
                        GPtrArray     **row_errors,
                        GError        **error)
{
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) read_parents = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) has_points = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GArray) n_children = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GPtrArray) errors =
    g_ptr_array_new_with_free_func ((GDestroyNotify) td_criteria_row_error_free);
  g_autoptr(GHashTable) numbered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) romans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Builder b = { 0 };
  int header;

  g_return_val_if_fail (table != NULL, FALSE);

  header = find_columns (table, map);
  b.table = table;
  b.header = header >= 0 ? g_ptr_array_index (table->rows, header) : NULL;
  b.map = map;
  b.criteria = read;
  b.parents = read_parents;
  b.rows = rows;
  b.has_points = has_points;
  b.n_children = n_children;
  b.errors = errors;
  b.group = -1;
  b.last_number = -1;
  b.numbered = numbered;
  b.romans = romans;

  for (guint r = (guint) (header + 1); r < table->rows->len; r++)
    {
      const TdTableRow *row = g_ptr_array_index (table->rows, r);

      if (header >= 0 && r == (guint) header + 1 && is_numbering_row (row))
        continue;
      read_row (&b, row);
    }

  /* An item is scored up to its standard: it needs one. */
  for (guint i = 0; i < read->len; i++)
    if (g_array_index (n_children, guint, i) == 0 && !g_array_index (has_points, gboolean, i))
      {
        const TdTableRow *row = NULL;

        for (guint r = 0; r < table->rows->len && row == NULL; r++)
          if (((TdTableRow *) g_ptr_array_index (table->rows, r))->number ==
              g_array_index (rows, guint, i))
            row = g_ptr_array_index (table->rows, r);
        g_assert (row != NULL);
        row_error (&b, row, TD_CRITERIA_COLUMN_POINTS,
                   _("an item needs its standard points, such as 5 or 2.5"));
      }
  /* In row order: the items' missing standards were found last. */
  g_ptr_array_sort (errors, compare_errors);

  if (row_errors != NULL)
    *row_errors = g_ptr_array_ref (errors);
  if (errors->len > 0)
    return FALSE;
  if (read->len == 0)
    {
      g_set_error_literal (error, TD_TABLE_ERROR, TD_TABLE_ERROR_EMPTY,
                           _("the table holds no criteria: each needs a row with its code, "
                             "name and standard points"));
      return FALSE;
    }
  if (criteria != NULL)
    *criteria = g_steal_pointer (&read);
  if (parents != NULL)
    *parents = g_steal_pointer (&read_parents);
  if (row_numbers != NULL)
    *row_numbers = g_steal_pointer (&rows);
  return TRUE;
}

GError *
td_criteria_rows_locate_error (const GError *error,
                               GArray       *row_numbers)
{
  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (row_numbers != NULL, NULL);

  for (guint i = 0; i < row_numbers->len; i++)
    {
      g_autofree char *prefix = g_strdup_printf (_("Row %u: %s"), i + 1, "");

      if (prefix[0] == '\0' || !g_str_has_prefix (error->message, prefix))
        continue;
      return g_error_new (error->domain, error->code, _("Row %u: %s"),
                          g_array_index (row_numbers, guint, i), error->message + strlen (prefix));
    }
  return g_error_copy (error);
}

/* Writing -------------------------------------------------------------------------------------- */

static const struct {
  TdCriteriaColumn column;
  int              width;
} written[] = {
  { TD_CRITERIA_COLUMN_CODE, 8 }, { TD_CRITERIA_COLUMN_NAME, 48 },
  { TD_CRITERIA_COLUMN_CONTENT, 40 }, { TD_CRITERIA_COLUMN_TARGET, 12 },
  { TD_CRITERIA_COLUMN_TARGET_UNIT, 10 }, { TD_CRITERIA_COLUMN_POINTS, 10 },
  { TD_CRITERIA_COLUMN_NOTE, 24 },
};

GPtrArray *
td_criteria_to_rows (TdCriteriaTree  *tree,
                     GStrv           *headers,
                     GArray         **widths)
{
  guint n = td_criteria_tree_get_n_nodes (tree);
  GPtrArray *rows = g_ptr_array_new_full (n, (GDestroyNotify) g_strfreev);

  g_return_val_if_fail (tree != NULL, NULL);
  g_return_val_if_fail (headers != NULL && widths != NULL, NULL);

  *headers = g_new0 (char *, G_N_ELEMENTS (written) + 1);
  *widths = g_array_sized_new (FALSE, FALSE, sizeof (int), G_N_ELEMENTS (written));
  for (guint c = 0; c < G_N_ELEMENTS (written); c++)
    {
      (*headers)[c] = g_strdup (_(export_heading (written[c].column)));
      g_array_append_val (*widths, written[c].width);
    }
  for (guint i = 0; i < n; i++)
    {
      const TdCriteriaNode *node = td_criteria_tree_get_node (tree, i);
      TdCriterion *c = node->criterion;
      char **cells = g_new0 (char *, G_N_ELEMENTS (written) + 1);

      cells[0] = g_strdup (td_criterion_get_code (c));
      cells[1] = g_strdup (td_criterion_get_name (c));
      cells[2] = g_strdup (td_criterion_get_content (c));
      cells[3] = g_strdup (td_criterion_get_target (c));
      cells[4] = g_strdup (td_criterion_get_target_unit (c));
      cells[5] = td_points_format (node->leaf < 0 && node->has_stated ? node->stated
                                                                      : node->standard, '.');
      cells[6] = g_strdup (td_criterion_get_note (c));
      g_ptr_array_add (rows, cells);
    }
  return rows;
}

gboolean
td_criteria_write (TdCriteriaTree  *tree,
                   const char      *path,
                   GError         **error)
{
  g_auto(GStrv) headers = NULL;
  g_autoptr(GArray) widths = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (tree != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rows = td_criteria_to_rows (tree, &headers, &widths);
  return td_table_write (path, (const char * const *) headers, (const int *) widths->data, rows,
                         error);
}
