// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/showcommand.h"

#include "core/posts/frontmatterreader.h"
#include "core/posts/post.h"
#include "core/render/gumbodocument.h"
#include "core/render/posthtmlrenderer.h"
#include "core/store/poststore.h"
#include "core/text/terminaltext.h"

#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qsizetype MaxNotes = qsizetype(1024) * 1024;
constexpr int MaxNotesDepth = 1000;

} // namespace

int ShowCommand::run(const PostStore &store, const QString &id, bool html, QTextStream &out, QTextStream &err)
{
    const Result<std::optional<Post>> found = store.findPost(id);
    if (!found) {
        err << tr("error: ") << found.error().message() << Qt::endl;
        return 1;
    }
    const std::optional<Post> &post = *found;
    if (!post) {
        err << tr("error: no stored post has the id \"%1\" (herald --list --json shows the ids)").arg(id) << Qt::endl;
        return 1;
    }
    if (html) {
        const PostHtmlRenderer renderer;
        out << renderer.render(*post).html;
        out.flush();
        return 0;
    }

    // Everything from the post is shown as text, never as terminal control sequences.
    const auto safe = &TerminalText::safe;
    out << safe(post->meta.title) << '\n';
    QStringList byline;
    if (!post->meta.author.isEmpty()) {
        byline += safe(post->meta.author);
    }
    if (post->meta.published.isValid()) {
        byline += post->meta.published.toUTC().date().toString(Qt::ISODate);
    }
    if (!byline.isEmpty()) {
        out << byline.join(u" · "_s) << '\n';
    }
    if (!post->meta.url.isEmpty()) {
        out << safe(post->meta.url.toString()) << '\n';
    }
    if (!post->meta.tags.isEmpty()) {
        out << tr("Tags: %1").arg(safe(post->meta.tags.join(u", "_s))) << '\n';
    }
    out << '\n';
    if (!post->hasBody) {
        out << tr("The text of this post has not been downloaded yet.") << '\n';
        if (!post->bodyError.isEmpty()) {
            out << tr("The last attempt failed: %1").arg(safe(post->bodyError)) << '\n';
        }
    } else if (post->htmlBody) {
        // A release's notes as a feed sent them: their text, never their markup.
        const QByteArray notes = GumboDocument::bounded(post->body.toUtf8(), MaxNotes, MaxNotesDepth);
        out << safe(GumboDocument(notes).plainText(MaxNotes)) << '\n';
    } else {
        const QString body = FrontmatterReader::body(post->body).trimmed();
        out << safe(body) << '\n';
    }
    out.flush();
    return 0;
}

} // namespace Herald
