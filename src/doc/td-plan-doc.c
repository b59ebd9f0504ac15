/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-plan-doc"

#include "config.h"

#include <glib/gi18n.h>

#include "td-plan-doc.h"
#include "td-quarter.h"

/* The task table's columns: number, content, who carries it out. */
static const TdDocColumn task_columns[] = {
  { 0.08, TD_DOC_ALIGN_CENTER },
  { 0.58, TD_DOC_ALIGN_LEFT },
  { 0.34, TD_DOC_ALIGN_LEFT },
};

static const char * const task_head[] = {
  "TT", "Nội dung nhiệm vụ chủ yếu", "Tổ chức, cá nhân thực hiện",
};

/* Adds each non-empty line of @text as a paragraph. */
static void
add_paragraphs (TdDocLayout *layout,
                TdDocRole    role,
                const char  *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  TdDocStyle style = td_doc_style (role);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        td_doc_layout_add_text (layout, &style, lines[i]);
    }
}

/* Whether a line of the preamble is a basis, "Căn cứ …;", which Decree 30 sets in italics;
 * the office types its other lines ("Thực hiện Kế hoạch số … của UBND huyện …;") upright.
 * Typed on any keyboard: composed or not, in any case. */
static gboolean
is_basis (const char *line)
{
  g_autofree char *composed = g_utf8_normalize (line, -1, G_NORMALIZE_NFC);
  g_autofree char *folded = composed != NULL ? g_utf8_casefold (composed, -1) : NULL;

  return folded != NULL && g_str_has_prefix (folded, "căn cứ");
}

/* The preamble one line to a paragraph, each in its own style (is_basis()). The sentence
 * that opens the plan ("Ủy ban nhân dân xã … như sau:") goes on upright in the paragraph
 * of the last line when that ends a sentence, as the plans are typed; on its own
 * paragraph otherwise. */
static void
add_preamble (TdDocLayout *layout,
              TdPlan      *plan)
{
  g_auto(GStrv) lines = g_strsplit (td_plan_get_preamble (plan), "\n", -1);
  g_autofree char *closing = g_strstrip (g_strdup (td_plan_get_closing (plan)));
  gboolean closed = closing[0] == '\0';
  int last = -1;

  for (int i = 0; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      last = i;

  for (int i = 0; i <= last; i++)
    {
      TdDocStyle style = td_doc_style (TD_DOC_ROLE_PREAMBLE);
      gboolean basis = is_basis (lines[i]);

      if (lines[i][0] == '\0')
        continue;
      style.italic = basis;
      if (i == last && !closed && g_str_has_suffix (lines[i], "."))
        {
          g_autofree char *markup = g_markup_printf_escaped (basis ? "<i>%s</i> %s" : "%s %s",
                                                             lines[i], closing);

          style.italic = FALSE;
          td_doc_layout_add_markup (layout, &style, markup);
          closed = TRUE;
        }
      else
        td_doc_layout_add_text (layout, &style, lines[i]);
    }

  if (!closed)
    {
      TdDocStyle style = td_doc_style (TD_DOC_ROLE_PREAMBLE);

      style.italic = FALSE;
      td_doc_layout_add_text (layout, &style, closing);
    }
}

/* The task table with its four QUÝ rows (td-quarter.h), where the plan has one. */
static void
add_task_table (TdDocLayout *layout,
                GListModel  *tasks)
{
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);
  guint n_tasks = g_list_model_get_n_items (tasks);
  TdQuarterWalk walk = TD_QUARTER_WALK_INIT;
  TdDocTable *table;
  int quarter;
  int printed = 0;

  if (!td_quarter_plan_has_table (tasks))
    return;

  style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
  table = td_doc_layout_add_table (layout, &style, task_columns, G_N_ELEMENTS (task_columns),
                                   NULL);
  td_doc_table_set_header (table, task_head);

  for (guint i = 0; i <= n_tasks; i++)
    {
      g_autoptr(TdTask) task = i < n_tasks ? g_list_model_get_item (tasks, i) : NULL;
      int task_quarter = task != NULL ? td_task_get_quarter (task) : TD_QUARTER_END;
      g_autofree char *number = NULL;
      const char *cells[3];

      /* Never the last line of a page: it goes over with its first task. */
      while ((quarter = td_quarter_walk_next (&walk, task_quarter)) != 0)
        td_doc_table_add_span_row (table, td_quarter_label (quarter), TRUE, TRUE);
      if (task == NULL)
        break;
      /* A task just added and not written yet: an office prints no empty numbered row, and
       * the rows after it keep numbers with no gap. */
      if (td_task_is_blank (task))
        continue;

      number = g_strdup_printf ("%d", ++printed);
      cells[0] = number;
      cells[1] = td_task_get_content (task);
      cells[2] = td_task_get_responsible (task);
      td_doc_table_add_row (table, cells);
    }
}

