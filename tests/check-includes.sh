#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers include downwards only: ui → cli → doc → core. Fails, naming the file and the
# line, when a core file includes a header of doc/, cli/ or ui/ (or any GTK, Pango or Cairo
# header), or a doc file includes a header of cli/ or ui/ or GTK.
#   check-includes.sh SRC_DIR
set -eu

src=${1:?usage: check-includes.sh SRC_DIR}
status=0

headers_of () {
  for h in "$src/$1"/*.h; do
    [ -e "$h" ] && basename "$h"
  done
}

# check DIR FORBIDDEN_HEADERS… : every #include "x.h" or <x.h> of DIR's files against the list.
check () {
  dir=$1
  shift
  for file in "$src/$dir"/*.c "$src/$dir"/*.h; do
    [ -e "$file" ] || continue
    grep -n '^[[:space:]]*#[[:space:]]*include' "$file" | while IFS= read -r line; do
      name=$(printf '%s\n' "$line" | sed -n 's/.*#[[:space:]]*include[[:space:]]*["<]\([^">]*\)[">].*/\1/p')
      for bad in "$@"; do
        if [ "$name" = "$bad" ]; then
          echo "${file#"$src"/}:${line%%:*}: $dir/ must not include $name"
        fi
      done
    done
  done
}

ui_headers=$(headers_of ui)
cli_headers=$(headers_of cli)
doc_headers=$(headers_of doc)
gtk="gtk/gtk.h adwaita.h gdk/gdk.h"
drawing="cairo.h cairo-pdf.h pango/pango.h pango/pangocairo.h"

# shellcheck disable=SC2086
problems=$(
  check core $doc_headers $cli_headers $ui_headers $gtk $drawing
  check doc $cli_headers $ui_headers $gtk
)

if [ -n "$problems" ]; then
  printf '%s\n' "$problems" >&2
  status=1
else
  echo "core includes no doc, cli or ui header; doc none of cli or ui, nor GTK"
fi
exit $status
