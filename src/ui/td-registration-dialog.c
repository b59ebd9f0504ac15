/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Editing one registration: its date, its pledge and its targets (chỉ tiêu), saved as they
 * are typed, a moment after the last keystroke, as the plan editor saves; the store makes
 * typing into one field one step of Undo. What is typed wrong (a date that is none, a
 * figure that is no number) is marked on its row and said in words, and not saved.
 */
#define G_LOG_DOMAIN "td-registration-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-date.h"
#include "td-registration-dialog.h"
#include "td-store-registrations.h"
#include "td-store-scoring.h"
#include "td-store-subjects.h"
#include "td-toast.h"
#include "td-undo-keys.h"

/* Typing is saved this long after the last keystroke. */
#define SAVE_DELAY_MS 600

enum {
  FIELD_TEXT  = 1 << 0,
  FIELD_VALUE = 1 << 1,
  FIELD_UNIT  = 1 << 2,
};

/* The rows of one target. */
typedef struct {
  TdRegistrationDialog *dialog;
  gint64                id;
  AdwExpanderRow       *row;
  AdwEntryRow          *text_row;
  AdwComboRow          *kind_row;
  AdwEntryRow          *value_row;
  AdwEntryRow          *unit_row;
  /* The criterion that scores it, when the unit's kind is scored. */
  AdwComboRow          *criterion_row;
  /* FIELD_* typed into and not saved yet. */
  guint                 pending;
} TargetEditor;

struct _TdRegistrationDialog
{
  AdwWindow             parent_instance;

  TdStore              *store;
  gint64                id;
  TdRegistration       *registration;
  /* TargetEditor, in the targets' order. */
  GPtrArray            *editors;
  gboolean              date_pending;
  /* Text is being put into the fields, not typed. */
  gboolean              loading;
  /* The items of the criteria set scoring the unit, as a target's "Scored by" offers
   * them: their labels, and their ids (0 first, for none); NULL until read. */
  GtkStringList        *criteria_labels;
  GArray               *criteria_ids;
  guint                 save_source;

  AdwWindowTitle       *window_title;
  AdwActionRow         *title_row;
  AdwActionRow         *subject_row;
  AdwEntryRow          *date_row;
  GtkSwitch            *pledge_switch;
  AdwPreferencesGroup  *targets_group;
  GtkWidget            *new_target_list;
  AdwEntryRow          *new_target_row;
  GtkButton            *remove_button;
};

G_DEFINE_FINAL_TYPE (TdRegistrationDialog, td_registration_dialog, ADW_TYPE_WINDOW)

static void save_pending (TdRegistrationDialog *self);

static void
show_error (TdRegistrationDialog *self,
            const GError         *error)
{
  td_toast_show_error (GTK_WIDGET (self), error);
}

