// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sources pane in the main window, against the fixture server serving tests/data/projects:
// File → Follow… (Ctrl+N) looks up what is typed and shows it before anything is added, Follow
// adds it and syncs it, choosing a source shows its posts only, a failing source shows its
// error, and Unfollow offers an Undo that brings it back.
#include "core/app/backend.h"
#include "core/models/itemdataroles.h"
#include "core/models/postfiltermodel.h"
#include "core/models/sourcelistmodel.h"
#include "core/net/httpclient.h"
#include "core/sources/sourcespec.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "emptymachine.h"
#include "fixtureserver.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/posts/postlistpane.h"
#include "gui/sources/dependencyimportdialog.h"
#include "gui/sources/followdialog.h"
#include "gui/sources/sourcescontroller.h"
#include "gui/sources/sourcespane.h"
#include "gui/timeline/timelinepane.h"
#include "verifyresult.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Herald::FollowDialog;
using Herald::SourcesPane;
using Herald::Test::FixtureServer;
namespace Roles = Herald::Roles;

class TestSourcesPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followsWhatTheDialogFound();
    void refusesWhatItCannotFind();
    void choosingASourceShowsItsPosts();
    void unfollowOffersUndo();
    void timelineShowsEachProject();
    void importsDependenciesAfterAPreview();

private:
    FollowDialog *openFollow();
    /// Follows `input` as a user does: Ctrl+N, typed, looked up, Follow; waits for its sync.
    qint64 followThroughTheDialog(const QString &input);
    [[nodiscard]] QStringList sourceNames() const;

    QTemporaryDir m_config;
    Herald::Test::EmptyMachine m_machine;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<Herald::Backend> m_backend;
    std::unique_ptr<Herald::MainWindow> m_window;
};

void TestSourcesPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Lifecycles are judged by the day: this one, whatever the clock says.
    qputenv("HERALD_TODAY", "2026-12-07");
    QVERIFY(m_config.isValid());
    QVERIFY(m_machine.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestSourcesPane::init()
{
    QSettings().clear();
    m_data = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FixtureServer>();
    m_server->addRoot(QStringLiteral(HERALD_TEST_DATA "/projects"));
    QVERIFY(m_server->listen());
    Herald::UrlMap map;
    QVERIFY(map.addRule(m_server->httpsUrlMap()));
    m_backend = std::make_unique<Herald::Backend>(Herald::Backend::Options {m_data->path(), map});
    HERALD_VERIFY_RESULT(m_backend->open());
    m_window = std::make_unique<Herald::MainWindow>(*m_backend);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSourcesPane::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_server.reset();
    m_data.reset();
}

FollowDialog *TestSourcesPane::openFollow()
{
    QAction *follow = m_window->findChild<QAction *>(u"followAction"_s);
    if (!follow || follow->shortcut() != QKeySequence(QKeySequence::New)) {
        return nullptr;
    }
    follow->trigger();
    return m_window->findChild<FollowDialog *>();
}

qint64 TestSourcesPane::followThroughTheDialog(const QString &input)
{
    auto *controller = m_window->findChild<Herald::SourcesController *>();
    FollowDialog *dialog = openFollow();
    if (!dialog) {
        return 0;
    }
    dialog->lookUp(input);
    auto *follow = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    [&] { QTRY_VERIFY(follow->isEnabled()); }();
    QSignalSpy added(controller, &Herald::SourcesController::followed);
    QSignalSpy synced(&m_backend->sync(), &Herald::SyncEngine::finished);
    follow->click();
    [&] { QTRY_COMPARE(synced.size(), 1); }();
    return added.isEmpty() ? qint64(0) : added.first().first().toLongLong();
}

QStringList TestSourcesPane::sourceNames() const
{
    const QAbstractItemModel *model = m_window->findChild<QTreeView *>(u"sourcesView"_s)->model();
    QStringList names;
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex top = model->index(i, 0);
        names << top.data().toString();
        for (int j = 0; j < model->rowCount(top); ++j) {
            names << top.data().toString() + u'/' + model->index(j, 0, top).data().toString();
        }
    }
    return names;
}

void TestSourcesPane::followsWhatTheDialogFound()
{
    FollowDialog *dialog = openFollow();
    QVERIFY(dialog);
    auto *follow = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!follow->isEnabled()); // nothing found yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"followInput"_s), u"django/django"_s);
    auto *preview = dialog->findChild<QLabel *>(u"followPreview"_s);
    QTRY_VERIFY2(preview->text().contains(u"Latest release: 6.0rc1"_s), qPrintable(preview->text()));
    QVERIFY(preview->text().contains(u"GitHub releases"_s));
    QVERIFY(follow->isEnabled());
    QVERIFY(m_backend->sources().sources()->size() <= 1); // nothing added before Follow
    QSignalSpy synced(&m_backend->sync(), &Herald::SyncEngine::finished);
    follow->click();
    QTRY_COMPARE(synced.size(), 1); // followed, then synced at once
    QTRY_VERIFY(sourceNames().contains(u"django/django"_s));
    const auto sources = m_backend->sources().sources();
    HERALD_VERIFY_RESULT(sources);
    QCOMPARE(sources->last().posts, 5);
}

