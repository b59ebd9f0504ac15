/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The window: opening the store, the years and the plan's two views. Its actions are in
 * td-window-actions.c.
 */
#define G_LOG_DOMAIN "td-window"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-plan-view.h"
#include "td-save-problem.h"
#include "td-store-backup.h"
#include "td-store-office.h"
#include "td-store-plan.h"
#include "td-timeline-page.h"
#include "td-toast.h"
#include "td-sample.h"
#include "td-window-private.h"

G_DEFINE_FINAL_TYPE (TdWindow, td_window, ADW_TYPE_APPLICATION_WINDOW)

int
_td_window_current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
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
                                 writable && !has_year (self, _td_window_current_year ()));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backups", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-plan", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", self->year != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", self->year != 0);
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

static void
update_welcome (TdWindow *self)
{
  g_autoptr(TdOffice) office = NULL;
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  int year = _td_window_current_year ();

  /* Translators: the button on the first-run page; %d is this year */
  label = g_strdup_printf (_("_Start the Plan for %d"), year);
  gtk_button_set_label (self->start_button, label);
  gtk_button_set_use_underline (self->start_button, TRUE);

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
feed_views (TdWindow *self)
{
  gboolean timeline = g_strcmp0 (adw_view_stack_get_visible_child_name (self->plan_stack),
                                 "timeline") == 0;

  if (timeline && self->timeline_stale)
    {
      self->timeline_stale = FALSE;
      td_timeline_page_set_plan (self->timeline_page, self->store, self->plan);
    }
  else if (!timeline && self->document_stale)
    {
      self->document_stale = FALSE;
      /* The editor first: when the view then selects again, the editor knows the plan. */
      if (self->plan_editor != NULL)
        td_plan_editor_set_plan (self->plan_editor, self->store, self->plan);
      td_plan_view_set_plan (self->plan_view, self->store, self->plan);
    }
}

static void
show_year (TdWindow *self,
           int       year)
{
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;

  self->year = year;
  plan = td_store_get_plan (self->store, year, &error);
  if (plan == NULL)
    {
      if (!g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND))
        _td_window_show_error_toast (self, error);
      g_clear_object (&self->plan);
      td_plan_view_set_plan (self->plan_view, NULL, NULL);
      td_timeline_page_set_plan (self->timeline_page, NULL, NULL);
      if (self->plan_editor != NULL)
        td_plan_editor_set_plan (self->plan_editor, NULL, NULL);
      return;
    }

  g_set_object (&self->plan, plan);
  self->document_stale = TRUE;
  self->timeline_stale = TRUE;
  feed_views (self);
  /* Translators: the window subtitle, e.g. "Plan 2022" */
  subtitle = g_strdup_printf (_("Plan %d"), year);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, "plan");
  adw_view_switcher_title_set_view_switcher_enabled (self->window_title, TRUE);

  if (!td_store_is_read_only (self->store))
    g_settings_set_int (self->settings, "last-year", year);
}

static void
on_year_selected_cb (TdWindow    *self,
                     GParamSpec  *pspec,
                     GtkDropDown *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (self->years == NULL || position >= self->years->len)
    return;
  if (g_array_index (self->years, int, position) != self->year)
    show_year (self, g_array_index (self->years, int, position));
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
      self->year = 0;
      update_welcome (self);
      gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), FALSE);
      adw_view_switcher_title_set_subtitle (self->window_title, NULL);
      gtk_stack_set_visible_child_name (self->stack, "welcome");
      adw_view_switcher_title_set_view_switcher_enabled (self->window_title, FALSE);
      _td_window_update_actions (self);
      return;
    }

  if (!has_year (self, year))
    year = has_year (self, _td_window_current_year ()) ? _td_window_current_year ()
                                           : g_array_index (self->years, int, self->years->len - 1);

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

  show_year (self, year);
  _td_window_update_actions (self);
}

static gint64
td_window_plan_id (TdWindow *self)
{
  return self->plan != NULL ? td_plan_get_id (self->plan) : 0;
}

static void
on_select_cb (TdWindow      *self,
              int            kind,
              gint64         id,
              TdPlanEditor  *editor)
{
  td_plan_view_select (self->plan_view, kind, id);
}

static void
on_row_selected_cb (TdWindow   *self,
                    TdPlanRow  *row,
                    TdPlanView *view)
{
  if (self->plan_editor == NULL)
    {
      if (row == NULL)
        return;
      self->plan_editor = g_object_new (TD_TYPE_PLAN_EDITOR, "width-request", 340, NULL);
      g_signal_connect_object (self->plan_editor, "select",
                               G_CALLBACK (on_select_cb), self, G_CONNECT_SWAPPED);
      td_plan_editor_set_plan (self->plan_editor, self->store, td_plan_view_get_plan (view));
      gtk_paned_set_end_child (self->plan_paned, GTK_WIDGET (self->plan_editor));
      gtk_paned_set_position (self->plan_paned,
                              MAX (420, gtk_widget_get_width (GTK_WIDGET (self->plan_paned)) - 420));
    }
  td_plan_editor_edit_row (self->plan_editor, row);
}

