/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Typing into the score grid as into a spreadsheet: the arrows, Tab and Enter move the cell
 * chosen; typing opens an editor over it, Enter saves and goes down, Escape gives up, Delete
 * clears; Ctrl+V puts a block copied from a spreadsheet. A value refused stays in its editor
 * with the reason beside the cell, and nothing is saved.
 */
#define G_LOG_DOMAIN "td-score-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "td-points.h"
#include "td-score-grid-private.h"

/* The refusal ------------------------------------------------------------------------------ */

void
_td_score_grid_show_refusal (TdScoreGrid *self,
                             guint        unit,
                             guint        item,
                             const char  *message)
{
  if (self->refusal == NULL)
    {
      self->refusal = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (self->refusal), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (self->refusal), 40);
      gtk_label_set_xalign (GTK_LABEL (self->refusal), 0);
      gtk_widget_add_css_class (self->refusal, "score-refusal");
      gtk_widget_set_parent (self->refusal, GTK_WIDGET (self));
    }
  gtk_label_set_text (GTK_LABEL (self->refusal), message);
  self->refusal_unit = (int) unit;
  self->refusal_item = (int) item;
  gtk_widget_error_bell (GTK_WIDGET (self));
  _td_score_grid_cursor_moved (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_td_score_grid_hide_refusal (TdScoreGrid *self)
{
  if (self->refusal == NULL)
    return;
  g_clear_pointer (&self->refusal, gtk_widget_unparent);
  self->refusal_unit = self->refusal_item = -1;
  _td_score_grid_cursor_moved (self);
}

const char *
td_score_grid_get_refusal (TdScoreGrid *self)
{
  g_return_val_if_fail (TD_IS_SCORE_GRID (self), NULL);
  return self->refusal != NULL ? gtk_label_get_text (GTK_LABEL (self->refusal)) : NULL;
}

void
_td_score_grid_place_children (TdScoreGrid *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  GdkRectangle rect;
  int min, nat, label_height;

  if (self->editor != NULL)
    {
      _td_score_grid_cell_rect (self, (guint) self->editor_unit, (guint) self->editor_item,
                                self->side, &rect);
      gtk_widget_measure (self->editor, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      rect.width = MAX (rect.width + self->gap_width / 2, min);
      if (self->side == TD_SCORE_VERIFIED)
        rect.x -= self->gap_width / 2;
      gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, rect.width, &min, NULL, NULL,
                          NULL);
      rect.height = MAX (rect.height, min);
      gtk_widget_size_allocate (self->editor, &rect, -1);
    }
  if (self->refusal != NULL)
    {
      _td_score_grid_cell_rect (self, (guint) self->refusal_unit, (guint) self->refusal_item,
                                TD_SCORE_FINAL, &rect);
      gtk_widget_measure (self->refusal, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      nat = MIN (nat, MAX (min, width - 8));
      gtk_widget_measure (self->refusal, GTK_ORIENTATION_VERTICAL, nat, &label_height, NULL, NULL,
                          NULL);
      rect.y = rect.y + rect.height + label_height + 2 <= height ? rect.y + rect.height + 2
                                                                : rect.y - label_height - 2;
      rect.x = CLAMP (rect.x, 0, MAX (0, width - nat));
      rect.width = nat;
      rect.height = label_height;
      gtk_widget_size_allocate (self->refusal, &rect, -1);
    }
}

/* Saving ------------------------------------------------------------------------------------ */

static gboolean
save (TdScoreGrid           *self,
      const TdScoreGridEdit *edits,
      guint                  n_edits,
      guint                 *failed,
      GError               **error)
{
  *failed = 0;
  if (self->save_func != NULL)
    return self->save_func (edits, n_edits, self->side, failed, error, self->save_data);

  /* Without a store: the sheet alone. */
  for (guint i = 0; i < n_edits; i++)
    td_score_sheet_set_score (self->sheet, edits[i].unit, edits[i].item, self->side,
                              edits[i].has, edits[i].points);
  return TRUE;
}

/* Reads what is typed: blank for no score. */
static gboolean
parse (const char  *text,
       gboolean    *has,
       gint64      *points,
       GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  *has = stripped[0] != '\0';
  *points = 0;
  return !*has || td_points_parse (stripped, points, error);
}

/* The editor ---------------------------------------------------------------------------------- */

static void
close_editor (TdScoreGrid *self)
{
  gboolean had_focus;

  if (self->editor == NULL)
    return;
  had_focus = gtk_widget_has_focus (self->editor) ||
              gtk_widget_get_focus_child (GTK_WIDGET (self)) == self->editor;
  self->committing = TRUE;
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  self->editor_unit = self->editor_item = -1;
  self->committing = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
td_score_grid_commit (TdScoreGrid *self)
{
  g_autoptr(GError) error = NULL;
  TdScoreGridEdit edit;
  gint64 old_points = 0;
  gboolean old_has;
  guint failed;

  g_return_val_if_fail (TD_IS_SCORE_GRID (self), FALSE);

  if (self->editor == NULL)
    return TRUE;
  if (self->committing)
    return FALSE;

  edit.unit = (guint) self->editor_unit;
  edit.item = (guint) self->editor_item;
  if (!parse (gtk_editable_get_text (GTK_EDITABLE (self->editor)), &edit.has, &edit.points,
              &error))
    {
      _td_score_grid_show_refusal (self, edit.unit, edit.item, error->message);
      return FALSE;
    }
  old_has = td_score_sheet_get_score (self->sheet, edit.unit, edit.item, self->side, &old_points);
  if (old_has != edit.has || old_points != edit.points)
    {
      gboolean ok;

      self->committing = TRUE;
      ok = save (self, &edit, 1, &failed, &error);
      self->committing = FALSE;
      if (!ok)
        {
          _td_score_grid_show_refusal (self, edit.unit, edit.item, error->message);
          if (self->editor != NULL && !gtk_widget_has_focus (self->editor) &&
              gtk_widget_has_focus (GTK_WIDGET (self)))
            gtk_widget_grab_focus (self->editor);
          return FALSE;
        }
    }
  close_editor (self);
  _td_score_grid_hide_refusal (self);
  _td_score_grid_cursor_moved (self);
  return TRUE;
}

void
td_score_grid_cancel_editing (TdScoreGrid *self)
{
  g_return_if_fail (TD_IS_SCORE_GRID (self));

  if (self->editor == NULL)
    return;
  close_editor (self);
  _td_score_grid_hide_refusal (self);
}

static void move_cursor (TdScoreGrid *self,
                         int          rows,
                         int          columns,
                         gboolean     tab);

static gboolean
on_editor_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          TdScoreGrid           *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Escape:
      td_score_grid_cancel_editing (self);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (td_score_grid_commit (self))
        move_cursor (self, shift ? -1 : 1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
    case GDK_KEY_KP_Tab:
      if (td_score_grid_commit (self))
        move_cursor (self, 0, shift || keyval == GDK_KEY_ISO_Left_Tab ? -1 : 1, TRUE);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      if (td_score_grid_commit (self))
        move_cursor (self, keyval == GDK_KEY_Up ? -1 : 1, 0, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_editor_leave_cb (GtkEventControllerFocus *controller,
                    TdScoreGrid             *self)
{
  /* Gone elsewhere (a click in the pane): what is typed is saved, or stays refused. */
  if (!self->committing)
    td_score_grid_commit (self);
}

void
td_score_grid_start_editing (TdScoreGrid *self,
                             const char  *text)
{
  g_autofree char *current = NULL;
  GtkEventController *controller;
  gint64 points;

  g_return_if_fail (TD_IS_SCORE_GRID (self));

  if (self->cursor_unit < 0 || self->cursor_item < 0)
    return;
  if (self->editor != NULL)
    {
      if (text != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
      gtk_widget_grab_focus (self->editor);
      return;
    }
  if (text == NULL && td_score_sheet_get_score (self->sheet, (guint) self->cursor_unit,
                                                (guint) self->cursor_item, self->side, &points))
    current = td_score_grid_format_points (points);

  _td_score_grid_scroll_to (self, (guint) self->cursor_unit, (guint) self->cursor_item);
  self->editor = gtk_text_new ();
  self->editor_unit = self->cursor_unit;
  self->editor_item = self->cursor_item;
  gtk_widget_add_css_class (self->editor, "score-editor");
  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor), 2);
  gtk_editable_set_alignment (GTK_EDITABLE (self->editor), 1.0);
  gtk_editable_set_text (GTK_EDITABLE (self->editor),
                         text != NULL ? text : current != NULL ? current : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->side == TD_SCORE_SELF ? _("Self score")
                                                              : _("Verified score"), -1);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_editor_key_pressed_cb),
                           self, 0);
  gtk_widget_add_controller (self->editor, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_editor_leave_cb), self, 0);
  gtk_widget_add_controller (self->editor, controller);

  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_widget_grab_focus (self->editor);
  gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

gboolean
td_score_grid_is_editing (TdScoreGrid *self)
{
  g_return_val_if_fail (TD_IS_SCORE_GRID (self), FALSE);
  return self->editor != NULL;
}

GtkEditable *
td_score_grid_get_editor (TdScoreGrid *self)
{
  g_return_val_if_fail (TD_IS_SCORE_GRID (self), NULL);
  return self->editor != NULL ? GTK_EDITABLE (self->editor) : NULL;
}

/* Moving ---------------------------------------------------------------------------------------- */

static void
move_cursor (TdScoreGrid *self,
             int          rows,
             int          columns,
             gboolean     tab)
{
  int n_units = (int) _td_score_grid_n_units (self);
  int n_items = (int) _td_score_grid_n_items (self);
  int unit, item;

  if (self->cursor_unit < 0 || n_units == 0 || n_items == 0)
    return;
  if (tab && self->tab_start < 0)
    self->tab_start = self->cursor_item;
  item = self->cursor_item + columns;
  /* Enter after a row typed with Tab goes down to where the typing started. */
  if (rows != 0 && columns == 0 && self->tab_start >= 0)
    item = self->tab_start;
  if (!tab)
    self->tab_start = -1;
  unit = CLAMP (self->cursor_unit + rows, 0, n_units - 1);
  item = CLAMP (item, 0, n_items - 1);
  td_score_grid_set_cursor (self, (guint) unit, (guint) item);
}

static void
clear_cell (TdScoreGrid *self)
{
  g_autoptr(GError) error = NULL;
  TdScoreGridEdit edit = { (guint) self->cursor_unit, (guint) self->cursor_item, FALSE, 0 };
  guint failed;

  if (self->cursor_unit < 0 ||
      !td_score_sheet_get_score (self->sheet, edit.unit, edit.item, self->side, NULL))
    return;
  if (!save (self, &edit, 1, &failed, &error))
    _td_score_grid_show_refusal (self, edit.unit, edit.item, error->message);
  else
    _td_score_grid_hide_refusal (self);
  _td_score_grid_cursor_moved (self);
}

/* Pasting --------------------------------------------------------------------------------------- */

gboolean
td_score_grid_paste_text (TdScoreGrid *self,
                          const char  *text)
{
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (TdScoreGridEdit));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines, n_units, n_items, failed;

  g_return_val_if_fail (TD_IS_SCORE_GRID (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (self->cursor_unit < 0 || !td_score_grid_commit (self))
    return FALSE;
  n_units = _td_score_grid_n_units (self);
  n_items = _td_score_grid_n_items (self);
  lines = g_strsplit (text, "\n", -1);
  n_lines = g_strv_length (lines);
  /* A spreadsheet ends what it copies with a newline. */
  while (n_lines > 0 && g_strstrip (lines[n_lines - 1])[0] == '\0')
    n_lines--;
  for (guint r = 0; r < n_lines && self->cursor_unit + r < n_units; r++)
    {
      g_auto(GStrv) fields = g_strsplit (g_strdelimit (lines[r], "\r", ' '), "\t", -1);

      for (guint c = 0; fields[c] != NULL && self->cursor_item + c < n_items; c++)
        {
          TdScoreGridEdit edit = { self->cursor_unit + r, self->cursor_item + c, FALSE, 0 };

          if (!parse (fields[c], &edit.has, &edit.points, &error))
            {
              /* Translators: %s says why a value pasted cannot be a score */
              g_autofree char *message = g_strdup_printf (_("Nothing was pasted: %s"),
                                                          error->message);

              td_score_grid_set_cursor (self, edit.unit, edit.item);
              _td_score_grid_show_refusal (self, edit.unit, edit.item, message);
              return FALSE;
            }
          g_array_append_val (edits, edit);
        }
    }
  if (edits->len == 0)
    return FALSE;
  if (!save (self, (TdScoreGridEdit *) edits->data, edits->len, &failed, &error))
    {
      const TdScoreGridEdit *bad = &g_array_index (edits, TdScoreGridEdit, MIN (failed, edits->len - 1));
      g_autofree char *message = g_strdup_printf (_("Nothing was pasted: %s"), error->message);

      td_score_grid_set_cursor (self, bad->unit, bad->item);
      _td_score_grid_show_refusal (self, bad->unit, bad->item, message);
      return FALSE;
    }
  _td_score_grid_hide_refusal (self);
  _td_score_grid_cursor_moved (self);
  return TRUE;
}

static void
on_clipboard_text_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(TdScoreGrid) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (text != NULL && self->sheet != NULL)
    td_score_grid_paste_text (self, text);
}

static void
copy_cell (TdScoreGrid *self)
{
  g_autofree char *text = NULL;
  gint64 points;

  if (self->cursor_unit < 0)
    return;
  if (td_score_sheet_get_score (self->sheet, (guint) self->cursor_unit, (guint) self->cursor_item,
                                self->side, &points))
    text = td_score_grid_format_points (points);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text != NULL ? text : "");
}

/* Keys and clicks ------------------------------------------------------------------------------ */

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   TdScoreGrid           *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  gunichar c;

  if (self->sheet == NULL || self->cursor_unit < 0 || self->editor != NULL)
    return FALSE;
  if (control)
    {
      switch (keyval)
        {
        case GDK_KEY_v:
        case GDK_KEY_V:
          gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                         on_clipboard_text_cb, g_object_ref (self));
          return TRUE;
        case GDK_KEY_c:
        case GDK_KEY_C:
          copy_cell (self);
          return TRUE;
        case GDK_KEY_1:
        case GDK_KEY_KP_1:
          td_score_grid_set_side (self, TD_SCORE_SELF);
          return TRUE;
        case GDK_KEY_2:
        case GDK_KEY_KP_2:
          td_score_grid_set_side (self, TD_SCORE_VERIFIED);
          return TRUE;
        case GDK_KEY_Home:
          td_score_grid_set_cursor (self, 0, 0);
          return TRUE;
        case GDK_KEY_End:
          td_score_grid_set_cursor (self, _td_score_grid_n_units (self) - 1,
                                    _td_score_grid_n_items (self) - 1);
          return TRUE;
        default:
          return FALSE;
        }
    }
  if ((state & GDK_ALT_MASK) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_cursor (self, -1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_cursor (self, 1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_cursor (self, 0, -1, FALSE);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_cursor (self, 0, 1, FALSE);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      move_cursor (self, 0, shift || keyval == GDK_KEY_ISO_Left_Tab ? -1 : 1, TRUE);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      move_cursor (self, shift ? -1 : 1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_cursor (self, -(int) _td_score_grid_page_rows (self), 0, FALSE);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_cursor (self, (int) _td_score_grid_page_rows (self), 0, FALSE);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_cursor (self, 0, -self->cursor_item, FALSE);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_cursor (self, 0, (int) _td_score_grid_n_items (self), FALSE);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      clear_cell (self);
      return TRUE;
    case GDK_KEY_BackSpace:
      td_score_grid_start_editing (self, "");
      return TRUE;
    case GDK_KEY_F2:
      td_score_grid_start_editing (self, NULL);
      return TRUE;
    default:
      break;
    }

  c = gdk_keyval_to_unicode (keyval);
  if (c != 0 && g_unichar_isprint (c) && !g_unichar_isspace (c))
    {
      char text[8] = { 0 };

      g_unichar_to_utf8 (c, text);
      td_score_grid_start_editing (self, text);
      return TRUE;
    }
  return FALSE;
}

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               TdScoreGrid     *self)
{
  guint unit, item;

  if (!_td_score_grid_hit (self, x, y, &unit, &item))
    return;
  if (self->editor != NULL && (self->editor_unit != (int) unit || self->editor_item != (int) item) &&
      !td_score_grid_commit (self))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (self->editor == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  self->tab_start = -1;
  td_score_grid_set_cursor (self, unit, item);
  if (n_press == 2)
    td_score_grid_start_editing (self, NULL);
}

static gboolean
on_query_tooltip_cb (GtkWidget   *widget,
                     int          x,
                     int          y,
                     gboolean     keyboard,
                     GtkTooltip  *tooltip,
                     TdScoreGrid *self)
{
  TdCriteriaTree *tree;
  const TdCriteriaNode *node;
  g_autofree char *standard = NULL;
  g_autofree char *text = NULL;
  const char *note;
  guint unit, item;

  if (keyboard || self->sheet == NULL ||
      !_td_score_grid_hit (self, x, MAX (y, self->header_height), &unit, &item))
    return FALSE;
  tree = td_score_sheet_get_tree (self->sheet);
  node = td_criteria_tree_get_node (tree, td_criteria_tree_get_leaf_node (tree, item));
  standard = td_score_grid_format_points (node->standard);
  /* Translators: a tooltip on the score sheet: the code and name of a criterion, then its
   * standard (the most points it gives) */
  text = g_strdup_printf (_("%s %s\nStandard: %s points"), td_criterion_get_code (node->criterion),
                          td_criterion_get_name (node->criterion), standard);
  note = y >= self->header_height ? td_score_sheet_get_note (self->sheet, unit, item) : "";
  if (note[0] != '\0')
    {
      char *with_note = g_strdup_printf ("%s\n%s", text, note);

      g_free (text);
      text = with_note;
    }
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_focus_changed_cb (GtkEventControllerFocus *controller,
                     TdScoreGrid             *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_td_score_grid_init_input (TdScoreGrid *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_changed_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
}

void
_td_score_grid_dispose_input (TdScoreGrid *self)
{
  self->committing = TRUE;
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->refusal, gtk_widget_unparent);
}