static void
mark_error (AdwEntryRow *row,
            gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Puts @text into @row as the file has it, unless it is what the row shows already. */
static void
set_row_text (TdRegistrationDialog *self,
              AdwEntryRow          *row,
              const char           *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
    return;
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  self->loading = FALSE;
  mark_error (row, FALSE);
}

static gboolean
save_cb (gpointer data)
{
  TdRegistrationDialog *self = data;

  self->save_source = 0;
  save_pending (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (TdRegistrationDialog *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_cb, self);
}

/* A figure as Vietnamese writes it, "1,5", or as a computer does, "1.5"; blank for none. */
static gboolean
parse_figure (const char  *text,
              gboolean    *has_value,
              double      *value,
              GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  *has_value = copy[0] != '\0';
  if (!*has_value)
    return TRUE;
  for (char *p = copy; *p != '\0'; p++)
    if (*p == ',')
      *p = '.';
  *value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0')
    {
      g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID,
                   /* Translators: a target's figure typed wrong, e.g. "“1,5%” is not a
                    * number: type the unit in its own field" */
                   _("“%s” is not a number: type the figure alone, and its unit in its own "
                     "field"), text);
      return FALSE;
    }
  return TRUE;
}

/* A figure as it was typed back: "1,5" with a decimal comma, "12" with none. */
static char *
format_figure (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6f", value));
  char *end = text + strlen (text) - 1;

  while (end > text && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  for (char *p = text; *p != '\0'; p++)
    if (*p == '.')
      *p = ',';
  return text;
}

/* Targets ---------------------------------------------------------------------------------- */

static void
editor_free (gpointer data)
{
  g_free (data);
}

static void
update_editor (TargetEditor               *editor,
               const TdRegistrationTarget *target)
{
  TdRegistrationDialog *self = editor->dialog;
  g_autofree char *label = td_registration_target_dup_label (target);
  gboolean figure = target->kind == TD_TARGET_NUMBER;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->row), label);
  adw_expander_row_set_subtitle (editor->row,
                                 figure ? _("A figure") : _("A commitment, met or not"));
  if (!(editor->pending & FIELD_TEXT))
    set_row_text (self, editor->text_row, target->text);
  if (!(editor->pending & FIELD_VALUE))
    {
      g_autofree char *value = NULL;

      if (target->has_value)
        value = format_figure (target->value);
      set_row_text (self, editor->value_row, value != NULL ? value : "");
    }
  if (!(editor->pending & FIELD_UNIT))
    set_row_text (self, editor->unit_row, target->unit);
  self->loading = TRUE;
  adw_combo_row_set_selected (editor->kind_row, figure ? 1 : 0);
  if (editor->criterion_row != NULL)
    {
      guint selected = 0;

      for (guint i = 1; i < self->criteria_ids->len; i++)
        if (g_array_index (self->criteria_ids, gint64, i) == target->criterion_id)
          selected = i;
      adw_combo_row_set_selected (editor->criterion_row, selected);
    }
  self->loading = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (editor->value_row), figure);
  gtk_widget_set_visible (GTK_WIDGET (editor->unit_row), figure);
}

static gboolean
save_editor (TargetEditor *editor)
{
  TdRegistrationDialog *self = editor->dialog;
  g_autoptr(TdRegistrationTarget) target = td_registration_target_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (editor->pending == 0)
    return TRUE;
  target->id = editor->id;
  target->kind = adw_combo_row_get_selected (editor->kind_row) == 1 ? TD_TARGET_NUMBER
                                                                    : TD_TARGET_PASS;
  if (editor->pending & FIELD_TEXT)
    {
      g_free (target->text);
      target->text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->text_row)));
      g_ptr_array_add (fields, "text");
    }
  if (editor->pending & FIELD_VALUE)
    {
      if (!parse_figure (gtk_editable_get_text (GTK_EDITABLE (editor->value_row)),
                         &target->has_value, &target->value, &error))
        {
          mark_error (editor->value_row, TRUE);
          show_error (self, error);
          editor->pending &= ~FIELD_VALUE;
          return FALSE;
        }
      g_ptr_array_add (fields, "value");
    }
  if (editor->pending & FIELD_UNIT)
    {
      g_free (target->unit);
      target->unit = g_strstrip (g_strdup (gtk_editable_get_text (
                                             GTK_EDITABLE (editor->unit_row))));
      g_ptr_array_add (fields, "unit");
    }
  g_ptr_array_add (fields, NULL);

  editor->pending = 0;
  if (!td_store_update_registration_target (self->store, target,
                                            (const char * const *) fields->pdata, &error))
    {
      if (g_strv_contains ((const char * const *) fields->pdata, "text"))
        mark_error (editor->text_row, TRUE);
      show_error (self, error);
      return FALSE;
    }
  mark_error (editor->text_row, FALSE);
  mark_error (editor->value_row, FALSE);
  return TRUE;
}

static void
on_editor_changed_cb (GtkEditable  *editable,
                      TargetEditor *editor)
{
  if (editor->dialog->loading)
    return;
  if (editable == GTK_EDITABLE (editor->text_row))
    editor->pending |= FIELD_TEXT;
  else if (editable == GTK_EDITABLE (editor->value_row))
    editor->pending |= FIELD_VALUE;
  else
    editor->pending |= FIELD_UNIT;
  schedule_save (editor->dialog);
}

