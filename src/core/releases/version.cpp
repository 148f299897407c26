// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/version.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// Numbers beyond this are not versions but typos or attacks; they also keep the
// arithmetic of the comparison far from overflow.
constexpr int maximumNumber = 99999;

std::optional<int> number(QStringView digits)
{
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok || value > maximumNumber) {
        return std::nullopt;
    }
    return value;
}

std::optional<Version::Stage> stageFromWord(QStringView word)
{
    const QString lower = word.toString().toLower().simplified();
    if (lower == u"a" || lower == u"alpha") {
        return Version::Stage::Alpha;
    }
    if (lower == u"b" || lower == u"beta") {
        return Version::Stage::Beta;
    }
    if (lower == u"c" || lower == u"rc" || lower == u"candidate" || lower == u"release candidate") {
        return Version::Stage::Candidate;
    }
    return std::nullopt;
}

} // namespace

Version::Version(int major, int minor, int micro, Stage stage, int stageNumber)
    : m_major(major)
    , m_minor(minor)
    , m_micro(micro < 0 ? -1 : micro)
    , m_stage(stage)
    , m_stageNumber(stage == Stage::Final ? 0 : stageNumber)
{ }

std::optional<Version> Version::parse(QStringView text)
{
    static const QRegularExpression pattern(
        uR"(^\s*(?:python\s*)?v?(\d+)\.(\d+)(?:\.(\d+))?)"
        uR"((?:(?:[-_.]|\s*)(a|alpha|b|beta|c|rc|candidate|release\s+candidate)(?:[-_.]|\s*)(\d+)|\s+final)?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const auto major = number(match.capturedView(1));
    const auto minor = number(match.capturedView(2));
    if (!major || !minor) {
        return std::nullopt;
    }
    int micro = -1;
    if (match.hasCaptured(3)) {
        const auto value = number(match.capturedView(3));
        if (!value) {
            return std::nullopt;
        }
        micro = *value;
    }
    if (!match.hasCaptured(4)) {
        return Version(*major, *minor, micro);
    }
    const auto stage = stageFromWord(match.capturedView(4));
    const auto stageNumber = number(match.capturedView(5));
    if (!stage || !stageNumber) {
        return std::nullopt;
    }
    return Version(*major, *minor, micro, *stage, *stageNumber);
}

std::optional<Version> Version::parseCanonical(QStringView text)
{
    // Hand-written rather than parse()'s expression: this reads only the one form toString()
    // writes, and a timeline reads 100,000 of them at start.
    qsizetype at = 0;
    const auto digits = [&]() -> std::optional<int> {
        const qsizetype start = at;
        while (at < text.size() && text[at].isDigit() && text[at].unicode() < 128) {
            ++at;
        }
        return at == start || at - start > 6 ? std::nullopt : number(text.sliced(start, at - start));
    };
    const auto dot = [&] {
        if (at < text.size() && text[at] == u'.') {
            ++at;
            return true;
        }
        return false;
    };
    const auto major = digits();
    if (!major || !dot()) {
        return std::nullopt;
    }
    const auto minor = digits();
    if (!minor) {
        return std::nullopt;
    }
    int micro = -1; // a series, with or without a stage: 3.14, 3.14a1
    if (dot()) {
        const auto number = digits();
        if (!number) {
            return std::nullopt;
        }
        micro = *number;
    }
    if (at == text.size()) {
        return Version(*major, *minor, micro);
    }
    const QStringView rest = text.sliced(at);
    Stage stage = Stage::Final;
    if (rest.startsWith(u"rc")) {
        stage = Stage::Candidate;
        at += 2;
    } else if (rest.startsWith(u'a')) {
        stage = Stage::Alpha;
        at += 1;
    } else if (rest.startsWith(u'b')) {
        stage = Stage::Beta;
        at += 1;
    } else {
        return std::nullopt;
    }
    const auto stageNumber = digits();
    if (!stageNumber || at != text.size()) {
        return std::nullopt;
    }
    return Version(*major, *minor, micro, stage, *stageNumber);
}

QString Version::series() const
{
    return QString::number(m_major) + u'.' + QString::number(m_minor);
}

QString Version::toString() const
{
    QString text = series();
    if (hasMicro()) {
        text += u'.' + QString::number(m_micro);
    }
    switch (m_stage) {
    case Stage::Alpha: return text + u'a' + QString::number(m_stageNumber);
    case Stage::Beta: return text + u'b' + QString::number(m_stageNumber);
    case Stage::Candidate: return text + u"rc"_s + QString::number(m_stageNumber);
    case Stage::Final: break;
    }
    return text;
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    if (const auto order = a.m_major <=> b.m_major; order != 0) {
        return order;
    }
    if (const auto order = a.m_minor <=> b.m_minor; order != 0) {
        return order;
    }
    // PEP 440 pads the release segment with zeros: 3.13 is 3.13.0.
    if (const auto order = std::max(a.m_micro, 0) <=> std::max(b.m_micro, 0); order != 0) {
        return order;
    }
    if (const auto order = a.m_stage <=> b.m_stage; order != 0) {
        return order;
    }
    return a.m_stageNumber <=> b.m_stageNumber;
}

} // namespace Herald
