/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * For the tests that drive the real window: waiting for the main loop, finding what is on
 * screen and clicking it, screenshots, and the set-up each such test needs.
 */
#pragma once

#include <gtk/gtk.h>

#include "td-application.h"
#include "td-window.h"

G_BEGIN_DECLS

/* Checks the test goes on after ------------------------------------------------------------- */

/* For what does not change the course of a test (a style class, a label): a failure is
 * reported and the test fails, but what comes after is still tried. Run with --keep-going
 * (see td_test_keep_going_args()) so the next tests run too. */
void td_test_check_that (gboolean    ok,
                         const char *file,
                         int         line,
                         const char *format,
                         ...) G_GNUC_PRINTF (4, 5);

#define td_test_check(condition, ...) \
  td_test_check_that (!!(condition), __FILE__, __LINE__, __VA_ARGS__)

/* Waiting ------------------------------------------------------------------------------- */

#define TD_TEST_WAIT_SECONDS 10

typedef gboolean (*TdTestCondition) (gpointer data);

/* Spins the main loop until @condition holds or TD_TEST_WAIT_SECONDS pass. */
gboolean td_test_wait_until (TdTestCondition condition,
                             gpointer        data);

#define td_test_assert_eventually(condition, data, what)                             \
  G_STMT_START {                                                                     \
    if (!td_test_wait_until ((TdTestCondition) (condition), (data)))                 \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,              \
                           "timed out after " G_STRINGIFY (TD_TEST_WAIT_SECONDS)     \
                           " s waiting for " what);                                  \
  } G_STMT_END

/* Conditions. */
gboolean td_test_flag_is_set     (gboolean *flag);
gboolean td_test_pointer_is_null (gpointer *pointer);

/* Waits until @widget's window is mapped and a whole frame (layout and paint) has been
 * done after this call, so allocations reflect every change made before it. */
void td_test_wait_for_frame (GtkWidget *widget);

/* What is on screen ---------------------------------------------------------------------- */

/* Mapped, with a size, and not scrolled or clipped out by any ancestor that clips. */
gboolean   td_test_widget_on_screen (GtkWidget *widget);

/* The widgets of @type under @root (itself included), on screen only or all. */
GPtrArray *td_test_find_all (GtkWidget *root,
                             GType      type,
                             gboolean   on_screen_only);
/* The one widget of @type under @root; there must be exactly one. */
gpointer   td_test_find_one (GtkWidget *root,
                             GType      type,
                             gboolean   on_screen_only);

/* The texts of the labels on screen, as the user reads them (no mnemonic underscores). */
GStrv      td_test_visible_texts  (GtkWidget  *root);
gboolean   td_test_text_on_screen (GtkWidget  *root,
                                   const char *text,
                                   gboolean    substring);
/* Tells what is on screen: in the test's log, and on stderr in a subprocess. */
void       td_test_dump_texts     (GtkWidget  *root);

void td_test_assert_on_screen_at (const char *domain,
                                  GtkWidget  *root,
                                  const char *text,
                                  const char *file,
                                  int         line,
                                  const char *function);

/* A label on screen under @root shows exactly @text; if none does, what is on screen is
 * told and the test fails ("not on screen: …"). */
#define td_test_assert_on_screen(root, text)                                                 \
  td_test_assert_on_screen_at (G_LOG_DOMAIN, GTK_WIDGET (root), (text), __FILE__, __LINE__, \
                               G_STRFUNC)

/* The text a button shows: its label, without the mnemonic underscore. */
const char *td_test_button_text (GtkWidget *button);

/* The button showing @text (or containing it), on screen or anywhere under @root; NULL
 * when there is none, and there must not be two. */
GtkWidget *td_test_find_button (GtkWidget  *root,
                                const char *text,
                                gboolean    substring,
                                gboolean    on_screen_only);

/* The one button that activates @action, on screen or anywhere under @root. */
GtkWidget *td_test_find_action_button (GtkWidget  *root,
                                       const char *action,
                                       gboolean    on_screen_only);

/* Clicks @button, which must be on screen (not scrolled away) and sensitive. */
void td_test_click (GtkWidget *button);

/* Ctrl+Z (Ctrl+Shift+Z with @shift) pressed in @widget's window, as the key reaches it:
 * first through the controllers of the capture phase; one of them must take it. */
void td_test_press_ctrl_z (GtkWidget *widget,
                           gboolean   shift);

/* Presses @keyval with @modifiers as @widget's own shortcuts see it (a window: the
 * application's accelerators; a widget: its class's key bindings), then waits for a frame;
 * the test fails when no shortcut of @widget has that key. */
void td_test_press_shortcut (GtkWidget       *widget,
                             guint            keyval,
                             GdkModifierType  modifiers);

/* Screenshots ----------------------------------------------------------------------------- */

/* @widget as it is drawn, once its window has drawn a frame. */
GdkTexture *td_test_render (GtkWidget *widget);

/* For a person to look at, not an assertion: the whole window as it is drawn now, saved
 * as @name.png in $TD_SHOT_DIR; nothing when that is not set. */
void td_test_save_screenshot (GtkWidget  *widget,
                              const char *name);

/* The process ----------------------------------------------------------------------------- */

/* Private XDG folders, but the system's MIME database (GdkPixbuf needs it to tell an SVG
 * icon from other bytes) and icons. A subprocess inherits its parent's isolated folders, so
 * the real ones travel in an environment variable of their own. */
#define TD_TEST_SYSTEM_DATA_DIRS_VAR "TD_TEST_SYSTEM_DATA_DIRS"

/* Before g_test_init(): keeps the system's data folders for the MIME database and icons. */
void td_test_use_system_data_dirs (void);
/* Adds the system's icon folders to the icon theme. */
void td_test_use_system_icons (void);

/* A copy of @argv with --keep-going first, for g_test_init(): a failed td_test_check()
 * lets its test go on, --keep-going the next tests, so one run tells of every failure.
 * Free the array (not the strings) with g_free(). */
char **td_test_keep_going_args (int   *argc,
                                char **argv);

/* Sets the locale as main.c does (GTK's own setlocale() reads LC_ALL when it starts) and
 * binds the catalogue; FALSE when the locale is missing. */
gboolean td_test_set_locale (const char *locale,
                             const char *language);

/* The application, registered: non-unique (a window per test, not the single instance a
 * desktop session keeps), with no animations and the system's icons. */
TdApplication *td_test_start_application (void);

/* Settings live in memory for the whole run; each test starts as a first run would. */
void td_test_reset_settings (void);

/* Windows -------------------------------------------------------------------------------- */

/* The database of a first run, in this test's own (isolated) data folder. */
char     *td_test_fresh_database_path (void);

/* A window on @path, presented and drawn. */
TdWindow *td_test_open_window  (TdApplication *app,
                                const char    *path);
/* Closes like the title bar's close button (which saves what is typed), then waits until
 * the window, and with it its hold on the database, is gone. */
void      td_test_close_window (TdWindow     **window);

/* The page the window shows: "welcome", "plan", "problem" … */
const char *td_test_window_page (TdWindow *window);

typedef struct {
  TdWindow   *window;
  const char *page;
} TdTestPageQuery;

/* A condition: the window shows the page. */
gboolean td_test_page_query_met (TdTestPageQuery *query);

/* Waits for a visible window of @type (a dialog), and returns it once drawn. */
gpointer td_test_wait_for_window  (GType type);
void     td_test_wait_window_gone (GType type);

G_END_DECLS
