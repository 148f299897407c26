// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/diagnostics/freedmemory.h"

#include <cstdlib> // defines __GLIBC__ with the GNU C library

// Which C library, not which platform: glibc and musl both run Linux.
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Herald::FreedMemory {

void release()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace Herald::FreedMemory
