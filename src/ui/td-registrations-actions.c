/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What the Registrations page does (registrations.*): register one subject, many at the
 * start of the year (every village, the households of a village, the staff of a unit),
 * who has not registered yet; edit and remove one. Each is one change of the store, which
 * the window's Undo takes back, and says what it did in a toast with an Undo button.
 */
#define G_LOG_DOMAIN "td-registrations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-registration-add-dialog.h"
#include "td-registration-dialog.h"
#include "td-registrations-page-private.h"
#include "td-slot-model.h"
#include "td-store-subjects.h"
#include "td-toast.h"

static GtkWindow *
page_window (TdRegistrationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static TdRegistration *
selected_registration (TdRegistrationsPage *self)
{
  TdSlot *slot = gtk_single_selection_get_selected_item (self->selection);

  return slot != NULL ? td_slot_get_item (slot) : NULL;
}

void
_td_registrations_page_update_actions (TdRegistrationsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = _td_registrations_page_writable (self);
  TdRegistration *selected = selected_registration (self);
  gboolean has_title = _td_registrations_page_get_title (self) != NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_widget_action_set_enabled (widget, "registrations.add", writable);
  gtk_widget_action_set_enabled (widget, "registrations.register-villages", writable);
  gtk_widget_action_set_enabled (widget, "registrations.register-households", writable);
  gtk_widget_action_set_enabled (widget, "registrations.register-staff", writable);
  gtk_widget_action_set_enabled (widget, "registrations.remove",
                                 writable && !self->show_unregistered && selected != NULL);
  gtk_widget_action_set_enabled (widget, "registrations.register-selected",
                                 writable && self->show_unregistered && selected != NULL);
  gtk_widget_action_set_enabled (widget, "registrations.register-shown",
                                 writable && self->show_unregistered && shown > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unregistered_button), has_title);
}

/* Adding one ------------------------------------------------------------------------------- */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (widget);
  TdStore *store = _td_registrations_page_get_store (self);
  TdAwardKind *title = _td_registrations_page_get_title (self);
  g_autofree char *date = _td_registrations_page_default_date (self);
  TdRegistrationAddDialog *dialog;

  if (store == NULL || !_td_registrations_page_writable (self))
    return;
  dialog = td_registration_add_dialog_new (page_window (self), store, self->year,
                                           title != NULL ? td_award_kind_get_code (title) : NULL,
                                           date);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Editing one ------------------------------------------------------------------------------ */

