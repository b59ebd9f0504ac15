/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-doc-atoms"

#include "config.h"

#include <string.h>

#include "td-doc-layout-private.h"
#include "td-office.h"

/* The two blocks of a document that never break: the header and the signature. Both are
 * two columns of centred lines with rules, measured here into placed texts that the
 * painter draws as they are. Sizes follow Decree 30/2020/NĐ-CP, Appendix I. */

#define BODY_NAME_SIZE  13.0   /* parent and issuing body: 12–13 */
#define QUOC_HIEU_SIZE  12.0   /* 12–13 */
#define TIEU_NGU_SIZE   13.0   /* 13–14 */
#define NUMBER_SIZE     13.0
#define DATE_SIZE       13.0   /* 13–14 */
#define LABEL_SIZE      12.0   /* "Nơi nhận:" */
#define RECIPIENT_SIZE  11.0
#define SIGNER_SIZE     13.0   /* capacity, position and name: 13–14 */

/* From the top of a rule to the line under it; the rule's own place under its text is
 * the text's (td_doc_text_rule_top()). */
#define RULE_GAP_BELOW  5.0
/* The issuing body's rule, as a share of the body's width (Decree 30: 1/3 to 1/2). */
#define BODY_RULE_SHARE 0.4
/* Room for the signature and the seal between the position and the name. */
#define SIGNATURE_ROOM  78.0
/* Where "Nơi nhận:" ends and the signature column begins, as a share of the width. */
#define SIGNATURE_SPLIT 0.42
#define RECIPIENT_HANG  6.0

typedef struct {
  TdDocLayout *layout;
  TdDocBlock  *block;
} Atom;

static void
atom_start (Atom        *atom,
            TdDocLayout *layout,
            TdDocBlock  *block)
{
  atom->layout = layout;
  atom->block = block;
  block->placed = g_array_new (FALSE, TRUE, sizeof (TdDocPlaced));
  block->rules = g_array_new (FALSE, TRUE, sizeof (TdDocRule));
  block->height = 0.0;
}

/* Places @text (plain) at @y in the column from @x, @width wide; returns its index. */
static guint
atom_place (Atom       *atom,
            const char *text,
            double      size,
            gboolean    bold,
            gboolean    italic,
            TdDocAlign  align,
            double      indent,
            double      x,
            double      width,
            double      y)
{
  TdDocPlaced placed = { { NULL }, x, y };

  td_doc_text_measure (atom->layout, &placed.text, text, FALSE, size, bold, italic, align,
                       indent, width);
  g_array_append_val (atom->block->placed, placed);
  atom->block->height = MAX (atom->block->height, y + td_doc_text_height (&placed.text));
  return atom->block->placed->len - 1;
}

static TdDocPlaced *
atom_get (Atom  *atom,
          guint  index)
{
  return &g_array_index (atom->block->placed, TdDocPlaced, index);
}

static double
placed_bottom (Atom  *atom,
               guint  index)
{
  TdDocPlaced *placed = atom_get (atom, index);

  return placed->y + td_doc_text_height (&placed->text);
}

/* Where the rule under a placed text goes. */
static double
placed_rule_top (Atom  *atom,
                 guint  index)
{
  TdDocPlaced *placed = atom_get (atom, index);

  return placed->y + td_doc_text_rule_top (&placed->text);
}

static double
placed_baseline (Atom  *atom,
                 guint  index)
{
  TdDocPlaced *placed = atom_get (atom, index);

  return placed->y + placed->text.baselines[0];
}

/* Moves placed texts first … end - 1 and rules first_rule … end_rule - 1 down by @dy. */
static void
atom_shift (Atom   *atom,
            guint   first,
            guint   end,
            guint   first_rule,
            guint   end_rule,
            double  dy)
{
  for (guint i = first; i < end; i++)
    {
      atom_get (atom, i)->y += dy;
      atom->block->height = MAX (atom->block->height, placed_bottom (atom, i));
    }
  for (guint i = first_rule; i < end_rule; i++)
    g_array_index (atom->block->rules, TdDocRule, i).y += dy;
}

static void
atom_rule (Atom   *atom,
           double  centre,
           double  length,
           double  y)
{
  TdDocRule rule = { centre - length / 2, centre + length / 2, y };

  g_array_append_val (atom->block->rules, rule);
}

/* Where an issuing body's name goes onto a second line: before the level of government
 * ("ỦY BAN NHÂN DÂN" / "XÃ TÙNG ẢNH"), as such names are always set; else after a dash
 * ("HỘI ĐỒNG THI ĐUA -" / "KHEN THƯỞNG"); NULL when none. */
