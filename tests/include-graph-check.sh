#!/bin/sh
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# include-graph-check.sh SOURCE_DIR: fails when the folders of src/ include each other in a
# cycle (core/app -> core/cli -> core/app), or when herald-core includes herald-gui. Each
# folder is a feature; an include names its layer and feature ("core/store/poststore.h"), so
# the graph is read from the includes alone.
set -eu
cd "$1"
edges=$(mktemp)
trap 'rm -f "$edges"' EXIT
for file in $(find src/core src/gui -name '*.cpp' -o -name '*.h' | sort); do
    from=$(echo "$file" | cut -d/ -f2-3)
    sed -n -e 's,^#include "\(core/[a-z]*\)/.*",\1,p' -e 's,^#include "\(gui/[a-z]*\)/.*",\1,p' "$file" | while read -r to; do
        [ "$from" = "$to" ] || echo "$from $to"
    done
done | sort -u >"$edges"
status=0
if grep '^core/[a-z]* gui/' "$edges"; then
    echo "include-graph-check: herald-core includes herald-gui (above)" >&2
    status=1
fi
# tsort names the folders of every cycle it finds on stderr.
if ! tsort "$edges" >/dev/null 2>"$edges.loops"; then
    echo "include-graph-check: folders include each other in a cycle:" >&2
    cat "$edges.loops" >&2
    status=1
fi
rm -f "$edges.loops"
if [ "$status" -eq 0 ]; then
    echo "include-graph-check: $(wc -l <"$edges") dependencies between $(tr ' ' '\n' <"$edges" | sort -u | wc -l) folders, no cycle"
fi
exit "$status"
