// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/releaseextractor.h"

#include "core/posts/frontmatterreader.h"
#include "core/posts/post.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;

// A version as titles write it: 3.13, 3.13.0, 3.13.0a6, 3.13.0RC2, glued to "Python" or not.
// It may not continue into a wildcard (3.3.x) or another number, nor be part of one.
const QRegularExpression &versionPattern()
{
    static const QRegularExpression pattern(
        uR"((?<![\d.])v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-_.]?(?:a|b|c|rc)\d+)?(?!\w|\.\w))"_s, caseless);
    return pattern;
}

// A stage spelled out after the version: "alpha 3", "Release Candidate 1", "candidate 1", "(final)".
const QRegularExpression &stageAfterPattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*\(?\s*(alpha|beta|release\s+candidate|candidate|final)\b\)?(?:\s+(\d+)\b)?)"_s, caseless);
    return pattern;
}

// A stage spelled out before the version: "Third release candidate for Python 3.4",
// "Release Candidate for Python 2.7.9".
const QRegularExpression &stageBeforePattern()
{
    static const QRegularExpression pattern(uR"((?:\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+)?)"
                                            uR"(\b(alpha|beta|release\s+candidate)\s+(?:of|for)\s+(?:python\s*)?$)"_s,
        caseless);
    return pattern;
}

// The two checks below look at the words right before a version, for every version in every
// title, which makes them the extractor's hottest code: they are written out by hand, because
// a regular expression here costs a match object and a PCRE call each time, which came to a
// third of Timeline::build. Word boundaries follow QRegularExpression's (\b with Unicode
// properties: letters, digits and underscore are word characters).
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/// `text` without the whitespace at its end; sets `stripped` to how much there was.
QStringView chopSpaces(QStringView text, qsizetype *stripped = nullptr)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace()) {
        --end;
    }
    if (stripped) {
        *stripped = text.size() - end;
    }
    return text.first(end);
}

/// Whether `text` ends with the whole word `word` (in any case).
bool endsWithWord(QStringView text, QStringView word)
{
    return text.endsWith(word, Qt::CaseInsensitive)
        && (text.size() == word.size() || !isWordCharacter(text[text.size() - word.size() - 1]));
}

// The implementation named right before a version ("IronPython 2.7.5", "Python3.11.0b3"), if
// any; a version with none inherits the previous one's.
QStringView implementationBefore(QStringView before)
{
    const QStringView text = chopSpaces(before);
    for (const QStringView name : {u"IronPython", u"Jython", u"PyPy", u"MicroPython", u"CPython", u"Python"}) {
        if (endsWithWord(text, name)) {
            return name;
        }
    }
    return {};
}

// Whether the words before a version make it a point of reference, not a release: "the last
// beta before 3.9.0", "changes since Python 3.8", "prior to 3.4".
bool isReferenceBefore(QStringView before)
{
    qsizetype spaces = 0;
    QStringView text = chopSpaces(before, &spaces);
    if (endsWithWord(text, u"python")) {
        text = chopSpaces(text.chopped(6), &spaces);
    }
    if (spaces == 0) {
        return false;
    }
    for (const QStringView word : {u"before", u"after", u"since", u"until", u"than", u"from"}) {
        if (endsWithWord(text, word)) {
            return true;
        }
    }
    if (endsWithWord(text, u"to")) {
        qsizetype gap = 0;
        const QStringView rest = chopSpaces(text.chopped(2), &gap);
        return gap > 0 && endsWithWord(rest, u"prior");
    }
    return false;
}

// Every version the pattern can match has a digit, a dot and a digit in a row, and most text
// has none (most posts are not announcements), so this scan turns such text away before any
// regular expression runs. QChar::isDigit() accepts every Unicode digit, a superset of the
// pattern's \d, so it never turns away text the pattern would match.
bool mayNameVersion(QStringView text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == u'.' && text[i - 1].isDigit() && text[i + 1].isDigit()) {
            return true;
        }
    }
    return false;
}

