/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The criteria that come from elsewhere and go out: another year's sets copied, a tree
 * read from an office's spreadsheet by its codes (all or nothing: what is wrong is listed
 * by row and nothing is imported), and the set shown written as .xlsx or .csv. A tree is a
 * few hundred rows at most, so the file is read and written on the main loop.
 */
#define G_LOG_DOMAIN "td-scoring-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-table-chooser.h"
#include "td-criteria-rows.h"
#include "td-document.h"
#include "td-scoring-page-private.h"
#include "td-toast.h"

static GtkWindow *
window_of (TdScoringPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* Copying ----------------------------------------------------------------------------------- */

gboolean
td_scoring_page_copy_year (TdScoringPage *self,
                           int            from_year)
{
  TdStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), FALSE);

  store = _td_scoring_page_get_store (self);
  if (store == NULL || self->year == 0)
    return FALSE;
  if (!td_store_copy_criteria_sets (store, from_year, self->year, &n, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  /* TRANSLATORS: in a toast with Undo: "2 criteria sets copied from 2022". */
  message = g_strdup_printf (ngettext ("%u criteria set copied from %d",
                                       "%u criteria sets copied from %d", n), n, from_year);
  td_toast_offer_undo (GTK_WIDGET (self), message);
  _td_scoring_page_read_sets (self, 0);
  return TRUE;
}

static void
copy_previous_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TdScoringPage *self = TD_SCORING_PAGE (widget);

  td_scoring_page_copy_year (self, self->year - 1);
}

static void
on_copy_response_cb (TdScoringPage    *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "copy"))
    td_scoring_page_copy_year (self, gtk_spin_button_get_value_as_int (spin));
}

static void
copy_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TdScoringPage *self = TD_SCORING_PAGE (widget);
  GtkWidget *dialog, *spin;

  dialog = adw_message_dialog_new (window_of (self), _("Copy Criteria From Another Year?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Every criteria set of the year chosen, with its "
                                    "classification, is copied into %d. Scores are not "
                                    "copied."), self->year);
  spin = gtk_spin_button_new_with_range (1945, 2200, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->year - 1);
  gtk_widget_set_halign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The year to copy from"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), spin);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "copy", _("C_opy"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_copy_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import ------------------------------------------------------------------------------------ */

/* Says what is wrong in the file, row by row, and that nothing was imported. */
static void
show_problems (TdScoringPage *self,
               GFile         *file,
               const char    *problems)
{
  g_autofree char *basename = g_file_get_basename (file);
  GtkWidget *dialog, *scroller, *label;

  dialog = adw_message_dialog_new (window_of (self), _("Nothing Was Imported"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Correct these rows of “%s” and import it again:"), basename);
  label = gtk_label_new (problems);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "import-problems");
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A name for the set a file makes in a year that has none: the file's, without its
 * extension. */
static char *
set_name_of (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  char *dot = strrchr (basename, '.');

  if (dot != NULL && dot != basename)
    *dot = '\0';
  return g_steal_pointer (&basename);
}

gboolean
td_scoring_page_import_file (TdScoringPage *self,
                             GFile         *file)
{
  TdStore *store;
  g_autoptr(TdTable) table = NULL;
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GArray) parents = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GPtrArray) row_errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  gint64 set_id;
  gboolean made = FALSE;

  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  store = _td_scoring_page_get_store (self);
  if (store == NULL || self->year == 0)
    return FALSE;
  path = g_file_get_path (file);
  table = td_table_read (path, TD_TABLE_ENCODING_AUTO, NULL, &error);
  if (table == NULL ||
      !td_criteria_from_table (table, &criteria, &parents, &rows, &row_errors, &error))
    {
      g_autoptr(GString) problems = g_string_new (NULL);

      for (guint i = 0; row_errors != NULL && i < row_errors->len; i++)
        g_string_append_printf (problems, "%s%s", i > 0 ? "\n" : "",
                                ((TdCriteriaRowError *) g_ptr_array_index (row_errors, i))->message);
      if (error != NULL)
        g_string_append_printf (problems, "%s%s", problems->len > 0 ? "\n" : "", error->message);
      show_problems (self, file, problems->str);
      return FALSE;
    }

  set_id = self->set_id;
  if (set_id == 0)
    {
      g_autofree char *name = set_name_of (file);

      set_id = td_store_add_criteria_set (store, self->year, name, NULL, &error);
      if (set_id == 0)
        {
          td_toast_show_error (GTK_WIDGET (self), error);
          return FALSE;
        }
      made = TRUE;
    }
  if (!td_store_import_criteria (store, set_id, criteria, parents, &error))
    {
      g_autoptr(GError) located = td_criteria_rows_locate_error (error, rows);

      /* The set made for it goes too: nothing of the file stays. */
      if (made)
        td_store_remove_criteria_set (store, set_id, NULL);
      show_problems (self, file, located->message);
      return FALSE;
    }
  /* TRANSLATORS: in a toast with Undo. */
  message = g_strdup_printf (ngettext ("%u criterion imported", "%u criteria imported",
                                       criteria->len), criteria->len);
  td_toast_offer_undo (GTK_WIDGET (self), message);
  _td_scoring_page_read_sets (self, set_id);
  td_criteria_view_reload (self->criteria_view);
  return TRUE;
}

