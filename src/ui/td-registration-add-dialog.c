/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Registering one subject: the units, people or households of the file in a GtkListView
 * (a commune's 20,000 households make rows only for those in view), searched with their
 * folded keys as one types; the titles of the year that fit the one chosen; the date and
 * the pledge.
 */
#define G_LOG_DOMAIN "td-registration-add-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-date.h"
#include "td-fold.h"
#include "td-registration-add-dialog.h"
#include "td-store-registrations.h"
#include "td-store-subjects.h"
#include "td-toast.h"
#include "td-undo-keys.h"

struct _TdRegistrationAddDialog
{
  AdwWindow           parent_instance;

  TdStore            *store;
  int                 year;
  /* The title asked for first, and the one chosen last: kept when another subject fits it. */
  char               *title_code;
  TdSubjectKind       kind;
  GListStore         *subjects;
  /* TdAwardKind that fit the subject chosen, as the title row lists them. */
  GPtrArray          *titles;
  char               *needle;

  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  AdwWindowTitle     *window_title;
  GtkToggleButton    *units_button;
  GtkToggleButton    *people_button;
  GtkToggleButton    *households_button;
  GtkSearchEntry     *search_entry;
  GtkStack           *subject_stack;
  GtkListView        *subject_list;
  GtkLabel           *none_label;
  AdwComboRow        *title_row;
  AdwEntryRow        *date_row;
  GtkSwitch          *pledge_switch;
};

G_DEFINE_FINAL_TYPE (TdRegistrationAddDialog, td_registration_add_dialog, ADW_TYPE_WINDOW)

static TdSubject *
chosen_subject (TdRegistrationAddDialog *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static TdAwardKind *
chosen_title (TdRegistrationAddDialog *self)
{
  guint position = adw_combo_row_get_selected (self->title_row);

  return position < self->titles->len ? g_ptr_array_index (self->titles, position) : NULL;
}

static void
update_actions (TdRegistrationAddDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "add.register",
                                 chosen_subject (self) != NULL && chosen_title (self) != NULL);
}

/* The catalogue's filter for @subject: "village", "unit", "person" or "household". */
static const char *
title_filter (TdSubject *subject)
{
  switch (td_subject_get_kind (subject))
    {
    case TD_SUBJECT_PERSON:
      return "person";
    case TD_SUBJECT_HOUSEHOLD:
      return "household";
    case TD_SUBJECT_UNIT:
    default:
      return g_str_equal (td_subject_get_unit_kind (subject), "village") ? "village" : "unit";
    }
}

/* The titles that fit the subject chosen; the one chosen before stays when it still fits. */
static void
fill_titles (TdRegistrationAddDialog *self)
{
  TdSubject *subject = chosen_subject (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  g_ptr_array_set_size (self->titles, 0);
  if (subject != NULL)
    {
      kinds = td_store_list_award_kinds (self->store, self->year, title_filter (subject), &error);
      if (kinds == NULL)
        td_toast_show_error (GTK_WIDGET (self), error);
    }
  for (guint i = 0; kinds != NULL && i < g_list_model_get_n_items (kinds); i++)
    {
      TdAwardKind *kind = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (td_award_kind_get_code (kind), self->title_code) == 0)
        selected = i;
      g_ptr_array_add (self->titles, kind);
      gtk_string_list_append (names, td_award_kind_get_name (kind));
    }
  adw_combo_row_set_model (self->title_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->title_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->title_row), self->titles->len > 0);
  update_actions (self);
}

static gboolean
filter_func (gpointer item,
             gpointer data)
{
  TdRegistrationAddDialog *self = data;

  return self->needle == NULL || self->needle[0] == '\0' ||
         strstr (td_subject_get_search_key (item), self->needle) != NULL;
}

