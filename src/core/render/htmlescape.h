// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace Herald::Html {

/// Text as HTML character data or an attribute value.
inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A URL as an attribute value: fully encoded, then escaped.
inline QString urlAttribute(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

} // namespace Herald::Html
