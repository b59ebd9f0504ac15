/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Registrations for emulation titles through the store: the catalogue of each year and
 * subject, one registration refused in words when the title does not fit, twice refused,
 * the bulk actions skipping who registered already and undone in one step, counts, who has
 * not registered, targets, and the changes the store says.
 */
#define G_LOG_DOMAIN "test-registrations"

#include "config.h"

#include <string.h>

#include "td-history.h"
#include "td-store-registrations.h"
#include "td-test-db.h"
#include "td-test-store.h"
#include "td-test-subjects.h"

typedef struct {
  TdTestStoreFixture  files;
  TdStore            *store;
  TdHistory          *history;
  GArray             *changes;      /* TdChange, as "changed" said them */
  GPtrArray          *merge_keys;   /* of each journal step, "" for none */
} Fixture;

static void
on_changed_cb (TdStore        *store,
               const TdChange *change,
               Fixture        *fixture)
{
  g_array_append_val (fixture->changes, *change);
}

static void
on_journal_step_cb (TdStore    *store,
                    gint64      step,
                    const char *label,
                    const char *merge_key,
                    Fixture    *fixture)
{
  g_ptr_array_add (fixture->merge_keys, g_strdup (merge_key != NULL ? merge_key : ""));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  TdStore *made;

  td_test_store_set_up (&fixture->files, data);
  /* The file made by the store, filled by SQLite, then opened for the test. */
  made = td_test_store_open (fixture->files.db_path);
  g_object_unref (made);
  td_test_subjects_fill (fixture->files.db_path);

  fixture->store = td_test_store_open (fixture->files.db_path);
  fixture->history = td_history_new (fixture->store);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (TdChange));
  fixture->merge_keys = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), fixture);
  g_signal_connect (fixture->store, "journal-step", G_CALLBACK (on_journal_step_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_array_unref (fixture->changes);
  g_ptr_array_unref (fixture->merge_keys);
  td_test_store_tear_down (&fixture->files, data);
}

/* Adds @n households to Thôn Nam with the store closed, as another program would have
 * before the window opened: the journal starts after them. */
static void
fixture_add_households (Fixture *fixture,
                        guint    n)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  td_test_subjects_add_households (fixture->files.db_path, TD_TEST_THON_NAM, n);
  fixture->store = td_test_store_open (fixture->files.db_path);
  fixture->history = td_history_new (fixture->store);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), fixture);
  g_signal_connect (fixture->store, "journal-step", G_CALLBACK (on_journal_step_cb), fixture);
}

/* Helpers ---------------------------------------------------------------------------------- */

/* The codes of a list of award kinds, joined by spaces. */
static char *
codes_of (GListModel *kinds)
{
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, i);

      g_string_append_printf (codes, "%s%s", i > 0 ? " " : "", td_award_kind_get_code (kind));
    }
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static char *
catalogue (TdStore    *store,
           int         year,
           const char *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, year, filter, &error);

  g_assert_no_error (error);
  return codes_of (kinds);
}

/* The title of @code that the catalogue offers in @year. */
static TdAwardKind *
find_kind (TdStore    *store,
           int         year,
           const char *code)
{
  g_autoptr(GListModel) kinds = td_store_list_award_kinds (store, year, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(TdAwardKind) kind = g_list_model_get_item (kinds, i);

      if (g_str_equal (td_award_kind_get_code (kind), code))
        return g_steal_pointer (&kind);
    }
  g_error ("no title %s in %d", code, year);
}

static gint64
kind_id (TdStore    *store,
         int         year,
         const char *code)
{
  g_autoptr(TdAwardKind) kind = find_kind (store, year, code);

  return td_award_kind_get_id (kind);
}

/* The id of the row of @code that starts on @valid_from, read from the file. */
static gint64
kind_id_from (Fixture    *fixture,
              const char *code,
              const char *valid_from)
{
  return td_test_file_int (fixture->files.db_path,
                           "SELECT id FROM award_kind WHERE code = %Q AND valid_from = %Q",
                           code, valid_from);
}

