/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The side pane of the subject lists. Each keystroke is saved as the plan editor saves
 * (typing into one field is one step of Undo); what the store refuses stays as typed with
 * the reason under the field. A new subject lives here as a draft until it has a name.
 */
#define G_LOG_DOMAIN "td-subject-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "td-store-subjects.h"
#include "td-subject-editor.h"
#include "td-toast.h"

typedef struct {
  TdSubjectField  field;
  GtkWidget      *row;          /* AdwEntryRow, or AdwComboRow for a choice */
  GtkWidget      *problem_row;
  GtkLabel       *problem;
  /* A choice's stored values ("" for none), beside the labels its row shows. */
  GPtrArray      *values;
} Field;

struct _TdSubjectEditor
{
  GtkWidget      parent_instance;

  TdSubjectKind  kind;
  TdStore       *store;
  int            year;
  gint64         id;
  /* The subject as last read, or the draft of a new one. */
  TdSubject     *subject;
  GArray        *fields;
  /* Filling the widgets, or saving: the signals this causes are ours. */
  gboolean       loading;
  gboolean       saving;
  gint64         duplicate_id;
  gint64         merge_into;

  GtkWidget     *scroller;
  GtkLabel      *title;
  GtkButton     *close_button;
  GtkWidget     *archived_box;
  GtkButton     *restore_button;
  AdwPreferencesGroup *group;
  GtkWidget     *duplicate_box;
  GtkLabel      *duplicate_label;
  GtkButton     *show_duplicate_button;
  GtkLabel      *counts_label;
  GtkButton     *merge_button;
  GtkButton     *delete_button;
};

G_DEFINE_FINAL_TYPE (TdSubjectEditor, td_subject_editor, GTK_TYPE_WIDGET)

enum {
  SIGNAL_SHOW_SUBJECT,
  SIGNAL_ADDED,
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const TdSubjectField unit_fields[] = {
  TD_SUBJECT_FIELD_NAME, TD_SUBJECT_FIELD_UNIT_KIND, TD_SUBJECT_FIELD_HEAD,
  TD_SUBJECT_FIELD_MEMBERS, TD_SUBJECT_FIELD_PHONE, TD_SUBJECT_FIELD_NOTE,
};
static const TdSubjectField person_fields[] = {
  TD_SUBJECT_FIELD_NAME, TD_SUBJECT_FIELD_POSITION, TD_SUBJECT_FIELD_PARENT_NAME,
  TD_SUBJECT_FIELD_BIRTH_YEAR, TD_SUBJECT_FIELD_PHONE, TD_SUBJECT_FIELD_NOTE,
};
static const TdSubjectField household_fields[] = {
  TD_SUBJECT_FIELD_NAME, TD_SUBJECT_FIELD_PARENT_NAME, TD_SUBJECT_FIELD_MEMBERS,
  TD_SUBJECT_FIELD_ADDRESS, TD_SUBJECT_FIELD_PHONE, TD_SUBJECT_FIELD_NOTE,
};

static gboolean
is_choice (TdSubjectField field)
{
  return field == TD_SUBJECT_FIELD_UNIT_KIND || field == TD_SUBJECT_FIELD_PARENT_NAME;
}

static Field *
field_of (TdSubjectEditor *self,
          TdSubjectField   field)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (g_array_index (self->fields, Field, i).field == field)
      return &g_array_index (self->fields, Field, i);
  return NULL;
}

static Field *
field_of_row (TdSubjectEditor *self,
              GtkWidget       *row)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (g_array_index (self->fields, Field, i).row == row)
      return &g_array_index (self->fields, Field, i);
  return NULL;
}

