#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""windows-compile-check.py SOURCE_DIR BUILD_DIR: compiles every C++ file of src/core,
src/gui and src/app for Windows with MinGW-w64 (x86_64-w64-mingw32-g++ -fsyntax-only), so that
the code under Q_OS_WIN (the autostart Run key, the single-instance pipe, the registry's
Pythons) is compiled on every change, though nothing here can link or run it.

The flags are BUILD_DIR's compile_commands.json, made Windows ones: the same Qt and KF6
headers, Qt's win32-g++ mkspec in place of linux-g++, no D-Bus. Headers that sit directly in
/usr/include (cmark-gfm, gumbo, yaml-cpp, toml++) are reached through a folder of links to
them: adding /usr/include itself would put glibc's headers before MinGW's. What a Linux Qt
leaves out (qwindowdefs_win.h) comes from tests/support/windows-shim.

A file that compiled is remembered in HERALD_TIDY_CACHE/windows (as clang-tidy-check.py does)
under a hash of the compiler, the flags and the preprocessed source."""

import concurrent.futures
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

COMPILERS = ("x86_64-w64-mingw32-g++-posix", "x86_64-w64-mingw32-g++")
LAYERS = ("core", "gui", "app")
# Files of other platforms (a file per platform, named after it), left out of a Windows build.
OTHER_PLATFORMS = ("_unix.cpp", "_xdg.cpp", "_mac.cpp")
# Headers (or folders of them) that live directly in /usr/include.
LIBRARY_HEADERS = ("cmark-gfm.h", "cmark-gfm-core-extensions.h", "cmark-gfm-extension_api.h",
                   "cmark-gfm_export.h", "cmark-gfm_version.h", "cmark-gfm-extensions_export.h",
                   "gumbo.h", "tag_enum.h", "yaml-cpp", "toml++", "sqlite3.h")


def windows_args(entry, compiler, extra_includes):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    out = [compiler, "-fsyntax-only"]
    i = 1
    while i < len(args):
        arg = args[i]
        value = None
        if arg in ("-I", "-isystem", "-D", "-o") and i + 1 < len(args):
            value = args[i + 1]
            i += 2
        else:
            i += 1
        if arg == "-o" or arg == "-c" or arg.startswith(("-W", "-O", "-g", "-f", "-m")):
            continue
        if arg == "-DQT_DBUS_LIB" or (value == "QT_DBUS_LIB"):
            continue
        if value is not None:
            if "QtDBus" in value:
                continue
            out += [arg, value.replace("mkspecs/linux-g++", "mkspecs/win32-g++")]
        elif arg.startswith(("-D", "-I", "-std")):
            if "QtDBus" in arg or arg == "-DQT_DBUS_LIB":
                continue
            out.append(arg)
        elif not arg.startswith("-"):
            out.append(arg)  # the source file
    return out[:2] + [f"-isystem{d}" for d in extra_includes] + out[2:]


def check(entry, args, identity, cache_dir, places):
    preprocess = [a for a in args if a != "-fsyntax-only"] + ["-E"]
    run = subprocess.run(preprocess, cwd=entry["directory"], capture_output=True)
    marker = None
    if run.returncode == 0:
        text = "\0".join(args).encode() + b"\0" + run.stdout
        for place, token in places:
            text = text.replace(place.encode(), token)
        marker = os.path.join(cache_dir, hashlib.sha256(identity + text).hexdigest())
        if os.path.exists(marker):
            return entry["file"], True, ""
    run = subprocess.run(args, cwd=entry["directory"], capture_output=True, text=True)
    if run.returncode == 0:
        if marker:
            with open(marker, "w", encoding="utf-8") as f:
                f.write(entry["file"] + "\n")
        return entry["file"], False, ""
    return entry["file"], False, (run.stdout + run.stderr).strip()


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source_dir = os.path.realpath(sys.argv[1])
    build_dir = os.path.realpath(sys.argv[2])
    compiler = next((shutil.which(c) for c in COMPILERS if shutil.which(c)), None)
    if not compiler:
        print("windows-compile-check: MinGW-w64 (g++-mingw-w64-x86-64-posix) is not installed",
              file=sys.stderr)
        return 1
    database = os.path.join(build_dir, "compile_commands.json")
    try:
        with open(database, encoding="utf-8") as f:
            entries = json.load(f)
    except (OSError, ValueError) as error:
        print(f"windows-compile-check: cannot read {database} ({error})", file=sys.stderr)
        return 1
    roots = tuple(os.path.join(source_dir, "src", layer) + os.sep for layer in LAYERS)
    entries = sorted((e for e in entries if e["file"].startswith(roots) and e["file"].endswith(".cpp")),
                     key=lambda e: e["file"])
    if not entries:
        print(f"windows-compile-check: {database} names no file under src/", file=sys.stderr)
        return 1
    # A Linux build compiles no *_win.cpp: each takes the flags of a file beside it.
    known = {e["file"] for e in entries}
    for layer in LAYERS:
        for folder, _, names in os.walk(os.path.join(source_dir, "src", layer)):
            for name in sorted(n for n in names if n.endswith("_win.cpp")):
                path = os.path.join(folder, name)
                sibling = next((e for e in entries if os.path.dirname(e["file"]) == folder), None)
                if path not in known and sibling:
                    entry = dict(sibling, file=path)
                    entry.pop("arguments", None)
                    entry["command"] = " ".join(shlex.quote(a if a != sibling["file"] else path)
                                                for a in shlex.split(sibling["command"]))
                    entries.append(entry)
    entries = [e for e in entries if not e["file"].endswith(OTHER_PLATFORMS)]

    links = tempfile.mkdtemp(prefix="herald-windows-headers.")
    try:
        for name in LIBRARY_HEADERS:
            if os.path.exists(os.path.join("/usr/include", name)):
                os.symlink(os.path.join("/usr/include", name), os.path.join(links, name))
        shim = os.path.join(source_dir, "tests", "support", "windows-shim")
        version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout
        identity = version.encode() + b"\0"
        cache_dir = os.path.join(os.environ.get("HERALD_TIDY_CACHE") or
                                 os.path.join(build_dir, "clang-tidy-cache"), "windows")
        os.makedirs(cache_dir, exist_ok=True)
        places = [(build_dir, b"@BUILD@"), (source_dir, b"@SOURCE@"), (links, b"@LINKS@")]
        started = time.monotonic()
        failed = []
        remembered = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            jobs = [pool.submit(check, e, windows_args(e, compiler, [shim, links]), identity, cache_dir, places)
                    for e in entries]
            for job in concurrent.futures.as_completed(jobs):
                name, cached, output = job.result()
                remembered += cached
                if output:
                    failed.append((name, output))
    finally:
        shutil.rmtree(links, ignore_errors=True)
    label = version.splitlines()[0] if version else compiler
    if failed:
        for name, output in sorted(failed):
            print(f"--- {os.path.relpath(name, source_dir)}\n{output}", file=sys.stderr)
        print(f"windows-compile-check: {len(failed)} of {len(entries)} files do not compile for "
              f"Windows ({label})", file=sys.stderr)
        return 1
    print(f"windows-compile-check: {len(entries)} files of src/ compile for Windows ({label}; "
          f"{remembered} unchanged since; {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
