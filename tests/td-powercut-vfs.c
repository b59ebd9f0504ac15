/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * Each database, -wal and -journal file has an image of what the disk holds as of its last
 * xSync, and the list of writes and truncations made since. A sync folds that list into the
 * image; the power cut throws it away (or keeps a random part of it). Real syncs are never
 * made: the image is the disk, so the tests stay fast and still see every sync SQLite asks
 * for. Other files (temporary ones) pass through, and fail after the cut like the rest.
 */
#define G_LOG_DOMAIN "td-powercut"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "td-powercut-vfs.h"

#define VFS_NAME "td-powercut"
/* What a disk writes at once; a torn write spoils part of one. */
#define SECTOR_SIZE 512

typedef enum {
  OP_WRITE,
  OP_TRUNCATE,
} OpKind;

typedef struct {
  OpKind         kind;
  sqlite3_int64  offset;   /* the new size for OP_TRUNCATE */
  GBytes        *data;
} Op;

typedef struct {
  char       *path;
  gboolean    main_db;
  GByteArray *synced;     /* the file as of its last sync */
  GPtrArray  *pending;    /* Op *, in order, since then */
} FileState;

struct _TdPowercut
{
  sqlite3_vfs    vfs;
  sqlite3_vfs   *real;
  GRand         *rand;
  GHashTable    *files;   /* path → FileState */
  guint          events;
  guint          cut_at;
  TdPowercutMode mode;
  gboolean       cut;
  gboolean       ignore_syncs;
  /* The file whose write was the last event before the cut, for the torn sector. */
  FileState     *last_write;
};

typedef struct {
  sqlite3_file  base;
  TdPowercut   *pc;
  FileState    *state;    /* NULL for files that are not tracked */
  sqlite3_file *real;
} PcFile;

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_pointer (&op->data, g_bytes_unref);
  g_free (op);
}

static void
file_state_free (gpointer data)
{
  FileState *state = data;

  g_free (state->path);
  g_byte_array_unref (state->synced);
  g_ptr_array_unref (state->pending);
  g_free (state);
}

/* Grows or shrinks @content; new bytes are zero, as a file's hole reads. */
static void
set_size (GByteArray *content,
          gsize       size)
{
  gsize old = content->len;

  g_byte_array_set_size (content, size);
  if (size > old)
    memset (content->data + old, 0, size - old);
}

static void
apply_op (GByteArray *content,
          const Op   *op)
{
  gsize length;
  const guint8 *bytes;

  if (op->kind == OP_TRUNCATE)
    {
      set_size (content, op->offset);
      return;
    }

  bytes = g_bytes_get_data (op->data, &length);
  if (op->offset + length > content->len)
    set_size (content, op->offset + length);
  memcpy (content->data + op->offset, bytes, length);
}

/* Counts a write, truncation or sync of a tracked file; FALSE once the power is off, the
 * event that cuts it included. */
