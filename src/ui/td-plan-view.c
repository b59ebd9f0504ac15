/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-plan-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "td-plan-view-private.h"
#include "td-quarter.h"
#include "td-store-plan.h"
#include "td-task-row.h"
#include "td-toast.h"

/* The page width of the document on screen, near A4's text width at 13 pt. */
#define PAGE_WIDTH 880
#define NUMBER_WIDTH 56
#define RESPONSIBLE_WIDTH 260

struct _TdPlanRow
{
  GObject        parent_instance;

  TdPlanRowKind  kind;
  int            quarter;
  GObject       *item;
};

G_DEFINE_FINAL_TYPE (TdPlanRow, td_plan_row, G_TYPE_OBJECT)

struct _TdPlanView
{
  GtkWidget    parent_instance;

  TdStore     *store;
  TdPlan      *plan;

  GtkWidget   *scroller;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  GListStore  *rows;
  /* The document font's measures, for the rows that estimate their height. */
  double       char_width;
  double       line_height;
  /* Find in the plan: what to highlight, and the rows' widgets shown to highlight it in. */
  char        *highlight;
  GHashTable  *bound;
};

/* Rows below this many are laid out when they are first shown, not before. */
#define EXACT_ROWS 24

enum {
  ROW_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TdPlanView, td_plan_view, GTK_TYPE_WIDGET)

static void
td_plan_row_finalize (GObject *object)
{
  TdPlanRow *self = TD_PLAN_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (td_plan_row_parent_class)->finalize (object);
}

static void
td_plan_row_class_init (TdPlanRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = td_plan_row_finalize;
}

static void
td_plan_row_init (TdPlanRow *self)
{
}

static TdPlanRow *
td_plan_row_new (TdPlanRowKind  kind,
                 int            quarter,
                 gpointer       item)
{
  TdPlanRow *self = g_object_new (TD_TYPE_PLAN_ROW, NULL);

  self->kind = kind;
  self->quarter = quarter;
  self->item = item != NULL ? g_object_ref (item) : NULL;
  return self;
}

TdPlanRowKind
td_plan_row_get_kind (TdPlanRow *self)
{
  g_return_val_if_fail (TD_IS_PLAN_ROW (self), TD_PLAN_ROW_HEADING);
  return self->kind;
}

int
td_plan_row_get_quarter (TdPlanRow *self)
{
  g_return_val_if_fail (TD_IS_PLAN_ROW (self), 0);
  return self->quarter;
}

TdTask *
td_plan_row_get_task (TdPlanRow *self)
{
  g_return_val_if_fail (TD_IS_PLAN_ROW (self), NULL);
  return self->kind == TD_PLAN_ROW_TASK ? TD_TASK (self->item) : NULL;
}

TdSection *
td_plan_row_get_section (TdPlanRow *self)
{
  g_return_val_if_fail (TD_IS_PLAN_ROW (self), NULL);
  return self->kind == TD_PLAN_ROW_SECTION ? TD_SECTION (self->item) : NULL;
}

/* Widgets of the document ----------------------------------------------------------------- */

static GtkWidget *
table_cell (GtkWidget *child,
            int        width,
            gboolean   last)
{
  GtkWidget *cell = adw_bin_new ();


  adw_bin_set_child (ADW_BIN (cell), child);
  gtk_widget_add_css_class (cell, "doc-cell");
  if (last)
    gtk_widget_add_css_class (cell, "last");
  return cell;
}

/* Table rows lay their cells out themselves: a box would measure each cell's width for
 * the row's height, and a wrapping cell would then widen its column row by row. Here the
 * number and responsible columns have fixed widths and the content takes the rest. */
static void
table_column_widths (GtkWidget *row,
                     int        width,
                     int        widths[3])
{
  int n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (row); c; c = gtk_widget_get_next_sibling (c))
    n++;
  /* The same proportions as the task rows (td-task-row.c) below a full page. */
  if (n == 3)
    {
      double scale = (double) MIN (width, PAGE_WIDTH) / PAGE_WIDTH;

      widths[0] = MAX (44, NUMBER_WIDTH * scale);
      widths[2] = MAX (80, RESPONSIBLE_WIDTH * scale);
      widths[1] = MAX (0, width - widths[0] - widths[2]);
    }
  else
    widths[0] = width;
}

