/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-application"

#include "config.h"

#include <glib/gi18n.h>

#include "td-application.h"
#include "td-cli-table.h"
#include "td-help-window.h"
#include "td-sample.h"
#include "td-toast.h"
#include "td-window.h"

struct _TdApplication
{
  AdwApplication parent_instance;

  char          *database;
  gboolean       load_sample;
  gboolean       timeline;
  gboolean       present;
  /* The guide's own window while it is open (only when there is no help viewer). */
  TdHelpWindow  *help_window;
};

G_DEFINE_FINAL_TYPE (TdApplication, td_application, ADW_TYPE_APPLICATION)

static void
td_application_about (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  static const char *developers[] = { "The Thi đua developers", NULL };
  TdApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Emulation & Commendation"),
                        "developer-name", "The Thi đua developers",
                        "version", PACKAGE_VERSION,
                        "comments", _("Plan, follow and report a commune’s yearly emulation "
                                      "and commendation work"),
                        "website", "https://github.com/thidua/thidua",
                        "issue-url", "https://github.com/thidua/thidua/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The guide: in Yelp (or whatever shows help: addresses) from the installed pages; on a
 * computer with none, in a window of its own from the copy in the program. */
static void
td_application_help (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  TdApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");
  g_autoptr(GError) error = NULL;

  if (viewer != NULL)
    {
      gtk_show_uri (window, "help:" APPLICATION_ID, GDK_CURRENT_TIME);
      return;
    }

  if (self->help_window == NULL)
    {
      self->help_window = td_help_window_new (window, &error);
      if (self->help_window == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The guide cannot be shown: %s"),
                                                      error->message);

          if (window != NULL)
            td_toast_show_message (GTK_WIDGET (window), message);
          else
            g_warning ("%s", message);
          return;
        }
      g_object_add_weak_pointer (G_OBJECT (self->help_window),
                                 (gpointer *) &self->help_window);
    }
  gtk_window_present (GTK_WINDOW (self->help_window));
}

static void
td_application_quit (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing through the windows lets them save their size. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
  /* A window with changes not saved asks first, and stays open until answered. */
  if (gtk_application_get_windows (GTK_APPLICATION (app)) == NULL)
    g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { "about", td_application_about },
  { "help", td_application_help },
  { "quit", td_application_quit },
};

/* --load-sample with no window: adds the sample to the file, which is opened for writing
 * only for that. Says what it did unless @quiet (before an export, whose output may be
 * the standard output). Returns FALSE with a message printed. */
static gboolean
load_sample_headless (const char *path,
                      gboolean    quiet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (path, &error);
  g_autofree char *display = g_filename_display_name (path);
  gboolean added = FALSE;

  if (store == NULL || !td_sample_load (store, &added, &error))
    {
      if (g_str_has_prefix (error->message, display))
        g_printerr ("thidua: %s\n", error->message);
      else
        g_printerr ("thidua: %s: %s\n", display, error->message);
      return FALSE;
    }
  if (quiet)
    return TRUE;
  if (added)
    g_print (_("The sample plan of %d was added to %s\n"), TD_SAMPLE_YEAR, display);
  else
    g_print (_("%s already has a plan for %d; nothing was added\n"), display, TD_SAMPLE_YEAR);
  return TRUE;
}

/* Whether a window could be shown: a display to open it on. */
static gboolean
has_display (void)
{
  const char *x11 = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  return (x11 != NULL && x11[0] != '\0') || (wayland != NULL && wayland[0] != '\0');
}

static char *
database_path (TdApplication *self)
{
  return self->database != NULL ? g_canonicalize_filename (self->database, NULL)
                                : td_store_default_path ();
}

/* --export or --import: the command line's table does the work, with no window. Every
 * failure is one line, "thidua: FILE: what is wrong" (one for each wrong row of a list
 * imported), and exit status 1. */
