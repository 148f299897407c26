// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/feeds/feedparser.h"

#include "core/net/linkpolicy.h"
#include "core/render/gumbodocument.h"

#include <Syndication/Category>
#include <Syndication/DocumentSource>
#include <Syndication/ElementWrapper>
#include <Syndication/Feed>
#include <Syndication/Item>
#include <Syndication/ParserCollection>
#include <Syndication/Person>
#include <Syndication/SpecificDocument>
#include <Syndication/SpecificItem>
#include <Syndication/Tools>

#include <QCryptographicHash>
#include <QDomElement>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr auto atomNamespace = "http://www.w3.org/2005/Atom"_L1;
constexpr auto atom03Namespace = "http://purl.org/atom/ns#"_L1;
constexpr auto rss090Namespace = "http://my.netscape.com/rdf/simple/0.9/"_L1;
constexpr auto dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"_L1;
constexpr auto dcTermsNamespace = "http://purl.org/dc/terms/"_L1;
constexpr auto itunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd"_L1;

/// What one tolerant pass with QXmlStreamReader learnt about the document.
struct Scan {
    QString root; ///< local name of the root element; empty when there is none
    QString rootNamespace;
    QString version; ///< the version attribute of <rss>
    qsizetype rootEnd = 0; ///< offset just after the root element's start tag
    bool rss090 = false;
    QString error; ///< the first well-formedness error
    qint64 line = 0;
    qint64 column = 0;
    qsizetype cut = 0; ///< offset just after the last complete item or entry
    QStringList openAtCut; ///< qualified names of the elements still open there
    int completeItems = 0;
};

// Syndication hands the raw bytes to QDom, which fails the whole document on one byte that
// does not match the declared charset. Decoding here lets a mislabelled feed still be read.
QString decode(const QByteArray &bytes, QStringList &warnings)
{
    static const QRegularExpression declaration(uR"(^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"_s);
    QString text;
    QString label = u"UTF-8"_s;
    std::optional<QStringDecoder> decoder;
    if (const auto unicode = QStringDecoder::encodingForData(bytes, u'<')) {
        decoder.emplace(*unicode); // a byte order mark wins over the declaration, as XML says
        label = QString::fromLatin1(QStringDecoder::nameForEncoding(*unicode));
    } else {
        const auto match = declaration.match(QString::fromLatin1(bytes.first(qMin(bytes.size(), qsizetype(512)))));
        if (match.hasMatch()) {
            label = match.captured(1);
        }
        decoder.emplace(label);
        if (!decoder->isValid()) {
            warnings << FeedParser::tr("Unknown character encoding “%1”; read the document as UTF-8").arg(label);
            label = u"UTF-8"_s;
            decoder.emplace(QStringDecoder::Utf8);
        }
    }
    text = decoder->decode(bytes);
    if (decoder->hasError()) {
        if (QStringConverter::encodingForName(label) == QStringConverter::Utf8) {
            // Almost always a Windows editor's output served as UTF-8.
            QStringDecoder windows(u"windows-1252");
            text = windows.isValid() ? windows.decode(bytes) : QString::fromLatin1(bytes);
            warnings << FeedParser::tr("The document says it is UTF-8 but is not; read it as Windows-1252");
        } else {
            warnings << FeedParser::tr("The document has bytes that are not valid %1; they were replaced").arg(label);
        }
    }

    // The text is handed on as UTF-8, so the declaration must say so. Whitespace before the
    // declaration and control characters are both fatal to an XML parser and common in feeds.
    static const QRegularExpression leading(uR"(^[\s\x{FEFF}]+)"_s);
    static const QRegularExpression encoding(uR"(^(<\?xml[^>]*\sencoding\s*=\s*["'])[^"']*)"_s);
    text.remove(leading);
    text.replace(encoding, u"\\1UTF-8"_s);
    // A plain loop: a regular expression over a whole multi-megabyte feed costs more than
    // everything else decode() does.
    auto forbidden = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
    };
    if (std::any_of(text.cbegin(), text.cend(), forbidden)) {
        text.removeIf(forbidden);
        warnings << FeedParser::tr("Removed control characters that XML does not allow");
    }
    return text;
}

