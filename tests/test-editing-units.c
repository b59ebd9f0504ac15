/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Who carries a task out, in the real window: the printed text and the linked units shown
 * as chips under it are kept in step. A unit ticked in the list adds its name to the text, a
 * chip removed takes it out, a unit's name typed into the text links it; each is one change
 * in the file, and the window's one Undo puts the text and the links back together.
 *
 * What is asserted is what the editor and the plan view show and what the file holds, read
 * back with SQLite itself. With TD_SHOT_DIR set, screenshots are saved there too.
 */
#define G_LOG_DOMAIN "test-editing-units"

#include "config.h"

#include <string.h>

#include "td-plan-editor.h"
#include "td-plan-view.h"
#include "td-test-db.h"
#include "td-test-editing.h"
#include "td-test-editor.h"
#include "td-test-ui.h"
#include "td-window.h"

#define SUBPROCESS_SECONDS 60
#define PRINTED "As printed in the plan"
#define ADD_TOOLTIP "Link a unit of the file, or a new one"

/* "responsible|unit;unit" of a task in the file, its units in name order. */
static char *
file_who (const char *path,
          gint64      id)
{
  return td_test_file_query (path,
                             "SELECT responsible || '|' || "
                             "ifnull ((SELECT group_concat (name, ';') "
                             "FROM (SELECT u.name AS name FROM task_unit tu JOIN unit u "
                             "ON u.id = tu.unit_id WHERE tu.task_id = t.id ORDER BY u.name)), '') "
                             "FROM task t WHERE id = %lld",
                             (long long) id);
}

/* The same, as the editor shows it: the text, and the chips in their order. */
static char *
shown_who (TdPlanEditor *editor)
{
  GtkWidget *flow = td_test_find_one (GTK_WIDGET (editor), GTK_TYPE_FLOW_BOX, FALSE);
  g_autoptr(GString) out = g_string_new (td_test_entry_text (editor, PRINTED));
  gboolean first = TRUE;

  g_string_append_c (out, '|');
  for (GtkWidget *child = gtk_widget_get_first_child (flow); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (!gtk_widget_has_css_class (chip, "unit-chip"))
        continue;
      g_string_append_printf (out, "%s%s", first ? "" : ";",
                              gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (chip))));
      first = FALSE;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The printed text of task @id as the plan view lists it. */
static char *
view_responsible (TdWindow *window,
                  gint64    id)
{
  g_autoptr(GPtrArray) tasks = td_test_editing_shown_tasks (window);

  for (guint i = 0; i < tasks->len; i++)
    if (td_task_get_id (g_ptr_array_index (tasks, i)) == id)
      return g_strdup (td_task_get_responsible (g_ptr_array_index (tasks, i)));
  return NULL;
}

static GtkWidget *
find_with_tooltip (GtkWidget  *root,
                   GType       type,
                   const char *tooltip)
{
  g_autoptr(GPtrArray) widgets = td_test_find_all (root, type, FALSE);

  for (guint i = 0; i < widgets->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (widgets, i)), tooltip) == 0)
      return g_ptr_array_index (widgets, i);
  return NULL;
}

static GtkWidget *
chip_remove_button (TdPlanEditor *editor,
                    const char   *name)
{
  g_autofree char *tooltip = g_strdup_printf ("Remove “%s”", name);

  return find_with_tooltip (GTK_WIDGET (editor), GTK_TYPE_BUTTON, tooltip);
}

