# Shared by build-aux/run and build-aux/test: install what is missing, configure, build.
# shellcheck shell=bash

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${BUILDDIR:-$top/build}

as_root () {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the packages of a list (build-aux/debian-packages.txt unless one is given).
install_packages () {
  local list=${1:-$top/build-aux/debian-packages.txt}
  local missing=()
  local pkg
  while read -r pkg; do
    case "$pkg" in ''|'#'*) continue ;; esac
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$pkg")
  done < "$list"

  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${missing[@]}"
  fi
}

have_vi_locale () {
  locale -a 2>/dev/null | grep -qix 'vi_VN\.utf-\?8'
}

# The Vietnamese UI tests need vi_VN.UTF-8. Stock Debian 12 lists it in /etc/locale.gen as
# "# vi_VN UTF-8" (no ".UTF-8"), other systems as "# vi_VN.UTF-8 UTF-8", some not at all:
# whatever the line, make it "vi_VN.UTF-8 UTF-8", generate, and check that it is there.
ensure_locale () {
  have_vi_locale && return 0
  echo "Generating the vi_VN.UTF-8 locale"
  local line='^[[:space:]]*#?[[:space:]]*vi_VN(\.UTF-8)?[[:space:]]+UTF-8[[:space:]]*$'
  if [ -f /etc/locale.gen ] && grep -Eq "$line" /etc/locale.gen; then
    as_root sed -i -E "s/$line/vi_VN.UTF-8 UTF-8/" /etc/locale.gen
  else
    echo 'vi_VN.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
  fi
  as_root locale-gen || true
  # locale-gen can be missing or skip the line; localedef is what it runs underneath.
  have_vi_locale || as_root localedef -i vi_VN -c -f UTF-8 -A /usr/share/locale/locale.alias \
    vi_VN.UTF-8 || true
  if ! have_vi_locale; then
    echo "error: could not generate the vi_VN.UTF-8 locale (locale -a does not list it);" \
      "the Vietnamese tests need it" >&2
    exit 1
  fi
}

# Configures $builddir (once, or again with these options) and builds it. The build type is
# given every time: a build directory keeps whatever type it was first made with, and meson's
# default is an unoptimised debug build. Further meson options may follow.
configure_and_build () {
  local options=(--buildtype=debugoptimized -Dwerror=true "$@")
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" "$top" "${options[@]}" >/dev/null
  else
    meson setup "$builddir" "$top" "${options[@]}"
  fi
  meson compile -C "$builddir"
}

# Running from the build directory: schemas, icons and translations of this build.
uninstalled_env () {
  export GSETTINGS_SCHEMA_DIR="$builddir/data"
  export XDG_DATA_DIRS="$top/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
  export THIDUA_LOCALEDIR="$builddir/po"
}