static gboolean
power_event (TdPowercut *self)
{
  if (self->cut)
    return FALSE;
  self->events++;
  if (self->cut_at != 0 && self->events >= self->cut_at)
    {
      self->cut = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* The file methods ------------------------------------------------------------------------ */

static int
pc_close (sqlite3_file *file)
{
  PcFile *p = (PcFile *) file;

  /* Closing keeps nothing the disk did not have: pending writes stay pending. */
  return p->real->pMethods->xClose (p->real);
}

static int
pc_read (sqlite3_file  *file,
         void          *buffer,
         int            amount,
         sqlite3_int64  offset)
{
  PcFile *p = (PcFile *) file;

  if (p->pc->cut)
    return SQLITE_IOERR_READ;
  return p->real->pMethods->xRead (p->real, buffer, amount, offset);
}

static int
pc_write (sqlite3_file  *file,
          const void    *buffer,
          int            amount,
          sqlite3_int64  offset)
{
  PcFile *p = (PcFile *) file;
  Op *op;
  int rc;

  if (p->state == NULL)
    return p->pc->cut ? SQLITE_IOERR_WRITE
                      : p->real->pMethods->xWrite (p->real, buffer, amount, offset);

  if (!power_event (p->pc))
    return SQLITE_IOERR_WRITE;
  rc = p->real->pMethods->xWrite (p->real, buffer, amount, offset);
  if (rc != SQLITE_OK)
    return rc;

  op = g_new0 (Op, 1);
  op->kind = OP_WRITE;
  op->offset = offset;
  op->data = g_bytes_new (buffer, amount);
  g_ptr_array_add (p->state->pending, op);
  p->pc->last_write = p->state;
  return SQLITE_OK;
}

static int
pc_truncate (sqlite3_file  *file,
             sqlite3_int64  size)
{
  PcFile *p = (PcFile *) file;
  Op *op;
  int rc;

  if (p->state == NULL)
    return p->pc->cut ? SQLITE_IOERR_TRUNCATE : p->real->pMethods->xTruncate (p->real, size);

  if (!power_event (p->pc))
    return SQLITE_IOERR_TRUNCATE;
  rc = p->real->pMethods->xTruncate (p->real, size);
  if (rc != SQLITE_OK)
    return rc;

  op = g_new0 (Op, 1);
  op->kind = OP_TRUNCATE;
  op->offset = size;
  g_ptr_array_add (p->state->pending, op);
  p->pc->last_write = NULL;
  return SQLITE_OK;
}

static int
pc_sync (sqlite3_file *file,
         int           flags)
{
  PcFile *p = (PcFile *) file;

  (void) flags;

  if (p->state == NULL)
    return p->pc->cut ? SQLITE_IOERR_FSYNC : SQLITE_OK;

  if (!power_event (p->pc))
    return SQLITE_IOERR_FSYNC;
  p->pc->last_write = NULL;
  if (p->pc->ignore_syncs)
    return SQLITE_OK;

  for (guint i = 0; i < p->state->pending->len; i++)
    apply_op (p->state->synced, g_ptr_array_index (p->state->pending, i));
  g_ptr_array_set_size (p->state->pending, 0);
  return SQLITE_OK;
}

static int
pc_file_size (sqlite3_file  *file,
              sqlite3_int64 *size)
{
  PcFile *p = (PcFile *) file;

  if (p->pc->cut)
    return SQLITE_IOERR_FSTAT;
  return p->real->pMethods->xFileSize (p->real, size);
}

static int
pc_lock (sqlite3_file *file,
         int           level)
{
  PcFile *p = (PcFile *) file;

  if (p->pc->cut)
    return SQLITE_IOERR_LOCK;
  return p->real->pMethods->xLock (p->real, level);
}

static int
pc_unlock (sqlite3_file *file,
           int           level)
{
  PcFile *p = (PcFile *) file;

  /* Always: the locks must go for the connection to close. */
  return p->real->pMethods->xUnlock (p->real, level);
}

static int
pc_check_reserved_lock (sqlite3_file *file,
                        int          *out)
{
  PcFile *p = (PcFile *) file;

  if (p->pc->cut)
    return SQLITE_IOERR_CHECKRESERVEDLOCK;
  return p->real->pMethods->xCheckReservedLock (p->real, out);
}

static int
pc_file_control (sqlite3_file *file,
                 int           op,
                 void         *arg)
{
  PcFile *p = (PcFile *) file;

  if (p->pc->cut)
    return SQLITE_NOTFOUND;
  return p->real->pMethods->xFileControl (p->real, op, arg);
}

static int
pc_sector_size (sqlite3_file *file)
{
  PcFile *p = (PcFile *) file;

  return p->real->pMethods->xSectorSize (p->real);
}

static int
pc_device_characteristics (sqlite3_file *file)
{
  PcFile *p = (PcFile *) file;

  return p->real->pMethods->xDeviceCharacteristics (p->real);
}

static int
pc_shm_map (sqlite3_file  *file,
            int            region,
            int            size,
            int            extend,
            void volatile **out)
{
  PcFile *p = (PcFile *) file;

  if (p->pc->cut)
    return SQLITE_IOERR_SHMMAP;
  return p->real->pMethods->xShmMap (p->real, region, size, extend, out);
}

static int
pc_shm_lock (sqlite3_file *file,
             int           offset,
             int           n,
             int           flags)
{
  PcFile *p = (PcFile *) file;

  if (p->pc->cut && (flags & SQLITE_SHM_LOCK) != 0)
    return SQLITE_IOERR_SHMLOCK;
  return p->real->pMethods->xShmLock (p->real, offset, n, flags);
}

static void
pc_shm_barrier (sqlite3_file *file)
{
  PcFile *p = (PcFile *) file;

  p->real->pMethods->xShmBarrier (p->real);
}

static int
pc_shm_unmap (sqlite3_file *file,
              int           delete_flag)
{
  PcFile *p = (PcFile *) file;

  return p->real->pMethods->xShmUnmap (p->real, delete_flag);
}

/* Version 2: shared memory for WAL, but no xFetch, so SQLite never maps the file and every
 * byte it writes goes through pc_write. */
static const sqlite3_io_methods pc_io_methods = {
  .iVersion = 2,
  .xClose = pc_close,
  .xRead = pc_read,
  .xWrite = pc_write,
  .xTruncate = pc_truncate,
  .xSync = pc_sync,
  .xFileSize = pc_file_size,
  .xLock = pc_lock,
  .xUnlock = pc_unlock,
  .xCheckReservedLock = pc_check_reserved_lock,
  .xFileControl = pc_file_control,
  .xSectorSize = pc_sector_size,
  .xDeviceCharacteristics = pc_device_characteristics,
  .xShmMap = pc_shm_map,
  .xShmLock = pc_shm_lock,
  .xShmBarrier = pc_shm_barrier,
  .xShmUnmap = pc_shm_unmap,
};

/* The VFS methods ------------------------------------------------------------------------- */

/* What the disk holds of a file seen for the first time: all of it, it was synced before. */
static GByteArray *
read_whole (sqlite3_file *real)
{
  GByteArray *content = g_byte_array_new ();
  sqlite3_int64 size = 0;

  if (real->pMethods->xFileSize (real, &size) == SQLITE_OK && size > 0)
    {
      set_size (content, size);
      if (real->pMethods->xRead (real, content->data, (int) size, 0) != SQLITE_OK)
        g_error ("cannot read a file the power cut must remember");
    }
  return content;
}

static int
pc_open (sqlite3_vfs  *vfs,
         const char   *name,
         sqlite3_file *file,
         int           flags,
         int          *out_flags)
{
  TdPowercut *self = vfs->pAppData;
  PcFile *p = (PcFile *) file;
  int rc;

  memset (p, 0, sizeof *p);
  p->pc = self;
  p->real = (sqlite3_file *) (p + 1);
  if (self->cut)
    return SQLITE_CANTOPEN;

  rc = self->real->xOpen (self->real, name, p->real, flags, out_flags);
  if (rc != SQLITE_OK)
    return rc;
  p->base.pMethods = &pc_io_methods;

  if (name != NULL &&
      (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0)
    {
      FileState *state = g_hash_table_lookup (self->files, name);

      if (state == NULL)
        {
          state = g_new0 (FileState, 1);
          state->path = g_strdup (name);
          state->main_db = (flags & SQLITE_OPEN_MAIN_DB) != 0;
          state->synced = read_whole (p->real);
          state->pending = g_ptr_array_new_with_free_func (op_free);
          g_hash_table_insert (self->files, state->path, state);
        }
      p->state = state;
    }
  return SQLITE_OK;
}

static int
pc_delete (sqlite3_vfs *vfs,
           const char  *name,
           int          sync_dir)
{
  TdPowercut *self = vfs->pAppData;

  if (self->cut)
    return SQLITE_IOERR_DELETE;
  /* A deleted file stays deleted: SQLite syncs the folder where that matters. */
  if (self->last_write != NULL && g_str_equal (self->last_write->path, name))
    self->last_write = NULL;
  g_hash_table_remove (self->files, name);
  return self->real->xDelete (self->real, name, sync_dir);
}

static int
pc_access (sqlite3_vfs *vfs,
           const char  *name,
           int          flags,
           int         *out)
{
  TdPowercut *self = vfs->pAppData;

  if (self->cut)
    return SQLITE_IOERR_ACCESS;
  return self->real->xAccess (self->real, name, flags, out);
}

static int
pc_full_pathname (sqlite3_vfs *vfs,
                  const char  *name,
                  int          size,
                  char        *out)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xFullPathname (self->real, name, size, out);
}

static void *
pc_dl_open (sqlite3_vfs *vfs,
            const char  *name)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xDlOpen (self->real, name);
}

static void
pc_dl_error (sqlite3_vfs *vfs,
             int          size,
             char        *out)
{
  TdPowercut *self = vfs->pAppData;

  self->real->xDlError (self->real, size, out);
}

static void (*
pc_dl_sym (sqlite3_vfs *vfs,
           void        *handle,
           const char  *symbol)) (void)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xDlSym (self->real, handle, symbol);
}

