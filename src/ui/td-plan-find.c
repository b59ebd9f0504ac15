/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Find in the plan (Ctrl+F). The matches are counted over the plan's text as the document
 * view shows it, row by row, so that going to one is choosing its row: the view selects it
 * and scrolls to it, and the editor opens that part. Matching folds the diacritics away
 * (td-fold.h): "tung anh" finds "Tùng Ảnh", "d" finds "đ".
 */
#define G_LOG_DOMAIN "td-plan-find"

#include "config.h"

#include <glib/gi18n.h>

#include "td-fold.h"
#include "td-office.h"
#include "td-plan-find.h"
#include "td-quarter.h"
#include "td-store-plan.h"

typedef struct {
  guint row;
  gsize start;
} Match;

struct _TdPlanFind
{
  GtkWidget        parent_instance;

  TdPlanView      *view;
  /* What was last searched for, and where it is: rows in the view's order. */
  char            *searched;
  GArray          *matches;
  int              current;
  guint            refresh_source;

  GtkSearchBar    *search_bar;
  GtkSearchEntry  *entry;
  GtkLabel        *count_label;
};

G_DEFINE_FINAL_TYPE (TdPlanFind, td_plan_find, GTK_TYPE_WIDGET)

/* The texts of a row, as the view shows them --------------------------------------------- */

static void
add_text (GPtrArray  *texts,
          const char *text)
{
  if (text != NULL && text[0] != '\0')
    g_ptr_array_add (texts, g_strdup (text));
}

static GPtrArray *
row_texts (TdPlan     *plan,
           TdPlanRow  *row,
           GHashTable *units)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  switch (td_plan_row_get_kind (row))
    {
    case TD_PLAN_ROW_HEADING:
      add_text (texts, td_plan_get_parent_body (plan));
      add_text (texts, td_plan_get_issuing_body (plan));
      g_ptr_array_add (texts, td_plan_dup_number_line (plan));
      add_text (texts, TD_QUOC_HIEU);
      add_text (texts, TD_TIEU_NGU);
      g_ptr_array_add (texts, td_plan_dup_date_line (plan));
      add_text (texts, td_plan_get_kind (plan));
      add_text (texts, td_plan_get_title (plan));
      add_text (texts, td_plan_get_preamble (plan));
      add_text (texts, td_plan_get_closing (plan));
      break;
    case TD_PLAN_ROW_SECTION:
      add_text (texts, td_section_get_heading (td_plan_row_get_section (row)));
      add_text (texts, td_section_get_body (td_plan_row_get_section (row)));
      break;
    case TD_PLAN_ROW_QUARTER:
      add_text (texts, td_quarter_label (td_plan_row_get_quarter (row)));
      break;
    case TD_PLAN_ROW_TASK:
      {
        TdTask *task = td_plan_row_get_task (row);
        gint64 id = td_task_get_id (task);
        char **names = units != NULL ? g_hash_table_lookup (units, &id) : NULL;

        add_text (texts, td_task_get_content (task));
        add_text (texts, td_task_get_responsible (task));
        /* The units line, where the view shows one: when it says more than the text. */
        if (names != NULL && names[0] != NULL &&
            !(names[1] == NULL && g_str_equal (names[0], td_task_get_responsible (task))))
          g_ptr_array_add (texts, g_strjoinv (" · ", names));
      }
      break;
    case TD_PLAN_ROW_SIGNATURE:
      add_text (texts, "Nơi nhận:");
      add_text (texts, td_plan_get_recipients (plan));
      add_text (texts, td_plan_get_signer_capacity (plan));
      add_text (texts, td_plan_get_signer_position (plan));
      add_text (texts, td_plan_get_signer_name (plan));
      break;
    case TD_PLAN_ROW_TABLE_HEAD:
    default:
      /* The table's captions are the form's, not the plan's. */
      break;
    }
  return texts;
}

/* Searching ---------------------------------------------------------------------------------- */

