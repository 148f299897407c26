// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The frontmatter reader (yaml-cpp under it) on any bytes: a Markdown file as a repository
// might serve it.
#include "core/posts/frontmatterreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Herald::MarkdownDocument document = Herald::FrontmatterReader::read(bytes);
    // The body is what follows the frontmatter: never longer than the input.
    if (document.body.size() > qsizetype(size)) {
        __builtin_trap();
    }
    (void)Herald::FrontmatterReader::body(QString::fromUtf8(bytes));
    return 0;
}
