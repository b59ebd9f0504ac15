/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The printed "who carries it out" of a task (Tổ chức, cá nhân thực hiện): names with ", "
 * or "; " between them, as the plan prints them, and the units of the file it names. A name
 * is in the text when it is there folded (td-fold.h) and as whole words.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text names @name. */
gboolean  td_responsible_names  (const char         *text,
                                 const char         *name);
/* @text with @name added at the end, after the separator @text already uses (", " unless
 * it has a ";"), before a closing full stop; @text as it is when it names @name already. */
char     *td_responsible_add    (const char         *text,
                                 const char         *name);
/* @text without @name and the separator beside it; @text as it is when it does not name
 * @name. */
char     *td_responsible_remove (const char         *text,
                                 const char         *name);
/* Those of @names that @text names, in their order. A name inside a longer one that is
 * named ("Thôn 1" in "Ban phát triển thôn 1") does not count. */
GStrv     td_responsible_named  (const char         *text,
                                 const char * const *names);
/* The units a task links to once its text went from @old_text to @new_text: @linked, less
 * those of @names that @old_text named and @new_text no longer does, with those that
 * @new_text names now. In @linked's order, the new ones after. */
GStrv     td_responsible_relink (const char         *old_text,
                                 const char         *new_text,
                                 const char * const *linked,
                                 const char * const *names);

G_END_DECLS
