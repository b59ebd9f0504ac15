/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The subjects in the store: units, people and households listed in Vietnamese order with
 * the year's counts, added, edited a field at a time (with the words a wrong entry gets),
 * archived when they have a history and deleted when not, their duplicates found, units
 * merged; each change undone through TdHistory, and each one told by "changed".
 */
#define G_LOG_DOMAIN "test-subjects"

#include "config.h"

#include <string.h>

#include "td-history.h"
#include "td-sample.h"
#include "td-store-plan.h"
#include "td-store-subjects.h"
#include "td-test-db.h"
#include "td-test-store.h"

typedef struct {
  TdTestStoreFixture  files;
  TdStore            *store;
  TdHistory          *history;
  GPtrArray          *changes;  /* td_change_to_string() of each "changed", in order */
} Fixture;

static void
on_changed_cb (TdStore        *store,
               const TdChange *change,
               GPtrArray      *changes)
{
  g_ptr_array_add (changes, td_change_to_string (change));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  td_test_store_set_up (&fixture->files, data);
  fixture->store = td_test_store_open (fixture->files.db_path);
  fixture->history = td_history_new (fixture->store);
  td_history_set_merge_interval (fixture->history, 0);
  fixture->changes = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), fixture->changes);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->changes, g_ptr_array_unref);
  td_test_store_tear_down (&fixture->files, data);
}

/* Writes as another program would, then lets the store know, so Undo still works. */
static void
raw_exec (Fixture    *fixture,
          const char *sql)
{
  sqlite3 *db = td_test_raw_open (fixture->files.db_path, SQLITE_OPEN_READWRITE);

  td_test_raw_exec (db, sql);
  sqlite3_close (db);
  td_store_check_external (fixture->store, NULL);
  g_ptr_array_set_size (fixture->changes, 0);
}

/* Short names for the many subjects written below. */
#define make td_test_store_new_subject
#define END TD_TEST_END

