#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/scripts/run-command-check.sh: the README's run command, as a user runs it, from the
# host (it starts its own build root): scripts/test runs it after the ci preset's tests.
#   - standard output carries only Herald's own output: --list --json pipes into a JSON parser;
#   - an unchanged tree builds silently, and a build never rewrites a tracked file;
#   - --data-dir names a real path on this machine (under /tmp and under /var/tmp), written
#     by --sync against the fixture server and read back from outside.
# It uses the ci preset's build (HERALD_RUN_PRESET=ci), which scripts/test has just made.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
fixtures=$(readlink -f "$src/../shared/fixtures/web" 2>/dev/null || true)
export HERALD_RUN_PRESET=ci

fail() {
    echo "FAIL: run-command-check: $*" >&2
    exit 1
}

work=$(mktemp -d /tmp/herald-run-check.XXXXXX)
other=$(mktemp -d /var/tmp/herald-run-check.XXXXXX)
server_pid=
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
    rm -rf "$work" "$other" "$src/build/run-check"
}
trap cleanup EXIT

tracked_before=$(git -C "$src" status --porcelain --untracked-files=no)

# An unchanged tree: nothing but Herald's output, nothing on standard error.
"$src/scripts/run" --version >"$work/version.out" 2>"$work/version.err" || fail "--version exited $?"
grep -q '^Herald ' "$work/version.out" || fail "--version printed: $(head -c 300 "$work/version.out")"
[ ! -s "$work/version.err" ] || fail "an unchanged tree printed on stderr: $(head -c 300 "$work/version.err")"

if [ -z "$fixtures" ] || [ ! -f "$fixtures/blog.python.org/rss.xml" ]; then
    echo "run-command-check: no fixture snapshot beside the checkout; checked the output only"
    exit 0
fi

# The fixture server on the host's loopback, where scripts/run's Herald reaches it.
source "$src/scripts/lib/buildenv.sh"
herald_prepare --net
mkdir -p "$src/build/run-check"
# Inside the build root the snapshot is bound beside the checkout, at ../shared, whatever
# the link on the host points to.
"${HERALD_RUN[@]}" build/ci/bin/herald-fixture-server --root "$src/../shared/fixtures/web" --port-file build/run-check/port \
    >"$src/build/run-check/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 40); do
    [ -s "$src/build/run-check/port" ] && break
    sleep 0.25
done
[ -s "$src/build/run-check/port" ] || fail "the fixture server did not start: $(cat "$src/build/run-check/server.log")"
urlmap="https://=http://127.0.0.1:$(cat "$src/build/run-check/port")/"

expected=$(find "$fixtures/raw.githubusercontent.com" -name 'index.md*' -path '*/posts/*' | wc -l)
for data in "$work/data" "$other/data"; do
    "$src/scripts/run" --data-dir "$data" --url-map "$urlmap" --sync >"$work/sync.out" 2>&1 ||
        fail "--sync into $data exited $?: $(tail -n 5 "$work/sync.out")"
    [ -s "$data/herald.db" ] || fail "no herald.db in $data after --sync: the data went elsewhere"
    "$src/scripts/run" --data-dir "$data" --list --json >"$work/list.json" 2>"$work/list.err" ||
        fail "--list --json exited $?"
    count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$work/list.json") ||
        fail "--list --json is not JSON: $(head -c 300 "$work/list.json")"
    [ "$count" -ge "$expected" ] || fail "--list --json listed $count posts from $data, expected $expected"
    echo "run-command-check: $data holds $count posts, read back from outside"
done

tracked_after=$(git -C "$src" status --porcelain --untracked-files=no)
[ "$tracked_before" = "$tracked_after" ] || fail "running Herald changed tracked files: $tracked_after"
echo "run-command-check: passed"
