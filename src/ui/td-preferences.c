/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "td-backups-page.h"
#include "td-preferences.h"
#include "td-save-problem.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-toast.h"

#define SAVE_DELAY_MS 400

/* The office's fields, in the order of the rows. */
enum {
  FIELD_PARENT_BODY,
  FIELD_ISSUING_BODY,
  FIELD_PLACE,
  FIELD_CODE,
  FIELD_SIGNER_NAME,
  N_FIELDS
};

static const char * const field_names[N_FIELDS] = {
  "parent-body", "issuing-body", "place", "code", "signer-name",
};

/* One field: its row, whether it is saved (the label beside it), the problem under it, and
 * what the file held when it was last filled or saved. */
typedef struct {
  AdwEntryRow *row;
  GtkLabel    *status;
  GtkWidget   *problem_row;
  GtkLabel    *problem;
  char        *loaded;
  gboolean     dirty;
  gboolean     saved;
} Field;

struct _TdPreferences
{
  AdwPreferencesWindow  parent_instance;

  TdStore              *store;
  TdBackupsPage        *backups_page;
  Field                 fields[N_FIELDS];
  /* The year of the plan the window shows (0: none), offered the office's heading. */
  int                   plan_year;
  AdwActionRow         *apply_row;
  GtkButton            *apply_button;
  guint                 save_source;
  gboolean              loading;
};

G_DEFINE_FINAL_TYPE (TdPreferences, td_preferences, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  RESTORE_BACKUP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The code goes into symbols such as "KH-UBND": letters and digits, nothing else. */
static gboolean
is_valid_code (const char *code)
{
  if (code[0] == '\0')
    return FALSE;
  for (const char *p = code; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Beside the field: "Saving…", "Saved" or "Not saved"; under it, why not. */
static void
show_state (Field      *field,
            const char *problem)
{
  const char *status = "";

  if (problem != NULL)
    status = _("Not saved");
  else if (field->dirty)
    status = _("Saving…");
  else if (field->saved)
    status = _("Saved");

  gtk_label_set_label (field->status, status);
  gtk_label_set_label (field->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (field->problem_row, problem != NULL);
  if (problem != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (field->row), "error");
      gtk_widget_add_css_class (GTK_WIDGET (field->status), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (field->row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (field->status), "error");
    }
}

/* Shows @text in the field unless it holds an edit of its own: typed and not saved yet, or
 * refused. Another window's change never overwrites what is being typed. */
static void
fill_field (TdPreferences *self,
            Field         *field,
            const char    *text)
{
  if (field->dirty || gtk_widget_get_visible (field->problem_row))
    return;
  self->loading = TRUE;
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (field->row)), text))
    gtk_editable_set_text (GTK_EDITABLE (field->row), text);
  self->loading = FALSE;
  g_free (field->loaded);
  field->loaded = g_strdup (text);
}

/* Offers the office's heading to the plan of the window's year when that plan's differs. */
static void
update_apply (TdPreferences *self)
{
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  gboolean offer = FALSE;

  if (self->store != NULL && self->plan_year != 0 && !td_store_is_read_only (self->store))
    {
      office = td_store_get_office (self->store, NULL);
      plan = td_store_get_plan (self->store, self->plan_year, NULL);
      offer = office != NULL && plan != NULL &&
              td_office_get_issuing_body (office)[0] != '\0' &&
              td_office_differs_from_plan (office, plan);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->apply_row), offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.apply-to-plan", offer);
  if (!offer)
    return;

  /* Translators: %d is the year of the plan the window shows */
  title = g_strdup_printf (_("The %d plan has a heading of its own"), self->plan_year);
  /* Translators: a button; %d is the year of the plan the window shows */
  label = g_strdup_printf (_("_Apply to the %d Plan"), self->plan_year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->apply_row), title);
  gtk_button_set_label (self->apply_button, label);
}

static void
load (TdPreferences *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdOffice) office = td_store_get_office (self->store, &error);

  if (office == NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        td_toast_new (error->message));
      return;
    }
  fill_field (self, &self->fields[FIELD_PARENT_BODY], td_office_get_parent_body (office));
  fill_field (self, &self->fields[FIELD_ISSUING_BODY], td_office_get_issuing_body (office));
  fill_field (self, &self->fields[FIELD_PLACE], td_office_get_place (office));
  fill_field (self, &self->fields[FIELD_CODE], td_office_get_code (office));
  fill_field (self, &self->fields[FIELD_SIGNER_NAME], td_office_get_signer_name (office));
  update_apply (self);
}

