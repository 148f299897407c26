// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/opml.h"

#include "core/sources/projectlifecycles.h"
#include "core/sources/sourcespec.h"

#include <QDateTime>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr auto ns = QLatin1StringView(Opml::HeraldNamespace);

void writeSource(QXmlStreamWriter &xml, const Source &source)
{
    xml.writeStartElement(u"outline"_s);
    xml.writeAttribute(u"text"_s, source.displayName());
    xml.writeAttribute(u"title"_s, source.displayName());
    xml.writeAttribute(u"type"_s, u"rss"_s);
    xml.writeAttribute(u"xmlUrl"_s, source.feedUrl.toString(QUrl::FullyEncoded));
    if (source.kind == SourceKind::GitHub) {
        xml.writeAttribute(u"htmlUrl"_s, u"https://github.com/"_s + source.identifier + u"/releases"_s);
    } else if (source.kind == SourceKind::PyPI) {
        xml.writeAttribute(u"htmlUrl"_s, u"https://pypi.org/project/"_s + source.identifier + u'/');
    }
    xml.writeAttribute(ns, u"kind"_s, Source::kindKey(source.kind));
    if (!source.identifier.isEmpty()) {
        xml.writeAttribute(ns, u"identifier"_s, source.identifier);
    }
    if (!source.name.isEmpty()) {
        xml.writeAttribute(ns, u"name"_s, source.name);
    }
    if (!source.notifyMode.isEmpty()) {
        xml.writeAttribute(ns, u"notify"_s, source.notifyMode);
    }
    if (source.seriesParts > 0) {
        xml.writeAttribute(ns, u"seriesParts"_s, QString::number(source.seriesParts));
    }
    if (source.discovered) {
        xml.writeAttribute(ns, u"discovered"_s, u"true"_s);
    }
    if (source.lifecycleProduct) { // unset: the one its name suggests
        xml.writeAttribute(ns, u"lifecycle"_s, *source.lifecycleProduct);
    }
    if (!source.usedVersion.isEmpty()) {
        xml.writeAttribute(ns, u"usedVersion"_s, source.usedVersion);
        xml.writeAttribute(ns, u"usedIn"_s, source.usedIn);
    }
    xml.writeEndElement();
}

/// One feed outline as a source; an error says why it cannot be followed.
Result<Source> readSource(const QXmlStreamAttributes &attributes, const QString &folder)
{
    const QString xmlUrl = attributes.value("xmlUrl"_L1).trimmed().toString();
    const QString text = attributes.value("text"_L1).trimmed().toString();
    const QString title = attributes.value("title"_L1).trimmed().toString();
    const QString label = !title.isEmpty() ? title : !text.isEmpty() ? text : xmlUrl;
    const QString kindKey = attributes.value(ns, "kind"_L1).toString();
    const std::optional<SourceKind> kind = Source::kindFromKey(kindKey);
    if (kind == SourceKind::PythonInsider) {
        return Error(Opml::tr("“%1”: Python Insider is built in").arg(label));
    }
    if (!kindKey.isEmpty() && !kind) {
        return Error(Opml::tr("“%1”: unknown kind “%2”").arg(label, kindKey));
    }
    const QString scheme = QUrl(xmlUrl).scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1) {
        return Error(Opml::tr("“%1”: Herald follows http and https feeds only, not %2").arg(label, xmlUrl));
    }
    // What --follow would make of the feed's address: its kind and identifier.
    Result<Source> read = SourceSpec::read(xmlUrl);
    if (!read) {
        return Error(Opml::tr("“%1”: %2").arg(label, read.error().message()));
    }
    Source source = *read;
    if (source.kind == SourceKind::Feed) {
        source.feedUrl = QUrl(xmlUrl, QUrl::StrictMode); // the feed as listed, not a page to look in
    } // a GitHub, PyPI or Discourse address, even a page's, stands for its project's own feed
    if (kind) {
        source.kind = *kind;
        if (attributes.hasAttribute(ns, "identifier"_L1)) {
            source.identifier = attributes.value(ns, "identifier"_L1).toString();
        }
        source.name = attributes.value(ns, "name"_L1).toString();
        source.notifyMode = attributes.value(ns, "notify"_L1).toString();
        source.seriesParts = qBound(0, attributes.value(ns, "seriesParts"_L1).toInt(), 2);
        source.discovered = attributes.value(ns, "discovered"_L1) == "true"_L1;
        // A product name that could not be one is left out: its source gets the one its name suggests.
        if (const QString product = attributes.value(ns, "lifecycle"_L1).trimmed().toString();
            attributes.hasAttribute(ns, "lifecycle"_L1)
            && (product.isEmpty() || ProjectLifecycles::isProductName(product))) {
            source.lifecycleProduct = product;
        }
        source.usedVersion = attributes.value(ns, "usedVersion"_L1).trimmed().toString();
        source.usedIn = source.usedVersion.isEmpty() ? QString() : attributes.value(ns, "usedIn"_L1).toString();
    } else if (!label.isEmpty() && label != xmlUrl) {
        source.name = label; // the name the other reader gave it
    }
    source.folder = folder;
    return source;
}

} // namespace

