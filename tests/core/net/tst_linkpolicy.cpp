// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a click on a link in a post does, and which image sources a post may load. Remote
// content decides nothing: these tests assert what must never happen (a file: URL opened, a
// local path or resource read) as much as what should.
#include "core/net/linkpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::LinkPolicy;
using Action = Herald::LinkPolicy::Action;

namespace Herald {
char *toString(LinkPolicy::Action action)
{
    static const char *const names[] = {"OpenExternally", "OpenPost", "SystemHandler", "Refuse"};
    return qstrdup(names[int(action)]);
}
} // namespace Herald

namespace {

const QUrl PostBase(u"https://raw.githubusercontent.com/python/python-insider-blog/main/content/posts/python-3140/"_s);

} // namespace

class TestLinkPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesLinks_data();
    void decidesLinks();
    void refusalsNameTheScheme_data();
    void refusalsNameTheScheme();
    void resolvesImages_data();
    void resolvesImages();
    void neverYieldsALocalResource_data();
    void neverYieldsALocalResource();
    void fileBaseNeverYieldsAFile_data();
    void fileBaseNeverYieldsAFile();
    void remoteImagesOffLoadsNothing_data();
    void remoteImagesOffLoadsNothing();
};

void TestLinkPolicy::decidesLinks_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("slug");

    QTest::newRow("https") << QUrl(u"https://www.python.org/downloads/"_s) << Action::OpenExternally << QString();
    QTest::newRow("http") << QUrl(u"http://bugs.python.org/issue1"_s) << Action::OpenExternally << QString();
    QTest::newRow("upper-case scheme") << QUrl(u"HTTPS://docs.python.org/3/"_s) << Action::OpenExternally << QString();
    QTest::newRow("post") << QUrl(u"https://blog.python.org/2026/08/python-3147-31315/"_s) << Action::OpenPost
                          << u"python-3147-31315"_s;
    QTest::newRow("post: no slash") << QUrl(u"https://blog.python.org/2024/11/python-3140-alpha-2-released"_s)
                                    << Action::OpenPost << u"python-3140-alpha-2-released"_s;
    QTest::newRow("post: http") << QUrl(u"http://blog.python.org/2012/03/2012-language-summit-report/"_s)
                                << Action::OpenPost << u"2012-language-summit-report"_s;
    QTest::newRow("post: www") << QUrl(u"https://www.blog.python.org/2020/04/pip-20-1-released/"_s) << Action::OpenPost
                               << u"pip-20-1-released"_s;
    QTest::newRow("post: upper-case host")
        << QUrl(u"https://Blog.Python.org/2020/04/pip-20-1-released/"_s) << Action::OpenPost << u"pip-20-1-released"_s;
    QTest::newRow("post: Blogger .html") << QUrl(
        u"http://blog.python.org/2011/04/urllib-security-vulnerability-fixed.html"_s)
                                         << Action::OpenPost << u"urllib-security-vulnerability-fixed"_s;
    QTest::newRow("post: fragment") << QUrl(u"https://blog.python.org/2019/05/use-two-factor-auth-to-improve-your/#x"_s)
                                    << Action::OpenPost << u"use-two-factor-auth-to-improve-your"_s;
    QTest::newRow("blog: front page") << QUrl(u"https://blog.python.org/"_s) << Action::OpenExternally << QString();
    QTest::newRow("blog: feed") << QUrl(u"https://blog.python.org/rss.xml"_s) << Action::OpenExternally << QString();
    QTest::newRow("blog: month") << QUrl(u"https://blog.python.org/2024/11/"_s) << Action::OpenExternally << QString();
    QTest::newRow("blog: month 13") << QUrl(u"https://blog.python.org/2024/13/slug/"_s) << Action::OpenExternally
                                    << QString();
    QTest::newRow("blog: deeper path") << QUrl(u"https://blog.python.org/2024/11/slug/extra"_s)
                                       << Action::OpenExternally << QString();
    QTest::newRow("blog: tag page") << QUrl(u"https://blog.python.org/tags/releases/"_s) << Action::OpenExternally
                                    << QString();
    QTest::newRow("other blog") << QUrl(u"https://pyfound.blogspot.com/2019/12/moss-czi-support-pip.html"_s)
                                << Action::OpenExternally << QString();
    QTest::newRow("lookalike host") << QUrl(u"https://blog.python.org.evil.example/2024/11/slug/"_s)
                                    << Action::OpenExternally << QString();
    QTest::newRow("mailto") << QUrl(u"mailto:python-dev@python.org"_s) << Action::SystemHandler << QString();
    QTest::newRow("mailto: no address") << QUrl(u"mailto:"_s) << Action::Refuse << QString();
    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << Action::Refuse << QString();
    QTest::newRow("FILE") << QUrl(u"FILE:///etc/passwd"_s) << Action::Refuse << QString();
    QTest::newRow("file: one slash") << QUrl(u"file:/etc/passwd"_s) << Action::Refuse << QString();
    QTest::newRow("local file") << QUrl::fromLocalFile(u"/home/user/.ssh/id_rsa"_s) << Action::Refuse << QString();
    QTest::newRow("qrc") << QUrl(u"qrc:/icons/herald.svg"_s) << Action::Refuse << QString();
    QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << Action::Refuse << QString();
    QTest::newRow("data") << QUrl(u"data:text/html,<b>hi</b>"_s) << Action::Refuse << QString();
    QTest::newRow("ftp") << QUrl(u"ftp://ftp.python.org/pub/"_s) << Action::Refuse << QString();
    QTest::newRow("custom scheme") << QUrl(u"steam://run/1"_s) << Action::Refuse << QString();
    QTest::newRow("smb") << QUrl(u"smb://server/share"_s) << Action::Refuse << QString();
    QTest::newRow("relative") << QUrl(u"../other-post/"_s) << Action::Refuse << QString();
    QTest::newRow("absolute path") << QUrl(u"/etc/passwd"_s) << Action::Refuse << QString();
    QTest::newRow("fragment only") << QUrl(u"#section"_s) << Action::Refuse << QString();
    QTest::newRow("https without host") << QUrl(u"https:///path"_s) << Action::Refuse << QString();
    QTest::newRow("empty") << QUrl() << Action::Refuse << QString();
    QTest::newRow("invalid") << QUrl(u"http://exa mple.com/"_s, QUrl::StrictMode) << Action::Refuse << QString();
}