static void
on_kind_changed_cb (AdwComboRow  *row,
                    GParamSpec   *pspec,
                    TargetEditor *editor)
{
  TdRegistrationDialog *self = editor->dialog;
  g_autoptr(TdRegistrationTarget) target = td_registration_target_new (NULL);
  const char *fields[] = { "kind", NULL };
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  /* What is typed first, then the kind: one step each. */
  save_editor (editor);
  target->id = editor->id;
  target->kind = adw_combo_row_get_selected (row) == 1 ? TD_TARGET_NUMBER : TD_TARGET_PASS;
  if (!td_store_update_registration_target (self->store, target, fields, &error))
    show_error (self, error);
}

static void
on_criterion_changed_cb (AdwComboRow  *row,
                         GParamSpec   *pspec,
                         TargetEditor *editor)
{
  TdRegistrationDialog *self = editor->dialog;
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->loading || selected >= self->criteria_ids->len)
    return;
  save_editor (editor);
  if (!td_store_link_target_criterion (self->store, editor->id,
                                       g_array_index (self->criteria_ids, gint64, selected),
                                       &error))
    show_error (self, error);
}

static void
on_remove_target_cb (GtkButton    *button,
                     TargetEditor *editor)
{
  TdRegistrationDialog *self = editor->dialog;
  g_autoptr(GError) error = NULL;

  editor->pending = 0;
  if (!td_store_remove_registration_target (self->store, editor->id, &error))
    show_error (self, error);
}

static AdwEntryRow *
add_entry_row (TargetEditor *editor,
               const char   *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_signal_connect (row, "changed", G_CALLBACK (on_editor_changed_cb), editor);
  adw_expander_row_add_row (editor->row, GTK_WIDGET (row));
  return row;
}

static TargetEditor *
new_editor (TdRegistrationDialog       *self,
            const TdRegistrationTarget *target)
{
  TargetEditor *editor = g_new0 (TargetEditor, 1);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  AdwActionRow *remove_row;
  GtkWidget *remove;

  editor->dialog = self;
  editor->id = target->id;
  editor->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (editor->row), FALSE);

  editor->text_row = add_entry_row (editor, _("What it pledges"));
  editor->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  /* TRANSLATORS: of a target: a figure or a commitment. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->kind_row), C_("target", "Kind"));
  gtk_string_list_append (kinds, _("A commitment, met or not"));
  gtk_string_list_append (kinds, _("A figure"));
  adw_combo_row_set_model (editor->kind_row, G_LIST_MODEL (kinds));
  adw_expander_row_add_row (editor->row, GTK_WIDGET (editor->kind_row));
  editor->value_row = add_entry_row (editor, _("Figure, e.g. 1,5"));
  /* xgettext:no-c-format */
  editor->unit_row = add_entry_row (editor, _("Unit, e.g. % or triệu đồng"));
  if (self->criteria_ids != NULL && self->criteria_ids->len > 1)
    {
      editor->criterion_row = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->criterion_row),
                                     _("Scored by criterion"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (editor->criterion_row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (editor->criterion_row),
                                   _("Shown beside that item on the score sheet"));
      adw_combo_row_set_model (editor->criterion_row, G_LIST_MODEL (self->criteria_labels));
      gtk_widget_set_sensitive (GTK_WIDGET (editor->criterion_row),
                                !td_store_is_read_only (self->store));
      adw_expander_row_add_row (editor->row, GTK_WIDGET (editor->criterion_row));
    }

  remove_row = ADW_ACTION_ROW (adw_action_row_new ());
  remove = gtk_button_new_with_mnemonic (_("Remove _Target"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_sensitive (remove, !td_store_is_read_only (self->store));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_target_cb), editor);
  adw_action_row_add_suffix (remove_row, remove);
  adw_expander_row_add_row (editor->row, GTK_WIDGET (remove_row));

  update_editor (editor, target);
  g_signal_connect (editor->kind_row, "notify::selected", G_CALLBACK (on_kind_changed_cb), editor);
  if (editor->criterion_row != NULL)
    g_signal_connect (editor->criterion_row, "notify::selected",
                      G_CALLBACK (on_criterion_changed_cb), editor);
  return editor;
}

