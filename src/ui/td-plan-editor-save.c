/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * How the plan editor saves. Only the fields typed into are written (another window may
 * have changed the others), a moment after the last keystroke. A change the file refuses
 * (another program holds it locked, the disk is full) is kept, shown as not saved, tried
 * again — by itself while the file is only busy, and by the Retry button — and shown
 * again in its field when its part is chosen. When the data is read again, a field keeps
 * what is being typed into it and shows the file's value otherwise.
 */
#define G_LOG_DOMAIN "td-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-plan-editor-private.h"
#include "td-save-problem.h"
#include "td-store-plan.h"

#define RETRY_SECONDS 3
/* A save made while typing waits this long for another program's lock, a retry less: the
 * window does not answer while it waits, and the change is tried again anyway. Saving on
 * the way out waits the store's whole busy timeout. */
#define SAVE_BUSY_TIMEOUT_MS 1000
#define RETRY_BUSY_TIMEOUT_MS 500

#define BIT(i) (1u << (i))

/* The fields (td-plan-editor-fields.c), by a short name. */
static const EditorField * const fields = _td_plan_editor_fields;

/* Changes to one part not written yet. */
typedef struct {
  Target     target;
  gint64     id;
  /* A TdPlan, TdSection or TdTask holding the typed values. */
  GObject   *values;
  /* Names of the properties typed into, NULL-terminated; "units" for a task's units. */
  GPtrArray *names;
  /* The task's units, joined by "; ", and whether they were picked rather than typed. */
  char      *units;
  gboolean   picked;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_clear_object (&pending->values);
  g_ptr_array_unref (pending->names);
  g_free (pending->units);
  g_free (pending);
}

/* The id of the part of @target the editor shows, 0 when it shows none. */
static gint64
shown_id (TdPlanEditor *self,
          Target        target)
{
  switch (target)
    {
    case TARGET_PLAN:
      return (self->page == PAGE_HEADING || self->page == PAGE_SIGNATURE) && self->plan != NULL
               ? td_plan_get_id (self->plan) : 0;
    case TARGET_SECTION:
      return self->page == PAGE_SECTION && self->section != NULL
               ? td_section_get_id (self->section) : 0;
    case TARGET_TASK:
    default:
      return self->page == PAGE_TASK && self->task != NULL ? td_task_get_id (self->task) : 0;
    }
}

static Pending *
find_pending (TdPlanEditor *self,
              Target        target,
              gint64        id)
{
  for (guint i = 0; id != 0 && i < self->pending->len; i++)
    {
      Pending *pending = g_ptr_array_index (self->pending, i);
      if (pending->target == target && pending->id == id)
        return pending;
    }
  return NULL;
}

static Pending *
ensure_pending (TdPlanEditor *self,
                Target        target,
                gint64        id)
{
  Pending *pending = find_pending (self, target, id);

  if (pending != NULL)
    return pending;

  pending = g_new0 (Pending, 1);
  pending->target = target;
  pending->id = id;
  pending->names = g_ptr_array_new ();
  g_ptr_array_add (pending->names, NULL);
  switch (target)
    {
    case TARGET_PLAN:
      pending->values = G_OBJECT (td_plan_new ());
      td_plan_set_id (TD_PLAN (pending->values), id);
      break;
    case TARGET_SECTION:
      pending->values = G_OBJECT (td_section_new ());
      td_section_set_id (TD_SECTION (pending->values), id);
      break;
    case TARGET_TASK:
    default:
      pending->values = G_OBJECT (td_task_new ());
      td_task_set_id (TD_TASK (pending->values), id);
      break;
    }
  g_ptr_array_add (self->pending, pending);
  return pending;
}

static gboolean
pending_has (Pending    *pending,
             const char *name)
{
  return pending != NULL && g_strv_contains ((const char * const *) pending->names->pdata, name);
}

static void
pending_add_name (Pending    *pending,
                  const char *name)
{
  if (pending_has (pending, name))
    return;
  /* Keeps the array NULL-terminated for the store. */
  g_ptr_array_insert (pending->names, pending->names->len - 1, (gpointer) name);
}

/* The status under the fields -------------------------------------------------------------- */

