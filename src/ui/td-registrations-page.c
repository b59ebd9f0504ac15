/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The Registrations area: the year's registrations for emulation titles in a GtkListView
 * of drawn rows (only the rows in view are made, so 20,000 households list as fast as
 * ten, and over slots a search sets their texts anew instead of making them), filtered by
 * title and by what is typed (folded once a row, so "tung anh" finds "Tùng Ảnh" without
 * folding anything per keystroke), the counts by title, and who has not registered a title.
 * The columns are in td-registrations-columns.c, what the page does in
 * td-registrations-actions.c, what one change of the store does in
 * td-registrations-changes.c.
 */
#define G_LOG_DOMAIN "td-registrations-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-date.h"
#include "td-fold.h"
#include "td-registrations-page-private.h"
#include "td-toast.h"
#include "td-wrap-layout.h"

/* Below this width the kind, date and targets columns are hidden: a phone shows who,
 * which title and the pledge. */
#define NARROW_WIDTH 600

G_DEFINE_FINAL_TYPE (TdRegistrationsPage, td_registrations_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_count (guint n)
{
  /* With the locale's grouping: "1.234" in Vietnamese, "1,234" in English. */
  return g_strdup_printf ("%'u", n);
}

static guint
count_of (GHashTable *counts,
          const char *code)
{
  return counts != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)) : 0;
}

static gboolean
filter_func (gpointer item,
             gpointer data)
{
  TdRegistrationsPage *self = data;
  TdRegistration *registration = item;

  if (!self->show_unregistered && self->title_code != NULL &&
      g_strcmp0 (td_registration_get_award_kind_code (registration), self->title_code) != 0)
    return FALSE;
  return self->needle == NULL || self->needle[0] == '\0' ||
         strstr (_td_registration_search_key (registration), self->needle) != NULL;
}

/* The line above the list: how many, and for what. */
static void
update_count (TdRegistrationsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->registrations));
  TdAwardKind *title = _td_registrations_page_get_title (self);
  gboolean searching = self->needle != NULL && self->needle[0] != '\0';
  g_autofree char *shown_text = format_count (shown);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Read for the first time, or for another year: not "none", which it may not be. */
  if (self->reading)
    {
      gtk_label_set_label (self->count_label, _("Reading…"));
      return;
    }
  if (self->show_unregistered && title != NULL)
    {
      guint all = g_list_model_get_n_items (G_LIST_MODEL (self->unregistered));
      g_autofree char *all_text = format_count (all);

      if (searching)
        /* Translators: "3 of 1,200 have not registered for “Gia đình văn hóa”" */
        g_string_printf (text, _("%s of %s have not registered for “%s”"), shown_text, all_text,
                         td_award_kind_get_name (title));
      else
        /* Translators: "1,200 have not registered for “Gia đình văn hóa”" */
        g_string_printf (text, _("%s have not registered for “%s”"), all_text,
                         td_award_kind_get_name (title));
    }
  else if (title != NULL)
    {
      const char *code = td_award_kind_get_code (title);
      g_autofree char *n = format_count (count_of (self->counts, code));
      g_autofree char *pledged = format_count (count_of (self->pledges, code));

      /* Translators: "Gia đình văn hóa: 1,234 registered, 12 pledges signed" */
      g_string_printf (text, _("%s: %s registered, %s pledges signed"),
                       td_award_kind_get_name (title), n, pledged);
      if (searching)
        /* Translators: after the counts of a title, how many the search finds */
        g_string_append_printf (text, _(" · %s found"), shown_text);
    }
  else if (searching)
    {
      g_autofree char *total_text = format_count (total);

      /* Translators: "12 of 1,250 registrations" */
      g_string_printf (text, _("%s of %s registrations"), shown_text, total_text);
    }
  else
    {
      g_autofree char *total_text = format_count (total);
      gboolean first = TRUE;

      /* Translators: the year's count, before each title's: "1,250 registrations: Gia đình
       * văn hóa 1,234 · Lao động tiên tiến 16" */
      g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s registration", "%s registrations",
                                          total), total_text);
      for (guint i = 0; i < self->titles->len; i++)
        {
          TdAwardKind *kind = g_ptr_array_index (self->titles, i);
          guint n = count_of (self->counts, td_award_kind_get_code (kind));
          g_autofree char *n_text = NULL;

          if (n == 0)
            continue;
          n_text = format_count (n);
          g_string_append_printf (text, "%s%s %s", first ? ": " : " · ",
                                  td_award_kind_get_name (kind), n_text);
          first = FALSE;
        }
    }
  gtk_label_set_label (self->count_label, text->str);
}