static char *
break_body_name (const char *name)
{
  static const char * const levels[] = {
    " XÃ ", " PHƯỜNG ", " THỊ TRẤN ", " HUYỆN ", " QUẬN ", " THỊ XÃ ", " THÀNH PHỐ ", " TỈNH ",
  };
  const char *at = NULL;

  if (strchr (name, '\n') != NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      const char *found = strstr (name, levels[i]);

      if (found != NULL && found != name && (at == NULL || found < at))
        at = found;
    }
  if (at == NULL && (at = strstr (name, " - ")) != NULL)
    return g_strdup_printf ("%.*s -\n%s", (int) (at - name), name, at + 3);
  if (at == NULL)
    return NULL;
  return g_strdup_printf ("%.*s\n%s", (int) (at - name), name, at + 1);
}

/* A body's name centred in its column, on two lines where it is too long for one. */
static guint
place_body_name (Atom       *atom,
                 const char *name,
                 gboolean    bold,
                 double      width,
                 double      y)
{
  guint index = atom_place (atom, name, BODY_NAME_SIZE, bold, FALSE, TD_DOC_ALIGN_CENTER, 0, 0,
                            width, y);
  g_autofree char *broken = NULL;

  if (atom_get (atom, index)->text.n_lines > 1 && (broken = break_body_name (name)) != NULL)
    {
      td_doc_text_clear (&atom_get (atom, index)->text);
      g_array_set_size (atom->block->placed, index);
      index = atom_place (atom, broken, BODY_NAME_SIZE, bold, FALSE, TD_DOC_ALIGN_CENTER, 0, 0,
                          width, y);
    }
  return index;
}

static double
natural_width (TdDocLayout *layout,
               const char  *text,
               double       size,
               gboolean     bold,
               gboolean     italic)
{
  TdDocText measured = { NULL };
  double width;

  td_doc_text_measure (layout, &measured, text, FALSE, size, bold, italic, TD_DOC_ALIGN_LEFT,
                       0, -1);
  width = measured.width;
  td_doc_text_clear (&measured);
  return width;
}

void
td_doc_header_measure (TdDocLayout *self,
                       TdDocBlock  *block)
{
  /* Decree 30 sets the bodies in capitals, whatever was typed; a body of spaces is none,
   * so no rule is drawn under it, over the number. */
  g_autofree char *parent_body = g_strstrip (g_utf8_strup (block->fields[0], -1));
  g_autofree char *issuing_body = g_strstrip (g_utf8_strup (block->fields[1], -1));
  const char *number_line = block->fields[2];
  const char *place_date = block->fields[3];
  double width = td_doc_layout_get_text_width (self);
  double right_width, left_width;
  double left_y = 0.0, right_y;
  guint left_end, left_rules_end;
  guint quoc_hieu, tieu_ngu;
  guint number = G_MAXUINT, date = G_MAXUINT;
  Atom atom;

  atom_start (&atom, self, block);

  /* The right column is as wide as its longest line needs, and at least 58 %, as the
   * decree's model sets it; the bodies have what is left. */
  right_width = MAX (natural_width (self, TD_QUOC_HIEU, QUOC_HIEU_SIZE, TRUE, FALSE),
                     natural_width (self, TD_TIEU_NGU, TIEU_NGU_SIZE, TRUE, FALSE));
  right_width = MAX (right_width, natural_width (self, place_date, DATE_SIZE, FALSE, TRUE));
  right_width = CLAMP (right_width + 8.0, width * 0.58, width * 0.7);
  left_width = width - right_width;

  /* Placed in reading order: the bodies, Quốc hiệu and Tiêu ngữ, the number, the date. */
  if (parent_body[0] != '\0')
    left_y = placed_bottom (&atom, place_body_name (&atom, parent_body, FALSE, left_width, 0));
  if (issuing_body[0] != '\0')
    {
      guint body = place_body_name (&atom, issuing_body, TRUE, left_width, left_y);

      left_y = placed_rule_top (&atom, body);
      atom_rule (&atom, left_width / 2, atom_get (&atom, body)->text.width * BODY_RULE_SHARE,
                 left_y);
      left_y += RULE_GAP_BELOW;
    }
  left_end = block->placed->len;
  left_rules_end = block->rules->len;

  quoc_hieu = atom_place (&atom, TD_QUOC_HIEU, QUOC_HIEU_SIZE, TRUE, FALSE,
                          TD_DOC_ALIGN_CENTER, 0, left_width, right_width, 0);
  tieu_ngu = atom_place (&atom, TD_TIEU_NGU, TIEU_NGU_SIZE, TRUE, FALSE, TD_DOC_ALIGN_CENTER,
                         0, left_width, right_width, placed_bottom (&atom, quoc_hieu));
  right_y = placed_rule_top (&atom, tieu_ngu);
  atom_rule (&atom, left_width + right_width / 2, atom_get (&atom, tieu_ngu)->text.width,
             right_y);
  right_y += RULE_GAP_BELOW;

  /* The first lines of both columns stand on one baseline. */
  if (left_end > 0)
    {
      double dy = placed_baseline (&atom, 0) - placed_baseline (&atom, quoc_hieu);

      if (dy > 0)
        atom_shift (&atom, quoc_hieu, tieu_ngu + 1, left_rules_end, block->rules->len, dy);
      else
        atom_shift (&atom, 0, left_end, 0, left_rules_end, -dy);
      right_y += MAX (dy, 0);
      left_y += MAX (-dy, 0);
    }

  /* And so do the number and the place and date, each under its column's rule. */
  if (number_line[0] != '\0')
    number = atom_place (&atom, number_line, NUMBER_SIZE, FALSE, FALSE, TD_DOC_ALIGN_CENTER, 0,
                         0, left_width, left_y);
  if (place_date[0] != '\0')
    date = atom_place (&atom, place_date, DATE_SIZE, FALSE, TRUE, TD_DOC_ALIGN_CENTER, 0,
                       left_width, right_width, right_y);
  if (number != G_MAXUINT && date != G_MAXUINT)
    {
      double dy = placed_baseline (&atom, number) - placed_baseline (&atom, date);

      if (dy > 0)
        atom_shift (&atom, date, date + 1, 0, 0, dy);
      else if (dy < 0)
        atom_shift (&atom, number, number + 1, 0, 0, -dy);
    }
}

