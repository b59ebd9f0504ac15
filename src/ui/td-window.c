/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The window: opening the store, the years, and the sidebar of the year's areas (a table,
 * below), each a page given the window's context and bound to its year. Its actions are in
 * td-window-actions.c.
 */
#define G_LOG_DOMAIN "td-window"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-plan-page.h"
#include "td-registrations-page.h"
#include "td-save-problem.h"
#include "td-scoring-page.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-timeline-page.h"
#include "td-units-page.h"
#include "td-toast.h"
#include "td-sample.h"
#include "td-window-private.h"

G_DEFINE_FINAL_TYPE (TdWindow, td_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The year's areas, one line each: a page type with a "context" construct property and a
 * "year" property, which reads what it shows when it is shown; its reload for when the
 * years were read again; and its apply_change for one typed change of the store, which the
 * page filters by its own plan. Only areas that exist are listed: no empty pages. */
static const struct {
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type)     (void);
  void      (*reload)       (gpointer        page);
  void      (*apply_change) (gpointer        page,
                             const TdChange *change);
} areas[TD_WINDOW_N_AREAS] = {
  [TD_WINDOW_AREA_PLAN] = { "plan", N_("Plan"), "x-office-document-symbolic",
                            td_plan_page_get_type,
                            (void (*) (gpointer)) td_plan_page_reload,
                            (void (*) (gpointer, const TdChange *)) td_plan_page_apply_change },
  [TD_WINDOW_AREA_TIMELINE] = { "timeline", N_("Timeline"), "x-office-presentation-symbolic",
                                td_timeline_page_get_type,
                                (void (*) (gpointer)) td_timeline_page_reload,
                                (void (*) (gpointer, const TdChange *))
                                  td_timeline_page_apply_change },
  [TD_WINDOW_AREA_UNITS] = { "units", N_("Units"), "system-users-symbolic",
                             td_units_page_get_type,
                             (void (*) (gpointer)) td_units_page_reload,
                             (void (*) (gpointer, const TdChange *)) td_units_page_apply_change },
  [TD_WINDOW_AREA_REGISTRATIONS] = { "registrations", N_("Registrations"),
                                     "checkbox-checked-symbolic",
                                     td_registrations_page_get_type,
                                     (void (*) (gpointer)) td_registrations_page_reload,
                                     (void (*) (gpointer, const TdChange *))
                                       td_registrations_page_apply_change },
  [TD_WINDOW_AREA_SCORING] = { "scoring", N_("Scoring"), "starred-symbolic",
                               td_scoring_page_get_type,
                               (void (*) (gpointer)) td_scoring_page_reload,
                               (void (*) (gpointer, const TdChange *))
                                 td_scoring_page_apply_change },
};

static int
area_index (const char *name)
{
  for (int i = 0; i < TD_WINDOW_N_AREAS; i++)
    if (g_strcmp0 (areas[i].name, name) == 0)
      return i;
  return -1;
}

static gboolean
has_year (TdWindow *self,
          int       year)
{
  for (guint i = 0; self->years != NULL && i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      return TRUE;
  return FALSE;
}

void
_td_window_update_actions (TdWindow *self)
{
  gboolean writable = self->store != NULL && !td_store_is_read_only (self->store);
  gboolean has_backup = FALSE;

  if (self->open_error != NULL)
    {
      g_autoptr(GPtrArray) backups = td_store_list_backups (self->path, NULL);
      has_backup = backups != NULL && backups->len > 0;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample",
                                 writable && !has_year (self, TD_SAMPLE_YEAR));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-plan",
                                 writable &&
                                 !has_year (self, td_context_get_current_year (self->context)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backups", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-plan", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", self->year != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", self->year != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find",
                                 self->year != 0 && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.unit-pane",
                                 self->year != 0 && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preview", self->year != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", self->year != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.choose-year",
                                 self->years != NULL && self->years->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup",
                                 self->open_error != NULL && has_backup);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-fresh",
                                 g_error_matches (self->open_error, TD_STORE_ERROR,
                                                  TD_STORE_ERROR_CORRUPT));
}

