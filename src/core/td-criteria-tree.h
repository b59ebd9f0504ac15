/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The criteria of a set as a tree, read in order: each node with its depth, its parent and
 * its subtree, its leaf column (the scored items, left to right on the score sheet) and its
 * standard. A heading's standard is the sum of its children's at every depth; the standard
 * it states itself, when it differs, is flagged as a mismatch, never silently used.
 */
#pragma once

#include "td-criterion.h"

G_BEGIN_DECLS

typedef struct {
  TdCriterion *criterion;  /* the row, for what is not here (content, target, note …) */
  gint64       id;
  int          parent;     /* index of the parent node, -1 at the top */
  guint        depth;      /* 0 at the top */
  guint        end;        /* the nodes after this one up to @end (excluded) are its subtree */
  guint        n_children;
  int          leaf;       /* its column among the leaves, -1 for a heading */
  gboolean     penalty;    /* a penalty item, or a heading of penalties only */
  /* The standard (hundredths): a leaf's own (0 when it states none); a heading's, the sum
   * of its children's. */
  gint64       standard;
  /* What the heading states (has_stated), and whether it differs from the sum. */
  gboolean     has_stated;
  gint64       stated;
  gboolean     mismatch;
} TdCriteriaNode;

typedef struct _TdCriteriaTree TdCriteriaTree;

/* The tree of @criteria (TdCriterion of one set, in any order): children by position, then
 * id. A criterion whose parent is not among them stands at the top. */
TdCriteriaTree       *td_criteria_tree_new          (GPtrArray            *criteria);
TdCriteriaTree       *td_criteria_tree_ref          (TdCriteriaTree       *self);
void                  td_criteria_tree_unref        (TdCriteriaTree       *self);

/* The nodes in reading order (pre-order): a heading before its children. */
guint                 td_criteria_tree_get_n_nodes  (TdCriteriaTree       *self);
const TdCriteriaNode *td_criteria_tree_get_node     (TdCriteriaTree       *self,
                                                     guint                 index);
/* The node of criterion @id, -1 when none. */
int                   td_criteria_tree_find         (TdCriteriaTree       *self,
                                                     gint64                id);
/* The scored items, left to right: leaf @leaf is node td_criteria_tree_get_leaf_node(). */
guint                 td_criteria_tree_get_n_leaves (TdCriteriaTree       *self);
guint                 td_criteria_tree_get_leaf_node (TdCriteriaTree      *self,
                                                     guint                 leaf);
/* The sum of the items that are not penalties: the most a unit can score (100 often). */
gint64                td_criteria_tree_get_max_total (TdCriteriaTree      *self);
/* The sum of the penalties' standards (negative, or 0): the most they take away. */
gint64                td_criteria_tree_get_penalty_total (TdCriteriaTree  *self);
/* How many headings state a standard other than their sum. */
guint                 td_criteria_tree_count_mismatches (TdCriteriaTree   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdCriteriaTree, td_criteria_tree_unref)

G_END_DECLS
