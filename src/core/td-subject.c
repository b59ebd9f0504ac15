/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A unit, a person or a household as a list row: plain fields the store fills in one go,
 * the keys that sort and search 20,000 of them made once, and the checking of what a user
 * types into a field, shared by the list's cells and by import.
 */
#define G_LOG_DOMAIN "td-subject"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-collate.h"
#include "td-fold.h"
#include "td-store.h"
#include "td-subject-private.h"

/* Long enough for any real name or address, short enough that a paste of a whole page
 * into a cell is caught where it happens. */
#define MAX_TEXT_CHARS 300
#define MAX_NOTE_CHARS 5000
#define MAX_MEMBERS    10000000
#define MIN_BIRTH_YEAR 1900

G_DEFINE_FINAL_TYPE (TdSubject, td_subject, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  const char *code;
  const char *label;     /* English msgid */
  const char *vi_label;  /* what Vietnamese files call it, whatever the UI's language */
} UnitKind;

static const UnitKind unit_kinds[] = {
  { "village", N_("Village/hamlet"), "Thôn/xóm" },
  { "school", N_("School"), "Trường học" },
  { "cooperative", N_("Cooperative"), "Hợp tác xã" },
  { "health", N_("Health station"), "Trạm y tế" },
  { "agency", N_("Agency"), "Cơ quan" },
  { "department", N_("Board or department"), "Ban, ngành" },
  { "union", N_("Mass organisation"), "Đoàn thể" },
  { "steering", N_("Steering committee"), "Ban chỉ đạo" },
  { "council", N_("Council"), "Hội đồng" },
  { "other", N_("Other"), "Khác" },
};

static const char * const unit_kind_codes[] = {
  "village", "school", "cooperative", "health", "agency", "department", "union", "steering",
  "council", "other", NULL,
};

static void
forget_keys (TdSubject *self)
{
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->sort_key, g_free);
}

char td_subject_no_text[1] = "";

static void
free_text (char *text)
{
  if (text != td_subject_no_text)
    g_free (text);
}

void
td_subject_take_string (TdSubject  *self,
                        char      **field,
                        char       *value)
{
  free_text (*field);
  *field = value != NULL ? value : g_strdup ("");
  forget_keys (self);
}

static char **
string_field (TdSubject      *self,
              TdSubjectField  field)
{
  switch (field)
    {
    case TD_SUBJECT_FIELD_NAME: return &self->name;
    case TD_SUBJECT_FIELD_UNIT_KIND: return &self->unit_kind;
    case TD_SUBJECT_FIELD_HEAD: return &self->head;
    case TD_SUBJECT_FIELD_POSITION: return &self->position;
    case TD_SUBJECT_FIELD_PHONE: return &self->phone;
    case TD_SUBJECT_FIELD_PARENT_NAME: return &self->parent_name;
    case TD_SUBJECT_FIELD_ADDRESS: return &self->address;
    case TD_SUBJECT_FIELD_NOTE: return &self->note;
    case TD_SUBJECT_FIELD_MEMBERS:
    case TD_SUBJECT_FIELD_BIRTH_YEAR:
    default:
      return NULL;
    }
}

const char *
td_subject_peek_string (TdSubject      *self,
                        TdSubjectField  field)
{
  char **slot = string_field (self, field);

  return slot != NULL && *slot != NULL ? *slot : "";
}

static void
td_subject_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TdSubject *self = TD_SUBJECT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_subject_finalize (GObject *object)
{
  TdSubject *self = (TdSubject *) object;

  free_text (self->name);
  free_text (self->unit_kind);
  free_text (self->head);
  free_text (self->position);
  free_text (self->phone);
  free_text (self->parent_name);
  free_text (self->address);
  free_text (self->note);
  forget_keys (self);

  G_OBJECT_CLASS (td_subject_parent_class)->finalize (object);
}

