#pragma once

class QTextStream;

namespace Herald {

class PostStore;

/// `herald --list [--json]`: the stored posts, newest first.
class ListCommand final
{
public:
    /// Returns the exit code: 1 when the store could not be read.
    static int run(const PostStore &store, bool json, QTextStream &out);
};

} // namespace Herald
