/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 *
 * A power cut for the tests, in the manner of SQLite's own crash tests (test6.c): an SQLite
 * VFS over the default one that remembers, for the database, its -wal and its -journal, what
 * the disk holds as of the last xSync of each, and at a chosen write or sync "loses power":
 * from then on every call fails, and td_powercut_restore() puts each file back as the disk
 * would hold it after the cut.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TdPowercut TdPowercut;

typedef enum {
  /* Every write since the file's last sync is lost. */
  TD_POWERCUT_DROP_UNSYNCED,
  /* As above, and the last write before the cut is torn: half of its first sector lands,
   * the rest of that sector holds garbage or what was there before. */
  TD_POWERCUT_TEAR_LAST,
  /* Each write and truncation since the last sync lands or not, at random, as a disk that
   * reorders its queue would leave it. */
  TD_POWERCUT_RANDOM_SUBSET,
} TdPowercutMode;

/* What a power cut left behind. */
typedef struct {
  guint files;           /* database, -wal and -journal files put back */
  guint dropped_writes;  /* writes that never reached the disk */
  guint kept_writes;     /* unsynced writes that landed all the same (RANDOM_SUBSET) */
  gboolean torn;         /* a sector was torn */
  gboolean shm_zeroed;   /* the -shm was zero-filled rather than removed */
} TdPowercutReport;

/* Registers the VFS as SQLite's default, over the default it replaces; there can be one. */
TdPowercut *td_powercut_new            (GRand          *rand);
/* Unregisters it: SQLite's default is the real one again. */
void        td_powercut_free           (TdPowercut     *self);

/* Off: SQLite's real VFS is the default again, as for the next start after the cut; on:
 * this one is. */
void        td_powercut_set_registered (TdPowercut     *self,
                                        gboolean        registered);

/* The power goes at the @cut_at-th write, truncation or sync of a database, -wal or
 * -journal file from now on (counted from 1); 0 never. Forgets every file it knew. */
void        td_powercut_arm            (TdPowercut     *self,
                                        guint           cut_at,
                                        TdPowercutMode  mode);
/* Writes, truncations and syncs counted since td_powercut_arm(). */
guint       td_powercut_get_events     (TdPowercut     *self);
gboolean    td_powercut_has_cut        (TdPowercut     *self);

/* For a test that must show the check can fail: syncs are counted but never reach the
 * disk, as with PRAGMA synchronous = OFF. */
void        td_powercut_set_ignore_syncs (TdPowercut   *self,
                                          gboolean      ignore);

/* Once every connection is closed: each file as the disk holds it after the cut. The -shm
 * is memory: it is removed or zero-filled. Nothing happens when there was no cut. */
void        td_powercut_restore        (TdPowercut       *self,
                                        TdPowercutReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TdPowercut, td_powercut_free)

G_END_DECLS