static void
table_row_measure (GtkWidget      *row,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  int widths[3] = { 0 };
  int i = 0;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (GtkWidget *c = gtk_widget_get_first_child (row); c; c = gtk_widget_get_next_sibling (c))
        {
          int child_min, child_nat;

          gtk_widget_measure (c, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
        }
      *minimum = MAX (*minimum, 44 + 80);
      *natural = MAX (*minimum, PAGE_WIDTH);
      return;
    }

  table_column_widths (row, for_size < 0 ? PAGE_WIDTH : for_size, widths);
  for (GtkWidget *c = gtk_widget_get_first_child (row); c; c = gtk_widget_get_next_sibling (c))
    {
      int child_min, child_nat, child_min_width;

      gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &child_min_width, NULL, NULL, NULL);
      gtk_widget_measure (c, orientation, MAX (widths[i], child_min_width),
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
      i++;
    }
}

static void
table_row_allocate (GtkWidget *row,
                    int        width,
                    int        height,
                    int        baseline)
{
  int widths[3] = { 0 };
  int x = 0;
  int i = 0;

  table_column_widths (row, width, widths);
  for (GtkWidget *c = gtk_widget_get_first_child (row); c; c = gtk_widget_get_next_sibling (c))
    {
      int child_min_width;

      gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &child_min_width, NULL, NULL, NULL);
      gtk_widget_size_allocate (c,
                                &(GtkAllocation) { x, 0, MAX (widths[i], child_min_width), height },
                                -1);
      x += widths[i];
      i++;
    }
}

static GtkWidget *
table_row_new (void)
{
  GtkWidget *row = g_object_new (GTK_TYPE_BOX, NULL);

  gtk_widget_set_layout_manager (row, gtk_custom_layout_new (NULL, table_row_measure,
                                                             table_row_allocate));
  return row;
}

static GtkWidget *
table_row (GtkWidget *number,
           GtkWidget *content,
           GtkWidget *responsible)
{
  GtkWidget *row = table_row_new ();

  gtk_box_append (GTK_BOX (row), table_cell (number, NUMBER_WIDTH, FALSE));
  gtk_box_append (GTK_BOX (row), table_cell (content, 0, FALSE));
  gtk_box_append (GTK_BOX (row), table_cell (responsible, RESPONSIBLE_WIDTH, TRUE));
  return row;
}

static GtkWidget *
build_table_head (void)
{
  GtkWidget *row = table_row (_td_plan_view_label ("TT", NULL, 0.5f),
                              _td_plan_view_label ("Nội dung nhiệm vụ chủ yếu", NULL, 0.5f),
                              _td_plan_view_label ("Tổ chức, cá nhân thực hiện", NULL, 0.5f));

  gtk_widget_add_css_class (row, "doc-table-head");
  gtk_widget_set_margin_top (row, 10);
  return row;
}

static GtkWidget *
build_quarter (int quarter)
{
  GtkWidget *row = table_row_new ();
  GtkWidget *label = _td_plan_view_label (td_quarter_label (quarter), NULL, 0.0f);
  GtkWidget *cell = table_cell (label, 0, TRUE);

  gtk_box_append (GTK_BOX (row), cell);
  gtk_widget_add_css_class (row, "doc-quarter");
  return row;
}

static void
ensure_font_measures (TdPlanView *self,
                      GtkWidget  *row)
{
  PangoContext *context;
  PangoFontMetrics *metrics;

  if (self->char_width > 0)
    return;

  context = gtk_widget_get_pango_context (row);
  metrics = pango_context_get_metrics (context, pango_context_get_font_description (context),
                                       NULL);
  /* Vietnamese prose is wider than the average Latin character. */
  self->char_width = 1.05 * pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  self->line_height = pango_font_metrics_get_height (metrics) / (double) PANGO_SCALE;
  if (self->line_height <= 0)
    self->line_height = (pango_font_metrics_get_ascent (metrics) +
                         pango_font_metrics_get_descent (metrics)) / (double) PANGO_SCALE;
  pango_font_metrics_unref (metrics);
}