/// With `rootOnly`, stops at the root element: enough to tell the format, and cheap. The
/// whole pass is made only when Syndication has rejected the document.
Scan scanDocument(const QString &text, bool rootOnly)
{
    Scan scan;
    QXmlStreamReader reader(text);
    QStringList open;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (scan.root.isEmpty()) {
                scan.root = reader.name().toString();
                scan.rootNamespace = reader.namespaceUri().toString();
                scan.version = reader.attributes().value("version"_L1).trimmed().toString();
                for (const auto &declared : reader.namespaceDeclarations()) {
                    scan.rss090 = scan.rss090 || declared.namespaceUri() == rss090Namespace;
                }
                scan.rootEnd = qsizetype(reader.characterOffset());
                if (rootOnly) {
                    return scan;
                }
            }
            open.append(reader.qualifiedName().toString());
        } else if (token == QXmlStreamReader::EndElement) {
            open.removeLast();
            if (reader.name() == "item"_L1 || reader.name() == "entry"_L1) {
                scan.cut = qsizetype(reader.characterOffset());
                scan.openAtCut = open;
                ++scan.completeItems;
            }
        }
    }
    if (reader.hasError()) {
        scan.error = reader.errorString();
        scan.line = reader.lineNumber();
        scan.column = reader.columnNumber();
    }
    return scan;
}

/// The text up to the last complete item, with the elements still open there closed again.
QString repaired(const QString &text, const Scan &scan)
{
    QString result = text.left(scan.cut);
    for (auto name = scan.openAtCut.crbegin(); name != scan.openAtCut.crend(); ++name) {
        result += "</"_L1 + *name + u'>';
    }
    return result;
}

