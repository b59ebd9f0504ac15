/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The columns of the Registrations page: who (with where they belong under the name),
 * what kind of subject, the title, the date, the pledge (a check box that saves as it is
 * ticked) and the targets. Each cell is made once for a row in view and bound to
 * whichever registration scrolls into it. A click on a heading sorts by its column: text
 * in Vietnamese order by keys made once a row or a title (td-collate.h), never per
 * comparison; the date and the pledge as they are; ties by name.
 */
#define G_LOG_DOMAIN "td-registrations-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-collate.h"
#include "td-date.h"
#include "td-registrations-page-private.h"
#include "td-slot-model.h"

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

/* The rows' items are slots (td-slot-model.h), which keep their row while a search gives
 * them another registration: what the row shows now. */
static TdRegistration *
registration_of (GtkListItem *item)
{
  TdSlot *slot = gtk_list_item_get_item (item);

  return slot != NULL ? td_slot_get_item (slot) : NULL;
}

typedef void (*BindFunc) (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          TdRegistrationsPage      *self);

/* The slot took another registration: the cell shows it, as bound anew. */
static void
on_slot_item_cb (TdSlot      *slot,
                 GParamSpec  *pspec,
                 GtkListItem *item)
{
  BindFunc bind = g_object_get_data (G_OBJECT (item), "td-bind");

  bind (NULL, item, g_object_get_data (G_OBJECT (item), "td-page"));
}

static void
bind_slot_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TdRegistrationsPage      *self)
{
  BindFunc bind = g_object_get_data (G_OBJECT (factory), "td-bind");

  g_object_set_data (G_OBJECT (item), "td-bind", bind);
  g_object_set_data (G_OBJECT (item), "td-page", self);
  g_signal_connect_object (gtk_list_item_get_item (item), "notify::item",
                           G_CALLBACK (on_slot_item_cb), item, 0);
  bind (factory, item, self);
}

static void
unbind_slot_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                TdRegistrationsPage      *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_slot_item_cb, item);
}

static GtkWidget *
new_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

/* Who: the name, and under it where they belong. */

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = new_label ();
  GtkWidget *parent = new_label ();

  /* Room for a name however narrow the window: the other columns give way. */
  gtk_label_set_width_chars (GTK_LABEL (name), 16);

  gtk_widget_add_css_class (parent, "dim-label");
  gtk_widget_add_css_class (parent, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), parent);
  gtk_list_item_set_child (item, box);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  TdRegistration *registration = registration_of (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *parent = gtk_widget_get_next_sibling (name);
  const char *parent_name = td_registration_get_parent_name (registration);

  gtk_label_set_label (GTK_LABEL (name), td_registration_get_subject_name (registration));
  gtk_label_set_label (GTK_LABEL (parent), parent_name);
  gtk_widget_set_visible (parent, parent_name[0] != '\0');
}

/* A label of text: the kind, the title, the date. */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  gtk_list_item_set_child (item, new_label ());
}

static void
bind_kind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       _td_registration_kind_label (registration_of (item)));
}

/* A cut label's whole text, asked for when the pointer rests on it: setting a tooltip as a
 * row is bound asks the display where the pointer is, a round trip for each cell. */
static gboolean
on_query_tooltip_cb (GtkWidget  *label,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    data)
{
  const char *text = g_object_get_data (G_OBJECT (label), "td-tooltip");

  if (text == NULL || text[0] == '\0')
    text = gtk_label_get_text (GTK_LABEL (label));
  if (text == NULL || text[0] == '\0' || !pango_layout_is_ellipsized (
                                             gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = new_label ();

  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  TdRegistration *registration = registration_of (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       td_registration_get_award_kind_name (registration));
}

static void
bind_date_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  g_autofree char *date =
    td_date_format_typed (td_registration_get_registered_on (registration_of (item)));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), date);
}

/* The pledge: ticked here, saved at once. */

static void
on_pledge_toggled_cb (GtkCheckButton *check,
                      GtkListItem    *item)
{
  TdRegistrationsPage *self = g_object_get_data (G_OBJECT (check), "td-page");
  TdRegistration *registration = registration_of (item);

  if (registration == NULL || g_object_get_data (G_OBJECT (check), "td-binding") != NULL)
    return;
  if (gtk_check_button_get_active (check) != td_registration_get_pledge_signed (registration))
    _td_registrations_page_set_pledge (self, registration, gtk_check_button_get_active (check));
}

static gboolean
on_check_tooltip_cb (GtkWidget  *check,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    data)
{
  gtk_tooltip_set_text (tooltip, g_object_get_data (G_OBJECT (check), "td-tooltip"));
  return TRUE;
}

static void
setup_pledge_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 TdRegistrationsPage      *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (check), "td-tooltip", (gpointer) _("Pledge signed"));
  gtk_widget_set_has_tooltip (check, TRUE);
  g_signal_connect (check, "query-tooltip", G_CALLBACK (on_check_tooltip_cb), NULL);
  g_object_set_data (G_OBJECT (check), "td-page", self);
  g_signal_connect (check, "toggled", G_CALLBACK (on_pledge_toggled_cb), item);
  gtk_list_item_set_child (item, check);
}

static void
bind_pledge_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                TdRegistrationsPage      *self)
{
  TdRegistration *registration = registration_of (item);
  GtkWidget *check = gtk_list_item_get_child (item);
  g_autofree char *label = NULL;

  g_object_set_data (G_OBJECT (check), "td-binding", GINT_TO_POINTER (1));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               td_registration_get_pledge_signed (registration));
  g_object_set_data (G_OBJECT (check), "td-binding", NULL);
  gtk_widget_set_sensitive (check, _td_registrations_page_writable (self) &&
                                   td_registration_get_id (registration) != 0);
  /* Translators: what a screen reader says of the pledge check box of a row */
  label = g_strdup_printf (_("Pledge signed by %s"),
                           td_registration_get_subject_name (registration));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The targets: how many, and what, as far as the column is wide. */

