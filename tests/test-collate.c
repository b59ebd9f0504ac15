/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Vietnamese order (td-collate): the letters, the tones after them, numbers by value, and
 * the same order from the keys and from the store's "COLLATE vi".
 */
#define G_LOG_DOMAIN "test-collate"

#include "config.h"

#include <string.h>

#include "td-collate.h"
#include "td-store-subjects.h"
#include "td-test-store.h"

/* Strictly increasing, as a Vietnamese dictionary or list of names has them. */
static const char * const ordered[] = {
  "",
  " ",
  "1",
  "2",
  "10",
  "a",
  "A",
  "à",
  "ả",
  "ã",
  "á",
  "ạ",
  "ab",
  "ác",
  "ăn",
  "Ăn",
  "ằn",
  "ắn",
  "ân",
  "ấn",
  "ba",
  "bà",
  "bả",
  "bác",
  "Bui",
  "Bùi",
  "Bủi",
  "Bũi",
  "Búi",
  "Bụi",
  "bưa",
  "ca",
  "da",
  "dù",
  "đa",
  "Đa",
  "đà",
  "e",
  "é",
  "ê",
  "ế",
  "fa",
  "ga",
  "gi",
  "ha",
  "i",
  "ja",
  "ka",
  "la",
  "ma",
  "na",
  "nga",
  "nghe",
  "nhà",
  "o",
  "ó",
  "ô",
  "ồ",
  "ơ",
  "ở",
  "pa",
  "qua",
  "ra",
  "sa",
  "ta",
  "Thôn 1",
  "Thôn 2",
  "Thôn 2A",
  "Thôn 9",
  "Thôn 10",
  "Thôn 10 Bắc",
  "Thôn Bắc",
  "Thôn Đông",
  "thủy",
  "tra",
  "u",
  "ú",
  "ư",
  "ừ",
  "va",
  "wa",
  "xa",
  "y",
  "ý",
  "za",
};

static void
test_order (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    for (guint j = 0; j < G_N_ELEMENTS (ordered); j++)
      {
        int expected = i < j ? -1 : i > j ? 1 : 0;
        int got = td_collate (ordered[i], ordered[j]);
        g_autofree char *key_i = td_collate_key (ordered[i]);
        g_autofree char *key_j = td_collate_key (ordered[j]);
        int by_key = strcmp (key_i, key_j);

        if ((got > 0) - (got < 0) != expected)
          g_error ("td_collate (“%s”, “%s”) = %d, not %d", ordered[i], ordered[j], got, expected);
        if ((by_key > 0) - (by_key < 0) != expected)
          g_error ("keys of “%s”, “%s” compare %d, not %d", ordered[i], ordered[j], by_key,
                   expected);
      }
}

static void
test_names (void)
{
  /* The whole name without tones first: "Nguyễn Văn An" < "Nguyễn Văn Ánh" < "Nguyễn Văn
   * Anh Tuấn" would be wrong, as "an" < "anh" < "anh tuan". */
  const char *names[] = {
    "Lê Thị Hoa",
    "Nguyễn Văn An",
    "Nguyễn Văn Ánh",
    "Nguyễn Văn Anh Tuấn",
    "Nguyễn Văn Bình",
    "Trần Đức Anh",
    "Trần Đức Ánh",
  };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (names); i++)
    if (td_collate (names[i], names[i + 1]) >= 0)
      g_error ("“%s” does not come before “%s”", names[i], names[i + 1]);
}

static void
test_equal (void)
{
  /* Composed and decomposed: "Tùng Ảnh" typed by two programs. */
  const char *nfc = "T\xc3\xb9ng \xe1\xba\xa2nh";
  const char *nfd = "Tu\xcc\x80ng A\xcc\x89nh";
  /* ộ as o + dot below + circumflex, and as o + circumflex + dot below. */
  const char *canonical = "Ho\xcc\xa3\xcc\x82i";
  const char *other_order = "Ho\xcc\x82\xcc\xa3i";
  g_autofree char *key_nfc = td_collate_key (nfc);
  g_autofree char *key_nfd = td_collate_key (nfd);

  g_assert_cmpint (td_collate (nfc, nfd), ==, 0);
  g_assert_cmpstr (key_nfc, ==, key_nfd);
  g_assert_cmpint (td_collate ("Hội", canonical), ==, 0);
  g_assert_cmpint (td_collate (canonical, other_order), ==, 0);
  g_assert_cmpint (td_collate (NULL, ""), ==, 0);
  g_assert_cmpint (td_collate (NULL, "a"), <, 0);

  /* Only what is really the same is equal: the fourth level tells them apart. */
  g_assert_cmpint (td_collate ("Thôn 02", "Thôn 2"), !=, 0);
  g_assert_cmpint (td_collate ("Thôn 02", "Thôn 2"), ==, -td_collate ("Thôn 2", "Thôn 02"));
  g_assert_cmpint (td_collate ("a  b", "a b"), !=, 0);
  /* The old and the new place of the tone mark are one tone of one word. */
  g_assert_cmpint (td_collate ("hoà", "hòa"), !=, 0);
  g_assert_cmpint (td_collate ("hoà", "hoa"), >, 0);
  g_assert_cmpint (td_collate ("hòa", "hoá"), <, 0);
  g_assert_cmpint (td_collate ("hoà", "hoá"), <, 0);
}

