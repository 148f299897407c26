// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/notify/releasenotice.h"

#include "core/notify/notificationrules.h"
#include "core/posts/post.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// "3.3 alpha 4" was 3.3.0a4: a pre-release always names its micro number.
Version withMicro(const Version &version)
{
    return version.hasMicro() || !version.isPrerelease()
        ? version
        : Version(version.major(), version.minor(), 0, version.stage(), version.stageNumber());
}

} // namespace

QString ReleaseNotice::newReleaseEvent()
{
    return u"newRelease"_s;
}

QString ReleaseNotice::securityReleaseEvent()
{
    return u"securityRelease"_s;
}

QString ReleaseNotice::newPostEvent()
{
    return u"newPost"_s;
}

QString ReleaseNotice::importedEvent()
{
    return u"imported"_s;
}

std::optional<ReleaseNotice> ReleaseNotice::build(
    const QList<Post> &fresh, const NotificationRules &rules, const Lifecycle &lifecycle)
{
    QList<NewItem> items;
    for (const Post &post : fresh) {
        NewItem item = NewItem::fromPost(post, lifecycle);
        if (rules.matches(item, lifecycle)) {
            items.append(std::move(item));
        }
    }
    return build(items);
}

std::optional<ReleaseNotice> ReleaseNotice::build(const QList<NewItem> &items)
{
    if (items.isEmpty()) {
        return std::nullopt;
    }
    const auto isRelease = [](const NewItem &item) { return item.isRelease(); };
    const bool anyRelease = std::ranges::any_of(items, isRelease);
    const bool allReleases = std::ranges::all_of(items, isRelease);
    const bool anySecurity = std::ranges::any_of(items, [](const NewItem &item) { return item.security; });

    ReleaseNotice notice;
    notice.eventId = anySecurity ? securityReleaseEvent() : anyRelease ? newReleaseEvent() : newPostEvent();
    for (const NewItem &item : items) {
        notice.postIds.append(item.post.id);
    }
    if (items.size() == 1) {
        const NewItem &item = items.constFirst();
        notice.title = item.isProjectRelease()
            ? tr("%1 released", "a project and its version").arg(item.projectRelease())
            : item.isRelease() ? releaseTitle(item.releases)
                               : item.post.meta.title.simplified();
        notice.text = shortened(item.post.meta.description);
        return notice;
    }

    const int count = int(items.size());
    const bool anyProject = std::ranges::any_of(items, [](const NewItem &item) { return item.isProjectRelease(); });
    notice.title = !allReleases ? tr("%n new post(s)", "", count)
        : anyProject            ? tr("%n new release(s)", "", count)
                                : tr("%n new Python release(s)", "", count);
    // A notification shows a few lines; past that, a count says the rest is in the app.
    const int listed = count > maxListedPosts ? maxListedPosts - 1 : count;
    QStringList lines;
    for (int i = 0; i < listed; ++i) {
        const NewItem &item = items.at(i);
        lines << (item.isProjectRelease() ? item.projectRelease() : item.post.meta.title.simplified());
    }
    if (listed < count) {
        lines << tr("and %n more", "", count - listed);
    }
    notice.text = lines.join(u'\n');
    return notice;
}

ReleaseNotice ReleaseNotice::imported(int count)
{
    ReleaseNotice notice;
    notice.eventId = importedEvent();
    notice.title = tr("%n post(s) imported", "", count);
    notice.text = tr("The Python Insider archive can now be read offline.");
    return notice;
}

QString ReleaseNotice::releaseTitle(const QList<AnnouncedRelease> &releases)
{
    // Grouped by implementation, in the order the post names them: "Python 3.14.7 and 3.13.15".
    QStringList implementations;
    QList<QStringList> versions;
    for (const AnnouncedRelease &release : releases) {
        qsizetype row = implementations.indexOf(release.implementation);
        if (row < 0) {
            implementations << release.implementation;
            versions.append(QStringList());
            row = implementations.size() - 1;
        }
        const QString version = withMicro(release.version).toString();
        if (!versions.at(row).contains(version)) {
            versions[row] << version;
        }
    }
    QStringList parts;
    for (qsizetype row = 0; row < implementations.size(); ++row) {
        const QString &name = implementations.at(row);
        parts << (name == ReleaseExtractor::cpython() ? u"Python"_s : name) + u' ' + joinList(versions.at(row));
    }
    return tr("%1 released", "versions of Python").arg(joinList(parts));
}

QString ReleaseNotice::joinList(const QStringList &items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString joined = items.constFirst();
    for (qsizetype i = 1; i + 1 < items.size(); ++i) {
        joined = tr("%1, %2", "all but the last item of a list").arg(joined, items.at(i));
    }
    if (items.size() > 1) {
        joined = tr("%1 and %2", "the last item of a list").arg(joined, items.constLast());
    }
    return joined;
}

QString ReleaseNotice::shortened(const QString &text, int limit)
{
    // Descriptions are Markdown: "[Python Releases Eclipse Your Security!](https://…) New …".
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    QString plain = text;
    plain.replace(link, u"\\1"_s);
    plain.remove(u"**"_s);
    plain.remove(u'`');
    plain = plain.simplified();
    if (plain.size() <= limit) {
        return plain;
    }
    qsizetype cut = plain.lastIndexOf(u' ', limit);
    if (cut < limit / 2) {
        cut = limit; // one very long word: cut inside it rather than say almost nothing
    }
    QString head = plain.left(cut);
    // Not ")" or a quote: "(final)" keeps its parenthesis.
    while (!head.isEmpty() && (head.back().isSpace() || u",;:.-–"_s.contains(head.back()))) {
        head.chop(1);
    }
    return head + u'…';
}

} // namespace Herald
