#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/POTFILES.in lists exactly the files with translatable strings: every source or
# template that marks a string (_(), N_(), C_(), NC_() or translatable="yes") is listed,
# and every listed file exists. A file left out means English in a Vietnamese window.
#   check-potfiles.sh SOURCE_ROOT
set -eu

root=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$root"
status=0

listed=$(grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d')

for file in $listed; do
  if [ ! -e "$file" ]; then
    echo "po/POTFILES.in: $file: listed but there is no such file"
    status=1
  fi
done

for file in $(find src data/ui -name '*.c' -o -name '*.ui' | sort); do
  if grep -Eq '(^|[^A-Za-z0-9_])N?C?_\(|translatable="yes"' "$file" &&
     ! printf '%s\n' $listed | grep -qx "$file"; then
    echo "po/POTFILES.in: $file: has translatable strings but is not listed"
    status=1
  fi
done

exit $status
