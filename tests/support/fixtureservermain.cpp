// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// herald-fixture-server: serves the fixture snapshot on loopback, for demos and manual tests.
//   herald-fixture-server [--root DIR]… [--port N] [--fault PATTERN=SPEC]… [--redirect FROM=TO]…
//                         [--port-file FILE] [--log]
// Then: herald --url-map https://=http://127.0.0.1:PORT/
#include "fixtureserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;
using Herald::Test::ServedRequest;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"herald-fixture-server"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Serves a directory tree laid out by host over loopback HTTP."_s);
    parser.addHelpOption();
    const QCommandLineOption rootOption(
        u"root"_s, u"A directory to serve; earlier ones win. Default: the fixtures."_s, u"dir"_s);
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1 (default: a free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption faultOption(u"fault"_s,
        u"Inject SPEC (delay:MS, hang, reset, status:CODE, 429:SECS, truncate, oversize:BYTES, content-type:TYPE, with optional xN) into paths matching PATTERN."_s,
        u"pattern=spec"_s);
    const QCommandLineOption redirectOption(u"redirect"_s, u"Redirect path FROM to TO."_s, u"from=to"_s);
    const QCommandLineOption portFileOption(
        u"port-file"_s, u"Write the port number to this file once listening."_s, u"file"_s);
    const QCommandLineOption logOption(u"log"_s, u"Print each request."_s);
    parser.addOptions({rootOption, portOption, faultOption, redirectOption, portFileOption, logOption});
    parser.process(app);

    FixtureServer server;
    QStringList roots = parser.values(rootOption);
    if (roots.isEmpty()) {
        roots.append(Herald::Test::fixturesDirectory());
        if (roots.constFirst().isEmpty()) {
            err << "No fixtures found beside this checkout (../shared/fixtures/web); pass --root DIR." << Qt::endl;
            return 2;
        }
    }
    for (const QString &root : std::as_const(roots)) {
        server.addRoot(root);
    }
    for (const QString &value : parser.values(faultOption)) {
        const qsizetype eq = value.lastIndexOf(u'=');
        const auto fault = eq > 0 ? Fault::parse(value.mid(eq + 1)) : std::nullopt;
        if (!fault) {
            err << "Cannot read --fault " << value << Qt::endl;
            return 2;
        }
        server.setFault(value.left(eq), *fault);
    }
    for (const QString &value : parser.values(redirectOption)) {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0) {
            err << "Cannot read --redirect " << value << Qt::endl;
            return 2;
        }
        server.setRedirect(value.left(eq), value.mid(eq + 1));
    }
    if (!server.listen(quint16(parser.value(portOption).toUInt()))) {
        err << "Cannot listen on port " << parser.value(portOption) << Qt::endl;
        return 1;
    }
    if (parser.isSet(logOption)) {
        QObject::connect(&server, &FixtureServer::requestServed, &app, [&out](const ServedRequest &request) {
            out << request.status << ' ' << request.method << ' ' << request.path << ' ' << request.bodyBytes
                << Qt::endl;
        });
    }
    if (parser.isSet(portFileOption)) {
        QFile file(parser.value(portFileOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(server.port())) < 0) {
            err << "Cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
    }
    out << "Serving " << roots.join(u", "_s) << " on " << server.baseUrl().toString() << Qt::endl;
    out << "Point Herald at it with: --url-map " << server.httpsUrlMap() << Qt::endl;
    return QCoreApplication::exec();
}
