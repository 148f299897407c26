# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by scripts/test and scripts/run: decides where Herald builds, provisions the
# Debian 13 build root when the host lacks the toolchain, and runs commands there.
#
# HERALD_BUILD_MODE=auto|native|root   (default auto: native when the host has Qt >= 6.8,
#                                       KF6 and cmark-gfm, otherwise the build root)
# HERALD_DEBIAN_MIRROR=URL             (default: the host's own Debian mirror)
# XDG_CACHE_HOME                       (the root lives in $XDG_CACHE_HOME/herald)

set -euo pipefail

HERALD_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERALD_CACHE=${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/herald
HERALD_PACKAGES_FILE=$HERALD_SRC/scripts/buildroot/packages.txt
HERALD_SUITE=trixie
# Bump when the way the root is made changes, so existing roots are rebuilt.
HERALD_PROVISION_VERSION=1

say() { printf '\033[1m[herald]\033[0m %s\n' "$*" >&2; }
die() {
    printf '\033[1;31m[herald] error:\033[0m %s\n' "$*" >&2
    exit 1
}

herald_packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$HERALD_PACKAGES_FILE" | grep -v '^$' | sort -u
}

herald_root_key() {
    { echo "$HERALD_SUITE $HERALD_PROVISION_VERSION"; herald_packages; } | sha256sum | cut -c1-16
}

