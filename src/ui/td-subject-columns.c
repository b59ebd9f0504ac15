/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The columns of the subject lists: what each shows, how wide it is and how it sorts. Text
 * sorts in Vietnamese order (td-collate.h), the name by the key each subject keeps, so
 * sorting 20,000 rows folds nothing twice.
 */
#define G_LOG_DOMAIN "td-subject-list"

#include "config.h"

#include <glib/gi18n.h>

#include "td-collate.h"
#include "td-subject-columns.h"

typedef enum {
  VALUE_FIELD,
  VALUE_UNIT_KIND,
  VALUE_TASKS,
  VALUE_REGISTRATIONS,
  VALUE_AWARDS,
} ColumnValue;

struct _TdSubjectColumn {
  ColumnValue    value;
  TdSubjectField field;
  /* Only for the columns that are not a field: their heading. */
  const char    *title;
  gboolean       expand;
  gboolean       numeric;
};
typedef TdSubjectColumn ColumnDef;

#define TEXT(f, e) { VALUE_FIELD, TD_SUBJECT_FIELD_##f, NULL, e, FALSE }
#define NUMBER(f) { VALUE_FIELD, TD_SUBJECT_FIELD_##f, NULL, FALSE, TRUE }
#define COUNT(v, t) { VALUE_##v, TD_SUBJECT_FIELD_NOTE, t, FALSE, TRUE }

static const ColumnDef unit_columns[] = {
  TEXT (NAME, TRUE),
  { VALUE_UNIT_KIND, TD_SUBJECT_FIELD_UNIT_KIND, NULL, FALSE, FALSE },
  TEXT (HEAD, TRUE),
  NUMBER (MEMBERS),
  TEXT (PHONE, FALSE),
  COUNT (TASKS, N_("Tasks")),
  COUNT (REGISTRATIONS, N_("Registrations")),
  COUNT (AWARDS, N_("Awards")),
};

static const ColumnDef person_columns[] = {
  TEXT (NAME, TRUE),
  TEXT (POSITION, TRUE),
  TEXT (PARENT_NAME, TRUE),
  NUMBER (BIRTH_YEAR),
  TEXT (PHONE, FALSE),
  COUNT (REGISTRATIONS, N_("Registrations")),
  COUNT (AWARDS, N_("Awards")),
};

static const ColumnDef household_columns[] = {
  TEXT (NAME, TRUE),
  TEXT (PARENT_NAME, TRUE),
  NUMBER (MEMBERS),
  TEXT (ADDRESS, TRUE),
  TEXT (PHONE, FALSE),
  COUNT (REGISTRATIONS, N_("Registrations")),
  COUNT (AWARDS, N_("Awards")),
};

static const ColumnDef *
columns_of (TdSubjectKind kind,
            guint        *n_columns)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON:
      *n_columns = G_N_ELEMENTS (person_columns);
      return person_columns;
    case TD_SUBJECT_HOUSEHOLD:
      *n_columns = G_N_ELEMENTS (household_columns);
      return household_columns;
    case TD_SUBJECT_UNIT:
    default:
      *n_columns = G_N_ELEMENTS (unit_columns);
      return unit_columns;
    }
}

static guint
count_of (TdSubject   *subject,
          ColumnValue  value)
{
  switch (value)
    {
    case VALUE_TASKS:
      return td_subject_get_n_tasks (subject);
    case VALUE_REGISTRATIONS:
      return td_subject_get_n_registrations (subject);
    case VALUE_AWARDS:
      return td_subject_get_n_awards (subject);
    case VALUE_FIELD:
    case VALUE_UNIT_KIND:
    default:
      return 0;
    }
}

static char *
cell_text (TdSubject       *subject,
           const ColumnDef *def)
{
  switch (def->value)
    {
    case VALUE_FIELD:
      return td_subject_dup_field_text (subject, def->field);
    case VALUE_UNIT_KIND:
      return g_strdup (td_unit_kind_label (td_subject_get_unit_kind (subject)));
    case VALUE_TASKS:
    case VALUE_REGISTRATIONS:
    case VALUE_AWARDS:
    default:
      return g_strdup_printf ("%u", count_of (subject, def->value));
    }
}

/* Numbers, for the numeric fields: unknown (-1 or 0) before every known value. */
static int
number_of (TdSubject       *subject,
           const ColumnDef *def)
{
  if (def->value != VALUE_FIELD)
    return (int) count_of (subject, def->value);
  if (def->field == TD_SUBJECT_FIELD_MEMBERS)
    return td_subject_get_members (subject);
  if (def->field == TD_SUBJECT_FIELD_BIRTH_YEAR)
    return td_subject_get_birth_year (subject);
  return 0;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const ColumnDef *def = user_data;
  TdSubject *x = TD_SUBJECT ((gpointer) a);
  TdSubject *y = TD_SUBJECT ((gpointer) b);
  int result;

  if (def->numeric)
    {
      int m = number_of (x, def), n = number_of (y, def);
      result = (m > n) - (m < n);
    }
  else if (def->value == VALUE_FIELD && def->field == TD_SUBJECT_FIELD_NAME)
    {
      result = strcmp (td_subject_get_sort_key (x), td_subject_get_sort_key (y));
    }
  else
    {
      g_autofree char *s = cell_text (x, def);
      g_autofree char *t = cell_text (y, def);
      result = td_collate (s, t);
    }
  /* Ties in the name's order, so a sorted column reads as a list does. */
  if (result == 0)
    result = strcmp (td_subject_get_sort_key (x), td_subject_get_sort_key (y));
  return result;
}

/* Widths, in average characters: the least a column is given before it is left out, and
 * what it is given when there is room (the rest goes to the columns that expand). */
