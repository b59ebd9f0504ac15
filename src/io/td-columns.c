/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "td-columns.h"
#include "td-fold.h"

/* Which kinds of list a heading means a field in. */
#define UNITS      (1 << TD_LIST_UNITS)
#define PEOPLE     (1 << TD_LIST_PEOPLE)
#define HOUSEHOLDS (1 << TD_LIST_HOUSEHOLDS)
#define ALL        (UNITS | PEOPLE | HOUSEHOLDS)

/* Headings folded and with nothing but letters and digits: "Thôn, xóm" is "thonxom". */
static const struct {
  const char *heading;
  guint       kinds;
  TdField     field;
} headings[] = {
  { "stt", ALL, TD_FIELD_IGNORE },
  { "tt", ALL, TD_FIELD_IGNORE },
  { "sott", ALL, TD_FIELD_IGNORE },
  { "sothutu", ALL, TD_FIELD_IGNORE },

  { "hovaten", PEOPLE | HOUSEHOLDS, TD_FIELD_NAME },
  { "hoten", PEOPLE | HOUSEHOLDS, TD_FIELD_NAME },
  { "ten", ALL, TD_FIELD_NAME },
  { "chuho", HOUSEHOLDS, TD_FIELD_NAME },
  { "hotenchuho", HOUSEHOLDS, TD_FIELD_NAME },
  { "hovatenchuho", HOUSEHOLDS, TD_FIELD_NAME },
  { "tenchuho", HOUSEHOLDS, TD_FIELD_NAME },
  { "tenhogiadinh", HOUSEHOLDS, TD_FIELD_NAME },

  { "tendonvi", UNITS, TD_FIELD_NAME },
  { "donvi", UNITS, TD_FIELD_NAME },
  { "tendonvi", PEOPLE, TD_FIELD_PARENT_NAME },
  { "donvi", PEOPLE, TD_FIELD_PARENT_NAME },
  { "donvicongtac", PEOPLE, TD_FIELD_PARENT_NAME },
  { "coquan", PEOPLE, TD_FIELD_PARENT_NAME },
  { "noicongtac", PEOPLE, TD_FIELD_PARENT_NAME },

  { "thon", ALL, TD_FIELD_PARENT_NAME },
  { "xom", ALL, TD_FIELD_PARENT_NAME },
  { "thonxom", ALL, TD_FIELD_PARENT_NAME },
  { "tothon", ALL, TD_FIELD_PARENT_NAME },
  { "todanpho", ALL, TD_FIELD_PARENT_NAME },
  { "thontodanpho", ALL, TD_FIELD_PARENT_NAME },
  { "thonban", ALL, TD_FIELD_PARENT_NAME },
  { "ban", HOUSEHOLDS, TD_FIELD_PARENT_NAME },
  { "ap", ALL, TD_FIELD_PARENT_NAME },

  { "loai", UNITS, TD_FIELD_UNIT_KIND },
  { "loaidonvi", UNITS, TD_FIELD_UNIT_KIND },
  { "loaihinh", UNITS, TD_FIELD_UNIT_KIND },

  { "chucvu", ALL, TD_FIELD_POSITION },
  { "chucdanh", ALL, TD_FIELD_POSITION },

  { "namsinh", PEOPLE | HOUSEHOLDS, TD_FIELD_BIRTH_YEAR },
  { "ngaysinh", PEOPLE | HOUSEHOLDS, TD_FIELD_BIRTH_YEAR },
  { "ngaythangnamsinh", PEOPLE | HOUSEHOLDS, TD_FIELD_BIRTH_YEAR },

  { "sodienthoai", ALL, TD_FIELD_PHONE },
  { "dienthoai", ALL, TD_FIELD_PHONE },
  { "sdt", ALL, TD_FIELD_PHONE },
  { "sodt", ALL, TD_FIELD_PHONE },
  { "dt", ALL, TD_FIELD_PHONE },

  { "sonhankhau", ALL, TD_FIELD_MEMBERS },
  { "sokhau", ALL, TD_FIELD_MEMBERS },
  { "nhankhau", ALL, TD_FIELD_MEMBERS },
  { "sothanhvien", ALL, TD_FIELD_MEMBERS },
  { "songuoi", ALL, TD_FIELD_MEMBERS },

  { "diachi", ALL, TD_FIELD_ADDRESS },
  { "noio", ALL, TD_FIELD_ADDRESS },

  { "ghichu", ALL, TD_FIELD_NOTE },

  { "truongthon", UNITS, TD_FIELD_HEAD },
  { "thutruong", UNITS, TD_FIELD_HEAD },
  { "nguoidungdau", UNITS, TD_FIELD_HEAD },
  { "thutruongdonvi", UNITS, TD_FIELD_HEAD },
  { "truongdonvi", UNITS, TD_FIELD_HEAD },

  /* The headings of our own export in English (in the user's language: below). */
  { "no", ALL, TD_FIELD_IGNORE },
  { "name", ALL, TD_FIELD_NAME },
  { "fullname", PEOPLE | HOUSEHOLDS, TD_FIELD_NAME },
  { "headofhousehold", HOUSEHOLDS, TD_FIELD_NAME },
  { "kind", UNITS, TD_FIELD_UNIT_KIND },
  { "head", UNITS, TD_FIELD_HEAD },
  { "position", ALL, TD_FIELD_POSITION },
  { "members", ALL, TD_FIELD_MEMBERS },
  { "phone", ALL, TD_FIELD_PHONE },
  { "village", PEOPLE | HOUSEHOLDS, TD_FIELD_PARENT_NAME },
  { "unit", PEOPLE, TD_FIELD_PARENT_NAME },
  { "villageorunit", PEOPLE | HOUSEHOLDS, TD_FIELD_PARENT_NAME },
  { "yearofbirth", PEOPLE | HOUSEHOLDS, TD_FIELD_BIRTH_YEAR },
  { "address", ALL, TD_FIELD_ADDRESS },
  { "note", ALL, TD_FIELD_NOTE },
};