static gint64
add (Fixture               *fixture,
     int                    year,
     const char            *code,
     TdRegistrationSubject  kind,
     gint64                 subject_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = td_store_add_registration (fixture->store, year, kind_id (fixture->store, year, code),
                                         kind, subject_id, "", FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Each registration of @year as "CODE subject (parent)", one a line, in the list's order. */
static char *
dump (TdStore *store,
      int      year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = td_store_list_registrations (store, year, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TdRegistration) r = g_list_model_get_item (list, i);

      g_string_append_printf (out, "%s %s (%s)\n", td_registration_get_award_kind_code (r),
                              td_registration_get_subject_name (r),
                              td_registration_get_parent_name (r));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
count_rows (Fixture    *fixture,
            const char *table)
{
  return td_test_file_int (fixture->files.db_path, "SELECT count(*) FROM %s", table);
}

/* The catalogue ----------------------------------------------------------------------------- */

static void
test_catalogue_years (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const registered[] = { "LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "GDVH", "TVH" };
  g_autofree char *y2016 = catalogue (fixture->store, 2016, NULL);
  g_autofree char *y2022 = catalogue (fixture->store, 2022, NULL);
  g_autofree char *y2024 = catalogue (fixture->store, 2024, NULL);
  g_autofree char *y2025 = catalogue (fixture->store, 2025, NULL);
  g_autofree char *y2030 = catalogue (fixture->store, 2030, NULL);
  g_autoptr(TdAwardKind) ldtt_2024 = NULL;
  g_autoptr(TdAwardKind) ldtt_2025 = NULL;
  g_autoptr(TdAwardKind) tvh_2022 = NULL;
  g_autoptr(TdAwardKind) tvh_2025 = NULL;
  g_autoptr(TdAwardKind) cstdcs_2025 = NULL;

  /* Before Decree 91/2017 the catalogue has no rows; forms are never offered. */
  g_assert_cmpstr (y2016, ==, "");
  g_assert_cmpstr (y2022, ==, "CSTDTQ CSTDT CSTDCS LDTT TTLDXS TTLDTT CTDCP CTDT GDVH TVH");
  g_assert_cmpstr (y2024, ==, "CSTDTQ CSTDT CSTDCS LDTT TTLDXS TTLDTT CTDCP CTDT GDVH TVH XTB");
  /* Two decrees in 2025: each title once. */
  g_assert_cmpstr (y2025, ==, y2024);
  g_assert_cmpstr (y2030, ==, y2024);

  /* Every title a commune registers exists in every year of the rules. */
  for (int year = 2018; year <= 2030; year++)
    {
      g_autofree char *codes = catalogue (fixture->store, year, NULL);
      g_auto(GStrv) split = g_strsplit (codes, " ", -1);

      for (guint i = 0; i < G_N_ELEMENTS (registered); i++)
        if (!g_strv_contains ((const char * const *) split, registered[i]))
          g_error ("%s is missing from the titles of %d: %s", registered[i], year, codes);
    }

  ldtt_2024 = find_kind (fixture->store, 2024, "LDTT");
  g_assert_cmpstr (td_award_kind_get_legal_basis (ldtt_2024), ==, "Nghị định 98/2023/NĐ-CP");
  g_assert_cmpint (td_award_kind_get_coefficient (ldtt_2024), ==, 300);
  g_assert_cmpstr (td_award_kind_get_level (ldtt_2024), ==, "commune");
  /* The year's rules are those in force at its end, when the titles are granted. */
  ldtt_2025 = find_kind (fixture->store, 2025, "LDTT");
  g_assert_cmpstr (td_award_kind_get_legal_basis (ldtt_2025), ==, "Nghị định 152/2025/NĐ-CP");
  g_assert_cmpstr (td_award_kind_get_valid_from (ldtt_2025), ==, "2025-07-01");
  g_assert_cmpstr (td_award_kind_get_valid_to (ldtt_2025), ==, "");
  tvh_2022 = find_kind (fixture->store, 2022, "TVH");
  g_assert_cmpstr (td_award_kind_get_name (tvh_2022), ==, "Thôn văn hóa");
  tvh_2025 = find_kind (fixture->store, 2025, "TVH");
  g_assert_cmpstr (td_award_kind_get_name (tvh_2025), ==, "Thôn, tổ dân phố văn hóa");
  /* No district since 1 July 2025: the province recognises it, to confirm. */
  g_assert_cmpstr (td_award_kind_get_level (tvh_2025), ==, "province");
  g_assert_true (td_award_kind_get_to_confirm (tvh_2025));
  g_assert_cmpint (td_award_kind_get_coefficient (tvh_2025), ==, -1);
  cstdcs_2025 = find_kind (fixture->store, 2025, "CSTDCS");
  g_assert_cmpstr (td_award_kind_get_level (cstdcs_2025), ==, "province");
}

static void
test_catalogue_subjects (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *person = catalogue (fixture->store, 2024, "person");
  g_autofree char *unit = catalogue (fixture->store, 2024, "unit");
  g_autofree char *village = catalogue (fixture->store, 2024, "village");
  g_autofree char *household = catalogue (fixture->store, 2024, "household");
  g_autofree char *household_2022 = catalogue (fixture->store, 2022, "household");

  g_assert_cmpstr (person, ==, "CSTDTQ CSTDT CSTDCS LDTT");
  g_assert_cmpstr (unit, ==, "TTLDXS TTLDTT CTDCP CTDT");
  g_assert_cmpstr (village, ==, "TVH");
  g_assert_cmpstr (household, ==, "GDVH");
  g_assert_cmpstr (household_2022, ==, "GDVH");
}

/* By title, each title's rows as they were made (r.id), for the Registrations page, which
 * puts the names in order itself; by name otherwise. */
static void
test_list_by_title (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *by_name = NULL;

  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_DUNG);
  add (fixture, 2024, "GDVH", TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_EM);
  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_CUONG);
  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);
  list = td_store_list_registrations_by_title (fixture->store, 2024, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TdRegistration) r = g_list_model_get_item (list, i);

      g_string_append_printf (out, "%s %s\n", td_registration_get_award_kind_code (r),
                              td_registration_get_subject_name (r));
    }
  g_assert_cmpstr (out->str, ==, "LDTT Phạm Thị Dung\n"
                                 "LDTT Lê Văn Cường\n"
                                 "LDTT Nguyễn Văn An\n"
                                 "GDVH Hoàng Văn Em\n");
  by_name = dump (fixture->store, 2024);
  g_assert_cmpstr (by_name, ==, "LDTT Lê Văn Cường (Trường Tiểu học Tùng Ảnh)\n"
                                "LDTT Nguyễn Văn An (Trường Tiểu học Tùng Ảnh)\n"
                                "LDTT Phạm Thị Dung (Trạm Y tế xã)\n"
                                "GDVH Hoàng Văn Em (Thôn Đông)\n");
}

