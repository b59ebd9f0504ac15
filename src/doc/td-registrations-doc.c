/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-registrations-doc"

#include "config.h"

#include <glib/gi18n.h>

#include "td-date.h"
#include "td-numbering.h"
#include "td-registrations-doc.h"

/* Six columns on a portrait page: the table is set a point smaller than the body, as
 * offices set their lists, so that names stay on one line. */
#define TABLE_SIZE 12.0

enum {
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_PARENT,
  COLUMN_DATE,
  COLUMN_PLEDGE,
  COLUMN_TARGETS,
  N_COLUMNS
};

static const TdDocColumn columns[N_COLUMNS] = {
  { 0.08, TD_DOC_ALIGN_CENTER },
  { 0.25, TD_DOC_ALIGN_LEFT },
  { 0.19, TD_DOC_ALIGN_LEFT },
  { 0.14, TD_DOC_ALIGN_CENTER },
  { 0.10, TD_DOC_ALIGN_CENTER },
  { 0.24, TD_DOC_ALIGN_LEFT },
};

static const char * const head[N_COLUMNS] = {
  "STT", "Tên tập thể, cá nhân, hộ gia đình", "Thôn, đơn vị", "Ngày đăng ký", "Giao ước",
  "Chỉ tiêu đăng ký",
};

/* Who a title is for, as the group row counts them. */
static const char *
noun_of (const char *award_subject_kind)
{
  if (g_str_equal (award_subject_kind, "individual"))
    return "cá nhân";
  if (g_str_equal (award_subject_kind, "collective"))
    return "tập thể";
  if (g_str_equal (award_subject_kind, "household"))
    return "hộ";
  if (g_str_equal (award_subject_kind, "village"))
    return "thôn, tổ dân phố";
  return "đăng ký";
}

