/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The side pane of the Criteria view. Each keystroke is saved as the subject editor saves
 * (typing into one field is one step of Undo); what the store refuses stays as typed with
 * the reason under the field, and the list beside shows the sums as they change.
 */
#define G_LOG_DOMAIN "td-criteria-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "td-criteria-row.h"
#include "td-criterion-editor.h"
#include "td-points.h"
#include "td-store-subjects.h"
#include "td-toast.h"

typedef struct {
  GtkWidget *row;
  GtkWidget *problem_row;
  GtkLabel  *problem;
} Field;

struct _TdCriterionEditor
{
  GtkWidget      parent_instance;

  TdStore       *store;
  gint64         id;
  TdCriterion   *criterion;
  Field          fields[TD_CRITERION_N_FIELDS];
  /* The verifier's choices: unit ids (gint64), 0 first for none. */
  GArray        *verifier_ids;
  gboolean       loading;
  gboolean       saving;

  GtkWidget     *scroller;
  GtkLabel      *title;
  GtkButton     *close_button;
  AdwPreferencesGroup *group;
  AdwPreferencesGroup *content_group;
  AdwPreferencesGroup *more_group;
  GtkTextView   *content_view;
  GtkSwitch     *penalty_switch;
  GtkWidget     *sum_row;
  GtkLabel      *sum_label;
};

G_DEFINE_FINAL_TYPE (TdCriterionEditor, td_criterion_editor, GTK_TYPE_WIDGET)

enum {
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The names of the fields td_store_update_criterion_fields() saves. */
static const char * const store_fields[TD_CRITERION_N_FIELDS] = {
  [TD_CRITERION_FIELD_CODE] = "code",
  [TD_CRITERION_FIELD_NAME] = "name",
  [TD_CRITERION_FIELD_CONTENT] = "content",
  [TD_CRITERION_FIELD_TARGET] = "target",
  [TD_CRITERION_FIELD_TARGET_UNIT] = "target-unit",
  [TD_CRITERION_FIELD_STANDARD] = "max-points",
  [TD_CRITERION_FIELD_PENALTY] = "penalty",
  [TD_CRITERION_FIELD_VERIFIER] = "verifier-id",
  [TD_CRITERION_FIELD_NOTE] = "note",
};

/* Kinds of unit that check the scores of others (phúc tra): offered first. */
static gboolean
verifies (const char *kind)
{
  return g_strcmp0 (kind, "agency") == 0 || g_strcmp0 (kind, "department") == 0 ||
         g_strcmp0 (kind, "steering") == 0 || g_strcmp0 (kind, "council") == 0;
}

static void
show_problem (TdCriterionEditor *self,
              TdCriterionField   which,
              const char        *problem)
{
  Field *field = &self->fields[which];

  gtk_label_set_label (field->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (field->problem_row, problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");
}

static void
clear_problems (TdCriterionEditor *self)
{
  for (guint i = 0; i < TD_CRITERION_N_FIELDS; i++)
    if (self->fields[i].problem_row != NULL)
      show_problem (self, i, NULL);
}

/* Showing ----------------------------------------------------------------------------------- */

static void
fill_verifiers (TdCriterionEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;
  gint64 current = td_criterion_get_verifier_id (self->criterion);
  guint selected = 0;

  g_array_set_size (self->verifier_ids, 0);
  gtk_string_list_append (labels, _("Not named"));
  g_array_append_val (self->verifier_ids, none);
  units = td_store_list_units (self->store, &error);
  if (units == NULL)
    td_toast_show_error (GTK_WIDGET (self), error);
  /* The agencies and boards first, who verify; then any other unit. */
  for (int pass = 0; units != NULL && pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (units); i++)
      {
        g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);
        gint64 id = td_unit_get_id (unit);

        if (verifies (td_unit_get_kind (unit)) != (pass == 0))
          continue;
        if (id == current)
          selected = self->verifier_ids->len;
        gtk_string_list_append (labels, td_unit_get_name (unit));
        g_array_append_val (self->verifier_ids, id);
      }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->fields[TD_CRITERION_FIELD_VERIFIER].row),
                           G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[TD_CRITERION_FIELD_VERIFIER].row),
                              selected);
}

static char *
standard_text (TdCriterion *criterion)
{
  if (!td_criterion_get_has_max (criterion))
    return g_strdup ("");
  return td_points_format (td_criterion_get_max_points (criterion), ',');
}