/// The Atom namespace a root namespace stands for: Atom 0.3 went through drafts whose
/// namespaces differ after "ns" (…/ns#draft-ietf-atompub-format-07), and some feeds write
/// https. Empty for anything else.
QString canonicalAtomNamespace(const QString &uri)
{
    static const QRegularExpression atom03(
        uR"(^https?://purl\.org/atom/ns(#.*)?$)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression atom10(uR"(^https?://www\.w3\.org/2005/Atom/?$)"_s);
    if (atom10.match(uri).hasMatch()) {
        return atomNamespace;
    }
    return atom03.match(uri).hasMatch() ? QString(atom03Namespace) : QString();
}

/// The document with its root in the namespaces Syndication knows: an RSS 2.0 root that
/// declares a default namespace (some generators put one there; RSS has none) loses it, so
/// its elements are found, and an Atom variant namespace becomes the canonical one.
std::optional<QString> normalisedRoot(const QString &text, const Scan &scan)
{
    QString start = text.left(scan.rootEnd);
    if (scan.root == "rss"_L1 && !scan.rootNamespace.isEmpty()) {
        static const QRegularExpression defaultNamespace(uR"(\sxmlns\s*=\s*("[^"]*"|'[^']*'))"_s);
        start.remove(defaultNamespace);
    } else if (scan.root == "feed"_L1) {
        const QString canonical = canonicalAtomNamespace(scan.rootNamespace);
        if (canonical.isEmpty() || canonical == scan.rootNamespace) {
            return std::nullopt;
        }
        start.replace(u'"' + scan.rootNamespace + u'"', u'"' + canonical + u'"');
        start.replace(u'\'' + scan.rootNamespace + u'\'', u'\'' + canonical + u'\'');
    } else {
        return std::nullopt;
    }
    return start + text.mid(scan.rootEnd);
}

QString formatOf(const Scan &scan)
{
    if (scan.root == "rss"_L1) {
        return scan.version.isEmpty() ? u"RSS"_s : u"RSS "_s + scan.version;
    }
    if (scan.root == "RDF"_L1) {
        return scan.rss090 ? u"RSS 0.90"_s : u"RSS 1.0"_s;
    }
    if (scan.root == "feed"_L1 && (scan.rootNamespace == atomNamespace || scan.rootNamespace == atom03Namespace)) {
        return scan.rootNamespace == atomNamespace ? u"Atom 1.0"_s : u"Atom 0.3"_s;
    }
    return {};
}

QString label(int position, const QString &title)
{
    if (title.isEmpty()) {
        return FeedParser::tr("Item %1").arg(position);
    }
    const QString shown = title.size() > 60 ? title.left(59) + u'…' : title;
    return FeedParser::tr("Item %1 (“%2”)").arg(QString::number(position), shown);
}

/// The text of an HTML fragment as a reader sees it. Through an HTML5 parser rather than
/// Syndication's tag stripping, which keeps what scripts and styles hold as text.
QString htmlText(const QString &html, qsizetype limit)
{
    constexpr int MaxDepth = 64;
    const GumboDocument document(GumboDocument::bounded(html.toUtf8(), 4 * limit, MaxDepth));
    return document.plainText(limit);
}

/// No markup and no entity: "Fish & Chips" is plain, "Fish &amp; Chips" and "<b>" are not.
bool isPlainText(const QString &text);

/// Syndication returns titles as HTML; Herald wants them as plain text of a sane length.
QString plainTitle(const QString &html, const QString &owner, QStringList &warnings)
{
    // Stripping tags from megabytes only to throw them away would be wasted work.
    QString text = isPlainText(html)
        ? html.left(16 * FeedParser::MaxTitleLength).simplified()
        : htmlText(html.left(16 * FeedParser::MaxTitleLength), 4 * FeedParser::MaxTitleLength);
    if (text.size() <= FeedParser::MaxTitleLength) {
        return text;
    }
    warnings << FeedParser::tr("%1 has a title of %2 characters; cut to %3")
                    .arg(owner, QString::number(html.size()), QString::number(FeedParser::MaxTitleLength));
    return text.left(FeedParser::MaxTitleLength - 1) + u'…';
}

QDateTime firstDate(const Syndication::ElementWrapper &element,
    std::initializer_list<std::pair<QString, QString>> names, const QString &owner, QStringList &warnings)
{
    for (const auto &[ns, localName] : names) {
        const QString text = element.extractElementTextNS(ns, localName);
        if (text.isEmpty()) {
            continue;
        }
        const QDateTime date = FeedParser::parseDate(text);
        if (date.isValid()) {
            return date;
        }
        warnings << FeedParser::tr("%1: cannot read the date “%2”").arg(owner, text.left(80));
    }
    return {};
}

/// No markup and no entity: "Fish & Chips" is plain, "Fish &amp; Chips" and "<b>" are not.
bool isPlainText(const QString &text)
{
    if (text.contains(u'<')) {
        return false;
    }
    for (qsizetype at = text.indexOf(u'&'); at >= 0; at = text.indexOf(u'&', at + 1)) {
        qsizetype end = at + 1;
        while (end < text.size() && end - at < 12 && (text.at(end).isLetterOrNumber() || text.at(end) == u'#')) {
            ++end;
        }
        if (end > at + 1 && end < text.size() && text.at(end) == u';') {
            return false;
        }
    }
    return true;
}

/// An RSS author is "Name", "email (Name)" or "email"; Herald shows the name.
QString rssPersonName(const QString &text)
{
    const QString trimmed = text.simplified();
    const qsizetype open = trimmed.indexOf(u'(');
    if (open > 0 && trimmed.endsWith(u')') && trimmed.left(open).contains(u'@')) {
        return trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
    }
    return isPlainText(trimmed) ? trimmed : htmlText(trimmed, 4 * FeedParser::MaxTitleLength);
}

/// Whether an RSS title uses markup. RSS never says whether a title is HTML, so only the
/// elements a title may mean (phrasing, and the script and style whose text must never show)
/// count: "History of the <blink> tag" names a tag, it does not use one, and stays as written.
bool hasTitleMarkup(const QString &title)
{
    static const QRegularExpression tag(
        uR"(</?(?:a|abbr|b|bdi|bdo|big|br|cite|code|del|dfn|div|em|font|i|img|ins|kbd|mark|p|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|script|style)(?=[\s/>]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return tag.match(title).hasMatch();
}

QDateTime fromTimeT(time_t seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::UTC) : QDateTime();
}

/// The title of an item as plain text.
QString itemTitle(
    const Syndication::Item &item, const Syndication::ElementWrapper *rssItem, int position, QStringList &warnings)
{
    // For RSS, Syndication guesses from the first ten titles whether all titles are HTML or
    // plain text: a tag in one title makes "a < b > c" in another lose "< b >", and a CDATA
    // first title makes every line break vanish. Decide for each title on its own.
    QString rawTitle = rssItem ? rssItem->extractElementTextNS(QString(), u"title"_s) : QString();
    if (rssItem && rawTitle.trimmed().isEmpty()) {
        rawTitle = rssItem->extractElementTextNS(dublinCoreNamespace, u"title"_s);
    }
    if (rssItem && isPlainText(rawTitle) && rawTitle.size() <= FeedParser::MaxTitleLength) {
        // Nearly every title is plain text; Syndication's HTML checks cost more than the rest
        // of the item together.
        return rawTitle.simplified();
    }
    QString title = item.title();
    if (rssItem) {
        // Angle brackets that are no markup are escaped; entities are read either way.
        title
            = hasTitleMarkup(rawTitle) ? rawTitle : QString(rawTitle).replace(u'<', "&lt;"_L1).replace(u'>', "&gt;"_L1);
    }
    return plainTitle(title, FeedParser::tr("Item %1").arg(position), warnings);
}

/// The item's link, absolute.
QUrl itemLink(const Syndication::Item &item, const Syndication::ElementWrapper *rssItem, const QUrl &documentUrl)
{
    QString link = item.link().trimmed();
    QUrl base = documentUrl;
    if (rssItem) {
        // Syndication resolves Atom links against xml:base, but in RSS it ignores xml:base and
        // glues a relative link onto the channel link as a string ("…/blog/" + "/a" gives
        // "…/blog//a"). Resolve the raw text against xml:base, then the document URL. Without
        // a <link> it offers the guid, a permalink by default even when it is no URL at all.
        const QDomElement linkElement = rssItem->firstElementByTagNameNS(QString(), u"link"_s);
        const QString rawLink = linkElement.text().trimmed();
        const bool web = LinkPolicy::isWebScheme(QUrl(link).scheme());
        link = rawLink.isEmpty() && web ? link : rawLink;
        // xml:base counts from the link element itself up (XML Base 4.2).
        base = documentUrl.resolved(
            QUrl(linkElement.isNull() ? rssItem->xmlBase() : Syndication::ElementWrapper(linkElement).xmlBase()));
    }
    return link.isEmpty() ? QUrl() : base.resolved(QUrl(link));
}

/// When the item was published and updated, each standing in for the other where one is missing.
void readItemDates(const Syndication::Item &item, const Syndication::ElementWrapper *element, const QString &owner,
    FeedItem &result, QStringList &warnings)
{
    if (element) {
        // Syndication's dates go through Qt::RFC2822Date and Qt::ISODate: it rejects "UT" and
        // lowercase months, reads "07 Oct 24" as 2066, takes "EDT" for UTC and puts a bare date
        // at noon. Parse the raw text instead.
        result.published = firstDate(*element,
            {{QString(), u"pubDate"_s}, {dublinCoreNamespace, u"date"_s}, {atomNamespace, u"published"_s}}, owner,
            warnings);
        result.updated
            = firstDate(*element, {{atomNamespace, u"updated"_s}, {dcTermsNamespace, u"modified"_s}}, owner, warnings);
    } else {
        // RSS 1.0 items are RDF resources with no XML left to go back to: take Syndication's.
        result.published = fromTimeT(item.datePublished());
        result.updated = fromTimeT(item.dateUpdated());
    }
    result.published = result.published.isValid() ? result.published : result.updated;
    result.updated = result.updated.isValid() ? result.updated : result.published;
}

/// The item's authors, plain text, separated by commas.
QString itemAuthors(const Syndication::Item &item, const Syndication::ElementWrapper *rssItem)
{
    QStringList names;
    if (rssItem) {
        // Syndication's RSS author mapping compiles regular expressions for every person and
        // dominated parsing time; RSS authors are plain text, so read them directly.
        for (const QDomElement &person : rssItem->elementsByTagNameNS(dublinCoreNamespace, u"creator"_s)
                + rssItem->elementsByTagNameNS(QString(), u"author"_s)
                + rssItem->elementsByTagNameNS(itunesNamespace, u"author"_s)) {
            const QString name = rssPersonName(person.text());
            if (!name.isEmpty() && !names.contains(name)) {
                names << name;
            }
        }
    } else {
        const auto authors = item.authors();
        for (const Syndication::PersonPtr &person : authors) {
            const QString name
                = htmlText(person->name().isEmpty() ? person->email() : person->name(), FeedParser::MaxTitleLength);
            if (!name.isEmpty() && !names.contains(name)) {
                names << name;
            }
        }
    }
    return names.join(", "_L1);
}

/// The child of an Atom entry named `localName`, in Atom 1.0's or 0.3's namespace.
QDomElement atomChild(const QDomElement &entry, const QString &localName)
{
    for (QDomElement child = entry.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.localName() == localName
            && (child.namespaceURI() == atomNamespace || child.namespaceURI() == atom03Namespace)) {
            return child;
        }
    }
    return {};
}

/// Inline XML written out as HTML: element names without their prefixes, attributes and
/// escaped text; comments and processing instructions dropped. Without recursion, as the
/// document may nest deeply. The sanitiser decides later what of it is kept.
QString markupOf(const QDomNode &parent)
{
    static const QStringList voidElements {
        u"br"_s, u"hr"_s, u"img"_s, u"col"_s, u"wbr"_s, u"input"_s, u"area"_s, u"source"_s};
    QString out;
    struct Step {
        QDomNode node;
        bool closing = false;
    };
    QList<Step> stack;
    for (QDomNode child = parent.lastChild(); !child.isNull(); child = child.previousSibling()) {
        stack.append({child});
    }
    while (!stack.isEmpty()) {
        const Step step = stack.takeLast();
        const QDomElement element = step.node.toElement();
        const QString name
            = element.isNull() ? QString() : (element.localName().isEmpty() ? element.tagName() : element.localName());
        if (step.closing) {
            out += "</"_L1 + name + u'>';
        } else if (step.node.isText() || step.node.isCDATASection()) {
            out += step.node.nodeValue().toHtmlEscaped();
        } else if (!element.isNull()) {
            out += u'<' + name;
            const QDomNamedNodeMap attributes = element.attributes();
            for (int i = 0; i < attributes.count(); ++i) {
                const QDomAttr attribute = attributes.item(i).toAttr();
                const QString attributeName
                    = attribute.localName().isEmpty() ? attribute.name() : attribute.localName();
                out += u' ' + attributeName + "=\""_L1 + attribute.value().toHtmlEscaped() + u'"';
            }
            out += u'>';
            if (voidElements.contains(name.toLower())) {
                continue;
            }
            stack.append({step.node, true});
            for (QDomNode child = step.node.lastChild(); !child.isNull(); child = child.previousSibling()) {
                stack.append({child});
            }
        }
    }
    return out;
}

/// An Atom text construct or content as HTML, read from the XML itself (RFC 4287 3.1 and
/// 4.1.3; Atom 0.3's mode attribute): Syndication keeps the wrapper div of xhtml content,
/// which the specification says is no part of it, and gives Atom 0.3's base64 content as
/// base64. Nothing when the element is absent, points elsewhere (src) or holds a media type
/// that is no text; Syndication's reading stands then.
std::optional<QString> atomHtml(const QDomElement &element)
{
    if (element.isNull() || element.hasAttribute(u"src"_s)) {
        return std::nullopt;
    }
    const QString type = element.attribute(u"type"_s).trimmed().toLower();
    const QString mode = element.attribute(u"mode"_s).trimmed().toLower();
    const bool text = type.isEmpty() || type == "text"_L1 || type == "text/plain"_L1;
    const bool html = type == "html"_L1 || type == "text/html"_L1;
    const bool xhtml = type == "xhtml"_L1 || type == "application/xhtml+xml"_L1;
    if (!text && !html && !xhtml) {
        return std::nullopt;
    }
    if (mode == "base64"_L1) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(element.text().toLatin1()));
        return text ? decoded.toHtmlEscaped() : decoded;
    }
    if (mode == "escaped"_L1 || html) {
        // Escaped plain text is still plain text once unescaped.
        return text ? element.text().toHtmlEscaped() : element.text();
    }
    if (xhtml || !element.firstChildElement().isNull()) {
        // The div that wraps xhtml content is not part of it (RFC 4287 4.1.3.3).
        const QDomElement first = element.firstChildElement();
        const bool wrapped = first.localName() == "div"_L1 && first.nextSiblingElement().isNull();
        return markupOf(wrapped ? first : element);
    }
    return element.text().toHtmlEscaped();
}

