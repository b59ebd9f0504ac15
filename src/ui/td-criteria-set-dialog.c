/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A criteria set's name, unit kinds and classification, in a dialog saved with its button:
 * the classification is read as a whole (a level typed half-way means nothing yet), so it
 * is checked and saved when the user says it is done, not per keystroke.
 */
#define G_LOG_DOMAIN "td-scoring-page"

#include "config.h"

#include <glib/gi18n.h>

#include "td-criteria-set-dialog.h"
#include "td-points.h"
#include "td-subject.h"
#include "td-toast.h"

typedef struct {
  GtkWidget *row;
  GtkEditable *label;
  GtkEditable *points;
} Level;

struct _TdCriteriaSetDialog
{
  AdwWindow       parent_instance;

  TdStore        *store;
  int             year;
  gint64          set_id;
  TdCriteriaSet  *set;
  GArray         *levels;
  GPtrArray      *kind_checks;   /* GtkCheckButton, in td_unit_kind_codes()'s order */

  GtkButton      *cancel_button;
  GtkButton      *save_button;
  AdwEntryRow    *name_row;
  GtkLabel       *problem_label;
  AdwPreferencesGroup *kinds_group;
  AdwPreferencesGroup *levels_group;
  GtkButton      *add_level_button;
  GtkListBox     *levels_list;
};

G_DEFINE_FINAL_TYPE (TdCriteriaSetDialog, td_criteria_set_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_problem (TdCriteriaSetDialog *self,
              const char          *problem)
{
  gtk_label_set_label (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

/* Levels ------------------------------------------------------------------------------------ */

static void
on_remove_level_cb (GtkButton           *button,
                    TdCriteriaSetDialog *self)
{
  for (guint i = 0; i < self->levels->len; i++)
    if (gtk_widget_is_ancestor (GTK_WIDGET (button), g_array_index (self->levels, Level, i).row))
      {
        td_criteria_set_dialog_remove_level (self, i);
        return;
      }
}

static Level *
append_level (TdCriteriaSetDialog *self,
              const char          *label,
              gint64               min_points,
              gboolean             has_points)
{
  Level level;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *from = gtk_label_new (_("from"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *points = has_points ? td_points_format (min_points, ',') : g_strdup ("");

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  level.label = GTK_EDITABLE (gtk_entry_new ());
  gtk_editable_set_text (level.label, label);
  gtk_widget_set_hexpand (GTK_WIDGET (level.label), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (level.label), _("Level, such as Khá"));
  level.points = GTK_EDITABLE (gtk_entry_new ());
  gtk_editable_set_text (level.points, points);
  gtk_editable_set_width_chars (level.points, 6);
  gtk_editable_set_max_width_chars (level.points, 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (level.points), "70");
  gtk_accessible_update_property (GTK_ACCESSIBLE (level.points), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The least total of the level"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the Level"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_level_cb), self, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (level.label));
  gtk_box_append (GTK_BOX (box), from);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (level.points));
  gtk_box_append (GTK_BOX (box), remove);
  level.row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (level.row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (level.row), box);
  gtk_list_box_append (self->levels_list, level.row);
  g_array_append_val (self->levels, level);
  return &g_array_index (self->levels, Level, self->levels->len - 1);
}

/* The levels as typed; FALSE with the problem shown when one is not a number. Rows left
 * empty are no levels. */
static GArray *
read_levels (TdCriteriaSetDialog *self)
{
  g_autoptr(GArray) thresholds = td_thresholds_new ();

  for (guint i = 0; i < self->levels->len; i++)
    {
      Level *level = &g_array_index (self->levels, Level, i);
      g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (level->label)));
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (level->points)));
      g_autoptr(GError) error = NULL;
      gint64 points = 0;

      if (label[0] == '\0' && text[0] == '\0')
        continue;
      if (text[0] == '\0' || !td_points_parse (text, &points, &error))
        {
          g_autofree char *problem = NULL;

          if (error != NULL)
            /* TRANSLATORS: "Level 2: “abc” is not a number of points …". */
            problem = g_strdup_printf (_("Level %u: %s"), i + 1, error->message);
          else
            problem = g_strdup_printf (_("Level %u: the least total is missing"), i + 1);
          show_problem (self, problem);
          gtk_widget_grab_focus (GTK_WIDGET (level->points));
          return NULL;
        }
      td_thresholds_add (thresholds, label, points);
    }
  return g_steal_pointer (&thresholds);
}