static const char *
text_of (TdCriterion      *criterion,
         TdCriterionField  which)
{
  switch (which)
    {
    case TD_CRITERION_FIELD_CODE:
      return td_criterion_get_code (criterion);
    case TD_CRITERION_FIELD_NAME:
      return td_criterion_get_name (criterion);
    case TD_CRITERION_FIELD_CONTENT:
      return td_criterion_get_content (criterion);
    case TD_CRITERION_FIELD_TARGET:
      return td_criterion_get_target (criterion);
    case TD_CRITERION_FIELD_TARGET_UNIT:
      return td_criterion_get_target_unit (criterion);
    case TD_CRITERION_FIELD_NOTE:
      return td_criterion_get_note (criterion);
    case TD_CRITERION_FIELD_STANDARD:
    case TD_CRITERION_FIELD_PENALTY:
    case TD_CRITERION_FIELD_VERIFIER:
    case TD_CRITERION_N_FIELDS:
    default:
      return NULL;
    }
}

/* The sum of the items under a heading, beside its stated standard. */
static void
update_sum (TdCriterionEditor *self)
{
  g_autoptr(TdCriteriaTree) tree = NULL;
  const TdCriteriaNode *node = NULL;
  int index;

  if (self->store != NULL && self->criterion != NULL)
    tree = td_store_read_criteria_tree (self->store, td_criterion_get_set_id (self->criterion),
                                        NULL);
  index = tree != NULL ? td_criteria_tree_find (tree, self->id) : -1;
  if (index >= 0)
    node = td_criteria_tree_get_node (tree, index);
  if (node != NULL && node->n_children > 0)
    {
      g_autofree char *sum = td_criteria_format_points (node->standard);
      g_autofree char *text = NULL;

      if (node->mismatch)
        {
          g_autofree char *stated = td_criteria_format_points (node->stated);

          text = g_strdup_printf (_("Stated %s, items add up to %s"), stated, sum);
        }
      else
        /* TRANSLATORS: under a heading's standard: the sum of its items' standards. */
        text = g_strdup_printf (_("Its items add up to %s points. Leave the standard empty "
                                  "to use their sum."), sum);
      gtk_label_set_label (self->sum_label, text);
      if (node->mismatch)
        gtk_widget_add_css_class (GTK_WIDGET (self->sum_label), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->sum_label), "warning");
    }
  gtk_widget_set_visible (self->sum_row, node != NULL && node->n_children > 0);
}

static void
fill (TdCriterionEditor *self)
{
  const char *name = td_criterion_get_name (self->criterion);
  const char *code = td_criterion_get_code (self->criterion);
  g_autofree char *title = code[0] != '\0' ? g_strdup_printf ("%s %s", code, name)
                                           : g_strdup (name);

  self->loading = TRUE;
  for (guint i = 0; i < TD_CRITERION_N_FIELDS; i++)
    {
      g_autofree char *standard = NULL;
      const char *text;

      if (gtk_widget_get_visible (self->fields[i].problem_row))
        continue;
      switch (i)
        {
        case TD_CRITERION_FIELD_CONTENT:
          {
            GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->content_view);
            GtkTextIter start, end;
            g_autofree char *shown = NULL;

            gtk_text_buffer_get_bounds (buffer, &start, &end);
            shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
            if (!g_str_equal (shown, td_criterion_get_content (self->criterion)))
              gtk_text_buffer_set_text (buffer, td_criterion_get_content (self->criterion), -1);
          }
          break;
        case TD_CRITERION_FIELD_PENALTY:
          gtk_switch_set_active (self->penalty_switch, td_criterion_get_penalty (self->criterion));
          break;
        case TD_CRITERION_FIELD_VERIFIER:
          fill_verifiers (self);
          break;
        default:
          if (i == TD_CRITERION_FIELD_STANDARD)
            text = standard = standard_text (self->criterion);
          else
            text = text_of (self->criterion, i);
          if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->fields[i].row)), text))
            gtk_editable_set_text (GTK_EDITABLE (self->fields[i].row), text);
        }
    }
  self->loading = FALSE;
  gtk_label_set_label (self->title, title);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scroller),
                            self->store != NULL && !td_store_is_read_only (self->store));
  update_sum (self);
}

