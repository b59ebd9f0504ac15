/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#pragma once

#include <gsf/gsf.h>
#include <libxml/xmlreader.h>

#include "td-table.h"

G_BEGIN_DECLS

/* libgsf declares none of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* Excel's own bounds: a file beyond them is damaged, not a list. */
#define TD_TABLE_MAX_ROWS    1048576
#define TD_TABLE_MAX_COLUMNS 16384
/* Cells kept, counting the empty ones before a full one: a commune's 20,000 households
 * with 100 columns each fit, and a file that claims more is refused before memory runs
 * out. */
#define TD_TABLE_MAX_CELLS   (4 * 1000 * 1000)

/* Gathers the rows of a table as a reader finds them. */
typedef struct {
  GPtrArray    *rows;         /* TdTableRow */
  GCancellable *cancellable;
  guint64       n_cells;
  guint         n_columns;
  guint         since_check;
} TdTableBuilder;

void        td_table_builder_init     (TdTableBuilder  *builder,
                                       GCancellable    *cancellable);
void        td_table_builder_clear    (TdTableBuilder  *builder);
/* Adds the row @number from @cells (@n of them, NULL or "" when empty; copied): trailing
 * empty cells dropped, a row with no text left out. Fails when the table grows too large
 * or the reading is cancelled. */
gboolean    td_table_builder_add_row  (TdTableBuilder  *builder,
                                       guint            number,
                                       char * const    *cells,
                                       guint            n,
                                       GError         **error);

void        td_table_set_error        (GError         **error,
                                       TdTableError     code);
/* The cells as a person would read a number: "1978", not "1978.0"; NULL when @text is not
 * a number. */
char       *td_table_format_number    (const char      *text);
/* dd/mm/yyyy of @year, @month, @day, NULL when that is no date. */
char       *td_table_format_date      (int              year,
                                       int              month,
                                       int              day);

/* A streaming reader of an XML part, which never loads the part whole: a list of 20,000
 * rows is 20 MB of XML. It refuses the network, DTDs and entities. */
xmlTextReaderPtr td_table_xml_open     (GsfInput       *input);
/* The local name of the reader's node, without its prefix. */
const char *td_table_xml_name          (xmlTextReaderPtr reader);
/* The attribute @local of the reader's element, whatever its prefix; NULL when absent
 * (free with xmlFree). */
char       *td_table_xml_attribute     (xmlTextReaderPtr reader,
                                        const char      *local);

/* The part at @path ("xl/worksheets/sheet1.xml") of a zip, NULL when it has none. */
GsfInput   *td_table_zip_child         (GsfInfile       *zip,
                                        const char      *path);

gboolean    td_table_read_xlsx         (GsfInfile       *zip,
                                        TdTableBuilder  *builder,
                                        char           **sheet,
                                        GError         **error);
gboolean    td_table_read_ods          (GsfInfile       *zip,
                                        TdTableBuilder  *builder,
                                        char           **sheet,
                                        GError         **error);
gboolean    td_table_read_csv          (const char      *data,
                                        gsize            length,
                                        TdTableBuilder  *builder,
                                        GError         **error);

G_END_DECLS
