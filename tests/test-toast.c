/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Toasts show user text as it is typed: libadwaita 1.2 reads a toast's title as markup.
 */
#define G_LOG_DOMAIN "test-toast"

#include "config.h"

#include "td-test-ui.h"
#include "td-toast.h"

static TdApplication *app;

static gboolean
toast_shown (TdWindow *window)
{
  return td_test_text_on_screen (GTK_WIDGET (window), "“Tài chính & Kế hoạch <2022>” deleted",
                                 TRUE);
}

/* A section heading with "&" and "<" used to give an empty toast (markup that did not
 * parse), so the secretary never saw what was deleted nor its Undo. */
static void
test_toast_user_text (void)
{
  g_autofree char *path = td_test_fresh_database_path ();
  TdWindow *window;

  td_test_reset_settings ();
  window = td_test_open_window (app, path);

  td_toast_show_message (GTK_WIDGET (window), "“Tài chính & Kế hoạch <2022>” deleted");
  td_test_assert_eventually (toast_shown, window, "the toast with the heading");

  td_test_close_window (&window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  td_test_use_system_data_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  app = td_test_start_application ();

  g_test_add_func ("/toast/user-text", test_toast_user_text);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