static void
load (TdCriterionEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdCriterion) criterion = NULL;

  if (self->id == 0 || self->store == NULL)
    return;
  criterion = td_store_get_criterion (self->store, self->id, &error);
  if (criterion == NULL)
    {
      if (!g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND))
        td_toast_show_error (GTK_WIDGET (self), error);
      self->id = 0;
      g_signal_emit (self, signals[SIGNAL_DONE], 0);
      return;
    }
  g_set_object (&self->criterion, criterion);
  fill (self);
}

/* Saving ------------------------------------------------------------------------------------ */

static void
save (TdCriterionEditor  *self,
      TdCriterionField    which,
      const char * const *fields)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->saving = TRUE;
  ok = td_store_update_criterion_fields (self->store, self->criterion, fields, &error);
  self->saving = FALSE;
  if (!ok)
    {
      if (g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID) ||
          g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_EXISTS))
        show_problem (self, which, error->message);
      else
        td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  show_problem (self, which, NULL);
  /* A refused standard may be right now that the penalty changed, and the other way. */
  if (which == TD_CRITERION_FIELD_PENALTY || which == TD_CRITERION_FIELD_STANDARD)
    {
      show_problem (self, which == TD_CRITERION_FIELD_PENALTY ? TD_CRITERION_FIELD_STANDARD
                                                            : TD_CRITERION_FIELD_PENALTY, NULL);
      fill (self);
    }
  if (which == TD_CRITERION_FIELD_CODE || which == TD_CRITERION_FIELD_NAME)
    {
      const char *code = td_criterion_get_code (self->criterion);
      g_autofree char *title = g_strdup_printf ("%s%s%s", code, code[0] != '\0' ? " " : "",
                                                td_criterion_get_name (self->criterion));

      gtk_label_set_label (self->title, title);
    }
}

static void
save_standard (TdCriterionEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->fields[TD_CRITERION_FIELD_STANDARD].row));
  const char *fields[] = { "max-points", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gint64 points;

  if (stripped[0] == '\0')
    td_criterion_unset_max_points (self->criterion);
  else if (!td_points_parse (stripped, &points, &error))
    {
      show_problem (self, TD_CRITERION_FIELD_STANDARD, error->message);
      return;
    }
  else
    /* A penalty's standard is the most it takes away: "2" typed there is −2. */
    td_criterion_set_max_points (self->criterion,
                                 td_criterion_get_penalty (self->criterion) && points > 0
                                   ? -points : points);
  self->loading = TRUE;
  save (self, TD_CRITERION_FIELD_STANDARD, fields);
  self->loading = FALSE;
}

static void
save_penalty (TdCriterionEditor *self)
{
  gboolean penalty = gtk_switch_get_active (self->penalty_switch);
  const char *fields[] = { "penalty", "max-points", NULL };

  td_criterion_set_penalty (self->criterion, penalty);
  /* The standard takes the sign the switch asks for. */
  if (td_criterion_get_has_max (self->criterion) &&
      (td_criterion_get_max_points (self->criterion) > 0) == penalty)
    td_criterion_set_max_points (self->criterion, -td_criterion_get_max_points (self->criterion));
  save (self, TD_CRITERION_FIELD_PENALTY, fields);
}

static void
save_field (TdCriterionEditor *self,
            TdCriterionField   which)
{
  const char *fields[] = { store_fields[which], NULL };

  if (self->loading || self->criterion == NULL || self->store == NULL)
    return;
  switch (which)
    {
    case TD_CRITERION_FIELD_STANDARD:
      save_standard (self);
      return;
    case TD_CRITERION_FIELD_PENALTY:
      save_penalty (self);
      return;
    case TD_CRITERION_FIELD_VERIFIER:
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->fields[which].row));

        td_criterion_set_verifier_id (self->criterion,
                                      selected < self->verifier_ids->len
                                        ? g_array_index (self->verifier_ids, gint64, selected)
                                        : 0);
      }
      break;
    case TD_CRITERION_FIELD_CONTENT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->content_view);
        GtkTextIter start, end;
        g_autofree char *text = NULL;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        td_criterion_set_content (self->criterion, text);
      }
      break;
    default:
      {
        const char *text = gtk_editable_get_text (GTK_EDITABLE (self->fields[which].row));

        if (which == TD_CRITERION_FIELD_CODE)
          td_criterion_set_code (self->criterion, text);
        else if (which == TD_CRITERION_FIELD_NAME)
          td_criterion_set_name (self->criterion, text);
        else if (which == TD_CRITERION_FIELD_TARGET)
          td_criterion_set_target (self->criterion, text);
        else if (which == TD_CRITERION_FIELD_TARGET_UNIT)
          td_criterion_set_target_unit (self->criterion, text);
        else
          td_criterion_set_note (self->criterion, text);
      }
    }
  save (self, which, fields);
}

