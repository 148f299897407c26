// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTextDocument>

#include <functional>

namespace Herald {

/// The reader's document. QTextDocument::loadResource() reads local files and qrc: resources
/// by itself, and decodes data: URLs, whenever the viewer returns nothing for a name; an
/// HTML post could make it read any file on the disk that way. This document asks only its
/// loader, and returns nothing where the loader has nothing.
class ReaderDocument final : public QTextDocument
{
    Q_OBJECT

public:
    using Loader = std::function<QVariant(int type, const QUrl &name)>;

    explicit ReaderDocument(QObject *parent = nullptr);

    void setLoader(Loader loader) { m_loader = std::move(loader); }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    Loader m_loader;
};

} // namespace Herald
