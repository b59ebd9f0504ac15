/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * The user guide's Mallard pages (help/LANG/ID.page, also in the GResource), read into
 * plain blocks of Pango markup for the window that shows them when no help viewer is
 * installed. GLib only.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the guide's pages are in the GResource: TD_HELP_RESOURCE_PATH "/LANG/ID.page". */
#define TD_HELP_RESOURCE_PATH "/io/github/thidua/ThiDua/help"

#define TD_HELP_ERROR (td_help_error_quark ())

typedef enum {
  TD_HELP_ERROR_NOT_FOUND,
  TD_HELP_ERROR_INVALID,
} TdHelpError;

GQuark td_help_error_quark (void);

typedef enum {
  TD_HELP_BLOCK_HEADING,    /* a section's title */
  TD_HELP_BLOCK_PARAGRAPH,
  TD_HELP_BLOCK_TERM,       /* the title of an item in a list of terms */
  TD_HELP_BLOCK_ITEM,       /* the first paragraph of an item of a list */
  TD_HELP_BLOCK_STEP,       /* the first paragraph of a numbered step */
  TD_HELP_BLOCK_NOTE,
  TD_HELP_BLOCK_TOPICS,     /* where a guide page lists the guide's topics */
} TdHelpBlockKind;

typedef struct {
  TdHelpBlockKind  kind;
  /* A step's number, from 1. */
  int              number;
  /* 1 for the paragraphs inside an item, a step or a term, which are indented. */
  int              depth;
  /* The text as Pango markup; a link to another page is <a href="xref:ID">. */
  char            *markup;
} TdHelpBlock;

typedef struct {
  char      *id;
  char      *title;
  /* The page's <desc>, as plain text; "" when it has none. */
  char      *description;
  /* The group of its link to the guide page, which orders the topics; NULL on the guide. */
  char      *group;
  GPtrArray *blocks;
} TdHelpPage;

typedef struct {
  /* The folder the pages were read from: "vi", "C" … */
  char      *language;
  /* The guide page ("index") first, then the topics in the order it lists them. */
  GPtrArray *pages;
} TdHelpGuide;

/* The guide in the first of @languages (as g_get_language_names() gives them) that has
 * one, else in "C". */
TdHelpGuide      *td_help_guide_load      (const char * const *languages,
                                           GError            **error);
/* The pages of one folder of the GResource, e.g. TD_HELP_RESOURCE_PATH "/vi". */
TdHelpGuide      *td_help_guide_load_from (const char         *resource_dir,
                                           GError            **error);
const TdHelpPage *td_help_guide_get_page  (TdHelpGuide        *guide,
                                           const char         *id);
/* The guide page's title, the guide's own. */
const char       *td_help_guide_get_title (TdHelpGuide        *guide);
void              td_help_guide_free      (TdHelpGuide        *guide);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdHelpGuide, td_help_guide_free)

G_END_DECLS
