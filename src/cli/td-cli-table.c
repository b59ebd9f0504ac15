/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "td-cli-table.h"
#include "td-export.h"
#include "td-registrations-export.h"
#include "td-scores-export.h"
#include "td-store.h"
#include "td-subjects-export.h"
#include "td-subjects-import.h"
#include "td-tasks-export.h"
#include "td-tasks-import.h"

G_DEFINE_QUARK (td-cli-error-quark, td_cli_error)

#define YEAR     TD_CLI_NEEDS_YEAR
#define TABLE    TD_CLI_READS_TABLE
#define UNIT     TD_CLI_TAKES_UNIT

/* What the command line knows, in the order --help lists it. */
static const TdCliEntry table[] = {
  { "plan", TD_CLI_EXPORT, "pdf", N_("The plan of the year, as printed and signed"),
    td_export_plan_pdf, YEAR },
  { "timeline", TD_CLI_EXPORT, "pdf", N_("The timeline of the year, on landscape pages"),
    td_export_timeline_pdf, YEAR },
  { "registrations", TD_CLI_EXPORT, "pdf",
    N_("The registrations of the year for emulation titles, as printed and signed"),
    td_registrations_export_pdf, YEAR },
  { "registrations", TD_CLI_EXPORT, "csv",
    N_("The registrations of the year, a row each, for any spreadsheet"),
    td_registrations_export_csv, YEAR },
  { "scores", TD_CLI_EXPORT, "pdf",
    N_("The scoring table of --unit=NAME, or of every unit one after another, as printed and "
       "signed"),
    td_scores_export_pdf, YEAR | UNIT },
  { "scores", TD_CLI_EXPORT, "csv",
    N_("The score sheet of each criteria set: units down, items across, totals and rank"),
    td_scores_export_sheet, YEAR | UNIT },
  { "scores", TD_CLI_EXPORT, "xlsx",
    N_("The score sheets as an Excel workbook, a worksheet for each criteria set"),
    td_scores_export_sheet, YEAR | UNIT },
  { "ranking", TD_CLI_EXPORT, "pdf",
    N_("The units ranked and classified by their scores, as printed and signed"),
    td_ranking_export_pdf, YEAR },
  { "ranking", TD_CLI_EXPORT, "csv", N_("The ranking, a row for each unit, for any spreadsheet"),
    td_ranking_export_sheet, YEAR },
  { "ranking", TD_CLI_EXPORT, "xlsx", N_("The ranking as an Excel workbook"),
    td_ranking_export_sheet, YEAR },
  { "tasks", TD_CLI_EXPORT, "csv", N_("The tasks of the year, a row each, for any spreadsheet"),
    td_tasks_export_csv, YEAR },
  { "tasks", TD_CLI_EXPORT, "xlsx", N_("The tasks of the year, as an Excel workbook"),
    td_tasks_export_xlsx, YEAR },
  { "tasks", TD_CLI_IMPORT, "csv",
    N_("Adds tasks to the plan of the year from a CSV file like the export’s"),
    td_tasks_import_csv, YEAR },
  { "units", TD_CLI_EXPORT, "csv", N_("The units, a row each, for any spreadsheet"),
    td_subjects_export, 0 },
  { "units", TD_CLI_EXPORT, "xlsx", N_("The units, as an Excel workbook"),
    td_subjects_export, 0 },
  { "units", TD_CLI_IMPORT, "csv", N_("Adds units from a CSV file"),
    td_subjects_import, TABLE },
  { "units", TD_CLI_IMPORT, "xlsx", N_("Adds units from an Excel workbook"),
    td_subjects_import, TABLE },
  { "units", TD_CLI_IMPORT, "ods", N_("Adds units from a LibreOffice spreadsheet"),
    td_subjects_import, TABLE },
  { "people", TD_CLI_EXPORT, "csv", N_("The people, a row each, for any spreadsheet"),
    td_subjects_export, 0 },
  { "people", TD_CLI_EXPORT, "xlsx", N_("The people, as an Excel workbook"),
    td_subjects_export, 0 },
  { "people", TD_CLI_IMPORT, "csv", N_("Adds people from a CSV file"),
    td_subjects_import, TABLE },
  { "people", TD_CLI_IMPORT, "xlsx", N_("Adds people from an Excel workbook"),
    td_subjects_import, TABLE },
  { "people", TD_CLI_IMPORT, "ods", N_("Adds people from a LibreOffice spreadsheet"),
    td_subjects_import, TABLE },
  { "households", TD_CLI_EXPORT, "csv", N_("The households, a row each, for any spreadsheet"),
    td_subjects_export, 0 },
  { "households", TD_CLI_EXPORT, "xlsx", N_("The households, as an Excel workbook"),
    td_subjects_export, 0 },
  { "households", TD_CLI_IMPORT, "csv", N_("Adds households from a CSV file"),
    td_subjects_import, TABLE },
  { "households", TD_CLI_IMPORT, "xlsx", N_("Adds households from an Excel workbook"),
    td_subjects_import, TABLE },
  { "households", TD_CLI_IMPORT, "ods", N_("Adds households from a LibreOffice spreadsheet"),
    td_subjects_import, TABLE },
};

