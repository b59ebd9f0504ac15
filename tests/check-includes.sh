#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers include downwards only: ui → cli → doc → core, and cli → io → core. Fails,
# naming the file and the line, when a core file includes a header of doc/, io/, cli/ or ui/
# (or any GTK, Pango or Cairo header), a doc file one of io/, cli/ or ui/ or GTK, or an io
# file one of doc/, cli/ or ui/, GTK, drawing, SQLite or the store.
#   check-includes.sh SRC_DIR
set -eu

src=${1:?usage: check-includes.sh SRC_DIR}
status=0

# The headers of a folder and its subfolders (core/model/, doc/engine/, … as they come).
headers_of () {
  find "$src/$1" -name '*.h' -exec basename {} \;
}

# check DIR FORBIDDEN_HEADERS… : every #include "x.h" or <x.h> of DIR's files against the list.
check () {
  dir=$1
  shift
  awk -v dir="$dir" -v prefix="$src/" -v forbidden="$*" '
    BEGIN { n = split(forbidden, list, " "); for (i = 1; i <= n; i++) bad[list[i]] = 1 }
    /^[[:space:]]*#[[:space:]]*include/ {
      name = $0
      sub(/^[^"<]*["<]/, "", name)
      sub(/[">].*$/, "", name)
      if (name in bad) {
        file = FILENAME
        if (index(file, prefix) == 1)
          file = substr(file, length(prefix) + 1)
        print file ":" FNR ": " dir "/ must not include " name
      }
    }' $(find "$src/$dir" -name '*.[ch]' | sort)
}

ui_headers=$(headers_of ui)
cli_headers=$(headers_of cli)
doc_headers=$(headers_of doc)
io_headers=$(headers_of io)
store_headers=$(find "$src/core" -name 'td-store*.h' -exec basename {} \;)
gtk="gtk/gtk.h adwaita.h gdk/gdk.h"
drawing="cairo.h cairo-pdf.h pango/pango.h pango/pangocairo.h"

# shellcheck disable=SC2086
problems=$(
  check core $doc_headers $io_headers $cli_headers $ui_headers $gtk $drawing
  check doc $io_headers $cli_headers $ui_headers $gtk
  check io $doc_headers $cli_headers $ui_headers $gtk $drawing sqlite3.h $store_headers
)

if [ -n "$problems" ]; then
  printf '%s\n' "$problems" >&2
  status=1
else
  echo "core includes no doc, io, cli or ui header; doc none of io, cli or ui, nor GTK;" \
       "io none of doc, cli or ui, nor GTK, SQLite or the store"
fi
exit $status
