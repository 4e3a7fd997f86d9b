#include "WalletHistory.h"

#include <algorithm>

QList<QPointF> WalletHistory::balanceSteps(std::optional<double> currentBalance, const QDateTime &balanceAt) const
{
    struct Known
    {
        qint64 msecs;
        double balance;
    };
    QList<Known> known;
    known.reserve(entries.size());
    // ESI lists newest first; reversed, entries of the same second stay in the order they happened.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->balance && it->date.isValid())
            known.append({it->date.toMSecsSinceEpoch(), *it->balance});
    }
    std::stable_sort(known.begin(), known.end(), [](const Known &a, const Known &b) { return a.msecs < b.msecs; });

    QList<QPointF> points;
    points.reserve(known.size() * 2 + 2);
    for (const Known &k : std::as_const(known)) {
        if (!points.isEmpty())
            points.append(QPointF(double(k.msecs), points.constLast().y())); // the step up or down
        points.append(QPointF(double(k.msecs), k.balance));
    }
    if (currentBalance && balanceAt.isValid()) {
        const double at = double(balanceAt.toMSecsSinceEpoch());
        // A balance older than the newest entry is not the latest one: the journal's own says more.
        if (points.isEmpty() || at >= points.constLast().x()) {
            if (!points.isEmpty() && at > points.constLast().x())
                points.append(QPointF(at, points.constLast().y()));
            if (points.isEmpty() || points.constLast().y() != *currentBalance)
                points.append(QPointF(at, *currentBalance));
        }
    }
    return points;
}
