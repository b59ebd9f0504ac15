/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-cli-table.h"
#include "td-date.h"
#include "td-task-columns.h"

static const char * const titles[TD_N_TASK_COLUMNS] = {
  N_("Quarter"), N_("No."), N_("Content"), N_("Responsible"), N_("Units"), N_("Start"),
  N_("End"), N_("Milestone"), N_("Status"), N_("Progress (%)"), N_("Result"),
};

/* The words of the status column, in the order of TdTaskStatus. */
static const char * const status_words[] = {
  N_("Planned"), N_("In progress"), N_("Done"), N_("Cancelled"),
};

const char *
td_task_column_title (TdTaskColumn column)
{
  g_return_val_if_fail ((guint) column < TD_N_TASK_COLUMNS, NULL);

  return _(titles[column]);
}

/* Whether @text is @word, in English or translated, whatever the case. */
static gboolean
is_word (const char *text,
         const char *word)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *english = g_utf8_casefold (word, -1);
  g_autofree char *translated = g_utf8_casefold (_(word), -1);

  return g_str_equal (folded, english) || g_str_equal (folded, translated);
}

int
td_task_column_from_title (const char *title)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (title != NULL, -1);

  stripped = g_strstrip (g_strdup (title));
  for (int i = 0; i < TD_N_TASK_COLUMNS; i++)
    if (is_word (stripped, titles[i]))
      return i;
  return -1;
}

