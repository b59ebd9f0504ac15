/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Scoring area: the criteria sets of the window's year in a dropdown at the top, and
 * the views of the set chosen in a view stack — the Criteria first; the score sheet and the
 * ranking come in with td_scoring_page_add_view(). A year with no set says how to begin:
 * last year's criteria copied, a spreadsheet imported, or a set of its own.
 */
#define G_LOG_DOMAIN "td-scoring-page"

#include "config.h"

#include <glib/gi18n.h>

#include "td-criteria-set-dialog.h"
#include "td-subject.h"
#include "td-scoring-page-private.h"
#include "td-toast.h"
#include "td-wrap-layout.h"

G_DEFINE_FINAL_TYPE (TdScoringPage, td_scoring_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_YEAR,
  PROP_SET_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TdStore *
_td_scoring_page_get_store (TdScoringPage *self)
{
  return self->context != NULL ? td_context_get_store (self->context) : NULL;
}

static gboolean
writable (TdScoringPage *self)
{
  TdStore *store = _td_scoring_page_get_store (self);

  return store != NULL && self->year != 0 && !td_store_is_read_only (store);
}

static guint
n_sets (TdScoringPage *self)
{
  return self->sets != NULL ? g_list_model_get_n_items (self->sets) : 0;
}

static void
update_actions (TdScoringPage *self)
{
  gboolean can = writable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.add-set", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.edit-set", can && self->set_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.remove-set", can && self->set_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.copy-year", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.copy-previous", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.import", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scoring.export", self->set_id != 0);
}

/* Which units the set chosen scores, beside its name: "For Village/hamlet, School". */
static void
update_kinds (TdScoringPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_sets (self); i++)
    {
      g_autoptr(TdCriteriaSet) set = g_list_model_get_item (self->sets, i);
      g_auto(GStrv) kinds = NULL;

      if (td_criteria_set_get_id (set) != self->set_id)
        continue;
      kinds = td_criteria_set_dup_unit_kinds (set);
      for (guint k = 0; kinds[k] != NULL; k++)
        g_string_append_printf (text, "%s%s", k > 0 ? ", " : "", td_unit_kind_label (kinds[k]));
      if (text->len == 0)
        gtk_label_set_label (self->kinds_label, _("No units chosen yet"));
      else
        {
          /* TRANSLATORS: beside a criteria set's name: the kinds of unit it scores. */
          g_autofree char *label = g_strdup_printf (_("For %s"), text->str);

          gtk_label_set_label (self->kinds_label, label);
        }
      return;
    }
  gtk_label_set_label (self->kinds_label, "");
}

/* The sheet or the ranking shown reads the set chosen, if it has not yet. */
static void
update_score_views (TdScoringPage *self)
{
  const char *shown = adw_view_stack_get_visible_child_name (self->view_stack);
  TdStore *store = _td_scoring_page_get_store (self);

  if (self->sheet_stale && g_strcmp0 (shown, "sheet") == 0)
    {
      self->sheet_stale = FALSE;
      td_score_sheet_view_set_store (self->sheet_view, store, self->year, self->set_id);
    }
  if (self->ranking_stale && g_strcmp0 (shown, "ranking") == 0)
    {
      self->ranking_stale = FALSE;
      td_ranking_view_set_store (self->ranking_view, store, self->year, self->set_id);
    }
}

static void
score_views_changed (TdScoringPage *self)
{
  self->sheet_stale = TRUE;
  self->ranking_stale = TRUE;
  update_score_views (self);
}

static void
set_set_id (TdScoringPage *self,
            gint64         set_id)
{
  update_kinds (self);
  if (self->set_id == set_id)
    return;
  self->set_id = set_id;
  update_kinds (self);
  td_criteria_view_set_set_id (self->criteria_view, set_id);
  score_views_changed (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SET_ID]);
}

