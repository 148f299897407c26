// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// herald-render-icon SVG SIZE FILE: renders the app icon at one size, as a PNG for the hicolor
// theme or an ICO for Windows (the format follows FILE's suffix). A build-time tool, so that
// installing needs nothing beyond Qt SVG, which Herald links anyway.

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 4096) {
        err << "usage: herald-render-icon SVG SIZE FILE.png|FILE.ico\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "herald-render-icon: " << args.at(1) << " is not an SVG image Qt can read\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(3))) {
        err << "herald-render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