static gint64
add (Fixture       *fixture,
     TdSubjectKind  kind,
     ...)
{
  g_autoptr(TdSubject) subject = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;
  gint64 id;

  va_start (args, kind);
  subject = td_test_store_new_subject_valist (kind, args);
  va_end (args);
  id = td_store_add_subject (fixture->store, subject, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GListModel *
list (Fixture       *fixture,
      TdSubjectKind  kind,
      gboolean       with_archived)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = td_store_list_subjects (fixture->store, kind, 2022, with_archived, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

/* The names of a list, joined by "|". */
static char *
names_of (GListModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TdSubject) subject = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", td_subject_get_name (subject));
    }
  return g_strdup (names->str);
}

static char *
list_names (Fixture       *fixture,
            TdSubjectKind  kind,
            gboolean       with_archived)
{
  g_autoptr(GListModel) model = list (fixture, kind, with_archived);

  return names_of (model);
}

static TdSubject *
get (Fixture       *fixture,
     TdSubjectKind  kind,
     gint64         id)
{
  g_autoptr(GError) error = NULL;
  TdSubject *subject = td_store_get_subject (fixture->store, kind, id, 2022, &error);

  g_assert_no_error (error);
  return subject;
}

static void
assert_change (Fixture    *fixture,
               guint       index,
               const char *expected)
{
  g_assert_cmpuint (index, <, fixture->changes->len);
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, index), ==, expected);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GListModel) households = NULL;
  g_autoptr(TdSubject) first = NULL;
  g_autoptr(TdSubject) person = NULL;
  g_autofree char *units = NULL;
  g_autofree char *people = NULL;
  g_autofree char *names = NULL;
  gint64 village, person_id;

  village = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn 10",
                 TD_SUBJECT_FIELD_UNIT_KIND, "village", TD_SUBJECT_FIELD_HEAD, "Trần Văn Hải",
                 TD_SUBJECT_FIELD_MEMBERS, "312", END);
  add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn 2",
       TD_SUBJECT_FIELD_UNIT_KIND, "Thôn/xóm", END);
  add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Trường Tiểu học",
       TD_SUBJECT_FIELD_UNIT_KIND, "truong hoc", END);
  add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Đoàn Thanh niên",
       TD_SUBJECT_FIELD_UNIT_KIND, "Mass organisation", END);
  units = list_names (fixture, TD_SUBJECT_UNIT, FALSE);
  g_assert_cmpstr (units, ==, "Đoàn Thanh niên|Thôn 2|Thôn 10|Trường Tiểu học");

  person_id = add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Bùi Văn Nam",
                   TD_SUBJECT_FIELD_PARENT_NAME, "thon 10", TD_SUBJECT_FIELD_POSITION, "Trưởng thôn",
                   TD_SUBJECT_FIELD_BIRTH_YEAR, "1975", TD_SUBJECT_FIELD_PHONE, "0912 345 678",
                   END);
  /* The same once folded, so told apart by their birth years. */
  add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Bụi Văn Nam",
       TD_SUBJECT_FIELD_BIRTH_YEAR, "1980", END);
  add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Búi Văn Nam",
       TD_SUBJECT_FIELD_BIRTH_YEAR, "1990", END);
  add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "An Thị Mai", END);
  people = list_names (fixture, TD_SUBJECT_PERSON, FALSE);
  g_assert_cmpstr (people, ==, "An Thị Mai|Bùi Văn Nam|Búi Văn Nam|Bụi Văn Nam");

  person = get (fixture, TD_SUBJECT_PERSON, person_id);
  g_assert_cmpint (td_subject_get_kind (person), ==, TD_SUBJECT_PERSON);
  g_assert_cmpint (td_subject_get_parent_id (person), ==, village);
  g_assert_cmpstr (td_subject_get_parent_name (person), ==, "Thôn 10");
  g_assert_cmpstr (td_subject_get_position (person), ==, "Trưởng thôn");
  g_assert_cmpint (td_subject_get_birth_year (person), ==, 1975);
  g_assert_cmpint (td_subject_get_members (person), ==, -1);
  g_assert_cmpstr (td_subject_get_unit_kind (person), ==, "");
  g_assert_cmpstr (td_subject_get_search_key (person), ==,
                   "bui van nam\nthon 10\ntruong thon\n0912345678");

  add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Nguyễn Văn Tư",
       TD_SUBJECT_FIELD_PARENT_NAME, "Thôn 2", TD_SUBJECT_FIELD_MEMBERS, "5",
       TD_SUBJECT_FIELD_ADDRESS, "Xóm Đình", END);
  add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Nguyễn Văn Ba",
       TD_SUBJECT_FIELD_PARENT_NAME, "Thôn 10", END);
  households = list (fixture, TD_SUBJECT_HOUSEHOLD, FALSE);
  names = names_of (households);
  g_assert_cmpstr (names, ==, "Nguyễn Văn Ba|Nguyễn Văn Tư");
  first = g_list_model_get_item (households, 1);
  g_assert_cmpint (td_subject_get_members (first), ==, 5);
  g_assert_cmpstr (td_subject_get_address (first), ==, "Xóm Đình");
  g_assert_cmpstr (td_subject_get_parent_name (first), ==, "Thôn 2");
  g_assert_cmpstr (td_subject_get_search_key (first), ==, "nguyen van tu\nthon 2\n\n");
  {
    g_autoptr(TdSubject) before = g_list_model_get_item (households, 0);

    g_assert_cmpint (strcmp (td_subject_get_sort_key (before), td_subject_get_sort_key (first)),
                     <, 0);
  }
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) tasks = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListModel) last_year = NULL;
  g_autoptr(TdSubject) household = NULL;
  g_autoptr(TdSubject) person = NULL;
  g_autofree char *sql = NULL;
  gboolean added = FALSE;
  guint n_with_tasks = 0;
  gint64 unit_id, person_id, household_id;

  g_assert_true (td_sample_load (fixture->store, &added, &error));
  g_assert_no_error (error);

  /* Each unit's tasks in the sample's plan, as td_store_count_unit_tasks() counts them. */
  tasks = td_store_count_unit_tasks (fixture->store, TD_SAMPLE_YEAR, &error);
  g_assert_no_error (error);
  units = list (fixture, TD_SUBJECT_UNIT, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, tasks->len);
  for (guint i = 0; i < tasks->len; i++)
    {
      TdUnitTasks *entry = &g_array_index (tasks, TdUnitTasks, i);
      g_autoptr(TdSubject) unit = get (fixture, TD_SUBJECT_UNIT, td_unit_get_id (entry->unit));

      g_assert_cmpuint (td_subject_get_n_tasks (unit), ==, entry->n_tasks);
      n_with_tasks += entry->n_tasks > 0;
    }
  g_assert_cmpuint (n_with_tasks, >, 3);

  unit_id = td_unit_get_id (g_array_index (tasks, TdUnitTasks, 0).unit);
  person_id = add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Lê Thị Hoa", END);
  household_id = add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Phạm Văn Đồng", END);
  sql = g_strdup_printf (
    "INSERT INTO registration (year, award_kind_id, unit_id) VALUES "
    "  (2022, 1, %1$" G_GINT64_FORMAT "), (2022, 2, %1$" G_GINT64_FORMAT "),"
    "  (2021, 1, %1$" G_GINT64_FORMAT ");"
    "INSERT INTO registration (year, award_kind_id, person_id) VALUES (2022, 1, %2$" G_GINT64_FORMAT ");"
    "INSERT INTO award (year, award_kind_id, person_id) VALUES "
    "  (2022, 1, %2$" G_GINT64_FORMAT "), (2022, 2, %2$" G_GINT64_FORMAT "), (2021, 1, %2$" G_GINT64_FORMAT ");"
    "INSERT INTO award (year, award_kind_id, household_id) VALUES (2022, 1, %3$" G_GINT64_FORMAT ");",
    unit_id, person_id, household_id);
  raw_exec (fixture, sql);

  {
    g_autoptr(TdSubject) unit = get (fixture, TD_SUBJECT_UNIT, unit_id);

    g_assert_cmpuint (td_subject_get_n_registrations (unit), ==, 2);
    g_assert_cmpuint (td_subject_get_n_awards (unit), ==, 0);
  }
  person = get (fixture, TD_SUBJECT_PERSON, person_id);
  g_assert_cmpuint (td_subject_get_n_registrations (person), ==, 1);
  g_assert_cmpuint (td_subject_get_n_awards (person), ==, 2);
  household = get (fixture, TD_SUBJECT_HOUSEHOLD, household_id);
  g_assert_cmpuint (td_subject_get_n_awards (household), ==, 1);
  g_assert_cmpuint (td_subject_get_n_registrations (household), ==, 0);

  /* Another year: its own counts, no tasks (2021 has no plan). */
  last_year = td_store_list_subjects (fixture->store, TD_SUBJECT_UNIT, 2021, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (last_year); i++)
    {
      g_autoptr(TdSubject) unit = g_list_model_get_item (last_year, i);

      g_assert_cmpuint (td_subject_get_n_tasks (unit), ==, 0);
      g_assert_cmpuint (td_subject_get_n_registrations (unit), ==,
                        td_subject_get_id (unit) == unit_id ? 1 : 0);
    }
}