/* The targets as the file has them: new rows when targets came or went, else the fields
 * not being typed into. */
static void
show_targets (TdRegistrationDialog *self,
              GPtrArray            *targets)
{
  gboolean same = targets->len == self->editors->len;

  for (guint i = 0; same && i < targets->len; i++)
    same = ((TdRegistrationTarget *) g_ptr_array_index (targets, i))->id ==
           ((TargetEditor *) g_ptr_array_index (self->editors, i))->id;

  if (same)
    {
      for (guint i = 0; i < targets->len; i++)
        update_editor (g_ptr_array_index (self->editors, i), g_ptr_array_index (targets, i));
      return;
    }

  for (guint i = 0; i < self->editors->len; i++)
    adw_preferences_group_remove (self->targets_group,
                                  GTK_WIDGET (((TargetEditor *) g_ptr_array_index (self->editors,
                                                                                  i))->row));
  g_ptr_array_set_size (self->editors, 0);
  for (guint i = 0; i < targets->len; i++)
    {
      TargetEditor *editor = new_editor (self, g_ptr_array_index (targets, i));

      g_ptr_array_add (self->editors, editor);
      adw_preferences_group_add (self->targets_group, GTK_WIDGET (editor->row));
    }
}

static void
on_new_target_apply_cb (TdRegistrationDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
                                                  GTK_EDITABLE (self->new_target_row))));
  g_autoptr(TdRegistrationTarget) target = td_registration_target_new (text);
  g_autoptr(GError) error = NULL;

  if (text[0] == '\0')
    return;
  save_pending (self);
  if (td_store_add_registration_target (self->store, self->id, target, &error) == 0)
    {
      show_error (self, error);
      return;
    }
  set_row_text (self, self->new_target_row, "");
  /* The new target's rows, open for its figure. */
  if (self->editors->len > 0)
    adw_expander_row_set_expanded (((TargetEditor *) g_ptr_array_index (
                                      self->editors, self->editors->len - 1))->row, TRUE);
}

/* The registration --------------------------------------------------------------------------- */

static void
show_registration (TdRegistrationDialog *self)
{
  TdRegistration *registration = self->registration;
  const char *parent = td_registration_get_parent_name (registration);
  g_autofree char *subtitle = NULL;
  g_autofree char *date = td_date_format_typed (td_registration_get_registered_on (registration));

  /* Translators: the subtitle of a registration's dialog: "Gia đình văn hóa, 2024" */
  subtitle = g_strdup_printf (_("%s, %d"), td_registration_get_award_kind_name (registration),
                              td_registration_get_year (registration));
  adw_window_title_set_title (self->window_title, td_registration_get_subject_name (registration));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  adw_action_row_set_subtitle (self->title_row, td_registration_get_award_kind_name (registration));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->subject_row),
                                 td_registration_get_subject_kind (registration) ==
                                   TD_REGISTRATION_HOUSEHOLD ? _("Village")
                                 : td_registration_get_subject_kind (registration) ==
                                   TD_REGISTRATION_PERSON ? _("Unit") : _("Belongs to"));
  adw_action_row_set_subtitle (self->subject_row, parent);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_row), parent[0] != '\0');
  if (!self->date_pending)
    set_row_text (self, self->date_row, date);
  self->loading = TRUE;
  gtk_switch_set_active (self->pledge_switch, td_registration_get_pledge_signed (registration));
  self->loading = FALSE;
}

/* The items that may score a unit's targets: those of the set of the year for its kind
 * (none for a person or a household, whom no sheet scores). Read once. */
