// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Feed HTML through the sanitiser, then laid out in a QTextDocument within a time budget.
// Whatever the input, the output must stay in the reader's safe subset (safehtml.h): a finding
// here is a hole in what a feed may make Herald do.
#include "core/render/htmlsanitizer.h"
#include "safehtml.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray html(reinterpret_cast<const char *>(data), qsizetype(size));
    QElapsedTimer timer;
    timer.start();
    Herald::HtmlSanitizer::Presenter presenter;
    // Remote images on: the most the output may ever name.
    Herald::HtmlSanitizer sanitizer({QUrl(QStringLiteral("https://github.com/o/r/releases/tag/v1")), true}, presenter);
    const QString out = sanitizer.sanitize(html);
    if (const QString unsafe = Herald::Test::unsafePart(out); !unsafe.isEmpty()) {
        std::fprintf(stderr, "unsafe output: %s\n", qPrintable(unsafe));
        __builtin_trap();
    }
    QTextDocument document;
    document.setHtml(out);
    document.setTextWidth(800);
    (void)document.documentLayout()->documentSize();
    if (timer.elapsed() > 10000) {
        std::fprintf(stderr, "sanitising and layout took %lld ms\n", static_cast<long long>(timer.elapsed()));
        __builtin_trap();
    }
    return 0;
}
