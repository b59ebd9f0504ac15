/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The import dialog. Three things may take long and none runs on the main thread: reading
 * the file (td_table_read), and the import itself, which opens its own connection to the
 * data file, backs it up and writes every row in one transaction. The window keeps
 * drawing; Cancel stops either, and a cancelled import leaves the file as it was.
 */
#define G_LOG_DOMAIN "td-import"

#include "config.h"

#include <glib/gi18n.h>

#include "td-columns.h"
#include "td-import-dialog.h"
#include "td-store-journal.h"
#include "td-store-backup.h"
#include "td-store-subjects.h"
#include "td-subject-rows.h"

/* The rows shown under the headings, to see what the columns hold. */
#define PREVIEW_ROWS 8
/* The wrong rows listed; a file with more is a file to correct first. */
#define MAX_PROBLEMS 200
/* How often the progress bar moves, in rows. */
#define PROGRESS_STEP 250

struct _TdImportDialog
{
  AdwWindow        parent_instance;

  TdStore         *store;
  TdSubjectKind    kind;
  GFile           *file;
  TdTable         *table;
  guint            header_row;   /* index in table->rows of the headings' row */
  GArray          *columns;      /* int per column: a TdSubjectField, or -1 */
  GPtrArray       *field_dropdowns;
  GCancellable    *cancellable;
  char            *problems;
  /* The import under way (owned by its task) and the timer showing its progress. */
  struct _ImportJob *job;
  guint            progress_source;

  GtkButton       *cancel_button;
  GtkButton       *import_button;
  GtkButton       *back_button;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  GtkLabel        *summary_label;
  GtkDropDown     *encoding_dropdown;
  GtkGrid         *grid;
  GtkLabel        *problems_title;
  GtkLabel        *problems_label;
  GtkProgressBar  *progress_bar;
  GtkLabel        *progress_label;
};

G_DEFINE_FINAL_TYPE (TdImportDialog, td_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const TdTableEncoding encodings[] = {
  TD_TABLE_ENCODING_AUTO, TD_TABLE_ENCODING_UTF8, TD_TABLE_ENCODING_TCVN3,
  TD_TABLE_ENCODING_VNI, TD_TABLE_ENCODING_CP1258,
};

/* The fields of each kind, in the order the columns' menus list them. */
static const TdSubjectField all_fields[] = {
  TD_SUBJECT_FIELD_NAME, TD_SUBJECT_FIELD_UNIT_KIND, TD_SUBJECT_FIELD_HEAD,
  TD_SUBJECT_FIELD_POSITION, TD_SUBJECT_FIELD_PARENT_NAME, TD_SUBJECT_FIELD_BIRTH_YEAR,
  TD_SUBJECT_FIELD_MEMBERS, TD_SUBJECT_FIELD_ADDRESS, TD_SUBJECT_FIELD_PHONE,
  TD_SUBJECT_FIELD_NOTE,
};

/* The fields @kind has, -1 ("not imported") first. */
static GArray *
fields_of_kind (TdSubjectKind kind)
{
  GArray *fields = g_array_new (FALSE, FALSE, sizeof (int));
  int none = -1;

  g_array_append_val (fields, none);
  for (guint i = 0; i < G_N_ELEMENTS (all_fields); i++)
    if (td_subject_kind_has_field (kind, all_fields[i]))
      {
        int field = all_fields[i];
        g_array_append_val (fields, field);
      }
  return fields;
}

static void
set_state (TdImportDialog *self,
           const char     *state)
{
  gtk_stack_set_visible_child_name (self->stack, state);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (state, "reading"));
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), !g_str_equal (state, "problems"));
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), g_str_equal (state, "problems"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            g_str_equal (state, "preview") && self->table != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->encoding_dropdown), !g_str_equal (state, "importing"));
}

/* The preview ------------------------------------------------------------------------------- */

static void
on_field_selected_cb (GtkDropDown    *dropdown,
                      GParamSpec     *pspec,
                      TdImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "column"));
  g_autoptr(GArray) fields = fields_of_kind (self->kind);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (column < self->columns->len && selected < fields->len)
    g_array_index (self->columns, int, column) = g_array_index (fields, int, selected);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
