#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/scripts/clean-install-check.sh: Herald's .deb (scripts/package), installed with apt
# into a fresh minimal Debian 13 root as a user installs it, then used and removed:
#   - the package installs with nothing but apt resolving its dependencies;
#   - from the installed files alone, `herald --version`, `--sync` against the fixture server
#     and `--list` work, and `--screenshot` renders the window in French and in Japanese;
#   - the desktop file, metainfo, icons, notifyrc, translations and man page are where the
#     desktop looks for them;
#   - `apt-get purge` leaves nothing of Herald behind.
# The root is made once with debootstrap and kept in ~/.cache/herald (a copy is used, so each
# run starts from the same clean state); apt's downloads are kept beside it. Needs root (as
# making the build root does) and Debian's mirror. scripts/test runs it after the ci preset.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
source "$src/scripts/lib/buildenv.sh"

fail() {
    echo "FAIL: clean-install-check: $*" >&2
    exit 1
}

[ "$(id -u)" = 0 ] || { echo "clean-install-check: needs root for the clean root (debootstrap); not run" >&2; exit 1; }
herald_need_host_tool debootstrap debootstrap
herald_need_host_tool bwrap bubblewrap

deb=$("$src/scripts/package") || fail "scripts/package failed"
[ -f "$deb" ] || fail "scripts/package named no package: $deb"

# The pristine root: debootstrap's minbase, nothing else.
clean=$HERALD_CACHE/clean-$HERALD_SUITE-$HERALD_PROVISION_VERSION
exec {lockfd}>"$HERALD_CACHE/clean.lock"
flock "$lockfd"
if [ ! -f "$clean/.herald-clean" ]; then
    say "making a clean Debian 13 root for the install test (once)"
    rm -rf --one-file-system "$clean.partial"
    debootstrap --variant=minbase "$HERALD_SUITE" "$clean.partial" "$(herald_mirror)" \
        >"$HERALD_CACHE/clean-debootstrap.log" 2>&1 || fail "debootstrap failed; see $HERALD_CACHE/clean-debootstrap.log"
    herald_unmount_below "$clean.partial"
    echo "deb $(herald_mirror) $HERALD_SUITE main" >"$clean.partial/etc/apt/sources.list"
    touch "$clean.partial/.herald-clean"
    rm -rf --one-file-system "$clean"
    mv "$clean.partial" "$clean"
fi
exec {lockfd}>&-

work=$(mktemp -d /var/tmp/herald-clean-install.XXXXXX)
server_pid=
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
root=$work/root
cp -a "$clean" "$root"
rm -f "$root/.herald-clean" # the cache's own marker, not part of the system
mkdir -p "$HERALD_CACHE/clean-apt/partial"
cp "$deb" "$root/tmp/"
debname=$(basename "$deb")

# As root inside the copy, with the host's network (apt, and the fixture server on loopback).
in_root() {
    bwrap --bind "$root" / --dev /dev --proc /proc \
        --bind "$HERALD_CACHE/clean-apt" /var/cache/apt/archives \
        --ro-bind /etc/resolv.conf /etc/resolv.conf \
        --setenv DEBIAN_FRONTEND noninteractive --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
        --setenv HOME /root --unsetenv DISPLAY --unsetenv WAYLAND_DISPLAY --chdir / \
        --unshare-pid --die-with-parent "$@"
}

# As a user installs it (apt installs Recommends too), on a desktop that has fonts for the
# languages it shows: Japanese needs CJK ones.
in_root sh -c "apt-get update -qq && apt-get install -y -qq /tmp/$debname fonts-noto-cjk" \
    >"$work/install.log" 2>&1 || fail "apt-get install ./$debname failed: $(tail -n 20 "$work/install.log")"
echo "clean-install-check: installed $debname with apt into a minimal Debian 13 root"

in_root herald --version >"$work/version.out" 2>&1 || fail "herald --version exited $?: $(cat "$work/version.out")"
grep -Eq '^Herald +[0-9]' "$work/version.out" || fail "herald --version printed: $(cat "$work/version.out")"

# Where the desktop looks: each file the package must have put there.
expect=(
    /usr/bin/herald
    /usr/share/applications/org.herald.Herald.desktop
    /usr/share/metainfo/org.herald.Herald.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/org.herald.Herald.svg
    /usr/share/icons/hicolor/symbolic/apps/org.herald.Herald-symbolic.svg
    /usr/share/knotifications6/herald.notifyrc
    /usr/share/man/man1/herald.1.gz
    /usr/share/doc/herald/copyright
)
for size in 16 22 24 32 48 64 128 256; do
    expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.herald.Herald.png")