static GtkWidget *
build_task (TdPlanView *self,
            TdTask     *task,
            guint       position,
            GtkWidget  *holder)
{
  g_autofree char *number = g_strdup_printf ("%d", td_task_get_number (task));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) units = td_store_dup_task_unit_names (self->store, td_task_get_id (task),
                                                      &error);
  g_autofree char *joined = NULL;
  GtkWidget *row = td_task_row_new (PAGE_WIDTH, NUMBER_WIDTH, RESPONSIBLE_WIDTH);

  /* The row is still shown: its printed text is all that is read for it here. */
  if (units == NULL)
    g_warning ("Units of task %" G_GINT64_FORMAT ": %s", td_task_get_id (task), error->message);

  /* The linked units, where they say more than the printed text already does. */
  if (units != NULL && units[0] != NULL &&
      !(units[1] == NULL && g_str_equal (units[0], td_task_get_responsible (task))))
    joined = g_strjoinv (" · ", units);

  /* A task just added: a hint to find it by, never printed (td_task_is_blank). */
  td_task_row_set_texts (TD_TASK_ROW (row), number,
                         td_task_is_blank (task)
                         ? _("(Empty task: type its content in the editor; it is not printed "
                             "until then)")
                         : td_task_get_content (task),
                         td_task_get_responsible (task), joined);
  if (position >= EXACT_ROWS)
    {
      ensure_font_measures (self, holder);
      td_task_row_set_estimate (TD_TASK_ROW (row), self->char_width, self->line_height);
    }
  return row;
}

/* The labels of a row, and its task row, mark where @needle is. */
static void
highlight_widget (GtkWidget  *widget,
                  const char *needle)
{
  if (TD_IS_TASK_ROW (widget))
    td_task_row_set_highlight (TD_TASK_ROW (widget), needle);
  else if (GTK_IS_LABEL (widget))
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      if (td_task_row_add_highlights (attrs, gtk_label_get_text (GTK_LABEL (widget)), needle))
        gtk_label_set_attributes (GTK_LABEL (widget), attrs);
      else if (gtk_label_get_attributes (GTK_LABEL (widget)) != NULL)
        gtk_label_set_attributes (GTK_LABEL (widget), NULL);
      pango_attr_list_unref (attrs);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    highlight_widget (child, needle);
}

/* List item callbacks ------------------------------------------------------------------- */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TdPlanView               *self)
{
  GtkWidget *holder = adw_bin_new ();

  gtk_widget_set_margin_start (holder, 24);
  gtk_widget_set_margin_end (holder, 24);
  gtk_widget_add_css_class (holder, "plan-page");
  gtk_list_item_set_child (list_item, holder);
}

/* Task rows centre themselves on the page; the other rows, few, sit in a clamp. */
static GtkWidget *
on_page (GtkWidget *child)
{
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), PAGE_WIDTH);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), PAGE_WIDTH);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  return clamp;
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TdPlanView               *self)
{
  TdPlanRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *child = NULL;

  switch (row->kind)
    {
    case TD_PLAN_ROW_HEADING:
      child = on_page (_td_plan_view_heading (self->plan));
      break;
    case TD_PLAN_ROW_SECTION:
      child = on_page (_td_plan_view_section (TD_SECTION (row->item)));
      break;
    case TD_PLAN_ROW_TABLE_HEAD:
      child = on_page (build_table_head ());
      break;
    case TD_PLAN_ROW_QUARTER:
      child = on_page (build_quarter (row->quarter));
      break;
    case TD_PLAN_ROW_TASK:
      child = build_task (self, TD_TASK (row->item), gtk_list_item_get_position (list_item),
                          gtk_list_item_get_child (list_item));
      break;
    case TD_PLAN_ROW_SIGNATURE:
      child = on_page (_td_plan_view_signature (self->plan));
      break;
    default:
      g_assert_not_reached ();
    }
  adw_bin_set_child (ADW_BIN (gtk_list_item_get_child (list_item)), child);
  g_hash_table_add (self->bound, gtk_list_item_get_child (list_item));
  if (self->highlight != NULL)
    highlight_widget (child, self->highlight);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              TdPlanView               *self)
{
  if (self->bound != NULL)
    g_hash_table_remove (self->bound, gtk_list_item_get_child (list_item));
  adw_bin_set_child (ADW_BIN (gtk_list_item_get_child (list_item)), NULL);
}

static gboolean
row_matches (TdPlanRow     *row,
             TdPlanRowKind  kind,
             gint64         id)
{
  if (row->kind != kind)
    return FALSE;
  switch (kind)
    {
    case TD_PLAN_ROW_TASK:
      return td_task_get_id (TD_TASK (row->item)) == id;
    case TD_PLAN_ROW_SECTION:
      return td_section_get_id (TD_SECTION (row->item)) == id;
    case TD_PLAN_ROW_QUARTER:
      return row->quarter == id;
    case TD_PLAN_ROW_HEADING:
    case TD_PLAN_ROW_TABLE_HEAD:
    case TD_PLAN_ROW_SIGNATURE:
    default:
      return TRUE;
    }
}