/* What a year with no set offers: last year's criteria, when it has some. */
static void
update_empty (TdScoringPage *self)
{
  TdStore *store = _td_scoring_page_get_store (self);
  g_autoptr(GListModel) previous = NULL;
  g_autofree char *title = NULL;
  g_autofree char *copy = NULL;
  gboolean offer;

  if (store != NULL && self->year > 1945)
    previous = td_store_list_criteria_sets (store, self->year - 1, NULL);
  /* TRANSLATORS: the Scoring area of a year with no criteria yet. */
  title = g_strdup_printf (_("No Criteria for %d Yet"), self->year);
  adw_status_page_set_title (self->empty_page, title);
  copy = g_strdup_printf (_("_Copy the Criteria of %d"), self->year - 1);
  gtk_button_set_label (self->copy_button, copy);
  offer = previous != NULL && g_list_model_get_n_items (previous) > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->copy_button), offer);
  /* The first thing to do stands out: the copy, or else a set of its own. */
  if (offer)
    gtk_widget_remove_css_class (self->add_set_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->add_set_button, "suggested-action");
}

void
_td_scoring_page_read_sets (TdScoringPage *self,
                            gint64         select_id)
{
  TdStore *store = _td_scoring_page_get_store (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;
  guint n;

  if (select_id == 0)
    select_id = self->set_id;
  g_clear_object (&self->sets);
  if (store != NULL && self->year != 0)
    self->sets = td_store_list_criteria_sets (store, self->year, &error);
  if (error != NULL)
    td_toast_show_error (GTK_WIDGET (self), error);
  n = n_sets (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdCriteriaSet) set = g_list_model_get_item (self->sets, i);

      gtk_string_list_append (names, td_criteria_set_get_name (set));
      if (td_criteria_set_get_id (set) == select_id)
        selected = i;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->set_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->set_dropdown, n > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
  if (n > 0)
    {
      g_autoptr(TdCriteriaSet) set = g_list_model_get_item (self->sets, selected);

      set_set_id (self, td_criteria_set_get_id (set));
    }
  else
    {
      set_set_id (self, 0);
      update_empty (self);
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "sets" : "empty");
  update_actions (self);
}

static void
update_store (TdScoringPage *self)
{
  td_criteria_view_set_store (self->criteria_view, _td_scoring_page_get_store (self));
  _td_scoring_page_read_sets (self, 0);
  score_views_changed (self);
}

static void
on_set_selected_cb (TdScoringPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->set_dropdown);
  g_autoptr(TdCriteriaSet) set = NULL;

  if (self->filling || self->sets == NULL || selected >= n_sets (self))
    return;
  set = g_list_model_get_item (self->sets, selected);
  set_set_id (self, td_criteria_set_get_id (set));
}

/* One view: the switcher shows once there are two to switch between. */
static void
update_switcher (TdScoringPage *self)
{
  GtkSelectionModel *pages = adw_view_stack_get_pages (self->view_stack);

  gboolean several = g_list_model_get_n_items (G_LIST_MODEL (pages)) > 1;

  gtk_widget_set_visible (self->switcher_squeezer, several);
  /* Too narrow for either switcher at the top: the bar at the bottom. */
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    several && adw_squeezer_get_visible_child (
                                      ADW_SQUEEZER (self->switcher_squeezer)) ==
                                      self->switcher_none);
  g_object_unref (pages);
}

/* Sets -------------------------------------------------------------------------------------- */

static void
on_set_saved_cb (TdScoringPage *self,
                 gint64         set_id)
{
  _td_scoring_page_read_sets (self, set_id);
}

static void
open_set_dialog (TdScoringPage *self,
                 gint64         set_id)
{
  TdCriteriaSetDialog *dialog;

  if (!writable (self))
    return;
  dialog = td_criteria_set_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _td_scoring_page_get_store (self), self->year, set_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_set_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_set_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  td_scoring_page_add_set (TD_SCORING_PAGE (widget));
}

static void
edit_set_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  td_scoring_page_edit_set (TD_SCORING_PAGE (widget));
}

static void
remove_set_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  td_scoring_page_remove_set (TD_SCORING_PAGE (widget));
}

/* Overrides --------------------------------------------------------------------------------- */

