// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchmarks.h"
#include "core/posts/post.h"
#include "core/render/posthtmlrenderer.h"
#include "fixtureposts.h"
#include "gui/reader/readerview.h"
#include "hostileposts.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

namespace {

double percentile(QList<double> samples, double fraction)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(std::min(samples.size() - 1, qsizetype(fraction * samples.size())));
}

} // namespace

void readerBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl << "== Reader (Markdown to a laid-out document in a 900-px-wide ReaderView)" << Qt::endl;
    QList<Post> posts = Test::fixturePosts(context.fixtures);
    // As the store keeps them: the reader resolves images against the Markdown's URL.
    for (Post &post : posts) {
        post.meta.bodyUrl
            = QUrl(u"https://raw.githubusercontent.com/python/python-insider-blog/main/content/posts/%1/index.md"_s.arg(
                post.meta.slug));
    }
    // Remote images off: the figure is rendering and layout, not the network.
    ReaderView view(nullptr);
    view.setRemoteImages(false);
    view.resize(900, 700);
    view.show();

    QList<double> times;
    QString slowest;
    double slowestTime = 0;
    long afterFirstPass = 0;
    long afterTenth = 0;
    for (int pass = 0; pass < std::max(2, context.runs); ++pass) {
        int opened = 0;
        for (const Post &post : std::as_const(posts)) {
            QElapsedTimer timer;
            timer.start();
            view.showPost(post);
            // documentSize() lays the whole document out, as the first paint would.
            const QSizeF size = view.document()->documentLayout()->documentSize();
            const double elapsed = timer.nsecsElapsed() / 1e6;
            Q_UNUSED(size);
            if (pass == 0 && ++opened == 10) {
                afterTenth = processMemoryKiB(0, "VmRSS:");
            }
            if (pass > 0) { // the first pass warms caches: fonts, syntax definitions
                times << elapsed;
                if (elapsed > slowestTime) {
                    slowestTime = elapsed;
                    slowest = post.meta.slug;
                }
            } else {
                times.reserve(posts.size() * context.runs);
            }
        }
        if (pass == 0) {
            afterFirstPass = processMemoryKiB(0, "VmRSS:");
            times.clear();
        }
    }
    const long afterLastPass = processMemoryKiB(0, "VmRSS:");
    out << QString::asprintf("%-38s %9.2f ms median, %.2f ms p95, %.2f ms max (%s)",
        "render + layout per post:", median(times), percentile(times, 0.95), slowestTime, qPrintable(slowest))
        << Qt::endl;
    out << QString::asprintf("%-38s %9.1f MiB after 10 posts, %.1f MiB after all %lld, %.1f MiB after %d more passes",
        "resident memory:", afterTenth / 1024.0, afterFirstPass / 1024.0, qlonglong(posts.size()),
        afterLastPass / 1024.0, std::max(2, context.runs) - 1)
        << Qt::endl;

    // The posts made to freeze a reader (tst_readerview bounds them generously; the aim is
    // one frame's worth of work or little more). Each opened three times, the median counts,
    // with where the time goes: Markdown to HTML, HTML to a QTextDocument, and layout.
    out << "posts made to freeze the reader (median of 3: total = render + document + layout):" << Qt::endl;
    PostHtmlRenderer renderer;
    for (const auto &hostile : Test::hostilePosts()) {
        if (qEnvironmentVariableIsSet("HERALD_PROFILE_ONE") && qgetenv("HERALD_PROFILE_ONE") != hostile.name) {
            continue;
        }
        if (qEnvironmentVariableIsSet("HERALD_PROFILE_ONE")) {
            Post p;
            p.meta.slug = u"h"_s;
            p.body = hostile.markdown;
            p.hasBody = true;
            for (int i = 0; i < 100000; ++i) {
                view.showPost(p);
            }
        }
        Post post;
        post.meta.slug = u"hostile"_s;
        post.meta.title = QString::fromLatin1(hostile.name);
        post.body = hostile.markdown;
        post.hasBody = true;
        QList<double> samples;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            view.showPost(post);
            Q_UNUSED(view.document()->documentLayout()->documentSize());
            samples << timer.nsecsElapsed() / 1e6;
        }
        QList<double> rendering;
        QList<double> building;
        QList<double> laying;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const RenderedPost rendered = renderer.render(post);
            rendering << timer.nsecsElapsed() / 1e6;
            timer.restart();
            QTextDocument document;
            document.setHtml(rendered.html);
            building << timer.nsecsElapsed() / 1e6;
            timer.restart();
            document.setTextWidth(900);
            Q_UNUSED(document.documentLayout()->documentSize());
            laying << timer.nsecsElapsed() / 1e6;
        }
        out << QString::asprintf("  %-36s %9.1f ms = %.1f + %.1f + %.1f", hostile.name, median(samples),
            median(rendering), median(building), median(laying))
            << Qt::endl;
    }
}

} // namespace Herald::Bench
