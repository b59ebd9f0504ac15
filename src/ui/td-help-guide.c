/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Reads the guide's Mallard pages with GMarkup: titles, paragraphs, lists, steps, terms
 * and notes become blocks; <gui>, <key>, <em>, <file> and links become Pango markup. What
 * Mallard has beyond that (media, tables, conditional text) the guide does not use.
 */
#define G_LOG_DOMAIN "td-help"

#include "config.h"

#include <string.h>

#include "td-help-guide.h"

G_DEFINE_QUARK (td-help-error-quark, td_help_error)

/* An empty <link xref="ID"/> shows the title of page ID, known once every page is read. */
#define XREF_MARK '\x1f'

typedef struct {
  TdHelpPage      *page;
  /* Topic groups a guide page lists, in order (its <links groups="…">). */
  char           **groups;

  /* The block being read: its markup and its text, or NULL between blocks. */
  GString         *markup;
  GString         *plain;
  gboolean         page_title;
  TdHelpBlockKind  kind;
  int              depth;
  int              number;
  guint            block_level;
  /* Whitespace was seen since the last character kept. */
  gboolean         space;
  /* The closing tags of the inline elements open inside the block, innermost last. */
  GPtrArray       *closing;
  /* Where the text of the open <link> began, and whom it links to. */
  gsize            link_start;
  char            *link_xref;
  /* Inside <keyseq> or <guiseq>: what goes between its keys, and how many there were. */
  const char      *separator;
  int              sequence;

  /* Inside <info>, how deep; and whether in its <desc>. */
  guint            info_level;
  gboolean         in_desc;
  GString         *description;

  int              step;
  gboolean         item_first;
} Reader;

static void
block_free (gpointer data)
{
  TdHelpBlock *block = data;

  g_free (block->markup);
  g_free (block);
}

static void
page_free (gpointer data)
{
  TdHelpPage *page = data;

  g_free (page->id);
  g_free (page->title);
  g_free (page->description);
  g_free (page->group);
  g_clear_pointer (&page->blocks, g_ptr_array_unref);
  g_free (page);
}

static const char *
nth_element (GMarkupParseContext *context,
             guint                n)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);

  for (; stack != NULL && n > 0; n--)
    stack = stack->next;
  return stack != NULL ? stack->data : "";
}

static gboolean
is (const char *a,
    const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

static const char *
attribute (const char  *name,
           const char **names,
           const char **values)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (is (names[i], name))
      return values[i];
  return NULL;
}

/* Text as it is read: runs of whitespace become one space, none at either end. */
static void
append_text (Reader     *self,
             GString    *plain,
             GString    *markup,
             const char *text,
             gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (g_unichar_isspace (c))
        {
          self->space = TRUE;
          continue;
        }
      if (self->space && plain->len > 0)
        {
          g_string_append_c (plain, ' ');
          if (markup != NULL)
            g_string_append_c (markup, ' ');
        }
      self->space = FALSE;
      g_string_append_len (plain, p, next - p);
      if (markup != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (p, next - p);
          g_string_append (markup, escaped);
        }
    }
}

static void
begin_block (Reader              *self,
             GMarkupParseContext *context,
             TdHelpBlockKind      kind,
             int                  depth)
{
  self->markup = g_string_new (NULL);
  self->plain = g_string_new (NULL);
  self->kind = kind;
  self->depth = depth;
  self->number = kind == TD_HELP_BLOCK_STEP ? self->step : 0;
  self->space = FALSE;
  self->block_level = g_slist_length ((GSList *) g_markup_parse_context_get_element_stack (
                                        context));
}

static void
end_block (Reader *self)
{
  if (self->page_title)
    self->page->title = g_strdup (self->plain->str);
  else if (self->plain->len > 0)
    {
      TdHelpBlock *block = g_new0 (TdHelpBlock, 1);

      block->kind = self->kind;
      block->depth = self->depth;
      block->number = self->number;
      block->markup = g_strdup (self->markup->str);
      g_ptr_array_add (self->page->blocks, block);
    }
  self->page_title = FALSE;
  g_string_free (g_steal_pointer (&self->markup), TRUE);
  g_string_free (g_steal_pointer (&self->plain), TRUE);
}

