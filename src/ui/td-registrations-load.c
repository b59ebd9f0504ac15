/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * How the Registrations page reads its year. 20,000 registrations, their targets and the
 * counts by title take half a second to read: a worker thread reads them on a read-only
 * connection of its own to the same file while the page goes on drawing (the first time
 * with "Reading…"), folds each name for the search and makes its sort key, and the rows
 * go into the list with one splice when they come. A result that is no longer wanted (the
 * year or the file changed, the store changed again, a newer reading started) is dropped.
 * Whatever needs the rows at once reads them on the window's connection instead.
 */
#define G_LOG_DOMAIN "td-registrations-page"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "td-collate.h"
#include "td-fold.h"
#include "td-registrations-page-private.h"
#include "td-toast.h"

/* Keys ------------------------------------------------------------------------------------- */

static GQuark
search_key_quark (void)
{
  return g_quark_from_static_string ("td-registration-search-key");
}

static GQuark
sort_key_quark (void)
{
  return g_quark_from_static_string ("td-registration-sort-key");
}

/* The subject's name and where it belongs, folded once a row and kept with it. */
const char *
_td_registration_search_key (TdRegistration *registration)
{
  const char *key = g_object_get_qdata (G_OBJECT (registration), search_key_quark ());

  if (key == NULL)
    {
      g_autofree char *text = g_strconcat (td_registration_get_subject_name (registration), "\n",
                                           td_registration_get_parent_name (registration), NULL);
      char *folded = td_fold (text);

      g_object_set_qdata_full (G_OBJECT (registration), search_key_quark (), folded, g_free);
      key = folded;
    }
  return key;
}

const char *
_td_registration_sort_key (TdRegistration *registration)
{
  const char *key = g_object_get_qdata (G_OBJECT (registration), sort_key_quark ());

  if (key == NULL)
    {
      char *made = td_collate_key (td_registration_get_subject_name (registration));

      g_object_set_qdata_full (G_OBJECT (registration), sort_key_quark (), made, g_free);
      key = made;
    }
  return key;
}

/* What is read ----------------------------------------------------------------------------- */

/* A year as the store has it: the rows, their targets, the titles and their counts. */
typedef struct {
  GListModel *registrations;
  GHashTable *targets;
  GListModel *kinds;
  GArray     *counts;
} YearRead;

static void
year_read_free (YearRead *read)
{
  g_clear_object (&read->registrations);
  g_clear_pointer (&read->targets, g_hash_table_unref);
  g_clear_object (&read->kinds);
  g_clear_pointer (&read->counts, g_array_unref);
  g_free (read);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YearRead, year_read_free)

/* A row with its title's place and its name's key, to be sorted. */
typedef struct {
  TdRegistration *registration;
  guint           title;
  const char     *key;
} Sortable;

static int
compare_sortable (const void *a,
                  const void *b)
{
  const Sortable *x = a;
  const Sortable *y = b;
  gint64 i = td_registration_get_id (x->registration);
  gint64 j = td_registration_get_id (y->registration);
  int order;

  if (x->title != y->title)
    return x->title < y->title ? -1 : 1;
  order = strcmp (x->key, y->key);
  return order != 0 ? order : (i > j) - (i < j);
}

/* The year's rows by title, in the catalogue's order, then by name, in Vietnamese order:
 * the store gives each title's rows unsorted and the names are put in order here, by the
 * keys the page sorts by anyway (td-collate.h), each name folded once. */
static GListModel *
list_by_name (TdStore  *store,
              int       year,
              GError  **error)
{
  g_autoptr(GListModel) read = td_store_list_registrations_by_title (store, year, error);
  g_autoptr(GListStore) sorted = NULL;
  g_autofree Sortable *rows = NULL;
  g_autofree gpointer *items = NULL;
  guint n;

  if (read == NULL)
    return NULL;
  n = g_list_model_get_n_items (read);
  rows = g_new (Sortable, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      TdRegistration *registration = g_list_model_get_item (read, i);

      /* The titles come one after the other: a new one, one place further. */
      rows[i].registration = registration;
      rows[i].title = i == 0 ? 0 : rows[i - 1].title +
                      (td_registration_get_award_kind_id (registration) !=
                       td_registration_get_award_kind_id (rows[i - 1].registration));
      rows[i].key = _td_registration_sort_key (registration);
    }
  qsort (rows, n, sizeof (Sortable), compare_sortable);
  items = g_new (gpointer, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    items[i] = rows[i].registration;
  sorted = g_list_store_new (TD_TYPE_REGISTRATION);
  g_list_store_splice (sorted, 0, 0, items, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
  return G_LIST_MODEL (g_steal_pointer (&sorted));
}

static YearRead *
read_year (TdStore  *store,
           int       year,
           GError  **error)
{
  g_autoptr(YearRead) read = g_new0 (YearRead, 1);

  if ((read->registrations = list_by_name (store, year, error)) == NULL ||
      (read->targets = td_store_dup_year_targets (store, year, error)) == NULL ||
      (read->kinds = td_store_list_award_kinds (store, year, NULL, error)) == NULL ||
      (read->counts = td_store_count_registrations (store, year, error)) == NULL)
    return NULL;
  return g_steal_pointer (&read);
}

/* The titles of the year, one a code (not the commune's own, nobody's to register), and the
 * counts of each. */
static void
take_titles (TdRegistrationsPage *self,
             GListModel          *kinds,
             GArray              *counts)
{
  g_ptr_array_set_size (self->titles, 0);
  g_hash_table_remove_all (self->counts);
  g_hash_table_remove_all (self->pledges);
  for (guint i = 0; kinds != NULL && i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, i);

      if (!g_str_equal (td_award_kind_get_subject_kind (kind), "commune"))
        g_ptr_array_add (self->titles, g_steal_pointer (&kind));
    }
  /* A title whose rules changed during the year has two rows: one count for the code. */
  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      TdRegistrationCount *count = &g_array_index (counts, TdRegistrationCount, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, count->code));
      guint pledged = GPOINTER_TO_UINT (g_hash_table_lookup (self->pledges, count->code));

      g_hash_table_insert (self->counts, g_strdup (count->code),
                           GUINT_TO_POINTER (n + count->n_registered));
      g_hash_table_insert (self->pledges, g_strdup (count->code),
                           GUINT_TO_POINTER (pledged + count->n_pledged));
    }
}

