/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The printed "who carries it out" and the units it names: what the task editor keeps in
 * step when a unit is linked, unlinked, or typed.
 */
#define G_LOG_DOMAIN "td-responsible"

#include "config.h"

#include <string.h>

#include "td-fold.h"
#include "td-responsible.h"

static gboolean
is_separator (char c)
{
  return c == ',' || c == ';';
}

gboolean
td_responsible_names (const char *text,
                      const char *name)
{
  g_return_val_if_fail (text != NULL && name != NULL, FALSE);
  return td_fold_find (text, name, 0, TD_FOLD_FIND_WHOLE_WORDS, NULL, NULL);
}

char *
td_responsible_add (const char *text,
                    const char *name)
{
  g_autofree char *body = NULL;
  gboolean stop;
  gsize len;

  g_return_val_if_fail (text != NULL && name != NULL, NULL);

  if (td_responsible_names (text, name))
    return g_strdup (text);

  body = g_strstrip (g_strdup (text));
  if (body[0] == '\0')
    return g_strdup (name);

  /* "BCĐ XD NTM, VP nội vụ." takes "HTX" as "BCĐ XD NTM, VP nội vụ, HTX." */
  len = strlen (body);
  stop = body[len - 1] == '.' && !g_str_has_suffix (body, "..");
  if (stop)
    {
      body[len - 1] = '\0';
      g_strchomp (body);
    }
  return g_strconcat (body, strchr (body, ';') != NULL ? "; " : ", ", name, stop ? "." : "",
                      NULL);
}

char *
td_responsible_remove (const char *text,
                       const char *name)
{
  g_autofree char *before = NULL;
  const char *after;
  gsize start, end, len;

  g_return_val_if_fail (text != NULL && name != NULL, NULL);

  if (!td_fold_find (text, name, 0, TD_FOLD_FIND_WHOLE_WORDS, &start, &end))
    return g_strdup (text);

  before = g_strchomp (g_strndup (text, start));
  after = text + end;
  while (g_ascii_isspace (*after))
    after++;
  len = strlen (before);

  /* One separator goes with the name: the one before it, or else the one after. */
  if (len > 0 && is_separator (before[len - 1]) &&
      (*after == '\0' || is_separator (*after) || *after == '.'))
    {
      before[len - 1] = '\0';
      g_strchomp (before);
    }
  else if (len == 0 && is_separator (*after))
    {
      after++;
      while (g_ascii_isspace (*after))
        after++;
    }

  if (before[0] != '\0' && *after != '\0' && !is_separator (*after) && *after != '.')
    return g_strconcat (before, " ", after, NULL);
  return g_strconcat (before, after, NULL);
}

GStrv
td_responsible_named (const char         *text,
                      const char * const *names)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint n;

  g_return_val_if_fail (text != NULL, NULL);

  n = names != NULL ? g_strv_length ((char **) names) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (found, td_fold_find_all (text, names[i], TD_FOLD_FIND_WHOLE_WORDS));

  for (guint i = 0; i < n; i++)
    {
      GArray *matches = g_ptr_array_index (found, i);
      gboolean named = FALSE;

      for (guint m = 0; !named && m < matches->len; m++)
        {
          TdFoldMatch *match = &g_array_index (matches, TdFoldMatch, m);
          gboolean inside = FALSE;

          for (guint j = 0; !inside && j < n; j++)
            {
              GArray *others = g_ptr_array_index (found, j);

              for (guint o = 0; !inside && j != i && o < others->len; o++)
                {
                  TdFoldMatch *other = &g_array_index (others, TdFoldMatch, o);

                  inside = other->start <= match->start && match->end <= other->end &&
                           other->end - other->start > match->end - match->start;
                }
            }
          named = !inside;
        }
      if (named)
        g_strv_builder_add (builder, names[i]);
    }
  return g_strv_builder_end (builder);
}

GStrv
td_responsible_relink (const char         *old_text,
                       const char         *new_text,
                       const char * const *linked,
                       const char * const *names)
{
  g_auto(GStrv) before = td_responsible_named (old_text, names);
  g_auto(GStrv) now = td_responsible_named (new_text, names);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; linked != NULL && linked[i] != NULL; i++)
    {
      /* Named before and no longer: the name was taken out of the text. */
      if (g_strv_contains ((const char * const *) before, linked[i]) &&
          !g_strv_contains ((const char * const *) now, linked[i]))
        continue;
      g_strv_builder_add (builder, linked[i]);
    }
  for (guint i = 0; now[i] != NULL; i++)
    if (linked == NULL || !g_strv_contains (linked, now[i]))
      g_strv_builder_add (builder, now[i]);
  return g_strv_builder_end (builder);
}
