#!/usr/bin/env bash
# Sets up a software WebGPU for this repository (Debian 12 / x86_64):
#   1. the Vulkan loader `libvulkan1`, with the system apt, only if no libvulkan.so.1 is installed;
#   2. Mesa 25's lavapipe (the CPU Vulkan driver; Debian 12's own Mesa 22.3 is rejected by Dawn),
#      fetched privately from the Debian mirror's `bookworm-backports` suite into <repo>/.webgpu/:
#      only libvulkan_lvp.so is kept, plus an ICD file pointing at it and an `env` file to source.
# The system's apt state, sources and installed packages are not touched by step 2.
# Idempotent: a second run finds everything in place and changes nothing.
#
#   bash scripts/setup-webgpu.sh           # or: npm run setup:webgpu
#   bash scripts/setup-webgpu.sh --force   # fetch the driver again
#
# Environment: WEBGPU_DEBIAN_MIRROR (default: the system's Debian mirror), WEBGPU_MESA_SUITE
# (default: <codename>-backports on bookworm, else <codename>).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEST="$REPO/.webgpu"
ICD="$DEST/lvp_icd.json"
LIB="$DEST/libvulkan_lvp.so"
STAMP="$DEST/VERSION"
ENV_FILE="$DEST/env"
MIN_MESA_MAJOR=24
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

say() { echo "setup-webgpu: $*"; }
die() { echo "setup-webgpu: error: $*" >&2; exit 1; }
started=$(date +%s.%N)

[[ "$(uname -s)" == Linux ]] || die "only Linux is handled here; on other systems Dawn uses the platform's own GPU API (Metal, D3D12) and needs no set-up"
command -v apt-get >/dev/null && command -v dpkg >/dev/null || die "apt-get and dpkg are needed (Debian/Ubuntu); elsewhere install a Vulkan loader and a Vulkan driver (e.g. Mesa >= $MIN_MESA_MAJOR lavapipe) and set VK_ICD_FILENAMES"
ARCH=$(dpkg --print-architecture)
case "$ARCH" in
  amd64) MULTIARCH=x86_64-linux-gnu ;;
  arm64) MULTIARCH=aarch64-linux-gnu ;;
  *) die "architecture $ARCH is not handled" ;;
esac

