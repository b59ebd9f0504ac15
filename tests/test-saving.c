/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Saving in the real window when the file is shared or refuses: two windows on one file
 * each show the other's changes and never undo them; a file locked by another program or
 * a full disk leaves the change typed, says "Not saved" in words, and saves it on a retry;
 * quitting with a change not saved asks first. What is asserted is what the editor shows
 * and what the file holds, read back with SQLite itself.
 */
#define G_LOG_DOMAIN "test-saving"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "td-application.h"
#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-preferences.h"
#include "td-store-backup.h"
/* The window's own connection, to give it a page limit as a full disk would. */
#include "td-store-private.h"
#include "td-test-db.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

/* The editor saves 400 ms after the last change: that, and a margin. */

#define SAMPLE_TITLE "Công tác thi đua, khen thưởng năm 2022"
#define NUMBER_ROW "Number (may be blank until it is issued)"
#define SYMBOL_ROW "Symbol, e.g. KH-UBND"
#define BUSY_TEXT "Not saved: another program is using the file. Trying again…"
#define FULL_TEXT "Not saved: the disk is full. Free some space, then press Retry."

static TdApplication *app;

/* Waiting --------------------------------------------------------------------------------- */

/* The editor ------------------------------------------------------------------------------- */

/* What the editor says of saving ("Saved", "Not saved: …"), NULL when it says nothing. */
static const char *
save_status (TdPlanEditor *editor)
{
  g_autoptr(GPtrArray) labels = td_test_find_all (GTK_WIDGET (editor), GTK_TYPE_LABEL, FALSE);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "editor-save-status"))
        return td_test_widget_on_screen (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
    }
  return NULL;
}

typedef struct {
  TdPlanEditor *editor;
  const char   *status;
} StatusQuery;

static gboolean
status_is (StatusQuery *query)
{
  return g_strcmp0 (save_status (query->editor), query->status) == 0;
}

static void
assert_status_eventually (TdPlanEditor *editor,
                          const char   *status)
{
  StatusQuery query = { editor, status };

  if (!td_test_wait_until ((TdTestCondition) status_is, &query))
    g_error ("the editor says “%s”, not “%s”", save_status (editor), status);
  td_test_wait_for_frame (GTK_WIDGET (editor));
}

typedef struct {
  TdPlanEditor *editor;
  const char   *row;
  const char   *text;
} EntryQuery;

static gboolean
entry_shows (EntryQuery *query)
{
  return g_strcmp0 (td_test_entry_text (query->editor, query->row), query->text) == 0;
}

typedef struct {
  const char *path;
  const char *sql;
  const char *value;
} FileQuery;

static gboolean
file_holds (FileQuery *query)
{
  g_autofree char *value = td_test_file_query (query->path, "%s", query->sql);
  return g_strcmp0 (value, query->value) == 0;
}