FeedItem mapItem(const Syndication::Item &item, const QUrl &documentUrl, bool atom, int position, QStringList &warnings)
{
    // Syndication hides the XML behind Item, but RSS 2.0 items and Atom entries are also
    // ElementWrappers, which is the way back to the raw text where its mapping is lossy.
    const Syndication::SpecificItemPtr specific = item.specificItem();
    const auto *element = dynamic_cast<const Syndication::ElementWrapper *>(specific.data());
    const Syndication::ElementWrapper *rssItem = atom ? nullptr : element;

    FeedItem result;
    result.title = itemTitle(item, rssItem, position, warnings);
    const QString owner = label(position, result.title);
    result.link = itemLink(item, rssItem, documentUrl);
    readItemDates(item, element, owner, result, warnings);
    result.author = itemAuthors(item, rssItem);

    const auto categories = item.categories();
    for (const Syndication::CategoryPtr &category : categories) {
        const QString name = (category->label().isEmpty() ? category->term() : category->label()).trimmed();
        if (!name.isEmpty() && !result.categories.contains(name)) {
            result.categories << name;
        }
    }
    result.summary = item.description();
    result.content = item.content();
    if (atom && element) {
        const QDomElement entry = element->element();
        result.summary = atomHtml(atomChild(entry, u"summary"_s)).value_or(result.summary);
        result.content = atomHtml(atomChild(entry, u"content"_s)).value_or(result.content);
    }

    // Syndication makes up "hash:<md5 of title, description, link and content>" when an item has
    // no id, which changes with every edit of the body. Prefer the link, then title and date.
    const QString id = item.id().trimmed();
    result.guid = id.startsWith("hash:"_L1) ? result.link.toString() : id;
    if (result.guid.isEmpty()) {
        const QString key = result.title + u'\n' + result.published.toString(Qt::ISODate);
        result.guid = "hash:"_L1
            + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    }

    if (result.link.isEmpty()) {
        warnings << FeedParser::tr("%1 has no link").arg(owner);
    }
    if (!result.published.isValid()) {
        warnings << FeedParser::tr("%1 has no date").arg(owner);
    }
    return result;
}

