/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The guide's pages as the program reads them for its own window: every page of help/ is
 * in the program, in each language alike, ordered as the guide lists them, its links go
 * to pages that exist, and what it shows is valid markup.
 */
#define G_LOG_DOMAIN "test-help-guide"

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "td-help-guide.h"

static const char * const languages[] = { "C", "vi" };

static TdHelpGuide *
load (const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_path ("/", TD_HELP_RESOURCE_PATH, language, NULL);
  TdHelpGuide *guide = td_help_guide_load_from (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (guide);
  return guide;
}

static const TdHelpPage *
page_at (TdHelpGuide *guide,
         guint        i)
{
  return g_ptr_array_index (guide->pages, i);
}

static const TdHelpBlock *
block_at (const TdHelpPage *page,
          guint             i)
{
  return g_ptr_array_index (page->blocks, i);
}

/* The ids of the pages in the source tree's folder for @language. */
static GPtrArray *
source_pages (const char *language)
{
  g_autofree char *dir = g_build_filename (g_getenv ("TD_SOURCE_DIR"), "help", language, NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".page"))
      g_ptr_array_add (ids, g_strndup (name, strlen (name) - strlen (".page")));
  return ids;
}

/* Each language has every page of its folder, the guide first, then its topics; the
 * languages have the same pages in the same order. */
static void
test_pages (void)
{
  g_autoptr(TdHelpGuide) english = load ("C");

  g_assert_cmpuint (english->pages->len, >=, 6);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(TdHelpGuide) guide = load (languages[l]);
      g_autoptr(GPtrArray) sources = source_pages (languages[l]);
      gboolean topics = FALSE;

      g_assert_cmpstr (guide->language, ==, languages[l]);
      g_assert_cmpuint (guide->pages->len, ==, sources->len);
      for (guint i = 0; i < sources->len; i++)
        g_assert_nonnull (td_help_guide_get_page (guide, g_ptr_array_index (sources, i)));

      g_assert_cmpstr (page_at (guide, 0)->id, ==, "index");
      g_assert_null (page_at (guide, 0)->group);
      for (guint i = 0; i < page_at (guide, 0)->blocks->len; i++)
        topics |= block_at (page_at (guide, 0), i)->kind == TD_HELP_BLOCK_TOPICS;
      g_assert_true (topics);

      for (guint i = 0; i < guide->pages->len; i++)
        {
          const TdHelpPage *page = page_at (guide, i);

          g_assert_cmpstr (page->id, ==, page_at (english, i)->id);
          g_assert_cmpstr (page->title, !=, "");
          g_assert_cmpstr (page->description, !=, "");
          g_assert_cmpuint (page->blocks->len, >=, 2);
          if (i > 0)
            g_assert_nonnull (page->group);
        }
    }
  /* As the guide's <links groups="…"> orders them. */
  g_assert_cmpstr (page_at (english, 1)->id, ==, "plan");
  g_assert_cmpstr (page_at (english, 3)->id, ==, "units");
  g_assert_cmpstr (page_at (english, 4)->id, ==, "scoring");
  g_assert_cmpstr (page_at (english, 6)->id, ==, "backups");
}

/* Every block is markup a label shows, with its links to pages there are. */
static void
test_markup (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(TdHelpGuide) guide = load (languages[l]);
      g_autoptr(GRegex) links_regex = g_regex_new ("<a href=\"[^\"]*\">|</a>", 0, 0, NULL);
      guint links = 0;

      for (guint i = 0; i < guide->pages->len; i++)
        for (guint j = 0; j < page_at (guide, i)->blocks->len; j++)
          {
            const TdHelpBlock *block = block_at (page_at (guide, i), j);
            g_autoptr(GError) error = NULL;
            g_autofree char *text = NULL;
            /* Links are GtkLabel's, on top of Pango's markup. */
            g_autofree char *pango = g_regex_replace (links_regex, block->markup, -1, 0, "", 0,
                                                      NULL);

            pango_parse_markup (pango, -1, 0, NULL, &text, NULL, &error);
            g_assert_no_error (error);
            /* Whitespace as it is read: one space between words, none at either end. */
            g_assert_null (strstr (text, "  "));
            g_assert_null (strchr (text, '\n'));
            g_assert_false (g_str_has_prefix (text, " ") || g_str_has_suffix (text, " "));

            for (const char *p = strstr (block->markup, "href=\"xref:"); p != NULL;
                 p = strstr (p + 1, "href=\"xref:"))
              {
                const char *id = p + strlen ("href=\"xref:");
                g_autofree char *target = g_strndup (id, strcspn (id, "\""));

                g_assert_nonnull (td_help_guide_get_page (guide, target));
                links++;
              }
          }
      g_assert_cmpuint (links, >=, 3);
    }
}

static const TdHelpBlock *
find_block (const TdHelpPage *page,
            const char       *words)
{
  for (guint i = 0; i < page->blocks->len; i++)
    if (strstr (block_at (page, i)->markup, words) != NULL)
      return block_at (page, i);
  g_error ("“%s” is not in the page %s", words, page->id);
}