/* The message dialog shown over @window, NULL when there is none. */
static AdwMessageDialog *
dialog_over (TdWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
has_dialog (TdWindow **window)
{
  return dialog_over (*window) != NULL;
}

/* Windows -------------------------------------------------------------------------------- */

static TdWindow *
open_window (const char *path)
{
  TdTestPageQuery query;
  TdWindow *window = td_test_open_window (app, path);

  query = (TdTestPageQuery) { window, "plan" };
  td_test_assert_eventually (td_test_page_query_met, &query, "the plan to show");
  td_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static gint64
first_task (const char *path)
{
  return td_test_file_int (path, "SELECT id FROM task ORDER BY quarter, position LIMIT 1");
}

/* Tests ---------------------------------------------------------------------------------- */

/* Two windows on one file, each editing a field of the plan's heading: each shows the
 * other's change, neither puts back what the other changed, and what is being typed is
 * kept when the other's change arrives. */
static void
test_two_windows (void)
{
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *number = NULL;
  g_autofree char *symbol = NULL;
  TdWindow *a = td_test_open_with_sample (app, &path);
  TdWindow *b = open_window (path);
  TdPlanEditor *editor_a = td_test_select_part (a, TD_PLAN_ROW_HEADING, 0);
  TdPlanEditor *editor_b = td_test_select_part (b, TD_PLAN_ROW_HEADING, 0);
  EntryQuery shows;
  FileQuery holds;

  g_assert_cmpstr (td_test_entry_text (editor_b, "Title"), ==, SAMPLE_TITLE);

  td_test_type_text (td_test_entry_row (editor_a, "Title"), "Title typed in window A");
  td_test_wait_for_save (GTK_WIDGET (a));
  td_test_type_text (td_test_entry_row (editor_b, NUMBER_ROW), "77");
  td_test_wait_for_save (GTK_WIDGET (b));

  /* Neither undid the other. */
  title = td_test_file_query (path, "SELECT title FROM plan WHERE year = 2022");
  number = td_test_file_query (path, "SELECT number FROM plan WHERE year = 2022");
  g_assert_cmpstr (title, ==, "Title typed in window A");
  g_assert_cmpstr (number, ==, "77");
  g_assert_cmpstr (save_status (editor_a), ==, "Saved");

  /* Each window shows the other's change, in the editor and in the document. */
  shows = (EntryQuery) { editor_a, NUMBER_ROW, "77" };
  td_test_assert_eventually (entry_shows, &shows, "window A to show window B's number");
  shows = (EntryQuery) { editor_b, "Title", "Title typed in window A" };
  td_test_assert_eventually (entry_shows, &shows, "window B to show window A's title");
  g_assert_cmpstr (td_plan_get_number (td_plan_view_get_plan (td_window_get_plan_view (a))), ==,
                   "77");
  g_assert_cmpstr (td_plan_get_title (td_plan_view_get_plan (td_window_get_plan_view (b))), ==,
                   "Title typed in window A");

  /* A is typing its title when B's symbol arrives: the typed text stays, the symbol shows. */
  td_test_type_text (td_test_entry_row (editor_a, "Title"), "Still typing in window A");
  td_test_type_text (td_test_entry_row (editor_b, SYMBOL_ROW), "KH-TEST");
  td_plan_editor_flush (editor_b);
  /* As the window's timer does, at once. */
  {
    TdChange all = { TD_CHANGE_ALL, TD_CHANGE_UPDATED, 0, 0, 0 };
    g_signal_emit_by_name (td_window_get_store (a), "changed::all", &all);
  }
  td_test_wait_for_frame (GTK_WIDGET (a));
  g_assert_cmpstr (td_test_entry_text (editor_a, "Title"), ==, "Still typing in window A");
  g_assert_cmpstr (td_test_entry_text (editor_a, SYMBOL_ROW), ==, "KH-TEST");
  g_assert_cmpstr (td_test_entry_text (editor_a, NUMBER_ROW), ==, "77");

  holds = (FileQuery) { path, "SELECT title FROM plan WHERE year = 2022",
                        "Still typing in window A" };
  td_test_assert_eventually (file_holds, &holds, "window A's title in the file");
  shows = (EntryQuery) { editor_b, "Title", "Still typing in window A" };
  td_test_assert_eventually (entry_shows, &shows, "window B to show window A's new title");
  symbol = td_test_file_query (path, "SELECT symbol FROM plan WHERE year = 2022");
  g_assert_cmpstr (symbol, ==, "KH-TEST");
  g_clear_pointer (&number, g_free);
  number = td_test_file_query (path, "SELECT number FROM plan WHERE year = 2022");
  g_assert_cmpstr (number, ==, "77");

  td_test_close_window (&b);
  td_test_close_window (&a);
}

/* Another program holds the file locked: the change stays typed and says it is not saved,
 * then is saved by itself once the lock goes. */
static void
test_locked (void)
{
  g_autofree char *path = NULL;
  g_autofree char *content = NULL;
  g_autofree char *shown = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = first_task (path);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  sqlite3 *locker = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  FileQuery holds;

  td_test_raw_exec (locker, "BEGIN EXCLUSIVE");
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), "Typed while the file is locked");
  assert_status_eventually (editor, BUSY_TEXT);
  td_test_save_screenshot (GTK_WIDGET (window), "saving-locked");
  g_assert_nonnull (td_test_find_button (GTK_WIDGET (editor), "Retry", FALSE, TRUE));
  shown = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (shown, ==, "Typed while the file is locked");

  /* Moving the task is refused too, in words, and the typed text stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.move-task-down", NULL));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_assert_on_screen (editor, "Not done: another program is using the file. Try again in "
                                    "a moment.");
  g_assert_cmpint (td_test_file_int (path, "SELECT position FROM task WHERE id = %lld",
                                     (long long) id), ==, 0);
  g_clear_pointer (&shown, g_free);
  shown = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (shown, ==, "Typed while the file is locked");
  td_test_raw_exec (locker, "ROLLBACK");
  sqlite3_close (locker);
  locker = NULL;

  content = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld",
                                (long long) id);
  g_assert_cmpstr (content, !=, "Typed while the file is locked");

  /* Nobody presses anything: it is tried again. */
  holds = (FileQuery) { path, NULL, "Typed while the file is locked" };
  holds.sql = g_strdup_printf ("SELECT content FROM task WHERE id = %" G_GINT64_FORMAT, id);
  td_test_assert_eventually (file_holds, &holds, "the retry to save the content");
  g_free ((char *) holds.sql);
  assert_status_eventually (editor, "Saved");
  g_assert_null (td_test_find_button (GTK_WIDGET (editor), "Retry", FALSE, TRUE));

  td_test_close_window (&window);
}