/// RSS 1.0 items' Dublin Core titles by their rdf:about. Syndication maps an RDF item's title
/// from <title> alone and gives no way back to its XML (its RDF classes are not installed), so
/// an item titled only by dc:title would have none.
QHash<QString, QString> rdfDublinCoreTitles(const QString &text)
{
    constexpr auto rdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"_L1;
    QHash<QString, QString> titles;
    QXmlStreamReader reader(text);
    QString about;
    int depth = 0;
    int itemDepth = -1; // the depth of the item being read; -1 outside items
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (--depth < itemDepth) {
                itemDepth = -1;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        ++depth;
        if (reader.name() == "item"_L1) {
            about = reader.attributes().value(rdfNamespace, "about"_L1).trimmed().toString();
            itemDepth = depth;
        } else if (depth == itemDepth + 1 && itemDepth >= 0 && reader.name() == "title"_L1
            && reader.namespaceUri() == dublinCoreNamespace && !about.isEmpty() && !titles.contains(about)) {
            // An item's own dc:title only: not one nested deeper, nor another element's.
            titles.insert(about, reader.readElementText(QXmlStreamReader::IncludeChildElements));
            --depth; // readElementText() read its end too
        }
    }
    return titles;
}

void mapFeed(const Syndication::Feed &source, const QUrl &documentUrl, const QString &text, ParsedFeed &feed)
{
    const bool atom = feed.format.startsWith("Atom"_L1);
    feed.title = plainTitle(source.title(), FeedParser::tr("The feed"), feed.warnings);
    const Syndication::SpecificDocumentPtr specific = source.specificDocument();
    const auto *element = dynamic_cast<const Syndication::ElementWrapper *>(specific.data());
    const QUrl base = element && !atom ? documentUrl.resolved(QUrl(element->xmlBase())) : documentUrl;
    if (!source.link().trimmed().isEmpty()) {
        feed.link = base.resolved(QUrl(source.link().trimmed()));
    }

    QHash<QString, int> seen;
    std::optional<QHash<QString, QString>> dcTitles; // read once, when an item needs it
    const auto items = source.items();
    int position = 0;
    for (const Syndication::ItemPtr &item : items) {
        ++position;
        FeedItem mapped = mapItem(*item, documentUrl, atom, position, feed.warnings);
        if (mapped.title.isEmpty() && feed.format.startsWith("RSS 1.0"_L1)) {
            if (!dcTitles) {
                dcTitles = rdfDublinCoreTitles(text);
            }
            mapped.title = plainTitle(dcTitles->value(item->id().trimmed(), dcTitles->value(mapped.link.toString())),
                label(position, {}), feed.warnings);
        }
        if (const auto first = seen.constFind(mapped.guid); first != seen.cend()) {
            feed.warnings << FeedParser::tr("%1 repeats the id “%2” of item %3; kept the first")
                                 .arg(label(position, mapped.title), mapped.guid, QString::number(*first));
            continue;
        }
        seen.insert(mapped.guid, position);
        feed.items << mapped;
    }
}