static void
update_status (TdPlanEditor *self)
{
  GtkWidget *label = GTK_WIDGET (self->status_label);
  const char *text = NULL;
  gboolean failed = self->pending->len > 0 && self->save_error != NULL;

  if (failed)
    text = td_save_problem_describe (self->save_error);
  else if (self->save_source != 0 || self->pending->len > 0)
    text = _("Saving…");
  else if (self->saved_once)
    text = _("Saved");

  gtk_label_set_label (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->status_bar, text != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->retry_button), failed);
  if (failed)
    {
      gtk_widget_add_css_class (label, "error");
      gtk_widget_remove_css_class (label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_add_css_class (label, "dim-label");
    }
}

/* Collecting what was typed ------------------------------------------------------------------ */

/* The issue date typed, and the month printed while its day is blank; or, when it cannot be
 * one, why, under the field, where the text stays as typed. */
static gboolean
collect_issue_date (TdPlanEditor *self,
                    Pending      *pending)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  int month;

  if (!_td_plan_editor_read_issue_date (self, &iso, &month, &error))
    {
      _td_plan_editor_show_problem (self, GTK_WIDGET (self->issue_row), error->message);
      return FALSE;
    }
  td_plan_set_issue_date (TD_PLAN (pending->values), iso);
  td_plan_set_issue_month (TD_PLAN (pending->values), month);
  pending_add_name (pending, "issue-month");
  return TRUE;
}

/* Moves what was typed into the fields shown into the changes to write; a date that is not
 * a real one stays typed, with the problem shown. */
static void
collect (TdPlanEditor *self)
{
  for (guint i = 0; i < TD_PLAN_EDITOR_N_FIELDS; i++)
    {
      GtkWidget *widget = _td_plan_editor_widget_of (self, i);
      gint64 id = shown_id (self, fields[i].target);
      Pending *pending;

      if ((self->dirty & BIT (i)) == 0)
        continue;
      if (id == 0)
        {
          self->dirty &= ~BIT (i);
          continue;
        }

      pending = ensure_pending (self, fields[i].target, id);
      switch (fields[i].kind)
        {
        case VALUE_ISSUE_DATE:
          if (!collect_issue_date (self, pending))
            continue;
          break;
        case VALUE_DATE:
          {
            g_autofree char *text = _td_plan_editor_text_of (widget);
            g_autoptr(GError) error = NULL;
            g_autofree char *iso = td_date_parse_typed (text, &error);

            /* Said under the field; the text stays typed, and dirty, until it is right. */
            if (iso == NULL)
              {
                _td_plan_editor_show_problem (self, widget, error->message);
                continue;
              }
            g_object_set (pending->values, fields[i].property, iso, NULL);
          }
          break;
        case VALUE_SWITCH:
          g_object_set (pending->values, fields[i].property,
                        gtk_switch_get_active (GTK_SWITCH (widget)), NULL);
          break;
        case VALUE_COMBO:
          g_object_set (pending->values, fields[i].property,
                        (int) adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), NULL);
          break;
        case VALUE_SPIN:
          g_object_set (pending->values, fields[i].property,
                        gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget)), NULL);
          break;
        case VALUE_UNITS:
          g_free (pending->units);
          pending->units = _td_plan_editor_units_shown (self);
          pending->picked = pending->picked || self->units_picked;
          break;
        case VALUE_TEXT:
        default:
          {
            g_autofree char *text = _td_plan_editor_text_of (widget);

            g_object_set (pending->values, fields[i].property, text, NULL);
          }
          break;
        }
      pending_add_name (pending, fields[i].property);
      self->dirty &= ~BIT (i);
    }
}

/* Writing ------------------------------------------------------------------------------------ */

static gboolean
write_pending (TdPlanEditor  *self,
               Pending       *pending,
               GError       **error)
{
  const char * const *names = (const char * const *) pending->names->pdata;

  switch (pending->target)
    {
    case TARGET_PLAN:
      return td_store_update_plan_fields (self->store, TD_PLAN (pending->values), names, error);
    case TARGET_SECTION:
      return td_store_update_section_fields (self->store, TD_SECTION (pending->values), names,
                                             error);
    case TARGET_TASK:
    default:
      {
        g_autoptr(GStrvBuilder) builder = NULL;
        g_auto(GStrv) task_fields = NULL;
        g_auto(GStrv) units = NULL;

        if (!pending_has (pending, "units"))
          return td_store_update_task_fields (self->store, TD_TASK (pending->values), names,
                                              error);
        /* The printed text and the units it names: one change, one step for Undo. */
        builder = g_strv_builder_new ();
        for (guint i = 0; names[i] != NULL; i++)
          if (!g_str_equal (names[i], "units"))
            g_strv_builder_add (builder, names[i]);
        task_fields = g_strv_builder_end (builder);
        units = g_strsplit (pending->units != NULL ? pending->units : "", ";", -1);
        return td_store_update_task_who (self->store, TD_TASK (pending->values),
                                         (const char * const *) task_fields,
                                         (const char * const *) units, pending->picked, error);
      }
    }
}

