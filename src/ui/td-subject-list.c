/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * One list of subjects. The store's rows (one query, in name order) go through a sort
 * model (the column the user clicked) and a filter (search, kind or village, archived)
 * to a list view of drawn rows (td-drawn-row.h) over slots (td-slot-model.h). Searching folds the
 * needle once per keystroke and compares it with keys each subject folded when read.
 * A change to one subject replaces its row alone; a new or removed one, the list.
 */
#define G_LOG_DOMAIN "td-subject-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "td-fold.h"
#include "td-store-subjects.h"
#include "td-subject-columns.h"
#include "td-subject-list-private.h"
#include "td-drawn-row.h"
#include "td-toast.h"
#include "td-wrap-layout.h"

G_DEFINE_FINAL_TYPE (TdSubjectList, td_subject_list, GTK_TYPE_WIDGET)

/* Filters ----------------------------------------------------------------------------------- */

/* Whether @word (folded) starts a word of @key: "an" finds "Ấn" and "Anh", not every "Văn".
 * Digits are looked for anywhere, so the end of a phone number finds it. */
static gboolean
key_has_word (const char *key,
              const char *word)
{
  gboolean digits = TRUE;

  for (const char *p = word; *p != '\0' && digits; p++)
    digits = g_ascii_isdigit (*p);
  for (const char *found = strstr (key, word); found != NULL; found = strstr (found + 1, word))
    if (digits || found == key || found[-1] == ' ' || found[-1] == '\n' || found[-1] == '(' ||
        found[-1] == '-' || found[-1] == '/')
      return TRUE;
  return FALSE;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  TdSubjectList *self = user_data;
  TdSubject *subject = item;

  if (td_subject_get_archived (subject) && !gtk_toggle_button_get_active (self->archived_button))
    return FALSE;
  if (self->filter_value != NULL)
    {
      if (self->kind == TD_SUBJECT_UNIT
            ? !g_str_equal (td_subject_get_unit_kind (subject), self->filter_value)
            : td_subject_get_parent_id (subject) != g_ascii_strtoll (self->filter_value, NULL, 10))
        return FALSE;
    }
  if (self->needle_words != NULL)
    {
      const char *key = td_subject_get_search_key (subject);

      for (guint i = 0; self->needle_words[i] != NULL; i++)
        if (!key_has_word (key, self->needle_words[i]))
          return FALSE;
    }
  return TRUE;
}

/* The list's filter, or none while no row is to be hidden (no search, no village or kind
 * chosen, no archived rows to hide): then 20,000 households are shown without a look at
 * each. TRUE when that changed the filter, and so the rows shown. */
static gboolean
use_filter (TdSubjectList *self)
{
  gboolean hides_archived = self->n_current < self->n_all &&
                            !gtk_toggle_button_get_active (self->archived_button);
  GtkFilter *filter = self->needle_words != NULL || self->filter_value != NULL || hides_archived
                        ? self->filter : NULL;

  if (gtk_filter_list_model_get_filter (self->filter_model) == filter)
    return FALSE;
  gtk_filter_list_model_set_filter (self->filter_model, filter);
  return TRUE;
}

static void
refilter (TdSubjectList   *self,
          GtkFilterChange  change)
{
  if (!use_filter (self) && gtk_filter_list_model_get_filter (self->filter_model) != NULL)
    gtk_filter_changed (self->filter, change);
}

/* The subject of @id among those read, looked up by a table made the first time one is
 * asked for (opening the list does not need it). */
static TdSubject *
lookup_by_id (TdSubjectList *self,
              gint64         id)
{
  if (g_hash_table_size (self->by_id) == 0 && self->source != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->source));

      for (guint i = 0; i < n; i++)
        {
          TdSubject *subject = g_list_model_get_item (G_LIST_MODEL (self->source), i);

          g_hash_table_insert (self->by_id,
                               g_memdup2 (&(gint64) { td_subject_get_id (subject) },
                                          sizeof (gint64)),
                               subject);
          g_object_unref (subject);
        }
    }
  return g_hash_table_lookup (self->by_id, &id);
}

/* A slot that another subject took after a search is no longer the one chosen. */
static void
drop_moved_selection (TdSubjectList *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  TdSubject *shown = td_slot_model_peek_item (self->slots, position);

  if (shown != NULL && (self->editor == NULL ||
                        td_subject_get_id (shown) != td_subject_editor_get_id (self->editor)))
    gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (self->selection), position);
}

