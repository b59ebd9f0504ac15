/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Print Preview in the real window: the pages the engine makes, page by page with the
 * buttons and the keys, the zoom and its fits, the file name Export PDF offers; and a long
 * document of mixed orientation painted a screen at a time. With TD_SHOT_DIR set, the
 * windows are saved there as PNGs to look at.
 */
#define G_LOG_DOMAIN "test-preview"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "td-preview.h"
#include "td-print.h"
#include "td-sample.h"
#include "td-test-ui.h"

static TdApplication *app;

typedef struct {
  char      *path;
  TdWindow  *window;
  TdPreview *preview;
} Fixture;

/* Set-up ------------------------------------------------------------------------------------ */

static gboolean
window_shows_plan (TdWindow *window)
{
  return td_window_get_year (window) == TD_SAMPLE_YEAR;
}

static TdPreview *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TD_IS_PREVIEW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TD_PREVIEW (window);
    }
  return NULL;
}

static gboolean
preview_shown (gpointer data)
{
  return find_preview () != NULL;
}

/* The sample plan in the window, and its preview open as the header bar's button opens it. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->path = td_test_fresh_database_path ();
  td_test_reset_settings ();
  fixture->window = td_test_open_window (app, fixture->path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample",
                                             NULL));
  td_test_assert_eventually (window_shows_plan, fixture->window, "the sample plan to show");
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));

  td_test_click (td_test_find_action_button (GTK_WIDGET (fixture->window), "win.preview",
                                             TRUE));
  td_test_assert_eventually (preview_shown, NULL, "the preview to open");
  fixture->preview = find_preview ();
  g_object_add_weak_pointer (G_OBJECT (fixture->preview), (gpointer *) &fixture->preview);
  td_test_wait_for_frame (GTK_WIDGET (fixture->preview));
}

static void
close_preview (TdPreview **preview)
{
  if (*preview == NULL)
    return;
  gtk_window_close (GTK_WINDOW (*preview));
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) preview,
                             "the preview to close");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_preview (&fixture->preview);
  td_test_close_window (&fixture->window);
  g_free (fixture->path);
}

/* Driving ----------------------------------------------------------------------------------- */

/* A key as the window's shortcuts take it, wherever the focus is. */
static void
press_key (TdPreview *preview,
           guint      keyval,
           GdkModifierType modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (preview));
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            {
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                            GTK_WIDGET (preview),
                                            gtk_shortcut_get_arguments (shortcut));
              td_test_wait_for_frame (GTK_WIDGET (preview));
              return;
            }
        }
    }
  g_error ("No shortcut for %s", gdk_keyval_name (keyval));
}

static void
click (TdPreview  *preview,
       const char *action)
{
  td_test_click (td_test_find_action_button (GTK_WIDGET (preview), action, TRUE));
  td_test_wait_for_frame (GTK_WIDGET (preview));
}

static void
assert_page_shown (TdPreview *preview,
                   int        page,
                   int        n_pages)
{
  TdPreviewView *view = td_preview_get_view (preview);
  g_autofree char *label = g_strdup_printf ("Page %d of %d", page + 1, n_pages);
  g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean seen = FALSE;
  graphene_rect_t rect;

  g_assert_cmpint (td_preview_view_get_page (view), ==, page);
  td_test_assert_on_screen (preview, label);
  /* The page is in view, its top at the top of the view, and was painted. */
  g_assert_true (td_preview_view_get_page_rect (view, page, &rect));
  g_assert_cmpfloat (rect.origin.y, <, gtk_widget_get_height (GTK_WIDGET (view)) / 2.0);
  g_assert_cmpfloat (rect.origin.y + rect.size.height, >, 0);
  td_preview_view_get_drawn_pages (view, drawn);
  for (guint i = 0; i < drawn->len; i++)
    seen |= g_array_index (drawn, int, i) == page;
  g_assert_true (seen);
}

static gboolean
action_button_sensitive (TdPreview  *preview,
                         const char *action)
{
  return gtk_widget_is_sensitive (td_test_find_action_button (GTK_WIDGET (preview), action,
                                                              TRUE));
}

