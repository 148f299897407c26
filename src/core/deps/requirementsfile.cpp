// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/deps/requirementsfile.h"

#include "core/deps/requirement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// One logical line: continuations joined, its comment gone; numbered by its first line.
struct Line {
    int number = 0;
    QString text;
};

/// pip's order: continuations are joined first, then comments removed. A comment line ends a
/// continuation rather than being continued.
QList<Line> logicalLines(const QString &content)
{
    static const QRegularExpression comment(u"(^|\\s+)#.*$"_s);
    static const QRegularExpression commentLine(u"^\\s*#"_s);
    QList<Line> lines;
    Line current;
    bool continuing = false;
    const auto finish = [&] {
        current.text = current.text.remove(comment).trimmed();
        if (!current.text.isEmpty()) {
            lines << current;
        }
        current = {};
        continuing = false;
    };
    const QList<QStringView> physical = QStringView(content).split(u'\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QStringView line = physical.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (!continuing) {
            current.number = int(i + 1);
        }
        const bool isComment = commentLine.matchView(line).hasMatch();
        if (line.endsWith(u'\\') && !isComment) {
            current.text += line.chopped(1);
            continuing = true;
            continue;
        }
        if (continuing && isComment) {
            finish(); // the comment line itself is only a comment
            continue;
        }
        current.text += line;
        finish();
    }
    if (continuing) { // the file ends in a backslash
        finish();
    }
    return lines;
}

bool looksLikeUrl(const QString &token)
{
    static const QRegularExpression url(u"^([A-Za-z][A-Za-z0-9+.-]*://|(git|hg|svn|bzr)\\+|file:)"_s);
    return url.match(token).hasMatch();
}

bool looksLikePath(const QString &token)
{
    return token.startsWith(u'.') || token.startsWith(u'/') || token.startsWith(u'~') || token.contains(u'/')
        || token.contains(u'\\');
}

bool isArchive(const QString &name)
{
    constexpr std::array<QLatin1StringView, 7> extensions {
        ".whl"_L1, ".zip"_L1, ".tar.gz"_L1, ".tgz"_L1, ".tar.bz2"_L1, ".tar.xz"_L1, ".tar"_L1};
    return std::ranges::any_of(
        extensions, [&](QLatin1StringView ext) { return name.endsWith(ext, Qt::CaseInsensitive); });
}

/// A file an include names, spelled from where the including file is: "requirements/base.txt"
/// for `-r base.txt` in "requirements/dev.txt".
QString resolve(const QString &including, const QString &included)
{
    if (QDir::isAbsolutePath(included)) {
        return QDir::cleanPath(included);
    }
    const QString folder = QFileInfo(including).path();
    return QDir::cleanPath(folder == "."_L1 ? included : folder + u'/' + included);
}

/// Options pip allows in a requirements file that concern the whole install, with a value
/// and without; Herald has no use for them.
constexpr std::array<QLatin1StringView, 9> GlobalOptionsWithValue {"-i"_L1, "--index-url"_L1, "--extra-index-url"_L1,
    "-f"_L1, "--find-links"_L1, "--no-binary"_L1, "--only-binary"_L1, "--trusted-host"_L1, "--use-feature"_L1};
constexpr std::array<QLatin1StringView, 4> GlobalFlags {
    "--pre"_L1, "--no-index"_L1, "--prefer-binary"_L1, "--require-hashes"_L1};

class RequirementsReader
{
public:
    /// Reads one file. `includedAt` is the "file:line" of the include, empty for the first file;
    /// in a constraints file (and the files it includes), requirements are constraints.
    Result<void> readFile(const QString &path, bool constraint, const QString &includedAt)
    {
        const QFileInfo info(path);
        QFile file(path);
        QString reason;
        if (info.isDir()) {
            reason = RequirementsFile::tr("it is a folder");
        } else if (info.exists() && !info.isFile()) {
            reason = RequirementsFile::tr("it is no regular file");
        } else if (info.size() > DependencyList::MaxFileBytes) {
            reason = RequirementsFile::tr("it is larger than %1 MB").arg(DependencyList::MaxFileMegabytes);
        } else if (!file.open(QIODevice::ReadOnly)) {
            reason = file.errorString();
        }
        if (!reason.isEmpty()) {
            if (includedAt.isEmpty()) {
                return Error(RequirementsFile::tr("Cannot read %1: %2").arg(path, reason));
            }
            return Error(RequirementsFile::tr("%1: cannot read %2: %3").arg(includedAt, path, reason));
        }
        const QString canonical = info.canonicalFilePath();
        const auto open = std::ranges::find(m_open, canonical, &OpenFile::canonical);
        if (open != m_open.end()) {
            QStringList chain;
            for (auto it = open; it != m_open.end(); ++it) {
                chain << it->path;
            }
            chain << path;
            return Error(
                RequirementsFile::tr("%1: %2 includes itself: %3").arg(includedAt, path, chain.join(u" → "_s)));
        }
        const QString key = canonical + (constraint ? u"|c"_s : u"|r"_s);
        if (m_read.contains(key)) {
            return {}; // included twice, not in a cycle: it says nothing new
        }
        m_open << OpenFile {canonical, path};
        QString content = QString::fromUtf8(file.read(DependencyList::MaxFileBytes));
        if (content.startsWith(QChar(0xFEFF))) {
            content.remove(0, 1);
        }
        for (const Line &line : logicalLines(content)) {
            if (Result<void> read = readLine(path, line, constraint); !read) {
                return read;
            }
        }
        m_open.removeLast();
        m_read.insert(key);
        return {};
    }