static void
td_scoring_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TdScoringPage *self = TD_SCORING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_SET_ID:
      g_value_set_int64 (value, self->set_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_scoring_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TdScoringPage *self = TD_SCORING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      if (self->context != NULL)
        g_signal_connect_object (self->context, "notify::store", G_CALLBACK (update_store), self,
                                 G_CONNECT_SWAPPED);
      update_store (self);
      break;
    case PROP_YEAR:
      if (self->year != g_value_get_int (value))
        {
          self->year = g_value_get_int (value);
          _td_scoring_page_read_sets (self, 0);
          score_views_changed (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_scoring_page_dispose (GObject *object)
{
  TdScoringPage *self = TD_SCORING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_SCORING_PAGE);
  g_clear_object (&self->sets);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (td_scoring_page_parent_class)->dispose (object);
}

static void
td_scoring_page_class_init (TdScoringPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_scoring_page_dispose;
  object_class->get_property = td_scoring_page_get_property;
  object_class->set_property = td_scoring_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, TD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SET_ID] =
    g_param_spec_int64 ("set-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-scoring-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, set_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, kinds_label);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, switcher_squeezer);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, switcher_none);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, TdScoringPage, add_set_button);

  gtk_widget_class_install_action (widget_class, "scoring.add-set", NULL, add_set_action);
  gtk_widget_class_install_action (widget_class, "scoring.edit-set", NULL, edit_set_action);
  gtk_widget_class_install_action (widget_class, "scoring.remove-set", NULL, remove_set_action);
  _td_scoring_page_class_add_transfer (widget_class);
}

static void
td_scoring_page_init (TdScoringPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (self->toolbar, td_wrap_layout_new (6, 6));
  self->criteria_view = td_criteria_view_new ();
  /* TRANSLATORS: the view of the Scoring area that lists the criteria (tiêu chí). */
  adw_view_stack_add_titled_with_icon (self->view_stack, GTK_WIDGET (self->criteria_view),
                                       "criteria", _("Criteria"), "view-list-bullet-symbolic");
  self->sheet_view = td_score_sheet_view_new ();
  /* TRANSLATORS: the view of the Scoring area with the units' scores (bảng chấm điểm). */
  td_scoring_page_add_view (self, GTK_WIDGET (self->sheet_view), "sheet", _("Score Sheet"),
                            "x-office-spreadsheet-symbolic");
  self->ranking_view = td_ranking_view_new ();
  /* TRANSLATORS: the view of the Scoring area that ranks the units (xếp hạng). */
  td_scoring_page_add_view (self, GTK_WIDGET (self->ranking_view), "ranking", _("Ranking"),
                            "view-sort-descending-symbolic");
  self->sheet_stale = TRUE;
  self->ranking_stale = TRUE;
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (update_score_views), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_squeezer, "notify::visible-child",
                           G_CALLBACK (update_switcher), self, G_CONNECT_SWAPPED);
  update_switcher (self);
  g_signal_connect_object (self->set_dropdown, "notify::selected",
                           G_CALLBACK (on_set_selected_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

/* Public ------------------------------------------------------------------------------------ */

void
td_scoring_page_reload (TdScoringPage *self)
{
  g_return_if_fail (TD_IS_SCORING_PAGE (self));
  _td_scoring_page_read_sets (self, 0);
  td_criteria_view_reload (self->criteria_view);
}

void
td_scoring_page_apply_change (TdScoringPage  *self,
                              const TdChange *change)
{
  g_return_if_fail (TD_IS_SCORING_PAGE (self));

  if (change->what != TD_CHANGE_ALL && change->what != TD_CHANGE_UNIT &&
      change->year != 0 && change->year != self->year)
    {
      /* Another year's sets: only last year's count, for the empty page's offer. */
      if (change->what == TD_CHANGE_CRITERIA_SET && change->year == self->year - 1)
        update_empty (self);
      return;
    }
  if (change->what == TD_CHANGE_ALL || change->what == TD_CHANGE_CRITERIA_SET ||
      (change->what == TD_CHANGE_CRITERION && change->id == 0))
    _td_scoring_page_read_sets (self, 0);
  td_criteria_view_apply_change (self->criteria_view, change);
}

GObject *
td_scoring_page_add_view (TdScoringPage *self,
                          GtkWidget     *view,
                          const char    *name,
                          const char    *title,
                          const char    *icon_name)
{
  GParamSpec *pspec;
  AdwViewStackPage *page;

  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  page = adw_view_stack_add_titled_with_icon (self->view_stack, view, name, title, icon_name);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (view), "set-id");
  if (pspec != NULL && pspec->value_type == G_TYPE_INT64 && (pspec->flags & G_PARAM_WRITABLE))
    g_object_bind_property (self, "set-id", view, "set-id", G_BINDING_SYNC_CREATE);
  update_switcher (self);
  return G_OBJECT (page);
}

TdContext *
td_scoring_page_get_context (TdScoringPage *self)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), NULL);
  return self->context;
}