std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty()) {
        return 0;
    }
    if (zone.front() == u'+' || zone.front() == u'-') {
        const QString digits = zone.sliced(1).toString().remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 23 || minutes > 59) {
            return std::nullopt;
        }
        return (zone.front() == u'-' ? -60 : 60) * (hours * 60 + minutes);
    }
    // RFC 822's North American zones; every other name (GMT, UT, Z, military letters) is UTC.
    static const QHash<QString, int> hours = {{u"edt"_s, -4}, {u"est"_s, -5}, {u"cdt"_s, -5}, {u"cst"_s, -6},
        {u"mdt"_s, -6}, {u"mst"_s, -7}, {u"pdt"_s, -7}, {u"pst"_s, -8}};
    return hours.value(zone.toString().toLower(), 0) * 3600;
}

int monthNumber(QStringView name)
{
    static constexpr std::array months = {"jan"_L1, "feb"_L1, "mar"_L1, "apr"_L1, "may"_L1, "jun"_L1, "jul"_L1,
        "aug"_L1, "sep"_L1, "oct"_L1, "nov"_L1, "dec"_L1};
    for (size_t i = 0; i < months.size(); ++i) {
        if (name.first(3).compare(months[i], Qt::CaseInsensitive) == 0) {
            return int(i) + 1;
        }
    }
    return 0;
}

} // namespace