const TdCliEntry *
td_cli_get_table (guint *n_entries)
{
  g_return_val_if_fail (n_entries != NULL, NULL);

  *n_entries = G_N_ELEMENTS (table);
  return table;
}

static const char *
option_of (TdCliDirection direction)
{
  return direction == TD_CLI_EXPORT ? "--export" : "--import";
}

static const char *
file_option_of (TdCliDirection direction)
{
  return direction == TD_CLI_EXPORT ? "--output" : "--input";
}

/* "plan, timeline, tasks": the things @direction knows with all of @flags, each once. */
static char *
list_whats (TdCliDirection direction,
            TdCliFlags     flags)
{
  g_autoptr(GPtrArray) whats = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (table[i].direction == direction && (table[i].flags & flags) == flags &&
        !g_ptr_array_find_with_equal_func (whats, table[i].what, g_str_equal, NULL))
      g_ptr_array_add (whats, (gpointer) table[i].what);
  g_ptr_array_add (whats, NULL);
  return g_strjoinv (", ", (char **) whats->pdata);
}

/* Appends @text and spaces up to @width characters (not bytes: "TỆP" is three). */
static void
append_padded (GString    *help,
               const char *text,
               int         width)
{
  g_string_append (help, text);
  for (long n = g_utf8_strlen (text, -1); n < width; n++)
    g_string_append_c (help, ' ');
}

char *
td_cli_dup_help (void)
{
  g_autoptr(GString) help = g_string_new (NULL);
  g_autoptr(GPtrArray) whats = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  /* The same word as the --output and --input options' own, in the user's language. */
  const char *file_word = _("FILE");
  g_autofree char *year_whats = list_whats (TD_CLI_EXPORT, TD_CLI_NEEDS_YEAR);
  int what_width = 0, file_width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      const TdCliEntry *entry = &table[i];
      char *what = g_strdup_printf ("%s=%s", option_of (entry->direction), entry->what);
      char *file = g_strdup_printf ("%s=%s.%s", file_option_of (entry->direction), file_word,
                                    entry->format);

      what_width = MAX (what_width, (int) g_utf8_strlen (what, -1));
      file_width = MAX (file_width, (int) g_utf8_strlen (file, -1));
      g_ptr_array_add (whats, what);
      g_ptr_array_add (files, file);
    }

  g_string_append (help, _("What can be exported and imported, with no window:"));
  g_string_append_c (help, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_string_append (help, "  ");
      append_padded (help, g_ptr_array_index (whats, i), what_width + 1);
      append_padded (help, g_ptr_array_index (files, i), file_width + 2);
      g_string_append (help, _(table[i].description));
      g_string_append_c (help, '\n');
    }
  g_string_append_c (help, '\n');
  g_string_append_printf (help, _("These need --year=YYYY: %s."), year_whats);
  g_string_append_c (help, '\n');
  g_string_append (help, _("The file’s extension gives its format; --format=FORMAT gives it "
                           "for another name, such as /dev/stdout."));
  return g_string_free (g_steal_pointer (&help), FALSE);
}