gboolean
_td_registrations_page_read_titles (TdRegistrationsPage  *self,
                                    TdStore              *store,
                                    GError              **error)
{
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, self->year, NULL, error);
  g_autoptr(GArray) counts = NULL;

  if (kinds == NULL)
    return FALSE;
  counts = td_store_count_registrations (store, self->year, error);
  if (counts == NULL)
    return FALSE;
  take_titles (self, kinds, counts);
  return TRUE;
}

/* Shows @read (NULL: nothing, as for no file or no year) in place of the rows shown. */
static void
show_loaded (TdRegistrationsPage *self,
             YearRead            *read)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  double scrolled_to = gtk_adjustment_get_value (vadjustment);

  self->stale = FALSE;
  self->reading = FALSE;
  take_titles (self, read != NULL ? read->kinds : NULL, read != NULL ? read->counts : NULL);
  g_clear_pointer (&self->targets, g_hash_table_unref);
  self->targets = read != NULL ? g_steal_pointer (&read->targets) : NULL;
  /* The rows read become the page's, as they are: one items-changed for the whole year,
   * and nothing copied. */
  g_clear_object (&self->registrations);
  self->registrations = read != NULL ? G_LIST_STORE (g_steal_pointer (&read->registrations))
                                     : g_list_store_new (TD_TYPE_REGISTRATION);
  if (!self->show_unregistered)
    gtk_sort_list_model_set_model (self->sorted, G_LIST_MODEL (self->registrations));
  _td_registrations_page_fill_titles (self);
  if (self->title_code == NULL && self->show_unregistered)
    gtk_toggle_button_set_active (self->unregistered_button, FALSE);
  _td_registrations_page_load_unregistered (self);
  _td_registrations_page_update_view (self);
  /* Where the list was: a change to one row does not send the reader back to the top. */
  gtk_adjustment_set_value (vadjustment, scrolled_to);
}

static void
cancel_loading (TdRegistrationsPage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
}

/* Reads the year now, on the window's connection, which says what went wrong in its words. */
static void
load_now (TdRegistrationsPage *self)
{
  TdStore *store = _td_registrations_page_get_store (self);
  g_autoptr(YearRead) read = NULL;
  g_autoptr(GError) error = NULL;

  cancel_loading (self);
  if (store != NULL && self->year != 0)
    {
      read = read_year (store, self->year, &error);
      if (read == NULL)
        td_toast_show_error (GTK_WIDGET (self), error);
    }
  show_loaded (self, read);
}

void
_td_registrations_page_ensure_loaded (TdRegistrationsPage *self)
{
  if (self->stale)
    load_now (self);
}

typedef struct {
  char *path;
  int   year;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->path);
  g_free (job);
}

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
  YearRead *read = NULL;
  guint n;

  if (reader != NULL)
    read = read_year (reader, job->year, &error);
  if (read == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The search's keys here, not on the main loop: the first keystroke would make them all.
   * (The sort keys were made as the names were put in order.) */
  n = g_list_model_get_n_items (read->registrations);
  for (guint i = 0; i < n && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(TdRegistration) registration = g_list_model_get_item (read->registrations, i);

      _td_registration_search_key (registration);
    }
  g_task_return_pointer (task, read, (GDestroyNotify) year_read_free);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TdRegistrationsPage) self = user_data;
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  TdStore *store = _td_registrations_page_get_store (self);
  g_autoptr(YearRead) read = NULL;
  g_autoptr(GError) error = NULL;

  read = g_task_propagate_pointer (G_TASK (result), &error);
  /* Another reading was started since, or none is wanted: this one is out of date. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (G_TASK (result)) != self->load_cancellable)
    return;
  g_clear_object (&self->load_cancellable);
  if (read == NULL || store == NULL || job->year != self->year ||
      g_strcmp0 (job->path, td_store_get_path (store)) != 0)
    load_now (self);
  else
    show_loaded (self, read);
}

void
_td_registrations_page_start_loading (TdRegistrationsPage *self)
{
  TdStore *store = _td_registrations_page_get_store (self);
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  if (self->load_cancellable != NULL)
    return;
  if (store == NULL || self->year == 0 || td_store_get_path (store) == NULL)
    {
      load_now (self);
      return;
    }
  job = g_new0 (LoadJob, 1);
  job->path = g_strdup (td_store_get_path (store));
  job->year = self->year;
  self->load_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->load_cancellable, on_loaded_cb, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
  _td_registrations_page_update_view (self);
}

void
_td_registrations_page_invalidate (TdRegistrationsPage *self,
                                   gboolean             anew)
{
  self->stale = TRUE;
  /* A reading under way may have missed the change: read again. */
  cancel_loading (self);
  if (anew && !self->reading)
    {
      /* Last year's rows are not this year's: none until this year's come. */
      self->reading = TRUE;
      g_list_store_remove_all (self->registrations);
      _td_registrations_page_update_view (self);
    }
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _td_registrations_page_start_loading (self);
}

/* Public ----------------------------------------------------------------------------------- */

gboolean
td_registrations_page_is_loading (TdRegistrationsPage *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATIONS_PAGE (self), FALSE);
  return self->load_cancellable != NULL;
}
