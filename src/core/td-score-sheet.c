/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-score-sheet"

#include "config.h"

#include <stdlib.h>

#include "td-score-sheet.h"

/* A side of a cell with no score. Points stay within ±TD_POINTS_LIMIT, far from it. */
#define NONE G_MININT32

typedef struct {
  gint64  id;
  char   *name;
  char   *kind;
} Unit;

struct _TdScoreSheet
{
  gatomicrefcount  ref_count;
  TdCriteriaTree  *tree;
  GArray          *thresholds;  /* TdThreshold */
  guint            n_items;
  guint            n_nodes;
  GArray          *units;       /* Unit */
  GHashTable      *unit_rows;   /* gint64 id → row + 1 */
  /* Per cell (unit × n_items + item). */
  GArray          *self_points;      /* gint32, NONE when not given */
  GArray          *verified_points;  /* gint32 */
  GArray          *verifiers;        /* gint64 */
  GPtrArray       *notes;            /* char *, NULL for none */
  GPtrArray       *targets;          /* char *, NULL for none */
  /* Per unit: (n_nodes + 1) × 3 totals, the node's then the whole set's, by side. */
  GArray          *totals;      /* gint64 */
  GArray          *n_missing;   /* guint */
  GArray          *n_verified;  /* guint */
  /* The ranking, made again when asked after a change. */
  gboolean         ranking_valid;
  GArray          *ranks;       /* guint */
  GArray          *classes;     /* int */
  GArray          *order;       /* guint */
};

static void
unit_clear (gpointer data)
{
  Unit *unit = data;

  g_free (unit->name);
  g_free (unit->kind);
}

TdScoreSheet *
td_score_sheet_new (TdCriteriaTree    *tree,
                    const TdThreshold *thresholds,
                    guint              n_thresholds)
{
  TdScoreSheet *self;

  g_return_val_if_fail (tree != NULL, NULL);
  g_return_val_if_fail (thresholds != NULL || n_thresholds == 0, NULL);

  self = g_new0 (TdScoreSheet, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->tree = td_criteria_tree_ref (tree);
  self->thresholds = td_thresholds_new ();
  for (guint i = 0; i < n_thresholds; i++)
    td_thresholds_add (self->thresholds, thresholds[i].label, thresholds[i].min_points);
  td_thresholds_sort (self->thresholds);
  self->n_items = td_criteria_tree_get_n_leaves (tree);
  self->n_nodes = td_criteria_tree_get_n_nodes (tree);
  self->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (self->units, unit_clear);
  self->unit_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->self_points = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->verified_points = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->verifiers = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->targets = g_ptr_array_new_with_free_func (g_free);
  self->totals = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->n_missing = g_array_new (FALSE, TRUE, sizeof (guint));
  self->n_verified = g_array_new (FALSE, TRUE, sizeof (guint));
  self->ranks = g_array_new (FALSE, TRUE, sizeof (guint));
  self->classes = g_array_new (FALSE, TRUE, sizeof (int));
  self->order = g_array_new (FALSE, TRUE, sizeof (guint));
  return self;
}

TdScoreSheet *
td_score_sheet_ref (TdScoreSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
td_score_sheet_unref (TdScoreSheet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  td_criteria_tree_unref (self->tree);
  g_array_unref (self->thresholds);
  g_array_unref (self->units);
  g_hash_table_unref (self->unit_rows);
  g_array_unref (self->self_points);
  g_array_unref (self->verified_points);
  g_array_unref (self->verifiers);
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->targets);
  g_array_unref (self->totals);
  g_array_unref (self->n_missing);
  g_array_unref (self->n_verified);
  g_array_unref (self->ranks);
  g_array_unref (self->classes);
  g_array_unref (self->order);
  g_free (self);
}

TdCriteriaTree *
td_score_sheet_get_tree (TdScoreSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->tree;
}

guint
td_score_sheet_get_n_thresholds (TdScoreSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->thresholds->len;
}

const TdThreshold *
td_score_sheet_get_threshold (TdScoreSheet *self,
                              guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->thresholds->len, NULL);
  return &g_array_index (self->thresholds, TdThreshold, index);
}

guint
td_score_sheet_get_n_items (TdScoreSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_items;
}

int
td_score_sheet_find_item (TdScoreSheet *self,
                          gint64        criterion_id)
{
  int node;

  g_return_val_if_fail (self != NULL, -1);
  node = td_criteria_tree_find (self->tree, criterion_id);
  return node < 0 ? -1 : td_criteria_tree_get_node (self->tree, (guint) node)->leaf;
}