static void
read_criteria (TdRegistrationDialog *self,
               TdRegistration       *registration)
{
  int year = td_registration_get_year (registration);
  g_autoptr(TdSubject) unit = NULL;
  g_autoptr(TdCriteriaSet) set = NULL;
  g_autoptr(TdCriteriaTree) tree = NULL;

  self->criteria_labels = gtk_string_list_new (NULL);
  self->criteria_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* TRANSLATORS: a target scored by no criterion of the score sheet */
  gtk_string_list_append (self->criteria_labels, _("None"));
  g_array_append_val (self->criteria_ids, (gint64) { 0 });

  if (td_registration_get_subject_kind (registration) != TD_REGISTRATION_UNIT)
    return;
  /* A sheet that cannot be read offers nothing: the target is still edited. */
  unit = td_store_get_subject (self->store, TD_SUBJECT_UNIT,
                               td_registration_get_subject_id (registration), year, NULL);
  if (unit != NULL)
    set = td_store_find_criteria_set_for_kind (self->store, year,
                                               td_subject_get_unit_kind (unit), NULL);
  if (set != NULL)
    tree = td_store_read_criteria_tree (self->store, td_criteria_set_get_id (set), NULL);
  for (guint i = 0; tree != NULL && i < td_criteria_tree_get_n_leaves (tree); i++)
    {
      const TdCriteriaNode *node =
        td_criteria_tree_get_node (tree, td_criteria_tree_get_leaf_node (tree, i));
      const char *code = td_criterion_get_code (node->criterion);
      g_autofree char *label = code[0] != '\0'
        ? g_strdup_printf ("%s %s", code, td_criterion_get_name (node->criterion))
        : g_strdup (td_criterion_get_name (node->criterion));

      gtk_string_list_append (self->criteria_labels, label);
      g_array_append_val (self->criteria_ids, node->id);
    }
}

/* Reads the registration and its targets again; FALSE when it is gone. */
static gboolean
load (TdRegistrationDialog  *self,
      GError               **error)
{
  g_autoptr(TdRegistration) registration = td_store_get_registration (self->store, self->id,
                                                                      error);
  g_autoptr(GPtrArray) targets = NULL;

  if (registration == NULL)
    return FALSE;
  targets = td_store_list_registration_targets (self->store, self->id, error);
  if (targets == NULL)
    return FALSE;
  g_set_object (&self->registration, registration);
  if (self->criteria_ids == NULL)
    read_criteria (self, registration);
  show_registration (self);
  show_targets (self, targets);
  return TRUE;
}

static gboolean
save_date (TdRegistrationDialog *self)
{
  g_autofree char *typed = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(TdRegistration) values = NULL;
  g_autoptr(GError) error = NULL;
  const char *fields[] = { "registered-on", NULL };

  if (!self->date_pending)
    return TRUE;
  self->date_pending = FALSE;
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  iso = typed[0] == '\0' ? g_strdup ("") : td_date_parse_typed (typed, &error);
  if (iso != NULL)
    {
      values = td_registration_new (self->id, td_registration_get_year (self->registration));
      td_registration_set_registered_on (values, iso);
      if (td_store_update_registration_fields (self->store, values, fields, &error))
        {
          mark_error (self->date_row, FALSE);
          return TRUE;
        }
    }
  mark_error (self->date_row, TRUE);
  show_error (self, error);
  return FALSE;
}

static void
save_pending (TdRegistrationDialog *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store == NULL || td_store_is_read_only (self->store))
    return;
  save_date (self);
  /* A save may make the store read the targets again: each editor by its index. */
  for (guint i = 0; i < self->editors->len; i++)
    save_editor (g_ptr_array_index (self->editors, i));
}

static void
on_date_changed_cb (TdRegistrationDialog *self)
{
  if (self->loading)
    return;
  self->date_pending = TRUE;
  schedule_save (self);
}

static void
on_pledge_cb (TdRegistrationDialog *self)
{
  g_autoptr(TdRegistration) values = NULL;
  g_autoptr(GError) error = NULL;
  const char *fields[] = { "pledge-signed", NULL };

  if (self->loading || self->registration == NULL)
    return;
  values = td_registration_new (self->id, td_registration_get_year (self->registration));
  td_registration_set_pledge_signed (values, gtk_switch_get_active (self->pledge_switch));
  if (!td_store_update_registration_fields (self->store, values, fields, &error))
    show_error (self, error);
}