static GtkToggleButton *
fit_button (TdPreview  *preview,
            const char *text)
{
  GtkWidget *button = td_test_find_button (GTK_WIDGET (preview), text, FALSE, TRUE);

  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  return GTK_TOGGLE_BUTTON (button);
}

/* Tests ------------------------------------------------------------------------------------- */

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  TdPreview *preview = fixture->preview;
  TdPreviewView *view = td_preview_get_view (preview);
  TdDocument *document = td_preview_get_document (preview);
  AdwWindowTitle *title = td_test_find_one (GTK_WIDGET (preview), ADW_TYPE_WINDOW_TITLE, TRUE);
  int n_pages = td_document_get_n_pages (document);
  double width = gtk_widget_get_width (GTK_WIDGET (view));
  double height = gtk_widget_get_height (GTK_WIDGET (view));
  double fit_width, fit_page;
  g_autofree char *percent = NULL;

  /* A short title, the document's name under it. */
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Print Preview");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, td_document_get_title (document));
  g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (title),
                                   "Kế hoạch số 49/KH-UBND"));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preview)));

  /* The plan's own pages, the first in view, as wide as the window. */
  g_assert_cmpint (n_pages, >=, 2);
  g_assert_cmpint (td_preview_view_get_n_pages (view), ==, n_pages);
  assert_page_shown (preview, 0, n_pages);
  g_assert_cmpint (td_preview_view_get_zoom_mode (view), ==, TD_PREVIEW_ZOOM_FIT_WIDTH);
  fit_width = (width - 2 * TD_PREVIEW_GAP) / (TD_DOC_A4_WIDTH * 96 / 72);
  g_assert_cmpfloat_with_epsilon (td_preview_view_get_zoom (view), fit_width, 1e-6);
  g_assert_true (gtk_toggle_button_get_active (fit_button (preview, "Fit Width")));
  g_assert_false (action_button_sensitive (preview, "preview.previous-page"));
  td_test_save_screenshot (GTK_WIDGET (preview), "preview-plan");

  /* Page by page with the keys and the buttons. */
  press_key (preview, GDK_KEY_Page_Down, 0);
  assert_page_shown (preview, 1, n_pages);
  press_key (preview, GDK_KEY_End, 0);
  assert_page_shown (preview, n_pages - 1, n_pages);
  g_assert_false (action_button_sensitive (preview, "preview.next-page"));
  press_key (preview, GDK_KEY_Page_Down, 0);
  assert_page_shown (preview, n_pages - 1, n_pages);
  press_key (preview, GDK_KEY_Home, 0);
  assert_page_shown (preview, 0, n_pages);
  press_key (preview, GDK_KEY_Page_Up, 0);
  assert_page_shown (preview, 0, n_pages);
  click (preview, "preview.next-page");
  assert_page_shown (preview, 1, n_pages);
  g_assert_true (action_button_sensitive (preview, "preview.previous-page"));
  click (preview, "preview.previous-page");
  assert_page_shown (preview, 0, n_pages);

  /* Scrolled by hand into the second page, the count follows. */
  {
    GtkScrolledWindow *scroller = td_test_find_one (GTK_WIDGET (preview),
                                                    GTK_TYPE_SCROLLED_WINDOW, TRUE);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
    graphene_rect_t rect;

    g_assert_true (td_preview_view_get_page_rect (view, 1, &rect));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                          rect.origin.y + rect.size.height / 3);
    td_test_wait_for_frame (GTK_WIDGET (preview));
    g_assert_cmpint (td_preview_view_get_page (view), ==, 1);
    assert_page_shown (preview, 1, n_pages);
  }

  /* Whole pages: smaller, the page being read all in view. */
  td_test_click (GTK_WIDGET (fit_button (preview, "Fit Page")));
  td_test_wait_for_frame (GTK_WIDGET (preview));
  fit_page = MIN (fit_width, (height - 2 * TD_PREVIEW_GAP) / (TD_DOC_A4_HEIGHT * 96 / 72));
  g_assert_cmpint (td_preview_view_get_zoom_mode (view), ==, TD_PREVIEW_ZOOM_FIT_PAGE);
  g_assert_cmpfloat_with_epsilon (td_preview_view_get_zoom (view), fit_page, 1e-6);
  g_assert_cmpfloat (fit_page, <, fit_width);
  g_assert_true (gtk_toggle_button_get_active (fit_button (preview, "Fit Page")));
  g_assert_false (gtk_toggle_button_get_active (fit_button (preview, "Fit Width")));
  assert_page_shown (preview, 1, n_pages);
  press_key (preview, GDK_KEY_Home, 0);
  {
    graphene_rect_t rect;

    g_assert_true (td_preview_view_get_page_rect (view, 0, &rect));
    g_assert_cmpfloat (rect.origin.y, >=, 0);
    g_assert_cmpfloat (rect.origin.y + rect.size.height, <=, height);
  }
  td_test_save_screenshot (GTK_WIDGET (preview), "preview-plan-fit-page");

  /* Zoom in and out by steps, then the actual size; the fits let go. */
  click (preview, "preview.zoom-in");
  g_assert_cmpint (td_preview_view_get_zoom_mode (view), ==, TD_PREVIEW_ZOOM_FREE);
  g_assert_cmpfloat (td_preview_view_get_zoom (view), >, fit_page);
  g_assert_false (gtk_toggle_button_get_active (fit_button (preview, "Fit Page")));
  percent = g_strdup_printf ("%.0f%%", td_preview_view_get_zoom (view) * 100);
  td_test_assert_on_screen (preview, percent);
  click (preview, "preview.zoom-out");
  g_assert_cmpfloat (td_preview_view_get_zoom (view), <, fit_page);
  press_key (preview, GDK_KEY_0, GDK_CONTROL_MASK);
  g_assert_cmpfloat (td_preview_view_get_zoom (view), ==, 1.0);
  td_test_assert_on_screen (preview, "100%");
  press_key (preview, GDK_KEY_plus, GDK_CONTROL_MASK);
  g_assert_cmpfloat (td_preview_view_get_zoom (view), ==, 1.1);
  assert_page_shown (preview, 0, n_pages);
  td_test_click (GTK_WIDGET (fit_button (preview, "Fit Width")));
  td_test_wait_for_frame (GTK_WIDGET (preview));
  g_assert_cmpfloat_with_epsilon (td_preview_view_get_zoom (view), fit_width, 1e-6);
}