static void
pc_dl_close (sqlite3_vfs *vfs,
             void        *handle)
{
  TdPowercut *self = vfs->pAppData;

  self->real->xDlClose (self->real, handle);
}

static int
pc_randomness (sqlite3_vfs *vfs,
               int          size,
               char        *out)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xRandomness (self->real, size, out);
}

static int
pc_sleep (sqlite3_vfs *vfs,
          int          microseconds)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xSleep (self->real, microseconds);
}

static int
pc_current_time (sqlite3_vfs *vfs,
                 double      *out)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xCurrentTime (self->real, out);
}

static int
pc_get_last_error (sqlite3_vfs *vfs,
                   int          size,
                   char        *out)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xGetLastError (self->real, size, out);
}

static int
pc_current_time_int64 (sqlite3_vfs   *vfs,
                       sqlite3_int64 *out)
{
  TdPowercut *self = vfs->pAppData;

  return self->real->xCurrentTimeInt64 (self->real, out);
}

/* Public API ------------------------------------------------------------------------------ */

TdPowercut *
td_powercut_new (GRand *rand)
{
  TdPowercut *self = g_new0 (TdPowercut, 1);
  sqlite3_vfs *real = sqlite3_vfs_find (NULL);

  g_assert_nonnull (real);
  g_assert_cmpstr (real->zName, !=, VFS_NAME);
  g_assert_cmpint (real->iVersion, >=, 2);

  self->real = real;
  self->rand = rand;
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, file_state_free);

  self->vfs.iVersion = 2;
  self->vfs.szOsFile = sizeof (PcFile) + real->szOsFile;
  self->vfs.mxPathname = real->mxPathname;
  self->vfs.zName = VFS_NAME;
  self->vfs.pAppData = self;
  self->vfs.xOpen = pc_open;
  self->vfs.xDelete = pc_delete;
  self->vfs.xAccess = pc_access;
  self->vfs.xFullPathname = pc_full_pathname;
  self->vfs.xDlOpen = pc_dl_open;
  self->vfs.xDlError = pc_dl_error;
  self->vfs.xDlSym = pc_dl_sym;
  self->vfs.xDlClose = pc_dl_close;
  self->vfs.xRandomness = pc_randomness;
  self->vfs.xSleep = pc_sleep;
  self->vfs.xCurrentTime = pc_current_time;
  self->vfs.xGetLastError = pc_get_last_error;
  self->vfs.xCurrentTimeInt64 = pc_current_time_int64;

  g_assert_cmpint (sqlite3_vfs_register (&self->vfs, 1), ==, SQLITE_OK);
  g_assert_true (sqlite3_vfs_find (NULL) == &self->vfs);
  return self;
}