/* The list, or why it shows nothing: no registrations at all, none found, nobody left. */
void
_td_registrations_page_update_view (TdRegistrationsPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->registrations));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  TdAwardKind *title = _td_registrations_page_get_title (self);
  g_autofree char *empty_title = NULL;
  g_autofree char *register_all = NULL;

  /* Translators: the page of a year with no registration yet; %d is the year */
  empty_title = g_strdup_printf (_("No Registrations for %d"), self->year);
  adw_status_page_set_title (self->empty_page, empty_title);
  gtk_stack_set_visible_child_name (self->stack,
                                    total == 0 && !self->show_unregistered && !self->reading
                                      ? "empty" : "list");

  if (shown > 0 || self->reading)
    gtk_stack_set_visible_child_name (self->list_stack, "rows");
  else
    {
      if (self->show_unregistered && (self->needle == NULL || self->needle[0] == '\0'))
        {
          adw_status_page_set_icon_name (self->none_page, "emblem-ok-symbolic");
          adw_status_page_set_title (self->none_page, _("Everyone Has Registered"));
          adw_status_page_set_description (self->none_page,
                                           _("Nobody this title is for is left to register."));
        }
      else
        {
          adw_status_page_set_icon_name (self->none_page, "edit-find-symbolic");
          adw_status_page_set_title (self->none_page, _("No Registration Found"));
          adw_status_page_set_description (self->none_page,
                                           _("Try another spelling, or another title."));
        }
      gtk_stack_set_visible_child_name (self->list_stack, "none");
    }

  gtk_action_bar_set_revealed (self->action_bar, self->show_unregistered && title != NULL);
  if (self->show_unregistered)
    {
      g_autofree char *n = format_count (shown);

      /* Translators: the button that registers every subject the list shows */
      register_all = g_strdup_printf (_("Register _All %s"), n);
      gtk_button_set_label (self->register_shown_button, register_all);
    }
  update_count (self);
  _td_registrations_page_update_actions (self);
}

/* The list's filter, or none while no row is to be hidden (no search, no title chosen):
 * then 20,000 rows are shown without a look at each, and a search emptied costs nothing.
 * TRUE when that changed the filter, and so the rows shown. */
static gboolean
use_filter (TdRegistrationsPage *self)
{
  gboolean hides = (self->needle != NULL && self->needle[0] != '\0') ||
                   (!self->show_unregistered && self->title_code != NULL);
  GtkFilter *filter = hides ? GTK_FILTER (self->filter) : NULL;

  if (gtk_filter_list_model_get_filter (self->filtered) == filter)
    return FALSE;
  gtk_filter_list_model_set_filter (self->filtered, filter);
  return TRUE;
}

static void
refilter (TdRegistrationsPage *self,
          GtkFilterChange      change)
{
  if (!use_filter (self) && gtk_filter_list_model_get_filter (self->filtered) != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
  _td_registrations_page_update_view (self);
}

/* Who has not registered the chosen title, read again. */
void
_td_registrations_page_load_unregistered (TdRegistrationsPage *self)
{
  TdStore *store = _td_registrations_page_get_store (self);
  TdAwardKind *title = _td_registrations_page_get_title (self);
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (store != NULL && title != NULL && self->show_unregistered)
    {
      rows = td_store_list_unregistered_for_title (store, self->year, td_award_kind_get_id (title),
                                                   &error);
      if (rows == NULL)
        td_toast_show_error (GTK_WIDGET (self), error);
    }
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  g_list_store_splice (self->unregistered, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->unregistered)),
                       items->pdata, items->len);
}