static void
on_changed_cb (GtkWidget         *widget,
               TdCriterionEditor *self)
{
  for (guint i = 0; i < TD_CRITERION_N_FIELDS; i++)
    if (self->fields[i].row == widget)
      save_field (self, i);
}

static void
on_content_changed_cb (TdCriterionEditor *self)
{
  save_field (self, TD_CRITERION_FIELD_CONTENT);
}

static void
on_penalty_cb (TdCriterionEditor *self)
{
  save_field (self, TD_CRITERION_FIELD_PENALTY);
}

static void
on_verifier_cb (TdCriterionEditor *self)
{
  save_field (self, TD_CRITERION_FIELD_VERIFIER);
}

static void
on_close_clicked_cb (TdCriterionEditor *self)
{
  g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

/* Building ---------------------------------------------------------------------------------- */

static GtkWidget *
make_note_row (GtkLabel **label_out,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *row = adw_preferences_row_new ();

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  *label_out = GTK_LABEL (label);
  return row;
}

static void
add_field (TdCriterionEditor   *self,
           AdwPreferencesGroup *group,
           TdCriterionField     which,
           const char          *title)
{
  Field *field = &self->fields[which];

  if (which == TD_CRITERION_FIELD_CONTENT)
    field->row = GTK_WIDGET (self->content_view);
  else if (which == TD_CRITERION_FIELD_PENALTY)
    {
      field->row = adw_action_row_new ();
      adw_action_row_set_subtitle (ADW_ACTION_ROW (field->row),
                                   _("Takes points away, at most its standard"));
      self->penalty_switch = GTK_SWITCH (gtk_switch_new ());
      gtk_widget_set_valign (GTK_WIDGET (self->penalty_switch), GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), GTK_WIDGET (self->penalty_switch));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row),
                                             GTK_WIDGET (self->penalty_switch));
      g_signal_connect_object (self->penalty_switch, "notify::active",
                               G_CALLBACK (on_penalty_cb), self, G_CONNECT_SWAPPED);
    }
  else if (which == TD_CRITERION_FIELD_VERIFIER)
    {
      field->row = adw_combo_row_new ();
      adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (field->row), FALSE);
      g_signal_connect_object (field->row, "notify::selected", G_CALLBACK (on_verifier_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      field->row = adw_entry_row_new ();
      g_signal_connect_object (field->row, "changed", G_CALLBACK (on_changed_cb), self, 0);
    }
  if (which != TD_CRITERION_FIELD_CONTENT)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
      adw_preferences_group_add (group, field->row);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    title, -1);

  /* Under the field, why what is typed is not saved. */
  field->problem_row = make_note_row (&field->problem, "error");
  gtk_widget_set_visible (field->problem_row, FALSE);
  adw_preferences_group_add (group, field->problem_row);
}

static void
td_criterion_editor_dispose (GObject *object)
{
  TdCriterionEditor *self = TD_CRITERION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_CRITERION_EDITOR);
  g_clear_object (&self->criterion);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (td_criterion_editor_parent_class)->dispose (object);
}

static void
td_criterion_editor_finalize (GObject *object)
{
  TdCriterionEditor *self = TD_CRITERION_EDITOR (object);

  g_array_unref (self->verifier_ids);
  G_OBJECT_CLASS (td_criterion_editor_parent_class)->finalize (object);
}

static void
td_criterion_editor_class_init (TdCriterionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_criterion_editor_dispose;
  object_class->finalize = td_criterion_editor_finalize;

  signals[SIGNAL_DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-criterion-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TdCriterionEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, TdCriterionEditor, title);
  gtk_widget_class_bind_template_child (widget_class, TdCriterionEditor, close_button);
  gtk_widget_class_bind_template_child (widget_class, TdCriterionEditor, group);
  gtk_widget_class_bind_template_child (widget_class, TdCriterionEditor, content_group);
  gtk_widget_class_bind_template_child (widget_class, TdCriterionEditor, more_group);
  gtk_widget_class_bind_template_child (widget_class, TdCriterionEditor, content_view);
}

