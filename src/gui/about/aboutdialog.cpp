// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/about/aboutdialog.h"

#include "ui_aboutdialog.h"

#include "core/about/componentversions.h"
#include "core/about/projectinfo.h"

using namespace Qt::StringLiterals;

namespace Herald {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(u":/icons/herald.svg"_s).pixmap(QSize(72, 72), devicePixelRatioF()));

    const auto components = componentVersions();
    m_ui->nameLabel->setText(tr("Herald %1").arg(components.constFirst().version));

    QString rows;
    for (qsizetype i = 1; i < components.size(); ++i) {
        rows += u"<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(
            components.at(i).name.toHtmlEscaped(), components.at(i).version.toHtmlEscaped());
    }
    m_ui->versionsLabel->setText(u"<table>"_s + rows + u"</table>"_s);

    const auto link = [](const QUrl &url, const QString &text) {
        return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
    };
    const QUrl licence(u"https://www.gnu.org/licenses/gpl-3.0.html"_s);
    m_ui->projectLabel->setText(
        tr("Licensed under the %1 (%2).").arg(link(licence, ProjectInfo::licenseName()), ProjectInfo::licenseSpdx())
        + u"<br>"_s + tr("Home page: %1").arg(link(ProjectInfo::homepage(), ProjectInfo::homepage().toDisplayString()))
        + u"<br>"_s
        + tr("Report bugs at %1").arg(link(ProjectInfo::bugTracker(), ProjectInfo::bugTracker().toDisplayString())));
}

AboutDialog::~AboutDialog() = default;

} // namespace Herald