/* The field to mark when the file refused what was typed into @pending's part; NULL when
 * it is no field in particular. */
static GtkWidget *
refused_row (TdPlanEditor *self,
             Pending      *pending)
{
  switch (pending->target)
    {
    case TARGET_PLAN:
      {
        TdPlan *plan = TD_PLAN (pending->values);

        if (pending_has (pending, "title") && td_plan_get_title (plan)[0] == '\0')
          return GTK_WIDGET (self->title_row);
        if (pending_has (pending, "kind") && td_plan_get_kind (plan)[0] == '\0')
          return GTK_WIDGET (self->kind_row);
        if (pending_has (pending, "issuing-body") && td_plan_get_issuing_body (plan)[0] == '\0')
          return GTK_WIDGET (self->issuing_body_row);
        /* Not one field's (the plan is gone): said above them all. */
        return NULL;
      }
    case TARGET_SECTION:
      return GTK_WIDGET (self->section_heading_row);
    case TARGET_TASK:
    default:
      {
        g_autofree char *content = _td_plan_editor_text_of (GTK_WIDGET (self->content_view));
        g_autofree char *start_text = _td_plan_editor_text_of (GTK_WIDGET (self->start_row));
        g_autofree char *start = td_date_parse_typed (start_text, NULL);

        if (content[0] == '\0')
          return GTK_WIDGET (self->content_view);
        if (start == NULL || td_date_year_of (start) != td_plan_get_year (self->plan))
          return GTK_WIDGET (self->start_row);
        return GTK_WIDGET (self->end_row);
      }
    }
}

/* What was typed cannot be saved as it is: it is shown as typed, with why, to be put right. */
static void
refuse (TdPlanEditor *self,
        Pending      *pending,
        const GError *error)
{
  gboolean shown = shown_id (self, pending->target) == pending->id;

  _td_plan_editor_show_problem (self, shown ? refused_row (self, pending) : NULL,
                                error->message);
  if (!shown)
    return;
  /* Typed again, not lost: they are saved with the next change. */
  for (guint i = 0; i < TD_PLAN_EDITOR_N_FIELDS; i++)
    if (fields[i].target == pending->target && pending_has (pending, fields[i].property))
      self->dirty |= BIT (i);
}

static gboolean retry_cb     (gpointer      data);
static void     save_waiting (TdPlanEditor *self,
                              int           busy_timeout_ms);

/* Writes what is waiting, oldest first; stops at the first the file refuses. */
static void
write_all (TdPlanEditor *self)
{
  if (self->writing || self->store == NULL)
    return;
  self->writing = TRUE;

  while (self->pending->len > 0)
    {
      Pending *pending = g_ptr_array_index (self->pending, 0);
      g_autoptr(GError) error = NULL;

      /* Made for a field whose text was not valid: nothing to write. */
      if (pending->names->len == 1)
        {
          g_ptr_array_remove_index (self->pending, 0);
          continue;
        }
      if (write_pending (self, pending, &error))
        {
          g_ptr_array_remove_index (self->pending, 0);
          g_clear_error (&self->save_error);
          self->saved_once = TRUE;
          continue;
        }

      if (td_save_problem_is_of_the_file (error))
        {
          g_clear_error (&self->save_error);
          self->save_error = g_steal_pointer (&error);
          break;
        }

      /* Not a real date, an empty title, a part deleted in another window. */
      refuse (self, pending, error);
      g_ptr_array_remove_index (self->pending, 0);
    }

  if (self->pending->len == 0)
    g_clear_error (&self->save_error);
  if (td_save_problem_is_passing (self->save_error) && self->retry_source == 0)
    self->retry_source = g_timeout_add_seconds (RETRY_SECONDS, retry_cb, self);

  self->writing = FALSE;
  update_status (self);
}

