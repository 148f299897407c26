// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace Herald::Test {

/// A post made to freeze a reader, and a text the reader must still show of it.
struct HostilePost {
    const char *name;
    QString markdown;
    QString stillThere;
};

/// The posts that once froze Herald's reader (14 nested quotes took 2.8 s and 25 never
/// finished; 10,000 hung Qt's style selector; a 400 KB word took 25 s and 5 MB never ended),
/// and their relatives. tst_readerview bounds their time; herald-bench reports it.
inline QList<HostilePost> hostilePosts()
{
    using namespace Qt::StringLiterals;
    QList<HostilePost> posts;
    posts.append({"25 nested quotes", QString(u"> "_s).repeated(25) + u"deep"_s, u"deep"_s});
    posts.append({"10,000 nested quotes", QString(u">"_s).repeated(10000) + u" deeper"_s, u"deeper"_s});
    QString lists;
    for (int i = 0; i < 2000; ++i) {
        lists += QString(i * 2, u' ') + u"- level\n"_s;
    }
    posts.append({"2,000 nested lists", lists, u"level"_s});
    posts.append({"a 5 MB word", u"start "_s + QString(5 * 1024 * 1024, u'x'), u"start"_s});
    posts.append({"a 5 MB line of code", u"```\n"_s + QString(5 * 1024 * 1024, u'y') + u"\n```\n"_s, u"yyyy"_s});
    posts.append({"30 nested HTML tables",
        u"<div>\n"_s + QString(u"<table><tr><td>"_s).repeated(30) + u"cell"_s
            + QString(u"</td></tr></table>"_s).repeated(30) + u"\n</div>\n"_s,
        u"cell"_s});
    posts.append({"5,000 nested divs",
        u"<div>\n"_s + QString(u"<div>"_s).repeated(5000) + u"inside"_s + QString(u"</div>"_s).repeated(5000)
            + u"\n</div>\n"_s,
        u"inside"_s});
    posts.append({"a 1 MB inline code span", u"`"_s + QString(1024 * 1024, u'z') + u"`"_s, u"zzzz"_s});
    // A run with no space, cut into many inline nodes: no single text node is long.
    posts.append({"a 1 MB word of emphasis", u"start "_s + QString(u"*ab*cd"_s).repeated(170000), u"start"_s});
    posts.append(
        {"a 1 MB word of links", u"start "_s + QString(u"[a](https://e.org/)b"_s).repeated(50000), u"start"_s});
    posts.append({"a 1 MB word in an HTML block", u"<div>\n<p>"_s + QString(1024 * 1024, u'h') + u"</p>\n</div>\n"_s,
        u"hhhh"_s});
    posts.append({"100,000 paragraphs", QString(u"para\n\n"_s).repeated(100000), u"para"_s});
    posts.append({"a table of 2,000 columns",
        QString(u"|c"_s).repeated(2000) + u"|\n"_s + QString(u"|-"_s).repeated(2000) + u"|\n"_s
            + QString(u"|v"_s).repeated(2000) + u"|\n"_s,
        u"v"_s});
    posts.append({"2,000 raw tables spanning 20,480 columns",
        QString(u"<table><tr><td colspan=\"20480\">s</td></tr></table>\n\n"_s).repeated(2000), u"s"_s});
    posts.append({"a list of 20,000 items", QString(u"- item\n"_s).repeated(20000), u"item"_s});
    posts.append({"a raw HTML table of 2,000 columns",
        u"<table><tr>"_s + QString(u"<td>w</td>"_s).repeated(2000) + u"</tr></table>\n"_s, u"w"_s});
    return posts;
}

} // namespace Herald::Test