// The stage-before pattern is anchored at the end of the text before a version and reaches at
// most a few words back ("seventh release candidate for Python "). Starting it this far from
// the end spares it a scan of the whole prefix at every version of a long list, and changes
// nothing it can match: PCRE still sees the characters before the start offset for \b, so a
// word cut in half at the offset is not mistaken for a whole one.
constexpr qsizetype backwardReach = 64;

qsizetype tailOffset(QStringView before)
{
    return std::max<qsizetype>(0, before.size() - backwardReach);
}

Version::Stage stageFromWords(const QString &words)
{
    const QString word = words.toLower();
    if (word == u"alpha") {
        return Version::Stage::Alpha;
    }
    if (word == u"beta") {
        return Version::Stage::Beta;
    }
    if (word == u"final") {
        return Version::Stage::Final;
    }
    return Version::Stage::Candidate; // "candidate", "release candidate"
}

int ordinal(const QString &word)
{
    static const QStringList ordinals {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s, u"fifth"_s, u"sixth"_s,
        u"seventh"_s, u"eighth"_s, u"ninth"_s};
    return int(ordinals.indexOf(word.toLower())) + 1;
}

QString canonicalImplementation(QStringView name)
{
    static const QStringList known {u"IronPython"_s, u"Jython"_s, u"PyPy"_s, u"MicroPython"_s};
    for (const QString &implementation : known) {
        if (name.compare(implementation, Qt::CaseInsensitive) == 0) {
            return implementation;
        }
    }
    return ReleaseExtractor::cpython(); // "Python", "CPython"
}