static gboolean
retry_cb (gpointer data)
{
  TdPlanEditor *self = data;

  self->retry_source = 0;
  save_waiting (self, RETRY_BUSY_TIMEOUT_MS);
  return G_SOURCE_REMOVE;
}

static gboolean
save_now_cb (gpointer data)
{
  TdPlanEditor *self = data;

  self->save_source = 0;
  if (self->store == NULL || self->plan == NULL)
    {
      update_status (self);
      return G_SOURCE_REMOVE;
    }
  /* What was typed is checked again; a retry alone leaves the problems shown as they are. */
  if (self->dirty != 0)
    _td_plan_editor_clear_problems (self);
  collect (self);
  write_all (self);
  return G_SOURCE_REMOVE;
}

/* What was typed, saved waiting at most @busy_timeout_ms (-1: the store's own) for a lock. */
static void
save_waiting (TdPlanEditor *self,
              int           busy_timeout_ms)
{
  TdStore *store = self->store != NULL ? g_object_ref (self->store) : NULL;

  if (store != NULL)
    td_store_set_busy_timeout (store, busy_timeout_ms);
  save_now_cb (self);
  if (store != NULL)
    td_store_set_busy_timeout (store, -1);
  g_clear_object (&store);
}

static gboolean
save_typed_cb (gpointer data)
{
  save_waiting (data, SAVE_BUSY_TIMEOUT_MS);
  return G_SOURCE_REMOVE;
}

static void
field_changed (TdPlanEditor *self,
               GObject      *emitter)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (emitter, "td-field"));

  if (self->loading || index == 0)
    return;
  self->dirty |= BIT (index - 1);
  if (self->save_source != 0)
    g_source_remove (self->save_source);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_typed_cb, self);
  update_status (self);
}

void
_td_plan_editor_field_changed (TdPlanEditor *self,
                               GtkWidget    *widget)
{
  field_changed (self, G_OBJECT (widget));
}

static void
on_field_changed_cb (GObject      *emitter,
                     TdPlanEditor *self)
{
  field_changed (self, emitter);
}

static void
on_field_notify_cb (GObject      *emitter,
                    GParamSpec   *pspec,
                    TdPlanEditor *self)
{
  field_changed (self, emitter);
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TdPlanEditor *self = TD_PLAN_EDITOR (widget);

  g_clear_handle_id (&self->retry_source, g_source_remove);
  if (self->save_source != 0)
    g_clear_handle_id (&self->save_source, g_source_remove);
  save_waiting (self, SAVE_BUSY_TIMEOUT_MS);
}

/* Private API ------------------------------------------------------------------------------ */

void
_td_plan_editor_class_init_saving (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.retry-save", NULL, retry_action);
}

void
_td_plan_editor_init_saving (TdPlanEditor *self)
{
  self->pending = g_ptr_array_new_with_free_func (pending_free);

  for (guint i = 0; i < TD_PLAN_EDITOR_N_FIELDS; i++)
    {
      GtkWidget *widget = _td_plan_editor_widget_of (self, i);
      GObject *emitter = G_OBJECT (widget);

      if (GTK_IS_TEXT_VIEW (widget))
        emitter = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
      g_object_set_data (emitter, "td-field", GUINT_TO_POINTER (i + 1));

      /* Changed by the editor, which says so (_td_plan_editor_field_changed()). */
      if (fields[i].kind == VALUE_UNITS)
        continue;
      if (GTK_IS_SPIN_BUTTON (widget))
        g_signal_connect_object (emitter, "value-changed", G_CALLBACK (on_field_changed_cb),
                                 self, 0);
      else if (GTK_IS_SWITCH (widget))
        g_signal_connect_object (emitter, "notify::active", G_CALLBACK (on_field_notify_cb),
                                 self, 0);
      else if (ADW_IS_COMBO_ROW (widget))
        g_signal_connect_object (emitter, "notify::selected", G_CALLBACK (on_field_notify_cb),
                                 self, 0);
      else
        g_signal_connect_object (emitter, "changed", G_CALLBACK (on_field_changed_cb), self, 0);
    }
  update_status (self);
}

