// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/readerdocument.h"

namespace Herald {

ReaderDocument::ReaderDocument(QObject *parent)
    : QTextDocument(parent)
{ }

QVariant ReaderDocument::loadResource(int type, const QUrl &name)
{
    // Never QTextDocument::loadResource(): see the class comment.
    return m_loader ? m_loader(type, name) : QVariant();
}

} // namespace Herald