void
td_cli_set_file_error (GError       **error,
                       int            code,
                       const char    *file,
                       const GError  *inner)
{
  g_autofree char *display = g_filename_display_name (file);
  g_autofree char *prefix = g_strconcat (display, ": ", NULL);

  g_return_if_fail (inner != NULL);

  /* Our own messages already start with the file. */
  if (g_str_has_prefix (inner->message, prefix))
    g_set_error_literal (error, TD_CLI_ERROR, code, inner->message);
  else
    g_set_error (error, TD_CLI_ERROR, code, "%s%s", prefix, inner->message);
}

/* "csv, xlsx": the formats of @what in @direction. */
static char *
list_formats (TdCliDirection  direction,
              const char     *what)
{
  g_autoptr(GPtrArray) formats = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (table[i].direction == direction && g_str_equal (table[i].what, what))
      g_ptr_array_add (formats, (gpointer) table[i].format);
  g_ptr_array_add (formats, NULL);
  return g_strjoinv (", ", (char **) formats->pdata);
}

static void
set_usage_error (GError    **error,
                 const char *format,
                 ...) G_GNUC_PRINTF (2, 3);

static void
set_usage_error (GError    **error,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: after a mistake in the command line */
  g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_USAGE, _("%s (see thidua --help)"), message);
}

static const TdCliEntry *
lookup (TdCliDirection  direction,
        const char     *what,
        const char     *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (table[i].direction == direction && g_str_equal (table[i].what, what) &&
        (format == NULL || g_ascii_strcasecmp (table[i].format, format) == 0))
      return &table[i];
  return NULL;
}

/* The format named by @file's extension, or NULL. */
static char *
format_of (const char *file)
{
  g_autofree char *base = g_path_get_basename (file);
  const char *dot = strrchr (base, '.');

  return dot != NULL && dot != base && dot[1] != '\0' ? g_ascii_strdown (dot + 1, -1) : NULL;
}

/* Whether @file is named as a companion file of @database (its -wal, -shm or -journal)
 * would be, even when there is none yet: SQLite would take it for one. */
static gboolean
is_companion_name (const char *database,
                   const char *file)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  g_autofree char *db_dir = g_path_get_dirname (database);
  g_autofree char *file_dir = g_path_get_dirname (file);
  g_autofree char *db_base = g_path_get_basename (database);
  g_autofree char *file_base = g_path_get_basename (file);
  g_autofree char *real_db_dir = realpath (db_dir, NULL);
  g_autofree char *real_file_dir = realpath (file_dir, NULL);

  if (real_db_dir == NULL || real_file_dir == NULL || !g_str_equal (real_db_dir, real_file_dir))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (db_base, suffixes[i], NULL);

      if (g_str_equal (name, file_base))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_known_format (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_equal (table[i].format, format))
      return TRUE;
  return FALSE;
}

gboolean
td_cli_parse_year (const char  *text,
                   int         *year,
                   GError     **error)
{
  gint64 value;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_ascii_string_to_signed (text, 10, 1945, 2200, &value, NULL))
    {
      set_usage_error (error, _("--year=%s: not a year from 1945 to 2200; write it as YYYY, "
                                "e.g. --year=2022"), text);
      return FALSE;
    }
  *year = (int) value;
  return TRUE;
}