static void
on_selection_changed_cb (TdPlanView *self)
{
  g_signal_emit (self, signals[ROW_SELECTED], 0,
                 gtk_single_selection_get_selected_item (self->selection));
}

/* The document's rows: heading, sections, the task table where its section says, the rest
 * of the sections, signature. Rows are cheap objects; widgets exist only for visible rows. */
static void
rebuild_rows (TdPlanView *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;
  gboolean table_done = FALSE;
  guint n_sections;

  if (self->plan == NULL)
    {
      g_list_store_remove_all (self->rows);
      return;
    }

  sections = td_store_list_sections (self->store, td_plan_get_id (self->plan), &error);
  if (sections != NULL)
    tasks = td_store_list_tasks (self->store, td_plan_get_id (self->plan), &error);
  if (tasks == NULL)
    {
      /* What is on screen stays; it is never replaced by a plan with parts missing. */
      td_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  n_sections = g_list_model_get_n_items (sections);

  g_ptr_array_add (rows, td_plan_row_new (TD_PLAN_ROW_HEADING, 0, NULL));
  for (guint i = 0; i <= n_sections; i++)
    {
      g_autoptr(TdSection) section = i < n_sections ? g_list_model_get_item (sections, i) : NULL;

      if (section != NULL)
        g_ptr_array_add (rows, td_plan_row_new (TD_PLAN_ROW_SECTION, 0, section));

      /* After the section that holds it, or at the end when no section does. */
      if (!table_done &&
          (section == NULL || g_str_equal (td_section_get_kind (section), "tasks")))
        {
          guint n_tasks = g_list_model_get_n_items (tasks);
          TdQuarterWalk walk = TD_QUARTER_WALK_INIT;
          int quarter;

          g_ptr_array_add (rows, td_plan_row_new (TD_PLAN_ROW_TABLE_HEAD, 0, NULL));
          for (guint j = 0; j <= n_tasks; j++)
            {
              g_autoptr(TdTask) task = j < n_tasks ? g_list_model_get_item (tasks, j) : NULL;
              int task_quarter = task != NULL ? td_task_get_quarter (task) : TD_QUARTER_END;

              while ((quarter = td_quarter_walk_next (&walk, task_quarter)) != 0)
                g_ptr_array_add (rows, td_plan_row_new (TD_PLAN_ROW_QUARTER, quarter, NULL));
              if (task != NULL)
                g_ptr_array_add (rows, td_plan_row_new (TD_PLAN_ROW_TASK, walk.quarter, task));
            }
          table_done = TRUE;
        }
    }
  g_ptr_array_add (rows, td_plan_row_new (TD_PLAN_ROW_SIGNATURE, 0, NULL));

  {
    TdPlanRow *selected = gtk_single_selection_get_selected_item (self->selection);
    TdPlanRowKind kind = selected != NULL ? selected->kind : TD_PLAN_ROW_HEADING;
    gint64 id = 0;

    if (selected != NULL)
      id = selected->kind == TD_PLAN_ROW_TASK ? td_task_get_id (TD_TASK (selected->item))
           : selected->kind == TD_PLAN_ROW_SECTION ? td_section_get_id (TD_SECTION (selected->item))
           : selected->quarter;

    /* The same part stays selected when the plan is read again after a change. */
    g_signal_handlers_block_by_func (self->selection, on_selection_changed_cb, self);
    g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                         rows->pdata, rows->len);
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
    g_signal_handlers_unblock_by_func (self->selection, on_selection_changed_cb, self);

    /* A part that is gone (deleted) leaves nothing selected, and the editor is told. */
    if (selected == NULL || !td_plan_view_select (self, kind, id))
      on_selection_changed_cb (self);
  }
}

static void
td_plan_view_dispose (GObject *object)
{
  TdPlanView *self = TD_PLAN_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_PLAN_VIEW);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);
  g_clear_pointer (&self->highlight, g_free);
  g_clear_pointer (&self->bound, g_hash_table_unref);

  G_OBJECT_CLASS (td_plan_view_parent_class)->dispose (object);
}

