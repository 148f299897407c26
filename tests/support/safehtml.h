// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/localaddress.h"

#include <QSet>
#include <QString>
#include <QUrl>

namespace Herald::Test {

/// The first part of `html` that the reader's safe subset never holds, or an empty string.
///
/// It reads the markup tag by tag, attribute by attribute (values in double quotes, as the
/// sanitiser writes them), so text, escaped or inside an attribute's value, is never taken for
/// markup. Unsafe: an element that runs, styles, embeds or fetches (script, style, iframe,
/// object, embed, form and its controls, svg, math, link, meta, base, media), an event handler,
/// a `style`, `srcset`, `background` or form attribute, an `href` or `src` that is not an
/// absolute http(s) URL, a `src` at a local address (a link is the user's to follow; a source
/// is fetched), and markup that does not read as tags at all.
inline QString unsafePart(const QString &html)
{
    using namespace Qt::StringLiterals;
    static const QSet<QString> elements {u"script"_s, u"style"_s, u"iframe"_s, u"frame"_s, u"frameset"_s, u"object"_s,
        u"embed"_s, u"applet"_s, u"form"_s, u"input"_s, u"button"_s, u"select"_s, u"textarea"_s, u"svg"_s, u"math"_s,
        u"link"_s, u"meta"_s, u"base"_s, u"template"_s, u"video"_s, u"audio"_s, u"source"_s, u"noscript"_s};
    static const QSet<QString> attributes {
        u"style"_s, u"srcset"_s, u"background"_s, u"action"_s, u"formaction"_s, u"data"_s, u"poster"_s};
    const auto nameAt = [&html](qsizetype &at) {
        const qsizetype start = at;
        while (at < html.size() && (html.at(at).isLetterOrNumber() || html.at(at) == u'-' || html.at(at) == u':')) {
            ++at;
        }
        return html.mid(start, at - start).toLower();
    };
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        qsizetype at = i + 1;
        if (at < html.size() && html.at(at) == u'/') {
            ++at;
        }
        const QString element = nameAt(at);
        if (element.isEmpty() || elements.contains(element)) {
            return html.mid(i, 60);
        }
        while (at < html.size()) {
            while (at < html.size() && html.at(at).isSpace()) {
                ++at;
            }
            if (at < html.size() && html.at(at) == u'/') {
                ++at;
            }
            if (at >= html.size() || html.at(at) == u'>') {
                break;
            }
            const qsizetype attributeStart = at;
            const QString attribute = nameAt(at);
            if (attribute.isEmpty() || attribute.startsWith(u"on"_s) || attributes.contains(attribute)) {
                return html.mid(attributeStart, 60);
            }
            if (at < html.size() && html.at(at) == u'=') {
                if (at + 1 >= html.size() || html.at(at + 1) != u'"') {
                    return html.mid(attributeStart, 60);
                }
                const qsizetype close = html.indexOf(u'"', at + 2);
                if (close < 0) {
                    return html.mid(attributeStart, 60);
                }
                const QString value = html.mid(at + 2, close - at - 2);
                if ((attribute == "href"_L1 || attribute == "src"_L1)
                    && ((!value.startsWith(u"https://"_s) && !value.startsWith(u"http://"_s))
                        || (attribute == "src"_L1 && LocalAddress::isLocalHost(QUrl(value).host())))) {
                    return html.mid(attributeStart, 60);
                }
                at = close + 1;
            }
        }
        i = at;
    }
    return {};
}

} // namespace Herald::Test