/* The targets, a line each, "- " before each when there are several. */
static char *
dup_targets (GPtrArray *targets)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (targets == NULL)
    return g_strdup ("");
  for (guint i = 0; i < targets->len; i++)
    {
      g_autofree char *label = td_registration_target_dup_label (g_ptr_array_index (targets, i));

      g_string_append_printf (text, "%s%s%s", i > 0 ? "\n" : "", targets->len > 1 ? "- " : "",
                              label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether two registrations are of one title: the same code, even under two decrees. */
static gboolean
same_title (TdRegistration *a,
            TdRegistration *b)
{
  return g_str_equal (td_registration_get_award_kind_code (a),
                      td_registration_get_award_kind_code (b));
}

static void
add_table (TdDocLayout                   *layout,
           const TdRegistrationsSnapshot *snapshot)
{
  GListModel *list = snapshot->registrations;
  guint n = g_list_model_get_n_items (list);
  TdDocStyle style = td_doc_style (TD_DOC_ROLE_BODY);
  TdDocTable *table;
  guint n_pledged = 0;
  guint group = 0;
  g_autofree char *total = NULL;
  g_autofree char *pledged = NULL;
  const char *total_cells[N_COLUMNS] = { "" };

  style.size = TABLE_SIZE;
  style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
  table = td_doc_layout_add_table (layout, &style, columns, N_COLUMNS, NULL);
  td_doc_table_set_header (table, head);

  for (guint first = 0; first < n; )
    {
      g_autoptr(TdRegistration) leader = g_list_model_get_item (list, first);
      g_autofree char *number = td_numbering_format (0, ++group);
      g_autofree char *group_text = NULL;
      guint end = first + 1;

      while (end < n)
        {
          g_autoptr(TdRegistration) next = g_list_model_get_item (list, end);

          if (!same_title (leader, next))
            break;
          end++;
        }

      /* Never the last line of a page: it goes over with its first row. */
      group_text = g_strdup_printf ("%s Danh hiệu “%s”: %u %s", number,
                                    td_registration_get_award_kind_name (leader), end - first,
                                    noun_of (td_registration_get_award_subject_kind (leader)));
      td_doc_table_add_span_row (table, group_text, TRUE, TRUE);

      for (guint i = first; i < end; i++)
        {
          g_autoptr(TdRegistration) registration = g_list_model_get_item (list, i);
          g_autofree char *row_number = g_strdup_printf ("%u", i - first + 1);
          g_autofree char *date = td_date_format_typed (td_registration_get_registered_on (registration));
          g_autofree char *targets =
            dup_targets (td_registrations_snapshot_get_targets (snapshot,
                                                                td_registration_get_id (registration)));
          gboolean signed_pledge = td_registration_get_pledge_signed (registration);
          const char *cells[N_COLUMNS];

          cells[COLUMN_NUMBER] = row_number;
          cells[COLUMN_NAME] = td_registration_get_subject_name (registration);
          cells[COLUMN_PARENT] = td_registration_get_parent_name (registration);
          cells[COLUMN_DATE] = date;
          cells[COLUMN_PLEDGE] = signed_pledge ? "Đã ký" : "";
          cells[COLUMN_TARGETS] = targets;
          td_doc_table_add_row (table, cells);
          n_pledged += signed_pledge ? 1 : 0;
        }
      first = end;
    }

  total = g_strdup_printf ("Tổng cộng: %u", n);
  pledged = g_strdup_printf ("%u", n_pledged);
  for (guint c = 0; c < N_COLUMNS; c++)
    total_cells[c] = "";
  total_cells[COLUMN_NAME] = total;
  total_cells[COLUMN_PLEDGE] = pledged;
  td_doc_table_add_total_row (table, total_cells);
}

TdDocument *
td_registrations_doc_new (const TdRegistrationsSnapshot  *snapshot,
                          GError                        **error)
{
  g_autoptr(TdDocLayout) layout = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *doc_title = NULL;
  TdOffice *office;
  TdDocStyle style;
  TdDocument *document;

  g_return_val_if_fail (snapshot != NULL && TD_IS_OFFICE (snapshot->office), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (snapshot->year < 1945 || snapshot->year > 2200)
    {
      g_set_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_INVALID,
                   _("%d is not a year the registrations can be printed for"), snapshot->year);
      return NULL;
    }
  office = snapshot->office;
  layout = td_doc_layout_new ();

  /* A list is not numbered by the registry: no "Số:" line. */
  date = td_date_place_phrase (td_office_get_place (office), snapshot->date, snapshot->year);
  td_doc_layout_add_header (layout, &(TdDocHeader) {
    .parent_body = td_office_get_parent_body (office),
    .issuing_body = td_office_get_issuing_body (office),
    .place_date = date,
  });

  title = g_strdup_printf ("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM %d", snapshot->year);
  style = td_doc_style (TD_DOC_ROLE_KIND);
  td_doc_layout_add_text (layout, &style, title);
  if (snapshot->attached_to != NULL && snapshot->attached_to[0] != '\0')
    {
      style = td_doc_style (TD_DOC_ROLE_TITLE);
      style.bold = FALSE;
      style.italic = TRUE;
      td_doc_layout_add_text (layout, &style, snapshot->attached_to);
    }

  if (g_list_model_get_n_items (snapshot->registrations) > 0)
    add_table (layout, snapshot);
  else
    {
      g_autofree char *none = g_strdup_printf ("Năm %d chưa có tập thể, cá nhân hay hộ gia đình "
                                               "nào đăng ký thi đua.", snapshot->year);

      style = td_doc_style (TD_DOC_ROLE_BODY);
      style.space_before = 2 * TD_DOC_PARAGRAPH_SPACE;
      td_doc_layout_add_text (layout, &style, none);
    }

  td_doc_layout_add_signature (layout, &(TdDocSignature) {
    .capacity = "TM. ỦY BAN NHÂN DÂN",
    .position = "CHỦ TỊCH",
    .name = td_office_get_signer_name (office),
  });

  doc_title = g_strdup_printf ("Danh sách đăng ký thi đua năm %d", snapshot->year);
  document = td_document_new (g_steal_pointer (&layout), doc_title);
  td_document_set_year (document, snapshot->year);
  return document;
}
