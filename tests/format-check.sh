#!/bin/sh
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# format-check.sh SOURCE_DIR: fails when a C++ file differs from what .clang-format asks for.
# Fix with: clang-format -i $(git ls-files '*.cpp' '*.h')
set -eu
cd "$1"
formatter=$(command -v clang-format-19 || command -v clang-format || true)
if [ -z "$formatter" ]; then
    echo "format-check: clang-format is not installed" >&2
    exit 1
fi
files=$(find src tests -name '*.cpp' -o -name '*.h' | sort)
count=$(echo "$files" | wc -l)
# shellcheck disable=SC2086
if ! "$formatter" --dry-run --Werror $files; then
    echo "format-check: the files above are not formatted; run: $formatter -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
echo "format-check: $count files formatted as .clang-format asks ($("$formatter" --version))"
