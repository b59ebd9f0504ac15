/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Help (F1, the menu's Help) on a computer with no help viewer: the tests' isolated data
 * folders have no application for help: addresses, so the guide opens in its own window,
 * in the language of the user interface. Each language in a process of its own, as a
 * locale has to be set before GTK starts.
 */
#define G_LOG_DOMAIN "test-help"

#include "config.h"

#include <string.h>

#include "td-help-window.h"
#include "td-store.h"
#include "td-test-ui.h"

#define SUBPROCESS_SECONDS 120

typedef struct {
  const char *locale;
  const char *language;
  /* The guide's title, its window's title. */
  const char *title;
  /* A topic's title in the guide's list, and words of the page it opens. */
  const char *topic;
  const char *topic_words;
  /* Words of the page a link in that page leads to. */
  const char *linked_words;
} Guide;

static const Guide english = {
  "C.UTF-8", "C",
  "Emulation & Commendation Help",
  "Following the Timeline",
  "shows the plan’s year as a chart",
  "All the data is in one file",
};

static const Guide vietnamese = {
  "vi_VN.UTF-8", "vi",
  "Trợ giúp Thi đua – Khen thưởng",
  "Theo dõi tiến độ",
  "hiện năm của kế hoạch thành biểu đồ",
  "Mọi dữ liệu nằm trong một tệp",
};

static guint
count_help_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (TD_IS_HELP_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        n++;
    }
  return n;
}

static TdHelpWindow *
find_help_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (TD_IS_HELP_WINDOW (toplevel))
        return TD_HELP_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
help_window_shown (gpointer data)
{
  TdHelpWindow *help = find_help_window ();

  return help != NULL && gtk_widget_get_mapped (GTK_WIDGET (help));
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} TextQuery;

static gboolean
text_shown (TextQuery *query)
{
  return td_test_text_on_screen (query->root, query->text, TRUE);
}

static void
assert_words_on_screen (GtkWidget  *root,
                        const char *words)
{
  TextQuery query = { root, words };

  if (!td_test_wait_until ((TdTestCondition) text_shown, &query))
    {
      td_test_dump_texts (root);
      g_error ("not on screen: %s", words);
    }
}

/* The row of the guide's list of topics that shows @title. */
static GtkWidget *
topic_row (GtkWidget  *root,
           const char *title)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (root, ADW_TYPE_ACTION_ROW, TRUE);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  td_test_dump_texts (root);
  g_error ("no topic “%s” on screen", title);
}

/* The label of the page shown (scrolled to or not) that links to page @id. */
static GtkLabel *
link_to (GtkWidget  *root,
         const char *id)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (root, GTK_TYPE_LABEL, FALSE);
  g_autofree char *href = g_strdup_printf ("href=\"xref:%s\"", id);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)) &&
        strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), href) != NULL)
      return g_ptr_array_index (labels, i);
  g_error ("no link to “%s” on screen", id);
}

static gboolean
page_is (gpointer id)
{
  return g_strcmp0 (td_help_window_get_page (find_help_window ()), id) == 0;
}

static void
check_guide (const Guide *guide)
{
  g_autoptr(TdApplication) app = NULL;
  g_autoptr(GAppInfo) viewer = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shot = NULL;
  g_auto(GStrv) accels = NULL;
  TdWindow *window;
  GtkWidget *help;
  gboolean handled = FALSE;

  if (!td_test_set_locale (guide->locale, guide->language))
    g_error ("the %s locale is missing on this system (build-aux/test generates it)",
             guide->locale);

  app = td_test_start_application ();
  path = td_store_default_path ();
  window = td_test_open_window (app, path);

  /* What the test is about: nothing here shows help: addresses. */
  viewer = g_app_info_get_default_for_uri_scheme ("help");
  g_assert_null (viewer);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  g_assert_cmpstrv (accels, ((const char *[]) { "F1", NULL }));

  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  td_test_assert_eventually (help_window_shown, NULL, "the guide’s window to open");
  help = GTK_WIDGET (find_help_window ());
  td_test_wait_for_frame (help);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (help)), ==, guide->title);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (help)) == GTK_WINDOW (window));
  td_test_assert_on_screen (help, guide->title);
  g_assert_cmpstr (td_help_window_get_page (TD_HELP_WINDOW (help)), ==, "index");
  shot = g_strdup_printf ("help-%s", guide->language);
  td_test_save_screenshot (help, shot);

  /* A topic from the guide's list, then a link in its text to another page. */
  gtk_widget_activate (topic_row (help, guide->topic));
  td_test_assert_eventually (page_is, "timeline", "the timeline’s page to show");
  assert_words_on_screen (help, guide->topic_words);
  g_signal_emit_by_name (link_to (help, "plan"), "activate-link", "xref:plan", &handled);
  g_assert_true (handled);
  td_test_assert_eventually (page_is, "plan", "the plan’s page to show");
  g_free (shot);
  shot = g_strdup_printf ("help-%s-plan", guide->language);
  td_test_save_screenshot (help, shot);

  /* Help again: the same window, not a second one. */
  td_help_window_show_page (TD_HELP_WINDOW (help), "backups");
  assert_words_on_screen (help, guide->linked_words);
  g_free (shot);
  shot = g_strdup_printf ("help-%s-backups", guide->language);
  td_test_save_screenshot (help, shot);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  td_test_wait_for_frame (help);
  g_assert_cmpuint (count_help_windows (), ==, 1);

  td_test_close_window (&window);
  /* It goes with the window it was opened from. */
  g_assert_null (find_help_window ());
}

static void
run_in_subprocess (void)
{
  g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);
  g_test_set_nonfatal_assertions ();
  g_test_trap_assert_passed ();
}

static void
test_english (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess ();
      return;
    }
  check_guide (&english);
}

static void
test_vietnamese (void)
{
  if (!g_test_subprocess ())
    {
      run_in_subprocess ();
      return;
    }
  check_guide (&vietnamese);
}

int
main (int   argc,
      char *argv[])
{
  td_test_use_system_data_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/help/fallback/english", test_english);
  g_test_add_func ("/help/fallback/vietnamese", test_vietnamese);

  return g_test_run ();
}