void
td_powercut_free (TdPowercut *self)
{
  if (self == NULL)
    return;
  sqlite3_vfs_unregister (&self->vfs);
  g_assert_true (sqlite3_vfs_find (NULL) == self->real);
  g_hash_table_unref (self->files);
  g_free (self);
}

void
td_powercut_set_registered (TdPowercut *self,
                            gboolean    registered)
{
  if (registered)
    g_assert_cmpint (sqlite3_vfs_register (&self->vfs, 1), ==, SQLITE_OK);
  else
    sqlite3_vfs_unregister (&self->vfs);
  g_assert_true (sqlite3_vfs_find (NULL) == (registered ? &self->vfs : self->real));
}

void
td_powercut_arm (TdPowercut     *self,
                 guint           cut_at,
                 TdPowercutMode  mode)
{
  g_hash_table_remove_all (self->files);
  self->events = 0;
  self->cut_at = cut_at;
  self->mode = mode;
  self->cut = FALSE;
  self->last_write = NULL;
}

guint
td_powercut_get_events (TdPowercut *self)
{
  return self->events;
}

gboolean
td_powercut_has_cut (TdPowercut *self)
{
  return self->cut;
}

void
td_powercut_set_ignore_syncs (TdPowercut *self,
                              gboolean    ignore)
{
  self->ignore_syncs = ignore;
}