static void
td_criterion_editor_init (TdCriterionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Folded on a narrow window, the pane lies over the list: it must hide what is under. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "background");
  self->verifier_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  add_field (self, self->group, TD_CRITERION_FIELD_CODE, _("Code (1.2, II)"));
  add_field (self, self->group, TD_CRITERION_FIELD_NAME, _("Name"));
  add_field (self, self->group, TD_CRITERION_FIELD_STANDARD, _("Standard points"));
  self->sum_row = make_note_row (&self->sum_label, "dim-label");
  gtk_widget_set_visible (self->sum_row, FALSE);
  adw_preferences_group_add (self->group, self->sum_row);
  add_field (self, self->group, TD_CRITERION_FIELD_PENALTY, _("Penalty"));
  add_field (self, self->content_group, TD_CRITERION_FIELD_CONTENT, _("Content and Requirement"));
  add_field (self, self->more_group, TD_CRITERION_FIELD_TARGET, _("Target (95, ≥ 90, Đạt)"));
  add_field (self, self->more_group, TD_CRITERION_FIELD_TARGET_UNIT, _("Unit of the target (%, hộ)"));
  add_field (self, self->more_group, TD_CRITERION_FIELD_VERIFIER, _("Verified by"));
  add_field (self, self->more_group, TD_CRITERION_FIELD_NOTE, _("Note"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->fields[TD_CRITERION_FIELD_CODE].row), 6);

  g_signal_connect_object (gtk_text_view_get_buffer (self->content_view), "changed",
                           G_CALLBACK (on_content_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->close_button, "clicked", G_CALLBACK (on_close_clicked_cb),
                           self, G_CONNECT_SWAPPED);
}

TdCriterionEditor *
td_criterion_editor_new (void)
{
  return g_object_new (TD_TYPE_CRITERION_EDITOR, NULL);
}

void
td_criterion_editor_set_store (TdCriterionEditor *self,
                               TdStore           *store)
{
  g_return_if_fail (TD_IS_CRITERION_EDITOR (self));

  if (g_set_object (&self->store, store))
    self->id = 0;
}

void
td_criterion_editor_edit (TdCriterionEditor *self,
                          gint64             id)
{
  g_return_if_fail (TD_IS_CRITERION_EDITOR (self));

  if (self->id != id)
    clear_problems (self);
  self->id = id;
  if (id == 0)
    g_clear_object (&self->criterion);
  load (self);
}

gint64
td_criterion_editor_get_id (TdCriterionEditor *self)
{
  g_return_val_if_fail (TD_IS_CRITERION_EDITOR (self), 0);
  return self->id;
}

void
td_criterion_editor_apply_change (TdCriterionEditor *self,
                                  const TdChange    *change)
{
  g_return_if_fail (TD_IS_CRITERION_EDITOR (self));

  if (self->id == 0)
    return;
  if (self->saving)
    {
      /* Our own save: the fields are as typed, but a heading's sum may have moved. */
      return;
    }
  if (change->what == TD_CHANGE_ALL || change->what == TD_CHANGE_CRITERION ||
      change->what == TD_CHANGE_CRITERIA_SET || change->what == TD_CHANGE_UNIT)
    {
      /* Undone or changed elsewhere: what the store holds now, refused text forgotten. */
      clear_problems (self);
      load (self);
    }
}

GtkWidget *
td_criterion_editor_get_field (TdCriterionEditor *self,
                               TdCriterionField   field)
{
  g_return_val_if_fail (TD_IS_CRITERION_EDITOR (self), NULL);
  g_return_val_if_fail (field < TD_CRITERION_N_FIELDS, NULL);
  if (field == TD_CRITERION_FIELD_PENALTY)
    return GTK_WIDGET (self->penalty_switch);
  return self->fields[field].row;
}

const char *
td_criterion_editor_get_problem (TdCriterionEditor *self,
                                 TdCriterionField   field)
{
  g_return_val_if_fail (TD_IS_CRITERION_EDITOR (self), NULL);
  g_return_val_if_fail (field < TD_CRITERION_N_FIELDS, NULL);
  if (!gtk_widget_get_visible (self->fields[field].problem_row))
    return NULL;
  return gtk_label_get_label (self->fields[field].problem);
}