// Whether the body may open with an implementation's name once firstSentence() has taken its
// markup away: most bodies plainly do not, and this look at their first characters spares
// them the regular expressions. It skips every character firstSentence() may drop before the
// name (whitespace, emphasis, heading and quote markup, a link's opening bracket) and lets an
// image through, which firstSentence() removes whole.
bool mayOpenWithImplementation(QStringView markdownBody)
{
    qsizetype i = 0;
    while (
        i < markdownBody.size() && (markdownBody[i].isSpace() || QStringView(u"*_`#>\\[").contains(markdownBody[i]))) {
        ++i;
    }
    const QStringView start = markdownBody.sliced(i);
    if (start.startsWith(u'!')) {
        return true;
    }
    for (const QStringView name : {u"IronPython", u"Jython", u"PyPy", u"MicroPython", u"CPython", u"Python"}) {
        if (start.startsWith(name, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

// The first sentence of the body as plain text: link and emphasis markup dropped, so that
// "[Python 3.5.5](…) is out" reads like a title would.
QString firstSentence(QStringView markdownBody)
{
    static const QRegularExpression image(uR"(!\[[^\]]*\]\([^)]*\))"_s);
    static const QRegularExpression link(uR"(\[([^\]]*)\]\([^)]*\))"_s);
    static const QRegularExpression sentenceEnd(uR"([.!?](?:\s|$))"_s);
    // Only the first paragraph is read, so cut it out of the (often long) body before copying.
    QStringView paragraph = markdownBody.trimmed();
    // A blank line ends it, whatever the line endings.
    for (qsizetype i = paragraph.indexOf(u'\n'); i >= 0; i = paragraph.indexOf(u'\n', i + 1)) {
        const QStringView rest = paragraph.sliced(i + 1);
        if (rest.startsWith(u'\n') || rest.startsWith(u"\r\n")) {
            paragraph = paragraph.first(i);
            break;
        }
    }
    QString text = paragraph.toString();
    // Both the image and the link pattern need "](": a paragraph without it has neither.
    if (text.contains(u"](")) {
        text.remove(image).replace(link, u"\\1"_s);
    }
    // Emphasis, code, heading and quote markup, and escapes: single characters, so a character
    // test does what a regular expression would, without running one over every character.
    constexpr QStringView markup = u"*_`#>\\";
    text.removeIf([markup](QChar c) { return markup.contains(c); });
    text = text.simplified();
    const qsizetype end = text.indexOf(sentenceEnd);
    return end < 0 ? text : text.left(end);
}

} // namespace

QString ReleaseExtractor::cpython()
{
    return u"CPython"_s;
}

QList<AnnouncedRelease> ReleaseExtractor::extractFromText(const QString &text)
{
    QList<AnnouncedRelease> releases;
    if (!mayNameVersion(text)) {
        return releases;
    }
    QString implementation = cpython();
    // Views, not copies: the text around each version is only ever matched, never kept.
    auto matches = versionPattern().globalMatchView(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QStringView before = QStringView(text).first(match.capturedStart());
        const QStringView after = QStringView(text).sliced(match.capturedEnd());
        const qsizetype tail = tailOffset(before);

        if (const QStringView named = implementationBefore(before); !named.isEmpty()) {
            implementation = canonicalImplementation(named);
        }
        if (isReferenceBefore(before) || after.startsWith(u"'s") || after.startsWith(u"\u2019s")) {
            continue;
        }
        auto version = Version::parse(match.capturedView());
        if (!version) {
            continue; // a number too large to be a version
        }
        if (!version->isPrerelease()) {
            // A stage in words, after the version or before it. Without a number, "release
            // candidate" means the first (series with a single candidate call it "the release
            // candidate"), while an unnumbered alpha or beta names a phase ("the last 3.11 alpha").
            std::optional<Version::Stage> stage;
            int number = 0;
            if (const auto spelled = stageAfterPattern().matchView(after); spelled.hasMatch()) {
                stage = stageFromWords(spelled.captured(1).simplified());
                number = spelled.captured(2).toInt();
            } else if (const auto prefix = stageBeforePattern().matchView(before, tail); prefix.hasMatch()) {
                stage = stageFromWords(prefix.captured(2).simplified());
                number = ordinal(prefix.captured(1));
            }
            if (stage == Version::Stage::Candidate && number == 0) {
                number = 1;
            }
            if (stage && *stage != Version::Stage::Final) {
                if (number == 0) {
                    continue;
                }
                version = Version(version->major(), version->minor(), std::max(version->micro(), 0), *stage, number);
            } else if (stage == Version::Stage::Final && !version->hasMicro()) {
                version = Version(version->major(), version->minor(), 0);
            }
        } else if (!version->hasMicro()) {
            version = Version(version->major(), version->minor(), 0, version->stage(), version->stageNumber());
        }
        // A bare series ("Farewell, Python 3.4") is a topic, not a release.
        if (!version->hasMicro()) {
            continue;
        }
        const AnnouncedRelease release {*version, implementation};
        if (!releases.contains(release)) {
            releases += release;
        }
    }
    return releases;
}

QList<AnnouncedRelease> ReleaseExtractor::extractFromPost(const Post &post)
{
    if (post.htmlBody || !post.meta.version.isEmpty()) {
        // Another project's release ("Django 3.2.25"), from its own feed: never Python's.
        return {};
    }
    QList<AnnouncedRelease> releases = extractFromText(post.meta.title);
    if (releases.isEmpty() && !post.body.isEmpty() && !mentionsVersion(post.meta.title)) {
        // A view, not FrontmatterReader::read() (which parses the YAML too, ten times the cost)
        // nor a copy of the body: only its opening is read.
        releases = extract(post.meta.title, FrontmatterReader::bodyView(post.body));
    }
    return releases;
}

bool ReleaseExtractor::mentionsVersion(const QString &text)
{
    return mayNameVersion(text) && versionPattern().matchView(text).hasMatch();
}

QList<AnnouncedRelease> ReleaseExtractor::extract(const QString &title, QStringView markdownBody)
{
    if (mentionsVersion(title)) {
        return extractFromText(title);
    }
    // A title without any version ("Untitled") leaves the body to tell, but only a body that
    // opens like a headline does, with an implementation and a version: "Python 3.5.5 and …".
    static const QRegularExpression headline(
        uR"(^(?:IronPython|Jython|PyPy|MicroPython|CPython|Python)\s*v?\d+\.\d+)"_s, caseless);
    if (!mayOpenWithImplementation(markdownBody)) {
        return {};
    }
    const QString sentence = firstSentence(markdownBody);
    if (!headline.match(sentence).hasMatch()) {
        return {};
    }
    return extractFromText(sentence);
}

} // namespace Herald