static void
update_count (TdSubjectList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = gtk_toggle_button_get_active (self->archived_button) ? self->n_all
                                                                     : self->n_current;
  g_autofree char *text = td_subject_count_text (self->kind, shown, total);
  const char *page = "list";

  drop_moved_selection (self);
  /* Read for the first time: not "nothing yet", which it may not be. */
  if (self->source == NULL && self->stale)
    {
      gtk_label_set_label (self->count_label, _("Reading…"));
      gtk_stack_set_visible_child_name (self->stack, page);
      return;
    }
  gtk_label_set_label (self->count_label, text);
  if (self->n_all == 0)
    page = "empty";
  else if (shown == 0)
    page = "none-found";
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
on_search_changed_cb (TdSubjectList *self)
{
  g_autofree char *needle = td_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_auto(GStrv) old = g_steal_pointer (&self->needle_words);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  /* Words as typed, folded: "tung anh" is two words, each somewhere in the row. */
  self->needle_words = g_strsplit_set (g_strstrip (needle), " ", -1);
  if (self->needle_words[0] == NULL || self->needle_words[0][0] == '\0')
    g_clear_pointer (&self->needle_words, g_strfreev);
  else
    {
      /* Remove the empty words that runs of spaces leave. */
      guint kept = 0;

      for (guint i = 0; self->needle_words[i] != NULL; i++)
        if (self->needle_words[i][0] != '\0')
          self->needle_words[kept++] = self->needle_words[i];
        else
          g_free (self->needle_words[i]);
      self->needle_words[kept] = NULL;
    }

  /* Typing on narrows what is shown: the filter then looks only at the rows it kept. A word
   * lengthened at its end finds only rows its beginning found (words are matched at their
   * start). */
  if (old != NULL && self->needle_words != NULL &&
      g_strv_length (old) <= g_strv_length (self->needle_words))
    {
      change = GTK_FILTER_CHANGE_MORE_STRICT;
      for (guint i = 0; old[i] != NULL; i++)
        if (!g_str_has_prefix (self->needle_words[i], old[i]))
          change = GTK_FILTER_CHANGE_DIFFERENT;
    }
  else if (old == NULL && self->needle_words != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && self->needle_words == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  refilter (self, change);
}

static void
on_filter_selected_cb (TdSubjectList *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  g_clear_pointer (&self->filter_value, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected < self->filter_values->len)
    self->filter_value = g_strdup (g_ptr_array_index (self->filter_values, selected));
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_archived_toggled_cb (TdSubjectList *self)
{
  refilter (self, gtk_toggle_button_get_active (self->archived_button)
                   ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

/* The kinds of unit, or the units people work in, or the villages households live in. */
static void
fill_filter (TdSubjectList *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *kept = g_strdup (self->filter_value);
  guint selected = 0;

  g_ptr_array_set_size (self->filter_values, 0);
  if (self->kind == TD_SUBJECT_UNIT)
    {
      gtk_string_list_append (labels, _("All Kinds"));
      g_ptr_array_add (self->filter_values, g_strdup (""));
      for (const char * const *code = td_unit_kind_codes (); *code != NULL; code++)
        {
          gtk_string_list_append (labels, td_unit_kind_label (*code));
          g_ptr_array_add (self->filter_values, g_strdup (*code));
        }
    }
  else
    {
      g_autoptr(GListModel) units = NULL;

      gtk_string_list_append (labels, self->kind == TD_SUBJECT_HOUSEHOLD ? _("All Villages")
                                                                        : _("All Units"));
      g_ptr_array_add (self->filter_values, g_strdup (""));
      units = self->store != NULL ? td_store_list_units (self->store, NULL) : NULL;
      for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);

          if (self->kind == TD_SUBJECT_HOUSEHOLD &&
              !g_str_equal (td_unit_get_kind (unit), "village"))
            continue;
          gtk_string_list_append (labels, td_unit_get_name (unit));
          g_ptr_array_add (self->filter_values,
                           g_strdup_printf ("%" G_GINT64_FORMAT, td_unit_get_id (unit)));
        }
    }
  for (guint i = 1; kept != NULL && i < self->filter_values->len; i++)
    if (g_str_equal (g_ptr_array_index (self->filter_values, i), kept))
      selected = i;

  g_signal_handlers_block_by_func (self->filter_dropdown, on_filter_selected_cb, self);
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->filter_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->filter_dropdown, on_filter_selected_cb, self);
  if (selected == 0)
    g_clear_pointer (&self->filter_value, g_free);
}

/* Loading ----------------------------------------------------------------------------------- */

/* How many of @subjects are not archived. */
static guint
count_current (GListModel *subjects)
{
  guint n = g_list_model_get_n_items (subjects);
  guint current = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdSubject) subject = g_list_model_get_item (subjects, i);

      current += !td_subject_get_archived (subject);
    }
  return current;
}

