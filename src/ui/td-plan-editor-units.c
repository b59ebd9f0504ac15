/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Who carries a task out: the printed text, and under it the units the task is linked to,
 * as chips. They are one thing to the user, so they are kept in step: a unit added from the
 * list adds its name to the text, a chip removed takes its name out of the text when it is
 * there, and a unit's name typed into the text (with or without its marks) links the unit,
 * taken out of it unlinks it. Each pick is saved at once, text and units in one change,
 * which one Undo puts back; what typing links is saved with the typing.
 */
#define G_LOG_DOMAIN "td-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "td-fold.h"
#include "td-plan-editor-private.h"
#include "td-responsible.h"
#include "td-store-subjects.h"
#include "td-toast.h"

static gboolean
is_linked (TdPlanEditor *self,
           const char   *name)
{
  return self->units != NULL && g_strv_contains ((const char * const *) self->units, name);
}

static GStrv
unit_names (TdPlanEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->unit_store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->unit_store), i);
      g_strv_builder_add (builder, td_unit_get_name (unit));
    }
  return g_strv_builder_end (builder);
}

/* The chips ---------------------------------------------------------------------------------- */

static void pick_unit (TdPlanEditor *self,
                       const char   *name,
                       gboolean      link);

static void
on_chip_remove_clicked_cb (GtkButton    *button,
                           TdPlanEditor *self)
{
  g_autofree char *name = g_strdup (g_object_get_data (G_OBJECT (button), "td-unit"));

  pick_unit (self, name, FALSE);
}

static GtkWidget *
chip_new (TdPlanEditor *self,
          const char   *name)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  /* Translators: the tooltip of the × on a linked unit; %s is the unit's name */
  g_autofree char *tooltip = g_strdup_printf (_("Remove “%s”"), name);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_tooltip_text (label, name);
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (remove), "td-unit", g_strdup (name), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_chip_remove_clicked_cb), self, 0);

  /* Each as wide as its name, not as the flow box's column. */
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (chip, "unit-chip");
  gtk_box_append (GTK_BOX (chip), label);
  gtk_box_append (GTK_BOX (chip), remove);
  return chip;
}

static void
rebuild_chips (TdPlanEditor *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->units_flow));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != self->units_add_child)
        gtk_flow_box_remove (self->units_flow, child);
      child = next;
    }
  for (guint i = 0; self->units != NULL && self->units[i] != NULL; i++)
    gtk_flow_box_insert (self->units_flow, chip_new (self, self->units[i]), i);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* In name order, as the file lists them. */
static void
set_units (TdPlanEditor *self,
           GStrv         units)
{
  g_qsort_with_data (units, g_strv_length (units), sizeof (char *),
                     compare_names, NULL);
  g_strfreev (self->units);
  self->units = units;
  rebuild_chips (self);
}

/* Picking ------------------------------------------------------------------------------------ */

/* Links (or unlinks) a unit, with its name in the text, as one change saved at once. */
static void
pick_unit (TdPlanEditor *self,
           const char   *name,
           gboolean      link)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *text = NULL;
  g_autofree char *new_text = NULL;

  if (self->task == NULL || self->page != PAGE_TASK || is_linked (self, name) == link)
    return;

  /* What was typed before is a change of its own. */
  _td_plan_editor_save_now (self);

  for (guint i = 0; self->units != NULL && self->units[i] != NULL; i++)
    if (!g_str_equal (self->units[i], name))
      g_strv_builder_add (builder, self->units[i]);
  if (link)
    g_strv_builder_add (builder, name);
  set_units (self, g_strv_builder_end (builder));
  _td_plan_editor_field_changed (self, GTK_WIDGET (self->units_flow));

  text = _td_plan_editor_text_of (GTK_WIDGET (self->responsible_row));
  new_text = link ? td_responsible_add (text, name) : td_responsible_remove (text, name);
  if (!g_str_equal (text, new_text))
    gtk_editable_set_text (GTK_EDITABLE (self->responsible_row), new_text);

  self->units_picked = TRUE;
  _td_plan_editor_save_now (self);
  self->units_picked = FALSE;
}

/* Typing ------------------------------------------------------------------------------------- */

/* A unit's name typed into the text links it; one taken out of it unlinks it. */
static void
on_responsible_changed_cb (TdPlanEditor *self)
{
  g_autofree char *text = _td_plan_editor_text_of (GTK_WIDGET (self->responsible_row));
  g_autofree char *seen = g_steal_pointer (&self->responsible_seen);
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) relinked = NULL;
  gboolean same;

  self->responsible_seen = g_strdup (text);
  /* The text of the data, shown: nothing typed. */
  if (self->loading || self->task == NULL || seen == NULL)
    return;

  names = unit_names (self);
  relinked = td_responsible_relink (seen, text, (const char * const *) self->units,
                                    (const char * const *) names);
  same = g_strv_length (relinked) == g_strv_length (self->units);
  for (guint i = 0; same && relinked[i] != NULL; i++)
    same = is_linked (self, relinked[i]);
  if (same)
    return;
  set_units (self, g_steal_pointer (&relinked));
  _td_plan_editor_field_changed (self, GTK_WIDGET (self->units_flow));
}

/* The list to pick from ---------------------------------------------------------------------- */