static void
show_problem (Field      *field,
              const char *problem)
{
  gtk_label_set_label (field->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (field->problem_row, problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");
}

/* Choices ----------------------------------------------------------------------------------- */

/* The kinds of unit, or the units a person works in / the villages a household lives in,
 * with "None" first. */
static void
fill_choices (TdSubjectEditor *self,
              Field           *field)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (field->values, 0);
  if (field->field == TD_SUBJECT_FIELD_UNIT_KIND)
    {
      for (const char * const *code = td_unit_kind_codes (); *code != NULL; code++)
        {
          gtk_string_list_append (labels, td_unit_kind_label (*code));
          g_ptr_array_add (field->values, g_strdup (*code));
        }
    }
  else
    {
      g_autoptr(GListModel) units = NULL;
      g_autoptr(GError) error = NULL;

      gtk_string_list_append (labels, self->kind == TD_SUBJECT_HOUSEHOLD ? _("No village")
                                                                        : _("No unit"));
      g_ptr_array_add (field->values, g_strdup (""));
      if (self->store != NULL)
        units = td_store_list_units (self->store, &error);
      if (error != NULL)
        td_toast_show_error (GTK_WIDGET (self), error);
      for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);

          /* A household lives in a village (thôn, xóm, tổ dân phố). */
          if (self->kind == TD_SUBJECT_HOUSEHOLD &&
              !g_str_equal (td_unit_get_kind (unit), "village"))
            continue;
          gtk_string_list_append (labels, td_unit_get_name (unit));
          g_ptr_array_add (field->values, g_strdup (td_unit_get_name (unit)));
        }
    }
  self->loading = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (labels));
  self->loading = FALSE;
}

/* Selects @value among the choices, adding it when it is not one (an archived parent). */
static void
select_choice (TdSubjectEditor *self,
               Field           *field,
               const char      *value)
{
  guint index;

  if (!g_ptr_array_find_with_equal_func (field->values, value, g_str_equal, &index))
    {
      GtkStringList *labels = GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (field->row)));

      gtk_string_list_append (labels, field->field == TD_SUBJECT_FIELD_UNIT_KIND
                                        ? td_unit_kind_label (value) : value);
      g_ptr_array_add (field->values, g_strdup (value));
      index = field->values->len - 1;
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), index);
}

static char *
shown_value (Field *field)
{
  if (is_choice (field->field))
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (field->row));

      return g_strdup (selected < field->values->len ? g_ptr_array_index (field->values, selected)
                                                     : "");
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->row)));
}

/* Showing ----------------------------------------------------------------------------------- */

static void
update_counts (TdSubjectEditor *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  TdSubject *subject = self->subject;

  if (self->id == 0 || subject == NULL)
    {
      gtk_label_set_label (self->counts_label, "");
      return;
    }
  if (self->kind == TD_SUBJECT_UNIT)
    g_string_append_printf (text, ngettext ("%u task", "%u tasks", td_subject_get_n_tasks (subject)),
                            td_subject_get_n_tasks (subject));
  if (text->len > 0)
    g_string_append (text, ", ");
  g_string_append_printf (text, ngettext ("%u registration", "%u registrations",
                                          td_subject_get_n_registrations (subject)),
                          td_subject_get_n_registrations (subject));
  g_string_append (text, ", ");
  g_string_append_printf (text, ngettext ("%u award", "%u awards", td_subject_get_n_awards (subject)),
                          td_subject_get_n_awards (subject));
  /* TRANSLATORS: "In 2022: 3 tasks, 1 registration, 0 awards". */
  g_autofree char *label = g_strdup_printf (_("In %d: %s"), self->year, text->str);
  gtk_label_set_label (self->counts_label, label);
}

