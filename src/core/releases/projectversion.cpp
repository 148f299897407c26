// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/projectversion.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// PEP 440's version grammar (its appendix's regular expression, in its permissive form), with
/// SemVer's hyphenated pre-release identifiers beside PEP 440's spellings.
const QRegularExpression &versionPattern()
{
    static const QRegularExpression pattern(
        uR"(^v?)"
        uR"((?:(?<epoch>\d+)!)?)"
        uR"((?<release>\d+(?:\.\d+)*))"
        uR"((?:(?<presep>[-_.])?(?<pre>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<pren>\d+)?)"
        uR"(|-(?<semver>(?!\d+(?:$|\+))(?!(?:post|rev|r|dev)[-_.]?\d*(?:$|\+))[0-9a-z-]+(?:\.[0-9a-z-]+)*))?)"
        uR"((?:-(?<postn1>\d+)|[-_.]?(?<post>post|rev|r)[-_.]?(?<postn2>\d+)?)?)"
        uR"((?:[-_.]?(?<dev>dev)[-_.]?(?<devn>\d+)?)?)"
        uR"((?:\+(?<local>[0-9a-z]+(?:[-_.][0-9a-z]+)*))?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// A PEP 440 pre-release's letters, made one: `alpha` is `a`, `beta` is `b`, and `c`, `pre`
/// and `preview` are `rc`.
QString pepStage(const QString &text)
{
    QString word = text.toLower();
    if (word == "alpha"_L1) {
        return u"a"_s;
    }
    if (word == "beta"_L1) {
        return u"b"_s;
    }
    if (word == "c"_L1 || word == "pre"_L1 || word == "preview"_L1) {
        return u"rc"_s;
    }
    return word;
}

/// A SemVer identifier as written: digits alone are a number (kept as digits, so that any
/// length compares), anything else a word, case and all.
QVariant semverIdentifier(const QString &text)
{
    const bool digits
        = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits) {
        return text;
    }
    QByteArray number = text.toLatin1();
    while (number.size() > 1 && number.startsWith('0')) {
        number.remove(0, 1);
    }
    return number; // a QByteArray: a number
}

/// A number among the identifiers: an int (PEP 440's) or digits (SemVer's).
bool isNumber(const QVariant &value)
{
    return value.typeId() == QMetaType::Int || value.typeId() == QMetaType::QByteArray;
}

QByteArray digitsOf(const QVariant &value)
{
    return value.typeId() == QMetaType::Int ? QByteArray::number(value.toInt()) : value.toByteArray();
}

/// SemVer 2.0 §11: numbers as numbers, below words; words in ASCII order; fewer first.
std::strong_ordering comparePrerelease(const QVariantList &a, const QVariantList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const bool aNumber = isNumber(a.at(i));
        const bool bNumber = isNumber(b.at(i));
        if (aNumber != bNumber) {
            return aNumber ? std::strong_ordering::less : std::strong_ordering::greater;
        }
        if (aNumber) {
            const QByteArray x = digitsOf(a.at(i));
            const QByteArray y = digitsOf(b.at(i));
            if (const auto order = x.size() <=> y.size(); order != 0) {
                return order;
            }
            if (const int order = x.compare(y); order != 0) {
                return order < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
            }
            continue;
        }
        const int order = QString::compare(a.at(i).toString(), b.at(i).toString(), Qt::CaseSensitive);
        if (order != 0) {
            return order < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        }
    }
    return a.size() <=> b.size();
}

int toNumber(const QString &text, bool *ok)
{
    // Release numbers beyond an int (a date and time run together) are not versions here.
    return text.size() > 9 ? (*ok = false, 0) : text.toInt(ok);
}

} // namespace

std::optional<ProjectVersion> ProjectVersion::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const QRegularExpressionMatch match = versionPattern().match(trimmed);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    ProjectVersion version;
    bool ok = true;
    version.m_text = trimmed.startsWith(u'v', Qt::CaseInsensitive) ? trimmed.mid(1) : trimmed;
    if (match.hasCaptured(u"epoch"_s)) {
        version.m_epoch = toNumber(match.captured(u"epoch"_s), &ok);
    }
    bool leadingZero = false;
    const QStringList numbers = match.captured(u"release"_s).split(u'.');
    for (qsizetype i = 0; i < numbers.size() && ok; ++i) {
        version.m_release.append(toNumber(numbers.at(i), &ok));
        leadingZero = leadingZero || (i > 0 && numbers.at(i).size() > 1 && numbers.at(i).startsWith(u'0'));
    }
    if (!ok || version.m_release.size() > 8) {
        return std::nullopt;
    }
    if (match.hasCaptured(u"pre"_s) && match.captured(u"presep"_s) != u"-"_s) {
        version.m_pre = {pepStage(match.captured(u"pre"_s)),
            match.hasCaptured(u"pren"_s) ? toNumber(match.captured(u"pren"_s), &ok) : 0};
    } else if (match.hasCaptured(u"pre"_s) || match.hasCaptured(u"semver"_s)) {
        // After a hyphen, SemVer's identifiers as written (`-preview.7` before `-rc.1`, `-RC`
        // before `-alpha`); `-rc.1` and PEP 440's `rc1` still come out one release.
        const QString label = match.hasCaptured(u"semver"_s) ? match.captured(u"semver"_s)
                                                             : match.captured(u"pre"_s)
                + (match.hasCaptured(u"pren"_s) ? u"."_s + match.captured(u"pren"_s) : QString());
        for (const QString &part : label.split(u'.')) {
            version.m_pre.append(semverIdentifier(part));
        }
        version.m_scheme = Scheme::SemVer;
    }
    if (match.hasCaptured(u"postn1"_s)) {
        version.m_post = toNumber(match.captured(u"postn1"_s), &ok);
    } else if (match.hasCaptured(u"post"_s)) {
        // `1.0.post`: PEP 440's implicit number is 0.
        version.m_post = match.hasCaptured(u"postn2"_s) ? toNumber(match.captured(u"postn2"_s), &ok) : 0;
    }
    if (match.hasCaptured(u"dev"_s)) {
        version.m_dev = match.hasCaptured(u"devn"_s) ? toNumber(match.captured(u"devn"_s), &ok) : 0;
    }
    if (!ok) {
        return std::nullopt;
    }
    const int first = version.m_release.constFirst();
    if (version.m_scheme != Scheme::SemVer && ((first >= 1900 && first <= 2199) || leadingZero)) {
        version.m_scheme = Scheme::CalVer;
    }
    return version;
}

