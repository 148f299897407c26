// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Herald {

class Backend;

/// `herald --follow`, `--unfollow`, `--sources [--json]`, `--import-opml`, `--export-opml`
/// and `--lifecycle`: the followed sources from the command line.
class SourcesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::SourcesCommand)

public:
    /// Previews what `input` names and follows it. 0 when it is followed; 1 when it could
    /// not be (nothing there, not a feed, followed already, the store failed).
    static int follow(Backend &backend, const QString &input, QTextStream &out, QTextStream &err);
    /// Stops following a source, with everything stored of it. 0 when done; 1 when there is no
    /// such source, it is built in, or the store failed.
    static int unfollow(Backend &backend, qint64 id, QTextStream &out, QTextStream &err);
    /// Lists the sources. 1 when the store could not be read.
    static int list(Backend &backend, bool json, QTextStream &out, QTextStream &err);
    /// Follows every feed of an OPML file not followed yet, with its folder, all or none. 0
    /// when they are followed (outlines that name no feed Herald can follow are listed as
    /// warnings); 1 when the file cannot be read, is no OPML, or the store failed.
    static int importOpml(Backend &backend, const QString &path, QTextStream &out, QTextStream &err);
    /// Writes every source and folder as OPML 2.0 to `path` ("-": standard output). 0 when
    /// written; 1 when the store could not be read or the file written.
    static int exportOpml(Backend &backend, const QString &path, QTextStream &out, QTextStream &err);
    /// Sets the endoflife.date product a source's series are judged by: a product, "auto" for
    /// the one its name suggests, or "none". 0 when set; 1 when the store failed.
    static int setLifecycle(Backend &backend, qint64 id, const QString &product, QTextStream &out, QTextStream &err);
    /// Whether `id` names a source; says so on `err` when it does not.
    static bool exists(Backend &backend, qint64 id, QTextStream &err);
};

} // namespace Herald