done
for language in de en fr ja; do
    expect+=("/usr/share/herald/translations/herald_$language.qm")
done
for path in "${expect[@]}"; do
    [ -s "$root$path" ] || fail "the package did not install $path"
done
in_root dpkg -L herald >"$work/files" || fail "dpkg -L herald failed"
gzip -dc "$root/usr/share/man/man1/herald.1.gz" | grep -q 'Sync every source once' || fail "the man page does not document --sync"

# A French locale gets French help.
in_root env LANG=fr_FR.UTF-8 LANGUAGE=fr herald --help >"$work/help-fr.out" 2>&1 || true
grep -q 'Synchroniser chaque source' "$work/help-fr.out" || fail "herald --help in French printed: $(head -n 5 "$work/help-fr.out")"

fixtures=$(readlink -f "$src/../shared/fixtures/web" 2>/dev/null || true)
if [ -n "$fixtures" ] && [ -f "$fixtures/blog.python.org/rss.xml" ]; then
    herald_prepare --net
    "${HERALD_RUN[@]}" build/ci/bin/herald-fixture-server --root "$src/../shared/fixtures/web" \
        --port-file "build/clean-install.port" >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 40); do
        [ -s "$src/build/clean-install.port" ] && break
        sleep 0.25
    done
    [ -s "$src/build/clean-install.port" ] || fail "the fixture server did not start: $(cat "$work/server.log")"
    urlmap="https://=http://127.0.0.1:$(cat "$src/build/clean-install.port")/"
    rm -f "$src/build/clean-install.port"
    in_root herald --data-dir /root/data --url-map "$urlmap" --sync >"$work/sync.out" 2>&1 ||
        fail "herald --sync exited $?: $(tail -n 5 "$work/sync.out")"
    in_root herald --data-dir /root/data --list >"$work/list.out" 2>&1 || fail "herald --list exited $?"
    [ "$(wc -l <"$work/list.out")" -ge 300 ] || fail "herald --list listed $(wc -l <"$work/list.out") lines"
    echo "clean-install-check: --sync and --list from the installed package: $(wc -l <"$work/list.out") posts"
    data=(--data-dir /root/data)
else
    echo "clean-install-check: no fixture snapshot beside the checkout; the screenshots show an empty window"
    data=(--data-dir /root/empty)
fi

# The screenshots, on Qt's offscreen platform, kept in build/clean-install for people to look at.
shots=$src/build/clean-install
rm -rf "$shots"
mkdir -p "$shots"
for language in fr_FR:fr ja_JP:ja; do
    locale=${language%%:*}
    short=${language##*:}
    in_root env QT_QPA_PLATFORM=offscreen LANG="$locale.UTF-8" LANGUAGE="$short" \
        herald "${data[@]}" --screenshot "/tmp/$short.png" --size 1280x800 --theme light \
        >"$work/shot-$short.out" 2>&1 || fail "--screenshot in $locale exited $?: $(tail -n 5 "$work/shot-$short.out")"
    [ -s "$root/tmp/$short.png" ] || fail "--screenshot in $locale wrote nothing"
    cp "$root/tmp/$short.png" "$shots/main-window-$short.png"
done
echo "clean-install-check: screenshots in build/clean-install/ (French and Japanese)"

# Removed and purged: none of its files, and nothing named after it, is left.
in_root apt-get purge -y -qq herald >"$work/purge.log" 2>&1 || fail "apt-get purge herald failed: $(tail -n 5 "$work/purge.log")"
while read -r path; do
    [ -d "$root$path" ] && continue # directories such as /usr/share/applications stay
    [ ! -e "$root$path" ] || fail "$path is left after apt-get purge herald"
done <"$work/files"
left=$(cd "$root" && find . -xdev \( -path ./tmp -o -path ./root -o -path ./proc -o -path ./var/lib/dpkg \
    -o -path ./var/log -o -path ./var/cache/apt \) -prune -o -iname '*herald*' -print | head -n 20)
[ -z "$left" ] || fail "left after apt-get purge herald: $left"
echo "clean-install-check: apt-get purge herald left nothing behind"
echo "clean-install-check: passed"
