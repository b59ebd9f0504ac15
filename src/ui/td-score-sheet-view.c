/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score sheet with the pane of the cell chosen. The sheet is read once (a few queries,
 * some 30 ms for 200 units × 150 items), then a score changed anywhere reads again only its
 * unit's row: the totals, rank and class follow from the sheet's own arithmetic.
 */
#define G_LOG_DOMAIN "td-score-sheet-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "td-score-sheet-view.h"
#include "td-store-subjects.h"
#include "td-unit.h"
#include "td-wrap-layout.h"

struct _TdScoreSheetView
{
  GtkWidget     parent_instance;

  TdStore      *store;
  int           year;
  gint64        set_id;
  TdScoreSheet *sheet;
  guint         reload_idle;
  gboolean      filling;       /* the pane is being filled: its fields save nothing */

  GtkWidget    *stack;
  /* The pane beside the sheet; over it, shown on demand, in a narrow window. */
  AdwFlap      *flap;
  GtkWidget    *message;
  TdScoreGrid  *grid;
  GtkWidget    *self_button;
  GtkWidget    *verified_button;

  GtkWidget    *unit_title;
  GtkWidget    *item_title;
  GtkWidget    *standard;
  GtkWidget    *target;
  GtkWidget    *self_value;
  GtkWidget    *verified_value;
  GtkWidget    *difference;
  GtkWidget    *verifier;      /* GtkDropDown: "Not named", then the units */
  GArray       *verifier_ids;  /* gint64, as the drop-down lists them */
  GtkWidget    *note;
  GtkWidget    *pane_error;
  GtkWidget    *total_self;
  GtkWidget    *total_verified;
  GtkWidget    *total_final;
  GtkWidget    *rank;
  GtkWidget    *class_label;
};

G_DEFINE_FINAL_TYPE (TdScoreSheetView, td_score_sheet_view, GTK_TYPE_WIDGET)

/* The cell chosen ------------------------------------------------------------------------------ */

static gboolean
cursor_cell (TdScoreSheetView      *self,
             guint                 *unit,
             guint                 *item,
             const TdCriteriaNode **node)
{
  TdCriteriaTree *tree;

  if (self->sheet == NULL || !td_score_grid_get_cursor (self->grid, unit, item))
    return FALSE;
  tree = td_score_sheet_get_tree (self->sheet);
  *node = td_criteria_tree_get_node (tree, td_criteria_tree_get_leaf_node (tree, *item));
  return TRUE;
}

static void
set_points (GtkWidget *label,
            gboolean   has,
            gint64     points)
{
  g_autofree char *text = has ? td_score_grid_format_points (points) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "—");
}

static void
select_verifier (TdScoreSheetView *self,
                 gint64            id)
{
  guint position = 0;

  for (guint i = 0; i < self->verifier_ids->len; i++)
    if (g_array_index (self->verifier_ids, gint64, i) == id)
      position = i;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->verifier), position);
}

