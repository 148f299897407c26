#!/bin/sh
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# with-xvfb.sh COMMAND [ARGS…]: runs COMMAND against a private Xvfb and stops it afterwards.
# Xvfb picks a free display itself (-displayfd), so tests running in parallel never collide.
set -u
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "with-xvfb: Xvfb is not installed (Debian: apt-get install xvfb)" >&2
    exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/herald-xvfb.XXXXXX")
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
cleanup() {
    kill "$xvfb" 2>/dev/null
    wait "$xvfb" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM
i=0
while [ ! -s "$dir/display" ]; do
    i=$((i + 1))
    if [ "$i" -gt 200 ] || ! kill -0 "$xvfb" 2>/dev/null; then
        echo "with-xvfb: Xvfb did not start:" >&2
        cat "$dir/log" >&2
        exit 1
    fi
    sleep 0.05
done
DISPLAY=:$(head -n 1 "$dir/display")
export DISPLAY
unset WAYLAND_DISPLAY
"$@"
rc=$?
exit "$rc"