int
td_scoring_page_get_year (TdScoringPage *self)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), 0);
  return self->year;
}

gint64
td_scoring_page_get_set_id (TdScoringPage *self)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), 0);
  return self->set_id;
}

gboolean
td_scoring_page_select_set (TdScoringPage *self,
                            gint64         set_id)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), FALSE);

  for (guint i = 0; i < n_sets (self); i++)
    {
      g_autoptr(TdCriteriaSet) set = g_list_model_get_item (self->sets, i);

      if (td_criteria_set_get_id (set) == set_id)
        {
          gtk_drop_down_set_selected (self->set_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

void
td_scoring_page_show_view (TdScoringPage *self,
                           const char    *name)
{
  g_return_if_fail (TD_IS_SCORING_PAGE (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

TdCriteriaView *
td_scoring_page_get_criteria_view (TdScoringPage *self)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), NULL);
  return self->criteria_view;
}

void
td_scoring_page_add_set (TdScoringPage *self)
{
  g_return_if_fail (TD_IS_SCORING_PAGE (self));
  open_set_dialog (self, 0);
}

void
td_scoring_page_edit_set (TdScoringPage *self)
{
  g_return_if_fail (TD_IS_SCORING_PAGE (self));
  if (self->set_id != 0)
    open_set_dialog (self, self->set_id);
}

void
td_scoring_page_remove_set (TdScoringPage *self)
{
  TdStore *store = _td_scoring_page_get_store (self);
  g_autoptr(TdCriteriaSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (TD_IS_SCORING_PAGE (self));

  if (!writable (self) || self->set_id == 0)
    return;
  set = td_store_get_criteria_set (store, self->set_id, &error);
  if (set == NULL || !td_store_remove_criteria_set (store, self->set_id, &error))
    {
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* TRANSLATORS: in a toast with Undo. */
  message = g_strdup_printf (_("“%s” removed with its criteria"), td_criteria_set_get_name (set));
  td_toast_offer_undo (GTK_WIDGET (self), message);
  set_set_id (self, 0);
  _td_scoring_page_read_sets (self, 0);
}

/* The view shown: "criteria", "sheet" or "ranking". */
const char *
td_scoring_page_get_view_name (TdScoringPage *self)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

TdScoreSheetView *
td_scoring_page_get_sheet_view (TdScoringPage *self)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), NULL);
  return self->sheet_view;
}

TdRankingView *
td_scoring_page_get_ranking_view (TdScoringPage *self)
{
  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), NULL);
  return self->ranking_view;
}

gint64
td_scoring_page_get_chosen_unit (TdScoringPage *self)
{
  TdScoreSheet *sheet;
  guint unit, item;

  g_return_val_if_fail (TD_IS_SCORING_PAGE (self), 0);

  if (g_strcmp0 (td_scoring_page_get_view_name (self), "sheet") != 0)
    return 0;
  sheet = td_score_sheet_view_get_sheet (self->sheet_view);
  if (sheet == NULL ||
      !td_score_grid_get_cursor (td_score_sheet_view_get_grid (self->sheet_view), &unit, &item))
    return 0;
  return td_score_sheet_get_unit_id (sheet, unit);
}