static void
register_ids (TdRegistrationsPage   *self,
              TdAwardKind           *title,
              TdRegistrationSubject  kind,
              GArray                *ids,
              const char            *single_name)
{
  TdStore *store = _td_registrations_page_get_store (self);
  g_autofree char *date = _td_registrations_page_default_date (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_added = 0;

  if (!td_store_register_subjects (store, self->year, td_award_kind_get_id (title), kind,
                                   (const gint64 *) ids->data, ids->len, date, &n_added, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  if (n_added == 0)
    {
      td_toast_show_message (GTK_WIDGET (self), _("Nobody was added: they had all registered "
                                                  "already"));
      return;
    }
  if (single_name != NULL && n_added == 1)
    /* Translators: a toast; "“Hoàng Văn Em” registered for “Gia đình văn hóa”" */
    message = g_strdup_printf (_("“%s” registered for “%s”"), single_name,
                               td_award_kind_get_name (title));
  else
    {
      g_autofree char *n = g_strdup_printf ("%'u", n_added);

      /* Translators: a toast; "1,200 registered for “Gia đình văn hóa”" */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s registered for “%s”",
                                              "%s registered for “%s”", n_added),
                                 n, td_award_kind_get_name (title));
    }
  td_toast_offer_undo (GTK_WIDGET (self), message);
}

void
_td_registrations_page_activate (TdRegistrationsPage *self,
                                 guint                position)
{
  g_autoptr(TdRegistration) registration =
    g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  TdStore *store = _td_registrations_page_get_store (self);
  g_autoptr(GError) error = NULL;
  TdRegistrationDialog *dialog;

  if (registration == NULL || store == NULL)
    return;
  if (td_registration_get_id (registration) == 0)
    {
      TdAwardKind *title = _td_registrations_page_get_title (self);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      gint64 id = td_registration_get_subject_id (registration);

      if (title == NULL || !_td_registrations_page_writable (self))
        return;
      g_array_append_val (ids, id);
      register_ids (self, title, td_registration_get_subject_kind (registration), ids,
                    td_registration_get_subject_name (registration));
      return;
    }
  dialog = td_registration_dialog_new (page_window (self), store,
                                       td_registration_get_id (registration), &error);
  if (dialog == NULL)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (widget);
  TdRegistration *selected = selected_registration (self);
  g_autoptr(TdRegistration) registration = selected != NULL ? g_object_ref (selected) : NULL;
  TdStore *store = _td_registrations_page_get_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (registration == NULL || store == NULL || td_registration_get_id (registration) == 0)
    return;
  if (!td_store_remove_registration (store, td_registration_get_id (registration), &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* Translators: a toast; "Registration of “Hoàng Văn Em” for “Gia đình văn hóa” removed" */
  message = g_strdup_printf (_("Registration of “%s” for “%s” removed"),
                             td_registration_get_subject_name (registration),
                             td_registration_get_award_kind_name (registration));
  td_toast_offer_undo (GTK_WIDGET (self), message);
}

/* Who has not registered ------------------------------------------------------------------- */

static void
register_selected_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (widget);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    _td_registrations_page_activate (self, position);
}

static void
register_shown_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (widget);
  TdAwardKind *title = _td_registrations_page_get_title (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *shown = G_LIST_MODEL (self->filtered);
  TdRegistrationSubject kind = TD_REGISTRATION_UNIT;
  g_autoptr(TdAwardKind) held = NULL;

  if (title == NULL || !self->show_unregistered)
    return;
  /* The list is read again as the store changes: the title must outlive it. */
  held = g_object_ref (title);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(TdRegistration) row = g_list_model_get_item (shown, i);
      gint64 id = td_registration_get_subject_id (row);

      kind = td_registration_get_subject_kind (row);
      g_array_append_val (ids, id);
    }
  if (ids->len > 0)
    register_ids (self, held, kind, ids, NULL);
}

/* Many at once ----------------------------------------------------------------------------- */

typedef enum {
  BULK_VILLAGES,
  BULK_HOUSEHOLDS,
  BULK_STAFF,
} BulkKind;

/* What one bulk dialog asks: the group (village or unit) for all but the villages, the
 * title and the date. */
typedef struct {
  TdRegistrationsPage *page;
  BulkKind             kind;
  GPtrArray           *titles;     /* TdAwardKind */
  GArray              *group_ids;  /* gint64 */
  GPtrArray           *group_names;
  AdwComboRow         *group_row;
  AdwComboRow         *title_row;
  AdwEntryRow         *date_row;
} Bulk;

static void
bulk_free (gpointer data)
{
  Bulk *bulk = data;

  g_object_unref (bulk->page);
  g_ptr_array_unref (bulk->titles);
  g_array_unref (bulk->group_ids);
  g_ptr_array_unref (bulk->group_names);
  g_free (bulk);
}

static void
on_bulk_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Bulk             *bulk)
{
  TdRegistrationsPage *self = bulk->page;
  TdStore *store = _td_registrations_page_get_store (self);
  guint title_index = adw_combo_row_get_selected (bulk->title_row);
  guint group_index = bulk->group_row != NULL ? adw_combo_row_get_selected (bulk->group_row) : 0;
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (
                                                   GTK_EDITABLE (bulk->date_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  g_autofree char *n = NULL;
  TdAwardKind *title;
  const char *group = NULL;
  gint64 group_id = 0;
  guint n_added = 0;
  gboolean ok;

  if (!g_str_equal (response, "register") || store == NULL || title_index >= bulk->titles->len)
    return;
  title = g_ptr_array_index (bulk->titles, title_index);
  if (bulk->kind != BULK_VILLAGES)
    {
      if (group_index >= bulk->group_ids->len)
        return;
      group_id = g_array_index (bulk->group_ids, gint64, group_index);
      group = g_ptr_array_index (bulk->group_names, group_index);
    }
  date = typed[0] == '\0' ? g_strdup ("") : td_date_parse_typed (typed, &error);
  if (date == NULL)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  switch (bulk->kind)
    {
    case BULK_VILLAGES:
      ok = td_store_register_villages (store, self->year, td_award_kind_get_id (title), date,
                                       &n_added, &error);
      break;
    case BULK_HOUSEHOLDS:
      ok = td_store_register_households_of_village (store, self->year,
                                                    td_award_kind_get_id (title), group_id, date,
                                                    &n_added, &error);
      break;
    case BULK_STAFF:
    default:
      ok = td_store_register_staff_of_unit (store, self->year, td_award_kind_get_id (title),
                                            group_id, date, &n_added, &error);
      break;
    }
  if (!ok)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  if (n_added == 0)
    {
      td_toast_show_message (GTK_WIDGET (self), _("Nobody was added: they had all registered "
                                                  "already"));
      return;
    }

  n = g_strdup_printf ("%'u", n_added);
  if (bulk->kind == BULK_VILLAGES)
    /* Translators: a toast; "12 villages registered for “Thôn văn hóa”" */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s village registered for “%s”",
                                            "%s villages registered for “%s”", n_added),
                               n, td_award_kind_get_name (title));
  else if (bulk->kind == BULK_HOUSEHOLDS)
    /* Translators: a toast; "250 households of Thôn Đông registered for “Gia đình văn hóa”" */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s household of %s registered for “%s”",
                                            "%s households of %s registered for “%s”", n_added),
                               n, group, td_award_kind_get_name (title));
  else
    /* Translators: a toast; "16 people of Trường Tiểu học registered for “Lao động tiên tiến”" */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person of %s registered for “%s”",
                                            "%s people of %s registered for “%s”", n_added),
                               n, group, td_award_kind_get_name (title));
  td_toast_offer_undo (GTK_WIDGET (self), message);
}