QByteArray Opml::write(const QList<Source> &sources, const QList<Folder> &folders, const QString &title)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"opml"_s);
    xml.writeNamespace(ns, u"herald"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"head"_s);
    xml.writeTextElement(u"title"_s, title);
    xml.writeTextElement(
        u"dateCreated"_s, QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s));
    xml.writeEndElement(); // head
    xml.writeStartElement(u"body"_s);
    for (const Source &source : sources) {
        if (source.folder.isEmpty()) {
            writeSource(xml, source);
        }
    }
    QStringList written;
    auto writeFolder = [&](const QString &name, const QString &notifyMode) {
        xml.writeStartElement(u"outline"_s);
        xml.writeAttribute(u"text"_s, name);
        xml.writeAttribute(u"title"_s, name);
        if (!notifyMode.isEmpty()) {
            xml.writeAttribute(ns, u"notify"_s, notifyMode);
        }
        for (const Source &source : sources) {
            if (source.folder == name) {
                writeSource(xml, source);
            }
        }
        xml.writeEndElement();
        written << name;
    };
    for (const Folder &folder : folders) {
        writeFolder(folder.name, folder.notifyMode);
    }
    for (const Source &source : sources) { // a folder the folders table does not know
        if (!source.folder.isEmpty() && !written.contains(source.folder)) {
            writeFolder(source.folder, {});
        }
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return bytes;
}

Result<Opml::Subscriptions> Opml::read(const QByteArray &bytes, const QString &where)
{
    Subscriptions result;
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || xml.name() != "opml"_L1) {
        if (xml.hasError()) {
            return Error(tr("%1 is not well-formed XML: %2 (line %3, column %4)")
                    .arg(where, xml.errorString(), QString::number(xml.lineNumber()),
                        QString::number(xml.columnNumber())));
        }
        return Error(
            tr("%1 is not an OPML document: its root element is <%2>, not <opml>").arg(where, xml.name().toString()));
    }
    // The folders open around the current outline, outermost first; an outline with a feed
    // opens none. Folders inside folders are named by their path ("Tech/Python").
    QStringList path;
    QList<bool> opened;
    bool inBody = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == "body"_L1) {
                inBody = true;
            } else if (inBody && xml.name() == "outline"_L1) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString folder = path.join(u'/');
                if (attributes.hasAttribute("xmlUrl"_L1)) {
                    if (Result<Source> source = readSource(attributes, folder)) {
                        result.sources << *source;
                    } else {
                        result.skipped
                            << tr("line %1: %2").arg(QString::number(xml.lineNumber()), source.error().message());
                    }
                    opened << false;
                } else {
                    const QString text = attributes.value("text"_L1).trimmed().toString();
                    const QString name = text.isEmpty() ? attributes.value("title"_L1).trimmed().toString() : text;
                    path << (name.isEmpty() ? tr("Unnamed") : name);
                    opened << true;
                    const QString full = path.join(u'/');
                    const QString notify = attributes.value(ns, "notify"_L1).toString();
                    if (std::ranges::none_of(result.folders, [&](const Folder &f) { return f.name == full; })) {
                        result.folders << Folder {full, notify};
                    }
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == "body"_L1) {
                inBody = false;
            } else if (inBody && xml.name() == "outline"_L1 && !opened.isEmpty()) {
                if (opened.takeLast()) {
                    path.removeLast();
                }
            }
        }
    }
    if (xml.hasError()) {
        return Error(tr("%1 is not well-formed XML: %2 (line %3, column %4)")
                .arg(where, xml.errorString(), QString::number(xml.lineNumber()), QString::number(xml.columnNumber())));
    }
    // A folder that holds no feed is no folder in Herald.
    result.folders.removeIf([&](const Folder &folder) {
        return std::ranges::none_of(result.sources, [&](const Source &s) { return s.folder == folder.name; });
    });
    return result;
}

} // namespace Herald