/* The fields in the order of TdSubjectField, which names them the same. */
static const TdField subject_fields[] = {
  TD_FIELD_NAME, TD_FIELD_UNIT_KIND, TD_FIELD_HEAD, TD_FIELD_POSITION, TD_FIELD_MEMBERS,
  TD_FIELD_PHONE, TD_FIELD_PARENT_NAME, TD_FIELD_BIRTH_YEAR, TD_FIELD_ADDRESS, TD_FIELD_NOTE,
};
G_STATIC_ASSERT (G_N_ELEMENTS (subject_fields) == TD_SUBJECT_FIELD_NOTE + 1);

/* The rows looked at for the header, below a title block. */
#define HEADER_ROWS 10

static char *
squeeze (const char *heading)
{
  g_autofree char *folded = td_fold (heading);
  GString *out = g_string_new (NULL);

  /* Letters and digits only: a heading may be "Họ và tên:", "Số\nđiện thoại" or "(1)"…
   * but a note after it in brackets, "Năm sinh (dương lịch)", is not part of it. */
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' && out->len > 0)
        break;
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

TdField
td_columns_match (TdListKind  kind,
                  const char *heading)
{
  g_autofree char *key = NULL;
  TdSubjectKind subject_kind;

  g_return_val_if_fail (heading != NULL, TD_FIELD_NONE);

  key = squeeze (heading);
  if (key[0] == '\0')
    return TD_FIELD_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if ((headings[i].kinds & (1u << kind)) && g_str_equal (headings[i].heading, key))
      return headings[i].field;

  /* The headings our export writes in the user's language, so that a list exported and
   * edited in a spreadsheet comes back whatever the translation says. */
  subject_kind = td_list_kind_get_subject_kind (kind);
  for (guint i = 0; i < G_N_ELEMENTS (subject_fields); i++)
    {
      g_autofree char *label = NULL;

      if (!td_subject_kind_has_field (subject_kind, (TdSubjectField) i))
        continue;
      label = squeeze (td_subject_field_label (subject_kind, (TdSubjectField) i));
      if (g_str_equal (label, key))
        return subject_fields[i];
    }
  return TD_FIELD_NONE;
}

TdSubjectKind
td_list_kind_get_subject_kind (TdListKind kind)
{
  switch (kind)
    {
    case TD_LIST_PEOPLE:
      return TD_SUBJECT_PERSON;
    case TD_LIST_HOUSEHOLDS:
      return TD_SUBJECT_HOUSEHOLD;
    case TD_LIST_UNITS:
    default:
      return TD_SUBJECT_UNIT;
    }
}

TdListKind
td_list_kind_for_subject (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON:
      return TD_LIST_PEOPLE;
    case TD_SUBJECT_HOUSEHOLD:
      return TD_LIST_HOUSEHOLDS;
    case TD_SUBJECT_UNIT:
    default:
      return TD_LIST_UNITS;
    }
}