/* The dropdown: "All titles (1,250)", then each title of the year with its count. */
void
_td_registrations_page_fill_titles (TdRegistrationsPage *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->registrations));
  g_autofree char *total_text = format_count (total);
  guint selected = 0;

  /* Translators: the first item of the titles dropdown, with the year's count */
  g_ptr_array_add (labels, g_strdup_printf (_("All titles (%s)"), total_text));
  for (guint i = 0; i < self->titles->len; i++)
    {
      TdAwardKind *kind = g_ptr_array_index (self->titles, i);
      g_autofree char *n = format_count (count_of (self->counts, td_award_kind_get_code (kind)));

      g_ptr_array_add (labels, g_strdup_printf ("%s (%s)", td_award_kind_get_name (kind), n));
      if (g_strcmp0 (self->title_code, td_award_kind_get_code (kind)) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  g_signal_handlers_block_matched (self->title_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                   self);
  gtk_string_list_splice (self->title_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->title_list)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->title_dropdown, selected);
  g_signal_handlers_unblock_matched (self->title_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                                     NULL, self);
  if (selected == 0)
    g_clear_pointer (&self->title_code, g_free);
}

static void
on_search_changed_cb (TdRegistrationsPage *self,
                      GtkSearchEntry      *entry)
{
  g_autofree char *needle = td_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_autofree char *old = g_steal_pointer (&self->needle);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_strstrip (needle);
  if (g_strcmp0 (old, needle) == 0)
    {
      self->needle = g_steal_pointer (&old);
      return;
    }
  /* Typing on only narrows what was found: the rows left out stay out. */
  if (old != NULL && strstr (needle, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && strstr (old, needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  self->needle = g_steal_pointer (&needle);
  refilter (self, change);
}

static void
on_stop_search_cb (TdRegistrationsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_title_selected_cb (TdRegistrationsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->title_dropdown);
  TdAwardKind *title = position > 0 && position <= self->titles->len
                         ? g_ptr_array_index (self->titles, position - 1) : NULL;

  g_free (self->title_code);
  self->title_code = title != NULL ? g_strdup (td_award_kind_get_code (title)) : NULL;
  /* Who has not registered is of one title: "All titles" shows the registrations. */
  if (title == NULL && self->show_unregistered)
    {
      gtk_toggle_button_set_active (self->unregistered_button, FALSE);
      return;
    }
  if (self->show_unregistered)
    _td_registrations_page_load_unregistered (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_unregistered_toggled_cb (TdRegistrationsPage *self)
{
  gboolean show = gtk_toggle_button_get_active (self->unregistered_button);

  if (show == self->show_unregistered)
    return;
  self->show_unregistered = show;
  _td_registrations_page_load_unregistered (self);
  gtk_sort_list_model_set_model (self->sorted,
                                 G_LIST_MODEL (show ? self->unregistered : self->registrations));
  _td_registrations_page_update_columns (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_activate_cb (TdRegistrationsPage *self,
                guint                position)
{
  _td_registrations_page_activate (self, position);
}

static void
td_registrations_page_map (GtkWidget *widget)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (widget);

  GTK_WIDGET_CLASS (td_registrations_page_parent_class)->map (widget);
  if (self->stale)
    _td_registrations_page_start_loading (self);
}

static void
td_registrations_page_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (TD_REGISTRATIONS_PAGE (widget)->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Not a GtkBinLayout: the page looks at its width as it is given it. */
static void
td_registrations_page_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (widget);
  gboolean narrow = width < NARROW_WIDTH;

  /* The rows are allocated next, and drawn with the columns of their width. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      _td_registrations_page_update_columns (self);
    }
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
}

/* Another file: its rows are read anew. */
static void
on_store_cb (TdRegistrationsPage *self)
{
  _td_registrations_page_invalidate (self, TRUE);
}

static void
td_registrations_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_registrations_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      if (self->context != NULL)
        g_signal_connect_object (self->context, "notify::store",
                                 G_CALLBACK (on_store_cb), self, G_CONNECT_SWAPPED);
      break;
    case PROP_YEAR:
      if (self->year != g_value_get_int (value))
        {
          self->year = g_value_get_int (value);
          _td_registrations_page_invalidate (self, TRUE);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_registrations_page_dispose (GObject *object)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (object);

  /* A reading under way comes back cancelled, to a page it leaves alone. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->view != NULL)
    gtk_list_view_set_model (self->view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_REGISTRATIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  /* Held by the slots too: this is the page's own reference. */
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->chosen);
  g_clear_object (&self->context);
  g_clear_pointer (&self->targets, g_hash_table_unref);
  g_clear_object (&self->table);
  for (guint i = 0; i < N_REG_COLUMNS; i++)
    g_clear_object (&self->sorters[i]);

  G_OBJECT_CLASS (td_registrations_page_parent_class)->dispose (object);
}

static void
td_registrations_page_finalize (GObject *object)
{
  TdRegistrationsPage *self = TD_REGISTRATIONS_PAGE (object);

  g_clear_object (&self->registrations);
  g_clear_object (&self->unregistered);
  g_ptr_array_unref (self->titles);
  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->pledges);
  g_free (self->title_code);
  g_free (self->needle);

  G_OBJECT_CLASS (td_registrations_page_parent_class)->finalize (object);
}

static void
td_registrations_page_class_init (TdRegistrationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = td_registrations_page_dispose;
  object_class->finalize = td_registrations_page_finalize;
  object_class->get_property = td_registrations_page_get_property;
  object_class->set_property = td_registrations_page_set_property;
  widget_class->map = td_registrations_page_map;
  widget_class->measure = td_registrations_page_measure;
  widget_class->size_allocate = td_registrations_page_size_allocate;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, TD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/thidua/ThiDua/ui/td-registrations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, title_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, title_list);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, unregistered_button);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, rows_box);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, view);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, none_page);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, register_shown_button);
  gtk_widget_class_bind_template_child (widget_class, TdRegistrationsPage, empty_page);

  _td_registrations_page_class_add_actions (widget_class);
}