/* Half of the first sector of @op lands; the rest of that sector is garbage or old. */
static void
tear (TdPowercut *self,
      GByteArray *content,
      const Op   *op)
{
  gsize length;
  const guint8 *bytes = g_bytes_get_data (op->data, &length);
  gsize n = MIN (length, SECTOR_SIZE);
  gboolean garbage = g_rand_boolean (self->rand);

  if (op->offset + n > content->len)
    set_size (content, op->offset + n);
  memcpy (content->data + op->offset, bytes, n / 2);
  if (garbage)
    for (gsize i = n / 2; i < n; i++)
      content->data[op->offset + i] = (guint8) g_rand_int_range (self->rand, 0, 256);
}

static void
write_file (const char *path,
            GByteArray *content)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, (const char *) content->data, content->len, &error);
  g_assert_no_error (error);
}

void
td_powercut_restore (TdPowercut       *self,
                     TdPowercutReport *report)
{
  GHashTableIter iter;
  FileState *state;

  memset (report, 0, sizeof *report);
  if (!self->cut)
    return;

  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &state))
    {
      g_autoptr(GByteArray) content = NULL;

      /* Moved away by a rename, which is no business of SQLite's. */
      if (!g_file_test (state->path, G_FILE_TEST_EXISTS))
        continue;

      content = g_byte_array_sized_new (state->synced->len);
      g_byte_array_append (content, state->synced->data, state->synced->len);
      for (guint i = 0; i < state->pending->len; i++)
        {
          if (self->mode == TD_POWERCUT_RANDOM_SUBSET && g_rand_boolean (self->rand))
            {
              apply_op (content, g_ptr_array_index (state->pending, i));
              report->kept_writes++;
            }
          else
            report->dropped_writes++;
        }
      if (self->mode == TD_POWERCUT_TEAR_LAST && self->last_write == state &&
          state->pending->len > 0)
        {
          const Op *last = g_ptr_array_index (state->pending, state->pending->len - 1);

          g_assert_cmpint (last->kind, ==, OP_WRITE);
          tear (self, content, last);
          report->torn = TRUE;
        }
      write_file (state->path, content);
      report->files++;

      if (state->main_db)
        {
          g_autofree char *shm = g_strconcat (state->path, "-shm", NULL);
          g_autoptr(GByteArray) zeros = NULL;
          GStatBuf buf;

          if (g_stat (shm, &buf) != 0)
            continue;
          if (g_rand_boolean (self->rand))
            {
              g_assert_no_errno (g_unlink (shm));
              continue;
            }
          zeros = g_byte_array_new ();
          set_size (zeros, buf.st_size);
          write_file (shm, zeros);
          report->shm_zeroed = TRUE;
        }
    }

  /* Nothing more to forget until the next arm; the files are what the disk holds now. */
  g_hash_table_remove_all (self->files);
  self->last_write = NULL;
}
