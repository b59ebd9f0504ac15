/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-cli-output.h"
#include "td-export.h"
#include "td-fold.h"
#include "td-ranking-doc.h"
#include "td-scores-doc.h"
#include "td-scores-export.h"
#include "td-store.h"

/* Names offered when --unit names none: at most this many. */
#define MAX_CLOSE 5

/* The year's sheets read before the output is touched; NULL with @error naming the database
 * when they cannot be. */
static TdScoresSnapshot *
read_snapshot (const TdCliJob  *job,
               GError         **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  TdScoresSnapshot *snapshot = NULL;

  store = td_store_open_full (job->database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    snapshot = td_scores_snapshot_load (store, job->year, &local_error);
  if (snapshot == NULL)
    td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
  return snapshot;
}

/* The edit distance of two folded names, in characters. */
static guint
distance (const char *a,
          const char *b)
{
  glong n_a, n_b;
  g_autofree gunichar *ca = g_utf8_to_ucs4_fast (a, -1, &n_a);
  g_autofree gunichar *cb = g_utf8_to_ucs4_fast (b, -1, &n_b);
  g_autofree guint *row = g_new (guint, n_b + 1);

  for (glong j = 0; j <= n_b; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= n_a; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (glong j = 1; j <= n_b; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1),
                        diagonal + (ca[i - 1] == cb[j - 1] ? 0 : 1));
          diagonal = above;
        }
    }
  return row[n_b];
}

typedef struct {
  gint64      id;
  const char *name;
  guint       distance;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  return ca->distance != cb->distance ? (ca->distance < cb->distance ? -1 : 1)
                                      : g_utf8_collate (ca->name, cb->name);
}

/* "“Thôn Đông”, “Thôn Đồng”". */
static char *
join_names (GArray *candidates,
            guint   n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, candidates->len); i++)
    g_string_append_printf (text, "%s“%s”", i > 0 ? ", " : "",
                            g_array_index (candidates, Candidate, i).name);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
td_scores_find_unit (const TdScoresSnapshot  *snapshot,
                     const char              *name,
                     gint64                  *unit_id,
                     GError                 **error)
{
  g_autoptr(GArray) folded_equal = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GArray) close = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
  g_autofree char *wanted = g_utf8_normalize (name, -1, G_NORMALIZE_NFC);
  g_autofree char *wanted_folded = NULL;
  g_autofree char *names = NULL;

  g_return_val_if_fail (snapshot != NULL && name != NULL && unit_id != NULL, FALSE);

  if (wanted == NULL || g_strstrip (wanted)[0] == '\0')
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_USAGE,
                   _("--unit is empty: give the name of a unit, e.g. --unit=\"Thôn Đông\""));
      return FALSE;
    }
  wanted_folded = td_fold (wanted);

  for (guint s = 0; s < snapshot->sheets->len; s++)
    {
      TdScoreSheet *sheet = g_ptr_array_index (snapshot->sheets, s);

      for (guint u = 0; u < td_score_sheet_get_n_units (sheet); u++)
        {
          Candidate candidate = {
            .id = td_score_sheet_get_unit_id (sheet, u),
            .name = td_score_sheet_get_unit_name (sheet, u),
          };
          g_autofree char *composed = g_utf8_normalize (candidate.name, -1, G_NORMALIZE_NFC);
          g_autofree char *folded = td_fold (candidate.name);

          if (g_hash_table_contains (seen, &candidate.id))
            continue;
          g_hash_table_add (seen, g_memdup2 (&candidate.id, sizeof candidate.id));
          if (composed != NULL && g_str_equal (composed, wanted))
            {
              *unit_id = candidate.id;
              return TRUE;
            }
          if (g_str_equal (folded, wanted_folded))
            g_array_append_val (folded_equal, candidate);
          else
            {
              guint limit = MAX (2, (guint) g_utf8_strlen (wanted_folded, -1) / 4);

              candidate.distance = distance (folded, wanted_folded);
              if (candidate.distance <= limit || strstr (folded, wanted_folded) != NULL)
                g_array_append_val (close, candidate);
            }
        }
    }

  if (folded_equal->len == 1)
    {
      *unit_id = g_array_index (folded_equal, Candidate, 0).id;
      return TRUE;
    }
  if (folded_equal->len > 1)
    {
      names = join_names (folded_equal, folded_equal->len);
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_USAGE,
                   _("--unit=%s: more than one unit has that name but for its accents: %s; "
                     "write it with its accents"), name, names);
      return FALSE;
    }
  if (snapshot->sets->len == 0)
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_USAGE,
                   _("--unit=%s: %d has no criteria set, so no unit is scored that year"), name,
                   snapshot->year);
      return FALSE;
    }
  if (close->len == 0)
    {
      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_USAGE,
                   _("--unit=%s: no unit of that name is scored in %d, nor any of a name close "
                     "to it; --export=ranking lists those that are"), name, snapshot->year);
      return FALSE;
    }
  g_array_sort (close, compare_candidates);
  names = join_names (close, MAX_CLOSE);
  g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_USAGE,
               _("--unit=%s: no unit of that name is scored in %d; did you mean %s?"), name,
               snapshot->year, names);
  return FALSE;
}

gboolean
td_scores_export_pdf (const TdCliJob  *job,
                      GError         **error)
{
  g_autoptr(TdScoresSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 unit_id = 0;

  if (!td_cli_check_output (job->file, error) ||
      (snapshot = read_snapshot (job, error)) == NULL)
    return FALSE;
  if (job->unit != NULL && !td_scores_find_unit (snapshot, job->unit, &unit_id, error))
    return FALSE;
  document = td_scores_doc_new (snapshot, unit_id, &local_error);
  return td_export_write_pdf (job, document, local_error, error);
}

gboolean
td_ranking_export_pdf (const TdCliJob  *job,
                       GError         **error)
{
  g_autoptr(TdScoresSnapshot) snapshot = NULL;
  g_autoptr(TdDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!td_cli_check_output (job->file, error) ||
      (snapshot = read_snapshot (job, error)) == NULL)
    return FALSE;
  document = td_ranking_doc_new (snapshot, &local_error);
  return td_export_write_pdf (job, document, local_error, error);
}