static TdDocRole
heading_role (int depth)
{
  return depth < 2 ? TD_DOC_ROLE_HEADING : TD_DOC_ROLE_SUBHEADING;
}

/* "Kế hoạch số 49/KH-UBND: Công tác thi đua, khen thưởng năm 2022", for the PDF's title. */
static char *
dup_title (TdPlan *plan)
{
  g_autofree char *kind = g_utf8_strdown (td_plan_get_kind (plan), -1);
  g_autofree char *number = g_strstrip (g_strdup (td_plan_get_number (plan)));
  g_autoptr(GString) title = g_string_new (NULL);

  if (kind[0] != '\0')
    {
      gunichar first = g_unichar_toupper (g_utf8_get_char (kind));

      g_string_append_unichar (title, first);
      g_string_append (title, g_utf8_next_char (kind));
    }
  if (number[0] != '\0')
    g_string_append_printf (title, " số %s/%s", number, td_plan_get_symbol (plan));
  if (td_plan_get_title (plan)[0] != '\0')
    g_string_append_printf (title, "%s%s", title->len > 0 ? ": " : "", td_plan_get_title (plan));
  return g_string_free (g_steal_pointer (&title), FALSE);
}

TdDocument *
td_plan_doc_new (const TdPlanSnapshot  *snapshot,
                 GError               **error)
{
  g_autoptr(TdDocLayout) layout = NULL;
  GListModel *sections;
  TdPlan *plan;
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *kind = NULL;
  TdDocStyle style;
  TdDocument *document;
  gboolean table_done = FALSE;
  guint n_sections;

  g_return_val_if_fail (snapshot != NULL && TD_IS_PLAN (snapshot->plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = snapshot->plan;
  if (td_plan_get_year (plan) <= 0)
    {
      g_set_error_literal (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID,
                           _("The plan has no year"));
      return NULL;
    }

  layout = td_doc_layout_new ();
  number = td_plan_dup_number_line (plan);
  date = td_plan_dup_date_line (plan);

  td_doc_layout_add_header (layout, &(TdDocHeader) {
    .parent_body = td_plan_get_parent_body (plan),
    .issuing_body = td_plan_get_issuing_body (plan),
    .number_line = number,
    .place_date = date,
  });

  style = td_doc_style (TD_DOC_ROLE_KIND);
  kind = g_utf8_strup (td_plan_get_kind (plan), -1);
  td_doc_layout_add_text (layout, &style, kind);
  style = td_doc_style (TD_DOC_ROLE_TITLE);
  td_doc_layout_add_text (layout, &style, td_plan_get_title (plan));
  add_preamble (layout, plan);

  sections = snapshot->sections;
  n_sections = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(TdSection) section = g_list_model_get_item (sections, i);
      const char *heading = td_section_get_heading (section);

      if (heading[0] != '\0')
        {
          style = td_doc_style (heading_role (td_section_get_depth (section)));
          td_doc_layout_add_text (layout, &style, heading);
        }
      add_paragraphs (layout, TD_DOC_ROLE_BODY, td_section_get_body (section));

      if (!table_done && g_str_equal (td_section_get_kind (section), "tasks"))
        {
          add_task_table (layout, snapshot->tasks);
          table_done = TRUE;
        }
    }
  /* A plan with no section for it still prints its tasks, before the signature. */
  if (!table_done)
    add_task_table (layout, snapshot->tasks);

  td_doc_layout_add_signature (layout, &(TdDocSignature) {
    .recipients = td_plan_get_recipients (plan),
    .capacity = td_plan_get_signer_capacity (plan),
    .position = td_plan_get_signer_position (plan),
    .name = td_plan_get_signer_name (plan),
  });

  title = dup_title (plan);
  document = td_document_new (g_steal_pointer (&layout), title);
  /* The year goes into the file's name even when the title does not say it. */
  td_document_set_year (document, td_plan_get_year (plan));
  return document;
}