/* Units -------------------------------------------------------------------------------------- */

static inline gboolean
is_penalty (TdScoreSheet *self,
            guint         item)
{
  guint node = td_criteria_tree_get_leaf_node (self->tree, item);
  return td_criteria_tree_get_node (self->tree, node)->penalty;
}

guint
td_score_sheet_add_unit (TdScoreSheet *self,
                         gint64        id,
                         const char   *name,
                         const char   *kind)
{
  Unit unit = { id, g_strdup (name != NULL ? name : ""), g_strdup (kind != NULL ? kind : "") };
  guint row;
  guint n_missing = 0;
  gint32 none = NONE;
  gint64 zero = 0;

  g_return_val_if_fail (self != NULL, 0);

  row = self->units->len;
  g_array_append_val (self->units, unit);
  g_hash_table_insert (self->unit_rows, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (row + 1));
  for (guint i = 0; i < self->n_items; i++)
    {
      g_array_append_val (self->self_points, none);
      g_array_append_val (self->verified_points, none);
      g_array_append_val (self->verifiers, zero);
      g_ptr_array_add (self->notes, NULL);
      g_ptr_array_add (self->targets, NULL);
      n_missing += is_penalty (self, i) ? 0 : 1;
    }
  g_array_set_size (self->totals, self->totals->len + (self->n_nodes + 1) * 3);
  g_array_append_val (self->n_missing, n_missing);
  g_array_set_size (self->n_verified, self->units->len);
  g_array_set_size (self->ranks, self->units->len);
  g_array_set_size (self->classes, self->units->len);
  g_array_set_size (self->order, self->units->len);
  self->ranking_valid = FALSE;
  return row;
}

guint
td_score_sheet_get_n_units (TdScoreSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->units->len;
}

#define UNIT(self, row) (&g_array_index ((self)->units, Unit, (row)))

gint64
td_score_sheet_get_unit_id (TdScoreSheet *self,
                            guint         unit)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, 0);
  return UNIT (self, unit)->id;
}

const char *
td_score_sheet_get_unit_name (TdScoreSheet *self,
                              guint         unit)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, NULL);
  return UNIT (self, unit)->name;
}

const char *
td_score_sheet_get_unit_kind (TdScoreSheet *self,
                              guint         unit)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, NULL);
  return UNIT (self, unit)->kind;
}

int
td_score_sheet_find_unit (TdScoreSheet *self,
                          gint64        id)
{
  g_return_val_if_fail (self != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_rows, &id)) - 1;
}

/* Cells ---------------------------------------------------------------------------------------- */

#define CELL(self, unit, item) ((gsize) (unit) * (self)->n_items + (item))
#define CHECK_CELL(self, unit, item, value) \
  g_return_val_if_fail ((self) != NULL && (unit) < (self)->units->len && \
                        (item) < (self)->n_items, value)

static inline gint64 *
totals_of (TdScoreSheet *self,
           guint         unit,
           int           node)
{
  guint slot = node < 0 ? self->n_nodes : (guint) node;

  return &g_array_index (self->totals, gint64, ((gsize) unit * (self->n_nodes + 1) + slot) * 3);
}

/* Adds @delta (by side) to the item's node, its headings and the whole set. */
static void
add_to_totals (TdScoreSheet *self,
               guint         unit,
               guint         item,
               const gint64  delta[3])
{
  int node = (int) td_criteria_tree_get_leaf_node (self->tree, item);

  while (node >= 0)
    {
      gint64 *totals = totals_of (self, unit, node);

      for (int side = 0; side < 3; side++)
        totals[side] += delta[side];
      node = td_criteria_tree_get_node (self->tree, (guint) node)->parent;
    }
  {
    gint64 *totals = totals_of (self, unit, -1);

    for (int side = 0; side < 3; side++)
      totals[side] += delta[side];
  }
}