show_preview (TdImportDialog *self)
{
  g_autoptr(GArray) fields = fields_of_kind (self->kind);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (self->file);
  GtkWidget *child;
  guint n_rows = self->table->rows->len - self->header_row - 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->field_dropdowns, 0);

  for (guint i = 0; i < fields->len; i++)
    {
      int field = g_array_index (fields, int, i);
      gtk_string_list_append (labels, field < 0 ? _("Not imported")
                                                : td_subject_field_label (self->kind, field));
    }

  for (guint column = 0; column < self->table->n_columns; column++)
    {
      TdTableRow *header = g_ptr_array_index (self->table->rows, self->header_row);
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
      int field = g_array_index (self->columns, int, column);
      guint selected = 0;

      for (guint i = 0; i < fields->len; i++)
        if (g_array_index (fields, int, i) == field)
          selected = i;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
      g_object_set_data (G_OBJECT (dropdown), "column", GUINT_TO_POINTER (column));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      td_table_row_get (header, column), -1);
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_field_selected_cb),
                               self, 0);
      gtk_grid_attach (self->grid, dropdown, (int) column, 0, 1, 1);
      g_ptr_array_add (self->field_dropdowns, dropdown);

      gtk_grid_attach (self->grid, cell_label (td_table_row_get (header, column), TRUE),
                       (int) column, 1, 1, 1);
      for (guint r = 0; r < PREVIEW_ROWS && self->header_row + 1 + r < self->table->rows->len; r++)
        {
          TdTableRow *row = g_ptr_array_index (self->table->rows, self->header_row + 1 + r);
          gtk_grid_attach (self->grid, cell_label (td_table_row_get (row, column), FALSE),
                           (int) column, 2 + (int) r, 1, 1);
        }
    }

  g_string_printf (summary, ngettext ("%'u row in “%s”", "%'u rows in “%s”", n_rows), n_rows,
                   name);
  if (self->table->sheet != NULL)
    /* TRANSLATORS: after "2,034 rows in “danh-sach.xlsx”": the sheet they are on. */
    g_string_append_printf (summary, _(", sheet “%s”"), self->table->sheet);
  if (self->table->encoding != TD_TABLE_ENCODING_UTF8)
    /* TRANSLATORS: the old Vietnamese encoding the text was in ("TCVN3", "VNI"). */
    g_string_append_printf (summary, _(", converted from %s"),
                            td_legacy_encoding_to_string (self->table->encoding));
  gtk_label_set_label (self->summary_label, summary->str);
  set_state (self, "preview");
}

/* What the headings say each column holds. */
static void
guess_columns (TdImportDialog *self)
{
  /* TdListKind and TdSubjectKind name the three lists in one order. */
  TdListKind list = (TdListKind) self->kind;
  g_autoptr(GArray) guessed = NULL;
  int header = td_columns_find_header (list, self->table);

  /* With no heading known, the first row is still taken for the headings: a user maps
   * the columns by hand, and a list starts below its headings. */
  self->header_row = MAX (header, 0);
  g_array_set_size (self->columns, 0);
  if (self->table->rows->len == 0)
    return;
  guessed = td_columns_map (list, g_ptr_array_index (self->table->rows, self->header_row),
                            self->table->n_columns);
  for (guint column = 0; column < self->table->n_columns; column++)
    {
      TdField guess = column < guessed->len ? g_array_index (guessed, int, column)
                                            : TD_FIELD_NONE;
      /* TdField is TdSubjectField moved up by one, after NONE. */
      int field = (guess > TD_FIELD_NONE && guess < TD_FIELD_IGNORE) ? (int) guess - 1 : -1;

      if (field >= 0 && !td_subject_kind_has_field (self->kind, field))
        field = -1;
      g_array_append_val (self->columns, field);
    }
}