static void
fill_pane (TdScoreSheetView *self)
{
  const TdCriteriaNode *node;
  g_autofree char *standard = NULL;
  g_autofree char *text = NULL;
  const char *target;
  const char *label;
  gint64 points, difference;
  gboolean has;
  guint unit, item, rank, missing;

  self->filling = TRUE;
  if (!cursor_cell (self, &unit, &item, &node))
    {
      gtk_label_set_text (GTK_LABEL (self->unit_title), "");
      gtk_label_set_text (GTK_LABEL (self->item_title), "");
      gtk_widget_set_sensitive (self->note, FALSE);
      gtk_widget_set_sensitive (self->verifier, FALSE);
      self->filling = FALSE;
      return;
    }
  gtk_widget_set_sensitive (self->note, TRUE);
  gtk_widget_set_sensitive (self->verifier, TRUE);
  gtk_label_set_text (GTK_LABEL (self->unit_title), td_score_sheet_get_unit_name (self->sheet, unit));
  text = g_strdup_printf ("%s %s", td_criterion_get_code (node->criterion),
                          td_criterion_get_name (node->criterion));
  gtk_label_set_text (GTK_LABEL (self->item_title), text);
  g_clear_pointer (&text, g_free);
  standard = td_score_grid_format_points (node->standard);
  if (node->penalty)
    /* Translators: %s is the most points a penalty item takes away, e.g. "-2" */
    text = g_strdup_printf (_("Penalty: from %s to 0 points"), standard);
  else
    /* Translators: %s is the most points an item gives, e.g. "2,5" */
    text = g_strdup_printf (_("Standard: 0 to %s points"), standard);
  gtk_label_set_text (GTK_LABEL (self->standard), text);
  g_clear_pointer (&text, g_free);

  target = td_score_sheet_get_target (self->sheet, unit, item);
  gtk_widget_set_visible (self->target, target[0] != '\0');
  /* Translators: what the unit registered to reach on this item (chỉ tiêu đăng ký) */
  text = g_strdup_printf (_("Registered target: %s"), target);
  gtk_label_set_text (GTK_LABEL (self->target), text);
  g_clear_pointer (&text, g_free);

  has = td_score_sheet_get_score (self->sheet, unit, item, TD_SCORE_SELF, &points);
  set_points (self->self_value, has, points);
  has = td_score_sheet_get_score (self->sheet, unit, item, TD_SCORE_VERIFIED, &points);
  set_points (self->verified_value, has, points);
  has = td_score_sheet_get_difference (self->sheet, unit, item, &difference);
  if (has && difference != 0)
    {
      g_autofree char *value = td_score_grid_format_points (difference);

      text = difference > 0 ? g_strdup_printf ("+%s", value) : g_steal_pointer (&value);
      gtk_label_set_text (GTK_LABEL (self->difference), text);
      gtk_widget_add_css_class (self->difference, "warning");
      g_clear_pointer (&text, g_free);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->difference), has ? C_("difference", "None") : "—");
      gtk_widget_remove_css_class (self->difference, "warning");
    }
  select_verifier (self, td_score_sheet_get_verifier (self->sheet, unit, item));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note)),
                 td_score_sheet_get_note (self->sheet, unit, item)) != 0 &&
      !gtk_widget_has_focus (gtk_widget_get_first_child (self->note)))
    gtk_editable_set_text (GTK_EDITABLE (self->note), td_score_sheet_get_note (self->sheet, unit, item));

  set_points (self->total_self, TRUE, td_score_sheet_get_total (self->sheet, unit, -1, TD_SCORE_SELF));
  set_points (self->total_verified, td_score_sheet_is_verified (self->sheet, unit),
              td_score_sheet_get_total (self->sheet, unit, -1, TD_SCORE_VERIFIED));
  set_points (self->total_final, TRUE, td_score_sheet_get_total (self->sheet, unit, -1, TD_SCORE_FINAL));
  rank = td_score_sheet_get_rank (self->sheet, unit);
  missing = td_score_sheet_get_n_missing (self->sheet, unit);
  if (rank > 0)
    {
      /* Translators: a unit's rank among the units of a criteria set: "2 of 15" */
      text = g_strdup_printf (_("%u of %u"), rank, td_score_sheet_get_n_units (self->sheet));
      gtk_label_set_text (GTK_LABEL (self->rank), text);
      g_clear_pointer (&text, g_free);
      label = td_score_sheet_get_class_label (self->sheet, unit);
      gtk_label_set_text (GTK_LABEL (self->class_label), label != NULL ? label : "—");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->rank), "—");
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not fully scored: %u item missing",
                                           "Not fully scored: %u items missing", missing),
                              missing);
      gtk_label_set_text (GTK_LABEL (self->class_label), text);
    }
  self->filling = FALSE;
}

/* Saving ---------------------------------------------------------------------------------------- */

static void
show_pane_error (TdScoreSheetView *self,
                 const GError     *error)
{
  gtk_label_set_text (GTK_LABEL (self->pane_error), error != NULL ? error->message : "");
  gtk_widget_set_visible (self->pane_error, error != NULL);
}

