/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Zips made in memory around the XML a fuzz target mutates.
 */
#pragma once

#include <gsf/gsf.h>
#include <string.h>

/* @data cut at its NUL bytes into @n strings ("" for those it lacks). */
static inline GStrv
fuzz_split (const guint8 *data,
            gsize         size,
            guint         n)
{
  GStrv parts = g_new0 (char *, n + 1);
  const char *p = (const char *) data;
  const char *end = p + size;

  for (guint i = 0; i < n; i++)
    {
      const char *stop = i + 1 < n ? memchr (p, '\0', end - p) : NULL;

      if (stop == NULL)
        stop = end;
      parts[i] = g_strndup (p, stop - p);
      p = stop < end ? stop + 1 : end;
    }
  return parts;
}

/* A zip of pairs of a member's path and its text, NULL-ended. */
static inline GBytes *
fuzz_zip (const char *first,
          ...)
{
  GsfOutput *sink = gsf_output_memory_new ();
  GsfOutfile *zip = gsf_outfile_zip_new (sink, NULL);
  GHashTable *folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  const char *name = first;
  GBytes *bytes;
  va_list args;

  va_start (args, first);
  for (; name != NULL; name = va_arg (args, const char *))
    {
      const char *text = va_arg (args, const char *);
      char **parts = g_strsplit (name, "/", 0);
      GString *prefix = g_string_new (NULL);
      GsfOutfile *dir = zip;
      GsfOutput *member;

      for (guint i = 0; parts[i + 1] != NULL; i++)
        {
          GsfOutfile *sub;

          g_string_append_printf (prefix, "%s/", parts[i]);
          sub = g_hash_table_lookup (folders, prefix->str);
          if (sub == NULL)
            {
              sub = GSF_OUTFILE (gsf_outfile_new_child (dir, parts[i], TRUE));
              g_hash_table_insert (folders, g_strdup (prefix->str), sub);
            }
          dir = sub;
        }
      member = gsf_outfile_new_child (dir, parts[g_strv_length (parts) - 1], FALSE);
      gsf_output_write (member, strlen (text), (const guint8 *) text);
      gsf_output_close (member);
      g_object_unref (member);
      g_string_free (prefix, TRUE);
      g_strfreev (parts);
    }
  va_end (args);
  gsf_output_close (GSF_OUTPUT (zip));
  g_hash_table_unref (folders);
  g_object_unref (zip);
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)),
                       gsf_output_size (sink));
  g_object_unref (sink);
  return bytes;
}
