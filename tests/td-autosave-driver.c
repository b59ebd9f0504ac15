/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Loaded into the real thidua with LD_PRELOAD by test-autosave-kill.c, so the binary that is
 * killed is the one the office runs, with no hook of its own. Once the window shows the plan,
 * it selects the heading (the first row of the document, as a click would), then types into
 * the plan's Title and Closing rows in turn, in two bursts as a person types, and waits for
 * the editor to save by itself. On the output, line by line and flushed:
 *
 *   ready                      the heading's fields are on screen
 *   typed <column> <value>     the field shows this now (half the value, then all of it)
 *   saved <column> <value>     the store said "changed" after its commit, and the file (read
 *                              on a connection of our own) holds the value: acknowledged
 *   wrong <column> <value>     the store said "changed" but the file holds something else
 *
 * TD_AUTOSAVE_DATABASE is the file, TD_AUTOSAVE_SEED seeds the pauses.
 */
#define G_LOG_DOMAIN "td-autosave-driver"

#include "config.h"

#include <gtk/gtk.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POLL_MS 20

typedef struct {
  const char *row_id;   /* the editor's template child */
  const char *column;   /* its column in the plan table */
} Field;

static const Field fields[] = {
  { "title_row", "title" },
  { "closing_row", "closing" },
};

typedef struct {
  char      *database;
  GRand     *rand;
  GtkWidget *editor;
  guint      n;
  /* The value typed and not yet saved, and its field. */
  char      *pending;
  guint      pending_field;
  gboolean   typed_whole;
} Driver;

static Driver driver;

static void type_next (void);

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

/* The first widget under @root whose type is named @type_name (or derives from it). */
static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_id (GtkWidget  *root,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_id (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The file's value of @column for the one plan in it. */
static char *
file_value (const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM plan", column);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char *value = NULL;

  if (sqlite3_open_v2 (driver.database, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static gboolean
on_changed_hook (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               data)
{
  const Field *field;
  g_autofree char *value = NULL;

  (void) data;

  /* The change's what is the detail: "changed::plan". */
  if (driver.pending == NULL || g_strcmp0 (g_quark_to_string (hint->detail), "plan") != 0)
    return TRUE;

  field = &fields[driver.pending_field];
  value = file_value (field->column);
  /* On a slow machine the first burst can be saved before the second comes: not the value
   * this edit waits for. */
  if (!driver.typed_whole)
    return TRUE;
  say ("%s %s %s", g_strcmp0 (value, driver.pending) == 0 ? "saved" : "wrong", field->column,
       driver.pending);
  g_clear_pointer (&driver.pending, g_free);

  /* A moment later, the next edit. */
  g_timeout_add (g_rand_int_range (driver.rand, 0, 80), (GSourceFunc) type_next, NULL);
  return TRUE;
}

static gboolean
finish_typing_cb (gpointer data)
{
  GtkWidget *row = data;
  const Field *field = &fields[driver.pending_field];

  gtk_editable_set_text (GTK_EDITABLE (row), driver.pending);
  driver.typed_whole = TRUE;
  say ("typed %s %s", field->column, driver.pending);
  return G_SOURCE_REMOVE;
}

static void
type_next (void)
{
  const Field *field;
  GtkWidget *row;
  g_autofree char *half = NULL;

  driver.n++;
  driver.pending_field = driver.n % G_N_ELEMENTS (fields);
  field = &fields[driver.pending_field];
  row = find_by_id (driver.editor, field->row_id);
  g_assert (row != NULL && gtk_widget_get_mapped (row));

  driver.pending = g_strdup_printf ("%s %u %08x", field->column, driver.n,
                                    g_rand_int (driver.rand));
  /* The first burst of keys, then the rest before the autosave's delay runs out. */
  half = g_strndup (driver.pending, strlen (driver.pending) / 2);
  driver.typed_whole = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (row), half);
  say ("typed %s %s", field->column, half);
  g_timeout_add (g_rand_int_range (driver.rand, 20, 150), finish_typing_cb, row);
}

static gboolean
poll_cb (gpointer data)
{
  g_autoptr(GListModel) toplevels = NULL;
  GType view_type = g_type_from_name ("TdPlanView");
  GtkWidget *window = NULL;
  GtkWidget *view = NULL;
  GtkWidget *list;
  GtkSelectionModel *selection;
  GtkWidget *title;

  (void) data;

  if (!gtk_is_initialized () || view_type == 0)
    return G_SOURCE_CONTINUE;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; view == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_clear_object (&window);
      window = g_list_model_get_item (toplevels, i);
      view = find_by_type (window, view_type);
    }
  g_object_unref (window);
  if (view == NULL)
    return G_SOURCE_CONTINUE;

  /* The document's first row is the heading: select it as a click would. The editor is
   * made when a first part is selected. */
  list = find_by_type (view, GTK_TYPE_LIST_VIEW);
  if (list == NULL)
    return G_SOURCE_CONTINUE;
  selection = gtk_list_view_get_model (GTK_LIST_VIEW (list));
  if (selection == NULL || g_list_model_get_n_items (G_LIST_MODEL (selection)) == 0)
    return G_SOURCE_CONTINUE;
  if (!gtk_selection_model_is_selected (selection, 0))
    gtk_selection_model_select_item (selection, 0, TRUE);

  if (g_type_from_name ("TdPlanEditor") == 0 || g_type_from_name ("TdStore") == 0)
    return G_SOURCE_CONTINUE;
  driver.editor = find_by_type (GTK_WIDGET (gtk_widget_get_root (view)), g_type_from_name ("TdPlanEditor"));
  title = driver.editor != NULL ? find_by_id (driver.editor, fields[0].row_id) : NULL;
  if (title == NULL || !gtk_widget_get_mapped (title))
    return G_SOURCE_CONTINUE;

  g_signal_add_emission_hook (g_signal_lookup ("changed", g_type_from_name ("TdStore")), 0,
                              on_changed_hook, NULL, NULL);
  say ("ready");
  type_next ();
  return G_SOURCE_REMOVE;
}

__attribute__((constructor)) static void
driver_init (void)
{
  const char *seed = g_getenv ("TD_AUTOSAVE_SEED");

  driver.database = g_strdup (g_getenv ("TD_AUTOSAVE_DATABASE"));
  if (driver.database == NULL)
    return;
  driver.rand = seed != NULL ? g_rand_new_with_seed (atoi (seed)) : g_rand_new ();
  /* On the default main context, which the application's main loop runs. */
  g_timeout_add (POLL_MS, poll_cb, NULL);
}
