// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Only for tests/windows-compile-check.py. Qt's own header of this name declares the Win32
// handle types (HWND, HDC, …) that qwindowdefs.h names on Windows; a Linux Qt does not install
// it. The Windows SDK that MinGW-w64 ships declares the same types.
#pragma once

#include <windows.h>