/* Signatures side by side: each its column, the capacities on one line at the top and the
 * names on one line under the room for the tallest. */
static void
signatures_measure (TdDocLayout *self,
                    TdDocBlock  *block)
{
  guint n = block->n_signatures;
  double column = td_doc_layout_get_text_width (self) / n;
  double names_y = 0.0;
  Atom atom;

  atom_start (&atom, self, block);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *capacity = g_utf8_strup (block->fields[4 * i + 1], -1);
      g_autofree char *position = g_utf8_strup (block->fields[4 * i + 2], -1);
      double y = 0.0;

      if (capacity[0] != '\0')
        y = placed_bottom (&atom, atom_place (&atom, capacity, SIGNER_SIZE, TRUE, FALSE,
                                              TD_DOC_ALIGN_CENTER, 0, i * column, column, y));
      if (position[0] != '\0')
        y = placed_bottom (&atom, atom_place (&atom, position, SIGNER_SIZE, TRUE, FALSE,
                                              TD_DOC_ALIGN_CENTER, 0, i * column, column, y));
      names_y = MAX (names_y, y);
    }
  names_y += SIGNATURE_ROOM;
  for (guint i = 0; i < n; i++)
    if (block->fields[4 * i + 3][0] != '\0')
      atom_place (&atom, block->fields[4 * i + 3], SIGNER_SIZE, TRUE, FALSE,
                  TD_DOC_ALIGN_CENTER, 0, i * column, column, names_y);
}

void
td_doc_signature_measure (TdDocLayout *self,
                          TdDocBlock  *block)
{
  const char *recipients = block->fields[0];
  g_autofree char *capacity = g_utf8_strup (block->fields[1], -1);
  g_autofree char *position = g_utf8_strup (block->fields[2], -1);
  const char *name = block->fields[3];
  double width = td_doc_layout_get_text_width (self);
  double split = width * SIGNATURE_SPLIT;
  double right_y = 0.0;
  guint label = G_MAXUINT, first_right;
  Atom atom;

  if (block->n_signatures > 0)
    {
      signatures_measure (self, block);
      return;
    }

  atom_start (&atom, self, block);

  if (recipients[0] != '\0')
    {
      label = atom_place (&atom, TD_DOC_RECIPIENTS_LABEL, LABEL_SIZE, TRUE, TRUE,
                          TD_DOC_ALIGN_LEFT, 0, 0, split, 0);
      /* Wrapped recipients hang under the text, clear of their "- ". */
      atom_place (&atom, recipients, RECIPIENT_SIZE, FALSE, FALSE, TD_DOC_ALIGN_LEFT,
                  -RECIPIENT_HANG, 0, split - 6.0, placed_bottom (&atom, label));
    }

  first_right = block->placed->len;
  if (capacity[0] != '\0')
    right_y = placed_bottom (&atom, atom_place (&atom, capacity, SIGNER_SIZE, TRUE, FALSE,
                                                TD_DOC_ALIGN_CENTER, 0, split, width - split,
                                                right_y));
  if (position[0] != '\0')
    right_y = placed_bottom (&atom, atom_place (&atom, position, SIGNER_SIZE, TRUE, FALSE,
                                                TD_DOC_ALIGN_CENTER, 0, split, width - split,
                                                right_y));
  right_y += SIGNATURE_ROOM;
  if (name[0] != '\0')
    atom_place (&atom, name, SIGNER_SIZE, TRUE, FALSE, TD_DOC_ALIGN_CENTER, 0, split,
                width - split, right_y);

  /* "Nơi nhận:" stands level with the signing capacity. */
  if (label != G_MAXUINT && first_right < block->placed->len)
    {
      double dy = placed_baseline (&atom, label) - placed_baseline (&atom, first_right);

      if (dy > 0)
        atom_shift (&atom, first_right, block->placed->len, 0, 0, dy);
      else if (dy < 0)
        atom_shift (&atom, 0, first_right, 0, 0, -dy);
    }
}