static gboolean
save_cb (const TdScoreGridEdit  *edits,
         guint                   n_edits,
         TdScoreSide             side,
         guint                  *failed,
         GError                **error,
         gpointer                user_data)
{
  TdScoreSheetView *self = user_data;
  TdCriteriaTree *tree = td_score_sheet_get_tree (self->sheet);
  g_autofree TdScoreInput *inputs = g_new0 (TdScoreInput, n_edits);
  const char *fields[] = { side == TD_SCORE_SELF ? "self" : "verified", NULL };
  /* The sheet is read again as the store says what changed: keep this one meanwhile. */
  g_autoptr(TdScoreSheet) sheet = td_score_sheet_ref (self->sheet);

  for (guint i = 0; i < n_edits; i++)
    {
      inputs[i].criterion_id =
        td_criteria_tree_get_node (tree, td_criteria_tree_get_leaf_node (tree, edits[i].item))->id;
      inputs[i].unit_id = td_score_sheet_get_unit_id (sheet, edits[i].unit);
      inputs[i].has_self = inputs[i].has_verified = edits[i].has;
      inputs[i].self_points = inputs[i].verified_points = edits[i].points;
    }
  if (n_edits == 1)
    {
      *failed = 0;
      return td_store_update_score (self->store, inputs, fields, error);
    }
  return td_store_update_scores (self->store, inputs, n_edits, fields, failed, error);
}

static gboolean
save_pane_field (TdScoreSheetView *self,
                 const char       *field)
{
  g_autoptr(GError) error = NULL;
  const char *fields[] = { field, NULL };
  const TdCriteriaNode *node;
  TdScoreInput input = { 0 };
  guint unit, item, position;
  gboolean ok;

  if (self->filling || self->store == NULL || !cursor_cell (self, &unit, &item, &node))
    return FALSE;
  input.criterion_id = node->id;
  input.unit_id = td_score_sheet_get_unit_id (self->sheet, unit);
  position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->verifier));
  input.verifier_id = position < self->verifier_ids->len
                        ? g_array_index (self->verifier_ids, gint64, position) : 0;
  input.note = gtk_editable_get_text (GTK_EDITABLE (self->note));
  ok = td_store_update_score (self->store, &input, fields, &error);
  show_pane_error (self, error);
  return ok;
}

static void
on_note_changed_cb (TdScoreSheetView *self)
{
  save_pane_field (self, "note");
}

static void
on_verifier_selected_cb (TdScoreSheetView *self)
{
  save_pane_field (self, "verifier");
}

/* Reading ----------------------------------------------------------------------------------------- */

static void
fill_verifiers (TdScoreSheetView *self)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;
  gboolean filling = self->filling;

  g_array_set_size (self->verifier_ids, 0);
  gtk_string_list_append (names, C_("verifier", "Not named"));
  g_array_append_val (self->verifier_ids, none);
  if (self->store != NULL)
    units = td_store_list_units (self->store, NULL);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);
      gint64 id = td_unit_get_id (unit);

      gtk_string_list_append (names, td_unit_get_name (unit));
      g_array_append_val (self->verifier_ids, id);
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->verifier), G_LIST_MODEL (names));
  self->filling = filling;
}