static int
min_chars (const ColumnDef *def)
{
  if (def->value == VALUE_FIELD && def->field == TD_SUBJECT_FIELD_NAME)
    return 24;
  if (def->numeric)
    return 8;
  return def->expand ? 14 : 12;
}

static int
natural_chars (const ColumnDef *def)
{
  if (def->value == VALUE_FIELD && def->field == TD_SUBJECT_FIELD_NAME)
    return 24;
  if (def->value == VALUE_FIELD && def->field == TD_SUBJECT_FIELD_PHONE)
    return 16;
  if (def->numeric)
    return def->value == VALUE_FIELD ? 8 : 11;
  return def->expand ? 16 : 14;
}

guint
td_subject_columns_count (TdSubjectKind kind)
{
  guint n_columns;

  columns_of (kind, &n_columns);
  return n_columns;
}

const TdSubjectColumn *
td_subject_columns_get (TdSubjectKind kind,
                        guint         index)
{
  guint n_columns;
  const ColumnDef *defs = columns_of (kind, &n_columns);

  return index < n_columns ? &defs[index] : NULL;
}

const char *
td_subject_column_get_title (TdSubjectKind          kind,
                             const TdSubjectColumn *column)
{
  return column->title != NULL ? _(column->title) : td_subject_field_label (kind, column->field);
}

gboolean
td_subject_column_is_numeric (const TdSubjectColumn *column)
{
  return column->numeric;
}

char *
td_subject_column_dup_text (const TdSubjectColumn *column,
                            TdSubject             *subject)
{
  char *text = cell_text (subject, column);

  /* A count of nothing is left blank, so the counts that matter stand out. */
  if (column->value != VALUE_FIELD && column->value != VALUE_UNIT_KIND &&
      count_of (subject, column->value) == 0)
    text[0] = '\0';
  return text;
}

int
td_subject_column_compare (const TdSubjectColumn *column,
                           TdSubject             *a,
                           TdSubject             *b)
{
  return compare_cb (a, b, (gpointer) column);
}

typedef struct {
  const ColumnDef *column;
  gboolean         descending;
} SortBy;

static int
sort_by_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  SortBy *by = user_data;
  int result = compare_cb (a, b, (gpointer) by->column);

  return by->descending ? -result : result;
}

GtkSorter *
td_subject_column_new_sorter (const TdSubjectColumn *column,
                              gboolean               descending)
{
  SortBy *by = g_new (SortBy, 1);

  by->column = column;
  by->descending = descending;
  return GTK_SORTER (gtk_custom_sorter_new (sort_by_cb, by, g_free));
}

static void
describe_cb (gpointer       data,
             guint          index,
             TdDrawnColumn *column)
{
  TdSubjectKind kind = GPOINTER_TO_INT (data);
  const ColumnDef *def = td_subject_columns_get (kind, index);

  column->alignment = def->numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  column->min_chars = min_chars (def);
  column->natural_chars = natural_chars (def);
  column->expand = def->expand;
  column->sortable = TRUE;
}

static const char *
get_title_cb (gpointer data,
              guint    index)
{
  TdSubjectKind kind = GPOINTER_TO_INT (data);

  return td_subject_column_get_title (kind, td_subject_columns_get (kind, index));
}

static char *
dup_text_cb (gpointer data,
             guint    index,
             gpointer item,
             gboolean spoken)
{
  return td_subject_column_dup_text (td_subject_columns_get (GPOINTER_TO_INT (data), index),
                                     item);
}

static gboolean
is_faded_cb (gpointer data,
             gpointer item)
{
  return td_subject_get_archived (item);
}

static const TdDrawnFuncs table_funcs = {
  .describe = describe_cb,
  .get_title = get_title_cb,
  .dup_text = dup_text_cb,
  .is_faded = is_faded_cb,
};

TdDrawnColumns *
td_subject_columns_new_table (TdSubjectKind kind)
{
  return td_drawn_columns_new (&table_funcs, GINT_TO_POINTER (kind),
                               td_subject_columns_count (kind), 1);
}

void
td_subject_columns_layout (TdSubjectKind  kind,
                           int            width,
                           int            char_width,
                           int           *x)
{
  guint n_columns = td_subject_columns_count (kind);
  g_autofree TdDrawnColumn *columns = g_new0 (TdDrawnColumn, n_columns);

  for (guint i = 0; i < n_columns; i++)
    describe_cb (GINT_TO_POINTER (kind), i, &columns[i]);
  td_drawn_layout (columns, n_columns, width, char_width, x);
}

const char *
td_subject_kind_title (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON:
      return _("People");
    case TD_SUBJECT_HOUSEHOLD:
      return _("Households");
    case TD_SUBJECT_UNIT:
    default:
      return _("Units");
    }
}

char *
td_subject_count_text (TdSubjectKind kind,
                       guint         shown,
                       guint         total)
{
  g_autofree char *of_total = NULL;

  /* Thousands as the locale writes them: "20.000" in Vietnamese. */
  switch (kind)
    {
    case TD_SUBJECT_PERSON:
      of_total = g_strdup_printf (ngettext ("%'u person", "%'u people", total), total);
      break;
    case TD_SUBJECT_HOUSEHOLD:
      of_total = g_strdup_printf (ngettext ("%'u household", "%'u households", total), total);
      break;
    case TD_SUBJECT_UNIT:
    default:
      of_total = g_strdup_printf (ngettext ("%'u unit", "%'u units", total), total);
      break;
    }
  if (shown == total)
    return g_steal_pointer (&of_total);
  /* TRANSLATORS: "12 of 20,000 households": how many rows the search leaves shown. */
  return g_strdup_printf (_("%'u of %s"), shown, of_total);
}