/* Shows @subjects, read from the store, in place of the rows shown; @n_current of them are
 * not archived (counted by the worker that read them, off the main loop). */
static void
show_loaded (TdSubjectList *self,
             GListModel    *subjects,
             guint          n_current)
{
  gint64 selected = _td_subject_list_selected_id (self);

  self->stale = FALSE;
  g_hash_table_remove_all (self->by_id);
  self->n_all = g_list_model_get_n_items (subjects);
  self->n_current = n_current;
  g_set_object (&self->source, G_LIST_STORE (subjects));
  fill_filter (self);
  /* The new rows are filtered as they come in, by the filter as it is now; then a filter
   * is added or taken away if the new rows call for it. */
  gtk_sort_list_model_set_model (self->sort_model, subjects);
  use_filter (self);
  if (selected != 0)
    td_subject_list_select (self, selected);
  if (self->editor != NULL)
    td_subject_editor_set_store (self->editor, self->store, self->year);
  update_count (self);
}

/* Reads the store now, on the window's connection: when a caller needs the rows at once. */
static void
load_now (TdSubjectList *self)
{
  g_autoptr(GListModel) subjects = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->store != NULL)
    subjects = td_store_list_subjects (self->store, self->kind, self->year, TRUE, &error);
  if (subjects == NULL)
    {
      if (error != NULL)
        td_toast_show_error (GTK_WIDGET (self), error);
      subjects = G_LIST_MODEL (g_list_store_new (TD_TYPE_SUBJECT));
    }
  show_loaded (self, subjects, count_current (subjects));
}

/* The rows, read now if they are not read yet (or are being read). */
static void
ensure_loaded (TdSubjectList *self)
{
  if (self->stale)
    load_now (self);
}

typedef struct {
  char          *path;
  TdSubjectKind  kind;
  int            year;
  /* What the worker found: how many are not archived. */
  guint          n_current;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->path);
  g_free (job);
}

/* 20,000 households take a tenth of a second and more to read: a connection of this
 * thread's own, read-only, reads them while the window goes on drawing. */
static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdStore) reader = td_store_open_full (job->path, TD_STORE_OPEN_READ_ONLY |
                                                              TD_STORE_OPEN_CHECKED, &error);
  GListModel *subjects = NULL;

  if (reader != NULL)
    subjects = td_store_list_subjects (reader, job->kind, job->year, TRUE, &error);
  if (subjects != NULL)
    job->n_current = count_current (subjects);
  if (subjects == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, subjects, g_object_unref);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TdSubjectList) self = user_data;
  g_autoptr(GListModel) subjects = NULL;
  g_autoptr(GError) error = NULL;

  subjects = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (G_TASK (result)) != self->load_cancellable)
    return;
  g_clear_object (&self->load_cancellable);
  /* Read again by the window's connection, which says what went wrong in its words. */
  if (subjects == NULL)
    load_now (self);
  else
    show_loaded (self, subjects,
                 ((LoadJob *) g_task_get_task_data (G_TASK (result)))->n_current);
}

static void
start_loading (TdSubjectList *self)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  if (self->store == NULL || self->load_cancellable != NULL)
    return;
  job = g_new0 (LoadJob, 1);
  job->path = g_strdup (td_store_get_path (self->store));
  job->kind = self->kind;
  job->year = self->year;
  self->load_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->load_cancellable, on_loaded_cb, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
  update_count (self);
}

