/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Why a change was not saved, in words a secretary understands: chosen by the store's
 * error code, never from SQLite's own (English, technical) text.
 */
#define G_LOG_DOMAIN "td-save-problem"

#include "config.h"

#include <glib/gi18n.h>

#include "td-save-problem.h"
#include "td-store.h"

gboolean
td_save_problem_is_passing (const GError *error)
{
  return g_error_matches (error, TD_STORE_ERROR, TD_STORE_ERROR_BUSY);
}

gboolean
td_save_problem_is_of_the_file (const GError *error)
{
  return error != NULL && error->domain == TD_STORE_ERROR &&
         (error->code == TD_STORE_ERROR_BUSY || error->code == TD_STORE_ERROR_FULL ||
          error->code == TD_STORE_ERROR_IO || error->code == TD_STORE_ERROR_READ_ONLY ||
          error->code == TD_STORE_ERROR_FAILED || error->code == TD_STORE_ERROR_CORRUPT);
}

const char *
td_save_problem_describe (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != TD_STORE_ERROR)
    return _("Not saved: the file could not be written. Press Retry to try again.");

  switch (error->code)
    {
    case TD_STORE_ERROR_BUSY:
      return _("Not saved: another program is using the file. Trying again…");
    case TD_STORE_ERROR_FULL:
      return _("Not saved: the disk is full. Free some space, then press Retry.");
    case TD_STORE_ERROR_READ_ONLY:
      return _("Not saved: the file cannot be written (it or its folder is read-only). "
               "Press Retry once it can be.");
    case TD_STORE_ERROR_IO:
      return _("Not saved: the disk could not be written. Check the disk or USB stick, "
               "then press Retry.");
    case TD_STORE_ERROR_CORRUPT:
      return _("Not saved: the file is damaged. Close the window and open it again to "
               "restore a backup.");
    default:
      return _("Not saved: the file could not be written. Press Retry to try again.");
    }
}

const char *
td_save_problem_describe_action (const GError *error)
{
  if (error == NULL || error->domain != TD_STORE_ERROR)
    return NULL;

  switch (error->code)
    {
    case TD_STORE_ERROR_BUSY:
      return _("Not done: another program is using the file. Try again in a moment.");
    case TD_STORE_ERROR_FULL:
      return _("Not done: the disk is full. Free some space, then try again.");
    case TD_STORE_ERROR_IO:
      return _("Not done: the disk could not be written. Check the disk or USB stick, "
               "then try again.");
    default:
      return NULL;
    }
}
