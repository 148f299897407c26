// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/pythonscommand.h"

#include "core/interpreters/interpreterdiscovery.h"
#include "core/interpreters/interpretertext.h"
#include "core/text/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald {

int PythonsCommand::run(const DiscoveryEnvironment &environment, bool json, QTextStream &out)
{
    const InterpreterDiscovery::Findings result = InterpreterDiscovery::discover(environment);
    if (json) {
        QJsonArray interpreters;
        for (const Interpreter &interpreter : result.interpreters) {
            interpreters.append(InterpreterText::toJson(interpreter));
        }
        out << QJsonDocument(QJsonObject {
                                 {u"interpreters"_s, interpreters},
                                 {u"searched"_s, QJsonArray::fromStringList(result.searched)},
                             })
                   .toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    // Paths and the output of interpreters that were run: text only, no control sequences.
    for (const Interpreter &interpreter : result.interpreters) {
        out << TerminalText::safe(InterpreterText::versionLabel(interpreter)) << u"  "_s
            << TerminalText::safe(InterpreterText::shortPath(interpreter.path())) << u"  ("_s
            << TerminalText::safe(InterpreterText::whereFound(interpreter)) << u')' << '\n';
        for (qsizetype i = 1; i < interpreter.names.size(); ++i) {
            const InterpreterName &name = interpreter.names.at(i);
            out << u"    "_s
                << tr("also %1 (%2)")
                       .arg(TerminalText::safe(InterpreterText::shortPath(name.path)),
                           InterpreterText::originName(name.origin))
                << '\n';
        }
        if (!interpreter.problem.isEmpty()) {
            out << u"    "_s << tr("cannot be used: %1").arg(TerminalText::safe(interpreter.problem)) << '\n';
        }
    }
    if (result.interpreters.isEmpty()) {
        out << tr("No Python interpreter found.") << '\n';
    }
    out << tr("Looked in: %1").arg(TerminalText::safe(result.searched.join(u", "_s))) << '\n';
    out.flush();
    return 0;
}

} // namespace Herald