/* One at a time --------------------------------------------------------------------------- */

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TdRegistration) read = NULL;
  g_autofree char *list = NULL;
  gint64 id;

  id = td_store_add_registration (fixture->store, 2024, kind_id (fixture->store, 2024, "LDTT"),
                                  TD_REGISTRATION_PERSON, TD_TEST_AN, "2024-01-15", TRUE,
                                  &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  add (fixture, 2024, "TTLDTT", TD_REGISTRATION_UNIT, TD_TEST_TRUONG);
  add (fixture, 2024, "TVH", TD_REGISTRATION_UNIT, TD_TEST_THON_DONG);
  add (fixture, 2024, "GDVH", TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_EM);
  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_DUNG);
  /* Registered in December for the next year. */
  g_assert_cmpint (td_store_add_registration (fixture->store, 2025,
                                              kind_id (fixture->store, 2025, "LDTT"),
                                              TD_REGISTRATION_PERSON, TD_TEST_AN, "2024-12-20",
                                              FALSE, &error), >, 0);
  g_assert_no_error (error);

  read = td_store_get_registration (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (td_registration_get_year (read), ==, 2024);
  g_assert_cmpstr (td_registration_get_award_kind_code (read), ==, "LDTT");
  g_assert_cmpstr (td_registration_get_award_kind_name (read), ==, "Lao động tiên tiến");
  g_assert_cmpstr (td_registration_get_award_subject_kind (read), ==, "individual");
  g_assert_cmpint (td_registration_get_subject_kind (read), ==, TD_REGISTRATION_PERSON);
  g_assert_cmpint (td_registration_get_subject_id (read), ==, TD_TEST_AN);
  g_assert_cmpstr (td_registration_get_subject_name (read), ==, "Nguyễn Văn An");
  g_assert_cmpstr (td_registration_get_parent_name (read), ==, "Trường Tiểu học Tùng Ảnh");
  g_assert_cmpstr (td_registration_get_registered_on (read), ==, "2024-01-15");
  g_assert_true (td_registration_get_pledge_signed (read));
  g_assert_cmpuint (td_registration_get_n_targets (read), ==, 0);

  /* By title in the catalogue's order, then by name; another year apart. */
  list = dump (fixture->store, 2024);
  g_assert_cmpstr (list, ==,
                   "LDTT Nguyễn Văn An (Trường Tiểu học Tùng Ảnh)\n"
                   "LDTT Phạm Thị Dung (Trạm Y tế xã)\n"
                   "TTLDTT Trường Tiểu học Tùng Ảnh ()\n"
                   "GDVH Hoàng Văn Em (Thôn Đông)\n"
                   "TVH Thôn Đông ()\n");
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 6);

  g_assert_true (td_store_remove_registration (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (td_store_get_registration (fixture->store, id, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (td_store_remove_registration (fixture->store, id, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
}

static void
assert_refused (Fixture               *fixture,
                int                    year,
                gint64                 award_kind_id,
                TdRegistrationSubject  kind,
                gint64                 subject_id,
                const char            *date,
                int                    code,
                const char            *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (td_store_add_registration (fixture->store, year, award_kind_id, kind,
                                              subject_id, date, FALSE, &error), ==, 0);
  g_assert_error (error, TD_STORE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_refuse (Fixture       *fixture,
             gconstpointer  data)
{
  TdStore *store = fixture->store;

  assert_refused (fixture, 2024, kind_id (store, 2024, "LDTT"), TD_REGISTRATION_HOUSEHOLD,
                  TD_TEST_HO_EM, "", TD_STORE_ERROR_INVALID,
                  "“Lao động tiên tiến” is a title for a person, and “Hoàng Văn Em” is not a "
                  "person");
  assert_refused (fixture, 2024, kind_id (store, 2024, "TTLDTT"), TD_REGISTRATION_UNIT,
                  TD_TEST_THON_DONG, "", TD_STORE_ERROR_INVALID,
                  "“Tập thể lao động tiên tiến” is a title for a collective, such as a school or "
                  "an office, and “Thôn Đông” is not one");
  assert_refused (fixture, 2024, kind_id (store, 2024, "TVH"), TD_REGISTRATION_UNIT,
                  TD_TEST_TRUONG, "", TD_STORE_ERROR_INVALID,
                  "“Thôn, tổ dân phố văn hóa” is a title for villages, and “Trường Tiểu học "
                  "Tùng Ảnh” is not a village");
  assert_refused (fixture, 2024, kind_id (store, 2024, "GDVH"), TD_REGISTRATION_PERSON,
                  TD_TEST_AN, "", TD_STORE_ERROR_INVALID,
                  "“Gia đình văn hóa” is a title for households, and “Nguyễn Văn An” is not a "
                  "household");
  assert_refused (fixture, 2024, kind_id (store, 2024, "XTB"), TD_REGISTRATION_UNIT,
                  TD_TEST_TRUONG, "", TD_STORE_ERROR_INVALID,
                  "“Xã, phường, thị trấn tiêu biểu” is the commune’s own title: no unit, person "
                  "or household registers for it");
  assert_refused (fixture, 2024, kind_id_from (fixture, "GK", "2024-01-01"),
                  TD_REGISTRATION_PERSON, TD_TEST_AN, "", TD_STORE_ERROR_INVALID,
                  "“Giấy khen của Chủ tịch UBND xã” is a form of commendation; one registers for "
                  "a title, such as “Lao động tiên tiến”");
  /* The title of the old law, in a year of the new one. */
  assert_refused (fixture, 2024, kind_id_from (fixture, "LDTT", "2017-07-31"),
                  TD_REGISTRATION_PERSON, TD_TEST_AN, "", TD_STORE_ERROR_INVALID,
                  "“Lao động tiên tiến” is not a title of 2024: the rules in force that year do "
                  "not have it");
  assert_refused (fixture, 2024, kind_id (store, 2024, "LDTT"), TD_REGISTRATION_PERSON,
                  TD_TEST_AN, "2022-05-01", TD_STORE_ERROR_INVALID,
                  "A registration for 2024 is made in 2024 or at the end of 2023, not in 2022");
  assert_refused (fixture, 2024, kind_id (store, 2024, "LDTT"), TD_REGISTRATION_PERSON,
                  TD_TEST_AN, "2024-02-30", TD_STORE_ERROR_INVALID,
                  "The date of registration is not a real date");
  assert_refused (fixture, 2024, kind_id (store, 2024, "LDTT"), TD_REGISTRATION_PERSON, 99,
                  "", TD_STORE_ERROR_NOT_FOUND, "The person is no longer in the file");
  assert_refused (fixture, 2024, 9999, TD_REGISTRATION_PERSON, TD_TEST_AN, "",
                  TD_STORE_ERROR_NOT_FOUND, "The title is no longer in the catalogue");

  g_assert_cmpint (count_rows (fixture, "registration"), ==, 0);
  /* Nothing refused is a step of Undo or a change. */
  g_assert_false (td_history_get_can_undo (fixture->history));
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  sqlite3 *db;

  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);
  assert_refused (fixture, 2024, kind_id (fixture->store, 2024, "LDTT"), TD_REGISTRATION_PERSON,
                  TD_TEST_AN, "", TD_STORE_ERROR_EXISTS,
                  "“Nguyễn Văn An” has already registered for “Lao động tiên tiến” in 2024");
  /* Another year, another person, another title: all fine. */
  add (fixture, 2023, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);
  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_BINH);
  add (fixture, 2024, "CSTDCS", TD_REGISTRATION_PERSON, TD_TEST_AN);

  /* In 2025 the title has two rows, one a decree: registering it by either is once. */
  g_assert_cmpint (td_store_add_registration (fixture->store, 2025,
                                              kind_id_from (fixture, "LDTT", "2024-01-01"),
                                              TD_REGISTRATION_PERSON, TD_TEST_AN, "", FALSE,
                                              NULL), >, 0);
  assert_refused (fixture, 2025, kind_id_from (fixture, "LDTT", "2025-07-01"),
                  TD_REGISTRATION_PERSON, TD_TEST_AN, "", TD_STORE_ERROR_EXISTS,
                  "“Nguyễn Văn An” has already registered for “Lao động tiên tiến” in 2025");
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 5);

  /* The file itself refuses the same row twice, whoever writes it. */
  db = td_test_raw_open (fixture->files.db_path, SQLITE_OPEN_READWRITE);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO registration (year, award_kind_id, person_id) "
                                     "SELECT year, award_kind_id, person_id FROM registration "
                                     "WHERE year = 2024 AND person_id = 1 LIMIT 1",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

static void
test_fields (Fixture       *fixture,
             gconstpointer  data)
{
  const char *date_field[] = { "registered-on", NULL };
  const char *pledge_field[] = { "pledge-signed", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdRegistration) registration = NULL;
  g_autoptr(TdRegistration) read = NULL;
  g_autofree char *key = NULL;
  gint64 id = add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);

  registration = td_store_get_registration (fixture->store, id, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (fixture->merge_keys, 0);

  /* Each save names the one field of the one row it types into. */
  td_registration_set_registered_on (registration, "2024-01-15");
  g_assert_true (td_store_update_registration_fields (fixture->store, registration, date_field,
                                                      &error));
  g_assert_no_error (error);
  td_registration_set_pledge_signed (registration, TRUE);
  g_assert_true (td_store_update_registration_fields (fixture->store, registration,
                                                      pledge_field, &error));
  g_assert_no_error (error);
  key = g_strdup_printf ("registration:%" G_GINT64_FORMAT ":registered-on", id);
  g_assert_cmpuint (fixture->merge_keys->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->merge_keys, 0), ==, key);
  g_free (key);
  key = g_strdup_printf ("registration:%" G_GINT64_FORMAT ":pledge-signed", id);
  g_assert_cmpstr (g_ptr_array_index (fixture->merge_keys, 1), ==, key);

  read = td_store_get_registration (fixture->store, id, NULL);
  g_assert_cmpstr (td_registration_get_registered_on (read), ==, "2024-01-15");
  g_assert_true (td_registration_get_pledge_signed (read));

  /* A date that is not one is refused, and the one saved stays. */
  td_registration_set_registered_on (registration, "2024-13-01");
  g_assert_false (td_store_update_registration_fields (fixture->store, registration, date_field,
                                                       &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The date of registration is not a real date");
  g_clear_object (&read);
  read = td_store_get_registration (fixture->store, id, NULL);
  g_assert_cmpstr (td_registration_get_registered_on (read), ==, "2024-01-15");
}

/* Bulk ------------------------------------------------------------------------------------- */

static void
test_bulk_villages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  gint64 tvh = kind_id (fixture->store, 2024, "TVH");
  guint n_added = 99;

  add (fixture, 2024, "TVH", TD_REGISTRATION_UNIT, TD_TEST_THON_TAY);
  g_assert_true (td_store_register_villages (fixture->store, 2024, tvh, "2024-02-01", &n_added,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  /* In Vietnamese order: Đ after D, before E. */
  list = dump (fixture->store, 2024);
  g_assert_cmpstr (list, ==, "TVH Thôn Đông ()\nTVH Thôn Nam ()\nTVH Thôn Tây ()\n");
  g_assert_cmpint (td_test_file_int (fixture->files.db_path, "SELECT count(*) FROM registration "
                                     "WHERE registered_on = '2024-02-01'"), ==, 2);

  /* Again: nobody twice. */
  g_assert_true (td_store_register_villages (fixture->store, 2024, tvh, "", &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 3);

  /* A title for people is not one for villages. */
  g_assert_false (td_store_register_villages (fixture->store, 2024,
                                              kind_id (fixture->store, 2024, "LDTT"), "",
                                              &n_added, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“Lao động tiên tiến” is not a title for villages");
  g_assert_cmpuint (n_added, ==, 0);
}

static void
test_bulk_households (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  gint64 gdvh = kind_id (fixture->store, 2024, "GDVH");
  guint n_added = 99;

  add (fixture, 2024, "GDVH", TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_EM);
  g_assert_true (td_store_register_households_of_village (fixture->store, 2024, gdvh,
                                                          TD_TEST_THON_DONG, "2024-01-20",
                                                          &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  /* Thôn Tây's households are not touched. */
  list = dump (fixture->store, 2024);
  g_assert_cmpstr (list, ==,
                   "GDVH Bùi Văn Hải (Thôn Đông)\n"
                   "GDVH Đỗ Thị Giang (Thôn Đông)\n"
                   "GDVH Hoàng Văn Em (Thôn Đông)\n");

  g_assert_false (td_store_register_households_of_village (fixture->store, 2024, gdvh,
                                                           TD_TEST_TRUONG, "", &n_added,
                                                           &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“Trường Tiểu học Tùng Ảnh” is not a village: households belong to villages");
  g_clear_error (&error);
  g_assert_false (td_store_register_households_of_village (fixture->store, 2024,
                                                           kind_id (fixture->store, 2024, "TVH"),
                                                           TD_TEST_THON_TAY, "", &n_added,
                                                           &error));
  g_assert_cmpstr (error->message, ==, "“Thôn, tổ dân phố văn hóa” is not a title for households");
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 3);
}

static void
test_bulk_staff (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  gint64 ldtt = kind_id (fixture->store, 2024, "LDTT");
  guint n_added = 99;

  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_BINH);
  g_assert_true (td_store_register_staff_of_unit (fixture->store, 2024, ldtt, TD_TEST_TRUONG, "",
                                                  &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  list = dump (fixture->store, 2024);
  g_assert_cmpstr (list, ==,
                   "LDTT Lê Văn Cường (Trường Tiểu học Tùng Ảnh)\n"
                   "LDTT Nguyễn Văn An (Trường Tiểu học Tùng Ảnh)\n"
                   "LDTT Trần Thị Bình (Trường Tiểu học Tùng Ảnh)\n");

  g_assert_false (td_store_register_staff_of_unit (fixture->store, 2024, ldtt, 99, "", &n_added,
                                                   &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The unit is no longer in the file");
}

static void
test_bulk_undo (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 gdvh = kind_id (fixture->store, 2024, "GDVH");
  guint n_added = 0;

  fixture_add_households (fixture, 200);

  g_assert_true (td_store_register_households_of_village (fixture->store, 2024, gdvh,
                                                          TD_TEST_THON_NAM, "2024-01-20",
                                                          &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 200);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Register Households");

  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 0);
  g_assert_false (td_history_get_can_undo (fixture->history));

  g_assert_true (td_history_redo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 200);
}

/* Counts and who has not registered -------------------------------------------------------- */

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) empty = NULL;
  g_autofree char *key = NULL;
  gint64 ldtt = kind_id (fixture->store, 2024, "LDTT");
  TdRegistrationCount *count;

  g_assert_true (td_store_register_staff_of_unit (fixture->store, 2024, ldtt, TD_TEST_TRUONG,
                                                  "", NULL, &error));
  td_store_add_registration (fixture->store, 2024, ldtt, TD_REGISTRATION_PERSON, TD_TEST_DUNG,
                             "", TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (td_store_register_villages (fixture->store, 2024,
                                             kind_id (fixture->store, 2024, "TVH"), "", NULL,
                                             &error));
  g_assert_no_error (error);
  add (fixture, 2023, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);

  counts = td_store_count_registrations (fixture->store, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->len, ==, 2);
  count = &g_array_index (counts, TdRegistrationCount, 0);
  g_assert_cmpstr (count->code, ==, "LDTT");
  g_assert_cmpstr (count->name, ==, "Lao động tiên tiến");
  g_assert_cmpint (count->award_kind_id, ==, ldtt);
  g_assert_cmpuint (count->n_registered, ==, 4);
  g_assert_cmpuint (count->n_pledged, ==, 1);
  count = &g_array_index (counts, TdRegistrationCount, 1);
  g_assert_cmpstr (count->code, ==, "TVH");
  g_assert_cmpuint (count->n_registered, ==, 3);
  g_assert_cmpuint (count->n_pledged, ==, 0);

  empty = td_store_count_registrations (fixture->store, 2030, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 0);
}

/* "name (parent)" of each row, joined by "; ". */
static char *
dump_unregistered (TdStore               *store,
                   int                    year,
                   TdRegistrationSubject  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = td_store_list_unregistered (store, year, kind, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TdRegistration) r = g_list_model_get_item (list, i);

      g_assert_cmpint (td_registration_get_id (r), ==, 0);
      g_assert_cmpint (td_registration_get_subject_kind (r), ==, kind);
      g_assert_cmpint (td_registration_get_subject_id (r), >, 0);
      g_string_append_printf (out, "%s%s (%s)", i > 0 ? "; " : "",
                              td_registration_get_subject_name (r),
                              td_registration_get_parent_name (r));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_unregistered (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *households = NULL;
  g_autofree char *people = NULL;
  g_autofree char *units = NULL;
  g_autofree char *next_year = NULL;

  g_assert_true (td_store_register_households_of_village (fixture->store, 2024,
                                                          kind_id (fixture->store, 2024, "GDVH"),
                                                          TD_TEST_THON_DONG, "", NULL, &error));
  g_assert_no_error (error);
  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);
  add (fixture, 2024, "CSTDCS", TD_REGISTRATION_PERSON, TD_TEST_AN);
  add (fixture, 2024, "TVH", TD_REGISTRATION_UNIT, TD_TEST_THON_NAM);
  add (fixture, 2024, "TTLDTT", TD_REGISTRATION_UNIT, TD_TEST_TRUONG);

  households = dump_unregistered (fixture->store, 2024, TD_REGISTRATION_HOUSEHOLD);
  g_assert_cmpstr (households, ==, "Ngô Thị Lan (Thôn Tây); Vũ Văn Khoa (Thôn Tây)");
  people = dump_unregistered (fixture->store, 2024, TD_REGISTRATION_PERSON);
  g_assert_cmpstr (people, ==, "Lê Văn Cường (Trường Tiểu học Tùng Ảnh); "
                               "Phạm Thị Dung (Trạm Y tế xã); "
                               "Trần Thị Bình (Trường Tiểu học Tùng Ảnh)");
  units = dump_unregistered (fixture->store, 2024, TD_REGISTRATION_UNIT);
  g_assert_cmpstr (units, ==, "Thôn Đông (); Thôn Tây (); Trạm Y tế xã ()");
  /* Nobody has registered for 2025. */
  next_year = dump_unregistered (fixture->store, 2025, TD_REGISTRATION_HOUSEHOLD);
  g_assert_cmpstr (next_year, ==, "Bùi Văn Hải (Thôn Đông); Đỗ Thị Giang (Thôn Đông); "
                                  "Hoàng Văn Em (Thôn Đông); Ngô Thị Lan (Thôn Tây); "
                                  "Vũ Văn Khoa (Thôn Tây)");
}

/* "name (parent)" of each row of who could register @code in @year and has not. */
static char *
dump_unregistered_for (Fixture    *fixture,
                       int         year,
                       const char *code)
{
  g_autoptr(GError) error = NULL;
  gint64 title = kind_id (fixture->store, year, code);
  g_autoptr(GListModel) list = td_store_list_unregistered_for_title (fixture->store, year, title,
                                                                     &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TdRegistration) r = g_list_model_get_item (list, i);

      g_assert_cmpint (td_registration_get_id (r), ==, 0);
      g_assert_cmpint (td_registration_get_award_kind_id (r), ==, title);
      g_assert_cmpstr (td_registration_get_award_kind_code (r), ==, code);
      g_string_append_printf (out, "%s%s (%s)", i > 0 ? "; " : "",
                              td_registration_get_subject_name (r),
                              td_registration_get_parent_name (r));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Who has not registered a title: only the subjects it is for, whatever they registered
 * otherwise, and never the archived ones. */
static void
test_unregistered_for_title (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *villages = NULL;
  g_autofree char *collectives = NULL;
  g_autofree char *people = NULL;
  g_autofree char *households = NULL;
  g_autofree char *advanced = NULL;

  add (fixture, 2024, "TVH", TD_REGISTRATION_UNIT, TD_TEST_THON_NAM);
  add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);
  add (fixture, 2024, "GDVH", TD_REGISTRATION_HOUSEHOLD, TD_TEST_HO_EM);
  /* Another title does not count as this one. */
  add (fixture, 2024, "CSTDCS", TD_REGISTRATION_PERSON, TD_TEST_BINH);
  /* Gone from the commune: kept for its history, never offered. */
  {
    sqlite3 *db = td_test_raw_open (fixture->files.db_path, SQLITE_OPEN_READWRITE);

    td_test_raw_exec (db, "UPDATE household SET archived = 1 WHERE id = 5;"
                          "UPDATE person SET archived = 1 WHERE id = 4;");
    sqlite3_close (db);
  }

  villages = dump_unregistered_for (fixture, 2024, "TVH");
  g_assert_cmpstr (villages, ==, "Thôn Đông (); Thôn Tây ()");
  collectives = dump_unregistered_for (fixture, 2024, "TTLDTT");
  g_assert_cmpstr (collectives, ==, "Trạm Y tế xã (); Trường Tiểu học Tùng Ảnh ()");
  people = dump_unregistered_for (fixture, 2024, "LDTT");
  g_assert_cmpstr (people, ==, "Lê Văn Cường (Trường Tiểu học Tùng Ảnh); "
                               "Trần Thị Bình (Trường Tiểu học Tùng Ảnh)");
  households = dump_unregistered_for (fixture, 2024, "GDVH");
  g_assert_cmpstr (households, ==, "Bùi Văn Hải (Thôn Đông); Đỗ Thị Giang (Thôn Đông); "
                                   "Vũ Văn Khoa (Thôn Tây)");
  /* Another year: everybody not archived. */
  advanced = dump_unregistered_for (fixture, 2023, "LDTT");
  g_assert_cmpstr (advanced, ==, "Lê Văn Cường (Trường Tiểu học Tùng Ảnh); "
                                 "Nguyễn Văn An (Trường Tiểu học Tùng Ảnh); "
                                 "Trần Thị Bình (Trường Tiểu học Tùng Ảnh)");
}

/* The bulk actions pass over archived subjects too. */
static void
test_bulk_archived (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_added = 0;
  sqlite3 *db = td_test_raw_open (fixture->files.db_path, SQLITE_OPEN_READWRITE);

  td_test_raw_exec (db, "UPDATE household SET archived = 1 WHERE id = 2;"
                        "UPDATE unit SET archived = 1 WHERE id = 3;"
                        "UPDATE person SET archived = 1 WHERE id = 3;");
  sqlite3_close (db);

  g_assert_true (td_store_register_households_of_village (fixture->store, 2024,
                                                          kind_id (fixture->store, 2024, "GDVH"),
                                                          TD_TEST_THON_DONG, "", &n_added,
                                                          &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_true (td_store_register_villages (fixture->store, 2024,
                                             kind_id (fixture->store, 2024, "TVH"), "",
                                             &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_true (td_store_register_staff_of_unit (fixture->store, 2024,
                                                  kind_id (fixture->store, 2024, "LDTT"),
                                                  TD_TEST_TRUONG, "", &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT count(*) FROM registration WHERE household_id = 2 "
                                     "OR unit_id = 3 OR person_id = 3"), ==, 0);
}

/* Registering the subjects a list names: those that fit, once, in one step of Undo. */
static void
test_register_subjects (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  gint64 tvh = kind_id (fixture->store, 2024, "TVH");
  gint64 ldtt = kind_id (fixture->store, 2024, "LDTT");
  const gint64 units[] = { TD_TEST_THON_TAY, TD_TEST_TRUONG, TD_TEST_THON_DONG, 999 };
  const gint64 people[] = { TD_TEST_AN, TD_TEST_DUNG };
  const gint64 households[] = { TD_TEST_HO_EM };
  guint n_added = 99;

  add (fixture, 2024, "TVH", TD_REGISTRATION_UNIT, TD_TEST_THON_DONG);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 1);

  /* The school is no village, Thôn Đông registered already, 999 is nobody. */
  g_assert_true (td_store_register_subjects (fixture->store, 2024, tvh, TD_REGISTRATION_UNIT,
                                             units, G_N_ELEMENTS (units), "2024-01-05",
                                             &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (td_history_get_n_undo (fixture->history), ==, 2);
  g_assert_cmpstr (td_history_get_undo_label (fixture->history), ==, "Add Registrations");
  list = dump (fixture->store, 2024);
  g_assert_cmpstr (list, ==, "TVH Thôn Đông ()\nTVH Thôn Tây ()\n");
  g_assert_cmpint (td_test_file_int (fixture->files.db_path,
                                     "SELECT count(*) FROM registration WHERE unit_id = %d "
                                     "AND registered_on = '2024-01-05'", TD_TEST_THON_TAY), ==, 1);

  g_assert_true (td_store_register_subjects (fixture->store, 2024, ldtt, TD_REGISTRATION_PERSON,
                                             people, G_N_ELEMENTS (people), "", &n_added,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);

  /* One step: undone, both go. */
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 2);

  /* A title for villages is none for households; a date of another year is refused. */
  g_assert_false (td_store_register_subjects (fixture->store, 2024, tvh,
                                              TD_REGISTRATION_HOUSEHOLD, households, 1, "",
                                              &n_added, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“Thôn, tổ dân phố văn hóa” is not a title for households");
  g_assert_cmpuint (n_added, ==, 0);
  g_clear_error (&error);
  g_assert_false (td_store_register_subjects (fixture->store, 2024, ldtt, TD_REGISTRATION_PERSON,
                                              people, G_N_ELEMENTS (people), "2021-05-01",
                                              &n_added, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpint (count_rows (fixture, "registration"), ==, 2);
}

/* Targets ---------------------------------------------------------------------------------- */

static TdRegistrationTarget *
number_target (const char *text,
               double      value,
               const char *unit)
{
  TdRegistrationTarget *target = td_registration_target_new (text);

  target->kind = TD_TARGET_NUMBER;
  target->has_value = TRUE;
  target->value = value;
  g_free (target->unit);
  target->unit = g_strdup (unit);
  return target;
}

static char *
dump_targets (TdStore *store,
              gint64   registration_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) targets = td_store_list_registration_targets (store, registration_id,
                                                                     &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < targets->len; i++)
    {
      g_autofree char *label = td_registration_target_dup_label (g_ptr_array_index (targets, i));

      g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", label);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_targets (Fixture       *fixture,
              gconstpointer  data)
{
  const char *value_field[] = { "value", NULL };
  const char *kind_field[] = { "kind", NULL };
  const char *text_field[] = { "text", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdRegistrationTarget) poverty = number_target ("Tỷ lệ hộ nghèo giảm", 1.5, "%");
  g_autoptr(TdRegistrationTarget) income = number_target ("Thu nhập bình quân", 62, "triệu đồng");
  g_autoptr(TdRegistrationTarget) law = td_registration_target_new ("Không có người vi phạm "
                                                                    "pháp luật");
  g_autoptr(TdRegistrationTarget) blank = td_registration_target_new ("  ");
  g_autoptr(TdRegistration) read = NULL;
  g_autoptr(GHashTable) year_targets = NULL;
  g_autofree char *list = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *cleared = NULL;
  GPtrArray *of_village;
  gint64 village = add (fixture, 2024, "TVH", TD_REGISTRATION_UNIT, TD_TEST_THON_DONG);
  gint64 other = add (fixture, 2024, "TVH", TD_REGISTRATION_UNIT, TD_TEST_THON_TAY);
  gint64 poverty_id, income_id, law_id;

  poverty_id = td_store_add_registration_target (fixture->store, village, poverty, &error);
  g_assert_no_error (error);
  income_id = td_store_add_registration_target (fixture->store, village, income, &error);
  law_id = td_store_add_registration_target (fixture->store, village, law, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poverty_id, >, 0);
  g_assert_cmpint (td_store_add_registration_target (fixture->store, other, law, &error), >, 0);
  g_assert_cmpint (td_store_add_registration_target (fixture->store, village, blank, &error),
                   ==, 0);
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A target needs its words, such as “Tỷ lệ hộ nghèo giảm”");
  g_clear_error (&error);

  list = dump_targets (fixture->store, village);
  g_assert_cmpstr (list, ==, "Tỷ lệ hộ nghèo giảm: 1,5 %; Thu nhập bình quân: 62 triệu đồng; "
                             "Không có người vi phạm pháp luật");
  read = td_store_get_registration (fixture->store, village, NULL);
  g_assert_cmpuint (td_registration_get_n_targets (read), ==, 3);

  /* A figure typed, a commitment given a figure refused, a figure made a commitment. */
  income->id = income_id;
  income->value = 65.25;
  g_assert_true (td_store_update_registration_target (fixture->store, income, value_field,
                                                      &error));
  g_assert_no_error (error);
  law->id = law_id;
  law->has_value = TRUE;
  law->value = 3;
  g_assert_false (td_store_update_registration_target (fixture->store, law, value_field, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  poverty->id = poverty_id;
  poverty->kind = TD_TARGET_PASS;
  g_assert_true (td_store_update_registration_target (fixture->store, poverty, kind_field,
                                                      &error));
  g_assert_no_error (error);
  g_assert_cmpint (td_test_file_int (fixture->files.db_path, "SELECT target_value IS NULL FROM "
                                     "registration_target WHERE id = %lld",
                                     (long long) poverty_id), ==, 1);
  g_free (poverty->text);
  poverty->text = g_strdup ("Giảm hộ nghèo");
  g_assert_true (td_store_update_registration_target (fixture->store, poverty, text_field,
                                                      &error));
  edited = dump_targets (fixture->store, village);
  g_assert_cmpstr (edited, ==, "Giảm hộ nghèo; Thu nhập bình quân: 65,25 triệu đồng; "
                               "Không có người vi phạm pháp luật");

  year_targets = td_store_dup_year_targets (fixture->store, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (year_targets), ==, 2);
  of_village = g_hash_table_lookup (year_targets, &village);
  g_assert_cmpuint (of_village->len, ==, 3);

  g_assert_true (td_store_remove_registration_target (fixture->store, income_id, &error));
  g_assert_no_error (error);
  cleared = dump_targets (fixture->store, village);
  g_assert_cmpstr (cleared, ==, "Giảm hộ nghèo; Không có người vi phạm pháp luật");
  g_assert_false (td_store_remove_registration_target (fixture->store, income_id, &error));
  g_assert_error (error, TD_STORE_ERROR, TD_STORE_ERROR_NOT_FOUND);

  /* The targets go with their registration. */
  g_assert_true (td_store_remove_registration (fixture->store, village, NULL));
  g_assert_cmpint (count_rows (fixture, "registration_target"), ==, 1);
}

/* Changes ---------------------------------------------------------------------------------- */

static void
assert_change (Fixture      *fixture,
               guint         index,
               TdChangeKind  kind,
               int           year,
               gint64        id)
{
  TdChange *change;
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, fixture->changes->len);
  change = &g_array_index (fixture->changes, TdChange, index);
  text = td_change_to_string (change);
  g_test_message ("change %u: %s", index, text);
  g_assert_cmpint (change->what, ==, TD_CHANGE_REGISTRATION);
  g_assert_cmpint (change->kind, ==, kind);
  g_assert_cmpint (change->year, ==, year);
  g_assert_cmpint (change->plan_id, ==, 0);
  g_assert_cmpint (change->id, ==, id);
}

static void
test_changes (Fixture       *fixture,
              gconstpointer  data)
{
  const char *pledge_field[] = { "pledge-signed", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdRegistrationTarget) target = td_registration_target_new ("Đạt chuẩn");
  g_autoptr(TdRegistration) registration = NULL;
  gint64 id;

  g_assert_cmpstr (td_change_what_to_string (TD_CHANGE_REGISTRATION), ==, "registration");

  id = add (fixture, 2024, "LDTT", TD_REGISTRATION_PERSON, TD_TEST_AN);
  assert_change (fixture, 0, TD_CHANGE_ADDED, 2024, id);

  registration = td_store_get_registration (fixture->store, id, NULL);
  td_registration_set_pledge_signed (registration, TRUE);
  g_assert_true (td_store_update_registration_fields (fixture->store, registration,
                                                      pledge_field, &error));
  assert_change (fixture, 1, TD_CHANGE_UPDATED, 2024, id);

  g_assert_cmpint (td_store_add_registration_target (fixture->store, id, target, &error), >, 0);
  assert_change (fixture, 2, TD_CHANGE_UPDATED, 2024, id);

  /* A bulk action is one change for the year. */
  g_assert_true (td_store_register_villages (fixture->store, 2024,
                                             kind_id (fixture->store, 2024, "TVH"), "", NULL,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 4);
  assert_change (fixture, 3, TD_CHANGE_ADDED, 2024, 0);
  /* Nothing added, nothing said. */
  g_assert_true (td_store_register_villages (fixture->store, 2024,
                                             kind_id (fixture->store, 2024, "TVH"), "", NULL,
                                             &error));
  g_assert_cmpuint (fixture->changes->len, ==, 4);

  g_assert_true (td_store_remove_registration (fixture->store, id, &error));
  assert_change (fixture, 4, TD_CHANGE_REMOVED, 2024, id);

  /* Undone, the registration comes back in its year, with its target. */
  g_array_set_size (fixture->changes, 0);
  g_assert_true (td_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  assert_change (fixture, 0, TD_CHANGE_ADDED, 2024, id);
  g_assert_cmpint (count_rows (fixture, "registration_target"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/registrations/catalogue/years", test_catalogue_years);
  ADD ("/registrations/catalogue/subjects", test_catalogue_subjects);
  ADD ("/registrations/add", test_add);
  ADD ("/registrations/list/by-title", test_list_by_title);
  ADD ("/registrations/refuse", test_refuse);
  ADD ("/registrations/duplicate", test_duplicate);
  ADD ("/registrations/fields", test_fields);
  ADD ("/registrations/bulk/villages", test_bulk_villages);
  ADD ("/registrations/bulk/households", test_bulk_households);
  ADD ("/registrations/bulk/staff", test_bulk_staff);
  ADD ("/registrations/bulk/undo", test_bulk_undo);
  ADD ("/registrations/counts", test_counts);
  ADD ("/registrations/unregistered", test_unregistered);
  ADD ("/registrations/unregistered/title", test_unregistered_for_title);
  ADD ("/registrations/bulk/archived", test_bulk_archived);
  ADD ("/registrations/bulk/subjects", test_register_subjects);
  ADD ("/registrations/targets", test_targets);
  ADD ("/registrations/changes", test_changes);

  return g_test_run ();
}