static void
on_chosen_cb (TdRegistrationsPage *self)
{
  TdSlot *slot = gtk_single_selection_get_selected_item (self->selection);

  g_set_object (&self->chosen, slot != NULL ? td_slot_get_item (slot) : NULL);
}

/* A search or a filter gave the chosen row's slot another registration: not chosen. */
static void
drop_moved_selection (TdRegistrationsPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  TdRegistration *shown = td_slot_model_peek_item (self->slots, position);

  if (shown != NULL && shown != self->chosen)
    gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (self->selection), position);
}

/* A heading clicked: the rows in its order, or the other way when they were; the row
 * chosen before is chosen again where it went, and scrolled to. */
static void
on_sort_cb (TdRegistrationsPage *self,
            guint                column)
{
  g_autoptr(TdRegistration) kept = self->chosen != NULL ? g_object_ref (self->chosen) : NULL;
  gboolean descending = column == self->sort_column && !self->sort_descending;
  GListModel *shown = G_LIST_MODEL (self->filtered);
  guint n;

  if (!_td_registrations_page_set_sort (self, column, descending))
    return;
  n = g_list_model_get_n_items (shown);
  for (guint i = 0; kept != NULL && i < n; i++)
    {
      g_autoptr(TdRegistration) item = g_list_model_get_item (shown, i);

      if (item != kept)
        continue;
      gtk_single_selection_set_selected (self->selection, i);
      /* GTK 4.8's list view has no scroll_to(), but an action. */
      gtk_widget_activate_action (GTK_WIDGET (self->view), "list.scroll-to-item", "u", i);
      break;
    }
}

