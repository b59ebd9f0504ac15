/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "td-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TdApplication) app = NULL;

  const char *localedir = g_getenv ("THIDUA_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* THIDUA_LOCALEDIR: the translations of a build directory, for running uninstalled. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = td_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
