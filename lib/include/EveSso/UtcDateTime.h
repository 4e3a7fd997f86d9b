#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <QtGlobal>

namespace EveSso {

/// UTC date-times built the same way on every supported Qt.
///
/// Qt 6.5 added QTimeZone::UTC and Qt 6.7 deprecated the Qt::TimeSpec overloads, which Qt 6.4 (Debian 12,
/// Ubuntu 24.04) still needs: QTimeZone::utc() there gives a Qt::TimeZone date-time whose ISO text ends in
/// "+00:00", not "Z". This header is the one place that difference lives; every date-time of the project
/// that is UTC by construction comes from here, and has timeSpec() == Qt::UTC on every Qt.
namespace Utc {

/// The UTC date-time of @p date at @p time.
inline QDateTime dateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

/// The UTC date-time @p msecs milliseconds after 1970-01-01T00:00:00Z.
inline QDateTime fromMSecsSinceEpoch(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

/// The UTC date-time @p secs seconds after 1970-01-01T00:00:00Z.
inline QDateTime fromSecsSinceEpoch(qint64 secs)
{
    return fromMSecsSinceEpoch(secs * 1000);
}

/// @p local's date and time of day read as UTC (not converted): for texts that carry UTC without saying so.
inline QDateTime reinterpret(const QDateTime &local)
{
    return dateTime(local.date(), local.time());
}

} // namespace Utc
} // namespace EveSso