/* A key of a long text (an address, a note) is made on the heap, not on the stack: the
 * same order, the same equality of its composed and decomposed forms. */
static void
test_long_text (void)
{
  g_autoptr(GString) nfc = g_string_new (NULL);
  g_autoptr(GString) nfd = g_string_new (NULL);
  g_autofree char *key_nfc = NULL;
  g_autofree char *key_nfd = NULL;
  g_autofree char *later = NULL;

  for (int i = 0; i < 200; i++)
    {
      g_string_append (nfc, "T\xc3\xb9ng \xe1\xba\xa2nh ");
      g_string_append (nfd, "Tu\xcc\x80ng A\xcc\x89nh ");
    }
  g_assert_cmpuint (nfc->len, >, 1000);
  key_nfc = td_collate_key (nfc->str);
  key_nfd = td_collate_key (nfd->str);
  g_assert_cmpstr (key_nfc, ==, key_nfd);
  g_assert_cmpint (td_collate (nfc->str, nfd->str), ==, 0);

  later = g_strconcat (nfc->str, "\xc4\x91", NULL);
  g_assert_cmpint (td_collate (nfc->str, later), <, 0);
  g_string_append (nfc, "\xc4\x90");
  g_assert_cmpint (td_collate (nfc->str, later), >, 0);
}

static void
test_odd_text (void)
{
  /* Bytes that are no UTF-8 (from another program's file) still order, consistently. */
  const char bad[] = { 'a', (char) 0xff, 'b', 0 };
  g_autofree char *key = td_collate_key (bad);
  g_autofree char *long_number = NULL;
  g_autofree char *longer_number = NULL;

  g_assert_nonnull (key);
  g_assert_cmpint (td_collate (bad, "a"), >, 0);
  g_assert_cmpint (td_collate (bad, bad), ==, 0);
  g_assert_cmpint (td_collate ("a", bad), <, 0);
  /* A stray mark first, other scripts, symbols. */
  g_assert_cmpint (td_collate ("\xcc\x81" "a", "a"), !=, 0);
  g_assert_cmpint (td_collate ("Ωmega", "zeta"), >, 0);
  g_assert_cmpint (td_collate ("-a", "a"), <, 0);
  g_assert_cmpint (td_collate ("ĕ", "e"), >, 0);
  g_assert_cmpint (td_collate ("ĕ", "é"), <, 0);
  g_assert_cmpint (td_collate ("ĕ", "ê"), <, 0);

  long_number = g_strnfill (30, '9');
  longer_number = g_strconcat ("1", long_number, NULL);
  g_assert_cmpint (td_collate (long_number, longer_number), <, 0);
  g_assert_cmpint (td_collate ("007", "8"), <, 0);
}

static void
test_store_order (TdTestStoreFixture *fixture,
                  gconstpointer       data)
{
  g_autoptr(TdStore) store = td_test_store_open (fixture->db_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) units = NULL;
  const char *names[] = { "Thôn 10", "Đoàn thanh niên", "Thôn 2", "Ban chỉ đạo", "Chi bộ",
                          "Dân quân", "Ăn uống", "Ấp Bắc" };
  const char *expected[] = { "Ăn uống", "Ấp Bắc", "Ban chỉ đạo", "Chi bộ", "Dân quân",
                             "Đoàn thanh niên", "Thôn 2", "Thôn 10" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(TdSubject) unit = td_subject_new (TD_SUBJECT_UNIT);

      g_assert_true (td_subject_set_field (unit, TD_SUBJECT_FIELD_NAME, names[i], &error));
      g_assert_cmpint (td_store_add_subject (store, unit, &error), >, 0);
      g_assert_no_error (error);
    }

  units = td_store_list_units (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(TdUnit) unit = g_list_model_get_item (units, i);
      g_assert_cmpstr (td_unit_get_name (unit), ==, expected[i]);
    }

  /* A second connection (a worker's) knows the collation too. */
  {
    g_autoptr(TdStore) other = td_test_store_open (fixture->db_path);
    g_autoptr(GListModel) again = td_store_list_subjects (other, TD_SUBJECT_UNIT, 2022, FALSE,
                                                          &error);
    g_autoptr(TdSubject) first = NULL;

    g_assert_no_error (error);
    first = g_list_model_get_item (again, 0);
    g_assert_cmpstr (td_subject_get_name (first), ==, "Ăn uống");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/collate/order", test_order);
  g_test_add_func ("/collate/names", test_names);
  g_test_add_func ("/collate/equal", test_equal);
  g_test_add_func ("/collate/long-text", test_long_text);
  g_test_add_func ("/collate/odd-text", test_odd_text);
  g_test_add ("/collate/store", TdTestStoreFixture, NULL, td_test_store_set_up, test_store_order,
              td_test_store_tear_down);
  return g_test_run ();
}
