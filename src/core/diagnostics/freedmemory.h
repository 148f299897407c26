// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Herald::FreedMemory {

/// Gives the memory freed since the last call back to the system, where the C library keeps
/// it for reuse otherwise: after work that allocates much and keeps little (a start's reads,
/// a sync's parsing), so that a reader left running in the background holds what it uses, not
/// its peak. glibc's malloc_trim(); nothing elsewhere, where the allocators return it themselves.
void release();

} // namespace Herald::FreedMemory
