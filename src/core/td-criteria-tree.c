/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-criteria-tree"

#include "config.h"

#include "td-criteria-tree.h"

struct _TdCriteriaTree
{
  gatomicrefcount  ref_count;
  GArray          *nodes;    /* TdCriteriaNode */
  GArray          *leaves;   /* guint: the node of each leaf */
  GHashTable      *by_id;    /* gint64 id → node index + 1 */
  gint64           max_total;
  gint64           penalty_total;
  guint            n_mismatches;
};

static int
compare_siblings (gconstpointer a,
                  gconstpointer b)
{
  TdCriterion *ca = *(TdCriterion **) a;
  TdCriterion *cb = *(TdCriterion **) b;
  int pa = td_criterion_get_position (ca), pb = td_criterion_get_position (cb);
  gint64 ia = td_criterion_get_id (ca), ib = td_criterion_get_id (cb);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

/* Adds @criterion and its subtree in reading order; @children maps a parent id to its
 * children (GPtrArray, sorted). Returns the node's index. */
static guint
add_subtree (TdCriteriaTree *self,
             GHashTable     *children,
             TdCriterion    *criterion,
             int             parent,
             guint           depth,
             GHashTable     *visited)
{
  gint64 id = td_criterion_get_id (criterion);
  guint index = self->nodes->len;
  GPtrArray *kids = g_hash_table_lookup (children, &id);
  TdCriteriaNode node = { 0 };
  TdCriteriaNode *self_node;
  gint64 sum = 0;
  gboolean all_penalty = TRUE;
  guint n_children = 0;

  node.criterion = g_object_ref (criterion);
  node.id = id;
  node.parent = parent;
  node.depth = depth;
  node.leaf = -1;
  node.has_stated = td_criterion_get_has_max (criterion);
  node.stated = td_criterion_get_max_points (criterion);
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (self->by_id, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (index + 1));
  g_hash_table_add (visited, criterion);

  for (guint i = 0; kids != NULL && i < kids->len; i++)
    {
      TdCriterion *kid = g_ptr_array_index (kids, i);
      guint k;
      const TdCriteriaNode *kid_node;

      /* A loop of parents (only a hand-edited file holds one) is cut where it closes. */
      if (g_hash_table_contains (visited, kid))
        continue;
      k = add_subtree (self, children, kid, (int) index, depth + 1, visited);
      kid_node = &g_array_index (self->nodes, TdCriteriaNode, k);
      sum += kid_node->standard;
      all_penalty = all_penalty && kid_node->penalty;
      n_children++;
    }

  self_node = &g_array_index (self->nodes, TdCriteriaNode, index);
  self_node->end = self->nodes->len;
  self_node->n_children = n_children;
  if (n_children == 0)
    {
      self_node->leaf = (int) self->leaves->len;
      g_array_append_val (self->leaves, index);
      self_node->standard = self_node->has_stated ? self_node->stated : 0;
      self_node->penalty = td_criterion_get_penalty (criterion) || self_node->standard < 0;
      if (self_node->penalty)
        self->penalty_total += self_node->standard;
      else
        self->max_total += self_node->standard;
    }
  else
    {
      self_node->standard = sum;
      self_node->penalty = all_penalty;
      self_node->mismatch = self_node->has_stated && self_node->stated != sum;
      if (self_node->mismatch)
        self->n_mismatches++;
    }
  return index;
}

TdCriteriaTree *
td_criteria_tree_new (GPtrArray *criteria)
{
  TdCriteriaTree *self = g_new0 (TdCriteriaTree, 1);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) visited = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) tops = g_ptr_array_new ();

  g_return_val_if_fail (criteria != NULL, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->nodes = g_array_sized_new (FALSE, TRUE, sizeof (TdCriteriaNode), criteria->len);
  self->leaves = g_array_sized_new (FALSE, FALSE, sizeof (guint), criteria->len);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < criteria->len; i++)
    {
      TdCriterion *criterion = g_ptr_array_index (criteria, i);
      gint64 *id = g_new (gint64, 1);

      *id = td_criterion_get_id (criterion);
      g_hash_table_insert (ids, id, criterion);
    }
  for (guint i = 0; i < criteria->len; i++)
    {
      TdCriterion *criterion = g_ptr_array_index (criteria, i);
      gint64 parent = td_criterion_get_parent_id (criterion);
      GPtrArray *kids;

      if (parent == 0 || parent == td_criterion_get_id (criterion) ||
          !g_hash_table_contains (ids, &parent))
        {
          g_ptr_array_add (tops, criterion);
          continue;
        }
      kids = g_hash_table_lookup (children, &parent);
      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, g_memdup2 (&parent, sizeof parent), kids);
        }
      g_ptr_array_add (kids, criterion);
    }
  g_ptr_array_sort (tops, compare_siblings);
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, children);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_sort (value, compare_siblings);
  }
  for (guint i = 0; i < tops->len; i++)
    add_subtree (self, children, g_ptr_array_index (tops, i), -1, 0, visited);
  return self;
}

TdCriteriaTree *
td_criteria_tree_ref (TdCriteriaTree *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
td_criteria_tree_unref (TdCriteriaTree *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (guint i = 0; i < self->nodes->len; i++)
    g_object_unref (g_array_index (self->nodes, TdCriteriaNode, i).criterion);
  g_array_unref (self->nodes);
  g_array_unref (self->leaves);
  g_hash_table_unref (self->by_id);
  g_free (self);
}

guint
td_criteria_tree_get_n_nodes (TdCriteriaTree *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nodes->len;
}

const TdCriteriaNode *
td_criteria_tree_get_node (TdCriteriaTree *self,
                           guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return &g_array_index (self->nodes, TdCriteriaNode, index);
}

int
td_criteria_tree_find (TdCriteriaTree *self,
                       gint64          id)
{
  g_return_val_if_fail (self != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, &id)) - 1;
}

guint
td_criteria_tree_get_n_leaves (TdCriteriaTree *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->leaves->len;
}

guint
td_criteria_tree_get_leaf_node (TdCriteriaTree *self,
                                guint           leaf)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (leaf < self->leaves->len, 0);
  return g_array_index (self->leaves, guint, leaf);
}

gint64
td_criteria_tree_get_max_total (TdCriteriaTree *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->max_total;
}

gint64
td_criteria_tree_get_penalty_total (TdCriteriaTree *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->penalty_total;
}

guint
td_criteria_tree_count_mismatches (TdCriteriaTree *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_mismatches;
}