gboolean
td_cli_parse_encoding (const char       *text,
                       TdTableEncoding  *encoding,
                       GError          **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (encoding != NULL, FALSE);

  if (!td_legacy_encoding_from_string (text, encoding))
    {
      set_usage_error (error, _("--encoding=%s: not an encoding known here; write tcvn3 (the "
                                "ABC fonts, .VnTime), vni, cp1258 or utf-8"), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
td_cli_run (TdCliDirection   direction,
            const char      *what,
            const char      *format,
            const TdCliJob  *job,
            GError         **error)
{
  const char *option = option_of (direction);
  const char *file_option = file_option_of (direction);
  const char *file;
  g_autofree char *formats = NULL;
  g_autofree char *file_format = NULL;
  const TdCliEntry *entry;
  TdCliJob run;

  g_return_val_if_fail (what != NULL, FALSE);
  g_return_val_if_fail (job != NULL, FALSE);
  g_return_val_if_fail (job->database != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = job->file;
  entry = lookup (direction, what, NULL);
  if (entry == NULL)
    {
      g_autofree char *known = list_whats (direction, 0);

      if (direction == TD_CLI_EXPORT)
        set_usage_error (error, _("%s=%s: nothing of that name can be exported; "
                                  "what can be: %s"), option, what, known);
      else
        set_usage_error (error, _("%s=%s: nothing of that name can be imported; "
                                  "what can be: %s"), option, what, known);
      return FALSE;
    }
  formats = list_formats (direction, what);
  if ((entry->flags & TD_CLI_NEEDS_YEAR) && job->year == 0)
    {
      set_usage_error (error, _("--year is missing: %s=%s needs the year, e.g. --year=2022"),
                       option, what);
      return FALSE;
    }
  if (!(entry->flags & TD_CLI_READS_TABLE) && job->encoding != TD_TABLE_ENCODING_AUTO)
    {
      set_usage_error (error, _("--encoding: %s=%s reads no text to decode; only an import of "
                                "units, people or households does"), option, what);
      return FALSE;
    }
  if (!(entry->flags & TD_CLI_TAKES_UNIT) && job->unit != NULL)
    {
      g_autofree char *unit_whats = list_whats (direction, TD_CLI_TAKES_UNIT);

      set_usage_error (error, _("--unit: %s=%s is of every unit; only %s takes --unit"),
                       option, what, unit_whats);
      return FALSE;
    }
  if (file == NULL || file[0] == '\0')
    {
      set_usage_error (error, _("%s is missing: %s=%s needs a file (%s)"), file_option,
                       option, what, formats);
      return FALSE;
    }

  /* Never the office's data, by inode: not through a link, another name, a backup. */
  if (td_store_is_database_file (job->database, file) || is_companion_name (job->database, file))
    {
      g_autofree char *display = g_filename_display_name (file);

      if (direction == TD_CLI_EXPORT)
        g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE,
                     _("%s: this is the database (or one of its backups); choose another "
                       "file to write"), display);
      else
        g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_FILE,
                     _("%s: this is the database (or one of its backups), not a file to "
                       "import"), display);
      return FALSE;
    }

  if (format != NULL)
    {
      entry = lookup (direction, what, format);
      if (entry == NULL)
        {
          set_usage_error (error, _("--format=%s: %s=%s knows only %s"), format, option, what,
                           formats);
          return FALSE;
        }
    }
  else
    {
      g_autofree char *display = g_filename_display_name (file);
      const TdCliEntry *first = entry;

      file_format = format_of (file);
      entry = file_format != NULL ? lookup (direction, what, file_format) : NULL;
      /* What has one format needs no extension ("plan", "/dev/stdout"), unless the name
       * says another format the table knows ("plan.csv"). */
      if (entry == NULL && strchr (formats, ',') == NULL &&
          (file_format == NULL || !is_known_format (file_format)))
        entry = first;
      /* A list is read as what it holds, whatever its name. */
      if (entry == NULL && (first->flags & TD_CLI_READS_TABLE))
        entry = first;
      if (entry == NULL)
        {
          set_usage_error (error, _("%s: cannot tell the format from the name: %s=%s knows "
                                    "%s; end the name with one of them or add "
                                    "--format=FORMAT"),
                           display, option, what, formats);
          return FALSE;
        }
    }

  run = *job;
  run.what = entry->what;
  run.format = entry->format;
  return entry->run (&run, error);
}
