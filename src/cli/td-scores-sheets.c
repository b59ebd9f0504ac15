/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The score sheets and the ranking of a year as spreadsheets: one grid for each criteria
 * set, written as a worksheet each to .xlsx, or one after another to .csv (the set's name
 * on a row of its own above each when there are several, a blank row between).
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <xlsxwriter.h>

#include "td-cli-output.h"
#include "td-csv.h"
#include "td-points.h"
#include "td-scores-export.h"
#include "td-store.h"

/* An xlsx worksheet's name is at most 31 characters; room is left for " (2)". */
#define SHEET_NAME_MAX 27

typedef struct {
  char     *text;     /* NULL for a number */
  gboolean  number;
  gint64    points;   /* hundredths */
} Cell;

typedef struct {
  char      *name;       /* the set's */
  guint      n_columns;
  GPtrArray *head;       /* char *, n_columns */
  GArray    *cells;      /* Cell, n_columns a row */
} Grid;

static void
cell_clear (Cell *cell)
{
  g_free (cell->text);
}

static void
grid_free (Grid *grid)
{
  g_free (grid->name);
  g_ptr_array_unref (grid->head);
  g_array_unref (grid->cells);
  g_free (grid);
}

static Grid *
grid_new (const char *name)
{
  Grid *grid = g_new0 (Grid, 1);

  grid->name = g_strdup (name);
  grid->head = g_ptr_array_new_with_free_func (g_free);
  grid->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (grid->cells, (GDestroyNotify) cell_clear);
  return grid;
}

static void
add_head (Grid       *grid,
          const char *title)
{
  g_ptr_array_add (grid->head, g_strdup (title));
  grid->n_columns = grid->head->len;
}

static void
add_text (Grid       *grid,
          const char *text)
{
  Cell cell = { .text = g_strdup (text != NULL ? text : "") };

  g_array_append_val (grid->cells, cell);
}

static void
add_points (Grid     *grid,
            gboolean  has,
            gint64    points)
{
  Cell cell = { .number = has, .points = points, .text = has ? NULL : g_strdup ("") };

  g_array_append_val (grid->cells, cell);
}

static guint
grid_n_rows (const Grid *grid)
{
  return grid->n_columns > 0 ? grid->cells->len / grid->n_columns : 0;
}

/* What ranks a unit on a sheet, as the ranking and the sheet's last columns say it. */
static void
add_rank_cells (Grid         *grid,
                TdScoreSheet *sheet,
                guint         unit)
{
  gboolean complete = td_score_sheet_is_complete (sheet, unit);
  const char *label = td_score_sheet_get_class_label (sheet, unit);
  g_autofree char *rank = complete ? g_strdup_printf ("%u", td_score_sheet_get_rank (sheet, unit))
                                   : g_strdup ("");

  add_text (grid, rank);
  add_text (grid, !complete ? _("Not fully scored") : label != NULL ? label : _("No class"));
}

/* The sheet: units down (in the sheet's order), for each item its self and verified
 * scores, then the totals, the rank and the class. Only @unit_id's row when not 0. */
static Grid *
sheet_grid (TdCriteriaSet *set,
            TdScoreSheet  *sheet,
            gint64         unit_id)
{
  TdCriteriaTree *tree = td_score_sheet_get_tree (sheet);
  guint n_items = td_score_sheet_get_n_items (sheet);
  guint n_units = td_score_sheet_get_n_units (sheet);
  Grid *grid = grid_new (td_criteria_set_get_name (set));
  guint number = 0;

  add_head (grid, _("No."));
  add_head (grid, _("Unit"));
  for (guint i = 0; i < n_items; i++)
    {
      const TdCriteriaNode *node = td_criteria_tree_get_node (tree,
                                                              td_criteria_tree_get_leaf_node (tree,
                                                                                              i));
      g_autofree char *label = td_criterion_dup_label (node->criterion);
      g_autofree char *self = g_strdup_printf (_("%s self"), label);
      g_autofree char *verified = g_strdup_printf (_("%s verified"), label);

      add_head (grid, self);
      add_head (grid, verified);
    }
  add_head (grid, _("Self total"));
  add_head (grid, _("Total after verification"));
  add_head (grid, _("Rank"));
  add_head (grid, _("Class"));

  for (guint u = 0; u < n_units; u++)
    {
      g_autofree char *row_number = NULL;

      if (unit_id != 0 && td_score_sheet_get_unit_id (sheet, u) != unit_id)
        continue;
      row_number = g_strdup_printf ("%u", ++number);
      add_text (grid, row_number);
      add_text (grid, td_score_sheet_get_unit_name (sheet, u));
      for (guint i = 0; i < n_items; i++)
        {
          gint64 points;
          gboolean has;

          has = td_score_sheet_get_score (sheet, u, i, TD_SCORE_SELF, &points);
          add_points (grid, has, points);
          has = td_score_sheet_get_score (sheet, u, i, TD_SCORE_VERIFIED, &points);
          add_points (grid, has, points);
        }
      add_points (grid, TRUE, td_score_sheet_get_total (sheet, u, -1, TD_SCORE_SELF));
      add_points (grid, td_score_sheet_is_verified (sheet, u),
                  td_score_sheet_get_total (sheet, u, -1, TD_SCORE_FINAL));
      add_rank_cells (grid, sheet, u);
    }
  return grid;
}

