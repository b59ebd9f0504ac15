/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-scores-snapshot"

#include "config.h"

#include "td-scores-snapshot.h"
#include "td-store-office.h"
#include "td-store-scoring.h"

TdScoresSnapshot *
td_scores_snapshot_new (int       year,
                        TdOffice *office)
{
  TdScoresSnapshot *self;

  g_return_val_if_fail (office == NULL || TD_IS_OFFICE (office), NULL);

  self = g_new0 (TdScoresSnapshot, 1);
  self->year = year;
  self->office = office != NULL ? g_object_ref (office) : td_office_new ();
  self->sets = g_ptr_array_new_with_free_func (g_object_unref);
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) td_score_sheet_unref);
  self->date = g_strdup ("");
  return self;
}

void
td_scores_snapshot_add (TdScoresSnapshot *self,
                        TdCriteriaSet    *set,
                        TdScoreSheet     *sheet)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (TD_IS_CRITERIA_SET (set) && sheet != NULL);

  g_ptr_array_add (self->sets, g_object_ref (set));
  g_ptr_array_add (self->sheets, td_score_sheet_ref (sheet));
}

TdScoresSnapshot *
td_scores_snapshot_load (TdStore  *store,
                         int       year,
                         GError  **error)
{
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(TdScoresSnapshot) self = NULL;
  guint n;

  g_return_val_if_fail (store != NULL, NULL);

  if ((office = td_store_get_office (store, error)) == NULL ||
      (sets = td_store_list_criteria_sets (store, year, error)) == NULL)
    return NULL;

  self = td_scores_snapshot_new (year, office);
  n = g_list_model_get_n_items (sets);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdCriteriaSet) set = g_list_model_get_item (sets, i);
      g_autoptr(TdScoreSheet) sheet = td_store_read_score_sheet (store,
                                                                 td_criteria_set_get_id (set),
                                                                 error);

      if (sheet == NULL)
        return NULL;
      td_scores_snapshot_add (self, set, sheet);
    }
  return g_steal_pointer (&self);
}

void
td_scores_snapshot_free (TdScoresSnapshot *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->office);
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_free (self->date);
  g_free (self);
}

gboolean
td_scores_snapshot_find_unit (const TdScoresSnapshot *self,
                              gint64                  unit_id,
                              guint                  *sheet,
                              guint                  *row)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint s = 0; s < self->sheets->len; s++)
    {
      int found = td_score_sheet_find_unit (g_ptr_array_index (self->sheets, s), unit_id);

      if (found >= 0)
        {
          if (sheet != NULL)
            *sheet = s;
          if (row != NULL)
            *row = (guint) found;
          return TRUE;
        }
    }
  return FALSE;
}
