// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpretertext.h"

#include "core/releases/timeline.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString InterpreterText::originKey(InterpreterOrigin origin)
{
    switch (origin) {
    case InterpreterOrigin::Path: return u"path"_s;
    case InterpreterOrigin::Pyenv: return u"pyenv"_s;
    case InterpreterOrigin::Uv: return u"uv"_s;
    case InterpreterOrigin::Asdf: return u"asdf"_s;
    case InterpreterOrigin::Mise: return u"mise"_s;
    case InterpreterOrigin::Conda: return u"conda"_s;
    case InterpreterOrigin::Homebrew: return u"homebrew"_s;
    case InterpreterOrigin::Framework: return u"framework"_s;
    case InterpreterOrigin::Registry: return u"registry"_s;
    case InterpreterOrigin::PyLauncher: return u"py-launcher"_s;
    case InterpreterOrigin::UserLocation: break;
    }
    return u"added"_s;
}

QString InterpreterText::originName(InterpreterOrigin origin)
{
    switch (origin) {
    case InterpreterOrigin::Path: return tr("PATH");
    case InterpreterOrigin::Pyenv: return u"pyenv"_s;
    case InterpreterOrigin::Uv: return u"uv"_s;
    case InterpreterOrigin::Asdf: return u"asdf"_s;
    case InterpreterOrigin::Mise: return u"mise"_s;
    case InterpreterOrigin::Conda: return u"conda"_s;
    case InterpreterOrigin::Homebrew: return u"Homebrew"_s;
    case InterpreterOrigin::Framework: return tr("python.org installer");
    case InterpreterOrigin::Registry: return tr("Windows registry");
    case InterpreterOrigin::PyLauncher: return tr("py launcher");
    case InterpreterOrigin::UserLocation: break;
    }
    return tr("added by you");
}

QString InterpreterText::versionSourceKey(Interpreter::VersionSource source)
{
    switch (source) {
    case Interpreter::VersionSource::PatchLevel: return u"patchlevel.h"_s;
    case Interpreter::VersionSource::VenvConfig: return u"pyvenv.cfg"_s;
    case Interpreter::VersionSource::FolderName: return u"folder-name"_s;
    case Interpreter::VersionSource::CondaMeta: return u"conda-meta"_s;
    case Interpreter::VersionSource::Registry: return u"registry"_s;
    case Interpreter::VersionSource::Ran: return u"ran"_s;
    case Interpreter::VersionSource::Cache: return u"cache"_s;
    case Interpreter::VersionSource::None: break;
    }
    return {};
}

QString InterpreterText::versionLabel(const Interpreter &interpreter)
{
    if (interpreter.version.isNull()) {
        return tr("unknown version");
    }
    const QString version = interpreter.version.toString();
    if (!interpreter.implementation.isEmpty() && !interpreter.isCPython()) {
        return interpreter.implementationVersion.isEmpty()
            ? tr("%1 (Python %2)").arg(interpreter.implementation, version)
            : tr("%1 %2 (Python %3)").arg(interpreter.implementation, interpreter.implementationVersion, version);
    }
    return interpreter.freeThreaded ? tr("%1 free-threaded").arg(version) : version;
}

QString InterpreterText::whereFound(const Interpreter &interpreter)
{
    const InterpreterName first = interpreter.names.isEmpty() ? InterpreterName() : interpreter.names.constFirst();
    if (!interpreter.venv.isEmpty()) {
        return tr("virtual environment");
    }
    if (first.origin == InterpreterOrigin::Conda && !first.detail.isEmpty()) {
        return first.detail;
    }
    return originName(first.origin);
}

QString InterpreterText::shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != "/"_L1 && path.startsWith(home + u'/')) {
        return u"~"_s + path.mid(home.size());
    }
    return QDir::toNativeSeparators(path);
}

QJsonObject InterpreterText::toJson(const Interpreter &interpreter)
{
    QJsonArray names;
    for (const InterpreterName &name : interpreter.names) {
        names.append(QJsonObject {
            {u"path"_s, name.path},
            {u"origin"_s, originKey(name.origin)},
            {u"detail"_s, orNull(name.detail)},
        });
    }
    return QJsonObject {
        {u"path"_s, interpreter.path()},
        {u"names"_s, names},
        {u"executable"_s, orNull(interpreter.executable)},
        {u"venv"_s, orNull(interpreter.venv)},
        {u"venvHome"_s, orNull(interpreter.venvHome)},
        {u"version"_s, interpreter.version.isNull() ? QJsonValue() : QJsonValue(interpreter.version.toString())},
        {u"implementation"_s, orNull(interpreter.implementation)},
        {u"implementationVersion"_s, orNull(interpreter.implementationVersion)},
        {u"freeThreaded"_s, interpreter.freeThreaded},
        {u"versionFrom"_s, orNull(versionSourceKey(interpreter.versionSource))},
        {u"problem"_s, orNull(interpreter.problem)},
    };
}

QString InterpreterText::missedLine(const TimelineRelease &release)
{
    const QDate day = release.officialDate.isValid() ? release.officialDate : release.announced;
    QString line = day.isValid()
        ? tr("Missing %1 of %2").arg(release.version.toString(), QLocale().toString(day, QLocale::ShortFormat))
        : tr("Missing %1").arg(release.version.toString());
    if (release.security) {
        // A few names, not a tooltip as wide as the screen: the timeline lists them all.
        constexpr qsizetype Shown = 3;
        const QString cves = release.cves.size() > Shown
            ? tr("%1 and %n more", nullptr, int(release.cves.size() - Shown))
                  .arg(release.cves.first(Shown).join(u", "_s))
            : release.cves.join(u", "_s);
        line += release.cves.isEmpty() ? tr(" (security)") : tr(" (security: %1)").arg(cves);
    }
    return line;
}

} // namespace Herald
