/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Preferences → Backups: each backup with when and why it was made and what it holds,
 * read off the main loop; restoring one after a confirmation that says what happens; the
 * folder in the file manager.
 */
#define G_LOG_DOMAIN "td-backups-page"

#include "config.h"

#include <glib/gi18n.h>

#include "td-backups-page.h"
#include "td-store-backup.h"
#include "td-toast.h"

struct _TdBackupsPage
{
  AdwPreferencesPage   parent_instance;

  TdStore             *store;
  char                *db_path;
  GCancellable        *cancellable;
  /* Path → TdBackupInfo, for the backups that read back whole. */
  GHashTable          *infos;
  gboolean             loading;

  AdwPreferencesGroup *group;
  GtkListBox          *list_box;
  GtkButton           *folder_button;
};

G_DEFINE_FINAL_TYPE (TdBackupsPage, td_backups_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What one backup turned out to be: its info, or why it cannot be restored. */
typedef struct {
  TdBackupInfo *info;
  char         *problem;
} Inspection;

static void
inspection_free (gpointer data)
{
  Inspection *inspection = data;

  td_backup_info_free (inspection->info);
  g_free (inspection->problem);
  g_free (inspection);
}

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "daily") == 0)
    return _("Daily backup");
  if (g_strcmp0 (kind, "before-update") == 0)
    return _("Before an update to a newer version");
  if (g_strcmp0 (kind, "before-restore") == 0)
    return _("Before a restore");
  if (g_strcmp0 (kind, "manual") == 0)
    return _("Made by hand");
  return kind != NULL && kind[0] != '\0' ? kind : _("Backup");
}

static char *
format_time (GDateTime  *time,
             const char *path)
{
  if (time == NULL)
    return g_path_get_basename (path);
  /* Translators: when a backup was made, a g_date_time_format() format; e.g.
   * "4 December 2026, 08:15" */
  return g_date_time_format (time, _("%-d %B %Y, %H:%M"));
}

static char *
format_contents (const TdBackupInfo *info)
{
  g_autofree char *plans = NULL;
  g_autofree char *tasks = NULL;
  g_autofree char *years = NULL;

  if (info->n_plans == 0)
    return g_strdup (_("no plan"));

  plans = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d plan", "%d plans", info->n_plans),
                           info->n_plans);
  tasks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d task", "%d tasks", info->n_tasks),
                           info->n_tasks);
  years = info->first_year == info->last_year
            ? g_strdup_printf ("%d", info->first_year)
            : g_strdup_printf ("%d–%d", info->first_year, info->last_year);
  /* Translators: what a backup holds: "2 plans (2022–2023), 18 tasks" */
  return g_strdup_printf (_("%s (%s), %s"), plans, years, tasks);
}

static void
set_subtitle (AdwActionRow *row,
              const char   *kind,
              const char   *detail)
{
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", kind_label (kind), detail);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

  adw_action_row_set_subtitle (row, escaped);
}

static void
inspect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GPtrArray *paths = task_data;
  GPtrArray *results = g_ptr_array_new_with_free_func (inspection_free);

  for (guint i = 0; i < paths->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      Inspection *inspection = g_new0 (Inspection, 1);
      g_autoptr(GError) error = NULL;

      inspection->info = td_store_inspect_backup (g_ptr_array_index (paths, i), &error);
      if (inspection->info == NULL)
        inspection->problem = g_strdup (error->message);
      g_ptr_array_add (results, inspection);
    }

  g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

static AdwActionRow *
row_at (TdBackupsPage *self,
        guint          index)
{
  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (self->list_box, (int) index));
}

static void
on_inspected_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GPtrArray) results = g_task_propagate_pointer (G_TASK (result), NULL);
  TdBackupsPage *self;

  /* Cancelled: the page is going away or reading again. */
  if (results == NULL)
    return;
  self = TD_BACKUPS_PAGE (object);

  for (guint i = 0; i < results->len; i++)
    {
      Inspection *inspection = g_ptr_array_index (results, i);
      AdwActionRow *row = row_at (self, i);
      const char *path;
      g_autofree char *kind = NULL;

      if (row == NULL)
        break;
      path = g_object_get_data (G_OBJECT (row), "path");

      if (inspection->info != NULL)
        {
          g_autofree char *contents = format_contents (inspection->info);
          GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

          set_subtitle (row, inspection->info->kind, contents);
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
          adw_action_row_add_suffix (row, button);
          g_hash_table_replace (self->infos, g_strdup (path),
                                g_steal_pointer (&inspection->info));
        }
      else
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          td_store_parse_backup_name (path, NULL, &kind);
          set_subtitle (row, kind, _("damaged, cannot be restored"));
          gtk_widget_add_css_class (icon, "error");
          gtk_widget_set_tooltip_text (icon, inspection->problem);
          adw_action_row_add_prefix (row, icon);
        }
    }

  self->loading = FALSE;
}