/* Opens the list of units, as the Add Unit button does; returns the popover. */
static GtkPopover *
open_unit_list (TdPlanEditor *editor,
                const char   *add_tooltip)
{
  GtkWidget *button = find_with_tooltip (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON, add_tooltip);
  GtkPopover *popover;

  g_assert_nonnull (button);
  td_test_scroll_into_view (button);
  g_assert_true (td_test_widget_on_screen (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  td_test_wait_for_frame (GTK_WIDGET (editor));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  return popover;
}

static GtkCheckButton *
unit_check (GtkPopover *popover,
            const char *name)
{
  g_autoptr(GPtrArray) checks = td_test_find_all (GTK_WIDGET (popover), GTK_TYPE_CHECK_BUTTON,
                                                  FALSE);

  for (guint i = 0; i < checks->len; i++)
    if (g_str_equal (gtk_check_button_get_label (g_ptr_array_index (checks, i)), name))
      return g_ptr_array_index (checks, i);
  return NULL;
}

static guint
n_unit_checks (GtkPopover *popover)
{
  g_autoptr(GPtrArray) checks = td_test_find_all (GTK_WIDGET (popover), GTK_TYPE_CHECK_BUTTON,
                                                  FALSE);
  return checks->len;
}

typedef struct {
  GtkPopover *popover;
  guint       n;
} ChecksQuery;

static gboolean
checks_shown (ChecksQuery *query)
{
  return n_unit_checks (query->popover) == query->n;
}

/* Types into the list's search, and waits for the search entry's pause and the filter. */
static void
search_units (GtkPopover *popover,
              const char *text,
              guint       expected)
{
  ChecksQuery query = { popover, expected };

  td_test_type_text (td_test_find_one (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY, FALSE), text);
  if (!td_test_wait_until ((TdTestCondition) checks_shown, &query))
    g_assert_cmpuint (n_unit_checks (popover), ==, expected);
  td_test_wait_for_frame (GTK_WIDGET (popover));
}

/* The popover is a surface of its own, not in the window's screenshot: saved beside it. */
static void
save_popover_screenshot (GtkPopover *popover,
                         const char *name)
{
  const char *dir = g_getenv ("TD_SHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL || dir[0] == '\0')
    return;
  texture = td_test_render (GTK_WIDGET (popover));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
undo (TdWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  td_test_wait_for_frame (GTK_WIDGET (window));
}

#define assert_who(window, editor, path, id, expected)                                    \
  G_STMT_START {                                                                          \
    g_autofree char *in_file_ = file_who ((path), (id));                                  \
    g_autofree char *shown_ = shown_who (editor);                                         \
    g_autofree char *listed_ = view_responsible ((window), (id));                         \
    g_autofree char *text_ = g_strndup ((expected), strcspn ((expected), "|"));           \
    g_assert_cmpstr (in_file_, ==, (expected));                                           \
    g_assert_cmpstr (shown_, ==, (expected));                                             \
    g_assert_cmpstr (listed_, ==, text_);                                                 \
  } G_STMT_END

/* Tests ---------------------------------------------------------------------------------- */

/* Ticking a unit adds its name to the printed text, with the text's own separator. */
static void
test_tick (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  /* Task 1 of the sample: "VP nội vụ", linked to that unit. */
  gint64 id = td_test_editing_select_task (window, 1);
  TdPlanEditor *editor = td_test_editor_of (window);
  GtkPopover *popover;
  GtkCheckButton *check;

  assert_who (window, editor, path, id, "VP nội vụ|VP nội vụ");
  td_test_assert_on_screen (editor, "Linked units");

  popover = open_unit_list (editor, ADD_TOOLTIP);
  /* Every unit of the file is offered, the linked one ticked. */
  g_assert_cmpuint (n_unit_checks (popover), ==, 10);
  g_assert_true (gtk_check_button_get_active (unit_check (popover, "VP nội vụ")));
  g_assert_false (gtk_check_button_get_active (unit_check (popover, "HTX")));
  /* Searched for without marks: "ban" is in three names, "tram" in one. */
  search_units (popover, "tram", 1);
  search_units (popover, "BAN", 3);
  search_units (popover, "", 10);

  check = unit_check (popover, "HTX");
  gtk_check_button_set_active (check, TRUE);
  /* Saved at once, not after a pause: the text and the link together. */
  assert_who (window, editor, path, id, "VP nội vụ, HTX|HTX;VP nội vụ");
  search_units (popover, "ba", 3);
  save_popover_screenshot (popover, "units-en-popover");
  gtk_popover_popdown (popover);
  td_test_wait_for_frame (GTK_WIDGET (window));
  td_test_save_screenshot (GTK_WIDGET (window), "units-en-chips");

  /* One Undo puts both back. */
  undo (window);
  assert_who (window, editor, path, id, "VP nội vụ|VP nội vụ");

  /* A text that uses "; " gets "; ". Task 4: "Ban chỉ đạo XD NTM". */
  id = td_test_editing_select_task (window, 4);
  td_test_type_text (td_test_entry_row (editor, PRINTED), "Ban chỉ đạo XD NTM; Trạm y tế");
  td_test_wait_for_save (GTK_WIDGET (window));
  assert_who (window, editor, path, id,
              "Ban chỉ đạo XD NTM; Trạm y tế|Ban chỉ đạo XD NTM;Trạm y tế");
  popover = open_unit_list (editor, ADD_TOOLTIP);
  gtk_check_button_set_active (unit_check (popover, "HTX"), TRUE);
  gtk_popover_popdown (popover);
  assert_who (window, editor, path, id,
              "Ban chỉ đạo XD NTM; Trạm y tế; HTX|Ban chỉ đạo XD NTM;HTX;Trạm y tế");
  /* The tick was its own step: one Undo leaves the typing. */
  undo (window);
  assert_who (window, editor, path, id,
              "Ban chỉ đạo XD NTM; Trạm y tế|Ban chỉ đạo XD NTM;Trạm y tế");

  td_test_close_window (&window);
}

/* A unit's name typed into the text links it, without its marks or in capitals too; taken
 * out of the text, it is unlinked. */
static void
test_type_name (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  /* Task 9 of the sample: no text, no unit. */
  gint64 id = td_test_editing_select_task (window, 9);
  TdPlanEditor *editor = td_test_editor_of (window);
  g_autofree char *chips = NULL;

  assert_who (window, editor, path, id, "|");
  td_test_type_text (td_test_entry_row (editor, PRINTED),
                     "tram y te, HỘI ĐỒNG THI ĐUA KHEN THƯỞNG");
  /* The chips follow as the name is typed, before it is saved. */
  chips = shown_who (editor);
  g_assert_cmpstr (chips, ==,
                   "tram y te, HỘI ĐỒNG THI ĐUA KHEN THƯỞNG|"
                   "Hội đồng thi đua khen thưởng;Trạm y tế");
  td_test_wait_for_save (GTK_WIDGET (window));
  assert_who (window, editor, path, id,
              "tram y te, HỘI ĐỒNG THI ĐUA KHEN THƯỞNG|Hội đồng thi đua khen thưởng;Trạm y tế");

  /* A name that is no unit links nothing; one taken out is unlinked. */
  td_test_type_text (td_test_entry_row (editor, PRINTED), "Trạm y tế, Đoàn thanh niên");
  td_test_wait_for_save (GTK_WIDGET (window));
  assert_who (window, editor, path, id, "Trạm y tế, Đoàn thanh niên|Trạm y tế");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = %Q",
                                     "Đoàn thanh niên"), ==, 0);

  /* Typing is one step, links and all. */
  undo (window);
  assert_who (window, editor, path, id, "|");

  td_test_close_window (&window);
}

/* Removing a chip unlinks the unit, and takes its name out of the text when it is there. */
static void
test_remove_chip (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  /* Task 5 of the sample: "BCĐ XD NTM, Ban phát triển thôn", with both units. */
  gint64 id = td_test_editing_select_task (window, 5);
  TdPlanEditor *editor = td_test_editor_of (window);

  assert_who (window, editor, path, id,
              "BCĐ XD NTM, Ban phát triển thôn|Ban chỉ đạo XD NTM;Ban phát triển thôn");

  td_test_editing_scroll_and_click (chip_remove_button (editor, "Ban phát triển thôn"));
  assert_who (window, editor, path, id, "BCĐ XD NTM|Ban chỉ đạo XD NTM");
  g_assert_null (chip_remove_button (editor, "Ban phát triển thôn"));

  /* "Ban chỉ đạo XD NTM" is printed as "BCĐ XD NTM": the text stays. */
  td_test_editing_scroll_and_click (chip_remove_button (editor, "Ban chỉ đạo XD NTM"));
  assert_who (window, editor, path, id, "BCĐ XD NTM|");

  /* Each removal is a step of its own. */
  undo (window);
  assert_who (window, editor, path, id, "BCĐ XD NTM|Ban chỉ đạo XD NTM");
  undo (window);
  assert_who (window, editor, path, id,
              "BCĐ XD NTM, Ban phát triển thôn|Ban chỉ đạo XD NTM;Ban phát triển thôn");

  td_test_close_window (&window);
}

/* A name searched for that no unit has is added as a new unit, and linked. */
static void
test_new_unit (void)
{
  g_autofree char *path = NULL;
  TdWindow *window = td_test_editing_open_with_sample (&path);
  gint64 id = td_test_editing_select_task (window, 1);
  TdPlanEditor *editor = td_test_editor_of (window);
  GtkPopover *popover = open_unit_list (editor, ADD_TOOLTIP);

  /* The name of a unit there, typed otherwise, is not new. */
  search_units (popover, "vp noi vu", 1);
  g_assert_null (td_test_find_button (GTK_WIDGET (popover), "as a New Unit", TRUE, TRUE));

  search_units (popover, "Đoàn thanh niên", 0);
  td_test_click (td_test_find_button (GTK_WIDGET (popover),
                                      "Add “Đoàn thanh niên” as a New Unit", FALSE, TRUE));
  assert_who (window, editor, path, id, "VP nội vụ, Đoàn thanh niên|VP nội vụ;Đoàn thanh niên");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = %Q",
                                     "Đoàn thanh niên"), ==, 1);

  /* Undo takes the new unit away with its link. */
  undo (window);
  assert_who (window, editor, path, id, "VP nội vụ|VP nội vụ");
  g_assert_cmpint (td_test_file_int (path, "SELECT count(*) FROM unit WHERE name = %Q",
                                     "Đoàn thanh niên"), ==, 0);

  td_test_close_window (&window);
}