void
td_score_sheet_set_score (TdScoreSheet *self,
                          guint         unit,
                          guint         item,
                          TdScoreSide   side,
                          gboolean      has,
                          gint64        points)
{
  gsize cell;
  gint32 *self_p, *verified_p;
  gint32 old_self, old_verified;
  gint64 old_final, new_final;
  gboolean was_missing, is_missing;
  gint64 delta[3];

  g_return_if_fail (self != NULL && unit < self->units->len && item < self->n_items);
  g_return_if_fail (side == TD_SCORE_SELF || side == TD_SCORE_VERIFIED);
  g_return_if_fail (!has || ABS (points) <= G_MAXINT32 - 1);

  cell = CELL (self, unit, item);
  self_p = &g_array_index (self->self_points, gint32, cell);
  verified_p = &g_array_index (self->verified_points, gint32, cell);
  old_self = *self_p;
  old_verified = *verified_p;
  old_final = old_verified != NONE ? old_verified : old_self != NONE ? old_self : 0;
  was_missing = old_self == NONE && old_verified == NONE;

  if (side == TD_SCORE_SELF)
    *self_p = has ? (gint32) points : NONE;
  else
    *verified_p = has ? (gint32) points : NONE;

  new_final = *verified_p != NONE ? *verified_p : *self_p != NONE ? *self_p : 0;
  is_missing = *self_p == NONE && *verified_p == NONE;
  delta[TD_SCORE_SELF] = (*self_p != NONE ? *self_p : 0) - (old_self != NONE ? old_self : 0);
  delta[TD_SCORE_VERIFIED] = (*verified_p != NONE ? *verified_p : 0) -
                             (old_verified != NONE ? old_verified : 0);
  delta[TD_SCORE_FINAL] = new_final - old_final;
  add_to_totals (self, unit, item, delta);

  if (was_missing != is_missing && !is_penalty (self, item))
    g_array_index (self->n_missing, guint, unit) += is_missing ? 1 : -1;
  if ((old_verified != NONE) != (*verified_p != NONE))
    g_array_index (self->n_verified, guint, unit) += *verified_p != NONE ? 1 : -1;
  self->ranking_valid = FALSE;
}

gboolean
td_score_sheet_get_score (TdScoreSheet *self,
                          guint         unit,
                          guint         item,
                          TdScoreSide   side,
                          gint64       *points)
{
  gsize cell;
  gint32 value;

  CHECK_CELL (self, unit, item, FALSE);

  cell = CELL (self, unit, item);
  value = side == TD_SCORE_SELF ? g_array_index (self->self_points, gint32, cell)
                                : g_array_index (self->verified_points, gint32, cell);
  if (side == TD_SCORE_FINAL && value == NONE)
    value = g_array_index (self->self_points, gint32, cell);
  if (points != NULL)
    *points = value != NONE ? value : 0;
  return value != NONE;
}

gboolean
td_score_sheet_get_difference (TdScoreSheet *self,
                               guint         unit,
                               guint         item,
                               gint64       *difference)
{
  gint64 self_points, verified;

  CHECK_CELL (self, unit, item, FALSE);

  if (!td_score_sheet_get_score (self, unit, item, TD_SCORE_SELF, &self_points) ||
      !td_score_sheet_get_score (self, unit, item, TD_SCORE_VERIFIED, &verified))
    return FALSE;
  if (difference != NULL)
    *difference = verified - self_points;
  return TRUE;
}

static void
set_text (GPtrArray  *texts,
          gsize       cell,
          const char *text)
{
  g_free (g_ptr_array_index (texts, cell));
  g_ptr_array_index (texts, cell) = text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

void
td_score_sheet_set_note (TdScoreSheet *self,
                         guint         unit,
                         guint         item,
                         const char   *note)
{
  g_return_if_fail (self != NULL && unit < self->units->len && item < self->n_items);
  set_text (self->notes, CELL (self, unit, item), note);
}

const char *
td_score_sheet_get_note (TdScoreSheet *self,
                         guint         unit,
                         guint         item)
{
  const char *note;

  CHECK_CELL (self, unit, item, NULL);
  note = g_ptr_array_index (self->notes, CELL (self, unit, item));
  return note != NULL ? note : "";
}

void
td_score_sheet_set_verifier (TdScoreSheet *self,
                             guint         unit,
                             guint         item,
                             gint64        verifier_id)
{
  g_return_if_fail (self != NULL && unit < self->units->len && item < self->n_items);
  g_array_index (self->verifiers, gint64, CELL (self, unit, item)) = verifier_id;
}

gint64
td_score_sheet_get_verifier (TdScoreSheet *self,
                             guint         unit,
                             guint         item)
{
  gint64 verifier;
  const TdCriteriaNode *node;

  CHECK_CELL (self, unit, item, 0);
  verifier = g_array_index (self->verifiers, gint64, CELL (self, unit, item));
  if (verifier != 0)
    return verifier;
  node = td_criteria_tree_get_node (self->tree, td_criteria_tree_get_leaf_node (self->tree, item));
  return td_criterion_get_verifier_id (node->criterion);
}

void
td_score_sheet_set_target (TdScoreSheet *self,
                           guint         unit,
                           guint         item,
                           const char   *target)
{
  g_return_if_fail (self != NULL && unit < self->units->len && item < self->n_items);
  set_text (self->targets, CELL (self, unit, item), target);
}

const char *
td_score_sheet_get_target (TdScoreSheet *self,
                           guint         unit,
                           guint         item)
{
  const char *target;

  CHECK_CELL (self, unit, item, NULL);
  target = g_ptr_array_index (self->targets, CELL (self, unit, item));
  return target != NULL ? target : "";
}

/* Totals and ranking ------------------------------------------------------------------------- */

gint64
td_score_sheet_get_total (TdScoreSheet *self,
                          guint         unit,
                          int           node,
                          TdScoreSide   side)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, 0);
  g_return_val_if_fail (node < (int) self->n_nodes, 0);
  g_return_val_if_fail (side <= TD_SCORE_FINAL, 0);
  return totals_of (self, unit, node)[side];
}

