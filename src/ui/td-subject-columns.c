/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The columns of the subject lists. A cell is a label bound to its row when it scrolls into
 * view (only the visible rows have widgets); text sorts in Vietnamese order (td-collate.h),
 * the name by the key each subject keeps, so sorting 20,000 rows folds nothing twice.
 */
#define G_LOG_DOMAIN "td-subject-list"

#include "config.h"

#include <glib/gi18n.h>

#include "td-collate.h"
#include "td-slot-model.h"
#include "td-subject-columns.h"

typedef enum {
  VALUE_FIELD,
  VALUE_UNIT_KIND,
  VALUE_TASKS,
  VALUE_REGISTRATIONS,
  VALUE_AWARDS,
} ColumnValue;

typedef struct {
  ColumnValue    value;
  TdSubjectField field;
  /* Only for the columns that are not a field: their heading. */
  const char    *title;
  gboolean       expand;
  gboolean       numeric;
} ColumnDef;

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

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  const ColumnDef *def = user_data;
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), def->numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  /* Room for a name before it is cut short: the column view shares out only what is left
   * above the cells' minimum, and an ellipsized label's minimum is its "…". */
  if (def->value == VALUE_FIELD && def->field == TD_SUBJECT_FIELD_NAME)
    gtk_label_set_width_chars (GTK_LABEL (label), 22);
  else if (def->value == VALUE_FIELD && def->field == TD_SUBJECT_FIELD_PHONE)
    gtk_label_set_width_chars (GTK_LABEL (label), 13);
  else if (!def->numeric)
    gtk_label_set_width_chars (GTK_LABEL (label), def->expand ? 14 : 10);
  if (def->numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
show_cell (GtkLabel        *label,
           TdSubject       *subject,
           const ColumnDef *def)
{
  g_autofree char *text = cell_text (subject, def);

  /* A count of nothing is left blank, so the counts that matter stand out. */
  if (def->value != VALUE_FIELD && def->value != VALUE_UNIT_KIND &&
      count_of (subject, def->value) == 0)
    text[0] = '\0';
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
  if (td_subject_get_archived (subject))
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

/* The rows' items are slots (td-slot-model.h): a row keeps its widgets while its slot takes
 * another subject, and only shows that one instead. */
static void
on_slot_item_cb (TdSlot     *slot,
                 GParamSpec *pspec,
                 GtkLabel   *label)
{
  show_cell (label, td_slot_get_item (slot), g_object_get_data (G_OBJECT (label), "column"));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  TdSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (label), "column", user_data);
  g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_slot_item_cb), label, 0);
  show_cell (GTK_LABEL (label), td_slot_get_item (slot), user_data);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_slot_item_cb,
                                        gtk_list_item_get_child (item));
}

void
td_subject_columns_add (GtkColumnView *view,
                        TdSubjectKind  kind)
{
  const ColumnDef *defs;
  guint n_columns;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  defs = columns_of (kind, &n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      const ColumnDef *def = &defs[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSorter *sorter;
      const char *title = def->title != NULL ? _(def->title)
                                             : td_subject_field_label (kind, def->field);

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), (gpointer) def);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), (gpointer) def);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), (gpointer) def);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_expand (column, def->expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, (gpointer) def, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_append_column (view, column);
    }
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