static void
update_count (TdPlanFind *self)
{
  GtkWidget *entry = GTK_WIDGET (self->entry);
  gboolean none = self->searched != NULL && self->searched[0] != '\0' && self->matches->len == 0;
  g_autofree char *count = NULL;

  if (self->matches->len > 0 && self->current >= 0)
    /* Translators: where the match shown is among those found, e.g. "2 of 7" */
    count = g_strdup_printf (_("%d of %u"), self->current + 1, self->matches->len);
  else if (none)
    count = g_strdup (_("No matches"));
  gtk_label_set_label (self->count_label, count != NULL ? count : "");
  if (none)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.next", self->matches->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.previous", self->matches->len > 0);
}

static guint
selected_position (TdPlanFind *self)
{
  TdPlanRow *selected = td_plan_view_get_selected (self->view);
  GListModel *rows = td_plan_view_get_rows (self->view);

  for (guint i = 0; selected != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);

      if (row == selected)
        return i;
    }
  return 0;
}

static void
go_to (TdPlanFind *self,
       int         index)
{
  Match *match;
  g_autoptr(TdPlanRow) row = NULL;
  gint64 id = 0;

  if (self->matches->len == 0)
    return;
  self->current = (index + (int) self->matches->len) % (int) self->matches->len;
  match = &g_array_index (self->matches, Match, self->current);
  row = g_list_model_get_item (td_plan_view_get_rows (self->view), match->row);
  switch (td_plan_row_get_kind (row))
    {
    case TD_PLAN_ROW_TASK:
      id = td_task_get_id (td_plan_row_get_task (row));
      break;
    case TD_PLAN_ROW_SECTION:
      id = td_section_get_id (td_plan_row_get_section (row));
      break;
    case TD_PLAN_ROW_QUARTER:
      id = td_plan_row_get_quarter (row);
      break;
    default:
      break;
    }
  td_plan_view_select (self->view, td_plan_row_get_kind (row), id);
  update_count (self);
}

/* Finds what is typed in the plan; @move: goes to the first match from the part selected. */
static void
search (TdPlanFind *self,
        gboolean    move)
{
  g_autofree char *needle = g_strstrip (g_strdup (gtk_editable_get_text (
                                                     GTK_EDITABLE (self->entry))));
  g_autoptr(GHashTable) units = NULL;
  TdPlan *plan = self->view != NULL ? td_plan_view_get_plan (self->view) : NULL;
  GListModel *rows;
  guint from;

  g_free (self->searched);
  self->searched = g_strdup (needle);
  g_array_set_size (self->matches, 0);
  if (plan == NULL || needle[0] == '\0')
    {
      self->current = -1;
      td_plan_view_set_highlight (self->view, NULL);
      update_count (self);
      return;
    }

  units = td_store_dup_plan_task_units (td_plan_view_get_store (self->view),
                                        td_plan_get_id (plan), NULL);
  rows = td_plan_view_get_rows (self->view);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GPtrArray) texts = row_texts (plan, row, units);

      for (guint t = 0; t < texts->len; t++)
        {
          g_autoptr(GArray) found = td_fold_find_all (g_ptr_array_index (texts, t), needle,
                                                      TD_FOLD_FIND_DEFAULT);

          for (guint m = 0; m < found->len; m++)
            g_array_append_val (self->matches,
                                ((Match) { i, g_array_index (found, TdFoldMatch, m).start }));
        }
    }
  td_plan_view_set_highlight (self->view, needle);

  if (!move)
    {
      self->current = MIN (self->current, (int) self->matches->len - 1);
      if (self->current < 0 && self->matches->len > 0)
        self->current = 0;
      update_count (self);
      return;
    }
  from = selected_position (self);
  self->current = -1;
  for (guint m = 0; self->current < 0 && m < self->matches->len; m++)
    if (g_array_index (self->matches, Match, m).row >= from)
      self->current = m;
  go_to (self, MAX (self->current, 0));
  update_count (self);
}

static void
step (TdPlanFind *self,
      int         by)
{
  g_autofree char *needle = g_strstrip (g_strdup (gtk_editable_get_text (
                                                     GTK_EDITABLE (self->entry))));

  /* Enter before the entry's pause: what is typed is searched first. */
  if (g_strcmp0 (needle, self->searched) != 0)
    search (self, TRUE);
  else
    go_to (self, self->current + by);
}