static void
on_remove_cb (TdRegistrationDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(TdRegistration) registration = g_object_ref (self->registration);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->date_pending = FALSE;
  if (!td_store_remove_registration (self->store, self->id, &error))
    {
      show_error (self, error);
      return;
    }
  /* The store's change closed the dialog; the window offers to undo. */
  message = g_strdup_printf (_("Registration of “%s” for “%s” removed"),
                             td_registration_get_subject_name (registration),
                             td_registration_get_award_kind_name (registration));
  if (parent != NULL)
    td_toast_offer_undo (GTK_WIDGET (parent), message);
}

static void
on_store_changed_cb (TdRegistrationDialog *self,
                     const TdChange       *change)
{
  g_autoptr(GError) error = NULL;

  if (change->what != TD_CHANGE_REGISTRATION && change->what != TD_CHANGE_ALL &&
      change->what != TD_CHANGE_UNIT && change->what != TD_CHANGE_PERSON &&
      change->what != TD_CHANGE_HOUSEHOLD)
    return;
  if (change->what == TD_CHANGE_REGISTRATION && change->id != self->id && change->id != 0)
    return;
  if (!load (self, &error))
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
td_registration_dialog_close_request (GtkWindow *window)
{
  save_pending (TD_REGISTRATION_DIALOG (window));
  return GTK_WINDOW_CLASS (td_registration_dialog_parent_class)->close_request (window);
}

static void
td_registration_dialog_dispose (GObject *object)
{
  TdRegistrationDialog *self = TD_REGISTRATION_DIALOG (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_REGISTRATION_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->registration);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_object (&self->criteria_labels);
  g_clear_pointer (&self->criteria_ids, g_array_unref);

  G_OBJECT_CLASS (td_registration_dialog_parent_class)->dispose (object);
}

static void
td_registration_dialog_class_init (TdRegistrationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = td_registration_dialog_dispose;
  window_class->close_request = td_registration_dialog_close_request;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/thidua/ThiDua/ui/td-registration-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, pledge_switch);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, targets_group);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, new_target_list);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, new_target_row);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationDialog, remove_button);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
flush_typing (GtkWindow *window)
{
  save_pending (TD_REGISTRATION_DIALOG (window));
}

static void
td_registration_dialog_init (TdRegistrationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_ptr_array_new_with_free_func (editor_free);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->title_row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->subject_row), FALSE);

  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (on_date_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_row, "apply", G_CALLBACK (save_pending), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pledge_switch, "notify::active", G_CALLBACK (on_pledge_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->new_target_row, "apply", G_CALLBACK (on_new_target_apply_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->new_target_row, "entry-activated",
                           G_CALLBACK (on_new_target_apply_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->remove_button, "clicked", G_CALLBACK (on_remove_cb), self,
                           G_CONNECT_SWAPPED);
  /* What is typed is saved as one types: Ctrl+Z undoes it in the file, as in the window. */
  td_undo_keys_attach (GTK_WINDOW (self), flush_typing);
}

TdRegistrationDialog *
td_registration_dialog_new (GtkWindow  *parent,
                            TdStore    *store,
                            gint64      registration_id,
                            GError    **error)
{
  TdRegistrationDialog *self;
  gboolean writable;

  g_return_val_if_fail (TD_IS_STORE (store), NULL);

  /* Held by GTK's list of windows until it is closed. */
  self = g_object_new (TD_TYPE_REGISTRATION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->id = registration_id;
  if (!load (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  writable = !td_store_is_read_only (store);
  gtk_editable_set_editable (GTK_EDITABLE (self->date_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pledge_switch), writable);
  gtk_widget_set_visible (self->new_target_list, writable);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), writable);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

gint64
td_registration_dialog_get_id (TdRegistrationDialog *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATION_DIALOG (self), 0);
  return self->id;
}

void
td_registration_dialog_flush (TdRegistrationDialog *self)
{
  g_return_if_fail (TD_IS_REGISTRATION_DIALOG (self));
  save_pending (self);
}