static void
read_sheet (TdScoreSheetView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdScoreSheet) sheet = NULL;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->store != NULL && self->set_id > 0)
    sheet = td_store_read_score_sheet (self->store, self->set_id, &error);
  g_clear_pointer (&self->sheet, td_score_sheet_unref);
  if (sheet != NULL)
    self->sheet = td_score_sheet_ref (sheet);
  td_score_grid_set_sheet (self->grid, sheet);

  if (sheet == NULL)
    gtk_label_set_text (GTK_LABEL (self->message),
                        error != NULL ? error->message : _("No criteria set is chosen."));
  else if (td_score_sheet_get_n_items (sheet) == 0)
    gtk_label_set_text (GTK_LABEL (self->message),
                        _("This criteria set has no items to score yet: add them in the criteria."));
  else if (td_score_sheet_get_n_units (sheet) == 0)
    gtk_label_set_text (GTK_LABEL (self->message),
                        _("No unit is scored by this criteria set: choose the kinds of unit it scores."));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    sheet != NULL && td_score_sheet_get_n_items (sheet) > 0 &&
                                    td_score_sheet_get_n_units (sheet) > 0 ? "sheet" : "message");
  fill_pane (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  TdScoreSheetView *self = data;

  self->reload_idle = 0;
  read_sheet (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_reload (TdScoreSheetView *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle_cb, self, NULL);
}

static void
on_store_changed_cb (TdScoreSheetView *self,
                     const TdChange   *change)
{
  g_autoptr(GError) error = NULL;
  gboolean this_year = change->year == 0 || change->year == self->year;

  switch (change->what)
    {
    case TD_CHANGE_SCORE:
      if (!this_year)
        return;
      if (self->sheet != NULL && change->id != 0 && self->reload_idle == 0 &&
          td_store_reload_score_sheet_unit (self->store, self->sheet, change->id, &error))
        {
          td_score_grid_refresh (self->grid);
          fill_pane (self);
        }
      else
        schedule_reload (self);
      return;
    case TD_CHANGE_UNIT:
      fill_verifiers (self);
      fill_pane (self);
      schedule_reload (self);
      return;
    case TD_CHANGE_ALL:
      fill_verifiers (self);
      schedule_reload (self);
      return;
    case TD_CHANGE_CRITERIA_SET:
    case TD_CHANGE_CRITERION:
    case TD_CHANGE_REGISTRATION:
      if (this_year)
        schedule_reload (self);
      return;
    default:
      return;
    }
}

/* Building ---------------------------------------------------------------------------------------- */

static void
on_side_toggled_cb (GtkToggleButton  *button,
                    TdScoreSheetView *self)
{
  if (gtk_toggle_button_get_active (button))
    td_score_grid_set_side (self->grid, GTK_WIDGET (button) == self->self_button
                                          ? TD_SCORE_SELF : TD_SCORE_VERIFIED);
}

static void
on_grid_side_cb (TdScoreSheetView *self)
{
  gboolean self_side = td_score_grid_get_side (self->grid) == TD_SCORE_SELF;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self_side ? self->self_button
                                                             : self->verified_button), TRUE);
}

static GtkWidget *
value_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  return label;
}

/* A row of @grid: @caption, then @value (taken). */
static GtkWidget *
add_row (GtkGrid    *grid,
         int         row,
         const char *caption,
         GtkWidget  *value)
{
  GtkWidget *label = gtk_label_new (caption);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_grid_attach (grid, value, 1, row, 1, 1);
  if (GTK_IS_LABEL (value))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    label, NULL, -1);
  return value;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