/* Quitting (Ctrl+Q) with a change the file refused asks first; "Save and Quit" saves once the
 * file can be written, and only then closes. */
static void
test_quit_asks (void)
{
  g_autofree char *path = NULL;
  g_autofree char *content = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = first_task (path);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  sqlite3 *locker = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  td_test_raw_exec (locker, "BEGIN EXCLUSIVE");
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), "Typed before quitting");
  assert_status_eventually (editor, BUSY_TEXT);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  td_test_assert_eventually (has_dialog, &window, "the question before quitting");
  g_assert_nonnull (window);
  dialog = dialog_over (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Your Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), BUSY_TEXT));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  td_test_save_screenshot (GTK_WIDGET (dialog), "saving-quit-asks");

  /* Still locked: not saved, so not closed, and asked again. */
  adw_message_dialog_response (dialog, "save");
  td_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (window);
  td_test_assert_eventually (has_dialog, &window, "the question asked again");
  content = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld",
                                (long long) id);
  g_assert_cmpstr (content, !=, "Typed before quitting");
  g_clear_pointer (&content, g_free);

  td_test_raw_exec (locker, "ROLLBACK");
  sqlite3_close (locker);
  adw_message_dialog_response (dialog_over (window), "save");
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) &window,
                             "the window to close once saved");
  content = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld",
                                (long long) id);
  g_assert_cmpstr (content, ==, "Typed before quitting");
}

/* Quitting with everything saved asks nothing: the window saves what is typed and closes. */
static void
test_quit_saved (void)
{
  g_autofree char *path = NULL;
  g_autofree char *content = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = first_task (path);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  /* Quit at once, before the editor's own save: the window saves it on its way out. */
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), "Typed just before quitting");
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) &window,
                             "the window to close");
  content = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld",
                                (long long) id);
  g_assert_cmpstr (content, ==, "Typed just before quitting");
}

/* The close button with a change not saved, and "Quit Without Saving": the file keeps
 * what it had. */
static void
test_close_discard (void)
{
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = first_task (path);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  sqlite3 *locker = td_test_raw_open (path, SQLITE_OPEN_READWRITE);

  before = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld",
                               (long long) id);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  td_test_raw_exec (locker, "BEGIN EXCLUSIVE");
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), "Typed, then thrown away");
  gtk_window_close (GTK_WINDOW (window));
  td_test_assert_eventually (has_dialog, &window, "the question before closing");
  td_test_raw_exec (locker, "ROLLBACK");
  sqlite3_close (locker);
  adw_message_dialog_response (dialog_over (window), "discard");
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) &window,
                             "the window to close");
  after = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld", (long long) id);
  g_assert_cmpstr (after, ==, before);
}

/* Some 200 kB of task content: more than the file can take once it is full. */
static GString *
long_content (void)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; text->len < 200000; i++)
    g_string_append_printf (text, "%s- Nội dung dài số %d của nhiệm vụ", i > 0 ? "\n" : "", i);
  return text;
}

