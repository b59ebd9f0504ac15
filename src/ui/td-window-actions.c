/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The window's actions (win.*): the sample, a new plan, printing and exporting, the
 * presentation, preferences, the year, and what to do with a damaged file.
 */
#define G_LOG_DOMAIN "td-window"

#include "config.h"

#include <glib/gi18n.h>

#include "td-new-plan-dialog.h"
#include "td-plan-doc.h"
#include "td-plan-template.h"
#include "td-preferences.h"
#include "td-preview.h"
#include "td-print.h"
#include "td-ranking-doc.h"
#include "td-registrations-doc.h"
#include "td-scores-doc.h"
#include "td-scoring-page.h"
#include "td-store-backup.h"
#include "td-store-plan.h"
#include "td-toast.h"
#include "td-timeline-doc.h"
#include "td-timeline-page.h"
#include "td-sample.h"
#include "td-snapshot.h"
#include "td-window-private.h"

static void
load_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  /* The store's change signal reloads the window at the year it is asked for. */
  self->next_year = TD_SAMPLE_YEAR;
  if (!td_sample_load (self->store, NULL, &error))
    {
      self->next_year = 0;
      _td_window_show_error_toast (self, error);
    }
}

static void
start_plan_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;

  self->next_year = td_context_get_current_year (self->context);
  plan = td_plan_template_start (self->store, self->next_year, &error);
  if (plan == NULL)
    {
      self->next_year = 0;
      _td_window_show_error_toast (self, error);
    }
}

static void
on_new_plan_response_cb (TdNewPlanDialog *dialog,
                         const char      *response,
                         TdWindow        *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  int year = td_new_plan_dialog_get_year (dialog);

  if (!g_str_equal (response, "create") || self->store == NULL)
    return;

  self->next_year = year;
  switch (td_new_plan_dialog_get_start (dialog))
    {
    case TD_NEW_PLAN_HEADING_ONLY:
      plan = td_store_start_plan (self->store, year, &error);
      break;
    case TD_NEW_PLAN_COPY:
      plan = td_store_copy_plan (self->store, td_new_plan_dialog_get_source_year (dialog), year,
                                 &error);
      break;
    case TD_NEW_PLAN_USUAL:
    default:
      plan = td_plan_template_start (self->store, year, &error);
      break;
    }
  if (plan == NULL)
    {
      self->next_year = 0;
      _td_window_show_error_toast (self, error);
    }
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  TdNewPlanDialog *dialog;

  dialog = td_new_plan_dialog_new (GTK_WINDOW (self), self->years,
                                   td_context_get_current_year (self->context));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_plan_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
showing_timeline (TdWindow *self)
{
  return g_strcmp0 (_td_window_get_area (self), "timeline") == 0;
}

/* The year's registrations as their printed list. */
static TdDocument *
registrations_document (TdWindow  *self,
                        GError   **error)
{
  g_autoptr(TdRegistrationsSnapshot) snapshot = td_registrations_snapshot_load (self->store,
                                                                                self->year, error);

  return snapshot != NULL ? td_registrations_doc_new (snapshot, error) : NULL;
}

/* On the Scoring page: the scoring table of the unit chosen on the score sheet, else the
 * ranking of the year's units. */
static TdDocument *
scoring_document (TdWindow  *self,
                  GError   **error)
{
  gint64 unit = td_scoring_page_get_chosen_unit (td_window_get_scoring_page (self));
  g_autoptr(TdScoresSnapshot) snapshot = td_scores_snapshot_load (self->store, self->year,
                                                                  error);

  if (snapshot == NULL)
    return NULL;
  return unit != 0 ? td_scores_doc_new (snapshot, unit, error)
                   : td_ranking_doc_new (snapshot, error);
}

/* What is shown, as the document that is printed: the registration list on its page, the
 * scores on theirs, the timeline on its, else the plan; NULL when there is none, or with
 * @error set when it cannot be read. */
static TdDocument *
current_document (TdWindow  *self,
                  GError   **error)
{
  TdPlanEditor *editor = _td_window_get_editor (self);
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdPlanSnapshot) snapshot = NULL;

  if (self->store == NULL || self->year == 0)
    return NULL;
  if (g_strcmp0 (_td_window_get_area (self), "registrations") == 0)
    return registrations_document (self, error);
  if (g_strcmp0 (_td_window_get_area (self), "scoring") == 0)
    return scoring_document (self, error);
  if (editor != NULL)
    td_plan_editor_flush (editor);
  plan = td_store_get_plan (self->store, self->year, error);
  if (plan == NULL)
    return NULL;
  snapshot = td_plan_snapshot_load (self->store, plan, error);
  if (snapshot == NULL)
    return NULL;
  if (showing_timeline (self))
    return td_timeline_doc_new (snapshot, NULL, error);
  return td_plan_doc_new (snapshot, error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) document = current_document (self, &error);

  if (document == NULL)
    {
      if (error != NULL)
        _td_window_show_error_toast (self, error);
      return;
    }
  if (!td_print_run (GTK_WINDOW (self), document, &error))
    _td_window_show_error_toast (self, error);
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) document = current_document (self, &error);

  if (document == NULL)
    {
      if (error != NULL)
        _td_window_show_error_toast (self, error);
      return;
    }
  gtk_window_present (GTK_WINDOW (td_preview_new (GTK_WINDOW (self), document)));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TdDocument) document = current_document (self, &error);

  if (document == NULL)
    {
      if (error != NULL)
        _td_window_show_error_toast (self, error);
      return;
    }
  td_print_export_pdf (GTK_WINDOW (self), document);
}

