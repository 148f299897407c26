// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/notify/backgroundcontroller.h"

#include "core/app/backend.h"
#include "core/diagnostics/logging.h"
#include "core/interpreters/interpreterscanner.h"
#include "core/models/interpretermodel.h"
#include "core/models/postlistmodel.h"
#include "core/models/timelinemodel.h"
#include "core/notify/interpreteralerts.h"
#include "core/notify/newpostwatcher.h"
#include "core/notify/notificationrules.h"
#include "core/notify/releasenotice.h"
#include "core/releases/lifecycle.h"
#include "core/releases/timeline.h"
#include "core/settings/settings.h"
#include "core/sources/pythoninsider.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncscheduler.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/notify/notifier.h"
#include "gui/tray/trayicon.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// How many of the newest posts are searched for the tray's latest announcements; with
/// bodies, for an announcement titled "Untitled".
constexpr int AnnouncementSearchDepth = 40;

} // namespace

QString BackgroundController::pendingPostsKey()
{
    return u"notify/pendingPosts"_s;
}

std::optional<std::chrono::seconds> BackgroundController::testSyncInterval()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("HERALD_SYNC_INTERVAL_SECONDS", &ok);
    if (!ok || seconds <= 0) {
        return std::nullopt;
    }
    return std::chrono::seconds(seconds);
}

BackgroundController::BackgroundController(Backend &backend, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_window(window)
    , m_watcher(new NewPostWatcher(backend.store(), this))
    , m_notifier(new Notifier(this))
    , m_tray(new TrayIcon(backend.settings(), this))
    , m_silenceEnd(new QTimer(this))
    , m_interpreterCheck(new QTimer(this))
{
    Notifier::ensureEventConfiguration();
    m_silenceEnd->setSingleShot(true);
    connect(m_silenceEnd, &QTimer::timeout, this, &BackgroundController::deliverPending);

    connect(m_notifier, &Notifier::openRequested, this, &BackgroundController::openPost);
    connect(m_notifier, &Notifier::markReadRequested, this, &BackgroundController::markRead);
    connect(m_notifier, &Notifier::windowRequested, this, &BackgroundController::showWindow);

    connect(m_tray, &TrayIcon::toggleWindowRequested, this, &BackgroundController::toggleWindow);
    connect(m_tray, &TrayIcon::refreshRequested, &m_window, &MainWindow::refresh);
    connect(m_tray, &TrayIcon::postRequested, this, &BackgroundController::openPost);
    // Queued: the menu that asked must close before the windows do.
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    // A resume lets held-back posts out at once.
    connect(m_tray, &TrayIcon::pauseChanged, this, &BackgroundController::deliverPending);

    // Your Pythons changes with each scan and each new timeline: judged again a moment later.
    m_interpreterCheck->setSingleShot(true);
    m_interpreterCheck->setInterval(300);
    connect(m_interpreterCheck, &QTimer::timeout, this, &BackgroundController::checkInterpreters);
    const InterpreterModel *interpreters = m_window.interpreterModel();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(interpreters, signal, m_interpreterCheck, qOverload<>(&QTimer::start));
    }
    connect(interpreters, &QAbstractItemModel::dataChanged, m_interpreterCheck, qOverload<>(&QTimer::start));
    connect(m_window.timelineModel(), &QAbstractItemModel::modelReset, m_interpreterCheck, qOverload<>(&QTimer::start));
    // What quiet hours or a pause held back is looked at again when they end.
    connect(m_silenceEnd, &QTimer::timeout, m_interpreterCheck, qOverload<>(&QTimer::start));
    connect(m_tray, &TrayIcon::pauseChanged, m_interpreterCheck, qOverload<>(&QTimer::start));
    // The series this machine runs decide some rules: posts held for them go out once known.
    connect(&m_backend.interpreters(), &InterpreterScanner::finished, this, &BackgroundController::deliverPending);

    const PostListModel *posts = m_window.postModel();
    connect(posts, &PostListModel::unreadCountChanged, m_tray, &TrayIcon::setUnreadCount);
    m_tray->setUnreadCount(posts->unreadCount());

    connect(&m_backend.sync(), &SyncEngine::finished, this, &BackgroundController::onSyncFinished);
    connect(&m_backend.scheduler(), &SyncScheduler::failingRepeatedly, this, &BackgroundController::onSyncFailing);

    // On the application, the filter sees the window's events and also QEvent::Quit, which
    // closes every window first (see eventFilter()).
    qApp->installEventFilter(this);
    QGuiApplication::setQuitOnLastWindowClosed(!shouldHideOnClose());
    updateTray();
    updateWindowShown();

    if (const auto interval = testSyncInterval()) {
        m_testSync = new QTimer(this);
        connect(m_testSync, &QTimer::timeout, &m_window, &MainWindow::refresh);
        m_testSync->start(*interval);
    }
    // Posts held back by quiet hours when Herald last ran.
    QTimer::singleShot(0, this, &BackgroundController::deliverPending);
    // Made after the window's first frame: a scan that ended before is judged now.
    if (m_backend.interpreters().hasResult()) {
        m_interpreterCheck->start();
    }
}