typedef struct {
  TdBackupsPage *page;
  char          *path;
} RestoreRequest;

static void
restore_request_free (gpointer data)
{
  RestoreRequest *request = data;

  g_object_unref (request->page);
  g_free (request->path);
  g_free (request);
}

static gboolean
emit_restore_cb (gpointer data)
{
  RestoreRequest *request = data;

  g_signal_emit (request->page, signals[RESTORE], 0, request->path);
  return G_SOURCE_REMOVE;
}

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        TdBackupsPage    *self)
{
  RestoreRequest *request;

  if (!g_str_equal (response, "restore"))
    return;

  /* Once the dialog is done: restoring may close the window it belongs to. */
  request = g_new0 (RestoreRequest, 1);
  request->page = g_object_ref (self);
  request->path = g_strdup (g_object_get_data (G_OBJECT (dialog), "path"));
  g_idle_add_full (G_PRIORITY_DEFAULT, emit_restore_cb, request, restore_request_free);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TdBackupsPage *self = TD_BACKUPS_PAGE (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  TdBackupInfo *info = g_hash_table_lookup (self->infos, path);
  g_autofree char *when = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (info == NULL)
    return;

  when = format_time (info->time, info->path);
  contents = format_contents (info);
  /* Translators: the first %s is when the backup was made, the second what it holds */
  body = g_strdup_printf (_("All the data goes back to how it was on %s, when it held %s: "
                            "what was added or changed since then is taken out of the file."
                            "\n\nFirst, the data as it is now is saved as a backup made "
                            "before the restore, so you can go back to it."),
                          when, contents);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TdBackupsPage *self = TD_BACKUPS_PAGE (widget);
  g_autofree char *dir = td_store_backup_dir (self->db_path);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  g_mkdir_with_parents (dir, 0700);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  if (!g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error) &&
      ADW_IS_PREFERENCES_WINDOW (root))
    {
      g_autofree char *message = g_strdup_printf (_("The folder “%s” cannot be shown: %s"),
                                                  dir, error->message);
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
    }
}

static void
td_backups_page_dispose (GObject *object)
{
  TdBackupsPage *self = TD_BACKUPS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_BACKUPS_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (td_backups_page_parent_class)->dispose (object);
}

static void
td_backups_page_finalize (GObject *object)
{
  TdBackupsPage *self = TD_BACKUPS_PAGE (object);

  g_clear_pointer (&self->infos, g_hash_table_unref);
  g_free (self->db_path);

  G_OBJECT_CLASS (td_backups_page_parent_class)->finalize (object);
}

static void
td_backups_page_class_init (TdBackupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_backups_page_dispose;
  object_class->finalize = td_backups_page_finalize;

  /**
   * TdBackupsPage::restore:
   * @path: the backup to restore
   *
   * The user confirmed restoring the backup at @path.
   */
  signals[RESTORE] = g_signal_new ("restore",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-backups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TdBackupsPage, group);
  gtk_widget_class_bind_template_child (widget_class, TdBackupsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, TdBackupsPage, folder_button);

  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "backups.open-folder", NULL,
                                   open_folder_action);
}

static void
td_backups_page_init (TdBackupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->infos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) td_backup_info_free);
}

TdBackupsPage *
td_backups_page_new (TdStore *store)
{
  TdBackupsPage *self;

  g_return_val_if_fail (TD_IS_STORE (store), NULL);

  self = g_object_new (TD_TYPE_BACKUPS_PAGE, NULL);
  self->store = g_object_ref (store);
  self->db_path = g_strdup (td_store_get_path (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore",
                                 !td_store_is_read_only (store));
  td_backups_page_reload (self);
  return self;
}

void
td_backups_page_reload (TdBackupsPage *self)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (TD_IS_BACKUPS_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->infos);
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, 0))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  /* When and why come from the names at once; what each holds takes reading the file. */
  paths = td_store_list_backups (self->db_path, &error);
  if (paths == NULL)
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *kind = NULL;
      g_autofree char *when = NULL;
      g_autofree char *escaped = NULL;
      GtkWidget *row = adw_action_row_new ();

      td_store_parse_backup_name (path, &time, &kind);
      when = format_time (time, path);
      escaped = g_markup_escape_text (when, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      set_subtitle (ADW_ACTION_ROW (row), kind, _("reading…"));
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (path), g_free);
      gtk_list_box_append (self->list_box, row);
    }

  self->loading = TRUE;
  task = g_task_new (self, self->cancellable, on_inspected_cb, NULL);
  g_task_set_source_tag (task, td_backups_page_reload);
  g_task_set_task_data (task, g_ptr_array_ref (paths), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, inspect_thread);
}

gboolean
td_backups_page_is_loading (TdBackupsPage *self)
{
  g_return_val_if_fail (TD_IS_BACKUPS_PAGE (self), FALSE);
  return self->loading;
}
