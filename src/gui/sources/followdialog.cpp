// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/sources/followdialog.h"

#include "core/render/htmlescape.h"
#include "core/sources/sourcefollower.h"
#include "core/store/sourcestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

FollowDialog::FollowDialog(
    SourceFollower &follower, const SourceStore &sources, const QStringList &folders, QWidget *parent)
    : QDialog(parent)
    , m_follower(follower)
    , m_sources(sources)
    , m_input(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_folder(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_delay(new QTimer(this))
{
    setObjectName(u"followDialog"_s);
    setWindowTitle(tr("Follow"));
    m_input->setObjectName(u"followInput"_s);
    m_input->setPlaceholderText(tr("django/django, pypi:requests, or a feed or page URL"));
    m_input->setClearButtonEnabled(true);
    m_preview->setObjectName(u"followPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 5);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_folder->setEditable(true);
    m_folder->addItem(tr("(No Folder)"), QString());
    for (const QString &folder : folders) {
        m_folder->addItem(folder, folder);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Follow"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const int chosen = m_folder->findText(m_folder->currentText());
        m_found.folder = chosen > 0 ? m_folder->itemData(chosen).toString()
            : chosen == 0           ? QString()
                                    : m_folder->currentText().simplified();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_delay->setSingleShot(true);
    m_delay->setInterval(500);
    connect(m_delay, &QTimer::timeout, this, &FollowDialog::lookUpNow);
    connect(m_input, &QLineEdit::textEdited, this, &FollowDialog::onTextEdited);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (m_delay->isActive() || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            lookUpNow();
        } else {
            m_buttons->accepted();
        }
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_input);
    form->addRow(tr("F&older:"), m_folder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    showFound(Html::escaped(tr("A GitHub repository, a PyPI project, a Discourse category, or any feed or "
                               "web page that names one.")),
        false);
    resize(520, sizeHint().height());
}

FollowDialog::~FollowDialog() = default;

void FollowDialog::lookUp(const QString &text)
{
    m_input->setText(text);
    lookUpNow();
}

void FollowDialog::onTextEdited()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_delay->start();
}

void FollowDialog::lookUpNow()
{
    m_delay->stop();
    const QString input = m_input->text().trimmed();
    m_lookup = std::make_unique<QObject>(); // the previous lookup's answer is dropped
    if (input.isEmpty()) {
        return;
    }
    showFound(Html::escaped(tr("Looking up %1…").arg(input)), false);
    m_follower.preview(input, m_lookup.get(), [this](Result<SourceFollower::Preview> preview) {
        if (!preview) {
            showFound(u"<b>"_s + Html::escaped(tr("Nothing to follow there.")) + u"</b><br>"_s
                    + Html::escaped(preview.error().message()),
                false);
            return;
        }
        m_found = preview->source;
        if (const auto followed = m_sources.sourceForFeed(m_found.feedUrl); followed && followed->has_value()) {
            showFound(u"<b>"_s + Html::escaped(tr("You follow this already, as “%1”.").arg((*followed)->displayName()))
                    + u"</b><br>"_s + Html::escaped(m_found.feedUrl.toDisplayString()),
                false);
            return;
        }
        QString html = u"<b>"_s + Html::escaped(m_found.displayName()) + u"</b> — "_s
            + Html::escaped(Source::kindName(m_found.kind)) + u"<br>"_s
            + Html::escaped(m_found.feedUrl.toDisplayString()) + u"<br>"_s
            + Html::escaped(tr("%1, %n item(s)", "", preview->items).arg(preview->format));
        if (!preview->latestVersion.isEmpty()) {
            html += u"<br>"_s + Html::escaped(tr("Latest release: %1").arg(preview->latestVersion));
        } else if (!preview->latestTitle.isEmpty()) {
            html += u"<br>"_s + Html::escaped(tr("Latest: %1").arg(preview->latestTitle.simplified().left(200)));
        }
        for (const QUrl &other : preview->otherFeeds) {
            html += u"<br>"_s + Html::escaped(tr("The page names another feed too: %1").arg(other.toDisplayString()));
        }
        showFound(html, true);
    });
}

void FollowDialog::showFound(const QString &html, bool found)
{
    m_preview->setText(html);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found);
}

} // namespace Herald