static void
td_subject_class_init (TdSubjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = td_subject_get_property;
  object_class->finalize = td_subject_finalize;

  /* For a GtkStringSorter or a label bound to it; the rest are plain getters. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The strings stay NULL until td_subject_new() or the store (td_subject_new_empty())
 * gives them their text: 20,000 rows read would otherwise make and drop 160,000 "". */
static void
td_subject_init (TdSubject *self)
{
  self->members = -1;
}

TdSubject *
td_subject_new_empty (TdSubjectKind kind)
{
  TdSubject *self = g_object_new (TD_TYPE_SUBJECT, NULL);

  self->kind = kind;
  return self;
}

TdSubject *
td_subject_new (TdSubjectKind kind)
{
  TdSubject *self = td_subject_new_empty (kind);

  self->name = g_strdup ("");
  self->unit_kind = g_strdup ("");
  self->head = g_strdup ("");
  self->position = g_strdup ("");
  self->phone = g_strdup ("");
  self->parent_name = g_strdup ("");
  self->address = g_strdup ("");
  self->note = g_strdup ("");
  if (kind == TD_SUBJECT_UNIT)
    td_subject_take_string (self, &self->unit_kind, g_strdup ("other"));
  return self;
}

TdSubjectKind
td_subject_get_kind (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), TD_SUBJECT_UNIT);
  return self->kind;
}

gint64
td_subject_get_id (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), 0);
  return self->id;
}

#define STRING_GETTER(field)                            \
  const char *                                          \
  td_subject_get_##field (TdSubject *self)              \
  {                                                     \
    g_return_val_if_fail (TD_IS_SUBJECT (self), "");    \
    return self->field;                                 \
  }

STRING_GETTER (name)
STRING_GETTER (unit_kind)
STRING_GETTER (head)
STRING_GETTER (position)
STRING_GETTER (phone)
STRING_GETTER (parent_name)
STRING_GETTER (address)
STRING_GETTER (note)

int
td_subject_get_members (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), -1);
  return self->members;
}

gint64
td_subject_get_parent_id (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), 0);
  return self->parent_id;
}

int
td_subject_get_birth_year (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), 0);
  return self->birth_year;
}

gboolean
td_subject_get_archived (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), FALSE);
  return self->archived;
}

guint
td_subject_get_n_tasks (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), 0);
  return self->n_tasks;
}

guint
td_subject_get_n_registrations (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), 0);
  return self->n_registrations;
}

guint
td_subject_get_n_awards (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), 0);
  return self->n_awards;
}

static void
append_folded (GString    *key,
               const char *text)
{
  td_fold_append (key, text);
  g_string_append_c (key, '\n');
}

/* Turns every run of white space of @text into one space, in place. */
static void
one_line (char *text)
{
  char *out = text;
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out != text)
        *out++ = ' ';
      space = FALSE;
      *out++ = *p;
    }
  *out = '\0';
}

const char *
td_subject_get_search_key (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), "");

  if (self->search_key == NULL)
    {
      GString *key = g_string_sized_new (strlen (self->name) * 2 + 32);

      append_folded (key, self->name);
      append_folded (key, self->parent_name);
      append_folded (key, self->kind == TD_SUBJECT_PERSON ? self->position : self->head);
      /* "0912 345 678" is found by "0912345678" and the other way round. */
      for (const char *p = self->phone; *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (key, *p);
      self->search_key = g_string_free (key, FALSE);
    }
  return self->search_key;
}

const char *
td_subject_get_sort_key (TdSubject *self)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), "");

  if (self->sort_key == NULL)
    self->sort_key = td_collate_key (self->name);
  return self->sort_key;
}

char *
td_subject_dup_field_text (TdSubject      *self,
                           TdSubjectField  field)
{
  g_return_val_if_fail (TD_IS_SUBJECT (self), NULL);

  if (field == TD_SUBJECT_FIELD_MEMBERS)
    return self->members >= 0 ? g_strdup_printf ("%d", self->members) : g_strdup ("");
  if (field == TD_SUBJECT_FIELD_BIRTH_YEAR)
    return self->birth_year > 0 ? g_strdup_printf ("%d", self->birth_year) : g_strdup ("");
  return g_strdup (td_subject_peek_string (self, field));
}

