/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-plan-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "td-office.h"
#include "td-plan-view-private.h"

GtkWidget *
_td_plan_view_label (const char *text,
                     const char *css_class,
                     float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (xalign == 0.5f)
    gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A short rule under a centred heading, as Decree 30 draws them. */
static GtkWidget *
doc_rule (int width)
{
  GtkWidget *clamp = adw_clamp_new ();

  /* @width long, shorter when the window is narrower than the page. */
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), width);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), width);
  adw_clamp_set_child (ADW_CLAMP (clamp), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  return clamp;
}

static GtkWidget *
vbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

static void
append_lines (GtkBox     *box,
              const char *text,
              const char *css_class)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      gtk_box_append (box, _td_plan_view_label (lines[i], css_class, 0.0f));
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return stripped[0] == '\0';
}

GtkWidget *
_td_plan_view_heading (TdPlan *plan)
{
  GtkWidget *box = vbox (6);
  GtkWidget *columns = gtk_grid_new ();
  GtkWidget *left = vbox (2);
  GtkWidget *right = vbox (2);
  GtkWidget *preamble = vbox (6);
  GtkWidget *hint;
  g_autofree char *number = td_plan_dup_number_line (plan);
  g_autofree char *date = td_plan_dup_date_line (plan);

  /* Above the page's heading, on screen only: how to edit. It scrolls away with the
   * heading, so choosing a part never moves the page under the pointer. */
  hint = _td_plan_view_label (_("Click any part of the plan to edit it: the heading, a "
                                "section, a quarter, a task or the signature. These hints "
                                "are not printed."),
                              "doc-hint", 0.5f);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_margin_bottom (hint, 12);
  gtk_box_append (GTK_BOX (box), hint);

  gtk_grid_set_column_homogeneous (GTK_GRID (columns), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (columns), 24);

  if (td_plan_get_parent_body (plan)[0] != '\0')
    gtk_box_append (GTK_BOX (left),
                    _td_plan_view_label (td_plan_get_parent_body (plan), NULL, 0.5f));
  /* The rule belongs under the body's name: with none, the page says what is missing (it
   * is not printed) and draws no rule over the number, as the printed page does not. */
  if (!is_blank (td_plan_get_issuing_body (plan)))
    {
      gtk_box_append (GTK_BOX (left),
                      _td_plan_view_label (td_plan_get_issuing_body (plan), "doc-bold", 0.5f));
      gtk_box_append (GTK_BOX (left), doc_rule (90));
    }
  else
    {
      GtkWidget *missing;

      missing = _td_plan_view_label (_("No issuing body yet: click here to type it"),
                                     "doc-hint", 0.5f);
      gtk_widget_add_css_class (missing, "dim-label");
      gtk_box_append (GTK_BOX (left), missing);
    }
  gtk_box_append (GTK_BOX (left), _td_plan_view_label (number, NULL, 0.5f));

  gtk_box_append (GTK_BOX (right), _td_plan_view_label (TD_QUOC_HIEU, "doc-bold", 0.5f));
  gtk_box_append (GTK_BOX (right), _td_plan_view_label (TD_TIEU_NGU, "doc-bold", 0.5f));
  gtk_box_append (GTK_BOX (right), doc_rule (200));
  gtk_box_append (GTK_BOX (right), _td_plan_view_label (date, "doc-italic", 0.5f));

  gtk_grid_attach (GTK_GRID (columns), left, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (columns), right, 1, 0, 1, 1);
  gtk_box_append (GTK_BOX (box), columns);

  gtk_widget_set_margin_top (GTK_WIDGET (box), 24);
  {
    GtkWidget *kind = _td_plan_view_label (td_plan_get_kind (plan), "doc-kind", 0.5f);
    gtk_widget_set_margin_top (kind, 24);
    gtk_box_append (GTK_BOX (box), kind);
  }
  gtk_box_append (GTK_BOX (box), _td_plan_view_label (td_plan_get_title (plan), "doc-bold", 0.5f));
  gtk_box_append (GTK_BOX (box), doc_rule (120));

  append_lines (GTK_BOX (preamble), td_plan_get_preamble (plan), "doc-italic");
  append_lines (GTK_BOX (preamble), td_plan_get_closing (plan), NULL);
  gtk_widget_set_margin_top (preamble, 12);
  gtk_box_append (GTK_BOX (box), preamble);
  return box;
}

GtkWidget *
_td_plan_view_section (TdSection *section)
{
  GtkWidget *box = vbox (6);

  gtk_widget_set_margin_top (box, 10);
  if (td_section_get_heading (section)[0] != '\0')
    gtk_box_append (GTK_BOX (box),
                    _td_plan_view_label (td_section_get_heading (section), "doc-bold", 0.0f));
  append_lines (GTK_BOX (box), td_section_get_body (section), NULL);
  return box;
}

GtkWidget *
_td_plan_view_signature (TdPlan *plan)
{
  GtkWidget *columns = gtk_grid_new ();
  GtkWidget *left = vbox (2);
  GtkWidget *right = vbox (2);
  GtkWidget *name;
  GtkWidget *recipients = _td_plan_view_label ("Nơi nhận:", "doc-bold", 0.0f);

  gtk_grid_set_column_homogeneous (GTK_GRID (columns), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (columns), 24);
  gtk_widget_set_margin_top (columns, 24);
  gtk_widget_set_margin_bottom (columns, 48);

  gtk_widget_add_css_class (recipients, "doc-italic");
  gtk_box_append (GTK_BOX (left), recipients);
  append_lines (GTK_BOX (left), td_plan_get_recipients (plan), "caption");

  gtk_box_append (GTK_BOX (right),
                  _td_plan_view_label (td_plan_get_signer_capacity (plan), "doc-bold", 0.5f));
  gtk_box_append (GTK_BOX (right),
                  _td_plan_view_label (td_plan_get_signer_position (plan), "doc-bold", 0.5f));
  name = _td_plan_view_label (td_plan_get_signer_name (plan), "doc-bold", 0.5f);
  gtk_widget_set_margin_top (name, 72);
  gtk_box_append (GTK_BOX (right), name);

  gtk_grid_attach (GTK_GRID (columns), left, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (columns), right, 1, 0, 1, 1);
  return columns;
}