void TestLinkPolicy::decidesLinks()
{
    QFETCH(QUrl, url);
    QFETCH(Action, action);
    QFETCH(QString, slug);
    const LinkPolicy::Decision decision = LinkPolicy::forLink(url);
    QCOMPARE(decision.action, action);
    QCOMPARE(decision.postSlug, slug);
    QCOMPARE(decision.reason.isEmpty(), action != Action::Refuse);
}

void TestLinkPolicy::refusalsNameTheScheme_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("scheme");

    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << u"file"_s;
    QTest::newRow("qrc") << QUrl(u"qrc:/x"_s) << u"qrc"_s;
    QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << u"javascript"_s;
    QTest::newRow("data") << QUrl(u"data:,x"_s) << u"data"_s;
    QTest::newRow("custom") << QUrl(u"herald-evil://x"_s) << u"herald-evil"_s;
}

void TestLinkPolicy::refusalsNameTheScheme()
{
    QFETCH(QUrl, url);
    QFETCH(QString, scheme);
    const LinkPolicy::Decision decision = LinkPolicy::forLink(url);
    QCOMPARE(decision.action, Action::Refuse);
    QVERIFY2(decision.reason.contains(scheme + u':'), qPrintable(decision.reason));
}

void TestLinkPolicy::resolvesImages_data()
{
    QTest::addColumn<QUrl>("src");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("beside the post") << QUrl(u"image-1.png"_s) << PostBase.resolved(QUrl(u"image-1.png"_s));
    QTest::newRow("dot slash") << QUrl(u"./image-1.png"_s)
                               << QUrl(u"https://raw.githubusercontent.com/python/python-insider-blog/main/content/"
                                       u"posts/python-3140/image-1.png"_s);
    QTest::newRow("absolute https") << QUrl(u"https://blogger.googleusercontent.com/img/a.png"_s)
                                    << QUrl(u"https://blogger.googleusercontent.com/img/a.png"_s);
    QTest::newRow("absolute http") << QUrl(u"http://i.imgur.com/a.jpg"_s) << QUrl(u"http://i.imgur.com/a.jpg"_s);
    QTest::newRow("scheme-relative") << QUrl(u"//evil.example/x.png"_s) << QUrl(u"https://evil.example/x.png"_s);
    QTest::newRow("absolute path") << QUrl(u"/etc/passwd"_s) << QUrl(u"https://raw.githubusercontent.com/etc/passwd"_s);
    QTest::newRow("climbing out") << QUrl(u"../../../../../../../etc/passwd"_s)
                                  << QUrl(u"https://raw.githubusercontent.com/etc/passwd"_s);
    QTest::newRow("a neighbouring post") << QUrl(u"../other/image.png"_s)
                                         << QUrl(u"https://raw.githubusercontent.com/python/python-insider-blog/main/"
                                                 u"content/posts/other/image.png"_s);
    QTest::newRow("upper-case scheme") << QUrl(u"HTTPS://example.org/a.png"_s) << QUrl(u"https://example.org/a.png"_s);
    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << QUrl();
    QTest::newRow("FILE") << QUrl(u"FILE:///x"_s) << QUrl();
    QTest::newRow("file: one slash") << QUrl(u"file:/x"_s) << QUrl();
    QTest::newRow("qrc") << QUrl(u"qrc:/icons/herald.svg"_s) << QUrl();
    QTest::newRow("data") << QUrl(u"data:image/png;base64,iVBORw0KGgo="_s) << QUrl();
    QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << QUrl();
    QTest::newRow("ftp") << QUrl(u"ftp://ftp.example.org/a.png"_s) << QUrl();
    QTest::newRow("drive letter") << QUrl(u"c:/windows/x.png"_s) << QUrl();
    QTest::newRow("UNC path") << QUrl(u"\\\\server\\share\\x.png"_s) << QUrl();
    QTest::newRow("backslash path") << QUrl(u"..\\..\\x.png"_s) << QUrl();
    QTest::newRow("https without host") << QUrl(u"https:///x.png"_s) << QUrl();
    QTest::newRow("localhost") << QUrl(u"http://localhost:631/printers"_s) << QUrl();
    QTest::newRow("loopback") << QUrl(u"http://127.0.0.1:8080/x.png"_s) << QUrl();
    QTest::newRow("loopback v6") << QUrl(u"http://[::1]/x.png"_s) << QUrl();
    QTest::newRow("ip6-localhost") << QUrl(u"http://ip6-localhost:8080/x.png"_s) << QUrl();
    QTest::newRow("ip6-loopback") << QUrl(u"http://ip6-loopback/x.png"_s) << QUrl();
    QTest::newRow("localhost with a dot") << QUrl(u"http://localhost./x.png"_s) << QUrl();
    QTest::newRow("v4-mapped loopback") << QUrl(u"http://[::ffff:127.0.0.1]/x.png"_s) << QUrl();
    QTest::newRow("home network") << QUrl(u"http://192.168.1.1/admin.png"_s) << QUrl();
    QTest::newRow("office network") << QUrl(u"http://10.0.0.8/x.png"_s) << QUrl();
    QTest::newRow("link-local") << QUrl(u"http://169.254.169.254/latest/meta-data"_s) << QUrl();
    QTest::newRow("any") << QUrl(u"http://0.0.0.0/x.png"_s) << QUrl();
    QTest::newRow("public address") << QUrl(u"http://151.101.0.223/x.png"_s) << QUrl(u"http://151.101.0.223/x.png"_s);
    QTest::newRow("empty") << QUrl() << QUrl();
    QTest::newRow("empty string") << QUrl(u""_s) << QUrl();
}