gboolean
td_subject_kind_has_field (TdSubjectKind  kind,
                           TdSubjectField field)
{
  switch (field)
    {
    case TD_SUBJECT_FIELD_NAME:
    case TD_SUBJECT_FIELD_PHONE:
    case TD_SUBJECT_FIELD_NOTE:
      return TRUE;
    case TD_SUBJECT_FIELD_UNIT_KIND:
    case TD_SUBJECT_FIELD_HEAD:
      return kind == TD_SUBJECT_UNIT;
    case TD_SUBJECT_FIELD_POSITION:
    case TD_SUBJECT_FIELD_BIRTH_YEAR:
      return kind == TD_SUBJECT_PERSON;
    case TD_SUBJECT_FIELD_MEMBERS:
      return kind == TD_SUBJECT_UNIT || kind == TD_SUBJECT_HOUSEHOLD;
    case TD_SUBJECT_FIELD_PARENT_NAME:
      return kind == TD_SUBJECT_PERSON || kind == TD_SUBJECT_HOUSEHOLD;
    case TD_SUBJECT_FIELD_ADDRESS:
      return kind == TD_SUBJECT_HOUSEHOLD;
    default:
      return FALSE;
    }
}

const char *
td_subject_field_label (TdSubjectKind  kind,
                        TdSubjectField field)
{
  switch (field)
    {
    case TD_SUBJECT_FIELD_NAME:
      return kind == TD_SUBJECT_HOUSEHOLD ? _("Head of household")
             : kind == TD_SUBJECT_PERSON ? _("Full name") : _("Name");
    case TD_SUBJECT_FIELD_UNIT_KIND:
      return _("Kind");
    case TD_SUBJECT_FIELD_HEAD:
      return _("Head");
    case TD_SUBJECT_FIELD_POSITION:
      return _("Position");
    case TD_SUBJECT_FIELD_MEMBERS:
      /* TRANSLATORS: the people of a household ("Số khẩu"); of a unit, "Members" below. */
      return kind == TD_SUBJECT_HOUSEHOLD ? C_("household", "Members") : _("Members");
    case TD_SUBJECT_FIELD_PHONE:
      return _("Phone");
    case TD_SUBJECT_FIELD_PARENT_NAME:
      return kind == TD_SUBJECT_HOUSEHOLD ? _("Village") : _("Unit");
    case TD_SUBJECT_FIELD_BIRTH_YEAR:
      return _("Year of birth");
    case TD_SUBJECT_FIELD_ADDRESS:
      return _("Address");
    case TD_SUBJECT_FIELD_NOTE:
      return _("Note");
    default:
      g_return_val_if_reached ("");
    }
}

const char * const *
td_unit_kind_codes (void)
{
  return unit_kind_codes;
}

const char *
td_unit_kind_label (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    if (g_strcmp0 (unit_kinds[i].code, code) == 0)
      return _(unit_kinds[i].label);
  return code != NULL ? code : "";
}

const char *
td_unit_kind_parse (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  folded = td_fold (text);
  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    {
      const UnitKind *kind = &unit_kinds[i];

      if (g_str_equal (folded, kind->code) || td_fold_equal (folded, kind->label) ||
          td_fold_equal (folded, kind->vi_label) || td_fold_equal (folded, _(kind->label)))
        return kind->code;
    }
  return NULL;
}

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (TD_STORE_ERROR, TD_STORE_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
check_length (TdSubjectKind   kind,
              TdSubjectField  field,
              const char     *text,
              GError        **error)
{
  glong max = field == TD_SUBJECT_FIELD_NOTE ? MAX_NOTE_CHARS : MAX_TEXT_CHARS;

  if (g_utf8_strlen (text, -1) <= max)
    return TRUE;
  return invalid (error, _("“%s” is too long: at most %ld characters"),
                  td_subject_field_label (kind, field), max);
}

/* A whole number written with digits only, or -1. */
static gint64
parse_whole (const char *text)
{
  guint64 value;

  if (*text == '\0' || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT, &value, NULL))
    return -1;
  return (gint64) value;
}

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