gboolean
td_field_get_subject_field (TdField         field,
                            TdSubjectField *subject_field)
{
  for (guint i = 0; i < G_N_ELEMENTS (subject_fields); i++)
    if (subject_fields[i] == field)
      {
        if (subject_field != NULL)
          *subject_field = (TdSubjectField) i;
        return TRUE;
      }
  return FALSE;
}

GArray *
td_columns_map (TdListKind        kind,
                const TdTableRow *header,
                guint             n_columns)
{
  GArray *fields = g_array_sized_new (FALSE, TRUE, sizeof (int), n_columns);
  gboolean taken[TD_N_FIELDS] = { FALSE };

  g_return_val_if_fail (header != NULL, fields);

  for (guint c = 0; c < n_columns; c++)
    {
      TdField field = td_columns_match (kind, td_table_row_get (header, c));

      /* "Họ và tên" then "Tên": the second is not a second name. */
      if (field != TD_FIELD_NONE && field != TD_FIELD_IGNORE && taken[field])
        field = TD_FIELD_NONE;
      taken[field] = TRUE;
      g_array_append_val (fields, field);
    }
  return fields;
}

int
td_columns_find_header (TdListKind     kind,
                        const TdTable *table)
{
  g_return_val_if_fail (table != NULL, -1);

  for (guint r = 0; r < table->rows->len && r < HEADER_ROWS; r++)
    {
      const TdTableRow *row = g_ptr_array_index (table->rows, r);
      guint known = 0;

      for (guint c = 0; c < row->n_cells; c++)
        known += td_columns_match (kind, row->cells[c]) != TD_FIELD_NONE;
      if (known >= 2)
        return (int) r;
    }
  return -1;
}

int
td_columns_parse_year (const char *cell)
{
  int year = 0;

  g_return_val_if_fail (cell != NULL, 0);

  /* The last run of four digits: the year of a date written either way round, or the
   * year alone; a run of more digits is no year. */
  for (const char *p = cell; *p != '\0';)
    {
      const char *start = p;

      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      while (g_ascii_isdigit (*p))
        p++;
      if (p - start == 4)
        year = atoi (start);
      else if (p - start > 4)
        return 0;
    }
  return year >= 1900 && year <= 2100 ? year : 0;
}

const char *
td_field_get_title (TdField field)
{
  switch (field)
    {
    case TD_FIELD_NAME:
      return _("Name");
    case TD_FIELD_UNIT_KIND:
      return _("Kind");
    case TD_FIELD_HEAD:
      return _("Head");
    case TD_FIELD_POSITION:
      return _("Position");
    case TD_FIELD_MEMBERS:
      return _("Members");
    case TD_FIELD_PHONE:
      return _("Phone");
    case TD_FIELD_PARENT_NAME:
      return _("Village or unit");
    case TD_FIELD_BIRTH_YEAR:
      return _("Year of birth");
    case TD_FIELD_ADDRESS:
      return _("Address");
    case TD_FIELD_NOTE:
      return _("Note");
    case TD_FIELD_IGNORE:
    case TD_FIELD_NONE:
    case TD_N_FIELDS:
    default:
      return _("Not imported");
    }
}