/* What each Mallard element becomes. */
static void
test_blocks (void)
{
  g_autoptr(TdHelpGuide) guide = load ("C");
  const TdHelpPage *plan = td_help_guide_get_page (guide, "plan");
  const TdHelpPage *backups = td_help_guide_get_page (guide, "backups");
  const TdHelpPage *printing = td_help_guide_get_page (guide, "printing");
  const TdHelpPage *timeline = td_help_guide_get_page (guide, "timeline");
  const TdHelpPage *units = td_help_guide_get_page (guide, "units");
  const TdHelpBlock *block;
  int steps = 0;

  g_assert_cmpstr (plan->title, ==, "Writing the Plan");
  g_assert_cmpstr (td_help_guide_get_title (guide), ==, "Emulation & Commendation Help");
  g_assert_cmpstr (page_at (guide, 0)->description, ==,
                   "The user guide of Emulation & Commendation.");

  g_assert_cmpint (find_block (plan, "Starting a Plan")->kind, ==, TD_HELP_BLOCK_HEADING);
  /* A term, then its paragraph under it. */
  block = find_block (plan, "Sections");
  g_assert_cmpint (block->kind, ==, TD_HELP_BLOCK_TERM);
  g_assert_cmpstr (block->markup, ==, "Sections");
  block = find_block (plan, "<b>Add Section After</b>");
  g_assert_cmpint (block->kind, ==, TD_HELP_BLOCK_PARAGRAPH);
  g_assert_cmpint (block->depth, ==, 1);
  block = find_block (plan, "to undo the last change");
  g_assert_nonnull (strstr (block->markup, "<b>Ctrl</b>+<b>Shift</b>+<b>Z</b> to redo it"));
  /* An empty link reads as the title of its page. */
  block = find_block (plan, "If the file itself is damaged");
  g_assert_cmpstr (block->markup, ==,
                   "If the file itself is damaged, see "
                   "<a href=\"xref:backups\">Backups and Restoring</a>.");

  for (guint i = 0; i < backups->blocks->len; i++)
    if (block_at (backups, i)->kind == TD_HELP_BLOCK_STEP)
      {
        /* Two lists of steps, each from 1. */
        g_assert_cmpint (block_at (backups, i)->number, ==, steps < 3 ? steps + 1 : steps - 2);
        steps++;
      }
  g_assert_cmpint (steps, ==, 6);
  g_assert_cmpint (find_block (backups, "<tt>thidua.db</tt>")->kind, ==,
                   TD_HELP_BLOCK_PARAGRAPH);
  g_assert_cmpint (find_block (printing, "no room for the print buttons")->kind, ==,
                   TD_HELP_BLOCK_NOTE);
  g_assert_cmpint (find_block (timeline, "choose the task above or below")->kind, ==,
                   TD_HELP_BLOCK_ITEM);
  /* A sequence of keys: ↑ and ↓ are keys of their own. */
  g_assert_nonnull (strstr (find_block (timeline, "a day earlier")->markup,
                            "<b>Alt</b>+<b>←</b>"));

  g_assert_cmpstr (units->title, ==, "Units, People and Households");
  g_assert_nonnull (strstr (find_block (units, "in the sidebar")->markup,
                            "<b>Ctrl</b>+<b>3</b>"));
  /* The import's four steps, the backup among them a link. */
  block = find_block (units, "is made and all the rows go in together");
  g_assert_cmpint (block->kind, ==, TD_HELP_BLOCK_STEP);
  g_assert_cmpint (block->number, ==, 4);
  g_assert_nonnull (strstr (block->markup, "<a href=\"xref:backups\">backup</a>"));
  /* The command line, as commands. */
  block = find_block (units, "without opening the window");
  g_assert_cmpint (block->kind, ==, TD_HELP_BLOCK_NOTE);
  g_assert_nonnull (strstr (block->markup,
                            "<tt>thidua --import=households --input=FILE</tt>"));
}

/* The guide in the first language that has one, as the user interface picks its own. */
static void
test_language (void)
{
  const char *vietnamese[] = { "vi_VN.UTF-8", "vi_VN", "vi.UTF-8", "vi", "C", NULL };
  const char *french[] = { "fr_FR.UTF-8", "fr_FR", "fr", "C", NULL };
  const char *none[] = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TdHelpGuide) vi = td_help_guide_load (vietnamese, &error);
  g_autoptr(TdHelpGuide) fr = td_help_guide_load (french, &error);
  g_autoptr(TdHelpGuide) fallback = td_help_guide_load (none, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (vi->language, ==, "vi");
  g_assert_cmpstr (td_help_guide_get_title (vi), ==, "Trợ giúp Thi đua – Khen thưởng");
  g_assert_cmpstr (fr->language, ==, "C");
  g_assert_cmpstr (fallback->language, ==, "C");

  g_assert_null (td_help_guide_load_from (TD_HELP_RESOURCE_PATH "/fr", &error));
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/help-guide/pages", test_pages);
  g_test_add_func ("/help-guide/markup", test_markup);
  g_test_add_func ("/help-guide/blocks", test_blocks);
  g_test_add_func ("/help-guide/language", test_language);

  return g_test_run ();
}
