#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Herald {

class PostStore;

/// `herald --releases [--json]`: the release timeline, newest series first, each with its
/// status and end of life, then its releases with their dates and announcing posts.
/// Releases the blog never announced and announcements off their official date are marked.
class ReleasesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ReleasesCommand)

public:
    /// Returns the exit code: 1 when the store could not be read.
    static int run(const PostStore &store, bool json, QTextStream &out, QTextStream &err);
};

} // namespace Herald
