/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The ranking as a column view whose rows are places (1st, 2nd …), not units: a score
 * changed reads its unit's row again, the sheet ranks again, and each place shown on
 * screen says again who holds it — no row is added or removed, so the list keeps its
 * scroll and makes no widget.
 */
#define G_LOG_DOMAIN "td-ranking-view"

#include "config.h"

#include <glib/gi18n.h>

#include "td-ranking-view.h"
#include "td-score-grid.h"

#define N_COLUMNS 6

/* A place in the ranking. */
#define TD_TYPE_RANKING_ROW (td_ranking_row_get_type ())
G_DECLARE_FINAL_TYPE (TdRankingRow, td_ranking_row, TD, RANKING_ROW, GObject)

struct _TdRankingRow
{
  GObject parent_instance;
  guint   position;
};

G_DEFINE_FINAL_TYPE (TdRankingRow, td_ranking_row, G_TYPE_OBJECT)

static guint row_changed_signal;

static void
td_ranking_row_class_init (TdRankingRowClass *klass)
{
  row_changed_signal = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
td_ranking_row_init (TdRankingRow *self)
{
}

struct _TdRankingView
{
  GtkWidget      parent_instance;

  TdStore       *store;
  int            year;
  gint64         set_id;
  TdScoreSheet  *sheet;
  guint          reload_idle;

  GListStore    *rows;
  GtkWidget     *summary;
  GtkWidget     *stack;
  GtkWidget     *message;
  GtkColumnView *column_view;
};

G_DEFINE_FINAL_TYPE (TdRankingView, td_ranking_view, GTK_TYPE_WIDGET)

/* Text ------------------------------------------------------------------------------------------- */

static char *
points_text (gboolean has,
             gint64   points)
{
  return has ? td_score_grid_format_points (points) : g_strdup ("—");
}

char *
td_ranking_view_dup_text (TdRankingView *self,
                          guint          position,
                          guint          column)
{
  const guint *order;
  const char *label;
  guint n, unit, rank, missing;

  g_return_val_if_fail (TD_IS_RANKING_VIEW (self), NULL);

  if (self->sheet == NULL)
    return NULL;
  order = td_score_sheet_get_ranking (self->sheet, &n);
  if (position >= n)
    return NULL;
  unit = order[position];
  switch (column)
    {
    case 0:
      rank = td_score_sheet_get_rank (self->sheet, unit);
      return rank > 0 ? g_strdup_printf ("%u", rank) : g_strdup ("—");
    case 1:
      return g_strdup (td_score_sheet_get_unit_name (self->sheet, unit));
    case 2:
      return points_text (TRUE, td_score_sheet_get_total (self->sheet, unit, -1, TD_SCORE_SELF));
    case 3:
      return points_text (td_score_sheet_is_verified (self->sheet, unit),
                          td_score_sheet_get_total (self->sheet, unit, -1, TD_SCORE_VERIFIED));
    case 4:
      return points_text (TRUE, td_score_sheet_get_total (self->sheet, unit, -1, TD_SCORE_FINAL));
    case 5:
      if (td_score_sheet_is_complete (self->sheet, unit))
        {
          label = td_score_sheet_get_class_label (self->sheet, unit);
          return g_strdup (label != NULL ? label : "—");
        }
      missing = td_score_sheet_get_n_missing (self->sheet, unit);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Not fully scored: %u item missing",
                                           "Not fully scored: %u items missing", missing),
                              missing);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Rows ------------------------------------------------------------------------------------------- */

static void
fill_label (GtkLabel *label,
            GtkListItem *item)
{
  TdRankingView *self = g_object_get_data (G_OBJECT (label), "td-ranking-view");
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "td-column"));
  TdRankingRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;
  gboolean complete;

  if (row == NULL || self->sheet == NULL)
    return;
  text = td_ranking_view_dup_text (self, row->position, column);
  gtk_label_set_text (label, text != NULL ? text : "");
  complete = row->position < td_score_sheet_get_n_units (self->sheet) &&
             td_score_sheet_is_complete (self->sheet,
                                         td_score_sheet_get_ranking (self->sheet, NULL)[row->position]);
  if (complete)
    gtk_widget_remove_css_class (GTK_WIDGET (label), column == 5 ? "warning" : "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), column == 5 ? "warning" : "dim-label");
}

static void
on_row_changed_cb (TdRankingRow *row,
                   GtkListItem  *item)
{
  fill_label (GTK_LABEL (gtk_list_item_get_child (item)), item);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TdRankingView            *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "td-column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == 1 || column == 5 ? 0.0f : 1.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column == 0 || column == 4)
    gtk_widget_add_css_class (label, "heading");
  if (column >= 2 && column <= 4)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "td-ranking-view", self);
  g_object_set_data (G_OBJECT (label), "td-column", GUINT_TO_POINTER (column));
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            TdRankingView            *self)
{
  TdRankingRow *row = gtk_list_item_get_item (item);

  fill_label (GTK_LABEL (gtk_list_item_get_child (item)), item);
  g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), item);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TdRankingView            *self)
{
  TdRankingRow *row = gtk_list_item_get_item (item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_row_changed_cb, item);
}

