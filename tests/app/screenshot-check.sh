#!/bin/sh
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# screenshot-check.sh HERALD OUT.png WxH: herald --screenshot writes a PNG of exactly WxH.
set -eu
herald=$1 out=$2 size=$3
rm -f "$out"
HOME=$(mktemp -d) "$herald" --screenshot "$out" --size "$size"
[ -s "$out" ] || { echo "no screenshot written" >&2; exit 1; }
# PNG signature, then the IHDR chunk's width and height as big-endian 32-bit numbers.
magic=$(od -An -tx1 -N8 "$out" | tr -d ' \n')
[ "$magic" = 89504e470d0a1a0a ] || { echo "not a PNG: $magic" >&2; exit 1; }
width=$(od -An -tu1 -j16 -N4 "$out" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
height=$(od -An -tu1 -j20 -N4 "$out" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
[ "${width}x${height}" = "$size" ] || { echo "screenshot is ${width}x${height}, wanted $size" >&2; exit 1; }
echo "screenshot ${width}x${height} OK"