/* The file as full as a disk with no room: no page beyond those it has. */
static void
fill_disk (sqlite3 *db)
{
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                                            td_test_raw_int (db, "PRAGMA page_count"));

  td_test_raw_int (db, limit);
}

static void
free_disk (sqlite3 *db)
{
  td_test_raw_int (db, "PRAGMA max_page_count = 1073741823");
}

/* The disk is full (no page more may be added to the file): said in words, Retry saves. */
static void
test_disk_full (void)
{
  g_autofree char *path = NULL;
  g_autofree char *content = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GString) long_text = long_content ();
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = first_task (path);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  sqlite3 *db = td_window_get_store (window)->db;
  FileQuery holds;

  fill_disk (db);

  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), long_text->str);
  assert_status_eventually (editor, FULL_TEXT);
  td_test_save_screenshot (GTK_WIDGET (window), "saving-disk-full");
  shown = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (shown, ==, long_text->str);
  content = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld",
                                (long long) id);
  g_assert_cmpuint (strlen (content), <, 10000);

  free_disk (db);
  td_test_click (td_test_find_button (GTK_WIDGET (editor), "Retry", FALSE, TRUE));
  holds = (FileQuery) { path, NULL, long_text->str };
  holds.sql = g_strdup_printf ("SELECT content FROM task WHERE id = %" G_GINT64_FORMAT, id);
  td_test_assert_eventually (file_holds, &holds, "Retry to save the content");
  g_free ((char *) holds.sql);
  assert_status_eventually (editor, "Saved");
  td_test_save_screenshot (GTK_WIDGET (window), "saving-saved");

  td_test_close_window (&window);
}

static AdwEntryRow *
preferences_row (TdPreferences *preferences,
                 const char    *title)
{
  g_autoptr(GPtrArray) rows = td_test_find_all (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW,
                                                FALSE);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return g_ptr_array_index (rows, i);
  g_error ("Preferences has no row “%s”", title);
}

typedef struct {
  AdwEntryRow *row;
  const char  *text;
} RowQuery;

static gboolean
row_shows (RowQuery *query)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (query->row)), query->text) == 0;
}

/* Preferences open while another program changes the office: the change shows, and a field
 * being edited keeps what was typed. */
static void
test_preferences_follow (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  TdPreferences *preferences = td_preferences_new (GTK_WINDOW (window),
                                                   td_window_get_store (window));
  AdwEntryRow *place, *code;
  RowQuery shows;
  sqlite3 *other;

  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  gtk_window_present (GTK_WINDOW (preferences));
  td_test_wait_for_frame (GTK_WIDGET (preferences));
  place = preferences_row (preferences, "Place name for dates, e.g. Tùng Ảnh");
  code = preferences_row (preferences, "Code in document symbols, e.g. UBND");
  gtk_editable_set_text (GTK_EDITABLE (code), "UBNDX");

  other = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (other, "UPDATE office SET place = 'Tùng Lộc', code = 'HĐ' WHERE id = 1");
  sqlite3_close (other);
  /* As the window's timer does, at once. */
  td_store_check_external (td_window_get_store (window), NULL);

  shows = (RowQuery) { place, "Tùng Lộc" };
  td_test_assert_eventually (row_shows, &shows, "Preferences to show the other's place");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, "UBNDX");

  gtk_window_destroy (GTK_WINDOW (preferences));
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) &preferences,
                             "Preferences to close");
  td_test_close_window (&window);
}

/* A backup is not restored under a change the file refused: the retry would write it over
 * the restored data, and the before-restore backup never held it. */