/* Reading ----------------------------------------------------------------------------------- */

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TdImportDialog *self = source;
  TdTableEncoding encoding = GPOINTER_TO_INT (task_data);
  g_autofree char *path = g_file_get_path (self->file);
  g_autoptr(GError) error = NULL;
  TdTable *table = td_table_read (path, encoding, cancellable, &error);

  if (table == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, table, (GDestroyNotify) td_table_free);
}

static void
show_problems (TdImportDialog *self,
               const char     *title,
               const char     *text)
{
  g_free (self->problems);
  self->problems = g_strdup (text);
  gtk_label_set_label (self->problems_title, title);
  gtk_label_set_label (self->problems_label, text);
  set_state (self, "problems");
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TdImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  TdTable *table = g_task_propagate_pointer (G_TASK (result), &error);

  if (table == NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);
      g_autofree char *text = g_strdup_printf ("%s: %s", name, error->message);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problems (self, _("The file cannot be imported"), text);
      gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
      return;
    }
  g_clear_pointer (&self->table, td_table_free);
  self->table = table;
  if (table->rows->len < 2)
    {
      show_problems (self, _("The file cannot be imported"),
                     _("It has headings but no rows under them."));
      gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
      return;
    }
  guess_columns (self);
  show_preview (self);
}

static void
start_reading (TdImportDialog  *self,
               TdTableEncoding  encoding)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_object_unref (self->cancellable);
  set_state (self, "reading");
  task = g_task_new (self, self->cancellable, on_read_cb, g_object_ref (self));
  g_task_set_task_data (task, GINT_TO_POINTER (encoding), NULL);
  g_task_run_in_thread (task, read_thread);
}

static void
on_encoding_selected_cb (TdImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->encoding_dropdown);

  if (selected < G_N_ELEMENTS (encodings))
    start_reading (self, encodings[selected]);
}

/* Checking ---------------------------------------------------------------------------------- */

/* Every row as a subject, read as the command line reads it (td-subject-rows.h); NULL when
 * one is wrong, with the wrong ones in @problems. */
static GPtrArray *
check_rows (TdImportDialog *self,
            GString        *problems,
            guint          *n_problems,
            GArray        **row_numbers)
{
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) subjects = NULL;
  g_autoptr(GPtrArray) row_errors = NULL;
  gboolean has_name = FALSE;

  /* The dialog's choices as the fields of the columns: TdField is TdSubjectField moved up
   * by one, after NONE. */
  for (guint column = 0; column < self->columns->len; column++)
    {
      int field = g_array_index (self->columns, int, column);
      int mapped = field >= 0 ? field + 1 : TD_FIELD_NONE;

      has_name |= field == TD_SUBJECT_FIELD_NAME;
      g_array_append_val (map, mapped);
    }
  if (!has_name)
    {
      g_string_append_printf (problems, _("No column is imported as “%s”: choose the column "
                                          "that holds it."),
                              td_subject_field_label (self->kind, TD_SUBJECT_FIELD_NAME));
      *n_problems = 1;
      return NULL;
    }

  td_subjects_from_table (self->table, self->kind, self->header_row, map, &subjects,
                          row_numbers, &row_errors);
  *n_problems = row_errors->len;
  for (guint i = 0; i < row_errors->len && i < MAX_PROBLEMS; i++)
    {
      TdSubjectRowError *wrong = g_ptr_array_index (row_errors, i);

      g_string_append_printf (problems, "%s\n", wrong->message);
    }
  if (*n_problems > MAX_PROBLEMS)
    g_string_append_printf (problems, ngettext ("… and %u more row.", "… and %u more rows.",
                                                *n_problems - MAX_PROBLEMS),
                            *n_problems - MAX_PROBLEMS);
  return *n_problems > 0 ? NULL : g_steal_pointer (&subjects);
}

/* Importing --------------------------------------------------------------------------------- */