# True when the host itself can build Herald.
herald_native_ok() {
    command -v cmake >/dev/null && command -v pkg-config >/dev/null || return 1
    pkg-config --atleast-version=6.8 Qt6Core 2>/dev/null || return 1
    pkg-config --exists libcmark-gfm yaml-cpp 2>/dev/null || return 1
    local dirs=(/usr/lib/cmake /usr/lib64/cmake /usr/lib/*/cmake /usr/local/lib/cmake /opt/homebrew/lib/cmake)
    local d
    IFS=: read -r -a extra <<<"${CMAKE_PREFIX_PATH:-}"
    for d in "${extra[@]}"; do dirs+=("$d/lib/cmake"); done
    for pkg in KF6SyntaxHighlighting KF6Notifications KF6Syndication tomlplusplus; do
        local found=
        for d in "${dirs[@]}"; do [ -d "$d/$pkg" ] && found=1 && break; done
        [ -n "$found" ] || return 1
    done
}

herald_is_debian_family() {
    [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release
}

herald_select_mode() {
    case "${HERALD_BUILD_MODE:-auto}" in
    native) HERALD_MODE=native ;;
    root) HERALD_MODE=root ;;
    auto)
        if herald_native_ok; then
            HERALD_MODE=native
        elif herald_is_debian_family; then
            HERALD_MODE=root
        else
            die "this host lacks Herald's dependencies (Qt >= 6.8, KF6 SyntaxHighlighting, Notifications and Syndication, cmark-gfm, yaml-cpp, toml++) and is not Debian-based, so no build root can be made here. Install them as the README's 'Native dependencies' section lists, then run this again."
        fi
        ;;
    *) die "HERALD_BUILD_MODE must be auto, native or root, not '${HERALD_BUILD_MODE}'" ;;
    esac
}

# Installs a host tool with apt when it is missing (root only), or says what to install.
herald_need_host_tool() {
    local tool=$1 package=$2
    command -v "$tool" >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing $package on the host (needed to make the build root)"
        apt-get update -qq >/dev/null || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null ||
            die "could not install $package; install it yourself: apt-get install $package"
    else
        die "the build root needs '$tool': install it with 'sudo apt-get install $package' and run this again"
    fi
}

herald_mirror() {
    if [ -n "${HERALD_DEBIAN_MIRROR:-}" ]; then
        echo "$HERALD_DEBIAN_MIRROR"
        return
    fi
    # Reuse the mirror the host already trusts: deb822 sources first, then the one-line form.
    local uri
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
    [ -n "$uri" ] || uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
    [ -n "$uri" ] || die "no Debian mirror found in /etc/apt; set HERALD_DEBIAN_MIRROR to one"
    echo "${uri%/}"
}

# Unmounts whatever a killed debootstrap left mounted below a directory.
herald_unmount_below() {
    local dir=$1 m
    command -v findmnt >/dev/null || return 0
    findmnt -rn -o TARGET | awk -v d="$dir/" 'index($0, d) == 1' | sort -r | while read -r m; do
        umount -l "$m" 2>/dev/null || true
    done
}

# Runs a command as root inside a root that is being provisioned.
herald_bwrap_provision() {
    local root=$1
    shift
    bwrap --bind "$root" / --dev /dev --proc /proc --tmpfs /tmp \
        --ro-bind /etc/resolv.conf /etc/resolv.conf \
        --setenv DEBIAN_FRONTEND noninteractive --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
        --unshare-pid --die-with-parent "$@"
}

herald_provision_root() {
    HERALD_ROOT=$HERALD_CACHE/root-$(herald_root_key)
    mkdir -p "$HERALD_CACHE"
    exec {lockfd}>"$HERALD_CACHE/provision.lock"
    if ! flock -n "$lockfd"; then
        say "another run is provisioning the build root; waiting for it"
        flock "$lockfd"
    fi
    if [ -f "$HERALD_ROOT/.herald-ready" ]; then
        exec {lockfd}>&-
        return 0
    fi
    [ "$(id -u)" = 0 ] || die "making the Debian 13 build root needs root the first time (debootstrap); run 'sudo scripts/test' once, or install the native dependencies listed in the README"
    herald_need_host_tool debootstrap debootstrap
    herald_need_host_tool bwrap bubblewrap

    local partial=$HERALD_ROOT.partial mirror started
    started=$(date +%s)
    mirror=$(herald_mirror)
    if [ -e "$partial" ]; then
        say "removing a build root left half-made by an interrupted run"
        herald_unmount_below "$partial"
        rm -rf --one-file-system "$partial"
    fi
    say "making the Debian 13 build root in $HERALD_ROOT (once; takes a few minutes)"
    trap 'herald_unmount_below "'"$partial"'"' EXIT
    debootstrap --variant=minbase "$HERALD_SUITE" "$partial" "$mirror" >"$HERALD_CACHE/debootstrap.log" 2>&1 ||
        die "debootstrap failed; see $HERALD_CACHE/debootstrap.log"
    herald_unmount_below "$partial"
    echo "deb $mirror $HERALD_SUITE main" >"$partial/etc/apt/sources.list"
    # shellcheck disable=SC2046
    herald_bwrap_provision "$partial" sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" && apt-get clean' \
        sh $(herald_packages) >"$HERALD_CACHE/apt.log" 2>&1 ||
        die "installing packages into the build root failed; see $HERALD_CACHE/apt.log"
    herald_packages >"$partial/.herald-ready"
    mv "$partial" "$HERALD_ROOT"
    trap - EXIT
    # Roots made from an older package list are never used again.
    local old
    for old in "$HERALD_CACHE"/root-*; do
        [ "$old" = "$HERALD_ROOT" ] || [ ! -d "$old" ] || rm -rf --one-file-system "$old"
    done
    say "build root ready in $(($(date +%s) - started)) s"
    exec {lockfd}>&-
}

# Fills HERALD_RUN (a command prefix) so that "${HERALD_RUN[@]}" cmd runs cmd where Herald builds.
# Options: --net (keep the host network; tests run without it), --desktop (pass the display,
# the session bus and $HOME through, for scripts/run).
herald_prepare() {
    local net=0 desktop=0
    for a in "$@"; do
        case $a in
        --net) net=1 ;;
        --desktop) desktop=1 ;;
        esac
    done
    herald_select_mode
    mkdir -p "$HERALD_CACHE/ccache" "$HERALD_CACHE/clang-tidy"
    if [ "$HERALD_MODE" = native ]; then
        HERALD_RUN=(env CCACHE_DIR="${CCACHE_DIR:-$HERALD_CACHE/ccache}"
            CCACHE_BASEDIR="$HERALD_SRC" CCACHE_NOHASHDIR=1
            HERALD_TIDY_CACHE="${HERALD_TIDY_CACHE:-$HERALD_CACHE/clang-tidy}")
        return
    fi
    herald_need_host_tool bwrap bubblewrap
    herald_provision_root
    # CCACHE_COMPILERCHECK=content: a new build root (a package added) has a new compiler file
    # with the same bytes, and the cache stays good for it. CCACHE_BASEDIR and NOHASHDIR: a
    # fresh clone in another folder (CI's) hits the cache its siblings filled, instead of
    # compiling everything cold (the debug info of a hit names the folder that filled it).
    HERALD_RUN=(bwrap --bind "$HERALD_ROOT" / --dev /dev --proc /proc --tmpfs /tmp --tmpfs /dev/shm
        --bind "$HERALD_SRC" "$HERALD_SRC"
        --bind "$HERALD_CACHE/ccache" /var/cache/ccache
        --setenv CCACHE_DIR /var/cache/ccache
        --setenv CCACHE_COMPILERCHECK content
        --setenv CCACHE_BASEDIR "$HERALD_SRC"
        --setenv CCACHE_NOHASHDIR 1
        --bind "$HERALD_CACHE/clang-tidy" /var/cache/clang-tidy
        --setenv HERALD_TIDY_CACHE /var/cache/clang-tidy
        --setenv PATH /usr/local/bin:/usr/bin:/bin
        --setenv HERALD_BUILD_ROOT "$HERALD_ROOT"
        --unsetenv LD_LIBRARY_PATH
        --die-with-parent --unshare-pid --unshare-ipc
        --chdir "$HERALD_SRC")
    # Tests read ../shared beside the checkout; it may be a symlink, so bind what it points to.
    local shared
    shared=$(readlink -f "$HERALD_SRC/../shared" 2>/dev/null || true)
    if [ -n "$shared" ] && [ -d "$shared" ]; then
        HERALD_RUN+=(--ro-bind "$shared" "$(dirname "$HERALD_SRC")/shared")
    fi
    if [ "$net" = 1 ]; then
        HERALD_RUN+=(--ro-bind /etc/resolv.conf /etc/resolv.conf)
    else
        HERALD_RUN+=(--unshare-net)
    fi
    if [ "$desktop" = 1 ]; then
        [ -n "${HOME:-}" ] && HERALD_RUN+=(--bind "$HOME" "$HOME" --setenv HOME "$HOME")
        [ -d /tmp/.X11-unix ] && HERALD_RUN+=(--ro-bind /tmp/.X11-unix /tmp/.X11-unix)
        [ -n "${XAUTHORITY:-}" ] && [ -e "$XAUTHORITY" ] && HERALD_RUN+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
        if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ]; then
            HERALD_RUN+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
        fi
        # A session bus outside XDG_RUNTIME_DIR (dbus-launch puts it in /tmp).
        local bus=${DBUS_SESSION_BUS_ADDRESS:-}
        if [[ $bus == unix:path=* ]]; then
            bus=${bus#unix:path=}
            bus=${bus%%,*}
            [ -S "$bus" ] && HERALD_RUN+=(--bind "$bus" "$bus")
        fi
    fi
}