guint
td_score_sheet_get_n_missing (TdScoreSheet *self,
                              guint         unit)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, 0);
  return g_array_index (self->n_missing, guint, unit);
}

gboolean
td_score_sheet_is_complete (TdScoreSheet *self,
                            guint         unit)
{
  return td_score_sheet_get_n_missing (self, unit) == 0;
}

gboolean
td_score_sheet_is_verified (TdScoreSheet *self,
                            guint         unit)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, FALSE);
  return g_array_index (self->n_verified, guint, unit) > 0;
}

/* Complete units first, highest final total first; then the sheet's order. */
static int
compare_ranked (const void *a,
                const void *b,
                void       *data)
{
  TdScoreSheet *self = data;
  guint ua = *(const guint *) a, ub = *(const guint *) b;
  gboolean ca = g_array_index (self->n_missing, guint, ua) == 0;
  gboolean cb = g_array_index (self->n_missing, guint, ub) == 0;

  if (ca != cb)
    return ca ? -1 : 1;
  if (ca)
    {
      gint64 ta = totals_of (self, ua, -1)[TD_SCORE_FINAL];
      gint64 tb = totals_of (self, ub, -1)[TD_SCORE_FINAL];

      if (ta != tb)
        return ta > tb ? -1 : 1;
    }
  return (ua > ub) - (ua < ub);
}

static void
ensure_ranking (TdScoreSheet *self)
{
  guint n = self->units->len;
  guint *order = (guint *) self->order->data;
  const TdThreshold *thresholds = (const TdThreshold *) self->thresholds->data;

  if (self->ranking_valid)
    return;
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), compare_ranked, self);

  for (guint i = 0; i < n; i++)
    {
      guint unit = order[i];
      gint64 total = totals_of (self, unit, -1)[TD_SCORE_FINAL];
      guint *rank = &g_array_index (self->ranks, guint, unit);
      int *class = &g_array_index (self->classes, int, unit);

      if (g_array_index (self->n_missing, guint, unit) != 0)
        {
          *rank = 0;
          *class = -1;
          continue;
        }
      /* The same total as the one before: the same rank (1, 2, 2, 4). */
      if (i > 0 && totals_of (self, order[i - 1], -1)[TD_SCORE_FINAL] == total)
        *rank = g_array_index (self->ranks, guint, order[i - 1]);
      else
        *rank = i + 1;
      *class = td_thresholds_classify (thresholds, self->thresholds->len, total);
    }
  self->ranking_valid = TRUE;
}

guint
td_score_sheet_get_rank (TdScoreSheet *self,
                         guint         unit)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, 0);
  ensure_ranking (self);
  return g_array_index (self->ranks, guint, unit);
}

int
td_score_sheet_get_class (TdScoreSheet *self,
                          guint         unit)
{
  g_return_val_if_fail (self != NULL && unit < self->units->len, -1);
  ensure_ranking (self);
  return g_array_index (self->classes, int, unit);
}

const char *
td_score_sheet_get_class_label (TdScoreSheet *self,
                                guint         unit)
{
  int class = td_score_sheet_get_class (self, unit);

  return class < 0 ? NULL : g_array_index (self->thresholds, TdThreshold, class).label;
}

const guint *
td_score_sheet_get_ranking (TdScoreSheet *self,
                            guint        *n_units)
{
  g_return_val_if_fail (self != NULL, NULL);
  ensure_ranking (self);
  if (n_units != NULL)
    *n_units = self->units->len;
  return (const guint *) self->order->data;
}