void
_td_plan_editor_dispose_saving (TdPlanEditor *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_error (&self->save_error);
}

void
_td_plan_editor_save_now (TdPlanEditor *self)
{
  if (self->pending == NULL)
    return;
  if (self->save_source != 0)
    g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->dirty != 0 || self->pending->len > 0)
    save_waiting (self, SAVE_BUSY_TIMEOUT_MS);
}

void
_td_plan_editor_loaded (TdPlanEditor *self)
{
  self->dirty = 0;
  for (guint i = 0; i < TD_PLAN_EDITOR_N_FIELDS; i++)
    {
      Pending *pending = find_pending (self, fields[i].target, shown_id (self, fields[i].target));

      if (pending_has (pending, fields[i].property))
        _td_plan_editor_show_value (self, i, pending->values, pending->units);
    }
  update_status (self);
}

void
_td_plan_editor_refresh (TdPlanEditor *self)
{
  g_auto(GStrv) units = NULL;
  g_autofree char *joined = NULL;

  if (self->page == PAGE_TASK && self->task != NULL && self->store != NULL)
    {
      units = td_store_dup_task_unit_names (self->store, td_task_get_id (self->task), NULL);
      /* Not read: the units field is left as it is. */
      joined = units != NULL ? g_strjoinv ("; ", units) : NULL;
    }

  for (guint i = 0; i < TD_PLAN_EDITOR_N_FIELDS; i++)
    {
      gint64 id = shown_id (self, fields[i].target);
      GObject *source;
      g_autofree char *shown = NULL;
      g_autofree char *stored = NULL;

      if (id == 0 || (self->dirty & BIT (i)) != 0 ||
          (fields[i].kind == VALUE_UNITS && joined == NULL) ||
          pending_has (find_pending (self, fields[i].target, id), fields[i].property))
        continue;

      switch (fields[i].target)
        {
        case TARGET_PLAN:
          source = G_OBJECT (self->plan);
          break;
        case TARGET_SECTION:
          source = G_OBJECT (self->section);
          break;
        case TARGET_TASK:
        default:
          source = G_OBJECT (self->task);
          break;
        }
      shown = _td_plan_editor_value_shown (self, i);
      stored = _td_plan_editor_value_in (i, source, joined);
      if (!g_str_equal (shown, stored))
        _td_plan_editor_show_value (self, i, source, joined);
    }
}

void
_td_plan_editor_forget (TdPlanEditor *self)
{
  for (guint i = self->pending->len; i > 0; i--)
    {
      Pending *pending = g_ptr_array_index (self->pending, i - 1);

      if (shown_id (self, pending->target) == pending->id)
        g_ptr_array_remove_index (self->pending, i - 1);
    }
  self->dirty = 0;
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->pending->len == 0)
    g_clear_error (&self->save_error);
  update_status (self);
}

/* Public API ------------------------------------------------------------------------------- */

gboolean
td_plan_editor_has_unsaved (TdPlanEditor *self)
{
  g_return_val_if_fail (TD_IS_PLAN_EDITOR (self), FALSE);
  return self->dirty != 0 || self->save_source != 0 ||
         (self->pending != NULL && self->pending->len > 0);
}

const char *
td_plan_editor_get_save_problem (TdPlanEditor *self)
{
  g_return_val_if_fail (TD_IS_PLAN_EDITOR (self), NULL);

  if (self->save_error != NULL)
    return td_save_problem_describe (self->save_error);
  if (gtk_widget_get_visible (GTK_WIDGET (self->problem_label)))
    return gtk_label_get_label (self->problem_label);
  return NULL;
}

gboolean
td_plan_editor_save (TdPlanEditor *self)
{
  g_return_val_if_fail (TD_IS_PLAN_EDITOR (self), FALSE);

  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_clear_handle_id (&self->save_source, g_source_remove);
  /* Asked for on the way out: worth the whole wait. */
  save_waiting (self, -1);
  return !td_plan_editor_has_unsaved (self);
}

void
td_plan_editor_discard (TdPlanEditor *self)
{
  g_return_if_fail (TD_IS_PLAN_EDITOR (self));

  self->dirty = 0;
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_ptr_array_set_size (self->pending, 0);
  g_clear_error (&self->save_error);
  update_status (self);
}
