/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * After a file is saved: open it, or show it in its folder. GTK 4.8 has no GtkFileLauncher
 * (4.10), so this does what it does: the desktop's default application for the file, the
 * file manager's ShowItems over D-Bus (the OpenURI portal's OpenDirectory in a Flatpak),
 * and the folder itself when neither is there.
 */
#define G_LOG_DOMAIN "td-launch"

#include "config.h"

#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "td-launch.h"
#include "td-toast.h"

#define FILE_MANAGER_NAME      "org.freedesktop.FileManager1"
#define FILE_MANAGER_PATH      "/org/freedesktop/FileManager1"
#define PORTAL_NAME            "org.freedesktop.portal.Desktop"
#define PORTAL_PATH            "/org/freedesktop/portal/desktop"
#define PORTAL_OPEN_URI        "org.freedesktop.portal.OpenURI"

/* One request, alive until its answer: the widget is only watched, so that a window closed
 * meanwhile is not kept, and is told nothing. */
typedef struct {
  GWeakRef  widget;
  GFile    *file;
} Launch;

static Launch *
launch_new (GtkWidget *widget,
            GFile     *file)
{
  Launch *launch = g_new0 (Launch, 1);

  g_weak_ref_init (&launch->widget, widget);
  launch->file = g_object_ref (file);
  return launch;
}

static void
launch_free (Launch *launch)
{
  g_weak_ref_clear (&launch->widget);
  g_object_unref (launch->file);
  g_free (launch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Launch, launch_free)

static GAppLaunchContext *
launch_context (GtkWidget *widget)
{
  return G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
                                 gtk_widget_get_display (widget)));
}

/* Says in @launch's window that @file could not be opened, and why, in words. */
static void
report (Launch       *launch,
        GFile        *file,
        const GError *error)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&launch->widget);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (widget == NULL)
    return;
  name = g_file_get_basename (file);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    /* Translators: a toast; %s is a file or folder name */
    message = g_strdup_printf (_("No application on this computer opens “%s”"), name);
  else
    /* Translators: a toast; the first %s is a file or folder name, the second why */
    message = g_strdup_printf (_("Cannot open “%s”: %s"), name, error->message);
  td_toast_show_message (widget, message);
}

/* Opening --------------------------------------------------------------------------------- */

static void
on_opened_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(Launch) launch = data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    report (launch, launch->file, error);
}

static void
open_uri (GtkWidget *widget,
          GFile     *file,
          Launch    *launch)
{
  g_autoptr(GAppLaunchContext) context = launch_context (widget);
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, context, NULL, on_opened_cb, launch);
}

void
td_launch_open_file (GtkWidget *widget,
                     GFile     *file)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  open_uri (widget, file, launch_new (widget, file));
}

/* Showing in the folder ------------------------------------------------------------------- */

/* The folder itself, when no file manager answers: the file is in it, if not selected. */
static void
open_folder (Launch *launch)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&launch->widget);
  g_autoptr(GFile) folder = g_file_get_parent (launch->file);

  if (widget == NULL || folder == NULL)
    {
      launch_free (launch);
      return;
    }
  /* Whatever goes wrong from here is about the folder. */
  g_set_object (&launch->file, folder);
  open_uri (widget, folder, launch);
}

static void
on_shown_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Launch *launch = data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL,
                                                           result, &error);
  if (reply != NULL)
    {
      launch_free (launch);
      return;
    }
  g_debug ("No file manager showed the file: %s", error->message);
  open_folder (launch);
}

/* In a Flatpak the file is a document portal's and the file manager is outside: the
 * OpenURI portal shows the folder it is in, given the file itself. */
static gboolean
show_through_portal (GDBusConnection *bus,
                     Launch          *launch)
{
  g_autoptr(GUnixFDList) fds = NULL;
  g_autofree char *path = g_file_get_path (launch->file);
  int fd;

  if (path == NULL || (fd = g_open (path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    return FALSE;
  fds = g_unix_fd_list_new_from_array (&fd, 1);
  g_dbus_connection_call_with_unix_fd_list (bus, PORTAL_NAME, PORTAL_PATH, PORTAL_OPEN_URI,
                                            "OpenDirectory",
                                            g_variant_new ("(sh@a{sv})", "", 0,
                                                           g_variant_new_array (
                                                             G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                            NULL, G_DBUS_CALL_FLAGS_NONE, -1, fds, NULL,
                                            on_shown_cb, launch);
  return TRUE;
}

static void
on_bus_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Launch *launch = data;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  const char *uris[2] = { NULL, NULL };

  bus = g_bus_get_finish (result, &error);
  if (bus == NULL)
    {
      g_debug ("No session bus: %s", error->message);
      open_folder (launch);
      return;
    }
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) && show_through_portal (bus, launch))
    return;

  uri = g_file_get_uri (launch->file);
  uris[0] = uri;
  g_dbus_connection_call_with_unix_fd_list (bus, FILE_MANAGER_NAME, FILE_MANAGER_PATH,
                                            FILE_MANAGER_NAME, "ShowItems",
                                            g_variant_new ("(^ass)", uris, ""), NULL,
                                            G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL,
                                            on_shown_cb, launch);
}

void
td_launch_show_in_folder (GtkWidget *widget,
                          GFile     *file)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  g_bus_get (G_BUS_TYPE_SESSION, NULL, on_bus_cb, launch_new (widget, file));
}