void TestLinkPolicy::resolvesImages()
{
    QFETCH(QUrl, src);
    QFETCH(QUrl, expected);
    const QUrl url = LinkPolicy::resourceUrl(src, PostBase, true);
    QCOMPARE(url, expected);
    QVERIFY(!url.isLocalFile());
}

void TestLinkPolicy::neverYieldsALocalResource_data()
{
    QTest::addColumn<QString>("src");

    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("absolute path") << u"/etc/passwd"_s;
    QTest::newRow("climbing out") << u"../../../../etc/passwd"_s;
    QTest::newRow("qrc") << u"qrc:/icons/herald.svg"_s;
    QTest::newRow("resource path") << u":/icons/herald.svg"_s;
    QTest::newRow("data") << u"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("FILE") << u"FILE:///x"_s;
    QTest::newRow("file: one slash") << u"file:/x"_s;
    QTest::newRow("file: host") << u"file://localhost/etc/passwd"_s;
    QTest::newRow("scheme-relative") << u"//evil.example/x.png"_s;
    QTest::newRow("drive letter") << u"c:/windows/x.png"_s;
    QTest::newRow("drive letter, backslash") << u"C:\\windows\\x.png"_s;
    QTest::newRow("UNC path") << u"\\\\server\\share\\x.png"_s;
    QTest::newRow("encoded backslashes") << u"%5C%5Cserver%5Cshare%5Cx.png"_s;
    QTest::newRow("home directory") << u"~/.ssh/id_rsa"_s;
    QTest::newRow("empty") << QString();
}

