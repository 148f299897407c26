#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""clang-tidy-check.py SOURCE_DIR BUILD_DIR: runs clang-tidy with the committed .clang-tidy on
every C++ file of src/ (and, through HeaderFilterRegex, the headers they include), against
BUILD_DIR's compile_commands.json. Fails, listing each finding, on any warning.

clang-tidy parses Qt's headers again for every file (5-30 s a file), so a file found clean is
remembered in HERALD_TIDY_CACHE (default BUILD_DIR/clang-tidy-cache) under a hash of what
clang-tidy would see: its version, .clang-tidy, the compile command and the preprocessed
source (which holds every header, ours and Qt's), with the checkout's own folder left out.
Changing any of them checks it again."""

import concurrent.futures
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import time


def find_tidy():
    for name in ("clang-tidy-19", "clang-tidy"):
        path = shutil.which(name)
        if path:
            return path
    return None


def compile_args(entry):
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


def preprocess_args(args):
    """The compile command, made to print the preprocessed source instead of an object."""
    out = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "-o":
            skip = True
            continue
        if arg == "-c":
            out.append("-E")
            continue
        out.append(arg)
    return out


def cache_key(tidy_identity, entry, places):
    """The hash of what clang-tidy sees, with the checkout's and build's folders written as
    placeholders, so that another clone of the same sources finds the same key."""
    args = compile_args(entry)
    run = subprocess.run(preprocess_args(args), cwd=entry["directory"], capture_output=True)
    if run.returncode != 0:
        return None  # clang-tidy will say what is wrong
    text = "\0".join(args).encode() + b"\0" + run.stdout
    for place, token in places:
        text = text.replace(place.encode(), token)
    digest = hashlib.sha256()
    digest.update(tidy_identity)
    digest.update(text)
    return digest.hexdigest()


def check(tidy, tidy_identity, build_dir, cache_dir, places, entry):
    key = cache_key(tidy_identity, entry, places)
    marker = os.path.join(cache_dir, key) if key else None
    if marker and os.path.exists(marker):
        return entry["file"], True, ""
    # gcc's -Wshadow=local means nothing to clang; the checks are what this is about.
    run = subprocess.run([tidy, "-p", build_dir, "--quiet",
                          "--extra-arg=-Wno-unknown-warning-option", entry["file"]],
                         capture_output=True, text=True)
    findings = [line for line in run.stdout.splitlines()
                if ": warning: " in line or ": error: " in line]
    if run.returncode == 0 and not findings:
        if marker:
            with open(marker, "w", encoding="utf-8") as f:
                f.write(entry["file"] + "\n")
        return entry["file"], False, ""
    return entry["file"], False, (run.stdout + run.stderr).strip() or "clang-tidy failed"


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source_dir = os.path.realpath(sys.argv[1])
    build_dir = os.path.realpath(sys.argv[2])
    tidy = find_tidy()
    if not tidy:
        print("clang-tidy-check: clang-tidy is not installed", file=sys.stderr)
        return 1
    database = os.path.join(build_dir, "compile_commands.json")
    try:
        with open(database, encoding="utf-8") as f:
            entries = json.load(f)
    except (OSError, ValueError) as error:
        print(f"clang-tidy-check: cannot read {database} ({error}); configure with "
              "CMAKE_EXPORT_COMPILE_COMMANDS=ON", file=sys.stderr)
        return 1
    sources = os.path.join(source_dir, "src") + os.sep
    entries = sorted((e for e in entries
                      if e["file"].startswith(sources) and e["file"].endswith(".cpp")),
                     key=lambda e: e["file"])
    if not entries:
        print(f"clang-tidy-check: {database} names no file under {sources}", file=sys.stderr)
        return 1

    version = subprocess.run([tidy, "--version"], capture_output=True, text=True).stdout
    with open(os.path.join(source_dir, ".clang-tidy"), "rb") as f:
        identity = version.encode() + b"\0" + f.read()
    cache_dir = os.environ.get("HERALD_TIDY_CACHE") or os.path.join(build_dir, "clang-tidy-cache")
    os.makedirs(cache_dir, exist_ok=True)

    started = time.monotonic()
    failed = []
    remembered = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        # The build folder is usually inside the checkout: replaced first.
        places = [(build_dir, b"@BUILD@"), (source_dir, b"@SOURCE@")]
        jobs = [pool.submit(check, tidy, identity, build_dir, cache_dir, places, e) for e in entries]
        for job in concurrent.futures.as_completed(jobs):
            name, cached, output = job.result()
            remembered += cached
            if output:
                failed.append((name, output))
    label = version.split("version", 1)[-1].split()[0] if "version" in version else "?"
    if failed:
        for name, output in sorted(failed):
            print(f"--- {os.path.relpath(name, source_dir)}\n{output}", file=sys.stderr)
        print(f"clang-tidy-check: {len(failed)} of {len(entries)} files of src/ have findings "
              f"(clang-tidy {label})", file=sys.stderr)
        return 1
    print(f"clang-tidy-check: {len(entries)} files of src/ clean (clang-tidy {label}; "
          f"{remembered} unchanged since a clean check; {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
