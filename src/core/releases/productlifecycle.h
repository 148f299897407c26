// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/releases/lifecycle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace Herald {

/// One release cycle of a product, as endoflife.date's API lists it
/// (`https://endoflife.date/api/<product>.json`: an array of cycles).
struct ProductCycle {
    QString cycle; ///< "5.2"; the API writes some as numbers
    QDate releaseDate;
    /// End of life: a day, or only "yes"/"no" when the API gives a boolean.
    QDate endOfLife;
    bool endedWithoutDate = false; ///< `eol: true`
    /// End of active support (bug fixes); security fixes go on until endOfLife.
    QDate endOfSupport;
    bool supportEndedWithoutDate = false; ///< `support: false`
    bool lts = false; ///< `lts: true`, or an `lts` day that has come
    QDate ltsFrom; ///< when `lts` is a day
    QString latest; ///< the newest release of the cycle
    QDate latestReleaseDate;

    /// Where the cycle stands on `today`: end of life once its end-of-life day has come (or
    /// the API says so without a day), security fixes only once active support has ended,
    /// else bug fixes; pre-release before its release day.
    [[nodiscard]] SeriesStatus statusOn(QDate today) const;
    [[nodiscard]] bool isLtsOn(QDate today) const;
};

/// A product's cycles from endoflife.date. Reading is lenient as Lifecycle's is: a document
/// that is not a JSON array fails as a whole; a cycle with no name is skipped and one with
/// an unreadable field loses only that field, each with a warning naming the product.
class ProductLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ProductLifecycle)

public:
    /// Reads the API's answer for `product`.
    static Result<ProductLifecycle> read(const QByteArray &json, const QString &product);

    /// The API's address for a product.
    static QUrl apiUrl(const QString &product);
    /// The product a followed project most likely is on endoflife.date: its name in lower case
    /// ("django/django" and "Django" are "django"). The user can choose another.
    static QString guessProduct(const QString &projectName);

    [[nodiscard]] const QString &product() const { return m_product; }
    [[nodiscard]] const QList<ProductCycle> &cycles() const { return m_cycles; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    /// The cycle of a series ("5.2" for Django 5.2.x): the one of its name, else the one it is
    /// part of ("22" for "22.11"), else for a major the newest of its minors ("4.2" for "4").
    [[nodiscard]] std::optional<ProductCycle> cycle(const QString &series) const;

private:
    QString m_product;
    QList<ProductCycle> m_cycles;
    QStringList m_warnings;
};

} // namespace Herald