build_pane (TdScoreSheetView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *cell = gtk_grid_new ();
  GtkWidget *totals = gtk_grid_new ();
  GtkWidget *label;

  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12,
                NULL);
  self->unit_title = value_label ();
  gtk_widget_add_css_class (self->unit_title, "title-4");
  gtk_box_append (GTK_BOX (box), self->unit_title);
  self->item_title = value_label ();
  gtk_widget_add_css_class (self->item_title, "heading");
  gtk_box_append (GTK_BOX (box), self->item_title);
  self->standard = value_label ();
  gtk_widget_add_css_class (self->standard, "dim-label");
  gtk_box_append (GTK_BOX (box), self->standard);
  self->target = value_label ();
  gtk_box_append (GTK_BOX (box), self->target);

  gtk_grid_set_row_spacing (GTK_GRID (cell), 6);
  gtk_grid_set_column_spacing (GTK_GRID (cell), 12);
  gtk_widget_set_margin_top (cell, 6);
  self->self_value = add_row (GTK_GRID (cell), 0, _("Self score"), value_label ());
  self->verified_value = add_row (GTK_GRID (cell), 1, _("Verified score"), value_label ());
  self->difference = add_row (GTK_GRID (cell), 2, _("Difference"), value_label ());
  gtk_box_append (GTK_BOX (box), cell);

  label = gtk_label_new_with_mnemonic (_("Verified _by"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (box), label);
  self->verifier = gtk_drop_down_new (NULL, NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (self->verifier), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->verifier);
  gtk_box_append (GTK_BOX (box), self->verifier);
  g_signal_connect_object (self->verifier, "notify::selected",
                           G_CALLBACK (on_verifier_selected_cb), self, G_CONNECT_SWAPPED);

  label = gtk_label_new_with_mnemonic (_("Verifier’s _note"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  self->note = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->note), _("Why the scores differ"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->note);
  gtk_box_append (GTK_BOX (box), self->note);
  g_signal_connect_object (self->note, "changed", G_CALLBACK (on_note_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->pane_error = value_label ();
  gtk_widget_add_css_class (self->pane_error, "error");
  gtk_widget_set_visible (self->pane_error, FALSE);
  gtk_box_append (GTK_BOX (box), self->pane_error);

  label = heading (_("Unit totals"));
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (GTK_BOX (box), label);
  gtk_grid_set_row_spacing (GTK_GRID (totals), 6);
  gtk_grid_set_column_spacing (GTK_GRID (totals), 12);
  self->total_self = add_row (GTK_GRID (totals), 0, _("Self total"), value_label ());
  self->total_verified = add_row (GTK_GRID (totals), 1, _("Verified total"), value_label ());
  self->total_final = add_row (GTK_GRID (totals), 2, _("Final total"), value_label ());
  gtk_widget_add_css_class (self->total_final, "heading");
  self->rank = add_row (GTK_GRID (totals), 3, _("Rank"), value_label ());
  self->class_label = add_row (GTK_GRID (totals), 4, _("Class"), value_label ());
  gtk_box_append (GTK_BOX (box), totals);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_widget_set_size_request (scroller, 300, -1);
  /* Its labels expand within it; the sheet takes the room left. */
  gtk_widget_set_hexpand (scroller, FALSE);
  return scroller;
}

static GtkWidget *
build_bar (TdScoreSheetView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (_("Typing:"));
  GtkWidget *legend;

  g_object_set (bar, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 6,
                NULL);
  /* On a narrow window the legend goes under the buttons. */
  gtk_widget_set_layout_manager (bar, td_wrap_layout_new (12, 6));
  gtk_box_append (GTK_BOX (bar), label);
  gtk_widget_add_css_class (sides, "linked");
  self->self_button = gtk_toggle_button_new_with_mnemonic (_("_Self scores"));
  gtk_widget_set_tooltip_text (self->self_button, _("Type the units’ own scores (Ctrl+1)"));
  self->verified_button = gtk_toggle_button_new_with_mnemonic (_("_Verified scores"));
  gtk_widget_set_tooltip_text (self->verified_button, _("Type the verifiers’ scores (Ctrl+2)"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->verified_button),
                               GTK_TOGGLE_BUTTON (self->self_button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->self_button), TRUE);
  g_signal_connect_object (self->self_button, "toggled", G_CALLBACK (on_side_toggled_cb), self, 0);
  g_signal_connect_object (self->verified_button, "toggled", G_CALLBACK (on_side_toggled_cb),
                           self, 0);
  gtk_box_append (GTK_BOX (sides), self->self_button);
  gtk_box_append (GTK_BOX (sides), self->verified_button);
  gtk_box_append (GTK_BOX (bar), sides);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (sides), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);

  legend = gtk_label_new (_("Each cell: self score | verified score; ≠ marks scores that differ. "
                            "Type a score, then Enter or Tab; Ctrl+V pastes a column."));
  gtk_label_set_wrap (GTK_LABEL (legend), TRUE);
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  gtk_widget_set_hexpand (legend, TRUE);
  gtk_widget_add_css_class (legend, "dim-label");
  gtk_box_append (GTK_BOX (bar), legend);
  return bar;
}

/* In a narrow window the pane folds away over the sheet: a button shows it. */
static GtkWidget *
build_pane_button (TdScoreSheetView *self)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_button_set_icon_name (GTK_BUTTON (button), "sidebar-show-right-symbolic");
  gtk_widget_set_tooltip_text (button, _("Show the Chosen Cell"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_bind_property (self->flap, "reveal-flap", button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->flap, "folded", button, "visible", G_BINDING_SYNC_CREATE);
  return button;
}

static void
td_score_sheet_view_dispose (GObject *object)
{
  TdScoreSheetView *self = TD_SCORE_SHEET_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->sheet, td_score_sheet_unref);
  G_OBJECT_CLASS (td_score_sheet_view_parent_class)->dispose (object);
}

static void
td_score_sheet_view_finalize (GObject *object)
{
  TdScoreSheetView *self = TD_SCORE_SHEET_VIEW (object);

  g_array_unref (self->verifier_ids);
  G_OBJECT_CLASS (td_score_sheet_view_parent_class)->finalize (object);
}

static void
td_score_sheet_view_class_init (TdScoreSheetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_score_sheet_view_dispose;
  object_class->finalize = td_score_sheet_view_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "score-sheet-view");
}

static void
td_score_sheet_view_init (TdScoreSheetView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *pane;
  GtkWidget *bar;

  self->verifier_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->flap = ADW_FLAP (adw_flap_new ());
  bar = build_bar (self);
  gtk_box_append (GTK_BOX (bar), build_pane_button (self));
  gtk_widget_set_parent (bar, GTK_WIDGET (self));
  gtk_widget_set_parent (gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), GTK_WIDGET (self));

  self->grid = TD_SCORE_GRID (td_score_grid_new ());
  td_score_grid_set_save_func (self->grid, save_cb, self);
  g_signal_connect_object (self->grid, "cursor-changed", G_CALLBACK (fill_pane), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->grid, "notify::side", G_CALLBACK (on_grid_side_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->grid));
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_vexpand (scroller, TRUE);
  pane = build_pane (self);
  /* Over the sheet when folded: not see-through. */
  gtk_widget_add_css_class (pane, "background");
  adw_flap_set_content (self->flap, scroller);
  adw_flap_set_flap (self->flap, pane);
  adw_flap_set_separator (self->flap, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_flap_set_flap_position (self->flap, GTK_PACK_END);
  adw_flap_set_swipe_to_open (self->flap, FALSE);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_widget_add_css_class (self->message, "dim-label");
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), GTK_WIDGET (self->flap), "sheet");
  gtk_stack_add_named (GTK_STACK (self->stack), self->message, "message");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  fill_verifiers (self);
  read_sheet (self);
}

/* Public API -------------------------------------------------------------------------------------- */

TdScoreSheetView *
td_score_sheet_view_new (void)
{
  return g_object_new (TD_TYPE_SCORE_SHEET_VIEW, NULL);
}

void
td_score_sheet_view_set_store (TdScoreSheetView *self,
                               TdStore          *store,
                               int               year,
                               gint64            set_id)
{
  g_return_if_fail (TD_IS_SCORE_SHEET_VIEW (self));
  g_return_if_fail (store == NULL || TD_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      fill_verifiers (self);
    }
  self->year = year;
  self->set_id = set_id;
  read_sheet (self);
}

TdScoreGrid *
td_score_sheet_view_get_grid (TdScoreSheetView *self)
{
  g_return_val_if_fail (TD_IS_SCORE_SHEET_VIEW (self), NULL);
  return self->grid;
}

TdScoreSheet *
td_score_sheet_view_get_sheet (TdScoreSheetView *self)
{
  g_return_val_if_fail (TD_IS_SCORE_SHEET_VIEW (self), NULL);
  return self->sheet;
}