static void
test_restore_waits (void)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GString) long_text = long_content ();
  g_autoptr(GError) error = NULL;
  TdWindow *window = td_test_open_with_sample (app, &path);
  gint64 id = first_task (path);
  TdPlanEditor *editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  sqlite3 *db = td_window_get_store (window)->db;
  FileQuery holds;

  backup = td_store_backup (td_window_get_store (window), "daily", &error);
  g_assert_no_error (error);
  fill_disk (db);
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), long_text->str);
  assert_status_eventually (editor, FULL_TEXT);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-restore", "s",
                                             backup));
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_assert_on_screen (window, "A change to the plan is not saved yet; restore once it is "
                                    "saved");
  shown = td_test_text_view_text (td_test_shown_text_view (editor));
  g_assert_cmpstr (shown, ==, long_text->str);

  /* Once there is room, the change is saved, and nothing was put back under it. */
  free_disk (db);
  td_test_click (td_test_find_button (GTK_WIDGET (editor), "Retry", FALSE, TRUE));
  holds = (FileQuery) { path, NULL, long_text->str };
  holds.sql = g_strdup_printf ("SELECT content FROM task WHERE id = %" G_GINT64_FORMAT, id);
  td_test_assert_eventually (file_holds, &holds, "Retry to save the content");
  g_free ((char *) holds.sql);

  td_test_close_window (&window);
}

/* The same in Vietnamese, in a process of its own (GLib decides once per process whether to
 * translate): the words come from the catalogue, and the screenshots show them. */
static void
test_vietnamese (void)
{
  g_autofree char *path = NULL;
  g_autofree char *content = NULL;
  const char *busy;
  TdWindow *window;
  TdPlanEditor *editor;
  sqlite3 *locker;
  gint64 id;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (!td_test_set_locale ("vi_VN.UTF-8", "vi"))
    {
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                           "the vi_VN.UTF-8 locale is missing on this system");
      return;
    }
  app = td_test_start_application ();
  busy = g_dgettext (GETTEXT_PACKAGE, BUSY_TEXT);
  g_assert_cmpstr (busy, !=, BUSY_TEXT);

  window = td_test_open_with_sample (app, &path);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  id = first_task (path);
  editor = td_test_select_part (window, TD_PLAN_ROW_TASK, id);
  locker = td_test_raw_open (path, SQLITE_OPEN_READWRITE);
  td_test_raw_exec (locker, "BEGIN EXCLUSIVE");
  td_test_type_text (GTK_WIDGET (td_test_shown_text_view (editor)), "Nhập khi tệp đang bị khóa");
  assert_status_eventually (editor, busy);
  g_assert_nonnull (td_test_find_button (GTK_WIDGET (editor), "Thử lại", FALSE, TRUE));
  td_test_save_screenshot (GTK_WIDGET (window), "saving-vi-locked");

  gtk_window_close (GTK_WINDOW (window));
  td_test_assert_eventually (has_dialog, &window, "the question before closing");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog_over (window)), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Save Your Changes?"));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog_over (window)), !=,
                   "Save Your Changes?");
  td_test_save_screenshot (GTK_WIDGET (dialog_over (window)), "saving-vi-close-asks");

  td_test_raw_exec (locker, "ROLLBACK");
  sqlite3_close (locker);
  adw_message_dialog_response (dialog_over (window), "save");
  td_test_assert_eventually (td_test_pointer_is_null, (gpointer *) &window,
                             "the window to close once saved");
  content = td_test_file_query (path, "SELECT content FROM task WHERE id = %lld",
                                (long long) id);
  g_assert_cmpstr (content, ==, "Nhập khi tệp đang bị khóa");
  g_clear_object (&app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = NULL;
  int status;

  td_test_use_system_data_dirs ();
  args = td_test_keep_going_args (&argc, argv);
  g_test_init (&argc, &args, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* English whatever the session speaks; the Vietnamese subprocess sets its own. */
  if (!g_test_subprocess ())
    {
      if (!td_test_set_locale ("C.UTF-8", "C"))
        g_error ("the C.UTF-8 locale is missing");
      app = td_test_start_application ();
    }

  g_test_add_func ("/saving/two-windows", test_two_windows);
  g_test_add_func ("/saving/locked", test_locked);
  g_test_add_func ("/saving/quit-asks", test_quit_asks);
  g_test_add_func ("/saving/quit-saved", test_quit_saved);
  g_test_add_func ("/saving/close-discard", test_close_discard);
  g_test_add_func ("/saving/disk-full", test_disk_full);
  g_test_add_func ("/saving/restore-waits", test_restore_waits);
  g_test_add_func ("/saving/preferences-follow", test_preferences_follow);
  g_test_add_func ("/saving/vietnamese", test_vietnamese);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