typedef struct _ImportJob {
  char          *path;
  TdSubjectKind  kind;
  GPtrArray     *subjects;
  guint          n_added;
  guint          n_matched;
  /* What the import did, for the window's Undo. */
  TdJournalSteps *steps;
  /* The spreadsheet's row of each subject, to name it when the store refuses one. */
  GArray        *row_numbers;
  /* Written by the worker, read by the dialog's timer. */
  int            done;
  int            total;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->path);
  g_ptr_array_unref (job->subjects);
  g_clear_pointer (&job->steps, td_journal_steps_free);
  g_clear_pointer (&job->row_numbers, g_array_unref);
  g_free (job);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  ImportJob *job = user_data;

  g_atomic_int_set (&job->total, (int) total);
  g_atomic_int_set (&job->done, (int) done);
}

/* The progress, read from the job a few times a second: the worker never touches a widget. */
static gboolean
show_progress_cb (gpointer data)
{
  TdImportDialog *self = data;
  guint done = (guint) g_atomic_int_get (&self->job->done);
  guint total = (guint) g_atomic_int_get (&self->job->total);
  g_autofree char *text = NULL;

  if (total > 0)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
      /* TRANSLATORS: "5,000 of 20,000 rows". */
      text = g_strdup_printf (_("%'u of %'u rows"), done, total);
      gtk_label_set_label (self->progress_label, text);
    }
  return G_SOURCE_CONTINUE;
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) store = td_store_open (job->path, &error);
  g_autofree char *backup = NULL;

  /* A connection of this thread's own: the window's stays free to draw and read. */
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  backup = td_store_backup (store, "before-import", &error);
  if (backup == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!td_store_import_subjects (store, job->kind, job->subjects, &job->n_added,
                                 &job->n_matched, cancellable, progress_cb, job, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    {
      /* How to put it back, which this connection's journal knows and the window's takes. */
      job->steps = td_store_journal_take_last (store);
      g_task_return_boolean (task, TRUE);
    }
}

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  TdImportDialog *self = TD_IMPORT_DIALOG (source);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->job = NULL;
  /* Closed with the window while the rows were rolled back. */
  if (self->store == NULL)
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Nothing was written: the window's connection has nothing to learn. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      {
        /* "Row 12" of the store counts the rows read: the spreadsheet's row is named. */
        g_autoptr(GError) located = td_subject_rows_locate_error (error, job->row_numbers, NULL);

        show_problems (self, _("Nothing was imported"), located->message);
      }
      return;
    }
  /* The window's own connection learns of the rows now, reads them once, and can undo
   * them as one step. */
  td_store_adopt_external (self->store, job->steps, td_store_import_subjects_label (self->kind));
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, job->n_added, job->n_matched);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
td_import_dialog_import (TdImportDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GPtrArray) subjects = NULL;
  g_autoptr(GArray) row_numbers = NULL;
  g_autoptr(GTask) task = NULL;
  ImportJob *job;
  guint n_problems = 0;

  g_return_if_fail (TD_IS_IMPORT_DIALOG (self));

  if (self->table == NULL)
    return;
  subjects = check_rows (self, problems, &n_problems, &row_numbers);
  if (subjects == NULL)
    {
      g_autofree char *title =
        g_strdup_printf (ngettext ("Nothing was imported: %u row needs correcting first",
                                   "Nothing was imported: %u rows need correcting first",
                                   n_problems), n_problems);
      show_problems (self, title, problems->str);
      return;
    }

  job = g_new0 (ImportJob, 1);
  job->path = g_strdup (td_store_get_path (self->store));
  job->kind = self->kind;
  job->subjects = g_steal_pointer (&subjects);
  job->row_numbers = g_steal_pointer (&row_numbers);

  g_set_object (&self->cancellable, g_cancellable_new ());
  g_object_unref (self->cancellable);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_label (self->progress_label, _("Backing up the file first…"));
  set_state (self, "importing");
  task = g_task_new (self, self->cancellable, on_imported_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  self->job = job;
  self->progress_source = g_timeout_add (100, show_progress_cb, self);
  g_task_run_in_thread (task, import_thread);
}

/* Class ------------------------------------------------------------------------------------- */