/* Points out the subjects this one would double, where the name is typed. */
static void
update_duplicates (TdSubjectEditor *self)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  self->duplicate_id = 0;
  if (self->store != NULL && self->subject != NULL &&
      td_subject_get_name (self->subject)[0] != '\0')
    found = td_store_find_duplicates (self->store, self->subject, &error);
  if (found != NULL && found->len > 0)
    {
      TdSubject *other = g_ptr_array_index (found, 0);
      g_autofree char *text = NULL;

      self->duplicate_id = td_subject_get_id (other);
      if (td_subject_get_parent_name (other)[0] != '\0')
        /* TRANSLATORS: "Nguyễn Văn A (Thôn 1) is already in the list: the same one?" */
        text = g_strdup_printf (_("“%s” (%s) is already in the list: is it the same?"),
                                td_subject_get_name (other), td_subject_get_parent_name (other));
      else
        text = g_strdup_printf (_("“%s” is already in the list: is it the same?"),
                                td_subject_get_name (other));
      gtk_label_set_label (self->duplicate_label, text);
    }
  gtk_widget_set_visible (self->duplicate_box, self->duplicate_id != 0);
}

static void
update_actions (TdSubjectEditor *self)
{
  gboolean stored = self->id != 0 && self->subject != NULL;
  gboolean archived = stored && td_subject_get_archived (self->subject);
  gboolean writable = self->store != NULL && !td_store_is_read_only (self->store);
  gboolean history = FALSE;

  if (stored && !archived)
    history = td_store_has_history (self->store, self->kind, self->id, NULL);
  gtk_button_set_label (self->delete_button, history ? _("_Archive") : _("_Delete"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->delete_button),
                               history ? _("It has tasks, registrations, scores or awards: "
                                           "it is kept with them and hidden from the lists")
                                       : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), stored && !archived);
  gtk_widget_set_visible (GTK_WIDGET (self->merge_button),
                          stored && !archived && self->kind == TD_SUBJECT_UNIT);
  gtk_widget_set_visible (self->archived_box, archived);
  gtk_widget_set_sensitive (GTK_WIDGET (self->group), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->delete_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->merge_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->restore_button), writable);
}

static void
update_title (TdSubjectEditor *self)
{
  const char *name = self->subject != NULL ? td_subject_get_name (self->subject) : "";

  if (name[0] != '\0')
    gtk_label_set_label (self->title, name);
  else if (self->kind == TD_SUBJECT_PERSON)
    gtk_label_set_label (self->title, _("New Person"));
  else if (self->kind == TD_SUBJECT_HOUSEHOLD)
    gtk_label_set_label (self->title, _("New Household"));
  else
    gtk_label_set_label (self->title, _("New Unit"));
}

/* Puts the subject into the widgets; a field holding a refused value keeps it. */
static void
fill (TdSubjectEditor *self)
{
  self->loading = TRUE;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);
      g_autofree char *value = td_subject_dup_field_text (self->subject, field->field);

      if (gtk_widget_get_visible (field->problem_row))
        continue;
      if (is_choice (field->field))
        {
          fill_choices (self, field);
          self->loading = TRUE;
          select_choice (self, field, value);
        }
      else if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (field->row)), value))
        gtk_editable_set_text (GTK_EDITABLE (field->row), value);
    }
  self->loading = FALSE;
  update_title (self);
  update_counts (self);
  update_duplicates (self);
  update_actions (self);
}

static void
load (TdSubjectEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdSubject) subject = NULL;

  if (self->id == 0 || self->store == NULL)
    return;
  subject = td_store_get_subject (self->store, self->kind, self->id, self->year, &error);
  if (subject == NULL)
    {
      if (!g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND))
        td_toast_show_error (GTK_WIDGET (self), error);
      self->id = 0;
      g_signal_emit (self, signals[SIGNAL_DONE], 0);
      return;
    }
  g_set_object (&self->subject, subject);
  fill (self);
}

/* Saving ------------------------------------------------------------------------------------ */