/* A change in the plan shown: one task's row and bar when only its text or dates changed,
 * the document (and the timeline, for tasks) read again when anything moved. */
static void
apply_to_plan (TdWindow       *self,
               const TdChange *change)
{
  gboolean task = change->what == TD_CHANGE_TASK;

  if (task && change->kind == TD_CHANGE_UPDATED)
    {
      if (!self->document_stale && !td_plan_view_refresh_task (self->plan_view, change->id))
        self->document_stale = TRUE;
      if (!self->timeline_stale)
        td_timeline_page_apply_change (self->timeline_page, change);
    }
  else
    {
      self->document_stale = TRUE;
      /* The timeline draws tasks only. */
      if (task && !self->timeline_stale)
        td_timeline_page_apply_change (self->timeline_page, change);
    }
  feed_views (self);
}

static void
on_store_changed_cb (TdWindow       *self,
                     const TdChange *change,
                     TdStore        *store)
{
  /* An older backup restored into the store: whoever restored it opens the file again. */
  if (td_store_get_version (store) < td_store_latest_version ())
    return;

  switch (change->what)
    {
    case TD_CHANGE_OFFICE:
      update_welcome (self);
      break;
    case TD_CHANGE_PLAN:
      if (change->kind != TD_CHANGE_UPDATED)
        reload (self, self->year);
      else if (change->plan_id == td_window_plan_id (self))
        show_year (self, self->year);
      break;
    case TD_CHANGE_SECTION:
    case TD_CHANGE_TASK:
      if (change->plan_id == td_window_plan_id (self))
        apply_to_plan (self, change);
      break;
    case TD_CHANGE_UNIT:
      /* The unit filter's list, hidden or not: set_plan does not read it again. */
      td_timeline_page_apply_change (self->timeline_page, change);
      break;
    case TD_CHANGE_ALL:
    default:
      /* Another window or program changed the file: show it as it is now. What is being
       * typed here keeps its text (the editor only refreshes the fields not typed into). */
      reload (self, self->year);
      update_welcome (self);
      break;
    }
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
  gtk_stack_set_visible_child_name (self->stack, "problem");
  adw_view_switcher_title_set_view_switcher_enabled (self->window_title, FALSE);
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
  _td_window_undo_set_store (self, self->store);
  if (self->store == NULL)
    {
      g_message ("%s", error->message);
      self->open_error = g_steal_pointer (&error);
      show_problem (self);
      return;
    }

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
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
  adw_view_stack_set_visible_child_name (self->plan_stack, "document");
  td_plan_view_select (self->plan_view, TD_PLAN_ROW_TASK, task_id);
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
  int width, height;

  if (self->plan_editor != NULL && !self->close_confirmed)
    {
      td_plan_editor_flush (self->plan_editor);
      if (td_plan_editor_has_unsaved (self->plan_editor))
        {
          _td_window_ask_before_closing (self);
          return TRUE;
        }
    }

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (td_window_parent_class)->close_request (window);
}

static void
td_window_dispose (GObject *object)
{
  TdWindow *self = TD_WINDOW (object);

  g_clear_handle_id (&self->external_source, g_source_remove);
  _td_window_undo_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TD_TYPE_WINDOW);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);
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
td_window_class_init (TdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = td_window_dispose;
  object_class->finalize = td_window_finalize;
  widget_class->realize = td_window_realize;
  window_class->close_request = td_window_close_request;

  g_type_ensure (TD_TYPE_PLAN_VIEW);
  g_type_ensure (TD_TYPE_TIMELINE_PAGE);


  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/thidua/ThiDua/ui/td-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TdWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, year_list);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, plan_stack);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, start_button);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, start_heading_label);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, plan_view);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, plan_paned);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, problem_page);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, TdWindow, fresh_button);

  _td_window_class_add_actions (widget_class);
  _td_window_class_add_undo_actions (widget_class);
}

static void
td_window_init (TdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _td_window_undo_init (self);

  self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (on_year_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (td_timeline_page_get_timeline (self->timeline_page), "activate-task",
                           G_CALLBACK (on_activate_task_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_stack, "notify::visible-child",
                           G_CALLBACK (feed_views), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_view, "row-selected",
                           G_CALLBACK (on_row_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::is-active", G_CALLBACK (on_is_active_cb), self,
                           G_CONNECT_SWAPPED);
  self->external_source = g_timeout_add (TD_WINDOW_EXTERNAL_CHECK_MS, check_external_cb, self);

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
  /* Before the file is read, so only the page shown is filled. */
  if (page != NULL)
    adw_view_stack_set_visible_child_name (self->plan_stack, page);
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
  adw_view_stack_set_visible_child_name (self->plan_stack, "timeline");
}

TdTimelinePage *
td_window_get_timeline_page (TdWindow *self)
{
  g_return_val_if_fail (TD_IS_WINDOW (self), NULL);
  return self->timeline_page;
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
  return self->plan_view;
}