static void
assert_refused (Fixture         *fixture,
                TdSubjectKind    kind,
                gint64           id,
                TdSubjectField   field,
                const char      *text,
                int              code,
                const char      *message)
{
  g_autoptr(GError) error = NULL;
  guint n_changes = fixture->changes->len;

  g_assert_false (td_store_set_subject_field (fixture->store, kind, id, field, text, &error));
  g_assert_error (error, TD_STORE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);
}

static void
set (Fixture         *fixture,
     TdSubjectKind    kind,
     gint64           id,
     TdSubjectField   field,
     const char      *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (td_store_set_subject_field (fixture->store, kind, id, field, text, &error));
  g_assert_no_error (error);
}

static void
test_set_field (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TdSubject) household = NULL;
  g_autoptr(TdSubject) person = NULL;
  g_autoptr(TdSubject) unit = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *too_late = g_strdup_printf ("%d", g_date_time_get_year (now) + 1);
  g_autofree char *range = g_strdup_printf ("The year of birth must be between 1900 and %d",
                                            g_date_time_get_year (now));
  g_autofree char *long_name = g_strnfill (301, 'a');
  g_autofree char *expected = NULL;
  gint64 village, other_village, person_id, household_id;

  village = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn Đông",
                 TD_SUBJECT_FIELD_UNIT_KIND, "village", END);
  other_village = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn Tây",
                       TD_SUBJECT_FIELD_UNIT_KIND, "village", END);
  person_id = add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Hoàng Văn Khánh", END);
  household_id = add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Vũ Thị Lan", END);

  /* Typing into one field is one step of Undo, whatever the number of keystrokes. */
  td_history_set_merge_interval (fixture->history, G_TIME_SPAN_HOUR);
  set (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_MEMBERS, "4");
  set (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_MEMBERS, "");
  set (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_MEMBERS, " 12 ");
  set (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_PHONE, "0987");
  set (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_PARENT_NAME, "THON DONG");
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 4 + 3);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Edit Household");
  household = get (fixture, TD_SUBJECT_HOUSEHOLD, household_id);
  g_assert_cmpint (td_subject_get_members (household), ==, 12);
  g_assert_cmpstr (td_subject_get_phone (household), ==, "0987");
  g_assert_cmpint (td_subject_get_parent_id (household), ==, village);
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, fixture->changes->len - 1), ==,
                   (expected = g_strdup_printf ("household updated 0/0 #%" G_GINT64_FORMAT,
                                                household_id)));

  /* Wrong input: refused in words, nothing saved, nothing told. */
  assert_refused (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_MEMBERS, "4a",
                  TD_STORE_ERROR_INVALID,
                  "The number of members must be a whole number, 0 or more: “4a” is not");
  assert_refused (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_MEMBERS, "-3",
                  TD_STORE_ERROR_INVALID,
                  "The number of members must be a whole number, 0 or more: “-3” is not");
  assert_refused (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_MEMBERS, "2.5",
                  TD_STORE_ERROR_INVALID,
                  "The number of members must be a whole number, 0 or more: “2.5” is not");
  assert_refused (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_PARENT_NAME,
                  "Thôn 99", TD_STORE_ERROR_INVALID,
                  "There is no village named “Thôn 99”: add it to the units first");
  assert_refused (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_NAME, "  ",
                  TD_STORE_ERROR_INVALID, "A household needs the name of its head");
  assert_refused (fixture, TD_SUBJECT_HOUSEHOLD, household_id, TD_SUBJECT_FIELD_BIRTH_YEAR, "1970",
                  TD_STORE_ERROR_INVALID, "This list has no field “Year of birth”");
  assert_refused (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_BIRTH_YEAR, "19a8",
                  TD_STORE_ERROR_INVALID,
                  "“19a8” is not a year: write it with four digits, like 1978");
  assert_refused (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_BIRTH_YEAR, "1850",
                  TD_STORE_ERROR_INVALID, range);
  assert_refused (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_BIRTH_YEAR, too_late,
                  TD_STORE_ERROR_INVALID, range);
  assert_refused (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_PARENT_NAME, "UBND",
                  TD_STORE_ERROR_INVALID,
                  "There is no unit named “UBND”: add it to the units first");
  assert_refused (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_NAME, long_name,
                  TD_STORE_ERROR_INVALID, "“Full name” is too long: at most 300 characters");
  assert_refused (fixture, TD_SUBJECT_UNIT, village, TD_SUBJECT_FIELD_UNIT_KIND, "Chợ",
                  TD_STORE_ERROR_INVALID,
                  "“Chợ” is not a kind of unit: choose Village/hamlet, School, Cooperative, "
                  "Health station, Agency, Board or department, Mass organisation, Steering "
                  "committee, Council or Other");
  assert_refused (fixture, TD_SUBJECT_UNIT, village, TD_SUBJECT_FIELD_NAME, "Thôn Tây",
                  TD_STORE_ERROR_EXISTS, "Another unit is already named “Thôn Tây”");
  assert_refused (fixture, TD_SUBJECT_UNIT, village, TD_SUBJECT_FIELD_NAME, "",
                  TD_STORE_ERROR_INVALID, "A unit needs a name");
  assert_refused (fixture, TD_SUBJECT_UNIT, 9999, TD_SUBJECT_FIELD_NOTE, "x",
                  TD_STORE_ERROR_NOT_FOUND, "The unit is no longer in the file");
  g_clear_object (&household);
  household = get (fixture, TD_SUBJECT_HOUSEHOLD, household_id);
  g_assert_cmpint (td_subject_get_members (household), ==, 12);
  g_assert_cmpint (td_subject_get_parent_id (household), ==, village);

  set (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_BIRTH_YEAR, "1968");
  set (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_PARENT_NAME, "Thôn Tây");
  set (fixture, TD_SUBJECT_UNIT, village, TD_SUBJECT_FIELD_UNIT_KIND, "Trạm y tế");
  set (fixture, TD_SUBJECT_UNIT, village, TD_SUBJECT_FIELD_HEAD, "Đinh Công Tráng");
  person = get (fixture, TD_SUBJECT_PERSON, person_id);
  g_assert_cmpint (td_subject_get_birth_year (person), ==, 1968);
  g_assert_cmpint (td_subject_get_parent_id (person), ==, other_village);
  unit = get (fixture, TD_SUBJECT_UNIT, village);
  g_assert_cmpstr (td_subject_get_unit_kind (unit), ==, "health");
  g_assert_cmpstr (td_subject_get_head (unit), ==, "Đinh Công Tráng");
  g_assert_cmpstr (td_unit_kind_label (td_subject_get_unit_kind (unit)), ==, "Health station");

  /* A blank parent is none. */
  set (fixture, TD_SUBJECT_PERSON, person_id, TD_SUBJECT_FIELD_PARENT_NAME, "");
  g_clear_object (&person);
  person = get (fixture, TD_SUBJECT_PERSON, person_id);
  g_assert_cmpint (td_subject_get_parent_id (person), ==, 0);
  g_assert_cmpstr (td_subject_get_parent_name (person), ==, "");

  /* Undo puts the typed field back as it was before the typing. */
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_clear_object (&unit);
  unit = get (fixture, TD_SUBJECT_UNIT, village);
  g_assert_cmpstr (td_subject_get_head (unit), ==, "");
}