/* The titles of the year for @filter ("village", "household", "person"), the one chosen on
 * the page or the usual one (@usual) first chosen. */
static gboolean
fill_titles (Bulk        *bulk,
             TdStore     *store,
             const char  *filter,
             const char  *usual,
             GError     **error)
{
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, bulk->page->year, filter, error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  TdAwardKind *chosen = _td_registrations_page_get_title (bulk->page);
  guint selected = 0;

  if (kinds == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      TdAwardKind *kind = g_list_model_get_item (kinds, i);
      const char *code = td_award_kind_get_code (kind);

      if (g_str_equal (code, usual) && selected == 0)
        selected = i;
      if (chosen != NULL && g_str_equal (code, td_award_kind_get_code (chosen)))
        selected = i;
      g_ptr_array_add (bulk->titles, kind);
      gtk_string_list_append (names, td_award_kind_get_name (kind));
    }
  if (bulk->titles->len == 0)
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                   _("The catalogue has no title for them in %d"), bulk->page->year);
      return FALSE;
    }
  adw_combo_row_set_model (bulk->title_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (bulk->title_row, selected);
  return TRUE;
}

/* The villages, or the units, to choose from. */
static gboolean
fill_groups (Bulk     *bulk,
             TdStore  *store,
             GError  **error)
{
  g_autoptr(GListModel) units = td_store_list_subjects (store, TD_SUBJECT_UNIT, bulk->page->year,
                                                        FALSE, error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(TdSubject) unit = g_list_model_get_item (units, i);
      gboolean village = g_str_equal (td_subject_get_unit_kind (unit), "village");
      gint64 id = td_subject_get_id (unit);

      if (village != (bulk->kind == BULK_HOUSEHOLDS))
        continue;
      g_array_append_val (bulk->group_ids, id);
      g_ptr_array_add (bulk->group_names, g_strdup (td_subject_get_name (unit)));
      gtk_string_list_append (names, td_subject_get_name (unit));
    }
  if (bulk->group_ids->len == 0)
    {
      g_set_error_literal (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                           bulk->kind == BULK_HOUSEHOLDS
                             ? _("There is no village in the list of units yet")
                             : _("There is no unit other than the villages in the list of "
                                 "units yet"));
      return FALSE;
    }
  adw_combo_row_set_model (bulk->group_row, G_LIST_MODEL (names));
  return TRUE;
}