BackgroundController::~BackgroundController() = default;

bool BackgroundController::shouldHideOnClose() const
{
    if (m_quitting) {
        return false;
    }
    // The setting alone decides, tray or not: the tray icon is how a hidden Herald comes back,
    // not a reason to keep running when the user said not to.
    return m_backend.settings().keepRunning();
}

void BackgroundController::notifyHiddenOnce()
{
    Settings &settings = m_backend.settings();
    if (settings.hiddenNoticeShown()) {
        return;
    }
    settings.setHiddenNoticeShown(true);
    m_notifier->notifyStillRunning(m_tray->isVisible());
}

bool BackgroundController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance()) {
        // Since Qt 6, quit() first closes every window and gives up if one refuses; the
        // window refuses while closing means hiding. From here on, closing means closing.
        if (event->type() == QEvent::Quit) {
            m_quitting = true;
        }
        return false;
    }
    if (watched == &m_window) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::WindowStateChange: updateWindowShown(); break;
        case QEvent::Close:
            // Before the window's closeEvent() asks shouldHideOnClose(): a window that closes
            // for real must end Herald, one that hides must not, nor must a dialog closing later.
            QGuiApplication::setQuitOnLastWindowClosed(!shouldHideOnClose());
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void BackgroundController::updateWindowShown()
{
    m_tray->setWindowShown(m_window.isVisible() && !m_window.isMinimized());
}