QMutex &FeedParser::syndicationTurn()
{
    static QMutex turn;
    return turn;
}

ParsedFeed FeedParser::parse(const QByteArray &bytes, const QUrl &documentUrl)
{
    ParsedFeed feed;
    if (bytes.trimmed().isEmpty()) {
        feed.error = FeedParser::tr("The document is empty");
        return feed;
    }
    QString decoded = decode(bytes, feed.warnings);

    static const QRegularExpression html(uR"(^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    Scan head = scanDocument(decoded, true);
    if (std::optional<QString> normalised = normalisedRoot(decoded, head)) {
        decoded = std::move(*normalised);
        head = scanDocument(decoded, true);
    }
    if (html.match(decoded).hasMatch() || head.root.compare("html"_L1, Qt::CaseInsensitive) == 0) {
        feed.error = FeedParser::tr("This is an HTML page, not a feed");
        return feed;
    }
    if (head.root.isEmpty()) {
        feed.error = FeedParser::tr("The document is not well-formed XML: %1 (line %2, column %3)")
                         .arg(head.error, QString::number(head.line), QString::number(head.column));
        return feed;
    }
    feed.format = formatOf(head);
    if (feed.format.isEmpty()) {
        feed.error
            = FeedParser::tr("This is XML but not a feed: its root element is <%1>, not <rss>, <rdf:RDF> or <feed>")
                  .arg(head.root);
        return feed;
    }

    // Syncs parse on a pool: parses take turns in Syndication, its objects' reading below
    // included.
    QMutexLocker turn(&syndicationTurn());
    Syndication::ParserCollection<Syndication::Feed> *parsers = Syndication::parserCollection();
    Syndication::FeedPtr parsed = parsers->parse(Syndication::DocumentSource(decoded.toUtf8(), documentUrl.toString()));
    if (!parsed) {
        const Scan scan = scanDocument(decoded, false);
        if (!scan.error.isEmpty()) {
            // Syndication rejects a document with any XML error, so a feed cut off mid-download
            // would lose everything. Hand it the complete items that came before the fault.
            feed.error
                = FeedParser::tr("The feed is not well-formed XML: %1 (line %2, column %3). Items read before it: %4")
                      .arg(scan.error, QString::number(scan.line), QString::number(scan.column),
                          QString::number(scan.completeItems));
            if (scan.completeItems == 0) {
                return feed;
            }
            parsed
                = parsers->parse(Syndication::DocumentSource(repaired(decoded, scan).toUtf8(), documentUrl.toString()));
        }
    }
    if (!parsed) {
        if (feed.error.isEmpty()) {
            feed.error = FeedParser::tr("KF6 Syndication could not read this %1 document (error %2)")
                             .arg(feed.format, QString::number(int(parsers->lastError())));
        }
        return feed;
    }
    mapFeed(*parsed, documentUrl, decoded, feed);
    return feed;
}

QDateTime FeedParser::parseDate(QStringView text)
{
    static const QRegularExpression rfc3339(
        uR"(^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(z|[+-]\d\d(?::?\d\d)?)?)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rfc822(
        uR"(^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3,})\.?[\s-]+(\d{4}|\d\d)(?:\s+(\d{1,2}):(\d\d)(?::(\d\d))?(?:[.,]\d+)?)?\s*([a-z]{1,5}|[+-]\d\d:?\d\d)?(?:\s*\(.*\))?$)"_s,
        QRegularExpression::CaseInsensitiveOption);

    const QString trimmed = text.trimmed().toString();
    QDate date;
    QTime time;
    QString zone;
    if (const auto match = rfc3339.match(trimmed); match.hasMatch()) {
        date = QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
        const int milliseconds = QString(match.capturedView(7) + "000"_L1).left(3).toInt();
        time = QTime(
            match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt(), milliseconds);
        zone = match.captured(8);
    } else if (const auto rfc = rfc822.match(trimmed); rfc.hasMatch()) {
        int year = rfc.capturedView(3).toInt();
        year += rfc.capturedLength(3) == 2 ? (year < 50 ? 2000 : 1900) : 0;
        date = QDate(year, monthNumber(rfc.capturedView(2)), rfc.capturedView(1).toInt());
        time = QTime(rfc.capturedView(4).toInt(), rfc.capturedView(5).toInt(), rfc.capturedView(6).toInt());
        zone = rfc.captured(7);
    }
    const std::optional<int> offset = zoneOffset(zone);
    if (!date.isValid() || !time.isValid() || !offset) {
        return {};
    }
    return QDateTime(date, time, QTimeZone::UTC).addSecs(-*offset);
}

} // namespace Herald
