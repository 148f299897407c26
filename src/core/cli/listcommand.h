#pragma once

class QTextStream;

namespace Herald {

class PostStore;

/// `herald --list [--json]`: the stored posts, newest first.
int runListCommand(const PostStore &store, bool json, QTextStream &out);

} // namespace Herald