static gboolean
find_chooser (GtkWindow **chooser)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        *chooser = GTK_WINDOW (window);
    }
  return *chooser != NULL;
}

/* Export PDF offers the document's file name by the one rule, not a name of its own. */
static void
test_export_name (Fixture       *fixture,
                  gconstpointer  data)
{
  TdDocument *document = td_preview_get_document (fixture->preview);
  g_autofree char *expected = td_document_dup_filename (document, "pdf");
  g_autofree char *name = NULL;
  GtkWindow *chooser = NULL;

  g_assert_cmpstr (expected, ==, "Ke-hoach-so-49-KH-UBND-Cong-tac-thi-dua-khen-thuong-nam-2022.pdf");
  click (fixture->preview, "preview.export-pdf");
  td_test_assert_eventually (find_chooser, &chooser, "the file chooser to open");
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, expected);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
}

/* A document of 100 pages, portrait and landscape in turn. */
static TdDocument *
long_document (void)
{
  TdDocLayout *layout = td_doc_layout_new ();
  TdDocStyle body = td_doc_style (TD_DOC_ROLE_BODY);

  for (int i = 0; i < 100; i++)
    {
      g_autofree char *text = g_strdup_printf ("Trang %d", i + 1);

      if (i > 0)
        td_doc_layout_begin_part (layout, i % 2 ? TD_DOC_A4_HEIGHT : TD_DOC_A4_WIDTH,
                                  i % 2 ? TD_DOC_A4_WIDTH : TD_DOC_A4_HEIGHT,
                                  56.7, 56.7, 56.7, 56.7);
      td_doc_layout_add_text (layout, &body, text);
    }
  return td_document_new (layout, "Báo cáo tổng kết năm 2025");
}

static guint32
pixel (GdkTexture *texture,
       double      x,
       double      y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *data = g_new (guint32, (gsize) width * height);

  g_assert_cmpint ((int) x, >=, 0);
  g_assert_cmpint ((int) y, >=, 0);
  g_assert_cmpint ((int) x, <, width);
  g_assert_cmpint ((int) y, <, height);
  gdk_texture_download (texture, (guchar *) data, (gsize) width * 4);
  return data[(int) y * width + (int) x] & 0xffffff;
}