static void
set_presenting (TdWindow *self,
                gboolean  presenting)
{
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;
  if (presenting)
    {
      _td_window_show_area (self, TD_WINDOW_AREA_TIMELINE);
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
  /* The chairman's screen: the year, the legend and the tasks, nothing to change. */
  _td_window_update_chrome (self);
  gtk_revealer_set_reveal_child (self->read_only_revealer,
                                 !presenting && self->store != NULL &&
                                 td_store_is_read_only (self->store));
  td_timeline_page_set_presenting (_td_window_timeline_page (self), presenting);
  _td_window_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (td_timeline_page_get_timeline (
                           _td_window_timeline_page (self))));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);

  set_presenting (self, !self->presenting);
}

/* Find in the plan: its page shown, the cursor in the search bar over the document. */
static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);

  _td_window_show_area (self, TD_WINDOW_AREA_PLAN);
  td_plan_page_find (_td_window_plan_page (self));
}

/* Ctrl+U: the timeline with its unit pane, the keys in the pane; or the pane closed. */
static void
unit_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  TdTimelinePage *page = _td_window_timeline_page (self);
  gboolean show = !showing_timeline (self) || !td_timeline_page_get_show_unit_pane (page);

  _td_window_show_area (self, TD_WINDOW_AREA_TIMELINE);
  td_timeline_page_set_show_unit_pane (page, show);
  if (show)
    gtk_widget_grab_focus (GTK_WIDGET (td_unit_pane_get_list (
                             td_timeline_page_get_unit_pane (page))));
  else
    gtk_widget_grab_focus (GTK_WIDGET (td_timeline_page_get_timeline (page)));
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  set_presenting (TD_WINDOW (widget), FALSE);
}

/* Restores @path into the store and opens the file again; the toast's Undo restores the
 * backup made of what was replaced. */
static gboolean
restore_into_store (TdWindow    *self,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *undo = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  /* What is typed goes into the file first, so the before-restore backup holds it. A
   * change the file still refuses would be retried over the restored data, or lost: the
   * restore waits for it. */
  TdPlanEditor *editor = _td_window_get_editor (self);

  if (editor != NULL)
    {
      td_plan_editor_flush (editor);
      if (td_plan_editor_has_unsaved (editor))
        {
          g_set_error (error, TD_STORE_ERROR, TD_STORE_ERROR_FAILED,
                       _("A change to the plan is not saved yet; restore once it is saved"));
          return FALSE;
        }
    }

  if (!td_store_restore (self->store, path, &undo, error))
    return FALSE;

  /* The backup may be of an older version: opening the file again updates it. */
  _td_window_open_store (self, FALSE);

  if (td_store_parse_backup_name (path, &time, NULL))
    /* Translators: when the restored backup was made, a g_date_time_format() format */
    when = g_date_time_format (time, _("%-d %B %Y, %H:%M"));
  else
    when = g_path_get_basename (path);
  /* Translators: %s is when the backup was made */
  message = g_strdup_printf (_("The backup of %s was restored"), when);
  toast = td_toast_new (message);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-restore");
  adw_toast_set_action_target_value (toast, g_variant_new_string (undo));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

static void
on_restore_backup_cb (TdPreferences *preferences,
                      const char    *path,
                      TdWindow      *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!restore_into_store (self, path, &error))
    {
      AdwToast *toast = td_toast_new (error->message);

      adw_toast_set_timeout (toast, 0);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (preferences), toast);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
undo_restore_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL &&
      !restore_into_store (self, g_variant_get_string (parameter, NULL), &error))
    _td_window_show_error_toast (self, error);
}

/* Preferences offers the office's heading to the plan shown, whichever year that is now. */
static void
on_year_cb (TdPreferences *preferences,
            GParamSpec    *pspec,
            TdWindow      *self)
{
  td_preferences_set_plan_year (preferences, self->year);
}

static TdPreferences *
new_preferences (TdWindow *self)
{
  TdPreferences *preferences = td_preferences_new (GTK_WINDOW (self), self->store);

  td_preferences_set_plan_year (preferences, self->year);
  g_signal_connect_object (self, "notify::year", G_CALLBACK (on_year_cb), preferences,
                           G_CONNECT_SWAPPED);

  /* Ctrl+Z there is this window's Undo too. */
  _td_window_undo_route_keys (self, GTK_WIDGET (preferences));
  g_signal_connect_object (preferences, "restore-backup", G_CALLBACK (on_restore_backup_cb),
                           self, 0);
  return preferences;
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (new_preferences (self)));
}