/* A new subject is saved once it has a name: what was typed before goes with it. */
static void
save_draft (TdSubjectEditor *self)
{
  g_autoptr(GError) error = NULL;
  Field *name = field_of (self, TD_SUBJECT_FIELD_NAME);
  gint64 id;

  update_title (self);
  update_duplicates (self);
  if (td_subject_get_name (self->subject)[0] == '\0' || self->store == NULL)
    return;
  self->saving = TRUE;
  id = td_store_add_subject (self->store, self->subject, &error);
  self->saving = FALSE;
  if (id <= 0)
    {
      if (g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID) ||
          g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS))
        show_problem (name, error->message);
      else
        td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->id = id;
  show_problem (name, NULL);
  g_signal_emit (self, signals[SIGNAL_ADDED], 0, id);
  load (self);
}

static void
save_field (TdSubjectEditor *self,
            Field           *field)
{
  g_autofree char *value = shown_value (field);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->loading || self->subject == NULL)
    return;

  /* The draft checks what is typed in words first, for a new subject as for a stored one. */
  if (!td_subject_set_field (self->subject, field->field, value, &error))
    {
      show_problem (field, error->message);
      return;
    }
  if (self->id == 0)
    {
      show_problem (field, NULL);
      save_draft (self);
      return;
    }

  self->saving = TRUE;
  ok = td_store_set_subject_field (self->store, self->kind, self->id, field->field, value,
                                   &error);
  self->saving = FALSE;
  if (!ok)
    {
      if (g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID) ||
          g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS))
        show_problem (field, error->message);
      else
        td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  show_problem (field, NULL);
  if (field->field == TD_SUBJECT_FIELD_NAME)
    update_title (self);
  if (field->field == TD_SUBJECT_FIELD_NAME || field->field == TD_SUBJECT_FIELD_PARENT_NAME ||
      field->field == TD_SUBJECT_FIELD_UNIT_KIND || field->field == TD_SUBJECT_FIELD_BIRTH_YEAR)
    update_duplicates (self);
}

static void
on_text_changed_cb (TdSubjectEditor *self,
                    GtkEditable     *editable)
{
  Field *field = field_of_row (self, GTK_WIDGET (editable));

  if (field != NULL)
    save_field (self, field);
}

static void
on_choice_changed_cb (TdSubjectEditor *self,
                      GParamSpec      *pspec,
                      AdwComboRow     *row)
{
  Field *field = field_of_row (self, GTK_WIDGET (row));

  if (field != NULL)
    save_field (self, field);
}

/* Actions ----------------------------------------------------------------------------------- */