static char *
format_date (const char *iso)
{
  GDate date;

  if (!td_date_parse_iso (iso, &date))
    return g_strdup ("");
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

char *
td_task_column_text (TdTaskColumn        column,
                     TdTask             *task,
                     const char * const *units)
{
  g_return_val_if_fail (TD_IS_TASK (task), NULL);

  switch (column)
    {
    case TD_TASK_COLUMN_QUARTER:
      return g_strdup (td_date_quarter_roman (td_task_get_quarter (task)));
    case TD_TASK_COLUMN_NUMBER:
      return g_strdup_printf ("%d", td_task_get_number (task));
    case TD_TASK_COLUMN_CONTENT:
      return g_strdup (td_task_get_content (task));
    case TD_TASK_COLUMN_RESPONSIBLE:
      return g_strdup (td_task_get_responsible (task));
    case TD_TASK_COLUMN_UNITS:
      return units != NULL ? g_strjoinv ("; ", (char **) units) : g_strdup ("");
    case TD_TASK_COLUMN_START:
      return format_date (td_task_get_start_date (task));
    case TD_TASK_COLUMN_END:
      return format_date (td_task_get_end_date (task));
    case TD_TASK_COLUMN_MILESTONE:
      return g_strdup (td_task_get_milestone (task) ? _("yes") : "");
    case TD_TASK_COLUMN_STATUS:
      return g_strdup (_(status_words[td_task_get_status (task)]));
    case TD_TASK_COLUMN_PROGRESS:
      return g_strdup_printf ("%d", td_task_get_progress (task));
    case TD_TASK_COLUMN_RESULT:
      return g_strdup (td_task_get_result_note (task));
    case TD_N_TASK_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
read_number (const char *text,
             gint64      min,
             gint64      max,
             int        *out)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, min, max, &value, NULL))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

/* A number of 1 to @max_digits digits; FALSE for anything else. */
static gboolean
read_digits (const char *text,
             guint       max_digits,
             guint      *out)
{
  gint64 value;
  gsize len = strlen (text);

  if (len == 0 || len > max_digits || !g_ascii_isdigit (text[0]))
    return FALSE;
  if (!g_ascii_string_to_signed (text, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

char *
td_task_column_parse_date (const char *text)
{
  g_auto(GStrv) parts = NULL;
  guint day, month, year;

  g_return_val_if_fail (text != NULL, NULL);

  if (td_date_is_valid_iso (text))
    return g_strdup (text);
  parts = g_strsplit (text, "/", -1);
  if (g_strv_length (parts) != 3 || strlen (parts[2]) != 4 ||
      !read_digits (parts[0], 2, &day) || !read_digits (parts[1], 2, &month) ||
      !read_digits (parts[2], 4, &year) ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static int
read_quarter (const char *text)
{
  static const char * const romans[] = { "I", "II", "III", "IV" };
  g_autofree char *upper = g_utf8_strup (text, -1);
  const char *word = upper;
  int quarter;

  /* "QUÝ II", as the plan prints it. */
  if (g_str_has_prefix (word, "QUÝ "))
    word += strlen ("QUÝ ");
  if (read_number (word, 1, 4, &quarter))
    return quarter;
  for (int i = 0; i < 4; i++)
    if (g_str_equal (word, romans[i]))
      return i + 1;
  return 0;
}

static int
read_milestone (const char *text)
{
  static const char * const yes[] = { "1", "x", "true", N_("yes") };
  static const char * const no[] = { "0", "false", N_("no") };

  if (text[0] == '\0')
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (is_word (text, yes[i]))
      return 1;
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (is_word (text, no[i]))
      return 0;
  return -1;
}

static int
read_status (const char *text)
{
  int status;

  if (text[0] == '\0')
    return TD_TASK_PLANNED;
  for (guint i = 0; i < G_N_ELEMENTS (status_words); i++)
    if (is_word (text, status_words[i]))
      return (int) i;
  status = td_task_status_from_string (text);
  return status;
}

static GStrv
read_units (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);
  g_autoptr(GPtrArray) units = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = g_strstrip (parts[i]);

      if (name[0] != '\0')
        g_ptr_array_add (units, g_strdup (name));
    }
  g_ptr_array_add (units, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&units), FALSE);
}

gboolean
td_task_column_read (TdTaskColumn   column,
                     TdTask        *task,
                     const char    *text,
                     GStrv         *units,
                     GError       **error)
{
  g_autofree char *value = NULL;
  g_autofree char *date = NULL;
  int number;

  g_return_val_if_fail (TD_IS_TASK (task), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  value = g_strstrip (g_strdup (text));
  switch (column)
    {
    case TD_TASK_COLUMN_QUARTER:
      /* Blank: the caller takes the quarter of the start date. */
      if (value[0] == '\0')
        return TRUE;
      number = read_quarter (value);
      if (number == 0)
        {
          g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                       _("the quarter %s is not I, II, III or IV"), value);
          return FALSE;
        }
      td_task_set_quarter (task, number);
      return TRUE;
    case TD_TASK_COLUMN_NUMBER:
      return TRUE;
    case TD_TASK_COLUMN_CONTENT:
      td_task_set_content (task, value);
      return TRUE;
    case TD_TASK_COLUMN_RESPONSIBLE:
      td_task_set_responsible (task, value);
      return TRUE;
    case TD_TASK_COLUMN_UNITS:
      g_strfreev (*units);
      *units = read_units (value);
      return TRUE;
    case TD_TASK_COLUMN_START:
    case TD_TASK_COLUMN_END:
      date = value[0] != '\0' ? td_task_column_parse_date (value) : g_strdup ("");
      if (date == NULL)
        {
          g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                       column == TD_TASK_COLUMN_START
                         ? _("the start date %s is not a date")
                         : _("the end date %s is not a date"),
                       value);
          return FALSE;
        }
      if (column == TD_TASK_COLUMN_START)
        td_task_set_start_date (task, date);
      else
        td_task_set_end_date (task, date);
      return TRUE;
    case TD_TASK_COLUMN_MILESTONE:
      number = read_milestone (value);
      if (number < 0)
        {
          g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                       _("the milestone %s is not “%s” or blank"), value, _("yes"));
          return FALSE;
        }
      td_task_set_milestone (task, number == 1);
      return TRUE;
    case TD_TASK_COLUMN_STATUS:
      number = read_status (value);
      if (number < 0)
        {
          g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                       _("the status %s is not one of: %s, %s, %s, %s"), value,
                       _(status_words[0]), _(status_words[1]), _(status_words[2]),
                       _(status_words[3]));
          return FALSE;
        }
      td_task_set_status (task, (TdTaskStatus) number);
      return TRUE;
    case TD_TASK_COLUMN_PROGRESS:
      /* "75%", as a spreadsheet may show it. */
      if (g_str_has_suffix (value, "%"))
        value[strlen (value) - 1] = '\0';
      g_strchomp (value);
      number = 0;
      if (value[0] != '\0' && !read_number (value, 0, 100, &number))
        {
          g_set_error (error, TD_CLI_ERROR, TD_CLI_ERROR_DATA,
                       _("the progress %s is not a number from 0 to 100"), value);
          return FALSE;
        }
      td_task_set_progress (task, number);
      return TRUE;
    case TD_TASK_COLUMN_RESULT:
      td_task_set_result_note (task, value);
      return TRUE;
    case TD_N_TASK_COLUMNS:
    default:
      g_return_val_if_reached (FALSE);
    }
}
