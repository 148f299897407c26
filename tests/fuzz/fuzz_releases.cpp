// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Version parsing and release extraction on any text: titles and bodies are remote content.
#include "core/releases/releaseextractor.h"
#include "core/releases/version.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto version = Herald::Version::parse(text)) {
        // What parses prints back to something that parses to the same version.
        const auto again = Herald::Version::parse(version->toString());
        if (!again || *again != *version) {
            __builtin_trap();
        }
    }
    const qsizetype split = text.indexOf(u'\n');
    const QString title = split < 0 ? text : text.left(split);
    const QStringView body = split < 0 ? QStringView() : QStringView(text).mid(split + 1);
    for (const Herald::AnnouncedRelease &release : Herald::ReleaseExtractor::extract(title, body)) {
        if (release.implementation.isEmpty()) {
            __builtin_trap();
        }
    }
    (void)Herald::ReleaseExtractor::extractFromText(text);
    return 0;
}