static void
on_delete_clicked_cb (TdSubjectEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (td_subject_get_name (self->subject));
  g_autofree char *message = NULL;
  gboolean archived = FALSE;

  if (!td_store_remove_subject (self->store, self->kind, self->id, &archived, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  if (archived)
    message = g_strdup_printf (_("“%s” archived: kept with its history"), name);
  else
    message = g_strdup_printf (_("“%s” deleted"), name);
  td_toast_offer_undo (GTK_WIDGET (self), message);
  self->id = 0;
  g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

static void
on_restore_clicked_cb (TdSubjectEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!td_store_set_subject_archived (self->store, self->kind, self->id, FALSE, &error))
    td_toast_show_error (GTK_WIDGET (self), error);
  else
    load (self);
}

static void
on_show_duplicate_clicked_cb (TdSubjectEditor *self)
{
  if (self->duplicate_id != 0)
    g_signal_emit (self, signals[SIGNAL_SHOW_SUBJECT], 0, self->duplicate_id);
}

static void
on_merge_response_cb (TdSubjectEditor *self,
                      const char      *response,
                      AdwMessageDialog *dialog)
{
  GtkDropDown *choice = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  GPtrArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  guint selected = gtk_drop_down_get_selected (choice);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 keep;

  if (!g_str_equal (response, "merge") || selected >= ids->len)
    return;
  keep = *(gint64 *) g_ptr_array_index (ids, selected);
  message = g_strdup_printf (_("“%s” merged into “%s”"), td_subject_get_name (self->subject),
                             gtk_string_object_get_string (gtk_drop_down_get_selected_item (choice)));
  if (!td_store_merge_units (self->store, keep, self->id, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  td_toast_offer_undo (GTK_WIDGET (self), message);
  self->id = 0;
  g_signal_emit (self, signals[SIGNAL_SHOW_SUBJECT], 0, keep);
}

/* Two spellings of one unit: the user picks the one kept; the other's links move to it. */
static void
on_merge_clicked_cb (TdSubjectEditor *self)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;
  GtkStringList *names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *dialog, *choice;
  guint preselect = 0;

  units = td_store_list_units (self->store, &error);
  if (units == NULL)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      g_object_unref (names);
      g_ptr_array_unref (ids);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);

      if (td_unit_get_id (unit) == self->id)
        continue;
      if (td_unit_get_id (unit) == self->duplicate_id)
        preselect = ids->len;
      gtk_string_list_append (names, td_unit_get_name (unit));
      g_ptr_array_add (ids, g_memdup2 (&(gint64) { td_unit_get_id (unit) }, sizeof (gint64)));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Merge Into Another Unit?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” goes away: its tasks, people, households, "
                                    "registrations, scores and awards move to the unit kept."),
                                  td_subject_get_name (self->subject));
  choice = gtk_drop_down_new (G_LIST_MODEL (names), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (choice), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), preselect);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The unit kept"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), choice);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge", ids->len > 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ids", ids, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_close_clicked_cb (TdSubjectEditor *self)
{
  g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

/* Building ---------------------------------------------------------------------------------- */

static void
add_field (TdSubjectEditor *self,
           TdSubjectField   which)
{
  Field field = { .field = which, .values = g_ptr_array_new_with_free_func (g_free) };
  const char *title = td_subject_field_label (self->kind, which);
  GtkWidget *label;

  if (is_choice (which))
    {
      field.row = adw_combo_row_new ();
      g_signal_connect_object (field.row, "notify::selected", G_CALLBACK (on_choice_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  else
    {
      field.row = adw_entry_row_new ();
      if (which == TD_SUBJECT_FIELD_MEMBERS || which == TD_SUBJECT_FIELD_BIRTH_YEAR ||
          which == TD_SUBJECT_FIELD_PHONE)
        gtk_editable_set_width_chars (GTK_EDITABLE (field.row), 8);
      g_signal_connect_object (field.row, "changed", G_CALLBACK (on_text_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field.row), title);
  adw_preferences_group_add (self->group, field.row);

  /* Under the field, why what is typed is not saved. */
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  field.problem = GTK_LABEL (label);
  field.problem_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (field.problem_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (field.problem_row), label);
  gtk_widget_set_visible (field.problem_row, FALSE);
  adw_preferences_group_add (self->group, field.problem_row);

  g_array_append_val (self->fields, field);
}

static void
clear_field (gpointer data)
{
  g_clear_pointer (&((Field *) data)->values, g_ptr_array_unref);
}

static void
td_subject_editor_dispose (GObject *object)
{
  TdSubjectEditor *self = TD_SUBJECT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_SUBJECT_EDITOR);
  g_clear_object (&self->subject);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (td_subject_editor_parent_class)->dispose (object);
}

static void
td_subject_editor_finalize (GObject *object)
{
  TdSubjectEditor *self = TD_SUBJECT_EDITOR (object);

  g_array_unref (self->fields);
  G_OBJECT_CLASS (td_subject_editor_parent_class)->finalize (object);
}

static void
td_subject_editor_class_init (TdSubjectEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_subject_editor_dispose;
  object_class->finalize = td_subject_editor_finalize;

  signals[SIGNAL_SHOW_SUBJECT] =
    g_signal_new ("show-subject", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_ADDED] =
    g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-subject-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, title);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, close_button);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, archived_box);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, restore_button);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, group);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, duplicate_box);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, show_duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, counts_label);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, merge_button);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectEditor, delete_button);
}