void
_td_window_show_error_toast (TdWindow     *self,
                             const GError *error)
{
  const char *words = td_save_problem_describe_action (error);
  AdwToast *toast = td_toast_new (words != NULL ? words : error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A long label on a narrow window goes onto two lines rather than widening the window. */
static void
wrap_button_label (GtkWidget *button)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
    }
}

static void
update_welcome (TdWindow *self)
{
  g_autoptr(TdOffice) office = NULL;
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  int year = td_context_get_current_year (self->context);

  /* Translators: the button on the first-run page; %d is this year */
  label = g_strdup_printf (_("_Start the Plan for %d"), year);
  gtk_button_set_label (self->start_button, label);
  gtk_button_set_use_underline (self->start_button, TRUE);
  wrap_button_label (GTK_WIDGET (self->start_button));

  if (self->store == NULL)
    return;

  office = td_store_get_office (self->store, NULL);
  if (td_store_is_read_only (self->store) || office == NULL)
    heading = g_strdup ("");
  else if (td_office_get_issuing_body (office)[0] == '\0')
    heading = g_strdup (_("Its heading comes from the office’s identity: set it in Preferences."));
  else
    {
      /* The heading the new plan will have, as it will be printed. */
      g_autofree char *date = td_date_place_phrase (td_office_get_place (office), "", year);

      heading = g_strdup_printf ("%s · Số:     /KH-%s\n%s\nCông tác thi đua, khen thưởng năm %d",
                                 td_office_get_issuing_body (office),
                                 td_office_get_code (office), date, year);
    }
  gtk_label_set_label (self->start_heading_label, heading);
}

static void
update_title (TdWindow *self)
{
  g_autofree char *subtitle = NULL;
  int area = area_index (_td_window_get_area (self));
  gboolean plan = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "plan") == 0;

  if (plan && self->year != 0)
    /* Translators: the window subtitle, e.g. "Plan 2022" */
    subtitle = g_strdup_printf (_("Plan %d"), self->year);
  adw_window_title_set_title (self->window_title, plan && area >= 0
                                                    ? _(areas[area].title)
                                                    : _("Emulation & Commendation"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
set_year (TdWindow *self,
          int       year)
{
  if (self->year == year)
    return;
  self->year = year;
  if (year != 0 && self->store != NULL && !td_store_is_read_only (self->store))
    g_settings_set_int (self->settings, "last-year", year);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/* "welcome", "plan" or "problem". */
static void
show_state (TdWindow   *self,
            const char *state)
{
  gtk_stack_set_visible_child_name (self->stack, state);
  _td_window_update_chrome (self);
  update_title (self);
}

static void
on_year_selected_cb (TdWindow    *self,
                     GParamSpec  *pspec,
                     GtkDropDown *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (self->years == NULL || position >= self->years->len)
    return;
  set_year (self, g_array_index (self->years, int, position));
}

/* Re-reads the years and shows @year (or the best one there is when @year has no plan). */
static void
reload (TdWindow *self,
        int       year)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GArray *years;
  guint selected = 0;

  years = td_store_list_plan_years (self->store, &error);
  if (years == NULL)
    {
      /* Never the first-run page for a file that could not be read: it has plans. */
      _td_window_show_error_toast (self, error);
      if (self->years == NULL)
        self->years = g_array_new (FALSE, FALSE, sizeof (int));
      return;
    }
  g_clear_pointer (&self->years, g_array_unref);
  self->years = years;

  if (self->years->len == 0)
    {
      set_year (self, 0);
      update_welcome (self);
      gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), FALSE);
      show_state (self, "welcome");
      _td_window_update_actions (self);
      return;
    }

  if (!has_year (self, year))
    {
      int current = td_context_get_current_year (self->context);

      year = has_year (self, current) ? current
                                      : g_array_index (self->years, int, self->years->len - 1);
    }

  for (guint i = 0; i < self->years->len; i++)
    {
      int y = g_array_index (self->years, int, i);
      g_ptr_array_add (labels, g_strdup_printf ("%d", y));
      if (y == year)
        selected = i;
    }
  g_ptr_array_add (labels, NULL);

  g_signal_handlers_block_by_func (self->year_dropdown, on_year_selected_cb, self);
  gtk_string_list_splice (self->year_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->year_list)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->year_dropdown, on_year_selected_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), TRUE);

  set_year (self, year);
  show_state (self, "plan");
  _td_window_update_actions (self);
}