static void
backups_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  TdPreferences *preferences;

  if (self->store == NULL)
    return;
  preferences = new_preferences (self);
  td_preferences_show_backups (preferences);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
choose_year_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->year_dropdown));
  g_signal_emit_by_name (self->year_dropdown, "activate");
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autofree char *backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  /* A backup cut short or damaged is never put back: the newest one that reads back whole. */
  backup = td_store_newest_valid_backup (self->path, &error);
  if (backup == NULL)
    {
      if (error == NULL)
        g_set_error (&error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND,
                     _("No backup reads back whole; none can be restored"));
      _td_window_show_error_toast (self, error);
      return;
    }

  if (!td_store_restore_backup (self->path, backup, &aside, &error))
    {
      _td_window_show_error_toast (self, error);
      return;
    }

  _td_window_open_store (self, FALSE);
  name = g_path_get_basename (aside != NULL ? aside : self->path);
  message = g_strdup_printf (_("The backup was restored; the damaged file is kept as “%s”"),
                             name);
  adw_toast_overlay_add_toast (self->toast_overlay, td_toast_new (message));
}

static void
start_fresh_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TdWindow *self = TD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  aside = td_store_set_aside (self->path, &error);
  if (aside == NULL)
    {
      _td_window_show_error_toast (self, error);
      return;
    }

  _td_window_open_store (self, FALSE);
  name = g_path_get_basename (aside);
  message = g_strdup_printf (_("A new file was started; the damaged file is kept as “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, td_toast_new (message));
}

static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _td_window_show_area (TD_WINDOW (widget), g_variant_get_uint32 (parameter));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _td_window_show_sidebar (TD_WINDOW (widget));
}

/* Print and Print Preview: buttons in the header bar, or, when a narrow window squeezes
 * them out, items of the main menu; never both. */
static void
on_print_squeezed_cb (TdWindow *self)
{
  gboolean buttons;

  /* The template is going away. */
  if (self->print_squeezer == NULL || self->print_section == NULL)
    return;
  buttons = adw_squeezer_get_visible_child (self->print_squeezer) == self->print_buttons;
  if (buttons == (g_menu_model_get_n_items (G_MENU_MODEL (self->print_section)) == 0))
    return;
  g_menu_remove_all (self->print_section);
  for (int i = 0; !buttons && i < g_menu_model_get_n_items (self->print_menu); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new_from_model (self->print_menu, i);
      g_menu_append_item (self->print_section, item);
    }
}

void
_td_window_init_print_menu (TdWindow *self)
{
  g_signal_connect_object (self->print_squeezer, "notify::visible-child",
                           G_CALLBACK (on_print_squeezed_cb), self, G_CONNECT_SWAPPED);
  on_print_squeezed_cb (self);
}

/* Closing with changes not saved ------------------------------------------------------------ */

static gboolean
close_window_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      TdWindow         *self)
{
  TdPlanEditor *editor = _td_window_get_editor (self);

  if (editor == NULL || g_str_equal (response, "cancel"))
    return;

  if (g_str_equal (response, "save") && !td_plan_editor_save (editor))
    {
      /* Still refused: say why, and ask again. */
      _td_window_ask_before_closing (self);
      return;
    }
  if (g_str_equal (response, "discard"))
    td_plan_editor_discard (editor);

  self->close_confirmed = TRUE;
  /* Once the dialog, which is transient for the window, has finished responding. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_window_cb, g_object_ref (self), g_object_unref);
}

void
_td_window_ask_before_closing (TdWindow *self)
{
  const char *problem = td_plan_editor_get_save_problem (_td_window_get_editor (self));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf ("%s%s%s",
                          _("Some of your changes are not in the file yet. If you quit now, "
                            "they are lost."),
                          problem != NULL ? "\n\n" : "", problem != NULL ? problem : "");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Your Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Quit Without Saving"),
                                    "save", _("_Save and Quit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_td_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, load_sample_action);
  gtk_widget_class_install_action (widget_class, "win.start-plan", NULL, start_plan_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, backups_action);
  gtk_widget_class_install_action (widget_class, "win.undo-restore", "s", undo_restore_action);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.unit-pane", NULL, unit_pane_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL,
                                   leave_presentation_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.leave-presentation", NULL);
  gtk_widget_class_install_action (widget_class, "win.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.choose-year", NULL, choose_year_action);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL,
                                   restore_backup_action);
  gtk_widget_class_install_action (widget_class, "win.start-fresh", NULL, start_fresh_action);

  /* The sidebar: Ctrl+1 … Ctrl+7 show its first to seventh area. */
  gtk_widget_class_install_action (widget_class, "win.show-area", "u", show_area_action);
  for (guint i = 0; i < 7; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-area", "u", i);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
}