static void
update_summary (TdRankingView *self)
{
  guint n = self->sheet != NULL ? td_score_sheet_get_n_units (self->sheet) : 0;
  guint incomplete = 0;
  g_autofree char *ranked = NULL;
  g_autofree char *text = NULL;

  for (guint u = 0; u < n; u++)
    incomplete += !td_score_sheet_is_complete (self->sheet, u);
  ranked = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unit ranked", "%u units ranked",
                                         n - incomplete), n - incomplete);
  if (incomplete > 0)
    /* Translators: "12 units ranked · 3 not fully scored" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u not fully scored",
                                         "%s · %u not fully scored", incomplete),
                            ranked, incomplete);
  gtk_label_set_text (GTK_LABEL (self->summary), text != NULL ? text : ranked);
}

/* Everyone says again who holds the place: no row comes or goes. */
static void
refresh (TdRankingView *self)
{
  guint n = self->sheet != NULL ? td_score_sheet_get_n_units (self->sheet) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (n != shown)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        {
          TdRankingRow *row = g_object_new (TD_TYPE_RANKING_ROW, NULL);

          row->position = i;
          g_ptr_array_add (rows, row);
        }
      g_list_store_splice (self->rows, 0, shown, rows->pdata, rows->len);
    }
  else
    {
      /* The sheet ranks again once, asked by the first place. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TdRankingRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

          g_signal_emit (row, row_changed_signal, 0);
        }
    }
  update_summary (self);
}

/* Reading ---------------------------------------------------------------------------------------- */

static void
read_sheet (TdRankingView *self)
{
  g_autoptr(GError) error = NULL;
  TdScoreSheet *sheet = NULL;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->store != NULL && self->set_id > 0)
    sheet = td_store_read_score_sheet (self->store, self->set_id, &error);
  g_clear_pointer (&self->sheet, td_score_sheet_unref);
  self->sheet = sheet;
  /* Another sheet: the places are made again. */
  g_list_store_remove_all (self->rows);
  refresh (self);
  if (sheet == NULL)
    gtk_label_set_text (GTK_LABEL (self->message),
                        error != NULL ? error->message : _("No criteria set is chosen."));
  else if (td_score_sheet_get_n_units (sheet) == 0)
    gtk_label_set_text (GTK_LABEL (self->message),
                        _("No unit is scored by this criteria set: choose the kinds of unit it scores."));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    sheet != NULL && td_score_sheet_get_n_units (sheet) > 0
                                      ? "list" : "message");
}

static gboolean
reload_idle_cb (gpointer data)
{
  TdRankingView *self = data;

  self->reload_idle = 0;
  read_sheet (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_reload (TdRankingView *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle_cb, self, NULL);
}

static void
on_store_changed_cb (TdRankingView  *self,
                     const TdChange *change)
{
  gboolean this_year = change->year == 0 || change->year == self->year;

  switch (change->what)
    {
    case TD_CHANGE_SCORE:
      if (!this_year)
        return;
      if (self->sheet != NULL && change->id != 0 && self->reload_idle == 0 &&
          td_store_reload_score_sheet_unit (self->store, self->sheet, change->id, NULL))
        refresh (self);
      else
        schedule_reload (self);
      return;
    case TD_CHANGE_UNIT:
    case TD_CHANGE_ALL:
      schedule_reload (self);
      return;
    case TD_CHANGE_CRITERIA_SET:
    case TD_CHANGE_CRITERION:
      if (this_year)
        schedule_reload (self);
      return;
    default:
      return;
    }
}

/* Building --------------------------------------------------------------------------------------- */

static void
add_column (TdRankingView *self,
            guint          column,
            const char    *title,
            gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "td-column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static void
td_ranking_view_dispose (GObject *object)
{
  TdRankingView *self = TD_RANKING_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->rows);
  g_clear_object (&self->store);
  g_clear_pointer (&self->sheet, td_score_sheet_unref);
  G_OBJECT_CLASS (td_ranking_view_parent_class)->dispose (object);
}

static void
td_ranking_view_class_init (TdRankingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_ranking_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ranking-view");
}

static void
td_ranking_view_init (TdRankingView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *note;
  GtkNoSelection *selection;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->rows = g_list_store_new (TD_TYPE_RANKING_ROW);

  g_object_set (header, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 6,
                NULL);
  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_widget_add_css_class (self->summary, "heading");
  gtk_box_append (GTK_BOX (header), self->summary);
  note = gtk_label_new (_("Ranked by the verified total, or the self total where nothing is "
                          "verified yet; units with the same total share a rank."));
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (header), note);
  gtk_widget_set_parent (header, GTK_WIDGET (self));

  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  add_column (self, 0, _("Rank"), FALSE);
  add_column (self, 1, _("Unit"), TRUE);
  add_column (self, 2, _("Self total"), FALSE);
  add_column (self, 3, _("Verified total"), FALSE);
  add_column (self, 4, _("Final total"), FALSE);
  add_column (self, 5, _("Class"), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_widget_set_vexpand (scroller, TRUE);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_widget_add_css_class (self->message, "dim-label");
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), self->message, "message");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  read_sheet (self);
}

/* Public API ------------------------------------------------------------------------------------- */

TdRankingView *
td_ranking_view_new (void)
{
  return g_object_new (TD_TYPE_RANKING_VIEW, NULL);
}

void
td_ranking_view_set_store (TdRankingView *self,
                           TdStore       *store,
                           int            year,
                           gint64         set_id)
{
  g_return_if_fail (TD_IS_RANKING_VIEW (self));
  g_return_if_fail (store == NULL || TD_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  self->year = year;
  self->set_id = set_id;
  read_sheet (self);
}

TdScoreSheet *
td_ranking_view_get_sheet (TdRankingView *self)
{
  g_return_val_if_fail (TD_IS_RANKING_VIEW (self), NULL);
  return self->sheet;
}