/* The store changed the plan shown: each page reads it again, now if shown, else when it
 * is next shown. */
static void
reload_pages (TdWindow *self)
{
  for (guint i = 0; i < TD_WINDOW_N_AREAS; i++)
    areas[i].reload (self->pages[i]);
}

/* The year an action that adds a plan asked for, once; else the year shown. */
static int
take_next_year (TdWindow *self)
{
  int wanted = self->next_year != 0 ? self->next_year : self->year;

  self->next_year = 0;
  return wanted;
}

static void
on_store_changed_cb (TdWindow       *self,
                     const TdChange *change,
                     TdStore        *store)
{
  int shown = self->year;

  /* An older backup restored into the store: whoever restored it opens the file again. */
  if (td_store_get_version (store) < td_store_latest_version ())
    return;

  switch (change->what)
    {
    case TD_CHANGE_OFFICE:
      update_welcome (self);
      return;
    case TD_CHANGE_PLAN:
      if (change->kind == TD_CHANGE_UPDATED)
        break;
      /* A plan added, copied or removed: the years again, and the one an action asked for.
       * Another year reloads the pages through their year; the same one is read again. */
      reload (self, take_next_year (self));
      if (self->year == shown)
        reload_pages (self);
      return;
    case TD_CHANGE_ALL:
      /* Another window or program changed the file: show it as it is now. What is being
       * typed here keeps its text (the editor only refreshes the fields not typed into). */
      reload (self, take_next_year (self));
      update_welcome (self);
      if (self->year == shown)
        reload_pages (self);
      return;
    case TD_CHANGE_SECTION:
    case TD_CHANGE_TASK:
    case TD_CHANGE_UNIT:
    default:
      break;
    }

  /* A part of one plan: each page takes what it shows of it (one task's row or bar, or its
   * plan again, now if shown, else when next shown). */
  for (guint i = 0; i < TD_WINDOW_N_AREAS; i++)
    areas[i].apply_change (self->pages[i], change);
}

/* Another connection's commit moves PRAGMA data_version: one cheap query. */
static gboolean
check_external_cb (gpointer data)
{
  TdWindow *self = data;

  if (self->store != NULL)
    td_store_check_external (self->store, NULL);
  return G_SOURCE_CONTINUE;
}

static void
on_is_active_cb (TdWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    check_external_cb (self);
}

static void
show_problem (TdWindow *self)
{
  /* A backups folder that cannot be read offers none, as when there is none. */
  g_autofree char *newest = td_store_newest_valid_backup (self->path, NULL);
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  const char *title;
  gboolean corrupt = g_error_matches (self->open_error, TD_STORE_ERROR, TD_STORE_ERROR_CORRUPT);

  if (corrupt)
    {
      title = _("The Data File Is Damaged");
      if (newest != NULL)
        {
          g_autofree char *name = g_path_get_basename (newest);
          description = g_strdup_printf (_("%s\n\nThe newest backup is “%s”. Restoring it keeps "
                                           "the damaged file aside; nothing is deleted."),
                                         self->open_error->message, name);
        }
      else
        description = g_strdup_printf (_("%s\n\nThere is no backup of it. A new empty file "
                                         "can be started; the damaged one is kept aside, "
                                         "nothing is deleted."),
                                       self->open_error->message);
    }
  else
    {
      title = _("The Data File Cannot Be Opened");
      description = g_strdup (self->open_error->message);
    }

  /* The description is Pango markup: file names and messages are shown as they are. */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_title (self->problem_page, title);
  adw_status_page_set_description (self->problem_page, escaped);
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), corrupt && newest != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->fresh_button), corrupt);
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), FALSE);
  show_state (self, "problem");
  _td_window_update_actions (self);
}