static void
td_subject_editor_init (TdSubjectEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_array_new (FALSE, TRUE, sizeof (Field));
  g_array_set_clear_func (self->fields, clear_field);

  g_signal_connect_object (self->close_button, "clicked", G_CALLBACK (on_close_clicked_cb),
                           self, G_CONNECT_SWAPPED);
}

TdSubjectEditor *
td_subject_editor_new (TdSubjectKind kind)
{
  TdSubjectEditor *self = g_object_new (TD_TYPE_SUBJECT_EDITOR, NULL);
  const TdSubjectField *which = unit_fields;
  guint n = G_N_ELEMENTS (unit_fields);

  self->kind = kind;
  if (kind == TD_SUBJECT_PERSON)
    which = person_fields, n = G_N_ELEMENTS (person_fields);
  else if (kind == TD_SUBJECT_HOUSEHOLD)
    which = household_fields, n = G_N_ELEMENTS (household_fields);
  for (guint i = 0; i < n; i++)
    add_field (self, which[i]);

  g_signal_connect_object (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->restore_button, "clicked", G_CALLBACK (on_restore_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->merge_button, "clicked", G_CALLBACK (on_merge_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->show_duplicate_button, "clicked",
                           G_CALLBACK (on_show_duplicate_clicked_cb), self, G_CONNECT_SWAPPED);
  return self;
}

TdSubjectKind
td_subject_editor_get_kind (TdSubjectEditor *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_EDITOR (self), TD_SUBJECT_UNIT);
  return self->kind;
}

void
td_subject_editor_set_store (TdSubjectEditor *self,
                             TdStore         *store,
                             int              year)
{
  g_return_if_fail (TD_IS_SUBJECT_EDITOR (self));

  if (g_set_object (&self->store, store))
    self->id = 0;
  self->year = year;
}

void
td_subject_editor_edit (TdSubjectEditor *self,
                        gint64           id)
{
  g_return_if_fail (TD_IS_SUBJECT_EDITOR (self));

  self->id = id;
  for (guint i = 0; i < self->fields->len; i++)
    show_problem (&g_array_index (self->fields, Field, i), NULL);
  if (id != 0)
    {
      load (self);
      return;
    }
  /* A new one: empty fields, the name's to type first. */
  g_set_object (&self->subject, td_subject_new (self->kind));
  g_object_unref (self->subject);
  fill (self);
  gtk_widget_grab_focus (field_of (self, TD_SUBJECT_FIELD_NAME)->row);
}

gint64
td_subject_editor_get_id (TdSubjectEditor *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_EDITOR (self), 0);
  return self->id;
}

static TdChangeWhat
change_what_of (TdSubjectKind kind)
{
  if (kind == TD_SUBJECT_PERSON)
    return TD_CHANGE_PERSON;
  if (kind == TD_SUBJECT_HOUSEHOLD)
    return TD_CHANGE_HOUSEHOLD;
  return TD_CHANGE_UNIT;
}

void
td_subject_editor_apply_change (TdSubjectEditor *self,
                                const TdChange  *change)
{
  g_return_if_fail (TD_IS_SUBJECT_EDITOR (self));

  if (self->saving || self->id == 0)
    return;
  if (change->what == TD_CHANGE_ALL ||
      (change->what == change_what_of (self->kind) && change->id == self->id) ||
      change->what == TD_CHANGE_UNIT || change->what == TD_CHANGE_REGISTRATION)
    {
      /* Undone or changed elsewhere: what the store holds now, refused text forgotten. */
      for (guint i = 0; i < self->fields->len; i++)
        show_problem (&g_array_index (self->fields, Field, i), NULL);
      load (self);
    }
}

GtkWidget *
td_subject_editor_get_field (TdSubjectEditor *self,
                             TdSubjectField   which)
{
  Field *field;

  g_return_val_if_fail (TD_IS_SUBJECT_EDITOR (self), NULL);
  field = field_of (self, which);
  return field != NULL ? field->row : NULL;
}