static void
start_inline (Reader      *self,
              const char  *element,
              const char  *parent,
              const char **names,
              const char **values)
{
  const char *close = "";
  g_autofree char *open = NULL;

  if (is (element, "keyseq") || is (element, "guiseq"))
    {
      self->separator = is (element, "keyseq") ? "+" : " › ";
      self->sequence = 0;
    }
  else if ((is (parent, "keyseq") || is (parent, "guiseq")) && self->sequence++ > 0)
    {
      g_string_append (self->plain, self->separator);
      g_string_append (self->markup, self->separator);
      self->space = FALSE;
    }

  if (is (element, "gui") || is (element, "key") || is (element, "app"))
    open = g_strdup ("<b>"), close = "</b>";
  else if (is (element, "em"))
    open = g_strdup ("<i>"), close = "</i>";
  else if (is (element, "file") || is (element, "cmd") || is (element, "sys") ||
           is (element, "code"))
    open = g_strdup ("<tt>"), close = "</tt>";
  else if (is (element, "link"))
    {
      const char *xref = attribute ("xref", names, values);
      const char *href = attribute ("href", names, values);
      g_autofree char *target = xref != NULL ? g_strconcat ("xref:", xref, NULL)
                                             : g_strdup (href);

      if (target != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (target, -1);
          open = g_strdup_printf ("<a href=\"%s\">", escaped);
          close = "</a>";
        }
      g_free (self->link_xref);
      self->link_xref = g_strdup (xref);
    }

  if (open != NULL)
    {
      if (self->space && self->plain->len > 0)
        {
          g_string_append_c (self->plain, ' ');
          g_string_append_c (self->markup, ' ');
        }
      self->space = FALSE;
      g_string_append (self->markup, open);
    }
  /* After the space before it: whether the link has text of its own. */
  if (is (element, "link"))
    self->link_start = self->plain->len;
  g_ptr_array_add (self->closing, (gpointer) close);
}

static void
end_inline (Reader     *self,
            const char *element)
{
  const char *close = g_ptr_array_steal_index (self->closing, self->closing->len - 1);

  /* An empty link shows its page's title: marked here, filled in by resolve_links(). */
  if (is (element, "link") && self->link_xref != NULL && self->plain->len == self->link_start)
    {
      g_string_append_printf (self->markup, "%c%s%c", XREF_MARK, self->link_xref, XREF_MARK);
      g_string_append (self->plain, self->link_xref);
    }
  g_string_append (self->markup, close);
}

static void
start_in_info (Reader      *self,
               const char  *element,
               const char  *parent,
               const char **names,
               const char **values)
{
  if (is (element, "desc") && is (parent, "info"))
    {
      self->in_desc = TRUE;
      self->space = FALSE;
    }
  else if (is (element, "link") && is (parent, "info") &&
           is (attribute ("type", names, values), "guide") && self->page->group == NULL)
    self->page->group = g_strdup (attribute ("group", names, values));
}

static void
on_start_element (GMarkupParseContext *context,
                  const char          *element,
                  const char         **names,
                  const char         **values,
                  gpointer             data,
                  GError             **error)
{
  Reader *self = data;
  const char *parent = nth_element (context, 1);
  const char *grandparent = nth_element (context, 2);

  if (self->info_level > 0 || is (element, "info"))
    {
      self->info_level++;
      start_in_info (self, element, parent, names, values);
      return;
    }
  if (self->markup != NULL)
    {
      start_inline (self, element, parent, names, values);
      return;
    }

  if (is (element, "page"))
    {
      const char *id = attribute ("id", names, values);

      if (id != NULL)
        {
          g_free (self->page->id);
          self->page->id = g_strdup (id);
        }
    }
  else if (is (element, "title"))
    {
      self->page_title = is (parent, "page");
      begin_block (self, context, is (parent, "item") ? TD_HELP_BLOCK_TERM
                                                      : TD_HELP_BLOCK_HEADING, 0);
    }
  else if (is (element, "p"))
    {
      gboolean first = self->item_first;
      TdHelpBlockKind kind = TD_HELP_BLOCK_PARAGRAPH;
      int depth = 0;

      self->item_first = FALSE;
      if (is (parent, "note"))
        kind = TD_HELP_BLOCK_NOTE;
      else if (is (parent, "item"))
        {
          depth = 1;
          if (first && is (grandparent, "list"))
            kind = TD_HELP_BLOCK_ITEM;
          else if (first && is (grandparent, "steps"))
            kind = TD_HELP_BLOCK_STEP;
        }
      begin_block (self, context, kind, depth);
    }
  else if (is (element, "steps"))
    self->step = 0;
  else if (is (element, "item"))
    {
      self->item_first = TRUE;
      if (is (parent, "steps"))
        self->step++;
    }
  else if (is (element, "links") && is (attribute ("type", names, values), "topic"))
    {
      const char *groups = attribute ("groups", names, values);

      g_strfreev (self->groups);
      self->groups = g_strsplit_set (groups != NULL ? groups : "", " \t\n", -1);
    }
}

