// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/notify/interpreteralerts.h"

#include "core/diagnostics/logging.h"
#include "core/interpreters/interpretertext.h"
#include "core/store/poststore.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// The record is one line per key; a key holds a path, which never holds a newline that matters.
constexpr QChar separator = u'\n';

} // namespace

InterpreterAlerts::InterpreterAlerts(PostStore &store)
    : m_store(store)
{ }

QString InterpreterAlerts::keyFor(const Interpreter &interpreter, const InterpreterAdvice &advice)
{
    switch (advice.verdict) {
    case InterpreterAdvice::Verdict::MissesSecurity:
        return u"security|%1|%2"_s.arg(interpreter.path(), advice.latest ? advice.latest->toString() : QString());
    case InterpreterAdvice::Verdict::EndOfLife: return u"end-of-life|%1|%2"_s.arg(interpreter.path(), advice.series);
    case InterpreterAdvice::Verdict::UpToDate:
    case InterpreterAdvice::Verdict::Behind:
    case InterpreterAdvice::Verdict::NotFollowed:
    case InterpreterAdvice::Verdict::UnknownSeries:
    case InterpreterAdvice::Verdict::Unusable: break;
    }
    return {};
}

QList<InterpreterAlert> InterpreterAlerts::update(const Judged &judged)
{
    const Result<QString> record = m_store.metaValue(metaKey());
    if (!record) {
        // Unread is not empty: everything would be told again. Nothing now; next time, maybe.
        qCWarning(lcNotify) << "could not read the interpreter alerts told:" << record.error().message();
        return {};
    }
    const QString &stored = *record;
    // The record starts with a marker, so that a baseline with nothing to tell is one too.
    const bool first = stored.isEmpty();
    QStringList told = first ? QStringList {u"#baseline"_s} : stored.split(separator, Qt::SkipEmptyParts);
    const QSet<QString> known(told.cbegin(), told.cend());
    QList<InterpreterAlert> alerts;
    for (const auto &[interpreter, advice] : judged) {
        const QString key = keyFor(interpreter, advice);
        if (key.isEmpty() || known.contains(key) || told.contains(key)) {
            continue;
        }
        told.append(key);
        if (first) {
            continue; // already so before Herald looked: not news
        }
        const QString version = InterpreterText::versionLabel(interpreter);
        InterpreterAlert alert;
        alert.key = key;
        alert.title = advice.verdict == InterpreterAdvice::Verdict::EndOfLife
            ? tr("Python %1 has reached its end of life").arg(version)
            : tr("Python %1 misses a security release").arg(version);
        alert.text = advice.action + u'\n' + InterpreterText::shortPath(interpreter.path());
        alerts.append(alert);
    }
    if (first || told.size() != known.size()) {
        if (const Result<void> kept = m_store.setMetaValue(metaKey(), told.join(separator)); !kept) {
            qCWarning(lcNotify) << "could not record the interpreter alerts told:" << kept.error().message();
        }
    }
    return alerts;
}

} // namespace Herald