    /// What was read, with the constraints' versions given to dependencies without one.
    DependencyList result()
    {
        for (Dependency &dependency : m_list.dependencies) {
            if (dependency.version.isEmpty()) {
                dependency.version = m_constraints.value(dependency.normalized);
            }
        }
        m_list.format = u"requirements"_s;
        return m_list;
    }

private:
    struct OpenFile {
        QString canonical;
        QString path; ///< as the include spelled it
    };

    Result<void> readLine(const QString &path, const Line &line, bool constraint)
    {
        const QString origin = path + u':' + QString::number(line.number);
        if (line.text.startsWith(u'-')) {
            return readOption(path, origin, line.text, constraint);
        }
        // Per-requirement options (--hash=…, --config-settings …) follow the requirement.
        static const QRegularExpression options(u"\\s+--?[A-Za-z]"_s);
        const QRegularExpressionMatch optionsMatch = options.match(line.text);
        const QString text
            = optionsMatch.hasMatch() ? line.text.left(optionsMatch.capturedStart()).trimmed() : line.text;
        static const QRegularExpression tokenEnd(u"[\\s;]"_s);
        const QString first = text.section(tokenEnd, 0, 0);
        if (looksLikeUrl(first)) {
            m_list.notes << RequirementsFile::tr("%1: skipped the URL %2").arg(origin, text);
            return {};
        }
        const Result<Requirement> requirement = Requirement::parse(text);
        if (!requirement) {
            if (looksLikePath(first)) {
                m_list.notes << RequirementsFile::tr("%1: skipped the local path %2").arg(origin, text);
                return {};
            }
            return Error(u"%1: %2"_s.arg(origin, requirement.error().message()));
        }
        if (!requirement->url().isEmpty()) {
            m_list.notes << RequirementsFile::tr("%1: skipped the direct reference %2").arg(origin, text);
            return {};
        }
        if (isArchive(requirement->name())) {
            m_list.notes << RequirementsFile::tr("%1: skipped the local file %2").arg(origin, text);
            return {};
        }
        if (constraint) {
            const QString pinned = requirement->pinnedVersion();
            if (!pinned.isEmpty() && !m_constraints.contains(requirement->normalizedName())) {
                m_constraints.insert(requirement->normalizedName(), pinned);
            }
            return {};
        }
        m_list.add({requirement->name(), requirement->normalizedName(), requirement->pinnedVersion(), {}, origin,
            requirement->marker()});
        return {};
    }

    Result<void> readOption(const QString &path, const QString &origin, const QString &text, bool constraint)
    {
        static const QRegularExpression spaces(u"\\s+"_s);
        const QStringList tokens = text.split(spaces, Qt::SkipEmptyParts);
        QString option = tokens.constFirst();
        QString value;
        if (option.startsWith("--"_L1) && option.contains(u'=')) { // --requirement=base.txt
            value = option.section(u'=', 1);
            option = option.section(u'=', 0, 0);
        } else if (!option.startsWith("--"_L1) && option.size() > 2) { // -rbase.txt
            value = option.sliced(2);
            option.truncate(2);
        } else if (tokens.size() > 1) {
            value = tokens.at(1);
        }
        const bool include = option == "-r"_L1 || option == "--requirement"_L1;
        const bool constraints = option == "-c"_L1 || option == "--constraint"_L1;
        if (include || constraints) {
            if (value.isEmpty()) {
                return Error(RequirementsFile::tr("%1: %2 names no file").arg(origin, option));
            }
            if (looksLikeUrl(value)) {
                m_list.notes << RequirementsFile::tr("%1: skipped %2: Herald reads only local files").arg(origin, text);
                return {};
            }
            return readFile(resolve(path, value), constraint || constraints, origin);
        }
        if (option == "-e"_L1 || option == "--editable"_L1) {
            m_list.notes << RequirementsFile::tr("%1: skipped the editable install %2").arg(origin, text);
            return {};
        }
        const auto isOption = [&](QLatin1StringView known) { return option == known; };
        if (std::ranges::any_of(GlobalOptionsWithValue, isOption) || std::ranges::any_of(GlobalFlags, isOption)) {
            return {};
        }
        m_list.notes << RequirementsFile::tr("%1: skipped the unknown option %2").arg(origin, option);
        return {};
    }

    DependencyList m_list;
    QHash<QString, QString> m_constraints; ///< a version for each normalized name a constraint pins
    QList<OpenFile> m_open; ///< the files being read, each including the next
    QSet<QString> m_read; ///< the files read already, and whether as constraints
};

} // namespace

Result<DependencyList> RequirementsFile::read(const QString &path)
{
    RequirementsReader reader;
    if (Result<void> read = reader.readFile(path, false, {}); !read) {
        return read.error();
    }
    return reader.result();
}

} // namespace Herald
