/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * What the Registrations page does with one change of the store: one registration's row
 * read again, added or removed in its place, so that a list of 20,000 keeps its scroll and
 * makes only that row; anything more, the year read again.
 */
#define G_LOG_DOMAIN "td-registrations-page"

#include "config.h"

#include "td-collate.h"
#include "td-registrations-page-private.h"
#include "td-slot-model.h"

/* The position of registration @id in @store, or -1. */
static int
find_registration (GListStore *store,
                   gint64      id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      TdRegistration *registration = g_list_model_get_item (G_LIST_MODEL (store), i);
      gboolean found = td_registration_get_id (registration) == id;

      g_object_unref (registration);
      if (found)
        return (int) i;
    }
  return -1;
}

/* One registration's row read again in place (its date, pledge or targets changed): the
 * list stays where it is. FALSE when it must be read whole. */
static gboolean
refresh_one (TdRegistrationsPage *self,
             gint64               id)
{
  TdStore *store = _td_registrations_page_get_store (self);
  g_autoptr(TdRegistration) fresh = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  int position;
  gboolean selected;

  if (store == NULL || self->targets == NULL ||
      (position = find_registration (self->registrations, id)) < 0)
    return FALSE;
  fresh = td_store_get_registration (store, id, NULL);
  targets = td_store_list_registration_targets (store, id, NULL);
  if (fresh == NULL || targets == NULL)
    return FALSE;

  if (targets->len > 0)
    g_hash_table_insert (self->targets, g_memdup2 (&id, sizeof id), g_ptr_array_ref (targets));
  else
    g_hash_table_remove (self->targets, &id);
  selected = gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION &&
             td_registration_get_id (td_slot_get_item (
               gtk_single_selection_get_selected_item (self->selection))) == id;
  g_list_store_splice (self->registrations, position, 1, (gpointer *) &fresh, 1);
  if (selected)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); i++)
        {
          g_autoptr(TdRegistration) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

          if (item == fresh)
            {
              gtk_single_selection_set_selected (self->selection, i);
              break;
            }
        }
    }
  /* The pledges signed are counted. */
  if (_td_registrations_page_read_titles (self, store, NULL))
    _td_registrations_page_fill_titles (self);
  _td_registrations_page_update_view (self);
  return TRUE;
}

/* Where a title comes in the list: the catalogue's order. */
static guint
title_rank (TdRegistrationsPage *self,
            TdRegistration      *registration)
{
  const char *code = td_registration_get_award_kind_code (registration);

  for (guint i = 0; i < self->titles->len; i++)
    if (g_str_equal (td_award_kind_get_code (g_ptr_array_index (self->titles, i)), code))
      return i;
  return G_MAXUINT;
}

/* The store's order: by title, then by name in Vietnamese order. */
static int
compare_registrations (TdRegistrationsPage *self,
                       TdRegistration      *a,
                       TdRegistration      *b)
{
  guint rank_a = title_rank (self, a);
  guint rank_b = title_rank (self, b);
  gint64 kind_a = td_registration_get_award_kind_id (a);
  gint64 kind_b = td_registration_get_award_kind_id (b);
  int order;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  if (kind_a != kind_b)
    return kind_a < kind_b ? -1 : 1;
  order = td_collate (td_registration_get_subject_name (a), td_registration_get_subject_name (b));
  if (order != 0)
    return order;
  return td_registration_get_id (a) < td_registration_get_id (b) ? -1
         : td_registration_get_id (a) > td_registration_get_id (b);
}

/* What goes with one registration added or removed: the counts, who has not registered. */
static void
after_one (TdRegistrationsPage *self,
           TdStore             *store)
{
  if (_td_registrations_page_read_titles (self, store, NULL))
    _td_registrations_page_fill_titles (self);
  if (self->show_unregistered)
    _td_registrations_page_load_unregistered (self);
  _td_registrations_page_update_view (self);
}

/* One registration added (or put back by Undo) into its place: the list stays where it is
 * and only its row is made. FALSE when the year must be read whole. */
static gboolean
add_one (TdRegistrationsPage *self,
         gint64               id)
{
  TdStore *store = _td_registrations_page_get_store (self);
  g_autoptr(TdRegistration) fresh = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  guint low = 0;
  guint high;

  if (store == NULL || self->targets == NULL || find_registration (self->registrations, id) >= 0)
    return FALSE;
  fresh = td_store_get_registration (store, id, NULL);
  targets = td_store_list_registration_targets (store, id, NULL);
  if (fresh == NULL || targets == NULL || td_registration_get_year (fresh) != self->year)
    return FALSE;

  /* The titles first: a title the list had none of yet has its rank. */
  _td_registrations_page_read_titles (self, store, NULL);
  high = g_list_model_get_n_items (G_LIST_MODEL (self->registrations));
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(TdRegistration) other = g_list_model_get_item (G_LIST_MODEL (self->registrations),
                                                               middle);

      if (compare_registrations (self, other, fresh) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  if (targets->len > 0)
    g_hash_table_insert (self->targets, g_memdup2 (&id, sizeof id), g_ptr_array_ref (targets));
  g_list_store_insert (self->registrations, low, fresh);
  after_one (self, store);
  return TRUE;
}

static gboolean
remove_one (TdRegistrationsPage *self,
            gint64               id)
{
  TdStore *store = _td_registrations_page_get_store (self);
  int position = find_registration (self->registrations, id);

  if (store == NULL || self->targets == NULL || position < 0)
    return FALSE;
  g_hash_table_remove (self->targets, &id);
  g_list_store_remove (self->registrations, position);
  after_one (self, store);
  return TRUE;
}

void
td_registrations_page_apply_change (TdRegistrationsPage *self,
                                    const TdChange      *change)
{
  g_return_if_fail (TD_IS_REGISTRATIONS_PAGE (self));
  g_return_if_fail (change != NULL);

  switch (change->what)
    {
    case TD_CHANGE_REGISTRATION:
      if (change->year != self->year && change->year != 0)
        break;
      /* One registration: its row alone, in place (20,000 are not read again for it). Many
       * at once, or a page not shown: the year again, now or when next shown. */
      if (!self->stale && change->id != 0 &&
          ((change->kind == TD_CHANGE_UPDATED && refresh_one (self, change->id)) ||
           (change->kind == TD_CHANGE_ADDED && add_one (self, change->id)) ||
           (change->kind == TD_CHANGE_REMOVED && remove_one (self, change->id))))
        break;
      _td_registrations_page_invalidate (self, FALSE);
      break;
    case TD_CHANGE_UNIT:
    case TD_CHANGE_PERSON:
    case TD_CHANGE_HOUSEHOLD:
      /* A name or where a subject belongs, as the rows show them; a subject added may be
       * one who has not registered. */
      _td_registrations_page_invalidate (self, FALSE);
      break;
    case TD_CHANGE_ALL:
      _td_registrations_page_invalidate (self, FALSE);
      break;
    case TD_CHANGE_OFFICE:
    case TD_CHANGE_PLAN:
    case TD_CHANGE_SECTION:
    case TD_CHANGE_TASK:
    default:
      break;
    }
}