static void
on_end_element (GMarkupParseContext *context,
                const char          *element,
                gpointer             data,
                GError             **error)
{
  Reader *self = data;

  if (self->info_level > 0)
    {
      self->info_level--;
      if (is (element, "desc") && self->in_desc)
        self->in_desc = FALSE;
      return;
    }
  if (self->markup != NULL)
    {
      guint level = g_slist_length ((GSList *) g_markup_parse_context_get_element_stack (
                                      context));

      if (level == self->block_level)
        end_block (self);
      else
        end_inline (self, element);
      return;
    }

  /* The topics come after the title the list has. */
  if (is (element, "links") && self->groups != NULL)
    {
      TdHelpBlock *block = g_new0 (TdHelpBlock, 1);

      block->kind = TD_HELP_BLOCK_TOPICS;
      block->markup = g_strdup ("");
      g_ptr_array_add (self->page->blocks, block);
    }
}

static void
on_text (GMarkupParseContext *context,
         const char          *text,
         gsize                length,
         gpointer             data,
         GError             **error)
{
  Reader *self = data;

  if (self->in_desc)
    append_text (self, self->description, NULL, text, length);
  else if (self->markup != NULL && self->info_level == 0)
    append_text (self, self->plain, self->markup, text, length);
}

static const GMarkupParser parser = {
  on_start_element,
  on_end_element,
  on_text,
  NULL,
  NULL,
};

/* Reads one page; @groups receives the topic groups it lists, if it lists any. */
static TdHelpPage *
read_page (const char   *path,
           char       ***groups,
           GError      **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autofree char *name = g_path_get_basename (path);
  Reader reader = { 0 };
  TdHelpPage *page;
  gsize size;
  const char *data;
  gboolean ok;

  if (bytes == NULL)
    return NULL;

  page = g_new0 (TdHelpPage, 1);
  page->id = g_strndup (name, strlen (name) - strlen (".page"));
  page->blocks = g_ptr_array_new_with_free_func (block_free);
  reader.page = page;
  reader.closing = g_ptr_array_new ();
  reader.description = g_string_new (NULL);

  data = g_bytes_get_data (bytes, &size);
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &reader, NULL);
  ok = g_markup_parse_context_parse (context, data, size, error) &&
       g_markup_parse_context_end_parse (context, error);

  if (reader.markup != NULL)
    end_block (&reader);
  page->description = g_string_free (g_steal_pointer (&reader.description), FALSE);
  g_ptr_array_unref (reader.closing);
  g_free (reader.link_xref);

  if (ok && page->title == NULL)
    {
      g_set_error_literal (error, TD_HELP_ERROR, TD_HELP_ERROR_INVALID, "the page has no title");
      ok = FALSE;
    }
  if (!ok)
    {
      g_prefix_error (error, "%s: ", name);
      g_strfreev (reader.groups);
      page_free (page);
      return NULL;
    }
  if (reader.groups != NULL)
    {
      g_strfreev (*groups);
      *groups = reader.groups;
    }
  return page;
}

static int
group_position (const TdHelpPage *page,
                char            **groups)
{
  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    if (is (groups[i], page->group))
      return i;
  return G_MAXINT;
}