static void
on_cancel_clicked_cb (TdImportDialog *self)
{
  /* An import under way stops and rolls back; its end closes the dialog. */
  if (g_str_equal (td_import_dialog_get_state (self), "importing"))
    {
      gtk_label_set_label (self->progress_label, _("Cancelling…"));
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_back_clicked_cb (TdImportDialog *self)
{
  set_state (self, "preview");
}

static gboolean
on_close_request_cb (TdImportDialog *self)
{
  /* Closed while importing: cancel, and close once the rows are rolled back. */
  if (g_str_equal (td_import_dialog_get_state (self), "importing"))
    {
      on_cancel_clicked_cb (self);
      return TRUE;
    }
  g_cancellable_cancel (self->cancellable);
  return FALSE;
}

static void
td_import_dialog_dispose (GObject *object)
{
  TdImportDialog *self = TD_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_pointer (&self->table, td_table_free);
  G_OBJECT_CLASS (td_import_dialog_parent_class)->dispose (object);
}

static void
td_import_dialog_finalize (GObject *object)
{
  TdImportDialog *self = TD_IMPORT_DIALOG (object);

  g_array_unref (self->columns);
  g_ptr_array_unref (self->field_dropdowns);
  g_free (self->problems);
  G_OBJECT_CLASS (td_import_dialog_parent_class)->finalize (object);
}

static void
td_import_dialog_class_init (TdImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_import_dialog_dispose;
  object_class->finalize = td_import_dialog_finalize;

  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, encoding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, problems_title);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TdImportDialog, progress_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
td_import_dialog_init (TdImportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->columns = g_array_new (FALSE, FALSE, sizeof (int));
  self->field_dropdowns = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();

  gtk_string_list_append (names, _("Detect Automatically"));
  gtk_string_list_append (names, "Unicode (UTF-8)");
  gtk_string_list_append (names, "TCVN3 (ABC, .VnTime)");
  gtk_string_list_append (names, "VNI (VNI-Times)");
  gtk_string_list_append (names, "Windows-1258");
  gtk_drop_down_set_model (self->encoding_dropdown, G_LIST_MODEL (names));

  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->back_button, "clicked", G_CALLBACK (on_back_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->import_button, "clicked",
                           G_CALLBACK (td_import_dialog_import), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}

TdImportDialog *
td_import_dialog_new (GtkWindow     *parent,
                      TdStore       *store,
                      TdSubjectKind  kind,
                      GFile         *file)
{
  TdImportDialog *self;
  const char *title = _("Import Units");

  g_return_val_if_fail (TD_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (kind == TD_SUBJECT_PERSON)
    title = _("Import People");
  else if (kind == TD_SUBJECT_HOUSEHOLD)
    title = _("Import Households");
  self = g_object_new (TD_TYPE_IMPORT_DIALOG, "transient-for", parent, "title", title, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  self->file = g_object_ref (file);
  g_signal_connect_object (self->encoding_dropdown, "notify::selected",
                           G_CALLBACK (on_encoding_selected_cb), self, G_CONNECT_SWAPPED);
  start_reading (self, TD_TABLE_ENCODING_AUTO);
  return self;
}

int
td_import_dialog_get_column (TdImportDialog *self,
                             guint           column)
{
  g_return_val_if_fail (TD_IS_IMPORT_DIALOG (self), -1);
  return column < self->columns->len ? g_array_index (self->columns, int, column) : -1;
}

void
td_import_dialog_set_column (TdImportDialog *self,
                             guint           column,
                             int             field)
{
  g_autoptr(GArray) fields = fields_of_kind (self->kind);

  g_return_if_fail (TD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (column < self->field_dropdowns->len);

  for (guint i = 0; i < fields->len; i++)
    if (g_array_index (fields, int, i) == field)
      gtk_drop_down_set_selected (g_ptr_array_index (self->field_dropdowns, column), i);
}

const char *
td_import_dialog_get_state (TdImportDialog *self)
{
  g_return_val_if_fail (TD_IS_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
td_import_dialog_get_problems (TdImportDialog *self)
{
  g_return_val_if_fail (TD_IS_IMPORT_DIALOG (self), NULL);
  return self->problems != NULL ? self->problems : "";
}