static void
invalidate (TdSubjectList *self)
{
  self->stale = TRUE;
  /* A reading under way may have missed the change: read again. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_loading (self);
}

/* One subject's row read again, in place; gone when the store no longer has it. */
static void
refresh_one (TdSubjectList *self,
             gint64         id)
{
  TdSubject *old = lookup_by_id (self, id);
  g_autoptr(TdSubject) fresh = NULL;
  guint position;

  if (old == NULL || !g_list_store_find (self->source, old, &position))
    {
      invalidate (self);
      return;
    }
  fresh = td_store_get_subject (self->store, self->kind, id, self->year, NULL);
  self->n_current -= !td_subject_get_archived (old);
  g_hash_table_remove (self->by_id, &id);
  if (fresh == NULL)
    {
      g_list_store_remove (self->source, position);
      self->n_all--;
    }
  else
    {
      self->n_current += !td_subject_get_archived (fresh);
      g_hash_table_insert (self->by_id, g_memdup2 (&id, sizeof id), fresh);
      /* An archived row to hide now, or the last one gone: the filter first. */
      use_filter (self);
      g_list_store_splice (self->source, position, 1, (gpointer *) &fresh, 1);
    }
  update_count (self);
}

/* Selection and the editor ------------------------------------------------------------------ */

static void
on_editor_done_cb (TdSubjectList *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_editor_added_cb (TdSubjectList *self,
                    gint64         id)
{
  /* The store said "added" and the list is read again; the new row is the one chosen. */
  ensure_loaded (self);
  self->selecting = TRUE;
  td_subject_list_select (self, id);
  self->selecting = FALSE;
}

static void
on_editor_show_subject_cb (TdSubjectList *self,
                           gint64         id)
{
  ensure_loaded (self);
  td_subject_list_select (self, id);
}

static void
ensure_editor (TdSubjectList *self)
{
  if (self->editor != NULL)
    return;
  self->editor = td_subject_editor_new (self->kind);
  gtk_widget_set_size_request (GTK_WIDGET (self->editor), 320, -1);
  td_subject_editor_set_store (self->editor, self->store, self->year);
  g_signal_connect_object (self->editor, "done", G_CALLBACK (on_editor_done_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "added", G_CALLBACK (on_editor_added_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "show-subject", G_CALLBACK (on_editor_show_subject_cb),
                           self, G_CONNECT_SWAPPED);
  adw_flap_set_flap (self->flap, GTK_WIDGET (self->editor));
}

gint64
_td_subject_list_selected_id (TdSubjectList *self)
{
  TdSlot *slot = gtk_single_selection_get_selected_item (self->selection);

  return slot != NULL ? td_subject_get_id (td_slot_get_item (slot)) : 0;
}

static void
on_selected_cb (TdSubjectList *self)
{
  gint64 id = _td_subject_list_selected_id (self);

  /* Nothing chosen (a search hid the row): the editor keeps what it shows. */
  if (id == 0 || self->selecting)
    return;
  ensure_editor (self);
  if (td_subject_editor_get_id (self->editor) != id)
    td_subject_editor_edit (self->editor, id);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
on_activate_cb (TdSubjectList *self,
                guint          position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  on_selected_cb (self);
  if (self->editor != NULL)
    gtk_widget_grab_focus (td_subject_editor_get_field (self->editor, TD_SUBJECT_FIELD_NAME));
}

static void
on_add_clicked_cb (TdSubjectList *self)
{
  td_subject_list_add (self);
}

/* Class ------------------------------------------------------------------------------------- */

static void
td_subject_list_map (GtkWidget *widget)
{
  TdSubjectList *self = TD_SUBJECT_LIST (widget);

  GTK_WIDGET_CLASS (td_subject_list_parent_class)->map (widget);
  if (self->stale)
    start_loading (self);
}

static void
td_subject_list_dispose (GObject *object)
{
  TdSubjectList *self = TD_SUBJECT_LIST (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_SUBJECT_LIST);
  self->editor = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  /* Held by the slots too: this is the list's own reference (the rows it holds were kept
   * after the list had gone without it). */
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->source);
  g_clear_object (&self->store);
  g_clear_object (&self->table);
  G_OBJECT_CLASS (td_subject_list_parent_class)->dispose (object);
}

static void
td_subject_list_finalize (GObject *object)
{
  TdSubjectList *self = TD_SUBJECT_LIST (object);

  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->filter_values);
  g_strfreev (self->needle_words);
  g_free (self->filter_value);
  G_OBJECT_CLASS (td_subject_list_parent_class)->finalize (object);
}

static void
td_subject_list_class_init (TdSubjectListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_subject_list_dispose;
  object_class->finalize = td_subject_list_finalize;
  widget_class->map = td_subject_list_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-subject-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, box);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, toolbar);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, archived_button);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, more_button);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, more_menu);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, add_button);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, flap);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, stack);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, view);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, table_box);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, count_label);
  gtk_widget_class_bind_template_child (widget_class, TdSubjectList, empty_page);
  _td_subject_list_class_add_transfer (widget_class);
}