void TestSourcesPane::refusesWhatItCannotFind()
{
    FollowDialog *dialog = openFollow();
    QVERIFY(dialog);
    dialog->lookUp(u"nobody/nothing"_s);
    auto *preview = dialog->findChild<QLabel *>(u"followPreview"_s);
    QTRY_VERIFY2(preview->text().contains(u"HTTP 404"_s), qPrintable(preview->text()));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->lookUp(u"not a thing at all"_s);
    QTRY_VERIFY2(preview->text().contains(u"is neither a URL"_s), qPrintable(preview->text()));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<FollowDialog *>()); // closed dialogs go

    // What is followed already is said so, and not offered again.
    QVERIFY(followThroughTheDialog(u"pypi:requests"_s) > 0);
    QTRY_VERIFY(!m_window->findChild<FollowDialog *>());
    dialog = openFollow();
    QVERIFY(dialog);
    dialog->lookUp(u"https://pypi.org/project/requests/"_s);
    preview = dialog->findChild<QLabel *>(u"followPreview"_s);
    QTRY_VERIFY2(preview->text().contains(u"You follow this already"_s), qPrintable(preview->text()));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
}

void TestSourcesPane::choosingASourceShowsItsPosts()
{
    const qint64 django = followThroughTheDialog(u"django/django"_s);
    const qint64 requests = followThroughTheDialog(u"pypi:requests"_s);
    QVERIFY(django > 0 && requests > 0);
    auto *pane = m_window->findChild<SourcesPane *>();
    auto *posts = m_window->findChild<Herald::PostFilterModel *>();
    pane->selectSource(requests);
    QTRY_COMPARE(posts->rowCount(), 5);
    for (int row = 0; row < posts->rowCount(); ++row) {
        QCOMPARE(posts->index(row, 0).data(Roles::SourceIdRole).toLongLong(), requests);
    }
    pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0)); // All Sources
    QTRY_COMPARE(posts->rowCount(), 10);
    // A failing source says so where it is listed.
    m_server->setFault(u"*/django/releases.atom"_s, *Herald::Test::Fault::parse(u"status:503"_s));
    QSignalSpy synced(&m_backend->sync(), &Herald::SyncEngine::finished);
    m_backend->sync().startSource(django);
    QTRY_COMPARE(synced.size(), 1);
    const auto *model = qobject_cast<const Herald::SourceListModel *>(pane->view()->model());
    QTRY_VERIFY(model->indexOfSource(django).data(Roles::SourceErrorRole).toString().contains(u"503"_s));
    QVERIFY(model->indexOfSource(django).data(Qt::ToolTipRole).toString().contains(u"The last sync failed"_s));
}

void TestSourcesPane::unfollowOffersUndo()
{
    auto source = Herald::SourceSpec::read(u"pydantic/pydantic"_s);
    QVERIFY(source);
    source->folder = u"Libraries"_s;
    source->name = u"Pydantic"_s;
    const qint64 id = m_backend->sources().add(*source).value();
    auto *controller = m_window->findChild<Herald::SourcesController *>();
    QTRY_VERIFY(sourceNames().contains(u"Libraries/Pydantic"_s));
    controller->unfollow(id);
    QTRY_VERIFY(!sourceNames().contains(u"Libraries/Pydantic"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"No longer following Pydantic"_s));
    auto *undo = m_window->findChild<QPushButton *>(u"undoUnfollowButton"_s);
    QVERIFY(undo);
    QSignalSpy synced(&m_backend->sync(), &Herald::SyncEngine::finished);
    undo->click();
    // Back with its name and folder, and synced again.
    QTRY_VERIFY(sourceNames().contains(u"Libraries/Pydantic"_s));
    QTRY_COMPARE(synced.size(), 1);
    QCOMPARE(m_backend->sources().sources()->last().posts, 3);
}

