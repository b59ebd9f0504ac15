/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "Not saved: …", for a save the store refused (a TD_STORE_ERROR). */
const char *td_save_problem_describe       (const GError *error);
/* "Not done: …", for a change other than typing (adding, moving, deleting …) that the file
 * or the disk refused; NULL when the problem is not the file's (the error's own message
 * then says it). */
const char *td_save_problem_describe_action (const GError *error);
/* The file is locked by another program: trying again in a moment may work. */
gboolean    td_save_problem_is_passing     (const GError *error);
/* The file or the disk, not what was typed, is the problem: the change is kept to be tried
 * again. */
gboolean    td_save_problem_is_of_the_file (const GError *error);

G_END_DECLS