static void
td_subject_list_init (TdSubjectList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (self->toolbar, td_wrap_layout_new (6, 6));
  self->stale = TRUE;
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->filter_values = g_ptr_array_new_with_free_func (g_free);
  gtk_menu_button_set_menu_model (self->more_button, G_MENU_MODEL (self->more_menu));

  self->sort_model = gtk_sort_list_model_new (NULL, NULL);
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_cb, self, NULL));
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (self->sort_model),
                                                  g_object_ref (self->filter));
  self->slots = td_slot_model_new (G_LIST_MODEL (self->filter_model));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->slots)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->archived_button, "toggled", G_CALLBACK (on_archived_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (on_activate_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Rows ----------------------------------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TdSubjectList            *self)
{
  gtk_list_item_set_child (item, td_drawn_row_new (self->table));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  td_drawn_row_set_slot (TD_DRAWN_ROW (gtk_list_item_get_child (item)),
                         gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  td_drawn_row_set_slot (TD_DRAWN_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
sort_by (TdSubjectList *self,
         guint          column,
         gboolean       descending)
{
  g_autoptr(GtkSorter) sorter =
    td_subject_column_new_sorter (td_subject_columns_get (self->kind, column), descending);

  self->sort_column = column;
  self->sort_descending = descending;
  td_drawn_header_set_sort (TD_DRAWN_HEADER (self->header), column, descending);
  gtk_sort_list_model_set_sorter (self->sort_model, sorter);
}

/* A heading clicked: sorted by it, or the other way when it already was. */
static void
on_sort_cb (TdSubjectList *self,
            guint          column)
{
  sort_by (self, column, column == self->sort_column ? !self->sort_descending : FALSE);
}

TdSubjectList *
td_subject_list_new (TdSubjectKind kind)
{
  TdSubjectList *self = g_object_new (TD_TYPE_SUBJECT_LIST, NULL);
  g_autoptr(GtkListItemFactory) factory = NULL;
  const char *add_label = _("_Add Unit");
  const char *empty_title = _("No Units Yet");
  const char *empty_text = _("Add the villages, schools, cooperatives and agencies of the "
                             "commune, or import them from a spreadsheet.");
  const char *search_hint = _("Search units");

  self->kind = kind;
  if (kind == TD_SUBJECT_PERSON)
    {
      add_label = _("_Add Person");
      empty_title = _("No People Yet");
      empty_text = _("Add the officials and staff who may register and be commended, or "
                     "import them from a spreadsheet.");
      search_hint = _("Search people");
    }
  else if (kind == TD_SUBJECT_HOUSEHOLD)
    {
      add_label = _("_Add Household");
      empty_title = _("No Households Yet");
      empty_text = _("Add the households of the villages, or import the list the villages "
                     "keep in a spreadsheet.");
      search_hint = _("Search households");
    }
  gtk_button_set_label (self->add_button, add_label);
  adw_status_page_set_title (self->empty_page, empty_title);
  adw_status_page_set_description (self->empty_page, empty_text);
  g_object_set (self->search_entry, "placeholder-text", search_hint, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind == TD_SUBJECT_UNIT ? _("Kind of unit")
                                  : kind == TD_SUBJECT_PERSON ? _("Unit")
                                  : _("Village"), -1);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->view, factory);
  self->table = td_subject_columns_new_table (kind);
  self->header = td_drawn_header_new (self->table);
  gtk_box_prepend (GTK_BOX (self->table_box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_prepend (GTK_BOX (self->table_box), self->header);
  g_signal_connect_object (self->header, "sort", G_CALLBACK (on_sort_cb), self,
                           G_CONNECT_SWAPPED);
  sort_by (self, 0, FALSE);
  gtk_list_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  return self;
}

TdSubjectKind
td_subject_list_get_kind (TdSubjectList *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), TD_SUBJECT_UNIT);
  return self->kind;
}

void
td_subject_list_set_store (TdSubjectList *self,
                           TdStore       *store,
                           int            year)
{
  g_return_if_fail (TD_IS_SUBJECT_LIST (self));

  if (!g_set_object (&self->store, store) && self->year == year && !self->stale)
    return;
  self->year = year;
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            store != NULL && !td_store_is_read_only (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.import",
                                 store != NULL && !td_store_is_read_only (store));
  invalidate (self);
}

void
td_subject_list_reload (TdSubjectList *self)
{
  g_return_if_fail (TD_IS_SUBJECT_LIST (self));
  invalidate (self);
}

static TdChangeWhat
change_what_of (TdSubjectKind kind)
{
  if (kind == TD_SUBJECT_PERSON)
    return TD_CHANGE_PERSON;
  if (kind == TD_SUBJECT_HOUSEHOLD)
    return TD_CHANGE_HOUSEHOLD;
  return TD_CHANGE_UNIT;
}

void
td_subject_list_apply_change (TdSubjectList  *self,
                              const TdChange *change)
{
  g_return_if_fail (TD_IS_SUBJECT_LIST (self));
  g_return_if_fail (change != NULL);

  if (self->editor != NULL)
    td_subject_editor_apply_change (self->editor, change);
  if (self->stale)
    return;

  if (change->what == change_what_of (self->kind))
    {
      if (change->kind == TD_CHANGE_UPDATED || change->kind == TD_CHANGE_REMOVED)
        refresh_one (self, change->id);
      else
        invalidate (self);
    }
  else if (change->what == TD_CHANGE_ALL || change->what == TD_CHANGE_REGISTRATION ||
           (change->what == TD_CHANGE_UNIT && change->kind != TD_CHANGE_ADDED) ||
           (self->kind == TD_SUBJECT_UNIT && (change->what == TD_CHANGE_TASK ||
                                              change->what == TD_CHANGE_PLAN)))
    {
      /* Names of units shown beside people and households, and the counts of the year. */
      invalidate (self);
    }
  else if (change->what == TD_CHANGE_UNIT && self->kind != TD_SUBJECT_UNIT)
    {
      /* A new unit: one more to filter by. */
      fill_filter (self);
    }
}

void
td_subject_list_start_search (TdSubjectList *self)
{
  g_return_if_fail (TD_IS_SUBJECT_LIST (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
td_subject_list_add (TdSubjectList *self)
{
  g_return_if_fail (TD_IS_SUBJECT_LIST (self));

  if (self->store == NULL || td_store_is_read_only (self->store))
    return;
  ensure_editor (self);
  self->selecting = TRUE;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  self->selecting = FALSE;
  td_subject_editor_edit (self->editor, 0);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_grab_focus (td_subject_editor_get_field (self->editor, TD_SUBJECT_FIELD_NAME));
}

/* GTK 4.8's list view has no scroll_to(), but an action. */
static void
scroll_to (TdSubjectList *self,
           guint          position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->view), "list.scroll-to-item", "u", position);
}

gboolean
td_subject_list_select (TdSubjectList *self,
                        gint64         id)
{
  TdSubject *subject;
  guint n;

  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), FALSE);

  ensure_loaded (self);
  subject = lookup_by_id (self, id);
  if (subject == NULL)
    return FALSE;
  if (td_subject_get_archived (subject))
    gtk_toggle_button_set_active (self->archived_button, TRUE);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdSubject) item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

      if (item != subject)
        continue;
      gtk_single_selection_set_selected (self->selection, i);
      scroll_to (self, i);
      if (!self->selecting)
        on_selected_cb (self);
      return TRUE;
    }
  /* Hidden by the search or a filter: the editor shows it all the same. */
  ensure_editor (self);
  td_subject_editor_edit (self->editor, id);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  return TRUE;
}

GListModel *
td_subject_list_get_shown (TdSubjectList *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), NULL);
  ensure_loaded (self);
  return G_LIST_MODEL (self->filter_model);
}

gboolean
td_subject_list_is_loading (TdSubjectList *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), FALSE);
  return self->load_cancellable != NULL;
}

GtkListView *
td_subject_list_get_view (TdSubjectList *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), NULL);
  return self->view;
}

GtkEditable *
td_subject_list_get_search (TdSubjectList *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

TdSubjectEditor *
td_subject_list_get_editor (TdSubjectList *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), NULL);
  return self->editor;
}

GtkLabel *
td_subject_list_get_count (TdSubjectList *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT_LIST (self), NULL);
  return self->count_label;
}