static void
on_replace_response_cb (TdScoringPage    *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_str_equal (response, "replace"))
    td_scoring_page_import_file (self, file);
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       TdScoringPage   *self)
{
  TdCriteriaTree *tree = td_criteria_view_get_tree (self->criteria_view);
  g_autoptr(GFile) file = NULL;
  GtkWidget *dialog;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (self->set_id == 0 || tree == NULL || td_criteria_tree_get_n_nodes (tree) == 0)
    {
      td_scoring_page_import_file (self, file);
      return;
    }
  /* The file takes the place of the criteria shown: asked first, and Undo brings them back. */
  dialog = adw_message_dialog_new (window_of (self), _("Replace the Criteria?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  ngettext ("The %u criterion of this set is replaced by "
                                            "those of the file.",
                                            "The %u criteria of this set are replaced by those "
                                            "of the file.",
                                            td_criteria_tree_get_n_nodes (tree)),
                                  td_criteria_tree_get_n_nodes (tree));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "file", g_steal_pointer (&file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TdScoringPage *self = TD_SCORING_PAGE (widget);
  GtkFileChooserNative *chooser = td_table_chooser_new_open (window_of (self),
                                                             _("Import Criteria"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export ------------------------------------------------------------------------------------ */

gboolean
td_scoring_page_export_file (TdScoringPage *self,
                             GFile         *file)
{
  TdStore *store;
  g_autoptr(TdCriteriaTree) tree = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  store = _td_scoring_page_get_store (self);
  if (store == NULL || self->set_id == 0)
    return FALSE;
  path = g_file_get_path (file);
  tree = td_store_read_criteria_tree (store, self->set_id, &error);
  if (tree == NULL || !td_criteria_write (tree, path, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  td_toast_show_saved (GTK_WIDGET (self), file);
  return TRUE;
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       TdScoringPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      g_autofree char *with_ext = NULL;

      /* No extension typed: a workbook, which opens everywhere with its columns set. */
      if (!g_str_has_suffix (path, ".csv") && !g_str_has_suffix (path, ".xlsx"))
        with_ext = g_strconcat (path, ".xlsx", NULL);
      if (with_ext != NULL)
        {
          g_object_unref (file);
          file = g_file_new_for_path (with_ext);
        }
      td_scoring_page_export_file (self, file);
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TdScoringPage *self = TD_SCORING_PAGE (widget);
  g_autoptr(TdCriteriaSet) set = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->set_id == 0)
    return;
  set = td_store_get_criteria_set (_td_scoring_page_get_store (self), self->set_id, NULL);
  name = td_document_suggest_filename (set != NULL ? td_criteria_set_get_name (set)
                                                   : _("Criteria"), self->year, "xlsx");
  chooser = td_table_chooser_new_save (window_of (self), _("Export the Criteria"), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_td_scoring_page_class_add_transfer (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "scoring.copy-previous", NULL,
                                   copy_previous_action);
  gtk_widget_class_install_action (widget_class, "scoring.copy-year", NULL, copy_year_action);
  gtk_widget_class_install_action (widget_class, "scoring.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "scoring.export", NULL, export_action);
}