static void
update_list (TdRegistrationAddDialog *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->subjects));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    {
      gtk_stack_set_visible_child_name (self->subject_stack, "list");
      return;
    }
  gtk_label_set_label (self->none_label,
                       total > 0 ? _("Nobody found: try another spelling")
                       : self->kind == TD_SUBJECT_HOUSEHOLD
                         ? _("There is no household in the file yet")
                       : self->kind == TD_SUBJECT_PERSON ? _("There is no person in the file yet")
                       : _("There is no unit in the file yet"));
  gtk_stack_set_visible_child_name (self->subject_stack, "none");
}

static void
load_subjects (TdRegistrationAddDialog *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  list = td_store_list_subjects (self->store, self->kind, self->year, FALSE, &error);
  if (list == NULL)
    td_toast_show_error (GTK_WIDGET (self), error);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
  g_list_store_splice (self->subjects, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->subjects)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_list (self);
  fill_titles (self);
}

static void
on_kind_toggled_cb (TdRegistrationAddDialog *self)
{
  TdSubjectKind kind = gtk_toggle_button_get_active (self->households_button)
                         ? TD_SUBJECT_HOUSEHOLD
                       : gtk_toggle_button_get_active (self->people_button) ? TD_SUBJECT_PERSON
                       : TD_SUBJECT_UNIT;

  if (kind == self->kind)
    return;
  self->kind = kind;
  load_subjects (self);
}

static void
on_search_changed_cb (TdRegistrationAddDialog *self)
{
  g_autofree char *needle = td_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_strstrip (needle);
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* One found is the one meant. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 1)
    gtk_single_selection_set_selected (self->selection, 0);
  update_list (self);
}

static void
on_selected_cb (TdRegistrationAddDialog *self)
{
  TdSubject *subject = chosen_subject (self);
  g_autofree char *subtitle = NULL;

  if (subject != NULL)
    subtitle = g_strdup (td_subject_get_name (subject));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  fill_titles (self);
}

static void
on_title_chosen_cb (TdRegistrationAddDialog *self)
{
  TdAwardKind *title = chosen_title (self);

  if (title != NULL)
    {
      g_free (self->title_code);
      self->title_code = g_strdup (td_award_kind_get_code (title));
    }
  update_actions (self);
}

