#!/bin/sh
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# tray-e2e.sh HERALD FIXTURE_SERVER FIXTURES_DIR
#
# Herald in the background, end to end, seen from outside: on a private X server (Xvfb) and a
# private session bus, with dunst as the notification server and stalonetray as the tray.
#   1. The first sync imports the archive: at most one notification (no flood).
#   2. A new release post appears upstream; the next background sync brings exactly one
#      notification naming its versions, and Herald's icon is embedded in the tray.
#   3. Herald restarts and syncs again: no second notification.
# Exits 77 (skipped) when a tool or the fixtures are missing (ctest serves the handwritten
# archive in tests/data/archive, which every clone has).
set -u

herald=${1:?HERALD}
server=${2:?FIXTURE_SERVER}
fixtures=${3:?FIXTURES_DIR}
here=$(cd "$(dirname "$0")" && pwd)
support=$here/../support

skip() {
    echo "SKIP: $*" >&2
    exit 77
}

# Re-run under a private X server and a private bus that starts no service on its own.
if [ -z "${HERALD_TRAY_E2E_INSIDE:-}" ]; then
    for tool in Xvfb dbus-run-session dunst dunstctl stalonetray xwininfo xdotool python3; do
        command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
    done
    [ -x "$herald" ] || skip "no herald at $herald"
    [ -x "$server" ] || skip "no fixture server at $server"
    [ -f "$fixtures/blog.python.org/rss.xml" ] || skip "no fixtures at $fixtures"
    HERALD_TRAY_E2E_INSIDE=1 exec "$support/with-xvfb.sh" \
        dbus-run-session --config-file="$support/dbus-session.conf" -- "$0" "$@"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/herald-tray-e2e.XXXXXX")