/* Each page its own size and way round; the pages in view painted, and no others. */
static void
test_long_mixed (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TdDocument) document = long_document ();
  g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GdkTexture) texture = NULL;
  TdPreview *preview;
  TdPreviewView *view;
  graphene_rect_t portrait, landscape;
  guint paints;

  close_preview (&fixture->preview);
  g_assert_cmpint (td_document_get_n_pages (document), ==, 100);
  preview = td_preview_new (GTK_WINDOW (fixture->window), document);
  fixture->preview = preview;
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *) &fixture->preview);
  gtk_window_present (GTK_WINDOW (preview));
  td_test_wait_for_frame (GTK_WIDGET (preview));
  view = td_preview_get_view (preview);

  assert_page_shown (preview, 0, 100);
  td_test_assert_on_screen (preview, "Page 1 of 100");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (preview)), ==, "Print Preview");
  td_preview_view_get_drawn_pages (view, drawn);
  g_assert_cmpuint (drawn->len, >=, 1);
  g_assert_cmpuint (drawn->len, <=, 3);
  g_assert_cmpuint (td_preview_view_get_n_paints (view), <=, 3);

  /* Portrait and landscape, each as the document has it. */
  g_assert_true (td_preview_view_get_page_rect (view, 0, &portrait));
  g_assert_true (td_preview_view_get_page_rect (view, 1, &landscape));
  g_assert_cmpfloat_with_epsilon (portrait.size.width / portrait.size.height,
                                  TD_DOC_A4_WIDTH / TD_DOC_A4_HEIGHT, 1e-6);
  g_assert_cmpfloat_with_epsilon (landscape.size.width / landscape.size.height,
                                  TD_DOC_A4_HEIGHT / TD_DOC_A4_WIDTH, 1e-6);
  g_assert_cmpfloat (landscape.size.width, >, portrait.size.width);
  /* The paper is white and the desk beside it is not: a portrait page is narrower. */
  texture = td_test_render (GTK_WIDGET (preview));
  {
    graphene_point_t origin;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (preview),
                                             &GRAPHENE_POINT_INIT (0, 0), &origin));
    double middle = origin.y + portrait.origin.y + portrait.size.height / 2;

    g_assert_cmphex (pixel (texture, origin.x + portrait.origin.x + 8, middle), ==, 0xffffff);
    g_assert_cmphex (pixel (texture, origin.x + landscape.origin.x + 8, middle), !=, 0xffffff);
  }
  td_test_save_screenshot (GTK_WIDGET (preview), "preview-long");

  /* To the end and back: the pages on the way are not painted. */
  paints = td_preview_view_get_n_paints (view);
  press_key (preview, GDK_KEY_End, 0);
  assert_page_shown (preview, 99, 100);
  td_test_assert_on_screen (preview, "Page 100 of 100");
  td_preview_view_get_drawn_pages (view, drawn);
  for (guint i = 0; i < drawn->len; i++)
    g_assert_cmpint (g_array_index (drawn, int, i), >=, 95);
  g_assert_cmpuint (td_preview_view_get_n_paints (view) - paints, <=, 4);
  press_key (preview, GDK_KEY_Page_Up, 0);
  assert_page_shown (preview, 98, 100);
  td_preview_view_set_page (view, 49);
  td_test_wait_for_frame (GTK_WIDGET (preview));
  assert_page_shown (preview, 49, 100);
  g_assert_cmpuint (td_preview_view_get_n_paints (view) - paints, <=, 8);
}

/* The timeline's preview: landscape pages, the timeline's own name. */
static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  TdPreview *preview;
  TdPreviewView *view;
  AdwWindowTitle *title;
  graphene_rect_t rect;

  close_preview (&fixture->preview);
  td_window_show_timeline (fixture->window);
  td_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preview", NULL));
  td_test_assert_eventually (preview_shown, NULL, "the preview to open");
  preview = fixture->preview = find_preview ();
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *) &fixture->preview);
  td_test_wait_for_frame (GTK_WIDGET (preview));
  view = td_preview_get_view (preview);

  title = td_test_find_one (GTK_WIDGET (preview), ADW_TYPE_WINDOW_TITLE, TRUE);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==,
                   "Tiến độ thực hiện kế hoạch năm 2022");
  assert_page_shown (preview, 0, td_preview_view_get_n_pages (view));
  g_assert_true (td_preview_view_get_page_rect (view, 0, &rect));
  g_assert_cmpfloat (rect.size.width, >, rect.size.height);
  td_test_save_screenshot (GTK_WIDGET (preview), "preview-timeline");
}

