/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The plan editor's fields: which widget edits which property of which part, and their
 * values as shown, as stored, and put back into the widgets. Saving (td-plan-editor-save.c)
 * compares and copies through these, so a field the user is not typing into can show
 * another window's change.
 */
#define G_LOG_DOMAIN "td-plan-editor"

#include "config.h"

#include "td-date.h"
#include "td-plan-editor-private.h"

#define FIELD(target, property, member, kind) \
  { target, property, G_STRUCT_OFFSET (TdPlanEditor, member), kind }

const EditorField _td_plan_editor_fields[] = {
  FIELD (TARGET_PLAN, "number", number_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "symbol", symbol_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "issue-date", issue_row, VALUE_ISSUE_DATE),
  FIELD (TARGET_PLAN, "parent-body", parent_body_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "issuing-body", issuing_body_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "place", place_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "kind", kind_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "title", title_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "preamble", preamble_view, VALUE_TEXT),
  FIELD (TARGET_PLAN, "closing", closing_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "signer-capacity", capacity_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "signer-position", position_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "signer-name", signer_row, VALUE_TEXT),
  FIELD (TARGET_PLAN, "recipients", recipients_view, VALUE_TEXT),
  FIELD (TARGET_SECTION, "heading", section_heading_row, VALUE_TEXT),
  FIELD (TARGET_SECTION, "body", section_body_view, VALUE_TEXT),
  FIELD (TARGET_TASK, "content", content_view, VALUE_TEXT),
  FIELD (TARGET_TASK, "responsible", responsible_row, VALUE_TEXT),
  FIELD (TARGET_TASK, "start-date", start_row, VALUE_DATE),
  FIELD (TARGET_TASK, "end-date", end_row, VALUE_DATE),
  FIELD (TARGET_TASK, "milestone", milestone_switch, VALUE_SWITCH),
  FIELD (TARGET_TASK, "status", status_row, VALUE_COMBO),
  FIELD (TARGET_TASK, "progress", progress_spin, VALUE_SPIN),
  FIELD (TARGET_TASK, "result-note", result_row, VALUE_TEXT),
  FIELD (TARGET_TASK, "units", units_flow, VALUE_UNITS),
};

G_STATIC_ASSERT (G_N_ELEMENTS (_td_plan_editor_fields) == TD_PLAN_EDITOR_N_FIELDS);

GtkWidget *
_td_plan_editor_widget_of (TdPlanEditor *self,
                           guint         i)
{
  return G_STRUCT_MEMBER (GtkWidget *, self, _td_plan_editor_fields[i].offset);
}

/* Values ------------------------------------------------------------------------------------ */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Units as a sorted set, so "B; A" and "A;B" are the same links. */
static char *
canonical_units (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ";", -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_ptr_array_add (names, parts[i]);
    }
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (char **) names->pdata);
}

/* An issue date as compared: the date, or the month printed while the day is blank. */
static char *
issue_key (const char *iso,
           int         month)
{
  if (td_date_is_valid_iso (iso))
    return g_strdup (iso);
  return g_strdup_printf ("-/%d", month);
}

char *
_td_plan_editor_value_shown (TdPlanEditor *self,
                             guint         i)
{
  GtkWidget *widget = _td_plan_editor_widget_of (self, i);

  switch (_td_plan_editor_fields[i].kind)
    {
    case VALUE_DATE:
      {
        g_autofree char *text = _td_plan_editor_text_of (widget);
        char *iso = td_date_parse_typed (text, NULL);
        return iso != NULL ? iso : g_steal_pointer (&text);
      }
    case VALUE_ISSUE_DATE:
      {
        g_autofree char *text = _td_plan_editor_text_of (widget);
        g_autofree char *iso = NULL;
        int month;

        if (!_td_plan_editor_read_issue_date (self, &iso, &month, NULL))
          return g_steal_pointer (&text);
        return issue_key (iso, month);
      }
    case VALUE_SWITCH:
      return g_strdup (gtk_switch_get_active (GTK_SWITCH (widget)) ? "1" : "0");
    case VALUE_COMBO:
      return g_strdup_printf ("%u", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
    case VALUE_SPIN:
      return g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget)));
    case VALUE_UNITS:
      {
        g_autofree char *units = _td_plan_editor_units_shown (self);
        return canonical_units (units);
      }
    case VALUE_TEXT:
    default:
      return _td_plan_editor_text_of (widget);
    }
}

char *
_td_plan_editor_value_in (guint       i,
                          GObject    *source,
                          const char *units)
{
  switch (_td_plan_editor_fields[i].kind)
    {
    case VALUE_ISSUE_DATE:
      return issue_key (td_plan_get_issue_date (TD_PLAN (source)),
                        td_plan_get_issue_month (TD_PLAN (source)));
    case VALUE_SWITCH:
      {
        gboolean active;
        g_object_get (source, _td_plan_editor_fields[i].property, &active, NULL);
        return g_strdup (active ? "1" : "0");
      }
    case VALUE_COMBO:
    case VALUE_SPIN:
      {
        int value;
        g_object_get (source, _td_plan_editor_fields[i].property, &value, NULL);
        return g_strdup_printf ("%d", value);
      }
    case VALUE_UNITS:
      return canonical_units (units);
    case VALUE_DATE:
    case VALUE_TEXT:
    default:
      {
        char *text = NULL;

        g_object_get (source, _td_plan_editor_fields[i].property, &text, NULL);
        return g_strstrip (text != NULL ? text : g_strdup (""));
      }
    }
}

void
_td_plan_editor_show_value (TdPlanEditor *self,
                            guint         i,
                            GObject      *source,
                            const char   *units)
{
  GtkWidget *widget = _td_plan_editor_widget_of (self, i);
  gboolean loading = self->loading;

  self->loading = TRUE;
  switch (_td_plan_editor_fields[i].kind)
    {
    case VALUE_DATE:
      {
        g_autofree char *iso = NULL;
        g_autofree char *text = NULL;

        g_object_get (source, _td_plan_editor_fields[i].property, &iso, NULL);
        text = td_date_format_typed (iso);
        _td_plan_editor_set_text (widget, text);
      }
      break;
    case VALUE_ISSUE_DATE:
      {
        g_autofree char *text = _td_plan_editor_issue_text (self, TD_PLAN (source));

        _td_plan_editor_set_text (widget, text);
      }
      break;
    case VALUE_SWITCH:
      {
        gboolean active;
        g_object_get (source, _td_plan_editor_fields[i].property, &active, NULL);
        gtk_switch_set_active (GTK_SWITCH (widget), active);
      }
      break;
    case VALUE_COMBO:
      {
        int value;
        g_object_get (source, _td_plan_editor_fields[i].property, &value, NULL);
        adw_combo_row_set_selected (ADW_COMBO_ROW (widget), value);
      }
      break;
    case VALUE_SPIN:
      {
        int value;
        g_object_get (source, _td_plan_editor_fields[i].property, &value, NULL);
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), value);
      }
      break;
    case VALUE_UNITS:
      _td_plan_editor_show_units (self, units);
      break;
    case VALUE_TEXT:
    default:
      {
        g_autofree char *text = NULL;
        g_object_get (source, _td_plan_editor_fields[i].property, &text, NULL);
        _td_plan_editor_set_text (widget, text != NULL ? text : "");
      }
      break;
    }
  self->loading = loading;
}