static int
run_table (TdApplication *self,
           GVariantDict  *options,
           TdCliDirection direction,
           const char    *what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = database_path (self);
  g_auto(GStrv) lines = NULL;
  TdCliJob job = { .encoding = TD_TABLE_ENCODING_AUTO };
  const char *format = NULL;
  const char *year_text = NULL;
  const char *encoding_text = NULL;

  job.database = path;
  g_variant_dict_lookup (options, direction == TD_CLI_EXPORT ? "output" : "input", "^&ay",
                         &job.file);
  g_variant_dict_lookup (options, "format", "&s", &format);
  if (g_variant_dict_lookup (options, "year", "&s", &year_text) &&
      !td_cli_parse_year (year_text, &job.year, &error))
    goto failed;
  g_variant_dict_lookup (options, "unit", "&s", &job.unit);
  if (g_variant_dict_lookup (options, "encoding", "&s", &encoding_text) &&
      !td_cli_parse_encoding (encoding_text, &job.encoding, &error))
    goto failed;

  /* The sample first, so that one command makes a file and exports from it. */
  if (self->load_sample && !load_sample_headless (path, TRUE))
    return 1;
  if (td_cli_run (direction, what, format, &job, &error))
    return 0;

failed:
  if (!g_error_matches (error, TD_CLI_ERROR, TD_CLI_ERROR_ROWS))
    {
      g_printerr ("thidua: %s\n", error->message);
      return 1;
    }
  lines = g_strsplit (error->message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_printerr ("thidua: %s\n", lines[i]);
  return 1;
}

static int
td_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  TdApplication *self = TD_APPLICATION (app);
  const char *export_what = NULL;
  const char *import_what = NULL;

  g_variant_dict_lookup (options, "database", "^ay", &self->database);
  g_variant_dict_lookup (options, "load-sample", "b", &self->load_sample);
  g_variant_dict_lookup (options, "timeline", "b", &self->timeline);
  g_variant_dict_lookup (options, "present", "b", &self->present);
  g_variant_dict_lookup (options, "export", "&s", &export_what);
  g_variant_dict_lookup (options, "import", "&s", &import_what);

  if (export_what != NULL && import_what != NULL)
    {
      g_printerr ("thidua: %s\n",
                  _("--export and --import: one at a time (see thidua --help)"));
      return 1;
    }
  if (export_what != NULL)
    return run_table (self, options, TD_CLI_EXPORT, export_what);
  if (import_what != NULL)
    return run_table (self, options, TD_CLI_IMPORT, import_what);

  /* With nothing to show it on, --load-sample does its work and says so. */
  if (self->load_sample && !has_display ())
    {
      g_autofree char *path = database_path (self);

      return load_sample_headless (path, FALSE) ? 0 : 1;
    }

  /* Another file is another window of its own, not the running instance's. */
  if (self->database != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
td_application_activate (GApplication *app)
{
  TdApplication *self = TD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window == NULL)
    {
      path = database_path (self);
      window = GTK_WINDOW (td_window_new_on_page (self, path, self->load_sample,
                                                  self->timeline || self->present
                                                    ? "timeline" : NULL));
      /* The meeting room's computer can be started straight into the presentation. */
      if (self->present)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
    }
  gtk_window_present (window);
}

static void
td_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *year_accels[] = { "<Control>y", NULL };
  static const char *new_plan_accels[] = { "<Control>n", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *redo_accels[] = { "<Control><Shift>z", NULL };
  static const char *find_accels[] = { "<Control>f", NULL };
  static const char *unit_pane_accels[] = { "<Control>u", NULL };

  G_APPLICATION_CLASS (td_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.choose-year", year_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-plan", new_plan_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print", print_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.export-pdf", export_accels);
  /* Before any window: its shortcuts window takes the accelerators there are when it is
   * made. (The window catches these keys itself, before a text field's own undo.) */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.redo", redo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.find", find_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.unit-pane",
                                         unit_pane_accels);
}

static void
td_application_finalize (GObject *object)
{
  TdApplication *self = TD_APPLICATION (object);

  if (self->help_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->help_window),
                                  (gpointer *) &self->help_window);
  g_free (self->database);

  G_OBJECT_CLASS (td_application_parent_class)->finalize (object);
}

static void
td_application_class_init (TdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = td_application_finalize;
  app_class->activate = td_application_activate;
  app_class->startup = td_application_startup;
  app_class->handle_local_options = td_application_handle_local_options;
}

static void
td_application_init (TdApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open FILE instead of the default database"), N_("FILE") },
    { "load-sample", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Add the Tùng Ảnh 2022 plan if that year has no plan yet"), NULL },
    { "timeline", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open on the timeline, as for a meeting"), NULL },
    { "present", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open presenting the timeline, full screen (as F5 does)"), NULL },
    { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write WHAT to a file without opening a window (listed below)"), N_("WHAT") },
    { "import", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Read WHAT from a file without opening a window (listed below)"), N_("WHAT") },
    { "year", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The year exported or imported"),
      N_("YYYY") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("The unit whose scoring table is exported (by default every unit)"), N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("The file --export writes"),
      N_("FILE") },
    { "input", 'i', 0, G_OPTION_ARG_FILENAME, NULL, N_("The file --import reads"),
      N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("The file’s format, when its name does not end with it"), N_("FORMAT") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("How the text of a list imported is encoded: tcvn3, vni, cp1258 or utf-8 "
         "(found out when not given)"), N_("ENCODING") },
    { NULL }
  };

  g_autofree char *table = td_cli_dup_help ();

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_description (G_APPLICATION (self), table);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan and report a commune’s emulation and "
                                              "commendation work."));
}

TdApplication *
td_application_new (void)
{
  return g_object_new (TD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/thidua/ThiDua",
                       NULL);
}