/* The office changed here or in another window or program. */
static void
on_store_changed_cb (TdPreferences *self)
{
  load (self);
}

/* A plan's heading may now be the office's, or no longer. */
static void
on_plan_changed_cb (TdPreferences *self)
{
  update_apply (self);
}

/* Writes field @i as typed; FALSE, with the problem shown under it, when it cannot be. The
 * text stays in the field either way. */
static gboolean
save_field (TdPreferences *self,
            guint          i)
{
  Field *field = &self->fields[i];
  g_autoptr(TdOffice) office = td_office_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = row_text (field->row);
  const char *problem = NULL;
  const char *names[] = { field_names[i], NULL };

  if (i == FIELD_ISSUING_BODY && text[0] == '\0')
    problem = _("The issuing body cannot be empty");
  else if (i == FIELD_PLACE && text[0] == '\0')
    problem = _("The place name cannot be empty");
  else if (i == FIELD_CODE && !is_valid_code (text))
    problem = _("The code must be letters and digits only, such as UBND");
  if (problem != NULL)
    {
      field->dirty = FALSE;
      show_state (field, problem);
      return FALSE;
    }

  g_object_set (office, field_names[i], text, NULL);
  /* Only this field: another window may have changed the others. */
  if (!td_store_update_office_fields (self->store, office, names, &error))
    {
      const char *words = td_save_problem_describe_action (error);

      /* Kept as typed, and tried again with the next keystroke or on the way out. */
      show_state (field, words != NULL ? words : error->message);
      return FALSE;
    }
  field->dirty = FALSE;
  field->saved = TRUE;
  g_free (field->loaded);
  field->loaded = g_steal_pointer (&text);
  show_state (field, NULL);
  update_apply (self);
  return TRUE;
}

/* Saves every field typed into since it was last saved. */
static gboolean
save_typed (TdPreferences *self)
{
  gboolean ok = TRUE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store == NULL)
    return TRUE;
  for (guint i = 0; i < N_FIELDS; i++)
    if (self->fields[i].dirty)
      ok = save_field (self, i) && ok;
  return ok;
}

static gboolean
save_typed_cb (gpointer data)
{
  TdPreferences *self = data;

  self->save_source = 0;
  save_typed (self);
  return G_SOURCE_REMOVE;
}

/* Typed into: saved a moment after the last keystroke, as the plan editor does. */
static void
on_changed_cb (TdPreferences *self,
               GtkEditable   *row)
{
  if (self->loading)
    return;
  for (guint i = 0; i < N_FIELDS; i++)
    if (GTK_EDITABLE (self->fields[i].row) == row)
      {
        self->fields[i].dirty = TRUE;
        show_state (&self->fields[i], NULL);
      }
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_typed_cb, self);
}

/* Enter, or leaving the field: saved at once. */
static void
on_apply_cb (TdPreferences *self)
{
  save_typed (self);
}

static void
on_focus_leave_cb (TdPreferences *self)
{
  save_typed (self);
}

/* Closing never drops what was typed. */
static gboolean
td_preferences_close_request (GtkWindow *window)
{
  save_typed (TD_PREFERENCES (window));
  return GTK_WINDOW_CLASS (td_preferences_parent_class)->close_request (window);
}

/* The window's Undo: the change is a step of the one history of the window's store. */
static void
on_toast_undo_cb (AdwToast      *toast,
                  TdPreferences *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.undo", NULL);
}

static void
apply_to_plan_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TdPreferences *self = TD_PREFERENCES (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  AdwToast *toast;

  /* What is typed first, so the plan takes what the fields show; a field that cannot be
   * saved says why under it, and nothing is applied. */
  if (self->store == NULL || self->plan_year == 0 || !save_typed (self))
    return;
  if (!td_store_apply_office_to_plan (self->store, self->plan_year, &error))
    {
      const char *words = td_save_problem_describe_action (error);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        td_toast_new (words != NULL ? words : error->message));
      return;
    }
  /* Translators: %d is the year of the plan */
  done = g_strdup_printf (_("The %d plan has the office’s heading now"), self->plan_year);
  toast = td_toast_new (done);
  if (gtk_window_get_transient_for (GTK_WINDOW (self)) != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo_cb), self, 0);
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
on_restore_cb (TdPreferences *self,
               const char    *path,
               TdBackupsPage *page)
{
  g_signal_emit (self, signals[RESTORE_BACKUP], 0, path);
}