pids=""
cleanup() {
    for pid in $pids; do
        kill "$pid" 2>/dev/null
    done
    for pid in $pids; do
        wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

fail() {
    echo "FAIL: $*" >&2
    echo "--- notifications:" >&2
    notifications >&2
    for log in "$work"/*.log; do
        echo "--- $(basename "$log"):" >&2
        tail -n 20 "$log" >&2
    done
    exit 1
}

# wait_for SECONDS COMMAND…: polls COMMAND every half second (a function, so that what it
# looks at is looked at anew each time).
wait_for() {
    seconds=$1
    shift
    i=0
    while ! "$@"; do
        i=$((i + 1))
        [ "$i" -gt $((seconds * 2)) ] && return 1
        sleep 0.5
    done
}

# Every notification dunst has shown, on screen or gone: "summary | body", one a line.
# (dunstctl history needs busctl; dbus-send asks dunst the same question.)
notifications() {
    # Closing moves what is on screen into the history, so the history holds them all.
    dunstctl close-all >/dev/null 2>&1
    dbus-send --session --print-reply --dest=org.freedesktop.Notifications /org/freedesktop/Notifications \
        org.dunstproject.cmd0.NotificationListHistory 2>/dev/null | python3 -c '
import re, sys
reply = sys.stdin.read()
def field(entry, name):
    found = re.search(r"string \"" + name + r"\"\s*variant\s+string \"(.*?)\"\s*\)", entry, re.S)
    return found.group(1) if found else ""
for notification in re.split(r"\n\s*\]\s*\n\s*array \[", reply):
    summary = field(notification, "summary")
    if summary:
        print(summary, "|", field(notification, "body").replace("\n", " / "))
'
}

count_matching() {
    notifications | grep -c -- "$1"
}

# A home of its own: settings, data, and the notifyrc copy Herald may write.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8
unset WAYLAND_DISPLAY

# The notification server and the tray, before Herald.
cat >"$work/dunstrc" <<'EOF'
[global]
    timeout = 300
    history_length = 100
    sticky_history = yes
EOF
dunst -config "$work/dunstrc" >"$work/dunst.log" 2>&1 &
pids="$pids $!"
wait_for 10 dunstctl count displayed >/dev/null 2>&1 || fail "dunst did not start"
stalonetray --geometry 4x1+0+0 --icon-size 24 --log-level err >"$work/stalonetray.log" 2>&1 &
pids="$pids $!"
tray_window() {
    xdotool search --classname stalonetray 2>/dev/null | head -n 1
}
tray_ready() {
    test -n "$(tray_window)"
}
wait_for 30 tray_ready || fail "stalonetray did not start"

# The fixtures, with a layer in front of them where the test publishes a post.
overlay="$work/overlay"
mkdir -p "$overlay"
"$server" --root "$overlay" --root "$fixtures" --port-file "$work/port" >"$work/server.log" 2>&1 &
pids="$pids $!"
wait_for 10 test -s "$work/port" || fail "the fixture server did not start"
urlmap="https://=http://127.0.0.1:$(cat "$work/port")/"

# The test hook: sync every few seconds instead of every hour.
export HERALD_SYNC_INTERVAL_SECONDS=4
data="$work/data"
start_herald() {
    "$herald" --data-dir "$data" --url-map "$urlmap" >>"$work/herald.log" 2>&1 &
    herald_pid=$!
    pids="$pids $herald_pid"
}
stop_herald() {
    kill "$herald_pid" 2>/dev/null
    wait "$herald_pid" 2>/dev/null
}
post_count() {
    "$herald" --data-dir "$data" --list --json 2>/dev/null | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))' \
        2>/dev/null || echo 0
}
synced() {
    [ "$(post_count)" -ge "$1" ]
}

# 1. The first sync imports the archive without a flood.
archive_size=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))))' \
    "$fixtures/blog.python.org/search-index.json") || fail "cannot read the archive's index"
start_herald
wait_for 120 synced "$archive_size" || fail "the archive was not imported"
sleep 3
total=$(notifications | wc -l)
[ "$total" -le 1 ] || fail "the first sync showed $total notifications"
echo "baseline: $total notification(s)"

# 2. A new release post upstream: the feed, the archive index and its Markdown.
slug=python-3148-31316
title="Python 3.14.8 and 3.13.16 are now available!"
today=$(date -u +%Y-%m-%d)
python3 - "$fixtures" "$overlay" "$slug" "$title" "$today" <<'EOF'
import email.utils, json, os, sys, datetime
fixtures, overlay, slug, title, day = sys.argv[1:]
date = datetime.datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
link = f"https://blog.python.org/{date:%Y/%m}/{slug}/"
description = "Two bugfix releases: 3.14.8 and 3.13.16."
blog = os.path.join(overlay, "blog.python.org")
os.makedirs(blog, exist_ok=True)
with open(os.path.join(fixtures, "blog.python.org", "rss.xml"), encoding="utf-8") as f:
    rss = f.read()
item = (f"<item><title>{title}</title><link>{link}</link><guid isPermaLink=\"true\">{link}</guid>"
        f"<description>{description}</description>"
        f"<pubDate>{email.utils.format_datetime(date, usegmt=True)}</pubDate>"
        f"<dc:creator>Herald Tests</dc:creator><category>releases</category></item>")
at = rss.index("<item>")
with open(os.path.join(blog, "rss.xml"), "w", encoding="utf-8") as f:
    f.write(rss[:at] + item + rss[at:])
with open(os.path.join(fixtures, "blog.python.org", "search-index.json"), encoding="utf-8") as f:
    index = json.load(f)
index.insert(0, {"id": slug, "url": f"/{date:%Y/%m}/{slug}", "title": title, "description": description,
                 "author": "Herald Tests", "date": f"{day}T00:00:00.000Z", "tags": ["releases"]})
with open(os.path.join(blog, "search-index.json"), "w", encoding="utf-8") as f:
    json.dump(index, f)
posts = os.path.join(overlay, "raw.githubusercontent.com/python/python-insider-blog/main/content/posts", slug)
os.makedirs(posts, exist_ok=True)
with open(os.path.join(posts, "index.md"), "w", encoding="utf-8") as f:
    f.write(f"---\ntitle: '{title}'\npublishDate: '{day}'\nauthor: Herald Tests\n"
            f"description: '{description}'\ntags:\n  - releases\npublished: true\n---\n\n"
            "Python 3.14.8 and 3.13.16 are out, with many bug fixes.\n")
EOF
wait_for 60 synced $((archive_size + 1)) || fail "the new post was not synced"
announced() {
    test "$(count_matching '3.14.8 and 3.13.16')" -ge 1
}
wait_for 30 announced || fail "no notification named the new versions"
# A few more background syncs: they bring nothing new, so nothing more is said.
sleep 10
matching=$(count_matching '3.14.8 and 3.13.16')
[ "$matching" -eq 1 ] || fail "$matching notifications named the new versions"
notifications | grep -q -- '^Python 3.14.8 and 3.13.16 released |' || fail "the notification's summary is wrong"
echo "new post: 1 notification"

# Herald's icon is embedded in the tray: stalonetray's window holds a window of Herald's
# (WM_CLASS "herald"), the XEmbed client QSystemTrayIcon made.
xwininfo -tree -id "$(tray_window)" | grep -q '("herald" "herald")' || fail "no Herald icon in the tray"
echo "tray: Herald's icon is embedded"

# 3. A restart, and more syncs: the post is not announced again.
before=$(notifications | wc -l)
stop_herald
start_herald
sleep 15
kill -0 "$herald_pid" 2>/dev/null || fail "herald did not keep running after the restart"
after=$(notifications | wc -l)
[ "$after" -eq "$before" ] || fail "the restart showed $((after - before)) more notification(s)"
[ "$(count_matching '3.14.8 and 3.13.16')" -eq 1 ] || fail "the post was announced again after the restart"
echo "restart: no new notification"

# 4. "Keep running in the background" is off (the default): closing the window quits Herald,
#    although its icon is in the tray. Then, with it on, closing leaves Herald running.
close_window() {
    window=$(xdotool search --pid "$herald_pid" --onlyvisible --class herald 2>/dev/null | head -n 1)
    [ -n "$window" ] || return 1
    xdotool windowfocus --sync "$window" key ctrl+w
}
herald_gone() {
    ! kill -0 "$herald_pid" 2>/dev/null
}
wait_for 20 close_window || fail "found no Herald window to close"
wait_for 20 herald_gone || fail "closing the window did not quit Herald with keep-running off"
wait "$herald_pid" 2>/dev/null
echo "close, keep-running off: Herald quit"
config=$(find "$XDG_CONFIG_HOME" -name '*.conf' -path '*erald*' | head -n 1)
[ -n "$config" ] || fail "no settings file under $XDG_CONFIG_HOME"
echo "settings: $config"
# Into Herald's [background] section, as the settings dialog writes it.
python3 - "$config" <<'PYTHON'
import sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
if "[background]" in lines:
    at = lines.index("[background]") + 1
    lines = lines[:at] + [l for l in lines[at:] if not l.startswith("keepRunning=")]
    lines.insert(at, "keepRunning=true")
else:
    lines += ["", "[background]", "keepRunning=true"]
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
PYTHON
cat "$config"
start_herald
wait_for 20 close_window || fail "found no Herald window to close"
sleep 3
kill -0 "$herald_pid" 2>/dev/null || fail "closing the window quit Herald with keep-running on"
echo "close, keep-running on: Herald still runs"
echo "PASS"