/* A stand-in for the desktop's PDF reader and file manager: the application for PDFs and
 * folders, which writes what it was given, a line each, to the file returned. */
static char *
install_opener (void)
{
  char *out = g_build_filename (g_get_user_cache_dir (), "opened.txt", NULL);
  g_autofree char *apps = g_build_filename (g_get_user_data_dir (), "applications", NULL);
  g_autofree char *script = g_build_filename (g_get_user_data_dir (), "opener.sh", NULL);
  g_autofree char *desktop = g_build_filename (apps, "td-test-opener.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop_text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (apps, 0755), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0755), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0755), ==, 0);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", out);
  g_assert_true (g_file_set_contents (script, script_text, -1, &error));
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Opener\n"
                                  "Exec=%s %%u\nMimeType=application/pdf;inode/directory;\n",
                                  script);
  g_assert_true (g_file_set_contents (desktop, desktop_text, -1, &error));
  g_assert_true (g_file_set_contents (mimeapps,
                                      "[Default Applications]\n"
                                      "application/pdf=td-test-opener.desktop\n"
                                      "inode/directory=td-test-opener.desktop\n", -1, &error));
  g_assert_no_error (error);
  return out;
}

typedef struct {
  const char *path;
  GFile      *file;
} OpenedQuery;

/* The opener was given @file, as a URI or as a path (GLib gives a local file's path). */
static gboolean
opened (OpenedQuery *query)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (query->path, &text, NULL, NULL))
    return FALSE;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GFile) given = lines[i][0] != '\0' ? g_file_new_for_commandline_arg (lines[i])
                                                   : NULL;

      if (given != NULL && g_file_equal (given, query->file))
        return TRUE;
    }
  return FALSE;
}

/* A stand-in for the file manager on the session bus: what ShowItems was given. */
typedef struct {
  GDBusConnection *bus;
  guint            object;
  guint            owner;
  gboolean         owned;
  GStrv            uris;
} FileManager;

static void
on_file_manager_call_cb (GDBusConnection       *bus,
                         const char            *sender,
                         const char            *path,
                         const char            *interface,
                         const char            *method,
                         GVariant              *parameters,
                         GDBusMethodInvocation *invocation,
                         gpointer               data)
{
  FileManager *manager = data;
  const char *startup_id;

  g_assert_cmpstr (method, ==, "ShowItems");
  g_strfreev (manager->uris);
  g_variant_get (parameters, "(^as&s)", &manager->uris, &startup_id);
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
on_name_acquired_cb (GDBusConnection *bus,
                     const char      *name,
                     gpointer         data)
{
  ((FileManager *) data)->owned = TRUE;
}

static void
file_manager_start (FileManager *manager)
{
  static const GDBusInterfaceVTable vtable = { on_file_manager_call_cb, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GError) error = NULL;

  node = g_dbus_node_info_new_for_xml (
    "<node><interface name='org.freedesktop.FileManager1'><method name='ShowItems'>"
    "<arg type='as' name='uris' direction='in'/><arg type='s' name='startup_id' direction='in'/>"
    "</method></interface></node>", &error);
  g_assert_no_error (error);
  manager->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  manager->object = g_dbus_connection_register_object (manager->bus,
                                                       "/org/freedesktop/FileManager1",
                                                       node->interfaces[0], &vtable, manager,
                                                       NULL, &error);
  g_assert_no_error (error);
  manager->owner = g_bus_own_name_on_connection (manager->bus, "org.freedesktop.FileManager1",
                                                 G_BUS_NAME_OWNER_FLAGS_NONE,
                                                 on_name_acquired_cb, NULL, manager, NULL);
  td_test_assert_eventually (td_test_flag_is_set, &manager->owned, "the bus name");
}

static void
file_manager_stop (FileManager *manager)
{
  g_bus_unown_name (manager->owner);
  g_dbus_connection_unregister_object (manager->bus, manager->object);
  g_clear_object (&manager->bus);
  g_clear_pointer (&manager->uris, g_strfreev);
}

static gboolean
shown_items (FileManager *manager)
{
  return manager->uris != NULL;
}

typedef struct {
  TdPreview  *preview;
  const char *text;
} ButtonQuery;

static gboolean
one_button_on_screen (ButtonQuery *query)
{
  g_autoptr(GPtrArray) buttons = td_test_find_all (GTK_WIDGET (query->preview),
                                                   GTK_TYPE_BUTTON, TRUE);
  guint n = 0;

  for (guint i = 0; i < buttons->len; i++)
    n += g_str_equal (td_test_button_text (g_ptr_array_index (buttons, i)), query->text);
  return n == 1;
}

/* Saves the PDF as Export PDF does and clicks @button in the toast that says so. */
static void
save_and_click (TdPreview  *preview,
                GFile      *file,
                const char *button)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *saved = g_strdup_printf ("Saved as “%s”", name);
  ButtonQuery query = { preview, button };

  g_assert_true (td_print_save_pdf (GTK_WIDGET (preview), td_preview_get_document (preview),
                                    file));
  td_test_assert_eventually (one_button_on_screen, &query, "the toast's button");
  td_test_assert_on_screen (preview, saved);
  td_test_save_screenshot (GTK_WIDGET (preview), "preview-saved");
  td_test_click (td_test_find_button (GTK_WIDGET (preview), button, FALSE, TRUE));
}

