# Shared by build-aux/run and build-aux/test: install what is missing, configure, build.
# shellcheck shell=bash

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${BUILDDIR:-$top/build}

as_root () {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages () {
  local missing=()
  local pkg
  while read -r pkg; do
    case "$pkg" in ''|'#'*) continue ;; esac
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$pkg")
  done < "$top/build-aux/debian-packages.txt"

  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${missing[@]}"
  fi
}

# The Vietnamese UI tests need vi_VN.UTF-8.
ensure_locale () {
  if ! locale -a 2>/dev/null | grep -qi '^vi_VN\.utf-\?8$'; then
    echo "Generating the vi_VN.UTF-8 locale"
    if [ -f /etc/locale.gen ] && grep -q 'vi_VN.UTF-8' /etc/locale.gen; then
      as_root sed -i 's/^# *\(vi_VN.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    else
      echo 'vi_VN.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
    fi
    as_root locale-gen
  fi
}

configure_and_build () {
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" "$top" -Dwerror=true >/dev/null
  else
    meson setup "$builddir" "$top" -Dwerror=true
  fi
  meson compile -C "$builddir"
}

# Running from the build directory: schemas, icons and translations of this build.
uninstalled_env () {
  export GSETTINGS_SCHEMA_DIR="$builddir/data"
  export XDG_DATA_DIRS="$top/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
  export THIDUA_LOCALEDIR="$builddir/po"
}