static void
register_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TdRegistrationAddDialog *self = TD_REGISTRATION_ADD_DIALOG (widget);
  TdSubject *subject = chosen_subject (self);
  TdAwardKind *title = chosen_title (self);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (
                                                   GTK_EDITABLE (self->date_row))));
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  TdRegistrationSubject kind;

  if (subject == NULL || title == NULL)
    return;
  date = typed[0] == '\0' ? g_strdup ("") : td_date_parse_typed (typed, &error);
  if (date == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  kind = td_subject_get_kind (subject) == TD_SUBJECT_HOUSEHOLD ? TD_REGISTRATION_HOUSEHOLD
         : td_subject_get_kind (subject) == TD_SUBJECT_PERSON ? TD_REGISTRATION_PERSON
         : TD_REGISTRATION_UNIT;
  if (td_store_add_registration (self->store, self->year, td_award_kind_get_id (title), kind,
                                 td_subject_get_id (subject), date,
                                 gtk_switch_get_active (self->pledge_switch), &error) == 0)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* Translators: a toast; "“Hoàng Văn Em” registered for “Gia đình văn hóa”" */
  message = g_strdup_printf (_("“%s” registered for “%s”"), td_subject_get_name (subject),
                             td_award_kind_get_name (title));
  if (parent != NULL)
    td_toast_offer_undo (GTK_WIDGET (parent), message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_activate_cb (TdRegistrationAddDialog *self,
                guint                    position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "add.register", NULL);
}

/* Enter in the search registers the one found. */
static void
on_search_activate_cb (TdRegistrationAddDialog *self)
{
  if (chosen_subject (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "add.register", NULL);
}

/* A row: the name, and under it where the subject belongs. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  TdSubject *subject = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  const char *parent = td_subject_get_parent_name (subject);
  g_autofree char *text = NULL;

  if (td_subject_get_kind (subject) == TD_SUBJECT_UNIT)
    text = parent[0] != '\0'
             ? g_strdup_printf ("%s · %s", td_unit_kind_label (td_subject_get_unit_kind (subject)),
                                parent)
             : g_strdup (td_unit_kind_label (td_subject_get_unit_kind (subject)));
  else
    text = g_strdup (parent);
  gtk_label_set_label (GTK_LABEL (name), td_subject_get_name (subject));
  gtk_label_set_label (GTK_LABEL (detail), text);
  gtk_widget_set_visible (detail, text[0] != '\0');
}

static void
td_registration_add_dialog_dispose (GObject *object)
{
  TdRegistrationAddDialog *self = TD_REGISTRATION_ADD_DIALOG (object);

  if (self->subject_list != NULL)
    gtk_list_view_set_model (self->subject_list, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_REGISTRATION_ADD_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (td_registration_add_dialog_parent_class)->dispose (object);
}

static void
td_registration_add_dialog_finalize (GObject *object)
{
  TdRegistrationAddDialog *self = TD_REGISTRATION_ADD_DIALOG (object);

  g_clear_object (&self->subjects);
  g_ptr_array_unref (self->titles);
  g_free (self->title_code);
  g_free (self->needle);

  G_OBJECT_CLASS (td_registration_add_dialog_parent_class)->finalize (object);
}

static void
td_registration_add_dialog_class_init (TdRegistrationAddDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_registration_add_dialog_dispose;
  object_class->finalize = td_registration_add_dialog_finalize;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/thidua/ThiDua/ui/td-registration-add-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, units_button);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, people_button);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, households_button);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, subject_stack);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, subject_list);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, none_label);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationAddDialog, pledge_switch);

  gtk_widget_class_install_action (widget_class, "add.register", NULL, register_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
td_registration_add_dialog_init (TdRegistrationAddDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->kind = TD_SUBJECT_UNIT;
  self->subjects = g_list_store_new (TD_TYPE_SUBJECT);
  self->titles = g_ptr_array_new_with_free_func (g_object_unref);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->subjects)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->subject_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->subject_list, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->units_button, "toggled", G_CALLBACK (on_kind_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people_button, "toggled", G_CALLBACK (on_kind_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->households_button, "toggled", G_CALLBACK (on_kind_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_row, "notify::selected", G_CALLBACK (on_title_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->subject_list, "activate", G_CALLBACK (on_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_activate_cb),
                           self, G_CONNECT_SWAPPED);
  /* Ctrl+Z is the window's Undo here too: a registration just made is taken back. */
  td_undo_keys_attach (GTK_WINDOW (self), NULL);
  update_actions (self);
}

TdRegistrationAddDialog *
td_registration_add_dialog_new (GtkWindow  *parent,
                                TdStore    *store,
                                int         year,
                                const char *title_code,
                                const char *date)
{
  TdRegistrationAddDialog *self;
  g_autofree char *typed = NULL;
  g_autofree char *subtitle = NULL;
  GtkToggleButton *start = NULL;

  g_return_val_if_fail (TD_IS_STORE (store), NULL);

  /* Held by GTK's list of windows until it is closed. */
  self = g_object_new (TD_TYPE_REGISTRATION_ADD_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->year = year;
  self->title_code = g_strdup (title_code);
  /* Translators: the title of the dialog that registers one subject; %d is the year */
  subtitle = g_strdup_printf (_("Register for %d"), year);
  adw_window_title_set_title (self->window_title, subtitle);
  typed = td_date_format_typed (date);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), typed);

  /* The list opens on those the title asked for is for. */
  if (title_code != NULL)
    {
      g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, year, NULL, NULL);

      for (guint i = 0; kinds != NULL && i < g_list_model_get_n_items (kinds); i++)
        {
          g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, i);
          const char *for_kind = td_award_kind_get_subject_kind (kind);

          if (!g_str_equal (td_award_kind_get_code (kind), title_code))
            continue;
          if (g_str_equal (for_kind, "household"))
            start = self->households_button;
          else if (g_str_equal (for_kind, "individual"))
            start = self->people_button;
        }
    }
  if (start != NULL)
    gtk_toggle_button_set_active (start, TRUE);
  else
    load_subjects (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}