/* The ranking: units by rank, the incomplete ones last. */
static Grid *
ranking_grid (TdCriteriaSet *set,
              TdScoreSheet  *sheet)
{
  Grid *grid = grid_new (td_criteria_set_get_name (set));
  guint n_units;
  const guint *ranking = td_score_sheet_get_ranking (sheet, &n_units);

  add_head (grid, _("Rank"));
  add_head (grid, _("Unit"));
  add_head (grid, _("Self total"));
  add_head (grid, _("Total after verification"));
  add_head (grid, _("Class"));
  for (guint i = 0; i < n_units; i++)
    {
      guint u = ranking[i];
      gboolean complete = td_score_sheet_is_complete (sheet, u);
      const char *label = td_score_sheet_get_class_label (sheet, u);
      g_autofree char *rank = complete ? g_strdup_printf ("%u", td_score_sheet_get_rank (sheet, u))
                                       : g_strdup ("");

      add_text (grid, rank);
      add_text (grid, td_score_sheet_get_unit_name (sheet, u));
      add_points (grid, TRUE, td_score_sheet_get_total (sheet, u, -1, TD_SCORE_SELF));
      add_points (grid, td_score_sheet_is_verified (sheet, u),
                  td_score_sheet_get_total (sheet, u, -1, TD_SCORE_FINAL));
      add_text (grid, !complete ? _("Not fully scored") : label != NULL ? label : _("No class"));
    }
  return grid;
}

typedef struct {
  int        year;
  gboolean   ranking;
  GPtrArray *grids;  /* Grid */
} Book;

static gboolean
write_csv (const char  *tmp_path,
           gpointer     data,
           GError     **error)
{
  Book *book = data;
  g_autoptr(GString) out = g_string_new (TD_CSV_BOM);

  for (guint g = 0; g < book->grids->len; g++)
    {
      Grid *grid = g_ptr_array_index (book->grids, g);
      g_autofree const char **fields = g_new0 (const char *, grid->n_columns);
      guint n_rows = grid_n_rows (grid);

      if (g > 0)
        g_string_append (out, "\r\n");
      if (book->grids->len > 1)
        td_csv_append_row (out, (const char * const *) &grid->name, 1);
      td_csv_append_row (out, (const char * const *) grid->head->pdata, grid->n_columns);
      for (guint r = 0; r < n_rows; r++)
        {
          g_auto(GStrv) numbers = g_new0 (char *, grid->n_columns + 1);
          guint n_numbers = 0;

          for (guint c = 0; c < grid->n_columns; c++)
            {
              Cell *cell = &g_array_index (grid->cells, Cell, r * grid->n_columns + c);

              if (cell->number)
                fields[c] = numbers[n_numbers++] = td_points_format (cell->points, '.');
              else
                fields[c] = cell->text;
            }
          td_csv_append_row (out, fields, grid->n_columns);
        }
    }
  return g_file_set_contents (tmp_path, out->str, (gssize) out->len, error);
}

/* A worksheet's name from a set's: no []:*?/\, short enough, not one taken. */
static char *
dup_sheet_name (const char *name,
                GPtrArray  *taken)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *p = name;
  char *unique = NULL;

  for (guint n = 0; *p != '\0' && n < SHEET_NAME_MAX; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c < 0x80 && strchr ("[]:*?/\\'", (int) c) != NULL))
        g_string_append_c (clean, ' ');
      else
        g_string_append_unichar (clean, c);
    }
  g_strstrip (clean->str);
  if (clean->str[0] == '\0')
    g_string_assign (clean, _("Scores"));
  else
    g_string_set_size (clean, strlen (clean->str));
  for (guint i = 1; unique == NULL || g_ptr_array_find_with_equal_func (taken, unique,
                                                                        (GEqualFunc) g_str_equal,
                                                                        NULL); i++)
    {
      g_free (unique);
      unique = i == 1 ? g_strdup (clean->str) : g_strdup_printf ("%s (%u)", clean->str, i);
    }
  g_ptr_array_add (taken, g_strdup (unique));
  return unique;
}

