#pragma once

class QString;
class QTextStream;

namespace Herald {

class HttpClient;

/// `herald --parse FILE|URL [--json]`: what Herald understands of one feed document. Nothing
/// is stored. Returns 1 when the document could not be read or parsed completely.
int runParseCommand(HttpClient &http, const QString &source, bool json, QTextStream &out, QTextStream &err);

} // namespace Herald