static gboolean
same_levels (GArray *a,
             GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  td_thresholds_sort (a);
  td_thresholds_sort (b);
  for (guint i = 0; i < a->len; i++)
    {
      TdThreshold *x = &g_array_index (a, TdThreshold, i);
      TdThreshold *y = &g_array_index (b, TdThreshold, i);

      if (x->min_points != y->min_points || g_strcmp0 (x->label, y->label) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Saving ------------------------------------------------------------------------------------ */

static GStrv
checked_kinds (TdCriteriaSetDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *codes = td_unit_kind_codes ();

  for (guint i = 0; i < self->kind_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->kind_checks, i)))
      g_strv_builder_add (builder, codes[i]);
  return g_strv_builder_end (builder);
}

static gboolean
save_stored (TdCriteriaSetDialog *self,
             const char          *name,
             GStrv                kinds,
             GError             **error)
{
  g_autoptr(GArray) levels = read_levels (self);
  g_autoptr(GArray) stored = NULL;
  g_auto(GStrv) old_kinds = td_criteria_set_dup_unit_kinds (self->set);
  const char *fields[3] = { NULL };
  guint n_fields = 0;

  if (levels == NULL)
    return FALSE;
  if (!g_str_equal (name, td_criteria_set_get_name (self->set)))
    fields[n_fields++] = "name";
  if (!g_strv_equal ((const char * const *) kinds, (const char * const *) old_kinds))
    fields[n_fields++] = "unit-kinds";
  td_criteria_set_set_name (self->set, name);
  td_criteria_set_set_unit_kinds (self->set, (const char * const *) kinds);
  if (n_fields > 0 &&
      !td_store_update_criteria_set_fields (self->store, self->set, fields, error))
    return FALSE;
  stored = td_store_list_thresholds (self->store, self->set_id, error);
  if (stored == NULL)
    return FALSE;
  if (!same_levels (levels, stored) &&
      !td_store_set_thresholds (self->store, self->set_id, (TdThreshold *) levels->data,
                                levels->len, error))
    return FALSE;
  return TRUE;
}

gboolean
td_criteria_set_dialog_save (TdCriteriaSetDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) kinds = NULL;
  gboolean ok;

  g_return_val_if_fail (TD_IS_CRITERIA_SET_DIALOG (self), FALSE);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  kinds = checked_kinds (self);
  show_problem (self, NULL);
  if (self->set_id == 0)
    {
      gint64 id = td_store_add_criteria_set (self->store, self->year, name,
                                             (const char * const *) kinds, &error);

      ok = id != 0;
      if (ok)
        self->set_id = id;
    }
  else
    ok = save_stored (self, name, kinds, &error);
  if (!ok)
    {
      if (error != NULL)
        show_problem (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->set_id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (TdCriteriaSetDialog *self)
{
  td_criteria_set_dialog_save (self);
}

/* Building ---------------------------------------------------------------------------------- */

/* The kinds, those another set of the year scores not to be ticked here. */
static void
add_kinds (TdCriteriaSetDialog *self)
{
  g_autoptr(GListModel) sets = td_store_list_criteria_sets (self->store, self->year, NULL);
  const char * const *codes = td_unit_kind_codes ();

  for (guint i = 0; codes[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *other = NULL;

      for (guint j = 0; sets != NULL && j < g_list_model_get_n_items (sets); j++)
        {
          g_autoptr(TdCriteriaSet) set = g_list_model_get_item (sets, j);

          if (td_criteria_set_get_id (set) != self->set_id &&
              td_criteria_set_has_unit_kind (set, codes[i]))
            other = g_intern_string (td_criteria_set_get_name (set));
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), td_unit_kind_label (codes[i]));
      if (other != NULL)
        {
          g_autofree char *subtitle = g_strdup_printf (_("Scored by “%s”"), other);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_widget_set_sensitive (row, FALSE);
        }
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   self->set != NULL &&
                                   td_criteria_set_has_unit_kind (self->set, codes[i]));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->kinds_group, row);
      g_ptr_array_add (self->kind_checks, check);
    }
}

static void
td_criteria_set_dialog_dispose (GObject *object)
{
  TdCriteriaSetDialog *self = TD_CRITERIA_SET_DIALOG (object);

  g_clear_object (&self->set);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_CRITERIA_SET_DIALOG);
  G_OBJECT_CLASS (td_criteria_set_dialog_parent_class)->dispose (object);
}