static void
td_plan_view_class_init (TdPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_plan_view_dispose;

  g_type_ensure (TD_TYPE_PLAN_ROW);

  /**
   * TdPlanView::row-selected:
   * @row: (nullable): the #TdPlanRow selected, or %NULL
   *
   * The part of the plan to edit changed.
   */
  signals[ROW_SELECTED] = g_signal_new ("row-selected", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, TD_TYPE_PLAN_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TdPlanView, scroller);
  gtk_widget_class_bind_template_child (widget_class, TdPlanView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TdPlanView, rows);
  gtk_widget_class_bind_template_child (widget_class, TdPlanView, selection);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unbind_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
td_plan_view_init (TdPlanView *self)
{
  self->bound = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
}

void
td_plan_view_set_plan (TdPlanView *self,
                       TdStore    *store,
                       TdPlan     *plan)
{
  g_return_if_fail (TD_IS_PLAN_VIEW (self));
  g_return_if_fail (plan == NULL || TD_IS_STORE (store));

  g_set_object (&self->store, store);
  g_set_object (&self->plan, plan);
  rebuild_rows (self);
}

TdPlan *
td_plan_view_get_plan (TdPlanView *self)
{
  g_return_val_if_fail (TD_IS_PLAN_VIEW (self), NULL);
  return self->plan;
}

TdStore *
td_plan_view_get_store (TdPlanView *self)
{
  g_return_val_if_fail (TD_IS_PLAN_VIEW (self), NULL);
  return self->store;
}

void
td_plan_view_set_highlight (TdPlanView *self,
                            const char *needle)
{
  GHashTableIter iter;
  gpointer holder;

  g_return_if_fail (TD_IS_PLAN_VIEW (self));

  if (needle != NULL && needle[0] == '\0')
    needle = NULL;
  if (g_strcmp0 (self->highlight, needle) == 0)
    return;
  g_free (self->highlight);
  self->highlight = g_strdup (needle);
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &holder, NULL))
    highlight_widget (GTK_WIDGET (holder), self->highlight);
}

GListModel *
td_plan_view_get_rows (TdPlanView *self)
{
  g_return_val_if_fail (TD_IS_PLAN_VIEW (self), NULL);
  return G_LIST_MODEL (self->rows);
}

gboolean
td_plan_view_select (TdPlanView    *self,
                     TdPlanRowKind  kind,
                     gint64         id)
{
  guint n;

  g_return_val_if_fail (TD_IS_PLAN_VIEW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (row_matches (row, kind, id))
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return FALSE;
}

TdPlanRow *
td_plan_view_get_selected (TdPlanView *self)
{
  g_return_val_if_fail (TD_IS_PLAN_VIEW (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
td_plan_view_refresh_task (TdPlanView *self,
                           gint64      task_id)
{
  g_autoptr(GError) error = NULL;
  guint n;

  g_return_val_if_fail (TD_IS_PLAN_VIEW (self), FALSE);

  if (self->plan == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TdPlanRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      g_autoptr(TdTask) task = NULL;
      g_autoptr(TdPlanRow) fresh = NULL;
      gboolean selected;

      if (!row_matches (row, TD_PLAN_ROW_TASK, task_id))
        continue;
      task = td_store_get_task (self->store, task_id, &error);
      if (task == NULL)
        {
          td_toast_show_error (GTK_WIDGET (self), error);
          return TRUE;
        }
      /* Another quarter or number: other rows change too. */
      if (td_task_get_quarter (task) != row->quarter ||
          td_task_get_number (task) != td_task_get_number (TD_TASK (row->item)))
        return FALSE;

      /* The new row takes the old one's place, and its selection: the editor is told, and
       * keeps what is being typed since it is the same task. */
      fresh = td_plan_row_new (TD_PLAN_ROW_TASK, row->quarter, task);
      selected = gtk_single_selection_get_selected (self->selection) == i;
      g_signal_handlers_block_by_func (self->selection, on_selection_changed_cb, self);
      g_list_store_splice (self->rows, i, 1, (gpointer *) &fresh, 1);
      if (selected)
        gtk_single_selection_set_selected (self->selection, i);
      g_signal_handlers_unblock_by_func (self->selection, on_selection_changed_cb, self);
      if (selected)
        on_selection_changed_cb (self);
      return TRUE;
    }
  return FALSE;
}