void TestSourcesPane::timelineShowsEachProject()
{
    auto *timeline = m_window->findChild<Herald::TimelinePane *>();
    QTreeView *projects = timeline->projectView();
    QVERIFY(projects);
    QVERIFY(!projects->isVisibleTo(timeline)); // nothing followed yet: Python alone
    QVERIFY(followThroughTheDialog(u"django/django"_s) > 0);
    QVERIFY(followThroughTheDialog(u"pypi:requests"_s) > 0);
    QTRY_VERIFY(projects->isVisibleTo(timeline));
    const QAbstractItemModel *model = projects->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"django/django"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"requests"_s);
    // Series newest first, pre-releases marked, each series open to show its releases' parent.
    const QModelIndex django = model->index(0, 0);
    QVERIFY(projects->isExpanded(django));
    // Each series with its place in endoflife.date's lifecycle of Django.
    QCOMPARE(model->index(0, 0, django).data().toString(), u"6.0 · pre-release"_s);
    QCOMPARE(model->index(0, 0, django).data(Roles::SeriesRole).toString(), u"6.0"_s);
    QCOMPARE(model->index(1, 0, django).data().toString(), u"5.2 LTS · security fixes only"_s);
    QCOMPARE(model->index(model->rowCount(django) - 1, 0, django).data().toString(), u"4.2 · end of life"_s);
    QVERIFY(model->index(1, 0, django).data(Qt::ToolTipRole).toString().contains(u"endoflife.date (django)"_s));
    const QModelIndex release = model->index(0, 0, model->index(0, 0, django));
    QCOMPARE(release.data(Roles::ReleaseVersionRole).toString(), u"6.0rc1"_s);
    QVERIFY(release.data(Roles::IsPrereleaseRole).toBool());
    // Choosing a release opens its announcement.
    QSignalSpy opened(timeline, &Herald::TimelinePane::announcementRequested);
    projects->setCurrentIndex(release);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().constFirst().toLongLong(), release.data(Roles::AnnouncementPostIdRole).toLongLong());
    // Reading a release's post elsewhere shows where it stands in its project.
    const QModelIndex older = model->index(0, 0, model->index(1, 0, django));
    projects->clearSelection();
    timeline->highlightPost(older.data(Roles::AnnouncementPostIdRole).toLongLong());
    QCOMPARE(projects->currentIndex(), older);
    QVERIFY(projects->isExpanded(older.parent()));
    QCOMPARE(opened.size(), 1); // shown, not opened again
    // Choosing a project opens its latest release and leaves the project chosen.
    projects->setCurrentIndex(django);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.constLast().constFirst().toLongLong(), django.data(Roles::AnnouncementPostIdRole).toLongLong());
    QCOMPARE(projects->currentIndex(), django);
    // Unfollowing takes the project out of the timeline, and opens nothing on its own.
    HERALD_VERIFY_RESULT(m_backend->sources().remove(django.data(Roles::SourceRowIdRole).toLongLong()));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), u"requests"_s);
    QCOMPARE(opened.size(), 2);
    // and its posts out of the post list.
    auto *posts = m_window->findChild<Herald::PostFilterModel *>();
    QTRY_COMPARE(posts->rowCount(), 5);
}

void TestSourcesPane::importsDependenciesAfterAPreview()
{
    const qint64 django = followThroughTheDialog(u"pypi:Django"_s);
    QVERIFY(django > 0);
    auto *controller = m_window->findChild<Herald::SourcesController *>();
    QVERIFY(m_window->findChild<QAction *>(u"importDependenciesAction"_s));
    const QString file = QStringLiteral(HERALD_TEST_DATA "/deps-e2e/webapp/pyproject.toml");
    controller->importDependencies(file);
    auto *dialog = m_window->findChild<Herald::DependencyImportDialog *>();
    QVERIFY(dialog);
    // The preview: every dependency with its version and whether it is new; nothing added yet.
    const QAbstractItemModel *preview = dialog->findChild<QTreeView *>(u"dependencyPreview"_s)->model();
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->index(0, 0).data().toString(), u"Django"_s);
    QCOMPARE(preview->index(0, 1).data().toString(), u"4.2.11"_s);
    QCOMPARE(preview->index(0, 2).data().toString(), u"followed already"_s);
    QCOMPARE(preview->index(1, 1).data().toString(), u"not pinned"_s);
    QCOMPARE(preview->index(1, 2).data().toString(), u"new"_s);
    const auto followedCount = [this] {
        return std::ranges::count_if(m_backend->sources().sources().value(),
            [](const Herald::Source &source) { return source.kind != Herald::SourceKind::PythonInsider; });
    };
    QCOMPARE(followedCount(), 1);

    QSignalSpy followed(controller, &Herald::SourcesController::followed);
    dialog->findChild<QPushButton *>(u"importButton"_s)->click();
    QCOMPARE(followed.size(), 19);
    QCOMPARE(followedCount(), 20);
    // Django, followed before, now knows the version the project uses; the sidebar says what it means.
    const auto kept = m_backend->sources().source(django).value();
    QCOMPARE(kept->usedVersion, u"4.2.11"_s);
    auto *model = m_window->findChild<Herald::SourceListModel *>();
    QVERIFY(model);
    QTRY_VERIFY(model->indexOfSource(django).data(Roles::SourceUsageRole).toString().startsWith(u"you use 4.2.11"_s));
}

QTEST_MAIN(TestSourcesPane)
#include "tst_sourcespane.moc"