static gboolean
write_xlsx (const char  *tmp_path,
            gpointer     data,
            GError     **error)
{
  Book *book = data;
  g_autofree char *title = book->ranking
                           ? g_strdup_printf (_("The ranking of %d"), book->year)
                           : g_strdup_printf (_("The scores of %d"), book->year);
  lxw_doc_properties properties = { .title = title };
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  lxw_workbook *workbook;
  lxw_format *header, *text, *number;
  lxw_error status = LXW_NO_ERROR;

  workbook = workbook_new (tmp_path);
  if (workbook == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("the workbook could not be started"));
      return FALSE;
    }
  workbook_set_properties (workbook, &properties);
  header = workbook_add_format (workbook);
  format_set_bold (header);
  format_set_text_wrap (header);
  format_set_align (header, LXW_ALIGN_VERTICAL_TOP);
  text = workbook_add_format (workbook);
  format_set_align (text, LXW_ALIGN_VERTICAL_TOP);
  number = workbook_add_format (workbook);
  format_set_align (number, LXW_ALIGN_VERTICAL_TOP);

  for (guint g = 0; g < book->grids->len && status == LXW_NO_ERROR; g++)
    {
      Grid *grid = g_ptr_array_index (book->grids, g);
      g_autofree char *name = dup_sheet_name (grid->name, taken);
      lxw_worksheet *sheet = workbook_add_worksheet (workbook, name);
      guint n_rows = grid_n_rows (grid);

      if (sheet == NULL)
        {
          status = LXW_ERROR_PARAMETER_VALIDATION;
          break;
        }
      worksheet_set_column (sheet, 0, 0, 6, NULL);
      worksheet_set_column (sheet, 1, 1, 30, NULL);
      if (grid->n_columns > 2)
        worksheet_set_column (sheet, 2, (lxw_col_t) grid->n_columns - 1, 11, NULL);
      for (guint c = 0; c < grid->n_columns && status == LXW_NO_ERROR; c++)
        status = worksheet_write_string (sheet, 0, (lxw_col_t) c,
                                         g_ptr_array_index (grid->head, c), header);
      worksheet_freeze_panes (sheet, 1, 2);
      for (guint r = 0; r < n_rows && status == LXW_NO_ERROR; r++)
        for (guint c = 0; c < grid->n_columns && status == LXW_NO_ERROR; c++)
          {
            Cell *cell = &g_array_index (grid->cells, Cell, r * grid->n_columns + c);

            if (cell->number)
              status = worksheet_write_number (sheet, r + 1, (lxw_col_t) c,
                                               (double) cell->points / TD_POINTS_SCALE, number);
            else if (cell->text[0] != '\0')
              status = worksheet_write_string (sheet, r + 1, (lxw_col_t) c, cell->text, text);
          }
    }

  /* Closing writes the file, and frees the workbook whatever happened before. */
  if (status == LXW_NO_ERROR)
    status = workbook_close (workbook);
  else
    workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s", lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_sheet (const TdCliJob  *job,
              gboolean         ranking,
              GError         **error)
{
  g_autoptr(TdStore) store = NULL;
  g_autoptr(TdScoresSnapshot) snapshot = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) grids = g_ptr_array_new_with_free_func ((GDestroyNotify) grid_free);
  gint64 unit_id = 0;
  Book book = { .year = job->year, .ranking = ranking, .grids = grids };

  if (!td_cli_check_output (job->file, error))
    return FALSE;
  store = td_store_open_full (job->database, TD_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    snapshot = td_scores_snapshot_load (store, job->year, &local_error);
  if (snapshot == NULL)
    {
      td_cli_set_file_error (error, TD_CLI_ERROR_DATA, job->database, local_error);
      return FALSE;
    }
  if (job->unit != NULL && !td_scores_find_unit (snapshot, job->unit, &unit_id, error))
    return FALSE;

  for (guint s = 0; s < snapshot->sheets->len; s++)
    {
      TdCriteriaSet *set = g_ptr_array_index (snapshot->sets, s);
      TdScoreSheet *sheet = g_ptr_array_index (snapshot->sheets, s);

      if (ranking)
        g_ptr_array_add (grids, ranking_grid (set, sheet));
      else if (unit_id == 0 || td_score_sheet_find_unit (sheet, unit_id) >= 0)
        g_ptr_array_add (grids, sheet_grid (set, sheet, unit_id));
    }
  if (grids->len == 0)
    {
      g_autofree char *display = g_filename_display_name (job->database);

      g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                   _("%s: %d has no criteria set, so there are no scores to export"), display,
                   job->year);
      return FALSE;
    }
  return td_cli_write_output (job->file, g_str_equal (job->format, "xlsx") ? write_xlsx
                                                                            : write_csv,
                              &book, error);
}

gboolean
td_scores_export_sheet (const TdCliJob  *job,
                        GError         **error)
{
  return export_sheet (job, FALSE, error);
}

gboolean
td_ranking_export_sheet (const TdCliJob  *job,
                         GError         **error)
{
  return export_sheet (job, TRUE, error);
}