static void
td_preferences_dispose (GObject *object)
{
  TdPreferences *self = TD_PREFERENCES (object);

  save_typed (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_PREFERENCES);
  g_clear_object (&self->store);
  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&self->fields[i].loaded, g_free);

  G_OBJECT_CLASS (td_preferences_parent_class)->dispose (object);
}

static void
td_preferences_class_init (TdPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = td_preferences_dispose;
  window_class->close_request = td_preferences_close_request;

  /**
   * TdPreferences::restore-backup:
   * @path: the backup to restore
   *
   * The user confirmed restoring a backup on the Backups page: the window restores it
   * into its store and opens the file again.
   */
  signals[RESTORE_BACKUP] = g_signal_new ("restore-backup",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-preferences.ui");
#define BIND(i, prefix) \
  gtk_widget_class_bind_template_child_full (widget_class, #prefix "_row", FALSE, \
    G_STRUCT_OFFSET (TdPreferences, fields) + i * sizeof (Field) + G_STRUCT_OFFSET (Field, row)); \
  gtk_widget_class_bind_template_child_full (widget_class, #prefix "_status", FALSE, \
    G_STRUCT_OFFSET (TdPreferences, fields) + i * sizeof (Field) + G_STRUCT_OFFSET (Field, status)); \
  gtk_widget_class_bind_template_child_full (widget_class, #prefix "_problem_row", FALSE, \
    G_STRUCT_OFFSET (TdPreferences, fields) + i * sizeof (Field) + \
    G_STRUCT_OFFSET (Field, problem_row)); \
  gtk_widget_class_bind_template_child_full (widget_class, #prefix "_problem", FALSE, \
    G_STRUCT_OFFSET (TdPreferences, fields) + i * sizeof (Field) + G_STRUCT_OFFSET (Field, problem))
  BIND (FIELD_PARENT_BODY, parent_body);
  BIND (FIELD_ISSUING_BODY, issuing_body);
  BIND (FIELD_PLACE, place);
  BIND (FIELD_CODE, code);
  BIND (FIELD_SIGNER_NAME, signer_name);
#undef BIND
  gtk_widget_class_bind_template_child (widget_class, TdPreferences, apply_row);
  gtk_widget_class_bind_template_child (widget_class, TdPreferences, apply_button);
  gtk_widget_class_install_action (widget_class, "prefs.apply-to-plan", NULL,
                                   apply_to_plan_action);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
}

static void
td_preferences_init (TdPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_add_controller (GTK_WIDGET (self->fields[i].row), focus);
    }
}

TdPreferences *
td_preferences_new (GtkWindow *parent,
                    TdStore   *store)
{
  TdPreferences *self;
  gboolean writable;

  g_return_val_if_fail (TD_IS_STORE (store), NULL);

  self = g_object_new (TD_TYPE_PREFERENCES, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  load (self);
  g_signal_connect_object (store, "changed::office", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::all", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::plan", G_CALLBACK (on_plan_changed_cb), self,
                           G_CONNECT_SWAPPED);

  writable = !td_store_is_read_only (store);
  for (guint i = 0; i < N_FIELDS; i++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->fields[i].row), writable);

  self->backups_page = td_backups_page_new (store);
  g_signal_connect_object (self->backups_page, "restore", G_CALLBACK (on_restore_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (self->backups_page));
  return self;
}

void
td_preferences_set_plan_year (TdPreferences *self,
                              int            year)
{
  g_return_if_fail (TD_IS_PREFERENCES (self));

  self->plan_year = year;
  update_apply (self);
}

/* Shows the Backups page. */
void
td_preferences_show_backups (TdPreferences *self)
{
  g_return_if_fail (TD_IS_PREFERENCES (self));
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self),
                                           ADW_PREFERENCES_PAGE (self->backups_page));
}

TdBackupsPage *
td_preferences_get_backups_page (TdPreferences *self)
{
  g_return_val_if_fail (TD_IS_PREFERENCES (self), NULL);
  return self->backups_page;
}