/* Callbacks ---------------------------------------------------------------------------------- */

static void
on_search_changed_cb (TdPlanFind *self)
{
  search (self, TRUE);
}

static void
on_activate_cb (TdPlanFind *self)
{
  step (self, 1);
}

static void
on_next_match_cb (TdPlanFind *self)
{
  step (self, 1);
}

static void
on_previous_match_cb (TdPlanFind *self)
{
  step (self, -1);
}

/* Shift+Enter, and the arrows, which a one-line entry has no use for. */
static gboolean
on_key_pressed_cb (TdPlanFind      *self,
                   guint            keyval,
                   guint            keycode,
                   GdkModifierType  state,
                   GtkEventControllerKey *controller)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      shift)
    step (self, -1);
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    step (self, -1);
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    step (self, 1);
  else
    return GDK_EVENT_PROPAGATE;
  return GDK_EVENT_STOP;
}

static void
on_search_mode_cb (TdPlanFind *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  /* Closed (Escape, or its ×): the document as it was, the cursor back in it. */
  td_plan_view_set_highlight (self->view, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static gboolean
refresh_cb (gpointer data)
{
  TdPlanFind *self = data;

  self->refresh_source = 0;
  if (td_plan_find_is_shown (self))
    search (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* The plan was read again (an edit, Undo, another window): the matches follow, where the
 * user is stays. */
static void
on_rows_changed_cb (TdPlanFind *self)
{
  if (self->refresh_source == 0 && td_plan_find_is_shown (self))
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (TD_PLAN_FIND (widget), 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step (TD_PLAN_FIND (widget), -1);
}

/* GObject ------------------------------------------------------------------------------------ */

static void
td_plan_find_dispose (GObject *object)
{
  TdPlanFind *self = TD_PLAN_FIND (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_PLAN_FIND);
  g_clear_object (&self->view);

  G_OBJECT_CLASS (td_plan_find_parent_class)->dispose (object);
}

static void
td_plan_find_finalize (GObject *object)
{
  TdPlanFind *self = TD_PLAN_FIND (object);

  g_free (self->searched);
  g_array_unref (self->matches);

  G_OBJECT_CLASS (td_plan_find_parent_class)->finalize (object);
}

static void
td_plan_find_class_init (TdPlanFindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_plan_find_dispose;
  object_class->finalize = td_plan_find_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-plan-find.ui");
  gtk_widget_class_bind_template_child (widget_class, TdPlanFind, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TdPlanFind, entry);
  gtk_widget_class_bind_template_child (widget_class, TdPlanFind, count_label);

  gtk_widget_class_install_action (widget_class, "find.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "find.previous", NULL, previous_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
td_plan_find_init (TdPlanFind *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->current = -1;

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));
  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (on_search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (on_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "next-match", G_CALLBACK (on_next_match_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "previous-match", G_CALLBACK (on_previous_match_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_cb), self, G_CONNECT_SWAPPED);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
  update_count (self);
}

/* Public API --------------------------------------------------------------------------------- */

void
td_plan_find_set_view (TdPlanFind *self,
                       TdPlanView *view)
{
  g_return_if_fail (TD_IS_PLAN_FIND (self));
  g_return_if_fail (TD_IS_PLAN_VIEW (view));

  g_set_object (&self->view, view);
  g_signal_connect_object (td_plan_view_get_rows (view), "items-changed",
                           G_CALLBACK (on_rows_changed_cb), self, G_CONNECT_SWAPPED);
}

void
td_plan_find_start (TdPlanFind *self)
{
  g_return_if_fail (TD_IS_PLAN_FIND (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
  /* Shown again over a plan that may have changed meanwhile. */
  search (self, FALSE);
}

void
td_plan_find_stop (TdPlanFind *self)
{
  g_return_if_fail (TD_IS_PLAN_FIND (self));
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

gboolean
td_plan_find_is_shown (TdPlanFind *self)
{
  g_return_val_if_fail (TD_IS_PLAN_FIND (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}