static gboolean
unit_matches (gpointer item,
              gpointer data)
{
  TdPlanEditor *self = data;
  g_autofree char *needle = g_strstrip (g_strdup (gtk_editable_get_text (
                                                      GTK_EDITABLE (self->units_search))));

  return needle[0] == '\0' ||
         td_fold_find (td_unit_get_name (item), needle, 0, TD_FOLD_FIND_DEFAULT, NULL, NULL);
}

static void
on_unit_toggled_cb (GtkCheckButton *check,
                    TdPlanEditor   *self)
{
  pick_unit (self, gtk_check_button_get_label (check), gtk_check_button_get_active (check));
}

static GtkWidget *
create_unit_row (gpointer item,
                 gpointer data)
{
  TdPlanEditor *self = data;
  GtkWidget *check = gtk_check_button_new_with_label (td_unit_get_name (item));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_linked (self, td_unit_get_name (item)));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_unit_toggled_cb), self, 0);
  return check;
}

/* The name searched for, when no unit of the file has it: to add as a new unit. */
static char *
new_unit_name (TdPlanEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
                                                    GTK_EDITABLE (self->units_search))));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->unit_store));

  /* ";" separates the units where they are listed (the export's Units column). */
  g_strdelimit (name, ";", ',');
  if (name[0] == '\0')
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->unit_store), i);

      if (td_fold_equal (td_unit_get_name (unit), name))
        return NULL;
    }
  return g_steal_pointer (&name);
}

static void
on_units_search_changed_cb (TdPlanEditor *self)
{
  g_autofree char *name = new_unit_name (self);

  gtk_filter_changed (self->unit_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_visible (GTK_WIDGET (self->units_new_button), name != NULL);
  if (name != NULL)
    {
      /* Translators: a button under the list of units; %s is the name searched for */
      g_autofree char *label = g_strdup_printf (_("Add “%s” as a New Unit"), name);
      gtk_button_set_label (self->units_new_button, label);
    }
}

static void
on_units_new_clicked_cb (TdPlanEditor *self)
{
  g_autofree char *name = new_unit_name (self);

  if (name == NULL)
    return;
  gtk_popover_popdown (self->units_popover);
  pick_unit (self, name, TRUE);
}

/* Enter in the search: the one unit found, or the new one. */
static void
on_units_search_activate_cb (TdPlanEditor *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->units_list, 0);
  GtkListBoxRow *second = gtk_list_box_get_row_at_index (self->units_list, 1);

  if (gtk_widget_get_visible (GTK_WIDGET (self->units_new_button)))
    on_units_new_clicked_cb (self);
  else if (first != NULL && second == NULL)
    {
      GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_box_row_get_child (first));

      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
    }
}

static void
on_units_popover_show_cb (TdPlanEditor *self)
{
  _td_plan_editor_read_units (self);
  gtk_editable_set_text (GTK_EDITABLE (self->units_search), "");
  on_units_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->units_search));
}

/* Private API -------------------------------------------------------------------------------- */

void
_td_plan_editor_init_units (TdPlanEditor *self)
{
  GtkFilterListModel *filtered;

  self->units = g_new0 (char *, 1);
  self->unit_store = g_list_store_new (TD_TYPE_UNIT);
  self->unit_filter = GTK_FILTER (gtk_custom_filter_new (unit_matches, self, NULL));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->unit_store)),
                                        g_object_ref (self->unit_filter));
  gtk_list_box_bind_model (self->units_list, G_LIST_MODEL (filtered), create_unit_row, self,
                           NULL);
  g_object_unref (filtered);

  g_signal_connect_object (self->responsible_row, "changed",
                           G_CALLBACK (on_responsible_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->units_popover, "show", G_CALLBACK (on_units_popover_show_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->units_search, "search-changed",
                           G_CALLBACK (on_units_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->units_search, "activate",
                           G_CALLBACK (on_units_search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->units_new_button, "clicked",
                           G_CALLBACK (on_units_new_clicked_cb), self, G_CONNECT_SWAPPED);
}

void
_td_plan_editor_dispose_units (TdPlanEditor *self)
{
  g_clear_pointer (&self->units, g_strfreev);
  g_clear_pointer (&self->responsible_seen, g_free);
  g_clear_object (&self->unit_filter);
  g_clear_object (&self->unit_store);
}

void
_td_plan_editor_read_units (TdPlanEditor *self)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  /* Setting the same text again is no change: what it names is taken from here. */
  g_free (self->responsible_seen);
  self->responsible_seen = _td_plan_editor_text_of (GTK_WIDGET (self->responsible_row));

  if (self->store == NULL)
    return;
  units = td_store_list_units (self->store, &error);
  if (units == NULL)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    g_ptr_array_add (items, g_list_model_get_item (units, i));
  g_list_store_splice (self->unit_store, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->unit_store)),
                       items->pdata, items->len);
}

void
_td_plan_editor_show_units (TdPlanEditor *self,
                            const char   *joined)
{
  g_auto(GStrv) parts = g_strsplit (joined != NULL ? joined : "", ";", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  set_units (self, g_strv_builder_end (builder));
}

char *
_td_plan_editor_units_shown (TdPlanEditor *self)
{
  return self->units != NULL ? g_strjoinv ("; ", self->units) : g_strdup ("");
}