/* The same in Vietnamese, for a person to look at: the chips and the list. */
static void
test_vietnamese (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  const char *add_tooltip;
  TdWindow *window;
  TdPlanEditor *editor;
  GtkPopover *popover;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, SUBPROCESS_SECONDS * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDERR);
      td_test_check (g_test_trap_has_passed (), "the units in Vietnamese failed their checks");
      return;
    }
  if (!td_test_editing_start_application ("vi_VN.UTF-8", "vi"))
    {
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                           "the vi_VN.UTF-8 locale is missing on this system");
      return;
    }

  window = td_test_editing_open_with_sample (&path);
  tasks = td_test_editing_shown_tasks (window);
  /* Task 2 of the sample links five units. */
  editor = td_test_select_part (window, TD_PLAN_ROW_TASK,
                                td_task_get_id (td_test_editing_shown_task_numbered (tasks, 2)));
  td_test_save_screenshot (GTK_WIDGET (window), "units-vi-chips");
  add_tooltip = g_dgettext (GETTEXT_PACKAGE, ADD_TOOLTIP);
  popover = open_unit_list (editor, add_tooltip);
  g_assert_cmpuint (n_unit_checks (popover), ==, 10);
  save_popover_screenshot (popover, "units-vi-popover");
  gtk_popover_popdown (popover);

  td_test_close_window (&window);
  td_test_editing_stop_application ();
}

int
main (int   argc,
      char *argv[])
{
  td_test_editing_init (&argc, argv);

  g_test_add_func ("/units/tick", test_tick);
  g_test_add_func ("/units/type-name", test_type_name);
  g_test_add_func ("/units/remove-chip", test_remove_chip);
  g_test_add_func ("/units/new-unit", test_new_unit);
  g_test_add_func ("/units/vietnamese", test_vietnamese);

  return td_test_editing_run ();
}