char *
td_subject_fold_name (const char *name)
{
  g_autofree char *folded = td_fold (name != NULL ? name : "");
  GString *result = g_string_sized_new (strlen (folded));
  gboolean space = FALSE;

  /* td_fold() made every space " ". */
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p == ' ')
        {
          space = result->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (result, ' ');
      space = FALSE;
      g_string_append_c (result, *p);
    }
  return g_string_free (result, FALSE);
}

const char *
td_subject_blank_name_message (TdSubjectKind kind)
{
  switch (kind)
    {
    case TD_SUBJECT_PERSON:
      return _("A person needs a name");
    case TD_SUBJECT_HOUSEHOLD:
      return _("A household needs the name of its head");
    case TD_SUBJECT_UNIT:
    default:
      return _("A unit needs a name");
    }
}

gboolean
td_subject_set_field (TdSubject       *self,
                      TdSubjectField   field,
                      const char      *text,
                      GError         **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (TD_IS_SUBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!td_subject_kind_has_field (self->kind, field))
    return invalid (error, _("This list has no field “%s”"),
                    td_subject_field_label (self->kind, field));
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    return invalid (error, _("The text of “%s” is not valid"),
                    td_subject_field_label (self->kind, field));

  value = g_strstrip (g_strdup (text != NULL ? text : ""));
  /* A cell of a spreadsheet may hold a line break where a name was wrapped: every field but
   * the note is one line, its spaces single. */
  if (field != TD_SUBJECT_FIELD_NOTE)
    one_line (value);
  if (!check_length (self->kind, field, value, error))
    return FALSE;

  switch (field)
    {
    case TD_SUBJECT_FIELD_NAME:
      if (*value == '\0')
        return invalid (error, "%s", td_subject_blank_name_message (self->kind));
      if (!g_str_equal (self->name, value))
        {
          td_subject_take_string (self, &self->name, g_steal_pointer (&value));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
        }
      return TRUE;

    case TD_SUBJECT_FIELD_UNIT_KIND:
      {
        const char *code = td_unit_kind_parse (value);

        if (code == NULL)
          return invalid (error, _("“%s” is not a kind of unit: choose Village/hamlet, School, "
                                   "Cooperative, Health station, Agency, Board or department, "
                                   "Mass organisation, Steering committee, Council or Other"),
                          value);
        td_subject_take_string (self, &self->unit_kind, g_strdup (code));
        return TRUE;
      }

    case TD_SUBJECT_FIELD_MEMBERS:
      {
        gint64 members = *value == '\0' ? -1 : parse_whole (value);

        if (*value != '\0' && members < 0)
          return invalid (error, _("The number of members must be a whole number, 0 or more: "
                                   "“%s” is not"), value);
        if (members > MAX_MEMBERS)
          return invalid (error, _("%s members is too many"), value);
        self->members = (int) members;
        return TRUE;
      }

    case TD_SUBJECT_FIELD_BIRTH_YEAR:
      {
        gint64 year = *value == '\0' ? 0 : parse_whole (value);
        int now = current_year ();

        if (*value != '\0' && year < 0)
          return invalid (error, _("“%s” is not a year: write it with four digits, like 1978"),
                          value);
        if (*value != '\0' && (year < MIN_BIRTH_YEAR || year > now))
          return invalid (error, _("The year of birth must be between %d and %d"),
                          MIN_BIRTH_YEAR, now);
        self->birth_year = (int) year;
        return TRUE;
      }

    case TD_SUBJECT_FIELD_PARENT_NAME:
      self->parent_id = 0;
      td_subject_take_string (self, &self->parent_name, g_steal_pointer (&value));
      return TRUE;

    case TD_SUBJECT_FIELD_HEAD:
    case TD_SUBJECT_FIELD_POSITION:
    case TD_SUBJECT_FIELD_PHONE:
    case TD_SUBJECT_FIELD_ADDRESS:
    case TD_SUBJECT_FIELD_NOTE:
      td_subject_take_string (self, string_field (self, field), g_steal_pointer (&value));
      return TRUE;

    default:
      g_return_val_if_reached (FALSE);
    }
}