static void
setup_targets_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = new_label ();

  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
bind_targets_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 TdRegistrationsPage      *self)
{
  TdRegistration *registration = registration_of (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gint64 id = td_registration_get_id (registration);
  GPtrArray *targets = self->targets != NULL ? g_hash_table_lookup (self->targets, &id) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      g_autofree char *one = td_registration_target_dup_label (g_ptr_array_index (targets, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", one);
      g_string_append_printf (lines, "%s%s", i > 0 ? "\n" : "", one);
    }
  if (targets != NULL && targets->len > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u · ", targets->len);

      g_string_prepend (text, count);
    }
  /* The targets one a line, when the pointer rests on them. */
  g_object_set_data_full (G_OBJECT (label), "td-tooltip", g_string_free (g_steal_pointer (&lines),
                                                                         FALSE), g_free);
  gtk_label_set_label (GTK_LABEL (label), text->str);
}

/* Sorting --------------------------------------------------------------------------------- */

typedef enum {
  SORT_NAME,
  SORT_KIND,
  SORT_TITLE,
  SORT_DATE,
  SORT_PLEDGE,
} SortBy;

typedef struct {
  SortBy      by;
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
  return sign (order);
}

static void
set_sorter (GtkColumnViewColumn *column,
            SortBy               by)
{
  SortData *sort = g_new0 (SortData, 1);
  g_autoptr(GtkSorter) sorter = NULL;

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
  gtk_column_view_column_set_sorter (column, sorter);
}

/* Columns -------------------------------------------------------------------------------- */

static GtkColumnViewColumn *
add_column (TdRegistrationsPage *self,
            const char          *title,
            GCallback            setup,
            GCallback            bind,
            int                  fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, self);
  g_object_set_data (G_OBJECT (factory), "td-bind", bind);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_slot_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_slot_cb), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (self->column_view, column);
  /* The page holds it too, to take it out of the view and put it back. */
  g_ptr_array_add (self->columns, column);
  return column;
}

void
_td_registrations_page_add_columns (TdRegistrationsPage *self)
{
  GtkColumnViewColumn *name;

  name = add_column (self, _("Name"), G_CALLBACK (setup_name_cb), G_CALLBACK (bind_name_cb), 0);
  gtk_column_view_column_set_expand (name, TRUE);
  set_sorter (name, SORT_NAME);
  /* TRANSLATORS: the heading of a unit's, a person's or a household's column. */
  self->kind_column = add_column (self, C_("subject", "Kind"), G_CALLBACK (setup_label_cb),
                                  G_CALLBACK (bind_kind_cb), 100);
  /* Translators: the heading of the column of emulation titles (danh hiệu) */
  self->title_column = add_column (self, C_("award", "Title"), G_CALLBACK (setup_title_cb),
                                   G_CALLBACK (bind_title_cb), 170);
  self->date_column = add_column (self, _("Registered"), G_CALLBACK (setup_label_cb),
                                  G_CALLBACK (bind_date_cb), 100);
  self->pledge_column = add_column (self, _("Pledge"), G_CALLBACK (setup_pledge_cb),
                                    G_CALLBACK (bind_pledge_cb), 70);
  set_sorter (self->kind_column, SORT_KIND);
  set_sorter (self->title_column, SORT_TITLE);
  set_sorter (self->date_column, SORT_DATE);
  set_sorter (self->pledge_column, SORT_PLEDGE);
  self->targets_column = add_column (self, _("Targets"), G_CALLBACK (setup_targets_cb),
                                     G_CALLBACK (bind_targets_cb), 0);
  gtk_column_view_column_set_expand (self->targets_column, TRUE);
}

/* Puts @column into the view at its place among the others, or takes it out. (Hidden, GTK
 * 4.8's column view still counts a column's width, which would leave no room for the name
 * on a phone.) */
static void
show_column (TdRegistrationsPage *self,
             GtkColumnViewColumn *column,
             gboolean             show)
{
  GListModel *shown = gtk_column_view_get_columns (self->column_view);
  guint position = 0;
  gboolean present = FALSE;

  for (guint i = 0; i < self->columns->len; i++)
    {
      GtkColumnViewColumn *other = g_ptr_array_index (self->columns, i);

      if (other == column)
        break;
      if (gtk_column_view_column_get_column_view (other) != NULL)
        position++;
    }
  present = gtk_column_view_column_get_column_view (column) != NULL;
  if (show && !present)
    gtk_column_view_insert_column (self->column_view,
                                   MIN (position, g_list_model_get_n_items (shown)), column);
  else if (!show && present)
    gtk_column_view_remove_column (self->column_view, column);
}

void
_td_registrations_page_update_columns (TdRegistrationsPage *self)
{
  gboolean wide = !self->narrow;
  gboolean registered = !self->show_unregistered;

  /* Who has not registered has no date, pledge or targets; a phone shows who, the title
   * and the pledge. */
  show_column (self, self->kind_column, wide);
  gtk_column_view_column_set_fixed_width (self->title_column, wide ? 170 : 120);
  show_column (self, self->date_column, wide && registered);
  show_column (self, self->pledge_column, registered);
  show_column (self, self->targets_column, wide && registered);
}
