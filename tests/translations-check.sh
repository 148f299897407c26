#!/bin/sh
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# translations-check.sh LUPDATE SOURCE_DIR
# Fails when translations/*.ts are behind the sources (run scripts/update-translations) or
# hold an unfinished or missing translation. Reads the sources, writes only into a temporary
# folder.
set -eu
lupdate=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/herald-ts-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    extra=
    [ "$name" = herald_en.ts ] && extra=-pluralonly
    # shellcheck disable=SC2086
    "$lupdate" -silent -locations none -no-obsolete $extra "$src/src" "$src/ui" -ts "$work/$name"
    if ! cmp -s "$ts" "$work/$name"; then
        echo "FAIL: translations/$name is behind the sources; run scripts/update-translations" >&2
        diff -u "$ts" "$work/$name" | head -n 40 >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "FAIL: translations/$name has $unfinished unfinished translation(s):" >&2
        grep -B 3 'type="unfinished"' "$work/$name" | grep '<source>' | head -n 20 >&2
        status=1
    fi
    # A translation left empty without being marked unfinished is missing all the same (the
    # English catalogue holds plural forms only: its singular messages stay empty).
    [ "$name" = herald_en.ts ] && continue
    empty=$(grep -c -e '<translation></translation>' -e '<numerusform></numerusform>' "$work/$name" || true)
    if [ "$empty" -gt 0 ]; then
        echo "FAIL: translations/$name has $empty empty translation(s)" >&2
        status=1
    fi
done
[ "$status" = 0 ] && echo "every translation is current and finished"
exit "$status"
