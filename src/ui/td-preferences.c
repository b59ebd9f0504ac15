/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "td-backups-page.h"
#include "td-preferences.h"
#include "td-save-problem.h"
#include "td-toast.h"

struct _TdPreferences
{
  AdwPreferencesWindow  parent_instance;

  TdStore              *store;
  TdBackupsPage        *backups_page;

  AdwEntryRow          *parent_body_row;
  AdwEntryRow          *issuing_body_row;
  AdwEntryRow          *place_row;
  AdwEntryRow          *code_row;
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

static void
mark_invalid (AdwEntryRow *row,
              gboolean     invalid)
{
  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
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

/* Shows @text in @row unless the row holds an edit of its own: changed since it was last
 * filled. Another window's change never overwrites what is being typed; an Undo shows in
 * the field it was typed into, focused or not. */
static void
fill_row (AdwEntryRow *row,
          const char  *text)
{
  const char *loaded = g_object_get_data (G_OBJECT (row), "td-loaded");
  const char *shown = gtk_editable_get_text (GTK_EDITABLE (row));

  if (loaded != NULL && !g_str_equal (loaded, shown))
    return;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_object_set_data_full (G_OBJECT (row), "td-loaded", g_strdup (text), g_free);
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
  fill_row (self->parent_body_row, td_office_get_parent_body (office));
  fill_row (self->issuing_body_row, td_office_get_issuing_body (office));
  fill_row (self->place_row, td_office_get_place (office));
  fill_row (self->code_row, td_office_get_code (office));
}

/* The office changed here or in another window or program. */
static void
on_store_changed_cb (TdPreferences *self)
{
  load (self);
}

/* Each field is checked and saved on its own, so a half-filled form saves what is typed. */
static void
on_apply_cb (TdPreferences *self,
             AdwEntryRow   *row)
{
  /* Only the field edited is written: another window may have changed the others. */
  g_autoptr(TdOffice) office = td_office_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = row_text (row);
  const char *problem = NULL;
  const char *fields[] = { NULL, NULL };
  const char *field;

  if (row == self->issuing_body_row && text[0] == '\0')
    problem = _("The issuing body cannot be empty");
  else if (row == self->place_row && text[0] == '\0')
    problem = _("The place name cannot be empty");
  else if (row == self->code_row && !is_valid_code (text))
    problem = _("The code must be letters and digits only, such as UBND");

  mark_invalid (row, problem != NULL);
  if (problem != NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), td_toast_new (problem));
      return;
    }

  if (row == self->parent_body_row)
    field = "parent-body";
  else if (row == self->issuing_body_row)
    field = "issuing-body";
  else if (row == self->place_row)
    field = "place";
  else
    field = "code";
  g_object_set (office, field, text, NULL);
  fields[0] = field;

  /* Only this field: another window may have changed the others. */
  if (!td_store_update_office_fields (self->store, office, fields, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        td_toast_new (td_save_problem_describe_action (error)
                                                      ?: error->message));
      return;
    }
  /* Saved, what the row shows is the file's again: no longer an edit to keep from a reload. */
  g_object_set_data_full (G_OBJECT (row), "td-loaded",
                          g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))), g_free);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    td_toast_new (_("Saved")));
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

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_PREFERENCES);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (td_preferences_parent_class)->dispose (object);
}

static void
td_preferences_class_init (TdPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_preferences_dispose;

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
  gtk_widget_class_bind_template_child (widget_class, TdPreferences, parent_body_row);
  gtk_widget_class_bind_template_child (widget_class, TdPreferences, issuing_body_row);
  gtk_widget_class_bind_template_child (widget_class, TdPreferences, place_row);
  gtk_widget_class_bind_template_child (widget_class, TdPreferences, code_row);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_cb);
}

static void
td_preferences_init (TdPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  g_signal_connect_object (store, "changed::external", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  writable = !td_store_is_read_only (store);
  gtk_widget_set_sensitive (GTK_WIDGET (self->parent_body_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->issuing_body_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->place_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), writable);

  self->backups_page = td_backups_page_new (store);
  g_signal_connect_object (self->backups_page, "restore", G_CALLBACK (on_restore_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (self->backups_page));
  return self;
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