static void
test_subject_fields (void)
{
  g_autoptr(TdSubject) unit = td_subject_new (TD_SUBJECT_UNIT);
  g_autoptr(GError) error = NULL;
  g_autofree char *members = NULL;
  guint n_codes = 0;

  g_assert_cmpstr (td_subject_get_unit_kind (unit), ==, "other");
  g_assert_true (td_subject_set_field (unit, TD_SUBJECT_FIELD_MEMBERS, "0", &error));
  members = td_subject_dup_field_text (unit, TD_SUBJECT_FIELD_MEMBERS);
  g_assert_cmpstr (members, ==, "0");
  g_assert_false (td_subject_set_field (unit, TD_SUBJECT_FIELD_MEMBERS, "99999999999", &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpint (td_subject_get_members (unit), ==, 0);
  g_clear_error (&error);
  g_assert_false (td_subject_set_field (unit, TD_SUBJECT_FIELD_ADDRESS, "x", &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);

  for (const char * const *code = td_unit_kind_codes (); *code != NULL; code++, n_codes++)
    g_assert_cmpstr (td_unit_kind_parse (*code), ==, *code);
  g_assert_cmpuint (n_codes, ==, 10);
  g_assert_cmpstr (td_unit_kind_parse ("Ban, ngành"), ==, "department");
  g_assert_cmpstr (td_unit_kind_parse ("hop tac xa"), ==, "cooperative");
  g_assert_cmpstr (td_unit_kind_parse ("  VILLAGE/HAMLET "), ==, "village");
  g_assert_null (td_unit_kind_parse ("Chợ"));
  g_assert_cmpstr (td_unit_kind_label ("council"), ==, "Council");
  g_assert_cmpstr (td_unit_kind_label ("nonsense"), ==, "nonsense");
  g_assert_true (td_subject_kind_has_field (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_ADDRESS));
  g_assert_false (td_subject_kind_has_field (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_PARENT_NAME));
  g_assert_cmpstr (td_subject_field_label (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME), ==,
                   "Head of household");
}

static void
assert_add_refused (Fixture    *fixture,
                    TdSubject  *subject,
                    int         code,
                    const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (td_store_add_subject (fixture->store, subject, &error), ==, 0);
  g_assert_error (error, TD_STORE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TdSubject) again = NULL;
  gint64 village, school, person, household;
  guint n_changes;

  village = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn Trung",
                 TD_SUBJECT_FIELD_UNIT_KIND, "village", END);
  school = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Trường Mầm non",
                TD_SUBJECT_FIELD_UNIT_KIND, "school", END);
  person = add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Đặng Thị Thu",
                TD_SUBJECT_FIELD_PARENT_NAME, "Trường Mầm non", TD_SUBJECT_FIELD_BIRTH_YEAR, "1980",
                END);
  household = add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Lý Văn Tám",
                   TD_SUBJECT_FIELD_PARENT_NAME, "Thôn Trung", END);
  n_changes = fixture->changes->len;

  /* The same once folded: refused, with what is there. */
  assert_add_refused (fixture,
                      again = make (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "THÔN TRUNG",
                                    TD_SUBJECT_FIELD_UNIT_KIND, "village", END),
                      TD_STORE_ERROR_EXISTS,
                      "“Thôn Trung” is already in the list, as a unit of the kind "
                      "“Village/hamlet”");
  g_clear_object (&again);
  assert_add_refused (fixture,
                      again = make (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn Trung",
                                    TD_SUBJECT_FIELD_UNIT_KIND, "school", END),
                      TD_STORE_ERROR_EXISTS, "Another unit is already named “Thôn Trung”");
  g_clear_object (&again);
  assert_add_refused (fixture,
                      again = make (TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "dang thi thu",
                                    TD_SUBJECT_FIELD_PARENT_NAME, "Trường Mầm non", END),
                      TD_STORE_ERROR_EXISTS, "“Đặng Thị Thu” of “Trường Mầm non” is already in the list");
  g_clear_object (&again);
  assert_add_refused (fixture,
                      again = make (TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Lý  Văn Tám ",
                                    TD_SUBJECT_FIELD_PARENT_NAME, "Thôn Trung", END),
                      TD_STORE_ERROR_EXISTS,
                      "The household of “Lý Văn Tám” in “Thôn Trung” is already in the list");
  g_clear_object (&again);
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);

  /* Not the same: another birth year, another unit, another village. */
  add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Đặng Thị Thu",
       TD_SUBJECT_FIELD_PARENT_NAME, "Trường Mầm non", TD_SUBJECT_FIELD_BIRTH_YEAR, "1991", END);
  add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Đặng Thị Thu", END);
  add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn Ngoài",
       TD_SUBJECT_FIELD_UNIT_KIND, "village", END);
  add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Lý Văn Tám",
       TD_SUBJECT_FIELD_PARENT_NAME, "Thôn Ngoài", END);

  /* find_duplicates: the candidate's own row is not its duplicate. */
  again = get (fixture, TD_SUBJECT_HOUSEHOLD, household);
  found = td_store_find_duplicates (fixture->store, again, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  g_clear_object (&again);
  again = make (TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Đặng thị thu",
                TD_SUBJECT_FIELD_PARENT_NAME, "truong mam non", END);
  found = td_store_find_duplicates (fixture->store, again, &error);
  g_assert_no_error (error);
  /* No birth year: both of that school. */
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpint (td_subject_get_id (g_ptr_array_index (found, 0)), ==, person);
  g_clear_pointer (&found, g_ptr_array_unref);
  g_assert_true (td_subject_set_field (again, TD_SUBJECT_FIELD_BIRTH_YEAR, "1991", NULL));
  found = td_store_find_duplicates (fixture->store, again, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (td_subject_get_birth_year (g_ptr_array_index (found, 0)), ==, 1991);
  g_clear_pointer (&found, g_ptr_array_unref);
  g_clear_object (&again);
  again = make (TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "truong mam non",
                TD_SUBJECT_FIELD_UNIT_KIND, "school", END);
  found = td_store_find_duplicates (fixture->store, again, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (td_subject_get_id (g_ptr_array_index (found, 0)), ==, school);
  g_assert_cmpint (village, !=, school);
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GListModel) units = NULL;
  gint64 village, empty_unit, household, lonely;
  gboolean archived = TRUE;

  village = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn Nam",
                 TD_SUBJECT_FIELD_UNIT_KIND, "village", END);
  empty_unit = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Ban Văn hóa", END);
  household = add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Mai Văn Sáu",
                   TD_SUBJECT_FIELD_PARENT_NAME, "Thôn Nam", END);
  lonely = add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Tô Thị Bảy", END);
  sql = g_strdup_printf ("INSERT INTO award (year, award_kind_id, household_id) "
                         "VALUES (2021, 1, %" G_GINT64_FORMAT ")", household);
  raw_exec (fixture, sql);

  g_assert_true (td_store_has_history (fixture->store, TD_SUBJECT_HOUSEHOLD, household, &error));
  g_assert_false (td_store_has_history (fixture->store, TD_SUBJECT_HOUSEHOLD, lonely, &error));
  /* A village with households has a history too. */
  g_assert_true (td_store_has_history (fixture->store, TD_SUBJECT_UNIT, village, &error));
  g_assert_false (td_store_has_history (fixture->store, TD_SUBJECT_UNIT, empty_unit, &error));
  g_assert_no_error (error);

  g_assert_true (td_store_remove_subject (fixture->store, TD_SUBJECT_HOUSEHOLD, lonely,
                                          &archived, &error));
  g_assert_no_error (error);
  g_assert_false (archived);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Delete Household");
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT count(*) FROM household WHERE id = %lld", lonely),
                   ==, 0);

  g_assert_true (td_store_remove_subject (fixture->store, TD_SUBJECT_HOUSEHOLD, household,
                                          &archived, &error));
  g_assert_true (archived);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Archive Household");
  g_assert_true (td_store_remove_subject (fixture->store, TD_SUBJECT_UNIT, village, &archived,
                                          &error));
  g_assert_true (archived);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Archive Unit");
  g_assert_no_error (error);

  /* Archived: gone from the lists, there when asked for, and its award kept. */
  names = list_names (fixture, TD_SUBJECT_HOUSEHOLD, FALSE);
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);
  names = list_names (fixture, TD_SUBJECT_HOUSEHOLD, TRUE);
  g_assert_cmpstr (names, ==, "Mai Văn Sáu");
  g_clear_pointer (&names, g_free);
  names = list_names (fixture, TD_SUBJECT_UNIT, FALSE);
  g_assert_cmpstr (names, ==, "Ban Văn hóa");
  g_clear_pointer (&names, g_free);
  units = td_store_list_units (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 1);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT count(*) FROM award WHERE household_id = %lld",
                                     household), ==, 1);

  /* Brought back. */
  g_assert_true (td_store_set_subject_archived (fixture->store, TD_SUBJECT_UNIT, village, FALSE,
                                                &error));
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Restore Unit");
  names = list_names (fixture, TD_SUBJECT_UNIT, FALSE);
  g_assert_cmpstr (names, ==, "Ban Văn hóa|Thôn Nam");

  /* Undo of the restore, then of the archive: the village as it was. */
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_assert_true (td_history_undo (fixture->history, NULL));
  g_clear_pointer (&names, g_free);
  names = list_names (fixture, TD_SUBJECT_UNIT, FALSE);
  g_assert_cmpstr (names, ==, "Ban Văn hóa|Thôn Nam");
  g_assert_false (td_store_remove_subject (fixture->store, TD_SUBJECT_PERSON, 4242, NULL,
                                           &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdSubject) back = NULL;
  g_autofree char *names = NULL;
  gint64 unit, person;

  unit = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Hội Nông dân",
              TD_SUBJECT_FIELD_UNIT_KIND, "union", TD_SUBJECT_FIELD_PHONE, "0203 111",
              END);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Add Unit");
  person = add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Cao Văn Chín",
                TD_SUBJECT_FIELD_PARENT_NAME, "Hội Nông dân", TD_SUBJECT_FIELD_PHONE, "0912",
                END);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Add Person");

  /* A person deleted comes back with its id and fields. */
  g_assert_true (td_store_remove_subject (fixture->store, TD_SUBJECT_PERSON, person, NULL,
                                          &error));
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Delete Person");
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  back = get (fixture, TD_SUBJECT_PERSON, person);
  g_assert_cmpstr (td_subject_get_name (back), ==, "Cao Văn Chín");
  g_assert_cmpstr (td_subject_get_phone (back), ==, "0912");
  g_assert_cmpint (td_subject_get_parent_id (back), ==, unit);

  /* Undo the add of the person, then of the unit; Redo them. */
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_true (td_history_undo (fixture->history, &error));
  names = list_names (fixture, TD_SUBJECT_UNIT, TRUE);
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);
  g_assert_true (td_history_redo (fixture->history, &error));
  g_assert_true (td_history_redo (fixture->history, &error));
  g_assert_no_error (error);
  names = list_names (fixture, TD_SUBJECT_PERSON, FALSE);
  g_assert_cmpstr (names, ==, "Cao Văn Chín");
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(TdSubject) kept = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *names = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 keep, drop, child, person, household;
  const char *snapshot =
    "SELECT group_concat (x, ';') FROM ("
    "  SELECT 'tu' || task_id || ':' || unit_id AS x FROM task_unit"
    "  UNION ALL SELECT 'p' || id || ':' || coalesce (unit_id, '-') FROM person"
    "  UNION ALL SELECT 'h' || id || ':' || coalesce (village_id, '-') FROM household"
    "  UNION ALL SELECT 'u' || id || ':' || coalesce (parent_id, '-') || ':' || head || ':' ||"
    "            phone FROM unit"
    "  UNION ALL SELECT 'r' || id || ':' || unit_id FROM registration"
    "  UNION ALL SELECT 'a' || id || ':' || unit_id FROM award"
    "  UNION ALL SELECT 's' || id || ':' || unit_id || ':' || self_points FROM score"
    "  ORDER BY x)";

  keep = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn 3",
              TD_SUBJECT_FIELD_UNIT_KIND, "village", TD_SUBJECT_FIELD_HEAD, "Trưởng thôn A", END);
  drop = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thon 3",
              TD_SUBJECT_FIELD_UNIT_KIND, "other", TD_SUBJECT_FIELD_HEAD, "Trưởng thôn B",
              TD_SUBJECT_FIELD_PHONE, "0222", END);
  child = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Chi hội Phụ nữ thôn 3", END);
  person = add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Kiều Văn Mười",
                TD_SUBJECT_FIELD_PARENT_NAME, "Thon 3", END);
  household = add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Kiều Văn Một",
                   TD_SUBJECT_FIELD_PARENT_NAME, "Thon 3", END);
  plan = td_test_store_new_plan (2022);
  g_assert_true (td_store_add_plan (fixture->store, plan, NULL, NULL, 0, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf (
    "INSERT INTO task (id, plan_id, quarter, position, content, start_date, end_date) VALUES "
    "  (901, %1$lld, 1, 0, 'Một', '2022-01-01', '2022-03-31'),"
    "  (902, %1$lld, 1, 1, 'Hai', '2022-01-01', '2022-03-31');"
    "INSERT INTO task_unit VALUES (901, %2$lld), (901, %3$lld), (902, %3$lld);"
    "UPDATE unit SET parent_id = %3$lld WHERE id = %4$lld;"
    "INSERT INTO registration (year, award_kind_id, unit_id) VALUES (2022, 1, %3$lld);"
    "INSERT INTO award (year, award_kind_id, unit_id) VALUES (2022, 2, %3$lld);"
    "INSERT INTO criteria_set (id, year, name) VALUES (7, 2022, 'Thôn');"
    "INSERT INTO criterion (id, year, set_id, position, name, max_points, verifier_id) VALUES"
    "  (71, 2022, 7, 0, 'An ninh', 10, %3$lld), (72, 2022, 7, 1, 'Văn hóa', 10, NULL);"
    "INSERT INTO score (criterion_id, unit_id, self_points, verifier_id) VALUES"
    "  (71, %2$lld, 8, NULL), (71, %3$lld, 5, NULL), (72, %3$lld, 9, %3$lld);",
    (long long) td_plan_get_id (plan), (long long) keep, (long long) drop, (long long) child);
  raw_exec (fixture, sql);
  before = td_test_file_query (fixture->files.db_path, snapshot);

  g_assert_true (td_store_merge_units (fixture->store, keep, drop, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Merge Units");
  names = list_names (fixture, TD_SUBJECT_UNIT, TRUE);
  g_assert_cmpstr (names, ==, "Chi hội Phụ nữ thôn 3|Thôn 3");

  /* Every link is the kept unit's; where both had a score, the kept one's stays. */
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT count(*) FROM task_unit WHERE unit_id = %lld",
                                     (long long) keep), ==, 2);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT unit_id FROM person WHERE id = %lld",
                                     (long long) person), ==, keep);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT village_id FROM household WHERE id = %lld",
                                     (long long) household), ==, keep);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT parent_id FROM unit WHERE id = %lld",
                                     (long long) child), ==, keep);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT count(*) FROM registration WHERE unit_id = %lld",
                                     (long long) keep), ==, 1);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT count(*) FROM award WHERE unit_id = %lld",
                                     (long long) keep), ==, 1);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT self_points FROM score WHERE criterion_id = 71"), ==, 8);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT unit_id FROM score WHERE criterion_id = 72"), ==, keep);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT verifier_id FROM score WHERE criterion_id = 72"), ==,
                   keep);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT verifier_id FROM criterion WHERE id = 71"), ==, keep);
  kept = get (fixture, TD_SUBJECT_UNIT, keep);
  g_assert_cmpstr (td_subject_get_head (kept), ==, "Trưởng thôn A");
  g_assert_cmpstr (td_subject_get_phone (kept), ==, "0222");
  g_assert_cmpuint (td_subject_get_n_tasks (kept), ==, 2);

  /* Undo: both units, each with its own links, as before. */
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  after = td_test_file_query (fixture->files.db_path, snapshot);
  g_assert_cmpstr (after, ==, before);

  g_assert_false (td_store_merge_units (fixture->store, keep, keep, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
}

static void
test_changes (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *expected = NULL;
  gint64 unit, person, household;

  unit = add (fixture, TD_SUBJECT_UNIT, TD_SUBJECT_FIELD_NAME, "Thôn Bắc",
              TD_SUBJECT_FIELD_UNIT_KIND, "village", END);
  person = add (fixture, TD_SUBJECT_PERSON, TD_SUBJECT_FIELD_NAME, "Ông Văn Mạnh", END);
  household = add (fixture, TD_SUBJECT_HOUSEHOLD, TD_SUBJECT_FIELD_NAME, "Ông Văn Mạnh",
                   TD_SUBJECT_FIELD_PARENT_NAME, "Thôn Bắc", END);
  set (fixture, TD_SUBJECT_PERSON, person, TD_SUBJECT_FIELD_POSITION, "Công an viên");
  g_assert_true (td_store_remove_subject (fixture->store, TD_SUBJECT_HOUSEHOLD, household, NULL,
                                          NULL));
  g_assert_true (td_history_undo (fixture->history, NULL));

  g_assert_cmpuint (fixture->changes->len, ==, 6);
  expected = g_strdup_printf ("unit added 0/0 #%" G_GINT64_FORMAT, unit);
  assert_change (fixture, 0, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("person added 0/0 #%" G_GINT64_FORMAT, person);
  assert_change (fixture, 1, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("household added 0/0 #%" G_GINT64_FORMAT, household);
  assert_change (fixture, 2, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("person updated 0/0 #%" G_GINT64_FORMAT, person);
  assert_change (fixture, 3, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("household removed 0/0 #%" G_GINT64_FORMAT, household);
  assert_change (fixture, 4, expected);
  g_clear_pointer (&expected, g_free);
  /* Undo tells it through the journal, which names the table. */
  expected = g_strdup_printf ("household added 0/0 #%" G_GINT64_FORMAT, household);
  assert_change (fixture, 5, expected);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/subjects/list", test_list);
  ADD ("/subjects/counts", test_counts);
  ADD ("/subjects/set-field", test_set_field);
  g_test_add_func ("/subjects/fields", test_subject_fields);
  ADD ("/subjects/duplicates", test_duplicates);
  ADD ("/subjects/archive", test_archive);
  ADD ("/subjects/undo", test_undo);
  ADD ("/subjects/merge", test_merge);
  ADD ("/subjects/changes", test_changes);
  return g_test_run ();
}