void
_td_window_open_store (TdWindow *self,
                       gboolean  load_sample)
{
  g_autoptr(GError) error = NULL;
  const char *message = NULL;

  g_clear_error (&self->open_error);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  self->store = td_store_open (self->path, &error);
  if (self->store == NULL)
    {
      g_message ("%s", error->message);
      self->open_error = g_steal_pointer (&error);
      td_context_set_store (self->context, NULL);
      set_year (self, 0);
      show_problem (self);
      return;
    }

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  td_context_set_store (self->context, self->store);
  /* Where the file is now, before it is read: later commits by others are noticed. */
  td_store_check_external (self->store, NULL);

  switch (td_store_get_access (self->store))
    {
    case TD_STORE_READ_ONLY_NEWER:
      message = _("This file was made by a newer version of Emulation & Commendation. It is "
                  "open for reading only: nothing you do here changes it.");
      break;
    case TD_STORE_READ_ONLY_FILE:
      message = _("This file cannot be written (the file or its folder is read-only). It is "
                  "open for reading only.");
      break;
    case TD_STORE_WRITABLE:
    default:
      break;
    }
  gtk_label_set_label (self->read_only_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->read_only_revealer, message != NULL);

  if (load_sample && !td_store_is_read_only (self->store))
    {
      if (!td_sample_load (self->store, NULL, &error))
        _td_window_show_error_toast (self, error);
      else
        {
          reload (self, TD_SAMPLE_YEAR);
          return;
        }
    }

  reload (self, g_settings_get_int (self->settings, "last-year"));
}

static void
on_activate_task_cb (TdWindow   *self,
                     gint64      task_id,
                     TdTimeline *timeline)
{
  /* Double-click or Enter on the timeline: the task in the plan's editor. */
  _td_window_show_area (self, TD_WINDOW_AREA_PLAN);
  td_plan_view_select (td_plan_page_get_view (_td_window_plan_page (self)), TD_PLAN_ROW_TASK,
                       task_id);
}

static void
on_area_list_row_selected_cb (TdWindow      *self,
                              GtkListBoxRow *row,
                              GtkListBox    *list)
{
  if (row != NULL)
    adw_view_stack_set_visible_child_name (self->area_stack,
                                           areas[gtk_list_box_row_get_index (row)].name);
}

static void
on_area_list_row_activated_cb (TdWindow      *self,
                               GtkListBoxRow *row,
                               GtkListBox    *list)
{
  _td_window_show_area (self, gtk_list_box_row_get_index (row));
}

static void
on_area_changed_cb (TdWindow *self)
{
  int area = area_index (_td_window_get_area (self));

  if (area >= 0)
    gtk_list_box_select_row (self->area_list, gtk_list_box_get_row_at_index (self->area_list,
                                                                            area));
  update_title (self);
  _td_window_update_actions (self);
}

/* An area shown on start that no longer exists (a newer version's) is not shown. */
static gboolean
get_area_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  if (area_index (name) < 0)
    return FALSE;
  g_value_set_string (value, name);
  return TRUE;
}

static GVariant *
set_area_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char *name = g_value_get_string (value);

  return name != NULL ? g_variant_new_string (name) : NULL;
}