static void
td_registrations_page_init (TdRegistrationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->stale = TRUE;
  self->reading = TRUE;
  self->registrations = g_list_store_new (TD_TYPE_REGISTRATION);
  self->unregistered = g_list_store_new (TD_TYPE_REGISTRATION);
  self->titles = g_ptr_array_new_with_free_func (g_object_unref);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pledges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_set_layout_manager (self->toolbar, td_wrap_layout_new (6, 6));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  /* Unsorted (the store's order) until a heading is clicked. */
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->registrations)), NULL);
  /* No filter until one is needed (use_filter()). */
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->sorted), NULL);
  self->slots = td_slot_model_new (G_LIST_MODEL (self->filtered));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->slots)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  _td_registrations_page_add_columns (self);
  gtk_list_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->header, "sort", G_CALLBACK (on_sort_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (drop_moved_selection), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_stop_search_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_dropdown, "notify::selected",
                           G_CALLBACK (on_title_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unregistered_button, "toggled",
                           G_CALLBACK (on_unregistered_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (on_activate_cb), self,
                           G_CONNECT_SWAPPED);
  _td_registrations_page_fill_titles (self);
  _td_registrations_page_update_view (self);
}

/* Private to the page's files -------------------------------------------------------------- */

TdStore *
_td_registrations_page_get_store (TdRegistrationsPage *self)
{
  return self->context != NULL ? td_context_get_store (self->context) : NULL;
}

gboolean
_td_registrations_page_writable (TdRegistrationsPage *self)
{
  TdStore *store = _td_registrations_page_get_store (self);

  return store != NULL && !td_store_is_read_only (store) && self->year != 0;
}

TdAwardKind *
_td_registrations_page_get_title (TdRegistrationsPage *self)
{
  for (guint i = 0; self->title_code != NULL && i < self->titles->len; i++)
    {
      TdAwardKind *kind = g_ptr_array_index (self->titles, i);

      if (g_str_equal (td_award_kind_get_code (kind), self->title_code))
        return kind;
    }
  return NULL;
}

char *
_td_registrations_page_default_date (TdRegistrationsPage *self)
{
  const char *set = self->context != NULL ? td_context_get_today (self->context) : NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  int year;

  if (set != NULL)
    today = g_strdup (set);
  else
    {
      now = g_date_time_new_now_local ();
      today = g_date_time_format (now, "%Y-%m-%d");
    }
  year = td_date_year_of (today);
  return year == self->year || year == self->year - 1 ? g_steal_pointer (&today) : g_strdup ("");
}

/* Public ----------------------------------------------------------------------------------- */

void
td_registrations_page_reload (TdRegistrationsPage *self)
{
  g_return_if_fail (TD_IS_REGISTRATIONS_PAGE (self));
  _td_registrations_page_invalidate (self, FALSE);
}

GListModel *
td_registrations_page_get_shown (TdRegistrationsPage *self)
{
  g_return_val_if_fail (TD_IS_REGISTRATIONS_PAGE (self), NULL);
  _td_registrations_page_ensure_loaded (self);
  return G_LIST_MODEL (self->filtered);
}

gboolean
td_registrations_page_show_title (TdRegistrationsPage *self,
                                  const char          *code)
{
  g_return_val_if_fail (TD_IS_REGISTRATIONS_PAGE (self), FALSE);

  _td_registrations_page_ensure_loaded (self);
  if (code == NULL)
    {
      gtk_drop_down_set_selected (self->title_dropdown, 0);
      return TRUE;
    }
  for (guint i = 0; i < self->titles->len; i++)
    if (g_str_equal (td_award_kind_get_code (g_ptr_array_index (self->titles, i)), code))
      {
        gtk_drop_down_set_selected (self->title_dropdown, i + 1);
        return TRUE;
      }
  return FALSE;
}