static void
open_bulk (TdRegistrationsPage *self,
           BulkKind             kind)
{
  TdStore *store = _td_registrations_page_get_store (self);
  Bulk *bulk;
  GtkWidget *dialog;
  GtkWidget *list;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *date = NULL;
  g_autofree char *typed = NULL;
  const char *heading;
  gboolean ok;

  if (store == NULL || !_td_registrations_page_writable (self))
    return;

  bulk = g_new0 (Bulk, 1);
  bulk->page = g_object_ref (self);
  bulk->kind = kind;
  bulk->titles = g_ptr_array_new_with_free_func (g_object_unref);
  bulk->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  bulk->group_names = g_ptr_array_new_with_free_func (g_free);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (kind != BULK_VILLAGES)
    {
      bulk->group_row = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bulk->group_row),
                                     kind == BULK_HOUSEHOLDS ? _("Village") : _("Unit"));
      gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (bulk->group_row));
    }
  bulk->title_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bulk->title_row), C_("award", "Title"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (bulk->title_row));
  bulk->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bulk->date_row),
                                 _("Date of registration (dd/mm/yyyy)"));
  date = _td_registrations_page_default_date (self);
  typed = td_date_format_typed (date);
  gtk_editable_set_text (GTK_EDITABLE (bulk->date_row), typed);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (bulk->date_row));

  switch (kind)
    {
    case BULK_VILLAGES:
      heading = _("Register Every Village?");
      /* Translators: %d is the year */
      body = g_strdup_printf (_("Every village that has not registered for the title yet "
                                "registers for it in %d."), self->year);
      ok = fill_titles (bulk, store, "village", "TVH", &error);
      break;
    case BULK_HOUSEHOLDS:
      heading = _("Register the Households of a Village?");
      /* Translators: %d is the year */
      body = g_strdup_printf (_("Every household of the village that has not registered for "
                                "the title yet registers for it in %d."), self->year);
      ok = fill_groups (bulk, store, &error) &&
           fill_titles (bulk, store, "household", "GDVH", &error);
      break;
    case BULK_STAFF:
    default:
      heading = _("Register the Staff of a Unit?");
      /* Translators: %d is the year */
      body = g_strdup_printf (_("Every person of the unit who has not registered for the title "
                                "yet registers for it in %d."), self->year);
      ok = fill_groups (bulk, store, &error) &&
           fill_titles (bulk, store, "person", "LDTT", &error);
      break;
    }
  if (!ok)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      g_object_ref_sink (list);
      g_object_unref (list);
      bulk_free (bulk);
      return;
    }

  dialog = adw_message_dialog_new (page_window (self), heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "register", _("_Register"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "register",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "register");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_bulk_response_cb), bulk,
                         (GClosureNotify) (void (*) (void)) bulk_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
register_villages_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_bulk (TD_REGISTRATIONS_PAGE (widget), BULK_VILLAGES);
}

static void
register_households_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  open_bulk (TD_REGISTRATIONS_PAGE (widget), BULK_HOUSEHOLDS);
}

static void
register_staff_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  open_bulk (TD_REGISTRATIONS_PAGE (widget), BULK_STAFF);
}

void
_td_registrations_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "registrations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "registrations.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "registrations.register-selected", NULL,
                                   register_selected_action);
  gtk_widget_class_install_action (widget_class, "registrations.register-shown", NULL,
                                   register_shown_action);
  gtk_widget_class_install_action (widget_class, "registrations.register-villages", NULL,
                                   register_villages_action);
  gtk_widget_class_install_action (widget_class, "registrations.register-households", NULL,
                                   register_households_action);
  gtk_widget_class_install_action (widget_class, "registrations.register-staff", NULL,
                                   register_staff_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "registrations.remove",
                                       NULL);
}