static int
compare_pages (gconstpointer a,
               gconstpointer b,
               gpointer      groups)
{
  const TdHelpPage *page_a = *(TdHelpPage **) a;
  const TdHelpPage *page_b = *(TdHelpPage **) b;
  int position_a = is (page_a->id, "index") ? -1 : group_position (page_a, groups);
  int position_b = is (page_b->id, "index") ? -1 : group_position (page_b, groups);

  if (position_a != position_b)
    return position_a < position_b ? -1 : 1;
  return g_strcmp0 (page_a->id, page_b->id);
}

/* Fills in the title of the page each empty link goes to. */
static void
resolve_links (TdHelpGuide *guide)
{
  for (guint i = 0; i < guide->pages->len; i++)
    {
      TdHelpPage *page = g_ptr_array_index (guide->pages, i);

      for (guint j = 0; j < page->blocks->len; j++)
        {
          TdHelpBlock *block = g_ptr_array_index (page->blocks, j);
          g_auto(GStrv) parts = NULL;
          g_autoptr(GString) markup = NULL;

          if (strchr (block->markup, XREF_MARK) == NULL)
            continue;
          /* Every other part is a page's id. */
          parts = g_strsplit (block->markup, (char[]) { XREF_MARK, 0 }, -1);
          markup = g_string_new (NULL);
          for (guint k = 0; parts[k] != NULL; k++)
            {
              const TdHelpPage *target = k % 2 == 1 ? td_help_guide_get_page (guide, parts[k])
                                                    : NULL;
              g_autofree char *title = target != NULL
                                       ? g_markup_escape_text (target->title, -1)
                                       : NULL;

              g_string_append (markup, title != NULL ? title : parts[k]);
            }
          g_free (block->markup);
          block->markup = g_string_free (g_steal_pointer (&markup), FALSE);
        }
    }
}

TdHelpGuide *
td_help_guide_load_from (const char  *resource_dir,
                         GError     **error)
{
  g_autoptr(TdHelpGuide) guide = g_new0 (TdHelpGuide, 1);
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (resource_dir != NULL, NULL);

  guide->language = g_path_get_basename (resource_dir);
  guide->pages = g_ptr_array_new_with_free_func (page_free);
  names = g_resources_enumerate_children (resource_dir, 0, error);
  if (names == NULL)
    return NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      TdHelpPage *page;

      if (!g_str_has_suffix (names[i], ".page"))
        continue;
      path = g_build_path ("/", resource_dir, names[i], NULL);
      page = read_page (path, &groups, error);
      if (page == NULL)
        return NULL;
      g_ptr_array_add (guide->pages, page);
    }

  if (td_help_guide_get_page (guide, "index") == NULL)
    {
      g_set_error (error, TD_HELP_ERROR, TD_HELP_ERROR_NOT_FOUND, "%s: no index.page",
                   resource_dir);
      return NULL;
    }
  g_ptr_array_sort_with_data (guide->pages, compare_pages, groups);
  resolve_links (guide);
  return g_steal_pointer (&guide);
}

TdHelpGuide *
td_help_guide_load (const char * const *languages,
                    GError            **error)
{
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      g_autofree char *dir = g_build_path ("/", TD_HELP_RESOURCE_PATH, languages[i], NULL);
      g_autofree char *index = g_build_path ("/", dir, "index.page", NULL);

      if (g_resources_get_info (index, 0, NULL, NULL, NULL))
        return td_help_guide_load_from (dir, error);
    }
  return td_help_guide_load_from (TD_HELP_RESOURCE_PATH "/C", error);
}

const TdHelpPage *
td_help_guide_get_page (TdHelpGuide *guide,
                        const char  *id)
{
  g_return_val_if_fail (guide != NULL, NULL);

  for (guint i = 0; i < guide->pages->len; i++)
    {
      const TdHelpPage *page = g_ptr_array_index (guide->pages, i);

      if (is (page->id, id))
        return page;
    }
  return NULL;
}

const char *
td_help_guide_get_title (TdHelpGuide *guide)
{
  const TdHelpPage *index;

  g_return_val_if_fail (guide != NULL, NULL);

  index = td_help_guide_get_page (guide, "index");
  return index != NULL ? index->title : NULL;
}

void
td_help_guide_free (TdHelpGuide *guide)
{
  if (guide == NULL)
    return;
  g_free (guide->language);
  g_clear_pointer (&guide->pages, g_ptr_array_unref);
  g_free (guide);
}