static void
td_criteria_set_dialog_finalize (GObject *object)
{
  TdCriteriaSetDialog *self = TD_CRITERIA_SET_DIALOG (object);

  g_array_unref (self->levels);
  g_ptr_array_unref (self->kind_checks);
  G_OBJECT_CLASS (td_criteria_set_dialog_parent_class)->finalize (object);
}

static void
td_criteria_set_dialog_class_init (TdCriteriaSetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_criteria_set_dialog_dispose;
  object_class->finalize = td_criteria_set_dialog_finalize;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-criteria-set-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, levels_group);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, add_level_button);
  gtk_widget_class_bind_template_child (widget_class, TdCriteriaSetDialog, levels_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
td_criteria_set_dialog_init (TdCriteriaSetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  self->kind_checks = g_ptr_array_new ();
  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (gtk_window_close), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_row, "entry-activated", G_CALLBACK (on_save_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_level_button, "clicked",
                           G_CALLBACK (td_criteria_set_dialog_add_level), self,
                           G_CONNECT_SWAPPED);
}

TdCriteriaSetDialog *
td_criteria_set_dialog_new (GtkWindow *parent,
                            TdStore   *store,
                            int        year,
                            gint64     set_id)
{
  TdCriteriaSetDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TD_IS_STORE (store), NULL);

  self = g_object_new (TD_TYPE_CRITERIA_SET_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->year = year;
  self->set_id = set_id;
  if (set_id != 0)
    self->set = td_store_get_criteria_set (store, set_id, &error);
  if (error != NULL)
    show_problem (self, error->message);
  gtk_window_set_title (GTK_WINDOW (self), set_id != 0 ? _("Criteria Set") : _("New Criteria Set"));
  gtk_button_set_label (self->save_button, set_id != 0 ? _("_Save") : _("_Add"));
  if (self->set != NULL)
    {
      g_autoptr(GArray) levels = td_store_list_thresholds (store, set_id, &error);

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), td_criteria_set_get_name (self->set));
      for (guint i = 0; levels != NULL && i < levels->len; i++)
        append_level (self, g_array_index (levels, TdThreshold, i).label,
                      g_array_index (levels, TdThreshold, i).min_points, TRUE);
    }
  /* A new set takes the classification of last year's, which it shows once added. */
  gtk_widget_set_visible (GTK_WIDGET (self->levels_group), self->set != NULL);
  add_kinds (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

GtkEditable *
td_criteria_set_dialog_get_name (TdCriteriaSetDialog *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET_DIALOG (self), NULL);
  return GTK_EDITABLE (self->name_row);
}

GtkCheckButton *
td_criteria_set_dialog_get_kind (TdCriteriaSetDialog *self,
                                 const char          *code)
{
  const char * const *codes = td_unit_kind_codes ();

  g_return_val_if_fail (TD_IS_CRITERIA_SET_DIALOG (self), NULL);
  for (guint i = 0; codes[i] != NULL && i < self->kind_checks->len; i++)
    if (g_str_equal (codes[i], code))
      return g_ptr_array_index (self->kind_checks, i);
  return NULL;
}

guint
td_criteria_set_dialog_get_n_levels (TdCriteriaSetDialog *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET_DIALOG (self), 0);
  return self->levels->len;
}

GtkEditable *
td_criteria_set_dialog_get_level (TdCriteriaSetDialog *self,
                                  guint                index,
                                  gboolean             points)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);
  return points ? g_array_index (self->levels, Level, index).points
                : g_array_index (self->levels, Level, index).label;
}

void
td_criteria_set_dialog_add_level (TdCriteriaSetDialog *self)
{
  Level *level;

  g_return_if_fail (TD_IS_CRITERIA_SET_DIALOG (self));
  level = append_level (self, "", 0, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (level->label));
}

void
td_criteria_set_dialog_remove_level (TdCriteriaSetDialog *self,
                                     guint                index)
{
  g_return_if_fail (TD_IS_CRITERIA_SET_DIALOG (self));
  g_return_if_fail (index < self->levels->len);
  gtk_list_box_remove (self->levels_list, g_array_index (self->levels, Level, index).row);
  g_array_remove_index (self->levels, index);
}

const char *
td_criteria_set_dialog_get_problem (TdCriteriaSetDialog *self)
{
  g_return_val_if_fail (TD_IS_CRITERIA_SET_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->problem_label))
           ? gtk_label_get_label (self->problem_label) : NULL;
}