/// Whatever the src, the answer is nothing or a web URL: never a local file, never a resource.
void TestLinkPolicy::neverYieldsALocalResource()
{
    QFETCH(QString, src);
    for (const QUrl &url : {QUrl(src), QUrl(src, QUrl::StrictMode)}) {
        const QUrl resolved = LinkPolicy::resourceUrl(url, PostBase, true);
        if (resolved.isEmpty()) {
            continue;
        }
        QVERIFY2(!resolved.isLocalFile(), qPrintable(resolved.toString()));
        QVERIFY2(resolved.scheme() == "https"_L1, qPrintable(resolved.toString()));
        QVERIFY2(!resolved.host().isEmpty(), qPrintable(resolved.toString()));
        // Relative sources stay on the post's host; only an absolute or scheme-relative src
        // may name another one.
        if (url.scheme().isEmpty() && !src.startsWith("//"_L1)) {
            QCOMPARE(resolved.host(), PostBase.host());
        }
    }
}

void TestLinkPolicy::fileBaseNeverYieldsAFile_data()
{
    QTest::addColumn<QString>("src");

    QTest::newRow("relative") << u"image-1.png"_s;
    QTest::newRow("absolute path") << u"/etc/passwd"_s;
    QTest::newRow("climbing out") << u"../../etc/passwd"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("scheme-relative") << u"//evil.example/x.png"_s;
    QTest::newRow("empty") << QString();
}

void TestLinkPolicy::fileBaseNeverYieldsAFile()
{
    QFETCH(QString, src);
    for (const QUrl &base : {QUrl::fromLocalFile(u"/home/user/posts/python-3140/"_s), QUrl(u"qrc:/posts/"_s),
             QUrl(u"/var/posts/"_s), QUrl()}) {
        const QUrl resolved = LinkPolicy::resourceUrl(QUrl(src), base, true);
        QVERIFY2(resolved.isEmpty(), qPrintable(base.toString() + u" + "_s + src + u" → "_s + resolved.toString()));
    }
}

void TestLinkPolicy::remoteImagesOffLoadsNothing_data()
{
    QTest::addColumn<QString>("src");

    QTest::newRow("relative") << u"image-1.png"_s;
    QTest::newRow("absolute") << u"https://blogger.googleusercontent.com/img/a.png"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s;
}

void TestLinkPolicy::remoteImagesOffLoadsNothing()
{
    QFETCH(QString, src);
    QCOMPARE(LinkPolicy::resourceUrl(QUrl(src), PostBase, false), QUrl());
}

QTEST_GUILESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
