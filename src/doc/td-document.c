/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-document"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "td-document.h"
#include "td-store.h"

struct _TdDocument
{
  GObject      parent_instance;

  TdDocLayout *layout;
  char        *title;
  int          year;
};

G_DEFINE_FINAL_TYPE (TdDocument, td_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (td-document-error-quark, td_document_error)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_YEAR,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where the PDF goes while it is written, and what went wrong there first. */
typedef struct {
  int     fd;
  int     saved_errno;
} PdfSink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  PdfSink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Cannot write “%s”: %s"), display, g_strerror (saved_errno));
}

static void
td_document_finalize (GObject *object)
{
  TdDocument *self = TD_DOCUMENT (object);

  g_clear_pointer (&self->layout, td_doc_layout_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (td_document_parent_class)->finalize (object);
}

static void
td_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TdDocument *self = TD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_N_PAGES:
      g_value_set_int (value, td_document_get_n_pages (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TdDocument *self = TD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      if (self->title == NULL)
        self->title = g_strdup ("");
      break;
    case PROP_YEAR:
      td_document_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
td_document_class_init (TdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_document_finalize;
  object_class->get_property = td_document_get_property;
  object_class->set_property = td_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
td_document_init (TdDocument *self)
{
  self->title = g_strdup ("");
}

TdDocument *
td_document_new (TdDocLayout *layout,
                 const char  *title)
{
  TdDocument *self;

  g_return_val_if_fail (layout != NULL, NULL);

  self = g_object_new (TD_TYPE_DOCUMENT, "title", title, NULL);
  self->layout = layout;
  return self;
}

const char *
td_document_get_title (TdDocument *self)
{
  g_return_val_if_fail (TD_IS_DOCUMENT (self), NULL);
  return self->title;
}

TdDocLayout *
td_document_get_layout (TdDocument *self)
{
  g_return_val_if_fail (TD_IS_DOCUMENT (self), NULL);
  return self->layout;
}

int
td_document_get_year (TdDocument *self)
{
  g_return_val_if_fail (TD_IS_DOCUMENT (self), 0);
  return self->year;
}

void
td_document_set_year (TdDocument *self,
                      int         year)
{
  g_return_if_fail (TD_IS_DOCUMENT (self));
  g_return_if_fail (year >= 0);

  if (self->year == year)
    return;
  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/* Longer names are cut between words: a file name the dialogs show whole. */
#define FILENAME_MAX_WORDS_LENGTH 80

char *
td_document_suggest_filename (const char *name,
                              int         year,
                              const char *ext)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *year_word = NULL;
  gboolean between = FALSE;
  gboolean has_year = FALSE;

  /* Vietnamese letters come apart into a base letter and its marks, except đ. */
  decomposed = g_utf8_normalize (name != NULL ? name : "", -1, G_NORMALIZE_NFD);
  for (const char *p = decomposed != NULL ? decomposed : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == 0x0111 || c == 0x0110)   /* đ, Đ */
        c = c == 0x0111 ? 'd' : 'D';
      if (c >= 0x80 || !g_ascii_isalnum ((char) c))
        {
          between = TRUE;
          continue;
        }
      if (between && out->len > 0)
        g_string_append_c (out, '-');
      between = FALSE;
      g_string_append_c (out, (char) c);
    }

  if (out->len > FILENAME_MAX_WORDS_LENGTH)
    {
      const char *cut = g_strrstr_len (out->str, FILENAME_MAX_WORDS_LENGTH + 1, "-");

      g_string_truncate (out, cut != NULL ? (gsize) (cut - out->str)
                                          : FILENAME_MAX_WORDS_LENGTH);
    }
  if (out->len == 0)
    g_string_append (out, "Tai-lieu");

  if (year > 0)
    {
      g_auto(GStrv) words = g_strsplit (out->str, "-", -1);

      year_word = g_strdup_printf ("%d", year);
      for (guint i = 0; words[i] != NULL && !has_year; i++)
        has_year = g_str_equal (words[i], year_word);
      if (!has_year)
        g_string_append_printf (out, "-%s", year_word);
    }

  if (ext != NULL && ext[0] == '.')
    ext++;
  if (ext != NULL && ext[0] != '\0')
    g_string_append_printf (out, ".%s", ext);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
td_document_dup_filename (TdDocument *self,
                          const char *ext)
{
  g_return_val_if_fail (TD_IS_DOCUMENT (self), NULL);
  return td_document_suggest_filename (self->title, self->year, ext);
}

int
td_document_get_n_pages (TdDocument *self)
{
  g_return_val_if_fail (TD_IS_DOCUMENT (self), 0);
  return (int) td_doc_layout_get_n_pages (self->layout);
}

void
td_document_get_page_size (TdDocument *self,
                           double     *width_pt,
                           double     *height_pt)
{
  g_return_if_fail (TD_IS_DOCUMENT (self));
  td_doc_layout_get_page_size (self->layout, width_pt, height_pt);
}

void
td_document_get_nth_page_size (TdDocument *self,
                               int         index,
                               double     *width_pt,
                               double     *height_pt)
{
  g_return_if_fail (TD_IS_DOCUMENT (self));
  g_return_if_fail (index >= 0 && index < td_document_get_n_pages (self));

  td_doc_layout_get_nth_page_size (self->layout, (guint) index, width_pt, height_pt);
}

void
td_document_draw_page (TdDocument *self,
                       cairo_t    *cr,
                       int         index)
{
  g_return_if_fail (TD_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index >= 0 && index < td_document_get_n_pages (self));

  td_doc_layout_draw_page (self->layout, cr, (guint) index);
}

char *
td_document_dup_page_text (TdDocument *self,
                           int         index)
{
  g_return_val_if_fail (TD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index >= 0 && index < td_document_get_n_pages (self), NULL);

  return td_doc_layout_dup_page_text (self->layout, (guint) index);
}

/* Where the PDF really goes: @path with its folder's symbolic links resolved and, when
 * @path itself is a link, the file it points to, so that a link is written through and
 * never replaced by the PDF. Fills @st when the target exists. */
static char *
resolve_output (const char   *path,
                GStatBuf     *st,
                gboolean     *exists,
                GError      **error)
{
  g_autofree char *real = realpath (path, NULL);

  if (real == NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *real_dir = realpath (dir, NULL);

      if (real_dir == NULL)
        {
          set_write_error (error, path, errno);
          return NULL;
        }
      real = g_build_filename (real_dir, base, NULL);
    }

  *exists = g_stat (real, st) == 0;
  return g_steal_pointer (&real);
}

static gboolean
render_pdf (TdDocument  *self,
            PdfSink     *sink,
            GError     **error)
{
  g_autofree char *creator = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  int n_pages;
  cairo_t *cr;

  n_pages = td_document_get_n_pages (self);
  td_document_get_page_size (self, &width, &height);

  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  creator = g_strdup_printf ("Thi đua – Khen thưởng %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);

  cr = cairo_create (surface);
  for (int i = 0; i < n_pages; i++)
    {
      /* Each part its own size: a landscape annex after a portrait body. */
      td_document_get_nth_page_size (self, i, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      td_doc_layout_draw_page (self->layout, cr, (guint) i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink->saved_errno == 0 && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_FAILED,
                   _("Cannot make the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return sink->saved_errno == 0;
}

gboolean
td_document_export_pdf (TdDocument  *self,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) render_error = NULL;
  PdfSink sink = { -1, 0 };
  GStatBuf st, out;
  gboolean exists = FALSE;
  gboolean rendered;

  g_return_val_if_fail (TD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Lay out before touching the disk: the slow part, and nothing there to fail. */
  td_document_get_n_pages (self);

  target = resolve_output (path, &st, &exists, error);
  if (target == NULL)
    return FALSE;

  /* A database, ours or another program's, is never replaced by a PDF. */
  if (exists && td_store_is_sqlite_file (target))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   _("“%s” is a database; choose another file for the PDF"), display);
      return FALSE;
    }

  if (exists && !S_ISREG (st.st_mode))
    {
      /* The standard output (a pipe, a terminal) is written through, never replaced. */
      if (fstat (STDOUT_FILENO, &out) == 0 && out.st_dev == st.st_dev &&
          out.st_ino == st.st_ino)
        {
          sink.fd = STDOUT_FILENO;
          if (!render_pdf (self, &sink, &render_error))
            goto failed;
          return TRUE;
        }
      {
        g_autofree char *display = g_filename_display_name (path);

        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                     _("Cannot write “%s”: it is not an ordinary file"), display);
        return FALSE;
      }
    }

  /* A copy beside the target, renamed over it once complete: a full disk or a crash
   * halfway never leaves a truncated PDF where a good one was. A short name, so that
   * any name the file system accepts for the PDF works. */
  dir = g_path_get_dirname (target);
  tmp_path = g_build_filename (dir, ".thidua-XXXXXX", NULL);
  sink.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      set_write_error (error, path, errno);
      return FALSE;
    }
  /* mkstemp makes the file private: give it the mode the file it replaces had, or the
   * mode a new file gets. */
  if (exists)
    {
      if (fchmod (sink.fd, st.st_mode & 07777) != 0 && sink.saved_errno == 0)
        sink.saved_errno = errno;
      if (st.st_uid != geteuid () || st.st_gid != getegid ())
        (void) !fchown (sink.fd, st.st_uid, st.st_gid);
    }
  else
    {
      mode_t mask = umask (0);

      umask (mask);
      if (fchmod (sink.fd, 0666 & ~mask) != 0 && sink.saved_errno == 0)
        sink.saved_errno = errno;
    }

  rendered = sink.saved_errno == 0 && render_pdf (self, &sink, &render_error);

  if (rendered && fsync (sink.fd) != 0)
    sink.saved_errno = errno;
  if (close (sink.fd) != 0 && sink.saved_errno == 0 && rendered)
    sink.saved_errno = errno;

  if (rendered && sink.saved_errno == 0 && g_rename (tmp_path, target) != 0)
    sink.saved_errno = errno;

  if (rendered && sink.saved_errno == 0)
    return TRUE;

  g_unlink (tmp_path);

failed:
  if (sink.saved_errno != 0)
    set_write_error (error, path, sink.saved_errno);
  else
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, TD_DOCUMENT_ERROR, TD_DOCUMENT_ERROR_FAILED, "%s: %s", display,
                   render_error != NULL ? render_error->message : "");
    }
  return FALSE;
}