static void
add_areas (TdWindow *self)
{
  for (guint i = 0; i < TD_WINDOW_N_AREAS; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (_(areas[i].title));
      AdwViewStackPage *page;

      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (areas[i].icon_name));
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_append (self->area_list, row);

      self->pages[i] = g_object_new (areas[i].get_type (), "context", self->context, NULL);
      page = adw_view_stack_add_named (self->area_stack, self->pages[i], areas[i].name);
      adw_view_stack_page_set_title (page, _(areas[i].title));
      adw_view_stack_page_set_icon_name (page, areas[i].icon_name);
      g_object_bind_property (self, "year", self->pages[i], "year", G_BINDING_SYNC_CREATE);
    }
}

static void
on_folded_cb (TdWindow *self)
{
  _td_window_update_chrome (self);
}

/* For the start-up benchmark: report the first painted frame, then leave. */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   TdWindow      *self)
{
  g_print ("first-frame\n");
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
td_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (td_window_parent_class)->realize (widget);

  if (g_getenv ("TD_DEBUG_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_after_paint_cb), widget, 0);
}

static gboolean
td_window_close_request (GtkWindow *window)
{
  TdWindow *self = TD_WINDOW (window);
  TdPlanEditor *editor = _td_window_get_editor (self);

  if (editor != NULL && !self->close_confirmed)
    {
      td_plan_editor_flush (editor);
      if (td_plan_editor_has_unsaved (editor))
        {
          _td_window_ask_before_closing (self);
          return TRUE;
        }
    }

  return GTK_WINDOW_CLASS (td_window_parent_class)->close_request (window);
}

static void
td_window_dispose (GObject *object)
{
  TdWindow *self = TD_WINDOW (object);

  g_clear_handle_id (&self->external_source, g_source_remove);
  _td_window_undo_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (td_window_parent_class)->dispose (object);
}

static void
td_window_finalize (GObject *object)
{
  TdWindow *self = TD_WINDOW (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_error (&self->open_error);
  g_free (self->path);

  G_OBJECT_CLASS (td_window_parent_class)->finalize (object);
}

static void
td_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TdWindow *self = TD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_window_class_init (TdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = td_window_dispose;
  object_class->finalize = td_window_finalize;
  object_class->get_property = td_window_get_property;
  widget_class->realize = td_window_realize;
  window_class->close_request = td_window_close_request;

  /* The year shown, 0 when there is none; every page's year is bound to it. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, area_list);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, area_stack);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, year_list);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, print_squeezer);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, print_buttons);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, print_section);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, print_menu);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, start_button);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, sample_button);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, start_heading_label);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, problem_page);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, fresh_button);

  _td_window_class_add_actions (widget_class);
  _td_window_class_add_undo_actions (widget_class);
}

/* For screenshots of another day than the real one: TD_DEBUG_TODAY=YYYY-MM-DD. */
static void
debug_today (TdWindow *self)
{
  const char *today = g_getenv ("TD_DEBUG_TODAY");
  gint64 days;

  if (today == NULL)
    return;
  if (td_date_iso_to_days (today, &days))
    td_context_set_today (self->context, today);
  else
    g_warning ("TD_DEBUG_TODAY=%s is not a date (YYYY-MM-DD)", today);
}

static void
td_window_init (TdWindow *self)
{
  GSettingsBindFlags once = G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->context = td_context_new (self->settings);
  debug_today (self);
  _td_window_undo_init (self);
  _td_window_init_print_menu (self);
  add_areas (self);
  wrap_button_label (self->sample_button);

  /* Read once when the window opens and written as it changes: another window's size or
   * area is not forced onto this one. */
  g_settings_bind (self->settings, "window-width", self, "default-width", once);
  g_settings_bind (self->settings, "window-height", self, "default-height", once);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", once);
  g_settings_bind (self->settings, "timeline-zoom", self->pages[TD_WINDOW_AREA_TIMELINE], "zoom",
                   once);
  g_settings_bind (self->settings, "timeline-unit-pane", self->pages[TD_WINDOW_AREA_TIMELINE],
                   "show-unit-pane", once);
  g_settings_bind_with_mapping (self->settings, "last-area", self->area_stack,
                                "visible-child-name", once, get_area_mapping, set_area_mapping,
                                NULL, NULL);
  on_area_changed_cb (self);

  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (on_year_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (td_timeline_page_get_timeline (_td_window_timeline_page (self)),
                           "activate-task", G_CALLBACK (on_activate_task_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->area_stack, "notify::visible-child-name",
                           G_CALLBACK (on_area_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->area_list, "row-selected",
                           G_CALLBACK (on_area_list_row_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->area_list, "row-activated",
                           G_CALLBACK (on_area_list_row_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (on_folded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::is-active", G_CALLBACK (on_is_active_cb), self,
                           G_CONNECT_SWAPPED);
  self->external_source = g_timeout_add (TD_WINDOW_EXTERNAL_CHECK_MS, check_external_cb, self);
  show_state (self, "welcome");
}

TdWindow *
td_window_new (TdApplication *application,
               const char    *path,
               gboolean       load_sample)
{
  return td_window_new_on_page (application, path, load_sample, NULL);
}

TdWindow *
td_window_new_on_page (TdApplication *application,
                       const char    *path,
                       gboolean       load_sample,
                       const char    *page)
{
  TdWindow *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (TD_TYPE_WINDOW, "application", application, NULL);
  self->path = g_strdup (path);
  /* Before the file is read, so only the page shown is filled. "document" is the Plan
   * area's name before the sidebar. */
  if (g_strcmp0 (page, "document") == 0)
    page = areas[TD_WINDOW_AREA_PLAN].name;
  if (area_index (page) >= 0)
    adw_view_stack_set_visible_child_name (self->area_stack, page);
  _td_window_open_store (self, load_sample);
  return self;
}

TdStore *
td_window_get_store (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return self->store;
}

int
td_window_get_year (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), 0);
  return self->year;
}

void
td_window_show_timeline (TdWindow *self)
{
  g_return_if_fail (TD_IS_WINDOW (self));
  _td_window_show_area (self, TD_WINDOW_AREA_TIMELINE);
}

TdTimelinePage *
td_window_get_timeline_page (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return _td_window_timeline_page (self);
}

TdUnitsPage *
td_window_get_units_page (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return TD_UNITS_PAGE (self->pages[TD_WINDOW_AREA_UNITS]);
}

TdScoringPage *
td_window_get_scoring_page (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return TD_SCORING_PAGE (self->pages[TD_WINDOW_AREA_SCORING]);
}

gboolean
td_window_get_presenting (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), FALSE);
  return self->presenting;
}

TdPlanView *
td_window_get_plan_view (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return td_plan_page_get_view (_td_window_plan_page (self));
}

TdPlanPage *
td_window_get_plan_page (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return _td_window_plan_page (self);
}

TdContext *
td_window_get_context (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return self->context;
}

/* Private to the window's files ----------------------------------------------------------- */

TdPlanEditor *
_td_window_get_editor (TdWindow *self)
{
  return td_plan_page_get_editor (_td_window_plan_page (self));
}

const char *
_td_window_get_area (TdWindow *self)
{
  return adw_view_stack_get_visible_child_name (self->area_stack);
}

void
_td_window_show_area (TdWindow *self,
                      guint     index)
{
  if (index >= TD_WINDOW_N_AREAS)
    return;
  adw_view_stack_set_visible_child_name (self->area_stack, areas[index].name);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

void
_td_window_show_sidebar (TdWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

void
_td_window_update_chrome (TdWindow *self)
{
  gboolean plan = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "plan") == 0;
  gboolean sidebar = plan && !self->presenting;

  /* The welcome and problem pages, and a meeting, have no areas to choose. */
  gtk_widget_set_visible (self->sidebar, sidebar);
  gtk_widget_set_visible (self->sidebar_separator, sidebar);
  if (!sidebar)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
  gtk_widget_set_visible (self->back_button, sidebar && adw_leaflet_get_folded (self->leaflet));
  gtk_widget_set_visible (self->header_bar, !self->presenting);
}