/* After Export PDF: Open opens the file in the desktop's PDF reader; Show in Folder asks
 * the file manager to show it, or opens its folder when there is none. */
static void
test_saved_toast (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = install_opener ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "Tài liệu", NULL);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  FileManager manager = { 0 };
  OpenedQuery query;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, "Ke-hoach-2022.pdf", NULL);
  file = g_file_new_for_path (path);
  folder = g_file_new_for_path (dir);
  uri = g_file_get_uri (file);

  save_and_click (fixture->preview, file, "Open");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  query = (OpenedQuery) { out, file };
  td_test_assert_eventually (opened, &query, "the PDF reader to be given the file");

  file_manager_start (&manager);
  save_and_click (fixture->preview, file, "Show in Folder");
  td_test_assert_eventually (shown_items, &manager, "the file manager to be asked");
  g_assert_cmpuint (g_strv_length (manager.uris), ==, 1);
  g_assert_cmpstr (manager.uris[0], ==, uri);
  file_manager_stop (&manager);

  /* No file manager on the bus: the folder itself. */
  save_and_click (fixture->preview, file, "Show in Folder");
  query = (OpenedQuery) { out, folder };
  td_test_assert_eventually (opened, &query, "the folder to be opened");
}

int
main (int   argc,
      char *argv[])
{
  GTestDBus *bus;
  g_autofree char *display = NULL;
  int status;

  if (!td_test_set_locale ("C.UTF-8", "C"))
    g_error ("the C.UTF-8 locale is missing");
  td_test_use_system_data_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* A session bus of its own, where this test plays the file manager; GTestDBus unsets
   * the display, which the windows need. */
  display = g_strdup (g_getenv ("DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  app = td_test_start_application ();

  g_test_add ("/preview/plan", Fixture, NULL, fixture_set_up, test_plan, fixture_tear_down);
  g_test_add ("/preview/export-name", Fixture, NULL, fixture_set_up, test_export_name,
              fixture_tear_down);
  g_test_add ("/preview/long-mixed", Fixture, NULL, fixture_set_up, test_long_mixed,
              fixture_tear_down);
  g_test_add ("/preview/timeline", Fixture, NULL, fixture_set_up, test_timeline,
              fixture_tear_down);
  g_test_add ("/preview/saved-toast", Fixture, NULL, fixture_set_up, test_saved_toast,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  /* GTK keeps references to the bus until the process ends, which g_test_dbus_down() would
   * wait for: the daemon is stopped, the object left to the exit. */
  g_test_dbus_stop (bus);
  return status;
}
