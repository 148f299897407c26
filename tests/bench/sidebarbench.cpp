// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchmarks.h"
#include "core/models/interpretermodel.h"
#include "core/models/timelinefiltermodel.h"
#include "core/models/timelinemodel.h"
#include "core/releases/timeline.h"
#include "fixtureposts.h"
#include "gui/timeline/timelinepane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

void sidebarBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl << "== Release timeline sidebar (TimelinePane, 320x800, offscreen)" << Qt::endl;
    const QList<Post> posts = Test::fixturePosts(context.fixtures);
    const Lifecycle lifecycle = Test::fixtureLifecycle(context.fixtures);
    QList<double> firstPaints;
    QList<double> paints;
    QList<double> repaints;
    int rows = 0;
    for (int i = 0; i < context.runs; ++i) {
        // From the stored posts to pixels, as at start-up: build the timeline, fill the models,
        // make the pane, and paint it once.
        QElapsedTimer timer;
        timer.start();
        TimelineModel model;
        model.setTimeline(Timeline::build(posts, lifecycle));
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        InterpreterModel interpreters;
        TimelinePane pane(&filter, &interpreters);
        pane.resize(320, 800);
        pane.expandSeries();
        QElapsedTimer paintTimer;
        paintTimer.start();
        // render() runs the pending item layout and paints every visible row, as the first
        // paint event does; the image stands in for the window's backing store.
        QImage image(pane.size(), QImage::Format_ARGB32_Premultiplied);
        pane.render(&image);
        paints << paintTimer.nsecsElapsed() / 1e6;
        firstPaints << timer.nsecsElapsed() / 1e6;

        // A second paint of the same pane: what scrolling and hovering cost per frame.
        paintTimer.start();
        pane.render(&image);
        repaints << paintTimer.nsecsElapsed() / 1e6;
        rows = 0;
        for (int series = 0; series < filter.rowCount(); ++series) {
            rows += 1 + filter.rowCount(filter.index(series, 0));
        }
    }
    out << QString::asprintf("%-38s %9.1f ms       (%d posts, %d rows shown with the default filters)",
        "first paint, from posts to pixels:", median(firstPaints), int(posts.size()), rows)
        << Qt::endl;
    out << QString::asprintf("%-38s %9.1f ms", "  of which the first paint itself:", median(paints)) << Qt::endl;
    out << QString::asprintf("%-38s %9.1f ms", "repaint of the whole pane:", median(repaints)) << Qt::endl;
}

} // namespace Herald::Bench
