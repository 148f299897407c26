// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace Herald {

/// What the reader may do with a link someone clicked, and which resources a post may load.
/// Remote content decides nothing by itself: every link and every image goes through here.
class LinkPolicy final
{
public:
    enum class Action {
        OpenExternally, ///< http and https: the system browser
        OpenPost, ///< another Python Insider post: open it in Herald
        SystemHandler, ///< mailto:
        Refuse, ///< file:, qrc:, javascript:, data:, custom schemes, malformed URLs
    };
    struct Decision {
        Action action = Action::Refuse;
        QString postSlug; ///< for OpenPost
        QString reason; ///< for Refuse: a sentence for the user, translated
    };

    /// An absolute http or https URL with a host: the only kind Herald fetches or hands to a
    /// browser. Every such check in Herald is this one or isWebScheme().
    static bool isWebUrl(const QUrl &url);
    /// "http" or "https", in any case.
    static bool isWebScheme(const QString &scheme);

    /// Decides what a click on `url` does. Python Insider posts are recognised on
    /// blog.python.org as `/YYYY/MM/<slug>` with or without a trailing slash, and as the
    /// `/YYYY/MM/<slug>.html` of the blog's Blogger years (the move kept the slugs).
    static Decision forLink(const QUrl &url);

    /// The absolute http(s) URL an image `src` may be fetched from, resolved against `base`
    /// (the directory of the post's raw Markdown), or an empty QUrl when it must not be
    /// loaded: any scheme but http/https after resolving (file:, qrc:, data:, custom), an
    /// invalid URL, or any remote image at all while `remoteImages` is false. A relative `src`
    /// needs an http(s) `base`. Also refused: a `src` with a backslash (a Windows path) and
    /// literal addresses of this machine or the local network (`localhost`, 127.0.0.1,
    /// 192.168.x.x, [::1] …), which a post has no business making Herald request.
    static QUrl resourceUrl(const QUrl &src, const QUrl &base, bool remoteImages);
};

} // namespace Herald
