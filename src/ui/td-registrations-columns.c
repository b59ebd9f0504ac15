/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The columns of the Registrations page: who (with where they belong under the name),
 * what kind of subject, the title, the date, the pledge (✓ when signed, which the
 * registration's dialog ticks) and the targets, drawn by one widget a row
 * (td-drawn-row.h) that a slot gives whichever registration scrolls into it. A click on
 * a heading sorts by its column: text in Vietnamese order by keys made once a row or a
 * title (td-collate.h), never per comparison; the date and the pledge as they are; ties
 * by name.
 */
#define G_LOG_DOMAIN "td-registrations-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-collate.h"
#include "td-date.h"
#include "td-drawn-row.h"
#include "td-registrations-page-private.h"

enum {
  KIND_HOUSEHOLD,
  KIND_PERSON,
  KIND_VILLAGE,
  KIND_UNIT,
  N_KINDS
};

static guint
kind_of (TdRegistration *registration)
{
  switch (td_registration_get_subject_kind (registration))
    {
    case TD_REGISTRATION_HOUSEHOLD:
      return KIND_HOUSEHOLD;
    case TD_REGISTRATION_PERSON:
      return KIND_PERSON;
    case TD_REGISTRATION_UNIT:
    default:
      return g_strcmp0 (td_registration_get_award_subject_kind (registration), "village") == 0
               ? KIND_VILLAGE : KIND_UNIT;
    }
}

static const char *
kind_label (guint kind)
{
  switch (kind)
    {
    case KIND_HOUSEHOLD:
      return _("Household");
    case KIND_PERSON:
      return _("Person");
    case KIND_VILLAGE:
      return _("Village");
    case KIND_UNIT:
    default:
      return _("Unit");
    }
}

const char *
_td_registration_kind_label (TdRegistration *registration)
{
  return kind_label (kind_of (registration));
}

/* The cells --------------------------------------------------------------------------------- */

static void
describe_cb (gpointer        data,
             guint           index,
             TdDrawnColumn  *column)
{
  TdRegistrationsPage *self = data;
  gboolean narrow = self->narrow;
  gboolean unregistered = self->show_unregistered;

  /* Who has not registered has no date, pledge or targets; a phone shows who, the title
   * and the pledge. */
  column->sortable = TRUE;
  switch (index)
    {
    case REG_COLUMN_NAME:
      /* Room for a name however narrow the window: the other columns give way. */
      column->min_chars = 16;
      column->natural_chars = narrow ? 16 : 24;
      column->expand = TRUE;
      break;
    case REG_COLUMN_KIND:
      /* "Hộ gia đình"; the headings too, in Vietnamese. */
      column->min_chars = column->natural_chars = 15;
      column->hidden = narrow;
      break;
    case REG_COLUMN_TITLE:
      column->min_chars = narrow ? 12 : 18;
      column->natural_chars = narrow ? 18 : 30;
      /* On a phone, the title shares what is left with the name. */
      column->expand = narrow;
      break;
    case REG_COLUMN_DATE:
      /* "31/12/2022" (digits are wider than the average character), "Ngày đăng ký". */
      column->min_chars = column->natural_chars = 16;
      column->hidden = narrow || unregistered;
      break;
    case REG_COLUMN_PLEDGE:
      column->alignment = PANGO_ALIGN_CENTER;
      column->min_chars = column->natural_chars = 12;
      column->hidden = unregistered;
      break;
    case REG_COLUMN_TARGETS:
    default:
      column->min_chars = 12;
      column->natural_chars = 20;
      column->expand = TRUE;
      column->hidden = narrow || unregistered;
      column->sortable = FALSE;
      break;
    }
}

static const char *
get_title_cb (gpointer data,
              guint    index)
{
  switch (index)
    {
    case REG_COLUMN_NAME:
      return _("Name");
    case REG_COLUMN_KIND:
      /* TRANSLATORS: the heading of a unit's, a person's or a household's column. */
      return C_("subject", "Kind");
    case REG_COLUMN_TITLE:
      /* Translators: the heading of the column of emulation titles (danh hiệu) */
      return C_("award", "Title");
    case REG_COLUMN_DATE:
      return _("Registered");
    case REG_COLUMN_PLEDGE:
      return _("Pledge");
    case REG_COLUMN_TARGETS:
    default:
      return _("Targets");
    }
}

/* The targets: how many, and what, as far as the column is wide. */
static char *
targets_text (TdRegistrationsPage *self,
              TdRegistration      *registration)
{
  gint64 id = td_registration_get_id (registration);
  GPtrArray *targets = self->targets != NULL ? g_hash_table_lookup (self->targets, &id) : NULL;
  GString *text;

  if (targets == NULL || targets->len == 0)
    return g_strdup ("");
  text = g_string_new (NULL);
  g_string_printf (text, "%u · ", targets->len);
  for (guint i = 0; i < targets->len; i++)
    {
      g_autofree char *one = td_registration_target_dup_label (g_ptr_array_index (targets, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", one);
    }
  return g_string_free (text, FALSE);
}

static char *
dup_text_cb (gpointer data,
             guint    index,
             gpointer item,
             gboolean spoken)
{
  TdRegistrationsPage *self = data;
  TdRegistration *registration = item;

  switch (index)
    {
    case REG_COLUMN_NAME:
      return g_strdup (td_registration_get_subject_name (registration));
    case REG_COLUMN_KIND:
      return g_strdup (_td_registration_kind_label (registration));
    case REG_COLUMN_TITLE:
      return g_strdup (td_registration_get_award_kind_name (registration));
    case REG_COLUMN_DATE:
      return td_date_format_typed (td_registration_get_registered_on (registration));
    case REG_COLUMN_PLEDGE:
      /* Ticked in the registration's dialog; a mark here, words for a screen reader. */
      if (!td_registration_get_pledge_signed (registration))
        return g_strdup ("");
      return g_strdup (spoken ? _("Pledge signed") : "✓");
    case REG_COLUMN_TARGETS:
    default:
      return targets_text (self, registration);
    }
}

/* Under the name, where they belong. */
static char *
dup_detail_cb (gpointer data,
               guint    index,
               gpointer item)
{
  if (index != REG_COLUMN_NAME)
    return NULL;
  return g_strdup (td_registration_get_parent_name (item));
}

static const TdDrawnFuncs drawn_funcs = {
  .describe = describe_cb,
  .get_title = get_title_cb,
  .dup_text = dup_text_cb,
  .dup_detail = dup_detail_cb,
};

/* Sorting --------------------------------------------------------------------------------- */

/* One a column, in the columns' order. */
typedef enum {
  SORT_NAME = REG_COLUMN_NAME,
  SORT_KIND = REG_COLUMN_KIND,
  SORT_TITLE = REG_COLUMN_TITLE,
  SORT_DATE = REG_COLUMN_DATE,
  SORT_PLEDGE = REG_COLUMN_PLEDGE,
} SortBy;

typedef struct {
  SortBy      by;
  gboolean    descending;
  /* SORT_KIND: the place of each kind's label (as the column shows it) in Vietnamese order. */
  guint       kind_rank[N_KINDS];
  /* SORT_TITLE: a title's name → its td_collate_key(), made the first time it is met. */
  GHashTable *title_keys;
} SortData;

static void
sort_data_free (gpointer data)
{
  SortData *sort = data;

  g_clear_pointer (&sort->title_keys, g_hash_table_unref);
  g_free (sort);
}

static const char *
title_key (SortData       *sort,
           TdRegistration *registration)
{
  const char *name = td_registration_get_award_kind_name (registration);
  char *key = g_hash_table_lookup (sort->title_keys, name);

  if (key == NULL)
    {
      key = td_collate_key (name);
      g_hash_table_insert (sort->title_keys, g_strdup (name), key);
    }
  return key;
}

static int
sign (int value)
{
  return value < 0 ? GTK_ORDERING_SMALLER : value > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  SortData *sort = data;
  TdRegistration *x = (TdRegistration *) a;
  TdRegistration *y = (TdRegistration *) b;
  int order = 0;

  switch (sort->by)
    {
    case SORT_KIND:
      order = (int) sort->kind_rank[kind_of (x)] - (int) sort->kind_rank[kind_of (y)];
      break;
    case SORT_TITLE:
      if (td_registration_get_award_kind_id (x) != td_registration_get_award_kind_id (y))
        order = strcmp (title_key (sort, x), title_key (sort, y));
      break;
    case SORT_DATE:
      /* ISO dates sort as text; none ("") first. */
      order = strcmp (td_registration_get_registered_on (x), td_registration_get_registered_on (y));
      break;
    case SORT_PLEDGE:
      order = !!td_registration_get_pledge_signed (x) - !!td_registration_get_pledge_signed (y);
      break;
    case SORT_NAME:
    default:
      break;
    }
  if (order == 0)
    order = strcmp (_td_registration_sort_key (x), _td_registration_sort_key (y));
  if (order == 0)
    order = (td_registration_get_id (x) > td_registration_get_id (y)) -
            (td_registration_get_id (x) < td_registration_get_id (y));
  /* Who has not registered: no id, one row a subject. */
  if (order == 0)
    order = (td_registration_get_subject_id (x) > td_registration_get_subject_id (y)) -
            (td_registration_get_subject_id (x) < td_registration_get_subject_id (y));
  order = sign (order);
  return sort->descending ? -order : order;
}

static GtkSorter *
new_sorter (SortBy by)
{
  SortData *sort = g_new0 (SortData, 1);
  GtkSorter *sorter;

  sort->by = by;
  if (by == SORT_TITLE)
    sort->title_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (by == SORT_KIND)
    {
      for (guint i = 0; i < N_KINDS; i++)
        for (guint j = 0; j < N_KINDS; j++)
          sort->kind_rank[i] += td_collate (kind_label (j), kind_label (i)) < 0;
    }
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, sort, sort_data_free));
  /* Which way it sorts, turned round by _td_registrations_page_set_sort(). */
  g_object_set_data (G_OBJECT (sorter), "td-sort", sort);
  return sorter;
}

/* Columns -------------------------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TdRegistrationsPage      *self)
{
  gtk_list_item_set_child (item, td_drawn_row_new (self->table));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  td_drawn_row_set_slot (TD_DRAWN_ROW (gtk_list_item_get_child (item)),
                         gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  td_drawn_row_set_slot (TD_DRAWN_ROW (gtk_list_item_get_child (item)), NULL);
}

void
_td_registrations_page_add_columns (TdRegistrationsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  /* Rows of two lines: the name, and where they belong under it. */
  self->table = td_drawn_columns_new (&drawn_funcs, self, N_REG_COLUMNS, 2);
  self->header = td_drawn_header_new (self->table);
  gtk_box_prepend (GTK_BOX (self->rows_box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_prepend (GTK_BOX (self->rows_box), self->header);
  self->sort_column = TD_DRAWN_UNSORTED;
  for (guint i = 0; i < N_REG_COLUMNS; i++)
    self->sorters[i] = i != REG_COLUMN_TARGETS ? new_sorter ((SortBy) i) : NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->view, factory);
}

void
_td_registrations_page_update_columns (TdRegistrationsPage *self)
{
  td_drawn_columns_changed (self->table);
}

gboolean
_td_registrations_page_set_sort (TdRegistrationsPage *self,
                                 guint                column,
                                 gboolean             descending)
{
  GtkSorter *sorter = column < N_REG_COLUMNS ? self->sorters[column] : NULL;
  SortData *sort = sorter != NULL ? g_object_get_data (G_OBJECT (sorter), "td-sort") : NULL;

  if (sorter == NULL)
    return FALSE;
  self->sort_column = column;
  self->sort_descending = descending;
  td_drawn_header_set_sort (TD_DRAWN_HEADER (self->header), column, descending);
  if (gtk_sort_list_model_get_sorter (self->sorted) != sorter)
    {
      sort->descending = descending;
      gtk_sort_list_model_set_sorter (self->sorted, sorter);
    }
  else if (sort->descending != descending)
    {
      sort->descending = descending;
      gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_INVERTED);
    }
  return TRUE;
}