std::optional<ProjectVersion> ProjectVersion::find(QStringView text, QStringView project)
{
    QStringView tag = text.trimmed();
    // A tag on its own: the project's name, a package@, or a word for "release" before it.
    if (!project.isEmpty() && tag.startsWith(project, Qt::CaseInsensitive) && tag.size() > project.size()
        && QStringView(u"-_ @/").contains(tag.at(project.size()))) {
        tag = tag.sliced(project.size() + 1);
    }
    if (const qsizetype at = tag.lastIndexOf(u'@'); at > 0 && at + 1 < tag.size()) {
        tag = tag.sliced(at + 1);
    }
    static const QRegularExpression word(
        uR"(^(?:release|rel|version|ver)[-_/ ]?)"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch prefix = word.matchView(tag); prefix.hasMatch()) {
        tag = tag.sliced(prefix.capturedLength(0));
    }
    if (auto whole = parse(tag)) {
        return whole;
    }
    // In a title: the first run that reads as a version of at least two numbers, less any
    // punctuation the sentence put after it.
    static const QRegularExpression candidate(uR"((?<![\w.+-])v?\d+(?:\.\d+)+[0-9A-Za-z.!+_-]*)"_s);
    // A stage spelled out after the version, as announcements write it: "3.15.0 alpha 2",
    // "6.0 release candidate 1".
    static const QRegularExpression spelledStage(
        uR"(^\s+(alpha|beta|release candidate|rc)\s*(\d+)\b)"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &match : candidate.globalMatchView(text)) {
        QStringView found = match.capturedView(0);
        while (!found.isEmpty()) {
            if (auto version = parse(found)) {
                const QRegularExpressionMatch stage
                    = spelledStage.matchView(text.sliced(match.capturedStart(0) + found.size()));
                if (stage.hasMatch() && !version->isPrerelease() && !version->post()) {
                    const QString label = stage.captured(1).startsWith(u'r', Qt::CaseInsensitive)
                        ? u"rc"_s
                        : stage.captured(1).left(1).toLower();
                    if (auto staged = parse(QString(found.toString() + label + stage.captured(2)))) {
                        return staged;
                    }
                }
                return version;
            }
            const qsizetype cut = found.lastIndexOf(QRegularExpression(u"[-_.+]"_s));
            if (cut <= 0) {
                break;
            }
            found.truncate(cut);
        }
    }
    return std::nullopt;
}

QString ProjectVersion::series(int parts) const
{
    QStringList numbers;
    for (int i = 0; i < std::max(1, parts); ++i) {
        numbers << QString::number(i < m_release.size() ? m_release.at(i) : 0);
    }
    return numbers.join(u'.');
}

std::strong_ordering operator<=>(const ProjectVersion &a, const ProjectVersion &b)
{
    if (const auto order = a.m_epoch <=> b.m_epoch; order != 0) {
        return order;
    }
    for (qsizetype i = 0; i < std::max(a.m_release.size(), b.m_release.size()); ++i) {
        const int x = i < a.m_release.size() ? a.m_release.at(i) : 0;
        const int y = i < b.m_release.size() ? b.m_release.at(i) : 0;
        if (const auto order = x <=> y; order != 0) {
            return order;
        }
    }
    // PEP 440's phases: a development release of a final comes before its pre-releases, and a
    // final (with or without post-releases) after them.
    const auto phase = [](const ProjectVersion &v) {
        if (v.m_pre.isEmpty()) {
            return v.m_dev && !v.m_post ? 0 : 2;
        }
        return 1;
    };
    if (const auto order = phase(a) <=> phase(b); order != 0) {
        return order;
    }
    if (phase(a) == 1) {
        if (const auto order = comparePrerelease(a.m_pre, b.m_pre); order != 0) {
            return order;
        }
    }
    if (const auto order = a.m_post.value_or(-1) <=> b.m_post.value_or(-1); order != 0) {
        return order;
    }
    constexpr int none = std::numeric_limits<int>::max(); // no .devN: after every one
    return a.m_dev.value_or(none) <=> b.m_dev.value_or(none);
}

} // namespace Herald
