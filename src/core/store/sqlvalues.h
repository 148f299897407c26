// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// How the store writes and reads values SQLite has no type for: times as UTC seconds, and
// text for NOT NULL columns.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace Herald::SqlValues {

inline QVariant toSeconds(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime fromSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString text(const QByteArray &value)
{
    return text(QString::fromLatin1(value));
}

inline qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace Herald::SqlValues