# Runs a command as root: directly, or through sudo without a password prompt.
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"
  else die "needs root to run: $* (run this script as root, or install it yourself)"
  fi
}
apt_updated=0
system_apt_install() {
  if [[ $apt_updated -eq 0 ]]; then
    say "apt-get update (system)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    apt_updated=1
  fi
  say "apt-get install $* (system)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# ---- 1. the Vulkan loader -------------------------------------------------------------------
if ldconfig -p 2>/dev/null | grep -q 'libvulkan\.so\.1 '; then
  say "Vulkan loader: already installed ($(ldconfig -p | grep 'libvulkan\.so\.1 ' | head -1 | sed 's/.*=> //'))"
else
  system_apt_install libvulkan1
  ldconfig -p 2>/dev/null | grep -q 'libvulkan\.so\.1 ' || die "libvulkan1 installed but libvulkan.so.1 is not found by ldconfig"
  say "Vulkan loader: installed libvulkan1 $(dpkg-query -W -f='${Version}' libvulkan1)"
fi

# ---- 2. lavapipe, privately -------------------------------------------------------------------
# Libraries that the driver needs and the dynamic linker cannot find (names, one per line).
missing_libs() { ldd "$1" 2>/dev/null | awk '/not found/ {print $1}' | sort -u; }

write_if_changed() { # path content
  if [[ -f "$1" ]] && [[ "$(cat "$1")" == "$2" ]]; then return 1; fi
  printf '%s\n' "$2" >"$1.tmp" && mv "$1.tmp" "$1"
}

installed_ok() {
  [[ $FORCE -eq 0 && -s "$LIB" && -s "$STAMP" && -s "$ICD" ]] || return 1
  [[ -z "$(missing_libs "$LIB")" ]]
}

if installed_ok; then
  say "lavapipe: already in $DEST (mesa-vulkan-drivers $(cat "$STAMP"))"
else
  # shellcheck disable=SC1091
  . /etc/os-release
  CODENAME=${VERSION_CODENAME:-bookworm}
  if [[ -n "${WEBGPU_MESA_SUITE:-}" ]]; then SUITE=$WEBGPU_MESA_SUITE
  elif [[ "$CODENAME" == bookworm ]]; then SUITE=bookworm-backports
  else SUITE=$CODENAME
  fi
  # the mirror the system already uses (deb822 or one-line sources), else deb.debian.org
  MIRROR=${WEBGPU_DEBIAN_MIRROR:-}
  if [[ -z "$MIRROR" ]]; then
    MIRROR=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk 'tolower($1)=="uris:" && $2 !~ /security/ {print $2; exit}')
  fi
  if [[ -z "$MIRROR" ]]; then
    MIRROR=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '$1=="deb" { for (i=2;i<=NF;i++) if ($i ~ /^(https?|ftp):/ && $i !~ /security/) { print $i; exit } }')
  fi
  MIRROR=${MIRROR:-http://deb.debian.org/debian}
  KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
  [[ -f "$KEYRING" ]] || die "$KEYRING is missing (apt-get install debian-archive-keyring)"

  TMP=$(mktemp -d "${TMPDIR:-/tmp}/setup-webgpu.XXXXXX")
  trap 'rm -rf "$TMP"' EXIT
  mkdir -p "$TMP/lists/partial" "$TMP/cache/archives/partial" "$TMP/sources.list.d" "$TMP/preferences.d" "$TMP/dl"
  echo "deb [signed-by=$KEYRING] $MIRROR $SUITE main" >"$TMP/sources.list"
  : >"$TMP/status"
  APT_OPTS=(
    -o "Dir::Etc::SourceList=$TMP/sources.list" -o "Dir::Etc::SourceParts=$TMP/sources.list.d"
    -o "Dir::Etc::Preferences=$TMP/preferences" -o "Dir::Etc::PreferencesParts=$TMP/preferences.d"
    -o "Dir::State::Lists=$TMP/lists" -o "Dir::State::Status=$TMP/status" -o "Dir::Cache=$TMP/cache"
    -o "APT::Default-Release=" -o "APT::Architecture=$ARCH" -o "APT::Architectures::=$ARCH"
    -o "Debug::NoLocking=1" -q
  )
  # as root, apt drops to the _apt user, which cannot write to our private folders
  [[ $EUID -eq 0 ]] && APT_OPTS+=(-o "APT::Sandbox::User=root")

  say "fetching the $SUITE package index from $MIRROR (private apt state in $TMP)"
  apt-get "${APT_OPTS[@]}" update >"$TMP/update.log" 2>&1 || { cat "$TMP/update.log" >&2; die "apt-get update of $SUITE failed"; }
  VERSION=$(apt-cache "${APT_OPTS[@]}" show "mesa-vulkan-drivers/$SUITE" 2>/dev/null | awk '/^Version:/ {print $2; exit}')
  [[ -n "$VERSION" ]] || die "no mesa-vulkan-drivers in $MIRROR $SUITE"
  MAJOR=${VERSION%%.*}; MAJOR=${MAJOR#*:}
  [[ "$MAJOR" -ge $MIN_MESA_MAJOR ]] || die "mesa-vulkan-drivers $VERSION in $SUITE is older than Mesa $MIN_MESA_MAJOR; Dawn rejects it (set WEBGPU_MESA_SUITE to a suite with a newer Mesa)"

  say "downloading mesa-vulkan-drivers $VERSION"
  (cd "$TMP/dl" && apt-get "${APT_OPTS[@]}" download "mesa-vulkan-drivers/$SUITE" >"$TMP/download.log" 2>&1) || { cat "$TMP/download.log" >&2; die "apt-get download failed"; }
  DEB=$(ls "$TMP"/dl/mesa-vulkan-drivers_*.deb)
  dpkg -x "$DEB" "$TMP/x"
  SRC="$TMP/x/usr/lib/$MULTIARCH/libvulkan_lvp.so"
  [[ -f "$SRC" ]] || die "the package has no libvulkan_lvp.so"

  # The driver links against system libraries (LLVM 15, zstd, xcb, ...). On a minimal system some
  # may be missing: install the package's dependencies from the system's own suite.
  MISSING=$(missing_libs "$SRC")
  if [[ -n "$MISSING" ]]; then
    say "libvulkan_lvp.so needs libraries not installed here: $(echo $MISSING)"
    DEPS=$(apt-cache "${APT_OPTS[@]}" show "mesa-vulkan-drivers/$SUITE" | awk -F': ' '/^Depends:/ {print $2; exit}' \
      | tr ',' '\n' | sed -E 's/\(.*\)//; s/\|.*//; s/[[:space:]]//g' | grep -v '^$' | grep -v '^libvulkan1$' || true)
    # only the ones not installed at all: installed ones are left at their version (no upgrades)
    ABSENT=()
    for p in $DEPS; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || ABSENT+=("$p")
    done
    [[ ${#ABSENT[@]} -gt 0 ]] || die "libvulkan_lvp.so cannot find $(echo $MISSING), yet its dependencies are installed"
    system_apt_install "${ABSENT[@]}"
    MISSING=$(missing_libs "$SRC")
    [[ -z "$MISSING" ]] || die "libvulkan_lvp.so still cannot find: $(echo $MISSING)"
  fi
  UNDEF=$(ldd -r "$SRC" 2>&1 | grep -E 'undefined symbol|version .* not found' | head -5 || true)
  [[ -z "$UNDEF" ]] || die "libvulkan_lvp.so does not link against this system's libraries:
$UNDEF"

  mkdir -p "$DEST"
  cp "$SRC" "$LIB.tmp" && mv "$LIB.tmp" "$LIB"
  printf '%s\n' "$VERSION" >"$STAMP"
  say "lavapipe: installed libvulkan_lvp.so from mesa-vulkan-drivers $VERSION ($(du -h "$LIB" | cut -f1)) into $DEST"
fi

# The ICD file and the env file hold absolute paths: rewritten when the repository has moved.
API_VERSION=1.4.305
ICD_JSON="{\"file_format_version\":\"1.0.0\",\"ICD\":{\"library_path\":\"$LIB\",\"api_version\":\"$API_VERSION\"}}"
write_if_changed "$ICD" "$ICD_JSON" && say "wrote $ICD"
ENV_TEXT="# source this file (. .webgpu/env) to run WebGPU on lavapipe
export VK_ICD_FILENAMES=$ICD
export NODEVICE_SELECT=1"
write_if_changed "$ENV_FILE" "$ENV_TEXT" && say "wrote $ENV_FILE"

elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
say "done in ${elapsed}s. Use:"
echo "  export VK_ICD_FILENAMES=$ICD NODEVICE_SELECT=1"
echo "  (or: . .webgpu/env; src/run/webgpu.ts sets both itself when VK_ICD_FILENAMES is unset)"