void BackgroundController::showWindow()
{
    // On Wayland only a token from the notification server lets a window take the focus;
    // Qt uses this variable for the next activation.
    if (const QString token = m_notifier->takeActivationToken(); !token.isEmpty()) {
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
    }
    m_window.setWindowState(m_window.windowState() & ~Qt::WindowMinimized);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void BackgroundController::toggleWindow()
{
    if (m_window.isVisible() && !m_window.isMinimized()) {
        m_window.hide();
    } else {
        showWindow();
    }
}

void BackgroundController::openPost(qint64 postId)
{
    showWindow();
    m_window.openPost(postId);
}

void BackgroundController::markRead(const QList<qint64> &postIds)
{
    for (const qint64 postId : postIds) {
        if (const Result<void> marked = m_backend.store().setRead(postId, true); !marked) {
            qCWarning(lcStore) << "could not mark post" << postId << "read:" << marked.error().message();
        }
    }
}

void BackgroundController::onSyncFinished(const SyncSummary &summary)
{
    if (summary.ok()) {
        m_notifier->clearSyncFailing();
    }
    collectNewPosts();
    updateTray();
}

void BackgroundController::onSyncFailing(int failures, const QString &error)
{
    const NotificationRules rules = m_backend.settings().notificationRules();
    if (rules.enabled && !rules.silencedAt(QDateTime::currentDateTime())) {
        m_notifier->notifySyncFailing(failures, error);
    }
}

void BackgroundController::collectNewPosts()
{
    Settings &settings = m_backend.settings();
    m_watcher->setBaselineHint(settings.baselineDone());
    const Result<NewPostWatcher::Collection> collected = m_watcher->collectNew();
    if (!collected) {
        return; // logged by the watcher; the posts come with the next collection
    }
    const NewPostWatcher::Collection &result = *collected;
    if (m_watcher->hasBaseline()) {
        settings.setBaselineDone(true);
    }
    if (result.baseline) {
        if (!result.restored && result.importedCount > 0) {
            showImported(result.importedCount);
        }
        return;
    }
    if (!result.fresh.isEmpty()) {
        QList<qint64> pending = pendingPosts();
        for (const Post &post : result.fresh) {
            if (!pending.contains(post.id)) {
                pending.append(post.id);
            }
        }
        setPendingPosts(pending);
    }
    deliverPending();
}

void BackgroundController::deliverPending()
{
    QList<qint64> postIds = pendingPosts();
    if (postIds.isEmpty()) {
        return;
    }
    const NotificationRules rules = currentRules();
    if (!rules.enabled) {
        setPendingPosts({});
        return;
    }
    if (rules.scope == NotificationRules::Scope::InstalledSeries && !m_backend.interpreters().hasResult()) {
        return; // kept until the first scan says which series this machine runs
    }
    // The posts still worth telling: unread, and let through by the rules as they are now.
    const Lifecycle lifecycle = PythonInsider::storedLifecycle(m_backend.store());
    // Each source's rule, else its folder's, else the global one; a project's releases are
    // named by the project.
    QHash<qint64, Source> sources;
    QHash<QString, QString> folderModes;
    for (const Source &source : m_backend.sources().sources().value_or(QList<Source>())) {
        sources.insert(source.id, source);
    }
    for (const auto &folder : m_backend.sources().folders().value_or(QList<SourceStore::Folder>())) {
        folderModes.insert(folder.name, folder.notifyMode);
    }
    const auto itemsFor = [&](const QList<qint64> &ids) {
        QList<NewItem> items;
        for (const qint64 id : ids) {
            const std::optional<Post> post = m_backend.store().post(id);
            if (!post || post->read) {
                continue;
            }
            const Source source = sources.value(post->sourceId);
            const bool project = source.id != 0 && source.kind != SourceKind::PythonInsider;
            // Compared with the version the user runs, by the series it is grouped in (major.minor
            // unless chosen otherwise).
            // A followed source's post with no version (a Discourse or blog post) is read as
            // Python's are: its title may still announce a Python release.
            NewItem item = project && !post->meta.version.isEmpty()
                ? NewItem::fromProjectPost(
                      *post, source.projectName(), source.usedVersion, source.seriesParts > 0 ? source.seriesParts : 2)
                : NewItem::fromPost(*post, lifecycle, project ? source.projectName() : QString());
            if (rules.forSource(source.notifyMode, folderModes.value(source.folder)).matches(item, lifecycle)) {
                items.append(std::move(item));
            }
        }
        return items;
    };
    QList<NewItem> items = itemsFor(postIds);
    const QDateTime now = QDateTime::currentDateTime();
    if (items.isEmpty() || !rules.silencedAt(now)) {
        setPendingPosts({});
        m_silenceEnd->stop();
    }
    if (items.isEmpty()) {
        return;
    }
    if (rules.silencedAt(now)) {
        QList<qint64> kept;
        for (const NewItem &item : std::as_const(items)) {
            kept.append(item.post.id);
        }
        setPendingPosts(kept);
        // QTimer takes an int of milliseconds; a longer silence is looked at again in a day.
        constexpr qint64 Day = 24LL * 60 * 60 * 1000;
        m_silenceEnd->start(int(std::clamp<qint64>(now.msecsTo(rules.silenceEnds(now)) + 1000, 1000, Day)));
        return;
    }
    // The notice still on screen is replaced by one that tells of its posts too.
    QList<qint64> onScreen;
    for (const qint64 id : m_notifier->openPostIds()) {
        if (!postIds.contains(id)) {
            onScreen.append(id);
        }
    }
    items += itemsFor(onScreen);
    std::ranges::sort(items, [](const NewItem &a, const NewItem &b) {
        return a.post.meta.published != b.post.meta.published ? a.post.meta.published > b.post.meta.published
                                                              : a.post.id > b.post.id;
    });
    if (const std::optional<ReleaseNotice> notice = ReleaseNotice::build(items)) {
        m_notifier->show(*notice);
    }
}

void BackgroundController::showImported(int count)
{
    const NotificationRules rules = m_backend.settings().notificationRules();
    const bool looking = m_window.isVisible() && m_window.isActiveWindow();
    if (!rules.enabled || rules.silencedAt(QDateTime::currentDateTime()) || looking) {
        return;
    }
    ReleaseNotice notice = ReleaseNotice::imported(count);
    notice.eventId = Notifier::importedEvent();
    m_notifier->show(notice);
}

void BackgroundController::updateTray()
{
    m_tray->setLastSync(m_backend.store().lastSyncTime());
    PostStore::Query query;
    query.limit = AnnouncementSearchDepth;
    query.withBodies = true;
    query.pythonOnly = true; // Python's announcements; the followed projects' do not crowd them out
    // Only which releases a post announces matters here, not whether they are security ones.
    const Lifecycle noLifecycle;
    QList<TrayIcon::Announcement> latest;
    for (const Post &post : m_backend.store().posts(query)) {
        const NewItem item = NewItem::fromPost(post, noLifecycle);
        if (item.isRelease()) {
            latest.append({post.id, ReleaseNotice::releaseTitle(item.releases), post.meta.published.toUTC().date()});
            if (latest.size() == TrayIcon::MaxAnnouncements) {
                break;
            }
        }
    }
    m_tray->setAnnouncements(latest);
}

NotificationRules BackgroundController::currentRules() const
{
    NotificationRules rules = m_backend.settings().notificationRules();
    rules.installedSeries = m_window.interpreterModel()->versionsBySeries().keys();
    return rules;
}

void BackgroundController::checkInterpreters()
{
    const InterpreterModel &model = *m_window.interpreterModel();
    const Timeline &timeline = m_window.timelineModel()->timeline();
    const QDate today = m_window.timelineModel()->today();

    // The tray: how many need attention, and the next release, of the series run here if any.
    int attention = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        attention += model.advice(row).severity() > 0 ? 1 : 0;
    }
    m_tray->setPythonsAttention(attention > 0 ? tr("%n Python(s) to update", nullptr, attention) : QString());
    const QStringList installed = model.versionsBySeries().keys();
    const ExpectedRelease *next = nullptr;
    for (const bool onlyInstalled : {true, false}) {
        for (const TimelineSeries &series : timeline.series()) {
            const ExpectedRelease *candidate = series.nextExpected();
            if (candidate && (!onlyInstalled || installed.contains(series.series))
                && (!next || candidate->date < next->date)) {
                next = candidate;
            }
        }
        if (next) {
            break;
        }
    }
    const int days = next ? int(today.daysTo(next->date)) : 0;
    m_tray->setNextRelease(!next ? QString()
            : days < 0           ? tr("%1, %n day(s) overdue", nullptr, -days).arg(next->version.toString())
            : days == 0          ? tr("%1 today").arg(next->version.toString())
                                 : tr("%1 in %n day(s)", nullptr, days).arg(next->version.toString()));

    // The first judgement with release data sets the baseline (InterpreterAlerts).
    if (!timeline.hasLifecycleData() || model.rowCount() == 0) {
        return;
    }
    const NotificationRules rules = currentRules();
    const QDateTime now = QDateTime::currentDateTime();
    if (!rules.enabled || !rules.interpreterAlerts) {
        return;
    }
    if (rules.silencedAt(now)) {
        // Nothing is recorded as told: looked at again when the silence ends (at most a day on).
        constexpr qint64 Day = 24LL * 60 * 60 * 1000;
        QTimer::singleShot(int(std::clamp<qint64>(now.msecsTo(rules.silenceEnds(now)) + 1000, 1000, Day)), this,
            &BackgroundController::checkInterpreters);
        return;
    }
    InterpreterAlerts::Judged judged;
    for (int row = 0; row < model.rowCount(); ++row) {
        judged.append({model.interpreter(row), model.advice(row)});
    }
    const QList<InterpreterAlert> alerts = InterpreterAlerts(m_backend.store()).update(judged);
    if (alerts.size() == 1) {
        m_notifier->notifyInterpreter(alerts.constFirst().title, alerts.constFirst().text);
    } else if (alerts.size() > 1) {
        QStringList lines;
        for (const InterpreterAlert &alert : alerts) {
            lines << alert.title;
        }
        m_notifier->notifyInterpreter(
            tr("%n of your Pythons to update", nullptr, int(alerts.size())), lines.join(u'\n'));
    }
}

QList<qint64> BackgroundController::pendingPosts() const
{
    QList<qint64> postIds;
    const Result<QString> record = m_backend.store().metaValue(pendingPostsKey());
    if (!record) {
        qCWarning(lcNotify) << "could not read the posts to tell of later:" << record.error().message();
    }
    const QString stored = record.value_or(QString());
    for (const QStringView text : QStringView(stored).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (ok && id > 0) {
            postIds.append(id);
        }
    }
    return postIds;
}

void BackgroundController::setPendingPosts(const QList<qint64> &postIds)
{
    QStringList stored;
    for (const qint64 id : postIds) {
        stored.append(QString::number(id));
    }
    if (const Result<void> kept = m_backend.store().setMetaValue(pendingPostsKey(), stored.join(u',')); !kept) {
        qCWarning(lcNotify) << "could not keep the posts to tell of later:" << kept.error().message();
    }
}

} // namespace Herald
